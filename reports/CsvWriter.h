#pragma once

#include "Report.h"

#include <QByteArray>

namespace rd::reports {

// RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
// line break in double quotes (quotes doubled), UTF-8.
class CsvWriter
{
public:
    static QByteArray write(const ReportTable& table);
    static QString field(const QString& value);
};

} // namespace rd::reports
