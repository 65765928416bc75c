#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace rd::reports {

// A report on A4, painted with QPainter: the page header (the report's name
// and parameters, the registrar, the generation time) and "page n of m" on
// every page, headings kept with what follows them, tables breaking between
// rows with their header row repeated. The body is laid out by the report's
// own flow (PageFlow), page by page, so a table of 100,000 rows costs what
// its rows cost; QTextDocument laid a paged table out in more than linear time.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    // Writes the file whole or not at all; the error names the file.
    static bool write(const Report& report, const QLocale& locale, const QString& path,
                      QString* error);
    // Paints onto any paged device (a printer in the desk, a PDF writer here),
    // whose page layout the caller has set. Returns the number of pages.
    static int paint(const Report& report, const QLocale& locale, QPagedPaintDevice& device);
};

} // namespace rd::reports
