#include "secrets/CredentialStore.h"

#include <QTest>
#include <QTimer>

using namespace rd;

namespace {

// A store whose answers come when the test says: at once, later from the
// event loop, or never.
class ScriptedStore final : public CredentialStore
{
public:
    enum class Answer
    {
        AtOnce,
        Later,
        Never,
    };

    explicit ScriptedStore(Answer answer, int laterMs = 0)
        : m_answer(answer)
        , m_laterMs(laterMs)
    {}

    void write(const QString&, CredentialKey, Secret, Done done) override
    {
        answer([done] { done(CredentialResult::success()); });
    }
    void read(const QString&, CredentialKey, ReadDone done) override
    {
        answer([done] {
            CredentialReadResult result;
            result.secret = Secret(QByteArrayLiteral("from the store"));
            done(std::move(result));
        });
    }
    void remove(const QString&, CredentialKey, Done done) override
    {
        answer([done] { done(CredentialResult::success()); });
    }
    void probe(Done done) override
    {
        answer([done] { done(CredentialResult::success()); });
    }
    bool isPersistent() const override { return false; }
    QString description() const override { return QStringLiteral("scripted store"); }

private:
    void answer(const std::function<void()>& reply)
    {
        switch (m_answer) {
        case Answer::AtOnce:
            reply();
            break;
        case Answer::Later:
            QTimer::singleShot(m_laterMs, reply);
            break;
        case Answer::Never:
            break;
        }
    }

    Answer m_answer;
    int m_laterMs;
};

} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyNames_data()
    {
        QTest::addColumn<CredentialKey>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("account");
        QTest::newRow("EPP password") << CredentialKey::EppPassword << "epp-password"
                                      << "ote/epp-password";
        QTest::newRow("client key passphrase")
            << CredentialKey::ClientKeyPassphrase << "client-key-passphrase"
            << "ote/client-key-passphrase";
    }

    void keyNames()
    {
        QFETCH(CredentialKey, key);
        QFETCH(QString, name);
        QFETCH(QString, account);
        QCOMPARE(CredentialStore::keyName(key), name);
        QCOMPARE(CredentialStore::keyFromName(name), std::optional<CredentialKey>(key));
        QCOMPARE(CredentialStore::account(QStringLiteral("ote"), key), account);
        QVERIFY(!CredentialStore::keyLabel(key).isEmpty());
    }

    void unknownKeyName()
    {
        QVERIFY(!CredentialStore::keyFromName(QStringLiteral("password")));
        QVERIFY(!CredentialStore::keyFromName(QString()));
    }

    void serviceName()
    {
        QCOMPARE(CredentialStore::serviceName(), QStringLiteral("Registrar Desk"));
    }

    void waitsForAnAnswer_data()
    {
        QTest::addColumn<ScriptedStore::Answer>("answer");
        QTest::newRow("before the call returns") << ScriptedStore::Answer::AtOnce;
        QTest::newRow("from the event loop") << ScriptedStore::Answer::Later;
    }

    void waitsForAnAnswer()
    {
        QFETCH(ScriptedStore::Answer, answer);
        ScriptedStore store(answer, 50);
        const QString profile = QStringLiteral("ote");
        QVERIFY(store.writeNow(profile, CredentialKey::EppPassword, Secret(QByteArray("x"))).ok());
        const CredentialReadResult read = store.readNow(profile, CredentialKey::EppPassword);
        QVERIFY(read.ok());
        QCOMPARE(read.secret.bytes(), QByteArrayLiteral("from the store"));
        QVERIFY(store.removeNow(profile, CredentialKey::EppPassword).ok());
        QVERIFY(store.probeNow().ok());
    }

    void givesUpAfterTheTimeout()
    {
        // The kind of failure is asserted, not durations: timings flake on a
        // shared machine.
        ScriptedStore store(ScriptedStore::Answer::Never);
        const CredentialReadResult read =
            store.readNow(QStringLiteral("ote"), CredentialKey::EppPassword, 200);
        QCOMPARE(read.error, CredentialError::Unavailable);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(QStringLiteral("scripted store")), qPrintable(read.message));
        QCOMPARE(store.probeNow(100).error, CredentialError::Unavailable);
    }

    void aLateAnswerIsDropped()
    {
        // The answer comes after readNow gave up: it must land nowhere harmful.
        ScriptedStore store(ScriptedStore::Answer::Later, 300);
        const CredentialReadResult read =
            store.readNow(QStringLiteral("ote"), CredentialKey::EppPassword, 50);
        QCOMPARE(read.error, CredentialError::Unavailable);
        QTest::qWait(400);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
