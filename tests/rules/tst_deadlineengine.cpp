#include "rules/DeadlineEngine.h"
#include "rules/TimeFormat.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace rd;

Q_DECLARE_METATYPE(rd::AlertLevel)
Q_DECLARE_METATYPE(rd::Programme)
Q_DECLARE_METATYPE(rd::PendingAction)

namespace {

constexpr qint64 Day = AlertThresholds::Day;
constexpr qint64 Hour = 60 * 60;
constexpr qint64 DomainId = 42;
constexpr qint64 OtherDomainId = 43;

QDateTime at(const char* iso)
{
    const std::optional<QDateTime> parsed = timeformat::parseIsoWithZone(QLatin1String(iso));
    if (!parsed)
        qFatal("test data: bad timestamp %s", iso);
    return *parsed;
}

// nullptr stands for "unknown".
QDateTime maybeAt(const char* iso)
{
    return iso ? at(iso) : QDateTime();
}

ActionStep step(ActionStepKind kind, const char* iso)
{
    ActionStep result;
    result.kind = kind;
    result.at = at(iso);
    result.agent = QStringLiteral("desk");
    return result;
}

PendingAction action(qint64 id, ActionKind kind, ActionState state, const QList<ActionStep>& steps,
                     qint64 domainId = DomainId)
{
    PendingAction result;
    result.id = id;
    result.domainId = domainId;
    result.kind = kind;
    result.state = state;
    result.steps = steps;
    return result;
}

DomainFacts facts(bool autoRenew, Programme programme, const char* created, const char* expires)
{
    DomainFacts result;
    result.id = DomainId;
    result.aLabel = QStringLiteral("xn--caf-dma.pt");
    result.uLabel = QStringLiteral("café.pt");
    result.autoRenew = autoRenew;
    result.programme = programme;
    result.createdAt = maybeAt(created);
    result.expiresAt = maybeAt(expires);
    return result;
}

// A domain with no deadlines of its own, to look at its actions alone.
DomainFacts quietDomain()
{
    return facts(false, Programme::None, nullptr, nullptr);
}

// "kind/consequence@due#action": compact enough for a table of expectations.
QString describe(const Deadline& deadline)
{
    return toCode(deadline.kind) % QLatin1Char('/') % toCode(deadline.consequence) %
           QLatin1Char('@') % timeformat::toIsoUtc(deadline.due) % QLatin1Char('#') %
           QString::number(deadline.actionId);
}

QStringList describe(const QList<Deadline>& deadlines)
{
    QStringList result;
    for (const Deadline& deadline : deadlines)
        result.append(describe(deadline));
    return result;
}

QStringList expect(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

QTimeZone lisbon()
{
    return QTimeZone("Europe/Lisbon");
}
QLocale portugal()
{
    return QLocale(QLocale::Portuguese, QLocale::Portugal);
}

// Every kind of deadline at once, for tests that look at all of them.
QList<PendingAction> busyActions()
{
    return {
        action(1, ActionKind::Verification, ActionState::Open,
               {step(ActionStepKind::Opened, "2026-03-28T12:00:00Z")}),
        action(2, ActionKind::OwnerChange, ActionState::AwaitingHolder,
               {step(ActionStepKind::Opened, "2026-04-01T09:00:00Z")}),
        action(3, ActionKind::OwnerChange, ActionState::AwaitingNewHolder,
               {step(ActionStepKind::Opened, "2026-03-20T09:00:00Z"),
                step(ActionStepKind::HolderApproved, "2026-03-25T15:00:00Z")}),
        action(4, ActionKind::OwnerChange, ActionState::VerifyingNewHolder,
               {step(ActionStepKind::Opened, "2026-03-10T09:00:00Z"),
                step(ActionStepKind::HolderApproved, "2026-03-12T09:00:00Z"),
                step(ActionStepKind::NewHolderApproved, "2026-03-27T18:00:00Z")}),
    };
}

} // namespace

class TestDeadlineEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void domainFactsOf();
    void defaultRules();
    void accessors();

    void domainRules_data();
    void domainRules();
    void actionRules_data();
    void actionRules();
    void anchorsAreKept();
    void daylightSavingKeepsExactSpans();

    void sortedByDueThenKind();
    void tiesFollowKindOrderNotRuleOrder();
    void next();

    void levels_data();
    void levels();
    void subSecondBoundary_data();
    void subSecondBoundary();
    void customThresholds_data();
    void customThresholds();
    void levelFollowsClock();
    void rulesAreData();

    void explain_data();
    void explain();
    void explainNamesDomainDateAndConsequence_data();
    void explainNamesDomainDateAndConsequence();
    void explainFallsBackToALabel();
    void explainDependsOnZoneAndLocale();
};

void TestDeadlineEngine::initTestCase()
{
    QVERIFY2(lisbon().isValid(), "tzdata for Europe/Lisbon is missing");
}

void TestDeadlineEngine::domainFactsOf()
{
    Domain domain;
    domain.id = 7;
    domain.aLabel = QStringLiteral("xn--caf-dma.pt");
    domain.uLabel = QStringLiteral("café.pt");
    domain.createdAt = at("2025-06-15T10:00:00Z");
    domain.expiresAt = at("2026-06-15T10:00:00Z");
    domain.autoRenew = true;
    domain.programme = Programme::Sitestar;
    domain.notes = QStringLiteral("not a fact deadlines need");

    const DomainFacts copy = DomainFacts::of(domain);
    QCOMPARE(copy.id, qint64(7));
    QCOMPARE(copy.aLabel, domain.aLabel);
    QCOMPARE(copy.uLabel, domain.uLabel);
    QCOMPARE(copy.createdAt, domain.createdAt);
    QCOMPARE(copy.expiresAt, domain.expiresAt);
    QCOMPARE(copy.autoRenew, true);
    QCOMPARE(copy.programme, Programme::Sitestar);

    const DomainFacts unknown = DomainFacts::of(Domain());
    QVERIFY(!unknown.createdAt.isValid());
    QVERIFY(!unknown.expiresAt.isValid());
    QCOMPARE(unknown.autoRenew, false);
    QCOMPARE(unknown.programme, Programme::None);
}

