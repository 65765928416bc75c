#include "FallbackCredentialStore.h"

#include "SystemCredentialStore.h"
#include "secrets/MemoryCredentialStore.h"

#include <utility>

namespace rd {

FallbackCredentialStore::FallbackCredentialStore(int probeTimeoutMs)
    : FallbackCredentialStore(std::make_unique<SystemCredentialStore>(), probeTimeoutMs)
{}

FallbackCredentialStore::FallbackCredentialStore(std::unique_ptr<CredentialStore> preferred,
                                                 int probeTimeoutMs)
{
    const CredentialResult probed = preferred->probeNow(probeTimeoutMs);
    if (probed.ok()) {
        m_store = std::move(preferred);
        return;
    }
    // A store that did not answer in time may still answer later; it is kept
    // out of the way and dropped here, and its late answer goes nowhere.
    m_store = std::make_unique<MemoryCredentialStore>();
    m_usingFallback = true;
    m_fallbackReason = probed.message;
}

FallbackCredentialStore::~FallbackCredentialStore() = default;

void FallbackCredentialStore::write(const QString& profile, CredentialKey key, Secret secret,
                                    Done done)
{
    m_store->write(profile, key, std::move(secret), std::move(done));
}

void FallbackCredentialStore::read(const QString& profile, CredentialKey key, ReadDone done)
{
    m_store->read(profile, key, std::move(done));
}

void FallbackCredentialStore::remove(const QString& profile, CredentialKey key, Done done)
{
    m_store->remove(profile, key, std::move(done));
}

void FallbackCredentialStore::probe(Done done)
{
    m_store->probe(std::move(done));
}

bool FallbackCredentialStore::isPersistent() const
{
    return m_store->isPersistent();
}

QString FallbackCredentialStore::description() const
{
    return m_store->description();
}

QString FallbackCredentialStore::fallbackMessage() const
{
    if (!m_usingFallback)
        return QString();
    return tr("No system keychain answered, so passwords are kept in memory for this session "
              "only: nothing is written to disk, and you will be asked for them again next "
              "time.");
}

} // namespace rd
