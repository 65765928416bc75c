#include "BlockingSession.h"
#include "EppSession.h"
#include "EppTlsServer.h"
#include "RegistryState.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "epp/EppCommands.h"
#include "epp/EppTypes.h"
#include "rules/Clock.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using sandbox::RegistryState;

// The session over real TLS on loopback, against the registry sandbox.
class tst_EppSession : public QObject
{
    Q_OBJECT

private:
    using Sandbox = test::SandboxFixture;

    static QByteArray info(const QString& clTRID)
    {
        return epp::domainInfoCommand({QStringLiteral("café.pt"), {}}, clTRID);
    }

private Q_SLOTS:
    void logsInAndAnswers()
    {
        Sandbox s;
        QBuffer log;
        log.open(QIODevice::ReadWrite);
        EppLog eppLog(&log);
        BlockingSession session(s.options());
        session.session().setLog(&eppLog);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QCOMPARE(session.session().greeting().serverId, QStringLiteral("DNS.PT EPP Server"));
        // Exactly the three .PT extensions, as the greeting offers them.
        QCOMPARE(session.session().announcedExtensions().size(), 3);

        const CommandResult result = session.run(info);
        QVERIFY2(result.isAnswered(), qPrintable(result.error));
        QCOMPARE(result.response->code(), 1000);
        QCOMPARE(result.response->clTRID, result.clTRID);
        QVERIFY(result.response->domainInfo);
        QCOMPARE(result.response->domainInfo->roid, QStringLiteral("2134454"));
        QCOMPARE(result.response->domainInfo->registrant, QStringLiteral("MARI-100002-ADNS"));

        const CommandResult second = session.run(info);
        QVERIFY(second.clTRID != result.clTRID);
        session.close();
        QCOMPARE(session.session().state(), EppSession::State::Disconnected);

        // The log shows the exchange, logout included, and never the password
        // nor the auth code the registry sent back.
        const QByteArray written = log.data();
        QVERIFY(written.contains("<login>") || written.contains(":login>"));
        QVERIFY(written.contains("1500"));
        QVERIFY(!written.contains(RegistryState::defaultPassword().toUtf8()));
        QVERIFY(!written.contains("Cafe-Auth-7x"));
    }

    void wrongPasswordIsRefusedWithTheRegistrysReason()
    {
        Sandbox s;
        const QString wrong = QStringLiteral("Not-the-Pw-42");
        BlockingSession session(s.options(wrong));
        QString error;
        QVERIFY(!session.open(&error));
        QVERIFY2(error.contains(QStringLiteral("2200")), qPrintable(error));
        QVERIFY(!error.contains(wrong));
        QCOMPARE(session.session().state(), EppSession::State::Failed);
        // Refused is final: no second try with the same password.
        QCOMPARE(s.server.connectionCount(), 1);
    }

