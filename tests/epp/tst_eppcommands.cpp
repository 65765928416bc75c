#include "epp/EppCommands.h"
#include "epp/EppNamespaces.h"
#include "epp/EppResponse.h"
#include "epp/EppXml.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <initializer_list>
#include <tuple>
#include <utility>

using namespace rd;
using namespace rd::epp;

namespace {

const QString schemaDriver = QStringLiteral(RD_EPP_SCHEMAS "/epp-pt-driver.xsd");

QString xmllintPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("xmllint"));
}

// What xmllint says against the RFC schemas plus our .PT ones; empty when
// the document is valid.
QString schemaErrors(const QByteArray& document)
{
    QProcess xmllint;
    xmllint.start(xmllintPath(), {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                  QStringLiteral("--schema"), schemaDriver, QStringLiteral("-")});
    if (!xmllint.waitForStarted(10000))
        return QStringLiteral("xmllint did not start: ") + xmllint.errorString();
    xmllint.write(document);
    xmllint.closeWriteChannel();
    if (!xmllint.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    if (xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0)
        return QString();
    return QString::fromUtf8(xmllint.readAllStandardError()) + QStringLiteral("\n---\n") +
           QString::fromUtf8(document);
}

#define VERIFY_VALID(document)                                                                     \
    do {                                                                                           \
        const QString errors_ = schemaErrors(document);                                            \
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_));                                          \
    } while (false)

XmlElement parsed(const QByteArray& document)
{
    QString error;
    std::optional<XmlElement> root = parseXml(document, &error);
    if (!root)
        qFatal("a built command does not parse: %s", qPrintable(error));
    return std::move(*root);
}

using Step = std::pair<QStringView, QStringView>;

// Follows one child per step; nullptr when a step is missing.
const XmlElement* at(const XmlElement& from, std::initializer_list<Step> path)
{
    const XmlElement* e = &from;
    for (const Step& step : path) {
        e = e->child(step.first, step.second);
        if (!e)
            return nullptr;
    }
    return e;
}

// The object element of a command: <epp><command><verb><ns:verb>.
const XmlElement* objectElement(const XmlElement& root, QStringView verb, QStringView objectNs)
{
    return at(root, {{ns::Epp, u"command"}, {ns::Epp, verb}, {objectNs, verb}});
}

const XmlElement* extensionBlock(const XmlElement& root, QStringView blockNs, QStringView name)
{
    return at(root, {{ns::Epp, u"command"}, {ns::Epp, u"extension"}, {blockNs, name}});
}

QStringList texts(const QList<const XmlElement*>& elements)
{
    QStringList list;
    for (const XmlElement* e : elements)
        list << e->text;
    return list;
}

// "name=text" for each child, in order.
QStringList childSummary(const XmlElement* e)
{
    QStringList list;
    if (e) {
        for (const XmlElement& c : e->children)
            list << c.name + QLatin1Char('=') + c.text;
    }
    return list;
}

QByteArray factSheetMessage(const QString& file)
{
    QFile f(QStringLiteral(RD_EPP_DATA "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file));
    return f.readAll();
}

DsRecord ds(int keyTag, const QString& digest)
{
    return DsRecord{keyTag, 13, 2, digest};
}

const QString digestOld =
    QStringLiteral("6F3A0C5E2B9D41A7C8E05B7D3F1294AE6C0B8D2F7A5E3C1B9D4F6A8E0C2B7D5F");
const QString digestNew =
    QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90");

ContactCreateRequest joana()
{
    ContactCreateRequest c;
    c.id = QStringLiteral("JCRZ-771204-ADNS");
    c.postalInfo.name = QStringLiteral("Joana Cruz");
    c.postalInfo.organisation = QStringLiteral("Padaria Lusitana, Lda.");
    c.postalInfo.address.street = {QStringLiteral("Rua das Flores, 120")};
    c.postalInfo.address.city = QStringLiteral("Porto");
    c.postalInfo.address.postcode = QStringLiteral("4050-262");
    c.postalInfo.address.countryCode = QStringLiteral("PT");
    c.voice = QStringLiteral("+351.223456789");
    c.email = QStringLiteral("joana.cruz@padaria-lusitana.pt");
    c.authInfo = QStringLiteral("Ct-9Jc-2025");
    c.vat = QStringLiteral("PT512345678");
    c.mobile = QStringLiteral("+351.912345678");
    return c;
}

DomainCreateRequest acores()
{
    DomainCreateRequest d;
    d.name = QStringLiteral("açores-turismo.pt");
    d.periodYears = 1;
    d.nameServers = {{QStringLiteral("ns1.alojamento-exemplo.net"), {}},
                     {QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
    d.registrant = QStringLiteral("MSLV-482913-ADNS");
    d.techContacts = {QStringLiteral("RGEX-100200-ADNS")};
    d.authInfo = QStringLiteral("Az0r-2025-tur");
    d.autoRenew = true;
    d.arbitration = true;
    d.ownerConf = false;
    return d;
}

} // namespace

class TestEppCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void factSheetMessagesValidate_data();
    void factSheetMessagesValidate();
    void factSheetRequests_data();
    void factSheetRequests();
    void moreCommandsValidate_data();
    void moreCommandsValidate();
    void validatorCatchesMistakes_data();
    void validatorCatchesMistakes();
    void aLabels_data();
    void aLabels();
    void loginAnnouncesOfferedExtensions_data();
    void loginAnnouncesOfferedExtensions();
    void loginCredentials();
    void curExpDateIsUtcDate_data();
    void curExpDateIsUtcDate();
    void domainCreateContent();
    void domainUpdateExtensions_data();
    void domainUpdateExtensions();
    void domainUpdateCoreContent();
    void transferContent_data();
    void transferContent();
    void contactCreateContent();
    void contactUpdateContent_data();
    void contactUpdateContent();
    void transactionIds_data();
    void transactionIds();
    void textIsEscaped();
};

void TestEppCommands::initTestCase()
{
    if (xmllintPath().isEmpty())
        QFAIL("xmllint is missing: install libxml2-utils (scripts/install-deps.sh does)");
    QVERIFY2(QFile::exists(schemaDriver), qPrintable(schemaDriver));
    // The schema set itself compiles and accepts a minimal message.
    VERIFY_VALID(helloCommand());
}

void TestEppCommands::factSheetMessagesValidate_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files =
        QDir(QStringLiteral(RD_EPP_DATA)).entryList({QStringLiteral("*.xml")}, QDir::Files);
    QVERIFY(files.size() >= 39);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// The golden messages themselves fit the schemas our commands are held to.
void TestEppCommands::factSheetMessagesValidate()
{
    QFETCH(QString, file);
    VERIFY_VALID(factSheetMessage(file));
}

void TestEppCommands::factSheetRequests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("built");

    QTest::newRow("E1 hello") << QStringLiteral("E01-request.xml") << helloCommand();

    LoginRequest login;
    login.clientId = QStringLiteral("regexemplo01");
    login.password = QStringLiteral("Seg!redo2025");
    login.extensionUris = defaultExtensionUris();
    QTest::newRow("E2 login") << QStringLiteral("E02-request.xml")
                              << loginCommand(login, QStringLiteral("HD-20250310-0001"));

    // The sheet writes the A-label; the desk may hold the U-label.
    QTest::newRow("E3 check") << QStringLiteral("E03-request.xml")
                              << domainCheckCommand({QStringLiteral("padaria-lusitana.pt"),
                                                     QStringLiteral("açores-turismo.pt")},
                                                    QStringLiteral("HD-20250310-0002"));
    QTest::newRow("E4 info") << QStringLiteral("E04-request.xml")
                             << domainInfoCommand({QStringLiteral("padaria-lusitana.pt"), {}},
                                                  QStringLiteral("HD-20250310-0003"));
    QTest::newRow("E5 create") << QStringLiteral("E05-request.xml")
                               << domainCreateCommand(acores(), QStringLiteral("HD-20250310-0004"));

    DomainRenewRequest renew;
    renew.name = QStringLiteral("padaria-lusitana.pt");
    // 2026-06-14T23:59:59Z as Lisbon shows it: already the 15th there.
    renew.currentExpiry = QDateTime(QDate(2026, 6, 15), QTime(0, 59, 59),
                                    QTimeZone(QByteArrayLiteral("Europe/Lisbon")));
    renew.periodYears = 3;
    renew.autoRenew = true;
    QTest::newRow("E6 renew") << QStringLiteral("E06-request.xml")
                              << domainRenewCommand(renew, QStringLiteral("HD-20250310-0005"));

    DomainUpdateRequest nsAndFlag;
    nsAndFlag.name = QStringLiteral("padaria-lusitana.pt");
    nsAndFlag.addNameServers = {{QStringLiteral("ns3.alojamento-exemplo.net"), {}}};
    nsAndFlag.removeNameServers = {{QStringLiteral("ns1.padaria-lusitana.pt"), {}}};
    nsAndFlag.autoRenew = false;
    QTest::newRow("E7 update ns + autoRenew")
        << QStringLiteral("E07-request.xml")
        << domainUpdateCommand(nsAndFlag, QStringLiteral("HD-20250310-0006"));

    DomainUpdateRequest keyRoll;
    keyRoll.name = QStringLiteral("padaria-lusitana.pt");
    keyRoll.removeDsRecords = {ds(20873, digestOld)};
    keyRoll.addDsRecords = {ds(41522, digestNew)};
    QTest::newRow("E8 update DS") << QStringLiteral("E08-request.xml")
                                  << domainUpdateCommand(keyRoll,
                                                         QStringLiteral("HD-20250310-0007"));

    DomainUpdateRequest ownerChange;
    ownerChange.name = QStringLiteral("padaria-lusitana.pt");
    ownerChange.newRegistrant = QStringLiteral("JCRZ-771204-ADNS");
    ownerChange.ownerConf = true;
    QTest::newRow("E9 owner change")
        << QStringLiteral("E09-request.xml")
        << domainUpdateCommand(ownerChange, QStringLiteral("HD-20250310-0008"));

    DomainTransferRequest transfer;
    transfer.name = QStringLiteral("cafe-do-largo.pt");
    transfer.authInfo = QStringLiteral("Tr4nsf-Largo-55");
    transfer.autoRenew = true;
    QTest::newRow("E10 transfer") << QStringLiteral("E10-request.xml")
                                  << domainTransferCommand(transfer,
                                                           QStringLiteral("HD-20250310-0009"));
    QTest::newRow("E11 contact create")
        << QStringLiteral("E11-request.xml")
        << contactCreateCommand(joana(), QStringLiteral("HD-20250310-0010"));
    QTest::newRow("E12 contact info") << QStringLiteral("E12-request.xml")
                                      << contactInfoCommand(QStringLiteral("MSLV-482913-ADNS"),
                                                            QStringLiteral("HD-20250310-0011"));

    ContactUpdateRequest contactUpdate;
    contactUpdate.id = QStringLiteral("MSLV-482913-ADNS");
    contactUpdate.voice = QStringLiteral("+351.213000222");
    contactUpdate.email = QStringLiteral("m.silva@exemplo.pt");
    contactUpdate.mobile = QStringLiteral("+351.969876543");
    QTest::newRow("E13 contact update")
        << QStringLiteral("E13-request.xml")
        << contactUpdateCommand(contactUpdate, QStringLiteral("HD-20250310-0012"));
    QTest::newRow("E14 poll req") << QStringLiteral("E14-request.xml")
                                  << pollRequestCommand(QStringLiteral("HD-20250310-0013"));
    QTest::newRow("E16 poll ack") << QStringLiteral("E16-request.xml")
                                  << pollAckCommand(QStringLiteral("90417"),
                                                    QStringLiteral("HD-20250310-0015"));
    QTest::newRow("E17 logout") << QStringLiteral("E17-request.xml")
                                << logoutCommand(QStringLiteral("HD-20250310-0017"));
}

void TestEppCommands::factSheetRequests()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, built);

    VERIFY_VALID(built);
    QVERIFY(built.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"));
    // The same document as the fact sheet's, whatever the layout.
    QCOMPARE(toXmlFragment(parsed(built)), toXmlFragment(parsed(factSheetMessage(file))));
}

