#include "CsvWriter.h"
#include "HtmlRenderer.h"
#include "ReportBuilder.h"
#include "ReportTestSupport.h"

#include <QTest>

using namespace rd;
using namespace rd::reports;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::reports::ReportKind)

namespace {

ReportRequest requestFor(ReportKind kind)
{
    ReportRequest request;
    request.kind = kind;
    request.withinDays = 60;
    request.domain = QStringLiteral("café-central.pt");
    request.contact = QStringLiteral("ANAS-100006-ADNS");
    return request;
}

} // namespace

class tst_ReportBuilder : public QObject
{
    Q_OBJECT

private:
    LanguageSwitch m_language;

    static void kindsAndLanguages()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("language");
        for (const QString& code : reportCodes()) {
            for (const char* language : {"en", "pt_PT"})
                QTest::addRow("%s-%s", qPrintable(code), language)
                    << *reportKindFromCode(code) << QString::fromLatin1(language);
        }
    }

private Q_SLOTS:
    // HTML and CSV are compared byte for byte with the files in data/: the
    // clock and the portfolio are fixed, so any change shows as a diff.
    void goldenFiles_data() { kindsAndLanguages(); }
    void goldenFiles()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, language);
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        const QLocale locale = m_language.use(language);
        const ReportBuilder builder(env.service, lisbon(), locale);
        const std::optional<Report> report = builder.build(requestFor(kind), &error);
        QVERIFY2(report, qPrintable(error));
        const QString base = toCode(kind) + QLatin1Char('-') + language;
        QString message;
        QVERIFY2(matchesGolden(base + QStringLiteral(".html"),
                               HtmlRenderer::render(*report, locale).toUtf8(), &message),
                 qPrintable(message));
        const bool tabular = kind == ReportKind::Deletions || kind == ReportKind::Actions ||
                             kind == ReportKind::Programmes;
        QCOMPARE(report->csv.has_value(), tabular);
        if (tabular)
            QVERIFY2(matchesGolden(base + QStringLiteral(".csv"), CsvWriter::write(*report->csv),
                                   &message),
                     qPrintable(message));
    }

    // What each report must say, in this order, in each language.
    void contentInOrder_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("briefing-en") << ReportKind::Briefing << "en"
                                     << QStringList{"Daily briefing",
                                                    "Monday, 23 November 2026",
                                                    "Overdue and due today",
                                                    "tasca-do-ze.pt",
                                                    "padaria-lusitana.pt",
                                                    "Deletions in the next 7 days",
                                                    "pastelaria-lusitana.pt",
                                                    "maria-ferreira.pt",
                                                    "Deletions per week",
                                                    "<svg",
                                                    "Verifications and owner changes waiting",
                                                    "maria-ferreira.pt",
                                                    "café-central.pt",
                                                    "rita",
                                                    "Failed changes and refreshes",
                                                    "2304 Object status prohibits operation",
                                                    "Outcome unknown",
                                                    "full"};
        QTest::newRow("briefing-pt") << ReportKind::Briefing << "pt_PT"
                                     << QStringList{"Resumo diário", "Em atraso e para hoje",
                                                    "Eliminações nos próximos 7 dias",
                                                    "Eliminações por semana", "Sem responsável"};
        QTest::newRow("deletions-en")
            << ReportKind::Deletions << "en"
            << QStringList{"Deletions and expiries", "60 days from now",
                           // by week (ISO 8601, Monday first), in date order
                           "Week 48", "pastelaria-lusitana.pt", "Padaria Lusitana, Lda.",
                           "geral@padaria-lusitana.pt", "maria-ferreira.pt", "Week 50",
                           "loja-da-ana.pt", "Automatic renewal", "3em1", "ribeiro.pt", "Week 51",
                           "café-central.pt", "Week 53", "mercearia-do-bairro.pt", "Week 3",
                           "ana-martins.pt"};
        QTest::newRow("deletions-pt") << ReportKind::Deletions << "pt_PT"
                                      << QStringList{"Eliminações e expirações", "Semana 48",
                                                     "Titular", "Renovação automática"};
        QTest::newRow("actions-en") << ReportKind::Actions << "en"
                                    << QStringList{"Pending actions",
                                                   "By assignee",
                                                   "Unassigned",
                                                   "rita",
                                                   "Registrant verification (1)",
                                                   "Critical",
                                                   "maria-ferreira.pt",
                                                   "Owner change (1)",
                                                   "café-central.pt",
                                                   "ANAS-100006-ADNS"};
        QTest::newRow("dossier-en") << ReportKind::Dossier << "en"
                                    << QStringList{"Domain dossier",
                                                   "café-central.pt",
                                                   "Registration",
                                                   "xn--caf-central-",
                                                   "Contacts",
                                                   "Maria João Ferreira",
                                                   "Name servers",
                                                   "ns1.example.pt",
                                                   "Deadlines",
                                                   "will be deleted on",
                                                   "Actions",
                                                   "Owner change",
                                                   "New holder: ANAS-100006-ADNS",
                                                   "History",
                                                   "domain.added"};
        QTest::newRow("personal-data-en") << ReportKind::PersonalData << "en"
                                          << QStringList{"Personal data report",
                                                         "GDPR",
                                                         "Ana &quot;Nini&quot; Martins",
                                                         "Martins, Costa &amp; Filhos",
                                                         "ana@martins.pt",
                                                         "222333448",
                                                         "Where it is used",
                                                         "ana-martins.pt",
                                                         "Holder",
                                                         "loja-da-ana.pt",
                                                         "tasca-do-ze.pt",
                                                         "Actions",
                                                         "café-central.pt",
                                                         "New holder",
                                                         "History of changes"};
        QTest::newRow("personal-data-pt")
            << ReportKind::PersonalData << "pt_PT"
            << QStringList{"Relatório de dados pessoais", "RGPD", "Onde são usados"};
        QTest::newRow("programmes-en") << ReportKind::Programmes << "en"
                                       << QStringList{"Promotional programmes",
                                                      "Summary",
                                                      "3em1",
                                                      "Sitestar",
                                                      "Domains by end of free year",
                                                      "ana-martins.pt",
                                                      "Converted",
                                                      "tasca-do-ze.pt",
                                                      "Free year ended, not converted",
                                                      "loja-da-ana.pt",
                                                      "Free year running",
                                                      "mercearia-do-bairro.pt"};
    }
    void contentInOrder()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        const QLocale locale = m_language.use(language);
        const ReportBuilder builder(env.service, lisbon(), locale);
        const std::optional<Report> report = builder.build(requestFor(kind), &error);
        QVERIFY2(report, qPrintable(error));
        const QString html = HtmlRenderer::render(*report, locale);
        const QString missing = missingInOrder(html, expected);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not found in order: ") + missing));
    }

    void refusals_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown domain") << ReportKind::Dossier << "nao-existe.pt"
                                        << "nao-existe.pt";
        QTest::newRow("unknown contact") << ReportKind::PersonalData << "NADA-000000-ADNS"
                                         << "NADA-000000-ADNS";
        QTest::newRow("window backwards") << ReportKind::Deletions << ""
                                          << "before it starts";
    }
    void refusals()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, error);
        ReportEnv env;
        QString message;
        QVERIFY2(seed(env, m_language, &message), qPrintable(message));
        m_language.use(QStringLiteral("en"));
        const ReportBuilder builder(env.service, lisbon(), QLocale::c());
        ReportRequest request{kind, 30, {}, {}, name, name};
        if (kind == ReportKind::Deletions) {
            request.from = fixtureNow();
            request.to = fixtureNow().addDays(-1);
        }
        QVERIFY(!builder.build(request, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    // Weeks run Monday to Sunday in the report's zone, whatever the hour in UTC.
    void weekStart_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDate>("monday");
        QTest::newRow("monday morning") << utc("2026-11-23T09:30:00Z") << QDate(2026, 11, 23);
        QTest::newRow("sunday night") << utc("2026-11-29T23:59:59Z") << QDate(2026, 11, 23);
        QTest::newRow("summer: UTC sunday, Lisbon monday")
            << utc("2026-06-28T23:30:00Z") << QDate(2026, 6, 29);
        QTest::newRow("year boundary") << utc("2027-01-01T12:00:00Z") << QDate(2026, 12, 28);
    }
    void weekStart()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QDate, monday);
        ReportEnv env;
        const ReportBuilder builder(env.service, lisbon(), QLocale::c());
        QCOMPARE(builder.weekStart(moment), monday);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "café.pt"
                               << "café.pt";
        QTest::newRow("comma") << "Martins, Costa"
                               << "\"Martins, Costa\"";
        QTest::newRow("quote") << "Ana \"Nini\""
                               << "\"Ana \"\"Nini\"\"\"";
        QTest::newRow("line break") << "a\nb"
                                    << "\"a\nb\"";
        QTest::newRow("phone stays a number") << "+351 912 345 678"
                                              << "+351 912 345 678";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("at sign") << "@SUM(A1)"
                                 << "'@SUM(A1)";
        QTest::newRow("empty") << ""
                               << "";
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void csvLinesEndWithCrLf()
    {
        ReportTable table;
        table.header = {QStringLiteral("a"), QStringLiteral("b")};
        table.rows = {{QStringLiteral("1"), QStringLiteral("x,y")}};
        QCOMPARE(CsvWriter::write(table), QByteArray("a,b\r\n1,\"x,y\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ReportBuilder)
#include "tst_reportbuilder.moc"
