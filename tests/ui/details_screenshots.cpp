// Writes screenshots of the details panels and the owner-change wizard, in
// Portuguese and English, for the docs: details-screenshots OUTPUT_DIR
#include "Screenshot.h"
#include "TestDatabase.h"
#include "details/ActionDetails.h"
#include "details/ContactDetails.h"
#include "details/DomainDetails.h"
#include "dialogs/OwnerChangeWizard.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTest>

using namespace rd;

namespace {

// A panel tall enough to show its whole content, as a reader scrolls it.
void fitToContent(QWidget& panel, int width)
{
    panel.resize(width, 600);
    panel.show();
    QApplication::processEvents();
    auto* scroll = panel.findChild<QScrollArea*>();
    const int height = scroll->widget()->heightForWidth(width - 4);
    panel.resize(
        width, qBound(400, height > 0 ? height + 8 : scroll->widget()->sizeHint().height(), 1800));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(out);
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pt_PT")}) {
        i18n::install(app, language);
        test::TestDatabase t;
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        QString error;
        DemoPortfolio::seed(service, &error);
        const qint64 domainId = service.findDomain(QStringLiteral("oficina-ribeiro.pt"))->id;
        const qint64 actionId = service.actions().forDomain(domainId, true).constFirst().id;
        DeskRecords records(service, QStringLiteral("ana"));
        const bool pt = language == QLatin1String("pt_PT");
        records.assign(actionId, QStringLiteral("rita"), &error);
        records.logContact(actionId, ContactLogKind::Called,
                           pt ? QStringLiteral("Ana Martins: aprova amanhã")
                              : QStringLiteral("Ana Martins: will approve tomorrow"),
                           &error);
        records.logContact(actionId, ContactLogKind::Emailed,
                           pt ? QStringLiteral("Enviada a ligação de aprovação")
                              : QStringLiteral("Sent the approval link"),
                           &error);
        records.addActionNote(actionId,
                              pt ? QStringLiteral("Prefere ser contactada por telefone.")
                                 : QStringLiteral("Prefers to be called."),
                              &error);
        service.draftChange(QStringLiteral("oficina-ribeiro.pt"), Draft::Kind::NameServers,
                            QStringLiteral("ns1.novo-dns.pt,ns2.novo-dns.pt"), &error);

        ui::DomainDetails domain(service, clock);
        domain.showDomain(QStringLiteral("oficina-ribeiro.pt"));
        fitToContent(domain, 860);
        ok &= test::saveShot(domain, out + QStringLiteral("/details-domain-%1.png").arg(language));

        ui::ContactDetails contact(service, clock);
        contact.showContact(QStringLiteral("OFIC-100005-ADNS"));
        fitToContent(contact, 760);
        ok &=
            test::saveShot(contact, out + QStringLiteral("/details-contact-%1.png").arg(language));

        ui::ActionDetails action(service, clock);
        action.showAction(actionId);
        fitToContent(action, 860);
        ok &= test::saveShot(action, out + QStringLiteral("/details-action-%1.png").arg(language));

        const Domain maria = *service.findDomain(QStringLiteral("maria-ferreira.pt"));
        ui::OwnerChangeWizard wizard(service, clock, {}, maria);
        wizard.findChild<QRadioButton*>(QStringLiteral("createRadio"))->setChecked(true);
        const auto type = [&](const char* name, const QString& text) {
            wizard.findChild<QLineEdit*>(QLatin1String(name))->setText(text);
        };
        type("handleEdit", QStringLiteral("RUIS-100010-ADNS"));
        type("nameEdit", QStringLiteral("Rui Santos"));
        type("vatEdit", QStringLiteral("123456780"));
        type("emailEdit", QStringLiteral("rui@example.pt"));
        type("phoneEdit", QStringLiteral("912 345 678"));
        type("cityEdit", QStringLiteral("Lisboa"));
        type("postcodeEdit", QStringLiteral("1000-001"));
        ok &= test::saveShot(wizard,
                             out + QStringLiteral("/details-wizard-holder-%1.png").arg(language));
        type("vatEdit", QStringLiteral("123456789"));
        wizard.next();
        ok &= test::saveShot(wizard,
                             out + QStringLiteral("/details-wizard-preview-%1.png").arg(language));
        wizard.next();
        ok &= test::saveShot(wizard,
                             out + QStringLiteral("/details-wizard-send-%1.png").arg(language));
    }
    return ok ? 0 : 1;
}
