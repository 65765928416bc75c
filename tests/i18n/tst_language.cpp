#include "i18n/Labels.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace rd;

class tst_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("asked for Portuguese") << "pt_PT"
                                              << "en_US"
                                              << "pt_PT";
        QTest::newRow("asked for English") << "en"
                                           << "pt_PT"
                                           << "en";
        QTest::newRow("system Portuguese") << ""
                                           << "pt_PT"
                                           << "pt_PT";
        QTest::newRow("system Brazilian: English") << ""
                                                   << "pt_BR"
                                                   << "en";
        QTest::newRow("system German: English") << ""
                                                << "de_DE"
                                                << "en";
        QTest::newRow("unsupported request") << "fr"
                                             << "pt_PT"
                                             << "";
    }
    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(i18n::resolve(requested, QLocale(system)), expected);
    }

    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("separate") << QStringList{"desk", "--language", "pt_PT"} << "pt_PT";
        QTest::newRow("joined") << QStringList{"desk", "--demo", "--language=en"} << "en";
        QTest::newRow("absent") << QStringList{"desk", "--demo"} << "";
        QTest::newRow("no value") << QStringList{"desk", "--language"} << "";
    }
    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(i18n::languageArgument(arguments).value_or(QString()), expected);
    }

    // The program's words, Qt's own (Debian's qt_pt_PT.qm and the project's
    // supplement for what it lacks) and the locale, switched back and forth
    // in one run: each install replaces the one before.
    void install_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("localeName");
        QTest::newRow("pt: the program") << "pt_PT"
                                         << "Labels"
                                         << "Overdue"
                                         << "Em atraso"
                                         << "pt_PT";
        QTest::newRow("pt: dialog button") << "pt_PT"
                                           << "QPlatformTheme"
                                           << "Cancel"
                                           << "Cancelar"
                                           << "pt_PT";
        QTest::newRow("en: dialog button") << "en"
                                           << "QPlatformTheme"
                                           << "Cancel"
                                           << "Cancel"
                                           << "en_GB";
        QTest::newRow("pt: save, not salvar") << "pt_PT"
                                              << "QPlatformTheme"
                                              << "Save"
                                              << "Guardar"
                                              << "pt_PT";
        QTest::newRow("pt: print preview") << "pt_PT"
                                           << "QPrintPreviewDialog"
                                           << "Print Preview"
                                           << "Pré-visualização da impressão"
                                           << "pt_PT";
        QTest::newRow("pt: file dialog, from Qt") << "pt_PT"
                                                  << "QFileDialog"
                                                  << "File &name:"
                                                  << "&Nome do Ficheiro:"
                                                  << "pt_PT";
        QTest::newRow("en: the program") << "en"
                                         << "Labels"
                                         << "Overdue"
                                         << "Overdue"
                                         << "en_GB";
    }
    void install()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QFETCH(QString, localeName);
        const QLocale locale = i18n::install(*qApp, language);
        QCOMPARE(locale.name(), localeName);
        QCOMPARE(QLocale().name(), localeName);
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
    }

    // Widgets Qt builds itself speak the language too.
    void qtWidgets_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("buttons");
        QTest::addColumn<QString>("next");
        QTest::newRow("pt_PT") << "pt_PT" << QStringList{"OK", "Cancelar", "&Sim", "&Não"}
                               << "&Avançar >";
        QTest::newRow("en") << "en" << QStringList{"OK", "Cancel", "&Yes", "&No"} << "&Next >";
    }
    void qtWidgets()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, buttons);
        QFETCH(QString, next);
        i18n::install(*qApp, language);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), buttons.at(0));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), buttons.at(1));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), buttons.at(2));
        QCOMPARE(box.button(QDialogButtonBox::No)->text(), buttons.at(3));
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        QCOMPARE(wizard.buttonText(QWizard::NextButton), next);
        QCOMPARE(Labels::of(AlertLevel::Overdue), language == QLatin1String("en")
                                                      ? QStringLiteral("Overdue")
                                                      : QStringLiteral("Em atraso"));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
