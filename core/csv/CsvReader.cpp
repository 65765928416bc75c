#include "csv/CsvReader.h"

#include <QFile>
#include <QFileInfo>

namespace rd::csv {
namespace {

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

void dropTrailingEmpty(QStringList& cells)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
}

} // namespace

QChar CsvReader::detectDelimiter(const QString& text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            for (int i = 0; i < 3; ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool CsvReader::parse(const QString& text, QChar delimiter, Table* table, ReadError* error)
{
    const auto fail = [&](int line, const QString& message) {
        if (error)
            *error = {line, message};
        return false;
    };

    table->delimiter = delimiter;
    table->header.clear();
    table->rows.clear();
    table->headerLine = 0;

    const QChar* p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    const char16_t delim = delimiter.unicode();
    QStringList cells;
    QString cell;
    bool haveHeader = false;

    while (i < n) {
        const int recordLine = line;
        cells.clear();
        // One record.
        for (;;) {
            cell.clear();
            if (i < n && p[i] == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return fail(quoteLine,
                                    tr("Line %1: a quoted field is never closed.").arg(quoteLine));
                    const char16_t c = p[i].unicode();
                    if (c == u'"') {
                        if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                            cell.append(QLatin1Char('"'));
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    // Line breaks inside a field are kept as LF, whatever the file used.
                    if (c == u'\r' || c == u'\n') {
                        ++line;
                        if (c == u'\r' && i + 1 < n && p[i + 1] == QLatin1Char('\n'))
                            ++i;
                        cell.append(QLatin1Char('\n'));
                    } else {
                        cell.append(p[i]);
                    }
                    ++i;
                }
                if (i < n && p[i].unicode() != delim && p[i] != QLatin1Char('\r') &&
                    p[i] != QLatin1Char('\n'))
                    return fail(line, tr("Line %1: text after the closing quote of a field; a "
                                         "quote inside a field must be doubled.")
                                          .arg(line));
            } else {
                const qsizetype start = i;
                while (i < n) {
                    const char16_t c = p[i].unicode();
                    if (c == delim || c == u'\r' || c == u'\n')
                        break;
                    if (c == u'"')
                        return fail(line, tr("Line %1: a quote inside a field that does not "
                                             "start with one; quote the field and double the "
                                             "quote.")
                                              .arg(line));
                    ++i;
                }
                cell = QString(p + start, i - start);
            }
            cells.append(cell);
            if (i < n && p[i].unicode() == delim) {
                ++i;
                continue;
            }
            // End of record: CRLF, LF or CR, or the end of the text.
            if (i < n && p[i] == QLatin1Char('\r')) {
                ++i;
                if (i < n && p[i] == QLatin1Char('\n'))
                    ++i;
            } else if (i < n && p[i] == QLatin1Char('\n')) {
                ++i;
            }
            ++line;
            break;
        }
        if (isBlank(cells))
            continue;
        if (!haveHeader) {
            dropTrailingEmpty(cells);
            table->header = cells;
            table->headerLine = recordLine;
            haveHeader = true;
            continue;
        }
        const int width = int(table->header.size());
        if (cells.size() < width)
            return fail(recordLine, tr("Line %1 has %2 fields where the header has %3.")
                                        .arg(recordLine)
                                        .arg(cells.size())
                                        .arg(width));
        if (cells.size() > width) {
            for (qsizetype k = width; k < cells.size(); ++k) {
                if (!cells.at(k).isEmpty())
                    return fail(recordLine,
                                tr("Line %1 has a value in field %2, past the %3 columns of the "
                                   "header.")
                                    .arg(recordLine)
                                    .arg(k + 1)
                                    .arg(width));
            }
            cells.erase(cells.begin() + width, cells.end());
        }
        table->rows.append(Row{recordLine, cells});
    }
    if (!haveHeader)
        return fail(0, tr("The file has no header line."));
    return true;
}

bool CsvReader::read(const QByteArray& bytes, const Options& options, Table* table,
                     ReadError* error)
{
    int bom = 0;
    const Encoding detected = TextEncoding::detect(bytes, &bom);
    const Encoding encoding = options.encoding.value_or(detected);
    QString why;
    const std::optional<QString> text = TextEncoding::decode(bytes, encoding, &why);
    if (!text) {
        if (error)
            *error = {0, why};
        return false;
    }
    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(*text) : options.delimiter;
    if (!parse(*text, delimiter, table, error))
        return false;
    table->encoding = encoding;
    table->hadBom = TextEncoding::bomLength(bytes, encoding) > 0;
    return true;
}

bool CsvReader::readFile(const QString& path, const Options& options, Table* table,
                         ReadError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {0, tr("Cannot read %1: %2").arg(path, file.errorString())};
        return false;
    }
    if (read(file.readAll(), options, table, error))
        return true;
    if (error)
        error->message = QFileInfo(path).fileName() % QStringLiteral(": ") % error->message;
    return false;
}

} // namespace rd::csv
