#include "ModalAnswer.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "details/PanelText.h"
#include "dialogs/BulkChangeDialog.h"
#include "i18n/Language.h"
#include "pages/DomainsPage.h"
#include "service/PortfolioService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace rd;
using Registry = sandbox::RegistryState;

// Bulk changes from the Domains table's selection, driven through the
// widgets and sent over TLS to the registry sandbox: review, a confirmation
// that names the consequence, one line per domain and a summary; a refusal
// does not stop the others; Cancel stops between two domains and leaves the
// rest as drafts.
class tst_BulkChangeDialog : public QObject
{
    Q_OBJECT

private:
    // Three domains of ours with auto-renew on, at the sandbox and in a
    // portfolio on a real SQLite file; the Domains page over it.
    struct World
    {
        test::SandboxFixture sandbox;
        test::TestDatabase db;
        PortfolioService service{db.db(), sandbox.clock, QStringLiteral("ana")};
        // The table's order: by the next deadline (the renewal at expiry).
        const QStringList names{QStringLiteral("loja.pt"), QStringLiteral("café.pt"),
                                QStringLiteral("oficina.pt")};
        const QStringList aLabels{QStringLiteral("loja.pt"), QStringLiteral("xn--caf-dma.pt"),
                                  QStringLiteral("oficina.pt")};
        std::unique_ptr<ui::DomainsPage> page;

        World()
        {
            const int days[] = {120, 200, 300};
            const sandbox::RegistryDomain cafe = *sandbox.registry.domain(aLabels.at(1));
            for (int i = 0; i < 3; ++i) {
                sandbox::RegistryDomain theirs = cafe;
                theirs.name = aLabels.at(i);
                theirs.roid = QString::number(2134454 + i);
                theirs.exDate = sandbox.clock.now().addDays(days[i]);
                sandbox.registry.insertDomain(theirs);
                Domain ours;
                ours.uLabel = names.at(i);
                ours.expiresAt = theirs.exDate;
                ours.autoRenew = true;
                QString error;
                if (!service.addDomain(ours, &error))
                    qFatal("%s", qPrintable(error));
            }
            page = std::make_unique<ui::DomainsPage>(service);
            page->setRegistryAccess(sandbox.clock, [this](QString*) { return sandbox.options(); });
            page->show();
        }
        const sandbox::RegistryDomain& theirs(int i)
        {
            return *sandbox.registry.domain(aLabels[i]);
        }
        Domain ours(int i) { return *service.findDomain(names.at(i)); }
    };

    // The lines of the result list: name → {result, detail}.
    static QHash<QString, QStringList> lines(QWidget* dialog)
    {
        QHash<QString, QStringList> found;
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("resultList"));
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = list->topLevelItem(row);
            found.insert(item->text(ui::BulkChangeDialog::NameColumn),
                         {item->text(ui::BulkChangeDialog::ResultColumn),
                          item->text(ui::BulkChangeDialog::DetailColumn)});
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void autoRenewOffForTheSelection_data()
    {
        QTest::addColumn<int>("refused");     // the domain the registry refuses, -1: none
        QTest::addColumn<int>("cancelAfter"); // Cancel after this many domains, 0: never
        QTest::addColumn<QStringList>("results");
        QTest::addColumn<QString>("summary");
        QTest::newRow("all three") << -1 << 0 << QStringList{"Done", "Done", "Done"}
                                   << "3 done, 0 skipped, 0 failed, 0 with an unknown outcome, "
                                      "0 not sent.";
        QTest::newRow("one refused") << 1 << 0 << QStringList{"Done", "Failed", "Done"}
                                     << "2 done, 0 skipped, 1 failed, 0 with an unknown "
                                        "outcome, 0 not sent.";
        QTest::newRow("cancelled after the first")
            << -1 << 1 << QStringList{"Done", "Not sent", "Not sent"}
            << "1 done, 0 skipped, 0 failed, 0 with an unknown outcome, 2 not sent.";
    }

