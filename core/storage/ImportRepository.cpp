#include "storage/ImportRepository.h"

#include "model/Codes.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace rd {

using namespace sql;

namespace {

const QString batchColumns = QStringLiteral(
    "SELECT id, kind, source, at, agent, added, updated, state, undone_at FROM import_batches");

} // namespace

bool ImportRepository::insertBatch(ImportBatch& batch, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO import_batches (kind, source, at, agent, added,"
                                 " updated, state, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(batch.kind);
    query.addBindValue(batch.source);
    query.addBindValue(secs(batch.at));
    query.addBindValue(batch.agent);
    query.addBindValue(batch.added);
    query.addBindValue(batch.updated);
    query.addBindValue(batch.state);
    query.addBindValue(secs(batch.undoneAt));
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot record the import."), query.lastError()));
        return false;
    }
    batch.id = query.lastInsertId().toLongLong();
    return true;
}

bool ImportRepository::saveBatch(const ImportBatch& batch, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE import_batches SET added = ?, updated = ?, state = ?, undone_at = ? WHERE id = ?"));
    query.addBindValue(batch.added);
    query.addBindValue(batch.updated);
    query.addBindValue(batch.state);
    query.addBindValue(secs(batch.undoneAt));
    query.addBindValue(batch.id);
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot record the import."), query.lastError()));
        return false;
    }
    return true;
}

bool ImportRepository::insertItems(qint64 batchId, const QList<ImportItem>& items, QString* error)
{
    const auto insert = BulkStatement::prepare(
        m_db.connection(), QStringLiteral("INSERT INTO import_items (batch_id, record_kind,"
                                          " first_id, last_id, before) VALUES (?, ?, ?, ?, ?)"));
    insert->bind(1, batchId);
    for (const ImportItem& item : items) {
        insert->bind(2, item.recordKind);
        insert->bind(3, item.firstId);
        insert->bind(4, item.lastId);
        if (item.before.isEmpty())
            insert->bindNull(5);
        else
            insert->bind(5, QString::fromUtf8(item.before));
        if (!insert->exec()) {
            setError(error, withDetail(tr("Cannot record the import."), insert->errorText()));
            return false;
        }
    }
    return true;
}

std::optional<ImportBatch> ImportRepository::lastUndoable() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(batchColumns +
                    QStringLiteral(" WHERE state = 'done' ORDER BY id DESC LIMIT 1")) ||
        !query.next())
        return std::nullopt;
    ImportBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.kind = query.value(1).toString();
    batch.source = query.value(2).toString();
    batch.at = moment(query.value(3));
    batch.agent = query.value(4).toString();
    batch.added = query.value(5).toInt();
    batch.updated = query.value(6).toInt();
    batch.state = query.value(7).toString();
    batch.undoneAt = moment(query.value(8));
    return batch;
}

QList<ImportItem> ImportRepository::items(qint64 batchId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT record_kind, first_id, last_id, before FROM import_items"
                                 " WHERE batch_id = ? ORDER BY rowid"));
    query.addBindValue(batchId);
    QList<ImportItem> list;
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toLongLong(),
                     query.value(2).toLongLong(), query.value(3).toString().toUtf8()});
    return list;
}

