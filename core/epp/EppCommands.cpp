#include "epp/EppCommands.h"

#include "epp/EppNamespaces.h"
#include "epp/EppXml.h"

#include <QRandomGenerator>

namespace rd::epp {

QStringList defaultObjectUris()
{
    return {ns::Contact.toString(), ns::Domain.toString(), ns::Host.toString()};
}

QStringList defaultExtensionUris()
{
    return {ns::PtContact.toString(), ns::PtDomain.toString(), ns::SecDns.toString()};
}

namespace {

QString xmlBoolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// <epp><command> and, when given, the command element with its attributes
// still open for content.
XmlWriter openCommand(QStringView verb = {})
{
    XmlWriter w;
    w.startElement(ns::Epp, u"epp");
    w.startElement(ns::Epp, u"command");
    if (!verb.isEmpty())
        w.startElement(ns::Epp, verb);
    return w;
}

// Writes clTRID (RFC 5730: the last child of <command>) and closes everything.
QByteArray finishCommand(XmlWriter& w, const QString& clTRID)
{
    if (!clTRID.isEmpty())
        w.textElement(ns::Epp, u"clTRID", clTRID);
    return w.toUtf8();
}

void writeNameServers(XmlWriter& w, const QList<NameServer>& nameServers)
{
    if (nameServers.isEmpty())
        return;
    // Host attributes, not host objects: the .PT choice (pt-registry.md 2.2).
    w.startElement(ns::Domain, u"ns");
    for (const NameServer& server : nameServers) {
        w.startElement(ns::Domain, u"hostAttr");
        w.textElement(ns::Domain, u"hostName", toALabel(server.host));
        for (const QString& address : server.addresses) {
            const QString trimmed = address.trimmed();
            w.startElement(ns::Domain, u"hostAddr");
            w.attribute(u"ip", trimmed.contains(QLatin1Char(':')) ? u"v6" : u"v4");
            w.text(trimmed);
            w.endElement();
        }
        w.endElement();
    }
    w.endElement();
}

void writeTechContacts(XmlWriter& w, const QStringList& handles)
{
    for (const QString& handle : handles) {
        w.startElement(ns::Domain, u"contact");
        w.attribute(u"type", u"tech");
        w.text(handle);
        w.endElement();
    }
}

void writeStatuses(XmlWriter& w, const QList<ObjectStatus>& statuses)
{
    for (const ObjectStatus& status : statuses) {
        w.startElement(ns::Domain, u"status");
        w.attribute(u"s", status.value);
        if (!status.lang.isEmpty())
            w.attribute(u"lang", status.lang);
        w.text(status.text);
        w.endElement();
    }
}

void writePeriod(XmlWriter& w, int years)
{
    w.startElement(ns::Domain, u"period");
    w.attribute(u"unit", u"y");
    w.text(QString::number(years));
    w.endElement();
}

void writeAuthInfo(XmlWriter& w, QStringView objectNs, const QString& password)
{
    w.startElement(objectNs, u"authInfo");
    w.textElement(objectNs, u"pw", password);
    w.endElement();
}

void writeDsRecords(XmlWriter& w, const QList<DsRecord>& records)
{
    for (const DsRecord& ds : records) {
        QString digest = ds.digest;
        digest.remove(QLatin1Char(' ')).remove(QLatin1Char('\t'));
        w.startElement(ns::SecDns, u"dsData");
        w.textElement(ns::SecDns, u"keyTag", QString::number(ds.keyTag));
        w.textElement(ns::SecDns, u"alg", QString::number(ds.algorithm));
        w.textElement(ns::SecDns, u"digestType", QString::number(ds.digestType));
        w.textElement(ns::SecDns, u"digest", digest.toUpper());
        w.endElement();
    }
}

void writeOptionalFlag(XmlWriter& w, QStringView name, const std::optional<bool>& value)
{
    if (value)
        w.textElement(ns::PtDomain, name, xmlBoolean(*value));
}

void writePostalInfo(XmlWriter& w, const PostalInfo& info)
{
    // Only "int": what the registry accepts, UTF-8 included (pt-registry.md 2.2).
    w.startElement(ns::Contact, u"postalInfo");
    w.attribute(u"type", u"int");
    w.textElement(ns::Contact, u"name", info.name);
    if (!info.organisation.isEmpty())
        w.textElement(ns::Contact, u"org", info.organisation);
    w.startElement(ns::Contact, u"addr");
    for (const QString& line : info.address.street.mid(0, 3)) // RFC 5733 allows three
        w.textElement(ns::Contact, u"street", line);
    w.textElement(ns::Contact, u"city", info.address.city);
    if (!info.address.province.isEmpty())
        w.textElement(ns::Contact, u"sp", info.address.province);
    if (!info.address.postcode.isEmpty())
        w.textElement(ns::Contact, u"pc", info.address.postcode);
    w.textElement(ns::Contact, u"cc", info.address.countryCode.toUpper());
    w.endElement();
    w.endElement();
}

QString randomAuthInfo()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password;
    password.reserve(16);
    for (int i = 0; i < 16; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

QStringView transferOpName(TransferOp op)
{
    switch (op) {
    case TransferOp::Request:
        return u"request";
    case TransferOp::Query:
        return u"query";
    case TransferOp::Approve:
        return u"approve";
    case TransferOp::Reject:
        return u"reject";
    case TransferOp::Cancel:
        return u"cancel";
    }
    return u"query";
}

} // namespace

QByteArray helloCommand()
{
    XmlWriter w;
    w.startElement(ns::Epp, u"epp");
    w.startElement(ns::Epp, u"hello");
    return w.toUtf8();
}

QByteArray loginCommand(const LoginRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"login");
    w.textElement(ns::Epp, u"clID", request.clientId);
    w.textElement(ns::Epp, u"pw", request.password);
    if (!request.newPassword.isEmpty())
        w.textElement(ns::Epp, u"newPW", request.newPassword);
    w.startElement(ns::Epp, u"options");
    w.textElement(ns::Epp, u"version", u"1.0");
    w.textElement(ns::Epp, u"lang",
                  request.language.isEmpty() ? QStringLiteral("en") : request.language);
    w.endElement();
    w.startElement(ns::Epp, u"svcs");
    const QStringList objects =
        request.objectUris.isEmpty() ? defaultObjectUris() : request.objectUris;
    for (const QString& uri : objects)
        w.textElement(ns::Epp, u"objURI", uri);
    // Exactly the extensions the caller passed: announcing one the server did
    // not offer makes the login fail (RFC 5730 section 2.9.1.1).
    if (!request.extensionUris.isEmpty()) {
        w.startElement(ns::Epp, u"svcExtension");
        for (const QString& uri : request.extensionUris)
            w.textElement(ns::Epp, u"extURI", uri);
        w.endElement();
    }
    w.endElement(); // svcs
    w.endElement(); // login
    return finishCommand(w, clTRID);
}

QByteArray logoutCommand(const QString& clTRID)
{
    XmlWriter w = openCommand(u"logout");
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray domainCheckCommand(const QStringList& names, const QString& clTRID)
{
    XmlWriter w = openCommand(u"check");
    w.startElement(ns::Domain, u"check");
    for (const QString& name : names)
        w.textElement(ns::Domain, u"name", toALabel(name));
    w.endElement();
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray domainInfoCommand(const DomainInfoRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"info");
    w.startElement(ns::Domain, u"info");
    w.startElement(ns::Domain, u"name");
    w.attribute(u"hosts", u"all");
    w.text(toALabel(request.name));
    w.endElement();
    if (!request.authInfo.isEmpty())
        writeAuthInfo(w, ns::Domain, request.authInfo);
    w.endElement();
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray domainCreateCommand(const DomainCreateRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"create");
    w.startElement(ns::Domain, u"create");
    w.textElement(ns::Domain, u"name", toALabel(request.name));
    writePeriod(w, request.periodYears);
    writeNameServers(w, request.nameServers);
    w.textElement(ns::Domain, u"registrant", request.registrant);
    writeTechContacts(w, request.techContacts);
    writeAuthInfo(w, ns::Domain, request.authInfo);
    w.endElement();
    w.endElement();

    w.startElement(ns::Epp, u"extension");
    // legitimacy and registration_basis are legacy; v2 clients leave them out.
    w.startElement(ns::PtDomain, u"create");
    w.textElement(ns::PtDomain, u"autoRenew", xmlBoolean(request.autoRenew));
    w.textElement(ns::PtDomain, u"Arbitration", xmlBoolean(request.arbitration));
    w.textElement(ns::PtDomain, u"ownerConf", xmlBoolean(request.ownerConf));
    w.endElement();
    if (!request.dsRecords.isEmpty()) {
        w.startElement(ns::SecDns, u"create");
        writeDsRecords(w, request.dsRecords);
        w.endElement();
    }
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray domainUpdateCommand(const DomainUpdateRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"update");
    w.startElement(ns::Domain, u"update");
    w.textElement(ns::Domain, u"name", toALabel(request.name));
    auto writeAddRem = [&w](QStringView element, const QList<NameServer>& servers,
                            const QStringList& tech, const QList<ObjectStatus>& statuses) {
        if (servers.isEmpty() && tech.isEmpty() && statuses.isEmpty())
            return;
        w.startElement(ns::Domain, element);
        writeNameServers(w, servers);
        writeTechContacts(w, tech);
        writeStatuses(w, statuses);
        w.endElement();
    };
    writeAddRem(u"add", request.addNameServers, request.addTechContacts, request.addStatuses);
    writeAddRem(u"rem", request.removeNameServers, request.removeTechContacts,
                request.removeStatuses);
    if (!request.newRegistrant.isEmpty() || !request.newAuthInfo.isEmpty()) {
        w.startElement(ns::Domain, u"chg");
        if (!request.newRegistrant.isEmpty())
            w.textElement(ns::Domain, u"registrant", request.newRegistrant);
        if (!request.newAuthInfo.isEmpty())
            writeAuthInfo(w, ns::Domain, request.newAuthInfo);
        w.endElement();
    }
    w.endElement();
    w.endElement();

    const bool ptUpdate = request.autoRenew || request.arbitration || request.ownerConf;
    const bool dsRemove = request.removeAllDsRecords || !request.removeDsRecords.isEmpty();
    const bool dsUpdate = dsRemove || !request.addDsRecords.isEmpty();
    if (ptUpdate || dsUpdate) {
        w.startElement(ns::Epp, u"extension");
        // Only when a flag changes: an empty block would be refused.
        if (ptUpdate) {
            w.startElement(ns::PtDomain, u"update");
            writeOptionalFlag(w, u"autoRenew", request.autoRenew);
            writeOptionalFlag(w, u"Arbitration", request.arbitration);
            writeOptionalFlag(w, u"ownerConf", request.ownerConf);
            w.endElement();
        }
        if (dsUpdate) {
            w.startElement(ns::SecDns, u"update");
            if (dsRemove) {
                w.startElement(ns::SecDns, u"rem");
                if (request.removeAllDsRecords)
                    w.textElement(ns::SecDns, u"all", u"true");
                else
                    writeDsRecords(w, request.removeDsRecords);
                w.endElement();
            }
            if (!request.addDsRecords.isEmpty()) {
                w.startElement(ns::SecDns, u"add");
                writeDsRecords(w, request.addDsRecords);
                w.endElement();
            }
            w.endElement();
        }
        w.endElement();
    }
    return finishCommand(w, clTRID);
}

QByteArray domainRenewCommand(const DomainRenewRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"renew");
    w.startElement(ns::Domain, u"renew");
    w.textElement(ns::Domain, u"name", toALabel(request.name));
    // The date part in UTC: 23:59:59Z on the 14th is the 14th, even where
    // the desk's clock already reads the 15th.
    w.textElement(ns::Domain, u"curExpDate",
                  request.currentExpiry.toUTC().date().toString(Qt::ISODate));
    writePeriod(w, request.periodYears);
    w.endElement();
    w.endElement();
    if (request.autoRenew) {
        w.startElement(ns::Epp, u"extension");
        w.startElement(ns::PtDomain, u"renew");
        w.textElement(ns::PtDomain, u"autoRenew", xmlBoolean(*request.autoRenew));
        w.endElement();
        w.endElement();
    }
    return finishCommand(w, clTRID);
}

QByteArray domainTransferCommand(const DomainTransferRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"transfer");
    w.attribute(u"op", transferOpName(request.op));
    w.startElement(ns::Domain, u"transfer");
    w.textElement(ns::Domain, u"name", toALabel(request.name));
    // .PT v2 carries the transfer code here (v1 used ptdomain:transferKey).
    if (!request.authInfo.isEmpty())
        writeAuthInfo(w, ns::Domain, request.authInfo);
    w.endElement();
    w.endElement();
    if (request.op == TransferOp::Request && request.autoRenew) {
        w.startElement(ns::Epp, u"extension");
        w.startElement(ns::PtDomain, u"transfer");
        w.textElement(ns::PtDomain, u"autoRenew", xmlBoolean(*request.autoRenew));
        w.endElement();
        w.endElement();
    }
    return finishCommand(w, clTRID);
}

