#include "storage/DomainRepository.h"

#include "model/Codes.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace rd {

using namespace rd::sql;

namespace {

const QLatin1String selectDomains(
    "SELECT d.id, d.a_label, d.u_label, d.roid, c.handle, d.created_at, d.expires_at,"
    " d.auto_renew, d.owner_conf, d.arbitration, d.registry_lock, d.programme, d.notes,"
    " d.updated_at FROM domains d LEFT JOIN contacts c ON c.id = d.registrant_id");

const QLatin1String selectSummaries(
    "SELECT d.id, d.a_label, d.u_label, c.handle, c.name, d.expires_at, d.auto_renew,"
    " d.programme, d.next_due, d.next_kind"
    " FROM domains d LEFT JOIN contacts c ON c.id = d.registrant_id");

// NULLIF spares a string per row where most rows agree: an ASCII name's U-label
// is its A-label (shared, not copied), and most domains are in no programme.
const QLatin1String selectFacts("SELECT id, a_label, NULLIF(u_label, a_label), created_at,"
                                " expires_at, auto_renew, NULLIF(programme, 'none') FROM domains");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// How a domain is named in messages: the form people read.
QString nameOf(const Domain& domain)
{
    return domain.uLabel.isEmpty() ? domain.aLabel : domain.uLabel;
}

void warnRead(const QSqlQuery& query)
{
    qWarning("rd::DomainRepository: read failed: %s", qUtf8Printable(query.lastError().text()));
}

struct ResolvedContacts
{
    qint64 registrant = 0;
    QList<qint64> techs;
};

// Handles to contact ids; false with a message naming the first unknown handle.
bool resolveContacts(const QSqlDatabase& db, const Domain& domain, const QString& failure,
                     ResolvedContacts* resolved, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE handle = ?"));
    auto idOf = [&](const QString& handle) -> qint64 {
        query.addBindValue(handle);
        if (!query.exec()) {
            setError(error, withDetail(failure, query.lastError()));
            return -1;
        }
        const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (id == 0)
            setError(error,
                     DomainRepository::tr("There is no contact with the handle %1.").arg(handle));
        return id;
    };
    if (!domain.registrantHandle.isEmpty()) {
        resolved->registrant = idOf(domain.registrantHandle);
        if (resolved->registrant <= 0)
            return false;
    }
    for (const QString& handle : domain.techHandles) {
        const qint64 id = idOf(handle);
        if (id <= 0)
            return false;
        resolved->techs.append(id);
    }
    return true;
}

// The id of the domain with the A-label, 0 when none, -1 on a read error.
qint64 idOfName(const QSqlDatabase& db, const QString& aLabel, QSqlError* sqlError)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM domains WHERE a_label = ?"));
    query.addBindValue(aLabel);
    if (!query.exec()) {
        *sqlError = query.lastError();
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Columns shared by insert and update, in the order of both statements.
void bindFields(QSqlQuery& query, const Domain& domain, qint64 registrantId)
{
    query.addBindValue(domain.aLabel);
    query.addBindValue(domain.uLabel);
    query.addBindValue(domain.roid);
    query.addBindValue(nullableId(registrantId));
    query.addBindValue(secs(domain.createdAt));
    query.addBindValue(secs(domain.expiresAt));
    query.addBindValue(domain.autoRenew ? 1 : 0);
    query.addBindValue(domain.ownerConf ? 1 : 0);
    query.addBindValue(domain.arbitration ? 1 : 0);
    query.addBindValue(domain.registryLock ? 1 : 0);
    query.addBindValue(codes::toCode(domain.programme));
    query.addBindValue(domain.notes);
}

// The statements that write a domain's related rows, prepared once for however
// many domains follow.
struct RelatedInserts
{
    explicit RelatedInserts(const QSqlDatabase& db)
        : status(BulkStatement::prepare(
              db, QStringLiteral("INSERT INTO domain_statuses (domain_id, position, status)"
                                 " VALUES (?, ?, ?)")))
        , tech(BulkStatement::prepare(
              db, QStringLiteral("INSERT INTO domain_contacts (domain_id, position, contact_id)"
                                 " VALUES (?, ?, ?)")))
        , host(BulkStatement::prepare(
              db, QStringLiteral(
                      "INSERT INTO name_servers (domain_id, position, host) VALUES (?, ?, ?)")))
        , glue(BulkStatement::prepare(
              db, QStringLiteral("INSERT INTO name_server_addresses (name_server_id, position,"
                                 " address) VALUES (?, ?, ?)")))
        , ds(BulkStatement::prepare(
              db, QStringLiteral("INSERT INTO ds_records (domain_id, position, key_tag, algorithm,"
                                 " digest_type, digest) VALUES (?, ?, ?, ?, ?, ?)")))
    {}

    bool write(qint64 domainId, const Domain& domain, const QList<qint64>& techIds,
               const QString& failure, QString* error)
    {
        auto failed = [&](const BulkStatement& statement) {
            setError(error,
                     failure % QStringLiteral(" (") % statement.errorText() % QLatin1Char(')'));
            return false;
        };
        for (int i = 0; i < domain.statuses.size(); ++i) {
            status->bind(1, domainId);
            status->bind(2, i);
            status->bind(3, domain.statuses.at(i));
            if (!status->exec())
                return failed(*status);
        }
        for (int i = 0; i < techIds.size(); ++i) {
            tech->bind(1, domainId);
            tech->bind(2, i);
            tech->bind(3, techIds.at(i));
            if (!tech->exec())
                return failed(*tech);
        }
        for (int i = 0; i < domain.nameServers.size(); ++i) {
            const NameServer& server = domain.nameServers.at(i);
            host->bind(1, domainId);
            host->bind(2, i);
            host->bind(3, server.host);
            if (!host->exec())
                return failed(*host);
            const qint64 serverId = host->lastInsertId();
            for (int j = 0; j < server.addresses.size(); ++j) {
                glue->bind(1, serverId);
                glue->bind(2, j);
                glue->bind(3, server.addresses.at(j));
                if (!glue->exec())
                    return failed(*glue);
            }
        }
        for (int i = 0; i < domain.dsRecords.size(); ++i) {
            const DsRecord& record = domain.dsRecords.at(i);
            ds->bind(1, domainId);
            ds->bind(2, i);
            ds->bind(3, record.keyTag);
            ds->bind(4, record.algorithm);
            ds->bind(5, record.digestType);
            ds->bind(6, record.digest);
            if (!ds->exec())
                return failed(*ds);
        }
        return true;
    }

    std::unique_ptr<BulkStatement> status, tech, host, glue, ds;
};

bool insertRelated(const QSqlDatabase& db, qint64 domainId, const Domain& domain,
                   const QList<qint64>& techIds, const QString& failure, QString* error)
{
    return RelatedInserts(db).write(domainId, domain, techIds, failure, error);
}

bool deleteRelated(const QSqlDatabase& db, qint64 domainId, const QString& failure, QString* error)
{
    // Addresses first: correct whether or not the cascade from name_servers runs.
    static const char* const statements[] = {
        "DELETE FROM name_server_addresses WHERE name_server_id IN"
        " (SELECT id FROM name_servers WHERE domain_id = ?)",
        "DELETE FROM name_servers WHERE domain_id = ?",
        "DELETE FROM domain_statuses WHERE domain_id = ?",
        "DELETE FROM domain_contacts WHERE domain_id = ?",
        "DELETE FROM ds_records WHERE domain_id = ?",
    };
    for (const char* sql : statements) {
        QSqlQuery query(db);
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(domainId);
        if (!query.exec()) {
            setError(error, withDetail(failure, query.lastError()));
            return false;
        }
    }
    return true;
}

Domain domainFromRow(const QSqlQuery& query)
{
    Domain domain;
    domain.id = query.value(0).toLongLong();
    domain.aLabel = query.value(1).toString();
    domain.uLabel = query.value(2).toString();
    domain.roid = query.value(3).toString();
    domain.registrantHandle = query.value(4).toString();
    domain.createdAt = moment(query.value(5));
    domain.expiresAt = moment(query.value(6));
    domain.autoRenew = query.value(7).toInt() != 0;
    domain.ownerConf = query.value(8).toInt() != 0;
    domain.arbitration = query.value(9).toInt() != 0;
    domain.registryLock = query.value(10).toInt() != 0;
    domain.programme =
        codes::programmeFromCode(query.value(11).toString()).value_or(Programme::None);
    domain.notes = query.value(12).toString();
    domain.updatedAt = moment(query.value(13));
    return domain;
}

DomainSummary summaryFromRow(const QSqlQuery& query)
{
    DomainSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.aLabel = query.value(1).toString();
    summary.uLabel = query.value(2).toString();
    summary.registrantHandle = query.value(3).toString();
    summary.registrantName = query.value(4).toString();
    summary.expiresAt = moment(query.value(5));
    summary.autoRenew = query.value(6).toInt() != 0;
    summary.programme =
        codes::programmeFromCode(query.value(7).toString()).value_or(Programme::None);
    summary.nextDue = moment(query.value(8));
    if (!query.value(9).isNull())
        summary.nextKind = deadlineKindFromCode(query.value(9).toString());
    return summary;
}

// Fills statuses, tech handles, name servers and DS records: one query per
// table for the whole set, not one per domain. onlyId narrows them to one domain.
void loadRelated(const QSqlDatabase& db, QList<Domain>& domains, qint64 onlyId)
{
    if (domains.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    index.reserve(domains.size());
    for (qsizetype i = 0; i < domains.size(); ++i)
        index.insert(domains.at(i).id, i);

    auto run = [&](const QString& sql, const QLatin1String& filter, const QLatin1String& order,
                   const std::function<void(Domain&, const QSqlQuery&)>& take) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString text = onlyId > 0 ? QString(sql % filter % order) : QString(sql % order);
        query.prepare(text);
        if (onlyId > 0)
            query.addBindValue(onlyId);
        if (!query.exec()) {
            warnRead(query);
            return;
        }
        while (query.next()) {
            const auto found = index.constFind(query.value(0).toLongLong());
            if (found != index.constEnd())
                take(domains[found.value()], query);
        }
    };

    run(QStringLiteral("SELECT domain_id, status FROM domain_statuses"),
        QLatin1String(" WHERE domain_id = ?"), QLatin1String(" ORDER BY domain_id, position"),
        [](Domain& domain, const QSqlQuery& query) {
            domain.statuses.append(query.value(1).toString());
        });
    run(QStringLiteral("SELECT dc.domain_id, c.handle FROM domain_contacts dc"
                       " JOIN contacts c ON c.id = dc.contact_id"),
        QLatin1String(" WHERE dc.domain_id = ?"),
        QLatin1String(" ORDER BY dc.domain_id, dc.position"),
        [](Domain& domain, const QSqlQuery& query) {
            domain.techHandles.append(query.value(1).toString());
        });
    // One row per glue address (or one row with NULL for a server without glue).
    qint64 lastServer = 0;
    run(QStringLiteral("SELECT ns.domain_id, ns.id, ns.host, a.address FROM name_servers ns"
                       " LEFT JOIN name_server_addresses a ON a.name_server_id = ns.id"),
        QLatin1String(" WHERE ns.domain_id = ?"),
        QLatin1String(" ORDER BY ns.domain_id, ns.position, a.position"),
        [&lastServer](Domain& domain, const QSqlQuery& query) {
            const qint64 serverId = query.value(1).toLongLong();
            if (serverId != lastServer) {
                lastServer = serverId;
                domain.nameServers.append(NameServer{query.value(2).toString(), {}});
            }
            if (!query.value(3).isNull())
                domain.nameServers.last().addresses.append(query.value(3).toString());
        });
    run(QStringLiteral("SELECT domain_id, key_tag, algorithm, digest_type, digest FROM ds_records"),
        QLatin1String(" WHERE domain_id = ?"), QLatin1String(" ORDER BY domain_id, position"),
        [](Domain& domain, const QSqlQuery& query) {
            domain.dsRecords.append(DsRecord{query.value(1).toInt(), query.value(2).toInt(),
                                             query.value(3).toInt(), query.value(4).toString()});
        });
}

std::optional<Domain> findOne(const QSqlDatabase& db, const QString& where, const QVariant& value)
{
    QSqlQuery query(db);
    query.prepare(selectDomains % where);
    query.addBindValue(value);
    if (!query.exec()) {
        warnRead(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QList<Domain> found{domainFromRow(query)};
    query.finish();
    loadRelated(db, found, found.first().id);
    return found.first();
}

// Reads facts rows; kept lean because allFacts() walks the whole portfolio.
class FactsReader
{
public:
    DomainFacts read(const BulkStatement& row)
    {
        DomainFacts facts;
        facts.id = row.int64At(0);
        facts.aLabel = row.textAt(1);
        facts.uLabel = row.isNull(2) ? facts.aLabel : row.textAt(2);
        facts.createdAt = row.momentAt(3);
        facts.expiresAt = row.momentAt(4);
        facts.autoRenew = row.int64At(5) != 0;
        if (!row.isNull(6)) {
            // The few programme codes repeat: parse each once.
            const QString code = row.textAt(6);
            if (code != m_lastCode) {
                m_lastProgramme = codes::programmeFromCode(code).value_or(Programme::None);
                m_lastCode = code;
            }
            facts.programme = m_lastProgramme;
        }
        return facts;
    }

private:
    QString m_lastCode;
    Programme m_lastProgramme = Programme::None;
};

} // namespace

bool DomainRepository::insert(Domain& domain, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const QString failure = tr("Cannot add the domain %1.").arg(nameOf(domain));

    QSqlError sqlError;
    const qint64 existing = idOfName(db, domain.aLabel, &sqlError);
    if (existing != 0) {
        setError(error,
                 existing > 0
                     ? tr("A domain named %1 is already in the portfolio.").arg(nameOf(domain))
                     : withDetail(failure, sqlError));
        return false;
    }
    ResolvedContacts contacts;
    if (!resolveContacts(db, domain, failure, &contacts, error))
        return false;

    const QDateTime now = nowUtc();
    qint64 newId = 0;
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT INTO domains (a_label, u_label, roid, registrant_id, created_at,"
                " expires_at, auto_renew, owner_conf, arbitration, registry_lock, programme,"
                " notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            bindFields(query, domain, contacts.registrant);
            query.addBindValue(secs(now));
            if (!query.exec()) {
                setError(error, withDetail(failure, query.lastError()));
                return false;
            }
            newId = query.lastInsertId().toLongLong();
            return insertRelated(db, newId, domain, contacts.techs, failure, error);
        },
        error);
    if (!ok)
        return false;
    domain.id = newId;
    domain.updatedAt = now;
    return true;
}

bool DomainRepository::insertMany(QList<Domain>& domains,
                                  const QList<std::optional<Deadline>>& nextDeadlines,
                                  QString* error)
{
    Q_ASSERT(nextDeadlines.size() == domains.size());
    const QSqlDatabase db = m_db.connection();
    const QDateTime now = nowUtc();
    const QString failure = tr("Cannot add the domains.");
    return m_db.transaction(
        [&] {
            const auto insert = BulkStatement::prepare(
                db,
                QStringLiteral(
                    "INSERT INTO domains (a_label, u_label, roid, registrant_id, created_at,"
                    " expires_at, auto_renew, owner_conf, arbitration, registry_lock, programme,"
                    " notes, updated_at, next_due, next_kind)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            RelatedInserts related(db);
            // Portfolios have far fewer holders than domains: look each handle up once.
            QHash<QString, qint64> contactIds;
            QSqlQuery contact(db);
            contact.prepare(QStringLiteral("SELECT id FROM contacts WHERE handle = ?"));
            const auto idOf = [&](const QString& handle) -> qint64 {
                const auto known = contactIds.constFind(handle);
                if (known != contactIds.cend())
                    return *known;
                contact.addBindValue(handle);
                qint64 id = 0;
                if (contact.exec() && contact.next())
                    id = contact.value(0).toLongLong();
                contact.finish();
                if (id == 0)
                    setError(error, tr("There is no contact with the handle %1.").arg(handle));
                contactIds.insert(handle, id);
                return id;
            };

            for (int i = 0; i < domains.size(); ++i) {
                Domain& domain = domains[i];
                qint64 registrant = 0;
                if (!domain.registrantHandle.isEmpty() &&
                    (registrant = idOf(domain.registrantHandle)) == 0)
                    return false;
                QList<qint64> techs;
                for (const QString& handle : std::as_const(domain.techHandles)) {
                    const qint64 id = idOf(handle);
                    if (id == 0)
                        return false;
                    techs.append(id);
                }
                insert->bind(1, domain.aLabel);
                insert->bind(2, domain.uLabel);
                insert->bind(3, domain.roid);
                if (registrant > 0)
                    insert->bind(4, registrant);
                else
                    insert->bindNull(4);
                insert->bind(5, domain.createdAt);
                insert->bind(6, domain.expiresAt);
                insert->bind(7, domain.autoRenew);
                insert->bind(8, domain.ownerConf);
                insert->bind(9, domain.arbitration);
                insert->bind(10, domain.registryLock);
                insert->bind(11, codes::toCode(domain.programme));
                insert->bind(12, domain.notes);
                insert->bind(13, now);
                const std::optional<Deadline>& next = nextDeadlines.at(i);
                insert->bind(14, next ? next->due : QDateTime());
                insert->bind(15, next ? toCode(next->kind) : QString());
                if (!insert->exec()) {
                    QSqlError lookup;
                    setError(error, idOfName(db, domain.aLabel, &lookup) > 0
                                        ? tr("A domain named %1 is already in the portfolio.")
                                              .arg(nameOf(domain))
                                        : tr("Cannot add the domain %1.").arg(nameOf(domain)) %
                                              QStringLiteral(" (") % insert->errorText() %
                                              QLatin1Char(')'));
                    return false;
                }
                domain.id = insert->lastInsertId();
                domain.updatedAt = now;
                if (!related.write(domain.id, domain, techs, failure, error))
                    return false;
            }
            return true;
        },
        error);
}

bool DomainRepository::update(Domain& domain, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const QString failure = tr("Cannot save the domain %1.").arg(nameOf(domain));

    QSqlError sqlError;
    const qint64 existing = idOfName(db, domain.aLabel, &sqlError);
    if (existing < 0) {
        setError(error, withDetail(failure, sqlError));
        return false;
    }
    if (existing > 0 && existing != domain.id) {
        setError(error, tr("A domain named %1 is already in the portfolio.").arg(nameOf(domain)));
        return false;
    }
    ResolvedContacts contacts;
    if (!resolveContacts(db, domain, failure, &contacts, error))
        return false;

    const QDateTime now = nowUtc();
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "UPDATE domains SET a_label = ?, u_label = ?, roid = ?, registrant_id = ?,"
                " created_at = ?, expires_at = ?, auto_renew = ?, owner_conf = ?,"
                " arbitration = ?, registry_lock = ?, programme = ?, notes = ?, updated_at = ?"
                " WHERE id = ?"));
            bindFields(query, domain, contacts.registrant);
            query.addBindValue(secs(now));
            query.addBindValue(domain.id);
            if (!query.exec()) {
                setError(error, withDetail(failure, query.lastError()));
                return false;
            }
            if (query.numRowsAffected() == 0) {
                setError(error, tr("Cannot save the domain %1: it is not in the portfolio.")
                                    .arg(nameOf(domain)));
                return false;
            }
            return deleteRelated(db, domain.id, failure, error) &&
                   insertRelated(db, domain.id, domain, contacts.techs, failure, error);
        },
        error);
    if (!ok)
        return false;
    domain.updatedAt = now;
    return true;
}

