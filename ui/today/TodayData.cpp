#include "TodayData.h"

#include "service/PortfolioService.h"

#include <algorithm>

namespace rd::ui {

namespace {

// Deadlines capped below warning (automatic renewals) need no one: the
// registry does the work.
bool needsSomeone(const Deadline& deadline)
{
    return deadline.maxLevel >= AlertLevel::Warning;
}

} // namespace

QDateTime TodayData::weekStart(const QDateTime& moment, const QTimeZone& zone)
{
    const QDate day = moment.toTimeZone(zone).date();
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return QDateTime(monday, QTime(0, 0), zone).toUTC();
}

TodayData TodayData::collect(PortfolioService& service, const QDateTime& now, const QTimeZone& zone)
{
    TodayData data;
    data.now = now;
    const QDateTime thisWeek = weekStart(now, zone);
    const QDate firstMonday = thisWeek.toTimeZone(zone).date();
    const auto mondayAfter = [&](int weeks) {
        return QDateTime(firstMonday.addDays(7 * weeks), QTime(0, 0), zone).toUTC();
    };
    const QDateTime nextWeek = mondayAfter(1);
    const QDateTime weekAfterNext = mondayAfter(2);
    const QDateTime chartEnd = mondayAfter(ChartWeeks);
    for (int i = 0; i < ChartWeeks; ++i)
        data.weeks.append({firstMonday.addDays(7 * i), 0, 0});
    const auto weekIndex = [&](const QDateTime& moment) {
        if (!moment.isValid() || moment < thisWeek || moment >= chartEnd)
            return -1;
        return int(firstMonday.daysTo(moment.toTimeZone(zone).date()) / 7);
    };

    const QDateTime in24h = now.addSecs(24 * 3600);
    const QDateTime in7d = now.addDays(7);
    for (const Deadline& deadline : service.deadlines()) {
        if (deadline.kind == DeadlineKind::Deletion) {
            if (deadline.due >= thisWeek && deadline.due < nextWeek)
                data.deletionsThisWeek.append(deadline);
            else if (deadline.due >= nextWeek && deadline.due < weekAfterNext)
                data.deletionsNextWeek.append(deadline);
            const int week = weekIndex(deadline.due);
            if (week >= 0)
                ++data.weeks[week].deletions;
        }
        if (!needsSomeone(deadline))
            continue;
        if (deadline.due < now)
            data.overdue.append(deadline);
        else if (deadline.due <= in7d) {
            data.within7d.append(deadline);
            if (deadline.due <= in24h)
                data.within24h.append(deadline);
        }
    }
    for (const DomainFacts& facts : service.domains().allFacts()) {
        const int week = weekIndex(facts.expiresAt);
        if (week >= 0)
            ++data.weeks[week].expiries;
    }

    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 domainId) {
        auto found = names.constFind(domainId);
        if (found != names.cend())
            return *found;
        const std::optional<DomainFacts> facts = service.domains().facts(domainId);
        return *names.insert(domainId, facts ? facts->uLabel : QString());
    };
    // The due moment of each action's current step, from its domain's deadlines.
    QHash<qint64, QDateTime> actionDue;
    for (const PendingAction& action : service.actions().allOpen()) {
        if (!actionDue.contains(action.id)) {
            for (const Deadline& d : service.deadlinesOf(action.domainId)) {
                if (d.actionId != 0 && !actionDue.contains(d.actionId))
                    actionDue.insert(d.actionId, d.due);
            }
        }
        ActionItem item{action, nameOf(action.domainId), actionDue.value(action.id)};
        switch (action.state) {
        case ActionState::Open:
            data.verifications.append(item);
            break;
        case ActionState::AwaitingHolder:
            data.awaitingHolder.append(item);
            break;
        case ActionState::AwaitingNewHolder:
        case ActionState::VerifyingNewHolder:
            data.awaitingNewHolder.append(item);
            break;
        case ActionState::Closed:
            break;
        }
    }
    const auto byDue = [](const ActionItem& a, const ActionItem& b) { return a.due < b.due; };
    std::sort(data.verifications.begin(), data.verifications.end(), byDue);
    std::sort(data.awaitingHolder.begin(), data.awaitingHolder.end(), byDue);
    std::sort(data.awaitingNewHolder.begin(), data.awaitingNewHolder.end(), byDue);

    for (const Draft& draft :
         service.drafts().inStates({Draft::State::Failed, Draft::State::Unknown}))
        data.troubledDrafts.append({draft, nameOf(draft.domainId)});
    data.lastSync = service.sync().lastRun();
    return data;
}

} // namespace rd::ui
