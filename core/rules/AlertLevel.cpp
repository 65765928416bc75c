#include "rules/AlertLevel.h"

#include <array>
#include <utility>

namespace rd {
namespace {

constexpr std::array<std::pair<AlertLevel, const char*>, 5> levelCodes{{
    {AlertLevel::None, "none"},
    {AlertLevel::Notice, "notice"},
    {AlertLevel::Warning, "warning"},
    {AlertLevel::Critical, "critical"},
    {AlertLevel::Overdue, "overdue"},
}};

} // namespace

AlertLevel AlertThresholds::levelFor(qint64 secondsLeft) const
{
    // Exactly at the due moment there is still no time lost: overdue starts after it.
    if (secondsLeft < 0)
        return AlertLevel::Overdue;
    if (secondsLeft <= criticalSecs)
        return AlertLevel::Critical;
    if (secondsLeft <= warningSecs)
        return AlertLevel::Warning;
    if (secondsLeft <= noticeSecs)
        return AlertLevel::Notice;
    return AlertLevel::None;
}

bool AlertThresholds::isValid() const
{
    return 0 <= criticalSecs && criticalSecs <= warningSecs && warningSecs <= noticeSecs;
}

QString toCode(AlertLevel level)
{
    for (const auto& [value, code] : levelCodes) {
        if (value == level)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<AlertLevel> alertLevelFromCode(const QString& code)
{
    for (const auto& [value, text] : levelCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace rd
