#pragma once

#include <QStyledItemDelegate>

namespace rd::ui {

// Draws a deadline level as a badge: colour, symbol and word, so it reads the
// same for colour-blind users and in dark themes.
class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rd::ui
