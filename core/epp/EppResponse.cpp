#include "epp/EppResponse.h"

#include "epp/EppNamespaces.h"

#include <QCoreApplication>

namespace rd::epp {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QStringList intersect(const QStringList& wanted, const QStringList& offered)
{
    QStringList common;
    for (const QString& uri : wanted) {
        if (offered.contains(uri) && !common.contains(uri))
            common.append(uri);
    }
    return common;
}

QStringList childTexts(const XmlElement& parent, QStringView childNs, QStringView name)
{
    QStringList texts;
    for (const XmlElement* c : parent.childrenNamed(childNs, name))
        texts.append(c->text);
    return texts;
}

QDateTime childDateTime(const XmlElement& parent, QStringView childNs, QStringView name)
{
    const XmlElement* c = parent.child(childNs, name);
    return c ? parseXmlDateTime(c->text) : QDateTime();
}

std::optional<bool> childBoolean(const XmlElement& parent, QStringView childNs, QStringView name)
{
    const XmlElement* c = parent.child(childNs, name);
    return c ? parseXmlBoolean(c->text) : std::nullopt;
}

QString authInfoPassword(const XmlElement& parent, QStringView objectNs)
{
    const XmlElement* authInfo = parent.child(objectNs, u"authInfo");
    return authInfo ? authInfo->childText(objectNs, u"pw") : QString();
}

QList<ObjectStatus> statuses(const XmlElement& parent, QStringView objectNs)
{
    QList<ObjectStatus> found;
    for (const XmlElement* s : parent.childrenNamed(objectNs, u"status"))
        found.append({s->attribute(u"s"), s->text, s->attribute(u"lang")});
    return found;
}

// The check data of RFC 5731 and 5733 differ only in the name of the
// identifier: <name> for domains, <id> for contacts.
QList<CheckItem> checkItems(const XmlElement& chkData, QStringView objectNs, QStringView idName)
{
    QList<CheckItem> items;
    for (const XmlElement* cd : chkData.childrenNamed(objectNs, u"cd")) {
        const XmlElement* id = cd->child(objectNs, idName);
        if (!id)
            continue;
        items.append({id->text, parseXmlBoolean(id->attribute(u"avail")).value_or(false),
                      cd->childText(objectNs, u"reason")});
    }
    return items;
}

PendingActionData pendingAction(const XmlElement& panData, QStringView objectNs, QStringView idName)
{
    PendingActionData data;
    if (const XmlElement* id = panData.child(objectNs, idName)) {
        data.name = id->text;
        data.approved = parseXmlBoolean(id->attribute(u"paResult")).value_or(false);
    }
    if (const XmlElement* trId = panData.child(objectNs, u"paTRID")) {
        // paTRID's children are in EPP's own namespace (epp:trIDType).
        data.clTRID = trId->childText(ns::Epp, u"clTRID");
        data.svTRID = trId->childText(ns::Epp, u"svTRID");
    }
    data.date = childDateTime(panData, objectNs, u"paDate");
    return data;
}

QList<DsRecord> dsRecords(const XmlElement& secDnsData)
{
    QList<DsRecord> records;
    for (const XmlElement* ds : secDnsData.childrenNamed(ns::SecDns, u"dsData")) {
        DsRecord record;
        record.keyTag = ds->childText(ns::SecDns, u"keyTag").toInt();
        record.algorithm = ds->childText(ns::SecDns, u"alg").toInt();
        record.digestType = ds->childText(ns::SecDns, u"digestType").toInt();
        record.digest = ds->childText(ns::SecDns, u"digest").toUpper();
        records.append(record);
    }
    return records;
}

DomainInfoData domainInfo(const XmlElement& infData)
{
    const QStringView d = ns::Domain;
    DomainInfoData info;
    info.name = infData.childText(d, u"name");
    info.uName = toULabel(info.name);
    info.roid = infData.childText(d, u"roid");
    info.statuses = statuses(infData, d);
    info.registrant = infData.childText(d, u"registrant");
    for (const XmlElement* c : infData.childrenNamed(d, u"contact"))
        info.contacts.append({c->attribute(u"type"), c->text});
    if (const XmlElement* nsList = infData.child(d, u"ns")) {
        for (const XmlElement* attr : nsList->childrenNamed(d, u"hostAttr"))
            info.nameServers.append(
                {attr->childText(d, u"hostName"), childTexts(*attr, d, u"hostAddr")});
        info.hostObjects = childTexts(*nsList, d, u"hostObj");
    }
    info.subordinateHosts = childTexts(infData, d, u"host");
    info.clientId = infData.childText(d, u"clID");
    info.creatorId = infData.childText(d, u"crID");
    info.createdAt = childDateTime(infData, d, u"crDate");
    info.updaterId = infData.childText(d, u"upID");
    info.updatedAt = childDateTime(infData, d, u"upDate");
    info.expiresAt = childDateTime(infData, d, u"exDate");
    info.transferredAt = childDateTime(infData, d, u"trDate");
    info.authInfo = authInfoPassword(infData, d);
    return info;
}

PtDomainInfo ptDomainInfo(const XmlElement& infData)
{
    const QStringView p = ns::PtDomain;
    PtDomainInfo pt;
    pt.autoRenew = childBoolean(infData, p, u"autoRenew");
    pt.arbitration = childBoolean(infData, p, u"Arbitration");
    pt.ownerConf = childBoolean(infData, p, u"ownerConf");
    pt.registryLock = childBoolean(infData, p, u"rl");
    // v1 servers carried these codes in a "type" attribute (pt-registry.md 1.3).
    auto legacyCode = [&infData, p](QStringView name) {
        const XmlElement* e = infData.child(p, name);
        if (!e)
            return QString();
        return e->text.isEmpty() ? e->attribute(u"type") : e->text;
    };
    pt.legitimacy = legacyCode(u"legitimacy");
    pt.registrationBasis = legacyCode(u"registration_basis");
    return pt;
}

ContactInfoData contactInfo(const XmlElement& infData)
{
    const QStringView c = ns::Contact;
    ContactInfoData info;
    info.id = infData.childText(c, u"id");
    info.roid = infData.childText(c, u"roid");
    info.statuses = statuses(infData, c);
    for (const XmlElement* postal : infData.childrenNamed(c, u"postalInfo")) {
        PostalInfo p;
        p.type = postal->attribute(u"type");
        p.name = postal->childText(c, u"name");
        p.organisation = postal->childText(c, u"org");
        if (const XmlElement* addr = postal->child(c, u"addr")) {
            p.address.street = childTexts(*addr, c, u"street");
            p.address.city = addr->childText(c, u"city");
            p.address.province = addr->childText(c, u"sp");
            p.address.postcode = addr->childText(c, u"pc");
            p.address.countryCode = addr->childText(c, u"cc");
        } else {
            p.address.countryCode.clear();
        }
        info.postalInfos.append(p);
    }
    info.voice = infData.childText(c, u"voice");
    info.fax = infData.childText(c, u"fax");
    info.email = infData.childText(c, u"email");
    info.clientId = infData.childText(c, u"clID");
    info.creatorId = infData.childText(c, u"crID");
    info.createdAt = childDateTime(infData, c, u"crDate");
    info.updaterId = infData.childText(c, u"upID");
    info.updatedAt = childDateTime(infData, c, u"upDate");
    info.transferredAt = childDateTime(infData, c, u"trDate");
    info.authInfo = authInfoPassword(infData, c);
    return info;
}

void readResData(const XmlElement& resData, EppResponse& response)
{
    const QStringView d = ns::Domain;
    const QStringView c = ns::Contact;
    for (const XmlElement& data : resData.children) {
        if (data.ns == d) {
            if (data.name == u"chkData") {
                response.domainChecks = checkItems(data, d, u"name");
            } else if (data.name == u"infData") {
                response.domainInfo = domainInfo(data);
            } else if (data.name == u"creData") {
                response.domainCreate =
                    DomainCreateData{data.childText(d, u"name"), childDateTime(data, d, u"crDate"),
                                     childDateTime(data, d, u"exDate")};
            } else if (data.name == u"renData") {
                response.domainRenew =
                    DomainRenewData{data.childText(d, u"name"), childDateTime(data, d, u"exDate")};
            } else if (data.name == u"trnData") {
                response.domainTransfer = DomainTransferData{
                    data.childText(d, u"name"),       data.childText(d, u"trStatus"),
                    data.childText(d, u"reID"),       childDateTime(data, d, u"reDate"),
                    data.childText(d, u"acID"),       childDateTime(data, d, u"acDate"),
                    childDateTime(data, d, u"exDate")};
            } else if (data.name == u"panData") {
                response.domainPendingAction = pendingAction(data, d, u"name");
            }
        } else if (data.ns == c) {
            if (data.name == u"chkData") {
                response.contactChecks = checkItems(data, c, u"id");
            } else if (data.name == u"infData") {
                response.contactInfo = contactInfo(data);
            } else if (data.name == u"creData") {
                response.contactCreate =
                    ContactCreateData{data.childText(c, u"id"), childDateTime(data, c, u"crDate")};
            } else if (data.name == u"panData") {
                response.contactPendingAction = pendingAction(data, c, u"id");
            }
        }
    }
}

void readExtension(const XmlElement& extension, EppResponse& response)
{
    for (const XmlElement& block : extension.children) {
        if (block.is(ns::PtDomain, u"infData")) {
            if (response.domainInfo)
                response.domainInfo->pt = ptDomainInfo(block);
        } else if (block.is(ns::SecDns, u"infData")) {
            if (response.domainInfo)
                response.domainInfo->dsRecords = dsRecords(block);
        } else if (block.is(ns::PtContact, u"infData")) {
            if (response.contactInfo) {
                response.contactInfo->vat = block.childText(ns::PtContact, u"vat");
                response.contactInfo->mobile = block.childText(ns::PtContact, u"mobile");
            }
        }
    }
}

EppResultValue resultValue(const XmlElement& value)
{
    EppResultValue v;
    if (value.children.isEmpty()) {
        v.value = value.text;
        v.text = value.text;
        return v;
    }
    QStringList texts;
    if (!value.text.isEmpty())
        texts.append(value.text);
    for (const XmlElement& element : value.children) {
        v.value += toXmlFragment(element);
        if (!element.text.isEmpty())
            texts.append(element.text);
    }
    v.text = texts.join(QLatin1Char(' '));
    return v;
}

std::optional<EppResult> result(const XmlElement& element, QString* error)
{
    EppResult r;
    bool ok = false;
    const QString code = element.attribute(u"code");
    r.code = code.trimmed().toInt(&ok);
    if (!ok || r.code < 1000 || r.code > 2999) {
        setError(error, QCoreApplication::translate(
                            "rd::Epp", "The EPP response has a result without a valid code "
                                       "(“%1”); codes run from 1000 to 2999.")
                            .arg(code));
        return std::nullopt;
    }
    if (const XmlElement* msg = element.child(ns::Epp, u"msg")) {
        r.message = msg->text;
        r.lang = msg->attribute(u"lang");
    }
    if (r.lang.isEmpty())
        r.lang = QStringLiteral("en");
    for (const XmlElement& c : element.children) {
        if (c.is(ns::Epp, u"value")) {
            r.values.append(resultValue(c));
        } else if (c.is(ns::Epp, u"extValue")) {
            const XmlElement* value = c.child(ns::Epp, u"value");
            EppResultValue v = value ? resultValue(*value) : EppResultValue();
            v.reason = c.childText(ns::Epp, u"reason");
            r.values.append(v);
        }
    }
    return r;
}

// The <epp> root and its one command, response or greeting element.
const XmlElement* eppChild(const XmlElement& root, QStringView expected, QString* error)
{
    if (!root.is(ns::Epp, u"epp")) {
        setError(error, QCoreApplication::translate(
                            "rd::Epp", "The message is not EPP: its root element is <%1> in the "
                                       "namespace “%2”, where <epp> in “%3” was expected.")
                            .arg(root.name, root.ns, ns::Epp.toString()));
        return nullptr;
    }
    if (const XmlElement* found = root.child(ns::Epp, expected))
        return found;
    // Name what came instead, preferring EPP's own elements to unknown ones.
    QString got;
    for (const XmlElement& c : root.children) {
        if (got.isEmpty() || c.ns == ns::Epp) {
            got = c.name;
            if (c.ns == ns::Epp)
                break;
        }
    }
    if (expected == u"greeting") {
        setError(error, got.isEmpty() ? QCoreApplication::translate(
                                            "rd::Epp", "The EPP message is empty, not a greeting.")
                                      : QCoreApplication::translate(
                                            "rd::Epp", "The EPP message is a <%1>, not a greeting.")
                                            .arg(got));
    } else {
        setError(error, got.isEmpty() ? QCoreApplication::translate(
                                            "rd::Epp", "The EPP message is empty, not a response.")
                                      : QCoreApplication::translate(
                                            "rd::Epp", "The EPP message is a <%1>, not a response.")
                                            .arg(got));
    }
    return nullptr;
}

} // namespace

