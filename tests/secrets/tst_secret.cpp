#include "secrets/Secret.h"

#include <QTest>

using rd::Secret;

class tst_Secret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsTheBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ascii") << QByteArrayLiteral("correct horse battery staple");
        QTest::newRow("utf-8") << QByteArray("palavra-passe: ação");
        QTest::newRow("embedded zero") << QByteArray("a\0b", 3);
        QTest::newRow("long") << QByteArray(4096, 'x');
        QTest::newRow("empty") << QByteArray();
    }

    void holdsTheBytes()
    {
        QFETCH(QByteArray, bytes);
        const Secret secret(QByteArray(bytes.constData(), bytes.size()));
        QCOMPARE(secret.bytes(), bytes);
        QCOMPARE(secret.size(), bytes.size());
        QCOMPARE(secret.isEmpty(), bytes.isEmpty());
    }

    void copyHasItsOwnBuffer()
    {
        const Secret original(QByteArrayLiteral("s3cr3t"));
        const Secret copy = original.copy();
        QCOMPARE(copy.bytes(), original.bytes());
        QVERIFY(copy == original);
        // Sharing a buffer would leave it to one owner to wipe under the other.
        QVERIFY(copy.bytes().constData() != original.bytes().constData());
    }

    void moveLeavesTheSourceEmpty()
    {
        Secret source(QByteArrayLiteral("s3cr3t"));
        const void* buffer = source.bytes().constData();
        Secret target(std::move(source));
        QVERIFY(source.isEmpty());
        QCOMPARE(target.bytes(), QByteArrayLiteral("s3cr3t"));
        QVERIFY(target.bytes().constData() == buffer); // moved, not copied

        Secret other(QByteArrayLiteral("other"));
        other = std::move(target);
        QVERIFY(target.isEmpty());
        QCOMPARE(other.bytes(), QByteArrayLiteral("s3cr3t"));
    }

    void clearEmpties()
    {
        Secret secret(QByteArrayLiteral("s3cr3t"));
        secret.clear();
        QVERIFY(secret.isEmpty());
    }

    void equality_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
        QTest::newRow("last byte") << QByteArray("abc") << QByteArray("abd") << false;
        QTest::newRow("first byte") << QByteArray("abc") << QByteArray("xbc") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    }

    void equality()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(Secret(a) == Secret(b), equal);
        QCOMPARE(Secret(a) != Secret(b), !equal);
    }

    void fromStringIsUtf8()
    {
        QString typed = QStringLiteral("pässwörd");
        const Secret secret = Secret::fromString(std::move(typed));
        QCOMPARE(secret.bytes(), QStringLiteral("pässwörd").toUtf8());
    }

    void fromStringLeavesASharedStringToItsOwner()
    {
        const QString typed = QStringLiteral("s3cr3t");
        const Secret secret = Secret::fromString(typed);
        QCOMPARE(secret.bytes(), QByteArray("s3cr3t"));
        QCOMPARE(typed, QStringLiteral("s3cr3t"));
    }

    void wipeLeavesASharedBufferToItsOtherOwner()
    {
        QByteArray mine("s3cr3t");
        QByteArray theirs = mine; // shared
        rd::wipe(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(theirs, QByteArray("s3cr3t"));

        QString text = QStringLiteral("s3cr3t");
        const QString otherText = text;
        rd::wipe(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(otherText, QStringLiteral("s3cr3t"));
    }
};

QTEST_GUILESS_MAIN(tst_Secret)
#include "tst_secret.moc"
