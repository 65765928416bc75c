#include "TestDatabase.h"
#include "details/ContactDetails.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"
#include "storage/ContactRepository.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace rd;

// The contact panel: identity, the validators' verdict on each field, and
// the domains the contact holds or looks after.
class tst_ContactDetails : public QObject
{
    Q_OBJECT

private:
    static QString text(const QWidget& panel, const char* label)
    {
        return panel.findChild<QLabel*>(QLatin1String(label))->text();
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void showsTheContactAndItsDomains_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("taxField");
        QTest::addColumn<QStringList>("domains");
        QTest::newRow("organisation")
            << "PADA-100001-ADNS"
            << "Padaria Lusitana, Lda."
            << "NIPC" << QStringList{"padaria-lusitana.pt", "pastelaria-lusitana.pt"};
        QTest::newRow("person") << "ANAS-100006-ADNS"
                                << "Ana Sofia Martins"
                                << "NIF" << QStringList{"ana-martins.pt", "loja-da-ana.pt"};
    }

    void showsTheContactAndItsDomains()
    {
        QFETCH(QString, handle);
        QFETCH(QString, name);
        QFETCH(QString, taxField);
        QFETCH(QStringList, domains);
        test::TestDatabase t;
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ui::ContactDetails panel(service, clock);
        panel.showContact(handle);
        QCOMPARE(text(panel, "contactTitle"), name);
        QVERIFY(text(panel, "identityLabel").contains(handle));
        const QString checks = text(panel, "checksLabel");
        QVERIFY2(checks.contains(taxField), qPrintable(checks));
        QCOMPARE(checks.count(QStringLiteral("✓ valid")), 4); // tax id, e-mail, phone, postcode
        QVERIFY(!checks.contains(QStringLiteral("✖")));
        const QString held = text(panel, "domainsLabel");
        for (const QString& d : domains)
            QVERIFY2(held.contains(d), qPrintable(held));
        // Demo domains name their holder as technical contact too.
        QCOMPARE(held.count(QStringLiteral("holder, technical contact")), domains.size());

        QSignalSpy requested(&panel, &ui::ContactDetails::domainRequested);
        Q_EMIT panel.findChild<QLabel*>(QStringLiteral("domainsLabel"))
            ->linkActivated(QStringLiteral("domain:ana-martins.pt"));
        QCOMPARE(requested.size(), 1);
    }

    // Data that came in before the checks (an old import, the registry) is
    // shown with what is wrong in it.
    void wrongFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("NIF") << "vat"
                             << "123456780"
                             << "check digit";
        QTest::newRow("e-mail") << "email"
                                << "ana@example"
                                << "no top-level domain";
        QTest::newRow("phone") << "voice"
                               << "+351.123"
                               << "nine digits";
        QTest::newRow("postcode") << "postcode"
                                  << "100-01"
                                  << "is not a postcode";
    }

    void wrongFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        test::TestDatabase t;
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        Contact c;
        c.handle = QStringLiteral("ERRO-100001-ADNS");
        c.name = QStringLiteral("Contacto Antigo");
        c.vat = QStringLiteral("123456789");
        c.email = QStringLiteral("antigo@example.pt");
        c.voice = QStringLiteral("+351.212345678");
        c.address.postcode = QStringLiteral("1000-001");
        if (field == QLatin1String("vat"))
            c.vat = value;
        else if (field == QLatin1String("email"))
            c.email = value;
        else if (field == QLatin1String("voice"))
            c.voice = value;
        else
            c.address.postcode = value;
        QString error;
        // Straight into storage, as an import before the checks existed would.
        QVERIFY2(service.contacts().insert(c, &error), qPrintable(error));
        ui::ContactDetails panel(service, clock);
        panel.showContact(c.handle);
        const QString checks = text(panel, "checksLabel");
        QCOMPARE(checks.count(QStringLiteral("✖")), 1);
        QCOMPARE(checks.count(QStringLiteral("✓ valid")), 3);
        QVERIFY2(checks.contains(reason), qPrintable(checks));
        QVERIFY(text(panel, "domainsLabel").contains(QStringLiteral("None.")));
    }
};

QTEST_MAIN(tst_ContactDetails)
#include "tst_contactdetails.moc"
