#include "TestDatabase.h"
#include "storage/ActionRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rd;
using rd::test::utc;

namespace {

// Two domains to hang actions on, written in raw SQL: this test is about actions.
bool addDomains(Database& db, QString* why)
{
    for (const char* sql :
         {"INSERT INTO domains (id, a_label, u_label) VALUES (1, 'um.pt', 'um.pt')",
          "INSERT INTO domains (id, a_label, u_label) VALUES (2, 'xn--joo-nla.pt',"
          " 'joão.pt')"}) {
        QSqlQuery query(db.connection());
        if (!query.exec(QString::fromUtf8(sql))) {
            *why = query.lastError().text();
            return false;
        }
    }
    return true;
}

ActionStep step(ActionStepKind kind, const char* at, const QString& agent = QStringLiteral("ana"),
                const QString& note = {})
{
    ActionStep result;
    result.kind = kind;
    result.at = utc(at);
    result.agent = agent;
    result.note = note;
    return result;
}

PendingAction action(qint64 domainId, ActionKind kind, ActionState state)
{
    PendingAction result;
    result.domainId = domainId;
    result.kind = kind;
    result.state = state;
    result.steps = {step(ActionStepKind::Opened, "2026-03-28T10:00:00Z")};
    return result;
}

void compareActions(const PendingAction& actual, const PendingAction& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.domainId, expected.domainId);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.newHolderHandle, expected.newHolderHandle);
    QCOMPARE(actual.assignee, expected.assignee);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.outcome, expected.outcome);
    QCOMPARE(actual.steps.size(), expected.steps.size());
    for (qsizetype i = 0; i < expected.steps.size(); ++i) {
        QCOMPARE(actual.steps.at(i).kind, expected.steps.at(i).kind);
        QCOMPARE(actual.steps.at(i).at, expected.steps.at(i).at);
        QCOMPARE(actual.steps.at(i).agent, expected.steps.at(i).agent);
        QCOMPARE(actual.steps.at(i).note, expected.steps.at(i).note);
    }
}

QList<qint64> ids(const QList<PendingAction>& actions)
{
    QList<qint64> result;
    for (const PendingAction& one : actions)
        result.append(one.id);
    return result;
}

int stepRows(Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM action_steps")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TstActionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTrip_data();
    void roundTrip();
    void updateSavesStateAndAppendsSteps();
    void storedStepsAreNeverRewritten();
    void updateOfMissingActionFails();
    void insertNeedsTheDomain();
    void failedInsertLeavesNothing();
    void forDomainAndAllOpen();
    void missingActionIsNotFound();
};

void TstActionRepository::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstActionRepository::roundTrip_data()
{
    QTest::addColumn<PendingAction>("stored");

    PendingAction verification = action(1, ActionKind::Verification, ActionState::Open);
    verification.assignee = QStringLiteral("Ana Sousa");
    verification.notes = QStringLiteral("Pedido de prova de NIF — responder em 48 h");
    QTest::newRow("verification, open") << verification;

    PendingAction verified = action(2, ActionKind::Verification, ActionState::Closed);
    verified.steps.append(step(ActionStepKind::Closed, "2026-03-29T09:15:00Z",
                               QStringLiteral("rui"), QStringLiteral("Documentos recebidos ✔")));
    verified.outcome = QStringLiteral("Titular verificado");
    QTest::newRow("verification, closed") << verified;

    PendingAction awaitingHolder = action(1, ActionKind::OwnerChange, ActionState::AwaitingHolder);
    awaitingHolder.newHolderHandle = QStringLiteral("NOVO-1-ADNS");
    QTest::newRow("owner change, awaiting holder") << awaitingHolder;

    PendingAction awaitingNew = awaitingHolder;
    awaitingNew.state = ActionState::AwaitingNewHolder;
    awaitingNew.steps.append(step(ActionStepKind::HolderApproved, "2026-03-29T00:30:00Z"));
    QTest::newRow("owner change, awaiting new holder") << awaitingNew;

    PendingAction verifying = awaitingNew;
    verifying.state = ActionState::VerifyingNewHolder;
    verifying.steps.append(step(ActionStepKind::NewHolderApproved, "2026-03-29T01:30:00Z",
                                QStringLiteral("José Ñ."), QStringLiteral("Por telefone")));
    QTest::newRow("owner change, verifying new holder") << verifying;

    PendingAction done = verifying;
    done.state = ActionState::Closed;
    done.steps.append(step(ActionStepKind::Closed, "2026-04-02T16:00:00Z"));
    done.outcome = QStringLiteral("Alteração concluída");
    done.assignee = QStringLiteral("rui");
    QTest::newRow("owner change, closed") << done;

    PendingAction noSteps = action(2, ActionKind::Verification, ActionState::Open);
    noSteps.steps.clear();
    QTest::newRow("no steps") << noSteps;
}

void TstActionRepository::roundTrip()
{
    QFETCH(PendingAction, stored);
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    ActionRepository actions(fixture.db());
    QVERIFY2(actions.insert(stored, &error), qPrintable(error));
    QVERIFY(stored.id > 0);

    const std::optional<PendingAction> found = actions.findById(stored.id);
    QVERIFY(found.has_value());
    compareActions(*found, stored);
    if (QTest::currentTestFailed())
        return;
    const QList<PendingAction> forDomain = actions.forDomain(stored.domainId);
    QCOMPARE(forDomain.size(), 1);
    compareActions(forDomain.first(), stored);
}

