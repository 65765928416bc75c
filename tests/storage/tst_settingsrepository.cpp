#include "TestDatabase.h"
#include "storage/SettingsRepository.h"

#include <QTest>

using namespace rd;

class tst_SettingsRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setReplaceRemove()
    {
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        SettingsRepository settings(t.db());
        QString error;
        QVERIFY(!settings.value("alert.notice-days"));
        QVERIFY2(settings.setValue("alert.notice-days", "45", &error), qPrintable(error));
        QCOMPARE(settings.value("alert.notice-days"), std::optional<QString>("45"));
        QVERIFY2(settings.setValue("alert.notice-days", "60", &error), qPrintable(error));
        QVERIFY2(settings.setValue("registrar.name", "Registos Exemplo, Lda.", &error),
                 qPrintable(error));
        const QMap<QString, QString> all = settings.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value("alert.notice-days"), QStringLiteral("60"));
        QCOMPARE(all.value("registrar.name"), QStringLiteral("Registos Exemplo, Lda."));
        QVERIFY2(settings.remove("alert.notice-days", &error), qPrintable(error));
        QVERIFY(!settings.value("alert.notice-days"));
        QCOMPARE(settings.all().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SettingsRepository)
#include "tst_settingsrepository.moc"
