#include "CsvWriter.h"

namespace rd::reports {

QString CsvWriter::field(const QString& value)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula
    // (CSV injection); a quote mark in front keeps it text.
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)) &&
        !(text.at(0) == QLatin1Char('+') && text.size() > 1 && text.at(1).isDigit()) &&
        !(text.at(0) == QLatin1Char('-') && text.size() > 1 && text.at(1).isDigit()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::write(const ReportTable& table)
{
    QString out;
    const auto line = [&out](const QStringList& cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += field(cells.at(i));
        }
        out += QLatin1String("\r\n");
    };
    line(table.header);
    for (const QStringList& row : table.rows)
        line(row);
    return out.toUtf8();
}

} // namespace rd::reports
