#pragma once

#include "Random.h"
#include "RegistryObjects.h"
#include "RegistryRequests.h"
#include "RegistryResult.h"

#include "rules/Clock.h"

#include <QHash>
#include <QList>
#include <map>
#include <optional>

namespace rd::sandbox {

// The .PT registry the sandbox imitates, in memory: its objects, its policy
// (pt-registry.md sections 2 and 3) and its clock-driven life cycle. Every
// operation that a registrar performs names the registrar; the caller (the
// EPP handler) has authenticated it. Not thread-safe: one event loop drives it.
class RegistryState
{
public:
    // Two registrars exist from the start so that transfers can be tried:
    // defaultRegistrar() (the desk's own account) and otherRegistrar().
    explicit RegistryState(const Clock& clock, quint64 seed = 1);

    static QString defaultRegistrar() { return QStringLiteral("regexemplo01"); }
    static QString defaultPassword() { return QStringLiteral("Seg!redo2025"); }
    static QString otherRegistrar() { return QStringLiteral("outroreg77"); }
    static QString otherPassword() { return QStringLiteral("Outr0#Reg77"); }

    const Clock& clock() const { return m_clock; }
    QDateTime now() const; // the clock, whole seconds

    // Registrars.
    void addRegistrar(const Registrar& registrar);
    const Registrar* registrar(const QString& id) const;
    bool authenticate(const QString& id, const QString& password) const;
    bool changePassword(const QString& id, const QString& newPassword);
    QStringList registrarIds() const;

    // Loading as is, without policy: for portfolios and tests. A domain's
    // contacts must exist. An object with the name or id of an existing one
    // replaces it.
    void insertContact(const RegistryContact& contact);
    void insertDomain(const RegistryDomain& domain);

    const RegistryDomain* domain(const QString& name) const;
    const RegistryContact* contact(const QString& id) const;
    int domainCount() const { return int(m_domains.size()); }
    int contactCount() const { return int(m_contacts.size()); }
    QStringList domainNames() const; // sorted
    // What domain:info reports: the set statuses, plus pendingUpdate during an
    // owner change, inactive without name servers, and ok when nothing else.
    QStringList statusesOf(const RegistryDomain& domain) const;
    QStringList statusesOf(const RegistryContact& contact) const;
    // A domain's A-label form, or the reason it is not a .pt name with the
    // code the registry answers (2005 syntax, 2306 policy).
    static RegistryResult checkDomainName(const QString& name, QString* aLabel = nullptr);

    // Domain commands (RFC 5731 with the .PT rules).
    QList<CheckResult> checkDomains(const QStringList& names) const;
    // out receives the statuses as reported (statusesOf()); a registrar that
    // does not sponsor the domain sees it without authInfo.
    RegistryResult infoDomain(const QString& registrar, const QString& name,
                              RegistryDomain* out) const;
    RegistryResult createDomain(const QString& registrar, const DomainCreate& request,
                                RegistryDomain* created = nullptr);
    // chg/registrant starts an owner change and answers 1001; everything else
    // in the same command takes effect at once.
    RegistryResult updateDomain(const QString& registrar, const DomainUpdate& request);
    RegistryResult renewDomain(const QString& registrar, const DomainRenew& request,
                               QDateTime* newExDate = nullptr);
    // Immediate (serverApproved), no period added; the auth code is used up and
    // replaced; the losing registrar gets a poll message.
    RegistryResult transferDomain(const QString& registrar, const DomainTransfer& request,
                                  TransferRecord* record = nullptr);
    // The last transfer, for its sponsor, its losing registrar or a holder of
    // the auth code; 2301 when the domain has never been transferred.
    RegistryResult transferQuery(const QString& registrar, const QString& name,
                                 const QString& authInfo, TransferRecord* record = nullptr) const;
    RegistryResult deleteDomain(const QString& registrar, const QString& name);

