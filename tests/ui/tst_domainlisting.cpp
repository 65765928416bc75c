#include "UiPortfolio.h"
#include "storage/DomainListing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// The listing the domain table reads: whole, over several connections, or
// only its head; every way gives the same rows in the same order.
class tst_DomainListing : public QObject
{
    Q_OBJECT

private:
    struct Seen
    {
        QStringList names;   // the name people read, in the listing's order
        QStringList holders; // the holder's handle of each
        QStringList found;   // the names a search through the name buffer finds
    };

    static Seen seen(const DomainListing& listing)
    {
        Seen s;
        for (const DomainListRow& row : listing.rows) {
            s.names << listing.name(row).toString();
            s.holders << (row.holder < 0 ? QString() : listing.holders.at(row.holder).handle);
        }
        // starts and rowOf lead from a place in the buffer back to its row.
        for (size_t entry = 0; entry < listing.starts.size(); ++entry) {
            const DomainListRow& row = listing.rows[size_t(listing.rowOf[entry])];
            if (row.nameAt == listing.starts[entry])
                s.found << listing.name(row).toString();
        }
        s.found.sort();
        return s;
    }

    static const QStringList& expected()
    {
        static const QStringList names = {
            QStringLiteral("atrasado.pt"), QStringLiteral("amanha.pt"),
            QStringLiteral("semana.pt"),   QStringLiteral("semtitular.pt"),
            QStringLiteral("promo.pt"),    QStringLiteral("renova.pt"),
            QString::fromUtf8("café.pt")};
        return names;
    }

private Q_SLOTS:
    void overConnections_data()
    {
        QTest::addColumn<int>("connections");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("three") << 3;
        QTest::newRow("more than the domains") << 20;
    }
    void overConnections()
    {
        QFETCH(int, connections);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainListing single;
        QVERIFY2(loadDomainListing(p.t.db(), &single, &error), qPrintable(error));
        QCOMPARE(seen(single).names, expected());
        DomainListing parallel;
        QVERIFY2(loadDomainListing(p.t.path(), connections, &parallel, &error), qPrintable(error));
        QVERIFY(parallel.complete);
        QCOMPARE(seen(parallel).names, seen(single).names);
        QCOMPARE(seen(parallel).holders, seen(single).holders);
        QCOMPARE(seen(parallel).found, seen(single).found);
        QCOMPARE(seen(parallel).found.size(), expected().size());
        QCOMPARE(parallel.holders.size(), single.holders.size());
        // The U-label and the A-label of the one non-ASCII name.
        const DomainListRow& cafe = parallel.rows.back();
        QCOMPARE(parallel.aLabel(cafe).toString(), QStringLiteral("xn--caf-dma.pt"));
        QCOMPARE(parallel.uLabel(cafe).toString(), QString::fromUtf8("café.pt"));
    }

    void aMissingFileIsAnError()
    {
        QTemporaryDir dir;
        DomainListing listing;
        QString error;
        const QString path = dir.filePath(QStringLiteral("nested/none/portfolio.sqlite"));
        QFile blocker(dir.filePath(QStringLiteral("nested")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder would be
        QVERIFY(!loadDomainListing(path, 2, &listing, &error));
        QVERIFY(!error.isEmpty());
    }

    void head_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("complete");
        QTest::newRow("one") << 1 << false;
        QTest::newRow("four") << 4 << false;
        QTest::newRow("as many as there are") << 7 << false;
        QTest::newRow("more") << 8 << true;
        QTest::newRow("none asked: one") << 0 << false;
    }
    void head()
    {
        QFETCH(int, limit);
        QFETCH(bool, complete);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainListing all;
        QVERIFY(loadDomainListing(p.t.db(), &all, &error));
        DomainListing head;
        QVERIFY2(loadDomainListingHead(p.t.db(), limit, &head, &error), qPrintable(error));
        QCOMPARE(head.complete, complete);
        const int rows = std::min(std::max(limit, 1), int(expected().size()));
        QCOMPARE(seen(head).names, expected().mid(0, rows));
        QCOMPARE(seen(head).holders, seen(all).holders.mid(0, rows));
        QCOMPARE(seen(head).found.size(), rows);
    }
};

QTEST_GUILESS_MAIN(tst_DomainListing)
#include "tst_domainlisting.moc"
