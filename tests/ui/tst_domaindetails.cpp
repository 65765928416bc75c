#include "ChangeSender.h"
#include "ModalAnswer.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "details/DomainDetails.h"
#include "i18n/Language.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace rd;
using Registry = sandbox::RegistryState;

// The domain panel over a known portfolio at a fixed moment, and the changes
// it starts: name servers and auto-renew, kept as drafts or sent to the
// registry sandbox over TLS.
class tst_DomainDetails : public QObject
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

    // café.pt as the sandbox has it, known to a fresh portfolio.
    struct Sandboxed
    {
        test::SandboxFixture sandbox;
        test::TestDatabase db;
        PortfolioService service{db.db(), sandbox.clock, QStringLiteral("ana")};
        ui::DomainDetails panel{service, sandbox.clock};
        const QString cafe = QStringLiteral("xn--caf-dma.pt");

        Sandboxed()
        {
            Domain domain;
            domain.aLabel = cafe;
            domain.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
            domain.autoRenew = true;
            domain.nameServers = {{QStringLiteral("ns1.xn--caf-dma.pt"), {}},
                                  {QStringLiteral("ns.example.net"), {}}};
            QString error;
            if (!service.addDomain(domain, &error))
                qFatal("%s", qPrintable(error));
            panel.setSessionProvider([this](QString*) { return sandbox.options(); });
            panel.showDomain(QStringLiteral("café.pt"));
        }
        Domain local() { return *service.domains().findByName(cafe); }
        const sandbox::RegistryDomain& theirs() { return *sandbox.registry.domain(cafe); }
    };

    static QString text(const QWidget& panel, const char* label)
    {
        auto* l = panel.findChild<QLabel*>(QLatin1String(label));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(label));
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void showsTheDomain_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<QString>("deadline"); // a deadline kind as shown
        QTest::addColumn<QString>("action");   // an open action's kind, or empty
        QTest::addColumn<QString>("flags");
        QTest::newRow("overdue deletion") << "padaria-lusitana.pt"
                                          << "Padaria Lusitana, Lda."
                                          << "Deletion"
                                          << ""
                                          << "Auto-renew:</b> No";
        QTest::newRow("owner change") << "café-central.pt"
                                      << "Café Central de Braga"
                                      << "Owner change: current holder"
                                      << "Owner change"
                                      << "Auto-renew:</b> No";
        QTest::newRow("verification") << "maria-ferreira.pt"
                                      << "Maria João Ferreira"
                                      << "Registrant verification"
                                      << "Registrant verification"
                                      << "Auto-renew:</b> No";
        QTest::newRow("free year") << "loja-da-ana.pt"
                                   << "Ana Sofia Martins"
                                   << "End of free year"
                                   << ""
                                   << "Programme:</b> 3em1.pt";
    }

    void showsTheDomain()
    {
        QFETCH(QString, name);
        QFETCH(QString, holder);
        QFETCH(QString, deadline);
        QFETCH(QString, action);
        QFETCH(QString, flags);
        Demo demo;
        ui::DomainDetails panel(demo.service, demo.clock);
        panel.showDomain(name);
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("domainTitle"))->text(), name);
        QVERIFY2(text(panel, "contactsLabel").contains(holder.toHtmlEscaped()),
                 qPrintable(text(panel, "contactsLabel")));
        QVERIFY(text(panel, "dnsLabel").contains(QStringLiteral("ns1.dns-exemplo.pt")));
        QVERIFY(text(panel, "dnsLabel").contains(QStringLiteral("No DS records")));
        QVERIFY2(text(panel, "flagsLabel").contains(flags), qPrintable(text(panel, "flagsLabel")));
        QVERIFY(text(panel, "standingLabel").contains(QStringLiteral("never synced")));

        // Every deadline of the domain, with the engine's own explanation.
        const Domain domain = *demo.service.findDomain(name);
        const QList<Deadline> deadlines = demo.service.deadlinesOf(domain.id);
        QVERIFY(!deadlines.isEmpty());
        for (const Deadline& d : deadlines) {
            const QString why =
                demo.service.engine().explain(d, QTimeZone::systemTimeZone(), QLocale());
            QVERIFY2(text(panel, "deadlinesLabel").contains(why.toHtmlEscaped()), qPrintable(why));
        }
        QVERIFY(text(panel, "deadlinesLabel").contains(deadline));
        if (action.isEmpty())
            QVERIFY(text(panel, "actionsLabel").contains(QStringLiteral("None.")));
        else
            QVERIFY2(text(panel, "actionsLabel").contains(action),
                     qPrintable(text(panel, "actionsLabel")));

        // The history, newest first.
        auto* history = panel.findChild<QTreeWidget*>(QStringLiteral("historyList"));
        const QList<HistoryEntry> entries = demo.service.history().forDomain(domain.id);
        QCOMPARE(history->topLevelItemCount(), entries.size());
        QCOMPARE(history->topLevelItem(0)->text(3), entries.constLast().detail);
        QCOMPARE(history->topLevelItem(entries.size() - 1)->text(3), entries.constFirst().detail);
        QCOMPARE(history->findItems(QStringLiteral("Added"), Qt::MatchExactly, 2).size(), 1);
    }

    void unknownDomainDisablesTheActions()
    {
        Demo demo;
        ui::DomainDetails panel(demo.service, demo.clock);
        panel.showDomain(QStringLiteral("nada.pt"));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("domainTitle"))
                    ->text()
                    .contains(QStringLiteral("no domain named nada.pt")));
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("renewButton"))->isEnabled());
    }

    void linksAskToNavigate_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("signal"); // 0 domain, 1 contact, 2 action
        QTest::newRow("holder") << "contactsLabel"
                                << "contact:CAFE-100003-ADNS" << 1;
        QTest::newRow("action") << "actionsLabel"
                                << "action:3" << 2;
        QTest::newRow("domain") << "deadlinesLabel"
                                << "domain:xn--caf-central-t4a.pt" << 0;
    }

    void linksAskToNavigate()
    {
        QFETCH(QString, label);
        QFETCH(QString, link);
        QFETCH(int, signal);
        Demo demo;
        ui::DomainDetails panel(demo.service, demo.clock);
        panel.showDomain(QStringLiteral("café-central.pt"));
        QSignalSpy domains(&panel, &ui::DomainDetails::domainRequested);
        QSignalSpy contacts(&panel, &ui::DomainDetails::contactRequested);
        QSignalSpy actions(&panel, &ui::DomainDetails::actionRequested);
        if (signal != 0) // links the panel shows
            QVERIFY2(text(panel, qPrintable(label)).contains(link),
                     qPrintable(text(panel, qPrintable(label))));
        Q_EMIT panel.findChild<QLabel*>(label)->linkActivated(link);
        QCOMPARE(domains.size(), signal == 0 ? 1 : 0);
        QCOMPARE(contacts.size(), signal == 1 ? 1 : 0);
        QCOMPARE(actions.size(), signal == 2 ? 1 : 0);
        const QString target = link.section(QLatin1Char(':'), 1);
        if (signal == 1)
            QCOMPARE(contacts.first().first().toString(), target);
        if (signal == 2)
            QCOMPARE(actions.first().first().toLongLong(), target.toLongLong());
    }

    // The registry asked for the holder's proof of identity: recorded from the
    // panel, the action opens with its 48-hour deadline.
    void verificationIsRecorded()
    {
        Demo demo;
        ui::DomainDetails panel(demo.service, demo.clock);
        panel.showDomain(QStringLiteral("joão-gonçalves.pt"));
        QSignalSpy changed(&panel, &ui::DomainDetails::changed);
        QString due;
        test::ModalAnswer dialog(QStringLiteral("verificationDialog"), [&](QWidget* w) {
            due = w->findChild<QLabel*>(QStringLiteral("dueLabel"))->text();
            test::ModalAnswer::click(QStringLiteral("recordButton"))(w);
        });
        panel.findChild<QPushButton*>(QStringLiteral("verificationButton"))->click();
        QVERIFY(dialog.done());
        QVERIFY2(due.contains(QStringLiteral("25/11/2026 09:00")), qPrintable(due));
        QCOMPARE(changed.size(), 1);
        const Domain domain = *demo.service.findDomain(QStringLiteral("joão-gonçalves.pt"));
        const QList<PendingAction> open = demo.service.actions().forDomain(domain.id, true);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, ActionKind::Verification);
        QCOMPARE(open.first().openedAt(), demo.clock.now());
        QVERIFY(text(panel, "actionsLabel").contains(QStringLiteral("Registrant verification")));
        QVERIFY(text(panel, "deadlinesLabel").contains(QStringLiteral("Registrant verification")));
    }

    // Turning auto-renew off names the deletion date; declining changes
    // nothing, accepting keeps a draft or sends it.
    void autoRenewOffAsksFirst_data()
    {
        QTest::addColumn<QString>("answer"); // the button clicked, or empty to decline
        QTest::newRow("declined") << "";
        QTest::newRow("kept as draft") << "keepDraftButton";
        QTest::newRow("sent") << "sendNowButton";
    }

    void autoRenewOffAsksFirst()
    {
        QFETCH(QString, answer);
        Sandboxed w;
        const qint64 id = w.local().id;
        const int historyBefore = w.service.history().forDomain(id).size();
        QString question;
        test::ModalAnswer box(QStringLiteral("autoRenewConfirm"), [&](QWidget* window) {
            question = static_cast<QMessageBox*>(window)->text();
            if (answer.isEmpty())
                static_cast<QDialog*>(window)->reject();
            else
                test::ModalAnswer::click(answer)(window);
        });
        auto* button = w.panel.findChild<QPushButton*>(QStringLiteral("autoRenewButton"));
        QCOMPARE(button->text(), QStringLiteral("Turn auto-renew off…"));
        button->click();
        QVERIFY(box.done());
        // The consequence and its date: 30 days before the expiry, 2030-01-01.
        QVERIFY2(question.contains(QStringLiteral("DELETE café.pt on 02/12/2029")),
                 qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("30 days before it expires on 01/01/2030")));

        const QList<Draft> drafts = w.service.drafts().forDomain(id);
        if (answer.isEmpty()) {
            QVERIFY(drafts.isEmpty());
            QCOMPARE(w.service.history().forDomain(id).size(), historyBefore);
            QVERIFY(w.local().autoRenew);
        } else {
            QCOMPARE(drafts.size(), 1);
            QCOMPARE(drafts.first().value, QStringLiteral("off"));
            const bool sent = answer == QLatin1String("sendNowButton");
            QCOMPARE(drafts.first().state, sent ? Draft::State::Done : Draft::State::Draft);
            QCOMPARE(w.theirs().autoRenew, !sent);
            QCOMPARE(w.local().autoRenew, !sent);
            auto* list = w.panel.findChild<QTreeWidget*>(QStringLiteral("draftList"));
            QCOMPARE(list->topLevelItemCount(), 1);
            QCOMPARE(list->topLevelItem(0)->text(2),
                     sent ? QStringLiteral("Done") : QStringLiteral("Not sent"));
        }
    }

    // Name servers changed from the panel and sent to the sandbox over TLS,
    // after a confirmation that names the old and new servers.
    void nameServersAreSent()
    {
        Sandboxed w;
        QSignalSpy changed(&w.panel, &ui::DomainDetails::changed);
        QString question;
        test::ModalAnswer dialog(QStringLiteral("nameServersDialog"), [](QWidget* window) {
            window->findChild<QPlainTextEdit*>(QStringLiteral("nameServersEdit"))
                ->setPlainText(QStringLiteral("ns1.novo.pt\nns2.novo.pt"));
            test::ModalAnswer::click(QStringLiteral("sendNowButton"))(window);
        });
        test::ModalAnswer confirm(QStringLiteral("confirmBox"), [&](QWidget* window) {
            question = static_cast<QMessageBox*>(window)->text();
            test::ModalAnswer::click(QStringLiteral("confirmButton"))(window);
        });
        w.panel.findChild<QPushButton*>(QStringLiteral("nameServersButton"))->click();
        QVERIFY(dialog.done());
        QVERIFY(confirm.done());
        QVERIFY2(question.contains(QStringLiteral("ns1.xn--caf-dma.pt, ns.example.net")),
                 qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("ns1.novo.pt, ns2.novo.pt")));
        QStringList hosts;
        for (const NameServer& ns : w.theirs().nameServers)
            hosts.append(ns.host);
        QCOMPARE(hosts,
                 (QStringList{QStringLiteral("ns1.novo.pt"), QStringLiteral("ns2.novo.pt")}));
        QCOMPARE(w.local().nameServers.size(), 2);
        QCOMPARE(w.local().nameServers.first().host, QStringLiteral("ns1.novo.pt"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(text(w.panel, "dnsLabel").contains(QStringLiteral("ns2.novo.pt")));
        // The outcome is said, without blocking.
        auto* outcome = w.panel.findChild<QMessageBox*>(QStringLiteral("sendOutcome"));
        QVERIFY(outcome);
        QVERIFY2(outcome->text().startsWith(QStringLiteral("Done")), qPrintable(outcome->text()));
    }

    // The registry refuses: the panel reports its words and the draft says so.
    void refusalIsReported()
    {
        Sandboxed w;
        w.sandbox.server.faults().failNext(QStringLiteral("domain:renew"));
        test::ModalAnswer dialog(QStringLiteral("renewDialog"),
                                 test::ModalAnswer::click(QStringLiteral("sendNowButton")));
        test::ModalAnswer confirm(QStringLiteral("confirmBox"),
                                  test::ModalAnswer::click(QStringLiteral("confirmButton")));
        const QDateTime expiry = w.theirs().exDate;
        w.panel.findChild<QPushButton*>(QStringLiteral("renewButton"))->click();
        QVERIFY(confirm.done());
        auto* outcome = w.panel.findChild<QMessageBox*>(QStringLiteral("sendOutcome"));
        QVERIFY(outcome);
        QVERIFY2(outcome->text().contains(QStringLiteral("refused")) &&
                     outcome->text().contains(QStringLiteral("2400")),
                 qPrintable(outcome->text()));
        QCOMPARE(w.theirs().exDate, expiry);
        const QList<Draft> drafts = w.service.drafts().forDomain(w.local().id);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().state, Draft::State::Failed);
    }

    // Without a registry connection the change stays a draft, and says why.
    void noConnectionKeepsTheDraft()
    {
        Sandboxed w;
        w.panel.setSessionProvider([](QString* error) {
            *error = QStringLiteral("No profile chosen.");
            return std::optional<SessionOptions>();
        });
        test::ModalAnswer box(QStringLiteral("autoRenewConfirm"),
                              test::ModalAnswer::click(QStringLiteral("sendNowButton")));
        w.panel.findChild<QPushButton*>(QStringLiteral("autoRenewButton"))->click();
        QVERIFY(box.done());
        auto* outcome = w.panel.findChild<QMessageBox*>(QStringLiteral("sendOutcome"));
        QVERIFY(outcome);
        QVERIFY2(outcome->text().contains(QStringLiteral("No profile chosen.")),
                 qPrintable(outcome->text()));
        QCOMPARE(w.service.drafts().forDomain(w.local().id).first().state, Draft::State::Draft);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")), 0);
        QVERIFY(w.theirs().autoRenew);
    }
};

QTEST_MAIN(tst_DomainDetails)
#include "tst_domaindetails.moc"
