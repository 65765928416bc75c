#pragma once

#include "model/Domain.h"
#include "rules/AlertLevel.h"
#include "rules/Deadline.h"

#include <QCoreApplication>
#include <QString>

namespace rd::ui {

// Words people read for the core's enums, in the current language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(AlertLevel level);
    static QString of(DeadlineKind kind);
    static QString of(Programme programme);
    static QString yesNo(bool value);
};

} // namespace rd::ui
