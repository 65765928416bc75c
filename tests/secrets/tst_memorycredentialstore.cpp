#include "secrets/MemoryCredentialStore.h"

#include <QTest>

using namespace rd;

namespace {

const QString Ote = QStringLiteral("ote");
const QString Sandbox = QStringLiteral("sandbox");
const QByteArray Password = QByteArrayLiteral("Tr0ub4dor&3-ote");

Secret secretOf(const QByteArray& bytes)
{
    return Secret(QByteArray(bytes.constData(), bytes.size()));
}

} // namespace

class tst_MemoryCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<CredentialKey>("key");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("EPP password") << Ote << CredentialKey::EppPassword << Password;
        QTest::newRow("key passphrase")
            << Sandbox << CredentialKey::ClientKeyPassphrase << QByteArray("frase-passe ção");
        QTest::newRow("embedded zero")
            << Ote << CredentialKey::EppPassword << QByteArray("a\0b", 3);
        QTest::newRow("empty") << Ote << CredentialKey::EppPassword << QByteArray();
    }

    void roundTrip()
    {
        QFETCH(QString, profile);
        QFETCH(CredentialKey, key);
        QFETCH(QByteArray, secret);
        MemoryCredentialStore store;
        const CredentialResult written = store.writeNow(profile, key, secretOf(secret));
        QVERIFY2(written.ok(), qPrintable(written.message));
        const CredentialReadResult read = store.readNow(profile, key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret.bytes(), secret);
        QVERIFY(read.message.isEmpty());
    }

    void answersBeforeTheCallReturns()
    {
        // No event loop needed: the command line may call it from anywhere.
        MemoryCredentialStore store;
        bool answered = false;
        store.write(Ote, CredentialKey::EppPassword, secretOf(Password),
                    [&](const CredentialResult& result) { answered = result.ok(); });
        QVERIFY(answered);
        answered = false;
        store.read(Ote, CredentialKey::EppPassword, [&](const CredentialReadResult& result) {
            answered = result.secret.bytes() == Password;
        });
        QVERIFY(answered);
    }

    void entriesAreSeparate()
    {
        MemoryCredentialStore store;
        QVERIFY(store.writeNow(Ote, CredentialKey::EppPassword, secretOf("ote pw")).ok());
        QVERIFY(store.writeNow(Ote, CredentialKey::ClientKeyPassphrase, secretOf("ote key")).ok());
        QVERIFY(store.writeNow(Sandbox, CredentialKey::EppPassword, secretOf("sandbox pw")).ok());
        QCOMPARE(store.size(), std::size_t(3));
        QCOMPARE(store.readNow(Ote, CredentialKey::EppPassword).secret.bytes(),
                 QByteArray("ote pw"));
        QCOMPARE(store.readNow(Ote, CredentialKey::ClientKeyPassphrase).secret.bytes(),
                 QByteArray("ote key"));
        QCOMPARE(store.readNow(Sandbox, CredentialKey::EppPassword).secret.bytes(),
                 QByteArray("sandbox pw"));
        QCOMPARE(store.readNow(Sandbox, CredentialKey::ClientKeyPassphrase).error,
                 CredentialError::NotFound);
    }

    void writeReplaces()
    {
        MemoryCredentialStore store;
        QVERIFY(store.writeNow(Ote, CredentialKey::EppPassword, secretOf("old")).ok());
        QVERIFY(store.writeNow(Ote, CredentialKey::EppPassword, secretOf("new")).ok());
        QCOMPARE(store.size(), std::size_t(1));
        QCOMPARE(store.readNow(Ote, CredentialKey::EppPassword).secret.bytes(), QByteArray("new"));
    }

    void readIsACopy()
    {
        // What a reader holds is its own: dropping it leaves the store's entry intact.
        MemoryCredentialStore store;
        QVERIFY(store.writeNow(Ote, CredentialKey::EppPassword, secretOf(Password)).ok());
        {
            CredentialReadResult first = store.readNow(Ote, CredentialKey::EppPassword);
            first.secret.clear();
        }
        QCOMPARE(store.readNow(Ote, CredentialKey::EppPassword).secret.bytes(), Password);
    }

    void notFoundSaysWhatIsMissing()
    {
        MemoryCredentialStore store;
        QVERIFY(store.writeNow(Ote, CredentialKey::EppPassword, secretOf(Password)).ok());
        const CredentialReadResult read = store.readNow(Sandbox, CredentialKey::EppPassword);
        QCOMPARE(read.error, CredentialError::NotFound);
        QVERIFY(!read.ok());
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(Sandbox), qPrintable(read.message));
        QVERIFY2(read.message.contains(CredentialStore::keyLabel(CredentialKey::EppPassword)),
                 qPrintable(read.message));
        QVERIFY(!read.message.toUtf8().contains(Password));
    }

    void removeForgets()
    {
        MemoryCredentialStore store;
        QVERIFY(store.writeNow(Ote, CredentialKey::EppPassword, secretOf(Password)).ok());
        QVERIFY(store.writeNow(Ote, CredentialKey::ClientKeyPassphrase, secretOf("kp")).ok());
        QVERIFY(store.removeNow(Ote, CredentialKey::EppPassword).ok());
        QCOMPARE(store.readNow(Ote, CredentialKey::EppPassword).error, CredentialError::NotFound);
        QVERIFY(store.readNow(Ote, CredentialKey::ClientKeyPassphrase).ok());
        // Removing what is not there is no error: the outcome is the same.
        QVERIFY(store.removeNow(Ote, CredentialKey::EppPassword).ok());
        QVERIFY(store.removeNow(QStringLiteral("unknown"), CredentialKey::EppPassword).ok());
        store.clear();
        QCOMPARE(store.size(), std::size_t(0));
        QCOMPARE(store.readNow(Ote, CredentialKey::ClientKeyPassphrase).error,
                 CredentialError::NotFound);
    }

    void describesItself()
    {
        MemoryCredentialStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.description().isEmpty());
        QVERIFY(store.probeNow().ok());
    }
};

QTEST_GUILESS_MAIN(tst_MemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
