#pragma once

#include "DomainFilterProxy.h"

#include <QSortFilterProxyModel>

namespace rd::ui {

// Open actions by a text (domain, assignee, new holder), action kind, state,
// level and deadline window (the same windows as the domain table).
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(int kind);   // int(ActionKind), -1 any
    void setState(int state); // int(ActionState), -1 any
    void setLevel(int level); // int(AlertLevel), -1 any
    void setWindow(DeadlineWindow window);
    QString text() const { return m_text; }
    int kind() const { return m_kind; }
    int state() const { return m_state; }
    int level() const { return m_level; }
    DeadlineWindow window() const { return m_window; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    int m_kind = -1;
    int m_state = -1;
    int m_level = -1;
    DeadlineWindow m_window = DeadlineWindow::Any;
};

} // namespace rd::ui
