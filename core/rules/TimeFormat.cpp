#include "rules/TimeFormat.h"

#include <cstdio>

#include <QRegularExpression>

namespace rd::timeformat {
namespace {

// RFC 3339 profile of ISO 8601: a full date, hours and minutes, optional
// seconds and fraction, and a mandatory zone ("Z" or an offset).
const QRegularExpression& isoPattern()
{
    // anchoredPattern, not ^...$: "$" would let a trailing newline through.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})"
                       "[Tt]([0-9]{2}):([0-9]{2})"
                       "(?::([0-9]{2})(?:[.,]([0-9]+))?)?"
                       "(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))")));
    return pattern;
}

QTimeZone usableZone(const QTimeZone& zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

// Some locales (pt_PT among them) use two-digit years in their short format;
// a deadline on a support desk must never leave the century to guesswork.
QString shortDateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString toIsoUtc(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    // By hand: QDateTime::toString with a format goes through the locale and is
    // the slowest step of a bulk import's history lines.
    const QDateTime utc = moment.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODate);
    char text[21];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second());
    return QString::fromLatin1(text, 20);
}

bool inRange(const QDateTime& moment)
{
    const int year = moment.toUTC().date().year();
    return moment.isValid() && year >= firstYear && year <= lastYear;
}

std::optional<QDateTime> parseIsoWithZone(const QString& text)
{
    const QRegularExpressionMatch match = isoPattern().match(text);
    if (!match.hasMatch())
        return std::nullopt;

    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };

    const QDate date(number(1), number(2), number(3));
    if (!date.isValid() || date.year() < firstYear || date.year() > lastYear)
        return std::nullopt;

    int msecs = 0;
    const QStringView fraction = match.capturedView(7);
    if (!fraction.isEmpty()) {
        // Keep milliseconds, drop finer digits: QDateTime holds nothing finer.
        const QString millis = fraction.left(3).toString().leftJustified(3, QLatin1Char('0'));
        msecs = millis.toInt();
    }
    // QTime refuses 24:00 and leap second 60, as we want.
    const QTime time(number(4), number(5), match.capturedView(6).isEmpty() ? 0 : number(6), msecs);
    if (!time.isValid())
        return std::nullopt;

    qint64 offsetSecs = 0;
    if (match.capturedView(8).isEmpty()) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSecs = (hours * 60 + minutes) * 60;
        if (match.capturedView(9) == QLatin1String("-"))
            offsetSecs = -offsetSecs;
    }

    // Wall time at the given offset minus the offset is the moment in UTC.
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSecs);
    if (!utc.isValid())
        return std::nullopt;
    return utc;
}

QString forPeople(const QDateTime& moment, const QTimeZone& zone, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    const QTimeZone where = usableZone(zone);
    const QDateTime local = moment.toTimeZone(where);
    return locale.toString(local.date(), shortDateFormat(locale)) % QLatin1Char(' ') %
           locale.toString(local.time(), QStringLiteral("HH:mm")) % QLatin1Char(' ') %
           where.abbreviation(moment);
}

QString dateForPeople(const QDateTime& moment, const QTimeZone& zone, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    return locale.toString(moment.toTimeZone(usableZone(zone)).date(), shortDateFormat(locale));
}

} // namespace rd::timeformat