void TestEppCommands::moreCommandsValidate_data()
{
    QTest::addColumn<QByteArray>("command");
    const QString id = QStringLiteral("HD-TEST-0001");

    LoginRequest login;
    login.clientId = QStringLiteral("regexemplo01");
    login.password = QStringLiteral("Seg!redo2025");
    login.newPassword = QStringLiteral("N0vo-Segredo!");
    QTest::newRow("login, new password, no extensions") << loginCommand(login, id);
    login.objectUris = {ns::Domain.toString()};
    login.extensionUris = {ns::SecDns.toString()};
    login.language = QStringLiteral("pt");
    QTest::newRow("login, one object, one extension") << loginCommand(login, id);

    QTest::newRow("check, one name") << domainCheckCommand({QStringLiteral("exemplo.pt")}, id);
    QStringList many;
    for (int i = 0; i < 20; ++i)
        many << QStringLiteral("nome-%1.com.pt").arg(i);
    QTest::newRow("check, twenty names") << domainCheckCommand(many, id);
    QTest::newRow("info with authInfo")
        << domainInfoCommand({QStringLiteral("café.pt"), QStringLiteral("Kx7-padaria-91")}, id);

    DomainCreateRequest full = acores();
    full.periodYears = 5;
    full.nameServers = {
        {QStringLiteral("ns1.açores-turismo.pt"),
         {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8:10::53")}},
        {QStringLiteral("ns2.açores-turismo.pt"), {QStringLiteral("192.0.2.11")}},
        {QStringLiteral("ns.alojamento-exemplo.net"), {}},
    };
    full.techContacts = {QStringLiteral("RGEX-100200-ADNS"), QStringLiteral("RGEX-100201-ADNS"),
                         QStringLiteral("RGEX-100202-ADNS")};
    full.dsRecords = {ds(20873, digestOld), ds(41522, digestNew.toLower())};
    QTest::newRow("create, glue, three tech, DS, 5 years") << domainCreateCommand(full, id);
    DomainCreateRequest bare = acores();
    bare.nameServers.clear();
    bare.periodYears = 3;
    bare.autoRenew = false;
    bare.arbitration = false;
    QTest::newRow("create, no name servers, flags off") << domainCreateCommand(bare, id);

    DomainUpdateRequest everything;
    everything.name = QStringLiteral("padaria-lusitana.pt");
    everything.addNameServers = {{QStringLiteral("ns1.padaria-lusitana.pt"),
                                  {QStringLiteral("192.0.2.20"), QStringLiteral("2001:db8::20")}}};
    everything.removeNameServers = {{QStringLiteral("ns9.alojamento-exemplo.net"), {}}};
    everything.addTechContacts = {QStringLiteral("RGEX-100300-ADNS")};
    everything.removeTechContacts = {QStringLiteral("RGEX-100200-ADNS")};
    everything.addStatuses = {{QStringLiteral("clientHold"), QStringLiteral("Unpaid"), {}},
                              {QStringLiteral("clientTransferProhibited"), {}, {}}};
    everything.removeStatuses = {{QStringLiteral("clientUpdateProhibited"), {}, {}}};
    everything.newRegistrant = QStringLiteral("JCRZ-771204-ADNS");
    everything.newAuthInfo = QStringLiteral("Novo-Codigo-77");
    everything.autoRenew = true;
    everything.arbitration = true;
    everything.ownerConf = false;
    everything.removeAllDsRecords = true;
    everything.addDsRecords = {ds(41522, digestNew)};
    QTest::newRow("update, everything at once") << domainUpdateCommand(everything, id);
    DomainUpdateRequest nameOnly;
    nameOnly.name = QStringLiteral("padaria-lusitana.pt");
    QTest::newRow("update, name only") << domainUpdateCommand(nameOnly, id);
    DomainUpdateRequest statusText;
    statusText.name = QStringLiteral("padaria-lusitana.pt");
    statusText.addStatuses = {
        {QStringLiteral("clientHold"), QStringLiteral("Em análise"), QStringLiteral("pt")}};
    QTest::newRow("update, status with text in Portuguese") << domainUpdateCommand(statusText, id);

    DomainRenewRequest renew;
    renew.name = QStringLiteral("padaria-lusitana.pt");
    renew.currentExpiry = QDateTime(QDate(2026, 6, 14), QTime(23, 59, 59), QTimeZone::utc());
    QTest::newRow("renew, no extension") << domainRenewCommand(renew, id);
    renew.periodYears = 5;
    renew.autoRenew = false;
    QTest::newRow("renew, 5 years, autoRenew off") << domainRenewCommand(renew, id);

    DomainTransferRequest query;
    query.op = TransferOp::Query;
    query.name = QStringLiteral("cafe-do-largo.pt");
    QTest::newRow("transfer query") << domainTransferCommand(query, id);
    DomainTransferRequest plainTransfer;
    plainTransfer.name = QStringLiteral("cafe-do-largo.pt");
    plainTransfer.authInfo = QStringLiteral("Tr4nsf-Largo-55");
    QTest::newRow("transfer request, no extension") << domainTransferCommand(plainTransfer, id);
    for (const TransferOp op : {TransferOp::Approve, TransferOp::Reject, TransferOp::Cancel}) {
        DomainTransferRequest other = plainTransfer;
        other.op = op;
        other.autoRenew = true; // ignored: the extension goes with a request only
        QTest::newRow(qPrintable(QStringLiteral("transfer op %1").arg(int(op))))
            << domainTransferCommand(other, id);
    }
    QTest::newRow("delete") << domainDeleteCommand(QStringLiteral("açores-turismo.pt"), id);

    QTest::newRow("contact check")
        << contactCheckCommand({QStringLiteral("JCRZ-771204-ADNS"), QStringLiteral("XPTO-1")}, id);
    ContactCreateRequest minimal = joana();
    minimal.postalInfo.organisation.clear();
    minimal.voice.clear();
    minimal.mobile.clear();
    minimal.authInfo.clear();
    QTest::newRow("contact create, minimal") << contactCreateCommand(minimal, id);
    ContactCreateRequest fullContact = joana();
    fullContact.postalInfo.address.street = {QStringLiteral("Rua das Flores, 120"),
                                             QStringLiteral("2.º andar"),
                                             QStringLiteral("Miragaia")};
    fullContact.postalInfo.address.province = QStringLiteral("Porto");
    fullContact.fax = QStringLiteral("+351.223456780");
    QTest::newRow("contact create, three street lines, fax")
        << contactCreateCommand(fullContact, id);
    ContactUpdateRequest postal;
    postal.id = QStringLiteral("MSLV-482913-ADNS");
    PostalInfo moved;
    moved.name = QStringLiteral("Miguel Silva");
    moved.address.street = {QStringLiteral("Rua Augusta, 10")};
    moved.address.city = QStringLiteral("Lisboa");
    moved.address.postcode = QStringLiteral("1100-053");
    postal.postalInfo = moved;
    QTest::newRow("contact update, postal info") << contactUpdateCommand(postal, id);
    ContactUpdateRequest mobileOnly;
    mobileOnly.id = QStringLiteral("MSLV-482913-ADNS");
    mobileOnly.mobile = QStringLiteral("+351.961234567");
    QTest::newRow("contact update, mobile only") << contactUpdateCommand(mobileOnly, id);
    ContactUpdateRequest nothing;
    nothing.id = QStringLiteral("MSLV-482913-ADNS");
    QTest::newRow("contact update, nothing") << contactUpdateCommand(nothing, id);
    QTest::newRow("poll ack, other id") << pollAckCommand(QStringLiteral("abc-1"), id);
    QTest::newRow("logout, no clTRID") << logoutCommand(QString());
}

void TestEppCommands::moreCommandsValidate()
{
    QFETCH(QByteArray, command);
    VERIFY_VALID(command);
}

void TestEppCommands::validatorCatchesMistakes_data()
{
    // Mistakes in what we send must not slip through: each row breaks a valid
    // command in one place, most of them inside the .PT extension blocks.
    QTest::addColumn<QByteArray>("document");

    const QByteArray create = domainCreateCommand(acores(), QStringLiteral("HD-1"));
    const QByteArray contact = contactCreateCommand(joana(), QStringLiteral("HD-1"));
    DomainUpdateRequest flag;
    flag.name = QStringLiteral("exemplo.pt");
    flag.autoRenew = false;
    const QByteArray update = domainUpdateCommand(flag, QStringLiteral("HD-1"));
    ContactUpdateRequest mobile;
    mobile.id = QStringLiteral("MSLV-482913-ADNS");
    mobile.mobile = QStringLiteral("+351.961234567");
    const QByteArray contactUpdate = contactUpdateCommand(mobile, QStringLiteral("HD-1"));

    auto replaced = [](QByteArray document, const char* before, const char* after) {
        if (!document.contains(before))
            qFatal("no %s to replace", before);
        return document.replace(before, after);
    };

    QTest::newRow("ptdomain: unknown element")
        << replaced(create, "ptdomain:ownerConf>", "ptdomain:ownerConfirmed>");
    QTest::newRow("ptdomain: lower-case arbitration")
        << replaced(create, "ptdomain:Arbitration>", "ptdomain:arbitration>");
    QTest::newRow("ptdomain: not a boolean")
        << replaced(create, "<ptdomain:autoRenew>true<", "<ptdomain:autoRenew>yes<");
    QTest::newRow("ptdomain: flags out of order")
        << replaced(replaced(replaced(create, "ptdomain:autoRenew>", "ptdomain:TMP>"),
                             "ptdomain:ownerConf>", "ptdomain:autoRenew>"),
                    "ptdomain:TMP>", "ptdomain:ownerConf>");
    QTest::newRow("ptdomain: empty update")
        << replaced(update, "<ptdomain:autoRenew>false</ptdomain:autoRenew>", "");
    QTest::newRow("ptdomain: rl is read-only")
        << replaced(update, "ptdomain:autoRenew>", "ptdomain:rl>");
    QTest::newRow("ptcontact: create without vat")
        << replaced(contact, "<ptcontact:vat>PT512345678</ptcontact:vat>", "");
    QTest::newRow("ptcontact: vat on update")
        << replaced(contactUpdate, "ptcontact:mobile>", "ptcontact:vat>");
    QTest::newRow("ptcontact: mobile not in EPP format")
        << replaced(contact, "+351.912345678", "912 345 678");
    QTest::newRow("unknown extension namespace")
        << replaced(create, "</extension>", "<x:flag xmlns:x=\"urn:example:x\"/></extension>");
    QTest::newRow("domain: authInfo missing")
        << replaced(replaced(create, "<domain:authInfo>", ""), "</domain:authInfo>", "")
               .replace("<domain:pw>Az0r-2025-tur</domain:pw>", "");
    QTest::newRow("domain: period 0")
        << replaced(create, ">1</domain:period>", ">0</domain:period>");
    QTest::newRow("domain: contact type owner")
        << replaced(create, "type=\"tech\"", "type=\"owner\"");
    QTest::newRow("contact: postalInfo type") << replaced(contact, "type=\"int\"", "type=\"intl\"");
    QTest::newRow("secDNS: digest not hex")
        << replaced(domainUpdateCommand(
                        [] {
                            DomainUpdateRequest r;
                            r.name = QStringLiteral("exemplo.pt");
                            r.addDsRecords = {ds(1, QStringLiteral("ABCD"))};
                            return r;
                        }(),
                        QStringLiteral("HD-1")),
                    ">ABCD<", ">XYZ<");
    QTest::newRow("login: password too short")
        << loginCommand({QStringLiteral("regexemplo01"), QStringLiteral("12345"), {}, {}, {}, {}},
                        QStringLiteral("HD-1"));
}

void TestEppCommands::validatorCatchesMistakes()
{
    QFETCH(QByteArray, document);
    QVERIFY2(!schemaErrors(document).isEmpty(), document.constData());
}

void TestEppCommands::aLabels_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("aLabel");

    QTest::newRow("ASCII") << QStringLiteral("padaria-lusitana.pt")
                           << QStringLiteral("padaria-lusitana.pt");
    QTest::newRow("U-label") << QStringLiteral("açores-turismo.pt")
                             << QStringLiteral("xn--aores-turismo-igb.pt");
    QTest::newRow("upper case U-label")
        << QStringLiteral("AÇORES-Turismo.PT") << QStringLiteral("xn--aores-turismo-igb.pt");
    QTest::newRow("trailing dot") << QStringLiteral("açores-turismo.pt.")
                                  << QStringLiteral("xn--aores-turismo-igb.pt");
    QTest::newRow("blanks around")
        << QStringLiteral("  café.pt\t") << QStringLiteral("xn--caf-dma.pt");
    QTest::newRow("already an A-label")
        << QStringLiteral("xn--caf-dma.pt") << QStringLiteral("xn--caf-dma.pt");
    QTest::newRow("upper-case A-label")
        << QStringLiteral("XN--CAF-DMA.PT") << QStringLiteral("xn--caf-dma.pt");
    QTest::newRow("second-level zone")
        << QStringLiteral("CAFÉ.COM.PT") << QStringLiteral("xn--caf-dma.com.pt");
    QTest::newRow("decomposed accent (NFD)")
        << QStringLiteral("cafe\u0301.pt") << QStringLiteral("xn--caf-dma.pt");
    QTest::newRow("every Portuguese letter")
        << QStringLiteral("àáâãçéêíóôõú.pt") << QStringLiteral("xn--0cacdeumhy8ckl4d.pt");
}

void TestEppCommands::aLabels()
{
    QFETCH(QString, input);
    QFETCH(QString, aLabel);

    QCOMPARE(toALabel(input), aLabel);
    QVERIFY(aLabel.startsWith(QLatin1String("xn--")) || !aLabel.contains(QLatin1String("xn--")));

    const QString id = QStringLiteral("HD-1");
    auto nameIn = [](const QByteArray& command, QStringView verb) {
        const XmlElement root = parsed(command);
        const XmlElement* object = objectElement(root, verb, ns::Domain);
        return object ? object->childText(ns::Domain, u"name") : QStringLiteral("(missing)");
    };

    const QByteArray check = domainCheckCommand({input, input}, id);
    QCOMPARE(
        texts(
            objectElement(parsed(check), u"check", ns::Domain)->childrenNamed(ns::Domain, u"name")),
        QStringList({aLabel, aLabel}));
    QCOMPARE(nameIn(domainInfoCommand({input, {}}, id), u"info"), aLabel);

    DomainCreateRequest create = acores();
    create.name = input;
    create.nameServers = {
        {QStringLiteral("ns1.") + input.trimmed(), {QStringLiteral("192.0.2.1")}}};
    const QByteArray created = domainCreateCommand(create, id);
    VERIFY_VALID(created);
    QCOMPARE(nameIn(created, u"create"), aLabel);
    const XmlElement createRoot = parsed(created);
    QCOMPARE(at(*objectElement(createRoot, u"create", ns::Domain),
                {{ns::Domain, u"ns"}, {ns::Domain, u"hostAttr"}, {ns::Domain, u"hostName"}})
                 ->text,
             QString(QStringLiteral("ns1.") + aLabel));

    DomainUpdateRequest update;
    update.name = input;
    update.removeNameServers = {{QStringLiteral("ns2.") + input.trimmed(), {}}};
    const QByteArray updated = domainUpdateCommand(update, id);
    QCOMPARE(nameIn(updated, u"update"), aLabel);
    QCOMPARE(at(*objectElement(parsed(updated), u"update", ns::Domain), {{ns::Domain, u"rem"},
                                                                         {ns::Domain, u"ns"},
                                                                         {ns::Domain, u"hostAttr"},
                                                                         {ns::Domain, u"hostName"}})
                 ->text,
             QString(QStringLiteral("ns2.") + aLabel));

    DomainRenewRequest renew;
    renew.name = input;
    renew.currentExpiry = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(nameIn(domainRenewCommand(renew, id), u"renew"), aLabel);
    DomainTransferRequest transfer;
    transfer.name = input;
    QCOMPARE(nameIn(domainTransferCommand(transfer, id), u"transfer"), aLabel);
    QCOMPARE(nameIn(domainDeleteCommand(input, id), u"delete"), aLabel);
}

void TestEppCommands::loginAnnouncesOfferedExtensions_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("announced");

    const QString pc = ns::PtContact.toString();
    const QString pd = ns::PtDomain.toString();
    const QString sd = ns::SecDns.toString();
    const QString rgp = QStringLiteral("urn:ietf:params:xml:ns:rgp-1.0");

    QTest::newRow("the .PT greeting (E1)") << QStringList{pc, pd, sd} << QStringList{pc, pd, sd};
    QTest::newRow("offered in another order") << QStringList{sd, pd, pc} << QStringList{pc, pd, sd};
    QTest::newRow("no secDNS") << QStringList{pc, pd} << QStringList{pc, pd};
    QTest::newRow("an extension we do not use") << QStringList{rgp, sd} << QStringList{sd};
    QTest::newRow("the legacy FCCN URI is another extension")
        << QStringList{QStringLiteral("http://www.dns.pt/xml/epp/ptdomain-1.0")} << QStringList();
    QTest::newRow("nothing offered") << QStringList() << QStringList();
}

