#include "ChangeSender.h"
#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "service/PortfolioService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rd;
using Registry = sandbox::RegistryState;

// Drafts sent to the registry sandbox over TLS: kept until sent, sent once,
// and checked with info whenever an answer was lost.
class tst_ChangeSender : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        test::SandboxFixture sandbox;
        test::TestDatabase db;
        std::unique_ptr<PortfolioService> service;
        std::unique_ptr<BlockingSession> session;
        const QString cafe = QStringLiteral("xn--caf-dma.pt");

        World()
        {
            service =
                std::make_unique<PortfolioService>(db.db(), sandbox.clock, QStringLiteral("ana"));
            Domain domain;
            domain.aLabel = cafe;
            domain.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
            QString error;
            if (!service->addDomain(domain, &error))
                qFatal("%s", qPrintable(error));
            session = std::make_unique<BlockingSession>(sandbox.options());
            if (!session->open(&error))
                qFatal("%s", qPrintable(error));
        }

        ChangeSender::Outcome send(qint64 id)
        {
            ChangeSender sender(*service, sandbox.clock, *session, Registry::defaultRegistrar());
            return sender.send(id);
        }
        Domain local() { return *service->domains().findByName(cafe); }
        const sandbox::RegistryDomain& theirs() { return *sandbox.registry.domain(cafe); }
    };

