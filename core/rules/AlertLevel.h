#pragma once

#include <QString>
#include <optional>

namespace rd {

// Ordered from calm to late, so levels compare with < and std::max.
enum class AlertLevel
{
    None,
    Notice,
    Warning,
    Critical,
    Overdue
};

// Time left before a deadline at which it reaches each level. A deadline is
// overdue once its due moment has passed.
struct AlertThresholds
{
    static constexpr qint64 Day = 24 * 60 * 60;

    qint64 criticalSecs = 2 * Day; // 2 days or less
    qint64 warningSecs = 7 * Day;  // 7 days or less
    qint64 noticeSecs = 30 * Day;  // 30 days or less

    AlertLevel levelFor(qint64 secondsLeft) const;
    bool isValid() const; // 0 <= critical <= warning <= notice
};

QString toCode(AlertLevel level); // none, notice, warning, critical, overdue
std::optional<AlertLevel> alertLevelFromCode(const QString& code);

} // namespace rd
