#pragma once

#include "model/Contact.h"
#include "model/Domain.h"
#include "model/PendingAction.h"
#include "rules/AlertLevel.h"
#include "rules/Deadline.h"
#include "service/DeskRecords.h"
#include "storage/DraftRepository.h"
#include "storage/SyncRepository.h"

#include <QCoreApplication>
#include <QString>

namespace rd {

// Words people read for the core's enums, in the current language: one table
// for the desk, the reports and the command line.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(AlertLevel level);
    static QString of(DeadlineKind kind);
    static QString of(Programme programme);
    static QString of(ActionKind kind);
    static QString of(ActionState state);
    static QString of(ActionStepKind step);
    static QString of(Draft::Kind kind);
    static QString of(Draft::State state);
    static QString of(VerificationState state);
    static QString of(ContactKind kind);
    static QString of(RegistryStanding standing);
    static QString of(ContactLogKind kind);
    static QString yesNo(bool value);
    static QString onOff(bool value);
};

} // namespace rd
