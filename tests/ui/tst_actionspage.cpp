#include "ActionTableModel.h"
#include "TestDatabase.h"
#include "i18n/Language.h"
#include "pages/ActionsPage.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rd;
using rd::ui::ActionsPage;
using rd::ui::ActionTableModel;

class tst_ActionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }
    void init() { QSettings().clear(); }

    void filterBar_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("rows");
        QTest::newRow("typed domain") << QStringLiteral("ribeiro") << QString() << QString() << 1;
        QTest::newRow("overdue") << QString() << QStringLiteral("windowCombo")
                                 << QStringLiteral("Overdue") << 1;
        QTest::newRow("7 days") << QString() << QStringLiteral("windowCombo")
                                << QStringLiteral("Within 7 days") << 4;
        QTest::newRow("critical") << QString() << QStringLiteral("levelCombo")
                                  << QStringLiteral("Critical") << 1;
        QTest::newRow("owner changes")
            << QString() << QStringLiteral("kindCombo") << QStringLiteral("Owner change") << 2;
        QTest::newRow("holder's turn") << QString() << QStringLiteral("stateCombo")
                                       << QStringLiteral("Waiting for the holder") << 1;
        QTest::newRow("typed and chosen")
            << QStringLiteral("exemplo") << QStringLiteral("kindCombo")
            << QStringLiteral("Owner change") << 0;
    }

    void filterBar()
    {
        QFETCH(QString, typed);
        QFETCH(QString, combo);
        QFETCH(QString, entry);
        QFETCH(int, rows);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ActionsPage page(service);
        QAbstractItemModelTester tester(page.visibleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("4 of 4 open actions"));
        QTest::keyClicks(page.filterEdit(), typed);
        if (!combo.isEmpty()) {
            auto* box = page.findChild<QComboBox*>(combo);
            QVERIFY(box);
            const int at = box->findText(entry);
            QVERIFY(at > 0);
            box->setFocus();
            for (int i = 0; i < at; ++i)
                QTest::keyClick(box, Qt::Key_Down);
        }
        QCOMPARE(page.visibleModel()->rowCount(), rows);
        page.saveView(QStringLiteral("mine"));
        QTest::keyClick(page.filterEdit(), Qt::Key_Escape);
        QTest::keyClick(page.filterEdit(), Qt::Key_Escape);
        QCOMPARE(page.visibleModel()->rowCount(), 4);
        QVERIFY(page.applyView(QStringLiteral("mine")));
        QCOMPARE(page.visibleModel()->rowCount(), rows);
    }

    void activation()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ActionsPage page(service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy activated(&page, &ActionsPage::actionActivated);
        QTableView* table = page.table();
        // The most urgent first: the late verification.
        QCOMPARE(table->model()->index(0, ActionTableModel::Domain).data().toString(),
                 QStringLiteral("turismo-exemplo.pt"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(activated.count() >= 1);
        const qint64 id = activated.last().at(0).toLongLong();
        QCOMPARE(id, page.currentAction());
        QVERIFY(id > 0);
        page.reload();
        QCOMPARE(page.currentAction(), id);
    }
};

QTEST_MAIN(tst_ActionsPage)
#include "tst_actionspage.moc"
