#include "rules/DeadlineEngine.h"

#include "model/Codes.h"

#include "rules/TimeFormat.h"

#include <algorithm>
#include <utility>

namespace rd {
namespace {

bool isDomainRule(const DeadlineRule& rule)
{
    return rule.anchor == Anchor::DomainExpiry || rule.anchor == Anchor::DomainCreation;
}

bool domainMatches(const DeadlineRule& rule, const DomainFacts& domain)
{
    if (rule.autoRenew && *rule.autoRenew != domain.autoRenew)
        return false;
    if (rule.promotionalProgrammeOnly && domain.programme == Programme::None)
        return false;
    return true;
}

bool actionMatches(const DeadlineRule& rule, const PendingAction& action)
{
    if (rule.actionKind && *rule.actionKind != action.kind)
        return false;
    if (rule.actionState && *rule.actionState != action.state)
        return false;
    return true;
}

Deadline makeDeadline(const DeadlineRule& rule, const DomainFacts& domain,
                      const QDateTime& anchorUtc, qint64 actionId)
{
    Deadline deadline;
    deadline.kind = rule.kind;
    deadline.consequence = rule.consequence;
    deadline.anchor = anchorUtc.toUTC();
    deadline.due = rule.offset.applyTo(deadline.anchor);
    deadline.maxLevel = rule.maxLevel;
    deadline.domainId = domain.id;
    deadline.aLabel = domain.aLabel;
    deadline.uLabel = domain.uLabel;
    deadline.programme = domain.programme;
    deadline.actionId = actionId;
    return deadline;
}

// Seconds from now to the due moment, rounded down, so that half a second
// after the due moment already counts as past.
qint64 secondsLeft(const QDateTime& now, const QDateTime& due)
{
    const qint64 msecs = now.msecsTo(due);
    return msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
}

} // namespace

DomainFacts DomainFacts::of(const Domain& domain)
{
    DomainFacts facts;
    facts.id = domain.id;
    facts.aLabel = domain.aLabel;
    facts.uLabel = domain.uLabel;
    facts.createdAt = domain.createdAt;
    facts.expiresAt = domain.expiresAt;
    facts.autoRenew = domain.autoRenew;
    facts.programme = domain.programme;
    return facts;
}

DeadlineEngine::DeadlineEngine(const Clock& clock, QList<DeadlineRule> rules,
                               AlertThresholds thresholds)
    : m_clock(clock)
    , m_rules(std::move(rules))
    , m_thresholds(thresholds)
{}

QList<DeadlineRule> DeadlineEngine::defaultRules()
{
    QList<DeadlineRule> rules;

    // .PT policy 3.3: with auto-renew off the registry deletes the name 30 days
    // before expiry, and there is no grace or redemption period after it.
    DeadlineRule deletion;
    deletion.kind = DeadlineKind::Deletion;
    deletion.anchor = Anchor::DomainExpiry;
    deletion.offset = Offset::days(-30);
    deletion.consequence = Consequence::DomainDeleted;
    deletion.autoRenew = false;
    rules.append(deletion);

    // With auto-renew on the registry renews and bills: worth knowing, never urgent.
    DeadlineRule renewal;
    renewal.kind = DeadlineKind::AutoRenewal;
    renewal.anchor = Anchor::DomainExpiry;
    renewal.offset = Offset::days(0);
    renewal.consequence = Consequence::DomainRenewed;
    renewal.maxLevel = AlertLevel::Notice;
    renewal.autoRenew = true;
    rules.append(renewal);

    // .PT policy 3.1: 2 days (48 h) to answer the registry's verification request.
    DeadlineRule verification;
    verification.kind = DeadlineKind::Verification;
    verification.anchor = Anchor::ActionStep;
    verification.offset = Offset::hours(48);
    verification.consequence = Consequence::DomainDeleted;
    verification.actionKind = ActionKind::Verification;
    verification.actionState = ActionState::Open;
    verification.step = ActionStepKind::Opened;
    rules.append(verification);

    // .PT policy 2.4 / 3.2: 8 days for each party to approve an owner change.
    DeadlineRule holder;
    holder.kind = DeadlineKind::OwnerChangeHolder;
    holder.anchor = Anchor::ActionStep;
    holder.offset = Offset::days(8);
    holder.consequence = Consequence::OwnerChangeFails;
    holder.actionKind = ActionKind::OwnerChange;
    holder.actionState = ActionState::AwaitingHolder;
    holder.step = ActionStepKind::Opened;
    rules.append(holder);

    DeadlineRule newHolder = holder;
    newHolder.kind = DeadlineKind::OwnerChangeNewHolder;
    newHolder.actionState = ActionState::AwaitingNewHolder;
    newHolder.step = ActionStepKind::HolderApproved;
    rules.append(newHolder);

    // Then the new holder is verified like any holder; failing it reverses the change.
    DeadlineRule newHolderVerification = verification;
    newHolderVerification.consequence = Consequence::OwnerChangeReversed;
    newHolderVerification.actionKind = ActionKind::OwnerChange;
    newHolderVerification.actionState = ActionState::VerifyingNewHolder;
    newHolderVerification.step = ActionStepKind::NewHolderApproved;
    rules.append(newHolderVerification);

    // Promotional programmes give one free year from creation.
    DeadlineRule promoEnd;
    promoEnd.kind = DeadlineKind::PromoEnd;
    promoEnd.anchor = Anchor::DomainCreation;
    promoEnd.offset = Offset::ofYears(1);
    promoEnd.consequence = Consequence::FreeYearEnds;
    promoEnd.promotionalProgrammeOnly = true;
    promoEnd.endsWhenRenewedPast = true;
    rules.append(promoEnd);

    return rules;
}

QList<Deadline> DeadlineEngine::evaluate(const DomainFacts& domain,
                                         const QList<PendingAction>& actions) const
{
    QList<Deadline> deadlines;
    collect(domain, actions, m_clock.now(), deadlines);
    std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.kind < b.kind;
    });
    return deadlines;
}

