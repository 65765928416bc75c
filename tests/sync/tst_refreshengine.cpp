#include "RefreshEngine.h"
#include "SandboxFixture.h"
#include "SandboxPortfolio.h"
#include "TestDatabase.h"
#include "service/PortfolioService.h"

#include <QSqlQuery>
#include <QTest>

using namespace rd;
using Registry = sandbox::RegistryState;

// Refreshing the local portfolio from the registry sandbox over TLS.
class tst_RefreshEngine : public QObject
{
    Q_OBJECT

private:
    // The sandbox with n generated domains of ours; the local portfolio holds
    // the same names with a wrong expiry and nothing else, as after an import.
    struct World
    {
        test::SandboxFixture sandbox;
        test::TestDatabase db;
        std::unique_ptr<PortfolioService> service;
        QStringList names;

        explicit World(int n)
        {
            const auto data = sandbox::SandboxPortfolio::generate(
                n, 11, sandbox.clock.now(), QStringList{Registry::defaultRegistrar()});
            sandbox::SandboxPortfolio::load(sandbox.registry, data);
            service =
                std::make_unique<PortfolioService>(db.db(), sandbox.clock, QStringLiteral("sync"));
            QList<Domain> domains;
            for (const sandbox::RegistryDomain& d : data.domains) {
                Domain domain;
                domain.aLabel = d.name;
                domain.expiresAt = d.exDate.addDays(1);
                domains.append(domain);
                names.append(d.name);
            }
            domains.append(domainOf(QStringLiteral("xn--caf-dma.pt")));
            names.append(QStringLiteral("xn--caf-dma.pt"));
            QString error;
            if (!service->addDomains(domains, &error))
                qFatal("%s", qPrintable(error));
        }

        static Domain domainOf(const QString& name)
        {
            Domain domain;
            domain.aLabel = name;
            domain.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
            return domain;
        }

        RefreshSummary refresh(const RefreshOptions& options = {},
                               const std::function<void(RefreshEngine&)>& prepare = {})
        {
            RefreshEngine engine(*service, sandbox.clock, sandbox.options());
            if (prepare)
                prepare(engine);
            return engine.run(options);
        }

        Domain local(const QString& name) { return *service->domains().findByName(name); }
        DomainSyncState state(const QString& name)
        {
            return service->sync().stateOf(local(name).id);
        }
    };

private Q_SLOTS:
    void refreshFollowsTheRegistry_data()
    {
        QTest::addColumn<int>("sessions");
        QTest::newRow("one session") << 1;
        QTest::newRow("four sessions") << 4;
    }

    // A few thousand domains: every registry-owned field ends up as the
    // registry has it, holders and tech contacts included; a second refresh
    // finds nothing to change.
    void refreshFollowsTheRegistry()
    {
        QFETCH(int, sessions);
        World w(2000);
        RefreshOptions options;
        options.sessions = sessions;
        const RefreshSummary first = w.refresh(options);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY2(first.failures.isEmpty(), qPrintable(first.failures.join(QLatin1Char('\n'))));
        QVERIFY(first.completed);
        QCOMPARE(first.checked, 2001);
        QCOMPARE(first.changed, 2001);
        QVERIFY(first.contacts > 0);

        for (const QString& name : std::as_const(w.names)) {
            const sandbox::RegistryDomain* theirs = w.sandbox.registry.domain(name);
            const Domain ours = w.local(name);
            QCOMPARE(ours.expiresAt, theirs->exDate);
            QCOMPARE(ours.registrantHandle, theirs->registrant);
            QCOMPARE(ours.techHandles, theirs->techContacts);
            QCOMPARE(ours.nameServers.size(), theirs->nameServers.size());
            QCOMPARE(ours.dsRecords.size(), theirs->dsRecords.size());
            QCOMPARE(ours.autoRenew, theirs->autoRenew);
            QCOMPARE(ours.roid, theirs->roid);
            QCOMPARE(w.state(name).state, RegistryStanding::Active);
            QCOMPARE(w.state(name).lastSynced, w.sandbox.clock.now());
        }
        const Contact holder =
            *w.service->contacts().findByHandle(QStringLiteral("MARI-100002-ADNS"));
        QCOMPARE(holder.name, QStringLiteral("Maria João Ferreira"));
        QCOMPARE(holder.vat, QStringLiteral("213456788"));

        const RefreshSummary second = w.refresh(options);
        QVERIFY(second.completed);
        QCOMPARE(second.checked, 2001);
        QCOMPARE(second.changed, 0);
    }

