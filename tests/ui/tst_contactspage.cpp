#include "ContactTableModel.h"
#include "TestDatabase.h"
#include "i18n/Language.h"
#include "pages/ContactsPage.h"
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
using rd::ui::ContactsPage;
using rd::ui::ContactTableModel;

class tst_ContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }
    void init() { QSettings().clear(); }

    void filterBar_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("combo");
        QTest::addColumn<int>("entry");
        QTest::addColumn<int>("rows");
        QTest::newRow("typed name") << QStringLiteral("ribeiro") << QString() << 0 << 1;
        QTest::newRow("typed nif") << QStringLiteral("5012") << QString() << 0 << 1;
        QTest::newRow("organisations") << QString() << QStringLiteral("kindCombo") << 2 << 4;
        QTest::newRow("persons named Ma")
            << QStringLiteral("ma") << QStringLiteral("kindCombo") << 1 << 2;
        QTest::newRow("verified") << QString() << QStringLiteral("verificationCombo") << 3 << 0;
        QTest::newRow("holding none") << QString() << QStringLiteral("holdingCombo") << 2 << 0;
    }

    void filterBar()
    {
        QFETCH(QString, typed);
        QFETCH(QString, combo);
        QFETCH(int, entry);
        QFETCH(int, rows);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        ContactsPage page(service);
        QAbstractItemModelTester tester(page.visibleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("7 of 7 contacts"));
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.filterEdit()->hasFocus());
        QTest::keyClicks(page.filterEdit(), typed);
        if (!combo.isEmpty()) {
            auto* box = page.findChild<QComboBox*>(combo);
            QVERIFY(box);
            box->setFocus();
            for (int i = 0; i < entry; ++i)
                QTest::keyClick(box, Qt::Key_Down);
            QCOMPARE(box->currentIndex(), entry);
        }
        QCOMPARE(page.visibleModel()->rowCount(), rows);

        // Saved as a view, cleared, brought back.
        page.saveView(QStringLiteral("mine"));
        page.clearFilters();
        QCOMPARE(page.visibleModel()->rowCount(), 7);
        QVERIFY(page.applyView(QStringLiteral("mine")));
        QCOMPARE(page.visibleModel()->rowCount(), rows);
        QCOMPARE(page.filterEdit()->text(), typed);
    }

    void activationAndColumns()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        {
            ContactsPage page(service);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QSignalSpy activated(&page, &ContactsPage::contactActivated);
            QTableView* table = page.table();
            const QRect cell = table->visualRect(table->model()->index(0, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            QCOMPARE(activated.count(), 1);
            QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("ANAS-100006-ADNS"));
            table->horizontalHeader()->setSectionHidden(ContactTableModel::City, false);
            table->horizontalHeader()->setSectionHidden(ContactTableModel::Email, true);
            page.reload();
            QCOMPARE(page.currentContact(), QStringLiteral("ANAS-100006-ADNS"));
        }
        ContactsPage again(service);
        QVERIFY(!again.table()->horizontalHeader()->isSectionHidden(ContactTableModel::City));
        QVERIFY(again.table()->horizontalHeader()->isSectionHidden(ContactTableModel::Email));
    }
};

QTEST_MAIN(tst_ContactsPage)
#include "tst_contactspage.moc"