    void autoRenewOffForTheSelection()
    {
        QFETCH(int, refused);
        QFETCH(int, cancelAfter);
        QFETCH(QStringList, results);
        QFETCH(QString, summary);
        World w;
        if (refused >= 0) {
            // A registry lock: the registry answers 2304 to any update.
            sandbox::RegistryDomain locked = w.theirs(refused);
            locked.statuses.append(QStringLiteral("serverUpdateProhibited"));
            w.sandbox.registry.insertDomain(locked);
        }
        auto* button = w.page->findChild<QToolButton*>(QStringLiteral("changeSelectedButton"));
        QVERIFY(!button->isEnabled());
        w.page->table()->selectAll();
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Change 3 selected…"));
        QCOMPARE(w.page->selectedDomains(), w.names);

        QHash<QString, QStringList> reviewed;
        QHash<QString, QStringList> sent;
        QString question;
        QString summaryText;
        QString title;
        bool sendLeft = true;
        int progressMax = 0;
        int progressValue = 0;
        test::ModalAnswer confirm(QStringLiteral("confirmBox"), [&](QWidget* box) {
            question = static_cast<QMessageBox*>(box)->text();
            test::ModalAnswer::click(QStringLiteral("confirmButton"))(box);
        });
        test::ModalAnswer dialog(QStringLiteral("bulkChangeDialog"), [&](QWidget* window) {
            title = window->windowTitle();
            auto* change = window->findChild<QComboBox*>(QStringLiteral("changeCombo"));
            change->setCurrentIndex(
                change->findData(int(ui::BulkChangeDialog::Change::AutoRenewOff)));
            window->findChild<QPushButton*>(QStringLiteral("reviewButton"))->click();
            reviewed = lines(window);
            auto* bulk = static_cast<ui::BulkChangeDialog*>(window);
            if (cancelAfter > 0) {
                connect(bulk, &ui::BulkChangeDialog::progressed, window, [=](int done) {
                    if (done == cancelAfter)
                        window->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
                });
            }
            window->findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
            sent = lines(window);
            summaryText = window->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
            auto* progress = window->findChild<QProgressBar*>(QStringLiteral("bulkProgress"));
            progressMax = progress->maximum();
            progressValue = progress->value();
            sendLeft = window->findChild<QPushButton*>(QStringLiteral("sendButton"))->isVisible();
            window->findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
        });
        button->click();
        QVERIFY(dialog.done());
        QVERIFY(confirm.done());
        QCOMPARE(title, QStringLiteral("Change 3 domains"));
        // Only Close is left once the changes went out.
        QVERIFY(!sendLeft);

        // The review asked the registry for each domain what would change.
        for (const QString& name : w.names) {
            QCOMPARE(reviewed.value(name).value(0), QStringLiteral("Would change"));
            QVERIFY2(reviewed.value(name).value(1).contains(QStringLiteral("auto-renew: on → off")),
                     qPrintable(reviewed.value(name).value(1)));
        }
        // The question names the consequence and the first deletion date.
        QVERIFY2(question.startsWith(QStringLiteral("Turn auto-renew off for 3 domains?")),
                 qPrintable(question));
        QVERIFY2(
            question.contains(QStringLiteral("first deletion would be loja.pt on %1")
                                  .arg(ui::PanelText::moment(w.theirs(0).exDate.addDays(-30)))),
            qPrintable(question));

        // One line per domain, the summary, and the registry as the lines say.
        QCOMPARE(summaryText, summary);
        QCOMPARE(progressMax, 3);
        QCOMPARE(progressValue, cancelAfter > 0 ? cancelAfter : 3);
        int updates = 0;
        for (int i = 0; i < 3; ++i) {
            const QStringList line = sent.value(w.names.at(i));
            QCOMPARE(line.value(0), results.at(i));
            const QList<Draft> drafts = w.service.drafts().forDomain(w.ours(i).id);
            QCOMPARE(drafts.size(), 1);
            if (results.at(i) == QLatin1String("Done")) {
                ++updates;
                QCOMPARE(drafts.first().state, Draft::State::Done);
                QVERIFY(!w.theirs(i).autoRenew);
                QVERIFY(!w.ours(i).autoRenew);
            } else if (results.at(i) == QLatin1String("Failed")) {
                ++updates;
                QVERIFY2(line.value(1).contains(QStringLiteral("2304")), qPrintable(line.value(1)));
                QCOMPARE(drafts.first().state, Draft::State::Failed);
                QVERIFY(w.theirs(i).autoRenew);
            } else {
                // Cancelled: kept as a draft, never sent.
                QVERIFY2(line.value(1).contains(QStringLiteral("Cancelled")),
                         qPrintable(line.value(1)));
                QCOMPARE(drafts.first().state, Draft::State::Draft);
                QVERIFY(drafts.first().clTRID.isEmpty());
                QVERIFY(w.theirs(i).autoRenew);
                QVERIFY(w.ours(i).autoRenew);
            }
        }
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")), updates);
    }

    // A wrong value writes nothing; a deletion of several domains asks for
    // their count to be typed before anything goes.
    void wrongValueWritesNothing()
    {
        World w;
        w.page->table()->selectAll();
        QString error;
        test::ModalAnswer dialog(QStringLiteral("bulkChangeDialog"), [&](QWidget* window) {
            auto* change = window->findChild<QComboBox*>(QStringLiteral("changeCombo"));
            change->setCurrentIndex(
                change->findData(int(ui::BulkChangeDialog::Change::NameServers)));
            window->findChild<QLineEdit*>(QStringLiteral("nameServersEdit"))
                ->setText(QStringLiteral("ns1.novo.pt, not a host"));
            window->findChild<QPushButton*>(QStringLiteral("keepDraftsButton"))->click();
            error = window->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
            window->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        });
        w.page->findChild<QToolButton*>(QStringLiteral("changeSelectedButton"))->click();
        QVERIFY(dialog.done());
        QVERIFY2(error.contains(QStringLiteral("is not a host name")), qPrintable(error));
        for (int i = 0; i < 3; ++i)
            QVERIFY(w.service.drafts().forDomain(w.ours(i).id).isEmpty());
    }

