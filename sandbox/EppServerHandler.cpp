#include "EppServerHandler.h"

#include "RegistryState.h"
#include "ResponseWriter.h"

#include "epp/EppNamespaces.h"
#include "epp/EppTypes.h"
#include "epp/EppXml.h"

#include <optional>

namespace rd::sandbox {

using epp::XmlElement;

namespace {

const QString& eppNs()
{
    static const QString uri = epp::ns::Epp.toString();
    return uri;
}
const QString& domainNs()
{
    static const QString uri = epp::ns::Domain.toString();
    return uri;
}
const QString& contactNs()
{
    static const QString uri = epp::ns::Contact.toString();
    return uri;
}
const QString& secDnsNs()
{
    static const QString uri = epp::ns::SecDns.toString();
    return uri;
}
const QString& ptDomainNs()
{
    static const QString uri = epp::ns::PtDomain.toString();
    return uri;
}
const QString& ptContactNs()
{
    static const QString uri = epp::ns::PtContact.toString();
    return uri;
}

QStringList offeredObjects()
{
    return {contactNs(), domainNs(), epp::ns::Host.toString()};
}

QStringList offeredExtensions()
{
    return {ptContactNs(), ptDomainNs(), secDnsNs()};
}

// The name the registry uses for an object namespace in command names.
QString objectPrefix(const QString& namespaceUri)
{
    if (namespaceUri == domainNs())
        return QStringLiteral("domain");
    if (namespaceUri == contactNs())
        return QStringLiteral("contact");
    if (namespaceUri == epp::ns::Host)
        return QStringLiteral("host");
    return namespaceUri;
}

const QStringList& commandVerbs()
{
    static const QStringList verbs = {
        QStringLiteral("check"),    QStringLiteral("info"),   QStringLiteral("create"),
        QStringLiteral("update"),   QStringLiteral("delete"), QStringLiteral("renew"),
        QStringLiteral("transfer"),
    };
    return verbs;
}

// The first element child of the command that is the command itself.
const XmlElement* verbOf(const XmlElement& command)
{
    for (const XmlElement& child : command.children) {
        if (child.ns == eppNs() && child.name != QLatin1String("extension") &&
            child.name != QLatin1String("clTRID"))
            return &child;
        if (child.ns != eppNs())
            return &child; // an unknown command in another namespace
    }
    return nullptr;
}

QString textOf(const XmlElement* element, const QString& ns, const QString& name)
{
    if (!element)
        return {};
    const XmlElement* child = element->child(ns, name);
    return child ? child->text : QString();
}

QString pwOf(const XmlElement* object, const QString& ns)
{
    if (!object)
        return {};
    return textOf(object->child(ns, QStringLiteral("authInfo")), ns, QStringLiteral("pw"));
}

RegistryResult syntaxError(const QString& reason)
{
    return RegistryResult::error(2001, reason);
}

// A flag of a ptdomain block: nothing when absent, 2005 when not a boolean.
RegistryResult readFlag(const XmlElement* block, const QString& name, std::optional<bool>* out)
{
    const XmlElement* flag = block ? block->child(ptDomainNs(), name) : nullptr;
    if (!flag)
        return RegistryResult::success();
    *out = epp::parseXmlBoolean(flag->text);
    if (!*out)
        return RegistryResult::error(2005, QStringLiteral("A flag is true or false"),
                                     {{ptDomainNs(), name, flag->text, {}}});
    return RegistryResult::success();
}

RegistryResult readPeriod(const XmlElement* object, std::optional<Period>* out)
{
    const XmlElement* period = object->child(domainNs(), QStringLiteral("period"));
    if (!period)
        return RegistryResult::success();
    bool number = false;
    const int value = period->text.toInt(&number);
    const QString unit = period->attribute(u"unit");
    if (!number)
        return RegistryResult::error(2005, QStringLiteral("The period is a number of years"),
                                     {domainValue(QStringLiteral("period"), period->text,
                                                  {{QStringLiteral("unit"), unit}})});
    *out = Period{value, unit};
    return RegistryResult::success();
}

RegistryResult readNameServers(const XmlElement* ns, QList<NameServer>* out, bool* hostObjects)
{
    if (!ns)
        return RegistryResult::success();
    for (const XmlElement& child : ns->children) {
        if (child.is(domainNs(), u"hostObj")) {
            *hostObjects = true;
            continue;
        }
        if (!child.is(domainNs(), u"hostAttr"))
            return syntaxError(QStringLiteral("domain:ns holds hostAttr elements"));
        NameServer server;
        server.host = textOf(&child, domainNs(), QStringLiteral("hostName")).toLower();
        for (const XmlElement* address : child.childrenNamed(domainNs(), u"hostAddr")) {
            // RFC 5731 section 1.1: v4 unless the ip attribute says v6.
            const QString ip =
                address->hasAttribute(u"ip") ? address->attribute(u"ip") : QStringLiteral("v4");
            const bool looksV6 = address->text.contains(QLatin1Char(':'));
            if ((ip != QLatin1String("v4") && ip != QLatin1String("v6")) ||
                looksV6 != (ip == QLatin1String("v6")))
                return RegistryResult::error(
                    2005, QStringLiteral("The address does not match its ip attribute"),
                    {domainValue(QStringLiteral("hostAddr"), address->text,
                                 {{QStringLiteral("ip"), ip}})});
            server.addresses << address->text;
        }
        out->append(server);
    }
    return RegistryResult::success();
}

RegistryResult readDsRecords(const XmlElement* block, QList<DsRecord>* out)
{
    if (!block)
        return RegistryResult::success();
    if (block->child(secDnsNs(), u"keyData"))
        return RegistryResult::error(
            2102, QStringLiteral("Only the DS data interface of secDNS-1.1 is offered"));
    for (const XmlElement* ds : block->childrenNamed(secDnsNs(), u"dsData")) {
        DsRecord record;
        bool ok[3] = {false, false, false};
        record.keyTag = textOf(ds, secDnsNs(), QStringLiteral("keyTag")).toInt(&ok[0]);
        record.algorithm = textOf(ds, secDnsNs(), QStringLiteral("alg")).toInt(&ok[1]);
        record.digestType = textOf(ds, secDnsNs(), QStringLiteral("digestType")).toInt(&ok[2]);
        record.digest = textOf(ds, secDnsNs(), QStringLiteral("digest"));
        if (!ok[0] || !ok[1] || !ok[2])
            return RegistryResult::error(2005,
                                         QStringLiteral("keyTag, alg and digestType are numbers"),
                                         {{secDnsNs(),
                                           QStringLiteral("keyTag"),
                                           textOf(ds, secDnsNs(), QStringLiteral("keyTag")),
                                           {}}});
        out->append(record);
    }
    return RegistryResult::success();
}

QList<ContactRef> readContacts(const XmlElement* parent)
{
    QList<ContactRef> refs;
    if (!parent)
        return refs;
    for (const XmlElement* c : parent->childrenNamed(domainNs(), u"contact"))
        refs << ContactRef{c->attribute(u"type"), c->text};
    return refs;
}

QStringList readStatuses(const XmlElement* parent, const QString& ns)
{
    QStringList statuses;
    if (!parent)
        return statuses;
    for (const XmlElement* s : parent->childrenNamed(ns, u"status"))
        statuses << s->attribute(u"s");
    return statuses;
}

PostalAddress readAddress(const XmlElement* addr)
{
    PostalAddress address;
    if (!addr)
        return address;
    for (const XmlElement* street : addr->childrenNamed(contactNs(), u"street"))
        address.street << street->text;
    address.city = textOf(addr, contactNs(), QStringLiteral("city"));
    address.province = textOf(addr, contactNs(), QStringLiteral("sp"));
    address.postcode = textOf(addr, contactNs(), QStringLiteral("pc"));
    address.countryCode = textOf(addr, contactNs(), QStringLiteral("cc"));
    return address;
}

// The postal info the registry reads: "int" when there is one.
const XmlElement* postalInfoOf(const XmlElement* parent, QString* type)
{
    const QList<const XmlElement*> infos = parent->childrenNamed(contactNs(), u"postalInfo");
    const XmlElement* chosen = nullptr;
    for (const XmlElement* info : infos) {
        if (!chosen || info->attribute(u"type") != QLatin1String("int"))
            chosen = info; // a "loc" one anywhere is refused
    }
    *type = chosen ? chosen->attribute(u"type") : QStringLiteral("int");
    return chosen;
}

void writeTransfer(ResponseWriter& w, const TransferRecord& record)
{
    w.start(domainNs(), QStringLiteral("trnData"));
    w.textElement(domainNs(), QStringLiteral("name"), record.domain);
    w.textElement(domainNs(), QStringLiteral("trStatus"), record.trStatus);
    w.textElement(domainNs(), QStringLiteral("reID"), record.reID);
    w.textElement(domainNs(), QStringLiteral("reDate"), ResponseWriter::dateTime(record.reDate));
    w.textElement(domainNs(), QStringLiteral("acID"), record.acID);
    w.textElement(domainNs(), QStringLiteral("acDate"), ResponseWriter::dateTime(record.acDate));
    w.end();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

struct EppServerHandler::Command
{
    QString name; // "login", "domain:create", ...
    QString clTRID;
    const XmlElement* verb = nullptr;   // <login>, <check>, ...
    const XmlElement* object = nullptr; // <domain:check>, ...
    QList<const XmlElement*> extensions;

    const XmlElement* extension(const QString& ns, const QString& element) const
    {
        for (const XmlElement* e : extensions) {
            if (e->is(ns, element))
                return e;
        }
        return nullptr;
    }

    // What an extValue shows when a reason concerns the command as a whole.
    ResultValue about() const
    {
        if (object) {
            if (object->ns == domainNs() && object->child(domainNs(), u"name"))
                return domainValue(QStringLiteral("name"),
                                   textOf(object, domainNs(), QStringLiteral("name")));
            if (object->ns == contactNs() && object->child(contactNs(), u"id"))
                return contactValue(QStringLiteral("id"),
                                    textOf(object, contactNs(), QStringLiteral("id")));
        }
        if (verb && verb->ns == eppNs()) {
            ResultValue echoed{eppNs(), verb->name, {}, {}};
            for (const epp::XmlAttribute& a : verb->attributes)
                echoed.attributes << qMakePair(a.name, a.value);
            return echoed;
        }
        return {eppNs(), QStringLiteral("undef"), {}, {}};
    }
};

EppServerHandler::EppServerHandler(RegistryState& registry, Faults* faults)
    : m_registry(registry)
    , m_faults(faults ? faults : &m_ownFaults)
{}

QString EppServerHandler::svTRID()
{
    return m_registry.nextServerTransactionId();
}

Reply EppServerHandler::greeting()
{
    return {ResponseWriter::greeting(m_registry.now()), false, 0, -1};
}

QString EppServerHandler::commandName(const XmlElement& root)
{
    if (!root.is(eppNs(), u"epp"))
        return {};
    if (root.child(eppNs(), u"hello"))
        return QStringLiteral("hello");
    const XmlElement* command = root.child(eppNs(), u"command");
    const XmlElement* verb = command ? verbOf(*command) : nullptr;
    if (!verb)
        return {};
    if (verb->ns != eppNs() || !commandVerbs().contains(verb->name))
        return verb->name;
    const XmlElement* object = verb->children.isEmpty() ? nullptr : &verb->children.first();
    if (!object)
        return verb->name;
    return objectPrefix(object->ns) + QLatin1Char(':') + verb->name;
}

Reply EppServerHandler::handle(const QByteArray& document)
{
    m_lastCommand.clear();
    if (m_closed)
        return {{}, true, 0, -1};

    Command command;
    QString error;
    const std::optional<XmlElement> root = epp::parseXml(document, &error);
    if (root)
        command.name = commandName(*root);
    m_lastCommand = command.name;
    const bool isHello = command.name == QLatin1String("hello");
    const Faults::Decision fault = m_faults->take(command.name, isHello);

    Reply reply;
    reply.delayMs = fault.delayMs;
    if (fault.cutAfterBytes >= 0) {
        reply.cutAfterBytes = fault.cutAfterBytes;
        reply.closeAfter = true;
    }

    if (root && isHello) {
        reply.xml = ResponseWriter::greeting(m_registry.now());
        m_closed = reply.closeAfter;
        return reply;
    }

    const XmlElement* commandElement = root ? root->child(eppNs(), u"command") : nullptr;
    if (commandElement) {
        command.clTRID = commandElement->childText(eppNs(), u"clTRID");
        command.verb = verbOf(*commandElement);
        if (command.verb && !command.verb->children.isEmpty())
            command.object = &command.verb->children.first();
        if (const XmlElement* extension = commandElement->child(eppNs(), u"extension")) {
            for (const XmlElement& e : extension->children)
                command.extensions << &e;
        }
    }

    bool close = false;
    if (fault.sessionLimit) {
        reply.xml = respond(command, RegistryResult::error(2502));
        close = true;
    } else if (fault.commandFailed) {
        reply.xml = respond(command, RegistryResult::error(2400));
    } else if (!root) {
        // RFC 5730 section 2: well-formed XML, no DOCTYPE.
        reply.xml = respond(command, syntaxError(error));
    } else if (!root->is(eppNs(), u"epp")) {
        reply.xml = respond(command, syntaxError(QStringLiteral("The root element is not "
                                                                "epp in ") +
                                                 eppNs()));
    } else if (!commandElement || !command.verb) {
        reply.xml = respond(command, syntaxError(QStringLiteral("Expected hello or a command")));
    } else if (!command.clTRID.isNull() &&
               (command.clTRID.size() < 3 || command.clTRID.size() > 64)) {
        command.clTRID.clear(); // not echoed: it would make the response invalid
        reply.xml = respond(command, syntaxError(QStringLiteral("clTRID has 3 to 64 characters")));
    } else {
        reply.xml = dispatch(command, &close);
    }
    reply.closeAfter = reply.closeAfter || close;
    m_closed = reply.closeAfter;
    return reply;
}

QByteArray EppServerHandler::respond(const Command& command, const RegistryResult& result)
{
    ResponseWriter w;
    w.result(result, command.about());
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::dispatch(const Command& command, bool* close)
{
    const XmlElement& verb = *command.verb;
    if (verb.ns != eppNs())
        return respond(command, RegistryResult::error(2000, QStringLiteral("Unknown command")));
    if (verb.name == QLatin1String("login"))
        return login(command, close);
    if (verb.name == QLatin1String("logout")) {
        if (!isLoggedIn())
            return respond(command, RegistryResult::error(2002, QStringLiteral("Not logged in")));
        *close = true;
        m_registrar.clear();
        return respond(command, RegistryResult::success(1500));
    }
    const bool known = verb.name == QLatin1String("poll") || commandVerbs().contains(verb.name);
    if (!known)
        return respond(command, RegistryResult::error(2000, QStringLiteral("Unknown command")));
    if (!isLoggedIn())
        return respond(command,
                       RegistryResult::error(2002, QStringLiteral("Log in before any command")));
    if (verb.name == QLatin1String("poll"))
        return poll(command);

    if (!command.object)
        return respond(command, syntaxError(QStringLiteral("The command names no object")));
    const QString& objectNs = command.object->ns;
    if (!offeredObjects().contains(objectNs))
        return respond(
            command,
            RegistryResult::error(2307, QStringLiteral("Object service not offered: ") + objectNs));
    if (!m_objectUris.contains(objectNs))
        return respond(
            command,
            RegistryResult::error(2002, QStringLiteral("Object service not announced at login: ") +
                                            objectNs));
    if (command.object->name != verb.name)
        return respond(
            command, syntaxError(QStringLiteral("The object element does not match the command")));

    // Extensions: known to the registry, announced at login, meant for this
    // command.
    static const QList<std::pair<QString, QStringList>> allowed = {
        {QStringLiteral("domain:create"),
         {ptDomainNs() + QStringLiteral(" create"), secDnsNs() + QStringLiteral(" create")}},
        {QStringLiteral("domain:update"),
         {ptDomainNs() + QStringLiteral(" update"), secDnsNs() + QStringLiteral(" update")}},
        {QStringLiteral("domain:renew"), {ptDomainNs() + QStringLiteral(" renew")}},
        {QStringLiteral("domain:transfer"), {ptDomainNs() + QStringLiteral(" transfer")}},
        {QStringLiteral("contact:create"), {ptContactNs() + QStringLiteral(" create")}},
        {QStringLiteral("contact:update"), {ptContactNs() + QStringLiteral(" update")}},
    };
    for (const XmlElement* e : command.extensions) {
        if (!offeredExtensions().contains(e->ns))
            return respond(command, RegistryResult::error(
                                        2103, QStringLiteral("Extension not offered: ") + e->ns));
        if (!m_extensionUris.contains(e->ns))
            return respond(command,
                           RegistryResult::error(
                               2002, QStringLiteral("Extension not announced at login: ") + e->ns));
        bool fits = false;
        for (const auto& [name, elements] : allowed)
            fits = fits ||
                   (name == command.name && elements.contains(e->ns + QLatin1Char(' ') + e->name));
        if (!fits)
            return respond(command,
                           syntaxError(QStringLiteral("Extension element ") + e->name +
                                       QStringLiteral(" of ") + e->ns +
                                       QStringLiteral(" does not go with ") + command.name));
    }

    if (objectNs == epp::ns::Host)
        return respond(command,
                       RegistryResult::error(2101, QStringLiteral("Host objects are not offered; "
                                                                  "name servers are host "
                                                                  "attributes (hostAttr)")));
    if (objectNs == contactNs()) {
        if (verb.name == QLatin1String("check"))
            return contactCheck(command);
        if (verb.name == QLatin1String("info"))
            return contactInfo(command);
        if (verb.name == QLatin1String("create"))
            return contactCreate(command);
        if (verb.name == QLatin1String("update"))
            return contactUpdate(command);
        // pt-registry.md 2.2: contact delete and transfer are not available.
        return respond(command,
                       RegistryResult::error(2101, QStringLiteral("contact:") + verb.name +
                                                       QStringLiteral(" is not available at .PT")));
    }
    if (verb.name == QLatin1String("check"))
        return domainCheck(command);
    if (verb.name == QLatin1String("info"))
        return domainInfo(command);
    if (verb.name == QLatin1String("create"))
        return domainCreate(command);
    if (verb.name == QLatin1String("update"))
        return domainUpdate(command);
    if (verb.name == QLatin1String("renew"))
        return domainRenew(command);
    if (verb.name == QLatin1String("transfer"))
        return domainTransfer(command);
    return domainDelete(command);
}

// Session ---------------------------------------------------------------------

QByteArray EppServerHandler::login(const Command& command, bool* close)
{
    const XmlElement& login = *command.verb;
    if (isLoggedIn())
        return respond(command, RegistryResult::error(2002, QStringLiteral("Already logged in")));
    const XmlElement* clID = login.child(eppNs(), u"clID");
    const XmlElement* pw = login.child(eppNs(), u"pw");
    const XmlElement* options = login.child(eppNs(), u"options");
    const XmlElement* svcs = login.child(eppNs(), u"svcs");
    if (!clID || !pw || !options || !svcs)
        return respond(command,
                       syntaxError(QStringLiteral("login needs clID, pw, options and svcs")));
    const QString version = options->childText(eppNs(), u"version");
    if (version != QLatin1String("1.0"))
        return respond(
            command, RegistryResult::error(2100, QStringLiteral("Only EPP version 1.0 is offered"),
                                           {{eppNs(), QStringLiteral("version"), version, {}}}));
    const QString lang = options->childText(eppNs(), u"lang");
    if (lang != QLatin1String("en"))
        return respond(command,
                       RegistryResult::error(2102, QStringLiteral("Only English (en) is offered"),
                                             {{eppNs(), QStringLiteral("lang"), lang, {}}}));

    if (!m_registry.authenticate(clID->text, pw->text)) {
        if (++m_loginFailures >= MaxLoginFailures) {
            *close = true;
            return respond(command,
                           RegistryResult::error(2501, QStringLiteral("Too many failed logins")));
        }
        return respond(command, RegistryResult::error(2200));
    }

    QStringList objects;
    for (const XmlElement* uri : svcs->childrenNamed(eppNs(), u"objURI")) {
        if (!offeredObjects().contains(uri->text))
            return respond(command, RegistryResult::error(
                                        2307, QStringLiteral("Object service not offered"),
                                        {{eppNs(), QStringLiteral("objURI"), uri->text, {}}}));
        objects << uri->text;
    }
    if (objects.isEmpty())
        return respond(command, syntaxError(QStringLiteral("svcs lists at least one objURI")));
    QStringList extensions;
    if (const XmlElement* svcExtension = svcs->child(eppNs(), u"svcExtension")) {
        for (const XmlElement* uri : svcExtension->childrenNamed(eppNs(), u"extURI")) {
            if (!offeredExtensions().contains(uri->text))
                return respond(command, RegistryResult::error(
                                            2103, QStringLiteral("Extension not offered"),
                                            {{eppNs(), QStringLiteral("extURI"), uri->text, {}}}));
            extensions << uri->text;
        }
    }
    const QString newPassword = login.childText(eppNs(), u"newPW");
    if (!newPassword.isEmpty())
        m_registry.changePassword(clID->text, newPassword);
    m_registrar = clID->text;
    m_objectUris = objects;
    m_extensionUris = extensions;
    m_loginFailures = 0;
    return respond(command, RegistryResult::success());
}

QByteArray EppServerHandler::poll(const Command& command)
{
    const QString op = command.verb->attribute(u"op");
    if (op == QLatin1String("req")) {
        const PollMessage* message = m_registry.pollFront(m_registrar);
        ResponseWriter w;
        if (!message) {
            w.result(RegistryResult::success(1300), command.about());
            return w.finish(command.clTRID, svTRID());
        }
        w.result(RegistryResult::success(1301), command.about());
        w.messageQueue(m_registry.pollCount(m_registrar), message->id, message->qDate,
                       message->text);
        if (message->transfer) {
            w.start(eppNs(), QStringLiteral("resData"));
            writeTransfer(w, *message->transfer);
            w.end();
        }
        return w.finish(command.clTRID, svTRID());
    }
    if (op == QLatin1String("ack")) {
        const QString id = command.verb->attribute(u"msgID");
        if (id.isEmpty())
            return respond(command, RegistryResult::error(
                                        2003, QStringLiteral("poll op=\"ack\" needs a msgID")));
        const RegistryResult acked = m_registry.pollAck(m_registrar, id);
        if (!acked.ok())
            return respond(command, acked);
        ResponseWriter w;
        w.result(acked, command.about());
        w.messageQueue(m_registry.pollCount(m_registrar), id.toLongLong());
        return w.finish(command.clTRID, svTRID());
    }
    return respond(command, syntaxError(QStringLiteral("poll op is req or ack")));
}

// Domains ---------------------------------------------------------------------

QByteArray EppServerHandler::domainCheck(const Command& command)
{
    QStringList names;
    for (const XmlElement* name : command.object->childrenNamed(domainNs(), u"name"))
        names << name->text;
    if (names.isEmpty())
        return respond(command, syntaxError(QStringLiteral("domain:check names a domain")));
    ResponseWriter w;
    w.result(RegistryResult::success(), command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(domainNs(), QStringLiteral("chkData"));
    for (const CheckResult& line : m_registry.checkDomains(names)) {
        w.start(domainNs(), QStringLiteral("cd"));
        w.start(domainNs(), QStringLiteral("name"));
        w.attribute(QStringLiteral("avail"),
                    line.available ? QStringLiteral("1") : QStringLiteral("0"));
        w.characters(line.name);
        w.end();
        if (!line.available)
            w.textElement(domainNs(), QStringLiteral("reason"), line.reason);
        w.end();
    }
    w.end();
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::domainInfo(const Command& command)
{
    const QString name = textOf(command.object, domainNs(), QStringLiteral("name"));
    RegistryDomain d;
    const RegistryResult result = m_registry.infoDomain(m_registrar, name, &d);
    if (!result.ok())
        return respond(command, result);

    ResponseWriter w;
    w.result(result, command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(domainNs(), QStringLiteral("infData"));
    w.textElement(domainNs(), QStringLiteral("name"), d.name);
    w.textElement(domainNs(), QStringLiteral("roid"), d.roid);
    for (const QString& status : std::as_const(d.statuses)) {
        w.start(domainNs(), QStringLiteral("status"));
        w.attribute(QStringLiteral("s"), status);
        w.end();
    }
    w.textElement(domainNs(), QStringLiteral("registrant"), d.registrant);
    for (const QString& tech : std::as_const(d.techContacts)) {
        w.start(domainNs(), QStringLiteral("contact"));
        w.attribute(QStringLiteral("type"), QStringLiteral("tech"));
        w.characters(tech);
        w.end();
    }
    if (!d.nameServers.isEmpty()) {
        w.start(domainNs(), QStringLiteral("ns"));
        for (const NameServer& server : std::as_const(d.nameServers)) {
            w.start(domainNs(), QStringLiteral("hostAttr"));
            w.textElement(domainNs(), QStringLiteral("hostName"), server.host);
            for (const QString& address : server.addresses) {
                w.start(domainNs(), QStringLiteral("hostAddr"));
                w.attribute(QStringLiteral("ip"), address.contains(QLatin1Char(':'))
                                                      ? QStringLiteral("v6")
                                                      : QStringLiteral("v4"));
                w.characters(address);
                w.end();
            }
            w.end();
        }
        w.end();
    }
    w.textElement(domainNs(), QStringLiteral("clID"), d.clID);
    w.textElement(domainNs(), QStringLiteral("crID"), d.crID);
    w.textElement(domainNs(), QStringLiteral("crDate"), ResponseWriter::dateTime(d.crDate));
    if (d.upDate.isValid()) {
        if (!d.upID.isEmpty())
            w.textElement(domainNs(), QStringLiteral("upID"), d.upID);
        w.textElement(domainNs(), QStringLiteral("upDate"), ResponseWriter::dateTime(d.upDate));
    }
    w.textElement(domainNs(), QStringLiteral("exDate"), ResponseWriter::dateTime(d.exDate));
    if (d.trDate.isValid())
        w.textElement(domainNs(), QStringLiteral("trDate"), ResponseWriter::dateTime(d.trDate));
    if (!d.authInfo.isEmpty()) {
        w.start(domainNs(), QStringLiteral("authInfo"));
        w.textElement(domainNs(), QStringLiteral("pw"), d.authInfo);
        w.end();
    }
    w.end(); // infData
    w.end(); // resData

    // fact sheet E4: ptdomain:infData, and secDNS:infData when signed; only
    // the extensions the client announced at login (RFC 5730 section 2.9.1.1).
    const bool pt = m_extensionUris.contains(ptDomainNs());
    const bool sec = m_extensionUris.contains(secDnsNs()) && !d.dsRecords.isEmpty();
    if (!pt && !sec)
        return w.finish(command.clTRID, svTRID());
    w.start(eppNs(), QStringLiteral("extension"));
    if (pt) {
        w.start(ptDomainNs(), QStringLiteral("infData"));
        w.textElement(ptDomainNs(), QStringLiteral("legitimacy"), QStringLiteral("X"));
        w.textElement(ptDomainNs(), QStringLiteral("registration_basis"), QStringLiteral("X"));
        w.textElement(ptDomainNs(), QStringLiteral("autoRenew"), boolText(d.autoRenew));
        w.textElement(ptDomainNs(), QStringLiteral("Arbitration"), boolText(d.arbitration));
        w.textElement(ptDomainNs(), QStringLiteral("ownerConf"), boolText(d.ownerConf));
        w.textElement(ptDomainNs(), QStringLiteral("rl"), boolText(d.registryLock));
        w.end();
    }
    if (sec) {
        w.start(secDnsNs(), QStringLiteral("infData"));
        for (const DsRecord& ds : std::as_const(d.dsRecords)) {
            w.start(secDnsNs(), QStringLiteral("dsData"));
            w.textElement(secDnsNs(), QStringLiteral("keyTag"), QString::number(ds.keyTag));
            w.textElement(secDnsNs(), QStringLiteral("alg"), QString::number(ds.algorithm));
            w.textElement(secDnsNs(), QStringLiteral("digestType"), QString::number(ds.digestType));
            w.textElement(secDnsNs(), QStringLiteral("digest"), ds.digest);
            w.end();
        }
        w.end();
    }
    w.end(); // extension
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::domainCreate(const Command& command)
{
    const XmlElement* o = command.object;
    DomainCreate request;
    request.name = textOf(o, domainNs(), QStringLiteral("name"));
    request.registrant = textOf(o, domainNs(), QStringLiteral("registrant"));
    request.contacts = readContacts(o);
    request.authInfo = pwOf(o, domainNs());
    const XmlElement* pt = command.extension(ptDomainNs(), QStringLiteral("create"));
    for (const RegistryResult& read :
         {readPeriod(o, &request.period),
          readNameServers(o->child(domainNs(), u"ns"), &request.nameServers,
                          &request.usesHostObjects),
          readDsRecords(command.extension(secDnsNs(), QStringLiteral("create")),
                        &request.dsRecords),
          readFlag(pt, QStringLiteral("autoRenew"), &request.autoRenew),
          readFlag(pt, QStringLiteral("Arbitration"), &request.arbitration),
          readFlag(pt, QStringLiteral("ownerConf"), &request.ownerConf)}) {
        if (!read.ok())
            return respond(command, read);
    }

    RegistryDomain created;
    const RegistryResult result = m_registry.createDomain(m_registrar, request, &created);
    if (!result.ok())
        return respond(command, result);
    ResponseWriter w;
    w.result(result, command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(domainNs(), QStringLiteral("creData"));
    w.textElement(domainNs(), QStringLiteral("name"), created.name);
    w.textElement(domainNs(), QStringLiteral("crDate"), ResponseWriter::dateTime(created.crDate));
    w.textElement(domainNs(), QStringLiteral("exDate"), ResponseWriter::dateTime(created.exDate));
    w.end();
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::domainUpdate(const Command& command)
{
    const XmlElement* o = command.object;
    DomainUpdate request;
    request.name = textOf(o, domainNs(), QStringLiteral("name"));
    const XmlElement* add = o->child(domainNs(), u"add");
    const XmlElement* rem = o->child(domainNs(), u"rem");
    const XmlElement* chg = o->child(domainNs(), u"chg");
    request.addContacts = readContacts(add);
    request.removeContacts = readContacts(rem);
    request.addStatuses = readStatuses(add, domainNs());
    request.removeStatuses = readStatuses(rem, domainNs());
    if (chg) {
        if (const XmlElement* registrant = chg->child(domainNs(), u"registrant"))
            request.newRegistrant = registrant->text;
        if (chg->child(domainNs(), u"authInfo"))
            request.newAuthInfo = pwOf(chg, domainNs());
    }
    QList<NameServer> removed;
    const XmlElement* pt = command.extension(ptDomainNs(), QStringLiteral("update"));
    const XmlElement* sec = command.extension(secDnsNs(), QStringLiteral("update"));
    const XmlElement* secRem = sec ? sec->child(secDnsNs(), u"rem") : nullptr;
    if (secRem) {
        if (const XmlElement* all = secRem->child(secDnsNs(), u"all"))
            request.removeAllDsRecords = epp::parseXmlBoolean(all->text).value_or(false);
    }
    for (const RegistryResult& read :
         {readNameServers(add ? add->child(domainNs(), u"ns") : nullptr, &request.addNameServers,
                          &request.usesHostObjects),
          readNameServers(rem ? rem->child(domainNs(), u"ns") : nullptr, &removed,
                          &request.usesHostObjects),
          readDsRecords(secRem, &request.removeDsRecords),
          readDsRecords(sec ? sec->child(secDnsNs(), u"add") : nullptr, &request.addDsRecords),
          readFlag(pt, QStringLiteral("autoRenew"), &request.autoRenew),
          readFlag(pt, QStringLiteral("Arbitration"), &request.arbitration),
          readFlag(pt, QStringLiteral("ownerConf"), &request.ownerConf)}) {
        if (!read.ok())
            return respond(command, read);
    }
    for (const NameServer& server : std::as_const(removed))
        request.removeNameServers << server.host;
    return respond(command, m_registry.updateDomain(m_registrar, request));
}

QByteArray EppServerHandler::domainRenew(const Command& command)
{
    const XmlElement* o = command.object;
    DomainRenew request;
    request.name = textOf(o, domainNs(), QStringLiteral("name"));
    request.curExpDate = textOf(o, domainNs(), QStringLiteral("curExpDate"));
    const XmlElement* pt = command.extension(ptDomainNs(), QStringLiteral("renew"));
    for (const RegistryResult& read :
         {readPeriod(o, &request.period),
          readFlag(pt, QStringLiteral("autoRenew"), &request.autoRenew)}) {
        if (!read.ok())
            return respond(command, read);
    }
    QDateTime exDate;
    const RegistryResult result = m_registry.renewDomain(m_registrar, request, &exDate);
    if (!result.ok())
        return respond(command, result);
    ResponseWriter w;
    w.result(result, command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(domainNs(), QStringLiteral("renData"));
    w.textElement(domainNs(), QStringLiteral("name"), m_registry.domain(request.name)->name);
    w.textElement(domainNs(), QStringLiteral("exDate"), ResponseWriter::dateTime(exDate));
    w.end();
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::domainTransfer(const Command& command)
{
    const QString op = command.verb->attribute(u"op");
    const QString name = textOf(command.object, domainNs(), QStringLiteral("name"));
    const QString authInfo = pwOf(command.object, domainNs());
    TransferRecord record;
    RegistryResult result;
    if (op == QLatin1String("request")) {
        DomainTransfer request{name, authInfo, {}};
        const RegistryResult flag =
            readFlag(command.extension(ptDomainNs(), QStringLiteral("transfer")),
                     QStringLiteral("autoRenew"), &request.autoRenew);
        if (!flag.ok())
            return respond(command, flag);
        result = m_registry.transferDomain(m_registrar, request, &record);
    } else if (op == QLatin1String("query")) {
        result = m_registry.transferQuery(m_registrar, name, authInfo, &record);
    } else if (op == QLatin1String("approve") || op == QLatin1String("reject") ||
               op == QLatin1String("cancel")) {
        // Transfers complete at once (pt-registry.md 3.4): nothing is ever
        // pending.
        result = m_registry.domain(name)
                     ? RegistryResult::error(2301, QStringLiteral("Transfers are "
                                                                  "approved at once; "
                                                                  "none is pending"))
                     : RegistryResult::error(2303);
    } else {
        return respond(command,
                       syntaxError(QStringLiteral("transfer op is request, query, approve, "
                                                  "reject or cancel")));
    }
    if (!result.ok())
        return respond(command, result);
    ResponseWriter w;
    w.result(result, command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    writeTransfer(w, record);
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::domainDelete(const Command& command)
{
    return respond(command, m_registry.deleteDomain(m_registrar, textOf(command.object, domainNs(),
                                                                        QStringLiteral("name"))));
}

// Contacts --------------------------------------------------------------------

QByteArray EppServerHandler::contactCheck(const Command& command)
{
    QStringList ids;
    for (const XmlElement* id : command.object->childrenNamed(contactNs(), u"id"))
        ids << id->text;
    if (ids.isEmpty())
        return respond(command, syntaxError(QStringLiteral("contact:check names a contact")));
    ResponseWriter w;
    w.result(RegistryResult::success(), command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(contactNs(), QStringLiteral("chkData"));
    for (const CheckResult& line : m_registry.checkContacts(ids)) {
        w.start(contactNs(), QStringLiteral("cd"));
        w.start(contactNs(), QStringLiteral("id"));
        w.attribute(QStringLiteral("avail"),
                    line.available ? QStringLiteral("1") : QStringLiteral("0"));
        w.characters(line.name);
        w.end();
        if (!line.available)
            w.textElement(contactNs(), QStringLiteral("reason"), line.reason);
        w.end();
    }
    w.end();
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::contactInfo(const Command& command)
{
    const QString id = textOf(command.object, contactNs(), QStringLiteral("id"));
    RegistryContact c;
    const RegistryResult result = m_registry.infoContact(m_registrar, id, &c);
    if (!result.ok())
        return respond(command, result);
    ResponseWriter w;
    w.result(result, command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(contactNs(), QStringLiteral("infData"));
    w.textElement(contactNs(), QStringLiteral("id"), c.id);
    w.textElement(contactNs(), QStringLiteral("roid"), c.roid);
    for (const QString& status : std::as_const(c.statuses)) {
        w.start(contactNs(), QStringLiteral("status"));
        w.attribute(QStringLiteral("s"), status);
        w.end();
    }
    w.start(contactNs(), QStringLiteral("postalInfo"));
    w.attribute(QStringLiteral("type"), QStringLiteral("int"));
    w.textElement(contactNs(), QStringLiteral("name"), c.name);
    if (!c.organisation.isEmpty())
        w.textElement(contactNs(), QStringLiteral("org"), c.organisation);
    w.start(contactNs(), QStringLiteral("addr"));
    for (const QString& street : std::as_const(c.address.street))
        w.textElement(contactNs(), QStringLiteral("street"), street);
    w.textElement(contactNs(), QStringLiteral("city"), c.address.city);
    if (!c.address.province.isEmpty())
        w.textElement(contactNs(), QStringLiteral("sp"), c.address.province);
    if (!c.address.postcode.isEmpty())
        w.textElement(contactNs(), QStringLiteral("pc"), c.address.postcode);
    w.textElement(contactNs(), QStringLiteral("cc"), c.address.countryCode);
    w.end(); // addr
    w.end(); // postalInfo
    if (!c.voice.isEmpty())
        w.textElement(contactNs(), QStringLiteral("voice"), c.voice);
    if (!c.fax.isEmpty())
        w.textElement(contactNs(), QStringLiteral("fax"), c.fax);
    w.textElement(contactNs(), QStringLiteral("email"), c.email);
    w.textElement(contactNs(), QStringLiteral("clID"), c.clID);
    w.textElement(contactNs(), QStringLiteral("crID"), c.crID);
    w.textElement(contactNs(), QStringLiteral("crDate"), ResponseWriter::dateTime(c.crDate));
    if (c.upDate.isValid()) {
        if (!c.upID.isEmpty())
            w.textElement(contactNs(), QStringLiteral("upID"), c.upID);
        w.textElement(contactNs(), QStringLiteral("upDate"), ResponseWriter::dateTime(c.upDate));
    }
    if (!c.authInfo.isEmpty()) {
        w.start(contactNs(), QStringLiteral("authInfo"));
        w.textElement(contactNs(), QStringLiteral("pw"), c.authInfo);
        w.end();
    }
    w.end(); // infData
    w.end(); // resData
    if (!m_extensionUris.contains(ptContactNs()))
        return w.finish(command.clTRID, svTRID());
    w.start(eppNs(), QStringLiteral("extension"));
    w.start(ptContactNs(), QStringLiteral("infData"));
    w.textElement(ptContactNs(), QStringLiteral("vat"), c.vat);
    if (!c.mobile.isEmpty())
        w.textElement(ptContactNs(), QStringLiteral("mobile"), c.mobile);
    w.end();
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::contactCreate(const Command& command)
{
    const XmlElement* o = command.object;
    ContactCreate request;
    request.requestedId = textOf(o, contactNs(), QStringLiteral("id"));
    const XmlElement* postal = postalInfoOf(o, &request.postalType);
    if (!postal)
        return respond(command, syntaxError(QStringLiteral("contact:create needs postalInfo")));
    request.name = textOf(postal, contactNs(), QStringLiteral("name"));
    request.organisation = textOf(postal, contactNs(), QStringLiteral("org"));
    request.address = readAddress(postal->child(contactNs(), u"addr"));
    request.voice = textOf(o, contactNs(), QStringLiteral("voice"));
    request.fax = textOf(o, contactNs(), QStringLiteral("fax"));
    request.email = textOf(o, contactNs(), QStringLiteral("email"));
    request.authInfo = pwOf(o, contactNs());
    const XmlElement* pt = command.extension(ptContactNs(), QStringLiteral("create"));
    request.vat = textOf(pt, ptContactNs(), QStringLiteral("vat"));
    request.mobile = textOf(pt, ptContactNs(), QStringLiteral("mobile"));

    RegistryContact created;
    const RegistryResult result = m_registry.createContact(m_registrar, request, &created);
    if (!result.ok())
        return respond(command, result);
    ResponseWriter w;
    w.result(result, command.about());
    w.start(eppNs(), QStringLiteral("resData"));
    w.start(contactNs(), QStringLiteral("creData"));
    w.textElement(contactNs(), QStringLiteral("id"), created.id);
    w.textElement(contactNs(), QStringLiteral("crDate"), ResponseWriter::dateTime(created.crDate));
    w.end();
    w.end();
    return w.finish(command.clTRID, svTRID());
}

QByteArray EppServerHandler::contactUpdate(const Command& command)
{
    const XmlElement* o = command.object;
    ContactUpdate request;
    request.id = textOf(o, contactNs(), QStringLiteral("id"));
    request.addStatuses = readStatuses(o->child(contactNs(), u"add"), contactNs());
    request.removeStatuses = readStatuses(o->child(contactNs(), u"rem"), contactNs());
    if (const XmlElement* chg = o->child(contactNs(), u"chg")) {
        if (const XmlElement* postal = postalInfoOf(chg, &request.postalType)) {
            if (const XmlElement* name = postal->child(contactNs(), u"name"))
                request.name = name->text;
            if (const XmlElement* org = postal->child(contactNs(), u"org"))
                request.organisation = org->text;
            if (const XmlElement* addr = postal->child(contactNs(), u"addr"))
                request.address = readAddress(addr);
        }
        if (const XmlElement* voice = chg->child(contactNs(), u"voice"))
            request.voice = voice->text;
        if (const XmlElement* fax = chg->child(contactNs(), u"fax"))
            request.fax = fax->text;
        if (const XmlElement* email = chg->child(contactNs(), u"email"))
            request.email = email->text;
        if (chg->child(contactNs(), u"authInfo"))
            request.authInfo = pwOf(chg, contactNs());
    }
    if (const XmlElement* pt = command.extension(ptContactNs(), QStringLiteral("update"))) {
        if (const XmlElement* mobile = pt->child(ptContactNs(), u"mobile"))
            request.mobile = mobile->text;
    }
    return respond(command, m_registry.updateContact(m_registrar, request));
}

} // namespace rd::sandbox