    // Contact commands (RFC 5733 with ptcontact).
    QList<CheckResult> checkContacts(const QStringList& ids) const;
    // As infoDomain: reported statuses, authInfo for the sponsor only.
    RegistryResult infoContact(const QString& registrar, const QString& id,
                               RegistryContact* out) const;
    // The registry allocates the NIC-handle; the one requested is ignored.
    RegistryResult createContact(const QString& registrar, const ContactCreate& request,
                                 RegistryContact* created = nullptr);
    RegistryResult updateContact(const QString& registrar, const ContactUpdate& request);
    // Not offered over EPP by .PT (the handler answers 2101); the registry
    // itself removes contacts no domain uses.
    RegistryResult deleteContact(const QString& registrar, const QString& id);

    // Owner changes: the registry's side of the e-mails to both registrants.
    const OwnerChange* ownerChange(const QString& domain) const;
    RegistryResult ownerChangeDecision(const QString& domain, OwnerChangeParty party,
                                       OwnerChangeDecision decision);
    // The new holder of an approved owner change failed verification (2 days,
    // pt-registry.md 2.4): the registry puts the previous holder back.
    RegistryResult reverseOwnerChange(const QString& domain);

    // Registrant verification: opened by the registry (a poll message to the
    // sponsor), closed when the registrant proves its data or fails to.
    const Verification* verification(const QString& domain) const;
    RegistryResult openVerification(const QString& domain);
    RegistryResult closeVerification(const QString& domain, bool verified);

    // Applies what is due at the clock's now: lapsed owner changes and
    // verifications, deletion of auto-renew-off domains 30 days before expiry,
    // auto-renewal at expiry. Returns how many events happened.
    int tick();

    // Poll queue of a registrar (RFC 5730 section 2.9.2.3), oldest first.
    int pollCount(const QString& registrar) const;
    const PollMessage* pollFront(const QString& registrar) const;
    QList<PollMessage> pollMessages(const QString& registrar) const;
    RegistryResult pollAck(const QString& registrar, const QString& messageId);

    // A NIC-handle as the registry makes them: four letters of the name (ASCII,
    // upper case, padded with X), six digits, -ADNS. E.g. INES-100231-ADNS.
    static QString nicHandle(const QString& name, int number);

    // A unique server transaction id, PT-NNNNNNN.
    QString nextServerTransactionId();

private:
    template <typename Object>
    RegistryResult infoOf(const Object* found, const QString& registrar, Object* out) const;
    RegistryDomain* findDomain(const QString& name);
    RegistryResult sponsoredDomain(const QString& registrar, const QString& name,
                                   RegistryDomain** out);
    RegistryResult prohibitedBy(const RegistryDomain& domain, const QStringList& statuses,
                                bool registryLockApplies = true) const;
    RegistryResult checkNameServers(const QString& domainName,
                                    const QList<NameServer>& nameServers) const;
    RegistryResult checkDsRecords(const QList<DsRecord>& records) const;
    RegistryResult checkContactRefs(const QList<ContactRef>& refs) const;
    RegistryResult checkContactData(const QString& postalType, const QString& name,
                                    const PostalAddress& address, const QString& voice,
                                    const QString& fax, const QString& email,
                                    const QString& mobile) const;
    bool isLinked(const QString& contactId) const;
    QString newRoid();
    QString newHandle(const QString& name);
    QString newAuthCode();
    void queue(const QString& registrar, PollKind kind, const QString& domain, const QString& text,
               const std::optional<TransferRecord>& transfer = {});
    void removeDomain(const QString& name);
    int lapseOwnerChanges(const QDateTime& at);
    void finishOwnerChange(const QString& domain, PollKind kind, const QString& text, bool apply);

    const Clock& m_clock;
    Random m_random;
    QList<Registrar> m_registrars;
    std::map<QString, RegistryDomain> m_domains;
    std::map<QString, RegistryContact> m_contacts;
    QHash<QString, int> m_links; // contact id -> number of domain roles it fills
    std::map<QString, OwnerChange> m_ownerChanges;
    std::map<QString, OwnerChange> m_approvedOwnerChanges; // reversible, the last per domain
    std::map<QString, Verification> m_verifications;
    std::map<QString, TransferRecord> m_transfers;
    QHash<QString, QList<PollMessage>> m_polls;
    qint64 m_nextRoid = 2100000;
    qint64 m_nextContactRoid = 880000;
    int m_nextHandle = 100000;
    qint64 m_nextMessageId = 90000;
    qint64 m_nextServerTransaction = 7730000;
};

} // namespace rd::sandbox
