#pragma once

#include "secrets/CredentialStore.h"

#include <QObject>

namespace rd {

// The operating system's keychain through QtKeychain: on Linux the Secret
// Service (gnome-keyring, KWallet) over D-Bus. One job per operation; an
// answer comes from the event loop. QtKeychain's insecure fallback (a
// plaintext settings file) is switched off: when the keychain cannot be
// reached the operation fails, and FallbackCredentialStore decides what to do.
class SystemCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(SystemCredentialStore)

public:
    // `service` is the keychain's service name; tests may use their own.
    explicit SystemCredentialStore(const QString& service = serviceName());
    ~SystemCredentialStore() override;
    SystemCredentialStore(const SystemCredentialStore&) = delete;
    SystemCredentialStore& operator=(const SystemCredentialStore&) = delete;

    void write(const QString& profile, CredentialKey key, Secret secret, Done done) override;
    void read(const QString& profile, CredentialKey key, ReadDone done) override;
    void remove(const QString& profile, CredentialKey key, Done done) override;
    // Looks up an entry that is never written: "not found" means the keychain
    // answered. Nothing is written, and nothing prompts the user.
    void probe(Done done) override;

    bool isPersistent() const override { return true; }
    QString description() const override;

    QString service() const { return m_service; }

private:
    QString m_service;
    // Jobs report to this object; once it is gone their answers are dropped.
    QObject m_receiver;
};

} // namespace rd
