#include "FallbackCredentialStore.h"
#include "HomeScan.h"
#include "SystemCredentialStore.h"
#include "secrets/MemoryCredentialStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace rd;

namespace {

// A preferred store that fails its probe, never answers it, or works.
class ScriptedKeychain final : public CredentialStore
{
public:
    enum class Probe
    {
        Works,
        Fails,
        NeverAnswers,
        AnswersLate,
    };

    explicit ScriptedKeychain(Probe probe)
        : m_probe(probe)
    {}

    void write(const QString& profile, CredentialKey key, Secret secret, Done done) override
    {
        m_memory.write(profile, key, std::move(secret), std::move(done));
    }
    void read(const QString& profile, CredentialKey key, ReadDone done) override
    {
        m_memory.read(profile, key, std::move(done));
    }
    void remove(const QString& profile, CredentialKey key, Done done) override
    {
        m_memory.remove(profile, key, std::move(done));
    }
    void probe(Done done) override
    {
        switch (m_probe) {
        case Probe::Works:
            done(CredentialResult::success());
            break;
        case Probe::Fails:
            done(CredentialResult::failure(CredentialError::Unavailable,
                                           QStringLiteral("no Secret Service on the bus")));
            break;
        case Probe::NeverAnswers:
            break;
        case Probe::AnswersLate:
            QTimer::singleShot(300, [done] { done(CredentialResult::success()); });
            break;
        }
    }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("scripted keychain"); }

private:
    Probe m_probe;
    MemoryCredentialStore m_memory;
};

} // namespace

class tst_FallbackCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QByteArray m_password;

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain can answer: the session bus address names a socket
        // that does not exist. HOME is a fresh folder, so that the test can
        // read all of it afterwards. Both are set before anything touches
        // D-Bus or a settings file.
        QVERIFY(m_home.isValid());
        const QString home = m_home.path();
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home + QStringLiteral("/run")));
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(home + QStringLiteral("/no-bus-here")));
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("KDE_FULL_SESSION");
        // Unique to this run: a match in HOME can only come from it.
        m_password = "fallback-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }

    void noBusMeansNoKeychain()
    {
        SystemCredentialStore keychain;
        const CredentialResult probed = keychain.probeNow(5000);
        QCOMPARE(probed.error, CredentialError::Unavailable);
        QVERIFY2(probed.message.contains(keychain.description()), qPrintable(probed.message));
    }

    void noKeychainMeansMemoryAndSaysSo()
    {
        // Refused at once, not timed out: there is no bus to wait for. (A
        // wait for this timeout would outlast the test's own time limit.)
        FallbackCredentialStore store(3600 * 1000);
        QVERIFY2(store.usingFallback(), qPrintable(store.description()));
        QVERIFY(!store.isPersistent());
        QCOMPARE(store.description(), MemoryCredentialStore().description());
        const QString message = store.fallbackMessage();
        QVERIFY2(message.contains(QStringLiteral("memory")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("this session")), qPrintable(message));
        QVERIFY2(!store.fallbackReason().isEmpty(), "the banner's details say why");
        qInfo("fallback reason: %s", qPrintable(store.fallbackReason()));
    }

    void fallbackKeepsSecretsOffTheDisk()
    {
        {
            FallbackCredentialStore store(5000);
            QVERIFY(store.usingFallback());
            const QString profile = QStringLiteral("ote");
            const CredentialResult written =
                store.writeNow(profile, CredentialKey::EppPassword, Secret(m_password));
            QVERIFY2(written.ok(), qPrintable(written.message));
            const CredentialReadResult read = store.readNow(profile, CredentialKey::EppPassword);
            QVERIFY2(read.ok(), qPrintable(read.message));
            QCOMPARE(read.secret.bytes(), m_password);
            QVERIFY(store
                        .writeNow(QStringLiteral("sandbox"), CredentialKey::ClientKeyPassphrase,
                                  Secret(m_password + "-passphrase"))
                        .ok());
        }
        // Nothing under HOME holds the password: no plaintext fallback file,
        // no settings, no cache.
        QCOMPARE(test::filesContaining(m_home.path(), m_password), QStringList());
        QCOMPARE(test::filesContaining(m_home.path(), m_password.toBase64()), QStringList());
    }

    void theScanFindsAPlantedCopy()
    {
        // The check above would pass vacuously if the scan saw nothing.
        QTemporaryDir elsewhere;
        QDir(elsewhere.path()).mkpath(QStringLiteral(".config/deep"));
        QFile planted(elsewhere.filePath(QStringLiteral(".config/deep/.hidden")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("prefix " + m_password + " suffix");
        planted.close();
        QCOMPARE(test::filesContaining(elsewhere.path(), m_password),
                 QStringList{planted.fileName()});
    }

    void probeDecides_data()
    {
        QTest::addColumn<ScriptedKeychain::Probe>("probe");
        QTest::addColumn<bool>("fallback");
        QTest::newRow("keychain works") << ScriptedKeychain::Probe::Works << false;
        QTest::newRow("keychain fails") << ScriptedKeychain::Probe::Fails << true;
        QTest::newRow("keychain never answers") << ScriptedKeychain::Probe::NeverAnswers << true;
        QTest::newRow("keychain answers after the timeout")
            << ScriptedKeychain::Probe::AnswersLate << true;
    }

    void probeDecides()
    {
        QFETCH(ScriptedKeychain::Probe, probe);
        QFETCH(bool, fallback);
        FallbackCredentialStore store(std::make_unique<ScriptedKeychain>(probe), 100);
        QCOMPARE(store.usingFallback(), fallback);
        QCOMPARE(store.isPersistent(), !fallback);
        QCOMPARE(store.fallbackMessage().isEmpty(), !fallback);
        QCOMPARE(store.fallbackReason().isEmpty(), !fallback);
        QCOMPARE(store.description() == QStringLiteral("scripted keychain"), !fallback);
        if (probe == ScriptedKeychain::Probe::Fails)
            QVERIFY(store.fallbackReason().contains(QStringLiteral("no Secret Service")));

        const CredentialResult written =
            store.writeNow(QStringLiteral("ote"), CredentialKey::EppPassword, Secret("pw"));
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(store.readNow(QStringLiteral("ote"), CredentialKey::EppPassword).secret.bytes(),
                 QByteArray("pw"));
        QVERIFY(store.removeNow(QStringLiteral("ote"), CredentialKey::EppPassword).ok());
        QCOMPARE(store.readNow(QStringLiteral("ote"), CredentialKey::EppPassword).error,
                 CredentialError::NotFound);
        QTest::qWait(probe == ScriptedKeychain::Probe::AnswersLate ? 400 : 0);
    }
};

QTEST_GUILESS_MAIN(tst_FallbackCredentialStore)
#include "tst_fallbackcredentialstore.moc"
