#include "EppServerHandler.h"
#include "RegistryState.h"

#include "TestDatabase.h"
#include "epp/EppCommands.h"
#include "epp/EppNamespaces.h"
#include "epp/EppResponse.h"
#include "epp/EppXml.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace rd;
using namespace rd::sandbox;
using rd::epp::XmlElement;

Q_DECLARE_METATYPE(rd::sandbox::FaultRule)

namespace {

const QString Us = RegistryState::defaultRegistrar();
const QString UsPw = RegistryState::defaultPassword();
const QString Them = RegistryState::otherRegistrar();
const QString ThemPw = RegistryState::otherPassword();

const QString Holder = QStringLiteral("MSLV-482913-ADNS");
const QString NewHolder = QStringLiteral("JCRZ-771204-ADNS");
const QString Tech = QStringLiteral("RGEX-100200-ADNS");

const QString EppNs = epp::ns::Epp.toString();
const QString DomainNs = epp::ns::Domain.toString();
const QString ContactNs = epp::ns::Contact.toString();
const QString SecDnsNs = epp::ns::SecDns.toString();
const QString PtDomainNs = epp::ns::PtDomain.toString();
const QString PtContactNs = epp::ns::PtContact.toString();

const QString schemaDriver = QStringLiteral(RD_EPP_SCHEMAS "/epp-pt-driver.xsd");

// What xmllint says of a response against the RFC schemas and the project's
// .PT ones; empty when it is valid. Two known departures of the registry are
// set right first: its ROIDs are plain digits (pt-registry.md 2.3), which the
// RFC roidType refuses, and its reason for a taken contact id (2.2) is longer
// than the 32 characters of reasonType.
QString schemaErrors(const QByteArray& document)
{
    QString text = QString::fromUtf8(document);
    static const QRegularExpression roid(QStringLiteral("(<(domain|contact):roid>)([0-9]+)<"));
    text.replace(roid, QStringLiteral("\\1\\3-PT<"));
    text.replace(QStringLiteral("The Nic-Handle is already in use in the system."),
                 QStringLiteral("The Nic-Handle is in use."));
    QProcess xmllint;
    xmllint.start(QStandardPaths::findExecutable(QStringLiteral("xmllint")),
                  {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                   schemaDriver, QStringLiteral("-")});
    if (!xmllint.waitForStarted(10000))
        return QStringLiteral("xmllint did not start: ") + xmllint.errorString();
    xmllint.write(text.toUtf8());
    xmllint.closeWriteChannel();
    if (!xmllint.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    if (xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0)
        return {};
    return QString::fromUtf8(xmllint.readAllStandardError()) + QStringLiteral("\n---\n") + text;
}

// A response read back with the EPP element tree.
struct Answer
{
    Reply reply;
    XmlElement root;
    QString schema; // xmllint's complaints; empty when valid

    const XmlElement* response() const { return root.child(EppNs, u"response"); }
    const XmlElement* result() const
    {
        return response() ? response()->child(EppNs, u"result") : nullptr;
    }
    int code() const { return result() ? result()->attribute(u"code").toInt() : 0; }
    QString msg() const { return result() ? result()->childText(EppNs, u"msg") : QString(); }
    QString reason() const
    {
        const XmlElement* ext = result() ? result()->child(EppNs, u"extValue") : nullptr;
        return ext ? ext->childText(EppNs, u"reason") : QString();
    }
    // The element inside the first value or extValue/value.
    const XmlElement* value() const
    {
        if (!result())
            return nullptr;
        const XmlElement* holder = result()->child(EppNs, u"value");
        if (const XmlElement* ext = result()->child(EppNs, u"extValue"))
            holder = ext->child(EppNs, u"value");
        return holder && !holder->children.isEmpty() ? &holder->children.first() : nullptr;
    }
    const XmlElement* resData(const QString& ns, const QString& name) const
    {
        const XmlElement* data = response() ? response()->child(EppNs, u"resData") : nullptr;
        return data ? data->child(ns, name) : nullptr;
    }
    const XmlElement* extension(const QString& ns, const QString& name) const
    {
        const XmlElement* ext = response() ? response()->child(EppNs, u"extension") : nullptr;
        return ext ? ext->child(ns, name) : nullptr;
    }
    const XmlElement* msgQ() const
    {
        return response() ? response()->child(EppNs, u"msgQ") : nullptr;
    }
    QString clTRID() const
    {
        const XmlElement* trID = response() ? response()->child(EppNs, u"trID") : nullptr;
        return trID ? trID->childText(EppNs, u"clTRID") : QString();
    }
    QString svTRID() const
    {
        const XmlElement* trID = response() ? response()->child(EppNs, u"trID") : nullptr;
        return trID ? trID->childText(EppNs, u"svTRID") : QString();
    }
};

Answer read(const Reply& reply)
{
    Answer answer;
    answer.reply = reply;
    QString error;
    const std::optional<XmlElement> root = epp::parseXml(reply.xml, &error);
    if (!root)
        qFatal("the handler wrote XML the parser refuses: %s", qPrintable(error));
    answer.root = *root;
    answer.schema = schemaErrors(reply.xml);
    return answer;
}

// A command in unusual clothes: EPP under the prefix "e", object elements
// under whatever prefix the row chooses.
QByteArray command(const QString& body, const QString& clTRID = QStringLiteral("ABC-0001"),
                   const QString& extension = {})
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<e:epp xmlns:e=\"urn:ietf:params:xml:ns:epp-1.0\">"
                                 "<e:command>") +
                  body;
    if (!extension.isEmpty())
        xml += QStringLiteral("<e:extension>") + extension + QStringLiteral("</e:extension>");
    if (!clTRID.isEmpty())
        xml += QStringLiteral("<e:clTRID>") + clTRID + QStringLiteral("</e:clTRID>");
    xml += QStringLiteral("</e:command></e:epp>");
    return xml.toUtf8();
}

QStringList defaultObjects()
{
    return {ContactNs, DomainNs, epp::ns::Host.toString()};
}

QStringList defaultExtensions()
{
    return {PtContactNs, PtDomainNs, SecDnsNs};
}

QByteArray loginXml(const QString& clID, const QString& pw,
                    const QStringList& objects = defaultObjects(),
                    const QStringList& extensions = defaultExtensions(),
                    const QString& version = QStringLiteral("1.0"),
                    const QString& lang = QStringLiteral("en"))
{
    QString body = QStringLiteral("<e:login><e:clID>") + clID + QStringLiteral("</e:clID><e:pw>") +
                   pw.toHtmlEscaped() + QStringLiteral("</e:pw><e:options><e:version>") + version +
                   QStringLiteral("</e:version><e:lang>") + lang +
                   QStringLiteral("</e:lang></e:options><e:svcs>");
    for (const QString& uri : objects)
        body += QStringLiteral("<e:objURI>") + uri + QStringLiteral("</e:objURI>");
    if (!extensions.isEmpty()) {
        body += QStringLiteral("<e:svcExtension>");
        for (const QString& uri : extensions)
            body += QStringLiteral("<e:extURI>") + uri + QStringLiteral("</e:extURI>");
        body += QStringLiteral("</e:svcExtension>");
    }
    body += QStringLiteral("</e:svcs></e:login>");
    return command(body, QStringLiteral("LOGIN-0001"));
}

RegistryContact person(const QString& id, const QString& name, const QString& vat,
                       const QString& sponsor)
{
    RegistryContact c;
    c.id = id;
    c.roid = QStringLiteral("882104");
    c.name = name;
    c.address.street = {QStringLiteral("Avenida da Liberdade, 45, 3.º Esq.")};
    c.address.city = QStringLiteral("Lisboa");
    c.address.postcode = QStringLiteral("1250-140");
    c.voice = QStringLiteral("+351.213000111");
    c.email = QStringLiteral("miguel.silva@exemplo.pt");
    c.vat = vat;
    c.mobile = QStringLiteral("+351.961234567");
    c.clID = sponsor;
    c.crID = sponsor;
    c.crDate = test::utc("2021-06-14T10:20:02Z");
    c.authInfo = QStringLiteral("Ct-9Jc-2025");
    return c;
}

// The registry of the fact sheet's examples, at 2025-03-10T09:15:02Z.
struct Sandbox
{
    FixedClock clock{test::utc("2025-03-10T09:15:02Z")};
    RegistryState state{clock};
    Faults faults;
    EppServerHandler session{state, &faults};

