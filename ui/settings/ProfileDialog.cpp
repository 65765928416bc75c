#include "ProfileDialog.h"

#include "AlertPalette.h"
#include "registry/RegistryProfiles.h"
#include "secrets/CredentialStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace rd::ui {

namespace {

QWidget* withBrowse(QLineEdit* edit, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(ProfileDialog::tr("Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit] {
        const QString file = QFileDialog::getOpenFileName(
            edit, ProfileDialog::tr("Choose a PEM file"), edit->text(),
            ProfileDialog::tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(browse);
    return row;
}

} // namespace

ProfileDialog::ProfileDialog(QSettings& settings, CredentialStore* store,
                             const std::optional<RegistryProfile>& existing, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
    , m_editing(existing.has_value())
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(m_editing ? tr("Edit registry profile") : tr("New registry profile"));
    auto* form = new QFormLayout;
    const auto edit = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_name = edit("profileName");
    m_host = edit("profileHost");
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("profilePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(700);
    m_login = edit("profileLogin");
    m_ca = edit("profileCa");
    m_cert = edit("profileCert");
    m_key = edit("profileKey");
    m_sandbox = new QCheckBox(tr("A test registry, not the real one"), this);
    m_sandbox->setObjectName(QStringLiteral("profileSandbox"));
    m_password = edit("profilePassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_passphrase = edit("profilePassphrase");
    m_passphrase->setEchoMode(QLineEdit::Password);
    if (m_editing) {
        m_password->setPlaceholderText(tr("unchanged"));
        m_passphrase->setPlaceholderText(tr("unchanged"));
    }
    m_ca->setPlaceholderText(tr("the system's certificate authorities"));
    m_cert->setPlaceholderText(tr("none"));

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Login (clID):"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Certificate &authority:"), withBrowse(m_ca, this));
    form->addRow(tr("Client &certificate:"), withBrowse(m_cert, this));
    form->addRow(tr("Client &key:"), withBrowse(m_key, this));
    form->addRow(tr("Key pass&phrase:"), m_passphrase);
    form->addRow(QString(), m_sandbox);

    auto* where = new QLabel(this);
    where->setWordWrap(true);
    if (m_store)
        where->setText(tr("Passwords are kept in: %1.").arg(m_store->description()));
    else
        where->setText(tr("No credential store: passwords cannot be kept."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    QPalette alarm = m_error->palette();
    alarm.setColor(QPalette::WindowText, AlertPalette(alarm).badge(AlertLevel::Overdue));
    m_error->setPalette(alarm);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_host->setText(existing->host);
        m_port->setValue(existing->port);
        m_login->setText(existing->loginId);
        m_ca->setText(existing->caFile);
        m_cert->setText(existing->clientCertFile);
        m_key->setText(existing->clientKeyFile);
        m_sandbox->setChecked(existing->sandbox);
    }
}

RegistryProfile ProfileDialog::profile() const
{
    RegistryProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.loginId = m_login->text().trimmed();
    p.caFile = m_ca->text().trimmed();
    p.clientCertFile = m_cert->text().trimmed();
    p.clientKeyFile = m_key->text().trimmed();
    p.sandbox = m_sandbox->isChecked();
    return p;
}

bool ProfileDialog::apply(QString* error)
{
    const RegistryProfile p = profile();
    if (!m_editing && RegistryProfiles(m_settings).isSaved(p.name)) {
        *error = tr("A registry profile named %1 exists already: edit it instead.").arg(p.name);
        return false;
    }
    if (!m_store && (!m_password->text().isEmpty() || !m_passphrase->text().isEmpty())) {
        *error = tr("No credential store: the password cannot be kept.");
        return false;
    }
    if (!RegistryProfiles(m_settings).save(p, error))
        return false;
    const auto keep = [&](QLineEdit* field, CredentialKey key) {
        if (field->text().isEmpty())
            return true;
        const CredentialResult written =
            m_store->writeNow(p.name, key, Secret(field->text().toUtf8()));
        field->clear();
        if (!written.ok())
            *error = written.message;
        return written.ok();
    };
    return keep(m_password, CredentialKey::EppPassword) &&
           keep(m_passphrase, CredentialKey::ClientKeyPassphrase);
}

void ProfileDialog::accept()
{
    QString error;
    if (!apply(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