std::optional<Domain> DomainRepository::findById(qint64 id) const
{
    return findOne(m_db.connection(), QStringLiteral(" WHERE d.id = ?"), id);
}

std::optional<Domain> DomainRepository::findByName(const QString& aLabel) const
{
    return findOne(m_db.connection(), QStringLiteral(" WHERE d.a_label = ?"), aLabel);
}

QList<Domain> DomainRepository::all() const
{
    const QSqlDatabase db = m_db.connection();
    QList<Domain> domains;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectDomains % QStringLiteral(" ORDER BY d.a_label"))) {
        warnRead(query);
        return domains;
    }
    while (query.next())
        domains.append(domainFromRow(query));
    query.finish();
    loadRelated(db, domains, 0);
    return domains;
}

int DomainRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM domains")) || !query.next()) {
        warnRead(query);
        return 0;
    }
    return query.value(0).toInt();
}

QList<DomainFacts> DomainRepository::allFacts() const
{
    QList<DomainFacts> all;
    // Row id order is the table's own order: no sort.
    const auto query =
        BulkStatement::prepare(m_db.connection(), selectFacts % QStringLiteral(" ORDER BY id"));
    FactsReader reader;
    while (query->nextRow())
        all.append(reader.read(*query));
    if (!query->errorText().isEmpty())
        qWarning("rd::DomainRepository: read failed: %s", qUtf8Printable(query->errorText()));
    return all;
}

