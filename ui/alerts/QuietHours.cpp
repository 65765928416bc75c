#include "QuietHours.h"

namespace rd::ui {

bool QuietHours::contains(const QTime& local) const
{
    if (!enabled || !from.isValid() || !to.isValid() || !local.isValid())
        return false;
    if (from == to)
        return true;
    if (from < to)
        return local >= from && local < to;
    return local >= from || local < to; // e.g. 22:00 to 08:00
}

} // namespace rd::ui
