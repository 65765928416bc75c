#include "TestDatabase.h"
#include "storage/ContactRepository.h"
#include "storage/DomainRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace rd;
using rd::test::utc;

namespace {

// A database with the contacts the domains below refer to.
class Fixture
{
public:
    Fixture()
    {
        if (!m_db.isOpen())
            return;
        ContactRepository contacts(m_db.db());
        const QList<std::pair<QString, QString>> people{
            {QStringLiteral("REG-1"), QStringLiteral("Maria Ávila")},
            {QStringLiteral("REG-2"), QStringLiteral("Acme, Lda.")},
            {QStringLiteral("TECH-1"), QStringLiteral("Técnico Um")},
            {QStringLiteral("TECH-2"), QStringLiteral("Técnico Dois")},
        };
        for (const auto& [handle, name] : people) {
            Contact contact;
            contact.handle = handle;
            contact.name = name;
            if (!contacts.insert(contact, &m_error))
                return;
        }
        m_ready = true;
    }
    bool ready() const { return m_ready; }
    QString error() const { return m_db.error().isEmpty() ? m_error : m_db.error(); }
    Database& db() { return m_db.db(); }

private:
    rd::test::TestDatabase m_db;
    QString m_error;
    bool m_ready = false;
};

Domain named(const QString& aLabel, const QString& uLabel = {})
{
    Domain domain;
    domain.aLabel = aLabel;
    domain.uLabel = uLabel.isEmpty() ? aLabel : uLabel;
    domain.registrantHandle = QStringLiteral("REG-1");
    domain.expiresAt = utc("2027-03-01T00:00:00Z");
    return domain;
}

Domain everything()
{
    Domain domain = named(QStringLiteral("xn--caf-dma.pt"), QStringLiteral("café.pt"));
    domain.roid = QStringLiteral("1234567-DNS");
    domain.statuses = {QStringLiteral("ok"), QStringLiteral("clientTransferProhibited"),
                       QStringLiteral("serverHold")};
    domain.techHandles = {QStringLiteral("TECH-2"), QStringLiteral("TECH-1")};
    domain.nameServers = {
        NameServer{QStringLiteral("ns1.xn--caf-dma.pt"),
                   {QStringLiteral("192.0.2.53"), QStringLiteral("2001:db8::53")}},
        NameServer{QStringLiteral("ns.example.net"), {}},
        NameServer{QStringLiteral("ns2.xn--caf-dma.pt"), {QStringLiteral("198.51.100.7")}},
    };
    domain.dsRecords = {
        DsRecord{12345, 13, 2,
                 QStringLiteral("E2D3C916F6DEEAC73294E8268FB5885044A833FC5459588F4A91"
                                "84CFC41A5766")},
        DsRecord{54321, 8, 1, QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")},
    };
    domain.createdAt = utc("2016-02-29T10:30:00Z");
    domain.expiresAt = utc("2027-02-28T23:59:59Z");
    domain.autoRenew = true;
    domain.ownerConf = true;
    domain.arbitration = true;
    domain.registryLock = true;
    domain.programme = Programme::TresEmUm;
    domain.notes = QStringLiteral("Cliente prefere contacto à tarde — «urgente» \U0001F600");
    return domain;
}

void compareDomains(const Domain& actual, const Domain& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.aLabel, expected.aLabel);
    QCOMPARE(actual.uLabel, expected.uLabel);
    QCOMPARE(actual.roid, expected.roid);
    QCOMPARE(actual.statuses, expected.statuses);
    QCOMPARE(actual.registrantHandle, expected.registrantHandle);
    QCOMPARE(actual.techHandles, expected.techHandles);
    QCOMPARE(actual.nameServers.size(), expected.nameServers.size());
    for (qsizetype i = 0; i < expected.nameServers.size(); ++i) {
        QCOMPARE(actual.nameServers.at(i).host, expected.nameServers.at(i).host);
        QCOMPARE(actual.nameServers.at(i).addresses, expected.nameServers.at(i).addresses);
    }
    QCOMPARE(actual.dsRecords.size(), expected.dsRecords.size());
    for (qsizetype i = 0; i < expected.dsRecords.size(); ++i) {
        QCOMPARE(actual.dsRecords.at(i).keyTag, expected.dsRecords.at(i).keyTag);
        QCOMPARE(actual.dsRecords.at(i).algorithm, expected.dsRecords.at(i).algorithm);
        QCOMPARE(actual.dsRecords.at(i).digestType, expected.dsRecords.at(i).digestType);
        QCOMPARE(actual.dsRecords.at(i).digest, expected.dsRecords.at(i).digest);
    }
    QCOMPARE(actual.createdAt.isValid(), expected.createdAt.isValid());
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.expiresAt.isValid(), expected.expiresAt.isValid());
    QCOMPARE(actual.expiresAt, expected.expiresAt);
    QCOMPARE(actual.autoRenew, expected.autoRenew);
    QCOMPARE(actual.ownerConf, expected.ownerConf);
    QCOMPARE(actual.arbitration, expected.arbitration);
    QCOMPARE(actual.registryLock, expected.registryLock);
    QCOMPARE(actual.programme, expected.programme);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
}

