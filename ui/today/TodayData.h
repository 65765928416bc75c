#pragma once

#include "model/PendingAction.h"
#include "rules/Deadline.h"
#include "storage/DraftRepository.h"
#include "storage/SyncRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// What the Today view shows, gathered from the portfolio at one moment; no
// widgets, so a test can check every count against a known database.
struct TodayData
{
    struct ActionItem
    {
        PendingAction action;
        QString domain; // U-label
        QDateTime due;  // the deadline of its current step; invalid when none
    };
    struct DraftItem
    {
        Draft draft;
        QString domain; // U-label
    };
    struct Week
    {
        QDate monday; // in the user's time zone
        int deletions = 0;
        int expiries = 0;
    };

    QDateTime now;
    // Deadlines someone must act on (informational ones, such as automatic
    // renewals, are left out), by due time.
    QList<Deadline> overdue;
    QList<Deadline> within24h;         // due from now to now + 24 h
    QList<Deadline> within7d;          // due from now to now + 7 days (the 24 h ones included)
    QList<Deadline> deletionsThisWeek; // Monday to Sunday in the user's zone
    QList<Deadline> deletionsNextWeek;
    QList<ActionItem> verifications;     // open registrant verifications
    QList<ActionItem> awaitingHolder;    // owner changes waiting on the current holder
    QList<ActionItem> awaitingNewHolder; // ... waiting on the new holder (approval or verification)
    QList<DraftItem> troubledDrafts;     // refused, or sent with the answer lost
    std::optional<SyncRun> lastSync;
    QList<Week> weeks; // this week and the 11 after it

    static constexpr int ChartWeeks = 12;
    static TodayData collect(PortfolioService& service, const QDateTime& now,
                             const QTimeZone& zone = QTimeZone::systemTimeZone());
    // Monday 00:00 of the week holding `moment`, in `zone`, as UTC.
    static QDateTime weekStart(const QDateTime& moment, const QTimeZone& zone);
};

} // namespace rd::ui
