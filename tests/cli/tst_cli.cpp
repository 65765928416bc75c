#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& args, const QString& language = QStringLiteral("en"))
    {
        return raw(
            QStringList{QStringLiteral("--language"), language, QStringLiteral("--db"), m_db} +
            args);
    }

    static Run raw(const QStringList& all)
    {
        QProcess process;
        process.start(QStringLiteral(RD_CLI_PATH), all);
        if (!process.waitForFinished(60000))
            qFatal("registrar-desk-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonDocument json(const QStringList& args)
    {
        const Run run = cli(args);
        if (run.exitCode != 0)
            qWarning("%s", qUtf8Printable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qUtf8Printable(run.out));
        return document;
    }

    void seedHolder()
    {
        const Run run = cli({QStringLiteral("contact"), QStringLiteral("add"),
                             QStringLiteral("MARI-100002-ADNS"), QStringLiteral("--name"),
                             QStringLiteral("Maria João Ferreira"), QStringLiteral("--vat"),
                             QStringLiteral("PT 213 456 788"), QStringLiteral("--email"),
                             QStringLiteral("mj@example.pt"), QStringLiteral("--phone"),
                             QStringLiteral("+351 912 345 678")});
        QCOMPARE(run.exitCode, 0);
    }

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
    }

    void check_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutLine"); // expected stdout on success
        QTest::addColumn<QString>("stderrPart"); // expected part of stderr on failure

        QTest::newRow("nif") << "nif"
                             << "123456789" << 0 << "123456789"
                             << "";
        QTest::newRow("nif with PT and spaces") << "nif"
                                                << "PT 123 456 789" << 0 << "123456789"
                                                << "";
        QTest::newRow("nif bad check digit") << "nif"
                                             << "123456780" << 1 << ""
                                             << "9";
        QTest::newRow("nif 8 digits") << "nif"
                                      << "12345678" << 1 << ""
                                      << "12345678";
        QTest::newRow("nipc") << "nipc"
                              << "510000070" << 0 << "510000070"
                              << "";
        QTest::newRow("nipc of an individual") << "nipc"
                                               << "123456789" << 1 << ""
                                               << "1";
        QTest::newRow("cc") << "cc"
                            << "12345678 9 ZZ1" << 0 << "123456789ZZ1"
                            << "";
        QTest::newRow("cc bad") << "cc"
                                << "12345678 9 ZZ5" << 1 << ""
                                << "";
        QTest::newRow("domain ascii")
            << "domain"
            << "Padaria-Lusitana.PT" << 0 << "padaria-lusitana.pt padaria-lusitana.pt"
            << "";
        QTest::newRow("domain idn") << "domain"
                                    << "Café.pt" << 0 << "xn--caf-dma.pt café.pt"
                                    << "";
        QTest::newRow("domain a-label")
            << "domain"
            << "xn--caf-dma.com.pt" << 0 << "xn--caf-dma.com.pt café.com.pt"
            << "";
        QTest::newRow("domain other tld") << "domain"
                                          << "example.com" << 1 << ""
                                          << "";
        QTest::newRow("domain double hyphen") << "domain"
                                              << "ab--cd.pt" << 1 << ""
                                              << "";
        QTest::newRow("domain ñ") << "domain"
                                  << "españa.pt" << 1 << ""
                                  << "ñ";
        QTest::newRow("phone") << "phone"
                               << "+351.212345678" << 0 << "+351.212345678"
                               << "";
        QTest::newRow("phone spaced") << "phone"
                                      << "+351 21 234 5678" << 0 << "+351.212345678"
                                      << "";
        QTest::newRow("phone short") << "phone"
                                     << "+351.2123" << 1 << ""
                                     << "";
        QTest::newRow("postcode") << "postcode"
                                  << "1000-001" << 0 << "1000-001"
                                  << "";
        QTest::newRow("postcode bad") << "postcode"
                                      << "1000-01" << 1 << ""
                                      << "";
        QTest::newRow("unknown kind") << "iban"
                                      << "PT50" << 2 << ""
                                      << "iban";
    }

    void check()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutLine);
        QFETCH(QString, stderrPart);

        const Run run = cli({QStringLiteral("check"), kind, value});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0) {
            QCOMPARE(run.out.trimmed(), stdoutLine);
            QVERIFY(run.err.isEmpty());
        } else {
            QVERIFY(run.out.isEmpty());
            QVERIFY2(!run.err.trimmed().isEmpty(), "a reason is printed");
            QVERIFY2(run.err.contains(stderrPart), qPrintable(run.err));
        }
        // check never needs, and never creates, a database.
        QVERIFY(!QFile::exists(m_db));
    }

    void checkSpeaksPortuguese()
    {
        const Run run =
            cli({QStringLiteral("check"), QStringLiteral("nif"), QStringLiteral("123456780")},
                QStringLiteral("pt_PT"));
        QCOMPARE(run.exitCode, 1);
        const Run english =
            cli({QStringLiteral("check"), QStringLiteral("nif"), QStringLiteral("123456780")});
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(run.err != english.err, qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // the argument the message must name

        QTest::newRow("no command") << QStringList{} << "No command";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("domain add without expiry")
            << QStringList{"domain", "add", "exemplo.pt"} << "--expires";
        QTest::newRow("expiry without zone")
            << QStringList{"domain", "add", "exemplo.pt", "--expires", "2027-01-01T00:00:00"}
            << "--expires";
        QTest::newRow("expiry not a date")
            << QStringList{"domain", "add", "exemplo.pt", "--expires", "tomorrow"} << "--expires";
        QTest::newRow("impossible date")
            << QStringList{"domain", "add", "exemplo.pt", "--expires", "2027-02-30T00:00:00Z"}
            << "--expires";
        QTest::newRow("auto-renew maybe") << QStringList{"domain",
                                                         "add",
                                                         "exemplo.pt",
                                                         "--expires",
                                                         "2027-01-01T00:00:00Z",
                                                         "--auto-renew",
                                                         "maybe"}
                                          << "--auto-renew";
        QTest::newRow("unknown programme")
            << QStringList{"domain",    "add", "exemplo.pt", "--expires", "2027-01-01T00:00:00Z",
                           "--program", "4em1"}
            << "--program";
        QTest::newRow("unknown option")
            << QStringList{"domain",   "add", "exemplo.pt", "--expires", "2027-01-01T00:00:00Z",
                           "--colour", "blue"}
            << "colour";
        QTest::newRow("within negative")
            << QStringList{"deadlines", "--within", "-3"} << "--within";
        QTest::newRow("within beyond a century")
            << QStringList{"deadlines", "--within", "99999999"} << "36500";
        QTest::newRow("year before .pt")
            << QStringList{"domain", "add", "exemplo.pt", "--expires", "0999-01-01T00:00:00Z"}
            << "--expires";
        QTest::newRow("now beyond printable years")
            << QStringList{"deadlines", "--now", "9999-01-01T00:00:00Z"} << "--now";
        QTest::newRow("programme without creation date")
            << QStringList{"domain",    "add", "exemplo.pt", "--expires", "2027-01-01T00:00:00Z",
                           "--program", "3em1"}
            << "--created";
        QTest::newRow("action kind")
            << QStringList{"action", "open", "transfer", "exemplo.pt"} << "transfer";
        QTest::newRow("action id") << QStringList{"action", "advance", "abc"} << "abc";
        QTest::newRow("close without outcome")
            << QStringList{"action", "close", "1"} << "--outcome";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(!QFile::exists(m_db), "a usage error writes nothing");
    }

    void domainAddListShow()
    {
        seedHolder();
        Run run = cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("Café.pt"),
                       QStringLiteral("--expires"), QStringLiteral("2027-05-01T10:00:00Z"),
                       QStringLiteral("--created"), QStringLiteral("2026-05-01T10:00:00+01:00"),
                       QStringLiteral("--auto-renew"), QStringLiteral("off"),
                       QStringLiteral("--registrant"), QStringLiteral("MARI-100002-ADNS"),
                       QStringLiteral("--program"), QStringLiteral("3em1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("xn--caf-dma.pt café.pt"));

        const QJsonArray list =
            json({QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json")})
                .array();
        QCOMPARE(list.size(), 1);
        const QJsonObject listed = list.first().toObject();
        QCOMPARE(listed.value(QStringLiteral("uLabel")).toString(), QStringLiteral("café.pt"));
        QCOMPARE(listed.value(QStringLiteral("aLabel")).toString(),
                 QStringLiteral("xn--caf-dma.pt"));
        QCOMPARE(listed.value(QStringLiteral("expires")).toString(),
                 QStringLiteral("2027-05-01T10:00:00Z"));
        QCOMPARE(listed.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-05-01T09:00:00Z"));
        QCOMPARE(listed.value(QStringLiteral("autoRenew")).toBool(), false);
        QCOMPARE(listed.value(QStringLiteral("program")).toString(), QStringLiteral("3em1"));
        QCOMPARE(listed.value(QStringLiteral("registrant")).toString(),
                 QStringLiteral("MARI-100002-ADNS"));
        // Deletion at expiry - 30 days comes before the end of the free year.
        const QJsonObject next = listed.value(QStringLiteral("nextDeadline")).toObject();
        QCOMPARE(next.value(QStringLiteral("kind")).toString(), QStringLiteral("deletion"));
        QCOMPARE(next.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2027-04-01T10:00:00Z"));

        const QJsonObject shown = json({QStringLiteral("domain"), QStringLiteral("show"),
                                        QStringLiteral("xn--caf-dma.pt"), QStringLiteral("--json")})
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("uLabel")).toString(), QStringLiteral("café.pt"));
        const QJsonArray deadlines = shown.value(QStringLiteral("deadlines")).toArray();
        QCOMPARE(deadlines.size(), 2);
        QCOMPARE(deadlines.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("promo-end"));
        QCOMPARE(deadlines.at(1).toObject().value(QStringLiteral("due")).toString(),
                 QStringLiteral("2027-05-01T09:00:00Z"));
        const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("event")).toString(),
                 QStringLiteral("domain.added"));
    }

    void domainAddRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");

        const QStringList expiry{"--expires", "2027-01-01T00:00:00Z"};
        QTest::newRow("bad name") << (QStringList{"domain", "add", "exemplo-.pt"} + expiry)
                                  << "exemplo-";
        QTest::newRow("unknown holder")
            << (QStringList{"domain", "add", "exemplo.pt", "--registrant", "NOPE-000000-ADNS"} +
                expiry)
            << "NOPE-000000-ADNS";
        QTest::newRow("duplicate")
            << (QStringList{"domain", "add", "padaria.pt"} + expiry) << "padaria.pt";
        QTest::newRow("created after expiry")
            << (QStringList{"domain", "add", "exemplo.pt", "--created", "2027-06-01T00:00:00Z"} +
                expiry)
            << "2027-06-01";
    }

    void domainAddRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        seedHolder();
        QCOMPARE(cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("padaria.pt"),
                      QStringLiteral("--expires"), QStringLiteral("2027-01-01T00:00:00Z")})
                     .exitCode,
                 0);
        const QByteArray before = sha256(m_db);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(sha256(m_db), before);
        QCOMPARE(json({QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json")})
                     .array()
                     .size(),
                 1);
    }

    // --db, --language and --now may stand anywhere, as "--opt value" or "--opt=value".
    void globalOptionsAnywhere()
    {
        seedHolder();
        Run run = raw({QStringLiteral("contact"), QStringLiteral("list"),
                       QStringLiteral("--db=") + m_db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("MARI-100002-ADNS")), qPrintable(run.err));

        run = raw({QStringLiteral("check"), QStringLiteral("nif"), QStringLiteral("123456780"),
                   QStringLiteral("--language=pt_PT")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("dígito de controlo")), qPrintable(run.err));

        run = raw(
            {QStringLiteral("deadlines"), QStringLiteral("--db"), m_db, QStringLiteral("--now")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--now needs a value")), qPrintable(run.err));

        run = raw({QStringLiteral("-h")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out));
    }

    void failureOnANewFileLeavesNoFile()
    {
        const Run run =
            cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("exemplo.pt"),
                 QStringLiteral("--expires"), QStringLiteral("2027-01-01T00:00:00Z"),
                 QStringLiteral("--registrant"), QStringLiteral("NOPE-000000-ADNS")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(m_db));
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));

        // Nor the folders it had to make for the file.
        const QString nested = m_dir.filePath(QStringLiteral("new/folder/cli.sqlite"));
        QCOMPARE(raw({QStringLiteral("--db"), nested, QStringLiteral("action"),
                      QStringLiteral("advance"), QStringLiteral("7")})
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new"))));
    }

    void contactRefusalNamesTheField()
    {
        const Run run =
            cli({QStringLiteral("contact"), QStringLiteral("add"),
                 QStringLiteral("MARI-100002-ADNS"), QStringLiteral("--name"),
                 QStringLiteral("Maria"), QStringLiteral("--vat"), QStringLiteral("123456780")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("VAT")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_db));
    }

    void ownerChangeLifecycle()
    {
        seedHolder();
        QCOMPARE(cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("loja.pt"),
                      QStringLiteral("--expires"), QStringLiteral("2028-01-01T00:00:00Z"),
                      QStringLiteral("--auto-renew"), QStringLiteral("on")})
                     .exitCode,
                 0);
        Run run = cli({QStringLiteral("action"), QStringLiteral("open"),
                       QStringLiteral("owner-change"), QStringLiteral("loja.pt"),
                       QStringLiteral("--at"), QStringLiteral("2026-10-20T09:00:00Z")});
        QCOMPARE(run.exitCode, 0);
        bool isNumber = false;
        const QString id = run.out.trimmed();
        id.toLongLong(&isNumber);
        QVERIFY2(isNumber, qPrintable(run.out));

        const auto deadlinesAt = [&](const char* now) {
            return json({QStringLiteral("deadlines"), QStringLiteral("--now"),
                         QString::fromLatin1(now), QStringLiteral("--within"), QStringLiteral("60"),
                         QStringLiteral("--json")})
                .array();
        };
        QJsonArray items = deadlinesAt("2026-10-27T09:00:00Z");
        QCOMPARE(items.size(), 1);
        QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("owner-change-holder"));
        QCOMPARE(item.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-10-28T09:00:00Z"));
        QCOMPARE(item.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
        QCOMPARE(item.value(QStringLiteral("domain")).toString(), QStringLiteral("loja.pt"));
        QVERIFY(item.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("loja.pt")));

        QCOMPARE(cli({QStringLiteral("action"), QStringLiteral("advance"), id,
                      QStringLiteral("--at"), QStringLiteral("2026-10-25T12:00:00Z")})
                     .exitCode,
                 0);
        item = deadlinesAt("2026-10-27T09:00:00Z").first().toObject();
        QCOMPARE(item.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("owner-change-new-holder"));
        QCOMPARE(item.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-11-02T12:00:00Z"));
        QCOMPARE(item.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));

        QCOMPARE(cli({QStringLiteral("action"), QStringLiteral("advance"), id,
                      QStringLiteral("--at"), QStringLiteral("2026-10-30T08:00:00Z")})
                     .exitCode,
                 0);
        item = deadlinesAt("2026-10-31T09:00:00Z").first().toObject();
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("verification"));
        QCOMPARE(item.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-11-01T08:00:00Z"));

        // Before its last step: refused.
        run = cli({QStringLiteral("action"), QStringLiteral("close"), id, QStringLiteral("--at"),
                   QStringLiteral("2026-10-29T00:00:00Z"), QStringLiteral("--outcome"),
                   QStringLiteral("done")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(cli({QStringLiteral("action"), QStringLiteral("close"), id, QStringLiteral("--at"),
                      QStringLiteral("2026-10-31T10:00:00Z"), QStringLiteral("--outcome"),
                      QStringLiteral("new holder verified")})
                     .exitCode,
                 0);
        QCOMPARE(deadlinesAt("2026-10-31T09:00:00Z").size(), 0);
        // Closing twice is refused.
        QCOMPARE(cli({QStringLiteral("action"), QStringLiteral("close"), id,
                      QStringLiteral("--outcome"), QStringLiteral("again")})
                     .exitCode,
                 1);
    }

    void deadlinesSortedAndWindowed()
    {
        const struct
        {
            const char* name;
            const char* expires;
            const char* autoRenew;
        } domains[] = {
            {"cc.pt", "2027-03-01T00:00:00Z", "off"}, // deletion 2027-01-30
            {"aa.pt", "2026-12-31T00:00:00Z", "off"}, // deletion 2026-12-01
            {"bb.pt", "2026-12-20T00:00:00Z", "on"},  // auto-renewal 2026-12-20
        };
        for (const auto& d : domains) {
            QCOMPARE(
                cli({QStringLiteral("domain"), QStringLiteral("add"), QString::fromLatin1(d.name),
                     QStringLiteral("--expires"), QString::fromLatin1(d.expires),
                     QStringLiteral("--auto-renew"), QString::fromLatin1(d.autoRenew)})
                    .exitCode,
                0);
        }
        QCOMPARE(cli({QStringLiteral("action"), QStringLiteral("open"),
                      QStringLiteral("verification"), QStringLiteral("cc.pt"),
                      QStringLiteral("--at"), QStringLiteral("2026-11-20T10:00:00Z")})
                     .exitCode,
                 0);
        const QJsonArray all =
            json({QStringLiteral("deadlines"), QStringLiteral("--now"),
                  QStringLiteral("2026-11-23T00:00:00Z"), QStringLiteral("--json")})
                .array();
        QStringList order;
        for (const auto& value : all) {
            const QJsonObject o = value.toObject();
            order << o.value(QStringLiteral("domain")).toString() + QLatin1Char('/') +
                         o.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                         o.value(QStringLiteral("level")).toString();
            QVERIFY(!o.value(QStringLiteral("explanation")).toString().isEmpty());
        }
        QCOMPARE(order, (QStringList{"cc.pt/verification/overdue", "aa.pt/deletion/notice",
                                     "bb.pt/auto-renewal/notice", "cc.pt/deletion/none"}));

        const QJsonArray week =
            json({QStringLiteral("deadlines"), QStringLiteral("--now"),
                  QStringLiteral("2026-11-23T00:00:00Z"), QStringLiteral("--within"),
                  QStringLiteral("7"), QStringLiteral("--json")})
                .array();
        QCOMPARE(week.size(), 1); // the overdue verification; aa.pt is 8 days away
        QCOMPARE(week.first().toObject().value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-11-22T10:00:00Z"));
    }

    void alertThresholdsAreSettings()
    {
        QCOMPARE(cli({"domain", "add", "aa.pt", "--expires", "2027-01-01T00:00:00Z"}).exitCode, 0);
        const auto level = [&] {
            return json({"deadlines", "--now", "2026-11-23T00:00:00Z", "--json"})
                .array()
                .first()
                .toObject()
                .value("level")
                .toString();
        };
        QCOMPARE(level(), QStringLiteral("notice")); // due 2 December: 9 days away
        QCOMPARE(cli({"settings", "set", "alert.warning-days", "10"}).exitCode, 0);
        QCOMPARE(level(), QStringLiteral("warning"));
        Run run = cli({"settings", "list"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("alert.warning-days 10"), qPrintable(run.out));
        QVERIFY2(run.out.contains("alert.critical-days 2"), qPrintable(run.out));

        // Out of order (critical above warning) is refused and changes nothing.
        run = cli({"settings", "set", "alert.critical-days", "12"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("critical"), qPrintable(run.err));
        QCOMPARE(cli({"settings", "set", "alert.warning-days", "ten"}).exitCode, 1);
        QCOMPARE(cli({"settings", "set", "alert.colour", "red"}).exitCode, 2);
        QVERIFY(cli({"settings", "list"}).out.contains("alert.critical-days 2"));
        QCOMPARE(level(), QStringLiteral("warning"));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE future (x INTEGER)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = sha256(m_db);
        const Run run = cli({QStringLiteral("domain"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("999")), qPrintable(run.err));
        QCOMPARE(sha256(m_db), before);
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