Deadline deadline(DeadlineKind kind, const QDateTime& due)
{
    Deadline next;
    next.kind = kind;
    next.due = due;
    return next;
}

QStringList names(const QList<DomainSummary>& summaries)
{
    QStringList result;
    for (const DomainSummary& summary : summaries)
        result.append(summary.aLabel);
    return result;
}

} // namespace

class TstDomainRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTrip_data();
    void roundTrip();
    void unknownContactIsNamed_data();
    void unknownContactIsNamed();
    void duplicateNameIsRefused();
    void failedInsertLeavesNothing();
    void failedInsertInsideUnitOfWork();
    void updateReplacesRelatedRows();
    void failedUpdateChangesNothing();
    void updateOfMissingDomainFails();
    void findByNameTakesTheALabel();
    void allIsOrderedByALabel();
    void factsAreTheDeadlineInputs();
    void nextDeadlineRoundTrip_data();
    void nextDeadlineRoundTrip();
    void setNextDeadlineOnMissingDomainFails();
    void pageByNextDue_data();
    void pageByNextDue();
    void pageSummaryFields();
    void summariesHeldByContact();
    void largePortfolioIsFast();
};

void TstDomainRepository::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstDomainRepository::roundTrip_data()
{
    QTest::addColumn<Domain>("domain");
    QTest::newRow("every field, IDN, glue, DS") << everything();

    for (Programme programme :
         {Programme::None, Programme::TresEmUm, Programme::TresEmUmComercio, Programme::Sitestar}) {
        Domain domain = named(QStringLiteral("xn--ao-siap.pt"), QStringLiteral("ação.pt"));
        domain.programme = programme;
        domain.createdAt = utc("2025-06-15T08:00:00Z");
        QTest::addRow("programme %d", static_cast<int>(programme)) << domain;
    }

    Domain bare;
    bare.aLabel = QStringLiteral("sem-nada.pt");
    bare.uLabel = QStringLiteral("sem-nada.pt");
    QTest::newRow("no registrant, no dates, nothing related") << bare;

    Domain someFlags =
        named(QStringLiteral("xn--po-de-acar-f5a8cwp.pt"), QStringLiteral("pão-de-açúcar.pt"));
    someFlags.ownerConf = true;
    someFlags.registryLock = true;
    someFlags.techHandles = {QStringLiteral("TECH-1"), QStringLiteral("TECH-1")};
    QTest::newRow("some flags, repeated tech") << someFlags;
}

void TstDomainRepository::roundTrip()
{
    QFETCH(Domain, domain);
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    QString error;
    QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    QVERIFY(domain.id > 0);
    QVERIFY(domain.updatedAt.isValid());

    const std::optional<Domain> byId = domains.findById(domain.id);
    QVERIFY(byId.has_value());
    compareDomains(*byId, domain);
    if (QTest::currentTestFailed())
        return;
    const std::optional<Domain> byName = domains.findByName(domain.aLabel);
    QVERIFY(byName.has_value());
    compareDomains(*byName, domain);
    if (QTest::currentTestFailed())
        return;
    const QList<Domain> all = domains.all();
    QCOMPARE(all.size(), 1);
    compareDomains(all.first(), domain);
}

void TstDomainRepository::unknownContactIsNamed_data()
{
    QTest::addColumn<QString>("registrant");
    QTest::addColumn<QStringList>("techs");
    QTest::addColumn<QString>("unknown");
    QTest::newRow("registrant") << QStringLiteral("NOPE-1") << QStringList{QStringLiteral("TECH-1")}
                                << QStringLiteral("NOPE-1");
    QTest::newRow("second tech") << QStringLiteral("REG-1")
                                 << QStringList{QStringLiteral("TECH-1"), QStringLiteral("NOPE-2")}
                                 << QStringLiteral("NOPE-2");
}

