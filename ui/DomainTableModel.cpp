#include "DomainTableModel.h"

#include "AlertPalette.h"
#include "i18n/Labels.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "storage/SyncRepository.h"

#include <QBrush>
#include <QFileInfo>
#include <QGuiApplication>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace rd::ui {

namespace {

QDateTime fromSecs(qint64 secs)
{
    return secs == DomainListRow::NoMoment ? QDateTime()
                                           : QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

DomainTableModel::DomainTableModel(PortfolioService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_kindCap.fill(AlertLevel::Overdue);
    // Informational kinds (automatic renewal) are capped by their rule.
    for (const DeadlineRule& rule : service.engine().rules()) {
        const auto kind = size_t(rule.kind);
        if (kind < m_kindCap.size())
            m_kindCap[kind] = std::min(m_kindCap[kind], rule.maxLevel);
    }
}

// What the worker thread reads into; shared with it until it finishes.
struct DomainTableModel::Load
{
    std::atomic<bool> cancel{false};
    DomainListing listing;
    QString error;
    bool ok = false;
};

DomainTableModel::~DomainTableModel()
{
    cancelLoad();
}

int DomainTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_listing.rows.size());
}

int DomainTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DomainTableModel::reload(QString* error)
{
    cancelLoad();
    DomainListing listing;
    const bool ok = loadDomainListing(m_service.database(), &listing, error);
    beginResetModel();
    m_listing = std::move(listing);
    endResetModel();
    return ok;
}

bool DomainTableModel::open(QString* error)
{
    cancelLoad();
    const QString path = m_service.database().path();
    if (!hasFile(path))
        return reload(error);
    DomainListing head;
    const bool ok = loadDomainListingHead(m_service.database(), m_headRows, &head, error);
    const auto show = [this, &head] {
        beginResetModel();
        m_listing = std::move(head);
        endResetModel();
    };
    if (!ok || head.complete) {
        show();
        return ok;
    }

    // Started before the first rows show, so isLoading() already holds for
    // whoever hears of them.
    startLoad(path, false);
    show();
    return true;
}

bool DomainTableModel::refresh(QString* error)
{
    const QString path = m_service.database().path();
    const bool firstRowsOnly = holdsFirstRowsOnly();
    if (!hasFile(path) || (!firstRowsOnly && m_listing.rows.size() <= size_t(m_headRows)))
        return reload(error);
    // While only the first rows are in, they stay until the whole portfolio,
    // read again, arrives.
    cancelLoad();
    startLoad(path, !firstRowsOnly);
    return true;
}

bool DomainTableModel::hasFile(const QString& path)
{
    // SQLite connections are not shared between threads: the worker opens
    // the file again, which a database in memory does not have.
    return !path.isEmpty() && !path.startsWith(QLatin1Char(':')) && QFileInfo::exists(path);
}

void DomainTableModel::startLoad(const QString& path, bool refreshing)
{
    m_refreshing = refreshing;
    auto load = std::make_shared<Load>();
    m_load = load;
    // The scan is most of the time: a second connection reads half of it
    // where a core is left over for the window itself.
    const int connections = std::clamp(QThread::idealThreadCount() - 1, 1, 2);
    m_thread = QThread::create([load, path, connections] {
        load->ok =
            loadDomainListing(path, connections, &load->listing, &load->error, &load->cancel);
    });
    m_thread->setObjectName(QStringLiteral("domain listing"));
    // Queued to this thread; a load dropped since then is ignored.
    connect(m_thread, &QThread::finished, this, [this, generation = ++m_generation] {
        if (generation == m_generation && m_thread)
            takeLoad();
    });
    m_thread->start();
}

void DomainTableModel::finishLoading()
{
    if (!m_thread)
        return;
    m_thread->wait();
    takeLoad();
}

void DomainTableModel::cancelLoad()
{
    if (!m_thread)
        return;
    ++m_generation;
    m_load->cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_load.reset();
}

void DomainTableModel::takeLoad()
{
    ++m_generation;
    const std::shared_ptr<Load> load = std::move(m_load);
    m_thread->wait(); // `finished` comes just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    if (load->ok) {
        beginResetModel();
        m_listing = std::move(load->listing);
        endResetModel();
    }
    Q_EMIT loaded(load->ok, load->error);
}

