#include "storage/SyncRepository.h"

#include "model/CodeTable.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace rd {

using namespace sql;

namespace {

const QString runColumns = QStringLiteral(
    "SELECT id, started_at, finished_at, scope, checked, changed, flagged, failed FROM sync_runs");

SyncRun runFrom(const QSqlQuery& query)
{
    SyncRun run;
    run.id = query.value(0).toLongLong();
    run.startedAt = moment(query.value(1));
    run.finishedAt = moment(query.value(2));
    run.scope = query.value(3).toString();
    run.checked = query.value(4).toInt();
    run.changed = query.value(5).toInt();
    run.flagged = query.value(6).toInt();
    run.failed = query.value(7).toInt();
    return run;
}

std::optional<SyncRun> oneRun(const QSqlDatabase& db, const QString& where)
{
    QSqlQuery query(db);
    if (!query.exec(runColumns + where) || !query.next())
        return std::nullopt;
    return runFrom(query);
}

QStringList strings(QSqlQuery& query)
{
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

// Unknown is stored as NULL-like empty text: never compared with the registry.
constexpr codes::Table<RegistryStanding, 4> standingCodes{{
    {RegistryStanding::Unknown, ""},
    {RegistryStanding::Active, "active"},
    {RegistryStanding::Gone, "gone"},
    {RegistryStanding::Elsewhere, "elsewhere"},
}};

QString toCode(RegistryStanding state)
{
    return codes::codeOf(standingCodes, state);
}

std::optional<RegistryStanding> registryStandingFromCode(const QString& code)
{
    return codes::valueOf(standingCodes, code);
}

std::optional<SyncRun> SyncRepository::unfinishedRun() const
{
    return oneRun(m_db.connection(), QStringLiteral(" WHERE finished_at IS NULL AND scope = 'full'"
                                                    " ORDER BY id DESC LIMIT 1"));
}

std::optional<SyncRun> SyncRepository::lastRun() const
{
    return oneRun(m_db.connection(), QStringLiteral(" ORDER BY id DESC LIMIT 1"));
}

QList<SyncRun> SyncRepository::runsSince(const QDateTime& since) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(runColumns %
                  QStringLiteral(" WHERE started_at >= ? ORDER BY started_at DESC, id DESC"));
    query.addBindValue(secs(since));
    QList<SyncRun> runs;
    if (query.exec()) {
        while (query.next())
            runs.append(runFrom(query));
    }
    return runs;
}

bool SyncRepository::startRun(SyncRun& run, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_runs (started_at, scope) VALUES (?, ?)"));
    query.addBindValue(secs(run.startedAt));
    query.addBindValue(run.scope);
    if (!query.exec()) {
        setError(error,
                 withDetail(tr("Cannot record the start of the refresh."), query.lastError()));
        return false;
    }
    run.id = query.lastInsertId().toLongLong();
    return true;
}

bool SyncRepository::saveRun(const SyncRun& run, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE sync_runs SET finished_at = ?, checked = ?, changed = ?,"
                                 " flagged = ?, failed = ? WHERE id = ?"));
    query.addBindValue(secs(run.finishedAt));
    query.addBindValue(run.checked);
    query.addBindValue(run.changed);
    query.addBindValue(run.flagged);
    query.addBindValue(run.failed);
    query.addBindValue(run.id);
    if (!query.exec()) {
        setError(error,
                 withDetail(tr("Cannot record the progress of the refresh."), query.lastError()));
        return false;
    }
    return true;
}

bool SyncRepository::abandonUnfinished(const QDateTime& at, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE sync_runs SET finished_at = ? WHERE finished_at IS NULL"));
    query.addBindValue(secs(at));
    if (!query.exec()) {
        setError(error,
                 withDetail(tr("Cannot record the progress of the refresh."), query.lastError()));
        return false;
    }
    return true;
}

QStringList SyncRepository::domainsToSync(const QDateTime& since, const QStringList& only) const
{
    const QString where = QStringLiteral("(last_synced IS NULL OR last_synced < ?)");
    QSqlQuery query(m_db.connection());
    if (only.isEmpty()) {
        query.prepare(QStringLiteral("SELECT a_label FROM domains WHERE ") % where %
                      QStringLiteral(" ORDER BY a_label"));
        query.addBindValue(secs(since));
        return query.exec() ? strings(query) : QStringList();
    }
    // A few names: looked up one by one on the unique index, not picked out of
    // the whole portfolio.
    query.prepare(QStringLiteral("SELECT a_label FROM domains WHERE a_label = ? AND ") % where);
    QStringList names;
    for (const QString& name : only) {
        query.addBindValue(name);
        query.addBindValue(secs(since));
        if (query.exec() && query.next() && !names.contains(name))
            names.append(query.value(0).toString());
    }
    names.sort();
    return names;
}

QStringList SyncRepository::contactsToSync(const QDateTime& since) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT handle FROM contacts WHERE (last_synced IS NULL OR last_synced < ?)"
                       " AND id IN (SELECT registrant_id FROM domains UNION SELECT contact_id FROM"
                       " domain_contacts) ORDER BY handle"));
    query.addBindValue(secs(since));
    if (!query.exec())
        return {};
    return strings(query);
}

DomainSyncState SyncRepository::stateOf(qint64 domainId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT registry_state, last_synced, sponsor FROM domains WHERE id = ?"));
    query.addBindValue(domainId);
    DomainSyncState state;
    if (query.exec() && query.next()) {
        state.state =
            registryStandingFromCode(query.value(0).toString()).value_or(RegistryStanding::Unknown);
        state.lastSynced = moment(query.value(1));
        state.sponsor = query.value(2).toString();
    }
    return state;
}

bool SyncRepository::setState(qint64 domainId, const DomainSyncState& state, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE domains SET registry_state = ?, last_synced = ?, sponsor = ? WHERE id = ?"));
    query.addBindValue(toCode(state.state));
    query.addBindValue(secs(state.lastSynced));
    query.addBindValue(state.sponsor);
    query.addBindValue(domainId);
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot record what the registry said of the domain."),
                                   query.lastError()));
        return false;
    }
    return true;
}

bool SyncRepository::setContactSynced(qint64 contactId, const QDateTime& at, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE contacts SET last_synced = ? WHERE id = ?"));
    query.addBindValue(secs(at));
    query.addBindValue(contactId);
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot record what the registry said of the contact."),
                                   query.lastError()));
        return false;
    }
    return true;
}

} // namespace rd
