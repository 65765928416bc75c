#include "ContactTableModel.h"
#include "TestDatabase.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace rd;
using rd::ui::ContactTableModel;

class tst_ContactTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("MARI-100002-ADNS") << int(ContactTableModel::Name)
                              << QString::fromUtf8("Maria João Ferreira");
        QTest::newRow("person") << QStringLiteral("MARI-100002-ADNS")
                                << int(ContactTableModel::Kind) << QStringLiteral("Person");
        QTest::newRow("organisation")
            << QStringLiteral("CAMA-100007-ADNS") << int(ContactTableModel::Kind)
            << QStringLiteral("Organisation");
        QTest::newRow("nif") << QStringLiteral("PADA-100001-ADNS") << int(ContactTableModel::Nif)
                             << QStringLiteral("501234560");
        QTest::newRow("domains held") << QStringLiteral("MARI-100002-ADNS")
                                      << int(ContactTableModel::Domains) << QStringLiteral("2");
        QTest::newRow("holds one") << QStringLiteral("CAFE-100003-ADNS")
                                   << int(ContactTableModel::Domains) << QStringLiteral("1");
        QTest::newRow("verification")
            << QStringLiteral("JOAO-100004-ADNS") << int(ContactTableModel::Verification)
            << QStringLiteral("Not verified");
        QTest::newRow("phone") << QStringLiteral("JOAO-100004-ADNS")
                               << int(ContactTableModel::Phone) << QStringLiteral("+351.934567890");
        QTest::newRow("city") << QStringLiteral("CAMA-100007-ADNS") << int(ContactTableModel::City)
                              << QString::fromUtf8("Évora");
    }

    void cells()
    {
        QFETCH(QString, handle);
        QFETCH(int, column);
        QFETCH(QString, expected);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ContactTableModel model(service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        QCOMPARE(model.rowCount(), 7);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, ContactTableModel::Handle).data().toString() == handle)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, column).data().toString(), expected);
        QCOMPARE(model.index(row, 0).data(ContactTableModel::HandleRole).toString(), handle);
        // Counts sort as numbers.
        QCOMPARE(
            model.index(row, ContactTableModel::Domains).data(ContactTableModel::SortRole).typeId(),
            QMetaType::Int);
        model.reload();
        QCOMPARE(model.rowCount(), 7);
    }
};

QTEST_MAIN(tst_ContactTableModel)
#include "tst_contacttablemodel.moc"
