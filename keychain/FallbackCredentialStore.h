#pragma once

#include "secrets/CredentialStore.h"

#include <memory>

namespace rd {

// The store the desk and the command line use: the system keychain when it
// answers, memory for this session when it does not. The keychain is probed
// once, when the store is made (no D-Bus session, no Secret Service, an error
// or no answer within the timeout all count as no keychain). The choice is
// never hidden: usingFallback() and fallbackMessage() are there for a banner.
class FallbackCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(FallbackCredentialStore)

public:
    static constexpr int DefaultProbeTimeoutMs = 5000;

    // Probes a SystemCredentialStore.
    explicit FallbackCredentialStore(int probeTimeoutMs = DefaultProbeTimeoutMs);
    // Probes `preferred` instead, for tests. Needs a QCoreApplication.
    FallbackCredentialStore(std::unique_ptr<CredentialStore> preferred, int probeTimeoutMs);
    ~FallbackCredentialStore() override;
    FallbackCredentialStore(const FallbackCredentialStore&) = delete;
    FallbackCredentialStore& operator=(const FallbackCredentialStore&) = delete;

    void write(const QString& profile, CredentialKey key, Secret secret, Done done) override;
    void read(const QString& profile, CredentialKey key, ReadDone done) override;
    void remove(const QString& profile, CredentialKey key, Done done) override;
    void probe(Done done) override;

    bool isPersistent() const override;
    QString description() const override;

    bool usingFallback() const { return m_usingFallback; }
    // Translated, for a banner: secrets are kept in memory for this session
    // only. Empty when the system keychain is in use.
    QString fallbackMessage() const;
    // Why the keychain was passed over (the probe's answer), for the details
    // of that banner and for support. Empty when it is in use.
    QString fallbackReason() const { return m_fallbackReason; }

private:
    std::unique_ptr<CredentialStore> m_store;
    bool m_usingFallback = false;
    QString m_fallbackReason;
};

} // namespace rd
