#include "DeskRegistry.h"
#include "registry/RegistryProfiles.h"
#include "secrets/MemoryCredentialStore.h"
#include "settings/DeskSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// The sessions the desk's widgets get: from the chosen profile and the
// credential store, or the demo's fixed one; a reason, never a secret, when
// there is none.
class tst_DeskRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionFromTheChosenProfile_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<bool>("password");
        QTest::addColumn<QString>("error"); // empty: a session
        QTest::newRow("no profile chosen") << QString() << true << "No registry profile is chosen";
        QTest::newRow("unknown profile")
            << "nowhere" << true << "no registry profile named nowhere";
        QTest::newRow("no password stored") << "ote-test" << false << "ote-test";
        QTest::newRow("profile and password") << "ote-test" << true << QString();
    }

    void sessionFromTheChosenProfile()
    {
        QFETCH(QString, chosen);
        QFETCH(bool, password);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        RegistryProfile profile;
        profile.name = QStringLiteral("ote-test");
        profile.host = QStringLiteral("epp.example.pt");
        profile.loginId = QStringLiteral("regexemplo01");
        QString problem;
        QVERIFY2(RegistryProfiles(settings).save(profile, &problem), qPrintable(problem));
        ui::DeskSettings desk;
        desk.registryProfile = chosen;
        desk.save(settings);
        MemoryCredentialStore store;
        if (password)
            QVERIFY(store
                        .writeNow(QStringLiteral("ote-test"), CredentialKey::EppPassword,
                                  Secret(QByteArray("Not-the-Pw-42")))
                        .ok());

        ui::DeskRegistry registry(settings, &store);
        QCOMPARE(registry.isConfigured(), !chosen.isEmpty());
        QString reason;
        const std::optional<SessionOptions> session = registry.provider()(&reason);
        if (error.isEmpty()) {
            QVERIFY2(session, qPrintable(reason));
            QCOMPARE(session->tls.host, QStringLiteral("epp.example.pt"));
            QCOMPARE(session->tls.port, quint16(700));
            QCOMPARE(session->clientId, QStringLiteral("regexemplo01"));
            QCOMPARE(session->password, QByteArray("Not-the-Pw-42"));
            QCOMPARE(registry.clientId(), QStringLiteral("regexemplo01"));
        } else {
            QVERIFY(!session);
            QVERIFY2(reason.contains(error), qPrintable(reason));
            QVERIFY(!reason.contains(QStringLiteral("Not-the-Pw-42")));
        }
    }

    // The demo's sandbox wins over whatever the settings say.
    void fixedSessionWins()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        ui::DeskRegistry registry(settings, nullptr);
        QVERIFY(!registry.isConfigured());
        SessionOptions options;
        options.tls.host = QStringLiteral("127.0.0.1");
        options.clientId = QStringLiteral("regexemplo01");
        registry.useFixed(options, QStringLiteral("sandbox (demo)"));
        QVERIFY(registry.isConfigured());
        QCOMPARE(registry.label(), QStringLiteral("sandbox (demo)"));
        QString reason;
        const std::optional<SessionOptions> session = registry.session(&reason);
        QVERIFY(session);
        QCOMPARE(session->tls.host, QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(tst_DeskRegistry)
#include "tst_deskregistry.moc"
