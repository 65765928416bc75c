#pragma once

#include "model/Domain.h"
#include "model/PendingAction.h"
#include "rules/Deadline.h"

#include <QDateTime>
#include <optional>

namespace rd {

// The event a rule counts from.
enum class Anchor
{
    DomainExpiry,   // Domain::expiresAt
    DomainCreation, // Domain::createdAt
    ActionStep,     // the moment a step of a pending action happened
};

// A span added to the anchor. Years are calendar years in UTC (a free year from
// 29 February ends on 28 February); seconds are exact, so "2 days" is 48 hours
// whatever the daylight-saving rules of the place the desk is in.
struct Offset
{
    int years = 0;
    qint64 seconds = 0;

    QDateTime applyTo(const QDateTime& anchorUtc) const;
    static Offset days(qint64 n) { return {0, n * 24 * 60 * 60}; }
    static Offset hours(qint64 n) { return {0, n * 60 * 60}; }
    static Offset ofYears(int n) { return {n, 0}; }
};

// A deadline rule is data: when it applies, what it counts from, how far, and
// what happens at the end. DeadlineEngine::defaultRules() holds the .PT rules.
struct DeadlineRule
{
    DeadlineKind kind = DeadlineKind::Deletion;
    Anchor anchor = Anchor::DomainExpiry;
    Offset offset;
    Consequence consequence = Consequence::DomainDeleted;
    AlertLevel maxLevel = AlertLevel::Overdue; // informational rules are capped

    // Conditions. Unset means "any".
    std::optional<bool> autoRenew;          // domain rules
    bool promotionalProgrammeOnly = false;  // domain rules: programme != None
    bool endsWhenRenewedPast = false;       // domain rules: none once the expiry runs past the due
    std::optional<ActionKind> actionKind;   // action rules
    std::optional<ActionState> actionState; // action rules: the state the action is in
    ActionStepKind step = ActionStepKind::Opened; // Anchor::ActionStep: which step
};

} // namespace rd
