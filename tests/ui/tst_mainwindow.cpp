#include "DeskRegistry.h"
#include "DomainTableModel.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "details/ActionDetails.h"
#include "details/ContactDetails.h"
#include "details/DomainDetails.h"
#include "i18n/Language.h"
#include "pages/ActionsPage.h"
#include "pages/ContactsPage.h"
#include "pages/DomainsPage.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        test::TestDatabase t;
        FixedClock clock{test::utc("2026-11-23T09:00:00Z")};
        std::unique_ptr<PortfolioService> service;
        QSettings settings;
        ui::DeskRegistry registry{settings, nullptr};

        explicit World(bool demo = true)
        {
            service = std::make_unique<PortfolioService>(t.db(), clock, QStringLiteral("test"));
            QString error;
            if (demo && DemoPortfolio::seed(*service, &error) != 12)
                qFatal("%s", qPrintable(error));
        }
    };

    static int runDesk(const QStringList& arguments)
    {
        QProcess desk;
        desk.start(QStringLiteral(RD_DESK_PATH), arguments);
        if (!desk.waitForFinished(120000))
            qFatal("the desk did not finish");
        if (desk.exitCode() != 0)
            qWarning("%s", desk.readAllStandardError().constData());
        return desk.exitCode();
    }

    static int colourCount(const QImage& image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void opensOnTodayAndNavigatesWithTheKeyboard()
    {
        World w;
        ui::MainWindow window(*w.service, w.clock, w.registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Today);
        QVERIFY(qobject_cast<ui::TodayView*>(window.page(ui::MainWindow::Page::Today)));

        const std::pair<Qt::Key, ui::MainWindow::Page> keys[] = {
            {Qt::Key_2, ui::MainWindow::Page::Domains},
            {Qt::Key_3, ui::MainWindow::Page::Contacts},
            {Qt::Key_4, ui::MainWindow::Page::Actions},
            {Qt::Key_1, ui::MainWindow::Page::Today}};
        for (const auto& [key, page] : keys) {
            QTest::keyClick(&window, key, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), page);
        }
        auto* contacts =
            qobject_cast<ui::ContactsPage*>(window.page(ui::MainWindow::Page::Contacts));
        QVERIFY(contacts);
        QCOMPARE(contacts->visibleModel()->rowCount(), 7);
        auto* actions = qobject_cast<ui::ActionsPage*>(window.page(ui::MainWindow::Page::Actions));
        QVERIFY(actions);
        QVERIFY(actions->visibleModel()->rowCount() >= 4);
    }

    void domainsPageSortsAndFilters()
    {
        World w;
        ui::MainWindow window(*w.service, w.clock, w.registry);
        window.showPage(ui::MainWindow::Page::Domains);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<ui::DomainsPage*>(window.page(ui::MainWindow::Page::Domains));
        QVERIFY(page);
        QTableView* view = page->table();
        QCOMPARE(view->model()->rowCount(), 12);
        // The most urgent deadline comes first: the overdue deletion.
        QCOMPARE(view->model()->index(0, ui::DomainTableModel::Name).data().toString(),
                 QStringLiteral("padaria-lusitana.pt"));
        QLineEdit* filter = page->filterEdit();
        QTest::keyClicks(filter, QStringLiteral("ribeiro"));
        QCOMPARE(view->model()->rowCount(), 2);
        // Exported as shown: the header and the two rows the filter leaves.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("table.csv"));
        QString error;
        QVERIFY2(window.exportTableTo(csvPath, &error), qPrintable(error));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a byte order mark, for Excel
        QCOMPARE(bytes.count('\n'), 3);
        QVERIFY(bytes.contains("oficina-ribeiro.pt"));
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 12);
    }

    // Today's links lead to the page that lists the item, and the window
    // passes them on for the details panels.
    void todayLinksNavigate()
    {
        World w;
        ui::MainWindow window(*w.service, w.clock, w.registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy domains(&window, &ui::MainWindow::domainRequested);
        Q_EMIT window.todayView()->domainRequested(QStringLiteral("maria-ferreira.pt"));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Domains);
        QCOMPARE(domains.size(), 1);
        QTableView* view =
            qobject_cast<ui::DomainsPage*>(window.page(ui::MainWindow::Page::Domains))->table();
        QCOMPARE(view->currentIndex().siblingAtColumn(ui::DomainTableModel::Name).data().toString(),
                 QStringLiteral("maria-ferreira.pt"));
        // And its details show beside the table.
        auto* details = window.findChild<ui::DomainDetails*>();
        QVERIFY(details);
        QCOMPARE(window.detailsArea()->currentWidget(), details);
    }

    // Choosing a row in any table shows its details; a link in the details
    // leads to the page of what it names.
    void rowsOpenTheirDetails()
    {
        World w;
        ui::MainWindow window(*w.service, w.clock, w.registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Page::Contacts);
        auto* contacts =
            qobject_cast<ui::ContactsPage*>(window.page(ui::MainWindow::Page::Contacts));
        QTableView* table = contacts->table();
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(window.detailsArea()->currentWidget(), window.findChild<ui::ContactDetails*>());
        window.showPage(ui::MainWindow::Page::Actions);
        auto* actions = qobject_cast<ui::ActionsPage*>(window.page(ui::MainWindow::Page::Actions));
        actions->table()->setCurrentIndex(actions->table()->model()->index(0, 0));
        QCOMPARE(window.detailsArea()->currentWidget(), window.findChild<ui::ActionDetails*>());
        auto* details = window.findChild<ui::ActionDetails*>();
        Q_EMIT details->contactRequested(QStringLiteral("MARI-100002-ADNS"));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Contacts);
        QCOMPARE(window.detailsArea()->currentWidget(), window.findChild<ui::ContactDetails*>());
    }

    // The seams the full pages and the details panels plug into.
    void pagesAndPanelsSwapIn()
    {
        World w;
        ui::MainWindow window(*w.service, w.clock, w.registry);
        auto* placeholder = window.findChild<QLabel*>(QStringLiteral("detailsPlaceholder"));
        QVERIFY(placeholder);
        QCOMPARE(window.detailsArea()->currentWidget(), placeholder);
        QCOMPARE(placeholder->text(), QStringLiteral("Select a domain, contact or action"));

        auto* panel = new QLabel(QStringLiteral("panel"));
        window.showDetails(panel);
        QCOMPARE(window.detailsArea()->currentWidget(), panel);
        window.clearDetails();
        QCOMPARE(window.detailsArea()->currentWidget(), placeholder);

        int reloads = 0;
        auto* contacts = new QLabel(QStringLiteral("contacts"));
        window.setPage(ui::MainWindow::Page::Contacts, contacts, [&reloads] { ++reloads; });
        QCOMPARE(window.page(ui::MainWindow::Page::Contacts), contacts);
        window.showPage(ui::MainWindow::Page::Contacts);
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(),
                 contacts);
        window.reload();
        QCOMPARE(reloads, 1);
    }

    // Registry, Sync now: the refresh runs from the window against the
    // sandbox, and the status bar tells the result.
    void syncNowFromTheWindow()
    {
        test::SandboxFixture sandbox;
        World w(false);
        Domain cafe;
        cafe.aLabel = QStringLiteral("xn--caf-dma.pt");
        cafe.expiresAt = test::utc("2030-01-01T00:00:00Z");
        QList<Domain> domains{cafe};
        QString error;
        QVERIFY2(w.service->addDomains(domains, &error), qPrintable(error));
        w.registry.useFixed(sandbox.options(), QStringLiteral("sandbox"));
        ui::MainWindow window(*w.service, w.clock, w.registry);
        window.show();
        auto* status = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Never synced with the registry"));

        QSignalSpy finished(&window, &ui::MainWindow::syncFinished);
        window.syncNow();
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.constFirst().constFirst().value<RefreshSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.checked, 1);
        QVERIFY2(status->text().contains(QStringLiteral("1 checked, 1 changed, 0 failed")),
                 qPrintable(status->text()));
        QCOMPARE(w.service->findDomain(QStringLiteral("café.pt"))->expiresAt,
                 sandbox.clock.now().addDays(200));
        auto* registry = window.findChild<QLabel*>(QStringLiteral("registryLabel"));
        QCOMPARE(registry->text(), QStringLiteral("Registry: sandbox"));
    }

    void speaksPortuguese()
    {
        World w(false);
        ui::DomainTableModel model(*w.service);
        QCOMPARE(model.headerData(ui::DomainTableModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Domain"));
        i18n::install(*qApp, QStringLiteral("pt_PT"));
        QCOMPARE(model.headerData(ui::DomainTableModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Domínio"));
        ui::MainWindow window(*w.service, w.clock, w.registry);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Hoje"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Domínios"));
        i18n::install(*qApp, QStringLiteral("en"));
    }

    void screenshotFlagWritesThePicture_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("view");
        QTest::newRow("pt_PT today") << QStringLiteral("pt_PT") << QStringLiteral("today");
        QTest::newRow("en domains") << QStringLiteral("en") << QStringLiteral("domains");
    }

    void screenshotFlagWritesThePicture()
    {
        QFETCH(QString, language);
        QFETCH(QString, view);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("desk.png"));
        int exitCode = runDesk({QStringLiteral("--db"), dir.filePath(QStringLiteral("desk.sqlite")),
                                QStringLiteral("--language"), language, QStringLiteral("--view"),
                                view, QStringLiteral("--screenshot"), png});
        QCOMPARE(exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 760));
        QVERIFY2(colourCount(image) > 20, qPrintable(QString::number(colourCount(image))));
    }

    // --demo: the sandbox in the process, a portfolio synced from it, local
    // records of every kind; --db keeps the database to look at.
    void demoStartsSyncedWithEveryKindOfDeadline()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("demo.png"));
        const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
        int exitCode = runDesk({QStringLiteral("--demo"), QStringLiteral("--db"), file,
                                QStringLiteral("--now"), QStringLiteral("2026-11-23T09:30:00Z"),
                                QStringLiteral("--screenshot"), png});
        QCOMPARE(exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(colourCount(image) > 20, qPrintable(QString::number(colourCount(image))));

        Database db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        FixedClock clock(test::utc("2026-11-23T09:30:00Z"));
        PortfolioService service(db, clock, QStringLiteral("test"));
        QVERIFY(service.domains().count() > 100);
        const std::optional<SyncRun> run = service.sync().lastRun();
        QVERIFY(run);
        QVERIFY(run->finishedAt.isValid());
        QCOMPARE(run->checked, service.domains().count());
        QCOMPARE(run->failed, 0);
        QVERIFY(service.contacts().all().size() > 50);

        QSet<DeadlineKind> kinds;
        for (const Deadline& d : service.deadlines())
            kinds.insert(d.kind);
        for (DeadlineKind kind : {DeadlineKind::Deletion, DeadlineKind::AutoRenewal,
                                  DeadlineKind::Verification, DeadlineKind::OwnerChangeHolder,
                                  DeadlineKind::OwnerChangeNewHolder, DeadlineKind::PromoEnd})
            QVERIFY2(kinds.contains(kind), qPrintable(toCode(kind)));
        QCOMPARE(service.drafts().inStates({Draft::State::Failed}).size(), 1);
        QCOMPARE(service.drafts().inStates({Draft::State::Unknown}).size(), 1);

        // An existing file is never the demo's.
        QCOMPARE(runDesk({QStringLiteral("--demo"), QStringLiteral("--db"), file,
                          QStringLiteral("--screenshot"), png}),
                 3);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