void TstActionRepository::updateSavesStateAndAppendsSteps()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    ActionRepository actions(fixture.db());
    PendingAction change = action(1, ActionKind::OwnerChange, ActionState::AwaitingHolder);
    change.newHolderHandle = QStringLiteral("NOVO-1");
    QVERIFY2(actions.insert(change, &error), qPrintable(error));

    change.state = ActionState::AwaitingNewHolder;
    change.steps.append(step(ActionStepKind::HolderApproved, "2026-03-29T08:00:00Z"));
    change.assignee = QStringLiteral("rui");
    change.notes = QStringLiteral("Titular aprovou por e-mail");
    change.newHolderHandle = QStringLiteral("NOVO-2");
    QVERIFY2(actions.update(change, &error), qPrintable(error));
    compareActions(*actions.findById(change.id), change);
    if (QTest::currentTestFailed())
        return;

    change.state = ActionState::Closed;
    change.steps.append(step(ActionStepKind::NewHolderApproved, "2026-03-30T08:00:00Z"));
    change.steps.append(step(ActionStepKind::Closed, "2026-03-30T08:05:00Z"));
    change.outcome = QStringLiteral("Concluída");
    QVERIFY2(actions.update(change, &error), qPrintable(error));
    compareActions(*actions.findById(change.id), change);
    QCOMPARE(stepRows(fixture.db()), 4);
}

void TstActionRepository::storedStepsAreNeverRewritten()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    ActionRepository actions(fixture.db());
    PendingAction check = action(1, ActionKind::Verification, ActionState::Open);
    QVERIFY2(actions.insert(check, &error), qPrintable(error));
    const PendingAction original = check;

    // An in-memory edit of a stored step does not reach the database...
    check.steps[0].note = QStringLiteral("reescrito");
    check.steps[0].at = utc("2020-01-01T00:00:00Z");
    QVERIFY2(actions.update(check, &error), qPrintable(error));
    compareActions(*actions.findById(check.id), original);
    if (QTest::currentTestFailed())
        return;

    // ...and neither does dropping steps from the list.
    check.steps.clear();
    QVERIFY2(actions.update(check, &error), qPrintable(error));
    QCOMPARE(actions.findById(check.id)->steps.size(), 1);
}

void TstActionRepository::updateOfMissingActionFails()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    ActionRepository actions(fixture.db());
    PendingAction ghost = action(1, ActionKind::Verification, ActionState::Open);
    ghost.id = 31;
    QVERIFY(!actions.update(ghost, &error));
    QCOMPARE(error, QStringLiteral("Cannot save the action: there is no action with the id 31."));
    QCOMPARE(stepRows(fixture.db()), 0);
}

void TstActionRepository::insertNeedsTheDomain()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ActionRepository actions(fixture.db());
    PendingAction orphan = action(999, ActionKind::Verification, ActionState::Open);
    QString error;
    QVERIFY(!actions.insert(orphan, &error));
    QCOMPARE(error, QStringLiteral("Cannot open the action: there is no domain with the id 999."));
    QCOMPARE(orphan.id, 0);
    QVERIFY(actions.allOpen().isEmpty());
}

void TstActionRepository::failedInsertLeavesNothing()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    ActionRepository actions(fixture.db());
    PendingAction broken = action(2, ActionKind::OwnerChange, ActionState::AwaitingNewHolder);
    broken.steps.append(ActionStep{ActionStepKind::HolderApproved, QDateTime(), {}, {}});
    QVERIFY(!actions.insert(broken, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("Cannot open the action on the domain xn--joo-nla.pt.")),
        qPrintable(error));
    QVERIFY(actions.forDomain(2).isEmpty());
    QCOMPARE(stepRows(fixture.db()), 0);
}

void TstActionRepository::forDomainAndAllOpen()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QString error;
    QVERIFY2(addDomains(fixture.db(), &error), qPrintable(error));
    ActionRepository actions(fixture.db());
    PendingAction a = action(2, ActionKind::Verification, ActionState::Open);
    PendingAction b = action(1, ActionKind::OwnerChange, ActionState::AwaitingHolder);
    PendingAction c = action(1, ActionKind::Verification, ActionState::Closed);
    PendingAction d = action(1, ActionKind::Verification, ActionState::Open);
    for (PendingAction* one : {&a, &b, &c, &d})
        QVERIFY2(actions.insert(*one, &error), qPrintable(error));

    QCOMPARE(ids(actions.forDomain(1)), (QList<qint64>{b.id, c.id, d.id}));
    QCOMPARE(ids(actions.forDomain(1, true)), (QList<qint64>{b.id, d.id}));
    QCOMPARE(ids(actions.forDomain(2, true)), (QList<qint64>{a.id}));
    QVERIFY(actions.forDomain(3).isEmpty());
    // By domain, then id; every action keeps its own steps.
    const QList<PendingAction> open = actions.allOpen();
    QCOMPARE(ids(open), (QList<qint64>{b.id, d.id, a.id}));
    for (const PendingAction& one : open)
        QCOMPARE(one.steps.size(), 1);
}

void TstActionRepository::missingActionIsNotFound()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    ActionRepository actions(fixture.db());
    QVERIFY(!actions.findById(1).has_value());
    QVERIFY(actions.allOpen().isEmpty());
}

QTEST_GUILESS_MAIN(TstActionRepository)
#include "tst_actionrepository.moc"
