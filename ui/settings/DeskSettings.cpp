#include "DeskSettings.h"

#include <QSettings>

namespace rd::ui {

namespace {
const QString languageKey = QStringLiteral("language");
const QString databaseKey = QStringLiteral("database");
const QString profileKey = QStringLiteral("registry/profile");
const QString intervalKey = QStringLiteral("sync/interval-minutes");
const QString quietEnabledKey = QStringLiteral("alerts/quiet-hours");
const QString quietFromKey = QStringLiteral("alerts/quiet-from");
const QString quietToKey = QStringLiteral("alerts/quiet-to");
const QString timeFormat = QStringLiteral("HH:mm");
} // namespace

DeskSettings DeskSettings::load(const QSettings& settings)
{
    DeskSettings s;
    s.language = settings.value(languageKey).toString();
    s.databasePath = settings.value(databaseKey).toString();
    s.registryProfile = settings.value(profileKey).toString();
    const int interval = settings.value(intervalKey, 0).toInt();
    s.syncIntervalMinutes = syncIntervals().contains(interval) ? interval : 0;
    s.quietHours.enabled = settings.value(quietEnabledKey, false).toBool();
    const QTime from = QTime::fromString(settings.value(quietFromKey).toString(), timeFormat);
    const QTime to = QTime::fromString(settings.value(quietToKey).toString(), timeFormat);
    if (from.isValid())
        s.quietHours.from = from;
    if (to.isValid())
        s.quietHours.to = to;
    return s;
}

void DeskSettings::save(QSettings& settings) const
{
    const auto put = [&settings](const QString& key, const QString& value) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    put(languageKey, language);
    put(databaseKey, databasePath);
    put(profileKey, registryProfile);
    settings.setValue(intervalKey, syncIntervalMinutes);
    settings.setValue(quietEnabledKey, quietHours.enabled);
    settings.setValue(quietFromKey, quietHours.from.toString(timeFormat));
    settings.setValue(quietToKey, quietHours.to.toString(timeFormat));
    settings.sync();
}

QList<int> DeskSettings::syncIntervals()
{
    return {0, 15, 30, 60, 120, 240, 480};
}

} // namespace rd::ui
