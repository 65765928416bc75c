#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rd::reports {

// A report as one HTML page: a print stylesheet (A4, table headers repeated on
// every page, rows kept whole) and the chart as inline SVG, for a browser.
class HtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    static QString render(const Report& report, const QLocale& locale);
    // The header's wording, shared with the PDF page header.
    static QString generatedLine(const Report& report);
};

} // namespace rd::reports
