#pragma once

#include "Report.h"

#include <QLocale>
#include <QString>

class QPainter;

namespace rd::reports {

// The reports' bar chart, drawn the same way twice: as SVG text for HTML (stable,
// so golden files can hold it) and with QPainter for PDF.
class ChartPainter
{
public:
    static constexpr int Width = 720;
    static constexpr int Height = 220;

    static QString svg(const ReportChart& chart, const QLocale& locale);
    // Paints in the Width x Height layout's units: scale the painter to fit.
    static void paint(QPainter& painter, const ReportChart& chart, const QLocale& locale);
};

} // namespace rd::reports
