#include "AlertPalette.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace rd;
using rd::ui::AlertPalette;

class tst_AlertPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("level");
        for (bool dark : {false, true}) {
            for (AlertLevel level : {AlertLevel::None, AlertLevel::Notice, AlertLevel::Warning,
                                     AlertLevel::Critical, AlertLevel::Overdue}) {
                QTest::addRow("%s %s", dark ? "dark" : "light", qPrintable(toCode(level)))
                    << dark << int(level);
            }
        }
    }

    void readable()
    {
        QFETCH(bool, dark);
        QFETCH(int, level);
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? QColor(0x1E, 0x1E, 0x1E) : QColor(Qt::white));
        const AlertPalette colours(palette);
        const auto l = static_cast<AlertLevel>(level);
        // WCAG AA for normal text on the badge.
        const double ratio = AlertPalette::contrast(colours.badge(l), colours.badgeText(l));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        // Never colour alone: every level has its own symbol.
        QVERIFY(!AlertPalette::symbol(l).isEmpty());
        for (int other = 0; other <= int(AlertLevel::Overdue); ++other) {
            if (other != level)
                QVERIFY(AlertPalette::symbol(static_cast<AlertLevel>(other)) !=
                        AlertPalette::symbol(l));
        }
        // Only urgent rows are tinted, faintly enough to keep the text readable.
        const QColor tint = colours.rowTint(l);
        QCOMPARE(tint.isValid(), l >= AlertLevel::Critical);
        if (tint.isValid())
            QVERIFY(tint.alpha() <= 80);
    }

    void contrastOfKnownPairs()
    {
        QCOMPARE(qRound(AlertPalette::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(AlertPalette::contrast(Qt::white, Qt::white), 1.0);
    }
};

QTEST_MAIN(tst_AlertPalette)
#include "tst_alertpalette.moc"