    Sandbox()
    {
        state.insertContact(
            person(Holder, QStringLiteral("Miguel Silva"), QStringLiteral("PT123456789"), Us));
        state.insertContact(
            person(NewHolder, QStringLiteral("Joana Cruz"), QStringLiteral("PT512345678"), Us));
        state.insertContact(
            person(Tech, QStringLiteral("Registo Exemplo"), QStringLiteral("PT501964843"), Us));
        RegistryDomain padaria;
        padaria.name = QStringLiteral("padaria-lusitana.pt");
        padaria.roid = QStringLiteral("3158842");
        padaria.registrant = Holder;
        padaria.techContacts = {Tech};
        padaria.nameServers = {{QStringLiteral("ns1.padaria-lusitana.pt"),
                                {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8:10::53")}},
                               {QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
        padaria.dsRecords = {{20873, 13, 2,
                              QStringLiteral("6F3A0C5E2B9D41A7C8E05B7D3F1294AE6C0B8D2F7A5E3C1"
                                             "B9D4F6A8E0C2B7D5F")}};
        padaria.clID = Us;
        padaria.crID = Us;
        padaria.upID = Us;
        padaria.crDate = test::utc("2021-06-14T10:22:31Z");
        padaria.upDate = test::utc("2024-11-02T08:05:12Z");
        padaria.exDate = test::utc("2026-06-14T23:59:59Z");
        padaria.authInfo = QStringLiteral("Kx7-padaria-91");
        padaria.autoRenew = true;
        padaria.arbitration = true;
        state.insertDomain(padaria);
        RegistryDomain cafe = padaria;
        cafe.name = QStringLiteral("cafe-do-largo.pt");
        cafe.roid = QStringLiteral("3158843");
        cafe.nameServers = {{QStringLiteral("ns1.alojamento-exemplo.net"), {}},
                            {QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
        cafe.dsRecords.clear();
        cafe.clID = Them;
        cafe.authInfo = QStringLiteral("Tr4nsf-Largo-55");
        state.insertDomain(cafe);
    }

    Answer send(EppServerHandler& handler, const QByteArray& xml)
    {
        return read(handler.handle(xml));
    }
    Answer send(const QByteArray& xml) { return send(session, xml); }
    void login()
    {
        const Answer answer = send(loginXml(Us, UsPw));
        if (answer.code() != 1000)
            qFatal("login failed: %d", answer.code());
    }
};

#define VERIFY_SCHEMA(answer) QVERIFY2((answer).schema.isEmpty(), qPrintable((answer).schema))

} // namespace

class tst_EppServerHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void greeting();
    void login_data();
    void login();
    void loginFailuresCloseTheSession();
    void commandsNeedALogin_data();
    void commandsNeedALogin();
    void logout();
    void refusedDocuments_data();
    void refusedDocuments();
    void prefixesDoNotMatter();
    void domainCheck();
    void domainInfo();
    void domainCreate();
    void domainCreateRefusals_data();
    void domainCreateRefusals();
    void extensionsMustBeAnnounced();
    void domainUpdateAndOwnerChange();
    void domainRenew();
    void transferAndPoll();
    void domainDelete();
    void contacts();
    void contactRefusals_data();
    void contactRefusals();
    void transactionIds();
    void faults_data();
    void faults();
    void sharedFaultsAndHello();
    void deskCodecRoundTrip();
};

void tst_EppServerHandler::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        QFAIL("xmllint is missing: install libxml2-utils (scripts/install-deps.sh does)");
    QVERIFY2(QFile::exists(schemaDriver), qPrintable(schemaDriver));
}

void tst_EppServerHandler::greeting()
{
    Sandbox s;
    for (const Answer& answer :
         {read(s.session.greeting()),
          s.send(QByteArrayLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>")),
          s.send(QByteArrayLiteral("<x:epp xmlns:x=\"urn:ietf:params:xml:ns:epp-1.0\"><x:hello/>"
                                   "</x:epp>"))}) {
        VERIFY_SCHEMA(answer);
        QVERIFY(!answer.reply.closeAfter);
        const XmlElement* greeting = answer.root.child(EppNs, u"greeting");
        QVERIFY(greeting);
        QCOMPARE(greeting->childText(EppNs, u"svID"), QStringLiteral("DNS.PT EPP Server"));
        QCOMPARE(greeting->childText(EppNs, u"svDate"), QStringLiteral("2025-03-10T09:15:02Z"));
        const XmlElement* menu = greeting->child(EppNs, u"svcMenu");
        QCOMPARE(menu->childText(EppNs, u"version"), QStringLiteral("1.0"));
        QCOMPARE(menu->childText(EppNs, u"lang"), QStringLiteral("en"));
        QStringList objects;
        for (const XmlElement* uri : menu->childrenNamed(EppNs, u"objURI"))
            objects << uri->text;
        QCOMPARE(objects, defaultObjects());
        QStringList extensions;
        for (const XmlElement* uri :
             menu->child(EppNs, u"svcExtension")->childrenNamed(EppNs, u"extURI"))
            extensions << uri->text;
        QCOMPARE(extensions, defaultExtensions());
        QVERIFY(greeting->child(EppNs, u"dcp"));
        // The desk's own parser reads it.
        const std::optional<epp::EppGreeting> parsed = epp::parseGreeting(answer.reply.xml);
        QVERIFY(parsed);
        QCOMPARE(parsed->extensionUris, defaultExtensions());
    }
    QVERIFY(!s.session.isLoggedIn());
}

void tst_EppServerHandler::login_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("loggedIn");

    QTest::newRow("E2") << loginXml(Us, UsPw) << 1000 << true;
    QTest::newRow("the other registrar") << loginXml(Them, ThemPw) << 1000 << true;
    QTest::newRow("no extensions") << loginXml(Us, UsPw, defaultObjects(), {}) << 1000 << true;
    QTest::newRow("domain only") << loginXml(Us, UsPw, {DomainNs}, {PtDomainNs}) << 1000 << true;
    QTest::newRow("wrong password") << loginXml(Us, ThemPw) << 2200 << false;
    QTest::newRow("unknown registrar")
        << loginXml(QStringLiteral("ninguem"), UsPw) << 2200 << false;
    QTest::newRow("version 2.0") << loginXml(Us, UsPw, defaultObjects(), defaultExtensions(),
                                             QStringLiteral("2.0"))
                                 << 2100 << false;
    QTest::newRow("lang pt") << loginXml(Us, UsPw, defaultObjects(), defaultExtensions(),
                                         QStringLiteral("1.0"), QStringLiteral("pt"))
                             << 2102 << false;
    QTest::newRow("unknown object")
        << loginXml(Us, UsPw, {DomainNs, QStringLiteral("urn:ietf:params:xml:ns:org-1.0")}, {})
        << 2307 << false;
    QTest::newRow("rgp not offered")
        << loginXml(Us, UsPw, defaultObjects(),
                    {PtDomainNs, QStringLiteral("urn:ietf:params:xml:ns:rgp-1.0")})
        << 2103 << false;
    QTest::newRow("legacy FCCN extension")
        << loginXml(Us, UsPw, defaultObjects(),
                    {QStringLiteral("http://www.dns.pt/xml/epp/ptdomain-1.0")})
        << 2103 << false;
    QTest::newRow("no svcs")
        << command(QStringLiteral("<e:login><e:clID>regexemplo01</e:clID><e:pw>x</e:pw>"
                                  "<e:options><e:version>1.0</e:version><e:lang>en</e:lang>"
                                  "</e:options></e:login>"),
                   QStringLiteral("LOGIN-0001"))
        << 2001 << false;
}

void tst_EppServerHandler::login()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, code);
    QFETCH(bool, loggedIn);

    Sandbox s;
    const Answer answer = s.send(xml);
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), code);
    QCOMPARE(s.session.isLoggedIn(), loggedIn);
    QVERIFY(!answer.reply.closeAfter);
    QCOMPARE(answer.clTRID(), QStringLiteral("LOGIN-0001"));
    if (code == 1000) {
        QCOMPARE(answer.msg(), QStringLiteral("Command completed successfully"));
        // A second login in the same session is a use error.
        QCOMPARE(s.send(xml).code(), 2002);
    }
    if (code == 2307 || code == 2103 || code == 2100 || code == 2102) {
        QVERIFY(!answer.reason().isEmpty());
        QVERIFY(answer.value());
    }
}

void tst_EppServerHandler::loginFailuresCloseTheSession()
{
    Sandbox s;
    QCOMPARE(s.send(loginXml(Us, QStringLiteral("errada1"))).code(), 2200);
    QCOMPARE(s.send(loginXml(Us, QStringLiteral("errada2"))).code(), 2200);
    const Answer third = s.send(loginXml(Us, QStringLiteral("errada3")));
    VERIFY_SCHEMA(third);
    QCOMPARE(third.code(), 2501);
    QCOMPARE(third.msg(), QStringLiteral("Authentication error; server closing connection"));
    QVERIFY(third.reply.closeAfter);
    QVERIFY(s.session.isClosed());
    // Nothing more is answered on a closed session.
    const Reply after = s.session.handle(loginXml(Us, UsPw));
    QVERIFY(after.xml.isEmpty());
    QVERIFY(after.closeAfter);

    // A success in between starts the count again.
    Sandbox t;
    QCOMPARE(t.send(loginXml(Us, QStringLiteral("errada1"))).code(), 2200);
    QCOMPARE(t.send(loginXml(Us, QStringLiteral("errada2"))).code(), 2200);
    QCOMPARE(t.send(loginXml(Us, UsPw)).code(), 1000);
    QVERIFY(!t.session.isClosed());
}

void tst_EppServerHandler::commandsNeedALogin_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("domain check") << command(
        QStringLiteral("<e:check><d:check xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                       "<d:name>exemplo.pt</d:name></d:check></e:check>"));
    QTest::newRow("poll") << command(QStringLiteral("<e:poll op=\"req\"/>"));
    QTest::newRow("logout") << command(QStringLiteral("<e:logout/>"));
    QTest::newRow("contact info") << command(
        QStringLiteral("<e:info><c:info xmlns:c=\"urn:ietf:params:xml:ns:contact-1.0\">"
                       "<c:id>MSLV-482913-ADNS</c:id></c:info></e:info>"));
}

void tst_EppServerHandler::commandsNeedALogin()
{
    QFETCH(QByteArray, xml);
    Sandbox s;
    const Answer answer = s.send(xml);
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), 2002);
    QCOMPARE(answer.msg(), QStringLiteral("Command use error"));
    QVERIFY(!answer.reply.closeAfter);
}

