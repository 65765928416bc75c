#include "ContactFilterProxy.h"

#include "ContactTableModel.h"

namespace rd::ui {

ContactFilterProxy::ContactFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContactTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ContactFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ContactFilterProxy::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ContactFilterProxy::setVerification(int verification)
{
    if (verification == m_verification)
        return;
    m_verification = verification;
    invalidateRowsFilter();
}

void ContactFilterProxy::setHolding(int holding)
{
    if (holding == m_holding)
        return;
    m_holding = holding;
    invalidateRowsFilter();
}

bool ContactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ContactTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const Contact& c = model->contact(sourceRow);
    if (m_kind >= 0 && int(c.kind) != m_kind)
        return false;
    if (m_verification >= 0 && int(c.verification) != m_verification)
        return false;
    if (m_holding >= 0 && (model->domainsHeld(sourceRow) > 0) != (m_holding == 1))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&c.handle, &c.name, &c.organisation, &c.vat, &c.email}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace rd::ui
