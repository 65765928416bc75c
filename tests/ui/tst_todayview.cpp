#include "TestDatabase.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace rd;

// The Today view over the demo portfolio at a known moment (Monday
// 2026-11-23 09:00 UTC, Lisbon on winter time): every count worked out by
// hand from DemoPortfolio's table.
class tst_TodayView : public QObject
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

    static QStringList domainsOf(const QList<Deadline>& deadlines)
    {
        QStringList names;
        for (const Deadline& d : deadlines)
            names << d.uLabel + QLatin1Char('/') + toCode(d.kind);
        return names;
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void countsOfTheDemoPortfolio()
    {
        World w;
        // One refused change for the troubles card.
        QString error;
        const std::optional<qint64> id =
            w.service->draftChange(QStringLiteral("cm-exemplo.gov.pt"), Draft::Kind::AutoRenew,
                                   QStringLiteral("off"), &error);
        QVERIFY2(id, qPrintable(error));
        Draft draft = *w.service->drafts().findById(*id);
        draft.state = Draft::State::Failed;
        draft.result = QStringLiteral("2304 Object status prohibits operation");
        QVERIFY2(w.service->saveDraft(draft, {}, &error), qPrintable(error));

        const ui::TodayData data =
            ui::TodayData::collect(*w.service, w.clock.now(), QTimeZone("Europe/Lisbon"));
        QCOMPARE(domainsOf(data.overdue),
                 (QStringList{QStringLiteral("padaria-lusitana.pt/deletion"),
                              QStringLiteral("turismo-exemplo.pt/verification")}));
        QCOMPARE(domainsOf(data.within24h),
                 QStringList{QStringLiteral("pastelaria-lusitana.pt/deletion")});
        QCOMPARE(domainsOf(data.within7d),
                 (QStringList{QStringLiteral("pastelaria-lusitana.pt/deletion"),
                              QStringLiteral("maria-ferreira.pt/verification"),
                              // Due at the same moment: by A-label (maria-... < xn--caf...).
                              QStringLiteral("maria-ferreira.pt/deletion"),
                              QStringLiteral("café-central.pt/owner-change-holder"),
                              QStringLiteral("oficina-ribeiro.pt/owner-change-new-holder")}));
        // Padaria's deletion fell due on Sunday: last week.
        QCOMPARE(domainsOf(data.deletionsThisWeek),
                 (QStringList{QStringLiteral("pastelaria-lusitana.pt/deletion"),
                              QStringLiteral("maria-ferreira.pt/deletion")}));
        QCOMPARE(data.deletionsNextWeek.size(), 0);
        QCOMPARE(data.verifications.size(), 2);
        QCOMPARE(data.awaitingHolder.size(), 1);
        QCOMPARE(data.awaitingHolder.constFirst().domain, QStringLiteral("café-central.pt"));
        QCOMPARE(data.awaitingNewHolder.size(), 1);
        QCOMPARE(data.awaitingNewHolder.constFirst().domain, QStringLiteral("oficina-ribeiro.pt"));
        QCOMPARE(data.troubledDrafts.size(), 1);
        QVERIFY(!data.lastSync);

        QCOMPARE(data.weeks.size(), 12);
        QCOMPARE(data.weeks.constFirst().monday, QDate(2026, 11, 23));
        QList<int> deletions;
        QList<int> expiries;
        for (const ui::TodayData::Week& week : data.weeks) {
            deletions << week.deletions;
            expiries << week.expiries;
        }
        QCOMPARE(deletions, (QList<int>{2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(expiries, (QList<int>{0, 0, 2, 0, 2, 1, 0, 1, 1, 0, 0, 0}));
    }

    void cardsShowCountsInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("count");
        QTest::newRow("en overdue") << "en"
                                    << "overdue"
                                    << "2 deadlines";
        QTest::newRow("en 24 h") << "en"
                                 << "within24h"
                                 << "1 deadline";
        QTest::newRow("en next week") << "en"
                                      << "deletionsNextWeek"
                                      << "0 deadlines";
        QTest::newRow("en holder") << "en"
                                   << "awaitingHolder"
                                   << "1 action";
        QTest::newRow("pt overdue") << "pt_PT"
                                    << "overdue"
                                    << "2 prazos";
        QTest::newRow("pt 24 h") << "pt_PT"
                                 << "within24h"
                                 << "1 prazo";
        QTest::newRow("pt verifications") << "pt_PT"
                                          << "verifications"
                                          << "2 ações";
    }

    void cardsShowCountsInWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, card);
        QFETCH(QString, count);
        i18n::install(*qApp, language);
        World w;
        ui::TodayView view(*w.service, w.clock);
        auto* label = view.findChild<QLabel*>(card + QStringLiteral("Count"));
        QVERIFY(label);
        QCOMPARE(label->text(), count);
        i18n::install(*qApp, QStringLiteral("en"));
    }

    void itemsLeadToTheirDomainOrAction()
    {
        World w;
        ui::TodayView view(*w.service, w.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy domains(&view, &ui::TodayView::domainRequested);
        QSignalSpy actions(&view, &ui::TodayView::actionRequested);

        auto* within24h = view.findChild<QListWidget*>(QStringLiteral("within24hList"));
        QVERIFY(within24h);
        QCOMPARE(within24h->count(), 1);
        Q_EMIT within24h->itemActivated(within24h->item(0));
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.constFirst().constFirst().toString(),
                 QStringLiteral("pastelaria-lusitana.pt"));

        auto* holder = view.findChild<QListWidget*>(QStringLiteral("awaitingHolderList"));
        QVERIFY(holder);
        const QRect rect = holder->visualItemRect(holder->item(0));
        QTest::mouseClick(holder->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(actions.size(), 1);
        const std::optional<Domain> cafe = w.service->findDomain(QStringLiteral("café-central.pt"));
        QCOMPARE(
            w.service->actions().findById(actions.constFirst().constFirst().toLongLong())->domainId,
            cafe->id);
    }
};

QTEST_MAIN(tst_TodayView)
#include "tst_todayview.moc"
