#include "rules/AlertLevel.h"

#include "model/CodeTable.h"

namespace rd {
namespace {

constexpr codes::Table<AlertLevel, 5> levelCodes{{
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
    return codes::codeOf(levelCodes, level);
}

std::optional<AlertLevel> alertLevelFromCode(const QString& code)
{
    return codes::valueOf(levelCodes, code);
}

} // namespace rd
