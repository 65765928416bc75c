#include "DomainTableModel.h"

#include "AlertPalette.h"
#include "Labels.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"

#include <QBrush>
#include <QGuiApplication>
#include <QScopedValueRollback>

namespace rd::ui {

DomainTableModel::DomainTableModel(PortfolioService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

int DomainTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DomainTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

QList<DomainSummary> DomainTableModel::nextPage() const
{
    return m_service.domains().pageByNextDue(m_pageSize,
                                             m_rows.isEmpty() ? nullptr : &m_rows.constLast());
}

void DomainTableModel::fetchMore(const QModelIndex& parent)
{
    // The view, or a model tester, may ask for more while rows are being inserted.
    if (parent.isValid() || !m_more || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<DomainSummary> page = nextPage();
    m_more = page.size() == m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void DomainTableModel::reload()
{
    // The first page is part of the reset, so views never see an empty portfolio flash by.
    beginResetModel();
    m_rows.clear();
    m_rows = nextPage();
    m_more = m_rows.size() == m_pageSize;
    endResetModel();
}

AlertLevel DomainTableModel::levelOf(int row) const
{
    const DomainSummary& summary = m_rows.at(row);
    if (!summary.nextKind || !summary.nextDue.isValid())
        return AlertLevel::None;
    const DeadlineEngine& engine = m_service.engine();
    AlertLevel level = engine.thresholds().levelFor(engine.clock().now().secsTo(summary.nextDue));
    // Informational kinds (automatic renewal) are capped by their rule.
    for (const DeadlineRule& rule : engine.rules()) {
        if (rule.kind == *summary.nextKind)
            level = std::min(level, rule.maxLevel);
    }
    return level;
}

QString DomainTableModel::explanation(const DomainSummary& summary) const
{
    const QList<Deadline> deadlines = m_service.deadlinesOf(summary.id);
    QStringList lines;
    for (const Deadline& deadline : deadlines)
        lines.append(m_service.engine().explain(deadline, m_zone));
    return lines.join(QLatin1Char('\n'));
}

QVariant DomainTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainSummary& row = m_rows.at(index.row());
    const bool hasDeadline = row.nextKind && row.nextDue.isValid();
    const QDateTime now = m_service.engine().clock().now();
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.uLabel;
        case Holder:
            return row.registrantName.isEmpty() ? row.registrantHandle : row.registrantName;
        case Expires:
            return timeformat::dateForPeople(row.expiresAt, m_zone, locale);
        case AutoRenew:
            return Labels::yesNo(row.autoRenew);
        case Programme:
            return row.programme == rd::Programme::None ? QString() : Labels::of(row.programme);
        case NextDeadline:
            return hasDeadline ? Labels::of(*row.nextKind) : QString();
        case Due:
            return hasDeadline ? timeformat::forPeople(row.nextDue, m_zone, locale) : QString();
        case DaysLeft:
            // Calendar days in the desk's zone: 0 is due today, -1 was due yesterday.
            return hasDeadline ? locale.toString(now.toTimeZone(m_zone).date().daysTo(
                                     row.nextDue.toTimeZone(m_zone).date()))
                               : QString();
        case Level:
            return Labels::of(levelOf(index.row()));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Expires:
            return row.expiresAt;
        case AutoRenew:
            return row.autoRenew;
        case Due:
        case DaysLeft:
            return hasDeadline ? QVariant(row.nextDue.toSecsSinceEpoch())
                               : QVariant(std::numeric_limits<qint64>::max());
        case Level:
            return int(levelOf(index.row()));
        default:
            return data(index, Qt::DisplayRole);
        }
    case AlertLevelRole:
        if (index.column() == Level)
            return int(levelOf(index.row()));
        break;
    case DomainIdRole:
        return row.id;
    case Qt::ToolTipRole:
        if (index.column() == Name && row.aLabel != row.uLabel)
            return row.aLabel;
        if (index.column() >= NextDeadline && hasDeadline)
            return explanation(row);
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

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case AutoRenew:
            return tr("Whether the registry renews the domain automatically. Without it a .pt "
                      "domain is deleted 30 days before it expires.");
        case DaysLeft:
            return tr("Calendar days until the next deadline: 0 is today, negative numbers are "
                      "days late.");
        case Level: {
            // The thresholds in force: they are a portfolio setting.
            const AlertThresholds& in = m_service.engine().thresholds();
            const auto days = [](qint64 secs) {
                return tr("%n day(s) or less", nullptr, int(secs / AlertThresholds::Day));
            };
            return tr("Overdue: past the deadline. Critical: %1. Warning: %2. Notice: %3.")
                .arg(days(in.criticalSecs), days(in.warningSecs), days(in.noticeSecs));
        }
        default:
            break;
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Domain");
    case Holder:
        return tr("Holder");
    case Expires:
        return tr("Expires");
    case AutoRenew:
        return tr("Auto-renew");
    case Programme:
        return tr("Programme");
    case NextDeadline:
        return tr("Next deadline");
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("Days left");
    case Level:
        return tr("Level");
    }
    return {};
}

} // namespace rd::ui
