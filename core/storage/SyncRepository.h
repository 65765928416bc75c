#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace rd {

class Database;

// Where a domain stands at the registry, as the last refresh found it.
enum class RegistryStanding
{
    Unknown,  // never compared with the registry
    Active,   // ours, as the registry has it
    Gone,     // the registry does not have it (2303): deleted, or never there
    Elsewhere // another registrar sponsors it (transferred away, or 2201)
};

QString toCode(RegistryStanding state);
std::optional<RegistryStanding> registryStandingFromCode(const QString& code);

struct DomainSyncState
{
    RegistryStanding state = RegistryStanding::Unknown;
    QDateTime lastSynced; // invalid: never
    QString sponsor;      // clID at the registry, when known
};

// One refresh. Unfinished runs are resumed: what is left are the domains not
// synced since the run started, so an interrupted refresh never starts over.
struct SyncRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while unfinished
    QString scope;        // "full", "changed", or the names asked for
    int checked = 0;
    int changed = 0;
    int flagged = 0; // found gone or elsewhere
    int failed = 0;
};

class SyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncRepository)

public:
    explicit SyncRepository(Database& db)
        : m_db(db)
    {}

    std::optional<SyncRun> unfinishedRun() const; // of the whole portfolio

    std::optional<SyncRun> lastRun() const;
    // Runs started at or after `since`, newest first.
    QList<SyncRun> runsSince(const QDateTime& since) const;
    bool startRun(SyncRun& run, QString* error); // sets id
    bool saveRun(const SyncRun& run, QString* error);
    // Gives up an unfinished run, so that the next refresh starts over.
    bool abandonUnfinished(const QDateTime& at, QString* error);

    // A-labels not synced since `since`, by A-label; empty `only` means all.
    QStringList domainsToSync(const QDateTime& since, const QStringList& only = {}) const;
    QStringList contactsToSync(const QDateTime& since) const;

    DomainSyncState stateOf(qint64 domainId) const;
    bool setState(qint64 domainId, const DomainSyncState& state, QString* error);
    bool setContactSynced(qint64 contactId, const QDateTime& at, QString* error);

private:
    Database& m_db;
};

} // namespace rd
