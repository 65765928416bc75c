#pragma once

#include "model/Contact.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// Every contact of the portfolio with how many domains it holds.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Handle,
        Name,
        Organisation,
        Kind,
        Nif,
        Email,
        Phone,
        City,
        Verification,
        Domains,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        HandleRole,
    };

    explicit ContactTableModel(PortfolioService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const Contact& contact(int row) const { return m_contacts.at(row); }
    int domainsHeld(int row) const { return m_held.value(m_contacts.at(row).id); }

private:
    PortfolioService& m_service;
    QList<Contact> m_contacts;
    QHash<qint64, int> m_held;
};

} // namespace rd::ui