void TestEppCommands::loginAnnouncesOfferedExtensions()
{
    QFETCH(QStringList, offered);
    QFETCH(QStringList, announced);

    EppGreeting greeting;
    greeting.objectUris = defaultObjectUris();
    greeting.extensionUris = offered;
    LoginRequest login;
    login.clientId = QStringLiteral("regexemplo01");
    login.password = QStringLiteral("Seg!redo2025");
    login.extensionUris = greeting.offeredExtensions(defaultExtensionUris());
    QCOMPARE(login.extensionUris, announced);

    const QByteArray command = loginCommand(login, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);
    const XmlElement* svcs =
        at(root, {{ns::Epp, u"command"}, {ns::Epp, u"login"}, {ns::Epp, u"svcs"}});
    QVERIFY(svcs);
    QCOMPARE(texts(svcs->childrenNamed(ns::Epp, u"objURI")), defaultObjectUris());
    const XmlElement* extensions = svcs->child(ns::Epp, u"svcExtension");
    if (announced.isEmpty()) {
        QVERIFY2(!extensions, "an empty svcExtension is invalid and announces nothing");
        return;
    }
    QVERIFY(extensions);
    QCOMPARE(texts(extensions->childrenNamed(ns::Epp, u"extURI")), announced);
}

void TestEppCommands::loginCredentials()
{
    LoginRequest login;
    login.clientId = QStringLiteral("regexemplo01");
    login.password = QStringLiteral("Seg!redo2025");
    XmlElement root = parsed(loginCommand(login, QStringLiteral("HD-1")));
    const XmlElement* element = at(root, {{ns::Epp, u"command"}, {ns::Epp, u"login"}});
    QVERIFY(element);
    QCOMPARE(childSummary(element).mid(0, 2),
             QStringList({QStringLiteral("clID=regexemplo01"), QStringLiteral("pw=Seg!redo2025")}));
    QVERIFY(!element->child(ns::Epp, u"newPW"));
    QCOMPARE(childSummary(element->child(ns::Epp, u"options")),
             QStringList({QStringLiteral("version=1.0"), QStringLiteral("lang=en")}));

    login.newPassword = QStringLiteral("N0vo-Segredo!");
    root = parsed(loginCommand(login, QStringLiteral("HD-1")));
    element = at(root, {{ns::Epp, u"command"}, {ns::Epp, u"login"}});
    QCOMPARE(childSummary(element).mid(0, 3),
             QStringList({QStringLiteral("clID=regexemplo01"), QStringLiteral("pw=Seg!redo2025"),
                          QStringLiteral("newPW=N0vo-Segredo!")}));
}

