#pragma once

#include "alerts/QuietHours.h"

#include <QString>

class QSettings;

namespace rd::ui {

// One person's desk preferences, kept in QSettings (never a secret). The
// portfolio's own settings, such as the alert thresholds, live in the database.
struct DeskSettings
{
    QString language;            // "", "pt_PT" or "en"; empty: the system's. Read at start-up.
    QString databasePath;        // empty: Database::defaultPath(). Read at start-up.
    QString registryProfile;     // the profile the desk syncs with; empty: none
    int syncIntervalMinutes = 0; // 0: only when asked
    QuietHours quietHours;

    static DeskSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // The choices offered for the sync schedule, in minutes (0: off).
    static QList<int> syncIntervals();
};

} // namespace rd::ui
