#pragma once

#include "model/Contact.h"
#include "model/Domain.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The commands the registry accepts, as plain data: what an EPP command
// carries once parsed, before any policy is applied.
namespace rd::sandbox {

// RFC 5731 domain:period: a value and its unit, "y" or "m".
struct Period
{
    int value = 1;
    QString unit = QStringLiteral("y");
};

// A contact of a domain with its role: .PT accepts "tech" only.
struct ContactRef
{
    QString type = QStringLiteral("tech");
    QString id;
};

struct DomainCreate
{
    QString name;
    std::optional<Period> period; // absent: one year
    QList<NameServer> nameServers;
    bool usesHostObjects = false; // hostObj instead of hostAttr: not offered
    QString registrant;
    QList<ContactRef> contacts;
    QString authInfo; // empty: the registry makes one
    QList<DsRecord> dsRecords;
    std::optional<bool> autoRenew;
    std::optional<bool> arbitration;
    std::optional<bool> ownerConf;
};

struct DomainUpdate
{
    QString name;
    QList<NameServer> addNameServers;
    QStringList removeNameServers; // host names
    QList<ContactRef> addContacts;
    QList<ContactRef> removeContacts;
    QStringList addStatuses;
    QStringList removeStatuses;
    std::optional<QString> newRegistrant; // an owner change
    std::optional<QString> newAuthInfo;
    bool usesHostObjects = false;
    QList<DsRecord> addDsRecords;
    QList<DsRecord> removeDsRecords;
    bool removeAllDsRecords = false; // secDNS:rem/secDNS:all
    std::optional<bool> autoRenew;
    std::optional<bool> arbitration;
    std::optional<bool> ownerConf;
};

struct DomainRenew
{
    QString name;
    QString curExpDate; // YYYY-MM-DD as sent
    std::optional<Period> period;
    std::optional<bool> autoRenew;
};

struct DomainTransfer
{
    QString name;
    QString authInfo;
    std::optional<bool> autoRenew;
};

struct ContactCreate
{
    QString requestedId; // the registry allocates its own NIC-handle
    QString postalType = QStringLiteral("int");
    QString name;
    QString organisation;
    PostalAddress address;
    QString voice;
    QString fax;
    QString email;
    QString authInfo;
    QString vat;
    QString mobile;
};

struct ContactUpdate
{
    QString id;
    QStringList addStatuses;
    QStringList removeStatuses;
    QString postalType = QStringLiteral("int"); // of chg/postalInfo, when given
    std::optional<QString> name;
    std::optional<QString> organisation;
    std::optional<PostalAddress> address;
    std::optional<QString> voice;
    std::optional<QString> fax;
    std::optional<QString> email;
    std::optional<QString> authInfo;
    std::optional<QString> mobile;
};

// One line of a check answer (RFC 5730 section 2.9.2.1).
struct CheckResult
{
    QString name;
    bool available = false;
    QString reason; // why not, when not available
};

} // namespace rd::sandbox
