#include "DeskRegistry.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "alerts/AlertMonitor.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace rd;

// Alerts while the desk runs: the clock moves, the monitor checks, and what
// crossed into critical or overdue is reported once, with a badge.
class tst_AlertMonitor : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        test::TestDatabase t;
        FixedClock clock{test::utc("2026-11-23T09:00:00Z")};
        std::unique_ptr<PortfolioService> service;

        World()
        {
            service = std::make_unique<PortfolioService>(t.db(), clock, QStringLiteral("test"));
            QString error;
            if (DemoPortfolio::seed(*service, &error) != 12)
                qFatal("%s", qPrintable(error));
        }
    };

    static QStringList describe(const QList<Deadline>& deadlines)
    {
        QStringList lines;
        for (const Deadline& d : deadlines)
            lines << QStringLiteral("%1/%2/%3").arg(d.uLabel, toCode(d.kind), toCode(d.level));
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void crossingsAreReportedOnce_data()
    {
        QTest::addColumn<qint64>("advance");
        QTest::addColumn<QStringList>("crossed");
        QTest::newRow("an hour: nothing new") << qint64(3600) << QStringList{};
        QTest::newRow("a day and a minute")
            << qint64(24 * 3600 + 60)
            << QStringList{QStringLiteral("pastelaria-lusitana.pt/deletion/overdue")};
        QTest::newRow("three days")
            << qint64(3 * 24 * 3600)
            << QStringList{QStringLiteral("café-central.pt/owner-change-holder/critical"),
                           QStringLiteral("maria-ferreira.pt/deletion/critical"),
                           QStringLiteral("maria-ferreira.pt/verification/overdue"),
                           QStringLiteral("pastelaria-lusitana.pt/deletion/overdue")};
    }

    void crossingsAreReportedOnce()
    {
        QFETCH(qint64, advance);
        QFETCH(QStringList, crossed);
        World w;
        ui::AlertMonitor monitor(*w.service, w.clock);
        QSignalSpy spy(&monitor, &ui::AlertMonitor::crossed);
        // What is late at start-up is no news.
        QCOMPARE(monitor.check(), 0);
        QCOMPARE(spy.size(), 0);

        w.clock.advanceSecs(advance);
        QCOMPARE(monitor.check(), int(crossed.size()));
        QCOMPARE(monitor.unseenCount(), int(crossed.size()));
        if (crossed.isEmpty()) {
            QCOMPARE(spy.size(), 0);
        } else {
            QCOMPARE(spy.size(), 1);
            QCOMPARE(describe(spy.constFirst().constFirst().value<QList<Deadline>>()), crossed);
        }
        // The same levels again: nothing more.
        QCOMPARE(monitor.check(), 0);
        monitor.clearUnseen();
        QCOMPARE(monitor.unseenCount(), 0);
    }

    // Thresholds are read at each check: a wider critical window alerts at once.
    void thresholdsApplyAtOnce()
    {
        World w;
        ui::AlertMonitor monitor(*w.service, w.clock);
        monitor.check();
        QString error;
        QVERIFY2(w.service->setThreshold(QStringLiteral("alert.critical-days"), QStringLiteral("5"),
                                         &error),
                 qPrintable(error));
        QSignalSpy spy(&monitor, &ui::AlertMonitor::crossed);
        QCOMPARE(monitor.check(), 2); // maria-ferreira's deletion and café-central's owner change
    }

    // The window shows the count on Today and in its title until Today is looked at.
    void windowShowsABadge()
    {
        World w;
        QSettings settings;
        ui::DeskRegistry registry(settings, nullptr);
        ui::MainWindow window(*w.service, w.clock, registry);
        window.showPage(ui::MainWindow::Page::Domains);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.windowTitle().startsWith(QLatin1Char('(')));

        w.clock.advanceSecs(3 * 24 * 3600);
        QCOMPARE(window.alertMonitor()->check(), 4);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("(4) ")),
                 qPrintable(window.windowTitle()));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Today (4)"));

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Today);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Today"));
        QVERIFY(!window.windowTitle().startsWith(QLatin1Char('(')));
    }
};

QTEST_MAIN(tst_AlertMonitor)
#include "tst_alertmonitor.moc"
