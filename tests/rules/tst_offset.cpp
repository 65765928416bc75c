#include "rules/DeadlineRule.h"
#include "rules/TimeFormat.h"

#include <QTest>

using rd::Offset;

Q_DECLARE_METATYPE(rd::Offset)

namespace {

QDateTime moment(const char* iso)
{
    const std::optional<QDateTime> parsed = rd::timeformat::parseIsoWithZone(QLatin1String(iso));
    if (!parsed)
        qFatal("test data: bad timestamp %s", iso);
    return *parsed;
}

} // namespace

class TestOffset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factories();
    void applyTo_data();
    void applyTo();
    void invalidAnchor();
    void resultIsUtc();
    void exactSecondsAcrossDaylightSaving_data();
    void exactSecondsAcrossDaylightSaving();
};

void TestOffset::factories()
{
    QCOMPARE(Offset::days(2).seconds, qint64(172800));
    QCOMPARE(Offset::days(2).years, 0);
    QCOMPARE(Offset::days(-30).seconds, qint64(-2592000));
    QCOMPARE(Offset::hours(48).seconds, Offset::days(2).seconds);
    QCOMPARE(Offset::ofYears(1).years, 1);
    QCOMPARE(Offset::ofYears(1).seconds, qint64(0));
}

void TestOffset::applyTo_data()
{
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<Offset>("offset");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* anchor, Offset offset, const char* due) {
        QTest::newRow(name) << moment(anchor) << offset << QString::fromLatin1(due);
    };
    row("zero", "2026-05-01T10:00:00Z", Offset{}, "2026-05-01T10:00:00Z");
    row("48 hours", "2026-05-01T10:00:00Z", Offset::hours(48), "2026-05-03T10:00:00Z");
    row("8 days over a month end", "2026-04-27T23:59:59Z", Offset::days(8), "2026-05-05T23:59:59Z");
    row("30 days back", "2026-06-15T00:00:00Z", Offset::days(-30), "2026-05-16T00:00:00Z");
    row("30 days back over a year start", "2026-01-10T08:00:00Z", Offset::days(-30),
        "2025-12-11T08:00:00Z");
    row("30 days back over leap February", "2028-03-15T12:00:00Z", Offset::days(-30),
        "2028-02-14T12:00:00Z");
    row("one year", "2025-06-15T10:30:00Z", Offset::ofYears(1), "2026-06-15T10:30:00Z");
    row("one year from 29 February", "2024-02-29T09:00:00Z", Offset::ofYears(1),
        "2025-02-28T09:00:00Z");
    row("four years from 29 February", "2024-02-29T09:00:00Z", Offset::ofYears(4),
        "2028-02-29T09:00:00Z");
    row("one year into a leap year", "2027-02-28T09:00:00Z", Offset::ofYears(1),
        "2028-02-28T09:00:00Z");
    row("one year from 1 March before a leap day", "2027-03-01T00:00:00Z", Offset::ofYears(1),
        "2028-03-01T00:00:00Z");
    row("one year back", "2026-03-29T01:00:00Z", Offset::ofYears(-1), "2025-03-29T01:00:00Z");
    row("years then seconds", "2024-02-29T12:00:00Z", (Offset{1, -3600}), "2025-02-28T11:00:00Z");
    // The calendar year is the UTC one: 29 Feb 00:30 in Lisbon in winter is 29 Feb UTC too,
    // but 1 March 00:30 at +01:00 is still 29 February in UTC.
    row("year counted in UTC", "2024-03-01T00:30:00+01:00", Offset::ofYears(1),
        "2025-02-28T23:30:00Z");
}

void TestOffset::applyTo()
{
    QFETCH(QDateTime, anchor);
    QFETCH(Offset, offset);
    QFETCH(QString, expected);
    QCOMPARE(rd::timeformat::toIsoUtc(offset.applyTo(anchor)), expected);
}

void TestOffset::invalidAnchor()
{
    QVERIFY(!Offset::days(-30).applyTo(QDateTime()).isValid());
    QVERIFY(!Offset::ofYears(1).applyTo(QDateTime()).isValid());
    QVERIFY(!Offset{}.applyTo(QDateTime()).isValid());
}

void TestOffset::resultIsUtc()
{
    const QDateTime lisbon(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Lisbon"));
    const QDateTime due = Offset::hours(48).applyTo(lisbon);
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(due, moment("2026-07-03T11:00:00Z"));
}

void TestOffset::exactSecondsAcrossDaylightSaving_data()
{
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<Offset>("offset");
    QTest::addColumn<int>("wallClockHours"); // as read on a Lisbon clock

    // Clocks go forward on 29 March 2026 at 01:00 UTC and back on 25 October at 01:00 UTC.
    QTest::newRow("48 h over spring forward")
        << moment("2026-03-28T12:00:00Z") << Offset::hours(48) << 49;
    QTest::newRow("48 h over fall back")
        << moment("2026-10-24T12:00:00Z") << Offset::hours(48) << 47;
    QTest::newRow("8 days over fall back")
        << moment("2026-10-20T09:00:00Z") << Offset::days(8) << 8 * 24 - 1;
    QTest::newRow("30 days back over fall back")
        << moment("2026-11-10T12:00:00Z") << Offset::days(-30) << -30 * 24 + 1;
}

void TestOffset::exactSecondsAcrossDaylightSaving()
{
    QFETCH(QDateTime, anchor);
    QFETCH(Offset, offset);
    QFETCH(int, wallClockHours);

    const QDateTime due = offset.applyTo(anchor);
    QCOMPARE(anchor.secsTo(due), offset.seconds);

    // What a person in Lisbon reads differs by an hour: that is the point.
    const QTimeZone lisbon("Europe/Lisbon");
    const QDateTime localAnchor = anchor.toTimeZone(lisbon);
    const QDateTime localDue = due.toTimeZone(lisbon);
    const QDateTime wallAnchor(localAnchor.date(), localAnchor.time(), Qt::UTC);
    const QDateTime wallDue(localDue.date(), localDue.time(), Qt::UTC);
    QCOMPARE(wallAnchor.secsTo(wallDue), qint64(wallClockHours) * 3600);
}

QTEST_GUILESS_MAIN(TestOffset)
#include "tst_offset.moc"
