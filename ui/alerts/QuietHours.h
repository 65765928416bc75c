#pragma once

#include <QTime>

namespace rd::ui {

// A daily window, in the user's local time, when the tray stays silent. The
// badge still counts: quiet hours never hide an alert, they only keep it from
// popping up. from == to means the whole day.
struct QuietHours
{
    bool enabled = false;
    QTime from{22, 0};
    QTime to{8, 0};

    // Whether `local` falls in the window [from, to), which may wrap past midnight.
    bool contains(const QTime& local) const;
};

} // namespace rd::ui