void TstDomainRepository::unknownContactIsNamed()
{
    QFETCH(QString, registrant);
    QFETCH(QStringList, techs);
    QFETCH(QString, unknown);
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    domain.registrantHandle = registrant;
    domain.techHandles = techs;
    QString error;
    QVERIFY(!domains.insert(domain, &error));
    QCOMPARE(error,
             QStringLiteral("There is no contact with the handle ") + unknown + QLatin1Char('.'));
    QCOMPARE(domain.id, 0);
    QCOMPARE(domains.count(), 0);
}

void TstDomainRepository::duplicateNameIsRefused()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain first = everything();
    QString error;
    QVERIFY2(domains.insert(first, &error), qPrintable(error));
    Domain again = named(QStringLiteral("xn--caf-dma.pt"), QStringLiteral("café.pt"));
    QVERIFY(!domains.insert(again, &error));
    QCOMPARE(error, QStringLiteral("A domain named café.pt is already in the portfolio."));
    QCOMPARE(domains.count(), 1);
    QCOMPARE(domains.findById(first.id)->nameServers.size(), 3);
}

void TstDomainRepository::failedInsertLeavesNothing()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    // A name server without a host breaks NOT NULL after the domain row is written.
    domain.nameServers.append(NameServer{QString(), {}});
    QString error;
    QVERIFY(!domains.insert(domain, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot add the domain café.pt.")), qPrintable(error));
    QCOMPARE(domains.count(), 0);
    QSqlQuery query(fixture.db().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM name_servers")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TstDomainRepository::failedInsertInsideUnitOfWork()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    QString error;
    QString insertError;
    // The failed insert undoes only its own rows; the unit of work goes on.
    QVERIFY2(fixture.db().transaction(
                 [&] {
                     Domain broken = everything();
                     broken.nameServers.append(NameServer{QString(), {}});
                     if (domains.insert(broken, &insertError))
                         return false;
                     Domain good = named(QStringLiteral("bom.pt"));
                     return domains.insert(good, &error);
                 },
                 &error),
             qPrintable(error));
    QVERIFY(!insertError.isEmpty());
    QCOMPARE(domains.count(), 1);
    QVERIFY(domains.findByName(QStringLiteral("bom.pt")).has_value());
    QVERIFY(!domains.findByName(QStringLiteral("xn--caf-dma.pt")).has_value());
}

void TstDomainRepository::updateReplacesRelatedRows()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    Domain other = everything();
    other.aLabel = QStringLiteral("outro.pt");
    other.uLabel = QStringLiteral("outro.pt");
    QString error;
    QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    QVERIFY2(domains.insert(other, &error), qPrintable(error));

    domain.aLabel = QStringLiteral("xn--and-6ma2c.pt");
    domain.uLabel = QStringLiteral("ñandú.pt");
    domain.statuses = {QStringLiteral("ok")};
    domain.registrantHandle = QStringLiteral("REG-2");
    domain.techHandles = {QStringLiteral("TECH-1")};
    domain.nameServers = {NameServer{QStringLiteral("ns9.example.org"), {}}};
    domain.dsRecords.clear();
    domain.expiresAt = utc("2028-02-29T12:00:00Z");
    domain.autoRenew = false;
    domain.programme = Programme::Sitestar;
    domain.notes.clear();
    QVERIFY2(domains.update(domain, &error), qPrintable(error));

    compareDomains(*domains.findById(domain.id), domain);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!domains.findByName(QStringLiteral("xn--caf-dma.pt")).has_value());
    // The other domain's rows are its own.
    compareDomains(*domains.findById(other.id), other);
    if (QTest::currentTestFailed())
        return;

    QSqlQuery query(fixture.db().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM name_server_addresses")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 3); // only the other domain's glue is left

    // Renaming onto a name in use is refused.
    domain.aLabel = QStringLiteral("outro.pt");
    domain.uLabel = QStringLiteral("outro.pt");
    QVERIFY(!domains.update(domain, &error));
    QCOMPARE(error, QStringLiteral("A domain named outro.pt is already in the portfolio."));
}

void TstDomainRepository::failedUpdateChangesNothing()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    QString error;
    QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    const Domain stored = *domains.findById(domain.id);

    Domain changed = domain;
    changed.notes = QStringLiteral("mudou");
    changed.techHandles = {QStringLiteral("NOPE-9")};
    QVERIFY(!domains.update(changed, &error));
    QCOMPARE(error, QStringLiteral("There is no contact with the handle NOPE-9."));

    changed.techHandles = {QStringLiteral("TECH-1")};
    changed.nameServers.append(NameServer{QString(), {}}); // fails after the deletes
    QVERIFY(!domains.update(changed, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot save the domain café.pt.")),
             qPrintable(error));
    compareDomains(*domains.findById(domain.id), stored);
}

void TstDomainRepository::updateOfMissingDomainFails()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain ghost = named(QStringLiteral("fantasma.pt"));
    ghost.id = 77;
    QString error;
    QVERIFY(!domains.update(ghost, &error));
    QCOMPARE(error,
             QStringLiteral("Cannot save the domain fantasma.pt: it is not in the portfolio."));
    QCOMPARE(domains.count(), 0);
}

