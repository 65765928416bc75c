#include "ModalAnswer.h"
#include "TestDatabase.h"
#include "details/ActionDetails.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace rd;

// The action panel: steps, deadlines, assignee, notes and contact log, and
// the decisions recorded from it.
class tst_ActionDetails : public QObject
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
        PendingAction actionOf(const char* domain)
        {
            return service.actions()
                .forDomain(service.findDomain(QString::fromUtf8(domain))->id, true)
                .constFirst();
        }
    };

    static QString text(const QWidget& panel, const char* label)
    {
        return panel.findChild<QLabel*>(QLatin1String(label))->text();
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void showsTheAction_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("steps");
        QTest::newRow("verification") << "maria-ferreira.pt"
                                      << "Registrant verification of maria-ferreira.pt"
                                      << "Open" << 1;
        QTest::newRow("owner change, second party") << "oficina-ribeiro.pt"
                                                    << "Owner change of oficina-ribeiro.pt"
                                                    << "Waiting for the new holder" << 2;
    }

    void showsTheAction()
    {
        QFETCH(QString, domain);
        QFETCH(QString, title);
        QFETCH(QString, state);
        QFETCH(int, steps);
        Demo demo;
        const PendingAction action = demo.actionOf(qPrintable(domain));
        ui::ActionDetails panel(demo.service, demo.clock);
        panel.showAction(action.id);
        QCOMPARE(text(panel, "actionTitle"), title);
        QVERIFY2(text(panel, "summaryLabel").contains(state),
                 qPrintable(text(panel, "summaryLabel")));
        QVERIFY(text(panel, "summaryLabel").contains(QStringLiteral("nobody yet")));
        QCOMPARE(text(panel, "stepsLabel").count(QStringLiteral("<tr>")), steps + 1);
        for (const Deadline& d : demo.service.deadlinesOf(action.domainId)) {
            const QString why =
                demo.service.engine().explain(d, QTimeZone::systemTimeZone(), QLocale());
            QCOMPARE(text(panel, "deadlinesLabel").contains(why.toHtmlEscaped()),
                     d.actionId == action.id);
        }
        QVERIFY(text(panel, "logLabel").contains(QStringLiteral("None.")));
        QSignalSpy requested(&panel, &ui::ActionDetails::domainRequested);
        Q_EMIT panel.findChild<QLabel*>(QStringLiteral("summaryLabel"))
            ->linkActivated(QStringLiteral("domain:") +
                            demo.service.domains().findById(action.domainId)->aLabel);
        QCOMPARE(requested.size(), 1);
    }

    // The contact log, assignee and notes, entered through their dialogs.
    void desksRecordsGoThroughTheDialogs()
    {
        Demo demo;
        const PendingAction action = demo.actionOf("café-central.pt");
        ui::ActionDetails panel(demo.service, demo.clock);
        panel.showAction(action.id);
        QSignalSpy changed(&panel, &ui::ActionDetails::changed);

        test::ModalAnswer log(QStringLiteral("contactLogDialog"), [](QWidget* w) {
            auto* kind = w->findChild<QComboBox*>(QStringLiteral("kindCombo"));
            kind->setCurrentIndex(1); // e-mailed
            w->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))
                ->setPlainText(QStringLiteral("Sent the approval link to the holder"));
            test::ModalAnswer::click(QStringLiteral("addButton"))(w);
        });
        panel.findChild<QPushButton*>(QStringLiteral("logButton"))->click();
        QVERIFY(log.done());
        QVERIFY2(text(panel, "logLabel").contains(QStringLiteral("E-mailed")),
                 qPrintable(text(panel, "logLabel")));
        QVERIFY(text(panel, "logLabel").contains(QStringLiteral("Sent the approval link")));

        test::ModalAnswer assign(QStringLiteral("assignDialog"), [](QWidget* w) {
            w->findChild<QComboBox*>(QStringLiteral("agentCombo"))
                ->setCurrentText(QStringLiteral("rita"));
            test::ModalAnswer::click(QStringLiteral("assignButton"))(w);
        });
        panel.findChild<QPushButton*>(QStringLiteral("assignButton"))->click();
        QVERIFY(assign.done());
        QVERIFY(text(panel, "summaryLabel").contains(QStringLiteral("Assigned to: rita")));

        test::ModalAnswer note(QStringLiteral("noteDialog"), [](QWidget* w) {
            w->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))
                ->setPlainText(QStringLiteral("Holder prefers phone calls"));
            test::ModalAnswer::click(QStringLiteral("addButton"))(w);
        });
        panel.findChild<QPushButton*>(QStringLiteral("noteButton"))->click();
        QVERIFY(note.done());
        QVERIFY(text(panel, "notesLabel").contains(QStringLiteral("Holder prefers phone calls")));
        QCOMPARE(changed.size(), 3);
        const PendingAction stored = *demo.service.actions().findById(action.id);
        QCOMPARE(stored.assignee, QStringLiteral("rita"));
        QVERIFY(stored.notes.contains(QStringLiteral("Holder prefers phone calls")));
    }

    // Each party's decision: an approval moves the owner change on; an end
    // with its outcome closes it after a confirmation, which can be declined.
    void decisionsAreRecorded_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("approve");
        QTest::addColumn<bool>("confirm");
        QTest::addColumn<int>("state");
        QTest::newRow("current holder approves")
            << "café-central.pt" << true << false << int(ActionState::AwaitingNewHolder);
        QTest::newRow("new holder approves")
            << "oficina-ribeiro.pt" << true << false << int(ActionState::VerifyingNewHolder);
        QTest::newRow("refused, confirmed")
            << "café-central.pt" << false << true << int(ActionState::Closed);
        QTest::newRow("refused, declined")
            << "café-central.pt" << false << false << int(ActionState::AwaitingHolder);
        QTest::newRow("verification ends")
            << "maria-ferreira.pt" << false << true << int(ActionState::Closed);
    }

    void decisionsAreRecorded()
    {
        QFETCH(QString, domain);
        QFETCH(bool, approve);
        QFETCH(bool, confirm);
        QFETCH(int, state);
        Demo demo;
        const PendingAction action = demo.actionOf(qPrintable(domain));
        ui::ActionDetails panel(demo.service, demo.clock);
        panel.showAction(action.id);
        test::ModalAnswer decision(QStringLiteral("decisionDialog"), [&](QWidget* w) {
            w->findChild<QRadioButton*>(approve ? QStringLiteral("approveRadio")
                                                : QStringLiteral("closeRadio"))
                ->setChecked(true);
            w->findChild<QPushButton*>(QStringLiteral("recordButton"))->click();
            if (w->isVisible()) // declined: the dialog stays, cancelled here
                static_cast<QDialog*>(w)->reject();
        });
        test::ModalAnswer question(QStringLiteral("confirmBox"), [&](QWidget* w) {
            if (confirm)
                test::ModalAnswer::click(QStringLiteral("confirmButton"))(w);
            else
                static_cast<QDialog*>(w)->reject();
        });
        panel.findChild<QPushButton*>(QStringLiteral("decisionButton"))->click();
        QVERIFY(decision.done());
        QCOMPARE(question.done(), !approve);
        QCOMPARE(int(demo.service.actions().findById(action.id)->state), state);
        if (state == int(ActionState::Closed))
            QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("decisionButton"))->isEnabled());
    }
};

QTEST_MAIN(tst_ActionDetails)
#include "tst_actiondetails.moc"
