#include "TestDatabase.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QSet>
#include <QTest>

using namespace rd;

class tst_DemoPortfolio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversEveryKindAndLevel()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:30:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("demo"));
        QString error;
        QVERIFY2(DemoPortfolio::seed(service, &error) == 12, qPrintable(error));

        QSet<DeadlineKind> kinds;
        QSet<AlertLevel> levels;
        for (const Deadline& deadline : service.deadlines()) {
            kinds.insert(deadline.kind);
            levels.insert(deadline.level);
        }
        QCOMPARE(kinds.size(), 6);
        QCOMPARE(levels.size(), 5);

        // Every holder passes the desk's own validation.
        for (Contact contact : service.contacts().all())
            QVERIFY2(PortfolioService::validateContact(contact, &error), qPrintable(error));
    }

    void seedingTwiceFailsWhole()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(test::utc("2026-11-23T09:30:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("demo"));
        QString error;
        QCOMPARE(DemoPortfolio::seed(service, &error), 12);
        QCOMPARE(DemoPortfolio::seed(service, &error), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(service.domains().count(), 12);
    }
};

QTEST_GUILESS_MAIN(tst_DemoPortfolio)
#include "tst_demoportfolio.moc"
