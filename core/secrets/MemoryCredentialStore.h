#pragma once

#include "secrets/CredentialStore.h"

#include <map>

namespace rd {

// Keeps secrets for the life of the process and nowhere else: no file, no
// cache, no log. A replaced or removed secret is overwritten at once, the rest
// when the store goes. The fallback when no system keychain answers, and the
// store of tests.
class MemoryCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(MemoryCredentialStore)

public:
    MemoryCredentialStore() = default;
    ~MemoryCredentialStore() override;
    MemoryCredentialStore(const MemoryCredentialStore&) = delete;
    MemoryCredentialStore& operator=(const MemoryCredentialStore&) = delete;

    void write(const QString& profile, CredentialKey key, Secret secret, Done done) override;
    void read(const QString& profile, CredentialKey key, ReadDone done) override;
    void remove(const QString& profile, CredentialKey key, Done done) override;
    void probe(Done done) override;

    bool isPersistent() const override { return false; }
    QString description() const override;

    // How many secrets are held: for tests and for "forget all" prompts.
    std::size_t size() const { return m_secrets.size(); }
    // Forgets (and overwrites) every secret.
    void clear();

private:
    std::map<QString, Secret> m_secrets; // by account, "<profile>/<key name>"
};

} // namespace rd
