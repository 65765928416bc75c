#include "../reports/ReportTestSupport.h"
#include "ReportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::reports::ReportKind)

class tst_ReportDialog : public QObject
{
    Q_OBJECT

private:
    LanguageSwitch m_language;
    QTemporaryDir m_dir;

private Q_SLOTS:
    // Only the parameters of the chosen report can be edited.
    void fieldsFollowTheKind_data()
    {
        QTest::addColumn<reports::ReportKind>("kind");
        QTest::addColumn<bool>("within");
        QTest::addColumn<bool>("name");
        QTest::newRow("briefing") << reports::ReportKind::Briefing << false << false;
        QTest::newRow("deletions") << reports::ReportKind::Deletions << true << false;
        QTest::newRow("dossier") << reports::ReportKind::Dossier << false << true;
        QTest::newRow("personal data") << reports::ReportKind::PersonalData << false << true;
        QTest::newRow("programmes") << reports::ReportKind::Programmes << false << false;
    }
    void fieldsFollowTheKind()
    {
        QFETCH(reports::ReportKind, kind);
        QFETCH(bool, within);
        QFETCH(bool, name);
        ReportEnv env;
        ui::ReportDialog dialog(env.service);
        dialog.setKind(kind);
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("withinDays"))->isEnabled(), within);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("reportName"))->isEnabled(), name);
    }

    // What the desk saves is the report the command line writes.
    void savesPdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "Domain dossier";
        QTest::newRow("pt_PT") << "pt_PT"
                               << "Dossiê do domínio";
    }
    void savesPdf()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        m_language.use(language);
        ui::ReportDialog dialog(env.service);
        dialog.setKind(reports::ReportKind::Dossier);
        dialog.setName(QStringLiteral("café-central.pt"));
        const QString path = m_dir.filePath(language + QStringLiteral(".pdf"));
        QVERIFY(dialog.savePdfTo(path));
        const QString text = pdfPages(path).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("café-central.pt")));
    }

    void unknownDomainIsShown()
    {
        ReportEnv env;
        m_language.use(QStringLiteral("en"));
        ui::ReportDialog dialog(env.service);
        dialog.setKind(reports::ReportKind::Dossier);
        dialog.setName(QStringLiteral("nao-existe.pt"));
        const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
        QVERIFY(!dialog.savePdfTo(path));
        QVERIFY(!QFile::exists(path));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("reportError"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("nao-existe.pt")),
                 qPrintable(error->text()));
    }
};

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