    // The desk's own data stays; each difference is one history line.
    void localDataIsKeptAndChangesAreRecorded()
    {
        World w(5);
        const QString cafe = QStringLiteral("xn--caf-dma.pt");
        QVERIFY(w.refresh().completed);
        Domain mine = w.local(cafe);
        mine.notes = QStringLiteral("Cliente liga às segundas.");
        QString error;
        QVERIFY2(w.service->domains().update(mine, &error), qPrintable(error));

        sandbox::DomainUpdate update;
        update.name = cafe;
        update.autoRenew = false;
        update.addNameServers = {{QStringLiteral("ns3.example.net"), {}}};
        QVERIFY(w.sandbox.registry.updateDomain(Registry::defaultRegistrar(), update).ok());

        const RefreshSummary summary = w.refresh();
        QCOMPARE(summary.changed, 1);
        const Domain after = w.local(cafe);
        QCOMPARE(after.notes, QStringLiteral("Cliente liga às segundas."));
        QCOMPARE(after.autoRenew, false);
        QCOMPARE(after.nameServers.size(), 3);
        const QList<HistoryEntry> history = w.service->history().forDomain(after.id);
        QCOMPARE(history.last().event, QStringLiteral("registry.changed"));
        QVERIFY2(history.last().detail.contains(QStringLiteral("auto-renew: on → off")),
                 qPrintable(history.last().detail));
        QVERIFY(history.last().detail.contains(QStringLiteral("ns3.example.net")));
        // Auto-renew off: the deletion deadline appears, 30 days before expiry.
        const QList<Deadline> deadlines = w.service->deadlinesOf(after.id);
        QVERIFY(!deadlines.isEmpty());
        QCOMPARE(deadlines.first().kind, DeadlineKind::Deletion);
        QCOMPARE(deadlines.first().due, after.expiresAt.addDays(-30));
    }

    // Gone (2303) and transferred away are flagged, never deleted.
    void goneAndTransferredAwayAreFlagged()
    {
        World w(5);
        QVERIFY(w.refresh().completed);
        const QString gone = w.names.at(0);
        const QString away = QStringLiteral("xn--caf-dma.pt");
        QVERIFY(w.sandbox.registry.deleteDomain(Registry::defaultRegistrar(), gone).ok());
        sandbox::DomainTransfer transfer{away, QStringLiteral("Cafe-Auth-7x"), std::nullopt};
        QVERIFY(w.sandbox.registry.transferDomain(Registry::otherRegistrar(), transfer).ok());

        const RefreshSummary summary = w.refresh();
        QVERIFY(summary.completed);
        QCOMPARE(summary.flagged, 2);
        QCOMPARE(w.state(gone).state, RegistryStanding::Gone);
        QCOMPARE(w.state(away).state, RegistryStanding::Elsewhere);
        QCOMPARE(w.service->domains().count(), 6);
        QCOMPARE(w.service->history().forDomain(w.local(gone).id).last().event,
                 QStringLiteral("registry.gone"));

        // Said once: the next refresh confirms without a new line.
        const qsizetype lines = w.service->history().forDomain(w.local(gone).id).size();
        QVERIFY(w.refresh().completed);
        QCOMPARE(w.service->history().forDomain(w.local(gone).id).size(), lines);
    }

    // Cut off half way, the next refresh continues from where it stopped.
    void interruptedRefreshResumes()
    {
        World w(299);
        const RefreshSummary first = w.refresh({}, [](RefreshEngine& engine) {
            connect(&engine, &RefreshEngine::progress, &engine, [&engine](int done, int) {
                if (done == 100)
                    engine.cancel();
            });
        });
        QVERIFY(!first.completed);
        QVERIFY(first.checked >= 100 && first.checked < 110);
        QVERIFY(w.service->sync().unfinishedRun());

        const RefreshSummary second = w.refresh();
        QVERIFY(second.resumed);
        QVERIFY(second.completed);
        QCOMPARE(first.checked + second.checked, 300);
        QVERIFY(!w.service->sync().unfinishedRun());
        QCOMPARE(w.service->sync().lastRun()->checked, 300);
    }

    // A record the registry failed to answer stays to do; the next refresh
    // takes exactly those.
    void failedRecordsAreRetriedByTheNextRefresh()
    {
        World w(20);
        w.sandbox.server.faults().failNext(QStringLiteral("domain:info"), 3);
        const RefreshSummary first = w.refresh();
        QCOMPARE(first.failed, 3);
        QCOMPARE(first.checked, 18);
        QVERIFY(!first.completed);
        QVERIFY(first.failures.first().contains(QStringLiteral("2400")));

        const RefreshSummary second = w.refresh();
        QVERIFY(second.resumed);
        QVERIFY(second.completed);
        QCOMPARE(second.checked, 3);
    }

