#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;

namespace rd::ui {

// What the details panels share: the signals the window navigates by, the
// links in their rich text (domain:NAME, contact:HANDLE, action:ID), and
// "reload, then tell the other views" after a change made from the panel.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void reload() = 0;

Q_SIGNALS:
    void changed(); // data changed: the other views reload
    void domainRequested(const QString& name);
    void contactRequested(const QString& handle);
    void actionRequested(qint64 id);

protected:
    void followLink(const QString& link);
    void afterChange();

    // A rich-text label whose links navigate (followLink).
    QLabel* linkedLabel(const QString& objectName, QWidget* parent);
    static QGroupBox* section(const QString& title, QWidget* content, QWidget* parent);
};

} // namespace rd::ui
