#include "SandboxFixture.h"

#include <QFile>
#include <QTest>

using namespace rd;
using sandbox::RegistryState;

// The command line with a real keychain (run by with-keyring.sh: a private
// D-Bus session with gnome-keyring's Secret Service): a profile's password is
// stored once, then every networked command finds it there.
class tst_CliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilePasswordLivesInTheKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run me through tests/keychain/with-keyring.sh");
        test::SandboxFixture sandbox;
        const QString passwordFile = sandbox.filePath(QStringLiteral("password.txt"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(RegistryState::defaultPassword().toUtf8());
        file.close();
        const auto cli = [](const QStringList& args) {
            return test::runCli(QStringLiteral(RD_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en")} +
                                    args);
        };

        const QStringList save{QStringLiteral("profile"),
                               QStringLiteral("save"),
                               QStringLiteral("agencia"),
                               QStringLiteral("--registry"),
                               QStringLiteral("127.0.0.1:%1").arg(sandbox.server.port()),
                               QStringLiteral("--login"),
                               RegistryState::defaultRegistrar(),
                               QStringLiteral("--ca"),
                               sandbox.caFile};
        test::CliRun run = cli(save);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("profile"), QStringLiteral("password"), QStringLiteral("agencia"),
                   QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("system keychain")), qPrintable(run.out));
        QFile::remove(passwordFile);

        // No password on the line and no file: the keychain gives it.
        run =
            cli({QStringLiteral("epp"), QStringLiteral("info"), QStringLiteral("café.pt"),
                 QStringLiteral("--profile"), QStringLiteral("agencia"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("2134454")));

        // Removing the profile takes its password away with it.
        QCOMPARE(
            cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("agencia")})
                .exitCode,
            0);
        run = cli({QStringLiteral("epp"), QStringLiteral("hello"), QStringLiteral("--profile"),
                   QStringLiteral("agencia")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("agencia")), qPrintable(run.err));
        // Saved again, the profile finds no password left behind.
        QCOMPARE(cli(save).exitCode, 0);
        run = cli({QStringLiteral("epp"), QStringLiteral("hello"), QStringLiteral("--profile"),
                   QStringLiteral("agencia")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--password-file")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliKeychain)
#include "tst_clikeychain.moc"
