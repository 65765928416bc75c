#include "AlertMonitor.h"

#include "service/PortfolioService.h"

namespace rd::ui {

AlertMonitor::AlertMonitor(PortfolioService& service, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::check);
}

void AlertMonitor::start(int intervalMs)
{
    if (!m_primed)
        check();
    m_timer.start(intervalMs);
}

void AlertMonitor::stop()
{
    m_timer.stop();
}

QString AlertMonitor::keyOf(const Deadline& deadline)
{
    // A deadline is the same one from check to check while its rule, domain,
    // action and anchor stay; a renewal moves the anchor and makes a new one.
    return QStringLiteral("%1/%2/%3/%4")
        .arg(deadline.domainId)
        .arg(toCode(deadline.kind))
        .arg(deadline.actionId)
        .arg(deadline.due.toSecsSinceEpoch());
}

int AlertMonitor::check()
{
    const QDateTime now = m_clock.now();
    const AlertThresholds thresholds = PortfolioService::thresholdsFrom(m_service.settings());
    QHash<QString, AlertLevel> levels;
    QList<Deadline> news;
    // Only deadlines within the notice window can be critical or overdue.
    const int horizonDays = int(thresholds.noticeSecs / AlertThresholds::Day) + 1;
    for (Deadline& deadline : m_service.deadlines(horizonDays)) {
        const AlertLevel level =
            std::min(thresholds.levelFor(now.secsTo(deadline.due)), deadline.maxLevel);
        const QString key = keyOf(deadline);
        levels.insert(key, level);
        if (!m_primed || level < AlertLevel::Critical)
            continue;
        const auto before = m_levels.constFind(key);
        if (before != m_levels.cend() && *before < level) {
            deadline.level = level;
            news.append(deadline);
        }
    }
    m_levels = std::move(levels);
    m_primed = true;
    if (!news.isEmpty()) {
        m_unseen += int(news.size());
        Q_EMIT crossed(news);
        Q_EMIT unseenCountChanged(m_unseen);
    }
    return int(news.size());
}

void AlertMonitor::clearUnseen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    Q_EMIT unseenCountChanged(0);
}

} // namespace rd::ui