void tst_EppServerHandler::logout()
{
    Sandbox s;
    s.login();
    const Answer answer = s.send(command(QStringLiteral("<e:logout/>"), QStringLiteral("HD-0017")));
    VERIFY_SCHEMA(answer);
    // E17.
    QCOMPARE(answer.code(), 1500);
    QCOMPARE(answer.msg(), QStringLiteral("Command completed successfully; ending session"));
    QCOMPARE(answer.clTRID(), QStringLiteral("HD-0017"));
    QVERIFY(answer.reply.closeAfter);
    QVERIFY(!s.session.isLoggedIn());
    QVERIFY(s.session.isClosed());
}

void tst_EppServerHandler::refusedDocuments_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("code");

    QTest::newRow("DOCTYPE")
        << QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x \"regexemplo01\">]>"
                             "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>")
        << 2001;
    QTest::newRow("external entity")
        << QByteArrayLiteral(
               "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
               "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><logout/>"
               "<clTRID>&x;</clTRID></command></epp>")
        << 2001;
    QTest::newRow("not well formed")
        << QByteArrayLiteral(
               "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><logout></command></epp>")
        << 2001;
    QTest::newRow("truncated") << command(QStringLiteral("<e:logout/>")).left(60) << 2001;
    QTest::newRow("empty") << QByteArray() << 2001;
    QTest::newRow("epp in another namespace")
        << QByteArrayLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-0.4\"><hello/></epp>")
        << 2001;
    QTest::newRow("no namespace") << QByteArrayLiteral("<epp><hello/></epp>") << 2001;
    QTest::newRow("a response")
        << QByteArrayLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response/></epp>")
        << 2001;
    QTest::newRow("empty command") << command(QString()) << 2001;
    QTest::newRow("unknown command") << command(QStringLiteral("<e:frobnicate/>")) << 2000;
    QTest::newRow("command in another namespace")
        << command(QStringLiteral("<x:check xmlns:x=\"urn:example:other\"/>")) << 2000;
    QTest::newRow("clTRID too short")
        << command(QStringLiteral("<e:logout/>"), QStringLiteral("ab")) << 2001;
}

void tst_EppServerHandler::refusedDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, code);
    Sandbox s;
    s.login();
    const Answer answer = s.send(xml);
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), code);
    QVERIFY(!answer.reply.closeAfter);
    QVERIFY(!answer.svTRID().isEmpty());
    if (code == 2001)
        QVERIFY(!answer.reason().isEmpty());
    QVERIFY(s.session.isLoggedIn()); // the session goes on
    QVERIFY(!answer.reply.xml.contains("root:"));
}

void tst_EppServerHandler::prefixesDoNotMatter()
{
    Sandbox s;
    s.login();
    // Default namespaces switched per element, and a misleading prefix.
    const QByteArray defaults = QByteArrayLiteral(
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><check>"
        "<check xmlns=\"urn:ietf:params:xml:ns:domain-1.0\"><name>padaria-lusitana.pt</name>"
        "</check></check><clTRID xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">DEF-0001</clTRID>"
        "</command></epp>");
    const Answer byDefault = s.send(defaults);
    VERIFY_SCHEMA(byDefault);
    QCOMPARE(byDefault.code(), 1000);
    QCOMPARE(byDefault.clTRID(), QStringLiteral("DEF-0001"));
    QVERIFY(byDefault.resData(DomainNs, QStringLiteral("chkData")));

    const QByteArray misleading = command(
        QStringLiteral("<e:check><domain:check xmlns:domain=\"urn:ietf:params:xml:ns:contact-1.0\">"
                       "<domain:id>MSLV-482913-ADNS</domain:id></domain:check></e:check>"));
    const Answer asContact = s.send(misleading);
    VERIFY_SCHEMA(asContact);
    QCOMPARE(asContact.code(), 1000);
    QVERIFY(asContact.resData(ContactNs, QStringLiteral("chkData")));
    QVERIFY(!asContact.resData(DomainNs, QStringLiteral("chkData")));

    const QByteArray wrongUri = command(
        QStringLiteral("<e:check><domain:check xmlns:domain=\"urn:ietf:params:xml:ns:domain-0.9\">"
                       "<domain:name>padaria-lusitana.pt</domain:name></domain:check></e:check>"));
    const Answer unknown = s.send(wrongUri);
    VERIFY_SCHEMA(unknown);
    QCOMPARE(unknown.code(), 2307);
}

void tst_EppServerHandler::domainCheck()
{
    Sandbox s;
    s.login();
    // E3.
    const Answer answer = s.send(command(
        QStringLiteral("<e:check><dom:check xmlns:dom=\"urn:ietf:params:xml:ns:domain-1.0\">"
                       "<dom:name>padaria-lusitana.pt</dom:name>"
                       "<dom:name>xn--aores-turismo-igb.pt</dom:name>"
                       "<dom:name>nova.org.pt</dom:name></dom:check></e:check>"),
        QStringLiteral("HD-20250310-0002")));
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), 1000);
    const XmlElement* chk = answer.resData(DomainNs, QStringLiteral("chkData"));
    QVERIFY(chk);
    const QList<const XmlElement*> cds = chk->childrenNamed(DomainNs, u"cd");
    QCOMPARE(cds.size(), 3);
    QCOMPARE(cds.at(0)->childText(DomainNs, u"name"), QStringLiteral("padaria-lusitana.pt"));
    QCOMPARE(cds.at(0)->child(DomainNs, u"name")->attribute(u"avail"), QStringLiteral("0"));
    QCOMPARE(cds.at(0)->childText(DomainNs, u"reason"),
             QStringLiteral("Domain name already exists."));
    QCOMPARE(cds.at(1)->child(DomainNs, u"name")->attribute(u"avail"), QStringLiteral("1"));
    QVERIFY(!cds.at(1)->child(DomainNs, u"reason"));
    QCOMPARE(cds.at(2)->child(DomainNs, u"name")->attribute(u"avail"), QStringLiteral("0"));
    QCOMPARE(answer.clTRID(), QStringLiteral("HD-20250310-0002"));
}

