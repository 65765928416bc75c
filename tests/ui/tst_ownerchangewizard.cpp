#include "ModalAnswer.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "details/PanelText.h"
#include "dialogs/OwnerChangeWizard.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTest>

using namespace rd;
using Registry = sandbox::RegistryState;

// The owner-change wizard driven through its widgets: pick or create the new
// holder, read the preview, then keep a draft or send it to the sandbox.
class tst_OwnerChangeWizard : public QObject
{
    Q_OBJECT

private:
    struct Demo
    {
        test::TestDatabase db;
        FixedClock clock{test::utc("2026-11-23T09:00:00Z")};
        PortfolioService service{db.db(), clock, QStringLiteral("ana")};
        Demo()
        {
            QString error;
            if (DemoPortfolio::seed(service, &error) != 12)
                qFatal("%s", qPrintable(error));
        }
    };

    static void next(QWizard& wizard) { wizard.button(QWizard::NextButton)->click(); }
    static void finish(QWizard& wizard) { wizard.button(QWizard::FinishButton)->click(); }
    template <typename T> static T* child(QWidget& w, const char* name)
    {
        T* found = w.findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void existingContactEndsInADraft()
    {
        Demo demo;
        const Domain domain = *demo.service.findDomain(QStringLiteral("maria-ferreira.pt"));
        ui::OwnerChangeWizard wizard(demo.service, demo.clock, {}, domain);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ui::OwnerChangeWizard::HolderPage));
        auto* contacts = child<QComboBox>(wizard, "contactCombo");
        // The current holder is not offered.
        QCOMPARE(contacts->findData(QStringLiteral("MARI-100002-ADNS")), -1);
        contacts->setCurrentIndex(contacts->findData(QStringLiteral("JOAO-100004-ADNS")));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ui::OwnerChangeWizard::PreviewPage));

        // The preview names both holders and every deadline, 8 + 8 days then 2.
        const QString preview = child<QLabel>(wizard, "previewLabel")->text();
        const QDateTime now = demo.clock.now();
        for (const QDateTime& due : {now.addDays(8), now.addDays(16), now.addDays(18)})
            QVERIFY2(preview.contains(ui::PanelText::moment(due)), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("João Gonçalves (JOAO-100004-ADNS)")));
        QVERIFY(preview.contains(QStringLiteral("Maria João Ferreira (MARI-100002-ADNS)")));
        next(wizard);
        QVERIFY(child<QRadioButton>(wizard, "keepRadio")->isChecked());
        finish(wizard);

        QVERIFY(wizard.draftId() != 0);
        QVERIFY(!wizard.outcome());
        const Draft draft = *demo.service.drafts().findById(wizard.draftId());
        QCOMPARE(draft.kind, Draft::Kind::OwnerChange);
        QCOMPARE(draft.value, QStringLiteral("JOAO-100004-ADNS"));
        QCOMPARE(draft.state, Draft::State::Draft);
        QCOMPARE(draft.domainId, domain.id);
    }

    // A new holder is checked field by field; the wizard goes on only with
    // valid data, and the contact is stored with the draft, not before.
    void newHolderIsValidated_data()
    {
        QTest::addColumn<QString>("vat");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("valid") << "123456789"
                               << "rui@example.pt"
                               << "1000-001"
                               << "";
        QTest::newRow("NIF check digit") << "123456780"
                                         << "rui@example.pt"
                                         << "1000-001"
                                         << "VAT number";
        QTest::newRow("e-mail") << "123456789"
                                << "rui@"
                                << "1000-001"
                                << "e-mail";
        QTest::newRow("postcode") << "123456789"
                                  << "rui@example.pt"
                                  << "0100-001"
                                  << "postcode";
    }

    void newHolderIsValidated()
    {
        QFETCH(QString, vat);
        QFETCH(QString, email);
        QFETCH(QString, postcode);
        QFETCH(QString, refusal);
        Demo demo;
        const int contactsBefore = demo.service.contacts().count();
        const Domain domain = *demo.service.findDomain(QStringLiteral("joão-gonçalves.pt"));
        ui::OwnerChangeWizard wizard(demo.service, demo.clock, {}, domain);
        wizard.show();
        child<QRadioButton>(wizard, "createRadio")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(wizard, "handleEdit"),
                         QStringLiteral("RUIS-100010-ADNS"));
        QTest::keyClicks(child<QLineEdit>(wizard, "nameEdit"), QStringLiteral("Rui Santos"));
        QTest::keyClicks(child<QLineEdit>(wizard, "vatEdit"), vat);
        QTest::keyClicks(child<QLineEdit>(wizard, "emailEdit"), email);
        QTest::keyClicks(child<QLineEdit>(wizard, "postcodeEdit"), postcode);
        QTest::keyClicks(child<QLineEdit>(wizard, "cityEdit"), QStringLiteral("Lisboa"));
        // The live checks mark the wrong field before the agent moves on.
        const QString checks = child<QLabel>(wizard, "checksLabel")->text();
        QCOMPARE(checks.contains(QStringLiteral("✖")), !refusal.isEmpty());
        next(wizard);
        auto* error = wizard.page(ui::OwnerChangeWizard::HolderPage)
                          ->findChild<QLabel*>(QStringLiteral("errorLabel"));
        if (!refusal.isEmpty()) {
            QCOMPARE(wizard.currentId(), int(ui::OwnerChangeWizard::HolderPage));
            QVERIFY2(error->text().contains(refusal), qPrintable(error->text()));
            QCOMPARE(demo.service.contacts().count(), contactsBefore);
            return;
        }
        QCOMPARE(wizard.currentId(), int(ui::OwnerChangeWizard::PreviewPage));
        QVERIFY(child<QLabel>(wizard, "previewLabel")
                    ->text()
                    .contains(QStringLiteral("adds Rui Santos (RUIS-100010-ADNS)")));
        QCOMPARE(demo.service.contacts().count(), contactsBefore);
        next(wizard);
        QVERIFY(child<QLabel>(wizard, "sendNote")->isVisible());
        finish(wizard);
        QVERIFY(wizard.draftId() != 0);
        const std::optional<Contact> stored =
            demo.service.contacts().findByHandle(QStringLiteral("RUIS-100010-ADNS"));
        QVERIFY(stored);
        QCOMPARE(stored->address.postcode, QStringLiteral("1000-001"));
        QCOMPARE(demo.service.drafts().findById(wizard.draftId())->value,
                 QStringLiteral("RUIS-100010-ADNS"));
    }

    // Sent at once over TLS to the sandbox: the registry takes the change and
    // the pending action opens with the new holder.
    void sentToTheSandboxOpensTheAction()
    {
        test::SandboxFixture sandbox;
        test::TestDatabase db;
        PortfolioService service(db.db(), sandbox.clock, QStringLiteral("ana"));
        sandbox::RegistryContact joao;
        joao.id = QStringLiteral("JOAO-100004-ADNS");
        joao.name = QStringLiteral("João Gonçalves");
        joao.vat = QStringLiteral("PT234567899");
        joao.clID = Registry::defaultRegistrar();
        sandbox.registry.insertContact(joao);
        Contact local;
        local.handle = joao.id;
        local.name = joao.name;
        local.vat = QStringLiteral("234567899");
        Domain domain;
        domain.aLabel = QStringLiteral("xn--caf-dma.pt");
        domain.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QString error;
        QVERIFY2(service.addContact(local, &error), qPrintable(error));
        QVERIFY2(service.addDomain(domain, &error), qPrintable(error));

        QWidget host;
        ui::OwnerChangeWizard wizard(
            service, sandbox.clock, [&](QString*) { return sandbox.options(); }, domain, &host);
        wizard.show();
        auto* contacts = child<QComboBox>(wizard, "contactCombo");
        contacts->setCurrentIndex(contacts->findData(joao.id));
        next(wizard);
        next(wizard);
        child<QRadioButton>(wizard, "sendRadio")->setChecked(true);
        finish(wizard);

        QVERIFY(wizard.outcome());
        QVERIFY2(wizard.outcome()->state == Draft::State::Done,
                 qPrintable(wizard.outcome()->message));
        QVERIFY(sandbox.registry.ownerChange(domain.aLabel));
        const QList<PendingAction> open = service.actions().forDomain(domain.id, true);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, ActionKind::OwnerChange);
        QCOMPARE(open.first().state, ActionState::AwaitingHolder);
        QCOMPARE(open.first().newHolderHandle, joao.id);
        auto* outcome = host.findChild<QMessageBox*>(QStringLiteral("sendOutcome"));
        QVERIFY(outcome);
        QVERIFY(outcome->text().startsWith(QStringLiteral("Done")));
    }
};

QTEST_MAIN(tst_OwnerChangeWizard)
#include "tst_ownerchangewizard.moc"
