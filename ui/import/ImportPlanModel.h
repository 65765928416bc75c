#pragma once

#include "csv/CsvReader.h"
#include "import/Importer.h"

#include <QAbstractTableModel>

namespace rd::ui {

// The rows of an import plan for a table view: line, record, outcome and what
// happens to it (the changed fields of an update, every problem of a rejected
// row with its line, column and field). Filter by outcome with a proxy on
// OutcomeRole.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        RecordColumn,
        OutcomeColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1 // int(import::RowOutcome), on every column
    };

    explicit ImportPlanModel(QObject* parent = nullptr);

    // keyColumn: the file column that names the record (domain or handle), -1 when none.
    void setPlan(const csv::Table* table, const import::ImportPlan* plan, int keyColumn);
    void clear();

    static QString outcomeLabel(import::RowOutcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString details(const import::PlannedRow& row, const QString& separator) const;

    const csv::Table* m_table = nullptr;
    const import::ImportPlan* m_plan = nullptr;
    int m_keyColumn = -1;
};

} // namespace rd::ui
