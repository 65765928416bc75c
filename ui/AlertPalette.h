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

private:
    bool m_dark = false;
};

} // namespace rd::ui