    // A dry run asks the registry and says what would change; nothing is written.
    void dryRunWritesNothing()
    {
        World w(5);
        const QString cafe = QStringLiteral("xn--caf-dma.pt");
        RefreshOptions dry;
        dry.dryRun = true;
        const RefreshSummary summary = w.refresh(dry);
        QVERIFY2(summary.failures.isEmpty(), qPrintable(summary.failures.join(QLatin1Char('\n'))));
        QCOMPARE(summary.checked, 6);
        QCOMPARE(summary.changed, 6);
        QCOMPARE(summary.changes.size(), 6);
        QVERIFY(!w.service->sync().lastRun());
        QVERIFY(!w.state(cafe).lastSynced.isValid());
        QCOMPARE(w.local(cafe).expiresAt, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(w.service->history().forDomain(w.local(cafe).id).size(), 1); // added, only
        QCOMPARE(w.service->contacts().count(), 0);
    }

    // Pending actions follow the registry: an owner change closes when info
    // shows the new holder; a domain deleted at the registry closes its actions.
    void pendingActionsFollowTheRegistry()
    {
        World w(3);
        QVERIFY(w.refresh().completed);
        const QString cafe = QStringLiteral("xn--caf-dma.pt");
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
        const std::optional<qint64> change =
            w.service->openAction(QStringLiteral("café.pt"), ActionKind::OwnerChange,
                                  w.sandbox.clock.now(), &error, joao.id);
        QVERIFY2(change, qPrintable(error));
        const QString doomed = w.names.at(0);
        const std::optional<qint64> verification =
            w.service->openAction(doomed, ActionKind::Verification, w.sandbox.clock.now(), &error);
        QVERIFY2(verification, qPrintable(error));

        sandbox::DomainUpdate update;
        update.name = cafe;
        update.newRegistrant = joao.id;
        QCOMPARE(w.sandbox.registry.updateDomain(Registry::defaultRegistrar(), update).code, 1001);
        // Still pending at the registry: the action stays open.
        QVERIFY(w.refresh().completed);
        QVERIFY(w.service->actions().findById(*change)->isOpen());

        QVERIFY(w.sandbox.registry
                    .ownerChangeDecision(cafe, sandbox::OwnerChangeParty::Current,
                                         sandbox::OwnerChangeDecision::Accept)
                    .ok());
        QVERIFY(w.sandbox.registry
                    .ownerChangeDecision(cafe, sandbox::OwnerChangeParty::New,
                                         sandbox::OwnerChangeDecision::Accept)
                    .ok());
        QVERIFY(w.sandbox.registry.deleteDomain(Registry::defaultRegistrar(), doomed).ok());
        QVERIFY(w.refresh().completed);

        const PendingAction done = *w.service->actions().findById(*change);
        QVERIFY(!done.isOpen());
        QVERIFY2(done.outcome.contains(joao.id), qPrintable(done.outcome));
        QCOMPARE(w.local(cafe).registrantHandle, joao.id);
        const PendingAction gone = *w.service->actions().findById(*verification);
        QVERIFY(!gone.isOpen());
        QVERIFY2(gone.outcome.contains(QStringLiteral("deleted")), qPrintable(gone.outcome));
    }

    // An owner change ends as the registry says, with the poll queue and
    // without it (refreshes alone): accepted, refused by either holder,
    // lapsed after 8 days without an answer, and reversed after acceptance.
    void ownerChangeEndsAsTheRegistrySays_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::addColumn<bool>("poll");
        QTest::addColumn<QString>("outcome"); // in the closed action
        for (const bool poll : {true, false}) {
            const char* suffix = poll ? " (poll)" : " (no poll)";
            QTest::addRow("accepted%s", suffix) << "accepted" << poll << "is done";
            QTest::addRow("refused by the holder%s", suffix)
                << "refused-current" << poll << (poll ? "was refused" : "without taking effect");
            QTest::addRow("refused by the new holder%s", suffix)
                << "refused-new" << poll << (poll ? "was refused" : "without taking effect");
            QTest::addRow("lapsed%s", suffix) << "lapsed" << poll << "lapsed";
            QTest::addRow("reversed%s", suffix) << "reversed" << poll << "is done";
        }
    }

