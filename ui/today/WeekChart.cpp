#include "WeekChart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace rd::ui {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

WeekChart::WeekChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Deletions and expiries per week"));
}

void WeekChart::setWeeks(const QList<TodayData::Week>& weeks)
{
    m_weeks = weeks;
    QStringList lines;
    const QLocale locale;
    for (const TodayData::Week& week : weeks)
        lines << tr("Week of %1: %n deletion(s)", nullptr, week.deletions)
                         .arg(locale.toString(week.monday, QLocale::ShortFormat)) +
                     QStringLiteral(", ") + tr("%n expiry(ies)", nullptr, week.expiries);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    setToolTip(lines.join(QLatin1Char('\n')));
    update();
}

QSize WeekChart::sizeHint() const
{
    return {720, 12 * fontMetrics().height()};
}

QSize WeekChart::minimumSizeHint() const
{
    return {420, 10 * fontMetrics().height()};
}

void WeekChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

// Okabe-Ito vermilion and blue: told apart with every common colour vision
// deficiency; lighter variants on dark palettes keep the contrast.
QColor WeekChart::deletionColour() const
{
    return isDark(palette()) ? QColor(0xF0, 0x8A, 0x5A) : QColor(0xD5, 0x5E, 0x00);
}

QColor WeekChart::expiryColour() const
{
    return isDark(palette()) ? QColor(0x6C, 0xB4, 0xE8) : QColor(0x00, 0x72, 0xB2);
}

void WeekChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);
    const QFontMetrics fm(font());
    const int line = fm.height();

    // Legend across the top.
    int x = 0;
    const auto legendItem = [&](const QColor& colour, const QString& label) {
        const QRect swatch(x, (line - 10) / 2, 14, 10);
        p.fillRect(swatch, colour);
        p.setPen(text);
        p.drawText(QRect(x + 20, 0, fm.horizontalAdvance(label) + 2, line), Qt::AlignVCenter,
                   label);
        x += 20 + fm.horizontalAdvance(label) + 24;
    };
    legendItem(deletionColour(), tr("Deletions (auto-renew off)"));
    legendItem(expiryColour(), tr("Expiries"));

    int highest = 1;
    for (const TodayData::Week& week : std::as_const(m_weeks))
        highest = std::max({highest, week.deletions, week.expiries});
    // A scale of round steps: 1, 2, 5, 10, 20, 50...
    int step = 1;
    for (int base = 1; step * 4 < highest; base *= 10) {
        for (int m : {1, 2, 5}) {
            step = base * m;
            if (step * 4 >= highest)
                break;
        }
    }
    const int top = ((highest + step - 1) / step) * step;

    const int axisWidth = fm.horizontalAdvance(QLocale().toString(top)) + 8;
    const QRect plot(axisWidth, line * 2, width() - axisWidth - 4, height() - line * 4 - 4);
    if (plot.width() < 40 || plot.height() < 20 || m_weeks.isEmpty())
        return;

    // Horizontal grid lines with their counts.
    const QLocale locale;
    for (int value = 0; value <= top; value += step) {
        const int y = plot.bottom() - int(qint64(value) * plot.height() / top);
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - line / 2, axisWidth - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(value));
    }

    const int slot = plot.width() / int(m_weeks.size());
    const int bar = std::max(4, (slot - 10) / 2);
    for (int i = 0; i < m_weeks.size(); ++i) {
        const TodayData::Week& week = m_weeks.at(i);
        const int left = plot.left() + i * slot + (slot - 2 * bar - 2) / 2;
        const auto drawBar = [&](int at, int value, const QColor& colour) {
            const int h = int(qint64(value) * plot.height() / top);
            const QRect r(at, plot.bottom() - h, bar, h);
            p.fillRect(r, colour);
            if (value > 0) {
                p.setPen(text);
                p.drawText(QRect(at - 6, r.top() - line, bar + 12, line),
                           Qt::AlignHCenter | Qt::AlignBottom, locale.toString(value));
            }
        };
        drawBar(left, week.deletions, deletionColour());
        drawBar(left + bar + 2, week.expiries, expiryColour());
        p.setPen(text);
        const QString label = locale.toString(week.monday, QStringLiteral("d MMM"));
        p.drawText(QRect(plot.left() + i * slot, plot.bottom() + 4, slot, line),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(text);
    p.drawText(QRect(plot.left(), plot.bottom() + 4 + line, plot.width(), line),
               Qt::AlignHCenter | Qt::AlignTop, tr("Week starting"));
}

} // namespace rd::ui
