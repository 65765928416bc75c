#include "csv/CsvValues.h"

#include "rules/TimeFormat.h"

#include <QRegularExpression>

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
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})([.,]\\d+)?$"));
    QRegularExpressionMatch m = isoDate.match(text);
    if (m.hasMatch())
        return midnightUtc(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = dayFirst.match(text);
    if (m.hasMatch())
        return midnightUtc(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    m = serial.match(text);
    if (m.hasMatch()) {
        // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never
        // was (day 60), so from day 61 on, day N is 1899-12-30 + N.
        const qint64 day = m.captured(1).toLongLong();
        if (day < 1 || day == 60)
            return std::nullopt;
        const QDate base = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        QDateTime moment(base.addDays(day), QTime(0, 0), Qt::UTC);
        if (!m.captured(2).isEmpty()) {
            QString fraction = m.captured(2);
            fraction[0] = QLatin1Char('.');
            const double part = QString(QLatin1Char('0') + fraction).toDouble();
            moment = moment.addSecs(qRound64(part * 86400.0));
        }
        if (!timeformat::inRange(moment))
            return std::nullopt;
        return moment;
    }
    return timeformat::parseIsoWithZone(text);
}

std::optional<bool> CsvValues::parseBool(const QString& input)
{
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
