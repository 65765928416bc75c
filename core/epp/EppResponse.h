#pragma once

#include "epp/EppTypes.h"
#include "epp/EppXml.h"
#include "model/Domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the .PT registry sends back, read by namespace URI (never by prefix).
// Unknown elements and extensions are ignored; missing optional data stays
// empty (strings), invalid (dates) or unset (optionals). Only what makes a
// message unusable is an error: XML that is not well formed or declares a
// DOCTYPE, a root that is not EPP's <epp>, a response without a result code.
namespace rd::epp {

struct EppGreeting
{
    QString serverId;
    QDateTime serverDate; // UTC
    QStringList versions;
    QStringList languages;
    QStringList objectUris;
    QStringList extensionUris;
    bool hasDcp = false; // the data collection policy is present

    // The URIs of wanted that the server offers, in wanted's order: what a
    // login may announce (pt-registry.md 1.1).
    QStringList offeredObjects(const QStringList& wanted) const;
    QStringList offeredExtensions(const QStringList& wanted) const;
};

// A <value> or <extValue> of a result (RFC 5730 section 2.6): the element the
// server complains about and, for extValue, why.
struct EppResultValue
{
    QString value;  // the XML inside <value>, e.g. <domain:name ...>x.pt</domain:name>, or its text
    QString text;   // the character data alone, e.g. x.pt; empty for <domain:status s="..."/>
    QString reason; // extValue only
};

struct EppResult
{
    int code = 0;
    QString message;
    QString lang; // of message; "en" when the server did not say
    QList<EppResultValue> values;

    bool isSuccess() const { return code >= 1000 && code < 2000; }
    // The registry's own words, e.g. "2303 Object does not exist (reason)".
    QString describe() const;
    // 2500-2502: the server closes the connection after this response.
    bool closesSession() const { return code >= 2500 && code < 2600; }
};

struct MessageQueue
{
    qint64 count = 0; // messages left
    QString id;
    QDateTime queuedAt; // qDate, UTC; invalid when absent (as in an ack)
    QString message;
    QString lang;
};

// One <cd> of a check: a domain name (as sent, an A-label) or a contact id.
struct CheckItem
{
    QString name;
    bool available = false;
    QString reason;
};

struct ContactLink
{
    QString type; // admin, billing, tech
    QString handle;
};

// ptdomain:infData. Each flag is unset when the server left it out.
struct PtDomainInfo
{
    std::optional<bool> autoRenew;
    std::optional<bool> arbitration;
    std::optional<bool> ownerConf;
    std::optional<bool> registryLock; // rl
    QString legitimacy;               // legacy code; "X" from v2 servers
    QString registrationBasis;        // legacy code; "X" from v2 servers
};

struct DomainInfoData
{
    QString name;  // A-label, as the registry sent it
    QString uName; // the same name for people
    QString roid;
    QList<ObjectStatus> statuses;
    QString registrant;
    QList<ContactLink> contacts;
    QList<NameServer> nameServers; // hostAttr, with glue addresses
    QStringList hostObjects;       // hostObj, should a server use them
    QStringList subordinateHosts;  // <host>
    QString clientId;              // clID, the sponsoring registrar
    QString creatorId;
    QDateTime createdAt; // crDate, UTC
    QString updaterId;
    QDateTime updatedAt;     // upDate
    QDateTime expiresAt;     // exDate
    QDateTime transferredAt; // trDate
    QString authInfo;        // only the sponsoring registrar sees it
    std::optional<PtDomainInfo> pt;
    QList<DsRecord> dsRecords; // secDNS:infData

    QStringList contactsOfType(QStringView type) const;
    bool hasStatus(QStringView value) const;
};

struct DomainCreateData
{
    QString name;
    QDateTime createdAt;
    QDateTime expiresAt;
};

struct DomainRenewData
{
    QString name;
    QDateTime expiresAt;
};

struct DomainTransferData
{
    QString name;
    QString status; // trStatus: serverApproved, pending, ...
    QString requestingClientId;
    QDateTime requestedAt;
    QString actingClientId;
    QDateTime actionDueAt; // acDate
    QDateTime expiresAt;   // invalid when absent
};

// panData (RFC 5731/5733 section 3.3): the outcome of an action that was pending.
struct PendingActionData
{
    QString name; // domain name or contact id
    bool approved = false;
    QString clTRID;
    QString svTRID;
    QDateTime date;
};

struct ContactInfoData
{
    QString id;
    QString roid;
    QList<ObjectStatus> statuses;
    QList<PostalInfo> postalInfos;
    QString voice;
    QString fax;
    QString email;
    QString clientId;
    QString creatorId;
    QDateTime createdAt;
    QString updaterId;
    QDateTime updatedAt;
    QDateTime transferredAt;
    QString authInfo;
    QString vat;    // ptcontact:infData
    QString mobile; // ptcontact:infData

    // The "int" postal info, else the first; nullptr when there is none.
    const PostalInfo* postalInfo() const;
};

struct ContactCreateData
{
    QString id; // keep this one: the registry may not keep the id sent
    QDateTime createdAt;
};

struct EppResponse
{
    QList<EppResult> results; // never empty in a parsed response
    std::optional<MessageQueue> messageQueue;
    QString clTRID;
    QString svTRID;

    // resData (and, for domain info, its extensions), by kind; poll messages
    // use the same members.
    QList<CheckItem> domainChecks;
    std::optional<DomainInfoData> domainInfo;
    std::optional<DomainCreateData> domainCreate;
    std::optional<DomainRenewData> domainRenew;
    std::optional<DomainTransferData> domainTransfer;
    std::optional<PendingActionData> domainPendingAction;
    QList<CheckItem> contactChecks;
    std::optional<ContactInfoData> contactInfo;
    std::optional<ContactCreateData> contactCreate;
    std::optional<PendingActionData> contactPendingAction;

    // The first result's code, which is the outcome of the command.
    int code() const { return results.isEmpty() ? 0 : results.first().code; }
    bool isSuccess() const { return !results.isEmpty() && results.first().isSuccess(); }
};

// Each refuses with a translated reason in *error (and no value); the
// XmlElement forms take a document parseXml() already read.
std::optional<EppGreeting> parseGreeting(const QByteArray& document, QString* error = nullptr);
std::optional<EppGreeting> parseGreeting(const XmlElement& root, QString* error = nullptr);
std::optional<EppResponse> parseResponse(const QByteArray& document, QString* error = nullptr);
std::optional<EppResponse> parseResponse(const XmlElement& root, QString* error = nullptr);

} // namespace rd::epp
