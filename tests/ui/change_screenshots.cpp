// Writes screenshots of the bulk change, transfer-in and delete dialogs, in
// Portuguese and English, against the registry sandbox:
// change-screenshots OUTPUT_DIR
#include "ModalAnswer.h"
#include "SandboxFixture.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "dialogs/BulkChangeDialog.h"
#include "dialogs/DeleteDialog.h"
#include "dialogs/TransferInDialog.h"
#include "i18n/Language.h"
#include "service/PortfolioService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rd;

namespace {

void click(QWidget& window, const char* name)
{
    window.findChild<QPushButton*>(QLatin1String(name))->click();
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
        const QString suffix = QStringLiteral("-%1.png").arg(language);
        test::SandboxFixture sandbox;
        test::TestDatabase t;
        PortfolioService service(t.db(), sandbox.clock, QStringLiteral("ana"));
        const ui::SessionProvider sessions = [&](QString*) { return sandbox.options(); };
        const sandbox::RegistryDomain cafe =
            *sandbox.registry.domain(QStringLiteral("xn--caf-dma.pt"));
        const QStringList names{QStringLiteral("loja-da-ana.pt"), QStringLiteral("café.pt"),
                                QStringLiteral("oficina-ribeiro.pt"),
                                QStringLiteral("padaria-lusitana.pt")};
        for (int i = 0; i < names.size(); ++i) {
            sandbox::RegistryDomain theirs = cafe;
            QString aLabel;
            sandbox::RegistryState::checkDomainName(names.at(i), &aLabel);
            theirs.name = aLabel;
            theirs.roid = QString::number(2200000 + i);
            theirs.exDate = sandbox.clock.now().addDays(60 + 70 * i);
            if (i == 2)
                theirs.statuses.append(QStringLiteral("serverUpdateProhibited"));
            sandbox.registry.insertDomain(theirs);
            Domain ours;
            ours.uLabel = names.at(i);
            ours.expiresAt = theirs.exDate;
            ours.autoRenew = true;
            QString error;
            if (!service.addDomain(ours, &error))
                qFatal("%s", qPrintable(error));
        }

        {
            ui::BulkChangeDialog bulk(service, sandbox.clock, sessions, names);
            auto* change = bulk.findChild<QComboBox*>(QStringLiteral("changeCombo"));
            change->setCurrentIndex(
                change->findData(int(ui::BulkChangeDialog::Change::NameServers)));
            bulk.findChild<QLineEdit*>(QStringLiteral("nameServersEdit"))
                ->setText(QStringLiteral("ns1.novo-dns.pt, ns2.novo-dns.pt"));
            ok &= test::saveShot(bulk, out + QStringLiteral("/bulk-form") + suffix);
            change->setCurrentIndex(
                change->findData(int(ui::BulkChangeDialog::Change::AutoRenewOff)));
            bulk.show();
            click(bulk, "reviewButton");
            ok &= test::saveShot(bulk, out + QStringLiteral("/bulk-review") + suffix);
            test::ModalAnswer confirm(QStringLiteral("confirmBox"), [&](QWidget* box) {
                ok &= test::saveShot(*box, out + QStringLiteral("/bulk-confirm") + suffix);
                test::ModalAnswer::click(QStringLiteral("confirmButton"))(box);
            });
            click(bulk, "sendButton");
            ok &= test::saveShot(bulk, out + QStringLiteral("/bulk-sent") + suffix);
        }
        for (const auto& [handle, name] : {std::pair{"MARG-100011-ADNS", "Margarida Sousa"},
                                           std::pair{"MART-100012-ADNS", "Martins & Filhos, Lda."},
                                           std::pair{"JOAO-100013-ADNS", "João Pedro Santos"}}) {
            Contact contact;
            contact.handle = QString::fromUtf8(handle);
            contact.name = QString::fromUtf8(name);
            contact.vat = QStringLiteral("213456788");
            QString error;
            if (!service.addContact(contact, &error))
                qFatal("%s", qPrintable(error));
        }
        {
            ui::BulkChangeDialog bulk(service, sandbox.clock, sessions, names);
            auto* change = bulk.findChild<QComboBox*>(QStringLiteral("changeCombo"));
            change->setCurrentIndex(
                change->findData(int(ui::BulkChangeDialog::Change::TechContacts)));
            bulk.show();
            auto* edit = bulk.findChild<QLineEdit*>(QStringLiteral("techEdit"));
            edit->setFocus();
            QTest::keyClicks(edit, QStringLiteral("JOAO-100013-ADNS, mar"));
            QWidget* popup = edit->findChild<QCompleter*>()->popup();
            ok &=
                popup->isVisible() &&
                test::saveShotWithPopup(bulk, *popup, out + QStringLiteral("/bulk-tech") + suffix);
        }
        {
            ui::BulkChangeDialog bulk(service, sandbox.clock, sessions, names);
            auto* change = bulk.findChild<QComboBox*>(QStringLiteral("changeCombo"));
            change->setCurrentIndex(change->findData(int(ui::BulkChangeDialog::Change::Delete)));
            bulk.show();
            test::ModalAnswer confirm(QStringLiteral("typedConfirmBox"), [&](QWidget* box) {
                box->findChild<QLineEdit*>(QStringLiteral("typedConfirmEdit"))
                    ->setText(QStringLiteral("4"));
                ok &= test::saveShot(*box, out + QStringLiteral("/bulk-delete-confirm") + suffix);
                static_cast<QDialog*>(box)->reject();
            });
            click(bulk, "sendButton");
        }
        {
            sandbox::RegistryDomain outro = cafe;
            outro.name = QStringLiteral("outro.pt");
            outro.roid = QStringLiteral("2199001");
            outro.clID = sandbox::RegistryState::otherRegistrar();
            outro.authInfo = QStringLiteral("Outro-Auth-9z");
            sandbox.registry.insertDomain(outro);
            ui::TransferInDialog transfer(service, sandbox.clock, sessions);
            transfer.findChild<QLineEdit*>(QStringLiteral("domainEdit"))
                ->setText(QStringLiteral("outro.pt"));
            transfer.findChild<QLineEdit*>(QStringLiteral("authCodeEdit"))
                ->setText(QStringLiteral("Outro-Auth-9z"));
            transfer.show();
            click(transfer, "reviewButton");
            ok &= test::saveShot(transfer, out + QStringLiteral("/transfer-review") + suffix);
            test::ModalAnswer confirm(QStringLiteral("confirmBox"), [&](QWidget* box) {
                ok &= test::saveShot(*box, out + QStringLiteral("/transfer-confirm") + suffix);
                test::ModalAnswer::click(QStringLiteral("confirmButton"))(box);
            });
            click(transfer, "sendButton");
            ok &= test::saveShot(transfer, out + QStringLiteral("/transfer-done") + suffix);
        }
        {
            ui::DeleteDialog remove(service, sandbox.clock, sessions,
                                    *service.findDomain(QStringLiteral("café.pt")));
            remove.findChild<QLineEdit*>(QStringLiteral("confirmNameEdit"))
                ->setText(QStringLiteral("café.pt"));
            ok &= test::saveShot(remove, out + QStringLiteral("/delete") + suffix);
        }
    }
    return ok ? 0 : 1;
}