    void registryErrorsAreAnswers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("does not exist") << "nao-existe.pt" << 2303;
        QTest::newRow("another registrar's") << "café.pt" << 1000;
    }

    void registryErrorsAreAnswers()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        Sandbox s;
        BlockingSession session(s.options());
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const CommandResult result = session.run([&](const QString& id) {
            return epp::domainInfoCommand({name, {}}, id);
        });
        QVERIFY(result.isAnswered());
        QCOMPARE(result.response->code(), code);
    }

    void commandFailedIsAnAnswerAndTheSessionGoesOn()
    {
        Sandbox s;
        s.server.faults().failNext(QStringLiteral("domain:info"));
        BlockingSession session(s.options());
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const CommandResult failed = session.run(info);
        QVERIFY(failed.isAnswered());
        QCOMPARE(failed.response->code(), 2400);
        const CommandResult next = session.run(info);
        QVERIFY(next.isAnswered());
        QCOMPARE(next.response->code(), 1000);
    }

    void sessionLimitAtLoginIsRetriedWithBackoff()
    {
        Sandbox s;
        s.server.faults().sessionLimitNext(QStringLiteral("login"));
        BlockingSession session(s.options());
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        // Refused once with 2502, logged in on the second connection.
        QCOMPARE(s.server.connectionCount(), 2);
    }

    void sessionLimitOnACommandAnswersItThenReconnects()
    {
        Sandbox s;
        BlockingSession session(s.options());
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        s.server.faults().sessionLimitNext(QStringLiteral("domain:info"));
        const CommandResult limited = session.run(info);
        QVERIFY(limited.isAnswered());
        QCOMPARE(limited.response->code(), 2502);
        // The next command goes out on a new session.
        const CommandResult next = session.run(info);
        QVERIFY2(next.isAnswered(), qPrintable(next.error));
        QCOMPARE(next.response->code(), 1000);
        QCOMPARE(s.server.connectionCount(), 2);
    }

    // A renew whose answer is cut off is reported as unknown, never re-sent:
    // the registry applied it once, and info shows one period added.
    void droppedAnswerIsOutcomeUnknownAndNotResent_data()
    {
        QTest::addColumn<int>("cutAfter");
        // Bytes of the answer's frame that arrive, its 4-byte length header included.
        QTest::newRow("inside the length header") << 2;
        QTest::newRow("right after the header") << 4;
        QTest::newRow("mid-document") << 120;
    }

    void droppedAnswerIsOutcomeUnknownAndNotResent()
    {
        QFETCH(int, cutAfter);
        Sandbox s;
        BlockingSession session(s.options());
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const QDateTime expiry = s.registry.domain(QStringLiteral("xn--caf-dma.pt"))->exDate;
        s.server.faults().cutNext(cutAfter, QStringLiteral("domain:renew"));
        const CommandResult renew = session.run([&](const QString& id) {
            return epp::domainRenewCommand({QStringLiteral("café.pt"), expiry, 1, {}}, id);
        });
        QCOMPARE(renew.status, CommandResult::Status::OutcomeUnknown);
        QVERIFY2(renew.error.contains(renew.clTRID), qPrintable(renew.error));
        QCOMPARE(s.registry.domain(QStringLiteral("xn--caf-dma.pt"))->exDate, expiry.addYears(1));

        // The session comes back for the check.
        const CommandResult check = session.run(info);
        QVERIFY2(check.isAnswered(), qPrintable(check.error));
        QCOMPARE(check.response->domainInfo->expiresAt, expiry.addYears(1));
        // Sent once, and never again by the session.
        QCOMPARE(s.server.commandCount(QStringLiteral("domain:renew")), 1);
    }

    void framesInPiecesAndMerged_data()
    {
        QTest::addColumn<int>("pieceBytes");
        QTest::addColumn<bool>("merge");
        QTest::newRow("7-byte pieces") << 7 << false;
        QTest::newRow("1-byte pieces") << 1 << false;
    }

    void framesInPiecesAndMerged()
    {
        QFETCH(int, pieceBytes);
        QFETCH(bool, merge);
        Sandbox s;
        ServerFaults faults;
        faults.pieceBytes = pieceBytes;
        faults.mergeFrames = merge;
        s.server.tls().setFaults(faults);
        EppSession session(s.options());
        QSignalSpy ready(&session, &EppSession::ready);
        QList<int> codes;
        // Queued before the login: they go out one at a time once it is done.
        for (int i = 0; i < 3; ++i)
            session.execute(info, [&](const CommandResult& r) {
                codes.append(r.isAnswered() ? r.response->code() : -1);
            });
        QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 3, 20000);
        QCOMPARE(codes, (QList<int>{1000, 1000, 1000}));
        QCOMPARE(ready.size(), 1);
    }

    void keepAliveSendsHello()
    {
        Sandbox s;
        QBuffer log;
        log.open(QIODevice::ReadWrite);
        EppLog eppLog(&log);
        SessionOptions options = s.options();
        options.keepAliveMs = 150;
        EppSession session(options);
        session.setLog(&eppLog);
        QSignalSpy ready(&session, &EppSession::ready);
        session.open();
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(log.data().contains("hello"), 10000);
        QCOMPARE(session.state(), EppSession::State::Ready);
        QList<int> codes;
        session.execute(info, [&](const CommandResult& r) {
            codes.append(r.isAnswered() ? r.response->code() : -1);
        });
        QTRY_COMPARE_WITH_TIMEOUT(codes, QList<int>{1000}, 10000);
    }

    void untrustedCertificateFailsWithoutRetrying()
    {
        Sandbox s;
        SessionOptions options = s.options();
        options.tls.caFile.clear(); // the system's authorities do not know the sandbox's
        BlockingSession session(options);
        QString error;
        QVERIFY(!session.open(&error));
        QCOMPARE(session.session().lastTransportError(),
                 std::optional(EppTransport::ErrorKind::TlsVerificationFailed));
        QCOMPARE(s.server.connectionCount(), 1);
    }

    void refusedConnectionIsReportedAtOnce()
    {
        quint16 port = 0;
        {
            Sandbox s;
            port = s.server.port();
        }
        Sandbox other;
        SessionOptions options = other.options();
        options.tls.port = port;
        BlockingSession session(options);
        QString error;
        QVERIFY(!session.open(&error));
        QCOMPARE(session.session().lastTransportError(),
                 std::optional(EppTransport::ErrorKind::ConnectionRefused));
        QCOMPARE(session.session().reconnects(), 0);
    }

    void queuedCommandsFailAsNotSentWhenTheLoginIsRefused()
    {
        Sandbox s;
        EppSession session(s.options(QStringLiteral("wrong-one-1")));
        QList<CommandResult::Status> statuses;
        for (int i = 0; i < 2; ++i)
            session.execute(info, [&](const CommandResult& r) { statuses.append(r.status); });
        QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 2, 10000);
        QCOMPARE(statuses, (QList<CommandResult::Status>{CommandResult::Status::NotSent,
                                                         CommandResult::Status::NotSent}));
    }

    // Every command the desk builds, through the session over TLS, with the
    // registry's answers: successes and the fact sheet's error codes.
    void everyCommandOverTls()
    {
        Sandbox s;
        BlockingSession session(s.options());
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const auto run = [&](BlockingSession& on,
                             const std::function<QByteArray(const QString&)>& build) {
            const CommandResult result = on.run(build);
            if (!result.isAnswered())
                qWarning("%s", qPrintable(result.error));
            return result.isAnswered() ? *result.response : epp::EppResponse();
        };

        epp::EppResponse r = run(session, [](const QString& id) {
            return epp::contactCheckCommand(
                {QStringLiteral("MARI-100002-ADNS"), QStringLiteral("NADA-000001-ADNS")}, id);
        });
        QCOMPARE(r.code(), 1000);
        QCOMPARE(r.contactChecks.size(), 2);
        QVERIFY(!r.contactChecks.at(0).available);
        QVERIFY(r.contactChecks.at(1).available);

        epp::ContactCreateRequest contact;
        contact.id = QStringLiteral("JOAO-000001-ADNS");
        contact.postalInfo.name = QStringLiteral("João Gonçalves Antunes");
        contact.postalInfo.address.street = {QStringLiteral("Rua da Prata, 10")};
        contact.postalInfo.address.city = QStringLiteral("Lisboa");
        contact.postalInfo.address.postcode = QStringLiteral("1100-420");
        contact.voice = QStringLiteral("+351.212345678");
        contact.email = QStringLiteral("joao@example.pt");
        contact.vat = QStringLiteral("PT234567899");
        contact.mobile = QStringLiteral("+351.912345678");
        r = run(session, [&](const QString& id) { return epp::contactCreateCommand(contact, id); });
        QCOMPARE(r.code(), 1000);
        QVERIFY(r.contactCreate);
        const QString handle = r.contactCreate->id; // the registry's, not the one sent

        r = run(session, [&](const QString& id) { return epp::contactInfoCommand(handle, id); });
        QCOMPARE(r.code(), 1000);
        QCOMPARE(r.contactInfo->vat, QStringLiteral("PT234567899"));
        QCOMPARE(r.contactInfo->mobile, QStringLiteral("+351.912345678"));

        epp::ContactUpdateRequest contactUpdate;
        contactUpdate.id = handle;
        contactUpdate.email = QStringLiteral("joao.antunes@example.pt");
        r = run(session,
                [&](const QString& id) { return epp::contactUpdateCommand(contactUpdate, id); });
        QCOMPARE(r.code(), 1000);

        r = run(session, [](const QString& id) {
            return epp::domainCheckCommand({QStringLiteral("café.pt"), QStringLiteral("ação.pt")},
                                           id);
        });
        QCOMPARE(r.code(), 1000);
        QVERIFY(!r.domainChecks.at(0).available);
        QVERIFY(r.domainChecks.at(1).available);

        epp::DomainCreateRequest create;
        create.name = QStringLiteral("ação.pt");
        create.registrant = handle;
        create.techContacts = {handle};
        create.nameServers = {{QStringLiteral("ns1.example.net"), {}},
                              {QStringLiteral("ns2.example.net"), {}}};
        create.authInfo = QStringLiteral("Acao-Auth-9z");
        r = run(session, [&](const QString& id) { return epp::domainCreateCommand(create, id); });
        QCOMPARE(r.code(), 1000);
        QVERIFY(r.domainCreate);
        const QDateTime expiry = r.domainCreate->expiresAt;
        QCOMPARE(expiry, s.clock.now().addYears(1));
        // E18b: the same name again; E18e: a period .PT does not sell.
        QCOMPARE(
            run(session, [&](const QString& id) { return epp::domainCreateCommand(create, id); })
                .code(),
            2302);
        epp::DomainCreateRequest twoYears = create;
        twoYears.name = QStringLiteral("dois-anos.pt");
        twoYears.periodYears = 2;
        QCOMPARE(
            run(session, [&](const QString& id) { return epp::domainCreateCommand(twoYears, id); })
                .code(),
            2306);

        epp::DomainUpdateRequest update;
        update.name = QStringLiteral("ação.pt");
        update.addNameServers = {{QStringLiteral("ns3.example.net"), {}}};
        update.autoRenew = true;
        r = run(session, [&](const QString& id) { return epp::domainUpdateCommand(update, id); });
        QCOMPARE(r.code(), 1000);
        r = run(session, [](const QString& id) {
            return epp::domainInfoCommand({QStringLiteral("ação.pt"), {}}, id);
        });
        QCOMPARE(r.domainInfo->nameServers.size(), 3);
        QCOMPARE(r.domainInfo->pt->autoRenew, std::optional<bool>(true));
        QCOMPARE(r.domainInfo->uName, QStringLiteral("ação.pt"));

        // Renew: curExpDate must match, so it can never apply twice.
        const auto renew = [&](const QDateTime& current) {
            return run(session, [&](const QString& id) {
                return epp::domainRenewCommand({QStringLiteral("ação.pt"), current, 3, {}}, id);
            });
        };
        r = renew(expiry);
        QCOMPARE(r.code(), 1000);
        QCOMPARE(r.domainRenew->expiresAt, expiry.addYears(3));
        QCOMPARE(renew(expiry).code(), 2306);

        // Owner change: pending (1001), and the domain refuses updates meanwhile (E18d).
        epp::DomainUpdateRequest owner;
        owner.name = QStringLiteral("café.pt");
        owner.newRegistrant = handle;
        QCOMPARE(
            run(session, [&](const QString& id) { return epp::domainUpdateCommand(owner, id); })
                .code(),
            1001);
        epp::DomainUpdateRequest blocked;
        blocked.name = QStringLiteral("café.pt");
        blocked.autoRenew = true;
        QCOMPARE(
            run(session, [&](const QString& id) { return epp::domainUpdateCommand(blocked, id); })
                .code(),
            2304);

        // Transfer away to another registrar with the auth code: at once, and
        // the losing registrar hears of it by poll.
        {
            SessionOptions o = s.options(RegistryState::otherPassword());
            o.clientId = RegistryState::otherRegistrar();
            BlockingSession second(o);
            QVERIFY2(second.open(&error), qPrintable(error));
            epp::DomainTransferRequest wrong{epp::TransferOp::Request, QStringLiteral("ação.pt"),
                                             QStringLiteral("not-it"), std::nullopt};
            QCOMPARE(run(second,
                         [&](const QString& id) { return epp::domainTransferCommand(wrong, id); })
                         .code(),
                     2201);
            epp::DomainTransferRequest transfer{epp::TransferOp::Request, QStringLiteral("ação.pt"),
                                                QStringLiteral("Acao-Auth-9z"), std::nullopt};
            r = run(second,
                    [&](const QString& id) { return epp::domainTransferCommand(transfer, id); });
            QCOMPARE(r.code(), 1000);
            QCOMPARE(r.domainTransfer->status, QStringLiteral("serverApproved"));
            second.close();
        }
        r = run(session, [](const QString& id) { return epp::pollRequestCommand(id); });
        QCOMPARE(r.code(), 1301);
        QVERIFY(r.messageQueue);
        QVERIFY(r.domainTransfer);
        QCOMPARE(epp::toULabel(r.domainTransfer->name), QStringLiteral("ação.pt"));
        const QString message = r.messageQueue->id;
        QCOMPARE(run(session, [&](const QString& id) { return epp::pollAckCommand(message, id); })
                     .code(),
                 1000);
        QCOMPARE(run(session, [](const QString& id) { return epp::pollRequestCommand(id); }).code(),
                 1300);

        // Delete, and the name is gone (E18c).
        epp::DomainCreateRequest doomed = create;
        doomed.name = QStringLiteral("apagar.pt");
        QCOMPARE(
            run(session, [&](const QString& id) { return epp::domainCreateCommand(doomed, id); })
                .code(),
            1000);
        QCOMPARE(run(session,
                     [](const QString& id) {
                         return epp::domainDeleteCommand(QStringLiteral("apagar.pt"), id);
                     })
                     .code(),
                 1000);
        QCOMPARE(run(session,
                     [](const QString& id) {
                         return epp::domainInfoCommand({QStringLiteral("apagar.pt"), {}}, id);
                     })
                     .code(),
                 2303);
        session.close();
    }

    // A command queued from the callback of an answer that ends the session
    // (2502) is not written into the closing connection: it goes out on the
    // next session and is answered.
    void commandQueuedFromAClosingAnswerGoesOutOnTheNextSession()
    {
        Sandbox s;
        EppSession session(s.options());
        QSignalSpy ready(&session, &EppSession::ready);
        session.open();
        QVERIFY(ready.wait(10000));
        s.server.faults().sessionLimitNext(QStringLiteral("domain:info"));
        QList<CommandResult> results;
        session.execute(info, [&](const CommandResult& first) {
            results.append(first);
            session.execute(info, [&](const CommandResult& second) { results.append(second); });
        });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QCOMPARE(results.at(0).response->code(), 2502);
        QVERIFY2(results.at(1).isAnswered(), qPrintable(results.at(1).error));
        QCOMPARE(results.at(1).response->code(), 1000);
    }

    // Once close() is asked, new commands are refused at once, never lost.
    void commandsAfterCloseAreRefusedAtOnce()
    {
        Sandbox s;
        EppSession session(s.options());
        QSignalSpy ready(&session, &EppSession::ready);
        QSignalSpy closed(&session, &EppSession::closed);
        session.open();
        QVERIFY(ready.wait(10000));
        session.close();
        std::optional<CommandResult::Status> status;
        session.execute(info, [&](const CommandResult& r) { status = r.status; });
        QCOMPARE(status, std::optional(CommandResult::Status::NotSent));
        QVERIFY(closed.wait(10000));
        QCOMPARE(session.state(), EppSession::State::Disconnected);
        // After the close, a command opens a new session.
        QList<int> codes;
        session.execute(info, [&](const CommandResult& r) {
            codes.append(r.isAnswered() ? r.response->code() : -1);
        });
        QTRY_COMPARE_WITH_TIMEOUT(codes, QList<int>{1000}, 10000);
    }

    void transactionIdsAreUnique()
    {
        TransactionIds a, b;
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            seen.insert(a.next());
            seen.insert(b.next());
        }
        QCOMPARE(seen.size(), 2000);
        const QString id = a.next();
        QVERIFY(id.size() >= 3 && id.size() <= 64);
    }
};

QTEST_GUILESS_MAIN(tst_EppSession)
#include "tst_eppsession.moc"
