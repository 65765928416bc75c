#pragma once

#include "rules/AlertLevel.h"
#include "storage/DomainListing.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <array>

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// The whole portfolio, one row per domain, in order of the next deadline. All
// rows are read at once into compact structs (storage/DomainListing.h), so a
// filter or a sort sees every domain, and a million of them open in well under
// a second. Cells are computed when a view asks for them, i.e. only for the
// rows on screen.
class DomainTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Holder,
        Expires,
        AutoRenew,
        Programme,
        NextDeadline,
        Due,
        DaysLeft,
        Level,
        HolderHandle,
        Nif,
        Standing,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: numbers and moments sort as such
        AlertLevelRole,              // int(AlertLevel) of the next deadline
        DomainIdRole,
        DomainNameRole, // the name people read (U-label)
    };

    explicit DomainTableModel(PortfolioService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the portfolio again; false (the model empty) when the database cannot be read.
    bool reload(QString* error = nullptr);

    const DomainListRow& row(int row) const { return m_listing.rows[size_t(row)]; }
    const DomainListing& listing() const { return m_listing; }
    QStringView nameView(int row) const { return m_listing.name(this->row(row)); }
    const DomainListHolder* holderOf(int row) const;
    const QList<DomainListHolder>& holders() const { return m_listing.holders; }
    AlertLevel levelOf(int row) const;
    // The level of a deadline of the given kind due at `due`, seen at `now` (seconds).
    AlertLevel levelAt(qint64 due, int kind, qint64 now) const;
    qint64 nowSecs() const; // the service clock's now
    QString nameOf(int row) const { return row < 0 ? QString() : nameView(row).toString(); }
    static QString standingLabel(int standing); // int(RegistryStanding)

private:
    QString explanation(int row) const;
    qint64 daysLeft(const DomainListRow& row) const;

    PortfolioService& m_service;
    DomainListing m_listing;
    std::array<AlertLevel, 8> m_kindCap{}; // the rule's highest level per DeadlineKind
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace rd::ui