    void ownerChangeEndsAsTheRegistrySays()
    {
        QFETCH(QString, ending);
        QFETCH(bool, poll);
        QFETCH(QString, outcome);
        World w(2);
        const QString cafe = QStringLiteral("xn--caf-dma.pt");
        const QString holder = QStringLiteral("MARI-100002-ADNS");
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
        QVERIFY(w.refresh().completed);

        // Requested at the registry, seen pending by a refresh, and followed
        // by the desk's pending action.
        sandbox::DomainUpdate update;
        update.name = cafe;
        update.newRegistrant = joao.id;
        QCOMPARE(w.sandbox.registry.updateDomain(Registry::defaultRegistrar(), update).code, 1001);
        const std::optional<qint64> id =
            w.service->openAction(QStringLiteral("café.pt"), ActionKind::OwnerChange,
                                  w.sandbox.clock.now(), &error, joao.id);
        QVERIFY2(id, qPrintable(error));
        RefreshOptions options;
        options.poll = poll;
        QVERIFY(w.refresh(options).completed);
        QVERIFY(w.service->actions().findById(*id)->isOpen());

        using sandbox::OwnerChangeDecision;
        using sandbox::OwnerChangeParty;
        const auto decide = [&](OwnerChangeParty party, OwnerChangeDecision decision) {
            return w.sandbox.registry.ownerChangeDecision(cafe, party, decision).ok();
        };
        if (ending == QLatin1String("refused-current")) {
            QVERIFY(decide(OwnerChangeParty::Current, OwnerChangeDecision::Refuse));
        } else if (ending == QLatin1String("refused-new")) {
            QVERIFY(decide(OwnerChangeParty::Current, OwnerChangeDecision::Accept));
            QVERIFY(decide(OwnerChangeParty::New, OwnerChangeDecision::Refuse));
        } else if (ending == QLatin1String("lapsed")) {
            w.sandbox.clock.advanceSecs(9 * 24 * 3600);
            QCOMPARE(w.sandbox.registry.tick(), 1);
        } else {
            QVERIFY(decide(OwnerChangeParty::Current, OwnerChangeDecision::Accept));
            QVERIFY(decide(OwnerChangeParty::New, OwnerChangeDecision::Accept));
        }
        const RefreshSummary summary = w.refresh(options);
        QVERIFY2(summary.failures.isEmpty(), qPrintable(summary.failures.join(QLatin1Char('\n'))));
        QCOMPARE(summary.messages, poll ? 1 : 0);

        const PendingAction closed = *w.service->actions().findById(*id);
        QVERIFY(!closed.isOpen());
        QVERIFY2(closed.outcome.contains(outcome), qPrintable(closed.outcome));
        const bool applied =
            ending == QLatin1String("accepted") || ending == QLatin1String("reversed");
        QCOMPARE(w.local(cafe).registrantHandle, applied ? joao.id : holder);
        QVERIFY(!w.local(cafe).statuses.contains(QStringLiteral("pendingUpdate")));

        if (ending == QLatin1String("reversed")) {
            w.sandbox.clock.advanceSecs(24 * 3600);
            QVERIFY(w.sandbox.registry.reverseOwnerChange(cafe).ok());
            QVERIFY(w.refresh(options).completed);
            QCOMPARE(w.local(cafe).registrantHandle, holder);
            const QList<HistoryEntry> history = w.service->history().forDomain(w.local(cafe).id);
            QCOMPARE(std::count_if(history.cbegin(), history.cend(),
                                   [](const HistoryEntry& e) {
                                       return e.event == QLatin1String("registry.reversed");
                                   }),
                     1);
        }
    }

    // With auto-renew off the registry deletes a domain 30 days before its
    // expiry (pt-registry.md 2.2): the refresh flags it gone and closes its
    // actions; renewed at the registry instead, the deletion deadline moves.
    void deletionAtExpiryMinus30_data()
    {
        QTest::addColumn<bool>("renewed");
        QTest::newRow("not renewed: deleted") << false;
        QTest::newRow("renewed in time") << true;
    }