StoredDomains ImportRepository::domainIndex(const std::atomic<bool>* cancel) const
{
    // Holders by id, once: a portfolio has far fewer holders than domains, and
    // every domain of a holder then shares its handle instead of a copy.
    QHash<qint64, QString> holders;
    const auto contacts = BulkStatement::prepare(m_db.connection(),
                                                 QStringLiteral("SELECT id, handle FROM contacts"));
    while (contacts->nextRow())
        holders.insert(contacts->int64At(0), contacts->textAt(1));

    StoredDomains stored;
    const auto count =
        BulkStatement::prepare(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM domains"));
    if (count->nextRow())
        stored.m_fields.reserve(size_t(count->int64At(0)));
    // NULLIF: most rows need no string for these (an ASCII name's U-label is
    // its A-label, most domains are in no programme and have no notes).
    const auto select = BulkStatement::prepare(
        m_db.connection(),
        QStringLiteral("SELECT id, a_label, registrant_id, expires_at, created_at, auto_renew,"
                       " NULLIF(programme, 'none'), notes, NULLIF(u_label, a_label)"
                       " FROM domains"));
    while (select->nextRow()) {
        if (cancel && stored.m_fields.size() % 4096 == 0 && *cancel)
            break;
        ImportedDomainFields& fields = stored.m_fields.emplace_back();
        fields.id = select->int64At(0);
        fields.nameAt = stored.m_names.size();
        select->appendTextAt(1, stored.m_names);
        fields.nameSize = stored.m_names.size() - fields.nameAt;
        if (!select->isNull(2))
            fields.registrantHandle = holders.value(select->int64At(2));
        fields.expiresAt = select->momentAt(3);
        fields.createdAt = select->momentAt(4);
        fields.autoRenew = select->int64At(5) != 0;
        if (!select->isNull(6))
            fields.programme =
                codes::programmeFromCode(select->textAt(6)).value_or(Programme::None);
        if (!select->isNull(7))
            fields.notes = select->textAt(7);
        if (!select->isNull(8))
            fields.uLabel = select->textAt(8);
    }
    // The buffer no longer moves: the views can be taken now.
    stored.m_index.reserve(qsizetype(stored.m_fields.size()));
    for (size_t i = 0; i < stored.m_fields.size(); ++i)
        stored.m_index.emplace(stored.aLabel(stored.m_fields[i]), qsizetype(i));
    return stored;
}

QSet<QString> ImportRepository::contactHandles() const
{
    QSet<QString> handles;
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT handle FROM contacts"))) {
        while (query.next())
            handles.insert(query.value(0).toString());
    }
    return handles;
}

bool ImportRepository::queueForRefresh(const QList<qint64>& domainIds, QString* error)
{
    const auto update = BulkStatement::prepare(
        m_db.connection(), QStringLiteral("UPDATE domains SET last_synced = NULL WHERE id = ?"));
    for (const qint64 id : domainIds) {
        update->bind(1, id);
        if (!update->exec()) {
            setError(error, withDetail(tr("Cannot queue the imported domains for a refresh."),
                                       update->errorText()));
            return false;
        }
    }
    return true;
}

bool ImportRepository::removeDomains(qint64 firstId, qint64 lastId, QString* error)
{
    QSqlQuery query(m_db.connection());
    for (const QString& table : {QStringLiteral("actions"), QStringLiteral("drafts")}) {
        query.prepare(QStringLiteral("SELECT d.a_label FROM ") % table %
                      QStringLiteral(" x JOIN domains d ON d.id = x.domain_id"
                                     " WHERE x.domain_id BETWEEN ? AND ? LIMIT 1"));
        query.addBindValue(firstId);
        query.addBindValue(lastId);
        if (query.exec() && query.next()) {
            setError(error, tr("The domain %1 has pending actions or drafts since it was "
                               "imported; the import cannot be undone.")
                                .arg(query.value(0).toString()));
            return false;
        }
    }
    for (const QString& sql :
         {QStringLiteral("DELETE FROM history WHERE domain_id BETWEEN ? AND ?"),
          QStringLiteral("DELETE FROM domains WHERE id BETWEEN ? AND ?")}) {
        query.prepare(sql);
        query.addBindValue(firstId);
        query.addBindValue(lastId);
        if (!query.exec()) {
            setError(error,
                     withDetail(tr("Cannot remove the imported domains."), query.lastError()));
            return false;
        }
    }
    return true;
}

bool ImportRepository::removeContacts(qint64 firstId, qint64 lastId, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT c.handle FROM contacts c WHERE c.id BETWEEN ? AND ? AND (EXISTS (SELECT 1 FROM"
        " domains d WHERE d.registrant_id = c.id) OR EXISTS (SELECT 1 FROM domain_contacts x"
        " WHERE x.contact_id = c.id)) LIMIT 1"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (query.exec() && query.next()) {
        setError(error, tr("The contact %1 holds domains since it was imported; the import "
                           "cannot be undone.")
                            .arg(query.value(0).toString()));
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id BETWEEN ? AND ?"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot remove the imported contacts."), query.lastError()));
        return false;
    }
    return true;
}

} // namespace rd
