#include "TestDatabase.h"
#include "storage/ContactRepository.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;
using rd::test::utc;

namespace {

Contact person(const QString& handle)
{
    Contact contact;
    contact.handle = handle;
    contact.name = QStringLiteral("Ana Sousa");
    return contact;
}

// Compares every stored field; the caller checks QTest::currentTestFailed().
void compareContacts(const Contact& actual, const Contact& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.handle, expected.handle);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.organisation, expected.organisation);
    QCOMPARE(actual.address.street, expected.address.street);
    QCOMPARE(actual.address.city, expected.address.city);
    QCOMPARE(actual.address.province, expected.address.province);
    QCOMPARE(actual.address.postcode, expected.address.postcode);
    QCOMPARE(actual.address.countryCode, expected.address.countryCode);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.voice, expected.voice);
    QCOMPARE(actual.mobile, expected.mobile);
    QCOMPARE(actual.vat, expected.vat);
    QCOMPARE(actual.identityDocument, expected.identityDocument);
    QCOMPARE(actual.verification, expected.verification);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
}

} // namespace

class TstContactRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTrip_data();
    void roundTrip();
    void insertSetsTimes();
    void duplicateHandleIsRefused();
    void updateChangesFields();
    void updateToTakenHandleIsRefused();
    void updateOfMissingContactFails();
    void tooManyStreetLinesAreRefused();
    void allIsOrderedByHandle();
    void missingContactIsNotFound();
};

void TstContactRepository::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstContactRepository::roundTrip_data()
{
    QTest::addColumn<Contact>("contact");

    Contact full;
    full.handle = QStringLiteral("JOAO-123456-ADNS");
    full.kind = ContactKind::Person;
    full.name = QStringLiteral("João Ñandú Çaça");
    full.address.street = {QStringLiteral("Rua do Poço, 3, 2.º esq."),
                           QStringLiteral("Bairro da Sé"), QStringLiteral("Apartado 12")};
    full.address.city = QStringLiteral("Évora");
    full.address.province = QStringLiteral("Évora");
    full.address.postcode = QStringLiteral("7000-001");
    full.address.countryCode = QStringLiteral("PT");
    full.email = QStringLiteral("joao@exemplo.pt");
    full.voice = QStringLiteral("+351.212345678");
    full.mobile = QStringLiteral("+351.912345678");
    full.vat = QStringLiteral("123456789");
    full.identityDocument = QStringLiteral("12345678 9 ZZ1");
    full.verification = VerificationState::Verified;
    full.notes = QStringLiteral("Pediu contacto por e-mail \U0001F4E7; \"aspas\" e 'plicas'.");
    full.createdAt = utc("2023-11-14T22:13:20Z");
    QTest::newRow("person, every field") << full;

    Contact organisation;
    organisation.handle = QStringLiteral("ACME-1-ADNS");
    organisation.kind = ContactKind::Organisation;
    organisation.name = QStringLiteral("Acme, Lda.");
    organisation.organisation = QStringLiteral("Acme — Comércio de Máquinas, Lda.");
    organisation.address.street = {QStringLiteral("Av. da Liberdade, 1")};
    organisation.address.city = QStringLiteral("Lisboa");
    organisation.address.postcode = QStringLiteral("1250-096");
    organisation.vat = QStringLiteral("503504564");
    organisation.verification = VerificationState::Requested;
    QTest::newRow("organisation, verification requested") << organisation;

    Contact foreign;
    foreign.handle = QStringLiteral("MARIA-9-ADNS");
    foreign.name = QStringLiteral("María Muñoz");
    foreign.address.countryCode = QStringLiteral("ES");
    foreign.vat = QStringLiteral("ESX1234567X");
    foreign.verification = VerificationState::Failed;
    QTest::newRow("no street, verification failed") << foreign;

    Contact gap;
    gap.handle = QStringLiteral("GAP-1");
    gap.address.street = {QStringLiteral("Linha 1"), QStringLiteral(""), QStringLiteral("Linha 3")};
    gap.verification = VerificationState::Unverified;
    QTest::newRow("empty middle street line") << gap;

    Contact minimal;
    minimal.handle = QStringLiteral("MIN-1");
    QTest::newRow("handle only") << minimal;

    Contact hostile;
    hostile.handle = QStringLiteral("X'); DROP TABLE contacts;--");
    hostile.name = QStringLiteral("Robert'); DELETE FROM domains;--");
    QTest::newRow("quotes are values, not SQL") << hostile;
}

void TstContactRepository::roundTrip()
{
    QFETCH(Contact, contact);
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    QString error;
    QVERIFY2(contacts.insert(contact, &error), qPrintable(error));
    QVERIFY(contact.id > 0);

    const std::optional<Contact> byId = contacts.findById(contact.id);
    QVERIFY(byId.has_value());
    compareContacts(*byId, contact);
    if (QTest::currentTestFailed())
        return;
    const std::optional<Contact> byHandle = contacts.findByHandle(contact.handle);
    QVERIFY(byHandle.has_value());
    compareContacts(*byHandle, contact);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contacts.count(), 1);
}

