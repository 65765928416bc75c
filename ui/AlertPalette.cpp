#include "AlertPalette.h"

#include <algorithm>
#include <cmath>

namespace rd::ui {

AlertPalette::AlertPalette(const QPalette& palette)
    : m_dark(palette.color(QPalette::Base).lightness() < 128)
{}

QColor AlertPalette::badge(AlertLevel level) const
{
    switch (level) {
    case AlertLevel::Overdue:
        return m_dark ? QColor(0xF2, 0x6D, 0x7A) : QColor(0xB0, 0x1E, 0x2E);
    case AlertLevel::Critical:
        return m_dark ? QColor(0xF2, 0x8C, 0x38) : QColor(0xB3, 0x4A, 0x00);
    case AlertLevel::Warning:
        return m_dark ? QColor(0xF5, 0xD0, 0x4C) : QColor(0xF2, 0xC1, 0x2E);
    case AlertLevel::Notice:
        return m_dark ? QColor(0x7A, 0xB4, 0xF0) : QColor(0x2A, 0x62, 0xA8);
    case AlertLevel::None:
        break;
    }
    return m_dark ? QColor(0x5F, 0xC0, 0x7D) : QColor(0x2E, 0x7A, 0x47);
}

double AlertPalette::luminance(const QColor& colour)
{
    // WCAG 2.1 relative luminance (sRGB).
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double AlertPalette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor AlertPalette::badgeText(AlertLevel level) const
{
    // Whichever of near-black and white reads better on the badge (WCAG contrast).
    const QColor fill = badge(level);
    const QColor dark(0x1A, 0x1A, 0x1A);
    const QColor light(Qt::white);
    return contrast(fill, dark) >= contrast(fill, light) ? dark : light;
}

QColor AlertPalette::rowTint(AlertLevel level) const
{
    if (level < AlertLevel::Critical)
        return {};
    QColor tint = badge(level);
    tint.setAlpha(m_dark ? 60 : 34);
    return tint;
}

QString AlertPalette::symbol(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Overdue:
        return QStringLiteral("\u2716"); // heavy multiplication x
    case AlertLevel::Critical:
        return QStringLiteral("!");
    case AlertLevel::Warning:
        return QStringLiteral("\u25B2"); // triangle
    case AlertLevel::Notice:
        return QStringLiteral("\u25CF"); // dot
    case AlertLevel::None:
        break;
    }
    return QStringLiteral("\u2713"); // check mark
}

} // namespace rd::ui
