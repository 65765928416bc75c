#include "ContactTableModel.h"

#include "i18n/Labels.h"
#include "service/PortfolioService.h"
#include "storage/DomainListing.h"

namespace rd::ui {

ContactTableModel::ContactTableModel(PortfolioService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ContactTableModel::reload()
{
    QList<Contact> contacts = m_service.contacts().all();
    QHash<qint64, int> held = domainsHeldByContact(m_service.database());
    beginResetModel();
    m_contacts = std::move(contacts);
    m_held = std::move(held);
    endResetModel();
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Handle:
            return c.handle;
        case Name:
            return c.name;
        case Organisation:
            return c.organisation;
        case Kind:
            return Labels::of(c.kind);
        case Nif:
            return c.vat;
        case Email:
            return c.email;
        case Phone:
            return c.voice.isEmpty() ? c.mobile : c.voice;
        case City:
            return c.address.city;
        case Verification:
            return Labels::of(c.verification);
        case Domains:
            return QLocale().toString(domainsHeld(index.row()));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Domains:
            return domainsHeld(index.row());
        case Verification:
            return int(c.verification);
        default:
            return data(index, Qt::DisplayRole);
        }
    case HandleRole:
        return c.handle;
    case Qt::TextAlignmentRole:
        if (index.column() == Domains)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Verification && c.verification == VerificationState::Requested)
            return tr("The registry asked the holder to prove their identity.");
        break;
    default:
        break;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Handle:
        return tr("Handle");
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    case Kind:
        return tr("Kind");
    case Nif:
        return tr("NIF");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case Verification:
        return tr("Verification");
    case Domains:
        return tr("Domains held");
    }
    return {};
}

} // namespace rd::ui
