#include "FallbackCredentialStore.h"
#include "HomeScan.h"
#include "SystemCredentialStore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace rd;

// Stores and reads passwords for real through the Secret Service. Runs only
// under tests/keychain/with-keyring.sh (a private bus and an unlocked
// gnome-keyring in a throwaway HOME); anywhere else it fails instead of
// writing into the keychain of whoever runs it.
class tst_SystemCredentialStore : public QObject
{
    Q_OBJECT

private:
    QByteArray m_password;

    // secret-tool (libsecret-tools) talks to the same Secret Service without
    // QtKeychain: proof that the entries really are there, where documented.
    static QByteArray secretTool(const QStringList& arguments, const QByteArray& input = {},
                                 int* exitCode = nullptr)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("secret-tool")), arguments);
        if (!process.waitForStarted(10000))
            return "secret-tool did not start";
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput();
    }

    static QStringList attributes(const QString& account)
    {
        return {QStringLiteral("server"), CredentialStore::serviceName(), QStringLiteral("user"),
                account};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("RD_KEYRING_SESSION") != QLatin1String("inside"))
            QFAIL("run through tests/keychain/with-keyring.sh: it provides a throwaway keyring");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool not found (install libsecret-tools)");
        SystemCredentialStore store;
        const CredentialResult probed = store.probeNow();
        QVERIFY2(probed.ok(), qPrintable(probed.message));
        m_password = "keychain-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }

    void describesItself()
    {
        const SystemCredentialStore store;
        QVERIFY(store.isPersistent());
        QCOMPARE(store.description(), QStringLiteral("system keychain"));
        QCOMPARE(store.service(), QStringLiteral("Registrar Desk"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<CredentialKey>("key");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("EPP password") << "ote" << CredentialKey::EppPassword << m_password;
        QTest::newRow("key passphrase, UTF-8")
            << "sandbox" << CredentialKey::ClientKeyPassphrase << QByteArray("frase-passe ção €");
        QTest::newRow("bytes that are not text")
            << "registo-b" << CredentialKey::EppPassword << QByteArray("\x00\xff\x01\n", 4);
        QTest::newRow("long") << "registo-c" << CredentialKey::EppPassword << QByteArray(2048, 'p');
    }

    void roundTrip()
    {
        QFETCH(QString, profile);
        QFETCH(CredentialKey, key);
        QFETCH(QByteArray, secret);
        {
            SystemCredentialStore writer;
            const CredentialResult written = writer.writeNow(
                profile, key, Secret(QByteArray(secret.constData(), secret.size())));
            QVERIFY2(written.ok(), qPrintable(written.message));
        }
        // Another store object: what comes back came from the keychain.
        SystemCredentialStore reader;
        const CredentialReadResult read = reader.readNow(profile, key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret.bytes(), secret);
        QVERIFY(read.message.isEmpty());
    }

    void entryIsWhereDocumented()
    {
        // Service "Registrar Desk", account "<profile>/<key>"; QtKeychain keeps
        // binary data as base64.
        SystemCredentialStore store;
        QVERIFY(
            store.writeNow(QStringLiteral("ote"), CredentialKey::EppPassword, Secret(m_password))
                .ok());
        int exitCode = -1;
        const QByteArray stored = secretTool(QStringList{QStringLiteral("lookup")} +
                                                 attributes(QStringLiteral("ote/epp-password")),
                                             {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(QByteArray::fromBase64(stored.trimmed()), m_password);
    }

    void readsWhatAnotherClientStored()
    {
        // An entry stored as text by another Secret Service client is read as is.
        int exitCode = -1;
        secretTool(
            QStringList{QStringLiteral("store"), QStringLiteral("--label=Registrar Desk test")} +
                attributes(QStringLiteral("interop/epp-password")) +
                QStringList{QStringLiteral("type"), QStringLiteral("plaintext")},
            m_password, &exitCode);
        QCOMPARE(exitCode, 0);
        SystemCredentialStore store;
        const CredentialReadResult read =
            store.readNow(QStringLiteral("interop"), CredentialKey::EppPassword);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret.bytes(), m_password);
    }

    void writeReplaces()
    {
        SystemCredentialStore store;
        const QString profile = QStringLiteral("replace");
        QVERIFY(store.writeNow(profile, CredentialKey::EppPassword, Secret("first")).ok());
        QVERIFY(store.writeNow(profile, CredentialKey::EppPassword, Secret("second")).ok());
        QCOMPARE(store.readNow(profile, CredentialKey::EppPassword).secret.bytes(),
                 QByteArray("second"));
    }

    void keysAndProfilesAreSeparate()
    {
        SystemCredentialStore store;
        QVERIFY(store.writeNow(QStringLiteral("one"), CredentialKey::EppPassword, Secret("pw-one"))
                    .ok());
        QVERIFY(store
                    .writeNow(QStringLiteral("one"), CredentialKey::ClientKeyPassphrase,
                              Secret("kp-one"))
                    .ok());
        QVERIFY(store.writeNow(QStringLiteral("two"), CredentialKey::EppPassword, Secret("pw-two"))
                    .ok());
        QCOMPARE(store.readNow(QStringLiteral("one"), CredentialKey::EppPassword).secret.bytes(),
                 QByteArray("pw-one"));
        QCOMPARE(
            store.readNow(QStringLiteral("one"), CredentialKey::ClientKeyPassphrase).secret.bytes(),
            QByteArray("kp-one"));
        QCOMPARE(store.readNow(QStringLiteral("two"), CredentialKey::EppPassword).secret.bytes(),
                 QByteArray("pw-two"));
        QCOMPARE(store.readNow(QStringLiteral("two"), CredentialKey::ClientKeyPassphrase).error,
                 CredentialError::NotFound);
    }

    void notFoundSaysWhatIsMissing()
    {
        SystemCredentialStore store;
        const CredentialReadResult read =
            store.readNow(QStringLiteral("never-stored"), CredentialKey::EppPassword);
        QCOMPARE(read.error, CredentialError::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(QStringLiteral("never-stored")), qPrintable(read.message));
        QVERIFY2(read.message.contains(QStringLiteral("EPP password")), qPrintable(read.message));
    }

    void removeForgets()
    {
        SystemCredentialStore store;
        const QString profile = QStringLiteral("removed");
        QVERIFY(store.writeNow(profile, CredentialKey::EppPassword, Secret(m_password)).ok());
        QVERIFY(store.writeNow(profile, CredentialKey::ClientKeyPassphrase, Secret("kp")).ok());
        const CredentialResult removed = store.removeNow(profile, CredentialKey::EppPassword);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(store.readNow(profile, CredentialKey::EppPassword).error,
                 CredentialError::NotFound);
        QVERIFY(store.readNow(profile, CredentialKey::ClientKeyPassphrase).ok());
        // Removing what is not there is no error.
        QVERIFY(store.removeNow(profile, CredentialKey::EppPassword).ok());
        int exitCode = -1;
        secretTool(QStringList{QStringLiteral("lookup")} +
                       attributes(QStringLiteral("removed/epp-password")),
                   {}, &exitCode);
        QVERIFY(exitCode != 0); // gone from the keychain, not only from our view of it
    }

    void noPlaintextCopyInHome()
    {
        // The keyring file is encrypted; a plaintext fallback file would show here.
        SystemCredentialStore store;
        QVERIFY(
            store.writeNow(QStringLiteral("ote"), CredentialKey::EppPassword, Secret(m_password))
                .ok());
        QVERIFY(QDir(QDir::homePath()).exists(QStringLiteral(".local/share/keyrings")));
        QCOMPARE(test::filesContaining(QDir::homePath(), m_password), QStringList());
    }

    void fallbackStoreTakesTheKeychain()
    {
        FallbackCredentialStore store;
        QVERIFY2(!store.usingFallback(), qPrintable(store.fallbackReason()));
        QVERIFY(store.fallbackMessage().isEmpty());
        QVERIFY(store.isPersistent());
        QCOMPARE(store.description(), SystemCredentialStore().description());
        QVERIFY(store
                    .writeNow(QStringLiteral("through-fallback"), CredentialKey::EppPassword,
                              Secret(m_password))
                    .ok());
        QCOMPARE(SystemCredentialStore()
                     .readNow(QStringLiteral("through-fallback"), CredentialKey::EppPassword)
                     .secret.bytes(),
                 m_password);
    }
};

QTEST_GUILESS_MAIN(tst_SystemCredentialStore)
#include "tst_systemcredentialstore.moc"
