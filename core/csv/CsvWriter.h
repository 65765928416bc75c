#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace rd::csv {

// CSV for spreadsheets (RFC 4180): UTF-8 with a byte order mark by default, so
// Excel reads the accents right; CRLF line ends; fields quoted when they hold
// the delimiter, a quote, a line break or edge spaces; cells neutralised
// against formula injection (CsvValues::neutralise).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        QChar delimiter = QLatin1Char(';');
        bool bom = true;
        bool neutralise = true;
    };

    static QString field(const QString& cell, const Options& options);
    static QByteArray toBytes(const QStringList& header, const QList<QStringList>& rows,
                              const Options& options);
    // Writes header then rows; false with a message naming the file when it cannot.
    static bool writeFile(const QString& path, const QStringList& header,
                          const QList<QStringList>& rows, const Options& options, QString* error);

    // A table view as shown: the model's horizontal header and display text, row
    // by row, top-level rows only (pass the proxy to export what a filter shows).
    static QByteArray fromModel(const QAbstractItemModel& model, const Options& options);
    static bool writeModel(const QAbstractItemModel& model, const QString& path,
                           const Options& options, QString* error);
};

} // namespace rd::csv
