#include "ModalAnswer.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "details/DomainDetails.h"
#include "dialogs/DeleteDialog.h"
#include "i18n/Language.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace rd;

// Deleting one domain from its details panel: the dialog names the domain
// and says the deletion is final, and deletes only once the name is typed;
// sent over TLS to the registry sandbox, or kept as a draft.
class tst_DeleteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void deleteFromThePanel_data()
    {
        QTest::addColumn<QString>("typed");  // the name typed to confirm
        QTest::addColumn<QString>("answer"); // the button clicked at the end
        QTest::addColumn<bool>("canDelete"); // whether Delete was enabled by then
        QTest::addColumn<int>("state");      // the draft's state, -1: no draft
        QTest::newRow("name typed, deleted") << "café.pt"
                                             << "deleteButton" << true << int(Draft::State::Done);
        QTest::newRow("A-label typed, deleted")
            << "xn--caf-dma.pt"
            << "deleteButton" << true << int(Draft::State::Done);
        QTest::newRow("wrong name") << "cafe.pt"
                                    << "deleteButton" << false << -1;
        QTest::newRow("kept as draft") << ""
                                       << "keepDraftButton" << false << int(Draft::State::Draft);
        QTest::newRow("cancelled") << "café.pt"
                                   << "" << true << -1;
    }

    void deleteFromThePanel()
    {
        QFETCH(QString, typed);
        QFETCH(QString, answer);
        QFETCH(bool, canDelete);
        QFETCH(int, state);
        test::SandboxFixture sandbox;
        test::TestDatabase db;
        PortfolioService service(db.db(), sandbox.clock, QStringLiteral("ana"));
        const QString cafe = QStringLiteral("xn--caf-dma.pt");
        Domain domain;
        domain.aLabel = cafe;
        domain.registrantHandle = QString();
        domain.expiresAt = sandbox.registry.domain(cafe)->exDate;
        QString error;
        QVERIFY2(service.addDomain(domain, &error), qPrintable(error));
        ui::DomainDetails panel(service, sandbox.clock);
        panel.setSessionProvider([&](QString*) { return sandbox.options(); });
        panel.showDomain(QStringLiteral("café.pt"));

        QString text;
        QString title;
        bool enabled = false;
        test::ModalAnswer dialog(QStringLiteral("deleteDialog"), [&](QWidget* window) {
            title = window->windowTitle();
            text = window->findChild<QLabel*>(QStringLiteral("consequenceLabel"))->text();
            auto* remove = window->findChild<QPushButton*>(QStringLiteral("deleteButton"));
            QVERIFY(!remove->isEnabled());
            // Typed as a whole: QTest cannot type "é" key by key.
            window->findChild<QLineEdit*>(QStringLiteral("confirmNameEdit"))->setText(typed);
            enabled = remove->isEnabled();
            if (!answer.isEmpty())
                window->findChild<QPushButton*>(answer)->click();
            if (window->isVisible())
                static_cast<QDialog*>(window)->reject();
        });
        panel.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
        QVERIFY(dialog.done());
        QCOMPARE(title, QStringLiteral("Delete café.pt"));
        QVERIFY2(text.startsWith(QStringLiteral("Delete café.pt at the registry?")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Deletion is final: it cannot be undone")));
        QCOMPARE(enabled, canDelete);

        const QList<Draft> drafts = service.drafts().forDomain(service.findDomain(cafe)->id);
        QCOMPARE(drafts.size(), state < 0 ? 0 : 1);
        const bool deleted = state == int(Draft::State::Done);
        if (state >= 0)
            QCOMPARE(int(drafts.first().state), state);
        QCOMPARE(sandbox.server.commandCount(QStringLiteral("domain:delete")), deleted ? 1 : 0);
        QCOMPARE(sandbox.registry.domain(cafe) == nullptr, deleted);
        // The outcome is said, without blocking.
        auto* outcome = panel.findChild<QMessageBox*>(QStringLiteral("sendOutcome"));
        QCOMPARE(outcome != nullptr, deleted);
        if (outcome)
            QVERIFY2(outcome->text().startsWith(QStringLiteral("Done")),
                     qPrintable(outcome->text()));
    }
};

QTEST_MAIN(tst_DeleteDialog)
#include "tst_deletedialog.moc"
