#include "ActionTableModel.h"
#include "TestDatabase.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace rd;
using rd::ui::ActionTableModel;

// The demo's open actions, seen at 2026-11-23T09:00Z: a verification 2 hours
// late, one due in 28 hours, and two owner changes waiting 5 and 6 more days.
class tst_ActionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("daysLeft");
        QTest::newRow("late verification")
            << 0 << QStringLiteral("turismo-exemplo.pt")
            << QStringLiteral("Registrant verification") << QStringLiteral("Open")
            << QStringLiteral("Registrant verification") << int(AlertLevel::Overdue)
            << QStringLiteral("0");
        QTest::newRow("verification tomorrow")
            << 1 << QStringLiteral("maria-ferreira.pt") << QStringLiteral("Registrant verification")
            << QStringLiteral("Open") << QStringLiteral("Registrant verification")
            << int(AlertLevel::Critical) << QStringLiteral("1");
        QTest::newRow("owner change, holder")
            << 2 << QString::fromUtf8("café-central.pt") << QStringLiteral("Owner change")
            << QStringLiteral("Waiting for the holder")
            << QStringLiteral("Owner change: current holder") << int(AlertLevel::Warning)
            << QStringLiteral("5");
        QTest::newRow("owner change, new holder")
            << 3 << QStringLiteral("oficina-ribeiro.pt") << QStringLiteral("Owner change")
            << QStringLiteral("Waiting for the new holder")
            << QStringLiteral("Owner change: new holder") << int(AlertLevel::Warning)
            << QStringLiteral("6");
    }

    void rows()
    {
        QFETCH(int, row);
        QFETCH(QString, domain);
        QFETCH(QString, kind);
        QFETCH(QString, state);
        QFETCH(QString, deadline);
        QFETCH(int, level);
        QFETCH(QString, daysLeft);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ActionTableModel model(service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(ActionTableModel::Domain).toString(), domain);
        QCOMPARE(cell(ActionTableModel::Kind).toString(), kind);
        QCOMPARE(cell(ActionTableModel::State).toString(), state);
        QCOMPARE(cell(ActionTableModel::NextDeadline).toString(), deadline);
        QCOMPARE(cell(ActionTableModel::Level, ActionTableModel::AlertLevelRole).toInt(), level);
        QCOMPARE(cell(ActionTableModel::DaysLeft).toString(), daysLeft);
        QVERIFY(cell(ActionTableModel::Domain, ActionTableModel::ActionIdRole).toLongLong() > 0);
        QVERIFY(!cell(ActionTableModel::Due, Qt::ToolTipRole).toString().isEmpty());
        // A closed action leaves the table on the next reload.
        QVERIFY2(service.closeAction(
                     cell(ActionTableModel::Domain, ActionTableModel::ActionIdRole).toLongLong(),
                     clock.now(), QStringLiteral("done"), &error),
                 qPrintable(error));
        model.reload();
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(tst_ActionTableModel)
#include "tst_actiontablemodel.moc"