void TestEppCommands::curExpDateIsUtcDate_data()
{
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<QString>("curExpDate");

    const QTimeZone lisbon(QByteArrayLiteral("Europe/Lisbon"));
    const QTimeZone azores(QByteArrayLiteral("Atlantic/Azores"));
    QTest::newRow("UTC, last second of the day")
        << QDateTime(QDate(2026, 6, 14), QTime(23, 59, 59), QTimeZone::utc())
        << QStringLiteral("2026-06-14");
    QTest::newRow("UTC, last millisecond")
        << QDateTime(QDate(2026, 6, 14), QTime(23, 59, 59, 999), QTimeZone::utc())
        << QStringLiteral("2026-06-14");
    QTest::newRow("UTC midnight") << QDateTime(QDate(2026, 6, 15), QTime(0, 0), QTimeZone::utc())
                                  << QStringLiteral("2026-06-15");
    QTest::newRow("Lisbon summer: the 15th locally, the 14th in UTC")
        << QDateTime(QDate(2026, 6, 15), QTime(0, 59, 59), lisbon) << QStringLiteral("2026-06-14");
    QTest::newRow("Lisbon summer: 01:00 is UTC midnight")
        << QDateTime(QDate(2026, 6, 15), QTime(1, 0), lisbon) << QStringLiteral("2026-06-15");
    QTest::newRow("Lisbon winter: same date")
        << QDateTime(QDate(2026, 1, 1), QTime(0, 30), lisbon) << QStringLiteral("2026-01-01");
    QTest::newRow("Lisbon, the night clocks go forward")
        << QDateTime(QDate(2026, 3, 29), QTime(0, 30), lisbon) << QStringLiteral("2026-03-29");
    QTest::newRow("Lisbon, the night clocks go back")
        << QDateTime(QDate(2026, 10, 25), QTime(0, 30), lisbon) << QStringLiteral("2026-10-24");
    QTest::newRow("Azores, 23:30 on the 31st is the 1st in UTC")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 30), azores) << QStringLiteral("2027-01-01");
    QTest::newRow("offset +14:00")
        << QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(14 * 3600))
        << QStringLiteral("2026-06-14");
    QTest::newRow("offset -10:00")
        << QDateTime(QDate(2026, 6, 14), QTime(20, 0), QTimeZone(-10 * 3600))
        << QStringLiteral("2026-06-15");
    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), QTimeZone::utc())
                              << QStringLiteral("2028-02-29");
}

