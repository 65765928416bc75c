#include "alerts/QuietHours.h"

#include <QTest>

using namespace rd::ui;

class tst_QuietHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QTime>("from");
        QTest::addColumn<QTime>("to");
        QTest::addColumn<QTime>("at");
        QTest::addColumn<bool>("quiet");
        const QTime ten(22, 0), eight(8, 0);
        QTest::newRow("off") << false << ten << eight << QTime(23, 0) << false;
        QTest::newRow("late evening") << true << ten << eight << QTime(23, 0) << true;
        QTest::newRow("at the start") << true << ten << eight << ten << true;
        QTest::newRow("just before") << true << ten << eight << QTime(21, 59, 59) << false;
        QTest::newRow("after midnight") << true << ten << eight << QTime(0, 30) << true;
        QTest::newRow("at the end") << true << ten << eight << eight << false;
        QTest::newRow("midday") << true << ten << eight << QTime(12, 0) << false;
        QTest::newRow("lunch window")
            << true << QTime(12, 0) << QTime(14, 0) << QTime(13, 0) << true;
        QTest::newRow("outside lunch")
            << true << QTime(12, 0) << QTime(14, 0) << QTime(15, 0) << false;
        QTest::newRow("whole day") << true << eight << eight << QTime(3, 0) << true;
    }

    void contains()
    {
        QFETCH(bool, enabled);
        QFETCH(QTime, from);
        QFETCH(QTime, to);
        QFETCH(QTime, at);
        QFETCH(bool, quiet);
        QCOMPARE((QuietHours{enabled, from, to}.contains(at)), quiet);
    }
};

QTEST_GUILESS_MAIN(tst_QuietHours)
#include "tst_quiethours.moc"
