#pragma once

#include "rules/Deadline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QTimeZone>

namespace rd {
class DeadlineEngine;
}

namespace rd::reports {

// Deadlines as an iCalendar file (RFC 5545) a desk can subscribe to: one
// VEVENT per deadline, with a reminder.
class CalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarWriter)

public:
    static QByteArray write(const QList<Deadline>& deadlines, const DeadlineEngine& engine,
                            const QDateTime& now, const QTimeZone& zone, const QLocale& locale);

    // The same deadline keeps its UID from one export to the next, so a
    // subscribed calendar moves the event instead of adding another.
    static QString uid(const Deadline& deadline);
    // RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped.
    static QString escapeText(const QString& text);
    // RFC 5545 3.1: content lines of at most 75 octets, continued after CRLF
    // and one space, never inside a UTF-8 sequence; the line's CRLF included.
    static QByteArray contentLine(const QString& line);
    static QString utcStamp(const QDateTime& moment); // 20261129T090000Z
};

} // namespace rd::reports