const DomainListHolder* DomainTableModel::holderOf(int row) const
{
    const qint32 holder = this->row(row).holder;
    return holder < 0 ? nullptr : &m_listing.holders.at(holder);
}

qint64 DomainTableModel::nowSecs() const
{
    return m_service.engine().clock().now().toSecsSinceEpoch();
}

AlertLevel DomainTableModel::levelAt(qint64 due, int kind, qint64 now) const
{
    if (kind < 0 || due == DomainListRow::NoMoment)
        return AlertLevel::None;
    const AlertLevel level = m_service.engine().thresholds().levelFor(due - now);
    return size_t(kind) < m_kindCap.size() ? std::min(level, m_kindCap[size_t(kind)]) : level;
}

AlertLevel DomainTableModel::levelOf(int row) const
{
    const DomainListRow& r = this->row(row);
    return levelAt(r.nextDue, r.nextKind, nowSecs());
}

qint64 DomainTableModel::daysLeft(const DomainListRow& row) const
{
    // Calendar days in the desk's zone: 0 is due today, -1 was due yesterday.
    const QDateTime now = m_service.engine().clock().now();
    return now.toTimeZone(m_zone).date().daysTo(fromSecs(row.nextDue).toTimeZone(m_zone).date());
}

QString DomainTableModel::explanation(int row) const
{
    const QList<Deadline> deadlines = m_service.deadlinesOf(this->row(row).id);
    QStringList lines;
    for (const Deadline& deadline : deadlines)
        lines.append(m_service.engine().explain(deadline, m_zone));
    return lines.join(QLatin1Char('\n'));
}

QString DomainTableModel::standingLabel(int standing)
{
    switch (static_cast<RegistryStanding>(standing)) {
    case RegistryStanding::Unknown:
        return tr("Not synced");
    case RegistryStanding::Active:
        return tr("Active");
    case RegistryStanding::Gone:
        return tr("Gone from the registry");
    case RegistryStanding::Elsewhere:
        return tr("Transferred away");
    }
    return {};
}

QVariant DomainTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainListRow& row = this->row(index.row());
    const DomainListHolder* holder = holderOf(index.row());
    const bool hasDeadline = row.hasDeadline();
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m_listing.name(row).toString();
        case Holder:
            return holder ? (holder->name.isEmpty() ? holder->handle : holder->name) : QString();
        case HolderHandle:
            return holder ? holder->handle : QString();
        case Nif:
            return holder ? holder->vat : QString();
        case Expires:
            return row.expiresAt == DomainListRow::NoMoment
                       ? QString()
                       : timeformat::dateForPeople(fromSecs(row.expiresAt), m_zone, locale);
        case AutoRenew:
            return Labels::yesNo(row.autoRenew);
        case Programme:
            return row.programme == int(rd::Programme::None)
                       ? QString()
                       : Labels::of(static_cast<rd::Programme>(row.programme));
        case Standing:
            return standingLabel(row.standing);
        case NextDeadline:
            return hasDeadline ? Labels::of(static_cast<DeadlineKind>(row.nextKind)) : QString();
        case Due:
            return hasDeadline ? timeformat::forPeople(fromSecs(row.nextDue), m_zone, locale)
                               : QString();
        case DaysLeft:
            return hasDeadline ? locale.toString(daysLeft(row)) : QString();
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
            return row.nextDue;
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
    case DomainNameRole:
        return m_listing.name(row).toString();
    case Qt::ToolTipRole:
        if (index.column() == Name && row.uLength > 0)
            return m_listing.aLabel(row).toString();
        if ((index.column() == NextDeadline || index.column() == Due ||
             index.column() == DaysLeft || index.column() == Level) &&
            hasDeadline)
            return explanation(index.row());
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
        case Standing:
            return tr("What the last sync found at the registry.");
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
    case HolderHandle:
        return tr("Holder handle");
    case Nif:
        return tr("NIF");
    case Expires:
        return tr("Expires");
    case AutoRenew:
        return tr("Auto-renew");
    case Programme:
        return tr("Programme");
    case Standing:
        return tr("Registry status");
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
