#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd {

enum class ActionKind
{
    Verification,
    OwnerChange
};

// An owner change walks AwaitingHolder -> AwaitingNewHolder -> VerifyingNewHolder;
// a verification stays Open until it is closed.
enum class ActionState
{
    Open,
    AwaitingHolder,
    AwaitingNewHolder,
    VerifyingNewHolder,
    Closed
};

enum class ActionStepKind
{
    Opened,
    HolderApproved,
    NewHolderApproved,
    Closed
};

struct ActionStep
{
    ActionStepKind kind = ActionStepKind::Opened;
    QDateTime at; // UTC
    QString agent;
    QString note;
};

struct PendingAction
{
    qint64 id = 0;
    qint64 domainId = 0;
    ActionKind kind = ActionKind::Verification;
    ActionState state = ActionState::Open;
    QList<ActionStep> steps; // in the order they happened
    QString newHolderHandle; // owner change only
    QString assignee;
    QString notes;
    QString outcome; // set when closed

    QDateTime openedAt() const;
    QDateTime stepAt(ActionStepKind step) const; // invalid when the step has not happened
    bool isOpen() const { return state != ActionState::Closed; }
};

} // namespace rd
