#include "DomainFilterProxy.h"

#include "DomainTableModel.h"

namespace rd::ui {

DomainFilterProxy::DomainFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DomainTableModel::SortRole);
    setSortLocaleAware(true);
}

void DomainFilterProxy::setText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    m_text = folded;
    invalidateRowsFilter();
}

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column : {DomainTableModel::Name, DomainTableModel::Holder}) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        if (index.data().toString().toCaseFolded().contains(m_text) ||
            index.data(Qt::ToolTipRole).toString().contains(m_text))
            return true;
    }
    return false;
}

} // namespace rd::ui