    // Tech contacts are picked from the portfolio's contacts by handle or
    // name, one after the other in the comma-separated list.
    void techContactsArePicked()
    {
        World w;
        QString error;
        for (const auto& [handle, name] : {std::pair{"MARI-100002-ADNS", "Maria João Ferreira"},
                                           std::pair{"JOAO-100005-ADNS", "João Pedro Santos"}}) {
            Contact contact;
            contact.handle = QString::fromUtf8(handle);
            contact.name = QString::fromUtf8(name);
            contact.vat = QStringLiteral("213456788");
            QVERIFY2(w.service.addContact(contact, &error), qPrintable(error));
        }
        ui::BulkChangeDialog dialog(
            w.service, w.sandbox.clock, [&](QString*) { return w.sandbox.options(); }, w.names);
        auto* change = dialog.findChild<QComboBox*>(QStringLiteral("changeCombo"));
        change->setCurrentIndex(change->findData(int(ui::BulkChangeDialog::Change::TechContacts)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("techEdit"));
        auto* completer = edit->findChild<QCompleter*>();
        QVERIFY(completer);

        const auto pick = [&](const QString& typed, const QString& shown) {
            edit->setFocus();
            QTest::keyClicks(edit, typed);
            QTRY_VERIFY(completer->popup()->isVisible());
            QCOMPARE(completer->completionCount(), 1);
            QCOMPARE(completer->popup()->model()->index(0, 0).data().toString(), shown);
            QTest::keyClick(completer->popup(), Qt::Key_Down);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
        };
        pick(QStringLiteral("ferreira"), QStringLiteral("MARI-100002-ADNS — Maria João Ferreira"));
        QCOMPARE(edit->text(), QStringLiteral("MARI-100002-ADNS, "));
        pick(QStringLiteral("joao-1"), QStringLiteral("JOAO-100005-ADNS — João Pedro Santos"));
        QCOMPARE(edit->text(), QStringLiteral("MARI-100002-ADNS, JOAO-100005-ADNS, "));
        // Nothing that matches: no list.
        QTest::keyClicks(edit, QStringLiteral("zzz"));
        QVERIFY(!completer->popup()->isVisible());
    }

    void bulkDeleteWantsTheCountTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("count typed") << "3" << true;
        QTest::newRow("nothing typed") << "" << false;
        QTest::newRow("wrong count") << "2" << false;
    }

    void bulkDeleteWantsTheCountTyped()
    {
        QFETCH(QString, typed);
        QFETCH(bool, deleted);
        World w;
        w.page->table()->selectAll();
        QString question;
        bool acceptEnabled = false;
        test::ModalAnswer confirm(QStringLiteral("typedConfirmBox"), [&](QWidget* box) {
            question = box->findChild<QLabel*>(QStringLiteral("confirmText"))->text();
            QTest::keyClicks(box->findChild<QLineEdit*>(QStringLiteral("typedConfirmEdit")), typed);
            auto* yes = box->findChild<QPushButton*>(QStringLiteral("confirmButton"));
            acceptEnabled = yes->isEnabled();
            if (acceptEnabled)
                yes->click();
            else
                static_cast<QDialog*>(box)->reject();
        });
        test::ModalAnswer dialog(QStringLiteral("bulkChangeDialog"), [&](QWidget* window) {
            auto* change = window->findChild<QComboBox*>(QStringLiteral("changeCombo"));
            change->setCurrentIndex(change->findData(int(ui::BulkChangeDialog::Change::Delete)));
            window->findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
            auto* close = window->findChild<QPushButton*>(QStringLiteral("closeButton"));
            if (close->isVisible())
                close->click();
            else
                window->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        });
        w.page->findChild<QToolButton*>(QStringLiteral("changeSelectedButton"))->click();
        QVERIFY(dialog.done());
        QVERIFY(confirm.done());
        QCOMPARE(acceptEnabled, deleted);
        QVERIFY2(question.startsWith(QStringLiteral("Delete 3 domains at the registry?")),
                 qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("loja.pt, café.pt, oficina.pt")));
        QVERIFY(question.contains(QStringLiteral("cannot be undone")));
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:delete")), deleted ? 3 : 0);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(w.sandbox.registry.domain(w.aLabels.at(i)) == nullptr, deleted);
            // Declined: the drafts stay, unsent.
            const QList<Draft> drafts = w.service.drafts().forDomain(w.ours(i).id);
            QCOMPARE(drafts.size(), 1);
            QCOMPARE(drafts.first().state, deleted ? Draft::State::Done : Draft::State::Draft);
        }
    }
};

QTEST_MAIN(tst_BulkChangeDialog)
#include "tst_bulkchangedialog.moc"
