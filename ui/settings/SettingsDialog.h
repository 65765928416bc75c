#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSettings;
class QSpinBox;
class QTimeEdit;

namespace rd {
class CredentialStore;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// The desk's settings: language and database file (both read when the desk
// starts, and said so), registry profiles with their passwords in the
// credential store, the profile the desk syncs with and how often, the alert
// thresholds of the portfolio (in the database, shared by its agents) and the
// quiet hours of the tray.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(PortfolioService& service, QSettings& settings, CredentialStore* store,
                   QWidget* parent = nullptr);

    // Validates and saves everything; false (with the reason shown in the
    // dialog) leaves the settings and the database as they were.
    bool apply(QString* error = nullptr);

    void accept() override;

private:
    QWidget* generalTab();
    QWidget* registryTab();
    QWidget* alertsTab();
    void load();
    void reloadProfiles(const QString& select = {});
    void editProfile(const QString& name);
    void removeProfile();

    PortfolioService& m_service;
    QSettings& m_settings;
    CredentialStore* m_store;
    QComboBox* m_language = nullptr;
    QLineEdit* m_database = nullptr;
    QListWidget* m_profiles = nullptr;
    QComboBox* m_syncProfile = nullptr;
    QComboBox* m_syncInterval = nullptr;
    QSpinBox* m_critical = nullptr;
    QSpinBox* m_warning = nullptr;
    QSpinBox* m_notice = nullptr;
    QCheckBox* m_quiet = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