void TstDomainRepository::findByNameTakesTheALabel()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    QString error;
    QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    QVERIFY(domains.findByName(QStringLiteral("xn--caf-dma.pt")).has_value());
    QVERIFY(!domains.findByName(QStringLiteral("café.pt")).has_value());
    QVERIFY(!domains.findByName(QStringLiteral("cafe.pt")).has_value());
    QVERIFY(!domains.findById(domain.id + 1).has_value());
}

void TstDomainRepository::allIsOrderedByALabel()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    QString error;
    Domain rich = everything();
    QVERIFY2(domains.insert(rich, &error), qPrintable(error));
    for (const char* name : {"zeta.pt", "alfa.pt", "meio.pt"}) {
        Domain domain = named(QString::fromLatin1(name));
        domain.nameServers = {NameServer{QStringLiteral("ns.") + domain.aLabel, {}}};
        QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    }
    const QList<Domain> all = domains.all();
    QStringList order;
    for (const Domain& domain : all)
        order.append(domain.aLabel);
    QCOMPARE(order, (QStringList{QStringLiteral("alfa.pt"), QStringLiteral("meio.pt"),
                                 QStringLiteral("xn--caf-dma.pt"), QStringLiteral("zeta.pt")}));
    // Related rows go to their own domain.
    compareDomains(all.at(2), rich);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(all.at(0).nameServers.size(), 1);
    QCOMPARE(all.at(0).nameServers.first().host, QStringLiteral("ns.alfa.pt"));
    QCOMPARE(all.at(3).nameServers.first().host, QStringLiteral("ns.zeta.pt"));
    QCOMPARE(domains.count(), 4);
}

void TstDomainRepository::factsAreTheDeadlineInputs()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    QString error;
    Domain rich = everything();
    Domain bare = named(QStringLiteral("simples.pt"));
    bare.registrantHandle.clear();
    bare.expiresAt = QDateTime();
    bare.programme = Programme::Sitestar;
    QVERIFY2(domains.insert(rich, &error), qPrintable(error));
    QVERIFY2(domains.insert(bare, &error), qPrintable(error));

    const QList<DomainFacts> all = domains.allFacts();
    QCOMPARE(all.size(), 2);
    for (const Domain& domain : {rich, bare}) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const DomainFacts& facts) {
            return facts.id == domain.id;
        });
        QVERIFY(found != all.cend());
        const std::optional<DomainFacts> one = domains.facts(domain.id);
        QVERIFY(one.has_value());
        for (const DomainFacts& facts : {*found, *one}) {
            QCOMPARE(facts.aLabel, domain.aLabel);
            QCOMPARE(facts.uLabel, domain.uLabel);
            QCOMPARE(facts.createdAt, domain.createdAt);
            QCOMPARE(facts.expiresAt.isValid(), domain.expiresAt.isValid());
            QCOMPARE(facts.expiresAt, domain.expiresAt);
            QCOMPARE(facts.autoRenew, domain.autoRenew);
            QCOMPARE(facts.programme, domain.programme);
        }
    }
    QVERIFY(!domains.facts(9999).has_value());
}

void TstDomainRepository::nextDeadlineRoundTrip_data()
{
    QTest::addColumn<DeadlineKind>("kind");
    QTest::newRow("deletion") << DeadlineKind::Deletion;
    QTest::newRow("auto-renewal") << DeadlineKind::AutoRenewal;
    QTest::newRow("verification") << DeadlineKind::Verification;
    QTest::newRow("owner change, holder") << DeadlineKind::OwnerChangeHolder;
    QTest::newRow("owner change, new holder") << DeadlineKind::OwnerChangeNewHolder;
    QTest::newRow("promotion ends") << DeadlineKind::PromoEnd;
}