void TestDeadlineEngine::defaultRules()
{
    const QList<DeadlineRule> rules = DeadlineEngine::defaultRules();
    QCOMPARE(rules.size(), 7);

    for (const DeadlineRule& rule : rules) {
        // Only the informational auto-renewal is capped.
        const AlertLevel cap =
            rule.kind == DeadlineKind::AutoRenewal ? AlertLevel::Notice : AlertLevel::Overdue;
        QCOMPARE(rule.maxLevel, cap);
        if (rule.anchor == Anchor::ActionStep)
            QVERIFY(rule.actionKind.has_value() && rule.actionState.has_value());
    }

    const DeadlineRule& deletion = rules.at(0);
    QCOMPARE(deletion.kind, DeadlineKind::Deletion);
    QCOMPARE(deletion.anchor, Anchor::DomainExpiry);
    QCOMPARE(deletion.offset.seconds, -30 * Day);
    QCOMPARE(deletion.autoRenew, std::optional<bool>(false));

    const DeadlineRule& promo = rules.at(6);
    QCOMPARE(promo.kind, DeadlineKind::PromoEnd);
    QCOMPARE(promo.anchor, Anchor::DomainCreation);
    QCOMPARE(promo.offset.years, 1);
    QVERIFY(promo.promotionalProgrammeOnly);
}

void TestDeadlineEngine::accessors()
{
    const FixedClock clock(at("2026-01-01T00:00:00Z"));
    AlertThresholds thresholds;
    thresholds.criticalSecs = Hour;
    const DeadlineEngine engine(clock, {}, thresholds);
    QCOMPARE(&engine.clock(), static_cast<const Clock*>(&clock));
    QVERIFY(engine.rules().isEmpty());
    QCOMPARE(engine.thresholds().criticalSecs, Hour);
    QVERIFY(engine
                .evaluate(facts(false, Programme::Sitestar, "2025-01-01T00:00:00Z",
                                "2026-06-01T00:00:00Z"),
                          busyActions())
                .isEmpty());

    const DeadlineEngine byDefault(clock);
    QCOMPARE(byDefault.rules().size(), DeadlineEngine::defaultRules().size());
    QCOMPARE(byDefault.thresholds().noticeSecs, 30 * Day);
}

void TestDeadlineEngine::domainRules_data()
{
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<Programme>("programme");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char* name, bool autoRenew, Programme programme, const char* created,
                        const char* expires, QStringList expected) {
        QTest::newRow(name) << autoRenew << programme << maybeAt(created) << maybeAt(expires)
                            << expected;
    };

    row("auto-renew off: deleted 30 days before expiry", false, Programme::None,
        "2025-06-15T10:00:00Z", "2026-06-15T10:00:00Z",
        expect({"deletion/domain-deleted@2026-05-16T10:00:00Z#0"}));
    row("auto-renew on: renewed at expiry", true, Programme::None, "2025-06-15T10:00:00Z",
        "2026-06-15T10:00:00Z", expect({"auto-renewal/domain-renewed@2026-06-15T10:00:00Z#0"}));
    row("already expired still has its deadline", false, Programme::None, "2020-01-10T00:00:00Z",
        "2025-01-10T00:00:00Z", expect({"deletion/domain-deleted@2024-12-11T00:00:00Z#0"}));

    // A registration that runs past the free year was renewed, so paid for:
    // converted, the free year no longer ends anything.
    row("3em1 converted, auto-renew off", false, Programme::TresEmUm, "2025-06-15T10:00:00Z",
        "2027-06-15T10:00:00Z", expect({"deletion/domain-deleted@2027-05-16T10:00:00Z#0"}));
    row("3em1, expiry within a day of the free year's end", false, Programme::TresEmUm,
        "2025-06-15T10:00:00Z", "2026-06-16T09:00:00Z",
        expect({"deletion/domain-deleted@2026-05-17T09:00:00Z#0",
                "promo-end/free-year-ends@2026-06-15T10:00:00Z#0"}));
    row("3em1 Comercio, auto-renew off", false, Programme::TresEmUmComercio, "2025-06-15T10:00:00Z",
        "2026-06-15T10:00:00Z",
        expect({"deletion/domain-deleted@2026-05-16T10:00:00Z#0",
                "promo-end/free-year-ends@2026-06-15T10:00:00Z#0"}));
    row("Sitestar, auto-renew off", false, Programme::Sitestar, "2025-06-15T10:00:00Z",
        "2026-06-15T10:00:00Z",
        expect({"deletion/domain-deleted@2026-05-16T10:00:00Z#0",
                "promo-end/free-year-ends@2026-06-15T10:00:00Z#0"}));
    row("3em1, auto-renew on", true, Programme::TresEmUm, "2025-06-15T10:00:00Z",
        "2026-06-15T10:00:00Z",
        expect({"auto-renewal/domain-renewed@2026-06-15T10:00:00Z#0",
                "promo-end/free-year-ends@2026-06-15T10:00:00Z#0"}));
    row("3em1 Comercio converted, auto-renew on", true, Programme::TresEmUmComercio,
        "2025-06-15T10:00:00Z", "2027-06-15T10:00:00Z",
        expect({"auto-renewal/domain-renewed@2027-06-15T10:00:00Z#0"}));
    row("Sitestar converted, auto-renew on", true, Programme::Sitestar, "2025-06-15T10:00:00Z",
        "2027-06-15T10:00:00Z", expect({"auto-renewal/domain-renewed@2027-06-15T10:00:00Z#0"}));

    row("no programme: no free year", false, Programme::None, "2025-06-15T10:00:00Z", nullptr, {});
    row("expiry unknown, auto-renew off", false, Programme::None, "2025-06-15T10:00:00Z", nullptr,
        {});
    row("expiry unknown, auto-renew on", true, Programme::None, "2025-06-15T10:00:00Z", nullptr,
        {});
    row("expiry unknown, programme", true, Programme::TresEmUm, "2025-06-15T10:00:00Z", nullptr,
        expect({"promo-end/free-year-ends@2026-06-15T10:00:00Z#0"}));
    row("creation unknown: no free year", false, Programme::Sitestar, nullptr,
        "2026-06-15T10:00:00Z", expect({"deletion/domain-deleted@2026-05-16T10:00:00Z#0"}));
    row("nothing known", true, Programme::TresEmUm, nullptr, nullptr, {});

    row("free year from 29 February ends 28 February", false, Programme::TresEmUm,
        "2024-02-29T10:00:00Z", nullptr,
        expect({"promo-end/free-year-ends@2025-02-28T10:00:00Z#0"}));
    row("free year from 28 February into a leap year", false, Programme::TresEmUm,
        "2027-02-28T10:00:00Z", nullptr,
        expect({"promo-end/free-year-ends@2028-02-28T10:00:00Z#0"}));
    row("free year from 1 March into a leap year", false, Programme::Sitestar,
        "2027-03-01T00:00:00Z", nullptr,
        expect({"promo-end/free-year-ends@2028-03-01T00:00:00Z#0"}));
    row("free year counted from the UTC date", false, Programme::Sitestar,
        "2024-02-29T23:30:00-01:00", nullptr,
        expect({"promo-end/free-year-ends@2025-03-01T00:30:00Z#0"}));

    row("deletion due after the October change", false, Programme::None, "2025-11-25T12:00:00Z",
        "2026-11-25T12:00:00Z", expect({"deletion/domain-deleted@2026-10-26T12:00:00Z#0"}));
    row("deletion due in Lisbon's repeated hour", false, Programme::None, "2025-11-24T01:30:00Z",
        "2026-11-24T01:30:00Z", expect({"deletion/domain-deleted@2026-10-25T01:30:00Z#0"}));
    row("deletion due in Lisbon's skipped hour", false, Programme::None, "2025-04-28T01:30:00Z",
        "2026-04-28T01:30:00Z", expect({"deletion/domain-deleted@2026-03-29T01:30:00Z#0"}));
    row("expiry given with an offset", false, Programme::None, nullptr, "2026-06-15T12:00:00+02:00",
        expect({"deletion/domain-deleted@2026-05-16T10:00:00Z#0"}));
    row("same moment: auto-renewal before promo-end", true, Programme::TresEmUm,
        "2025-05-01T00:00:00Z", "2026-05-01T00:00:00Z",
        expect({"auto-renewal/domain-renewed@2026-05-01T00:00:00Z#0",
                "promo-end/free-year-ends@2026-05-01T00:00:00Z#0"}));
}