void tst_EppServerHandler::domainInfo()
{
    Sandbox s;
    s.login();
    const QByteArray info = command(
        QStringLiteral("<e:info><d:info xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                       "<d:name hosts=\"all\">padaria-lusitana.pt</d:name></d:info></e:info>"));
    // E4.
    const Answer answer = s.send(info);
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), 1000);
    const XmlElement* inf = answer.resData(DomainNs, QStringLiteral("infData"));
    QVERIFY(inf);
    QCOMPARE(inf->childText(DomainNs, u"name"), QStringLiteral("padaria-lusitana.pt"));
    QCOMPARE(inf->childText(DomainNs, u"roid"), QStringLiteral("3158842"));
    QCOMPARE(inf->child(DomainNs, u"status")->attribute(u"s"), QStringLiteral("ok"));
    QCOMPARE(inf->childText(DomainNs, u"registrant"), Holder);
    QCOMPARE(inf->child(DomainNs, u"contact")->attribute(u"type"), QStringLiteral("tech"));
    QCOMPARE(inf->childText(DomainNs, u"contact"), Tech);
    const QList<const XmlElement*> hosts =
        inf->child(DomainNs, u"ns")->childrenNamed(DomainNs, u"hostAttr");
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(0)->childText(DomainNs, u"hostName"),
             QStringLiteral("ns1.padaria-lusitana.pt"));
    const QList<const XmlElement*> glue = hosts.at(0)->childrenNamed(DomainNs, u"hostAddr");
    QCOMPARE(glue.size(), 2);
    QCOMPARE(glue.at(0)->attribute(u"ip"), QStringLiteral("v4"));
    QCOMPARE(glue.at(0)->text, QStringLiteral("192.0.2.10"));
    QCOMPARE(glue.at(1)->attribute(u"ip"), QStringLiteral("v6"));
    QCOMPARE(inf->childText(DomainNs, u"clID"), Us);
    QCOMPARE(inf->childText(DomainNs, u"crDate"), QStringLiteral("2021-06-14T10:22:31Z"));
    QCOMPARE(inf->childText(DomainNs, u"upDate"), QStringLiteral("2024-11-02T08:05:12Z"));
    QCOMPARE(inf->childText(DomainNs, u"exDate"), QStringLiteral("2026-06-14T23:59:59Z"));
    QVERIFY(!inf->child(DomainNs, u"trDate"));
    QCOMPARE(inf->child(DomainNs, u"authInfo")->childText(DomainNs, u"pw"),
             QStringLiteral("Kx7-padaria-91"));
    const XmlElement* pt = answer.extension(PtDomainNs, QStringLiteral("infData"));
    QVERIFY(pt);
    QCOMPARE(pt->childText(PtDomainNs, u"legitimacy"), QStringLiteral("X"));
    QCOMPARE(pt->childText(PtDomainNs, u"autoRenew"), QStringLiteral("true"));
    QCOMPARE(pt->childText(PtDomainNs, u"Arbitration"), QStringLiteral("true"));
    QCOMPARE(pt->childText(PtDomainNs, u"ownerConf"), QStringLiteral("false"));
    QCOMPARE(pt->childText(PtDomainNs, u"rl"), QStringLiteral("false"));
    const XmlElement* sec = answer.extension(SecDnsNs, QStringLiteral("infData"));
    QVERIFY(sec);
    QCOMPARE(sec->child(SecDnsNs, u"dsData")->childText(SecDnsNs, u"keyTag"),
             QStringLiteral("20873"));

    // Another registrar sees it without the auth code; an unknown name is 2303.
    EppServerHandler other(s.state);
    QCOMPARE(s.send(other, loginXml(Them, ThemPw)).code(), 1000);
    const Answer foreign = s.send(other, info);
    QCOMPARE(foreign.code(), 1000);
    QVERIFY(!foreign.resData(DomainNs, QStringLiteral("infData"))->child(DomainNs, u"authInfo"));
    const Answer missing = s.send(
        command(QStringLiteral("<e:info><d:info xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                               "<d:name>nao-existe.pt</d:name></d:info></e:info>")));
    VERIFY_SCHEMA(missing);
    QCOMPARE(missing.code(), 2303);
    QCOMPARE(missing.msg(), QStringLiteral("Object does not exist"));
    // Unsigned domains carry no secDNS block.
    const Answer cafe = s.send(
        command(QStringLiteral("<e:info><d:info xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                               "<d:name>cafe-do-largo.pt</d:name></d:info></e:info>")));
    QVERIFY(cafe.extension(PtDomainNs, QStringLiteral("infData")));
    QVERIFY(!cafe.extension(SecDnsNs, QStringLiteral("infData")));

    // A session that announced no extension gets none back.
    EppServerHandler plain(s.state);
    QCOMPARE(s.send(plain, loginXml(Us, UsPw, defaultObjects(), {})).code(), 1000);
    const Answer bare = s.send(plain, info);
    VERIFY_SCHEMA(bare);
    QCOMPARE(bare.code(), 1000);
    QVERIFY(!bare.response()->child(EppNs, u"extension"));
    const Answer contact = s.send(
        plain,
        command(QStringLiteral("<e:info><c:info xmlns:c=\"urn:ietf:params:xml:ns:contact-1.0\">"
                               "<c:id>MSLV-482913-ADNS</c:id></c:info></e:info>")));
    QCOMPARE(contact.code(), 1000);
    QVERIFY(!contact.response()->child(EppNs, u"extension"));
}

namespace {

QString createBody(const QString& name, const QString& period = QStringLiteral("1"),
                   const QString& contacts =
                       QStringLiteral("<d:contact type=\"tech\">RGEX-100200-ADNS</d:contact>"),
                   const QString& ns = QStringLiteral(
                       "<d:ns><d:hostAttr><d:hostName>ns1.alojamento-exemplo.net</d:hostName>"
                       "</d:hostAttr><d:hostAttr><d:hostName>ns2.alojamento-exemplo.net"
                       "</d:hostName></d:hostAttr></d:ns>"))
{
    return QStringLiteral("<e:create><d:create xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                          "<d:name>") +
           name + QStringLiteral("</d:name><d:period unit=\"y\">") + period +
           QStringLiteral("</d:period>") + ns +
           QStringLiteral("<d:registrant>MSLV-482913-ADNS</d:registrant>") + contacts +
           QStringLiteral("<d:authInfo><d:pw>Az0r-2025-tur</d:pw></d:authInfo>"
                          "</d:create></e:create>");
}

QString ptCreate(const QString& autoRenew = QStringLiteral("true"))
{
    return QStringLiteral("<p:create xmlns:p=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
                          "<p:autoRenew>") +
           autoRenew +
           QStringLiteral("</p:autoRenew><p:Arbitration>true</p:Arbitration>"
                          "<p:ownerConf>false</p:ownerConf></p:create>");
}

} // namespace

void tst_EppServerHandler::domainCreate()
{
    Sandbox s;
    s.login();
    // E5, with a DS record.
    const QString ds = QStringLiteral(
        "<s:create xmlns:s=\"urn:ietf:params:xml:ns:secDNS-1.1\"><s:dsData>"
        "<s:keyTag>41522</s:keyTag><s:alg>13</s:alg><s:digestType>2</s:digestType>"
        "<s:digest>A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90</s:digest>"
        "</s:dsData></s:create>");
    const Answer answer = s.send(command(createBody(QStringLiteral("xn--aores-turismo-igb.pt")),
                                         QStringLiteral("HD-20250310-0004"), ptCreate() + ds));
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), 1000);
    const XmlElement* cre = answer.resData(DomainNs, QStringLiteral("creData"));
    QVERIFY(cre);
    QCOMPARE(cre->childText(DomainNs, u"name"), QStringLiteral("xn--aores-turismo-igb.pt"));
    QCOMPARE(cre->childText(DomainNs, u"crDate"), QStringLiteral("2025-03-10T09:15:02Z"));
    QCOMPARE(cre->childText(DomainNs, u"exDate"), QStringLiteral("2026-03-10T09:15:02Z"));
    const RegistryDomain* created = s.state.domain(QStringLiteral("xn--aores-turismo-igb.pt"));
    QVERIFY(created);
    QVERIFY(created->autoRenew);
    QVERIFY(created->arbitration);
    QCOMPARE(created->dsRecords.size(), 1);
    QCOMPARE(created->authInfo, QStringLiteral("Az0r-2025-tur"));
    QCOMPARE(created->clID, Us);

    // E18b: the name again.
    const Answer again = s.send(command(createBody(QStringLiteral("xn--aores-turismo-igb.pt")),
                                        QStringLiteral("HD-20250310-0021"), ptCreate()));
    VERIFY_SCHEMA(again);
    QCOMPARE(again.code(), 2302);
    QCOMPARE(again.msg(), QStringLiteral("Object exists"));
    QCOMPARE(again.reason(), QStringLiteral("Domain name already registered"));
    QVERIFY(again.value()->is(DomainNs, u"name"));
    QCOMPARE(again.value()->text, QStringLiteral("xn--aores-turismo-igb.pt"));
}

void tst_EppServerHandler::domainCreateRefusals_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("valueElement");

    const QString free = QStringLiteral("livraria-exemplo.pt");
    QTest::newRow("E18e: 2 years")
        << createBody(free, QStringLiteral("2")) << ptCreate() << 2306 << QStringLiteral("period");
    QTest::newRow("period not a number")
        << createBody(free, QStringLiteral("um")) << ptCreate() << 2005 << QStringLiteral("period");
    QTest::newRow("admin contact")
        << createBody(free, QStringLiteral("1"),
                      QStringLiteral("<d:contact type=\"admin\">RGEX-100200-ADNS</d:contact>"))
        << ptCreate() << 2306 << QStringLiteral("contact");
    QTest::newRow("no tech") << createBody(free, QStringLiteral("1"), QString()) << ptCreate()
                             << 2003 << QStringLiteral("name");
    QTest::newRow("host objects")
        << createBody(free, QStringLiteral("1"),
                      QStringLiteral("<d:contact type=\"tech\">RGEX-100200-ADNS</d:contact>"),
                      QStringLiteral("<d:ns><d:hostObj>ns1.exemplo.net</d:hostObj>"
                                     "<d:hostObj>ns2.exemplo.net</d:hostObj></d:ns>"))
        << ptCreate() << 2102 << QStringLiteral("name");
    QTest::newRow("glue address of the wrong family")
        << createBody(free, QStringLiteral("1"),
                      QStringLiteral("<d:contact type=\"tech\">RGEX-100200-ADNS</d:contact>"),
                      QStringLiteral("<d:ns><d:hostAttr><d:hostName>ns1.livraria-exemplo.pt"
                                     "</d:hostName><d:hostAddr ip=\"v6\">192.0.2.1</d:hostAddr>"
                                     "</d:hostAttr><d:hostAttr><d:hostName>ns2.exemplo.net"
                                     "</d:hostName></d:hostAttr></d:ns>"))
        << ptCreate() << 2005 << QStringLiteral("hostAddr");
    QTest::newRow("U-label") << createBody(QStringLiteral("ação.pt")) << ptCreate() << 2005
                             << QStringLiteral("name");
    QTest::newRow("one letter") << createBody(QStringLiteral("a.pt")) << ptCreate() << 2306
                                << QStringLiteral("name");
    QTest::newRow("reserved") << createBody(QStringLiteral("lisboa.pt")) << ptCreate() << 2308
                              << QStringLiteral("name");
    QTest::newRow("autoRenew not a boolean") << createBody(free) << ptCreate(QStringLiteral("sim"))
                                             << 2005 << QStringLiteral("autoRenew");
    QTest::newRow("DNSSEC key data")
        << createBody(free)
        << ptCreate() + QStringLiteral("<s:create xmlns:s=\"urn:ietf:params:xml:ns:secDNS-1.1\">"
                                       "<s:keyData><s:flags>257</s:flags><s:protocol>3"
                                       "</s:protocol><s:alg>13</s:alg><s:pubKey>AQPJ</s:pubKey>"
                                       "</s:keyData></s:create>")
        << 2102 << QStringLiteral("name");
    QTest::newRow("legacy ptdomain:info on create")
        << createBody(free)
        << QStringLiteral("<p:info xmlns:p=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
                          "<p:roid>1</p:roid></p:info>")
        << 2001 << QStringLiteral("name");
    QTest::newRow("rgp extension")
        << createBody(free)
        << QStringLiteral("<r:update xmlns:r=\"urn:ietf:params:xml:ns:rgp-1.0\">"
                          "<r:restore op=\"request\"/></r:update>")
        << 2103 << QStringLiteral("name");
}

void tst_EppServerHandler::domainCreateRefusals()
{
    QFETCH(QString, body);
    QFETCH(QString, extension);
    QFETCH(int, code);
    QFETCH(QString, valueElement);

    Sandbox s;
    s.login();
    const int before = s.state.domainCount();
    const Answer answer = s.send(command(body, QStringLiteral("HD-20250310-0024"), extension));
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), code);
    QCOMPARE(s.state.domainCount(), before);
    QVERIFY2(!answer.reason().isEmpty(), answer.reply.xml.constData());
    QVERIFY(answer.value());
    QCOMPARE(answer.value()->name, valueElement);
    if (code == 2306 && valueElement == QLatin1String("period")) {
        // E18e exactly.
        QCOMPARE(answer.reason(), QStringLiteral("Allowed periods are 1, 3 or 5 years"));
        QCOMPARE(answer.value()->ns, DomainNs);
        QCOMPARE(answer.value()->attribute(u"unit"), QStringLiteral("y"));
        QCOMPARE(answer.value()->text, QStringLiteral("2"));
        QCOMPARE(answer.msg(), QStringLiteral("Parameter value policy error"));
    }
}

void tst_EppServerHandler::extensionsMustBeAnnounced()
{
    Sandbox s;
    QCOMPARE(s.send(loginXml(Us, UsPw, {DomainNs}, {})).code(), 1000);
    const Answer withPt = s.send(command(createBody(QStringLiteral("livraria-exemplo.pt")),
                                         QStringLiteral("EXT-0001"), ptCreate()));
    VERIFY_SCHEMA(withPt);
    QCOMPARE(withPt.code(), 2002);
    QVERIFY(withPt.reason().contains(PtDomainNs));
    // Without the extension the command goes through.
    QCOMPARE(s.send(command(createBody(QStringLiteral("livraria-exemplo.pt")))).code(), 1000);
    // Contacts were not announced either.
    const Answer contact = s.send(
        command(QStringLiteral("<e:info><c:info xmlns:c=\"urn:ietf:params:xml:ns:contact-1.0\">"
                               "<c:id>MSLV-482913-ADNS</c:id></c:info></e:info>")));
    QCOMPARE(contact.code(), 2002);
    // Host objects are announced by the greeting but not offered.
    Sandbox t;
    t.login();
    const Answer host = t.send(
        command(QStringLiteral("<e:check><h:check xmlns:h=\"urn:ietf:params:xml:ns:host-1.0\">"
                               "<h:name>ns1.exemplo.pt</h:name></h:check></e:check>")));
    VERIFY_SCHEMA(host);
    QCOMPARE(host.code(), 2101);
}

void tst_EppServerHandler::domainUpdateAndOwnerChange()
{
    Sandbox s;
    s.login();
    // E7: name servers and the auto-renew flag.
    const Answer e7 = s.send(command(
        QStringLiteral("<e:update><d:update xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                       "<d:name>padaria-lusitana.pt</d:name><d:add><d:ns><d:hostAttr><d:hostName>"
                       "ns3.alojamento-exemplo.net</d:hostName></d:hostAttr></d:ns></d:add>"
                       "<d:rem><d:ns><d:hostAttr><d:hostName>ns1.padaria-lusitana.pt</d:hostName>"
                       "</d:hostAttr></d:ns></d:rem></d:update></e:update>"),
        QStringLiteral("HD-20250310-0006"),
        QStringLiteral("<pt:update xmlns:pt=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
                       "<pt:autoRenew>false</pt:autoRenew></pt:update>")));
    VERIFY_SCHEMA(e7);
    QCOMPARE(e7.code(), 1000);
    const RegistryDomain* d = s.state.domain(QStringLiteral("padaria-lusitana.pt"));
    QCOMPARE(d->nameServers.size(), 2);
    QCOMPARE(d->nameServers.last().host, QStringLiteral("ns3.alojamento-exemplo.net"));
    QVERIFY(!d->autoRenew);

    // E8: a DNSSEC key roll.
    const Answer e8 = s.send(command(
        QStringLiteral("<e:update><d:update xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                       "<d:name>padaria-lusitana.pt</d:name></d:update></e:update>"),
        QStringLiteral("HD-20250310-0007"),
        QStringLiteral("<s:update xmlns:s=\"urn:ietf:params:xml:ns:secDNS-1.1\"><s:rem><s:dsData>"
                       "<s:keyTag>20873</s:keyTag><s:alg>13</s:alg><s:digestType>2</s:digestType>"
                       "<s:digest>6F3A0C5E2B9D41A7C8E05B7D3F1294AE6C0B8D2F7A5E3C1B9D4F6A8E0C2B7D5F"
                       "</s:digest></s:dsData></s:rem><s:add><s:dsData><s:keyTag>41522</s:keyTag>"
                       "<s:alg>13</s:alg><s:digestType>2</s:digestType><s:digest>"
                       "A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90</s:digest>"
                       "</s:dsData></s:add></s:update>")));
    VERIFY_SCHEMA(e8);
    QCOMPARE(e8.code(), 1000);
    QCOMPARE(d->dsRecords.size(), 1);
    QCOMPARE(d->dsRecords.first().keyTag, 41522);

    // E9: the owner change is pending (1001) until both holders accept.
    const QByteArray e9 =
        command(QStringLiteral("<e:update><d:update xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                               "<d:name>padaria-lusitana.pt</d:name><d:chg><d:registrant>"
                               "JCRZ-771204-ADNS</d:registrant></d:chg></d:update></e:update>"),
                QStringLiteral("HD-20250310-0008"),
                QStringLiteral("<pt:update xmlns:pt=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
                               "<pt:ownerConf>true</pt:ownerConf></pt:update>"));
    const Answer pending = s.send(e9);
    VERIFY_SCHEMA(pending);
    QCOMPARE(pending.code(), 1001);
    QCOMPARE(pending.msg(), QStringLiteral("Command completed successfully; action pending"));

    // E18d: any update now meets pendingUpdate.
    const Answer blocked = s.send(e9);
    VERIFY_SCHEMA(blocked);
    QCOMPARE(blocked.code(), 2304);
    QCOMPARE(blocked.msg(), QStringLiteral("Object status prohibits operation"));
    QVERIFY(blocked.value()->is(DomainNs, u"status"));
    QCOMPARE(blocked.value()->attribute(u"s"), QStringLiteral("pendingUpdate"));
    const Answer info = s.send(
        command(QStringLiteral("<e:info><d:info xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                               "<d:name>padaria-lusitana.pt</d:name></d:info></e:info>")));
    QCOMPARE(info.resData(DomainNs, QStringLiteral("infData"))
                 ->child(DomainNs, u"status")
                 ->attribute(u"s"),
             QStringLiteral("pendingUpdate"));
    QCOMPARE(info.resData(DomainNs, QStringLiteral("infData"))->childText(DomainNs, u"registrant"),
             Holder);

    // Both accept; E15: the poll message says so.
    s.clock.advanceSecs(3600);
    QCOMPARE(s.state
                 .ownerChangeDecision(QStringLiteral("padaria-lusitana.pt"),
                                      OwnerChangeParty::Current, OwnerChangeDecision::Accept)
                 .code,
             1000);
    QCOMPARE(s.state
                 .ownerChangeDecision(QStringLiteral("padaria-lusitana.pt"), OwnerChangeParty::New,
                                      OwnerChangeDecision::Accept)
                 .code,
             1000);
    QCOMPARE(d->registrant, NewHolder);
    const Answer poll =
        s.send(command(QStringLiteral("<e:poll op=\"req\"/>"), QStringLiteral("HD-20250310-0014")));
    VERIFY_SCHEMA(poll);
    QCOMPARE(poll.code(), 1301);
    QCOMPARE(poll.msgQ()->attribute(u"count"), QStringLiteral("1"));
    QCOMPARE(poll.msgQ()->childText(EppNs, u"msg"),
             QStringLiteral("Owner change of padaria-lusitana.pt approved by both registrants"));
    QCOMPARE(poll.msgQ()->childText(EppNs, u"qDate"), QStringLiteral("2025-03-10T10:15:02Z"));
    QVERIFY(!poll.response()->child(EppNs, u"resData"));
    QCOMPARE(s.send(e9).code(), 2306); // already the registrant

    // Another registrar may not touch it.
    EppServerHandler other(s.state);
    QCOMPARE(s.send(other, loginXml(Them, ThemPw)).code(), 1000);
    const Answer foreign = s.send(other, e9);
    VERIFY_SCHEMA(foreign);
    QCOMPARE(foreign.code(), 2201);
    QCOMPARE(foreign.msg(), QStringLiteral("Authorization error"));
}

void tst_EppServerHandler::domainRenew()
{
    Sandbox s;
    s.login();
    const auto renew = [&](const QString& date, const QString& years) {
        return s.send(command(
            QStringLiteral("<e:renew><d:renew xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                           "<d:name>padaria-lusitana.pt</d:name><d:curExpDate>") +
                date + QStringLiteral("</d:curExpDate><d:period unit=\"y\">") + years +
                QStringLiteral("</d:period></d:renew></e:renew>"),
            QStringLiteral("HD-20250310-0005"),
            QStringLiteral("<pt:renew xmlns:pt=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
                           "<pt:autoRenew>true</pt:autoRenew></pt:renew>")));
    };
    const Answer wrongDate = renew(QStringLiteral("2026-06-13"), QStringLiteral("3"));
    VERIFY_SCHEMA(wrongDate);
    QCOMPARE(wrongDate.code(), 2306);
    QVERIFY(wrongDate.value()->is(DomainNs, u"curExpDate"));
    QVERIFY(wrongDate.reason().contains(QStringLiteral("2026-06-14")));
    const Answer twoYears = renew(QStringLiteral("2026-06-14"), QStringLiteral("2"));
    QCOMPARE(twoYears.code(), 2306);
    // E6.
    const Answer e6 = renew(QStringLiteral("2026-06-14"), QStringLiteral("3"));
    VERIFY_SCHEMA(e6);
    QCOMPARE(e6.code(), 1000);
    const XmlElement* ren = e6.resData(DomainNs, QStringLiteral("renData"));
    QCOMPARE(ren->childText(DomainNs, u"name"), QStringLiteral("padaria-lusitana.pt"));
    QCOMPARE(ren->childText(DomainNs, u"exDate"), QStringLiteral("2029-06-14T23:59:59Z"));
    // The old date no longer matches.
    QCOMPARE(renew(QStringLiteral("2026-06-14"), QStringLiteral("1")).code(), 2306);
}

void tst_EppServerHandler::transferAndPoll()
{
    Sandbox s;
    s.login();
    EppServerHandler loser(s.state);
    QCOMPARE(s.send(loser, loginXml(Them, ThemPw)).code(), 1000);
    const auto transfer = [&](EppServerHandler& session, const QString& op, const QString& pw) {
        return s.send(
            session,
            command(
                QStringLiteral("<e:transfer op=\"") + op +
                    QStringLiteral("\"><d:transfer xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                                   "<d:name>cafe-do-largo.pt</d:name><d:authInfo><d:pw>") +
                    pw + QStringLiteral("</d:pw></d:authInfo></d:transfer></e:transfer>"),
                QStringLiteral("HD-20250310-0009"),
                op == QLatin1String("request")
                    ? QStringLiteral("<p:transfer xmlns:p=\"http://eppdev.dns.pt/schemas/"
                                     "ptdomain-1.0\"><p:autoRenew>true</p:autoRenew></p:transfer>")
                    : QString()));
    };
    // E18a: a wrong code.
    const Answer wrong = transfer(s.session, QStringLiteral("request"), QStringLiteral("errado"));
    VERIFY_SCHEMA(wrong);
    QCOMPARE(wrong.code(), 2201);

    // E10: serverApproved at once.
    s.clock.set(test::utc("2025-03-10T09:20:03Z"));
    const Answer e10 =
        transfer(s.session, QStringLiteral("request"), QStringLiteral("Tr4nsf-Largo-55"));
    VERIFY_SCHEMA(e10);
    QCOMPARE(e10.code(), 1000);
    const XmlElement* trn = e10.resData(DomainNs, QStringLiteral("trnData"));
    QCOMPARE(trn->childText(DomainNs, u"name"), QStringLiteral("cafe-do-largo.pt"));
    QCOMPARE(trn->childText(DomainNs, u"trStatus"), QStringLiteral("serverApproved"));
    QCOMPARE(trn->childText(DomainNs, u"reID"), Us);
    QCOMPARE(trn->childText(DomainNs, u"acID"), Us);
    QCOMPARE(trn->childText(DomainNs, u"reDate"), QStringLiteral("2025-03-10T09:20:03Z"));
    QCOMPARE(s.state.domain(QStringLiteral("cafe-do-largo.pt"))->clID, Us);

    // The same code a second time, by anyone: E18a.
    QCOMPARE(transfer(loser, QStringLiteral("request"), QStringLiteral("Tr4nsf-Largo-55")).code(),
             2201);
    // Query works for both sides; approve has nothing to act on.
    const Answer query = transfer(loser, QStringLiteral("query"), QString());
    VERIFY_SCHEMA(query);
    QCOMPARE(query.code(), 1000);
    QCOMPARE(query.resData(DomainNs, QStringLiteral("trnData"))->childText(DomainNs, u"trStatus"),
             QStringLiteral("serverApproved"));
    const Answer approve = transfer(s.session, QStringLiteral("approve"), QString());
    VERIFY_SCHEMA(approve);
    QCOMPARE(approve.code(), 2301);

    // E14: the losing registrar's poll queue.
    s.clock.set(test::utc("2025-03-10T10:00:00Z"));
    const Answer e14 = s.send(
        loser, command(QStringLiteral("<e:poll op=\"req\"/>"), QStringLiteral("HD-20250310-0013")));
    VERIFY_SCHEMA(e14);
    QCOMPARE(e14.code(), 1301);
    QCOMPARE(e14.msg(), QStringLiteral("Command completed successfully; ack to dequeue"));
    QCOMPARE(e14.msgQ()->attribute(u"count"), QStringLiteral("1"));
    const QString id = e14.msgQ()->attribute(u"id");
    QVERIFY(!id.isEmpty());
    QCOMPARE(e14.msgQ()->childText(EppNs, u"qDate"), QStringLiteral("2025-03-10T09:20:03Z"));
    QCOMPARE(e14.msgQ()->childText(EppNs, u"msg"),
             QStringLiteral("Domain transferred away: cafe-do-largo.pt"));
    const XmlElement* away = e14.resData(DomainNs, QStringLiteral("trnData"));
    QVERIFY(away);
    QCOMPARE(away->childText(DomainNs, u"acID"), Us);
    // Polling again shows the same message until it is acked.
    QCOMPARE(
        s.send(loser, command(QStringLiteral("<e:poll op=\"req\"/>"))).msgQ()->attribute(u"id"),
        id);
    // The winner has nothing.
    const Answer empty = s.send(command(QStringLiteral("<e:poll op=\"req\"/>")));
    VERIFY_SCHEMA(empty);
    QCOMPARE(empty.code(), 1300);
    QCOMPARE(empty.msg(), QStringLiteral("Command completed successfully; no messages"));
    QVERIFY(!empty.msgQ());

    // E16: ack, then the queue is empty.
    const Answer wrongAck =
        s.send(loser, command(QStringLiteral("<e:poll op=\"ack\" msgID=\"1\"/>")));
    VERIFY_SCHEMA(wrongAck);
    QCOMPARE(wrongAck.code(), 2303);
    const Answer noId = s.send(loser, command(QStringLiteral("<e:poll op=\"ack\"/>")));
    QCOMPARE(noId.code(), 2003);
    const Answer e16 = s.send(
        loser, command(QStringLiteral("<e:poll op=\"ack\" msgID=\"") + id + QStringLiteral("\"/>"),
                       QStringLiteral("HD-20250310-0015")));
    VERIFY_SCHEMA(e16);
    QCOMPARE(e16.code(), 1000);
    QCOMPARE(e16.msgQ()->attribute(u"count"), QStringLiteral("0"));
    QCOMPARE(e16.msgQ()->attribute(u"id"), id);
    QCOMPARE(s.send(loser, command(QStringLiteral("<e:poll op=\"req\"/>"))).code(), 1300);
    QCOMPARE(s.send(loser, command(QStringLiteral("<e:poll op=\"peek\"/>"))).code(), 2001);
}

void tst_EppServerHandler::domainDelete()
{
    Sandbox s;
    s.login();
    const QString body =
        QStringLiteral("<e:delete><d:delete xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
                       "<d:name>%1</d:name></d:delete></e:delete>");
    const Answer foreign = s.send(command(body.arg(QStringLiteral("cafe-do-largo.pt"))));
    VERIFY_SCHEMA(foreign);
    QCOMPARE(foreign.code(), 2201);
    const Answer done = s.send(command(body.arg(QStringLiteral("padaria-lusitana.pt"))));
    VERIFY_SCHEMA(done);
    QCOMPARE(done.code(), 1000);
    QVERIFY(!s.state.domain(QStringLiteral("padaria-lusitana.pt")));
    QCOMPARE(s.send(command(body.arg(QStringLiteral("padaria-lusitana.pt")))).code(), 2303);
}

namespace {

QString contactCreateBody(const QString& postalType = QStringLiteral("int"))
{
    return QStringLiteral("<e:create><k:create xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                          "<k:id>JCRZ-771204-ADNS</k:id><k:postalInfo type=\"") +
           postalType +
           QStringLiteral("\"><k:name>Joana Cruz</k:name><k:org>Padaria Lusitana, Lda.</k:org>"
                          "<k:addr><k:street>Rua das Flores, 120</k:street><k:city>Porto"
                          "</k:city><k:pc>4050-262</k:pc><k:cc>PT</k:cc></k:addr>"
                          "</k:postalInfo><k:voice>+351.223456789</k:voice>"
                          "<k:email>joana.cruz@padaria-lusitana.pt</k:email>"
                          "<k:authInfo><k:pw>Ct-9Jc-2025</k:pw></k:authInfo>"
                          "</k:create></e:create>");
}

QString ptContact(const QString& vat)
{
    return QStringLiteral("<x:create xmlns:x=\"http://eppdev.dns.pt/schemas/ptcontact-1.0\">"
                          "<x:vat>") +
           vat + QStringLiteral("</x:vat><x:mobile>+351.912345678</x:mobile></x:create>");
}

} // namespace

void tst_EppServerHandler::contacts()
{
    Sandbox s;
    s.login();
    // E11: the registry allocates the NIC-handle.
    const Answer e11 = s.send(command(contactCreateBody(), QStringLiteral("HD-20250310-0010"),
                                      ptContact(QStringLiteral("PT512345678"))));
    VERIFY_SCHEMA(e11);
    QCOMPARE(e11.code(), 1000);
    const XmlElement* cre = e11.resData(ContactNs, QStringLiteral("creData"));
    const QString id = cre->childText(ContactNs, u"id");
    QVERIFY2(QRegularExpression(QStringLiteral("^JOAN-[0-9]{6}-ADNS$")).match(id).hasMatch(),
             qPrintable(id));
    QCOMPARE(cre->childText(ContactNs, u"crDate"), QStringLiteral("2025-03-10T09:15:02Z"));

    // E12.
    const Answer e12 = s.send(
        command(QStringLiteral("<e:info><k:info xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                               "<k:id>") +
                    id + QStringLiteral("</k:id></k:info></e:info>"),
                QStringLiteral("HD-20250310-0011")));
    VERIFY_SCHEMA(e12);
    QCOMPARE(e12.code(), 1000);
    const XmlElement* inf = e12.resData(ContactNs, QStringLiteral("infData"));
    QCOMPARE(inf->childText(ContactNs, u"id"), id);
    QCOMPARE(inf->child(ContactNs, u"status")->attribute(u"s"), QStringLiteral("ok"));
    const XmlElement* postal = inf->child(ContactNs, u"postalInfo");
    QCOMPARE(postal->attribute(u"type"), QStringLiteral("int"));
    QCOMPARE(postal->childText(ContactNs, u"name"), QStringLiteral("Joana Cruz"));
    QCOMPARE(postal->child(ContactNs, u"addr")->childText(ContactNs, u"pc"),
             QStringLiteral("4050-262"));
    QCOMPARE(inf->childText(ContactNs, u"email"), QStringLiteral("joana.cruz@padaria-lusitana.pt"));
    QCOMPARE(inf->childText(ContactNs, u"clID"), Us);
    const XmlElement* pt = e12.extension(PtContactNs, QStringLiteral("infData"));
    QCOMPARE(pt->childText(PtContactNs, u"vat"), QStringLiteral("PT512345678"));
    QCOMPARE(pt->childText(PtContactNs, u"mobile"), QStringLiteral("+351.912345678"));
    // UTF-8 survives: E12's address.
    const Answer holder = s.send(
        command(QStringLiteral("<e:info><k:info xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                               "<k:id>MSLV-482913-ADNS</k:id></k:info></e:info>")));
    VERIFY_SCHEMA(holder);
    QCOMPARE(holder.resData(ContactNs, QStringLiteral("infData"))
                 ->child(ContactNs, u"postalInfo")
                 ->child(ContactNs, u"addr")
                 ->childText(ContactNs, u"street"),
             QStringLiteral("Avenida da Liberdade, 45, 3.º Esq."));
    QCOMPARE(holder.resData(ContactNs, QStringLiteral("infData"))
                 ->childrenNamed(ContactNs, u"status")
                 .size(),
             2); // ok, linked

    // E13.
    const Answer e13 = s.send(command(
        QStringLiteral("<e:update><k:update xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                       "<k:id>MSLV-482913-ADNS</k:id><k:chg><k:voice>+351.213000222</k:voice>"
                       "<k:email>m.silva@exemplo.pt</k:email></k:chg></k:update></e:update>"),
        QStringLiteral("HD-20250310-0012"),
        QStringLiteral("<x:update xmlns:x=\"http://eppdev.dns.pt/schemas/ptcontact-1.0\">"
                       "<x:mobile>+351.969876543</x:mobile></x:update>")));
    VERIFY_SCHEMA(e13);
    QCOMPARE(e13.code(), 1000);
    QCOMPARE(s.state.contact(Holder)->voice, QStringLiteral("+351.213000222"));
    QCOMPARE(s.state.contact(Holder)->mobile, QStringLiteral("+351.969876543"));

    // contact:check (the reason of pt-registry.md 2.2).
    const Answer check = s.send(command(QStringLiteral(
        "<e:check><k:check xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
        "<k:id>MSLV-482913-ADNS</k:id><k:id>LIVR-999999-ADNS</k:id></k:check></e:check>")));
    VERIFY_SCHEMA(check);
    const QList<const XmlElement*> cds =
        check.resData(ContactNs, QStringLiteral("chkData"))->childrenNamed(ContactNs, u"cd");
    QCOMPARE(cds.size(), 2);
    QCOMPARE(cds.at(0)->child(ContactNs, u"id")->attribute(u"avail"), QStringLiteral("0"));
    QCOMPARE(cds.at(0)->childText(ContactNs, u"reason"),
             QStringLiteral("The Nic-Handle is already in use in the system."));
    QCOMPARE(cds.at(1)->child(ContactNs, u"id")->attribute(u"avail"), QStringLiteral("1"));
}

void tst_EppServerHandler::contactRefusals_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("code");

    QTest::newRow("no VAT") << contactCreateBody() << QString() << 2003;
    QTest::newRow("NIF check digit")
        << contactCreateBody() << ptContact(QStringLiteral("PT512345679")) << 2306;
    QTest::newRow("foreign VAT") << contactCreateBody() << ptContact(QStringLiteral("ESB1234567"))
                                 << 2306;
    QTest::newRow("postalInfo loc") << contactCreateBody(QStringLiteral("loc"))
                                    << ptContact(QStringLiteral("PT512345678")) << 2306;
    QTest::newRow("delete")
        << QStringLiteral("<e:delete><k:delete xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                          "<k:id>SOLT-300300-ADNS</k:id></k:delete></e:delete>")
        << QString() << 2101;
    QTest::newRow("transfer")
        << QStringLiteral(
               "<e:transfer op=\"request\"><k:transfer "
               "xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
               "<k:id>MSLV-482913-ADNS</k:id><k:authInfo><k:pw>x</k:pw></k:authInfo></k:transfer>"
               "</e:transfer>")
        << QString() << 2101;
    QTest::newRow("update another's")
        << QStringLiteral("<e:update><k:update xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                          "<k:id>OUTR-500500-ADNS</k:id><k:chg><k:email>a@b.pt</k:email>"
                          "</k:chg></k:update></e:update>")
        << QString() << 2201;
    QTest::newRow("info unknown")
        << QStringLiteral("<e:info><k:info xmlns:k=\"urn:ietf:params:xml:ns:contact-1.0\">"
                          "<k:id>NADA-000001-ADNS</k:id></k:info></e:info>")
        << QString() << 2303;
}

void tst_EppServerHandler::contactRefusals()
{
    QFETCH(QString, body);
    QFETCH(QString, extension);
    QFETCH(int, code);

    Sandbox s;
    s.state.insertContact(person(QStringLiteral("OUTR-500500-ADNS"), QStringLiteral("Rui Reis"),
                                 QStringLiteral("PT234567899"), Them));
    s.login();
    const int before = s.state.contactCount();
    const Answer answer = s.send(command(body, QStringLiteral("HD-20250310-0030"), extension));
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), code);
    QCOMPARE(s.state.contactCount(), before);
    if (code != 2201 && code != 2303)
        QVERIFY2(!answer.reason().isEmpty(), answer.reply.xml.constData());
}

void tst_EppServerHandler::transactionIds()
{
    Sandbox s;
    s.login();
    QSet<QString> seen;
    EppServerHandler other(s.state);
    for (int i = 0; i < 20; ++i) {
        const Answer mine = s.send(
            command(QStringLiteral("<e:poll op=\"req\"/>"), QStringLiteral("MINE-%1").arg(i)));
        QCOMPARE(mine.clTRID(), QStringLiteral("MINE-%1").arg(i));
        const Answer theirs =
            s.send(other, command(QStringLiteral("<e:poll op=\"req\"/>"), QString()));
        QVERIFY(theirs.clTRID().isEmpty()); // none sent, none echoed
        QVERIFY(!theirs.svTRID().isEmpty());
        seen << mine.svTRID() << theirs.svTRID();
    }
    QCOMPARE(seen.size(), 40);
}

void tst_EppServerHandler::faults_data()
{
    QTest::addColumn<FaultRule>("rule");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("cutAfterBytes");
    QTest::addColumn<bool>("executed");

    const QString create = QStringLiteral("domain:create");
    using Kind = FaultRule::Kind;
    QTest::newRow("2400 on create")
        << FaultRule{Kind::CommandFailed, create, 1, 0, 0} << 2400 << false << 0 << -1 << false;
    QTest::newRow("2400 on any command")
        << FaultRule{Kind::CommandFailed, {}, 1, 0, 0} << 2400 << false << 0 << -1 << false;
    QTest::newRow("2400 on another command")
        << FaultRule{Kind::CommandFailed, QStringLiteral("domain:info"), 1, 0, 0} << 1000 << false
        << 0 << -1 << true;
    QTest::newRow("2502 and close")
        << FaultRule{Kind::SessionLimit, create, 1, 0, 0} << 2502 << true << 0 << -1 << false;
    QTest::newRow("delay") << FaultRule{Kind::Delay, create, 1, 1500, 0} << 1000 << false << 1500
                           << -1 << true;
    QTest::newRow("cut after 40 bytes")
        << FaultRule{Kind::Cut, {}, 1, 0, 40} << 1000 << true << 0 << 40 << true;
}

void tst_EppServerHandler::faults()
{
    QFETCH(FaultRule, rule);
    QFETCH(int, code);
    QFETCH(bool, closeAfter);
    QFETCH(int, delayMs);
    QFETCH(int, cutAfterBytes);
    QFETCH(bool, executed);

    Sandbox s;
    s.login();
    s.faults.add(rule);
    const QByteArray create = command(createBody(QStringLiteral("livraria-exemplo.pt")),
                                      QStringLiteral("FLT-0001"), ptCreate());
    const Answer answer = s.send(create);
    VERIFY_SCHEMA(answer);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.clTRID(), QStringLiteral("FLT-0001"));
    QCOMPARE(answer.reply.closeAfter, closeAfter);
    QCOMPARE(answer.reply.delayMs, delayMs);
    QCOMPARE(answer.reply.cutAfterBytes, cutAfterBytes);
    QCOMPARE(bool(s.state.domain(QStringLiteral("livraria-exemplo.pt"))), executed);
    QCOMPARE(s.session.isClosed(), closeAfter);
    if (code == 2502)
        QCOMPARE(answer.msg(), QStringLiteral("Session limit exceeded; server closing connection"));
    // A rule for one command is used up.
    if (!closeAfter && rule.command == QLatin1String("domain:create")) {
        QCOMPARE(s.faults.rules.size(), 0);
        QCOMPARE(s.send(create).code(), executed ? 2302 : 1000);
    }
}

void tst_EppServerHandler::sharedFaultsAndHello()
{
    Sandbox s;
    s.login();
    // Three failures in a row, shared by two sessions, then normal service.
    s.faults.failNext(QStringLiteral("poll"), 3);
    EppServerHandler other(s.state, &s.faults);
    QCOMPARE(s.send(other, loginXml(Them, ThemPw)).code(), 1000);
    const QByteArray poll = command(QStringLiteral("<e:poll op=\"req\"/>"));
    QCOMPARE(s.send(poll).code(), 2400);
    QCOMPARE(s.send(other, poll).code(), 2400);
    QCOMPARE(s.send(poll).code(), 2400);
    QCOMPARE(s.send(other, poll).code(), 1300);
    QCOMPARE(s.send(poll).code(), 1300);

    // hello always gets a greeting; a delay applies to it, a failure waits.
    s.faults.failNext();
    s.faults.delay(250);
    const Answer hello =
        s.send(QByteArrayLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>"));
    QVERIFY(hello.root.child(EppNs, u"greeting"));
    QCOMPARE(hello.reply.delayMs, 250);
    QCOMPARE(s.send(poll).code(), 2400);
    QCOMPARE(s.send(poll).code(), 1300);

    // Every command of the session, without end.
    s.faults.delay(100, {}, 0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(s.send(poll).reply.delayMs, 100);
    s.faults.clear();
    QCOMPARE(s.send(poll).reply.delayMs, 0);

    // A cut closes the connection even when the answer is a greeting.
    s.faults.cutNext(10);
    const Reply cut = s.session.handle(
        QByteArrayLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>"));
    QCOMPARE(cut.cutAfterBytes, 10);
    QVERIFY(cut.closeAfter);
    QVERIFY(s.session.isClosed());
}

void tst_EppServerHandler::deskCodecRoundTrip()
{
    // The desk's command builders against the sandbox, read back with the
    // desk's response parser.
    Sandbox s;
    const auto exchange = [&](const QByteArray& xml) {
        const Answer answer = s.send(xml);
        if (!answer.schema.isEmpty())
            qWarning("%s", qPrintable(answer.schema));
        QString error;
        const std::optional<epp::EppResponse> response =
            epp::parseResponse(answer.reply.xml, &error);
        if (!response)
            qFatal("the desk cannot read the answer: %s", qPrintable(error));
        return *response;
    };

    epp::LoginRequest login;
    login.clientId = Us;
    login.password = UsPw;
    login.extensionUris = epp::defaultExtensionUris();
    QCOMPARE(exchange(epp::loginCommand(login, QStringLiteral("RT-0001"))).code(), 1000);

    epp::ContactCreateRequest holder;
    holder.id = QStringLiteral("AUTO-000001-ADNS");
    holder.postalInfo.name = QStringLiteral("Inês Conceição");
    holder.postalInfo.address.street = {QStringLiteral("Praça do Comércio, 1")};
    holder.postalInfo.address.city = QStringLiteral("Lisboa");
    holder.postalInfo.address.postcode = QStringLiteral("1100-148");
    holder.email = QStringLiteral("ines@exemplo.pt");
    holder.voice = QStringLiteral("+351.213456789");
    holder.vat = QStringLiteral("PT123456789");
    holder.mobile = QStringLiteral("+351.912345678");
    const epp::EppResponse contact =
        exchange(epp::contactCreateCommand(holder, QStringLiteral("RT-0002")));
    QCOMPARE(contact.code(), 1000);
    QVERIFY(contact.contactCreate);
    const QString handle = contact.contactCreate->id;
    QVERIFY(handle.startsWith(QLatin1String("INES-")));

    epp::DomainCreateRequest create;
    create.name = QStringLiteral("xn--ao-siap.pt"); // ação.pt
    create.periodYears = 3;
    create.registrant = handle;
    create.techContacts = {Tech};
    create.nameServers = {{QStringLiteral("ns1.xn--ao-siap.pt"), {QStringLiteral("192.0.2.53")}},
                          {QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
    create.authInfo = QStringLiteral("Acao-2025-x");
    create.autoRenew = true;
    create.dsRecords = {{12345, 13, 2, QString(64, QLatin1Char('B'))}};
    const epp::EppResponse created =
        exchange(epp::domainCreateCommand(create, QStringLiteral("RT-0003")));
    QCOMPARE(created.code(), 1000);
    QCOMPARE(created.domainCreate->expiresAt, test::utc("2028-03-10T09:15:02Z"));

    const epp::EppResponse info = exchange(
        epp::domainInfoCommand({QStringLiteral("xn--ao-siap.pt"), {}}, QStringLiteral("RT-0004")));
    QCOMPARE(info.code(), 1000);
    QVERIFY(info.domainInfo);
    QCOMPARE(info.domainInfo->registrant, handle);
    QCOMPARE(info.domainInfo->nameServers.size(), 2);
    QCOMPARE(info.domainInfo->nameServers.first().addresses,
             QStringList{QStringLiteral("192.0.2.53")});
    QCOMPARE(info.domainInfo->dsRecords.size(), 1);
    QVERIFY(info.domainInfo->pt);
    QCOMPARE(info.domainInfo->pt->autoRenew, std::optional<bool>(true));
    QCOMPARE(info.domainInfo->authInfo, QStringLiteral("Acao-2025-x"));

    epp::DomainRenewRequest renew;
    renew.name = QStringLiteral("xn--ao-siap.pt");
    renew.currentExpiry = info.domainInfo->expiresAt;
    renew.periodYears = 2;
    const epp::EppResponse refused =
        exchange(epp::domainRenewCommand(renew, QStringLiteral("RT-0005")));
    QCOMPARE(refused.code(), 2306);
    QCOMPARE(refused.results.first().values.first().reason,
             QStringLiteral("Allowed periods are 1, 3 or 5 years"));
    renew.periodYears = 1;
    QCOMPARE(
        exchange(epp::domainRenewCommand(renew, QStringLiteral("RT-0006"))).domainRenew->expiresAt,
        test::utc("2029-03-10T09:15:02Z"));

    epp::DomainUpdateRequest change;
    change.name = QStringLiteral("xn--ao-siap.pt");
    change.newRegistrant = Holder;
    change.ownerConf = true;
    QCOMPARE(exchange(epp::domainUpdateCommand(change, QStringLiteral("RT-0007"))).code(), 1001);
    QCOMPARE(s.state
                 .ownerChangeDecision(QStringLiteral("xn--ao-siap.pt"), OwnerChangeParty::Current,
                                      OwnerChangeDecision::Refuse)
                 .code,
             1000);
    const epp::EppResponse poll = exchange(epp::pollRequestCommand(QStringLiteral("RT-0008")));
    QCOMPARE(poll.code(), 1301);
    QVERIFY(poll.messageQueue);
    QCOMPARE(poll.messageQueue->message,
             QStringLiteral("Owner change of xn--ao-siap.pt refused by the current registrant"));
    QCOMPARE(exchange(epp::pollAckCommand(poll.messageQueue->id, QStringLiteral("RT-0009")))
                 .messageQueue->count,
             0);

    epp::DomainTransferRequest transfer;
    transfer.name = QStringLiteral("cafe-do-largo.pt");
    transfer.authInfo = QStringLiteral("Tr4nsf-Largo-55");
    const epp::EppResponse moved =
        exchange(epp::domainTransferCommand(transfer, QStringLiteral("RT-0010")));
    QCOMPARE(moved.code(), 1000);
    QCOMPARE(moved.domainTransfer->status, QStringLiteral("serverApproved"));
    QCOMPARE(exchange(epp::logoutCommand(QStringLiteral("RT-0011"))).code(), 1500);
}

QTEST_GUILESS_MAIN(tst_EppServerHandler)
#include "tst_eppserverhandler.moc"
