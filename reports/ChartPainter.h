#pragma once

#include "Report.h"

#include <QImage>
#include <QLocale>
#include <QString>

namespace rd::reports {

// The reports' bar chart, drawn the same way twice: as SVG text for HTML (stable,
// so golden files can hold it) and with QPainter for PDF.
class ChartPainter
{
public:
    static constexpr int Width = 720;
    static constexpr int Height = 220;

    static QString svg(const ReportChart& chart, const QLocale& locale);
    // scale: pixels per unit of the Width x Height layout.
    static QImage image(const ReportChart& chart, const QLocale& locale, qreal scale);
};

} // namespace rd::reports
