// Writes screenshots of the import wizard's pages, in English and Portuguese:
// import-screenshots OUTPUT_DIR
#include "Screenshot.h"
#include "TestDatabase.h"
#include "i18n/Language.h"
#include "import/ImportWizard.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace rd;

namespace {

void next(QWizard& wizard)
{
    wizard
        .button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton)
        ->click();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(out);
    QTemporaryDir files;
    // Excel in Portuguese: ';' and Windows-1252; one row updates a demo
    // domain, one is unchanged, two are rejected.
    const QString path = files.filePath(QStringLiteral("carteira.csv"));
    {
        QFile csv(path);
        csv.open(QIODevice::WriteOnly);
        csv.write(
            QStringLiteral("Domínio;Titular;Data de expiração;Renovação automática;Observações\r\n"
                           "padaria-nova.pt;OFIC-100005-ADNS;01/03/2027;não;Cliente desde 2019\r\n"
                           "oficina-ribeiro.pt;OFIC-100005-ADNS;15/09/2027;sim;\r\n"
                           "talho-central.pt;OFIC-100005-ADNS;31/02/2027;não;\r\n"
                           "mercearia..pt;MARI-100002-ADNS;01/05/2027;talvez;\r\n"
                           "livraria-sol.pt;MARI-100002-ADNS;12/12/2027;sim;Renova sempre\r\n")
                .toLatin1());
    }
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pt_PT")}) {
        i18n::install(app, language);
        test::TestDatabase t;
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        QString error;
        DemoPortfolio::seed(service, &error);

        ui::ImportWizard wizard(service, clock);
        wizard.show();
        const QString bad = files.filePath(QStringLiteral("partido.csv"));
        {
            QFile csv(bad);
            csv.open(QIODevice::WriteOnly);
            csv.write("Dom\xC3\xADnio;Notas\nok.pt;a\nmau.pt;\"sem fim\nmais.pt;b\n");
        }
        wizard.setFile(bad);
        ok &=
            test::saveShot(wizard, out + QStringLiteral("/import-file-error-%1.png").arg(language));
        wizard.setFile(path);
        ok &= test::saveShot(wizard, out + QStringLiteral("/import-file-%1.png").arg(language));
        next(wizard);
        ok &= test::saveShot(wizard, out + QStringLiteral("/import-mapping-%1.png").arg(language));
        next(wizard);
        ok &= test::saveShot(wizard, out + QStringLiteral("/import-check-%1.png").arg(language));
        auto* filter = wizard.findChild<QComboBox*>(QStringLiteral("outcomeFilter"));
        filter->setCurrentIndex(0);
        ok &=
            test::saveShot(wizard, out + QStringLiteral("/import-check-all-%1.png").arg(language));
        next(wizard);
        next(wizard); // all or nothing refuses the rejected rows
        ok &= test::saveShot(wizard,
                             out + QStringLiteral("/import-write-refused-%1.png").arg(language));
        wizard.findChild<QRadioButton*>(QStringLiteral("partialRadio"))->setChecked(true);
        ok &= test::saveShot(wizard, out + QStringLiteral("/import-write-%1.png").arg(language));
        next(wizard);
        ok &= test::saveShot(wizard, out + QStringLiteral("/import-result-%1.png").arg(language));
    }
    return ok ? 0 : 1;
}
