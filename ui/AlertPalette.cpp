#include "AlertPalette.h"

namespace rd::ui {

AlertPalette::AlertPalette(const QPalette& palette)
    : m_dark(palette.color(QPalette::Base).lightness() < 128)
{}

QColor AlertPalette::badge(AlertLevel level) const
{
    switch (level) {
    case AlertLevel::Overdue:
        return m_dark ? QColor(0xE0, 0x4F, 0x5F) : QColor(0xB0, 0x1E, 0x2E);
    case AlertLevel::Critical:
        return m_dark ? QColor(0xF2, 0x8C, 0x38) : QColor(0xD4, 0x5A, 0x00);
    case AlertLevel::Warning:
        return m_dark ? QColor(0xF5, 0xD0, 0x4C) : QColor(0xF2, 0xC1, 0x2E);
    case AlertLevel::Notice:
        return m_dark ? QColor(0x5C, 0x9D, 0xE6) : QColor(0x2F, 0x6D, 0xB5);
    case AlertLevel::None:
        break;
    }
    return m_dark ? QColor(0x4C, 0xA8, 0x6A) : QColor(0x3B, 0x8C, 0x55);
}

QColor AlertPalette::badgeText(AlertLevel level) const
{
    // Yellow needs dark text in both themes; the others carry white.
    return level == AlertLevel::Warning ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
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
