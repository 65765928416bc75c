#include "TestDatabase.h"
#include "i18n/Language.h"
#include "registry/RegistryProfiles.h"
#include "secrets/MemoryCredentialStore.h"
#include "service/PortfolioService.h"
#include "settings/DeskSettings.h"
#include "settings/ProfileDialog.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace rd;

// The settings dialog writes what it shows and shows what was written: desk
// settings in QSettings, thresholds in the database, passwords in the store.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        T* found = parent.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    void roundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        test::TestDatabase t;
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        MemoryCredentialStore store;

        {
            ui::SettingsDialog dialog(service, settings, &store);
            auto* language = child<QComboBox>(dialog, "languageCombo");
            language->setCurrentIndex(language->findData(QStringLiteral("pt_PT")));
            child<QLineEdit>(dialog, "databaseEdit")->setText(dir.filePath(QStringLiteral("x.db")));
            auto* profile = child<QComboBox>(dialog, "syncProfileCombo");
            profile->setCurrentIndex(profile->findData(QStringLiteral("sandbox")));
            auto* interval = child<QComboBox>(dialog, "syncIntervalCombo");
            interval->setCurrentIndex(interval->findData(30));
            // Raised past the stored warning and notice: saved in an order that works.
            child<QSpinBox>(dialog, "criticalDays")->setValue(10);
            child<QSpinBox>(dialog, "warningDays")->setValue(20);
            child<QSpinBox>(dialog, "noticeDays")->setValue(45);
            child<QCheckBox>(dialog, "quietHoursCheck")->setChecked(true);
            child<QTimeEdit>(dialog, "quietFrom")->setTime(QTime(23, 0));
            child<QTimeEdit>(dialog, "quietTo")->setTime(QTime(7, 30));
            QString error;
            QVERIFY2(dialog.apply(&error), qPrintable(error));
        }

        const ui::DeskSettings saved = ui::DeskSettings::load(settings);
        QCOMPARE(saved.language, QStringLiteral("pt_PT"));
        QCOMPARE(saved.databasePath, dir.filePath(QStringLiteral("x.db")));
        QCOMPARE(saved.registryProfile, QStringLiteral("sandbox"));
        QCOMPARE(saved.syncIntervalMinutes, 30);
        QVERIFY(saved.quietHours.enabled);
        QCOMPARE(saved.quietHours.from, QTime(23, 0));
        QCOMPARE(saved.quietHours.to, QTime(7, 30));
        const AlertThresholds thresholds = PortfolioService::thresholdsFrom(service.settings());
        QCOMPARE(thresholds.criticalSecs, 10 * AlertThresholds::Day);
        QCOMPARE(thresholds.warningSecs, 20 * AlertThresholds::Day);
        QCOMPARE(thresholds.noticeSecs, 45 * AlertThresholds::Day);

        // A new dialog shows what was saved.
        ui::SettingsDialog again(service, settings, &store);
        QCOMPARE(child<QComboBox>(again, "languageCombo")->currentData().toString(),
                 QStringLiteral("pt_PT"));
        QCOMPARE(child<QComboBox>(again, "syncProfileCombo")->currentData().toString(),
                 QStringLiteral("sandbox"));
        QCOMPARE(child<QComboBox>(again, "syncIntervalCombo")->currentData().toInt(), 30);
        QCOMPARE(child<QSpinBox>(again, "criticalDays")->value(), 10);
        QCOMPARE(child<QSpinBox>(again, "noticeDays")->value(), 45);
        QVERIFY(child<QCheckBox>(again, "quietHoursCheck")->isChecked());
        QCOMPARE(child<QTimeEdit>(again, "quietTo")->time(), QTime(7, 30));
    }

    void thresholdsOutOfOrderChangeNothing_data()
    {
        QTest::addColumn<int>("critical");
        QTest::addColumn<int>("warning");
        QTest::addColumn<int>("notice");
        QTest::newRow("critical above warning") << 8 << 7 << 30;
        QTest::newRow("warning above notice") << 2 << 31 << 30;
    }

    void thresholdsOutOfOrderChangeNothing()
    {
        QFETCH(int, critical);
        QFETCH(int, warning);
        QFETCH(int, notice);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        test::TestDatabase t;
        FixedClock clock(test::utc("2026-11-23T09:00:00Z"));
        PortfolioService service(t.db(), clock, QStringLiteral("test"));
        ui::SettingsDialog dialog(service, settings, nullptr);
        child<QSpinBox>(dialog, "criticalDays")->setValue(critical);
        child<QSpinBox>(dialog, "warningDays")->setValue(warning);
        child<QSpinBox>(dialog, "noticeDays")->setValue(notice);
        child<QComboBox>(dialog, "syncIntervalCombo")->setCurrentIndex(2);
        QString error;
        QVERIFY(!dialog.apply(&error));
        QVERIFY2(error.contains(QStringLiteral("in order")), qPrintable(error));
        QVERIFY(!child<QLabel>(dialog, "settingsError")->isHidden());
        QVERIFY(service.settings().all().isEmpty());
        QVERIFY(!settings.contains(QStringLiteral("sync/interval-minutes")));
    }

    // A new profile: its fields in the settings, its password in the store only.
    void profileWithPassword()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        MemoryCredentialStore store;
        ui::ProfileDialog dialog(settings, &store, std::nullopt);
        child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("registo-teste"));
        child<QLineEdit>(dialog, "profileHost")->setText(QStringLiteral("epp.example.pt"));
        child<QLineEdit>(dialog, "profileLogin")->setText(QStringLiteral("regexemplo01"));
        child<QLineEdit>(dialog, "profilePassword")->setText(QStringLiteral("Not-the-Pw-42"));
        QString error;
        QVERIFY2(dialog.apply(&error), qPrintable(error));

        const std::optional<RegistryProfile> saved =
            RegistryProfiles(settings).profile(QStringLiteral("registo-teste"));
        QVERIFY(saved);
        QCOMPARE(saved->host, QStringLiteral("epp.example.pt"));
        QCOMPARE(saved->port, 700);
        const CredentialReadResult read =
            store.readNow(QStringLiteral("registo-teste"), CredentialKey::EppPassword);
        QVERIFY(read.ok());
        QCOMPARE(read.secret.bytes(), QByteArray("Not-the-Pw-42"));
        settings.sync();
        QFile ini(dir.filePath(QStringLiteral("desk.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("Not-the-Pw-42"));

        // The same name again is refused rather than overwritten.
        ui::ProfileDialog twice(settings, &store, std::nullopt);
        child<QLineEdit>(twice, "profileName")->setText(QStringLiteral("registo-teste"));
        child<QLineEdit>(twice, "profileHost")->setText(QStringLiteral("other.example.pt"));
        child<QLineEdit>(twice, "profileLogin")->setText(QStringLiteral("regexemplo01"));
        QVERIFY(!twice.apply(&error));
        QCOMPARE(RegistryProfiles(settings).profile(QStringLiteral("registo-teste"))->host,
                 QStringLiteral("epp.example.pt"));
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
