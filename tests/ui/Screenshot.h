#pragma once

// Saving pictures for the screenshot tools (never run by ctest): each file
// written or failed is said on stderr.
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QWidget>
#include <cstdio>

namespace rd::test {

inline bool saveImage(const QImage& image, const QString& path)
{
    const bool ok = image.save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The widget shown and painted, as it looks now.
inline bool saveShot(QWidget& widget, const QString& path)
{
    widget.show();
    QApplication::processEvents();
    return saveImage(widget.grab().toImage(), path);
}

// A window with a popup of its own (a completer's list) drawn where it shows.
inline bool saveShotWithPopup(QWidget& window, QWidget& popup, const QString& path)
{
    QApplication::processEvents();
    QImage image = window.grab().toImage();
    QPainter painter(&image);
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint())), popup.grab());
    painter.end();
    return saveImage(image, path);
}

} // namespace rd::test
