#include "SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rd;
using sandbox::RegistryState;

// registrar-desk-cli epp ... against the registry sandbox over TLS on
// loopback. The sandbox runs in this process, so the event loop keeps turning
// while the command line runs.
class tst_CliEpp : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    const QString m_password = RegistryState::defaultPassword();

    QString file(const char* name) const { return m_sandbox->filePath(QLatin1String(name)); }

    QStringList connection(const char* passwordFile = "password.txt") const
    {
        return {QStringLiteral("--registry"),
                QStringLiteral("127.0.0.1:%1").arg(m_sandbox->server.port()),
                QStringLiteral("--login"),
                RegistryState::defaultRegistrar(),
                QStringLiteral("--password-file"),
                file(passwordFile),
                QStringLiteral("--ca"),
                m_sandbox->caFile};
    }

    Run cli(const QStringList& args, const QString& language = QStringLiteral("en"))
    {
        // No session bus: no keychain answers, whatever the machine has.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + file("no-bus"));
        const Run run =
            test::runCli(QStringLiteral(RD_CLI_PATH),
                         QStringList{QStringLiteral("--language"), language} + args, environment);
        // Whatever happened, the password is never printed.
        for (const QString& secret :
             {m_password, QStringLiteral("Not-the-Pw-42"), QStringLiteral("Cafe-Auth-7x"),
              QStringLiteral("Outro-Auth-9z")}) {
            if (run.out.contains(secret) || run.err.contains(secret))
                qFatal("a secret was printed");
        }
        return run;
    }

    static bool write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        // A trailing line end, as editors write it, is not part of the password.
        QVERIFY(write(file("password.txt"), m_password.toUtf8() + '\n'));
        QVERIFY(write(file("wrong.txt"), QByteArrayLiteral("Not-the-Pw-42")));
    }

    void cleanup() { m_sandbox.reset(); }

    void hello()
    {
        const Run run =
            cli(QStringList{QStringLiteral("epp"), QStringLiteral("hello")} + connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("DNS.PT EPP Server")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("http://eppdev.dns.pt/schemas/ptdomain-1.0")));
    }

    void checkShowsULabels()
    {
        const Run run = cli(QStringList{QStringLiteral("epp"), QStringLiteral("check"),
                                        QStringLiteral("CAFÉ.pt"), QStringLiteral("ação.pt")} +
                            connection());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("café.pt taken")), qPrintable(run.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("ação.pt available")), qPrintable(run.out));
    }

    void infoJson()
    {
        const Run run = cli(QStringList{QStringLiteral("epp"), QStringLiteral("info"),
                                        QStringLiteral("café.pt"), QStringLiteral("--json")} +
                            connection());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("café.pt"));
        QCOMPARE(info.value(QStringLiteral("aLabel")).toString(), QStringLiteral("xn--caf-dma.pt"));
        QCOMPARE(info.value(QStringLiteral("roid")).toString(), QStringLiteral("2134454"));
        QVERIFY(info.value(QStringLiteral("statuses")).toArray().contains(QStringLiteral("ok")));
        QCOMPARE(info.value(QStringLiteral("registrant")).toString(),
                 QStringLiteral("MARI-100002-ADNS"));
        QCOMPARE(info.value(QStringLiteral("tech")).toArray(),
                 QJsonArray{QStringLiteral("MARI-100002-ADNS")});
        const QJsonArray ns = info.value(QStringLiteral("ns")).toArray();
        QCOMPARE(ns.size(), 2);
        QCOMPARE(ns.at(0).toObject().value(QStringLiteral("addresses")).toArray(),
                 QJsonArray{QStringLiteral("192.0.2.1")});
        QCOMPARE(info.value(QStringLiteral("crDate")).toString(),
                 QStringLiteral("2024-11-23T10:00:00Z"));
        QCOMPARE(info.value(QStringLiteral("exDate")).toString(),
                 QStringLiteral("2027-06-11T10:00:00Z"));
        QCOMPARE(info.value(QStringLiteral("autoRenew")).toBool(false), true);
    }

    void failuresNameTheirCause_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");

        QTest::newRow("unknown domain")
            << QStringList{"epp", "info", "nao-existe.pt"} << 1 << "2303";
        QTest::newRow("bad name") << QStringList{"epp", "info", "mau-.pt"} << 1 << "mau-";
        QTest::newRow("wrong password")
            << QStringList{"epp", "hello", "--password-file", "wrong.txt"} << 4 << "2200";
        QTest::newRow("untrusted certificate")
            << QStringList{"epp", "hello", "--ca", "system"} << 4 << "certificate authority";
        QTest::newRow("refused") << QStringList{"epp", "hello", "--registry", "127.0.0.1:1"} << 4
                                 << "refused";
        QTest::newRow("no password file")
            << QStringList{"epp", "hello", "--password-file", ""} << 2 << "--password-file";
        QTest::newRow("no registry")
            << QStringList{"epp", "hello", "--registry", ""} << 2 << "--profile";
        QTest::newRow("unknown profile")
            << QStringList{"epp", "hello", "--registry", "", "--profile", "nenhum"} << 2
            << "nenhum";
        QTest::newRow("unknown subcommand") << QStringList{"epp", "renew"} << 2 << "hello";
    }

    // Options given in a row replace the defaults of connection(); "" drops one.
    void failuresNameTheirCause()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QStringList options = connection();
        QStringList command;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString& arg = args.at(i);
            if (!arg.startsWith(QLatin1String("--"))) {
                command.append(arg);
                continue;
            }
            QString value = args.at(++i);
            const qsizetype at = options.indexOf(arg);
            if (value == QLatin1String("wrong.txt"))
                value = file("wrong.txt");
            if (at >= 0 && (value.isEmpty() || value == QLatin1String("system")))
                options.remove(at, 2);
            else if (at >= 0)
                options[at + 1] = value;
            else
                options << arg << value;
        }
        const Run run = cli(command + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void portugueseMessages()
    {
        QStringList options = connection();
        options.remove(options.indexOf(QStringLiteral("--ca")), 2);
        const Run run = cli(QStringList{QStringLiteral("epp"), QStringLiteral("hello")} + options,
                            QStringLiteral("pt_PT"));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("não foi aceite")), qPrintable(run.err));
    }

    // A profile keeps where and who, never the password; without a keychain the
    // password comes from --password-file, and storing it is refused, not faked.
    void profilesWithoutKeychain()
    {
        const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(m_sandbox->server.port());
        const QStringList save{QStringLiteral("profile"),
                               QStringLiteral("save"),
                               QStringLiteral("local"),
                               QStringLiteral("--registry"),
                               endpoint,
                               QStringLiteral("--login"),
                               RegistryState::defaultRegistrar(),
                               QStringLiteral("--ca"),
                               m_sandbox->caFile};
        QCOMPARE(cli(save).exitCode, 0);
        Run run = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("local")) && run.out.contains(endpoint),
                 qPrintable(run.out));

        run =
            cli({QStringLiteral("epp"), QStringLiteral("hello"), QStringLiteral("--profile"),
                 QStringLiteral("local"), QStringLiteral("--password-file"), file("password.txt")});
        QCOMPARE(run.exitCode, 0);

        run = cli({QStringLiteral("epp"), QStringLiteral("hello"), QStringLiteral("--profile"),
                   QStringLiteral("local")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--password-file")), qPrintable(run.err));

        run = cli({QStringLiteral("profile"), QStringLiteral("password"), QStringLiteral("local"),
                   QStringLiteral("--password-file"), file("password.txt")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("not kept")), qPrintable(run.err));

        run = cli({QStringLiteral("profile"), QStringLiteral("save"), QStringLiteral("local"),
                   QStringLiteral("--registry"), QStringLiteral("127.0.0.1:99999")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("99999")), qPrintable(run.err));

        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local")})
                     .exitCode,
                 0);
        run =
            cli({QStringLiteral("epp"), QStringLiteral("hello"), QStringLiteral("--profile"),
                 QStringLiteral("local"), QStringLiteral("--password-file"), file("password.txt")});
        QCOMPARE(run.exitCode, 2);
    }

    // sync: a dry run writes nothing; a refresh brings the registry's fields,
    // the holder with them, and domain show tells when.
    void syncRefreshesThePortfolio()
    {
        const QStringList db{QStringLiteral("--db"), file("portfolio.sqlite")};
        QCOMPARE(cli(db + QStringList{QStringLiteral("domain"), QStringLiteral("add"),
                                      QStringLiteral("café.pt"), QStringLiteral("--expires"),
                                      QStringLiteral("2030-01-01T00:00:00Z")})
                     .exitCode,
                 0);
        const auto show = [&] {
            return QJsonDocument::fromJson(
                       cli(db + QStringList{QStringLiteral("domain"), QStringLiteral("show"),
                                            QStringLiteral("café.pt"), QStringLiteral("--json")})
                           .out.toUtf8())
                .object();
        };

        Run run = cli(db + QStringList{QStringLiteral("sync"), QStringLiteral("--dry-run")} +
                      connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("café.pt: ")), qPrintable(run.out));
        QVERIFY(show().value(QStringLiteral("lastSynced")).isNull());

        run = cli(db +
                  QStringList{QStringLiteral("sync"), QStringLiteral("--now"),
                              QStringLiteral("2026-11-23T10:00:00Z")} +
                  connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("1 checked, 1 changed, 0 flagged, 1 contacts")),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("refresh: 1 of 1")), qPrintable(run.err));
        const QJsonObject after = show();
        QCOMPARE(after.value(QStringLiteral("lastSynced")).toString(),
                 QStringLiteral("2026-11-23T10:00:00Z"));
        QCOMPARE(after.value(QStringLiteral("registryState")).toString(), QStringLiteral("active"));
        QCOMPARE(after.value(QStringLiteral("expires")).toString(),
                 QStringLiteral("2027-06-11T10:00:00Z"));
        QCOMPARE(after.value(QStringLiteral("registrant")).toString(),
                 QStringLiteral("MARI-100002-ADNS"));

        // The poll queue is empty: --changed has nothing to ask.
        run = cli(db + QStringList{QStringLiteral("sync"), QStringLiteral("--changed")} +
                  connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("0 checked")), qPrintable(run.out));
        QCOMPARE(cli(db +
                     QStringList{QStringLiteral("sync"), QStringLiteral("--changed"),
                                 QStringLiteral("--full")} +
                     connection())
                     .exitCode,
                 2);

        QStringList wrong = connection();
        wrong[wrong.indexOf(QStringLiteral("--password-file")) + 1] = file("wrong.txt");
        QCOMPARE(cli(db + QStringList{QStringLiteral("sync")} + wrong).exitCode, 4);
    }

    // change: a draft unless --send; sent later by its id.
    void changeDraftsThenSends()
    {
        const QStringList db{QStringLiteral("--db"), file("portfolio.sqlite")};
        QCOMPARE(cli(db + QStringList{QStringLiteral("domain"), QStringLiteral("add"),
                                      QStringLiteral("café.pt"), QStringLiteral("--expires"),
                                      QStringLiteral("2030-01-01T00:00:00Z")})
                     .exitCode,
                 0);
        Run run = cli(db + QStringList{QStringLiteral("change"), QStringLiteral("café.pt"),
                                       QStringLiteral("--auto-renew"), QStringLiteral("off")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("café.pt: draft 1 kept")), qPrintable(run.out));
        QVERIFY(m_sandbox->registry.domain(QStringLiteral("xn--caf-dma.pt"))->autoRenew);

        run = cli(db +
                  QStringList{QStringLiteral("change"), QStringLiteral("--draft"),
                              QStringLiteral("1"), QStringLiteral("--send")} +
                  connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("done")), qPrintable(run.out + run.err));
        QVERIFY(!m_sandbox->registry.domain(QStringLiteral("xn--caf-dma.pt"))->autoRenew);

        run = cli(db + QStringList{QStringLiteral("change"), QStringLiteral("café.pt"),
                                   QStringLiteral("--renew"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("1, 3 or 5")), qPrintable(run.out));
        QCOMPARE(
            cli(db + QStringList{QStringLiteral("change"), QStringLiteral("café.pt")}).exitCode, 2);

        // A review asks the registry and sends nothing.
        run = cli(db +
                  QStringList{QStringLiteral("change"), QStringLiteral("café.pt"),
                              QStringLiteral("--renew"), QStringLiteral("3"),
                              QStringLiteral("--review")} +
                  connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("expiry: 2027-06-11 → 2030-06-11")),
                 qPrintable(run.out + run.err));
        QCOMPARE(m_sandbox->server.commandCount(QStringLiteral("domain:renew")), 0);

        // A deletion is not sent without --yes.
        QCOMPARE(cli(db +
                     QStringList{QStringLiteral("change"), QStringLiteral("café.pt"),
                                 QStringLiteral("--delete"), QStringLiteral("--send")} +
                     connection())
                     .exitCode,
                 2);
        QVERIFY(m_sandbox->registry.domain(QStringLiteral("xn--caf-dma.pt")));
    }

    // A transfer in: the auth code comes from a file at send time, and is
    // printed, logged and stored nowhere.
    void transferInWithAuthCodeFile()
    {
        sandbox::RegistryDomain outro =
            *m_sandbox->registry.domain(QStringLiteral("xn--caf-dma.pt"));
        outro.name = QStringLiteral("outro.pt");
        outro.roid = QStringLiteral("2199001");
        outro.clID = sandbox::RegistryState::otherRegistrar();
        outro.authInfo = QStringLiteral("Outro-Auth-9z");
        m_sandbox->registry.insertDomain(outro);
        QVERIFY(write(file("code.txt"), QByteArrayLiteral("Outro-Auth-9z\n")));
        const QStringList db{QStringLiteral("--db"), file("portfolio.sqlite")};

        Run run = cli(db + QStringList{QStringLiteral("change"), QStringLiteral("outro.pt"),
                                       QStringLiteral("--transfer-in")});
        QCOMPARE(run.exitCode, 0);
        run = cli(db +
                  QStringList{QStringLiteral("change"), QStringLiteral("--draft"),
                              QStringLiteral("1"), QStringLiteral("--send")} +
                  connection());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("auth code")), qPrintable(run.out));
        run = cli(db +
                  QStringList{QStringLiteral("change"), QStringLiteral("--draft"),
                              QStringLiteral("1"), QStringLiteral("--send"),
                              QStringLiteral("--auth-code-file"), file("code.txt")} +
                  connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("outro.pt (draft 1): done")),
                 qPrintable(run.out + run.err));
        QCOMPARE(m_sandbox->registry.domain(QStringLiteral("outro.pt"))->clID,
                 sandbox::RegistryState::defaultRegistrar());
        const QJsonObject shown =
            QJsonDocument::fromJson(
                cli(db + QStringList{QStringLiteral("domain"), QStringLiteral("show"),
                                     QStringLiteral("outro.pt"), QStringLiteral("--json")})
                    .out.toUtf8())
                .object();
        QCOMPARE(shown.value(QStringLiteral("registryState")).toString(), QStringLiteral("active"));
        QFile database(file("portfolio.sqlite"));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains("Outro-Auth-9z"));
    }

    // Bulk: a list of names, one result per domain (done, skipped and why,
    // failed and why), a summary, and an exit code for the worst of them.
    void bulkChangeReportsEachDomain()
    {
        const QStringList db{QStringLiteral("--db"), file("portfolio.sqlite")};
        for (const QString& name : {QStringLiteral("café.pt"), QStringLiteral("semregisto.pt")})
            QCOMPARE(cli(db + QStringList{QStringLiteral("domain"), QStringLiteral("add"), name,
                                          QStringLiteral("--expires"),
                                          QStringLiteral("2030-01-01T00:00:00Z")})
                         .exitCode,
                     0);
        QFile names(file("names.txt"));
        QVERIFY(names.open(QIODevice::WriteOnly));
        names.write("café.pt, inexistente.pt\nsemregisto.pt\n");
        names.close();
        const QStringList bulk =
            db + QStringList{QStringLiteral("change"), QStringLiteral("--names-file"),
                             names.fileName(), QStringLiteral("--auto-renew")};

        // café.pt has auto-renew on at the registry already.
        Run run =
            cli(bulk + QStringList{QStringLiteral("on"), QStringLiteral("--send")} + connection());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("inexistente.pt: skipped: There is no domain")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("café.pt (draft 1): skipped: Nothing sent")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("semregisto.pt (draft 2): not sent")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("0 done, 2 skipped, 1 failed, 0 with an unknown "
                                                 "outcome.")),
                 qPrintable(run.out));
        QCOMPARE(m_sandbox->server.commandCount(QStringLiteral("domain:update")), 0);

        run = cli(db +
                  QStringList{QStringLiteral("change"), QStringLiteral("café.pt"),
                              QStringLiteral("--auto-renew"), QStringLiteral("off"),
                              QStringLiteral("--send")} +
                  connection());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("café.pt (draft 3): done")), qPrintable(run.out));
        QCOMPARE(m_sandbox->server.commandCount(QStringLiteral("domain:update")), 1);

        // drafts lists them with what became of each.
        const QJsonArray drafts =
            QJsonDocument::fromJson(
                cli(db + QStringList{QStringLiteral("drafts"), QStringLiteral("--json")})
                    .out.toUtf8())
                .array();
        QCOMPARE(drafts.size(), 3);
        QCOMPARE(drafts.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(drafts.at(1).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("draft"));
        QCOMPARE(drafts.at(2).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("auto-renew"));
        QVERIFY(!drafts.at(2).toObject().value(QStringLiteral("svTRID")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CliEpp)
#include "tst_cliepp.moc"
