#include "rules/TimeFormat.h"

#include <QTest>

namespace tf = rd::timeformat;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QLocale portugal()
{
    return QLocale(QLocale::Portuguese, QLocale::Portugal);
}
QLocale britain()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}
QLocale unitedStates()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}
QTimeZone lisbon()
{
    return QTimeZone("Europe/Lisbon");
}

} // namespace

class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toIsoUtc_data();
    void toIsoUtc();
    void parseAccepted_data();
    void parseAccepted();
    void parseRefused_data();
    void parseRefused();
    void roundTrip_data();
    void roundTrip();
    void forPeople_data();
    void forPeople();
    void dateForPeople_data();
    void dateForPeople();
    void invalidMoments();
};

void TestTimeFormat::initTestCase()
{
    QVERIFY2(lisbon().isValid(), "tzdata for Europe/Lisbon is missing");
}

void TestTimeFormat::toIsoUtc_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << utc(2026, 3, 29, 1, 0) << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("milliseconds dropped")
        << utc(2026, 3, 29, 1, 0, 59, 999) << QStringLiteral("2026-03-29T01:00:59Z");
    QTest::newRow("from an offset") << QDateTime(QDate(2026, 3, 29), QTime(2, 0), QTimeZone(3600))
                                    << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("from Lisbon summer time") << QDateTime(QDate(2026, 7, 1), QTime(0, 30), lisbon())
                                             << QStringLiteral("2026-06-30T23:30:00Z");
    QTest::newRow("from Lisbon winter time") << QDateTime(QDate(2026, 1, 1), QTime(0, 30), lisbon())
                                             << QStringLiteral("2026-01-01T00:30:00Z");
    QTest::newRow("midnight") << utc(2026, 12, 31, 0, 0) << QStringLiteral("2026-12-31T00:00:00Z");
    QTest::newRow("end of day") << utc(2024, 2, 29, 23, 59, 59)
                                << QStringLiteral("2024-02-29T23:59:59Z");
}

void TestTimeFormat::toIsoUtc()
{
    QFETCH(QDateTime, moment);
    QFETCH(QString, expected);
    QCOMPARE(tf::toIsoUtc(moment), expected);
}

void TestTimeFormat::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime changeover = utc(2026, 3, 29, 1, 0);
    QTest::newRow("Z") << QStringLiteral("2026-03-29T01:00:00Z") << changeover;
    QTest::newRow("lowercase z") << QStringLiteral("2026-03-29T01:00:00z") << changeover;
    QTest::newRow("lowercase t") << QStringLiteral("2026-03-29t01:00:00Z") << changeover;
    QTest::newRow("+01:00") << QStringLiteral("2026-03-29T02:00:00+01:00") << changeover;
    QTest::newRow("+0100") << QStringLiteral("2026-03-29T02:00:00+0100") << changeover;
    QTest::newRow("-05:00") << QStringLiteral("2026-03-28T20:00:00-05:00") << changeover;
    QTest::newRow("-0330") << QStringLiteral("2026-03-28T21:30:00-0330") << changeover;
    QTest::newRow("+00:00") << QStringLiteral("2026-03-29T01:00:00+00:00") << changeover;
    QTest::newRow("-00:00") << QStringLiteral("2026-03-29T01:00:00-00:00") << changeover;
    QTest::newRow("+14:00") << QStringLiteral("2026-03-29T15:00:00+14:00") << changeover;
    QTest::newRow("+05:45") << QStringLiteral("2026-03-29T06:45:00+05:45") << changeover;
    QTest::newRow("no seconds, Z") << QStringLiteral("2026-03-29T01:00Z") << changeover;
    QTest::newRow("no seconds, offset") << QStringLiteral("2026-03-29T02:00+01:00") << changeover;
    QTest::newRow("fraction .5") << QStringLiteral("2026-03-29T01:00:00.5Z")
                                 << utc(2026, 3, 29, 1, 0, 0, 500);
    QTest::newRow("fraction .123")
        << QStringLiteral("2026-03-29T01:00:00.123Z") << utc(2026, 3, 29, 1, 0, 0, 123);
    QTest::newRow("fraction in nanoseconds")
        << QStringLiteral("2026-03-29T01:00:00.123456789Z") << utc(2026, 3, 29, 1, 0, 0, 123);
    QTest::newRow("fraction with comma")
        << QStringLiteral("2026-03-29T01:00:00,25Z") << utc(2026, 3, 29, 1, 0, 0, 250);
    QTest::newRow("fraction and offset")
        << QStringLiteral("2026-03-29T02:00:00.750+01:00") << utc(2026, 3, 29, 1, 0, 0, 750);
    QTest::newRow("offset crosses the year")
        << QStringLiteral("2025-12-31T23:30:00-01:00") << utc(2026, 1, 1, 0, 30);
    QTest::newRow("offset crosses the day back")
        << QStringLiteral("2026-03-01T00:30:00+01:00") << utc(2026, 2, 28, 23, 30);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T12:00:00Z") << utc(2024, 2, 29, 12, 0);
    QTest::newRow("last second of a day")
        << QStringLiteral("2026-12-31T23:59:59Z") << utc(2026, 12, 31, 23, 59, 59);
    QTest::newRow("Lisbon's skipped hour, written with its offset")
        << QStringLiteral("2026-03-29T01:30:00+00:00") << utc(2026, 3, 29, 1, 30);
    QTest::newRow("Lisbon's repeated hour, first pass")
        << QStringLiteral("2026-10-25T01:30:00+01:00") << utc(2026, 10, 25, 0, 30);
    QTest::newRow("Lisbon's repeated hour, second pass")
        << QStringLiteral("2026-10-25T01:30:00+00:00") << utc(2026, 10, 25, 1, 30);
}

