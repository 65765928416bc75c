#pragma once

#include "model/Domain.h"
#include "model/PendingAction.h"
#include "rules/AlertLevel.h"
#include "rules/Clock.h"
#include "rules/Deadline.h"
#include "rules/DeadlineRule.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QTimeZone>

namespace rd {

// The few facts of a domain that its deadlines depend on; cheap to load for a
// whole portfolio.
struct DomainFacts
{
    qint64 id = 0;
    QString aLabel;
    QString uLabel;
    QDateTime createdAt; // UTC, may be invalid
    QDateTime expiresAt; // UTC, may be invalid
    bool autoRenew = false;
    Programme programme = Programme::None;

    static DomainFacts of(const Domain& domain);
};

// Turns rules (data) into the deadlines of a domain and its pending actions, and
// explains each one in a sentence. Due moments are computed and kept in UTC;
// only levels depend on the clock.
class DeadlineEngine
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineEngine)

public:
    explicit DeadlineEngine(const Clock& clock, QList<DeadlineRule> rules = defaultRules(),
                            AlertThresholds thresholds = {});

    static QList<DeadlineRule> defaultRules();
    // Raised whenever defaultRules() changes what it gives for stored data, so
    // that stored next deadlines are computed again (PortfolioService).
    static constexpr int rulesVersion = 2;

    // A programme domain whose registration runs past the end of its free
    // year was renewed, so paid for: it was converted (.PT programmes give one
    // year, then the holder pays or loses the name).
    static bool renewedPast(const QDateTime& moment, const QDateTime& expiresAt);

    // Every deadline of the domain and of its open actions, sorted by due time,
    // with levels as of the clock's now.
    QList<Deadline> evaluate(const DomainFacts& domain, const QList<PendingAction>& actions) const;

    // The same deadlines appended to `out`, unsorted, with levels as of `now`:
    // for callers that evaluate a whole portfolio and sort once.
    void collect(const DomainFacts& domain, const QList<PendingAction>& actions,
                 const QDateTime& now, QList<Deadline>& out) const;

    // The earliest deadline, or nullopt when the domain has none.
    std::optional<Deadline> next(const DomainFacts& domain,
                                 const QList<PendingAction>& actions) const;

    AlertLevel levelOf(const Deadline& deadline) const; // as of the clock's now
    AlertLevel levelAt(const Deadline& deadline, const QDateTime& now) const;

    // One sentence in the current translation, dates shown in the given zone.
    QString explain(const Deadline& deadline, const QTimeZone& zone = QTimeZone::systemTimeZone(),
                    const QLocale& locale = QLocale()) const;

    const Clock& clock() const { return m_clock; }
    const AlertThresholds& thresholds() const { return m_thresholds; }
    void setThresholds(const AlertThresholds& thresholds) { m_thresholds = thresholds; }
    const QList<DeadlineRule>& rules() const { return m_rules; }

private:
    const Clock& m_clock;
    QList<DeadlineRule> m_rules;
    AlertThresholds m_thresholds;
};

} // namespace rd
