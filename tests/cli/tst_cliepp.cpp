#include "RegistryState.h"
#include "SandboxServer.h"
#include "rules/Clock.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rd;
using sandbox::RegistryState;

// registrar-desk-cli epp ... against the registry sandbox over TLS on
// loopback. The sandbox runs in this process, so the event loop keeps turning
// while the command line runs.
class tst_CliEpp : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<RegistryState> m_registry;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    const QString m_password = RegistryState::defaultPassword();

    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QStringList connection(const char* passwordFile = "password.txt") const
    {
        return {QStringLiteral("--registry"),
                QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                QStringLiteral("--login"),
                RegistryState::defaultRegistrar(),
                QStringLiteral("--password-file"),
                file(passwordFile),
                QStringLiteral("--ca"),
                file("ca.pem")};
    }

    Run cli(const QStringList& args, const QString& language = QStringLiteral("en"))
    {
        QProcess process;
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(RD_CLI_PATH),
                      QStringList{QStringLiteral("--language"), language} + args);
        loop.exec();
        if (process.state() != QProcess::NotRunning)
            qFatal("registrar-desk-cli did not finish");
        const Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
        // Whatever happened, the password is never printed.
        if (run.out.contains(m_password) || run.err.contains(m_password))
            qFatal("the password was printed");
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
        m_registry = std::make_unique<RegistryState>(m_clock);
        sandbox::RegistryContact holder;
        holder.id = QStringLiteral("MARI-100002-ADNS");
        holder.name = QStringLiteral("Maria João Ferreira");
        holder.vat = QStringLiteral("PT213456788");
        holder.clID = RegistryState::defaultRegistrar();
        m_registry->insertContact(holder);
        sandbox::RegistryDomain domain;
        domain.name = QStringLiteral("xn--caf-dma.pt");
        domain.roid = QStringLiteral("2134454");
        domain.registrant = holder.id;
        domain.techContacts = {holder.id};
        domain.nameServers = {{QStringLiteral("ns1.xn--caf-dma.pt"), {QStringLiteral("192.0.2.1")}},
                              {QStringLiteral("ns.example.net"), {}}};
        domain.clID = RegistryState::defaultRegistrar();
        domain.crDate = m_clock.now().addYears(-2);
        domain.exDate = m_clock.now().addDays(200);
        domain.autoRenew = true;
        domain.authInfo = QStringLiteral("Cafe-Auth-7x"); // info shows it to the sponsor
        m_registry->insertDomain(domain);

        m_server = std::make_unique<sandbox::SandboxServer>(*m_registry);
        QString error;
        QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_server->writeAuthorityFile(file("ca.pem")));
        // A trailing line end, as editors write it, is not part of the password.
        QVERIFY(write(file("password.txt"), m_password.toUtf8() + '\n'));
        QVERIFY(write(file("wrong.txt"), QByteArrayLiteral("Not-the-Pw-42")));
    }

    void cleanup()
    {
        m_server.reset();
        m_registry.reset();
    }

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
};

QTEST_GUILESS_MAIN(tst_CliEpp)
#include "tst_cliepp.moc"
