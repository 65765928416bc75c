#pragma once

#include "model/Contact.h"
#include "model/Domain.h"
#include "model/PendingAction.h"

#include <QString>
#include <optional>

// Stable text codes for the model's enums: what the database, JSON and the
// command line use. They never change once released; labels for people come
// from the ui layer.
namespace rd::codes {

QString toCode(ContactKind value);
QString toCode(VerificationState value);
QString toCode(Programme value);
QString toCode(ActionKind value);
QString toCode(ActionState value);
QString toCode(ActionStepKind value);

// The registry's own names of its programmes: brand names, the same in every
// language; empty for Programme::None.
QString brandName(Programme value);

std::optional<ContactKind> contactKindFromCode(const QString& code);
std::optional<VerificationState> verificationStateFromCode(const QString& code);
std::optional<Programme> programmeFromCode(const QString& code);
std::optional<ActionKind> actionKindFromCode(const QString& code);
std::optional<ActionState> actionStateFromCode(const QString& code);
std::optional<ActionStepKind> actionStepKindFromCode(const QString& code);

} // namespace rd::codes
