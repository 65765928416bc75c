#include "../reports/ReportTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// The report and calendar commands as scheduled jobs use them: the real
// executable on a real portfolio file.
class tst_CliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReportEnv> m_env;

    Run cli(const QStringList& args, const QString& language = QStringLiteral("en"))
    {
        QProcess process;
        // The command must bring its own platform: no display, no QT_QPA_PLATFORM.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        // As under cron: no runtime folder either.
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RD_CLI_PATH),
                      QStringList{QStringLiteral("--language"), language, QStringLiteral("--db"),
                                  m_env->database.path(), QStringLiteral("--now"),
                                  QStringLiteral("2026-11-23T09:30:00Z")} +
                          args);
        if (!process.waitForFinished(120000))
            qFatal("registrar-desk-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<ReportEnv>();
        QString error;
        QVERIFY2(seedReportPortfolio(m_env->service, fixtureNow(), &error), qPrintable(error));
    }

    void reports_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("briefing pdf")
            << QStringList{"report", "briefing", "--format", "pdf"} << "en"
            << "Daily briefing";
        QTest::newRow("briefing pdf pt")
            << QStringList{"report", "briefing", "--format", "pdf"} << "pt_PT"
            << "Resumo diário";
        QTest::newRow("deletions pdf")
            << QStringList{"report", "deletions", "--within", "30", "--format", "pdf"} << "en"
            << "pastelaria-lusitana.pt";
        QTest::newRow("deletions between dates") << QStringList{"report",   "deletions",
                                                                "--from",   "2026-12-14T00:00:00Z",
                                                                "--to",     "2026-12-21T00:00:00Z",
                                                                "--format", "pdf"}
                                                 << "en"
                                                 << "café-central.pt";
        QTest::newRow("actions pdf")
            << QStringList{"report", "actions", "--format", "pdf"} << "pt_PT"
            << "Ações pendentes";
        QTest::newRow("dossier pdf")
            << QStringList{"report", "dossier", "xn--caf-central-dbb.pt", "--format", "pdf"} << "en"
            << "café-central.pt";
        QTest::newRow("personal data pdf")
            << QStringList{"report", "personal-data", "MARI-100002-ADNS", "--format", "pdf"} << "en"
            << "Maria João Ferreira";
        QTest::newRow("programmes pdf")
            << QStringList{"report", "programmes", "--format", "pdf"} << "en"
            << "tasca-do-ze.pt";
    }
    void reports()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QString out = file(QStringLiteral("out.pdf"));
        const Run run = cli(args + QStringList{QStringLiteral("-o"), out}, language);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Nothing on stderr: a scheduled job's output is mailed to someone.
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString text = pdfPages(out).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("html") << "deletions.html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("csv") << "deletions.csv" << QByteArray("Week,Due (UTC),Domain");
        QTest::newRow("pdf") << "deletions.pdf" << QByteArray("%PDF-");
    }
    void formatFromExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const Run run = cli({"report", "deletions", "--within", "60", "-o", file(name)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile written(file(name));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith(start));
    }

    // The registrar's name is a portfolio setting, on every page's header.
    void registrarName()
    {
        QCOMPARE(cli({"settings", "set", "registrar.name", "Loja Exemplo, Lda."}).exitCode, 0);
        QVERIFY(cli({"settings", "list"}).out.contains("registrar.name Loja Exemplo, Lda."));
        const QString out = file(QStringLiteral("named.pdf"));
        QCOMPARE(cli({"report", "actions", "-o", out}).exitCode, 0);
        const QStringList pages = pdfPages(out);
        QVERIFY(!pages.isEmpty());
        for (const QString& page : pages)
            QVERIFY2(page.contains("Loja Exemplo, Lda."), qPrintable(page));
        QCOMPARE(cli({"settings", "set", "registrar.name", "  "}).exitCode, 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no kind") << QStringList{"report"} << 2 << "briefing, deletions";
        QTest::newRow("unknown kind")
            << QStringList{"report", "weekly", "-o", "x.pdf"} << 2 << "weekly";
        QTest::newRow("no output") << QStringList{"report", "briefing"} << 2 << "-o FILE";
        QTest::newRow("csv of a briefing")
            << QStringList{"report", "briefing", "--format", "csv", "-o", "x.csv"} << 2 << "CSV";
        QTest::newRow("unknown format")
            << QStringList{"report", "actions", "--format", "docx", "-o", "x"} << 2 << "docx";
        QTest::newRow("within for actions")
            << QStringList{"report", "actions", "--within", "3", "-o", "x.pdf"} << 2 << "--within";
        QTest::newRow("bad within")
            << QStringList{"report", "deletions", "--within", "soon", "-o", "x.pdf"} << 2 << "soon";
        QTest::newRow("from without to")
            << QStringList{"report", "deletions", "--from", "2026-12-01T00:00:00Z", "-o", "x.pdf"}
            << 2 << "--to";
        QTest::newRow("dossier without name")
            << QStringList{"report", "dossier", "-o", "x.pdf"} << 2 << "domain name";
        QTest::newRow("unknown domain")
            << QStringList{"report", "dossier", "nao-existe.pt", "-o", "x.pdf"} << 1
            << "nao-existe.pt";
        QTest::newRow("unknown contact")
            << QStringList{"report", "personal-data", "NADA-1-ADNS", "-o", "x.pdf"} << 1
            << "NADA-1-ADNS";
        QTest::newRow("calendar without output") << QStringList{"calendar"} << 2 << "-o FILE";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString target = file(args.value(args.indexOf(QStringLiteral("-o")) + 1));
        if (args.contains(QStringLiteral("-o")))
            args[args.indexOf(QStringLiteral("-o")) + 1] = target;
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing written when refused.
        QVERIFY(!QFile::exists(target) || !args.contains(QStringLiteral("-o")));
    }

    void unwritableOutput()
    {
        const QString out = file(QStringLiteral("missing-folder/briefing.pdf"));
        const Run run = cli({"report", "briefing", "-o", out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("briefing.pdf"), qPrintable(run.err));
    }

    void calendar_data()
    {
        QTest::addColumn<QStringList>("window");
        QTest::newRow("all") << QStringList{};
        QTest::newRow("7 days") << QStringList{"--within", "7"};
    }
    void calendar()
    {
        QFETCH(QStringList, window);
        const QString out = file(QStringLiteral("deadlines.ics"));
        const Run run = cli(QStringList{"calendar", "-o", out} + window, QStringLiteral("pt_PT"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess check;
        check.start(
            QStringLiteral("/usr/bin/python3"),
            {qEnvironmentVariable("RD_SOURCE_DIR") + QStringLiteral("/tests/reports/check_ics.py"),
             out});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        const QString json = QString::fromUtf8(check.readAllStandardOutput());
        // As many events as the deadlines command lists for the same window.
        const int expected =
            int(m_env->service.deadlines(window.isEmpty() ? -1 : window.at(1).toInt()).size());
        QCOMPARE(int(json.count(QStringLiteral("\"uid\""))), expected);
        QVERIFY2(json.contains(QStringLiteral("Eliminação: pastelaria-lusitana.pt")),
                 qPrintable(json));
    }
};

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
