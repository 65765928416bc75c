#include "rules/Deadline.h"

#include <QTest>

using rd::Consequence;
using rd::DeadlineKind;

Q_DECLARE_METATYPE(rd::DeadlineKind)
Q_DECLARE_METATYPE(rd::Consequence)

class TestDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindCodes_data();
    void kindCodes();
    void consequenceCodes_data();
    void consequenceCodes();
    void unknownCodes_data();
    void unknownCodes();
    void defaults();
};

void TestDeadline::kindCodes_data()
{
    QTest::addColumn<DeadlineKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("deletion") << DeadlineKind::Deletion << QStringLiteral("deletion");
    QTest::newRow("auto-renewal") << DeadlineKind::AutoRenewal << QStringLiteral("auto-renewal");
    QTest::newRow("verification") << DeadlineKind::Verification << QStringLiteral("verification");
    QTest::newRow("owner-change-holder")
        << DeadlineKind::OwnerChangeHolder << QStringLiteral("owner-change-holder");
    QTest::newRow("owner-change-new-holder")
        << DeadlineKind::OwnerChangeNewHolder << QStringLiteral("owner-change-new-holder");
    QTest::newRow("promo-end") << DeadlineKind::PromoEnd << QStringLiteral("promo-end");
}

void TestDeadline::kindCodes()
{
    QFETCH(DeadlineKind, kind);
    QFETCH(QString, code);
    QCOMPARE(rd::toCode(kind), code);
    const std::optional<DeadlineKind> parsed = rd::deadlineKindFromCode(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, kind);
}

void TestDeadline::consequenceCodes_data()
{
    QTest::addColumn<Consequence>("consequence");
    QTest::addColumn<QString>("code");

    QTest::newRow("domain-deleted")
        << Consequence::DomainDeleted << QStringLiteral("domain-deleted");
    QTest::newRow("domain-renewed")
        << Consequence::DomainRenewed << QStringLiteral("domain-renewed");
    QTest::newRow("owner-change-fails")
        << Consequence::OwnerChangeFails << QStringLiteral("owner-change-fails");
    QTest::newRow("owner-change-reversed")
        << Consequence::OwnerChangeReversed << QStringLiteral("owner-change-reversed");
    QTest::newRow("free-year-ends")
        << Consequence::FreeYearEnds << QStringLiteral("free-year-ends");
}

void TestDeadline::consequenceCodes()
{
    QFETCH(Consequence, consequence);
    QFETCH(QString, code);
    QCOMPARE(rd::toCode(consequence), code);
    const std::optional<Consequence> parsed = rd::consequenceFromCode(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, consequence);
}

void TestDeadline::unknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Deletion");
    QTest::newRow("underscore") << QStringLiteral("auto_renewal");
    QTest::newRow("action kind, not deadline kind") << QStringLiteral("owner-change");
    QTest::newRow("padded") << QStringLiteral(" promo-end");
}

void TestDeadline::unknownCodes()
{
    QFETCH(QString, code);
    QVERIFY(!rd::deadlineKindFromCode(code).has_value());
    QVERIFY(!rd::consequenceFromCode(code).has_value());
}

void TestDeadline::defaults()
{
    const rd::Deadline deadline;
    QCOMPARE(deadline.level, rd::AlertLevel::None);
    QCOMPARE(deadline.maxLevel, rd::AlertLevel::Overdue); // uncapped unless a rule says so
    QCOMPARE(deadline.programme, rd::Programme::None);
    QCOMPARE(deadline.actionId, qint64(0));
    QVERIFY(!deadline.due.isValid());
}

QTEST_GUILESS_MAIN(TestDeadline)
#include "tst_deadline.moc"