QByteArray domainDeleteCommand(const QString& name, const QString& clTRID)
{
    XmlWriter w = openCommand(u"delete");
    w.startElement(ns::Domain, u"delete");
    w.textElement(ns::Domain, u"name", toALabel(name));
    w.endElement();
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray contactCheckCommand(const QStringList& ids, const QString& clTRID)
{
    XmlWriter w = openCommand(u"check");
    w.startElement(ns::Contact, u"check");
    for (const QString& id : ids)
        w.textElement(ns::Contact, u"id", id);
    w.endElement();
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray contactInfoCommand(const QString& id, const QString& clTRID)
{
    // No authInfo: .PT v2 does not ask for one (pt-registry.md 2.2).
    XmlWriter w = openCommand(u"info");
    w.startElement(ns::Contact, u"info");
    w.textElement(ns::Contact, u"id", id);
    w.endElement();
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray contactCreateCommand(const ContactCreateRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"create");
    w.startElement(ns::Contact, u"create");
    w.textElement(ns::Contact, u"id", request.id);
    writePostalInfo(w, request.postalInfo);
    if (!request.voice.isEmpty())
        w.textElement(ns::Contact, u"voice", request.voice);
    if (!request.fax.isEmpty())
        w.textElement(ns::Contact, u"fax", request.fax);
    w.textElement(ns::Contact, u"email", request.email);
    writeAuthInfo(w, ns::Contact, request.authInfo.isEmpty() ? randomAuthInfo() : request.authInfo);
    w.endElement();
    w.endElement();

    w.startElement(ns::Epp, u"extension");
    w.startElement(ns::PtContact, u"create");
    w.textElement(ns::PtContact, u"vat", request.vat);
    if (!request.mobile.isEmpty())
        w.textElement(ns::PtContact, u"mobile", request.mobile);
    w.endElement();
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray contactUpdateCommand(const ContactUpdateRequest& request, const QString& clTRID)
{
    XmlWriter w = openCommand(u"update");
    w.startElement(ns::Contact, u"update");
    w.textElement(ns::Contact, u"id", request.id);
    if (request.postalInfo || request.voice || request.fax || request.email) {
        w.startElement(ns::Contact, u"chg");
        if (request.postalInfo)
            writePostalInfo(w, *request.postalInfo);
        if (request.voice)
            w.textElement(ns::Contact, u"voice", *request.voice);
        if (request.fax)
            w.textElement(ns::Contact, u"fax", *request.fax);
        if (request.email)
            w.textElement(ns::Contact, u"email", *request.email);
        w.endElement();
    }
    w.endElement();
    w.endElement();
    if (request.mobile) {
        w.startElement(ns::Epp, u"extension");
        w.startElement(ns::PtContact, u"update");
        w.textElement(ns::PtContact, u"mobile", *request.mobile);
        w.endElement();
        w.endElement();
    }
    return finishCommand(w, clTRID);
}

QByteArray pollRequestCommand(const QString& clTRID)
{
    XmlWriter w = openCommand(u"poll");
    w.attribute(u"op", u"req");
    w.endElement();
    return finishCommand(w, clTRID);
}

QByteArray pollAckCommand(const QString& messageId, const QString& clTRID)
{
    XmlWriter w = openCommand(u"poll");
    w.attribute(u"op", u"ack");
    w.attribute(u"msgID", messageId);
    w.endElement();
    return finishCommand(w, clTRID);
}

} // namespace rd::epp
