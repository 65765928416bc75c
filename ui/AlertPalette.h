#pragma once

#include "rules/AlertLevel.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace rd::ui {

// Colours for alert levels that stay readable on light and dark palettes.
// Colour is never the only signal: every level also has a symbol and a word.
class AlertPalette
{
public:
    explicit AlertPalette(const QPalette& palette);

    QColor badge(AlertLevel level) const;     // badge fill
    QColor badgeText(AlertLevel level) const; // text on the badge
    QColor rowTint(AlertLevel level) const;   // subtle row background, invalid for calm levels
    static QString symbol(AlertLevel level);  // ✖ ! ▲ ● ✓
    // WCAG 2.1 contrast ratio of two colours (1 to 21); text wants 4.5 or more.
    static double contrast(const QColor& a, const QColor& b);

private:
    static double luminance(const QColor& colour);

    bool m_dark = false;
};

} // namespace rd::ui
