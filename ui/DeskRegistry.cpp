#include "DeskRegistry.h"

#include "registry/RegistryProfiles.h"
#include "secrets/CredentialStore.h"
#include "settings/DeskSettings.h"

#include <QSettings>

namespace rd::ui {

DeskRegistry::DeskRegistry(QSettings& settings, CredentialStore* store)
    : m_settings(settings)
    , m_store(store)
{}

void DeskRegistry::useFixed(const SessionOptions& options, const QString& label)
{
    m_fixed = options;
    m_fixedLabel = label;
}

bool DeskRegistry::isConfigured() const
{
    return m_fixed || !DeskSettings::load(m_settings).registryProfile.isEmpty();
}

QString DeskRegistry::label() const
{
    if (m_fixed)
        return m_fixedLabel;
    const QString name = DeskSettings::load(m_settings).registryProfile;
    return name.isEmpty() ? tr("no registry profile chosen") : name;
}

QString DeskRegistry::clientId() const
{
    if (m_fixed)
        return m_fixed->clientId;
    const auto profile =
        RegistryProfiles(m_settings).profile(DeskSettings::load(m_settings).registryProfile);
    return profile ? profile->loginId : QString();
}

std::optional<SessionOptions> DeskRegistry::session(QString* error) const
{
    if (m_fixed)
        return m_fixed;
    const QString name = DeskSettings::load(m_settings).registryProfile;
    if (name.isEmpty()) {
        *error = tr("No registry profile is chosen: pick one in Settings, Registry.");
        return std::nullopt;
    }
    const std::optional<RegistryProfile> profile = RegistryProfiles(m_settings).profile(name);
    if (!profile) {
        *error = tr("There is no registry profile named %1.").arg(name);
        return std::nullopt;
    }
    const QList<RegistryProfileProblem> problems = RegistryProfiles::validate(*profile);
    if (!problems.isEmpty()) {
        QStringList reasons;
        for (const RegistryProfileProblem& problem : problems)
            reasons << problem.reason;
        *error = tr("The registry profile %1 cannot be used: %2")
                     .arg(name, reasons.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    if (!m_store) {
        *error = tr("No credential store is available for the password of %1.").arg(name);
        return std::nullopt;
    }
    SessionOptions options;
    options.tls.host = profile->host;
    options.tls.port = quint16(profile->port);
    options.tls.caFile = profile->caFile;
    options.tls.certificateFile = profile->clientCertFile;
    options.tls.keyFile = profile->clientKeyFile;
    options.clientId = profile->loginId;
    CredentialReadResult password = m_store->readNow(name, CredentialKey::EppPassword);
    if (!password.ok()) {
        *error = password.message;
        return std::nullopt;
    }
    options.password = password.secret.bytes();
    if (!profile->clientKeyFile.isEmpty()) {
        // An encrypted client key keeps its passphrase beside the password; a
        // plain key has none stored.
        CredentialReadResult passphrase =
            m_store->readNow(name, CredentialKey::ClientKeyPassphrase);
        if (passphrase.ok())
            options.tls.keyPassphrase = passphrase.secret.bytes();
        else if (passphrase.error != CredentialError::NotFound) {
            *error = passphrase.message;
            return std::nullopt;
        }
    }
    return options;
}

DeskRegistry::Provider DeskRegistry::provider() const
{
    return [this](QString* error) { return session(error); };
}

} // namespace rd::ui
