#include "ModalAnswer.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "dialogs/TransferInDialog.h"
#include "i18n/Language.h"
#include "pages/DomainsPage.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace rd;
using Registry = sandbox::RegistryState;

// A domain of another registrar brought in from the Domains page: the name
// and the auth code typed into the dialog, a review against the sandbox, a
// confirmation, the request over TLS; the code never reaches the database
// file.
class tst_TransferInDialog : public QObject
{
    Q_OBJECT

private:
    // Every byte SQLite wrote for the portfolio: the file and its journal.
    static QByteArray databaseBytes(const QString& path)
    {
        QByteArray all;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")}) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void transferIn_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("done");
        QTest::newRow("right code") << "Outro-Auth-9z" << true;
        QTest::newRow("wrong code") << "Not-the-Code-1" << false;
    }

    void transferIn()
    {
        QFETCH(QString, code);
        QFETCH(bool, done);
        test::SandboxFixture sandbox;
        sandbox::RegistryDomain outro = *sandbox.registry.domain(QStringLiteral("xn--caf-dma.pt"));
        outro.name = QStringLiteral("outro.pt");
        outro.roid = QStringLiteral("2199001");
        outro.clID = Registry::otherRegistrar();
        outro.authInfo = QStringLiteral("Outro-Auth-9z");
        sandbox.registry.insertDomain(outro);
        test::TestDatabase db;
        {
            PortfolioService service(db.db(), sandbox.clock, QStringLiteral("ana"));
            ui::DomainsPage page(service);
            page.setRegistryAccess(sandbox.clock, [&](QString*) { return sandbox.options(); });
            page.show();

            QString review;
            QString question;
            QString result;
            QString shownText; // every label of the dialog after sending
            bool codeHidden = false;
            bool codeCleared = false;
            bool keptAfterReview = true;
            test::ModalAnswer confirm(QStringLiteral("confirmBox"), [&](QWidget* box) {
                question = static_cast<QMessageBox*>(box)->text();
                test::ModalAnswer::click(QStringLiteral("confirmButton"))(box);
            });
            test::ModalAnswer dialog(QStringLiteral("transferInDialog"), [&](QWidget* window) {
                QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("domainEdit")),
                                 QStringLiteral("outro.pt"));
                auto* codeEdit = window->findChild<QLineEdit*>(QStringLiteral("authCodeEdit"));
                codeHidden = codeEdit->echoMode() == QLineEdit::Password;
                QTest::keyClicks(codeEdit, code);
                window->findChild<QPushButton*>(QStringLiteral("reviewButton"))->click();
                review = window->findChild<QLabel*>(QStringLiteral("reviewLabel"))->text();
                // A review drafts nothing: the domain is not in the portfolio yet.
                keptAfterReview = service.findDomain(QStringLiteral("outro.pt")).has_value();
                window->findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
                result = window->findChild<QLabel*>(QStringLiteral("resultLabel"))->text();
                codeCleared = codeEdit->text().isEmpty();
                for (const QLabel* label : window->findChildren<QLabel*>())
                    shownText += label->text() + QLatin1Char('\n');
                window->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
            });
            page.findChild<QToolButton*>(QStringLiteral("transferInButton"))->click();
            QVERIFY(dialog.done());
            QVERIFY(confirm.done());
            QVERIFY(codeHidden);
            QVERIFY(codeCleared);
            QVERIFY(!keptAfterReview);
            QVERIFY2(
                review.contains(QStringLiteral("sponsor: %1 → %2")
                                    .arg(Registry::otherRegistrar(), Registry::defaultRegistrar())),
                qPrintable(review));
            QVERIFY2(question.startsWith(QStringLiteral("Transfer outro.pt in to this registrar?")),
                     qPrintable(question));
            QVERIFY2(result.startsWith(done ? QStringLiteral("Done")
                                            : QStringLiteral("The registry refused")),
                     qPrintable(result));
            QVERIFY(!shownText.contains(code));
            QCOMPARE(sandbox.server.commandCount(QStringLiteral("domain:transfer")), 1);
            QCOMPARE(sandbox.registry.domain(outro.name)->clID,
                     done ? Registry::defaultRegistrar() : Registry::otherRegistrar());
            const std::optional<Domain> local = service.findDomain(QStringLiteral("outro.pt"));
            QVERIFY(local);
            const QList<Draft> drafts = service.drafts().forDomain(local->id);
            QCOMPARE(drafts.size(), 1);
            QCOMPARE(drafts.first().state, done ? Draft::State::Done : Draft::State::Failed);
            if (done)
                QCOMPARE(local->expiresAt, outro.exDate);
        }
        // The file holds the domain, never its code.
        const QByteArray bytes = databaseBytes(db.path());
        QVERIFY(bytes.contains("outro.pt"));
        QVERIFY(!bytes.contains(code.toUtf8()));
    }
};

QTEST_MAIN(tst_TransferInDialog)
#include "tst_transferindialog.moc"
