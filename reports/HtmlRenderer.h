#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rd::reports {

// A report as one HTML page: a print stylesheet (A4, table headers repeated on
// every page, rows kept whole) and the chart as inline SVG, for a browser; or
// the body alone, in the HTML subset QTextDocument reads, for the PDF writer
// (which paints the header on every page itself).
class HtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    enum class Target
    {
        Browser,
        TextDocument
    };

    // The chart's image resource name in TextDocument output: "rd-chart:N".
    static QString chartResource(int index);

    // chartWidth: the chart's width in TextDocument output, in the document's pixels.
    static QString render(const Report& report, const QLocale& locale,
                          Target target = Target::Browser, int chartWidth = 0);
    // The stylesheet given to QTextDocument for TextDocument output.
    static QString textDocumentStyleSheet();
    // The header's wording, shared with the PDF page header.
    static QString generatedLine(const Report& report);
};

} // namespace rd::reports