void TestEppCommands::curExpDateIsUtcDate()
{
    QFETCH(QDateTime, expiry);
    QFETCH(QString, curExpDate);

    DomainRenewRequest renew;
    renew.name = QStringLiteral("padaria-lusitana.pt");
    renew.currentExpiry = expiry;
    renew.periodYears = 1;
    const QByteArray command = domainRenewCommand(renew, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);
    const XmlElement* object = objectElement(root, u"renew", ns::Domain);
    QVERIFY(object);
    QCOMPARE(childSummary(object), QStringList({QStringLiteral("name=padaria-lusitana.pt"),
                                                QString(QStringLiteral("curExpDate=") + curExpDate),
                                                QStringLiteral("period=1")}));
    QCOMPARE(object->child(ns::Domain, u"period")->attribute(u"unit"), QStringLiteral("y"));
    QVERIFY(!at(root, {{ns::Epp, u"command"}, {ns::Epp, u"extension"}}));
}

void TestEppCommands::domainCreateContent()
{
    DomainCreateRequest request = acores();
    request.periodYears = 3;
    request.nameServers = {
        {QStringLiteral("ns1.açores-turismo.pt"),
         {QStringLiteral("192.0.2.10"), QStringLiteral(" 2001:DB8:10::53 ")}},
        {QStringLiteral("ns.alojamento-exemplo.net"), {}},
    };
    request.techContacts = {QStringLiteral("RGEX-100200-ADNS"), QStringLiteral("RGEX-100201-ADNS")};
    request.autoRenew = false;
    request.arbitration = true;
    request.ownerConf = false;
    request.dsRecords = {ds(20873, QStringLiteral("6f3a 0c5e 2b9d"))};
    const QByteArray command = domainCreateCommand(request, QStringLiteral("HD-20250310-0004"));
    VERIFY_VALID(command);

    const XmlElement root = parsed(command);
    const XmlElement* create = objectElement(root, u"create", ns::Domain);
    QVERIFY(create);
    QStringList order;
    for (const XmlElement& c : create->children)
        order << c.name;
    QCOMPARE(order,
             QStringList({QStringLiteral("name"), QStringLiteral("period"), QStringLiteral("ns"),
                          QStringLiteral("registrant"), QStringLiteral("contact"),
                          QStringLiteral("contact"), QStringLiteral("authInfo")}));
    QCOMPARE(create->childText(ns::Domain, u"period"), QStringLiteral("3"));
    QCOMPARE(create->child(ns::Domain, u"period")->attribute(u"unit"), QStringLiteral("y"));
    QCOMPARE(create->childText(ns::Domain, u"registrant"), QStringLiteral("MSLV-482913-ADNS"));
    // Tech contacts only: .PT v2 has no admin or billing contacts.
    const QList<const XmlElement*> contacts = create->childrenNamed(ns::Domain, u"contact");
    QCOMPARE(texts(contacts), request.techContacts);
    for (const XmlElement* c : contacts)
        QCOMPARE(c->attribute(u"type"), QStringLiteral("tech"));

    const XmlElement* nsList = create->child(ns::Domain, u"ns");
    QVERIFY(!nsList->child(ns::Domain, u"hostObj"));
    const QList<const XmlElement*> hosts = nsList->childrenNamed(ns::Domain, u"hostAttr");
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(0)->childText(ns::Domain, u"hostName"),
             QStringLiteral("ns1.xn--aores-turismo-igb.pt"));
    const QList<const XmlElement*> glue = hosts.at(0)->childrenNamed(ns::Domain, u"hostAddr");
    QCOMPARE(glue.size(), 2);
    QCOMPARE(glue.at(0)->attribute(u"ip"), QStringLiteral("v4"));
    QCOMPARE(glue.at(0)->text, QStringLiteral("192.0.2.10"));
    QCOMPARE(glue.at(1)->attribute(u"ip"), QStringLiteral("v6"));
    QCOMPARE(glue.at(1)->text, QStringLiteral("2001:DB8:10::53"));
    QVERIFY(hosts.at(1)->childrenNamed(ns::Domain, u"hostAddr").isEmpty());
    QCOMPARE(at(*create, {{ns::Domain, u"authInfo"}, {ns::Domain, u"pw"}})->text,
             QStringLiteral("Az0r-2025-tur"));

    QCOMPARE(childSummary(extensionBlock(root, ns::PtDomain, u"create")),
             QStringList({QStringLiteral("autoRenew=false"), QStringLiteral("Arbitration=true"),
                          QStringLiteral("ownerConf=false")}));
    const XmlElement* secDns = extensionBlock(root, ns::SecDns, u"create");
    QVERIFY(secDns);
    QCOMPARE(childSummary(secDns->child(ns::SecDns, u"dsData")),
             QStringList({QStringLiteral("keyTag=20873"), QStringLiteral("alg=13"),
                          QStringLiteral("digestType=2"), QStringLiteral("digest=6F3A0C5E2B9D")}));

    // No DS records, no secDNS block.
    request.dsRecords.clear();
    const XmlElement plain = parsed(domainCreateCommand(request, QStringLiteral("HD-1")));
    QVERIFY(!extensionBlock(plain, ns::SecDns, u"create"));
    QVERIFY(extensionBlock(plain, ns::PtDomain, u"create"));
}