QStringList EppGreeting::offeredObjects(const QStringList& wanted) const
{
    return intersect(wanted, objectUris);
}

QStringList EppGreeting::offeredExtensions(const QStringList& wanted) const
{
    return intersect(wanted, extensionUris);
}

QStringList DomainInfoData::contactsOfType(QStringView type) const
{
    QStringList handles;
    for (const ContactLink& link : contacts) {
        if (link.type == type)
            handles.append(link.handle);
    }
    return handles;
}

bool DomainInfoData::hasStatus(QStringView value) const
{
    for (const ObjectStatus& status : statuses) {
        if (status.value == value)
            return true;
    }
    return false;
}

const PostalInfo* ContactInfoData::postalInfo() const
{
    for (const PostalInfo& p : postalInfos) {
        if (p.type == u"int")
            return &p;
    }
    return postalInfos.isEmpty() ? nullptr : &postalInfos.first();
}

std::optional<EppGreeting> parseGreeting(const QByteArray& document, QString* error)
{
    const std::optional<XmlElement> root = parseXml(document, error);
    if (!root)
        return std::nullopt;
    return parseGreeting(*root, error);
}

std::optional<EppGreeting> parseGreeting(const XmlElement& root, QString* error)
{
    if (error)
        error->clear();
    const XmlElement* greeting = eppChild(root, u"greeting", error);
    if (!greeting)
        return std::nullopt;

    const QStringView e = ns::Epp;
    EppGreeting g;
    g.serverId = greeting->childText(e, u"svID");
    g.serverDate = childDateTime(*greeting, e, u"svDate");
    if (const XmlElement* menu = greeting->child(e, u"svcMenu")) {
        g.versions = childTexts(*menu, e, u"version");
        g.languages = childTexts(*menu, e, u"lang");
        g.objectUris = childTexts(*menu, e, u"objURI");
        if (const XmlElement* extensions = menu->child(e, u"svcExtension"))
            g.extensionUris = childTexts(*extensions, e, u"extURI");
    }
    g.hasDcp = greeting->child(e, u"dcp") != nullptr;
    return g;
}

