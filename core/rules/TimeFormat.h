#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rd::timeformat {

// "2026-03-29T01:00:00Z": how the program writes a moment for machines.
QString toIsoUtc(const QDateTime& moment);

// The years a portfolio can hold: .pt was delegated in 1988, and four-digit
// years keep every date printable, sortable and inside what SQLite's and
// PostgreSQL's date functions handle.
constexpr int firstYear = 1985;
constexpr int lastYear = 9000;
bool inRange(const QDateTime& moment);

// ISO 8601 with "Z" or an offset ("2026-03-29T02:00:00+01:00"); seconds and
// fractions optional. A moment without a zone is ambiguous and is refused, and
// so is one outside [firstYear, lastYear].
std::optional<QDateTime> parseIsoWithZone(const QString& text);

// A moment for people: date and time in the zone and locale, with the zone's
// abbreviation, e.g. "29/03/2026 02:00 WEST".
QString forPeople(const QDateTime& moment, const QTimeZone& zone, const QLocale& locale);

// Just the date part, in the zone and locale.
QString dateForPeople(const QDateTime& moment, const QTimeZone& zone, const QLocale& locale);

} // namespace rd::timeformat
