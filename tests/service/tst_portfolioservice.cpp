#include "TestDatabase.h"
#include "service/PortfolioService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace rd;
using rd::test::utc;

class tst_PortfolioService : public QObject
{
    Q_OBJECT

private:
    static Contact holder(const QString& handle = QStringLiteral("MARI-100002-ADNS"))
    {
        Contact c;
        c.handle = handle;
        c.name = QStringLiteral("Maria João Ferreira");
        c.vat = QStringLiteral("PT213456788");
        return c;
    }

    static Domain domain(const QString& name, const char* expires, bool autoRenew = false)
    {
        Domain d;
        d.uLabel = name;
        d.expiresAt = utc(expires);
        d.autoRenew = autoRenew;
        return d;
    }

    static int rows(Database& db, const char* table)
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void contactValidationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");

        QTest::newRow("vat") << "vat"
                             << "123456780"
                             << "VAT number";
        QTest::newRow("email") << "email"
                               << "maria@@example.pt"
                               << "e-mail";
        QTest::newRow("phone") << "voice"
                               << "+351.12"
                               << "phone";
        QTest::newRow("mobile") << "mobile"
                                << "91234"
                                << "mobile phone";
        QTest::newRow("postcode") << "postcode"
                                  << "100-001"
                                  << "postcode";
        QTest::newRow("document") << "document"
                                  << "12345678 9 ZZ5"
                                  << "identity document";
        QTest::newRow("name") << "name"
                              << "   "
                              << "name";
        QTest::newRow("handle") << "handle"
                                << "a b"
                                << "a b";
    }

    void contactValidationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        Contact c = holder();
        if (field == QLatin1String("vat"))
            c.vat = value;
        else if (field == QLatin1String("email"))
            c.email = value;
        else if (field == QLatin1String("voice"))
            c.voice = value;
        else if (field == QLatin1String("mobile"))
            c.mobile = value;
        else if (field == QLatin1String("postcode"))
            c.address.postcode = value;
        else if (field == QLatin1String("document"))
            c.identityDocument = value;
        else if (field == QLatin1String("name"))
            c.name = value;
        else
            c.handle = value;
        QString error;
        QVERIFY(!PortfolioService::validateContact(c, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void contactIsNormalised()
    {
        Contact c = holder();
        c.kind = ContactKind::Organisation;
        c.vat = QStringLiteral("pt 501 234 560");
        c.voice = QStringLiteral("+351 21 345 6789");
        c.address.postcode = QStringLiteral("1100 148");
        QString error;
        QVERIFY2(PortfolioService::validateContact(c, &error), qPrintable(error));
        QCOMPARE(c.vat, QStringLiteral("501234560"));
        QCOMPARE(c.voice, QStringLiteral("+351.213456789"));
        QCOMPARE(c.address.postcode, QStringLiteral("1100-148"));

        // An organisation needs a NIPC, not an individual's number.
        c.vat = QStringLiteral("213456788");
        QVERIFY(!PortfolioService::validateContact(c, &error));
        // A foreign holder's VAT id is not a NIF.
        Contact foreign = holder();
        foreign.address.countryCode = QStringLiteral("ES");
        foreign.vat = QStringLiteral("es b12345678");
        QVERIFY2(PortfolioService::validateContact(foreign, &error), qPrintable(error));
        QCOMPARE(foreign.vat, QStringLiteral("ESB12345678"));
    }

    void addDomainNormalisesAndRecords()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        Contact c = holder();
        QString error;
        QVERIFY2(service.addContact(c, &error), qPrintable(error));

        Domain d = domain(QStringLiteral("Oficina-do-JOÃO.pt"), "2027-01-10T00:00:00Z");
        d.registrantHandle = c.handle;
        QVERIFY2(service.addDomain(d, &error), qPrintable(error));
        QCOMPARE(d.uLabel, QStringLiteral("oficina-do-joão.pt"));
        QVERIFY(d.aLabel.startsWith(QLatin1String("xn--")));

        const QList<HistoryEntry> history = service.history().forDomain(d.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().agent, QStringLiteral("ana"));
        QCOMPARE(history.first().at, clock.now());
        QCOMPARE(history.first().event, QStringLiteral("domain.added"));

        // The stored next deadline is what the table pages by.
        const QList<DomainSummary> page = service.domains().pageByNextDue(10);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().nextDue, utc("2026-12-11T00:00:00Z"));
        QCOMPARE(page.first().nextKind, std::optional<DeadlineKind>(DeadlineKind::Deletion));
        QVERIFY(service.findDomain(QStringLiteral("OFICINA-DO-JOÃO.PT")).has_value());
    }

    void addDomainsIsAllOrNothing()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        QList<Domain> batch{domain(QStringLiteral("um.pt"), "2027-01-01T00:00:00Z"),
                            domain(QStringLiteral("dois.pt"), "2027-01-01T00:00:00Z"),
                            domain(QStringLiteral("um.pt"), "2027-02-01T00:00:00Z")};
        QString error;
        QVERIFY(!service.addDomains(batch, &error));
        QVERIFY2(error.contains(QStringLiteral("um.pt")), qPrintable(error));
        QCOMPARE(rows(t.db(), "domains"), 0);
        QCOMPARE(rows(t.db(), "history"), 0);

        // An unknown holder half way through: nothing is written either.
        batch.last() = domain(QStringLiteral("tres.pt"), "2027-02-01T00:00:00Z");
        batch.last().registrantHandle = QStringLiteral("NOPE-000000-ADNS");
        QVERIFY(!service.addDomains(batch, &error));
        QVERIFY2(error.contains(QStringLiteral("NOPE-000000-ADNS")), qPrintable(error));
        QCOMPARE(rows(t.db(), "domains"), 0);

        batch.removeLast();
        QVERIFY2(service.addDomains(batch, &error), qPrintable(error));
        QCOMPARE(rows(t.db(), "domains"), 2);
        QCOMPARE(rows(t.db(), "history"), 2);
    }

    void actionsMoveTheNextDeadline()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        Contact newHolder = holder(QStringLiteral("JOAO-100004-ADNS"));
        newHolder.vat = QStringLiteral("234567899");
        QString error;
        QVERIFY2(service.addContact(newHolder, &error), qPrintable(error));
        Domain d = domain(QStringLiteral("loja.pt"), "2027-11-01T00:00:00Z", true);
        QVERIFY2(service.addDomain(d, &error), qPrintable(error));

        QVERIFY(!service.openAction(QStringLiteral("nao-existe.pt"), ActionKind::Verification,
                                    clock.now(), &error));
        QVERIFY2(error.contains(QStringLiteral("nao-existe.pt")), qPrintable(error));
        QVERIFY(!service.openAction(QStringLiteral("loja.pt"), ActionKind::OwnerChange, clock.now(),
                                    &error, QStringLiteral("NOPE-000000-ADNS")));

        const std::optional<qint64> id =
            service.openAction(QStringLiteral("loja.pt"), ActionKind::OwnerChange,
                               utc("2026-11-20T10:00:00Z"), &error, newHolder.handle);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(!service.openAction(QStringLiteral("loja.pt"), ActionKind::OwnerChange, clock.now(),
                                    &error));
        const auto next = [&] { return service.domains().pageByNextDue(1).first(); };
        QCOMPARE(next().nextKind, std::optional<DeadlineKind>(DeadlineKind::OwnerChangeHolder));
        QCOMPARE(next().nextDue, utc("2026-11-28T10:00:00Z"));

        QVERIFY(!service.advanceAction(*id, utc("2026-11-19T00:00:00Z"), &error));
        QVERIFY2(service.advanceAction(*id, utc("2026-11-22T10:00:00Z"), &error),
                 qPrintable(error));
        QCOMPARE(next().nextKind, std::optional<DeadlineKind>(DeadlineKind::OwnerChangeNewHolder));
        QCOMPARE(next().nextDue, utc("2026-11-30T10:00:00Z"));
        QVERIFY2(service.advanceAction(*id, utc("2026-11-23T09:00:00Z"), &error),
                 qPrintable(error));
        QCOMPARE(next().nextKind, std::optional<DeadlineKind>(DeadlineKind::Verification));
        QCOMPARE(next().nextDue, utc("2026-11-25T09:00:00Z"));
        QVERIFY(!service.advanceAction(*id, utc("2026-11-23T10:00:00Z"), &error));

        QVERIFY(!service.closeAction(*id, clock.now(), QStringLiteral("  "), &error));
        QVERIFY2(service.closeAction(*id, clock.now(), QStringLiteral("verified"), &error),
                 qPrintable(error));
        QCOMPARE(next().nextKind, std::optional<DeadlineKind>(DeadlineKind::AutoRenewal));
        QVERIFY(!service.closeAction(*id, clock.now(), QStringLiteral("again"), &error));

        const std::optional<PendingAction> closed = service.actions().findById(*id);
        QVERIFY(closed);
        QCOMPARE(closed->state, ActionState::Closed);
        QCOMPARE(closed->steps.size(), 4);
        QCOMPARE(closed->outcome, QStringLiteral("verified"));
        const QList<HistoryEntry> history = service.history().forDomain(d.id);
        QStringList events;
        for (const HistoryEntry& entry : history)
            events << entry.event;
        // In the order things happened, not the order they were typed in.
        QCOMPARE(events, (QStringList{"action.opened", "action.advanced", "action.advanced",
                                      "domain.added", "action.closed"}));
    }

    void nextDeadlinesAreComputedAfterMigratingFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            QString error;
            QVERIFY2(old.openAtVersion(path, 1, &error), qPrintable(error));
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(
                QStringLiteral(
                    "INSERT INTO domains (a_label, u_label, expires_at, auto_renew, programme)"
                    " VALUES ('velho.pt', 'velho.pt', %1, 0, 'none')")
                    .arg(utc("2027-03-01T00:00:00Z").toSecsSinceEpoch())));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.versionAtOpen(), 1);
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        PortfolioService service(db, clock, QStringLiteral("ana"));
        QVERIFY(!service.domains().pageByNextDue(1).first().nextDue.isValid());
        QVERIFY2(service.prepareAfterOpen(&error), qPrintable(error));
        QCOMPARE(service.domains().pageByNextDue(1).first().nextDue, utc("2027-01-30T00:00:00Z"));
    }

    // Next deadlines stored under older rules (here: before a converted
    // programme domain stopped having a free year to end) are computed again
    // once, when the rules version stored with them is older.
    void nextDeadlinesFollowANewRulesVersion_data()
    {
        QTest::addColumn<QString>("storedVersion");
        QTest::addColumn<bool>("computedAgain");
        QTest::newRow("older rules") << "1" << true;
        QTest::newRow("no version: before versions were kept") << "" << true;
        QTest::newRow("current rules") << QString::number(DeadlineEngine::rulesVersion) << false;
    }
    void nextDeadlinesFollowANewRulesVersion()
    {
        QFETCH(QString, storedVersion);
        QFETCH(bool, computedAgain);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.sqlite"));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        const QDateTime stale = utc("2026-01-22T09:30:00Z"); // the free year's end
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            PortfolioService service(db, clock, QStringLiteral("ana"));
            QVERIFY2(service.prepareAfterOpen(&error), qPrintable(error));
            Domain d;
            d.uLabel = QStringLiteral("convertido.pt");
            d.programme = Programme::Sitestar;
            d.createdAt = utc("2025-01-22T09:30:00Z");
            d.expiresAt = utc("2027-01-22T09:30:00Z"); // renewed past the free year
            QVERIFY2(service.addDomain(d, &error), qPrintable(error));
            QCOMPARE(service.domains().pageByNextDue(1).first().nextDue,
                     utc("2026-12-23T09:30:00Z")); // deletion: expiry minus 30 days
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(
                QStringLiteral("UPDATE domains SET next_due = %1").arg(stale.toSecsSinceEpoch())));
            QVERIFY(query.exec(
                storedVersion.isEmpty()
                    ? QStringLiteral("DELETE FROM settings WHERE key = 'deadline-rules-version'")
                    : QStringLiteral("UPDATE settings SET value = '%1'"
                                     " WHERE key = 'deadline-rules-version'")
                          .arg(storedVersion)));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        PortfolioService service(db, clock, QStringLiteral("ana"));
        QVERIFY2(service.prepareAfterOpen(&error), qPrintable(error));
        QCOMPARE(service.domains().pageByNextDue(1).first().nextDue,
                 computedAgain ? utc("2026-12-23T09:30:00Z") : stale);
        QCOMPARE(service.settings().value(QStringLiteral("deadline-rules-version")),
                 std::optional<QString>(QString::number(DeadlineEngine::rulesVersion)));
    }

    void thresholdsComeFromTheSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("days");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("wider warning") << "alert.warning-days"
                                       << "10" << true;
        QTest::newRow("zero critical") << "alert.critical-days"
                                       << "0" << true;
        QTest::newRow("critical above warning") << "alert.critical-days"
                                                << "8" << false;
        QTest::newRow("notice below warning") << "alert.notice-days"
                                              << "5" << false;
        QTest::newRow("not a number") << "alert.notice-days"
                                      << "trinta" << false;
        QTest::newRow("negative") << "alert.notice-days"
                                  << "-1" << false;
        QTest::newRow("unknown key") << "alert.panic-days"
                                     << "1" << false;
    }

    void thresholdsComeFromTheSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, days);
        QFETCH(bool, accepted);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        QString error;
        QCOMPARE(service.setThreshold(key, days, &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);

        const AlertThresholds next =
            PortfolioService(t.db(), clock, QStringLiteral("ana")).engine().thresholds();
        const AlertThresholds defaults;
        const qint64 expected = days.toLongLong() * AlertThresholds::Day;
        QCOMPARE(next.criticalSecs,
                 accepted && key.contains("critical") ? expected : defaults.criticalSecs);
        QCOMPARE(next.warningSecs,
                 accepted && key.contains("warning") ? expected : defaults.warningSecs);
        QCOMPARE(next.noticeSecs, defaults.noticeSecs);
        // The running service applies them at once, not only the next one opened.
        const AlertThresholds live = service.engine().thresholds();
        QCOMPARE(live.criticalSecs, next.criticalSecs);
        QCOMPARE(live.warningSecs, next.warningSecs);
    }

    void programmeAndYearsAreChecked_data()
    {
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("expires");
        QTest::addColumn<bool>("inProgramme");
        QTest::addColumn<QString>("named");
        QTest::newRow("programme without creation date")
            << ""
            << "2027-05-01T00:00:00Z" << true << "creation date";
        QTest::newRow("programme with creation date") << "2026-05-01T00:00:00Z"
                                                      << "2027-05-01T00:00:00Z" << true << "";
        QTest::newRow("expiry beyond 9000") << ""
                                            << "9001-01-01T00:00:00Z" << false << "9001";
        QTest::newRow("created before 1985") << "1984-12-31T23:59:59Z"
                                             << "2027-05-01T00:00:00Z" << false << "1984";
        QTest::newRow("first year") << "1985-01-01T00:00:00Z"
                                    << "2027-05-01T00:00:00Z" << false << "";
    }

    void programmeAndYearsAreChecked()
    {
        QFETCH(QString, created);
        QFETCH(QString, expires);
        QFETCH(bool, inProgramme);
        QFETCH(QString, named);
        Domain d;
        d.uLabel = QStringLiteral("promo.pt");
        d.createdAt = created.isEmpty() ? QDateTime() : QDateTime::fromString(created, Qt::ISODate);
        d.expiresAt = QDateTime::fromString(expires, Qt::ISODate);
        d.programme = inProgramme ? Programme::TresEmUm : Programme::None;
        QString error;
        QCOMPARE(PortfolioService::validateDomain(d, &error), named.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void deadlinesWindowIncludesOverdue()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("ana"));
        QList<Domain> batch{domain(QStringLiteral("aa.pt"), "2026-12-01T00:00:00Z"),
                            domain(QStringLiteral("bb.pt"), "2027-01-01T00:00:00Z"),
                            domain(QStringLiteral("cc.pt"), "2027-12-01T00:00:00Z")};
        QString error;
        QVERIFY2(service.addDomains(batch, &error), qPrintable(error));
        QCOMPARE(service.deadlines().size(), 3);
        const QList<Deadline> month = service.deadlines(30);
        QCOMPARE(month.size(), 2); // aa.pt overdue since 1 Nov, bb.pt on 2 Dec
        QCOMPARE(month.at(0).uLabel, QStringLiteral("aa.pt"));
        QCOMPARE(month.at(0).level, AlertLevel::Overdue);
        QCOMPARE(month.at(1).uLabel, QStringLiteral("bb.pt"));
        QCOMPARE(service.deadlines(0).size(), 1);
    }

    // Two agents on their own connections take the same owner changes one step
    // at a time. Each check reads inside its unit of work, so every step lands
    // once: a step read stale and written twice would show as a third success.
    void concurrentAgentsApplyEachStepOnce()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        FixedClock clock(utc("2026-11-23T10:00:00Z"));
        QList<qint64> ids;
        {
            PortfolioService service(t.db(), clock, QStringLiteral("setup"));
            QString error;
            for (int i = 0; i < 40; ++i) {
                Domain d = domain(QStringLiteral("corrida-%1.pt").arg(i), "2027-11-01T00:00:00Z");
                QVERIFY2(service.addDomain(d, &error), qPrintable(error));
                const std::optional<qint64> id = service.openAction(
                    d.uLabel, ActionKind::OwnerChange, utc("2026-11-20T10:00:00Z"), &error);
                QVERIFY2(id, qPrintable(error));
                ids.append(*id);
            }
        }

        std::atomic<int> advanced{0};
        QStringList failures[2];
        const auto agent = [&](int n) {
            Database db;
            QString error;
            if (!db.open(t.path(), &error)) {
                failures[n].append(error);
                return;
            }
            PortfolioService service(db, clock, QStringLiteral("agent-%1").arg(n));
            for (int attempt = 0; attempt < 3; ++attempt) {
                for (const qint64 id : std::as_const(ids)) {
                    if (service.advanceAction(id, utc("2026-11-22T10:00:00Z"), &error))
                        ++advanced;
                    else if (!error.contains(QStringLiteral("no further step")))
                        failures[n].append(error);
                }
            }
        };
        std::thread first(agent, 0);
        std::thread second(agent, 1);
        first.join();
        second.join();

        QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].join(QLatin1Char('\n'))));
        QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].join(QLatin1Char('\n'))));
        // Two steps per owner change (current holder, then new holder), no more.
        QCOMPARE(advanced.load(), 2 * int(ids.size()));
        PortfolioService service(t.db(), clock, QStringLiteral("check"));
        for (const qint64 id : std::as_const(ids)) {
            const std::optional<PendingAction> action = service.actions().findById(id);
            QVERIFY(action);
            QCOMPARE(action->state, ActionState::VerifyingNewHolder);
            QCOMPARE(action->steps.size(), 3);
        }
        QCOMPARE(rows(t.db(), "history"), 40 * 4); // added, opened, two steps
    }
};

QTEST_GUILESS_MAIN(tst_PortfolioService)
#include "tst_portfolioservice.moc"