void TestEppCommands::domainUpdateExtensions_data()
{
    QTest::addColumn<std::function<void(DomainUpdateRequest&)>>("change");
    QTest::addColumn<QStringList>("ptUpdate");  // children of ptdomain:update; empty: no block
    QTest::addColumn<QStringList>("secDnsRem"); // "all=true" or keyTags; empty: no rem
    QTest::addColumn<QStringList>("secDnsAdd"); // keyTags; empty: no add

    using Change = std::function<void(DomainUpdateRequest&)>;
    const QStringList none;
    QTest::newRow("nothing") << Change([](DomainUpdateRequest&) {}) << none << none << none;
    QTest::newRow("core change only") << Change([](DomainUpdateRequest& r) {
        r.addTechContacts = {QStringLiteral("RGEX-100300-ADNS")};
    }) << none << none << none;
    QTest::newRow("auto-renew off")
        << Change([](DomainUpdateRequest& r) { r.autoRenew = false; })
        << QStringList{QStringLiteral("autoRenew=false")} << none << none;
    QTest::newRow("auto-renew on") << Change([](DomainUpdateRequest& r) { r.autoRenew = true; })
                                   << QStringList{QStringLiteral("autoRenew=true")} << none << none;
    QTest::newRow("all three flags, in order")
        << Change([](DomainUpdateRequest& r) {
               r.ownerConf = true;
               r.arbitration = false;
               r.autoRenew = true;
           })
        << QStringList{QStringLiteral("autoRenew=true"), QStringLiteral("Arbitration=false"),
                       QStringLiteral("ownerConf=true")}
        << none << none;
    QTest::newRow("ownerConf only")
        << Change([](DomainUpdateRequest& r) { r.ownerConf = false; })
        << QStringList{QStringLiteral("ownerConf=false")} << none << none;
    QTest::newRow("arbitration only")
        << Change([](DomainUpdateRequest& r) { r.arbitration = true; })
        << QStringList{QStringLiteral("Arbitration=true")} << none << none;
    QTest::newRow("remove every DS record")
        << Change([](DomainUpdateRequest& r) { r.removeAllDsRecords = true; }) << none
        << QStringList{QStringLiteral("all=true")} << none;
    QTest::newRow("remove all wins over a list") << Change([](DomainUpdateRequest& r) {
        r.removeAllDsRecords = true;
        r.removeDsRecords = {ds(20873, digestOld)};
        r.addDsRecords = {ds(41522, digestNew)};
    }) << none << QStringList{QStringLiteral("all=true")}
                                                 << QStringList{QStringLiteral("41522")};
    QTest::newRow("key roll") << Change([](DomainUpdateRequest& r) {
        r.removeDsRecords = {ds(20873, digestOld)};
        r.addDsRecords = {ds(41522, digestNew), ds(41523, digestNew)};
    }) << none << QStringList{QStringLiteral("20873")}
                              << QStringList{QStringLiteral("41522"), QStringLiteral("41523")};
    QTest::newRow("first DS record")
        << Change([](DomainUpdateRequest& r) { r.addDsRecords = {ds(41522, digestNew)}; }) << none
        << none << QStringList{QStringLiteral("41522")};
    QTest::newRow("flag and DS together") << Change([](DomainUpdateRequest& r) {
        r.autoRenew = false;
        r.removeAllDsRecords = true;
    }) << QStringList{QStringLiteral("autoRenew=false")}
                                          << QStringList{QStringLiteral("all=true")} << none;
}

void TestEppCommands::domainUpdateExtensions()
{
    QFETCH(std::function<void(DomainUpdateRequest&)>, change);
    QFETCH(QStringList, ptUpdate);
    QFETCH(QStringList, secDnsRem);
    QFETCH(QStringList, secDnsAdd);

    DomainUpdateRequest request;
    request.name = QStringLiteral("padaria-lusitana.pt");
    change(request);
    const QByteArray command = domainUpdateCommand(request, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);

    const bool anyExtension = !ptUpdate.isEmpty() || !secDnsRem.isEmpty() || !secDnsAdd.isEmpty();
    QCOMPARE(at(root, {{ns::Epp, u"command"}, {ns::Epp, u"extension"}}) != nullptr, anyExtension);
    const XmlElement* pt = extensionBlock(root, ns::PtDomain, u"update");
    QCOMPARE(pt != nullptr, !ptUpdate.isEmpty());
    QCOMPARE(childSummary(pt), ptUpdate);

    const XmlElement* secDns = extensionBlock(root, ns::SecDns, u"update");
    QCOMPARE(secDns != nullptr, !secDnsRem.isEmpty() || !secDnsAdd.isEmpty());
    auto keyTags = [](const XmlElement* block) {
        QStringList tags;
        if (!block)
            return tags;
        if (const XmlElement* all = block->child(ns::SecDns, u"all"))
            tags << QString(QStringLiteral("all=") + all->text);
        for (const XmlElement* d : block->childrenNamed(ns::SecDns, u"dsData"))
            tags << d->childText(ns::SecDns, u"keyTag");
        return tags;
    };
    if (secDns) {
        QCOMPARE(keyTags(secDns->child(ns::SecDns, u"rem")), secDnsRem);
        QCOMPARE(keyTags(secDns->child(ns::SecDns, u"add")), secDnsAdd);
        QVERIFY(!secDns->child(ns::SecDns, u"chg"));
    }
}

