#include "DomainFilterProxy.h"
#include "DomainTableModel.h"
#include "UiPortfolio.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace rd;
using rd::ui::DeadlineWindow;
using rd::ui::DomainFilter;
using rd::ui::DomainFilterProxy;
using rd::ui::DomainTableModel;

Q_DECLARE_METATYPE(rd::ui::DomainFilter)

class tst_DomainFilterProxy : public QObject
{
    Q_OBJECT

private:
    static QStringList shown(const QAbstractItemModel& proxy)
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, DomainTableModel::Name).data().toString();
        return names;
    }

    static DomainFilter text(const char* words)
    {
        DomainFilter f;
        f.text = QString::fromUtf8(words);
        return f;
    }

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<DomainFilter>("filter");
        QTest::addColumn<QStringList>("expected");

        const auto names = [](const char* list) {
            return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("nothing") << DomainFilter()
                                 << names("atrasado.pt amanha.pt semana.pt "
                                          "semtitular.pt promo.pt renova.pt "
                                          "café.pt");
        QTest::newRow("holder name") << text("alfa") << names("atrasado.pt semana.pt");
        QTest::newRow("holder, any case") << text("MARIA") << names("amanha.pt promo.pt");
        QTest::newRow("holder with accent") << text("joão") << names("renova.pt café.pt");
        QTest::newRow("nif") << text("501234560") << names("atrasado.pt semana.pt");
        QTest::newRow("part of a nif") << text("2345678") << names("renova.pt café.pt");
        QTest::newRow("handle") << text("gama-100003") << names("renova.pt café.pt");
        QTest::newRow("name, upper case") << text("PROMO") << names("promo.pt");
        QTest::newRow("U-label") << text("café") << names("café.pt");
        QTest::newRow("A-label") << text("xn--caf") << names("café.pt");
        QTest::newRow("spaces around") << text("  semana ") << names("semana.pt");
        QTest::newRow("no match") << text("zzz") << QStringList();

        const auto window = [](DeadlineWindow w) {
            DomainFilter f;
            f.window = w;
            return f;
        };
        QTest::newRow("overdue") << window(DeadlineWindow::Overdue) << names("atrasado.pt");
        QTest::newRow("24 h") << window(DeadlineWindow::Day) << names("atrasado.pt amanha.pt");
        QTest::newRow("7 days") << window(DeadlineWindow::Week)
                                << names("atrasado.pt amanha.pt semana.pt");
        QTest::newRow("30 days") << window(DeadlineWindow::Month)
                                 << names("atrasado.pt amanha.pt semana.pt semtitular.pt");
        QTest::newRow("60 days") << window(DeadlineWindow::TwoMonths)
                                 << names("atrasado.pt amanha.pt semana.pt semtitular.pt "
                                          "promo.pt");
        QTest::newRow("90 days") << window(DeadlineWindow::Quarter)
                                 << names("atrasado.pt amanha.pt semana.pt semtitular.pt "
                                          "promo.pt renova.pt");

        const auto level = [](AlertLevel l) {
            DomainFilter f;
            f.level = int(l);
            return f;
        };
        QTest::newRow("level overdue") << level(AlertLevel::Overdue) << names("atrasado.pt");
        QTest::newRow("level critical") << level(AlertLevel::Critical) << names("amanha.pt");
        QTest::newRow("level warning") << level(AlertLevel::Warning) << names("semana.pt");
        QTest::newRow("level notice") << level(AlertLevel::Notice) << names("semtitular.pt");
        QTest::newRow("level calm")
            << level(AlertLevel::None) << names("promo.pt renova.pt café.pt");

        const auto kind = [](int k) {
            DomainFilter f;
            f.kind = k;
            return f;
        };
        QTest::newRow("deletion") << kind(int(DeadlineKind::Deletion))
                                  << names("atrasado.pt amanha.pt semana.pt semtitular.pt "
                                           "café.pt");
        QTest::newRow("renewal") << kind(int(DeadlineKind::AutoRenewal)) << names("renova.pt");
        QTest::newRow("free year") << kind(int(DeadlineKind::PromoEnd)) << names("promo.pt");
        QTest::newRow("no deadline") << kind(DomainFilter::NoDeadline) << QStringList();

        DomainFilter programme;
        programme.programme = int(Programme::TresEmUm);
        QTest::newRow("programme") << programme << names("promo.pt");
        DomainFilter noProgramme;
        noProgramme.programme = int(Programme::None);
        QTest::newRow("no programme") << noProgramme
                                      << names("atrasado.pt amanha.pt semana.pt semtitular.pt "
                                               "renova.pt café.pt");
        DomainFilter renewOn;
        renewOn.autoRenew = 1;
        QTest::newRow("auto-renew on") << renewOn << names("promo.pt renova.pt");
        DomainFilter renewOff;
        renewOff.autoRenew = 0;
        QTest::newRow("auto-renew off")
            << renewOff << names("atrasado.pt amanha.pt semana.pt semtitular.pt café.pt");
        DomainFilter active;
        active.standing = int(RegistryStanding::Active);
        QTest::newRow("active at the registry") << active << QStringList();
        DomainFilter unsynced;
        unsynced.standing = int(RegistryStanding::Unknown);
        QTest::newRow("never synced") << unsynced
                                      << names("atrasado.pt amanha.pt semana.pt semtitular.pt "
                                               "promo.pt renova.pt café.pt");

        DomainFilter both = text("alfa");
        both.window = DeadlineWindow::Day;
        QTest::newRow("text within a window") << both << names("atrasado.pt");
        DomainFilter list;
        list.useNames = true;
        list.names = {QStringLiteral("semana.pt"), QString::fromUtf8("café.pt"),
                      QStringLiteral("xn--caf-dma.pt"), QStringLiteral("nao-existe.pt")};
        QTest::newRow("pasted names") << list << names("semana.pt café.pt");
        DomainFilter listAndText = list;
        listAndText.text = QStringLiteral("alfa");
        QTest::newRow("pasted names and text") << listAndText << names("semana.pt");
    }

    void filters()
    {
        QFETCH(DomainFilter, filter);
        QFETCH(QStringList, expected);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        DomainFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setFilter(filter);
        QCOMPARE(shown(proxy), expected);
        // The same filter through a saved view's map.
        DomainFilterProxy again;
        again.setSourceModel(&model);
        again.setFilter(DomainFilter::fromMap(filter.toMap()));
        QCOMPARE(shown(again), expected);
        // A reload keeps the filter; clearing it shows everything again.
        QVERIFY(model.reload(&error));
        QCOMPARE(shown(proxy), expected);
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), test::UiPortfolio::domainCount);
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        const auto names = [](const char* list) {
            return QString::fromUtf8(list).split(QLatin1Char(' '));
        };
        QTest::newRow("days left, most first")
            << int(DomainTableModel::DaysLeft) << int(Qt::DescendingOrder)
            << names("café.pt renova.pt promo.pt semtitular.pt semana.pt amanha.pt atrasado.pt");
        QTest::newRow("days left")
            << int(DomainTableModel::DaysLeft) << int(Qt::AscendingOrder)
            << names("atrasado.pt amanha.pt semana.pt semtitular.pt promo.pt renova.pt café.pt");
        QTest::newRow("name")
            << int(DomainTableModel::Name) << int(Qt::AscendingOrder)
            << names("amanha.pt atrasado.pt café.pt promo.pt renova.pt semana.pt semtitular.pt");
        QTest::newRow("name, reversed")
            << int(DomainTableModel::Name) << int(Qt::DescendingOrder)
            << names("semtitular.pt semana.pt renova.pt promo.pt café.pt atrasado.pt amanha.pt");
        // Ties keep the next-deadline order; no holder sorts first.
        QTest::newRow("holder")
            << int(DomainTableModel::Holder) << int(Qt::AscendingOrder)
            << names("semtitular.pt renova.pt café.pt amanha.pt promo.pt atrasado.pt semana.pt");
        QTest::newRow("level, most urgent first")
            << int(DomainTableModel::Level) << int(Qt::DescendingOrder)
            << names("atrasado.pt amanha.pt semana.pt semtitular.pt promo.pt renova.pt café.pt");
        QTest::newRow("auto-renew")
            << int(DomainTableModel::AutoRenew) << int(Qt::DescendingOrder)
            << names("promo.pt renova.pt atrasado.pt amanha.pt semana.pt semtitular.pt café.pt");
        QTest::newRow("expiry")
            << int(DomainTableModel::Expires) << int(Qt::AscendingOrder)
            << names("atrasado.pt amanha.pt semana.pt promo.pt semtitular.pt renova.pt café.pt");
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        DomainFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(shown(proxy), expected);
        if (column == DomainTableModel::DaysLeft) {
            // Numbers, not text: "-3" < "1" < "5" < "20" < "48"...
            QList<int> days;
            for (int row = 0; row < proxy.rowCount(); ++row)
                days << proxy.index(row, DomainTableModel::DaysLeft).data().toInt();
            QList<int> sorted = days;
            std::sort(sorted.begin(), sorted.end());
            if (order == Qt::DescendingOrder)
                std::reverse(sorted.begin(), sorted.end());
            QCOMPARE(days, sorted);
        }
        // Filtering keeps the sort.
        proxy.setText(QStringLiteral("alfa"));
        QStringList alfa;
        for (const QString& name : std::as_const(expected)) {
            if (name == QStringLiteral("atrasado.pt") || name == QStringLiteral("semana.pt"))
                alfa << name;
        }
        QCOMPARE(shown(proxy), alfa);
    }

    // Sorting by name compares packed keys of the first 16 characters; names
    // that share them, or are shorter, still come in the order of the text.
    void sortsLongAndShortNames_data()
    {
        QTest::addColumn<QStringList>("added");
        QTest::newRow("shared first 16 characters")
            << QStringList{QStringLiteral("portefolio-de-exemplo-2.pt"),
                           QStringLiteral("portefolio-de-exemplo-10.pt"),
                           QStringLiteral("portefolio-de-exemplo-1.pt")};
        QTest::newRow("prefixes of each other")
            << QStringList{QStringLiteral("porte.pt"), QStringLiteral("port.pt"),
                           QStringLiteral("portefolio.pt"), QStringLiteral("pa.pt")};
        QTest::newRow("accents past the 16th character")
            << QStringList{QString::fromUtf8("abcdefghijklmnop-ção.pt"),
                           QString::fromUtf8("abcdefghijklmnop-cao.pt"),
                           QString::fromUtf8("abcdefghijklmnop-çao.pt")};
        QTest::newRow("accents within")
            << QStringList{QString::fromUtf8("ábaco.pt"), QString::fromUtf8("abaco.pt"),
                           QString::fromUtf8("àbaco.pt"), QString::fromUtf8("zebra.pt")};
    }
    void sortsLongAndShortNames()
    {
        QFETCH(QStringList, added);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        for (const QString& name : std::as_const(added)) {
            Domain domain;
            domain.uLabel = name;
            domain.expiresAt = test::utc("2027-03-01T00:00:00Z");
            QVERIFY2(p.service.addDomain(domain, &error), qPrintable(error));
        }
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        DomainFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QStringList expected = shown(proxy);
        QCOMPARE(expected.size(), test::UiPortfolio::domainCount + added.size());
        std::sort(expected.begin(), expected.end()); // QString's order: by UTF-16 code units
        proxy.sort(DomainTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(shown(proxy), expected);
        std::reverse(expected.begin(), expected.end());
        proxy.sort(DomainTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(shown(proxy), expected);
    }

    void selectionFollowsItsDomain()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        DomainFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        const QPersistentModelIndex semana = proxy.index(2, DomainTableModel::Holder);
        QCOMPARE(semana.sibling(2, 0).data().toString(), QStringLiteral("semana.pt"));
        proxy.setText(QStringLiteral("alfa"));
        QCOMPARE(semana.row(), 1);
        QCOMPARE(semana.column(), int(DomainTableModel::Holder));
        QCOMPARE(proxy.mapToSource(semana).row(), 2);
        proxy.sort(DomainTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(semana.row(), 0);
        proxy.setText(QStringLiteral("beta"));
        QVERIFY(!semana.isValid());
    }

    void pastedNames_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("parsed");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<int>("shown");

        QTest::newRow("lines") << QStringLiteral("semana.pt\namanha.pt\n")
                               << QStringList{QStringLiteral("semana.pt"),
                                              QStringLiteral("amanha.pt")}
                               << QStringList() << 2;
        QTest::newRow("commas, spaces, case, trailing dot, repeats")
            << QStringLiteral("  Semana.PT., amanha.pt;semana.pt  renova.pt\t")
            << QStringList{QStringLiteral("semana.pt"), QStringLiteral("amanha.pt"),
                           QStringLiteral("renova.pt")}
            << QStringList() << 3;
        QTest::newRow("unknown names")
            << QString::fromUtf8("café.pt\nnao-existe.pt, outro.com.pt")
            << QStringList{QString::fromUtf8("café.pt"), QStringLiteral("nao-existe.pt"),
                           QStringLiteral("outro.com.pt")}
            << QStringList{QStringLiteral("nao-existe.pt"), QStringLiteral("outro.com.pt")} << 1;
        QTest::newRow("A-label of an IDN")
            << QStringLiteral("XN--CAF-DMA.PT") << QStringList{QStringLiteral("xn--caf-dma.pt")}
            << QStringList() << 1;
        QTest::newRow("nothing known")
            << QStringLiteral("a.pt b.pt")
            << QStringList{QStringLiteral("a.pt"), QStringLiteral("b.pt")}
            << QStringList{QStringLiteral("a.pt"), QStringLiteral("b.pt")} << 0;
    }

    void pastedNames()
    {
        QFETCH(QString, pasted);
        QFETCH(QStringList, parsed);
        QFETCH(QStringList, unknown);
        QFETCH(int, shown);
        QCOMPARE(DomainFilter::parseNames(pasted), parsed);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        DomainFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.setNameList(parsed), unknown);
        QCOMPARE(proxy.rowCount(), shown);
        QVERIFY(proxy.filter().useNames);
        QVERIFY(proxy.setNameList({}).isEmpty());
        QVERIFY(!proxy.filter().useNames);
        QCOMPARE(proxy.rowCount(), test::UiPortfolio::domainCount);
    }

    void consistentThroughChanges()
    {
        // Filters, sorts and reloads in a row, under the fatal model tester.
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        DomainFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(model.reload(&error));
        QCOMPARE(proxy.rowCount(), test::UiPortfolio::domainCount);
        proxy.setText(QStringLiteral("a"));
        proxy.sort(DomainTableModel::Name);
        proxy.setText(QStringLiteral("zzz"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.sort(DomainTableModel::Level, Qt::DescendingOrder);
        proxy.setText({});
        DomainFilter f;
        f.window = DeadlineWindow::Week;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        // A new domain shows after a reload, the filter still in force.
        Domain domain;
        domain.uLabel = QStringLiteral("nova.pt");
        domain.expiresAt = test::utc("2026-12-25T00:00:00Z");
        QVERIFY2(p.service.addDomain(domain, &error), qPrintable(error));
        QVERIFY(model.reload(&error));
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.index(0, DomainTableModel::Name).data().toString(),
                 QStringLiteral("atrasado.pt"));
        proxy.sort(DomainTableModel::Due, Qt::AscendingOrder);
        QCOMPARE(proxy.index(3, DomainTableModel::Name).data().toString(),
                 QStringLiteral("semana.pt"));
        QCOMPARE(proxy.headerData(DomainTableModel::DaysLeft, Qt::Horizontal).toString(),
                 QStringLiteral("Days left"));
    }
};

QTEST_MAIN(tst_DomainFilterProxy)
#include "tst_domainfilterproxy.moc"