private Q_SLOTS:
    void draftsAreChecked_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named"); // empty: accepted
        QTest::newRow("renew 1") << int(Draft::Kind::Renew) << "1"
                                 << "";
        QTest::newRow("renew 2") << int(Draft::Kind::Renew) << "2"
                                 << "1, 3 or 5";
        QTest::newRow("auto-renew maybe") << int(Draft::Kind::AutoRenew) << "maybe"
                                          << "maybe";
        QTest::newRow("one name server") << int(Draft::Kind::NameServers) << "ns1.example.net"
                                         << "2 to 13";
        QTest::newRow("not a host") << int(Draft::Kind::NameServers) << "ns1.example.net,-bad-"
                                    << "-bad-";
        QTest::newRow("IDN host") << int(Draft::Kind::NameServers) << "ns1.café.pt,ns2.example.net"
                                  << "";
    }

    void draftsAreChecked()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, named);
        World w;
        QString error;
        const std::optional<qint64> id =
            w.service->draftChange(QStringLiteral("café.pt"), Draft::Kind(kind), value, &error);
        QCOMPARE(id.has_value(), named.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    // A draft survives a restart and is sent when asked; the portfolio and its
    // history show the result.
    void draftSurvivesAndIsSent()
    {
        World w;
        QString error;
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::AutoRenew, QStringLiteral("off"), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(w.theirs().autoRenew);
        // A new service on the same file, as after a restart.
        w.service =
            std::make_unique<PortfolioService>(w.db.db(), w.sandbox.clock, QStringLiteral("ana"));
        QCOMPARE(w.service->drafts().findById(*id)->state, Draft::State::Draft);

        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QVERIFY(!w.theirs().autoRenew);
        QVERIFY(!w.local().autoRenew);
        const Draft sent = *w.service->drafts().findById(*id);
        QVERIFY(!sent.clTRID.isEmpty());
        QVERIFY(!sent.svTRID.isEmpty());
        const QList<HistoryEntry> history = w.service->history().forDomain(w.local().id);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [&](const HistoryEntry& e) {
            return e.event == QLatin1String("draft.done") && e.detail.contains(sent.clTRID);
        }));
        // Sending it again does nothing.
        QCOMPARE(w.send(*id).state, Draft::State::Done);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")), 1);
    }

    void nameServersAreReplaced()
    {
        World w;
        QString error;
        const std::optional<qint64> id =
            w.service->draftChange(QStringLiteral("café.pt"), Draft::Kind::NameServers,
                                   QStringLiteral("ns1.novo.pt, ns2.novo.pt"), &error);
        QVERIFY2(id, qPrintable(error));
        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QStringList hosts;
        for (const NameServer& ns : w.theirs().nameServers)
            hosts.append(ns.host);
        QCOMPARE(hosts,
                 (QStringList{QStringLiteral("ns1.novo.pt"), QStringLiteral("ns2.novo.pt")}));
    }

    void refusedDraftFailsWithTheRegistrysReason()
    {
        World w;
        w.sandbox.server.faults().failNext(QStringLiteral("domain:update"));
        QString error;
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::AutoRenew, QStringLiteral("off"), &error);
        QVERIFY2(id, qPrintable(error));
        const ChangeSender::Outcome outcome = w.send(*id);
        QCOMPARE(outcome.state, Draft::State::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("2400")), qPrintable(outcome.message));
        QVERIFY(w.theirs().autoRenew);
    }

    // The renew's answer is cut off: reported, checked with info, and found
    // applied; exactly one renew reached the registry.
    void lostAnswerIsCheckedNotResent_data()
    {
        QTest::addColumn<int>("cutAfter");
        QTest::newRow("inside the header") << 2;
        QTest::newRow("mid-answer") << 100;
    }

    void lostAnswerIsCheckedNotResent()
    {
        QFETCH(int, cutAfter);
        World w;
        const QDateTime expiry = w.theirs().exDate;
        QString error;
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::Renew, QStringLiteral("1"), &error);
        QVERIFY2(id, qPrintable(error));
        w.sandbox.server.faults().cutNext(cutAfter, QStringLiteral("domain:renew"));
        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:renew")), 1);
        QCOMPARE(w.theirs().exDate, expiry.addYears(1));
        QCOMPARE(w.local().expiresAt, expiry.addYears(1));
        // And never again.
        QCOMPARE(w.send(*id).state, Draft::State::Done);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:renew")), 1);
    }

    // A crash after the command was written and before its answer was
    // recorded leaves the draft "sending": the next attempt asks info first
    // and, finding the renew applied, does not send it again.
    void crashBetweenSendingAndRecording()
    {
        World w;
        const QDateTime expiry = w.theirs().exDate;
        QString error;
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::Renew, QStringLiteral("1"), &error);
        QVERIFY2(id, qPrintable(error));
        // What the first attempt left behind, and what the registry did with it.
        Draft draft = *w.service->drafts().findById(*id);
        draft.state = Draft::State::Sending;
        draft.clTRID = QStringLiteral("RD-CRASHED-1");
        draft.result = QStringLiteral("curExpDate=") + expiry.date().toString(Qt::ISODate);
        QVERIFY(w.service->saveDraft(draft, {}, &error));
        sandbox::DomainRenew renew{w.cafe, expiry.date().toString(Qt::ISODate),
                                   sandbox::Period{1, QStringLiteral("y")}, std::nullopt};
        QVERIFY(w.sandbox.registry.renewDomain(Registry::defaultRegistrar(), renew).ok());

        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:renew")), 0);
        QCOMPARE(w.theirs().exDate, expiry.addYears(1));

        // Not applied at the registry: the draft is sent, once.
        const std::optional<qint64> again = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::Renew, QStringLiteral("1"), &error);
        Draft lost = *w.service->drafts().findById(*again);
        lost.state = Draft::State::Sending;
        lost.result =
            QStringLiteral("curExpDate=") + w.theirs().exDate.date().toString(Qt::ISODate);
        QVERIFY(w.service->saveDraft(lost, {}, &error));
        QCOMPARE(w.send(*again).state, Draft::State::Done);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:renew")), 1);
        QCOMPARE(w.theirs().exDate, expiry.addYears(2));
    }

    // An owner change taken by the registry (1001, pending until both holders
    // approve) opens the pending action with its deadlines; found applied after
    // a crash, it is not sent again and the action opens all the same.
    void ownerChangeOpensThePendingAction_data()
    {
        QTest::addColumn<bool>("crashed");
        QTest::addColumn<int>("cutAfter"); // 0: the answer arrives
        QTest::newRow("answered") << false << 0;
        QTest::newRow("crashed after sending") << true << 0;
        QTest::newRow("connection dropped in the header") << false << 2;
        QTest::newRow("connection dropped mid-answer") << false << 100;
    }

    void ownerChangeOpensThePendingAction()
    {
        QFETCH(bool, crashed);
        QFETCH(int, cutAfter);
        World w;
        sandbox::RegistryContact joao;
        joao.id = QStringLiteral("JOAO-100004-ADNS");
        joao.name = QStringLiteral("João Gonçalves");
        joao.vat = QStringLiteral("PT234567899");
        joao.clID = Registry::defaultRegistrar();
        w.sandbox.registry.insertContact(joao);
        Contact local;
        local.handle = joao.id;
        local.name = joao.name;
        local.vat = QStringLiteral("234567899");
        QString error;
        QVERIFY2(w.service->addContact(local, &error), qPrintable(error));
        QVERIFY(!w.service->draftChange(QStringLiteral("café.pt"), Draft::Kind::OwnerChange,
                                        QStringLiteral("NADA-000000-ADNS"), &error));
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::OwnerChange, joao.id, &error);
        QVERIFY2(id, qPrintable(error));
        if (crashed) {
            Draft draft = *w.service->drafts().findById(*id);
            draft.state = Draft::State::Sending;
            draft.clTRID = QStringLiteral("RD-CRASHED-2");
            QVERIFY(w.service->saveDraft(draft, {}, &error));
            sandbox::DomainUpdate update;
            update.name = w.cafe;
            update.newRegistrant = joao.id;
            QCOMPARE(w.sandbox.registry.updateDomain(Registry::defaultRegistrar(), update).code,
                     1001);
        }
        if (cutAfter > 0)
            w.sandbox.server.faults().cutNext(cutAfter, QStringLiteral("domain:update"));
        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")), crashed ? 0 : 1);
        QVERIFY(w.sandbox.registry.ownerChange(w.cafe));
        const QList<PendingAction> open = w.service->actions().forDomain(w.local().id, true);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, ActionKind::OwnerChange);
        QCOMPARE(open.first().newHolderHandle, joao.id);
        // Exactly one owner change at the registry, and never another.
        QCOMPARE(w.send(*id).state, Draft::State::Done);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")), crashed ? 0 : 1);
    }

    // Tech contacts and DS records are replaced as drafted; a draft the
    // registry already shows is not sent at all.
    void techContactsAndDsRecords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("tech contacts") << int(Draft::Kind::TechContacts) << "MARI-100002-ADNS";
        QTest::newRow("DS records")
            << int(Draft::Kind::DsRecords)
            << "12345 13 2 "
               "49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE6A7E2B1A6B1C1A8A9E1F2F3A;"
               "54321 8 1 0123456789ABCDEF0123456789ABCDEF01234567";
        QTest::newRow("no DS records") << int(Draft::Kind::DsRecords) << "none";
    }

    void techContactsAndDsRecords()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        World w;
        Contact maria;
        maria.handle = QStringLiteral("MARI-100002-ADNS");
        maria.name = QStringLiteral("Maria Almeida");
        maria.vat = QStringLiteral("123456789");
        QString error;
        QVERIFY2(w.service->addContact(maria, &error), qPrintable(error));
        const std::optional<qint64> id =
            w.service->draftChange(QStringLiteral("café.pt"), Draft::Kind(kind), value, &error);
        QVERIFY2(id, qPrintable(error));
        const QString drafted = w.service->drafts().findById(*id)->value;
        const bool inPlace = Draft::Kind(kind) == Draft::Kind::DsRecords
                                 ? w.theirs().dsRecords.isEmpty() && drafted.isEmpty()
                                 : w.theirs().techContacts == QStringList{value};
        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QCOMPARE(outcome.sent, !inPlace);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")), inPlace ? 0 : 1);
        if (Draft::Kind(kind) == Draft::Kind::DsRecords) {
            QCOMPARE(PortfolioService::formatDsRecords(w.theirs().dsRecords), drafted);
            QCOMPARE(PortfolioService::formatDsRecords(w.local().dsRecords), drafted);
        } else {
            QCOMPARE(w.theirs().techContacts, QStringList{value});
            QCOMPARE(w.local().techHandles, QStringList{value});
        }
    }

    void badDsRecordsAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("three fields") << "12345 13 2";
        QTest::newRow("key tag too big") << "70000 13 1 0123456789ABCDEF0123456789ABCDEF01234567";
        QTest::newRow("unknown digest type")
            << "12345 13 3 0123456789ABCDEF0123456789ABCDEF01234567";
        QTest::newRow("digest of the wrong length") << "12345 13 2 0123456789ABCDEF";
        QTest::newRow("digest not hex") << "12345 13 1 0123456789ABCDEF0123456789ABCDEF0123456Z";
    }

    void badDsRecordsAreRefused()
    {
        QFETCH(QString, value);
        World w;
        QString error;
        QVERIFY(!w.service->draftChange(QStringLiteral("café.pt"), Draft::Kind::DsRecords, value,
                                        &error));
        QVERIFY2(error.contains(value.section(QLatin1Char(' '), 0, 0)), qPrintable(error));
        QVERIFY(w.service->drafts().forDomain(w.local().id).isEmpty());
    }

    // A deletion is sent once, even when its answer is lost: the registry's
    // 2303 afterwards says it was applied. The domain stays, flagged gone.
    void deleteIsSentOnce_data()
    {
        QTest::addColumn<int>("cutAfter");
        QTest::newRow("answered") << 0;
        QTest::newRow("answer lost") << 100;
    }

    void deleteIsSentOnce()
    {
        QFETCH(int, cutAfter);
        World w;
        QString error;
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::Delete, QString(), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(w.sandbox.registry.domain(w.cafe));
        if (cutAfter > 0)
            w.sandbox.server.faults().cutNext(cutAfter, QStringLiteral("domain:delete"));
        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QVERIFY(!w.sandbox.registry.domain(w.cafe));
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:delete")), 1);
        QCOMPARE(w.service->sync().stateOf(w.local().id).state, RegistryStanding::Gone);
        QCOMPARE(w.send(*id).state, Draft::State::Done);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:delete")), 1);
    }

    // A transfer in: the domain enters the portfolio as a draft, the auth
    // code is given when sending and kept nowhere; the transfer happens once.
    void transferIn_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("cutAfter");
        QTest::addColumn<bool>("done");
        QTest::newRow("right code") << "Outro-Auth-9z" << 0 << true;
        QTest::newRow("right code, answer lost") << "Outro-Auth-9z" << 100 << true;
        QTest::newRow("wrong code") << "Not-the-Code-1" << 0 << false;
    }

    void transferIn()
    {
        QFETCH(QString, code);
        QFETCH(int, cutAfter);
        QFETCH(bool, done);
        World w;
        sandbox::RegistryDomain outro = w.theirs();
        outro.name = QStringLiteral("outro.pt");
        outro.roid = QStringLiteral("2199001");
        outro.clID = Registry::otherRegistrar();
        outro.authInfo = QStringLiteral("Outro-Auth-9z");
        w.sandbox.registry.insertDomain(outro);
        QString error;
        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("outro.pt"), Draft::Kind::TransferIn, QString(), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(w.service->domains().findByName(outro.name));
        QVERIFY(w.service->drafts().findById(*id)->value.isEmpty());

        // Without its code it is not sent at all.
        QCOMPARE(w.send(*id).state, Draft::State::Draft);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:transfer")), 0);

        if (cutAfter > 0)
            w.sandbox.server.faults().cutNext(cutAfter, QStringLiteral("domain:transfer"));
        ChangeSender sender(*w.service, w.sandbox.clock, *w.session, Registry::defaultRegistrar());
        sender.setAuthCode(Secret::fromString(code));
        const ChangeSender::Outcome outcome = sender.send(*id);
        QCOMPARE(outcome.state, done ? Draft::State::Done : Draft::State::Failed);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:transfer")), 1);
        QCOMPARE(w.sandbox.registry.domain(outro.name)->clID,
                 done ? Registry::defaultRegistrar() : Registry::otherRegistrar());
        const Domain local = *w.service->domains().findByName(outro.name);
        if (done) {
            QCOMPARE(local.expiresAt, outro.exDate);
            QCOMPARE(w.service->sync().stateOf(local.id).state, RegistryStanding::Active);
        }
        // The code is nowhere in the database.
        for (const Draft& draft : w.service->drafts().forDomain(local.id))
            QVERIFY(!draft.value.contains(code) && !draft.result.contains(code));
        for (const HistoryEntry& entry : w.service->history().forDomain(local.id))
            QVERIFY(!entry.detail.contains(code));
    }

    // The holder's e-mail and phones are changed with contact:update, checked
    // against contact:info: sent once even when the answer is lost.
    void contactDataIsUpdated_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("refused"); // part of the reason; empty: accepted
        QTest::addColumn<int>("cutAfter");
        QTest::newRow("e-mail") << R"({"contact":"MARI-100002-ADNS","email":"nova@example.pt"})"
                                << "" << 0;
        QTest::newRow("phones, answer lost")
            << R"({"contact":"MARI-100002-ADNS","voice":"212 345 678","mobile":"+351 912345678"})"
            << "" << 100;
        QTest::newRow("not a contact of the domain")
            << R"({"contact":"JOAO-100004-ADNS","email":"a@example.pt"})"
            << "neither the holder" << 0;
        QTest::newRow("bad e-mail") << R"({"contact":"MARI-100002-ADNS","email":"nova@"})"
                                    << "nova@" << 0;
        QTest::newRow("nothing to change") << R"({"contact":"MARI-100002-ADNS"})"
                                           << "e-mail, phone or mobile" << 0;
    }

    void contactDataIsUpdated()
    {
        QFETCH(QString, value);
        QFETCH(QString, refused);
        QFETCH(int, cutAfter);
        World w;
        QString error;
        for (const auto& [handle, vat] : {std::pair{"MARI-100002-ADNS", "123456789"},
                                          std::pair{"JOAO-100004-ADNS", "234567899"}}) {
            Contact contact;
            contact.handle = QLatin1String(handle);
            contact.name = QStringLiteral("Titular");
            contact.vat = QLatin1String(vat);
            QVERIFY2(w.service->addContact(contact, &error), qPrintable(error));
        }
        // The registry keeps a complete address (.PT requires the city).
        sandbox::RegistryContact maria =
            *w.sandbox.registry.contact(QStringLiteral("MARI-100002-ADNS"));
        maria.address.city = QStringLiteral("Lisboa");
        maria.address.postcode = QStringLiteral("1000-001");
        w.sandbox.registry.insertContact(maria);
        Domain cafe = w.local();
        cafe.registrantHandle = QStringLiteral("MARI-100002-ADNS");
        QVERIFY2(w.service->domains().update(cafe, &error), qPrintable(error));

        const std::optional<qint64> id = w.service->draftChange(
            QStringLiteral("café.pt"), Draft::Kind::ContactData, value, &error);
        QCOMPARE(id.has_value(), refused.isEmpty());
        if (!id) {
            QVERIFY2(error.contains(refused), qPrintable(error));
            return;
        }
        if (cutAfter > 0)
            w.sandbox.server.faults().cutNext(cutAfter, QStringLiteral("contact:update"));
        const ChangeSender::Outcome outcome = w.send(*id);
        QVERIFY2(outcome.state == Draft::State::Done, qPrintable(outcome.message));
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("contact:update")), 1);
        const QJsonObject wanted = QJsonDocument::fromJson(value.toUtf8()).object();
        const sandbox::RegistryContact& theirs =
            *w.sandbox.registry.contact(QStringLiteral("MARI-100002-ADNS"));
        const Contact mine =
            *w.service->contacts().findByHandle(QStringLiteral("MARI-100002-ADNS"));
        if (wanted.contains(QStringLiteral("email"))) {
            QCOMPARE(theirs.email, QStringLiteral("nova@example.pt"));
            QCOMPARE(mine.email, theirs.email);
        } else {
            QCOMPARE(theirs.voice, QStringLiteral("+351.212345678"));
            QCOMPARE(theirs.mobile, QStringLiteral("+351.912345678"));
            QCOMPARE(mine.mobile, theirs.mobile);
        }
        // Applied: never sent again.
        QCOMPARE(w.send(*id).state, Draft::State::Done);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("contact:update")), 1);
    }

    // The review says what the draft changes against the registry's state now.
    void reviewShowsTheDifference_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("auto-renew off") << int(Draft::Kind::AutoRenew) << "off"
                                        << "auto-renew: on → off|deletes the domain on 2027-05-12";
        QTest::newRow("renew 3") << int(Draft::Kind::Renew) << "3"
                                 << "expiry: 2027-06-11 → 2030-06-11";
        QTest::newRow("name servers")
            << int(Draft::Kind::NameServers) << "ns1.example.net,ns2.example.net"
            << "name servers:|→ ns1.example.net, ns2.example.net";
        QTest::newRow("delete") << int(Draft::Kind::Delete) << ""
                                << "café.pt is deleted at the registry";
    }

    void reviewShowsTheDifference()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        World w;
        QString error;
        const std::optional<qint64> id =
            w.service->draftChange(QStringLiteral("café.pt"), Draft::Kind(kind), value, &error);
        QVERIFY2(id, qPrintable(error));
        ChangeSender sender(*w.service, w.sandbox.clock, *w.session, Registry::defaultRegistrar());
        const QString review = sender.review(*id, &error).join(QLatin1Char('\n'));
        for (const QString& part : expected.split(QLatin1Char('|')))
            QVERIFY2(review.contains(part), qPrintable(review));
        // Nothing was sent.
        QCOMPARE(w.service->drafts().findById(*id)->state, Draft::State::Draft);
        QCOMPARE(w.sandbox.server.commandCount(QStringLiteral("domain:update")) +
                     w.sandbox.server.commandCount(QStringLiteral("domain:renew")) +
                     w.sandbox.server.commandCount(QStringLiteral("domain:delete")),
                 0);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeSender)
#include "tst_changesender.moc"