void DeadlineEngine::collect(const DomainFacts& domain, const QList<PendingAction>& actions,
                             const QDateTime& now, QList<Deadline>& out) const
{
    const qsizetype first = out.size();
    for (const DeadlineRule& rule : m_rules) {
        if (isDomainRule(rule)) {
            if (!domainMatches(rule, domain))
                continue;
            const QDateTime& anchor =
                rule.anchor == Anchor::DomainExpiry ? domain.expiresAt : domain.createdAt;
            if (!anchor.isValid())
                continue;
            Deadline deadline = makeDeadline(rule, domain, anchor, 0);
            if (rule.endsWhenRenewedPast && renewedPast(deadline.due, domain.expiresAt))
                continue;
            out.append(std::move(deadline));
            continue;
        }
        for (const PendingAction& action : actions) {
            if (action.domainId != domain.id || !action.isOpen() || !actionMatches(rule, action))
                continue;
            const QDateTime anchor = action.stepAt(rule.step);
            if (!anchor.isValid())
                continue;
            out.append(makeDeadline(rule, domain, anchor, action.id));
        }
    }
    for (qsizetype i = first; i < out.size(); ++i)
        out[i].level = levelAt(out.at(i), now);
}

bool DeadlineEngine::renewedPast(const QDateTime& moment, const QDateTime& expiresAt)
{
    // A day of slack: an expiry stored at the same moment a day later is the
    // free year itself, written in another time zone.
    return moment.isValid() && expiresAt.isValid() && expiresAt > moment.addDays(1);
}

std::optional<Deadline> DeadlineEngine::next(const DomainFacts& domain,
                                             const QList<PendingAction>& actions) const
{
    const QList<Deadline> deadlines = evaluate(domain, actions);
    if (deadlines.isEmpty())
        return std::nullopt;
    return deadlines.constFirst();
}

AlertLevel DeadlineEngine::levelOf(const Deadline& deadline) const
{
    return levelAt(deadline, m_clock.now());
}

AlertLevel DeadlineEngine::levelAt(const Deadline& deadline, const QDateTime& now) const
{
    if (!deadline.due.isValid())
        return AlertLevel::None;
    const AlertLevel level = m_thresholds.levelFor(secondsLeft(now, deadline.due));
    return std::min(level, deadline.maxLevel);
}

