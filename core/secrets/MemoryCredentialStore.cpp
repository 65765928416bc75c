#include "secrets/MemoryCredentialStore.h"

#include <utility>

namespace rd {

MemoryCredentialStore::~MemoryCredentialStore()
{
    clear();
}

void MemoryCredentialStore::write(const QString& profile, CredentialKey key, Secret secret,
                                  Done done)
{
    // Assigning over an existing entry wipes the old secret (Secret's move assignment).
    m_secrets[account(profile, key)] = std::move(secret);
    if (done)
        done(CredentialResult::success());
}

void MemoryCredentialStore::read(const QString& profile, CredentialKey key, ReadDone done)
{
    CredentialReadResult result;
    const auto it = m_secrets.find(account(profile, key));
    if (it == m_secrets.end()) {
        result.error = CredentialError::NotFound;
        result.message =
            tr("No %1 is kept for the profile %2 in this session.").arg(keyLabel(key), profile);
    } else {
        result.secret = it->second.copy();
    }
    if (done)
        done(std::move(result));
}

void MemoryCredentialStore::remove(const QString& profile, CredentialKey key, Done done)
{
    m_secrets.erase(account(profile, key));
    if (done)
        done(CredentialResult::success());
}

void MemoryCredentialStore::probe(Done done)
{
    if (done)
        done(CredentialResult::success());
}

QString MemoryCredentialStore::description() const
{
    return tr("memory only, for this session");
}

void MemoryCredentialStore::clear()
{
    // Each Secret overwrites its bytes as it is destroyed.
    m_secrets.clear();
}

} // namespace rd
