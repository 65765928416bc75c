#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace rd::csv {

// Cell values as spreadsheets write them.
class CsvValues
{
    Q_DECLARE_TR_FUNCTIONS(CsvValues)

public:
    // ISO 8601 (a date, or a moment with Z or an offset), dd/mm/yyyy,
    // dd-mm-yyyy (day first, as in Portugal; d/m and one-digit days accepted),
    // or an Excel serial day number (1900 date system; a fraction is the time of
    // day). A date without a time is midnight UTC. Outside the years the
    // portfolio holds (timeformat::inRange) is refused.
    static std::optional<QDateTime> parseMoment(const QString& text);
    // sim/não (nao), yes/no, true/false, 1/0, s/n, y/n, verdadeiro/falso, on/off; any case.
    static std::optional<bool> parseBool(const QString& text);

    // Formula injection (OWASP "CSV injection"): a cell beginning with = + - @,
    // a tab or a carriage return gets a leading apostrophe, which spreadsheets
    // show as text. An apostrophe is also added before one that would otherwise
    // be taken away on import, so restore(neutralise(x)) == x for every x.
    static QString neutralise(const QString& cell);
    static QString restore(const QString& cell);
};

} // namespace rd::csv
