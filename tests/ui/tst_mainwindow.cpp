#include "DomainTableModel.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void showsTheDemoPortfolioByNextDeadline()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);

        ui::MainWindow window(service);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.findChild<QTableView*>(QStringLiteral("domainView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 12);
        // The most urgent deadline comes first: the overdue deletion.
        QCOMPARE(view->model()->index(0, ui::DomainTableModel::Name).data().toString(),
                 QStringLiteral("padaria-lusitana.pt"));
        QCOMPARE(view->model()
                     ->index(0, ui::DomainTableModel::Level)
                     .data(ui::DomainTableModel::AlertLevelRole)
                     .toInt(),
                 int(AlertLevel::Overdue));
        auto* summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("12 domains")),
                 qPrintable(summary->text()));

        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("ribeiro"));
        QCOMPARE(view->model()->rowCount(), 2);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 12);
    }

    void speaksPortuguese()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        ui::DomainTableModel model(service);
        const QString english =
            model.headerData(ui::DomainTableModel::Name, Qt::Horizontal).toString();
        QCOMPARE(english, QStringLiteral("Domain"));
        i18n::install(*qApp, QStringLiteral("pt_PT"));
        QCOMPARE(model.headerData(ui::DomainTableModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Domínio"));
        QCOMPARE(model.headerData(ui::DomainTableModel::AutoRenew, Qt::Horizontal).toString(),
                 QStringLiteral("Renov. automática"));
        QVERIFY(model.headerData(ui::DomainTableModel::AutoRenew, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("renova")));
    }

    void screenshotFlagWritesThePicture_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshotFlagWritesThePicture()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("desk.png"));
        QProcess desk;
        desk.start(QStringLiteral(RD_DESK_PATH),
                   {QStringLiteral("--db"), dir.filePath(QStringLiteral("desk.sqlite")),
                    QStringLiteral("--language"), language, QStringLiteral("--screenshot"), png});
        QVERIFY(desk.waitForFinished(60000));
        QCOMPARE(desk.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 760));
        // Not a blank window: the badges put many colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