std::optional<EppResponse> parseResponse(const QByteArray& document, QString* error)
{
    const std::optional<XmlElement> root = parseXml(document, error);
    if (!root)
        return std::nullopt;
    return parseResponse(*root, error);
}

std::optional<EppResponse> parseResponse(const XmlElement& root, QString* error)
{
    if (error)
        error->clear();
    const XmlElement* response = eppChild(root, u"response", error);
    if (!response)
        return std::nullopt;

    const QStringView e = ns::Epp;
    EppResponse r;
    for (const XmlElement* element : response->childrenNamed(e, u"result")) {
        std::optional<EppResult> one = result(*element, error);
        if (!one)
            return std::nullopt;
        r.results.append(std::move(*one));
    }
    if (r.results.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("rd::Epp", "The EPP response has no result code."));
        return std::nullopt;
    }
    if (const XmlElement* msgQ = response->child(e, u"msgQ")) {
        MessageQueue queue;
        queue.count = msgQ->attribute(u"count").trimmed().toLongLong();
        queue.id = msgQ->attribute(u"id").trimmed();
        queue.queuedAt = childDateTime(*msgQ, e, u"qDate");
        if (const XmlElement* msg = msgQ->child(e, u"msg")) {
            queue.message = msg->text;
            queue.lang = msg->attribute(u"lang");
        }
        if (queue.lang.isEmpty())
            queue.lang = QStringLiteral("en");
        r.messageQueue = queue;
    }
    if (const XmlElement* trId = response->child(e, u"trID")) {
        r.clTRID = trId->childText(e, u"clTRID");
        r.svTRID = trId->childText(e, u"svTRID");
    }
    if (const XmlElement* resData = response->child(e, u"resData"))
        readResData(*resData, r);
    if (const XmlElement* extension = response->child(e, u"extension"))
        readExtension(*extension, r);
    return r;
}

QString EppResult::describe() const
{
    QString text = QString::number(code) + QLatin1Char(' ') + message;
    for (const EppResultValue& value : values) {
        if (!value.reason.isEmpty())
            text += QStringLiteral(" (") + value.reason + QLatin1Char(')');
    }
    return text;
}

} // namespace rd::epp
