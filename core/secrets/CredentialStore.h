#pragma once

#include "secrets/Secret.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace rd {

// The secrets a registry profile needs; they never go into the settings file.
enum class CredentialKey
{
    EppPassword,         // "epp-password": the <pw> of the EPP <login> (RFC 5730 section 2.9.1.1)
    ClientKeyPassphrase, // "client-key-passphrase": unlocks the TLS client key
};

enum class CredentialError
{
    None,
    NotFound,    // nothing stored under that profile and key
    Unavailable, // the store cannot be reached (no keychain, no answer in time)
    Denied,      // the store answered but refused (locked, user said no)
    Other,
};

// The outcome of a write, read or remove. The message is translated, names
// the profile and the key, and never contains the secret.
struct CredentialResult
{
    CredentialError error = CredentialError::None;
    QString message;

    bool ok() const { return error == CredentialError::None; }
    static CredentialResult success() { return {}; }
    static CredentialResult failure(CredentialError error, const QString& message)
    {
        return {error, message};
    }
};

struct CredentialReadResult : CredentialResult
{
    Secret secret; // empty unless ok()
};

// Where the passwords of the registry profiles live. Every operation reports
// through a callback, which may run before the call returns (a store in
// memory) or later from the event loop (a keychain over D-Bus); the *Now forms
// wait for it, for the command line. Entries are named by profile and key: the
// keychain account is "<profile>/<key name>" under the service "Registrar Desk".
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    using Done = std::function<void(CredentialResult)>;
    using ReadDone = std::function<void(CredentialReadResult)>;

    static constexpr int DefaultTimeoutMs = 10000;

    virtual ~CredentialStore();

    // Replaces what was stored under profile and key.
    virtual void write(const QString& profile, CredentialKey key, Secret secret, Done done) = 0;
    // NotFound when nothing is stored.
    virtual void read(const QString& profile, CredentialKey key, ReadDone done) = 0;
    // Removing what is not there succeeds: the outcome is the same.
    virtual void remove(const QString& profile, CredentialKey key, Done done) = 0;
    // Whether the store answers at all, without reading or changing any entry.
    virtual void probe(Done done) = 0;

    // Whether secrets outlive the process.
    virtual bool isPersistent() const = 0;
    // Translated, for the user: "system keychain", "memory only, for this session".
    virtual QString description() const = 0;

    // Blocking forms: run an event loop until the store answers, or fail with
    // Unavailable after timeoutMs. A QCoreApplication must exist.
    CredentialResult writeNow(const QString& profile, CredentialKey key, Secret secret,
                              int timeoutMs = DefaultTimeoutMs);
    CredentialReadResult readNow(const QString& profile, CredentialKey key,
                                 int timeoutMs = DefaultTimeoutMs);
    CredentialResult removeNow(const QString& profile, CredentialKey key,
                               int timeoutMs = DefaultTimeoutMs);
    CredentialResult probeNow(int timeoutMs = DefaultTimeoutMs);

    static QString serviceName();              // "Registrar Desk"
    static QString keyName(CredentialKey key); // "epp-password", ...
    static std::optional<CredentialKey> keyFromName(const QString& name);
    static QString keyLabel(CredentialKey key); // translated: "EPP password", ...
    static QString account(const QString& profile, CredentialKey key); // "ote/epp-password"

protected:
    CredentialResult timedOut(int timeoutMs) const;
};

} // namespace rd
