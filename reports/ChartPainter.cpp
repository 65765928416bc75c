#include "ChartPainter.h"

#include <QFont>
#include <QPainter>
#include <algorithm>

namespace rd::reports {

namespace {

// One layout for both drawings, in units of the Width x Height box.
struct Layout
{
    qreal left = 40, right = 10, top = 20, bottom = 28;
    int maxValue = 1; // the axis top, a round number
    int step = 1;     // between grid lines

    explicit Layout(const ReportChart& chart)
    {
        int highest = 0;
        for (const ChartBar& bar : chart.bars)
            highest = std::max(highest, bar.value);
        // Grid lines at 1, 2 or 5 times a power of ten, four or five of them.
        int unit = 1;
        while (highest > unit * 10)
            unit *= 10;
        step = unit;
        for (const int m : {1, 2, 5, 10}) {
            step = unit * m;
            if (highest <= step * 5)
                break;
        }
        maxValue = std::max(step, ((highest + step - 1) / step) * step);
    }
    qreal plotWidth() const { return ChartPainter::Width - left - right; }
    qreal plotHeight() const { return ChartPainter::Height - top - bottom; }
    qreal y(int value) const { return top + plotHeight() * (1.0 - qreal(value) / maxValue); }
    qreal slot(int count) const { return plotWidth() / std::max(1, count); }
};

const char* const barColour = "#1f4e79";
const char* const gridColour = "#c9d1db";
const char* const textColour = "#1d2430";

QString num(qreal value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString ChartPainter::svg(const ReportChart& chart, const QLocale& locale)
{
    const Layout layout(chart);
    QString out;
    out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                          "role=\"img\" aria-label=\"%3\" font-family=\"DejaVu Sans, Arial, "
                          "sans-serif\" font-size=\"11\">\n")
               .arg(Width)
               .arg(Height)
               .arg(chart.title.toHtmlEscaped());
    for (int v = 0; v <= layout.maxValue; v += layout.step) {
        const QString y = num(layout.y(v));
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" "
                              "stroke-width=\"0.7\"/>\n")
                   .arg(num(layout.left), y, num(Width - layout.right), QLatin1String(gridColour));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"%3\">%4</text>\n")
                   .arg(num(layout.left - 6), num(layout.y(v) + 4), QLatin1String(textColour),
                        locale.toString(v));
    }
    const qreal slot = layout.slot(int(chart.bars.size()));
    for (int i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars.at(i);
        const qreal x = layout.left + slot * i + slot * 0.18;
        const qreal w = slot * 0.64;
        const qreal y = layout.y(bar.value);
        if (bar.value > 0) {
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                  "fill=\"%5\"><title>%6: %7</title></rect>\n")
                       .arg(num(x), num(y), num(w), num(layout.y(0) - y), QLatin1String(barColour),
                            bar.label.toHtmlEscaped(), locale.toString(bar.value));
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                                  "fill=\"%3\">%4</text>\n")
                       .arg(num(x + w / 2), num(y - 3), QLatin1String(textColour),
                            locale.toString(bar.value));
        }
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"%3\">%4"
                              "</text>\n")
                   .arg(num(x + w / 2), num(Height - layout.bottom + 16), QLatin1String(textColour),
                        bar.label.toHtmlEscaped());
    }
    out += QStringLiteral("</svg>");
    return out;
}

void ChartPainter::paint(QPainter& painter, const ReportChart& chart, const QLocale& locale)
{
    const Layout layout(chart);
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter.setFont(font);

    const QColor text{QLatin1String(textColour)};
    for (int v = 0; v <= layout.maxValue; v += layout.step) {
        painter.setPen(QPen(QColor(QLatin1String(gridColour)), 0.7));
        painter.drawLine(QPointF(layout.left, layout.y(v)),
                         QPointF(Width - layout.right, layout.y(v)));
        painter.setPen(text);
        painter.drawText(QRectF(0, layout.y(v) - 8, layout.left - 6, 16),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v));
    }
    const qreal slot = layout.slot(int(chart.bars.size()));
    for (int i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars.at(i);
        const qreal x = layout.left + slot * i + slot * 0.18;
        const qreal w = slot * 0.64;
        const qreal y = layout.y(bar.value);
        if (bar.value > 0) {
            painter.fillRect(QRectF(x, y, w, layout.y(0) - y), QColor(QLatin1String(barColour)));
            painter.setPen(text);
            painter.drawText(QRectF(x - 10, y - 16, w + 20, 14), Qt::AlignHCenter | Qt::AlignBottom,
                             locale.toString(bar.value));
        }
        painter.setPen(text);
        painter.drawText(QRectF(layout.left + slot * i, Height - layout.bottom + 4, slot, 16),
                         Qt::AlignHCenter | Qt::AlignVCenter, bar.label);
    }
    painter.restore();
}

} // namespace rd::reports
