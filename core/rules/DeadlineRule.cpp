#include "rules/DeadlineRule.h"

namespace rd {

QDateTime Offset::applyTo(const QDateTime& anchorUtc) const
{
    if (!anchorUtc.isValid())
        return {};
    // Calendar years first (QDate::addYears turns 29 February into 28 February),
    // then exact seconds; all in UTC so daylight saving never stretches a span.
    return anchorUtc.toUTC().addYears(years).addSecs(seconds);
}

} // namespace rd
