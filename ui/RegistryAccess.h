#pragma once

#include "EppSession.h"

#include <QString>
#include <functional>
#include <optional>

namespace rd::ui {

// How a widget reaches the registry: the session options of the chosen profile
// (password from the keychain) or of the demo sandbox; nullopt with a
// translated reason when there is none.
using SessionProvider = std::function<std::optional<rd::SessionOptions>(QString* error)>;

} // namespace rd::ui
