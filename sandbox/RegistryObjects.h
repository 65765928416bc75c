#pragma once

#include "model/Contact.h"
#include "model/Domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the registry keeps: domains, contacts, registrars, poll messages and
// the owner changes and verifications in progress. Times are UTC, whole
// seconds.
namespace rd::sandbox {

struct RegistryDomain
{
    QString name; // A-label, e.g. xn--ao-xla4b.pt
    QString roid; // plain digits, as in the v2 fixture (pt-registry.md 2.3)
    // Statuses set on the object (client* and server*); pendingUpdate, inactive
    // and ok are derived, see RegistryState::statusesOf().
    QStringList statuses;
    QString registrant;
    QStringList techContacts; // .PT v2: tech contacts only
    QList<NameServer> nameServers;
    QList<DsRecord> dsRecords;
    QString clID; // sponsoring registrar
    QString crID;
    QString upID;
    QDateTime crDate;
    QDateTime upDate; // invalid until the first update
    QDateTime exDate;
    QDateTime trDate; // invalid until the first transfer
    QString authInfo;
    bool autoRenew = false;    // ptdomain:autoRenew
    bool arbitration = false;  // ptdomain:Arbitration
    bool ownerConf = false;    // ptdomain:ownerConf
    bool registryLock = false; // ptdomain:rl: the registry refuses update, transfer and delete
};

struct RegistryContact
{
    QString id; // NIC-handle, allocated by the registry: ABCD-123456-ADNS
    QString roid;
    QStringList statuses; // client* and server*; "ok" and "linked" are derived
    QString name;
    QString organisation;
    PostalAddress address;
    QString voice; // +351.212345678
    QString fax;
    QString email;
    QString vat;    // ptcontact:vat, e.g. PT512345678
    QString mobile; // ptcontact:mobile
    QString authInfo;
    QString clID;
    QString crID;
    QString upID;
    QDateTime crDate;
    QDateTime upDate;
};

struct Registrar
{
    QString id; // the login clID
    QString password;
    QString name;
};

// RFC 5731 section 3.1.3 trnData: the last transfer of a domain.
struct TransferRecord
{
    QString domain;
    QString trStatus; // always serverApproved: .PT transfers complete at once
    QString reID;
    QDateTime reDate;
    QString acID;
    QDateTime acDate;
    QString losingRegistrar;
};

enum class PollKind
{
    TransferAway,
    OwnerChangeApproved,
    OwnerChangeRefused,
    OwnerChangeLapsed,
    OwnerChangeReversed,
    VerificationOpened,
    VerificationClosed,
    DomainDeleted,
    DomainAutoRenewed
};

struct PollMessage
{
    qint64 id = 0;
    QDateTime qDate;
    PollKind kind = PollKind::TransferAway;
    QString domain;
    QString text;                           // English, as the registry writes it
    std::optional<TransferRecord> transfer; // resData for TransferAway
};

enum class OwnerChangeParty
{
    Current,
    New
};

enum class OwnerChangeDecision
{
    Accept,
    Refuse
};

// An owner change in progress (pt-registry.md 2.4): the current registrant
// has 8 days to accept, then the new one has 8 days from that acceptance.
struct OwnerChange
{
    QString domain;
    QString currentRegistrant;
    QString newRegistrant;
    QString requestedBy; // registrar
    QDateTime openedAt;
    QDateTime currentAcceptedAt; // invalid until the current registrant accepts
    QDateTime deadline() const;
};

// A registrant verification (pt-registry.md 3.1): the registrant has 48 hours
// to prove its data, or the domain is removed.
struct Verification
{
    QString domain;
    QString registrant;
    QDateTime openedAt;
    QDateTime deadline() const;
};

} // namespace rd::sandbox
