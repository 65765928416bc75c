#include "ContactFilterProxy.h"
#include "ContactTableModel.h"
#include "TestDatabase.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace rd;
using rd::ui::ContactFilterProxy;
using rd::ui::ContactTableModel;

class tst_ContactFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("verification");
        QTest::addColumn<int>("holding");
        QTest::addColumn<QStringList>("expected");
        const auto handles = [](const char* list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("all") << QString() << -1 << -1 << -1
                             << handles("ANAS-100006-ADNS CAFE-100003-ADNS CAMA-100007-ADNS "
                                        "JOAO-100004-ADNS MARI-100002-ADNS OFIC-100005-ADNS "
                                        "PADA-100001-ADNS");
        QTest::newRow("name") << QStringLiteral("ribeiro") << -1 << -1 << -1
                              << handles("OFIC-100005-ADNS");
        QTest::newRow("accented name, any case")
            << QString::fromUtf8("GONÇALVES") << -1 << -1 << -1 << handles("JOAO-100004-ADNS");
        QTest::newRow("handle") << QStringLiteral("mari-1000") << -1 << -1 << -1
                                << handles("MARI-100002-ADNS");
        QTest::newRow("nif") << QStringLiteral("600123456") << -1 << -1 << -1
                             << handles("CAMA-100007-ADNS");
        QTest::newRow("e-mail") << QStringLiteral("@cafe-central") << -1 << -1 << -1
                                << handles("CAFE-100003-ADNS");
        QTest::newRow("organisations")
            << QString() << int(ContactKind::Organisation) << -1 << -1
            << handles("CAFE-100003-ADNS CAMA-100007-ADNS OFIC-100005-ADNS PADA-100001-ADNS");
        QTest::newRow("persons and text") << QStringLiteral("ma") << int(ContactKind::Person) << -1
                                          << -1 << handles("ANAS-100006-ADNS MARI-100002-ADNS");
        QTest::newRow("not verified") << QString() << -1 << int(VerificationState::Unverified) << -1
                                      << handles("ANAS-100006-ADNS CAFE-100003-ADNS "
                                                 "CAMA-100007-ADNS JOAO-100004-ADNS "
                                                 "MARI-100002-ADNS OFIC-100005-ADNS "
                                                 "PADA-100001-ADNS");
        QTest::newRow("verified") << QString() << -1 << int(VerificationState::Verified) << -1
                                  << QStringList();
        QTest::newRow("holding none") << QString() << -1 << -1 << 0 << QStringList();
        QTest::newRow("holders") << QStringLiteral("padaria") << -1 << -1 << 1
                                 << handles("PADA-100001-ADNS");
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, verification);
        QFETCH(int, holding);
        QFETCH(QStringList, expected);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ContactTableModel model(service);
        model.reload();
        ContactFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(ContactTableModel::Handle);
        proxy.setText(text);
        proxy.setKind(kind);
        proxy.setVerification(verification);
        proxy.setHolding(holding);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, ContactTableModel::Handle).data().toString();
        QCOMPARE(shown, expected);
        // Reloading keeps the filter and the sort.
        model.reload();
        QCOMPARE(proxy.rowCount(), expected.size());
        proxy.sort(ContactTableModel::Domains, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, ContactTableModel::Domains).data().toInt() >=
                    proxy.index(row, ContactTableModel::Domains).data().toInt());
    }
};

QTEST_MAIN(tst_ContactFilterProxy)
#include "tst_contactfilterproxy.moc"
