#include "PdfRenderer.h"
#include "ReportBuilder.h"
#include "ReportTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::reports;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::reports::ReportKind)

class tst_PdfRenderer : public QObject
{
    Q_OBJECT

private:
    LanguageSwitch m_language;
    QTemporaryDir m_dir;

    QStringList render(ReportEnv& env, const ReportRequest& request, const QString& language)
    {
        const QLocale locale = m_language.use(language);
        const ReportBuilder builder(env.service, lisbon(), locale);
        QString error;
        const std::optional<Report> report = builder.build(request, &error);
        if (!report)
            qFatal("report: %s", qPrintable(error));
        // RD_REPORTS_OUT=DIR keeps the files, to look at them (docs/reports.md).
        const QString keep = qEnvironmentVariable("RD_REPORTS_OUT");
        const QString path = (keep.isEmpty() ? m_dir.path() : keep) + QLatin1Char('/') +
                             toCode(request.kind) + QLatin1Char('-') + language +
                             QStringLiteral(".pdf");
        if (!PdfRenderer::write(*report, locale, path, &error))
            qFatal("pdf: %s", qPrintable(error));
        return pdfPages(path);
    }

private Q_SLOTS:
    // Every report on paper, in both languages: the page header (name,
    // parameters, registrar, generation time), its sections in order, and
    // "page n of m" at the foot.
    void eachReport_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("body");
        QTest::newRow("briefing-en")
            << ReportKind::Briefing << "en"
            << QStringList{"Daily briefing", "Loja Exemplo, Lda.", "Day: Monday, 23 November 2026",
                           "Generated on 23/11/2026 09:30"}
            << QStringList{
                   "Overdue and due today",        "tasca-do-ze.pt",
                   "Deletions in the next 7 days", "pastelaria-lusitana.pt",
                   "Deletions per week",           "Verifications and owner changes waiting",
                   "Failed changes and refreshes"};
        QTest::newRow("briefing-pt")
            << ReportKind::Briefing << "pt_PT"
            << QStringList{"Resumo diário", "Loja Exemplo, Lda.",
                           "segunda-feira, 23 de novembro de 2026"}
            << QStringList{"Em atraso e para hoje", "Eliminações nos próximos 7 dias",
                           "Eliminações por semana"};
        QTest::newRow("deletions-en") << ReportKind::Deletions << "en"
                                      << QStringList{"Deletions and expiries", "60 days from now"}
                                      << QStringList{"Week 48", "pastelaria-lusitana.pt", "Week 53",
                                                     "mercearia-do-bairro.pt"};
        QTest::newRow("deletions-pt")
            << ReportKind::Deletions << "pt_PT" << QStringList{"Eliminações e expirações"}
            << QStringList{"Semana 48", "Titular", "Semana 53"};
        QTest::newRow("actions-en") << ReportKind::Actions << "en" << QStringList{"Pending actions"}
                                    << QStringList{"By assignee", "Registrant verification (1)",
                                                   "maria-ferreira.pt", "Owner change (1)", "rita"};
        QTest::newRow("actions-pt")
            << ReportKind::Actions << "pt_PT" << QStringList{"Ações pendentes"}
            << QStringList{"Por responsável", "Alteração de titular (1)"};
        QTest::newRow("dossier-en")
            << ReportKind::Dossier << "en"
            << QStringList{"Domain dossier", "Domain: café-central.pt"}
            << QStringList{"Registration", "Contacts", "Deadlines", "Actions", "History"};
        QTest::newRow("dossier-pt")
            << ReportKind::Dossier << "pt_PT" << QStringList{"Dossiê do domínio"}
            << QStringList{"Registo", "Contactos", "Prazos", "Histórico"};
        QTest::newRow("personal-data-en")
            << ReportKind::PersonalData << "en"
            << QStringList{"Personal data report", "Contact: ANAS-100006-ADNS"}
            << QStringList{"Personal data kept", "Martins, Costa & Filhos", "Where it is used",
                           "History of changes"};
        QTest::newRow("personal-data-pt")
            << ReportKind::PersonalData << "pt_PT" << QStringList{"Relatório de dados pessoais"}
            << QStringList{"Dados pessoais guardados", "Onde são usados"};
        QTest::newRow("programmes-en")
            << ReportKind::Programmes << "en" << QStringList{"Promotional programmes"}
            << QStringList{"Summary", "3em1 Comércio", "Domains by end of free year",
                           "Free year ended, not converted"};
        QTest::newRow("programmes-pt")
            << ReportKind::Programmes << "pt_PT" << QStringList{"Programas promocionais"}
            << QStringList{"Resumo", "Convertido"};
    }
    void eachReport()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, language);
        QFETCH(QStringList, header);
        QFETCH(QStringList, body);
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        QVERIFY(env.service.settings().setValue(ReportBuilder::registrarSettingKey(),
                                                QStringLiteral("Loja Exemplo, Lda."), &error));
        ReportRequest request;
        request.kind = kind;
        request.withinDays = 60;
        request.domain = QStringLiteral("café-central.pt");
        request.contact = QStringLiteral("ANAS-100006-ADNS");
        const QStringList pages = render(env, request, language);
        QVERIFY(!pages.isEmpty());
        const QString first = pages.constFirst();
        // The header's two columns interleave in the text: each piece, in any order.
        for (const QString& piece : header)
            QVERIFY2(first.simplified().contains(piece),
                     qPrintable("header lacks " + piece + "\n" + first));
        const QString missing = missingInOrder(pages.join(QLatin1Char('\n')).simplified(), body);
        QVERIFY2(missing.isEmpty(), qPrintable("body lacks " + missing + "\n" + first));
        const QString pageOf = language == QLatin1String("en") ? QStringLiteral("Page %1 of %2")
                                                               : QStringLiteral("Página %1 de %2");
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(pages.at(i).contains(pageOf.arg(i + 1).arg(pages.size())),
                     qPrintable(pages.at(i)));
        // Nothing of the other language leaks in.
        if (language == QLatin1String("pt_PT"))
            QVERIFY2(!first.contains(QLatin1String("Generated on")), qPrintable(first));
    }

    // A week of 220 deletions runs over several pages: every page carries the
    // page header and the table's header row, and no row is cut in two.
    void longTableRepeatsHeaders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("columns");
        QTest::newRow("en") << "en"
                            << "Date Domain Event Holder Phone E-mail";
        QTest::newRow("pt_PT") << "pt_PT"
                               << "Data Domínio Evento Titular Telefone";
    }
    void longTableRepeatsHeaders()
    {
        QFETCH(QString, language);
        QFETCH(QString, columns);
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        QList<Domain> many;
        for (int i = 0; i < 220; ++i) {
            Domain d;
            d.uLabel = QStringLiteral("lote-%1.pt").arg(i, 3, 10, QLatin1Char('0'));
            d.registrantHandle = QStringLiteral("MARI-100002-ADNS");
            // All deleted in the week of 7 December, a few minutes apart.
            d.expiresAt = utc("2027-01-07T10:00:00Z").addSecs(60 * i);
            many.append(d);
        }
        QVERIFY2(env.service.addDomains(many, &error), qPrintable(error));
        ReportRequest request;
        request.kind = ReportKind::Deletions;
        request.withinDays = 30;
        const QStringList pages = render(env, request, language);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        int rows = 0;
        for (int i = 0; i < pages.size(); ++i) {
            const QString text = pages.at(i).simplified();
            QVERIFY2(text.contains(columns),
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(text)));
            const QString title = language == QLatin1String("en")
                                      ? QStringLiteral("Deletions and expiries")
                                      : QStringLiteral("Eliminações e expirações");
            QVERIFY(text.contains(title));
            rows += int(text.count(QStringLiteral("lote-")));
        }
        // Each row once: none lost at a page break, none printed twice.
        QCOMPARE(rows, 220);
        for (int i = 0; i < 220; i += 73)
            QVERIFY(pages.join(QString()).contains(
                QStringLiteral("lote-%1.pt").arg(i, 3, 10, QLatin1Char('0'))));
    }

    void unwritablePathIsReported()
    {
        ReportEnv env;
        m_language.use(QStringLiteral("en"));
        const ReportBuilder builder(env.service, lisbon(), QLocale::c());
        const Report report = builder.briefing();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/briefing.pdf"));
        QVERIFY(!PdfRenderer::write(report, QLocale::c(), path, &error));
        QVERIFY2(error.contains(QStringLiteral("briefing.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_PdfRenderer)
#include "tst_pdfrenderer.moc"
