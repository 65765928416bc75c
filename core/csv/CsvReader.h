#pragma once

#include "csv/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rd::csv {

// One record of the file: its cells and the line it starts on (1-based, as an
// editor counts them; a quoted line break makes a record span lines).
struct Row
{
    int line = 0;
    QStringList cells;
};

struct Table
{
    QChar delimiter;
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    QStringList header; // trailing empty columns dropped
    int headerLine = 0;
    QList<Row> rows; // blank records dropped; each has header.size() cells
};

// A malformed file: where and why. line is 0 when the whole file is at fault.
struct ReadError
{
    int line = 0;
    QString message; // translated, names the line
};

// RFC 4180 as spreadsheets really write it: ';' (Excel in Portuguese), ',' or
// tab, detected from the header; CRLF, LF or CR line ends; quoted fields with
// delimiters, doubled quotes and line breaks inside. Blank lines and trailing
// empty columns are ignored. What cannot be read unambiguously (an unclosed
// quote, text after a closing quote, a quote inside an unquoted field, a row
// with more or fewer cells than the header) is refused with its line number:
// a file is never guessed at.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        QChar delimiter;                  // null: detect
        std::optional<Encoding> encoding; // nullopt: detect
    };

    // ';', ',' or tab: the one that splits the first record (outside quotes)
    // into the most fields; ';' wins ties, as Excel in Portuguese writes it.
    static QChar detectDelimiter(const QString& text);

    static bool parse(const QString& text, QChar delimiter, Table* table, ReadError* error);
    static bool read(const QByteArray& bytes, const Options& options, Table* table,
                     ReadError* error);
    // As read(); messages name the file.
    static bool readFile(const QString& path, const Options& options, Table* table,
                         ReadError* error);
};

} // namespace rd::csv
