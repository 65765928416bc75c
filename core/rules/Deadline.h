#pragma once

#include "model/Domain.h"
#include "rules/AlertLevel.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

enum class DeadlineKind
{
    Deletion,             // auto-renew off: deleted at expiry - 30 days
    AutoRenewal,          // auto-renew on: renewed at expiry (informational)
    Verification,         // registrant verification: 48 h to answer
    OwnerChangeHolder,    // current holder approves an owner change
    OwnerChangeNewHolder, // new holder approves an owner change
    PromoEnd,             // free year of a promotional programme ends
};

// What happens when a deadline passes unanswered.
enum class Consequence
{
    DomainDeleted,
    DomainRenewed,
    OwnerChangeFails,
    OwnerChangeReversed,
    FreeYearEnds,
};

// One deadline of one domain, as computed by the DeadlineEngine from a rule.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::Deletion;
    Consequence consequence = Consequence::DomainDeleted;
    QDateTime due;    // UTC
    QDateTime anchor; // UTC: the event the rule counts from (expiry, opening, approval...)
    AlertLevel level = AlertLevel::None;
    qint64 domainId = 0;
    QString aLabel;
    QString uLabel;
    qint64 actionId = 0;                       // 0 when the deadline comes from the domain itself
    AlertLevel maxLevel = AlertLevel::Overdue; // the rule's cap, applied by levelOf()
    Programme programme = Programme::None;     // the domain's; promo-end explanations name it
};

QString toCode(DeadlineKind kind); // deletion, auto-renewal, verification, ...
std::optional<DeadlineKind> deadlineKindFromCode(const QString& code);
QString toCode(Consequence consequence); // domain-deleted, domain-renewed, ...
std::optional<Consequence> consequenceFromCode(const QString& code);

} // namespace rd
