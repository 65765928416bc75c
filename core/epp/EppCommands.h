#pragma once

#include "epp/EppTypes.h"
#include "model/Domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// EPP commands as the desk sends them to the .PT registry: each builder
// returns a complete XML document (RFC 5730), without the 4-byte length header
// of the TCP framing (RFC 5734), which belongs to the transport.
//
// Domain and host names are sent as A-labels (toALabel()). The builders do not
// judge the values: names, periods, handles and phone numbers are checked by
// the validators and the service before a command is built, and the registry
// answers anything else with its own result code. clTRID, the client's
// transaction id (3-64 characters), is left out when empty.
namespace rd::epp {

// What the desk can use (pt-registry.md 1.1, 2.1): the object mappings, and
// the extensions, of which login announces only those the greeting offered.
QStringList defaultObjectUris();    // contact, domain, host
QStringList defaultExtensionUris(); // ptcontact, ptdomain, secDNS-1.1

struct LoginRequest
{
    QString clientId;
    QString password;
    QString newPassword;       // empty: keep the current one
    QStringList objectUris;    // empty: defaultObjectUris()
    QStringList extensionUris; // sent as given: pass EppGreeting::offeredExtensions()
    QString language = QStringLiteral("en");
};

struct DomainInfoRequest
{
    QString name;
    QString authInfo; // optional; the sponsoring registrar needs none
};

// .PT v2: registrant and tech contacts only, name servers as host attributes,
// period 1, 3 or 5 years (pt-registry.md 2.2).
struct DomainCreateRequest
{
    QString name;
    int periodYears = 1;
    QString registrant;
    QStringList techContacts;
    QList<NameServer> nameServers; // glue addresses only for hosts inside the domain
    QString authInfo;
    // ptdomain:create, always sent; ownerConf false is every source's default.
    bool autoRenew = false;
    bool arbitration = false;
    bool ownerConf = false;
    QList<DsRecord> dsRecords; // secDNS:create when not empty
};

// Everything optional: only what is set is sent. An update with nothing set
// is a bare domain:update, which the registry accepts as a no-op.
struct DomainUpdateRequest
{
    QString name;
    QList<NameServer> addNameServers;
    QList<NameServer> removeNameServers;
    QStringList addTechContacts;
    QStringList removeTechContacts;
    QList<ObjectStatus> addStatuses; // client* statuses only
    QList<ObjectStatus> removeStatuses;
    QString newRegistrant; // the owner change (pt-registry.md 2.4); empty: unchanged
    QString newAuthInfo;   // empty: unchanged
    // ptdomain:update, sent only when one of these is set.
    std::optional<bool> autoRenew;
    std::optional<bool> arbitration;
    std::optional<bool> ownerConf;
    // secDNS:update (RFC 5910 DS interface): removals first, then additions.
    bool removeAllDsRecords = false; // takes the place of removeDsRecords
    QList<DsRecord> removeDsRecords;
    QList<DsRecord> addDsRecords;
};

struct DomainRenewRequest
{
    QString name;
    // The current expiry (domain:info exDate); the command carries its date
    // in UTC, as the registry compares it with its own (pt-registry.md 2.3).
    QDateTime currentExpiry;
    int periodYears = 1;
    std::optional<bool> autoRenew; // ptdomain:renew when set
};

enum class TransferOp
{
    Request,
    Query,
    Approve, // the last three exist in RFC 5730; .PT transfers complete at once
    Reject,
    Cancel
};

struct DomainTransferRequest
{
    TransferOp op = TransferOp::Request;
    QString name;
    QString authInfo;              // the transfer code, for a request
    std::optional<bool> autoRenew; // ptdomain:transfer, only with a request
};

// RFC 5733 with the .PT extension: one "int" postal info, the VAT always.
struct ContactCreateRequest
{
    QString id;
    PostalInfo postalInfo; // its type is always sent as "int"
    QString voice;         // +351.212345678; left out when empty
    QString fax;           // left out when empty
    QString email;
    // RFC 5733 requires one, .PT does not use it (pt-registry.md 2.2): when
    // empty a random one is sent.
    QString authInfo;
    QString vat;    // ptcontact:vat, e.g. PT512345678
    QString mobile; // ptcontact:mobile; left out when empty
};

struct ContactUpdateRequest
{
    QString id;
    std::optional<PostalInfo> postalInfo; // replaces name, organisation and address
    std::optional<QString> voice;
    std::optional<QString> fax;
    std::optional<QString> email;
    std::optional<QString> mobile; // ptcontact:update when set
};

// <hello/> has no transaction id (RFC 5730 section 2.3).
QByteArray helloCommand();
QByteArray loginCommand(const LoginRequest& request, const QString& clTRID);
QByteArray logoutCommand(const QString& clTRID);

QByteArray domainCheckCommand(const QStringList& names, const QString& clTRID);
QByteArray domainInfoCommand(const DomainInfoRequest& request, const QString& clTRID);
QByteArray domainCreateCommand(const DomainCreateRequest& request, const QString& clTRID);
QByteArray domainUpdateCommand(const DomainUpdateRequest& request, const QString& clTRID);
QByteArray domainRenewCommand(const DomainRenewRequest& request, const QString& clTRID);
QByteArray domainTransferCommand(const DomainTransferRequest& request, const QString& clTRID);
QByteArray domainDeleteCommand(const QString& name, const QString& clTRID);

QByteArray contactCheckCommand(const QStringList& ids, const QString& clTRID);
QByteArray contactInfoCommand(const QString& id, const QString& clTRID);
QByteArray contactCreateCommand(const ContactCreateRequest& request, const QString& clTRID);
QByteArray contactUpdateCommand(const ContactUpdateRequest& request, const QString& clTRID);

QByteArray pollRequestCommand(const QString& clTRID);
QByteArray pollAckCommand(const QString& messageId, const QString& clTRID);

} // namespace rd::epp
