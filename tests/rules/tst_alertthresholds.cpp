#include "rules/AlertLevel.h"

#include <QTest>
#include <limits>

using rd::AlertLevel;
using rd::AlertThresholds;

Q_DECLARE_METATYPE(rd::AlertLevel)

namespace {
constexpr qint64 Day = AlertThresholds::Day;
constexpr qint64 Hour = 60 * 60;
} // namespace

class TestAlertThresholds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void defaultLevels_data();
    void defaultLevels();
    void customLevels_data();
    void customLevels();
    void validity_data();
    void validity();
    void levelsAreOrdered();
    void codes_data();
    void codes();
    void unknownCodes_data();
    void unknownCodes();
};

void TestAlertThresholds::defaults()
{
    const AlertThresholds thresholds;
    QCOMPARE(thresholds.criticalSecs, 2 * Day);
    QCOMPARE(thresholds.warningSecs, 7 * Day);
    QCOMPARE(thresholds.noticeSecs, 30 * Day);
    QVERIFY(thresholds.isValid());
}

void TestAlertThresholds::defaultLevels_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<AlertLevel>("expected");

    QTest::newRow("far past") << std::numeric_limits<qint64>::min() << AlertLevel::Overdue;
    QTest::newRow("a month late") << -30 * Day << AlertLevel::Overdue;
    QTest::newRow("1 s late") << qint64(-1) << AlertLevel::Overdue;
    QTest::newRow("exactly due") << qint64(0) << AlertLevel::Critical;
    QTest::newRow("1 s left") << qint64(1) << AlertLevel::Critical;
    QTest::newRow("1 day left") << Day << AlertLevel::Critical;
    QTest::newRow("2 days left") << 2 * Day << AlertLevel::Critical;
    QTest::newRow("2 days + 1 s") << 2 * Day + 1 << AlertLevel::Warning;
    QTest::newRow("5 days") << 5 * Day << AlertLevel::Warning;
    QTest::newRow("7 days") << 7 * Day << AlertLevel::Warning;
    QTest::newRow("7 days + 1 s") << 7 * Day + 1 << AlertLevel::Notice;
    QTest::newRow("20 days") << 20 * Day << AlertLevel::Notice;
    QTest::newRow("30 days") << 30 * Day << AlertLevel::Notice;
    QTest::newRow("30 days + 1 s") << 30 * Day + 1 << AlertLevel::None;
    QTest::newRow("a year") << 365 * Day << AlertLevel::None;
    QTest::newRow("far future") << std::numeric_limits<qint64>::max() << AlertLevel::None;
}

void TestAlertThresholds::defaultLevels()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(AlertLevel, expected);
    QCOMPARE(AlertThresholds().levelFor(secondsLeft), expected);
}

void TestAlertThresholds::customLevels_data()
{
    QTest::addColumn<qint64>("critical");
    QTest::addColumn<qint64>("warning");
    QTest::addColumn<qint64>("notice");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<AlertLevel>("expected");

    const auto rows = [](const char* name, qint64 critical, qint64 warning, qint64 notice,
                         qint64 left, AlertLevel level) {
        QTest::newRow(name) << critical << warning << notice << left << level;
    };
    rows("hours: late", Hour, Day, 3 * Day, -1, AlertLevel::Overdue);
    rows("hours: due", Hour, Day, 3 * Day, 0, AlertLevel::Critical);
    rows("hours: 1 h", Hour, Day, 3 * Day, Hour, AlertLevel::Critical);
    rows("hours: 1 h + 1 s", Hour, Day, 3 * Day, Hour + 1, AlertLevel::Warning);
    rows("hours: 1 day", Hour, Day, 3 * Day, Day, AlertLevel::Warning);
    rows("hours: 1 day + 1 s", Hour, Day, 3 * Day, Day + 1, AlertLevel::Notice);
    rows("hours: 3 days", Hour, Day, 3 * Day, 3 * Day, AlertLevel::Notice);
    rows("hours: 3 days + 1 s", Hour, Day, 3 * Day, 3 * Day + 1, AlertLevel::None);
    // Collapsed thresholds skip the levels in between.
    rows("zero: due", 0, 0, 0, 0, AlertLevel::Critical);
    rows("zero: 1 s", 0, 0, 0, 1, AlertLevel::None);
    rows("zero: late", 0, 0, 0, -1, AlertLevel::Overdue);
    rows("no warning: 3 days", 2 * Day, 2 * Day, 30 * Day, 3 * Day, AlertLevel::Notice);
    rows("notice only: 10 days", 0, 0, 90 * Day, 10 * Day, AlertLevel::Notice);
    rows("notice only: 90 days + 1 s", 0, 0, 90 * Day, 90 * Day + 1, AlertLevel::None);
}

