#include "TestDatabase.h"
#include "storage/HistoryRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rd;
using rd::test::utc;

namespace {

bool addDomains(Database& db, QString* why)
{
    for (const char* sql :
         {"INSERT INTO domains (id, a_label, u_label) VALUES (1, 'um.pt', 'um.pt')",
          "INSERT INTO domains (id, a_label, u_label) VALUES (2, 'dois.pt',"
          " 'dois.pt')"}) {
        QSqlQuery query(db.connection());
        if (!query.exec(QString::fromLatin1(sql))) {
            *why = query.lastError().text();
            return false;
        }
    }
    return true;
}

HistoryEntry entry(qint64 domainId, const QDateTime& at, const QString& event,
                   const QString& detail = {})
{
    HistoryEntry result;
    result.domainId = domainId;
    result.at = at;
    result.agent = QStringLiteral("ana");
    result.event = event;
    result.detail = detail;
    return result;
}

} // namespace

class TstHistoryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTrip_data();
    void roundTrip();
    void forDomainIsOldestFirst();
    void forDomainKeepsDomainsApart();
    void storesWholeSeconds();
    void appendNeedsTheDomain();
    void appendNeedsATime();
};

void TstHistoryRepository::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstHistoryRepository::roundTrip_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("detail");
    QTest::newRow("plain") << QStringLiteral("ana") << QStringLiteral("domain.added")
                           << QStringLiteral("Added to the portfolio");
    QTest::newRow("unicode") << QStringLiteral("José Ñandú") << QStringLiteral("action.opened")
                             << QStringLiteral("Pedido de verificação — «48 h» \U0001F552");
    QTest::newRow("no detail") << QStringLiteral("sistema") << QStringLiteral("domain.renewed")
                               << QString();
    QTest::newRow("no agent") << QString() << QStringLiteral("domain.imported")
                              << QStringLiteral("x'); DELETE FROM history;--");
}

void TstHistoryRepository::roundTrip()
{
    QFETCH(QString, agent);
    QFETCH(QString, event);
    QFETCH(QString, detail);
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    HistoryRepository history(fixture.db());

    HistoryEntry line = entry(1, utc("2026-03-29T00:59:59Z"), event, detail);
    line.agent = agent;
    QVERIFY2(history.append(line, &error), qPrintable(error));
    QVERIFY(line.id > 0);

    const QList<HistoryEntry> lines = history.forDomain(1);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().id, line.id);
    QCOMPARE(lines.first().domainId, 1);
    QCOMPARE(lines.first().at, line.at);
    QCOMPARE(lines.first().at.timeSpec(), Qt::UTC);
    QCOMPARE(lines.first().agent, agent);
    QCOMPARE(lines.first().event, event);
    QCOMPARE(lines.first().detail, detail);
}

void TstHistoryRepository::forDomainIsOldestFirst()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    HistoryRepository history(fixture.db());

    // Appended out of order; two lines share a second.
    const QDateTime t1 = utc("2026-01-01T00:00:00Z");
    const QDateTime t2 = utc("2026-02-01T00:00:00Z");
    const QDateTime t3 = utc("2026-03-01T00:00:00Z");
    HistoryEntry c = entry(1, t3, QStringLiteral("c"));
    HistoryEntry a1 = entry(1, t1, QStringLiteral("a1"));
    HistoryEntry b = entry(1, t2, QStringLiteral("b"));
    HistoryEntry a2 = entry(1, t1, QStringLiteral("a2"));
    for (HistoryEntry* line : {&c, &a1, &b, &a2})
        QVERIFY2(history.append(*line, &error), qPrintable(error));

    QStringList events;
    for (const HistoryEntry& line : history.forDomain(1))
        events.append(line.event);
    QCOMPARE(events, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b"),
                                  QStringLiteral("c")}));
}

void TstHistoryRepository::forDomainKeepsDomainsApart()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    HistoryRepository history(fixture.db());
    HistoryEntry one = entry(1, utc("2026-01-01T00:00:00Z"), QStringLiteral("um"));
    HistoryEntry two = entry(2, utc("2025-01-01T00:00:00Z"), QStringLiteral("dois"));
    QVERIFY(history.append(one, &error));
    QVERIFY(history.append(two, &error));
    QCOMPARE(history.forDomain(1).size(), 1);
    QCOMPARE(history.forDomain(1).first().event, QStringLiteral("um"));
    QCOMPARE(history.forDomain(2).first().event, QStringLiteral("dois"));
    QVERIFY(history.forDomain(3).isEmpty());
}

void TstHistoryRepository::storesWholeSeconds()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    HistoryRepository history(fixture.db());
    // A Lisbon local time with milliseconds: stored as UTC seconds.
    const QDateTime local = QDateTime(QDate(2026, 7, 1), QTime(15, 30, 10, 987), Qt::LocalTime);
    HistoryEntry line = entry(1, local, QStringLiteral("x"));
    QVERIFY2(history.append(line, &error), qPrintable(error));
    QCOMPARE(line.at, utc("2026-07-01T14:30:10Z"));
    QCOMPARE(history.forDomain(1).first().at, line.at);
}

void TstHistoryRepository::appendNeedsTheDomain()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    HistoryRepository history(fixture.db());
    HistoryEntry line = entry(999, utc("2026-01-01T00:00:00Z"), QStringLiteral("x"));
    QString error;
    QVERIFY(!history.append(line, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot add to the history of the domain #999.")),
             qPrintable(error));
    QCOMPARE(line.id, 0);
    QVERIFY(history.forDomain(999).isEmpty());
}

void TstHistoryRepository::appendNeedsATime()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    HistoryRepository history(fixture.db());
    HistoryEntry line = entry(2, QDateTime(), QStringLiteral("x"));
    QVERIFY(!history.append(line, &error));
    QCOMPARE(error, QStringLiteral(
                        "Cannot add to the history of the domain dois.pt: the entry has no time."));
    QVERIFY(history.forDomain(2).isEmpty());
}

QTEST_GUILESS_MAIN(TstHistoryRepository)
#include "tst_historyrepository.moc"