void TestEppCommands::domainUpdateCoreContent()
{
    DomainUpdateRequest request;
    request.name = QStringLiteral("padaria-lusitana.pt");
    request.addNameServers = {
        {QStringLiteral("ns1.padaria-lusitana.pt"), {QStringLiteral("2001:db8::1")}}};
    request.removeNameServers = {{QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
    request.addTechContacts = {QStringLiteral("RGEX-100300-ADNS")};
    request.removeTechContacts = {QStringLiteral("RGEX-100200-ADNS")};
    request.addStatuses = {{QStringLiteral("clientTransferProhibited"), {}, {}}};
    request.removeStatuses = {{QStringLiteral("clientHold"), {}, {}}};
    request.newAuthInfo = QStringLiteral("Novo-Codigo-77");
    const QByteArray command = domainUpdateCommand(request, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);
    const XmlElement* update = objectElement(root, u"update", ns::Domain);
    QVERIFY(update);

    for (const auto& [which, host, tech, status] :
         {std::make_tuple(u"add", QStringLiteral("ns1.padaria-lusitana.pt"),
                          QStringLiteral("RGEX-100300-ADNS"),
                          QStringLiteral("clientTransferProhibited")),
          std::make_tuple(u"rem", QStringLiteral("ns2.alojamento-exemplo.net"),
                          QStringLiteral("RGEX-100200-ADNS"), QStringLiteral("clientHold"))}) {
        const XmlElement* part = update->child(ns::Domain, which);
        QVERIFY(part);
        QCOMPARE(at(*part, {{ns::Domain, u"ns"}, {ns::Domain, u"hostAttr"}})
                     ->childText(ns::Domain, u"hostName"),
                 host);
        QCOMPARE(part->childText(ns::Domain, u"contact"), tech);
        QCOMPARE(part->child(ns::Domain, u"contact")->attribute(u"type"), QStringLiteral("tech"));
        QCOMPARE(part->child(ns::Domain, u"status")->attribute(u"s"), status);
    }
    const XmlElement* glue = at(*update, {{ns::Domain, u"add"},
                                          {ns::Domain, u"ns"},
                                          {ns::Domain, u"hostAttr"},
                                          {ns::Domain, u"hostAddr"}});
    QCOMPARE(glue->attribute(u"ip"), QStringLiteral("v6"));

    // chg carries the new code but no registrant: no owner change was asked.
    const XmlElement* chg = update->child(ns::Domain, u"chg");
    QVERIFY(chg);
    QVERIFY(!chg->child(ns::Domain, u"registrant"));
    QCOMPARE(at(*chg, {{ns::Domain, u"authInfo"}, {ns::Domain, u"pw"}})->text,
             QStringLiteral("Novo-Codigo-77"));

    // Owner change: chg/registrant alone.
    DomainUpdateRequest owner;
    owner.name = QStringLiteral("padaria-lusitana.pt");
    owner.newRegistrant = QStringLiteral("JCRZ-771204-ADNS");
    const XmlElement ownerRoot = parsed(domainUpdateCommand(owner, QStringLiteral("HD-1")));
    const XmlElement* ownerUpdate = objectElement(ownerRoot, u"update", ns::Domain);
    QCOMPARE(childSummary(ownerUpdate),
             QStringList({QStringLiteral("name=padaria-lusitana.pt"), QStringLiteral("chg=")}));
    QCOMPARE(childSummary(ownerUpdate->child(ns::Domain, u"chg")),
             QStringList{QStringLiteral("registrant=JCRZ-771204-ADNS")});
}

void TestEppCommands::transferContent_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("authInfo");
    QTest::addColumn<bool>("setAutoRenew");
    QTest::addColumn<QString>("opAttribute");
    QTest::addColumn<bool>("withPtTransfer");

    QTest::newRow("request with code and flag")
        << int(TransferOp::Request) << QStringLiteral("Tr4nsf-Largo-55") << true
        << QStringLiteral("request") << true;
    QTest::newRow("request without flag")
        << int(TransferOp::Request) << QStringLiteral("Tr4nsf-Largo-55") << false
        << QStringLiteral("request") << false;
    QTest::newRow("query") << int(TransferOp::Query) << QString() << true << QStringLiteral("query")
                           << false;
    QTest::newRow("approve") << int(TransferOp::Approve) << QString() << false
                             << QStringLiteral("approve") << false;
    QTest::newRow("reject") << int(TransferOp::Reject) << QString() << false
                            << QStringLiteral("reject") << false;
    QTest::newRow("cancel") << int(TransferOp::Cancel) << QString() << false
                            << QStringLiteral("cancel") << false;
}

void TestEppCommands::transferContent()
{
    QFETCH(int, op);
    QFETCH(QString, authInfo);
    QFETCH(bool, setAutoRenew);
    QFETCH(QString, opAttribute);
    QFETCH(bool, withPtTransfer);

    DomainTransferRequest request;
    request.op = TransferOp(op);
    request.name = QStringLiteral("café-do-largo.pt");
    request.authInfo = authInfo;
    if (setAutoRenew)
        request.autoRenew = false;
    const QByteArray command = domainTransferCommand(request, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);
    QCOMPARE(at(root, {{ns::Epp, u"command"}, {ns::Epp, u"transfer"}})->attribute(u"op"),
             opAttribute);
    const XmlElement* transfer = objectElement(root, u"transfer", ns::Domain);
    QCOMPARE(transfer->childText(ns::Domain, u"name"), QStringLiteral("xn--caf-do-largo-deb.pt"));
    QVERIFY(!transfer->child(ns::Domain, u"period")); // .PT adds no period on transfer
    const XmlElement* pw = at(*transfer, {{ns::Domain, u"authInfo"}, {ns::Domain, u"pw"}});
    QCOMPARE(pw != nullptr, !authInfo.isEmpty());
    if (pw)
        QCOMPARE(pw->text, authInfo);
    const XmlElement* pt = extensionBlock(root, ns::PtDomain, u"transfer");
    QCOMPARE(pt != nullptr, withPtTransfer);
    if (pt)
        QCOMPARE(childSummary(pt), QStringList{QStringLiteral("autoRenew=false")});
}

void TestEppCommands::contactCreateContent()
{
    ContactCreateRequest request = joana();
    request.postalInfo.type = QStringLiteral("loc"); // ignored: .PT takes "int" only
    request.postalInfo.address.street = {QStringLiteral("1"), QStringLiteral("2"),
                                         QStringLiteral("3"), QStringLiteral("4")};
    request.postalInfo.address.countryCode = QStringLiteral("pt");
    request.authInfo.clear();
    request.mobile.clear();
    const QByteArray command = contactCreateCommand(request, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);
    const XmlElement* create = objectElement(root, u"create", ns::Contact);
    QVERIFY(create);
    const QList<const XmlElement*> postal = create->childrenNamed(ns::Contact, u"postalInfo");
    QCOMPARE(postal.size(), 1);
    QCOMPARE(postal.first()->attribute(u"type"), QStringLiteral("int"));
    const XmlElement* addr = postal.first()->child(ns::Contact, u"addr");
    QCOMPARE(texts(addr->childrenNamed(ns::Contact, u"street")),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(addr->childText(ns::Contact, u"cc"), QStringLiteral("PT"));
    QVERIFY(!addr->child(ns::Contact, u"sp"));
    QVERIFY(!create->child(ns::Contact, u"fax"));

    // A random authInfo, different each time.
    const QString pw = at(*create, {{ns::Contact, u"authInfo"}, {ns::Contact, u"pw"}})->text;
    QCOMPARE(pw.size(), 16);
    const XmlElement again = parsed(contactCreateCommand(request, QStringLiteral("HD-1")));
    QVERIFY(at(*objectElement(again, u"create", ns::Contact),
               {{ns::Contact, u"authInfo"}, {ns::Contact, u"pw"}})
                ->text != pw);

    // VAT always, mobile only when there is one.
    QCOMPARE(childSummary(extensionBlock(root, ns::PtContact, u"create")),
             QStringList{QStringLiteral("vat=PT512345678")});
    request.mobile = QStringLiteral("+351.912345678");
    const XmlElement withMobile = parsed(contactCreateCommand(request, QStringLiteral("HD-1")));
    QCOMPARE(
        childSummary(extensionBlock(withMobile, ns::PtContact, u"create")),
        QStringList({QStringLiteral("vat=PT512345678"), QStringLiteral("mobile=+351.912345678")}));
}

void TestEppCommands::contactUpdateContent_data()
{
    QTest::addColumn<std::function<void(ContactUpdateRequest&)>>("change");
    QTest::addColumn<QStringList>("chg");  // names of chg's children; empty: no chg
    QTest::addColumn<QString>("ptMobile"); // null: no ptcontact:update

    using Change = std::function<void(ContactUpdateRequest&)>;
    QTest::newRow("nothing") << Change([](ContactUpdateRequest&) {}) << QStringList() << QString();
    QTest::newRow("voice and e-mail (E13 without mobile)") << Change([](ContactUpdateRequest& r) {
        r.email = QStringLiteral("m.silva@exemplo.pt");
        r.voice = QStringLiteral("+351.213000222");
    }) << QStringList({QStringLiteral("voice"), QStringLiteral("email")})
                                                           << QString();
    QTest::newRow("mobile only") << Change([](ContactUpdateRequest& r) {
        r.mobile = QStringLiteral("+351.969876543");
    }) << QStringList() << QStringLiteral("+351.969876543");
    QTest::newRow("postal info and fax") << Change([](ContactUpdateRequest& r) {
        PostalInfo p;
        p.name = QStringLiteral("Miguel Silva");
        p.address.city = QStringLiteral("Lisboa");
        r.postalInfo = p;
        r.fax = QStringLiteral("+351.213000999");
    }) << QStringList({QStringLiteral("postalInfo"), QStringLiteral("fax")})
                                         << QString();
    QTest::newRow("clear the voice number")
        << Change([](ContactUpdateRequest& r) { r.voice = QString(); })
        << QStringList{QStringLiteral("voice")} << QString();
}

void TestEppCommands::contactUpdateContent()
{
    QFETCH(std::function<void(ContactUpdateRequest&)>, change);
    QFETCH(QStringList, chg);
    QFETCH(QString, ptMobile);

    ContactUpdateRequest request;
    request.id = QStringLiteral("MSLV-482913-ADNS");
    change(request);
    const QByteArray command = contactUpdateCommand(request, QStringLiteral("HD-1"));
    VERIFY_VALID(command);
    const XmlElement root = parsed(command);
    const XmlElement* update = objectElement(root, u"update", ns::Contact);
    QCOMPARE(update->childText(ns::Contact, u"id"), QStringLiteral("MSLV-482913-ADNS"));
    QVERIFY(!update->child(ns::Contact, u"add"));
    QVERIFY(!update->child(ns::Contact, u"rem"));
    const XmlElement* chgElement = update->child(ns::Contact, u"chg");
    QCOMPARE(chgElement != nullptr, !chg.isEmpty());
    QStringList names;
    if (chgElement) {
        for (const XmlElement& c : chgElement->children)
            names << c.name;
    }
    QCOMPARE(names, chg);
    if (const XmlElement* postal =
            chgElement ? chgElement->child(ns::Contact, u"postalInfo") : nullptr)
        QCOMPARE(postal->attribute(u"type"), QStringLiteral("int"));

    const XmlElement* pt = extensionBlock(root, ns::PtContact, u"update");
    QCOMPARE(pt != nullptr, !ptMobile.isNull());
    if (pt)
        QCOMPARE(childSummary(pt), QStringList{QString(QStringLiteral("mobile=") + ptMobile)});
}

void TestEppCommands::transactionIds_data()
{
    QTest::addColumn<std::function<QByteArray(const QString&)>>("build");

    using Build = std::function<QByteArray(const QString&)>;
    QTest::newRow("login") << Build([](const QString& id) {
        return loginCommand({QStringLiteral("regexemplo01"),
                             QStringLiteral("Seg!redo2025"),
                             {},
                             {},
                             defaultExtensionUris(),
                             QStringLiteral("en")},
                            id);
    });
    QTest::newRow("logout") << Build(logoutCommand);
    QTest::newRow("domain check") << Build(
        [](const QString& id) { return domainCheckCommand({QStringLiteral("exemplo.pt")}, id); });
    QTest::newRow("domain info") << Build([](const QString& id) {
        return domainInfoCommand({QStringLiteral("exemplo.pt"), {}}, id);
    });
    QTest::newRow("domain create")
        << Build([](const QString& id) { return domainCreateCommand(acores(), id); });
    QTest::newRow("domain update") << Build([](const QString& id) {
        DomainUpdateRequest r;
        r.name = QStringLiteral("exemplo.pt");
        r.autoRenew = true;
        return domainUpdateCommand(r, id);
    });
    QTest::newRow("domain renew") << Build([](const QString& id) {
        DomainRenewRequest r;
        r.name = QStringLiteral("exemplo.pt");
        r.currentExpiry = QDateTime(QDate(2026, 6, 14), QTime(12, 0), QTimeZone::utc());
        r.autoRenew = true;
        return domainRenewCommand(r, id);
    });
    QTest::newRow("domain transfer") << Build([](const QString& id) {
        DomainTransferRequest r;
        r.name = QStringLiteral("exemplo.pt");
        r.authInfo = QStringLiteral("Codigo-1234");
        r.autoRenew = true;
        return domainTransferCommand(r, id);
    });
    QTest::newRow("domain delete") << Build(
        [](const QString& id) { return domainDeleteCommand(QStringLiteral("exemplo.pt"), id); });
    QTest::newRow("contact check") << Build([](const QString& id) {
        return contactCheckCommand({QStringLiteral("MSLV-482913-ADNS")}, id);
    });
    QTest::newRow("contact info") << Build([](const QString& id) {
        return contactInfoCommand(QStringLiteral("MSLV-482913-ADNS"), id);
    });
    QTest::newRow("contact create")
        << Build([](const QString& id) { return contactCreateCommand(joana(), id); });
    QTest::newRow("contact update") << Build([](const QString& id) {
        ContactUpdateRequest r;
        r.id = QStringLiteral("MSLV-482913-ADNS");
        r.mobile = QStringLiteral("+351.969876543");
        return contactUpdateCommand(r, id);
    });
    QTest::newRow("poll req") << Build(pollRequestCommand);
    QTest::newRow("poll ack") << Build(
        [](const QString& id) { return pollAckCommand(QStringLiteral("90417"), id); });
}

void TestEppCommands::transactionIds()
{
    QFETCH(std::function<QByteArray(const QString&)>, build);

    // clTRID is the last child of <command>, after any extension.
    const QByteArray with = build(QStringLiteral("HD-20250310-0042"));
    VERIFY_VALID(with);
    const XmlElement root = parsed(with);
    const XmlElement* command = root.child(ns::Epp, u"command");
    QVERIFY(command);
    QVERIFY(command->children.last().is(ns::Epp, u"clTRID"));
    QCOMPARE(command->children.last().text, QStringLiteral("HD-20250310-0042"));
    QCOMPARE(command->childrenNamed(ns::Epp, u"clTRID").size(), 1);

    const QByteArray without = build(QString());
    VERIFY_VALID(without);
    QVERIFY(!parsed(without).child(ns::Epp, u"command")->child(ns::Epp, u"clTRID"));
}

void TestEppCommands::textIsEscaped()
{
    ContactCreateRequest request = joana();
    request.postalInfo.name = QStringLiteral("Ana \"Nini\" <Sá> & Filhos");
    request.postalInfo.organisation = QStringLiteral("Sá & Sá, Lda.");
    request.postalInfo.address.street = {QStringLiteral("Rua 5 de Outubro, n.º 7 \u2013 r/c")};
    request.authInfo = QStringLiteral("a<b&c>\"d'");
    const QByteArray command = contactCreateCommand(request, QStringLiteral("HD-<&>-1"));
    VERIFY_VALID(command);
    QVERIFY(command.contains("Ana \"Nini\" &lt;Sá&gt; &amp; Filhos"));
    const XmlElement root = parsed(command);
    const XmlElement* postal =
        objectElement(root, u"create", ns::Contact)->child(ns::Contact, u"postalInfo");
    QCOMPARE(postal->childText(ns::Contact, u"name"), request.postalInfo.name);
    QCOMPARE(postal->childText(ns::Contact, u"org"), request.postalInfo.organisation);
    QCOMPARE(at(*postal, {{ns::Contact, u"addr"}, {ns::Contact, u"street"}})->text,
             request.postalInfo.address.street.first());
    QCOMPARE(at(*objectElement(root, u"create", ns::Contact),
                {{ns::Contact, u"authInfo"}, {ns::Contact, u"pw"}})
                 ->text,
             request.authInfo);
    QCOMPARE(root.child(ns::Epp, u"command")->childText(ns::Epp, u"clTRID"),
             QStringLiteral("HD-<&>-1"));
}

QTEST_GUILESS_MAIN(TestEppCommands)
#include "tst_eppcommands.moc"
