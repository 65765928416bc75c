#include "csv/CsvValues.h"

#include "rules/TimeFormat.h"

namespace rd::csv {
namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// After any leading apostrophes, a character a spreadsheet would act on.
bool needsPrefix(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && isTrigger(cell.at(i));
}

std::optional<QDateTime> midnightUtc(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    QDateTime moment(date, QTime(0, 0), Qt::UTC);
    if (!timeformat::inRange(moment))
        return std::nullopt;
    return moment;
}

} // namespace

std::optional<QDateTime> CsvValues::parseMoment(const QString& input)
{
    // By hand, not with regular expressions: an import parses a date on every
    // row, and matching three patterns cost more than the rest of the row's checks.
    const QStringView text = QStringView(input).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype n = text.size();
    const auto digitAt = [&](qsizetype i) {
        return i < n && text[i].unicode() >= u'0' && text[i].unicode() <= u'9';
    };
    // The value of the digits in [from, to): callers pass at most 7 of them.
    const auto number = [&](qsizetype from, qsizetype to) {
        qint64 value = 0;
        for (qsizetype i = from; i < to; ++i)
            value = value * 10 + (text[i].unicode() - u'0');
        return value;
    };
    const auto digitsFrom = [&](qsizetype i) {
        qsizetype end = i;
        while (digitAt(end))
            ++end;
        return end;
    };
    const qsizetype lead = digitsFrom(0);

    // yyyy-mm-dd
    if (lead == 4 && n == 10 && text[4] == u'-' && digitAt(5) && digitAt(6) && text[7] == u'-' &&
        digitAt(8) && digitAt(9))
        return midnightUtc(int(number(0, 4)), int(number(5, 7)), int(number(8, 10)));

    // d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy: one or two digits for day and month,
    // the same separator twice, a four-digit year.
    if ((lead == 1 || lead == 2) && lead < n) {
        const QChar separator = text[lead];
        if (separator == u'/' || separator == u'.' || separator == u'-') {
            const qsizetype monthEnd = digitsFrom(lead + 1);
            const qsizetype monthDigits = monthEnd - lead - 1;
            if ((monthDigits == 1 || monthDigits == 2) && monthEnd < n &&
                text[monthEnd] == separator && digitsFrom(monthEnd + 1) == n &&
                n - monthEnd - 1 == 4)
                return midnightUtc(int(number(monthEnd + 1, n)), int(number(lead + 1, monthEnd)),
                                   int(number(0, lead)));
        }
    }

    // An Excel serial day number: up to seven digits, then perhaps a fraction
    // after a point or a comma.
    if (lead >= 1 && lead <= 7) {
        const bool whole = lead == n;
        const bool fractional = !whole && (text[lead] == u'.' || text[lead] == u',') &&
                                lead + 1 < n && digitsFrom(lead + 1) == n;
        if (whole || fractional) {
            // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never
            // was (day 60), so from day 61 on, day N is 1899-12-30 + N.
            const qint64 day = number(0, lead);
            if (day < 1 || day == 60)
                return std::nullopt;
            const QDate base = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
            QDateTime moment(base.addDays(day), QTime(0, 0), Qt::UTC);
            if (fractional) {
                const QString fraction = QStringLiteral("0.") + text.mid(lead + 1).toString();
                const double part = fraction.toDouble();
                moment = moment.addSecs(qRound64(part * 86400.0));
            }
            if (!timeformat::inRange(moment))
                return std::nullopt;
            return moment;
        }
    }
    return timeformat::parseIsoWithZone(text.toString());
}

std::optional<bool> CsvValues::parseBool(const QString& input)
{
    // Most cells are a short ASCII word: compare them without building a lower-case copy.
    const QStringView view = QStringView(input).trimmed();
    if (view.size() <= 10) {
        char ascii[10];
        bool isAscii = true;
        for (qsizetype i = 0; i < view.size() && isAscii; ++i) {
            const char16_t c = view[i].unicode();
            isAscii = c < 0x80;
            ascii[i] = char(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
        }
        if (isAscii) {
            const QLatin1String word(ascii, view.size());
            static const char* const yesWords[] = {"sim", "s",          "yes", "y",      "true",
                                                   "1",   "verdadeiro", "on",  "ligada", "ligado"};
            static const char* const noWords[] = {"nao", "n",   "no",        "false",    "falso",
                                                  "0",   "off", "desligada", "desligado"};
            for (const char* yes : yesWords) {
                if (word == QLatin1String(yes))
                    return true;
            }
            for (const char* no : noWords) {
                if (word == QLatin1String(no))
                    return false;
            }
            return std::nullopt;
        }
    }
    const QString t = input.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("sim"),    QStringLiteral("s"),
                                    QStringLiteral("yes"),    QStringLiteral("y"),
                                    QStringLiteral("true"),   QStringLiteral("verdadeiro"),
                                    QStringLiteral("1"),      QStringLiteral("on"),
                                    QStringLiteral("ligada"), QStringLiteral("ligado")};
    static const QStringList no = {QStringLiteral("não"),       QStringLiteral("nao"),
                                   QStringLiteral("n"),         QStringLiteral("no"),
                                   QStringLiteral("false"),     QStringLiteral("falso"),
                                   QStringLiteral("0"),         QStringLiteral("off"),
                                   QStringLiteral("desligada"), QStringLiteral("desligado")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QString CsvValues::neutralise(const QString& cell)
{
    return needsPrefix(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvValues::restore(const QString& cell)
{
    return needsPrefix(cell) && cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

} // namespace rd::csv
