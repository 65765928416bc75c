#include "DeadlineDelegate.h"

#include "AlertPalette.h"
#include "DomainTableModel.h"

#include <QApplication>
#include <QPainter>

namespace rd::ui {

namespace {
constexpr int padding = 6;
}

void DeadlineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant levelValue = index.data(DomainTableModel::AlertLevelRole);
    if (!levelValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto level = static_cast<AlertLevel>(levelValue.toInt());

    // Selection and row background first, as the style would draw them.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const AlertPalette colours(option.palette);
    const QString text = AlertPalette::symbol(level) + QLatin1Char(' ') + index.data().toString();
    QFont font = option.font;
    font.setBold(level >= AlertLevel::Critical);
    const QFontMetrics metrics(font);
    const int available = option.rect.width() - 2 * padding;
    const int natural = metrics.horizontalAdvance(text) + 2 * padding;
    const bool fits = natural <= available;
    const int width = fits ? natural : available;
    const int height = metrics.height() + 4;
    const QRect badge(option.rect.left() + padding,
                      option.rect.top() + (option.rect.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.badge(level));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(colours.badgeText(level));
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter,
                      fits ? text
                           : metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * padding));
    painter->restore();
}

QSize DeadlineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    const QString text =
        AlertPalette::symbol(AlertLevel::Overdue) + QLatin1Char(' ') + index.data().toString();
    size.setWidth(qMax(size.width(), QFontMetrics(bold).horizontalAdvance(text) + 4 * padding));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace rd::ui