    void deletionAtExpiryMinus30()
    {
        QFETCH(bool, renewed);
        World w(1);
        const QString cafe = QStringLiteral("xn--caf-dma.pt");
        sandbox::DomainUpdate update;
        update.name = cafe;
        update.autoRenew = false;
        QVERIFY(w.sandbox.registry.updateDomain(Registry::defaultRegistrar(), update).ok());
        QVERIFY(w.refresh().completed);
        const QDateTime expiry = w.sandbox.registry.domain(cafe)->exDate;
        QCOMPARE(w.local(cafe).expiresAt, expiry);
        std::optional<Deadline> next = w.service->engine().next(
            DomainFacts::of(w.local(cafe)), w.service->actions().forDomain(w.local(cafe).id, true));
        QVERIFY(next);
        QCOMPARE(next->kind, DeadlineKind::Deletion);
        QCOMPARE(next->due, expiry.addDays(-30));

        if (renewed) {
            sandbox::DomainRenew renew{cafe, expiry.date().toString(Qt::ISODate),
                                       sandbox::Period{1, QStringLiteral("y")}, std::nullopt};
            QVERIFY(w.sandbox.registry.renewDomain(Registry::defaultRegistrar(), renew).ok());
        }
        // One second before: still there. At expiry minus 30 days: deleted, unless renewed.
        w.sandbox.clock.set(expiry.addDays(-30).addSecs(-1));
        QCOMPARE(w.sandbox.registry.tick(), 0);
        w.sandbox.clock.set(expiry.addDays(-30));
        QCOMPARE(w.sandbox.registry.tick(), renewed ? 0 : 1);
        QVERIFY(w.refresh().completed);
        QCOMPARE(w.state(cafe).state, renewed ? RegistryStanding::Active : RegistryStanding::Gone);
        QCOMPARE(w.service->domains().count(), 2); // flagged, never deleted locally
        next = w.service->engine().next(DomainFacts::of(w.local(cafe)),
                                        w.service->actions().forDomain(w.local(cafe).id, true));
        QVERIFY(next);
        QCOMPARE(next->due, renewed ? expiry.addYears(1).addDays(-30) : expiry.addDays(-30));
    }

    // The poll queue names what changed: each message lands in its domain's
    // history and is acknowledged; --changed refreshes just those domains.
    void pollNamesWhatChanged_data()
    {
        QTest::addColumn<bool>("pollOffered");
        QTest::newRow("poll offered") << true;
        QTest::newRow("no poll at the registry") << false;
    }

    void pollNamesWhatChanged()
    {
        QFETCH(bool, pollOffered);
        World w(10);
        QVERIFY(w.refresh().completed);
        const QString away = QStringLiteral("xn--caf-dma.pt");
        sandbox::DomainTransfer transfer{away, QStringLiteral("Cafe-Auth-7x"), std::nullopt};
        QVERIFY(w.sandbox.registry.transferDomain(Registry::otherRegistrar(), transfer).ok());
        QCOMPARE(w.sandbox.registry.pollCount(Registry::defaultRegistrar()), 1);
        if (!pollOffered)
            w.sandbox.server.faults().failNext(QStringLiteral("poll"), 0);

        RefreshOptions changed;
        changed.changedOnly = true;
        const RefreshSummary summary = w.refresh(changed);
        QVERIFY2(summary.failures.isEmpty(), qPrintable(summary.failures.join(QLatin1Char('\n'))));
        QVERIFY(summary.completed);
        QCOMPARE(summary.pollAvailable, pollOffered);
        QCOMPARE(w.state(away).state, RegistryStanding::Elsewhere);
        if (pollOffered) {
            // Only what the queue named; the message is gone from the queue.
            QCOMPARE(summary.messages, 1);
            QCOMPARE(summary.checked, 1);
            QCOMPARE(w.sandbox.registry.pollCount(Registry::defaultRegistrar()), 0);
            const QList<HistoryEntry> history = w.service->history().forDomain(w.local(away).id);
            QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const HistoryEntry& e) {
                return e.event == QLatin1String("registry.message") &&
                       e.detail.contains(QStringLiteral("transferred away"));
            }));
        } else {
            // Nothing says what changed: everything is asked.
            QCOMPARE(summary.messages, 0);
            QCOMPARE(summary.checked, 11);
        }
    }

    void refusedLoginIsReported()
    {
        World w(3);
        RefreshEngine engine(*w.service, w.sandbox.clock,
                             w.sandbox.options(QStringLiteral("Not-the-Pw-42")));
        const RefreshSummary summary = engine.run({});
        QVERIFY(!summary.completed);
        QVERIFY2(summary.error.contains(QStringLiteral("2200")), qPrintable(summary.error));
        QCOMPARE(summary.checked, 0);
    }
};

QTEST_GUILESS_MAIN(tst_RefreshEngine)
#include "tst_refreshengine.moc"
