#pragma once

#include "registry/RegistryProfile.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace rd {
class CredentialStore;
}

namespace rd::ui {

// Adds or edits one registry profile. The password and the client key's
// passphrase go to the credential store, never to the settings; left empty
// when editing, what is stored stays.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: the profile to edit; nullopt adds a new one.
    ProfileDialog(QSettings& settings, CredentialStore* store,
                  const std::optional<RegistryProfile>& existing, QWidget* parent = nullptr);

    RegistryProfile profile() const;
    bool apply(QString* error);
    void accept() override;

private:
    QSettings& m_settings;
    CredentialStore* m_store;
    bool m_editing = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_ca = nullptr;
    QLineEdit* m_cert = nullptr;
    QLineEdit* m_key = nullptr;
    QCheckBox* m_sandbox = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
