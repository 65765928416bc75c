#pragma once

#include "model/Domain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <atomic>
#include <optional>
#include <vector>

namespace rd {

class Database;

// One import, kept so that it can be undone.
struct ImportBatch
{
    qint64 id = 0;
    QString kind; // "domains" or "contacts"
    QString source;
    QDateTime at;
    QString agent;
    int added = 0;
    int updated = 0;
    QString state = QStringLiteral("done"); // done, undoing, undone
    QDateTime undoneAt;
};

// Records a batch added (a run of consecutive ids, before empty) or one record
// it updated (firstId == lastId) with its values from before, as JSON.
struct ImportItem
{
    QString recordKind; // "domain" or "contact"
    qint64 firstId = 0;
    qint64 lastId = 0;
    QByteArray before;
};

// What an import compares a row with: the fields an import can set.
struct ImportedDomainFields
{
    qint64 id = 0;
    QString uLabel; // null when it is the A-label
    QString registrantHandle;
    QDateTime expiresAt;
    QDateTime createdAt;
    bool autoRenew = false;
    Programme programme = Programme::None;
    QString notes;
    qsizetype nameAt = 0; // the A-label, in StoredDomains' buffer of names
    qsizetype nameSize = 0;
};

// Every stored domain by A-label. Made for a million domains: the names share
// one buffer and the index holds views of it, so neither reading nor freeing
// it allocates a string per domain. Read-only once built: threads may share it.
class StoredDomains
{
public:
    const ImportedDomainFields* find(QStringView aLabel) const
    {
        const auto at = m_index.constFind(aLabel);
        return at == m_index.cend() ? nullptr : &m_fields[size_t(*at)];
    }
    QStringView aLabel(const ImportedDomainFields& d) const
    {
        return QStringView(m_names).mid(d.nameAt, d.nameSize);
    }
    QString uLabel(const ImportedDomainFields& d) const
    {
        return d.uLabel.isNull() ? aLabel(d).toString() : d.uLabel;
    }
    const std::vector<ImportedDomainFields>& all() const { return m_fields; }

private:
    friend class ImportRepository;
    QString m_names;
    std::vector<ImportedDomainFields> m_fields;
    QHash<QStringView, qsizetype> m_index;
};

class ImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportRepository)

public:
    explicit ImportRepository(Database& db)
        : m_db(db)
    {}

    bool insertBatch(ImportBatch& batch, QString* error); // sets id
    bool saveBatch(const ImportBatch& batch, QString* error);
    bool insertItems(qint64 batchId, const QList<ImportItem>& items, QString* error);
    std::optional<ImportBatch> lastUndoable() const; // the newest batch still done
    QList<ImportItem> items(qint64 batchId) const;

    // Every domain by A-label, in one pass (no related rows).
    // Another thread may set `cancel` to stop the read early (the index then
    // holds what was read so far).
    StoredDomains domainIndex(const std::atomic<bool>* cancel = nullptr) const;
    QSet<QString> contactHandles() const;

    // A refresh with --changed picks domains never synced: clearing the mark
    // queues them (SyncRepository::domainsToSync).
    bool queueForRefresh(const QList<qint64>& domainIds, QString* error);

    // Undo: removes what a batch added. Fails (and the caller rolls back) when
    // something else now depends on it: an action, a draft, a domain held by
    // an added contact.
    bool removeDomains(qint64 firstId, qint64 lastId, QString* error);
    bool removeContacts(qint64 firstId, qint64 lastId, QString* error);

private:
    Database& m_db;
};

} // namespace rd
