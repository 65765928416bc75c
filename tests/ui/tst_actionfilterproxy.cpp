#include "ActionFilterProxy.h"
#include "ActionTableModel.h"
#include "TestDatabase.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace rd;
using rd::ui::ActionFilterProxy;
using rd::ui::ActionTableModel;
using rd::ui::DeadlineWindow;

class tst_ActionFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("expected");
        const auto names = [](const char* list) {
            return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        const int any = int(DeadlineWindow::Any);
        QTest::newRow("all") << QString() << any << -1 << -1 << -1
                             << names("turismo-exemplo.pt maria-ferreira.pt café-central.pt "
                                      "oficina-ribeiro.pt");
        QTest::newRow("overdue") << QString() << int(DeadlineWindow::Overdue) << -1 << -1 << -1
                                 << names("turismo-exemplo.pt");
        QTest::newRow("24 hours") << QString() << int(DeadlineWindow::Day) << -1 << -1 << -1
                                  << names("turismo-exemplo.pt");
        QTest::newRow("7 days") << QString() << int(DeadlineWindow::Week) << -1 << -1 << -1
                                << names("turismo-exemplo.pt maria-ferreira.pt café-central.pt "
                                         "oficina-ribeiro.pt");
        QTest::newRow("critical") << QString() << any << int(AlertLevel::Critical) << -1 << -1
                                  << names("maria-ferreira.pt");
        QTest::newRow("warning") << QString() << any << int(AlertLevel::Warning) << -1 << -1
                                 << names("café-central.pt oficina-ribeiro.pt");
        QTest::newRow("owner changes") << QString() << any << -1 << int(ActionKind::OwnerChange)
                                       << -1 << names("café-central.pt oficina-ribeiro.pt");
        QTest::newRow("new holder's turn")
            << QString() << any << -1 << -1 << int(ActionState::AwaitingNewHolder)
            << names("oficina-ribeiro.pt");
        QTest::newRow("domain") << QStringLiteral("RIBEIRO") << any << -1 << -1 << -1
                                << names("oficina-ribeiro.pt");
        QTest::newRow("new holder handle")
            << QStringLiteral("joao-1000") << any << -1 << -1 << -1 << names("café-central.pt");
        QTest::newRow("verifications in a day")
            << QString() << int(DeadlineWindow::Day) << -1 << int(ActionKind::Verification) << -1
            << names("turismo-exemplo.pt");
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, window);
        QFETCH(int, level);
        QFETCH(int, kind);
        QFETCH(int, state);
        QFETCH(QStringList, expected);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ActionTableModel model(service);
        model.reload();
        ActionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(ActionTableModel::DaysLeft);
        proxy.setText(text);
        proxy.setWindow(DeadlineWindow(window));
        proxy.setLevel(level);
        proxy.setKind(kind);
        proxy.setState(state);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, ActionTableModel::Domain).data().toString();
        QCOMPARE(shown, expected);
        model.reload();
        QCOMPARE(proxy.rowCount(), expected.size());
        // Days left as numbers, most first.
        proxy.sort(ActionTableModel::DaysLeft, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, ActionTableModel::DaysLeft).data().toInt() >=
                    proxy.index(row, ActionTableModel::DaysLeft).data().toInt());
    }
};

QTEST_MAIN(tst_ActionFilterProxy)
#include "tst_actionfilterproxy.moc"
