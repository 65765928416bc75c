#include "SettingsDialog.h"

#include "AlertPalette.h"
#include "DeskSettings.h"
#include "ProfileDialog.h"
#include "registry/RegistryProfiles.h"
#include "secrets/CredentialStore.h"
#include "service/PortfolioService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(PortfolioService& service, QSettings& settings,
                               CredentialStore* store, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_settings(settings)
    , m_store(store)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(generalTab(), tr("&General"));
    tabs->addTab(registryTab(), tr("&Registry"));
    tabs->addTab(alertsTab(), tr("&Alerts"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    QPalette alarm = m_error->palette();
    alarm.setColor(QPalette::WindowText, AlertPalette(alarm).badge(AlertLevel::Overdue));
    m_error->setPalette(alarm);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
    resize(560, 480);
}

QWidget* SettingsDialog::generalTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_language = new QComboBox(tab);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's"), QString());
    // Each language under its own name, as people look for it.
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt_PT"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("The language changes when the desk next starts."), tab));

    auto* row = new QWidget(tab);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    m_database = new QLineEdit(row);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("the default, in your data folder"));
    auto* browse = new QPushButton(tr("Browse…"), row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Portfolio database file"), m_database->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_database->setText(file);
    });
    rowLayout->addWidget(m_database, 1);
    rowLayout->addWidget(browse);
    form->addRow(tr("&Database file:"), row);
    form->addRow(QString(),
                 note(tr("The desk opens another database file when it next starts; --db on the "
                         "command line takes precedence."),
                      tab));
    return tab;
}

QWidget* SettingsDialog::registryTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Registry profiles:"), tab));
    auto* row = new QHBoxLayout;
    m_profiles = new QListWidget(tab);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    row->addWidget(m_profiles, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), tab);
    add->setObjectName(QStringLiteral("addProfile"));
    auto* edit = new QPushButton(tr("&Edit…"), tab);
    edit->setObjectName(QStringLiteral("editProfile"));
    auto* remove = new QPushButton(tr("Re&move"), tab);
    remove->setObjectName(QStringLiteral("removeProfile"));
    connect(add, &QPushButton::clicked, this, [this] { editProfile({}); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_profiles->currentItem())
            editProfile(m_profiles->currentItem()->data(Qt::UserRole).toString());
    });
    connect(m_profiles, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { editProfile(item->data(Qt::UserRole).toString()); });
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);
    if (m_store)
        layout->addWidget(note(tr("Passwords are kept in: %1.").arg(m_store->description()), tab));

    auto* form = new QFormLayout;
    m_syncProfile = new QComboBox(tab);
    m_syncProfile->setObjectName(QStringLiteral("syncProfileCombo"));
    form->addRow(tr("&Sync with:"), m_syncProfile);
    m_syncInterval = new QComboBox(tab);
    m_syncInterval->setObjectName(QStringLiteral("syncIntervalCombo"));
    for (int minutes : DeskSettings::syncIntervals())
        m_syncInterval->addItem(minutes == 0   ? tr("Only when asked")
                                : minutes < 60 ? tr("Every %n minute(s)", nullptr, minutes)
                                               : tr("Every %n hour(s)", nullptr, minutes / 60),
                                minutes);
    form->addRow(tr("Sync &schedule:"), m_syncInterval);
    layout->addLayout(form);
    return tab;
}

QWidget* SettingsDialog::alertsTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    const auto days = [tab](const char* name) {
        auto* box = new QSpinBox(tab);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, 365);
        return box;
    };
    m_critical = days("criticalDays");
    m_warning = days("warningDays");
    m_notice = days("noticeDays");
    m_critical->setSuffix(tr(" days or less"));
    m_warning->setSuffix(tr(" days or less"));
    m_notice->setSuffix(tr(" days or less"));
    form->addRow(tr("&Critical:"), m_critical);
    form->addRow(tr("&Warning:"), m_warning);
    form->addRow(tr("&Notice:"), m_notice);
    form->addRow(QString(),
                 note(tr("Thresholds belong to the portfolio: everyone using this database shares "
                         "them. Alerts use them at once; tables and the Today view when the desk "
                         "next starts."),
                      tab));
    m_quiet = new QCheckBox(tr("&Quiet hours: no tray notifications"), tab);
    m_quiet->setObjectName(QStringLiteral("quietHoursCheck"));
    form->addRow(m_quiet);
    m_quietFrom = new QTimeEdit(tab);
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo = new QTimeEdit(tab);
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&From:"), m_quietFrom);
    form->addRow(tr("&To:"), m_quietTo);
    connect(m_quiet, &QCheckBox::toggled, m_quietFrom, &QWidget::setEnabled);
    connect(m_quiet, &QCheckBox::toggled, m_quietTo, &QWidget::setEnabled);
    form->addRow(QString(),
                 note(tr("The badge in the window still counts alerts during quiet hours."), tab));
    return tab;
}

