#include "import/ImportPlanModel.h"

#include <QBrush>
#include <QColor>

namespace rd::ui {

using import::RowOutcome;

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPlanModel::setPlan(const csv::Table* table, const import::ImportPlan* plan,
                              int keyColumn)
{
    beginResetModel();
    m_table = table;
    m_plan = plan;
    m_keyColumn = keyColumn;
    endResetModel();
}

void ImportPlanModel::clear()
{
    setPlan(nullptr, nullptr, -1);
}

QString ImportPlanModel::outcomeLabel(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::New:
        return tr("New");
    case RowOutcome::Update:
        return tr("Update");
    case RowOutcome::Unchanged:
        return tr("Unchanged");
    case RowOutcome::Rejected:
        return tr("Rejected");
    }
    return {};
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_plan || !m_table)
        return 0;
    return int(m_plan->rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::details(const import::PlannedRow& row, const QString& separator) const
{
    if (row.outcome == RowOutcome::Update)
        return row.changes.join(separator);
    if (row.outcome != RowOutcome::Rejected)
        return {};
    QStringList lines;
    for (const import::FieldProblem& problem : row.problems)
        lines.append(import::Importer::describe(*m_table, row, problem));
    return lines.join(separator);
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const import::PlannedRow& row = m_plan->rows.at(index.row());
    if (role == OutcomeRole)
        return int(row.outcome);
    if (role == Qt::ForegroundRole && row.outcome == RowOutcome::Rejected &&
        index.column() == OutcomeColumn)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn) {
        const QString text = details(row, QStringLiteral("\n"));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case RecordColumn:
        if (m_keyColumn >= 0 && row.index < m_table->rows.size())
            return m_table->rows.at(row.index).cells.value(m_keyColumn);
        return {};
    case OutcomeColumn:
        return outcomeLabel(row.outcome);
    case DetailsColumn:
        // One line per row keeps the view fast on big files; the tooltip has
        // one line per change or problem.
        return details(row, QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case RecordColumn:
        return tr("Record");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("What changes, or why it is rejected");
    default:
        return {};
    }
}

} // namespace rd::ui
