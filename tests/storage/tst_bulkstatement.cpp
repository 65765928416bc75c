#include "TestDatabase.h"
#include "storage/BulkStatement.h"

#include <QSqlQuery>
#include <QTest>
#include <limits>

using namespace rd;

// Both backends must write and read the same values: SQLite's own API for
// speed, Qt Sql for the other drivers.
class tst_BulkStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<BulkStatement::Backend>("writer");
        QTest::addColumn<BulkStatement::Backend>("reader");
        QTest::newRow("sqlite/sqlite")
            << BulkStatement::Backend::Fastest << BulkStatement::Backend::Fastest;
        QTest::newRow("qt/qt") << BulkStatement::Backend::QtSql << BulkStatement::Backend::QtSql;
        QTest::newRow("sqlite/qt")
            << BulkStatement::Backend::Fastest << BulkStatement::Backend::QtSql;
        QTest::newRow("qt/sqlite")
            << BulkStatement::Backend::QtSql << BulkStatement::Backend::Fastest;
    }

    void roundTrip()
    {
        QFETCH(BulkStatement::Backend, writer);
        QFETCH(BulkStatement::Backend, reader);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const QSqlDatabase db = t.db().connection();
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (n INTEGER, s TEXT, m INTEGER)"));

        const auto insert =
            BulkStatement::prepare(db, QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"), writer);
        // Debian's Qt runs on the system SQLite, so the fast path must be taken here.
        QCOMPARE(insert->backend(), writer);
        const QDateTime moment = test::utc("2026-03-29T01:00:00Z");
        const struct
        {
            qint64 n;
            QString s;
            QDateTime m;
        } rows[] = {
            {std::numeric_limits<qint64>::max(), QStringLiteral("oficina-do-joão.pt"), moment},
            {std::numeric_limits<qint64>::min(), QString(), QDateTime()},
            {0, QStringLiteral(""), moment.addYears(-60)},
            {42, QStringLiteral("Ä€𝄞 \"quoted\" 'x'"), moment},
        };
        for (const auto& row : rows) {
            insert->bind(1, row.n);
            insert->bind(2, row.s);
            insert->bind(3, row.m);
            QVERIFY2(insert->exec(), qPrintable(insert->errorText()));
            QVERIFY(insert->lastInsertId() > 0);
        }

        const auto select = BulkStatement::prepare(
            db, QStringLiteral("SELECT n, s, m FROM t ORDER BY rowid"), reader);
        QCOMPARE(select->backend(), reader);
        int i = 0;
        while (select->nextRow()) {
            QCOMPARE(select->int64At(0), rows[i].n);
            QCOMPARE(select->isNull(1), rows[i].s.isNull());
            if (!rows[i].s.isNull())
                QCOMPARE(select->textAt(1), rows[i].s);
            QCOMPARE(select->momentAt(2), rows[i].m);
            ++i;
        }
        QCOMPARE(i, 4);
        QVERIFY(select->errorText().isEmpty());
    }

    void readsAgainAfterTheLastRow_data()
    {
        QTest::addColumn<BulkStatement::Backend>("backend");
        QTest::newRow("sqlite") << BulkStatement::Backend::Fastest;
        QTest::newRow("qt") << BulkStatement::Backend::QtSql;
    }

    void readsAgainAfterTheLastRow()
    {
        QFETCH(BulkStatement::Backend, backend);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const QSqlDatabase db = t.db().connection();
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE v (n INTEGER)"));
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO v VALUES (1), (2), (3), (4)"));
        const auto select = BulkStatement::prepare(
            db, QStringLiteral("SELECT n FROM v WHERE n > ? ORDER BY n"), backend);
        const auto read = [&](qint64 above) {
            select->bind(1, above);
            QList<qint64> seen;
            while (select->nextRow())
                seen.append(select->int64At(0));
            return seen;
        };
        QCOMPARE(read(2), (QList<qint64>{3, 4}));
        QCOMPARE(read(0), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(read(4), QList<qint64>{});
        QCOMPARE(read(3), QList<qint64>{4});
    }

    void failuresAreReported()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const QSqlDatabase db = t.db().connection();
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE u (k TEXT UNIQUE)"));
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO u VALUES ('same')"));
        for (auto backend : {BulkStatement::Backend::Fastest, BulkStatement::Backend::QtSql}) {
            const auto insert =
                BulkStatement::prepare(db, QStringLiteral("INSERT INTO u VALUES (?)"), backend);
            insert->bind(1, QStringLiteral("same"));
            QVERIFY(!insert->exec());
            QVERIFY(insert->errorText().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
        }
        const auto broken =
            BulkStatement::prepare(db, QStringLiteral("INSERT INTO nowhere VALUES (?)"));
        broken->bind(1, qint64(1));
        QVERIFY(!broken->exec());
        QVERIFY(!broken->errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BulkStatement)
#include "tst_bulkstatement.moc"
