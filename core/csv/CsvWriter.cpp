#include "csv/CsvWriter.h"

#include "csv/CsvValues.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace rd::csv {
namespace {

void appendLine(QString& out, const QStringList& cells, const CsvWriter::Options& options)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += options.delimiter;
        out += CsvWriter::field(cells.at(i), options);
    }
    out += QLatin1String("\r\n");
}

QByteArray encode(const QString& text, const CsvWriter::Options& options)
{
    QByteArray bytes = options.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

bool save(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = CsvWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QString CsvWriter::field(const QString& cell, const Options& options)
{
    const QString value = options.neutralise ? CsvValues::neutralise(cell) : cell;
    const bool quote = value.contains(options.delimiter) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::toBytes(const QStringList& header, const QList<QStringList>& rows,
                              const Options& options)
{
    QString text;
    appendLine(text, header, options);
    for (const QStringList& row : rows)
        appendLine(text, row, options);
    return encode(text, options);
}

bool CsvWriter::writeFile(const QString& path, const QStringList& header,
                          const QList<QStringList>& rows, const Options& options, QString* error)
{
    return save(path, toBytes(header, rows, options), error);
}

QByteArray CsvWriter::fromModel(const QAbstractItemModel& model, const Options& options)
{
    QString text;
    QStringList cells;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        cells.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    appendLine(text, cells, options);
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c)
            cells.append(model.data(model.index(r, c), Qt::DisplayRole).toString());
        appendLine(text, cells, options);
    }
    return encode(text, options);
}

bool CsvWriter::writeModel(const QAbstractItemModel& model, const QString& path,
                           const Options& options, QString* error)
{
    return save(path, fromModel(model, options), error);
}

} // namespace rd::csv
