#include "ActionFilterProxy.h"

#include "ActionTableModel.h"

namespace rd::ui {

ActionFilterProxy::ActionFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ActionFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ActionFilterProxy::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ActionFilterProxy::setState(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void ActionFilterProxy::setLevel(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void ActionFilterProxy::setWindow(DeadlineWindow window)
{
    if (window == m_window)
        return;
    m_window = window;
    invalidateRowsFilter();
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ActionTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const ActionTableModel::Row& r = model->row(sourceRow);
    if (m_kind >= 0 && int(r.action.kind) != m_kind)
        return false;
    if (m_state >= 0 && int(r.action.state) != m_state)
        return false;
    if (m_level >= 0 && int(model->levelOf(sourceRow)) != m_level)
        return false;
    if (m_window != DeadlineWindow::Any) {
        if (!r.deadline)
            return false;
        const qint64 end = model->nowSecs() + windowReach(m_window);
        if (r.deadline->due.toSecsSinceEpoch() >= end)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&r.domain, &r.action.assignee, &r.action.newHolderHandle}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace rd::ui
