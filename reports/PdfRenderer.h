#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;
class QSizeF;
class QTextDocument;

namespace rd::reports {

// A report on A4 through QTextDocument: the page header (the report's name and
// parameters, the registrar, the generation time) and "page n of m" painted on
// every page, tables breaking between rows with their header row repeated.
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
    // The body as a document paged at `page` (in the pixels of the document's
    // paint device), with header rows repeated on every page.
    static void prepareBody(QTextDocument& document, const Report& report, const QLocale& locale,
                            const QSizeF& page);
};

} // namespace rd::reports