void TstDomainRepository::nextDeadlineRoundTrip()
{
    QFETCH(DeadlineKind, kind);
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    QString error;
    QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    QList<DomainSummary> page = domains.pageByNextDue(10);
    QCOMPARE(page.size(), 1);
    QVERIFY(!page.first().nextDue.isValid()); // none until the service sets one
    QVERIFY(!page.first().nextKind.has_value());

    const QDateTime due = utc("2026-10-25T01:30:00Z"); // the night clocks go back in Lisbon
    QVERIFY2(domains.setNextDeadline(domain.id, deadline(kind, due), &error), qPrintable(error));
    page = domains.pageByNextDue(10);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().nextDue, due);
    QCOMPARE(page.first().nextDue.timeSpec(), Qt::UTC);
    QVERIFY(page.first().nextKind.has_value());
    QCOMPARE(*page.first().nextKind, kind);

    QVERIFY2(domains.setNextDeadline(domain.id, std::nullopt, &error), qPrintable(error));
    page = domains.pageByNextDue(10);
    QVERIFY(!page.first().nextDue.isValid());
    QVERIFY(!page.first().nextKind.has_value());
}

void TstDomainRepository::setNextDeadlineOnMissingDomainFails()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    QString error;
    QVERIFY(!domains.setNextDeadline(
        404, deadline(DeadlineKind::Deletion, utc("2026-01-01T00:00:00Z")), &error));
    QCOMPARE(error,
             QStringLiteral("Cannot store the next deadline: there is no domain with the id 404."));
}

void TstDomainRepository::pageByNextDue_data()
{
    QTest::addColumn<int>("pageSize");
    for (int size : {1, 2, 3, 4, 7, 100})
        QTest::addRow("pages of %d", size) << size;
}

void TstDomainRepository::pageByNextDue()
{
    QFETCH(int, pageSize);
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());

    // Ties on the due moment, undated domains, names out of insertion order.
    struct Row
    {
        const char* name;
        const char* due; // nullptr: no deadline
    };
    const Row rows[] = {
        {"m.pt", "2026-05-01T00:00:00Z"}, {"sem-b.pt", nullptr}, {"c.pt", "2026-03-29T01:00:00Z"},
        {"a.pt", "2026-05-01T00:00:00Z"}, {"sem-a.pt", nullptr}, {"z.pt", "2025-12-31T23:59:59Z"},
        {"b.pt", "2026-03-29T01:00:00Z"}, {"sem-c.pt", nullptr}, {"d.pt", "2030-01-01T00:00:00Z"},
    };
    QString error;
    for (const Row& row : rows) {
        Domain domain = named(QString::fromLatin1(row.name));
        QVERIFY2(domains.insert(domain, &error), qPrintable(error));
        if (row.due) {
            QVERIFY2(domains.setNextDeadline(
                         domain.id, deadline(DeadlineKind::Deletion, utc(row.due)), &error),
                     qPrintable(error));
        }
    }
    const QStringList expected{
        QStringLiteral("z.pt"),     QStringLiteral("b.pt"),     QStringLiteral("c.pt"),
        QStringLiteral("a.pt"),     QStringLiteral("m.pt"),     QStringLiteral("d.pt"),
        QStringLiteral("sem-a.pt"), QStringLiteral("sem-b.pt"), QStringLiteral("sem-c.pt"),
    };

    QStringList walked;
    std::optional<DomainSummary> last;
    for (int guard = 0; guard < 100; ++guard) {
        const QList<DomainSummary> page = domains.pageByNextDue(pageSize, last ? &*last : nullptr);
        QVERIFY(page.size() <= pageSize);
        if (page.isEmpty())
            break;
        walked += names(page);
        last = page.last();
    }
    QCOMPARE(walked, expected);
    QVERIFY(domains.pageByNextDue(0).isEmpty());
}