std::optional<DomainFacts> DomainRepository::facts(qint64 id) const
{
    const auto query =
        BulkStatement::prepare(m_db.connection(), selectFacts % QStringLiteral(" WHERE id = ?"));
    query->bind(1, id);
    if (!query->nextRow()) {
        if (!query->errorText().isEmpty())
            qWarning("rd::DomainRepository: read failed: %s", qUtf8Printable(query->errorText()));
        return std::nullopt;
    }
    FactsReader reader;
    return reader.read(*query);
}

bool DomainRepository::setNextDeadline(qint64 id, const std::optional<Deadline>& next,
                                       QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE domains SET next_due = ?, next_kind = ? WHERE id = ?"));
    if (next && next->due.isValid()) {
        query.addBindValue(secs(next->due));
        query.addBindValue(toCode(next->kind));
    } else {
        query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
    }
    query.addBindValue(id);
    if (!query.exec()) {
        setError(
            error,
            withDetail(tr("Cannot store the next deadline of the domain with the id %1.").arg(id),
                       query.lastError()));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error,
                 tr("Cannot store the next deadline: there is no domain with the id %1.").arg(id));
        return false;
    }
    return true;
}

QList<DomainSummary> DomainRepository::pageByNextDue(int limit, const DomainSummary* after) const
{
    QList<DomainSummary> page;
    if (limit <= 0)
        return page;
    const QSqlDatabase db = m_db.connection();

    // One range scan of the (next_due, a_label) index per segment: dated rows,
    // then undated ones by name. A single NULLS LAST query with the keyset
    // condition spanning both segments walks the index from its start instead.
    const bool afterUndated = after && !after->nextDue.isValid();
    if (!afterUndated) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (after) {
            // Row values (SQLite 3.15+, PostgreSQL) compare as the index sorts.
            query.prepare(selectSummaries %
                          QStringLiteral(" WHERE d.next_due IS NOT NULL"
                                         " AND (d.next_due, d.a_label) > (?, ?)"
                                         " ORDER BY d.next_due, d.a_label LIMIT ?"));
            query.addBindValue(after->nextDue.toSecsSinceEpoch());
            query.addBindValue(after->aLabel);
        } else {
            query.prepare(selectSummaries %
                          QStringLiteral(" WHERE d.next_due IS NOT NULL"
                                         " ORDER BY d.next_due, d.a_label LIMIT ?"));
        }
        query.addBindValue(limit);
        if (!query.exec()) {
            warnRead(query);
            return page;
        }
        while (query.next())
            page.append(summaryFromRow(query));
    }
    if (page.size() >= limit)
        return page;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (afterUndated) {
        query.prepare(selectSummaries % QStringLiteral(" WHERE d.next_due IS NULL AND d.a_label > ?"
                                                       " ORDER BY d.a_label LIMIT ?"));
        query.addBindValue(after->aLabel);
    } else {
        query.prepare(selectSummaries %
                      QStringLiteral(" WHERE d.next_due IS NULL ORDER BY d.a_label LIMIT ?"));
    }
    query.addBindValue(limit - static_cast<int>(page.size()));
    if (!query.exec()) {
        warnRead(query);
        return page;
    }
    while (query.next())
        page.append(summaryFromRow(query));
    return page;
}

QList<DomainSummary> DomainRepository::summariesHeldBy(qint64 contactId) const
{
    QList<DomainSummary> held;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectSummaries %
                  QStringLiteral(" WHERE d.registrant_id = ? ORDER BY d.a_label"));
    query.addBindValue(contactId);
    if (!query.exec()) {
        warnRead(query);
        return held;
    }
    while (query.next())
        held.append(summaryFromRow(query));
    return held;
}

} // namespace rd
