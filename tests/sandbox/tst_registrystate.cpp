#include "RegistryState.h"

#include "TestDatabase.h"
#include "epp/EppNamespaces.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;
using namespace rd::sandbox;

Q_DECLARE_METATYPE(rd::sandbox::DomainCreate)
Q_DECLARE_METATYPE(rd::sandbox::DomainUpdate)
Q_DECLARE_METATYPE(rd::sandbox::ContactCreate)

namespace {

const QString Us = RegistryState::defaultRegistrar();
const QString Them = RegistryState::otherRegistrar();
const QString Third = QStringLiteral("terceiro03");

const QString Holder = QStringLiteral("MSLV-482913-ADNS");
const QString NewHolder = QStringLiteral("JCRZ-771204-ADNS");
const QString Tech = QStringLiteral("RGEX-100200-ADNS");
const QString Loose = QStringLiteral("SOLT-300300-ADNS"); // in no domain

const QString Padaria = QStringLiteral("padaria-lusitana.pt");
const QString Cafe = QStringLiteral("cafe-do-largo.pt");
const QString Blocked = QStringLiteral("bloqueado.pt");
const QString Locked = QStringLiteral("trancado.com.pt");

RegistryContact person(const QString& id, const QString& name, const QString& vat)
{
    RegistryContact c;
    c.id = id;
    c.roid = QStringLiteral("880001");
    c.name = name;
    c.address.street = {QStringLiteral("Rua das Flores, 120")};
    c.address.city = QStringLiteral("Porto");
    c.address.postcode = QStringLiteral("4050-262");
    c.voice = QStringLiteral("+351.223456789");
    c.email = QStringLiteral("geral@exemplo.pt");
    c.vat = vat;
    c.clID = Us;
    c.crID = Us;
    c.crDate = test::utc("2021-06-14T10:20:02Z");
    return c;
}

RegistryDomain domainOf(const QString& name, const QString& sponsor, const QString& authInfo)
{
    RegistryDomain d;
    d.name = name;
    d.roid = QStringLiteral("3158842");
    d.registrant = Holder;
    d.techContacts = {Tech};
    d.nameServers = {{QStringLiteral("ns1.alojamento-exemplo.net"), {}},
                     {QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
    d.clID = sponsor;
    d.crID = sponsor;
    d.crDate = test::utc("2021-06-14T10:22:31Z");
    d.exDate = test::utc("2026-06-14T23:59:59Z");
    d.authInfo = authInfo;
    d.autoRenew = true;
    return d;
}

// A registry at 2025-03-10 with three holders, a loose contact and four
// domains: one ours, one of another registrar, one server-locked, one under
// registry lock.
struct Registry
{
    FixedClock clock{test::utc("2025-03-10T09:15:00Z")};
    RegistryState state{clock};

    Registry()
    {
        state.addRegistrar({Third, QStringLiteral("Terc3iro!"), QStringLiteral("Terceiro, Lda.")});
        state.insertContact(
            person(Holder, QStringLiteral("Miguel Silva"), QStringLiteral("PT123456789")));
        state.insertContact(
            person(NewHolder, QStringLiteral("Joana Cruz"), QStringLiteral("PT512345678")));
        state.insertContact(
            person(Tech, QStringLiteral("Registo Exemplo"), QStringLiteral("PT501964843")));
        state.insertContact(
            person(Loose, QStringLiteral("Sónia Lopes"), QStringLiteral("PT234567899")));
        state.insertDomain(domainOf(Padaria, Us, QStringLiteral("Kx7-padaria-91")));
        state.insertDomain(domainOf(Cafe, Them, QStringLiteral("Tr4nsf-Largo-55")));
        RegistryDomain blocked = domainOf(Blocked, Us, QStringLiteral("Bl0q-0001"));
        blocked.statuses = {QStringLiteral("serverUpdateProhibited")};
        state.insertDomain(blocked);
        RegistryDomain locked = domainOf(Locked, Us, QStringLiteral("Tr4nc-0002"));
        locked.registryLock = true;
        state.insertDomain(locked);
    }

    void advanceDays(double days) { clock.advanceSecs(qint64(days * 24 * 3600)); }
};

DomainCreate createRequest(const QString& name)
{
    DomainCreate request;
    request.name = name;
    request.period = Period{1, QStringLiteral("y")};
    request.registrant = Holder;
    request.contacts = {{QStringLiteral("tech"), Tech}};
    request.nameServers = {{QStringLiteral("ns1.alojamento-exemplo.net"), {}},
                           {QStringLiteral("ns2.alojamento-exemplo.net"), {}}};
    request.authInfo = QStringLiteral("Az0r-2025-tur");
    return request;
}

ContactCreate contactRequest()
{
    ContactCreate request;
    request.requestedId = QStringLiteral("JCRZ-771204-ADNS");
    request.name = QStringLiteral("Inês Conceição");
    request.organisation = QStringLiteral("Padaria Lusitana, Lda.");
    request.address.street = {QStringLiteral("Rua das Flores, 120")};
    request.address.city = QStringLiteral("Porto");
    request.address.postcode = QStringLiteral("4050-262");
    request.voice = QStringLiteral("+351.223456789");
    request.email = QStringLiteral("ines@padaria-lusitana.pt");
    request.vat = QStringLiteral("PT512345678");
    request.mobile = QStringLiteral("+351.912345678");
    return request;
}

QString pollTexts(const RegistryState& state, const QString& registrar)
{
    QStringList texts;
    for (const PollMessage& message : state.pollMessages(registrar))
        texts << message.text;
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class tst_RegistryState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTwoRegistrars();
    void createDomain_data();
    void createDomain();
    void createdDomainRecord();
    void checkDomains();
    void infoHidesAuthInfoFromOthers();
    void reportedStatuses();
    void updateDomain_data();
    void updateDomain();
    void updateAppliesEverything();
    void renewDomain_data();
    void renewDomain();
    void transferWithAuthCodeIsImmediateAndSingleUse();
    void transferRefusals_data();
    void transferRefusals();
    void deleteDomain_data();
    void deleteDomain();
    void ownerChangeBlocksOtherChanges();
    void ownerChange_data();
    void ownerChange();
    void tickDeletesOrRenews_data();
    void tickDeletesOrRenews();
    void verification();
    void createContact_data();
    void createContact();
    void contactHandlesAreAllocated();
    void checkAndUpdateContact();
    void deleteContact();
    void pollQueue();
    void serverTransactionIdsAreUnique();
};

void tst_RegistryState::startsWithTwoRegistrars()
{
    Registry r;
    QVERIFY(r.state.authenticate(Us, RegistryState::defaultPassword()));
    QVERIFY(r.state.authenticate(Them, RegistryState::otherPassword()));
    QVERIFY(!r.state.authenticate(Us, RegistryState::otherPassword()));
    QVERIFY(!r.state.authenticate(QStringLiteral("ninguem"), QString()));
    QVERIFY(r.state.changePassword(Us, QStringLiteral("N0vo!2025")));
    QVERIFY(r.state.authenticate(Us, QStringLiteral("N0vo!2025")));
}

void tst_RegistryState::createDomain_data()
{
    QTest::addColumn<DomainCreate>("request");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("plain") << createRequest(QStringLiteral("livraria-exemplo.pt")) << 1000
                           << QString();
    QTest::newRow("A-label of açores-turismo")
        << createRequest(QStringLiteral("xn--aores-turismo-igb.pt")) << 1000 << QString();
    QTest::newRow("upper case") << createRequest(QStringLiteral("Livraria-Exemplo.PT")) << 1000
                                << QString();
    QTest::newRow("com.pt") << createRequest(QStringLiteral("loja.com.pt")) << 1000 << QString();
    DomainCreate fiveYears = createRequest(QStringLiteral("cinco.pt"));
    fiveYears.period = Period{5, QStringLiteral("y")};
    QTest::newRow("5 years") << fiveYears << 1000 << QString();
    DomainCreate months = createRequest(QStringLiteral("meses.pt"));
    months.period = Period{36, QStringLiteral("m")};
    QTest::newRow("36 months") << months << 1000 << QString();
    DomainCreate noPeriod = createRequest(QStringLiteral("sem-periodo.pt"));
    noPeriod.period.reset();
    QTest::newRow("no period") << noPeriod << 1000 << QString();

    // 2302 / 2005 / 2306 / 2308 on the name.
    QTest::newRow("exists") << createRequest(Padaria) << 2302
                            << QStringLiteral("Domain name already registered");
    QTest::newRow("U-label sent") << createRequest(QStringLiteral("ação.pt")) << 2005
                                  << QStringLiteral("A-label");
    QTest::newRow("underscore") << createRequest(QStringLiteral("loja_nova.pt")) << 2005
                                << QStringLiteral("Invalid character");
    QTest::newRow("empty label") << createRequest(QStringLiteral("loja..pt")) << 2005
                                 << QStringLiteral("1 to 63");
    QTest::newRow("no name") << createRequest(QString()) << 2003 << QString();
    QTest::newRow("one character")
        << createRequest(QStringLiteral("a.pt")) << 2306 << QStringLiteral("too short");
    QTest::newRow("leading hyphen")
        << createRequest(QStringLiteral("-loja.pt")) << 2306 << QStringLiteral("hyphen");
    QTest::newRow("not .pt") << createRequest(QStringLiteral("exemplo.com")) << 2306
                             << QStringLiteral(".pt");
    QTest::newRow("A-label of año")
        << createRequest(QStringLiteral("xn--ao-zja.pt")) << 2306 << QStringLiteral("ñ");
    QTest::newRow("closed org.pt") << createRequest(QStringLiteral("nova.org.pt")) << 2306
                                   << QStringLiteral("org.pt are closed");
    QTest::newRow("reserved lisboa")
        << createRequest(QStringLiteral("lisboa.pt")) << 2308 << QStringLiteral("Geographic names");
    QTest::newRow("reserved évora")
        << createRequest(QStringLiteral("xn--vora-9oa.pt")) << 2308 << QStringLiteral("reserved");

    // Periods: 1, 3 or 5 years.
    for (const int years : {0, 2, 4, 10}) {
        DomainCreate request = createRequest(QStringLiteral("periodo.pt"));
        request.period = Period{years, QStringLiteral("y")};
        QTest::addRow("%d years", years)
            << request << 2306 << QStringLiteral("Allowed periods are 1, 3 or 5 years");
    }
    DomainCreate oddMonths = createRequest(QStringLiteral("periodo.pt"));
    oddMonths.period = Period{18, QStringLiteral("m")};
    QTest::newRow("18 months") << oddMonths << 2306 << QStringLiteral("1, 3 or 5");
    DomainCreate days = createRequest(QStringLiteral("periodo.pt"));
    days.period = Period{365, QStringLiteral("d")};
    QTest::newRow("unit d") << days << 2005 << QStringLiteral("unit");

    // Contacts: registrant and tech only.
    DomainCreate admin = createRequest(QStringLiteral("contactos.pt"));
    admin.contacts << ContactRef{QStringLiteral("admin"), Holder};
    QTest::newRow("admin contact") << admin << 2306 << QStringLiteral("Only tech contacts");
    DomainCreate billing = createRequest(QStringLiteral("contactos.pt"));
    billing.contacts = {{QStringLiteral("billing"), Tech}};
    QTest::newRow("billing contact") << billing << 2306 << QStringLiteral("no admin or billing");
    DomainCreate noTech = createRequest(QStringLiteral("contactos.pt"));
    noTech.contacts.clear();
    QTest::newRow("no tech") << noTech << 2003 << QStringLiteral("tech contact");
    DomainCreate unknownTech = createRequest(QStringLiteral("contactos.pt"));
    unknownTech.contacts = {{QStringLiteral("tech"), QStringLiteral("NADA-000001-ADNS")}};
    QTest::newRow("unknown tech") << unknownTech << 2303 << QStringLiteral("NADA-000001-ADNS");
    DomainCreate unknownHolder = createRequest(QStringLiteral("contactos.pt"));
    unknownHolder.registrant = QStringLiteral("NADA-000001-ADNS");
    QTest::newRow("unknown registrant") << unknownHolder << 2303 << QStringLiteral("NADA");
    DomainCreate noHolder = createRequest(QStringLiteral("contactos.pt"));
    noHolder.registrant.clear();
    QTest::newRow("no registrant") << noHolder << 2003 << QStringLiteral("registrant");

    // Name servers: host attributes, two or none, glue only in zone.
    DomainCreate none = createRequest(QStringLiteral("reservado.pt"));
    none.nameServers.clear();
    QTest::newRow("no name servers") << none << 1000 << QString();
    DomainCreate one = createRequest(QStringLiteral("servidores.pt"));
    one.nameServers.removeLast();
    QTest::newRow("one name server") << one << 2306 << QStringLiteral("at least two");
    DomainCreate inZone = createRequest(QStringLiteral("servidores.pt"));
    inZone.nameServers.first().host = QStringLiteral("ns1.servidores.pt");
    QTest::newRow("in zone without glue") << inZone << 2003 << QStringLiteral("glue");
    DomainCreate glued = inZone;
    glued.nameServers.first().addresses = {QStringLiteral("192.0.2.10"),
                                           QStringLiteral("2001:db8:10::53")};
    QTest::newRow("in zone with glue") << glued << 1000 << QString();
    DomainCreate outOfZone = createRequest(QStringLiteral("servidores.pt"));
    outOfZone.nameServers.first().addresses = {QStringLiteral("192.0.2.10")};
    QTest::newRow("glue out of zone") << outOfZone << 2306 << QStringLiteral("inside the domain");
    DomainCreate badV4 = glued;
    badV4.nameServers.first().addresses = {QStringLiteral("192.0.2.300")};
    QTest::newRow("bad IPv4") << badV4 << 2005 << QStringLiteral("IP address");
    DomainCreate badV6 = glued;
    badV6.nameServers.first().addresses = {QStringLiteral("2001:db8::10::53")};
    QTest::newRow("bad IPv6") << badV6 << 2005 << QStringLiteral("IP address");
    DomainCreate badHost = createRequest(QStringLiteral("servidores.pt"));
    badHost.nameServers.first().host = QStringLiteral("ns_1.exemplo.net");
    QTest::newRow("bad host name") << badHost << 2005 << QStringLiteral("host name");
    DomainCreate twice = createRequest(QStringLiteral("servidores.pt"));
    twice.nameServers.last().host = twice.nameServers.first().host;
    QTest::newRow("name server twice") << twice << 2306 << QStringLiteral("twice");
    DomainCreate objects = createRequest(QStringLiteral("servidores.pt"));
    objects.usesHostObjects = true;
    QTest::newRow("host objects") << objects << 2102 << QStringLiteral("hostAttr");

    // DNSSEC.
    DomainCreate signedOk = createRequest(QStringLiteral("assinado.pt"));
    signedOk.dsRecords = {
        {20873, 13, 2,
         QStringLiteral("6f3a0c5e2b9d41a7c8e05b7d3f1294ae6c0b8d2f7a5e3c1b9d4f6a8e0c2b7d5f")}};
    QTest::newRow("DS record") << signedOk << 1000 << QString();
    DomainCreate shortDigest = signedOk;
    shortDigest.dsRecords.first().digest.chop(2);
    QTest::newRow("DS digest length") << shortDigest << 2306 << QStringLiteral("digest length");
    DomainCreate badAlgorithm = signedOk;
    badAlgorithm.dsRecords.first().algorithm = 1;
    QTest::newRow("DS algorithm") << badAlgorithm << 2306 << QStringLiteral("algorithm");
    DomainCreate notHex = signedOk;
    notHex.dsRecords.first().digest.replace(0, 1, QLatin1Char('G'));
    QTest::newRow("DS digest not hex") << notHex << 2005 << QStringLiteral("hexadecimal");
    DomainCreate keyTag = signedOk;
    keyTag.dsRecords.first().keyTag = 70000;
    QTest::newRow("DS keyTag") << keyTag << 2004 << QStringLiteral("keyTag");
}

void tst_RegistryState::createDomain()
{
    QFETCH(DomainCreate, request);
    QFETCH(int, code);
    QFETCH(QString, reason);

    Registry r;
    const int before = r.state.domainCount();
    const RegistryResult result = r.state.createDomain(Us, request);
    QCOMPARE(result.code, code);
    if (!reason.isEmpty())
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    QCOMPARE(r.state.domainCount(), result.ok() ? before + 1 : before);
}

void tst_RegistryState::createdDomainRecord()
{
    Registry r;
    DomainCreate request = createRequest(QStringLiteral("Xn--Aores-Turismo-IGB.pt"));
    request.period = Period{3, QStringLiteral("y")};
    request.authInfo.clear();
    request.autoRenew = true;
    request.arbitration = true;
    request.contacts << ContactRef{QStringLiteral("tech"), Tech}; // listed twice, kept once
    RegistryDomain created;
    QCOMPARE(r.state.createDomain(Us, request, &created).code, 1000);

    const RegistryDomain* stored = r.state.domain(QStringLiteral("xn--aores-turismo-igb.pt"));
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("xn--aores-turismo-igb.pt"));
    QCOMPARE(created.name, stored->name);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+$")).match(stored->roid).hasMatch());
    QVERIFY(stored->roid != QStringLiteral("3158842"));
    QCOMPARE(stored->crDate, test::utc("2025-03-10T09:15:00Z"));
    QCOMPARE(stored->exDate, test::utc("2028-03-10T09:15:00Z"));
    QCOMPARE(stored->clID, Us);
    QCOMPARE(stored->crID, Us);
    QCOMPARE(stored->techContacts, QStringList{Tech});
    QVERIFY(stored->authInfo.size() >= 8); // made by the registry
    QVERIFY(stored->autoRenew);
    QVERIFY(stored->arbitration);
    QVERIFY(!stored->ownerConf);
    QVERIFY(!stored->upDate.isValid());

    // The registry makes a different code each time.
    DomainCreate other = createRequest(QStringLiteral("outro.pt"));
    other.authInfo.clear();
    QCOMPARE(r.state.createDomain(Us, other).code, 1000);
    QVERIFY(r.state.domain(QStringLiteral("outro.pt"))->authInfo != stored->authInfo);
    // Auto-renew is off unless asked for.
    QVERIFY(!r.state.domain(QStringLiteral("outro.pt"))->autoRenew);
}

void tst_RegistryState::checkDomains()
{
    Registry r;
    const QList<CheckResult> results =
        r.state.checkDomains({Padaria, QStringLiteral("xn--aores-turismo-igb.pt"),
                              QStringLiteral("nova.org.pt"), QStringLiteral("porto.pt"),
                              QStringLiteral("a.pt"), QStringLiteral("PADARIA-LUSITANA.PT")});
    QCOMPARE(results.size(), 6);
    QCOMPARE(results.at(0).name, Padaria);
    QVERIFY(!results.at(0).available);
    QCOMPARE(results.at(0).reason, QStringLiteral("Domain name already exists."));
    QVERIFY(results.at(1).available);
    QVERIFY(results.at(1).reason.isEmpty());
    QVERIFY(!results.at(2).available);
    QVERIFY(results.at(2).reason.contains(QStringLiteral("closed")));
    QVERIFY(!results.at(3).available);
    QVERIFY(!results.at(4).available);
    QVERIFY(!results.at(4).reason.isEmpty());
    QVERIFY(!results.at(5).available);
}

void tst_RegistryState::infoHidesAuthInfoFromOthers()
{
    Registry r;
    RegistryDomain seen;
    QCOMPARE(r.state.infoDomain(Us, Padaria, &seen).code, 1000);
    QCOMPARE(seen.authInfo, QStringLiteral("Kx7-padaria-91"));
    QCOMPARE(r.state.infoDomain(Them, Padaria, &seen).code, 1000);
    QVERIFY(seen.authInfo.isEmpty());
    QCOMPARE(seen.clID, Us);
    QCOMPARE(r.state.infoDomain(Us, QStringLiteral("nao-existe.pt"), &seen).code, 2303);

    RegistryContact contact;
    QCOMPARE(r.state.infoContact(Them, Holder, &contact).code, 1000);
    QCOMPARE(contact.vat, QStringLiteral("PT123456789"));
    QCOMPARE(r.state.infoContact(Us, QStringLiteral("NADA-000001-ADNS"), &contact).code, 2303);
}

void tst_RegistryState::reportedStatuses()
{
    Registry r;
    QCOMPARE(r.state.statusesOf(*r.state.domain(Padaria)), QStringList{QStringLiteral("ok")});
    QCOMPARE(r.state.statusesOf(*r.state.domain(Blocked)),
             QStringList{QStringLiteral("serverUpdateProhibited")});
    DomainUpdate update;
    update.name = Padaria;
    update.removeNameServers = {QStringLiteral("ns1.alojamento-exemplo.net"),
                                QStringLiteral("ns2.alojamento-exemplo.net")};
    QCOMPARE(r.state.updateDomain(Us, update).code, 1000);
    QCOMPARE(r.state.statusesOf(*r.state.domain(Padaria)), QStringList{QStringLiteral("inactive")});
    QCOMPARE(r.state.statusesOf(*r.state.contact(Holder)),
             (QStringList{QStringLiteral("ok"), QStringLiteral("linked")}));
    QCOMPARE(r.state.statusesOf(*r.state.contact(Loose)), QStringList{QStringLiteral("ok")});
}

void tst_RegistryState::updateDomain_data()
{
    QTest::addColumn<QString>("registrar");
    QTest::addColumn<DomainUpdate>("update");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    const auto on = [](const QString& name) {
        DomainUpdate update;
        update.name = name;
        return update;
    };
    QTest::newRow("flags only") << Us << on(Padaria) << 1000 << QString();
    QTest::newRow("not the sponsor") << Them << on(Padaria) << 2201 << QString();
    QTest::newRow("unknown domain")
        << Us << on(QStringLiteral("nao-existe.pt")) << 2303 << QString();
    QTest::newRow("serverUpdateProhibited") << Us << on(Blocked) << 2304 << QString();
    QTest::newRow("registry lock") << Us << on(Locked) << 2304 << QStringLiteral("registry");

    DomainUpdate admin = on(Padaria);
    admin.addContacts = {{QStringLiteral("admin"), NewHolder}};
    QTest::newRow("add admin contact") << Us << admin << 2306 << QStringLiteral("tech");
    DomainUpdate unknownTech = on(Padaria);
    unknownTech.addContacts = {{QStringLiteral("tech"), QStringLiteral("NADA-000001-ADNS")}};
    QTest::newRow("add unknown tech") << Us << unknownTech << 2303 << QString();
    DomainUpdate twiceTech = on(Padaria);
    twiceTech.addContacts = {{QStringLiteral("tech"), Tech}};
    QTest::newRow("add present tech") << Us << twiceTech << 2306 << QStringLiteral("Already");
    DomainUpdate lastTech = on(Padaria);
    lastTech.removeContacts = {{QStringLiteral("tech"), Tech}};
    QTest::newRow("remove last tech") << Us << lastTech << 2306 << QStringLiteral("at least one");
    DomainUpdate swapTech = lastTech;
    swapTech.addContacts = {{QStringLiteral("tech"), NewHolder}};
    QTest::newRow("swap tech") << Us << swapTech << 1000 << QString();

    DomainUpdate serverStatus = on(Padaria);
    serverStatus.addStatuses = {QStringLiteral("serverHold")};
    QTest::newRow("add server status") << Us << serverStatus << 2306 << QStringLiteral("client");
    DomainUpdate unknownStatus = on(Padaria);
    unknownStatus.addStatuses = {QStringLiteral("clientFrozen")};
    QTest::newRow("unknown status") << Us << unknownStatus << 2005 << QString();
    DomainUpdate absentStatus = on(Padaria);
    absentStatus.removeStatuses = {QStringLiteral("clientHold")};
    QTest::newRow("remove absent status")
        << Us << absentStatus << 2306 << QStringLiteral("not set");

    DomainUpdate oneServer = on(Padaria);
    oneServer.removeNameServers = {QStringLiteral("ns2.alojamento-exemplo.net")};
    QTest::newRow("leave one name server") << Us << oneServer << 2306 << QStringLiteral("two");
    DomainUpdate absentServer = on(Padaria);
    absentServer.removeNameServers = {QStringLiteral("ns9.alojamento-exemplo.net")};
    QTest::newRow("remove absent name server") << Us << absentServer << 2306 << QString();

    DomainUpdate sameHolder = on(Padaria);
    sameHolder.newRegistrant = Holder;
    QTest::newRow("owner change to the same holder") << Us << sameHolder << 2306 << QString();
    DomainUpdate unknownHolder = on(Padaria);
    unknownHolder.newRegistrant = QStringLiteral("NADA-000001-ADNS");
    QTest::newRow("owner change to nobody") << Us << unknownHolder << 2303 << QString();
    DomainUpdate ownerChange = on(Padaria);
    ownerChange.newRegistrant = NewHolder;
    QTest::newRow("owner change") << Us << ownerChange << 1001 << QString();

    DomainUpdate emptyCode = on(Padaria);
    emptyCode.newAuthInfo = QString();
    QTest::newRow("empty auth code") << Us << emptyCode << 2306 << QString();
    DomainUpdate objects = on(Padaria);
    objects.usesHostObjects = true;
    QTest::newRow("host objects") << Us << objects << 2102 << QString();
    DomainUpdate absentDs = on(Padaria);
    absentDs.removeDsRecords = {{1, 13, 2, QString(64, QLatin1Char('A'))}};
    QTest::newRow("remove absent DS") << Us << absentDs << 2306 << QString();
}

void tst_RegistryState::updateDomain()
{
    QFETCH(QString, registrar);
    QFETCH(DomainUpdate, update);
    QFETCH(int, code);
    QFETCH(QString, reason);

    Registry r;
    const RegistryDomain before = *r.state.domain(Padaria);
    const RegistryResult result = r.state.updateDomain(registrar, update);
    QCOMPARE(result.code, code);
    if (!reason.isEmpty())
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    if (!result.ok()) {
        // A refused update changes nothing.
        const RegistryDomain& after = *r.state.domain(Padaria);
        QCOMPARE(after.techContacts, before.techContacts);
        QCOMPARE(after.nameServers.size(), before.nameServers.size());
        QCOMPARE(after.statuses, before.statuses);
        QVERIFY(!after.upDate.isValid());
    }
    if (code == 2304 && result.reason.isEmpty()) {
        QCOMPARE(result.values.size(), 1);
        QCOMPARE(result.values.first().element, QStringLiteral("status"));
        QCOMPARE(result.values.first().attributes.first().second,
                 QStringLiteral("serverUpdateProhibited"));
    }
}

void tst_RegistryState::updateAppliesEverything()
{
    Registry r;
    r.clock.set(test::utc("2025-03-11T08:00:00Z"));
    DomainUpdate update;
    update.name = Padaria;
    update.addNameServers = {{QStringLiteral("ns1.padaria-lusitana.pt"),
                              {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8:10::53")}}};
    update.removeNameServers = {QStringLiteral("NS1.alojamento-exemplo.net")};
    update.addContacts = {{QStringLiteral("tech"), NewHolder}};
    update.addStatuses = {QStringLiteral("clientTransferProhibited")};
    update.newAuthInfo = QStringLiteral("Novo-Codigo-2025");
    update.addDsRecords = {{41522, 13, 2, QString(64, QLatin1Char('a'))}};
    update.autoRenew = false;
    update.ownerConf = true;
    QCOMPARE(r.state.updateDomain(Us, update).code, 1000);

    const RegistryDomain& d = *r.state.domain(Padaria);
    QCOMPARE(d.nameServers.size(), 2);
    QCOMPARE(d.nameServers.last().host, QStringLiteral("ns1.padaria-lusitana.pt"));
    QCOMPARE(d.nameServers.last().addresses.size(), 2);
    QCOMPARE(d.techContacts, (QStringList{Tech, NewHolder}));
    QCOMPARE(d.statuses, QStringList{QStringLiteral("clientTransferProhibited")});
    QCOMPARE(d.authInfo, QStringLiteral("Novo-Codigo-2025"));
    QCOMPARE(d.dsRecords.size(), 1);
    QCOMPARE(d.dsRecords.first().digest, QString(64, QLatin1Char('A')));
    QVERIFY(!d.autoRenew);
    QVERIFY(d.ownerConf);
    QCOMPARE(d.upDate, test::utc("2025-03-11T08:00:00Z"));
    QCOMPARE(d.upID, Us);

    // clientUpdateProhibited stops updates, except the one that lifts it.
    DomainUpdate freeze;
    freeze.name = Padaria;
    freeze.addStatuses = {QStringLiteral("clientUpdateProhibited")};
    QCOMPARE(r.state.updateDomain(Us, freeze).code, 1000);
    DomainUpdate flag;
    flag.name = Padaria;
    flag.autoRenew = true;
    QCOMPARE(r.state.updateDomain(Us, flag).code, 2304);
    DomainUpdate thaw;
    thaw.name = Padaria;
    thaw.removeStatuses = {QStringLiteral("clientUpdateProhibited")};
    thaw.removeAllDsRecords = true;
    QCOMPARE(r.state.updateDomain(Us, thaw).code, 1000);
    QVERIFY(r.state.domain(Padaria)->dsRecords.isEmpty());
    QCOMPARE(r.state.updateDomain(Us, flag).code, 1000);
}

void tst_RegistryState::renewDomain_data()
{
    QTest::addColumn<QString>("registrar");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("curExpDate");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("exDate");

    QTest::newRow("3 years (E6)") << Us << Padaria << QStringLiteral("2026-06-14") << 3 << 1000
                                  << QStringLiteral("2029-06-14T23:59:59Z");
    QTest::newRow("1 year") << Us << Padaria << QStringLiteral("2026-06-14") << 1 << 1000
                            << QStringLiteral("2027-06-14T23:59:59Z");
    QTest::newRow("5 years") << Us << Padaria << QStringLiteral("2026-06-14") << 5 << 1000
                             << QStringLiteral("2031-06-14T23:59:59Z");
    QTest::newRow("2 years (E18e)")
        << Us << Padaria << QStringLiteral("2026-06-14") << 2 << 2306 << QString();
    QTest::newRow("curExpDate a day off")
        << Us << Padaria << QStringLiteral("2026-06-15") << 1 << 2306 << QString();
    QTest::newRow("curExpDate a year off")
        << Us << Padaria << QStringLiteral("2025-06-14") << 1 << 2306 << QString();
    QTest::newRow("curExpDate not a date")
        << Us << Padaria << QStringLiteral("14/06/2026") << 1 << 2005 << QString();
    QTest::newRow("not the sponsor")
        << Them << Padaria << QStringLiteral("2026-06-14") << 1 << 2201 << QString();
    QTest::newRow("unknown") << Us << QStringLiteral("nao-existe.pt")
                             << QStringLiteral("2026-06-14") << 1 << 2303 << QString();
    QTest::newRow("registry lock renews") << Us << Locked << QStringLiteral("2026-06-14") << 1
                                          << 1000 << QStringLiteral("2027-06-14T23:59:59Z");
}

void tst_RegistryState::renewDomain()
{
    QFETCH(QString, registrar);
    QFETCH(QString, name);
    QFETCH(QString, curExpDate);
    QFETCH(int, years);
    QFETCH(int, code);
    QFETCH(QString, exDate);

    Registry r;
    DomainRenew renew;
    renew.name = name;
    renew.curExpDate = curExpDate;
    renew.period = Period{years, QStringLiteral("y")};
    renew.autoRenew = false;
    QDateTime renewed;
    const RegistryResult result = r.state.renewDomain(registrar, renew, &renewed);
    QCOMPARE(result.code, code);
    if (code == 1000) {
        QCOMPARE(renewed, test::utc(exDate.toLatin1().constData()));
        QCOMPARE(r.state.domain(name)->exDate, renewed);
        QVERIFY(!r.state.domain(name)->autoRenew);
    } else if (r.state.domain(name)) {
        QCOMPARE(r.state.domain(name)->exDate, test::utc("2026-06-14T23:59:59Z"));
    }
    if (code == 2306 && years == 2) {
        // E18e: the period echoed with its unit, and the reason.
        QCOMPARE(result.reason, QStringLiteral("Allowed periods are 1, 3 or 5 years"));
        QCOMPARE(result.values.first().element, QStringLiteral("period"));
        QCOMPARE(result.values.first().text, QStringLiteral("2"));
        QCOMPARE(result.values.first().attributes.first(),
                 qMakePair(QStringLiteral("unit"), QStringLiteral("y")));
    }
    if (code == 2306 && years == 1)
        QCOMPARE(result.values.first().element, QStringLiteral("curExpDate"));
}

void tst_RegistryState::transferWithAuthCodeIsImmediateAndSingleUse()
{
    Registry r;
    const RegistryDomain before = *r.state.domain(Cafe);
    QCOMPARE(r.state.transferDomain(Us, {Cafe, QStringLiteral("errado"), {}}).code, 2201);
    QCOMPARE(r.state.domain(Cafe)->clID, Them);

    r.clock.set(test::utc("2025-03-10T09:20:03Z"));
    TransferRecord record;
    const RegistryResult done =
        r.state.transferDomain(Us, {Cafe, QStringLiteral("Tr4nsf-Largo-55"), true}, &record);
    QCOMPARE(done.code, 1000);
    // E10: serverApproved at once, reID = acID = the requesting registrar.
    QCOMPARE(record.trStatus, QStringLiteral("serverApproved"));
    QCOMPARE(record.reID, Us);
    QCOMPARE(record.acID, Us);
    QCOMPARE(record.reDate, test::utc("2025-03-10T09:20:03Z"));
    QCOMPARE(record.acDate, record.reDate);

    const RegistryDomain& after = *r.state.domain(Cafe);
    QCOMPARE(after.clID, Us);
    QCOMPARE(after.trDate, test::utc("2025-03-10T09:20:03Z"));
    QCOMPARE(after.exDate, before.exDate); // no period added
    QVERIFY(after.autoRenew);
    QVERIFY(!after.authInfo.isEmpty());
    QVERIFY(after.authInfo != QStringLiteral("Tr4nsf-Largo-55")); // used up and replaced

    // The losing registrar hears of it (E14), with the trnData.
    QCOMPARE(r.state.pollCount(Them), 1);
    const PollMessage& away = *r.state.pollFront(Them);
    QCOMPARE(away.kind, PollKind::TransferAway);
    QCOMPARE(away.text, QStringLiteral("Domain transferred away: cafe-do-largo.pt"));
    QVERIFY(away.transfer.has_value());
    QCOMPARE(away.transfer->acID, Us);
    QCOMPARE(r.state.pollCount(Us), 0);

    // The old code does not work a second time, for anyone.
    QCOMPARE(r.state.transferDomain(Third, {Cafe, QStringLiteral("Tr4nsf-Largo-55"), {}}).code,
             2201);
    QCOMPARE(r.state.transferDomain(Them, {Cafe, QStringLiteral("Tr4nsf-Largo-55"), {}}).code,
             2201);
    // The new one does.
    TransferRecord back;
    QCOMPARE(r.state.transferDomain(Them, {Cafe, after.authInfo, {}}, &back).code, 1000);
    QCOMPARE(back.losingRegistrar, Us);
    QCOMPARE(r.state.domain(Cafe)->clID, Them);

    // Query: the sponsor and the losing registrar see the last transfer.
    TransferRecord seen;
    QCOMPARE(r.state.transferQuery(Them, Cafe, {}, &seen).code, 1000);
    QCOMPARE(seen.reID, Them);
    QCOMPARE(r.state.transferQuery(Us, Cafe, {}, &seen).code, 1000);
    QCOMPARE(r.state.transferQuery(Third, Cafe, {}, &seen).code, 2201);
    QCOMPARE(r.state.transferQuery(Us, Padaria, {}, &seen).code, 2301);
    QCOMPARE(r.state.transferQuery(Us, QStringLiteral("nao-existe.pt"), {}, &seen).code, 2303);
}

void tst_RegistryState::transferRefusals_data()
{
    QTest::addColumn<QString>("registrar");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("authInfo");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");

    QTest::newRow("wrong code") << Us << Cafe << QStringLiteral("Tr4nsf-Largo-56") << QString()
                                << 2201;
    QTest::newRow("no code") << Us << Cafe << QString() << QString() << 2003;
    QTest::newRow("own domain") << Us << Padaria << QStringLiteral("Kx7-padaria-91") << QString()
                                << 2106;
    QTest::newRow("unknown") << Us << QStringLiteral("nao-existe.pt") << QStringLiteral("x")
                             << QString() << 2303;
    QTest::newRow("clientTransferProhibited") << Us << Cafe << QStringLiteral("Tr4nsf-Largo-55")
                                              << QStringLiteral("clientTransferProhibited") << 2304;
    QTest::newRow("serverTransferProhibited") << Us << Cafe << QStringLiteral("Tr4nsf-Largo-55")
                                              << QStringLiteral("serverTransferProhibited") << 2304;
    QTest::newRow("registry lock")
        << Them << Locked << QStringLiteral("Tr4nc-0002") << QString() << 2304;
}

void tst_RegistryState::transferRefusals()
{
    QFETCH(QString, registrar);
    QFETCH(QString, name);
    QFETCH(QString, authInfo);
    QFETCH(QString, status);
    QFETCH(int, code);

    Registry r;
    if (!status.isEmpty()) {
        RegistryDomain d = *r.state.domain(name);
        d.statuses << status;
        r.state.insertDomain(d);
    }
    const QString sponsor = r.state.domain(name) ? r.state.domain(name)->clID : QString();
    QCOMPARE(r.state.transferDomain(registrar, {name, authInfo, {}}).code, code);
    if (r.state.domain(name))
        QCOMPARE(r.state.domain(name)->clID, sponsor);
    QCOMPARE(r.state.pollCount(Them) + r.state.pollCount(Us), 0);
}

void tst_RegistryState::deleteDomain_data()
{
    QTest::addColumn<QString>("registrar");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");

    QTest::newRow("ours") << Us << Padaria << QString() << 1000;
    QTest::newRow("not the sponsor") << Them << Padaria << QString() << 2201;
    QTest::newRow("unknown") << Us << QStringLiteral("nao-existe.pt") << QString() << 2303;
    QTest::newRow("clientDeleteProhibited")
        << Us << Padaria << QStringLiteral("clientDeleteProhibited") << 2304;
    QTest::newRow("serverDeleteProhibited")
        << Us << Padaria << QStringLiteral("serverDeleteProhibited") << 2304;
    QTest::newRow("registry lock") << Us << Locked << QString() << 2304;
}

void tst_RegistryState::deleteDomain()
{
    QFETCH(QString, registrar);
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(int, code);

    Registry r;
    if (!status.isEmpty()) {
        RegistryDomain d = *r.state.domain(name);
        d.statuses << status;
        r.state.insertDomain(d);
    }
    const bool existed = r.state.domain(name);
    QCOMPARE(r.state.deleteDomain(registrar, name).code, code);
    QCOMPARE(bool(r.state.domain(name)), existed && code != 1000);
}

void tst_RegistryState::ownerChangeBlocksOtherChanges()
{
    Registry r;
    DomainUpdate change;
    change.name = Padaria;
    change.newRegistrant = NewHolder;
    change.ownerConf = true;
    QCOMPARE(r.state.updateDomain(Us, change).code, 1001);
    QCOMPARE(r.state.domain(Padaria)->registrant, Holder); // not yet
    QVERIFY(r.state.statusesOf(*r.state.domain(Padaria)).contains(QStringLiteral("pendingUpdate")));
    QVERIFY(!r.state.statusesOf(*r.state.domain(Padaria)).contains(QStringLiteral("ok")));
    QVERIFY(r.state.ownerChange(Padaria));
    QCOMPARE(r.state.ownerChange(Padaria)->newRegistrant, NewHolder);

    // E18d: another update meets pendingUpdate.
    DomainUpdate flag;
    flag.name = Padaria;
    flag.autoRenew = false;
    const RegistryResult refused = r.state.updateDomain(Us, flag);
    QCOMPARE(refused.code, 2304);
    QCOMPARE(refused.values.first().element, QStringLiteral("status"));
    QCOMPARE(refused.values.first().attributes.first(),
             qMakePair(QStringLiteral("s"), QStringLiteral("pendingUpdate")));
    QCOMPARE(r.state.updateDomain(Us, change).code, 2304);
    QCOMPARE(r.state.transferDomain(Them, {Padaria, QStringLiteral("Kx7-padaria-91"), {}}).code,
             2304);
    QCOMPARE(r.state.deleteDomain(Us, Padaria).code, 2304);
    // Renewing is not a change of data.
    QCOMPARE(r.state.renewDomain(Us, {Padaria, QStringLiteral("2026-06-14"), {}, {}}).code, 1000);
    // The incoming holder is linked as well.
    QCOMPARE(r.state.deleteContact(Us, NewHolder).code, 2305);
}

void tst_RegistryState::ownerChange_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("lastCode");
    QTest::addColumn<QString>("registrant");
    QTest::addColumn<QString>("message");

    // C = current registrant, N = new registrant, + accepts, - refuses,
    // dN = N days pass and the registry ticks.
    const QString approved = QStringLiteral("Owner change of padaria-lusitana.pt approved by both "
                                            "registrants");
    QTest::newRow("both accept") << QStringLiteral("C+ N+") << 1000 << NewHolder << approved;
    QTest::newRow("both accept late in their windows")
        << QStringLiteral("d7.9 C+ d7.9 N+") << 1000 << NewHolder << approved;
    QTest::newRow("current refuses")
        << QStringLiteral("C-") << 1000 << Holder
        << QStringLiteral("Owner change of padaria-lusitana.pt refused by the current registrant");
    QTest::newRow("new refuses")
        << QStringLiteral("C+ N-") << 1000 << Holder
        << QStringLiteral("Owner change of padaria-lusitana.pt refused by the new registrant");
    QTest::newRow("current lets it lapse")
        << QStringLiteral("d8") << 0 << Holder
        << QStringLiteral("Owner change of padaria-lusitana.pt lapsed: the current registrant did "
                          "not answer within 8 days");
    QTest::newRow("new lets it lapse")
        << QStringLiteral("d5 C+ d7.9 d0.2") << 0 << Holder
        << QStringLiteral("Owner change of padaria-lusitana.pt lapsed: the new registrant did not "
                          "answer within 8 days");
    QTest::newRow("current answers after the deadline")
        << QStringLiteral("d8.5 C+") << 2303 << Holder << QStringLiteral("lapsed");
    QTest::newRow("new before current") << QStringLiteral("N+") << 2304 << Holder << QString();
    QTest::newRow("current twice") << QStringLiteral("C+ C+") << 2304 << Holder << QString();
}

void tst_RegistryState::ownerChange()
{
    QFETCH(QString, script);
    QFETCH(int, lastCode);
    QFETCH(QString, registrant);
    QFETCH(QString, message);

    Registry r;
    DomainUpdate change;
    change.name = Padaria;
    change.newRegistrant = NewHolder;
    QCOMPARE(r.state.updateDomain(Us, change).code, 1001);

    int code = 0;
    for (const QString& step : script.split(QLatin1Char(' '))) {
        if (step.startsWith(QLatin1Char('d'))) {
            r.advanceDays(step.mid(1).toDouble());
            r.state.tick();
            code = 0;
            continue;
        }
        const OwnerChangeParty party =
            step.at(0) == QLatin1Char('C') ? OwnerChangeParty::Current : OwnerChangeParty::New;
        const OwnerChangeDecision decision = step.at(1) == QLatin1Char('+')
                                                 ? OwnerChangeDecision::Accept
                                                 : OwnerChangeDecision::Refuse;
        code = r.state.ownerChangeDecision(Padaria, party, decision).code;
    }
    QCOMPARE(code, lastCode);
    QCOMPARE(r.state.domain(Padaria)->registrant, registrant);
    if (message.isEmpty()) {
        QCOMPARE(r.state.pollCount(Us), 0);
        QVERIFY(r.state.ownerChange(Padaria)); // still pending
    } else {
        QVERIFY(!r.state.ownerChange(Padaria));
        QVERIFY(!r.state.statusesOf(*r.state.domain(Padaria))
                     .contains(QStringLiteral("pendingUpdate")));
        QCOMPARE(r.state.pollCount(Us), 1);
        QVERIFY2(r.state.pollFront(Us)->text.contains(message),
                 qPrintable(r.state.pollFront(Us)->text));
        // The domain can be updated again.
        DomainUpdate flag;
        flag.name = Padaria;
        flag.autoRenew = false;
        QCOMPARE(r.state.updateDomain(Us, flag).code, 1000);
    }
}

void tst_RegistryState::tickDeletesOrRenews_data()
{
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<qint64>("secondsToExpiry");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("exDate");
    QTest::addColumn<QString>("message");

    const qint64 day = 24 * 3600;
    const QString noMessage;
    // Auto-renew off: deleted 30 days before expiry (pt-registry.md 3.3).
    QTest::newRow("off, 31 days left") << false << 31 * day << true << QString() << noMessage;
    QTest::newRow("off, 30 days and a second left")
        << false << 30 * day + 1 << true << QString() << noMessage;
    QTest::newRow("off, exactly 30 days left")
        << false << 30 * day << false << QString()
        << QStringLiteral("Domain padaria-lusitana.pt deleted: auto-renew is off and it expires "
                          "on 2025-04-09");
    QTest::newRow("off, 3 days left")
        << false << 3 * day << false << QString() << QStringLiteral("auto-renew is off");
    // Auto-renew on: renewed for a year at expiry.
    QTest::newRow("on, a second left")
        << true << qint64(1) << true << QStringLiteral("2025-03-10T09:15:01Z") << noMessage;
    QTest::newRow("on, at expiry")
        << true << qint64(0) << true << QStringLiteral("2026-03-10T09:15:00Z")
        << QStringLiteral("Domain padaria-lusitana.pt renewed automatically; new expiry date "
                          "2026-03-10");
    QTest::newRow("on, 2 years overdue")
        << true << -2 * 366 * day << true << QStringLiteral("2026-03-09T09:15:00Z")
        << QStringLiteral("renewed automatically");
}

void tst_RegistryState::tickDeletesOrRenews()
{
    QFETCH(bool, autoRenew);
    QFETCH(qint64, secondsToExpiry);
    QFETCH(bool, exists);
    QFETCH(QString, exDate);
    QFETCH(QString, message);

    Registry r;
    RegistryDomain d = *r.state.domain(Padaria);
    d.autoRenew = autoRenew;
    d.exDate = r.clock.now().addSecs(secondsToExpiry);
    r.state.insertDomain(d);

    const int events = r.state.tick();
    QCOMPARE(bool(r.state.domain(Padaria)), exists);
    if (!exDate.isEmpty())
        QCOMPARE(r.state.domain(Padaria)->exDate, test::utc(exDate.toLatin1().constData()));
    if (message.isEmpty()) {
        QCOMPARE(events, 0);
        QCOMPARE(r.state.pollCount(Us), 0);
    } else {
        QCOMPARE(events, 1);
        QCOMPARE(r.state.pollCount(Us), 1);
        QVERIFY2(r.state.pollFront(Us)->text.contains(message),
                 qPrintable(r.state.pollFront(Us)->text));
        QCOMPARE(r.state.pollFront(Us)->qDate, r.clock.now());
    }
    // Ticking again at the same moment does nothing more.
    QCOMPARE(r.state.tick(), 0);
}

void tst_RegistryState::verification()
{
    Registry r;
    QCOMPARE(r.state.openVerification(QStringLiteral("nao-existe.pt")).code, 2303);
    QCOMPARE(r.state.openVerification(Padaria).code, 1000);
    QCOMPARE(r.state.openVerification(Padaria).code, 2302);
    QCOMPARE(r.state.verification(Padaria)->deadline(), test::utc("2025-03-12T09:15:00Z"));
    QCOMPARE(r.state.pollCount(Us), 1);
    QCOMPARE(r.state.pollFront(Us)->kind, PollKind::VerificationOpened);
    QVERIFY(r.state.pollFront(Us)->text.contains(QStringLiteral("2 days")));
    QCOMPARE(r.state.closeVerification(Padaria, true).code, 1000);
    QCOMPARE(r.state.pollCount(Us), 2);
    QVERIFY(r.state.domain(Padaria));

    // Unanswered for 48 hours: the domain goes.
    QCOMPARE(r.state.openVerification(Padaria).code, 1000);
    r.advanceDays(1.99);
    QCOMPARE(r.state.tick(), 0);
    r.advanceDays(0.01);
    QCOMPARE(r.state.tick(), 1);
    QVERIFY(!r.state.domain(Padaria));
    QVERIFY(pollTexts(r.state, Us)
                .contains(QStringLiteral(
                    "Domain padaria-lusitana.pt deleted: registrant verification not completed "
                    "within 2 days")));

    // Failed: removed at once.
    QCOMPARE(r.state.openVerification(Blocked).code, 1000);
    QCOMPARE(r.state.closeVerification(Blocked, false).code, 1000);
    QVERIFY(!r.state.domain(Blocked));
    QCOMPARE(r.state.closeVerification(Blocked, true).code, 2303);
}

void tst_RegistryState::createContact_data()
{
    QTest::addColumn<ContactCreate>("request");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("vat");

    QTest::newRow("company, E11") << contactRequest() << 1000 << QString()
                                  << QStringLiteral("PT512345678");
    ContactCreate bare = contactRequest();
    bare.vat = QStringLiteral("123 456 789");
    QTest::newRow("NIF without prefix")
        << bare << 1000 << QString() << QStringLiteral("PT123456789");
    ContactCreate spanish = contactRequest();
    spanish.address = {{QStringLiteral("Calle Mayor, 1")},
                       QStringLiteral("Madrid"),
                       {},
                       QStringLiteral("28013"),
                       QStringLiteral("ES")};
    spanish.vat = QStringLiteral("ESB12345678");
    spanish.voice = QStringLiteral("+34.915555555");
    spanish.mobile.clear();
    QTest::newRow("Spanish address and VAT")
        << spanish << 1000 << QString() << QStringLiteral("ESB12345678");

    // VAT: mandatory, valid check digit, same country as the address.
    ContactCreate noVat = contactRequest();
    noVat.vat.clear();
    QTest::newRow("no VAT") << noVat << 2003 << QStringLiteral("mandatory") << QString();
    ContactCreate checkDigit = contactRequest();
    checkDigit.vat = QStringLiteral("PT512345679");
    QTest::newRow("NIF check digit")
        << checkDigit << 2306 << QStringLiteral("check digit") << QString();
    ContactCreate checkDigit2 = contactRequest();
    checkDigit2.vat = QStringLiteral("123456780");
    QTest::newRow("NIF check digit 0")
        << checkDigit2 << 2306 << QStringLiteral("check digit") << QString();
    ContactCreate eight = contactRequest();
    eight.vat = QStringLiteral("PT51234567");
    QTest::newRow("NIF of 8 digits") << eight << 2306 << QStringLiteral("nine digits") << QString();
    ContactCreate foreign = contactRequest();
    foreign.vat = QStringLiteral("ESB12345678");
    QTest::newRow("foreign VAT, PT address")
        << foreign << 2306 << QStringLiteral("country") << QString();
    ContactCreate junk = contactRequest();
    junk.vat = QStringLiteral("PT-51/2345678");
    QTest::newRow("VAT syntax") << junk << 2005 << QString() << QString();

    // The rest of the contact.
    ContactCreate loc = contactRequest();
    loc.postalType = QStringLiteral("loc");
    QTest::newRow("postalInfo loc") << loc << 2306 << QStringLiteral("int") << QString();
    ContactCreate noName = contactRequest();
    noName.name.clear();
    QTest::newRow("no name") << noName << 2003 << QString() << QString();
    ContactCreate noCity = contactRequest();
    noCity.address.city.clear();
    QTest::newRow("no city") << noCity << 2003 << QString() << QString();
    ContactCreate email = contactRequest();
    email.email = QStringLiteral("ines@");
    QTest::newRow("bad e-mail") << email << 2005 << QString() << QString();
    ContactCreate noEmail = contactRequest();
    noEmail.email.clear();
    QTest::newRow("no e-mail") << noEmail << 2003 << QString() << QString();
    ContactCreate voice = contactRequest();
    voice.voice = QStringLiteral("223 456 789");
    QTest::newRow("voice not in EPP form") << voice << 2005 << QString() << QString();
    ContactCreate shortVoice = contactRequest();
    shortVoice.voice = QStringLiteral("+351.22345678");
    QTest::newRow("Portuguese voice of 8 digits") << shortVoice << 2306 << QString() << QString();
    ContactCreate mobile = contactRequest();
    mobile.mobile = QStringLiteral("+351 912345678");
    QTest::newRow("mobile not in EPP form") << mobile << 2005 << QString() << QString();
    ContactCreate postcode = contactRequest();
    postcode.address.postcode = QStringLiteral("4050262");
    QTest::newRow("postcode without hyphen")
        << postcode << 2306 << QStringLiteral("NNNN-NNN") << QString();
    ContactCreate noPostcode = contactRequest();
    noPostcode.address.postcode.clear();
    QTest::newRow("no postcode") << noPostcode << 2003 << QString() << QString();
    ContactCreate country = contactRequest();
    country.address.countryCode = QStringLiteral("pt");
    QTest::newRow("country in lower case") << country << 2005 << QString() << QString();
}

void tst_RegistryState::createContact()
{
    QFETCH(ContactCreate, request);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, vat);

    Registry r;
    const int before = r.state.contactCount();
    RegistryContact created;
    const RegistryResult result = r.state.createContact(Us, request, &created);
    QCOMPARE(result.code, code);
    if (!reason.isEmpty())
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    QCOMPARE(r.state.contactCount(), result.ok() ? before + 1 : before);
    if (result.ok()) {
        QCOMPARE(created.vat, vat);
        QCOMPARE(r.state.contact(created.id)->vat, vat);
        QCOMPARE(created.clID, Us);
        QCOMPARE(created.crDate, r.clock.now());
    }
}

void tst_RegistryState::contactHandlesAreAllocated()
{
    Registry r;
    const QRegularExpression nicHandle(QStringLiteral("^[A-Z]{4}-[0-9]{6}-ADNS$"));
    QSet<QString> ids;
    for (const QString& name : {QStringLiteral("Inês Conceição"), QStringLiteral("Óscar Lé"),
                                QStringLiteral("Inês Conceição"), QStringLiteral("7 Ç")}) {
        ContactCreate request = contactRequest();
        request.name = name;
        RegistryContact created;
        QCOMPARE(r.state.createContact(Us, request, &created).code, 1000);
        QVERIFY2(nicHandle.match(created.id).hasMatch(), qPrintable(created.id));
        QVERIFY(created.id != request.requestedId); // the registry's own
        ids.insert(created.id);
    }
    QCOMPARE(ids.size(), 4);
    QVERIFY(ids.contains(QStringLiteral("INES-771205-ADNS")));
    QVERIFY(ids.contains(QStringLiteral("OSCA-771206-ADNS")));
    QVERIFY(ids.contains(QStringLiteral("CXXX-771208-ADNS")));
}

void tst_RegistryState::checkAndUpdateContact()
{
    Registry r;
    const QList<CheckResult> checked =
        r.state.checkContacts({Holder, QStringLiteral("LIVR-999999-ADNS")});
    QCOMPARE(checked.size(), 2);
    QVERIFY(!checked.at(0).available);
    QCOMPARE(checked.at(0).reason,
             QStringLiteral("The Nic-Handle is already in use in the system."));
    QVERIFY(checked.at(1).available);

    ContactUpdate update;
    update.id = Holder;
    update.voice = QStringLiteral("+351.213000222");
    update.email = QStringLiteral("m.silva@exemplo.pt");
    update.mobile = QStringLiteral("+351.969876543");
    QCOMPARE(r.state.updateContact(Them, update).code, 2201);
    QCOMPARE(r.state.updateContact(Us, update).code, 1000);
    const RegistryContact& c = *r.state.contact(Holder);
    QCOMPARE(c.voice, QStringLiteral("+351.213000222"));
    QCOMPARE(c.email, QStringLiteral("m.silva@exemplo.pt"));
    QCOMPARE(c.mobile, QStringLiteral("+351.969876543"));
    QCOMPARE(c.vat, QStringLiteral("PT123456789"));
    QCOMPARE(c.upDate, r.clock.now());

    ContactUpdate bad;
    bad.id = Holder;
    bad.email = QStringLiteral("sem-arroba");
    QCOMPARE(r.state.updateContact(Us, bad).code, 2005);
    QCOMPARE(r.state.contact(Holder)->email, QStringLiteral("m.silva@exemplo.pt"));
    bad.id = QStringLiteral("NADA-000001-ADNS");
    QCOMPARE(r.state.updateContact(Us, bad).code, 2303);

    ContactUpdate freeze;
    freeze.id = Holder;
    freeze.addStatuses = {QStringLiteral("clientUpdateProhibited")};
    QCOMPARE(r.state.updateContact(Us, freeze).code, 1000);
    QCOMPARE(r.state.updateContact(Us, update).code, 2304);
    ContactUpdate serverStatus;
    serverStatus.id = Holder;
    serverStatus.removeStatuses = {QStringLiteral("clientUpdateProhibited")};
    serverStatus.addStatuses = {QStringLiteral("serverUpdateProhibited")};
    QCOMPARE(r.state.updateContact(Us, serverStatus).code, 2306);
}

void tst_RegistryState::deleteContact()
{
    Registry r;
    const RegistryResult linked = r.state.deleteContact(Us, Holder);
    QCOMPARE(linked.code, 2305);
    QVERIFY(!linked.reason.isEmpty());
    QCOMPARE(r.state.deleteContact(Us, Tech).code, 2305);
    QCOMPARE(r.state.deleteContact(Them, Loose).code, 2201);
    QCOMPARE(r.state.deleteContact(Us, Loose).code, 1000);
    QCOMPARE(r.state.deleteContact(Us, Loose).code, 2303);

    // Once its domains are gone, a holder can go.
    for (const QString& name : {Padaria, Blocked})
        QCOMPARE(r.state.deleteDomain(Us, name).code, 1000);
    QCOMPARE(r.state.deleteContact(Us, Holder).code, 2305); // still holds two domains
    RegistryDomain locked = *r.state.domain(Locked);
    locked.registrant = NewHolder;
    r.state.insertDomain(locked);
    QCOMPARE(r.state.deleteContact(Us, Holder).code, 2305); // cafe-do-largo.pt
    RegistryDomain cafe = *r.state.domain(Cafe);
    cafe.registrant = NewHolder;
    r.state.insertDomain(cafe);
    QCOMPARE(r.state.deleteContact(Us, Holder).code, 1000);
}

void tst_RegistryState::pollQueue()
{
    Registry r;
    QCOMPARE(r.state.pollCount(Us), 0);
    QVERIFY(!r.state.pollFront(Us));
    QCOMPARE(r.state.openVerification(Padaria).code, 1000);
    r.advanceDays(1);
    QCOMPARE(r.state.openVerification(Blocked).code, 1000);
    QCOMPARE(r.state.openVerification(Cafe).code, 1000); // the other registrar's
    QCOMPARE(r.state.pollCount(Us), 2);
    QCOMPARE(r.state.pollCount(Them), 1);

    const PollMessage first = *r.state.pollFront(Us);
    QCOMPARE(first.domain, Padaria);
    QCOMPARE(first.qDate, test::utc("2025-03-10T09:15:00Z"));
    const PollMessage second = r.state.pollMessages(Us).at(1);
    QVERIFY(second.id > first.id);

    // Acks: unknown ids and other registrars' ids are refused.
    QCOMPARE(r.state.pollAck(Us, QStringLiteral("1")).code, 2303);
    QCOMPARE(r.state.pollAck(Us, QStringLiteral("abc")).code, 2303);
    QCOMPARE(r.state.pollAck(Us, QString::number(r.state.pollFront(Them)->id)).code, 2303);
    QCOMPARE(r.state.pollAck(Us, QString::number(first.id)).code, 1000);
    QCOMPARE(r.state.pollCount(Us), 1);
    QCOMPARE(r.state.pollFront(Us)->id, second.id);
    QCOMPARE(r.state.pollAck(Us, QString::number(first.id)).code, 2303);
    QCOMPARE(r.state.pollAck(Us, QString::number(second.id)).code, 1000);
    QCOMPARE(r.state.pollCount(Us), 0);
    QCOMPARE(r.state.pollCount(Them), 1);
}

void tst_RegistryState::serverTransactionIdsAreUnique()
{
    Registry r;
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(r.state.nextServerTransactionId());
    QCOMPARE(ids.size(), 1000);
    QVERIFY(ids.contains(QStringLiteral("PT-7730000")));
}

QTEST_GUILESS_MAIN(tst_RegistryState)
#include "tst_registrystate.moc"
