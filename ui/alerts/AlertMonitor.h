#pragma once

#include "rules/Clock.h"
#include "rules/Deadline.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// Watches the portfolio's deadlines while the desk runs and reports those that
// cross into `critical` or `overdue` (the thresholds in core/rules/AlertLevel).
// The first check only takes note of where things stand: what was already
// late at start-up is on the Today view, not news. Time comes from the clock,
// so a test moves the clock and calls check().
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    AlertMonitor(PortfolioService& service, const Clock& clock, QObject* parent = nullptr);

    // Checks every intervalMs (a minute by default) from now on.
    void start(int intervalMs = 60 * 1000);
    void stop();

    // Compares levels now with the previous check; emits crossed() for each
    // deadline that reached critical or overdue since. Returns how many did.
    int check();

    // Deadlines that crossed since the badge was last cleared.
    int unseenCount() const { return m_unseen; }
    void clearUnseen();

Q_SIGNALS:
    void crossed(const QList<rd::Deadline>& deadlines);
    void unseenCountChanged(int count);

private:
    static QString keyOf(const Deadline& deadline);

    PortfolioService& m_service;
    const Clock& m_clock;
    QTimer m_timer;
    QHash<QString, AlertLevel> m_levels;
    bool m_primed = false;
    int m_unseen = 0;
};

} // namespace rd::ui