void TestTimeFormat::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> parsed = tf::parseIsoWithZone(text);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->time().msec(), expected.time().msec());
}

void TestTimeFormat::parseRefused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("no zone") << QStringLiteral("2026-03-29T01:00:00");
    QTest::newRow("no zone, no seconds") << QStringLiteral("2026-03-29T01:00");
    QTest::newRow("date only") << QStringLiteral("2026-03-29");
    QTest::newRow("date only with Z") << QStringLiteral("2026-03-29Z");
    QTest::newRow("hours only") << QStringLiteral("2026-03-29T01Z");
    QTest::newRow("30 February") << QStringLiteral("2026-02-30T00:00:00Z");
    QTest::newRow("before 1985") << QStringLiteral("1984-12-31T23:59:59Z");
    QTest::newRow("year zero") << QStringLiteral("0000-01-01T00:00:00Z");
    QTest::newRow("after 9000") << QStringLiteral("9001-01-01T00:00:00Z");
    QTest::newRow("29 February, common year") << QStringLiteral("2026-02-29T00:00:00Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z");
    QTest::newRow("month 0") << QStringLiteral("2026-00-10T00:00:00Z");
    QTest::newRow("day 0") << QStringLiteral("2026-03-00T00:00:00Z");
    QTest::newRow("day 32") << QStringLiteral("2026-03-32T00:00:00Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-03-29T24:00:00Z");
    QTest::newRow("minute 60") << QStringLiteral("2026-03-29T01:60:00Z");
    QTest::newRow("second 60") << QStringLiteral("2026-03-29T01:00:60Z");
    QTest::newRow("garbage") << QStringLiteral("tomorrow at noon");
    QTest::newRow("trailing text") << QStringLiteral("2026-03-29T01:00:00Zjunk");
    QTest::newRow("trailing space") << QStringLiteral("2026-03-29T01:00:00Z ");
    QTest::newRow("leading space") << QStringLiteral(" 2026-03-29T01:00:00Z");
    QTest::newRow("trailing newline") << QStringLiteral("2026-03-29T01:00:00Z\n");
    QTest::newRow("two zones") << QStringLiteral("2026-03-29T01:00:00Z+01:00");
    QTest::newRow("space for T") << QStringLiteral("2026-03-29 01:00:00Z");
    QTest::newRow("one-digit month") << QStringLiteral("2026-3-29T01:00:00Z");
    QTest::newRow("one-digit hour") << QStringLiteral("2026-03-29T1:00:00Z");
    QTest::newRow("two-digit year") << QStringLiteral("26-03-29T01:00:00Z");
    QTest::newRow("five-digit year") << QStringLiteral("20260-03-29T01:00:00Z");
    QTest::newRow("basic format date") << QStringLiteral("20260329T010000Z");
    QTest::newRow("empty fraction") << QStringLiteral("2026-03-29T01:00:00.Z");
    QTest::newRow("fraction without seconds") << QStringLiteral("2026-03-29T01:00.5Z");
    QTest::newRow("offset hours only") << QStringLiteral("2026-03-29T02:00:00+01");
    QTest::newRow("offset one-digit hour") << QStringLiteral("2026-03-29T02:00:00+1:00");
    QTest::newRow("offset with seconds") << QStringLiteral("2026-03-29T02:00:00+01:00:00");
    QTest::newRow("offset 24 hours") << QStringLiteral("2026-03-29T02:00:00+24:00");
    QTest::newRow("offset 60 minutes") << QStringLiteral("2026-03-29T02:00:00+01:60");
    QTest::newRow("zone name") << QStringLiteral("2026-03-29T02:00:00 WEST");
    QTest::newRow("zone id") << QStringLiteral("2026-03-29T02:00:00[Europe/Lisbon]");
    QTest::newRow("non-ASCII digits") << QStringLiteral("\u0662\u0660\u0662\u0666-03-29T01:00:00Z");
    QTest::newRow("fullwidth Z") << QStringLiteral("2026-03-29T01:00:00\uFF3A");
}

void TestTimeFormat::parseRefused()
{
    QFETCH(QString, text);
    QVERIFY(!tf::parseIsoWithZone(text).has_value());
}

