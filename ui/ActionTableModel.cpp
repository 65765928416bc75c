#include "ActionTableModel.h"

#include "AlertPalette.h"
#include "i18n/Labels.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"

#include <QBrush>
#include <QGuiApplication>
#include <algorithm>
#include <limits>

namespace rd::ui {

ActionTableModel::ActionTableModel(PortfolioService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ActionTableModel::reload()
{
    // Open actions come by domain: each domain's facts are read once.
    const QList<PendingAction> open = m_service.actions().allOpen();
    QList<Row> rows;
    rows.reserve(open.size());
    for (qsizetype first = 0; first < open.size();) {
        qsizetype last = first;
        while (last < open.size() && open.at(last).domainId == open.at(first).domainId)
            ++last;
        const QList<PendingAction> ofDomain = open.mid(first, last - first);
        const std::optional<DomainFacts> facts = m_service.domains().facts(open.at(first).domainId);
        QList<Deadline> deadlines;
        if (facts)
            deadlines = m_service.engine().evaluate(*facts, ofDomain);
        for (const PendingAction& action : ofDomain) {
            Row row;
            row.action = action;
            if (facts)
                row.domain = facts->uLabel.isEmpty() ? facts->aLabel : facts->uLabel;
            for (const Deadline& deadline : std::as_const(deadlines)) {
                if (deadline.actionId == action.id &&
                    (!row.deadline || deadline.due < row.deadline->due))
                    row.deadline = deadline;
            }
            rows.append(row);
        }
        first = last;
    }
    // Most urgent first, as the other tables.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const qint64 da =
            a.deadline ? a.deadline->due.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        const qint64 db =
            b.deadline ? b.deadline->due.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        return da < db;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 ActionTableModel::nowSecs() const
{
    return m_service.engine().clock().now().toSecsSinceEpoch();
}

AlertLevel ActionTableModel::levelOf(int row) const
{
    const Row& r = m_rows.at(row);
    return r.deadline ? m_service.engine().levelOf(*r.deadline) : AlertLevel::None;
}

QString ActionTableModel::stateLabel(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return tr("Open");
    case ActionState::AwaitingHolder:
        return tr("Waiting for the holder");
    case ActionState::AwaitingNewHolder:
        return tr("Waiting for the new holder");
    case ActionState::VerifyingNewHolder:
        return tr("Verifying the new holder");
    case ActionState::Closed:
        return tr("Closed");
    }
    return {};
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Domain:
            return r.domain;
        case Kind:
            return Labels::of(r.action.kind);
        case State:
            return stateLabel(r.action.state);
        case Opened:
            return timeformat::forPeople(r.action.openedAt(), m_zone, locale);
        case NextDeadline:
            return r.deadline ? Labels::of(r.deadline->kind) : QString();
        case Due:
            return r.deadline ? timeformat::forPeople(r.deadline->due, m_zone, locale) : QString();
        case DaysLeft:
            if (!r.deadline)
                return QString();
            return locale.toString(
                m_service.engine().clock().now().toTimeZone(m_zone).date().daysTo(
                    r.deadline->due.toTimeZone(m_zone).date()));
        case Level:
            return Labels::of(levelOf(index.row()));
        case Assignee:
            return r.action.assignee;
        case NewHolder:
            return r.action.newHolderHandle;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Opened:
            return r.action.openedAt().toSecsSinceEpoch();
        case Due:
        case DaysLeft:
            return r.deadline ? r.deadline->due.toSecsSinceEpoch()
                              : std::numeric_limits<qint64>::max();
        case Level:
            return int(levelOf(index.row()));
        default:
            return data(index, Qt::DisplayRole);
        }
    case AlertLevelRole:
        if (index.column() == Level)
            return int(levelOf(index.row()));
        break;
    case ActionIdRole:
        return r.action.id;
    case DomainNameRole:
        return r.domain;
    case Qt::ToolTipRole:
        if (r.deadline && index.column() >= NextDeadline && index.column() <= Level)
            return m_service.engine().explain(*r.deadline, m_zone);
        break;
    case Qt::BackgroundRole: {
        const QColor tint = AlertPalette(QGuiApplication::palette()).rowTint(levelOf(index.row()));
        if (tint.isValid())
            return QBrush(tint);
        break;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Domain:
        return tr("Domain");
    case Kind:
        return tr("Action");
    case State:
        return tr("State");
    case Opened:
        return tr("Opened");
    case NextDeadline:
        return tr("Next deadline");
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("Days left");
    case Level:
        return tr("Level");
    case Assignee:
        return tr("Assigned to");
    case NewHolder:
        return tr("New holder");
    }
    return {};
}

} // namespace rd::ui