void TstDomainRepository::pageSummaryFields()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    Domain domain = everything();
    Domain orphan = named(QStringLiteral("orfao.pt"));
    orphan.registrantHandle.clear();
    QString error;
    QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    QVERIFY2(domains.insert(orphan, &error), qPrintable(error));
    const QDateTime due = utc("2027-01-29T23:59:59Z");
    QVERIFY(domains.setNextDeadline(domain.id, deadline(DeadlineKind::PromoEnd, due), &error));

    const QList<DomainSummary> page = domains.pageByNextDue(10);
    QCOMPARE(page.size(), 2);
    const DomainSummary& summary = page.first();
    QCOMPARE(summary.id, domain.id);
    QCOMPARE(summary.aLabel, domain.aLabel);
    QCOMPARE(summary.uLabel, QStringLiteral("café.pt"));
    QCOMPARE(summary.registrantHandle, QStringLiteral("REG-1"));
    QCOMPARE(summary.registrantName, QStringLiteral("Maria Ávila"));
    QCOMPARE(summary.expiresAt, domain.expiresAt);
    QCOMPARE(summary.autoRenew, true);
    QCOMPARE(summary.programme, Programme::TresEmUm);
    QCOMPARE(summary.nextDue, due);
    QCOMPARE(summary.nextKind, std::optional<DeadlineKind>(DeadlineKind::PromoEnd));

    QCOMPARE(page.at(1).aLabel, QStringLiteral("orfao.pt"));
    QVERIFY(page.at(1).registrantHandle.isEmpty());
    QVERIFY(page.at(1).registrantName.isEmpty());
}

void TstDomainRepository::summariesHeldByContact()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    QString error;
    for (const char* name : {"tres.pt", "um.pt", "dois.pt"}) {
        Domain domain = named(QString::fromLatin1(name));
        if (qstrcmp(name, "dois.pt") == 0)
            domain.registrantHandle = QStringLiteral("REG-2");
        QVERIFY2(domains.insert(domain, &error), qPrintable(error));
    }
    const qint64 maria = ContactRepository(fixture.db()).findByHandle(QStringLiteral("REG-1"))->id;
    const QList<DomainSummary> held = domains.summariesHeldBy(maria);
    QCOMPARE(names(held), (QStringList{QStringLiteral("tres.pt"), QStringLiteral("um.pt")}));
    QCOMPARE(held.first().registrantName, QStringLiteral("Maria Ávila"));
    QVERIFY(domains.summariesHeldBy(9999).isEmpty());
}

void TstDomainRepository::largePortfolioIsFast()
{
    Fixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.error()));
    DomainRepository domains(fixture.db());
    constexpr int Rows = 200000;
    // Generated in SQL: fast to build, and no business rule is involved.
    QSqlQuery fill(fixture.db().connection());
    fill.prepare(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
        " INSERT INTO domains (a_label, u_label, registrant_id, expires_at, programme, next_due,"
        " next_kind) SELECT printf('d%07d.pt', i), printf('d%07d.pt', i), 1,"
        " 1800000000 + i, CASE WHEN i % 50 = 0 THEN '3em1' ELSE 'none' END,"
        " CASE WHEN i % 10 = 0 THEN NULL ELSE 1700000000 + (i * 7919) % 100000000 END,"
        " 'deletion' FROM n"));
    fill.addBindValue(Rows);
    QVERIFY2(fill.exec(), qPrintable(fill.lastError().text()));
    fill.finish();
    QCOMPARE(domains.count(), Rows);

    // First page, a page deep in the dated rows, a page deep in the undated ones.
    QList<DomainSummary> firstPage = domains.pageByNextDue(50);
    QCOMPARE(firstPage.size(), 50);
    DomainSummary middle;
    middle.aLabel = QStringLiteral("d0100001.pt");
    middle.nextDue = QDateTime::fromSecsSinceEpoch(1750000000, Qt::UTC);
    DomainSummary undated;
    undated.aLabel = QStringLiteral("d0150000.pt");

    const QList<DomainSummary> dated = domains.pageByNextDue(50, &middle);
    const QList<DomainSummary> tail = domains.pageByNextDue(50, &undated);
    QCOMPARE(dated.size(), 50);
    QCOMPARE(tail.size(), 50);
    QVERIFY(dated.first().nextDue >= middle.nextDue);
    QVERIFY(!tail.first().nextDue.isValid());
    QVERIFY(tail.first().aLabel > undated.aLabel);
    // (How fast: bench_portfolio. Tests assert results, never times.)
    const QList<DomainFacts> facts = domains.allFacts();
    QCOMPARE(facts.size(), Rows);
    QCOMPARE(facts.at(49).programme, Programme::TresEmUm);
    QCOMPARE(facts.at(48).programme, Programme::None);
}

QTEST_GUILESS_MAIN(TstDomainRepository)
#include "tst_domainrepository.moc"