void TestDeadlineEngine::domainRules()
{
    QFETCH(bool, autoRenew);
    QFETCH(Programme, programme);
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, expires);
    QFETCH(QStringList, expected);

    DomainFacts domain = facts(autoRenew, programme, nullptr, nullptr);
    domain.createdAt = created;
    domain.expiresAt = expires;

    const FixedClock clock(at("2026-01-01T00:00:00Z"));
    const DeadlineEngine engine(clock);
    const QList<Deadline> deadlines = engine.evaluate(domain, {});
    QCOMPARE(describe(deadlines), expected);

    for (const Deadline& deadline : deadlines) {
        QCOMPARE(deadline.domainId, DomainId);
        QCOMPARE(deadline.aLabel, domain.aLabel);
        QCOMPARE(deadline.uLabel, domain.uLabel);
        QCOMPARE(deadline.actionId, qint64(0));
        QCOMPARE(deadline.programme, programme);
        QCOMPARE(deadline.due.timeSpec(), Qt::UTC);
        QCOMPARE(deadline.anchor.timeSpec(), Qt::UTC);
    }
}

void TestDeadlineEngine::actionRules_data()
{
    QTest::addColumn<QList<PendingAction>>("actions");
    QTest::addColumn<QStringList>("expected");

    using K = ActionKind;
    using S = ActionState;
    using P = ActionStepKind;

    QTest::newRow("verification: 48 h from opening")
        << QList<PendingAction>{action(5, K::Verification, S::Open,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")})}
        << expect({"verification/domain-deleted@2026-05-06T08:15:00Z#5"});
    QTest::newRow("verification over spring forward")
        << QList<PendingAction>{action(5, K::Verification, S::Open,
                                       {step(P::Opened, "2026-03-28T12:00:00Z")})}
        << expect({"verification/domain-deleted@2026-03-30T12:00:00Z#5"});
    QTest::newRow("verification over fall back")
        << QList<PendingAction>{action(5, K::Verification, S::Open,
                                       {step(P::Opened, "2026-10-24T12:00:00Z")})}
        << expect({"verification/domain-deleted@2026-10-26T12:00:00Z#5"});
    QTest::newRow("verification closed")
        << QList<PendingAction>{action(
               5, K::Verification, S::Closed,
               {step(P::Opened, "2026-05-04T08:15:00Z"), step(P::Closed, "2026-05-05T08:15:00Z")})}
        << QStringList();
    QTest::newRow("verification of another domain")
        << QList<PendingAction>{action(5, K::Verification, S::Open,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")}, OtherDomainId)}
        << QStringList();
    QTest::newRow("verification without its opening")
        << QList<PendingAction>{action(5, K::Verification, S::Open, {})} << QStringList();
    QTest::newRow("verification reopened: latest opening counts")
        << QList<PendingAction>{action(
               5, K::Verification, S::Open,
               {step(P::Opened, "2026-05-01T08:00:00Z"), step(P::Opened, "2026-05-04T08:00:00Z")})}
        << expect({"verification/domain-deleted@2026-05-06T08:00:00Z#5"});
    QTest::newRow("verification in an owner-change state")
        << QList<PendingAction>{action(5, K::Verification, S::AwaitingHolder,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")})}
        << QStringList();

    QTest::newRow("owner change awaiting holder: 8 days from opening")
        << QList<PendingAction>{action(6, K::OwnerChange, S::AwaitingHolder,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")})}
        << expect({"owner-change-holder/owner-change-fails@2026-05-12T08:15:00Z#6"});
    QTest::newRow("owner change awaiting holder over fall back")
        << QList<PendingAction>{action(6, K::OwnerChange, S::AwaitingHolder,
                                       {step(P::Opened, "2026-10-20T09:00:00Z")})}
        << expect({"owner-change-holder/owner-change-fails@2026-10-28T09:00:00Z#6"});
    QTest::newRow("owner change awaiting new holder: 8 days from holder approval")
        << QList<PendingAction>{action(6, K::OwnerChange, S::AwaitingNewHolder,
                                       {step(P::Opened, "2026-05-04T08:15:00Z"),
                                        step(P::HolderApproved, "2026-05-07T19:45:00Z")})}
        << expect({"owner-change-new-holder/owner-change-fails@2026-05-15T19:45:00Z#6"});
    QTest::newRow("owner change awaiting new holder, approval unrecorded")
        << QList<PendingAction>{action(6, K::OwnerChange, S::AwaitingNewHolder,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")})}
        << QStringList();
    QTest::newRow("owner change verifying new holder: 48 h, reversal")
        << QList<PendingAction>{action(6, K::OwnerChange, S::VerifyingNewHolder,
                                       {step(P::Opened, "2026-05-04T08:15:00Z"),
                                        step(P::HolderApproved, "2026-05-07T19:45:00Z"),
                                        step(P::NewHolderApproved, "2026-05-10T23:00:00Z")})}
        << expect({"verification/owner-change-reversed@2026-05-12T23:00:00Z#6"});
    QTest::newRow("owner change verifying new holder over spring forward")
        << QList<PendingAction>{action(6, K::OwnerChange, S::VerifyingNewHolder,
                                       {step(P::Opened, "2026-03-20T08:00:00Z"),
                                        step(P::HolderApproved, "2026-03-22T08:00:00Z"),
                                        step(P::NewHolderApproved, "2026-03-28T00:30:00Z")})}
        << expect({"verification/owner-change-reversed@2026-03-30T00:30:00Z#6"});
    QTest::newRow("owner change closed")
        << QList<PendingAction>{action(6, K::OwnerChange, S::Closed,
                                       {step(P::Opened, "2026-05-04T08:15:00Z"),
                                        step(P::HolderApproved, "2026-05-07T19:45:00Z"),
                                        step(P::NewHolderApproved, "2026-05-10T23:00:00Z"),
                                        step(P::Closed, "2026-05-11T10:00:00Z")})}
        << QStringList();
    QTest::newRow("owner change of another domain")
        << QList<PendingAction>{action(6, K::OwnerChange, S::AwaitingHolder,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")}, OtherDomainId)}
        << QStringList();
    QTest::newRow("owner change in the verification state")
        << QList<PendingAction>{action(6, K::OwnerChange, S::Open,
                                       {step(P::Opened, "2026-05-04T08:15:00Z")})}
        << QStringList();

    QTest::newRow("several actions, mixed, sorted")
        << QList<PendingAction>{
               action(8, K::OwnerChange, S::AwaitingNewHolder,
                      {step(P::Opened, "2026-05-01T08:00:00Z"),
                       step(P::HolderApproved, "2026-05-02T08:00:00Z")}),
               action(9, K::Verification, S::Open, {step(P::Opened, "2026-05-05T08:00:00Z")}),
               action(10, K::Verification, S::Closed, {step(P::Opened, "2026-05-01T08:00:00Z")}),
               action(11, K::Verification, S::Open, {step(P::Opened, "2026-05-01T08:00:00Z")},
                      OtherDomainId),
               action(12, K::OwnerChange, S::AwaitingHolder,
                      {step(P::Opened, "2026-04-30T08:00:00Z")}),
           }
        << expect({"verification/domain-deleted@2026-05-07T08:00:00Z#9",
                   "owner-change-holder/owner-change-fails@2026-05-08T08:00:00Z#12",
                   "owner-change-new-holder/owner-change-fails@2026-05-10T08:00:00Z#8"});
}

void TestDeadlineEngine::actionRules()
{
    QFETCH(QList<PendingAction>, actions);
    QFETCH(QStringList, expected);

    const FixedClock clock(at("2026-01-01T00:00:00Z"));
    const DeadlineEngine engine(clock);
    const QList<Deadline> deadlines = engine.evaluate(quietDomain(), actions);
    QCOMPARE(describe(deadlines), expected);
    for (const Deadline& deadline : deadlines)
        QCOMPARE(deadline.domainId, DomainId);
}

void TestDeadlineEngine::anchorsAreKept()
{
    const FixedClock clock(at("2026-01-01T00:00:00Z"));
    const DeadlineEngine engine(clock);
    const QList<Deadline> deadlines = engine.evaluate(
        facts(false, Programme::TresEmUm, "2025-11-25T10:00:00Z", "2026-11-25T12:00:00Z"),
        busyActions());

    QHash<QString, QDateTime> anchors;
    for (const Deadline& deadline : deadlines)
        anchors.insert(toCode(deadline.kind) % QLatin1Char('/') % toCode(deadline.consequence),
                       deadline.anchor);

    QCOMPARE(anchors.size(), 6);
    QCOMPARE(anchors.value(QStringLiteral("deletion/domain-deleted")), at("2026-11-25T12:00:00Z"));
    QCOMPARE(anchors.value(QStringLiteral("promo-end/free-year-ends")), at("2025-11-25T10:00:00Z"));
    QCOMPARE(anchors.value(QStringLiteral("verification/domain-deleted")),
             at("2026-03-28T12:00:00Z"));
    QCOMPARE(anchors.value(QStringLiteral("owner-change-holder/owner-change-fails")),
             at("2026-04-01T09:00:00Z"));
    QCOMPARE(anchors.value(QStringLiteral("owner-change-new-holder/owner-change-fails")),
             at("2026-03-25T15:00:00Z"));
    QCOMPARE(anchors.value(QStringLiteral("verification/owner-change-reversed")),
             at("2026-03-27T18:00:00Z"));
}

void TestDeadlineEngine::daylightSavingKeepsExactSpans()
{
    const FixedClock clock(at("2026-03-28T12:00:00Z"));
    const DeadlineEngine engine(clock);
    const QList<PendingAction> actions{
        action(1, ActionKind::Verification, ActionState::Open,
               {step(ActionStepKind::Opened, "2026-03-28T12:00:00Z")}),
    };
    const std::optional<Deadline> verification = engine.next(quietDomain(), actions);
    QVERIFY(verification.has_value());

    // 48 hours exactly, although a Lisbon clock shows 49 between the two moments.
    QCOMPARE(verification->anchor.secsTo(verification->due), 48 * Hour);
    QCOMPARE(verification->due, at("2026-03-30T12:00:00Z"));
    QCOMPARE(verification->anchor.toTimeZone(lisbon()).time(), QTime(12, 0));
    QCOMPARE(verification->due.toTimeZone(lisbon()).time(), QTime(13, 0));
    QCOMPARE(verification->level, AlertLevel::Critical);

    // Deletion 30 days before an expiry on the other side of the October change.
    const std::optional<Deadline> deletion =
        engine.next(facts(false, Programme::None, nullptr, "2026-11-25T12:00:00Z"), {});
    QVERIFY(deletion.has_value());
    QCOMPARE(deletion->due.secsTo(deletion->anchor), 30 * Day);
    QCOMPARE(deletion->due.toTimeZone(lisbon()).time(), QTime(12, 0));
    QCOMPARE(deletion->anchor.toTimeZone(lisbon()).time(), QTime(12, 0));
}

void TestDeadlineEngine::sortedByDueThenKind()
{
    const FixedClock clock(at("2026-03-01T00:00:00Z"));
    const DeadlineEngine engine(clock);
    const QList<Deadline> deadlines = engine.evaluate(
        facts(true, Programme::Sitestar, "2025-03-30T00:00:00Z", "2026-03-31T00:00:00Z"),
        busyActions());

    QCOMPARE(describe(deadlines),
             expect({"verification/owner-change-reversed@2026-03-29T18:00:00Z#4",
                     "promo-end/free-year-ends@2026-03-30T00:00:00Z#0",
                     "verification/domain-deleted@2026-03-30T12:00:00Z#1",
                     "auto-renewal/domain-renewed@2026-03-31T00:00:00Z#0",
                     "owner-change-new-holder/owner-change-fails@2026-04-02T15:00:00Z#3",
                     "owner-change-holder/owner-change-fails@2026-04-09T09:00:00Z#2"}));
    for (int i = 1; i < deadlines.size(); ++i)
        QVERIFY(deadlines.at(i - 1).due <= deadlines.at(i).due);
}

void TestDeadlineEngine::tiesFollowKindOrderNotRuleOrder()
{
    // The same anchor and offset for every kind, rules listed backwards.
    QList<DeadlineRule> rules;
    const DeadlineKind kinds[] = {
        DeadlineKind::PromoEnd,          DeadlineKind::OwnerChangeNewHolder,
        DeadlineKind::OwnerChangeHolder, DeadlineKind::Verification,
        DeadlineKind::AutoRenewal,       DeadlineKind::Deletion};
    for (const DeadlineKind kind : kinds) {
        DeadlineRule rule;
        rule.kind = kind;
        rule.anchor = Anchor::DomainExpiry;
        rules.append(rule);
    }
    const FixedClock clock(at("2026-01-01T00:00:00Z"));
    const DeadlineEngine engine(clock, rules);
    const QList<Deadline> deadlines =
        engine.evaluate(facts(true, Programme::None, nullptr, "2026-06-01T00:00:00Z"), {});

    QCOMPARE(deadlines.size(), 6);
    for (int i = 0; i < deadlines.size(); ++i) {
        QCOMPARE(deadlines.at(i).due, at("2026-06-01T00:00:00Z"));
        QCOMPARE(deadlines.at(i).kind, static_cast<DeadlineKind>(i));
    }
}

void TestDeadlineEngine::next()
{
    const FixedClock clock(at("2026-03-01T00:00:00Z"));
    const DeadlineEngine engine(clock);

    const DomainFacts busy =
        facts(true, Programme::Sitestar, "2025-03-30T00:00:00Z", "2026-03-31T00:00:00Z");
    const std::optional<Deadline> earliest = engine.next(busy, busyActions());
    QVERIFY(earliest.has_value());
    QCOMPARE(describe(*earliest),
             QStringLiteral("verification/owner-change-reversed@2026-03-29T18:00:00Z#4"));
    QCOMPARE(describe(*earliest), describe(engine.evaluate(busy, busyActions()).constFirst()));

    const std::optional<Deadline> onlyDomain = engine.next(busy, {});
    QVERIFY(onlyDomain.has_value());
    QCOMPARE(onlyDomain->kind, DeadlineKind::PromoEnd);

    QVERIFY(!engine.next(quietDomain(), {}).has_value());
    QVERIFY(
        !engine
             .next(quietDomain(), {action(1, ActionKind::Verification, ActionState::Closed,
                                          {step(ActionStepKind::Opened, "2026-03-28T12:00:00Z")})})
             .has_value());
}

void TestDeadlineEngine::levels_data()
{
    QTest::addColumn<bool>("autoRenew"); // on: the capped auto-renewal; off: the uncapped deletion
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<AlertLevel>("expected");

    struct Boundary
    {
        const char* name;
        qint64 left;
        AlertLevel uncapped;
    };
    const Boundary boundaries[] = {
        {"a month late", -30 * Day, AlertLevel::Overdue},
        {"1 s late", -1, AlertLevel::Overdue},
        {"exactly due", 0, AlertLevel::Critical},
        {"1 s left", 1, AlertLevel::Critical},
        {"2 days", 2 * Day, AlertLevel::Critical},
        {"2 days + 1 s", 2 * Day + 1, AlertLevel::Warning},
        {"7 days", 7 * Day, AlertLevel::Warning},
        {"7 days + 1 s", 7 * Day + 1, AlertLevel::Notice},
        {"30 days", 30 * Day, AlertLevel::Notice},
        {"30 days + 1 s", 30 * Day + 1, AlertLevel::None},
        {"a year", 365 * Day, AlertLevel::None},
    };
    for (const Boundary& b : boundaries) {
        QTest::addRow("deletion, %s", b.name) << false << b.left << b.uncapped;
        QTest::addRow("auto-renewal, %s", b.name)
            << true << b.left << std::min(b.uncapped, AlertLevel::Notice);
    }
}

void TestDeadlineEngine::levels()
{
    QFETCH(bool, autoRenew);
    QFETCH(qint64, secondsLeft);
    QFETCH(AlertLevel, expected);

    const DomainFacts domain = facts(autoRenew, Programme::None, nullptr, "2026-06-15T10:00:00Z");
    const QDateTime due = autoRenew ? at("2026-06-15T10:00:00Z") : at("2026-05-16T10:00:00Z");
    const FixedClock clock(due.addSecs(-secondsLeft));
    const DeadlineEngine engine(clock);

    const QList<Deadline> deadlines = engine.evaluate(domain, {});
    QCOMPARE(deadlines.size(), 1);
    const Deadline& deadline = deadlines.constFirst();
    QCOMPARE(deadline.due, due);
    QCOMPARE(deadline.maxLevel, autoRenew ? AlertLevel::Notice : AlertLevel::Overdue);
    QCOMPARE(deadline.level, expected);
    QCOMPARE(engine.levelOf(deadline), expected);
}

void TestDeadlineEngine::subSecondBoundary_data()
{
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<qint64>("msecsLeft");
    QTest::addColumn<AlertLevel>("expected");

    // Overdue means strictly past the due moment, even by a fraction of a second.
    QTest::newRow("deletion, 1 ms late") << false << qint64(-1) << AlertLevel::Overdue;
    QTest::newRow("deletion, 999 ms late") << false << qint64(-999) << AlertLevel::Overdue;
    QTest::newRow("deletion, 1 ms left") << false << qint64(1) << AlertLevel::Critical;
    QTest::newRow("deletion, 2 days + 999 ms")
        << false << 2 * Day * 1000 + 999 << AlertLevel::Critical;
    QTest::newRow("auto-renewal, 1 ms late") << true << qint64(-1) << AlertLevel::Notice;
    QTest::newRow("auto-renewal, 30 days + 999 ms")
        << true << 30 * Day * 1000 + 999 << AlertLevel::Notice;
}

void TestDeadlineEngine::subSecondBoundary()
{
    QFETCH(bool, autoRenew);
    QFETCH(qint64, msecsLeft);
    QFETCH(AlertLevel, expected);

    const DomainFacts domain = facts(autoRenew, Programme::None, nullptr, "2026-06-15T10:00:00Z");
    const QDateTime due = autoRenew ? at("2026-06-15T10:00:00Z") : at("2026-05-16T10:00:00Z");
    const FixedClock clock(due.addMSecs(-msecsLeft));
    const DeadlineEngine engine(clock);
    const std::optional<Deadline> deadline = engine.next(domain, {});
    QVERIFY(deadline.has_value());
    QCOMPARE(deadline->level, expected);
}

void TestDeadlineEngine::customThresholds_data()
{
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<AlertLevel>("expected");

    // Thresholds of 1 hour, 1 day and 3 days.
    QTest::newRow("deletion, 1 s late") << false << qint64(-1) << AlertLevel::Overdue;
    QTest::newRow("deletion, due") << false << qint64(0) << AlertLevel::Critical;
    QTest::newRow("deletion, 1 h") << false << Hour << AlertLevel::Critical;
    QTest::newRow("deletion, 1 h + 1 s") << false << Hour + 1 << AlertLevel::Warning;
    QTest::newRow("deletion, 1 day") << false << Day << AlertLevel::Warning;
    QTest::newRow("deletion, 1 day + 1 s") << false << Day + 1 << AlertLevel::Notice;
    QTest::newRow("deletion, 3 days") << false << 3 * Day << AlertLevel::Notice;
    QTest::newRow("deletion, 3 days + 1 s") << false << 3 * Day + 1 << AlertLevel::None;
    QTest::newRow("deletion, 2 days (critical by default)")
        << false << 2 * Day << AlertLevel::Notice;
    QTest::newRow("auto-renewal, 1 s late") << true << qint64(-1) << AlertLevel::Notice;
    QTest::newRow("auto-renewal, 1 h") << true << Hour << AlertLevel::Notice;
    QTest::newRow("auto-renewal, 3 days + 1 s") << true << 3 * Day + 1 << AlertLevel::None;
}

void TestDeadlineEngine::customThresholds()
{
    QFETCH(bool, autoRenew);
    QFETCH(qint64, secondsLeft);
    QFETCH(AlertLevel, expected);

    AlertThresholds thresholds;
    thresholds.criticalSecs = Hour;
    thresholds.warningSecs = Day;
    thresholds.noticeSecs = 3 * Day;

    const DomainFacts domain = facts(autoRenew, Programme::None, nullptr, "2026-06-15T10:00:00Z");
    const QDateTime due = autoRenew ? at("2026-06-15T10:00:00Z") : at("2026-05-16T10:00:00Z");
    const FixedClock clock(due.addSecs(-secondsLeft));
    const DeadlineEngine engine(clock, DeadlineEngine::defaultRules(), thresholds);

    const std::optional<Deadline> deadline = engine.next(domain, {});
    QVERIFY(deadline.has_value());
    QCOMPARE(deadline->due, due);
    QCOMPARE(deadline->level, expected);
    QCOMPARE(engine.levelOf(*deadline), expected);
}

void TestDeadlineEngine::levelFollowsClock()
{
    FixedClock clock(at("2026-03-28T12:00:00Z"));
    const DeadlineEngine engine(clock);
    const QList<PendingAction> actions{
        action(1, ActionKind::Verification, ActionState::Open,
               {step(ActionStepKind::Opened, "2026-03-28T12:00:00Z")}),
    };
    const Deadline deadline = engine.next(quietDomain(), actions).value();
    QCOMPARE(deadline.level, AlertLevel::Critical);

    clock.advanceSecs(48 * Hour);
    QCOMPARE(engine.levelOf(deadline), AlertLevel::Critical); // exactly due
    clock.advanceSecs(1);
    QCOMPARE(engine.levelOf(deadline), AlertLevel::Overdue);
    QCOMPARE(deadline.level, AlertLevel::Critical); // a snapshot, as evaluated
    QCOMPARE(engine.next(quietDomain(), actions)->level, AlertLevel::Overdue);

    clock.set(at("2026-02-01T00:00:00Z"));
    QCOMPARE(engine.levelOf(deadline), AlertLevel::None);
    QCOMPARE(engine.levelOf(Deadline()), AlertLevel::None); // no due moment, no alert
}

void TestDeadlineEngine::rulesAreData()
{
    // A made-up rule: a sampling check ten days after creation, never more than a warning,
    // only for domains without auto-renew.
    DeadlineRule sampling;
    sampling.kind = DeadlineKind::Verification;
    sampling.anchor = Anchor::DomainCreation;
    sampling.offset = Offset::days(10);
    sampling.consequence = Consequence::DomainDeleted;
    sampling.maxLevel = AlertLevel::Warning;
    sampling.autoRenew = false;

    FixedClock clock(at("2026-03-16T00:00:00Z"));
    const DeadlineEngine engine(clock, {sampling});

    const DomainFacts fresh =
        facts(false, Programme::None, "2026-03-15T09:00:00Z", "2027-03-15T09:00:00Z");
    const QList<Deadline> deadlines = engine.evaluate(fresh, busyActions());
    QCOMPARE(describe(deadlines), expect({"verification/domain-deleted@2026-03-25T09:00:00Z#0"}));
    QCOMPARE(deadlines.constFirst().maxLevel, AlertLevel::Warning);
    QCOMPARE(deadlines.constFirst().level, AlertLevel::Notice);

    clock.set(at("2026-04-01T00:00:00Z"));
    QCOMPARE(engine.levelOf(deadlines.constFirst()), AlertLevel::Warning); // capped, not overdue

    DomainFacts renewing = fresh;
    renewing.autoRenew = true;
    QVERIFY(engine.evaluate(renewing, {}).isEmpty());
}

void TestDeadlineEngine::explain_data()
{
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<Programme>("programme");
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<QList<PendingAction>>("actions");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("consequence");
    QTest::addColumn<QString>("expected");

    using K = ActionKind;
    using S = ActionState;
    using P = ActionStepKind;
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    const QDateTime winterExpiry = at("2026-11-25T12:00:00Z");
    const QList<PendingAction> none;

    // Deletion due 26 Oct, the day after clocks go back: shown in WET; expiry in WET too.
    QTest::newRow("deletion after the October change")
        << false << Programme::None << winterExpiry << none << at("2026-10-01T00:00:00Z")
        << s("deletion") << s("domain-deleted")
        << s("café.pt will be deleted on 26/10/2026 12:00 WET because it expires on 25/11/2026 "
             "and auto-renew is off; .pt has no grace period.");
    QTest::newRow("deletion in summer time")
        << false << Programme::None << at("2026-10-20T12:00:00Z") << none
        << at("2026-09-01T00:00:00Z") << s("deletion") << s("domain-deleted")
        << s("café.pt will be deleted on 20/09/2026 13:00 WEST because it expires on 20/10/2026 "
             "and auto-renew is off; .pt has no grace period.");
    QTest::newRow("deletion, Lisbon dates differ from UTC ones")
        << false << Programme::None << at("2026-06-30T23:30:00Z") << none
        << at("2026-05-01T00:00:00Z") << s("deletion") << s("domain-deleted")
        << s("café.pt will be deleted on 01/06/2026 00:30 WEST because it expires on 01/07/2026 "
             "and auto-renew is off; .pt has no grace period.");
    QTest::newRow("deletion exactly due")
        << false << Programme::None << winterExpiry << none << at("2026-10-26T12:00:00Z")
        << s("deletion") << s("domain-deleted")
        << s("café.pt will be deleted on 26/10/2026 12:00 WET because it expires on 25/11/2026 "
             "and auto-renew is off; .pt has no grace period.");
    QTest::newRow("deletion past due")
        << false << Programme::None << winterExpiry << none << at("2026-10-26T12:00:01Z")
        << s("deletion") << s("domain-deleted")
        << s("café.pt was due for deletion on 26/10/2026 12:00 WET because it expires on "
             "25/11/2026 and auto-renew is off; it may be deleted at any moment.");

    QTest::newRow("auto-renewal")
        << true << Programme::None << winterExpiry << none << at("2026-10-01T00:00:00Z")
        << s("auto-renewal") << s("domain-renewed")
        << s("café.pt will be renewed automatically by the registry on 25/11/2026 12:00 WET "
             "(auto-renew is on).");
    QTest::newRow("auto-renewal past (level capped, tense not)")
        << true << Programme::None << winterExpiry << none << at("2026-11-26T00:00:00Z")
        << s("auto-renewal") << s("domain-renewed")
        << s("café.pt was due to be renewed automatically by the registry on 25/11/2026 12:00 "
             "WET (auto-renew is on).");

    const QList<PendingAction> verification{
        action(1, K::Verification, S::Open, {step(P::Opened, "2026-03-28T12:00:00Z")})};
    QTest::newRow("verification over spring forward")
        << true << Programme::None << QDateTime() << verification << at("2026-03-28T12:05:00Z")
        << s("verification") << s("domain-deleted")
        << s("The registry asked the holder of café.pt to prove their identity on 28/03/2026 "
             "12:00 WET; without an answer by 30/03/2026 13:00 WEST the domain may be deleted.");
    QTest::newRow("verification past due")
        << true << Programme::None << QDateTime() << verification << at("2026-03-31T08:00:00Z")
        << s("verification") << s("domain-deleted")
        << s("The registry asked the holder of café.pt to prove their identity on 28/03/2026 "
             "12:00 WET; the answer was due by 30/03/2026 13:00 WEST and the domain may be "
             "deleted at any moment.");

    const QList<PendingAction> awaitingHolder{
        action(2, K::OwnerChange, S::AwaitingHolder, {step(P::Opened, "2026-10-20T09:00:00Z")})};
    QTest::newRow("owner change, current holder")
        << true << Programme::None << QDateTime() << awaitingHolder << at("2026-10-21T00:00:00Z")
        << s("owner-change-holder") << s("owner-change-fails")
        << s("The current holder of café.pt must approve the owner change opened on 20/10/2026 "
             "10:00 WEST by 28/10/2026 09:00 WET, or the request fails.");
    QTest::newRow("owner change, current holder past due")
        << true << Programme::None << QDateTime() << awaitingHolder << at("2026-10-29T00:00:00Z")
        << s("owner-change-holder") << s("owner-change-fails")
        << s("The current holder of café.pt was due to approve the owner change opened on "
             "20/10/2026 10:00 WEST by 28/10/2026 09:00 WET; without that approval the request "
             "fails.");

    const QList<PendingAction> awaitingNewHolder{
        action(3, K::OwnerChange, S::AwaitingNewHolder,
               {step(P::Opened, "2026-10-20T09:00:00Z"),
                step(P::HolderApproved, "2026-10-22T15:00:00Z")})};
    QTest::newRow("owner change, new holder")
        << true << Programme::None << QDateTime() << awaitingNewHolder << at("2026-10-23T00:00:00Z")
        << s("owner-change-new-holder") << s("owner-change-fails")
        << s("The current holder of café.pt approved the owner change on 22/10/2026 16:00 WEST; "
             "the new holder must approve it by 30/10/2026 15:00 WET, or the request fails.");
    QTest::newRow("owner change, new holder past due")
        << true << Programme::None << QDateTime() << awaitingNewHolder << at("2026-11-02T00:00:00Z")
        << s("owner-change-new-holder") << s("owner-change-fails")
        << s("The current holder of café.pt approved the owner change on 22/10/2026 16:00 WEST; "
             "the new holder was due to approve it by 30/10/2026 15:00 WET, and without that "
             "approval the request fails.");

    const QList<PendingAction> verifyingNewHolder{action(
        4, K::OwnerChange, S::VerifyingNewHolder,
        {step(P::Opened, "2026-10-10T09:00:00Z"), step(P::HolderApproved, "2026-10-12T09:00:00Z"),
         step(P::NewHolderApproved, "2026-10-24T12:00:00Z")})};
    QTest::newRow("owner change, new holder verification over fall back")
        << true << Programme::None << QDateTime() << verifyingNewHolder
        << at("2026-10-25T00:00:00Z") << s("verification") << s("owner-change-reversed")
        << s("The registry asked the new holder of café.pt to prove their identity on "
             "24/10/2026 13:00 WEST; without an answer by 26/10/2026 12:00 WET the owner change "
             "is reversed.");

    QTest::newRow("promo-end, 3em1.pt")
        << true << Programme::TresEmUm << QDateTime() << none << at("2026-06-01T00:00:00Z")
        << s("promo-end") << s("free-year-ends")
        << s("The free year of café.pt under the 3em1.pt programme ends on 15/06/2026 11:00 "
             "WEST; the holder must convert it or lose the name.");
    QTest::newRow("promo-end, 3em1 Comércio")
        << true << Programme::TresEmUmComercio << QDateTime() << none << at("2026-06-01T00:00:00Z")
        << s("promo-end") << s("free-year-ends")
        << s("The free year of café.pt under the 3em1 Comércio programme ends on 15/06/2026 "
             "11:00 WEST; the holder must convert it or lose the name.");
    QTest::newRow("promo-end, Sitestar.pt")
        << false << Programme::Sitestar << QDateTime() << none << at("2026-06-01T00:00:00Z")
        << s("promo-end") << s("free-year-ends")
        << s("The free year of café.pt under the Sitestar.pt programme ends on 15/06/2026 11:00 "
             "WEST; the holder must convert it or lose the name.");
    QTest::newRow("promo-end past")
        << false << Programme::Sitestar << QDateTime() << none << at("2026-06-16T00:00:00Z")
        << s("promo-end") << s("free-year-ends")
        << s("The free year of café.pt under the Sitestar.pt programme ended on 15/06/2026 11:00 "
             "WEST; the holder must convert it or lose the name.");
}

void TestDeadlineEngine::explain()
{
    QFETCH(bool, autoRenew);
    QFETCH(Programme, programme);
    QFETCH(QDateTime, expires);
    QFETCH(QList<PendingAction>, actions);
    QFETCH(QDateTime, now);
    QFETCH(QString, kind);
    QFETCH(QString, consequence);
    QFETCH(QString, expected);

    DomainFacts domain = facts(autoRenew, programme, "2025-06-15T10:00:00Z", nullptr);
    domain.expiresAt = expires;
    const FixedClock clock(now);
    const DeadlineEngine engine(clock);

    const QList<Deadline> deadlines = engine.evaluate(domain, actions);
    const auto found = std::find_if(deadlines.cbegin(), deadlines.cend(), [&](const Deadline& d) {
        return toCode(d.kind) == kind && toCode(d.consequence) == consequence;
    });
    QVERIFY2(found != deadlines.cend(), qPrintable(describe(deadlines).join(QLatin1Char(' '))));
    QCOMPARE(engine.explain(*found, lisbon(), portugal()), expected);
}

void TestDeadlineEngine::explainNamesDomainDateAndConsequence_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("before everything") << at("2026-01-01T00:00:00Z");
    QTest::newRow("after everything") << at("2027-12-01T00:00:00Z");
}

void TestDeadlineEngine::explainNamesDomainDateAndConsequence()
{
    QFETCH(QDateTime, now);

    const FixedClock clock(now);
    const DeadlineEngine engine(clock);
    QList<Deadline> deadlines = engine.evaluate(
        facts(false, Programme::TresEmUm, "2025-11-25T10:00:00Z", "2026-11-25T12:00:00Z"),
        busyActions());
    deadlines.append(
        engine.evaluate(facts(true, Programme::None, nullptr, "2026-11-25T12:00:00Z"), {}));
    QCOMPARE(deadlines.size(), 7); // every kind, and both verification consequences

    const QMap<Consequence, QString> words{
        {Consequence::DomainDeleted, QStringLiteral("deleted")},
        {Consequence::DomainRenewed, QStringLiteral("renewed")},
        {Consequence::OwnerChangeFails, QStringLiteral("request fails")},
        {Consequence::OwnerChangeReversed, QStringLiteral("reversed")},
        {Consequence::FreeYearEnds, QStringLiteral("free year")},
    };
    QSet<QString> distinct;
    for (const Deadline& deadline : deadlines) {
        const QString text = engine.explain(deadline, lisbon(), portugal());
        const QString why = describe(deadline) % QStringLiteral(": ") % text;
        QVERIFY2(text.contains(QStringLiteral("café.pt")), qPrintable(why));
        QVERIFY2(!text.contains(QStringLiteral("xn--")), qPrintable(why));
        QVERIFY2(text.contains(timeformat::forPeople(deadline.due, lisbon(), portugal())),
                 qPrintable(why));
        QVERIFY2(text.contains(words.value(deadline.consequence)), qPrintable(why));
        // One sentence: a single full stop at the end, no line breaks, no unfilled markers.
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(why));
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(why));
        QVERIFY2(!text.contains(QStringLiteral(". ")), qPrintable(why));
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(why));
        distinct.insert(text);
    }
    QCOMPARE(distinct.size(), deadlines.size());
}

void TestDeadlineEngine::explainFallsBackToALabel()
{
    const FixedClock clock(at("2026-01-01T00:00:00Z"));
    const DeadlineEngine engine(clock);
    DomainFacts domain = facts(true, Programme::None, nullptr, "2026-11-25T12:00:00Z");
    domain.uLabel.clear();
    const Deadline deadline = engine.next(domain, {}).value();
    QCOMPARE(engine.explain(deadline, lisbon(), portugal()),
             QStringLiteral("xn--caf-dma.pt will be renewed automatically by the registry on "
                            "25/11/2026 12:00 WET (auto-renew is on)."));

    // A name that looks like a placeholder stays as it is.
    domain.uLabel = QStringLiteral("%2.pt");
    QVERIFY(engine.explain(engine.next(domain, {}).value(), lisbon(), portugal())
                .startsWith(QStringLiteral("%2.pt will be renewed")));
}

void TestDeadlineEngine::explainDependsOnZoneAndLocale()
{
    const FixedClock clock(at("2026-10-01T00:00:00Z"));
    const DeadlineEngine engine(clock);
    const Deadline deletion =
        engine.next(facts(false, Programme::None, nullptr, "2026-11-25T12:00:00Z"), {}).value();

    QCOMPARE(engine.explain(deletion, QTimeZone::utc(),
                            QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("café.pt will be deleted on 26/10/2026 12:00 UTC because it expires "
                            "on 25/11/2026 and auto-renew is off; .pt has no grace period."));
    QCOMPARE(engine.explain(deletion, QTimeZone("America/New_York"), QLocale::c()),
             QStringLiteral("café.pt will be deleted on 26 Oct 2026 08:00 EDT because it expires "
                            "on 25 Nov 2026 and auto-renew is off; .pt has no grace period."));
}

QTEST_GUILESS_MAIN(TestDeadlineEngine)
#include "tst_deadlineengine.moc"
