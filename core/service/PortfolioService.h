#pragma once

#include "epp/EppResponse.h"
#include "model/Contact.h"
#include "model/Domain.h"
#include "model/PendingAction.h"
#include "rules/DeadlineEngine.h"
#include "storage/ActionRepository.h"
#include "storage/ContactRepository.h"
#include "storage/DomainRepository.h"
#include "storage/DraftRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SyncRepository.h"
#include "validation/DomainNameValidator.h"

#include <QCoreApplication>
#include <optional>

namespace rd {

class Database;

// The desk's units of work. Each public call validates its input, writes in one
// transaction (the change, its history line and the domain's next deadline) and
// either succeeds whole or leaves the database as it was, with a translated
// reason that names the field at fault.
class PortfolioService
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioService)

public:
    PortfolioService(Database& db, const Clock& clock, QString agent);

    // Checks and normalises what needs no database: names, numbers, dates.
    static bool validateContact(Contact& contact, QString* error);
    static bool validateDomain(Domain& domain, QString* error);

    // Alert thresholds are portfolio settings, in whole days.
    static QStringList
    thresholdKeys(); // alert.critical-days, alert.warning-days, alert.notice-days
    static AlertThresholds thresholdsFrom(const SettingsRepository& settings);
    // Validates and stores one threshold; the three must stay in order
    // (critical <= warning <= notice). Takes effect for services created after.
    bool setThreshold(const QString& key, const QString& days, QString* error);

    // Brings stored data up to what this program computes: after a migration from
    // a schema without stored next deadlines, every domain's is computed once.
    bool prepareAfterOpen(QString* error);
    bool refreshAllNextDeadlines(QString* error);

    bool addContact(Contact& contact, QString* error);
    bool addDomain(Domain& domain, QString* error);
    // Any domain import of several rows: all or nothing.
    bool addDomains(QList<Domain>& domains, QString* error);

    std::optional<qint64> openAction(const QString& domainName, ActionKind kind,
                                     const QDateTime& at, QString* error,
                                     const QString& newHolderHandle = {});
    // Owner change: the current holder approved, then the new holder approved.
    bool advanceAction(qint64 actionId, const QDateTime& at, QString* error);
    bool closeAction(qint64 actionId, const QDateTime& at, const QString& outcome, QString* error);

    // Every deadline due before now + withinDays (all when withinDays < 0),
    // overdue ones included, sorted by due time then domain.
    QList<Deadline> deadlines(int withinDays = -1) const;
    QList<Deadline> deadlinesOf(qint64 domainId) const;

    std::optional<Domain> findDomain(const QString& name) const; // U-label or A-label

    // Registry facts, from a refresh (issue: sync). Registry-owned fields
    // follow the registry; the desk's own (notes, programme, actions, local
    // history) are never touched. Each call is one unit of work with its
    // history line; the record is marked as synced at `at`.
    //
    // domain:info of a portfolio domain. ourClientId: the login that sponsors
    // our domains; another sponsor means the domain was transferred away.
    // differences (may be null) receives one line per changed field.
    bool applyDomainInfo(const epp::DomainInfoData& info, const QString& ourClientId,
                         const QDateTime& at, QStringList* differences, QString* error);
    // The registry has no such domain (2303) or will not show it (2201).
    bool applyDomainMissing(const QString& aLabel, RegistryStanding state, const QString& reason,
                            const QDateTime& at, QString* error);
    // A poll message about a portfolio domain, kept in its history before the
    // message is acknowledged. False (no error) when the domain is not ours.
    bool recordRegistryMessage(const QString& aLabel, const QString& id, const QString& text,
                               const QDateTime& queuedAt, QString* error);
    // A change for the registry, kept as a draft until it is sent. value: as
    // Draft::Kind says. A transfer in adds a domain the portfolio lacks.
    std::optional<qint64> draftChange(const QString& domainName, Draft::Kind kind,
                                      const QString& value, QString* error);
    // DS records as the command line and drafts write them:
    // "keyTag algorithm digestType digest;..." or "none".
    static std::optional<QList<DsRecord>> parseDsRecords(const QString& text, QString* error);
    static QString formatDsRecords(const QList<DsRecord>& records);
    // Saves a draft's new state, with a history line when detail is given.
    bool saveDraft(const Draft& draft, const QString& detail, QString* error);
    // The holder and tech contacts of info the portfolio does not know yet:
    // fetched (contact:info) before the domain is applied.
    QStringList unknownContacts(const epp::DomainInfoData& info) const;
    // contact:info: inserts the contact when the portfolio does not know it yet.
    bool applyContactInfo(const epp::ContactInfoData& info, const QDateTime& at, QString* error);
    // What a refresh would change, without writing; nullopt when the domain is
    // not in the portfolio.
    std::optional<QStringList> previewDomainInfo(const epp::DomainInfoData& info) const;
    // local with the registry-owned fields of info.
    static Domain withRegistryFacts(const Domain& local, const epp::DomainInfoData& info);
    // What differs between two versions of a domain in registry-owned fields,
    // one translated line per field ("expiry: 2027-01-01 → 2028-01-01").
    static QStringList registryDifferences(const Domain& before, const Domain& after);

    const DeadlineEngine& engine() const { return m_engine; }
    SyncRepository& sync() { return m_sync; }
    DraftRepository& drafts() { return m_drafts; }
    Database& database() { return m_db; }
    ContactRepository& contacts() { return m_contacts; }
    DomainRepository& domains() { return m_domains; }
    ActionRepository& actions() { return m_actions; }
    HistoryRepository& history() { return m_history; }
    SettingsRepository& settings() { return m_settings; }

private:
    bool insertDomain(Domain& domain, QString* error);
    // The history line of a new domain; translations looked up once per batch.
    struct AddedDetail
    {
        AddedDetail();
        QString operator()(const Domain& domain) const;
        QString pattern, on, off;
    };
    // The *Locked steps run inside a unit of work: they read, check and write
    // under the same write lock.
    bool openActionLocked(const DomainName& parsed, ActionKind kind, const QDateTime& at,
                          const QString& newHolderHandle, qint64& id, QString* error);
    bool advanceActionLocked(qint64 actionId, const QDateTime& at, QString* error);
    bool closeActionLocked(qint64 actionId, const QDateTime& at, const QString& outcome,
                           QString* error);
    bool refreshNextDeadline(qint64 domainId, QString* error);
    bool closeActionsOf(qint64 domainId, const QDateTime& at, const QString& outcome,
                        QString* error);
    // Owner changes follow domain:info: done, ended without effect, or reversed.
    bool followOwnerChanges(const Domain& before, const epp::DomainInfoData& info,
                            const QDateTime& at, QString* error);
    // Why an open owner change is over, or empty while it is not.
    QString ownerChangeEnding(const Domain& before, const PendingAction& action, bool pendingNow,
                              const QDateTime& at) const;
    bool record(qint64 domainId, const QDateTime& at, const QString& event, const QString& detail,
                QString* error);

    Database& m_db;
    SettingsRepository m_settings;
    const Clock& m_clock;
    QString m_agent;
    DeadlineEngine m_engine;
    ContactRepository m_contacts;
    DomainRepository m_domains;
    ActionRepository m_actions;
    SyncRepository m_sync;
    DraftRepository m_drafts;
    HistoryRepository m_history;
};

} // namespace rd
