#pragma once

#include "DomainTableModel.h"
#include "model/PendingAction.h"
#include "rules/Deadline.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <optional>

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// The open pending actions (verifications, owner changes), each with the
// domain it concerns and its own next deadline.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Domain,
        Kind,
        State,
        Opened,
        NextDeadline,
        Due,
        DaysLeft,
        Level,
        Assignee,
        NewHolder,
        ColumnCount
    };
    enum Role
    {
        SortRole = DomainTableModel::SortRole,
        AlertLevelRole = DomainTableModel::AlertLevelRole, // what DeadlineDelegate draws
        ActionIdRole = DomainTableModel::DomainNameRole + 1,
        DomainNameRole,
    };

    struct Row
    {
        PendingAction action;
        QString domain; // the name people read
        std::optional<Deadline> deadline;
    };

    explicit ActionTableModel(PortfolioService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const Row& row(int row) const { return m_rows.at(row); }
    AlertLevel levelOf(int row) const;
    qint64 nowSecs() const;

    static QString stateLabel(ActionState state);

private:
    PortfolioService& m_service;
    QList<Row> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace rd::ui
