#pragma once

#include "rules/AlertLevel.h"
#include "storage/DomainRepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// The portfolio, one row per domain, in order of the next deadline. Rows come
// from the database a page at a time (keyset paging), so a portfolio of a
// million names opens as fast as one of ten.
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
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: numbers and moments sort as such
        AlertLevelRole,              // int(AlertLevel) of the next deadline
        DomainIdRole,
    };

    explicit DomainTableModel(PortfolioService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    AlertLevel levelOf(int row) const;

private:
    QList<DomainSummary> nextPage() const;
    QString explanation(const DomainSummary& summary) const;

    PortfolioService& m_service;
    QList<DomainSummary> m_rows;
    bool m_more = true;
    bool m_fetching = false;
    int m_pageSize = 500;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace rd::ui