void TstContactRepository::insertSetsTimes()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Contact contact = person(QStringLiteral("ANA-1"));
    QString error;
    QVERIFY2(contacts.insert(contact, &error), qPrintable(error));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(contact.createdAt >= before && contact.createdAt <= after);
    QCOMPARE(contact.updatedAt, contact.createdAt);
    QCOMPARE(contact.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(contacts.findById(contact.id)->createdAt, contact.createdAt);
}

void TstContactRepository::duplicateHandleIsRefused()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    Contact first = person(QStringLiteral("ANA-1"));
    QString error;
    QVERIFY2(contacts.insert(first, &error), qPrintable(error));
    Contact second = person(QStringLiteral("ANA-1"));
    second.name = QStringLiteral("Outra Ana");
    QVERIFY(!contacts.insert(second, &error));
    QCOMPARE(error, QStringLiteral("A contact with the handle ANA-1 is already in the portfolio."));
    QCOMPARE(second.id, 0);
    QCOMPARE(contacts.count(), 1);
    QCOMPARE(contacts.findByHandle(QStringLiteral("ANA-1"))->name, QStringLiteral("Ana Sousa"));
    QVERIFY(!contacts.insert(second, nullptr)); // no message wanted: no crash
}

void TstContactRepository::updateChangesFields()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    Contact contact = person(QStringLiteral("ANA-1"));
    contact.address.street = {QStringLiteral("Rua A"), QStringLiteral("Rua B")};
    QString error;
    QVERIFY2(contacts.insert(contact, &error), qPrintable(error));
    const QDateTime created = contact.createdAt;

    contact.handle = QStringLiteral("ANA-2");
    contact.kind = ContactKind::Organisation;
    contact.organisation = QStringLiteral("Sousa & Filhos");
    contact.address.street = {QStringLiteral("Praça Única")};
    contact.verification = VerificationState::Verified;
    contact.email = QStringLiteral("ana@sousa.pt");
    QVERIFY2(contacts.update(contact, &error), qPrintable(error));
    QVERIFY(contact.updatedAt >= created);

    const std::optional<Contact> stored = contacts.findById(contact.id);
    QVERIFY(stored.has_value());
    compareContacts(*stored, contact);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stored->createdAt, created);
    QVERIFY(!contacts.findByHandle(QStringLiteral("ANA-1")).has_value());
}

void TstContactRepository::updateToTakenHandleIsRefused()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    Contact ana = person(QStringLiteral("ANA-1"));
    Contact rui = person(QStringLiteral("RUI-1"));
    QString error;
    QVERIFY(contacts.insert(ana, &error));
    QVERIFY(contacts.insert(rui, &error));
    rui.handle = QStringLiteral("ANA-1");
    QVERIFY(!contacts.update(rui, &error));
    QCOMPARE(error, QStringLiteral("A contact with the handle ANA-1 is already in the portfolio."));
    QCOMPARE(contacts.findById(rui.id)->handle, QStringLiteral("RUI-1"));
}

void TstContactRepository::updateOfMissingContactFails()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    Contact ghost = person(QStringLiteral("GHOST-1"));
    ghost.id = 42;
    QString error;
    QVERIFY(!contacts.update(ghost, &error));
    QCOMPARE(error, QStringLiteral("Cannot save the contact GHOST-1: it is not in the portfolio."));
    QCOMPARE(contacts.count(), 0);
}

void TstContactRepository::tooManyStreetLinesAreRefused()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    Contact contact = person(QStringLiteral("LONG-1"));
    contact.address.street = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("4")};
    QString error;
    QVERIFY(!contacts.insert(contact, &error));
    QCOMPARE(error,
             QStringLiteral("The address of the contact LONG-1 has more than three street lines."));
    QCOMPARE(contacts.count(), 0);
}

void TstContactRepository::allIsOrderedByHandle()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    QString error;
    for (const char* handle : {"RUI-1", "ANA-1", "ZE-1", "BEA-1"}) {
        Contact contact = person(QString::fromLatin1(handle));
        QVERIFY2(contacts.insert(contact, &error), qPrintable(error));
    }
    QStringList handles;
    for (const Contact& contact : contacts.all())
        handles.append(contact.handle);
    QCOMPARE(handles, (QStringList{QStringLiteral("ANA-1"), QStringLiteral("BEA-1"),
                                   QStringLiteral("RUI-1"), QStringLiteral("ZE-1")}));
    QCOMPARE(contacts.count(), 4);
}

void TstContactRepository::missingContactIsNotFound()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ContactRepository contacts(fixture.db());
    QVERIFY(!contacts.findById(1).has_value());
    QVERIFY(!contacts.findByHandle(QStringLiteral("NOBODY")).has_value());
    QVERIFY(contacts.all().isEmpty());
    QCOMPARE(contacts.count(), 0);
}

QTEST_GUILESS_MAIN(TstContactRepository)
#include "tst_contactrepository.moc"
