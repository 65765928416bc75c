#include "TestDatabase.h"
#include "service/DemoPortfolio.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"

#include <QTest>

using namespace rd;

// The desk's own records: assignee, notes and contact log, each a unit of
// work with its history line; nothing written when a call fails.
class tst_DeskRecords : public QObject
{
    Q_OBJECT

private:
    struct Demo
    {
        test::TestDatabase db;
        FixedClock clock{test::utc("2026-11-23T09:00:00Z")};
        PortfolioService service{db.db(), clock, QStringLiteral("ana")};
        DeskRecords records{service, QStringLiteral("ana")};
        Demo()
        {
            QString error;
            if (DemoPortfolio::seed(service, &error) != 12)
                qFatal("%s", qPrintable(error));
        }
        qint64 domainId(const char* name)
        {
            return service.findDomain(QString::fromUtf8(name))->id;
        }
        PendingAction action(const char* name)
        {
            return service.actions().forDomain(domainId(name), true).constFirst();
        }
        int historySize(qint64 domain) { return service.history().forDomain(domain).size(); }
    };

private Q_SLOTS:
    void contactLogKeepsItsKindAndAction_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("word");
        QTest::newRow("called") << int(ContactLogKind::Called) << "action-log.called."
                                << "called";
        QTest::newRow("e-mailed") << int(ContactLogKind::Emailed) << "action-log.emailed."
                                  << "e-mailed";
        QTest::newRow("outcome") << int(ContactLogKind::Outcome) << "action-log.outcome."
                                 << "outcome";
    }

    void contactLogKeepsItsKindAndAction()
    {
        QFETCH(int, kind);
        QFETCH(QString, event);
        QFETCH(QString, word);
        Demo d;
        // Two actions of the same domain's kind never mix: the verification of
        // maria-ferreira.pt and the owner change of café-central.pt.
        const PendingAction verification = d.action("maria-ferreira.pt");
        const PendingAction change = d.action("café-central.pt");
        QString error;
        QVERIFY2(d.records.logContact(verification.id, ContactLogKind(kind),
                                      QStringLiteral("  Maria, no answer  "), &error),
                 qPrintable(error));
        QVERIFY(d.records.logContact(change.id, ContactLogKind::Called, QStringLiteral("João"),
                                     &error));
        const QList<ContactLogEntry> log = d.records.contactLog(verification.id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(int(log.first().kind), kind);
        QCOMPARE(log.first().agent, QStringLiteral("ana"));
        QCOMPARE(log.first().at, d.clock.now());
        QCOMPARE(log.first().text, QStringLiteral("Maria, no answer"));
        QVERIFY2(log.first().detail.contains(word + QStringLiteral(": Maria, no answer")),
                 qPrintable(log.first().detail));
        const HistoryEntry last = d.service.history().forDomain(verification.domainId).constLast();
        QCOMPARE(last.event, event + QString::number(verification.id));
        QCOMPARE(d.records.contactLog(change.id).size(), 1);
    }

    void failuresWriteNothing_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("named");
        QTest::newRow("log without text") << "log-empty"
                                          << "say what";
        QTest::newRow("log on no action") << "log-missing"
                                          << "no action with id 999";
        QTest::newRow("note without text") << "note-empty"
                                           << "note is empty";
        QTest::newRow("assign no action") << "assign-missing"
                                          << "no action with id 999";
        QTest::newRow("domain note empty") << "domain-note-empty"
                                           << "note is empty";
    }

    void failuresWriteNothing()
    {
        QFETCH(QString, call);
        QFETCH(QString, named);
        Demo d;
        const PendingAction action = d.action("maria-ferreira.pt");
        const int before = d.historySize(action.domainId);
        QString error;
        bool ok = true;
        if (call == QLatin1String("log-empty"))
            ok = d.records.logContact(action.id, ContactLogKind::Called, QStringLiteral(" "),
                                      &error);
        else if (call == QLatin1String("log-missing"))
            ok = d.records.logContact(999, ContactLogKind::Called, QStringLiteral("x"), &error);
        else if (call == QLatin1String("note-empty"))
            ok = d.records.addActionNote(action.id, QString(), &error);
        else if (call == QLatin1String("assign-missing"))
            ok = d.records.assign(999, QStringLiteral("rita"), &error);
        else
            ok = d.records.addDomainNote(action.domainId, QStringLiteral("\n"), &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(d.historySize(action.domainId), before);
        const PendingAction stored = *d.service.actions().findById(action.id);
        QVERIFY(stored.assignee.isEmpty());
        QVERIFY(stored.notes.isEmpty());
    }

    void assignAndNotesAreKept()
    {
        Demo d;
        const PendingAction action = d.action("café-central.pt");
        QString error;
        QVERIFY(d.records.assign(action.id, QStringLiteral(" rita "), &error));
        QVERIFY(d.records.addActionNote(action.id, QStringLiteral("first"), &error));
        d.clock.advanceSecs(3600);
        QVERIFY(d.records.addActionNote(action.id, QStringLiteral("second"), &error));
        const PendingAction stored = *d.service.actions().findById(action.id);
        QCOMPARE(stored.assignee, QStringLiteral("rita"));
        QCOMPARE(stored.notes, QStringLiteral("2026-11-23T09:00:00Z, ana: first\n"
                                              "2026-11-23T10:00:00Z, ana: second"));
        QCOMPARE(d.records.knownAgents(),
                 (QStringList{QStringLiteral("ana"), QStringLiteral("rita")}));
        QVERIFY(d.records.addDomainNote(action.domainId, QStringLiteral("VIP"), &error));
        QVERIFY(d.service.domains()
                    .findById(action.domainId)
                    ->notes.endsWith(QStringLiteral("ana: VIP")));
        QCOMPARE(d.service.history().forDomain(action.domainId).constLast().event,
                 QStringLiteral("domain.note"));
    }

    void rolesOfAContact()
    {
        Demo d;
        Contact tech;
        tech.handle = QStringLiteral("TECN-100020-ADNS");
        tech.name = QStringLiteral("Técnico");
        tech.vat = QStringLiteral("123456789");
        QString error;
        QVERIFY2(d.service.addContact(tech, &error), qPrintable(error));
        Domain domain = *d.service.findDomain(QStringLiteral("loja-da-ana.pt"));
        domain.techHandles.append(tech.handle);
        QVERIFY2(d.service.domains().update(domain, &error), qPrintable(error));

        const QList<ContactRole> roles = d.records.rolesOf(tech.id);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().uLabel, QStringLiteral("loja-da-ana.pt"));
        QVERIFY(!roles.first().holder);
        QVERIFY(roles.first().tech);
        const qint64 ana =
            d.service.contacts().findByHandle(QStringLiteral("ANAS-100006-ADNS"))->id;
        const QList<ContactRole> held = d.records.rolesOf(ana);
        QCOMPARE(held.size(), 2);
        QVERIFY(held.first().holder && held.first().tech);
    }
};

QTEST_GUILESS_MAIN(tst_DeskRecords)
#include "tst_deskrecords.moc"
