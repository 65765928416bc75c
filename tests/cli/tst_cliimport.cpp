#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// import and export through the real executable, on real SQLite files.
class tst_CliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_language = QStringLiteral("en");

    Run cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(RD_CLI_PATH),
                      QStringList{QStringLiteral("--language"), m_language, QStringLiteral("--db"),
                                  m_db, QStringLiteral("--now"),
                                  QStringLiteral("2026-11-23T09:30:00Z")} +
                          args);
        if (!process.waitForFinished(120000))
            qFatal("registrar-desk-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void seedHolder()
    {
        const Run run = cli({QStringLiteral("contact"), QStringLiteral("add"),
                             QStringLiteral("MARI-100002-ADNS"), QStringLiteral("--name"),
                             QStringLiteral("Maria João Ferreira"), QStringLiteral("--vat"),
                             QStringLiteral("213456788")});
        QCOMPARE(run.exitCode, 0);
    }

    static QString counts(int added, int updated, int unchanged, int rejected)
    {
        return QStringLiteral("New: %1\nUpdated: %2\nUnchanged: %3\nRejected: %4\n")
            .arg(added)
            .arg(updated)
            .arg(unchanged)
            .arg(rejected);
    }

    const QByteArray domains = QByteArray("\xEF\xBB\xBF"
                                          "Domínio;Titular;Data de expiração;Renovação "
                                          "automática;Notas\r\n"
                                          "café.pt;MARI-100002-ADNS;01/03/2027;sim;\"a; b\"\r\n"
                                          "porto.pt;;46447;não;=1+1\r\n");

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++n));
        m_language = QStringLiteral("en");
    }

    void importThenAgainUnchanged()
    {
        seedHolder();
        const QString path = file(QStringLiteral("d.csv"), domains);
        Run run = cli({QStringLiteral("import"), QStringLiteral("domains"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.endsWith(counts(2, 0, 0, 0)), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("Import 1 written")));
        run = cli({QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("café.pt"),
                   QStringLiteral("--json")});
        QVERIFY(run.out.contains(QStringLiteral("\"notes\": \"a; b\"")));
        run = cli({QStringLiteral("import"), QStringLiteral("domains"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith(counts(0, 0, 2, 0)));
    }

    // One bad row: exit 1, the row on stderr with line, column and field,
    // nothing written, the rejects file ready to fix.
    void rejectedRowsWriteNothing()
    {
        seedHolder();
        const QString path = file(QStringLiteral("bad.csv"),
                                  "Domain;Expiry date\nbom.pt;2027-01-01\nmau..pt;2027-01-01\n"
                                  "tarde.pt;31/02/2027\n");
        const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
        Run run = cli({QStringLiteral("import"), QStringLiteral("domains"), path,
                       QStringLiteral("--rejects"), rejects});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(counts(1, 0, 0, 2)));
        QVERIFY(run.out.contains(QStringLiteral("Nothing was written")));
        QVERIFY2(run.err.contains(QStringLiteral("line 3, column 1 \"Domain\" (domain): ")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(
            QStringLiteral("line 4, column 2 \"Expiry date\" (expiry date): \"31/02/2027\"")));
        run = cli({QStringLiteral("domain"), QStringLiteral("list")});
        QCOMPARE(run.out, QString());
        const QByteArray written = read(rejects);
        QVERIFY2(written.startsWith("\xEF\xBB\xBF"
                                    "Domain;Expiry date;Reason\r\nmau..pt;"),
                 written.constData());
        QVERIFY(!written.contains("bom.pt"));

        run = cli({QStringLiteral("import"), QStringLiteral("domains"), path,
                   QStringLiteral("--partial")});
        QCOMPARE(run.exitCode, 1);
        run = cli({QStringLiteral("domain"), QStringLiteral("list")});
        QVERIFY(run.out.startsWith(QStringLiteral("bom.pt")));
    }

    // --partial into a new database: the valid rows stay, though the exit code says 1.
    void partialKeepsANewDatabase()
    {
        const QString path = file(QStringLiteral("p.csv"),
                                  "Domain;Expiry date\nfica.pt;2027-01-01\nmau..pt;2027-01-01\n");
        const Run run = cli({QStringLiteral("import"), QStringLiteral("domains"), path,
                             QStringLiteral("--partial")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(counts(1, 0, 0, 1)));
        QVERIFY(QFile::exists(m_db));
        QVERIFY(cli({QStringLiteral("domain"), QStringLiteral("list")})
                    .out.startsWith(QStringLiteral("fica.pt")));
    }

    void dryRunWritesNothing()
    {
        const QString path =
            file(QStringLiteral("dry.csv"), "Domain,Expiry date\nseco.pt,2027-01-01\n");
        const Run run = cli({QStringLiteral("import"), QStringLiteral("domains"), path,
                             QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(counts(1, 0, 0, 0)));
        QVERIFY(!QFile::exists(m_db)); // not even the empty database
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");

        const QByteArray ok("Domain;Expiry date\nx.pt;2027-01-01\n");
        QTest::newRow("bad delimiter") << ok << QStringList{"--delimiter", "|"} << 2 << "|";
        QTest::newRow("bad encoding")
            << ok << QStringList{"--encoding", "ebcdic"} << 2 << "windows-1252";
        QTest::newRow("unknown option") << ok << QStringList{"--fast"} << 2 << "fast";
        QTest::newRow("unclosed quote")
            << QByteArray("Domain;Notes\nx.pt;\"open\n") << QStringList{} << 1
            << "f.csv: Line 2: a quoted field is never closed";
        QTest::newRow("ragged row") << QByteArray("Domain;Expiry date\nx.pt\n") << QStringList{}
                                    << 1 << "Line 2 has 1 fields where the header has 2";
        QTest::newRow("no domain column") << QByteArray("Nome;Expira\nx;2027-01-01\n")
                                          << QStringList{} << 1 << "No column holds the domain";
        QTest::newRow("invalid UTF-8 told as UTF-8")
            << QByteArray("Domain;Notes\nx.pt;Jo\xE3o\n") << QStringList{"--encoding", "utf-8"} << 1
            << "not valid UTF-8";
        QTest::newRow("missing mapping file")
            << ok << QStringList{"--mapping", "/nonexistent.json"} << 1 << "/nonexistent.json";
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        const QString path = file(QStringLiteral("f.csv"), content);
        const Run run =
            cli(QStringList{QStringLiteral("import"), QStringLiteral("domains"), path} + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(stderrPart), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_db));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no kind") << QStringList{"import"};
        QTest::newRow("unknown kind") << QStringList{"import", "hosts", "x.csv"};
        QTest::newRow("no file") << QStringList{"import", "domains"};
        QTest::newRow("undo with arguments") << QStringList{"import", "undo", "3"};
        QTest::newRow("export without -o") << QStringList{"export", "domains"};
        QTest::newRow("export unknown") << QStringList{"export", "hosts", "-o", "x.csv"};
        QTest::newRow("export tab")
            << QStringList{"export", "domains", "-o", "x.csv", "--delimiter", "tab"};
        QTest::newRow("export within contacts")
            << QStringList{"export", "contacts", "-o", "x.csv", "--within", "3"};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(args).exitCode, 2);
    }

    void storageErrorIs3()
    {
        const QString path = file(QStringLiteral("s.csv"), "Domain;Expiry date\nx.pt;2027-01-01\n");
        m_db = QStringLiteral("/proc/no-such-folder/x.sqlite");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("domains"), path}).exitCode, 3);
    }

    // A Windows-1252 file read as told, and a saved mapping for headers no one guesses.
    void encodingAndMapping()
    {
        const QString path =
            file(QStringLiteral("w.csv"), "Col1;Col2;Obs\ncaf\xE9.pt;01-03-2027;Jo\xE3o \x80\n");
        const QString mapping = file(QStringLiteral("m.json"),
                                     "{\"kind\": \"domains\", \"columns\": {\"Col1\": \"domain\","
                                     " \"Col2\": \"expiry\", \"Obs\": \"notes\"}}");
        Run run = cli({QStringLiteral("import"), QStringLiteral("domains"), path});
        QCOMPARE(run.exitCode, 1); // no column named as a domain
        run = cli({QStringLiteral("import"), QStringLiteral("domains"), path,
                   QStringLiteral("--mapping"), mapping, QStringLiteral("--encoding"),
                   QStringLiteral("cp1252"), QStringLiteral("--save-mapping"),
                   m_dir.filePath(QStringLiteral("saved.json"))});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("café.pt"),
                   QStringLiteral("--json")});
        QVERIFY2(run.out.contains(QStringLiteral("\"notes\": \"João €\"")), qPrintable(run.out));
        QVERIFY(
            read(m_dir.filePath(QStringLiteral("saved.json"))).contains("\"Col2\": \"expiry\""));
    }

    void undo()
    {
        seedHolder();
        const QString path = file(QStringLiteral("u.csv"), domains);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("domains"), path}).exitCode, 0);
        Run run = cli({QStringLiteral("import"), QStringLiteral("undo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("2 records removed, 0 restored")),
                 qPrintable(run.out + run.err));
        QCOMPARE(cli({QStringLiteral("domain"), QStringLiteral("list")}).out, QString());
        run = cli({QStringLiteral("import"), QStringLiteral("undo")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no import to undo")));
    }

    // What export writes, import reads back unchanged, in both delimiters, with
    // and without a BOM; formulas reach the file as text.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("language"); // the headers and yes/no words
        QTest::newRow("; with BOM") << ";" << true << "en";
        QTest::newRow(", without BOM") << "," << false << "en";
        QTest::newRow("Portuguese") << ";" << true << "pt_PT";
    }
    void roundTrip()
    {
        QFETCH(QString, delimiter);
        QFETCH(bool, bom);
        QFETCH(QString, language);
        seedHolder();
        QCOMPARE(cli({QStringLiteral("contact"), QStringLiteral("add"),
                      QStringLiteral("EMPR-000001-ADNS"), QStringLiteral("--name"),
                      QStringLiteral("Empresa, Lda"), QStringLiteral("--kind"),
                      QStringLiteral("organisation"), QStringLiteral("--vat"),
                      QStringLiteral("510000070"), QStringLiteral("--phone"),
                      QStringLiteral("+351 212 345 678"), QStringLiteral("--street"),
                      QStringLiteral("=Rua \"Nova\"; 1"), QStringLiteral("--postcode"),
                      QStringLiteral("1000-001")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("domains"),
                      file(QStringLiteral("r.csv"), domains)})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("três.pt"),
                      QStringLiteral("--expires"), QStringLiteral("2027-07-07T10:00:00Z"),
                      QStringLiteral("--created"), QStringLiteral("2026-07-07T10:00:00Z"),
                      QStringLiteral("--program"), QStringLiteral("3em1"),
                      QStringLiteral("--notes"), QStringLiteral("-menos\nduas")})
                     .exitCode,
                 0);
        for (const QString& what : {QStringLiteral("domains"), QStringLiteral("contacts")}) {
            const QString out = m_dir.filePath(what + QStringLiteral("-out.csv"));
            QStringList args = {QStringLiteral("export"),      what,     QStringLiteral("-o"), out,
                                QStringLiteral("--delimiter"), delimiter};
            if (!bom)
                args.append(QStringLiteral("--no-bom"));
            m_language = language;
            Run run = cli(args);
            m_language = QStringLiteral("en");
            QCOMPARE(run.exitCode, 0);
            const QByteArray bytes = read(out);
            QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
            if (what == QLatin1String("domains")) {
                QVERIFY2(
                    bytes.contains(QByteArray(delimiter.toUtf8() + "'=1+1" + delimiter.toUtf8())) ||
                        bytes.contains(QByteArray(delimiter.toUtf8() + "'=1+1\r\n")),
                    bytes.constData());
                QVERIFY(bytes.contains("\"'-menos\nduas\""));
            } else {
                QVERIFY(bytes.contains("'+351.212345678"));
            }
            if (language == QLatin1String("pt_PT"))
                QVERIFY2(bytes.contains(what == QLatin1String("domains") ? "Domínio;Titular;"
                                                                         : "Identificador;Tipo;"),
                         bytes.constData());
            run = cli({QStringLiteral("import"), what, out});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.endsWith(counts(0, 0, what == QLatin1String("domains") ? 3 : 2, 0)),
                     qPrintable(run.out + run.err));
        }
    }

    void exportFilters()
    {
        QCOMPARE(cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("perto.pt"),
                      QStringLiteral("--expires"), QStringLiteral("2026-12-01T00:00:00Z")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("longe.pt"),
                      QStringLiteral("--expires"), QStringLiteral("2028-12-01T00:00:00Z")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("action"), QStringLiteral("open"),
                      QStringLiteral("verification"), QStringLiteral("perto.pt")})
                     .exitCode,
                 0);
        const QString out = m_dir.filePath(QStringLiteral("within.csv"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("domains"), QStringLiteral("-o"),
                       out, QStringLiteral("--within"), QStringLiteral("30")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("1 row")));
        QByteArray bytes = read(out);
        QVERIFY(bytes.contains("perto.pt"));
        QVERIFY(!bytes.contains("longe.pt"));
        run = cli({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        bytes = read(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Action;Domain;Kind;State;Opened"));
        QVERIFY(bytes.contains(";perto.pt;verification;open;2026-11-23T09:30:00Z;"));
    }
};

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cliimport.moc"