QString DeadlineEngine::explain(const Deadline& deadline, const QTimeZone& zone,
                                const QLocale& locale) const
{
    const QString name = deadline.uLabel.isEmpty() ? deadline.aLabel : deadline.uLabel;
    const QString due = timeformat::forPeople(deadline.due, zone, locale);
    const QString anchorMoment = timeformat::forPeople(deadline.anchor, zone, locale);
    const QString anchorDate = timeformat::dateForPeople(deadline.anchor, zone, locale);
    // Uncapped: an auto-renewal past its date still reads in the past tense.
    const bool past = secondsLeft(m_clock.now(), deadline.due) < 0;

    switch (deadline.kind) {
    case DeadlineKind::Deletion:
        if (past) {
            //: %1 domain, %2 deletion date and time, %3 expiry date
            return tr("%1 was due for deletion on %2 because it expires on %3 and auto-renew is "
                      "off; it may be deleted at any moment.")
                .arg(name, due, anchorDate);
        }
        //: %1 domain, %2 deletion date and time, %3 expiry date
        return tr("%1 will be deleted on %2 because it expires on %3 and auto-renew is off; .pt "
                  "has no grace period.")
            .arg(name, due, anchorDate);

    case DeadlineKind::AutoRenewal:
        if (past) {
            //: %1 domain, %2 expiry date and time
            return tr("%1 was due to be renewed automatically by the registry on %2 (auto-renew "
                      "is on).")
                .arg(name, due);
        }
        //: %1 domain, %2 expiry date and time
        return tr("%1 will be renewed automatically by the registry on %2 (auto-renew is on).")
            .arg(name, due);

    case DeadlineKind::Verification:
        if (deadline.consequence == Consequence::OwnerChangeReversed) {
            if (past) {
                //: %1 domain, %2 when the new holder approved, %3 deadline
                return tr("The registry asked the new holder of %1 to prove their identity on %2; "
                          "the answer was due by %3 and the owner change may be reversed at any "
                          "moment.")
                    .arg(name, anchorMoment, due);
            }
            //: %1 domain, %2 when the new holder approved, %3 deadline
            return tr("The registry asked the new holder of %1 to prove their identity on %2; "
                      "without an answer by %3 the owner change is reversed.")
                .arg(name, anchorMoment, due);
        }
        if (past) {
            //: %1 domain, %2 when the registry asked, %3 deadline
            return tr("The registry asked the holder of %1 to prove their identity on %2; the "
                      "answer was due by %3 and the domain may be deleted at any moment.")
                .arg(name, anchorMoment, due);
        }
        //: %1 domain, %2 when the registry asked, %3 deadline
        return tr("The registry asked the holder of %1 to prove their identity on %2; without an "
                  "answer by %3 the domain may be deleted.")
            .arg(name, anchorMoment, due);

    case DeadlineKind::OwnerChangeHolder:
        if (past) {
            //: %1 domain, %2 when the owner change was opened, %3 deadline
            return tr("The current holder of %1 was due to approve the owner change opened on %2 "
                      "by %3; without that approval the request fails.")
                .arg(name, anchorMoment, due);
        }
        //: %1 domain, %2 when the owner change was opened, %3 deadline
        return tr("The current holder of %1 must approve the owner change opened on %2 by %3, or "
                  "the request fails.")
            .arg(name, anchorMoment, due);

    case DeadlineKind::OwnerChangeNewHolder:
        if (past) {
            //: %1 domain, %2 when the current holder approved, %3 deadline
            return tr("The current holder of %1 approved the owner change on %2; the new holder "
                      "was due to approve it by %3, and without that approval the request fails.")
                .arg(name, anchorMoment, due);
        }
        //: %1 domain, %2 when the current holder approved, %3 deadline
        return tr("The current holder of %1 approved the owner change on %2; the new holder must "
                  "approve it by %3, or the request fails.")
            .arg(name, anchorMoment, due);

    case DeadlineKind::PromoEnd:
        if (past) {
            //: %1 domain, %2 programme name (3em1.pt, 3em1 Comércio, Sitestar.pt), %3 end
            return tr("The free year of %1 under the %2 programme ended on %3; the holder must "
                      "convert it or lose the name.")
                .arg(name, codes::brandName(deadline.programme), due);
        }
        //: %1 domain, %2 programme name (3em1.pt, 3em1 Comércio, Sitestar.pt), %3 end
        return tr("The free year of %1 under the %2 programme ends on %3; the holder must convert "
                  "it or lose the name.")
            .arg(name, codes::brandName(deadline.programme), due);
    }
    return {};
}

} // namespace rd