void SettingsDialog::load()
{
    const DeskSettings desk = DeskSettings::load(m_settings);
    m_language->setCurrentIndex(std::max(0, m_language->findData(desk.language)));
    m_database->setText(desk.databasePath);
    reloadProfiles();
    m_syncProfile->setCurrentIndex(std::max(0, m_syncProfile->findData(desk.registryProfile)));
    m_syncInterval->setCurrentIndex(
        std::max(0, m_syncInterval->findData(desk.syncIntervalMinutes)));
    const AlertThresholds thresholds = PortfolioService::thresholdsFrom(m_service.settings());
    m_critical->setValue(int(thresholds.criticalSecs / AlertThresholds::Day));
    m_warning->setValue(int(thresholds.warningSecs / AlertThresholds::Day));
    m_notice->setValue(int(thresholds.noticeSecs / AlertThresholds::Day));
    m_quiet->setChecked(desk.quietHours.enabled);
    m_quietFrom->setTime(desk.quietHours.from);
    m_quietTo->setTime(desk.quietHours.to);
    m_quietFrom->setEnabled(desk.quietHours.enabled);
    m_quietTo->setEnabled(desk.quietHours.enabled);
}

void SettingsDialog::reloadProfiles(const QString& select)
{
    const QString chosen = m_syncProfile->currentData().toString();
    m_profiles->clear();
    m_syncProfile->clear();
    m_syncProfile->addItem(tr("No registry (sync off)"), QString());
    const RegistryProfiles profiles(m_settings);
    for (const RegistryProfile& profile : profiles.all()) {
        const QString where = profile.host.isEmpty()
                                  ? tr("host not set")
                                  : QStringLiteral("%1:%2").arg(profile.host).arg(profile.port);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(profile.name, where), m_profiles);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == select)
            m_profiles->setCurrentItem(item);
        m_syncProfile->addItem(profile.name, profile.name);
    }
    m_syncProfile->setCurrentIndex(std::max(0, m_syncProfile->findData(chosen)));
}

void SettingsDialog::editProfile(const QString& name)
{
    std::optional<RegistryProfile> existing;
    if (!name.isEmpty())
        existing = RegistryProfiles(m_settings).profile(name);
    ProfileDialog dialog(m_settings, m_store, existing, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadProfiles(dialog.profile().name);
}

void SettingsDialog::removeProfile()
{
    QListWidgetItem* item = m_profiles->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    const bool builtIn = RegistryProfiles::isBuiltIn(name);
    const QString question =
        builtIn
            ? tr("Reset the built-in profile %1 to its defaults and forget its password?").arg(name)
            : tr("Remove the registry profile %1 and forget its password?").arg(name);
    if (QMessageBox::question(this, tr("Remove profile"), question) != QMessageBox::Yes)
        return;
    QString error;
    if (!RegistryProfiles(m_settings).remove(name, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    if (m_store) {
        m_store->removeNow(name, CredentialKey::EppPassword);
        m_store->removeNow(name, CredentialKey::ClientKeyPassphrase);
    }
    reloadProfiles();
}

bool SettingsDialog::apply(QString* error)
{
    QString reason;
    const int critical = m_critical->value();
    const int warning = m_warning->value();
    const int notice = m_notice->value();
    if (!(critical <= warning && warning <= notice)) {
        reason = tr("Alert thresholds must stay in order: critical, then warning, then notice "
                    "(%1 ≤ %2 ≤ %3 days).")
                     .arg(critical)
                     .arg(warning)
                     .arg(notice);
    } else {
        // Each threshold is checked against the other two as stored, so they
        // go in whatever order keeps the three in order at every step.
        const QStringList keys = PortfolioService::thresholdKeys();
        const QList<int> wanted = {critical, warning, notice};
        QList<bool> done = {false, false, false};
        for (int pass = 0; pass < 3; ++pass) {
            for (int i = 0; i < 3; ++i) {
                if (!done[i])
                    done[i] = m_service.setThreshold(keys[i], QString::number(wanted[i]), &reason);
            }
        }
        if (done.contains(false) && reason.isEmpty())
            reason = tr("The alert thresholds could not be saved.");
        else if (!done.contains(false))
            reason.clear();
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        m_error->setText(reason);
        m_error->show();
        return false;
    }
    DeskSettings desk = DeskSettings::load(m_settings);
    desk.language = m_language->currentData().toString();
    desk.databasePath = m_database->text().trimmed();
    desk.registryProfile = m_syncProfile->currentData().toString();
    desk.syncIntervalMinutes = m_syncInterval->currentData().toInt();
    desk.quietHours.enabled = m_quiet->isChecked();
    desk.quietHours.from = m_quietFrom->time();
    desk.quietHours.to = m_quietTo->time();
    desk.save(m_settings);
    m_error->hide();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace rd::ui