void TestTimeFormat::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("canonical") << QStringLiteral("2026-03-29T01:00:00Z")
                               << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("offset") << QStringLiteral("2026-10-25T01:30:00+01:00")
                            << QStringLiteral("2026-10-25T00:30:00Z");
    QTest::newRow("fraction") << QStringLiteral("2026-03-29T01:00:00.999z")
                              << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("short") << QStringLiteral("2026-03-29T02:00+0100")
                           << QStringLiteral("2026-03-29T01:00:00Z");
}

void TestTimeFormat::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const std::optional<QDateTime> parsed = tf::parseIsoWithZone(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(tf::toIsoUtc(*parsed), canonical);
    QCOMPARE(tf::parseIsoWithZone(canonical).value(), parsed->addMSecs(-parsed->time().msec()));
}

void TestTimeFormat::forPeople_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    // Spring forward: 01:00 UTC on 29 March 2026 is 02:00 summer time in Lisbon.
    QTest::newRow("pt_PT, last winter minute") << utc(2026, 3, 29, 0, 59) << lisbon() << portugal()
                                               << QStringLiteral("29/03/2026 00:59 WET");
    QTest::newRow("pt_PT, first summer minute") << utc(2026, 3, 29, 1, 0) << lisbon() << portugal()
                                                << QStringLiteral("29/03/2026 02:00 WEST");
    // Fall back: 01:00 UTC on 25 October 2026; the local hour 01:xx happens twice.
    QTest::newRow("pt_PT, last summer minute") << utc(2026, 10, 25, 0, 59) << lisbon() << portugal()
                                               << QStringLiteral("25/10/2026 01:59 WEST");
    QTest::newRow("pt_PT, first winter minute") << utc(2026, 10, 25, 1, 0) << lisbon() << portugal()
                                                << QStringLiteral("25/10/2026 01:00 WET");
    QTest::newRow("pt_PT, local date differs from UTC")
        << utc(2026, 6, 30, 23, 30) << lisbon() << portugal()
        << QStringLiteral("01/07/2026 00:30 WEST");
    QTest::newRow("moment given with an offset")
        << QDateTime(QDate(2026, 3, 29), QTime(3, 0), QTimeZone(2 * 3600)) << lisbon() << portugal()
        << QStringLiteral("29/03/2026 02:00 WEST");
    QTest::newRow("en_GB") << utc(2026, 3, 29, 1, 0) << lisbon() << britain()
                           << QStringLiteral("29/03/2026 02:00 WEST");
    QTest::newRow("en_US, 24-hour time, four-digit year")
        << utc(2026, 3, 29, 13, 5) << lisbon() << unitedStates()
        << QStringLiteral("3/29/2026 14:05 WEST");
    QTest::newRow("C locale") << utc(2026, 3, 29, 1, 0) << lisbon() << QLocale::c()
                              << QStringLiteral("29 Mar 2026 02:00 WEST");
    QTest::newRow("UTC zone") << utc(2026, 3, 29, 1, 0) << QTimeZone::utc() << portugal()
                              << QStringLiteral("29/03/2026 01:00 UTC");
    QTest::newRow("New York") << utc(2026, 3, 29, 1, 0) << QTimeZone("America/New_York")
                              << britain() << QStringLiteral("28/03/2026 21:00 EDT");
    QTest::newRow("invalid zone falls back to UTC")
        << utc(2026, 3, 29, 1, 0) << QTimeZone() << portugal()
        << QStringLiteral("29/03/2026 01:00 UTC");
}

void TestTimeFormat::forPeople()
{
    QFETCH(QDateTime, moment);
    QFETCH(QTimeZone, zone);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(tf::forPeople(moment, zone, locale), expected);
}

void TestTimeFormat::dateForPeople_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pt_PT winter, same date as UTC")
        << utc(2026, 3, 28, 23, 30) << lisbon() << portugal() << QStringLiteral("28/03/2026");
    QTest::newRow("pt_PT summer, next day in Lisbon")
        << utc(2026, 6, 30, 23, 30) << lisbon() << portugal() << QStringLiteral("01/07/2026");
    QTest::newRow("same moment in UTC") << utc(2026, 6, 30, 23, 30) << QTimeZone::utc()
                                        << portugal() << QStringLiteral("30/06/2026");
    QTest::newRow("en_US") << utc(2026, 11, 5, 12, 0) << lisbon() << unitedStates()
                           << QStringLiteral("11/5/2026");
    QTest::newRow("C locale") << utc(2024, 2, 29, 12, 0) << lisbon() << QLocale::c()
                              << QStringLiteral("29 Feb 2024");
}

void TestTimeFormat::dateForPeople()
{
    QFETCH(QDateTime, moment);
    QFETCH(QTimeZone, zone);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(tf::dateForPeople(moment, zone, locale), expected);
}

void TestTimeFormat::invalidMoments()
{
    QVERIFY(tf::toIsoUtc(QDateTime()).isEmpty());
    QVERIFY(tf::forPeople(QDateTime(), lisbon(), portugal()).isEmpty());
    QVERIFY(tf::dateForPeople(QDateTime(), lisbon(), portugal()).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