void TestAlertThresholds::customLevels()
{
    QFETCH(qint64, critical);
    QFETCH(qint64, warning);
    QFETCH(qint64, notice);
    QFETCH(qint64, secondsLeft);
    QFETCH(AlertLevel, expected);

    AlertThresholds thresholds;
    thresholds.criticalSecs = critical;
    thresholds.warningSecs = warning;
    thresholds.noticeSecs = notice;
    QVERIFY(thresholds.isValid());
    QCOMPARE(thresholds.levelFor(secondsLeft), expected);
}

void TestAlertThresholds::validity_data()
{
    QTest::addColumn<qint64>("critical");
    QTest::addColumn<qint64>("warning");
    QTest::addColumn<qint64>("notice");
    QTest::addColumn<bool>("valid");

    QTest::newRow("defaults") << 2 * Day << 7 * Day << 30 * Day << true;
    QTest::newRow("all zero") << qint64(0) << qint64(0) << qint64(0) << true;
    QTest::newRow("all equal") << Day << Day << Day << true;
    QTest::newRow("negative critical") << qint64(-1) << Day << 2 * Day << false;
    QTest::newRow("critical above warning") << 3 * Day << 2 * Day << 30 * Day << false;
    QTest::newRow("warning above notice") << Day << 31 * Day << 30 * Day << false;
    QTest::newRow("reversed") << 30 * Day << 7 * Day << 2 * Day << false;
}

void TestAlertThresholds::validity()
{
    QFETCH(qint64, critical);
    QFETCH(qint64, warning);
    QFETCH(qint64, notice);
    QFETCH(bool, valid);

    AlertThresholds thresholds;
    thresholds.criticalSecs = critical;
    thresholds.warningSecs = warning;
    thresholds.noticeSecs = notice;
    QCOMPARE(thresholds.isValid(), valid);
}

void TestAlertThresholds::levelsAreOrdered()
{
    QVERIFY(AlertLevel::None < AlertLevel::Notice);
    QVERIFY(AlertLevel::Notice < AlertLevel::Warning);
    QVERIFY(AlertLevel::Warning < AlertLevel::Critical);
    QVERIFY(AlertLevel::Critical < AlertLevel::Overdue);
}

void TestAlertThresholds::codes_data()
{
    QTest::addColumn<AlertLevel>("level");
    QTest::addColumn<QString>("code");

    QTest::newRow("none") << AlertLevel::None << QStringLiteral("none");
    QTest::newRow("notice") << AlertLevel::Notice << QStringLiteral("notice");
    QTest::newRow("warning") << AlertLevel::Warning << QStringLiteral("warning");
    QTest::newRow("critical") << AlertLevel::Critical << QStringLiteral("critical");
    QTest::newRow("overdue") << AlertLevel::Overdue << QStringLiteral("overdue");
}

void TestAlertThresholds::codes()
{
    QFETCH(AlertLevel, level);
    QFETCH(QString, code);
    QCOMPARE(rd::toCode(level), code);
    const std::optional<AlertLevel> parsed = rd::alertLevelFromCode(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, level);
}

void TestAlertThresholds::unknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Overdue");
    QTest::newRow("trailing space") << QStringLiteral("critical ");
    QTest::newRow("label, not code") << QStringLiteral("late");
}

void TestAlertThresholds::unknownCodes()
{
    QFETCH(QString, code);
    QVERIFY(!rd::alertLevelFromCode(code).has_value());
}

QTEST_GUILESS_MAIN(TestAlertThresholds)
#include "tst_alertthresholds.moc"
