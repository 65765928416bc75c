#pragma once

#include <QString>

namespace rd {

// How to reach one EPP server: where, as whom, with which TLS files. The
// passwords are not here; they live in a CredentialStore under the profile's
// name.
struct RegistryProfile
{
    QString name;           // "production", "ote", "sandbox" or the user's own
    QString host;           // empty in the built-in production and OT&E profiles: the user fills it
    int port = 700;         // EPP over TLS (RFC 5734 section 2)
    QString loginId;        // the <clID> of the EPP <login>: clIDType, 3 to 16 characters
    QString caFile;         // PEM; empty: the system's certificate authorities
    QString clientCertFile; // PEM; empty: no client certificate
    QString clientKeyFile;  // PEM; its passphrase, if any, is a secret
    bool sandbox = false;   // a test registry, not the real one

    bool operator==(const RegistryProfile& other) const
    {
        return name == other.name && host == other.host && port == other.port &&
               loginId == other.loginId && caFile == other.caFile &&
               clientCertFile == other.clientCertFile && clientKeyFile == other.clientKeyFile &&
               sandbox == other.sandbox;
    }
    bool operator!=(const RegistryProfile& other) const { return !(*this == other); }
};

// What a validation problem is about, so that a form can mark the field.
enum class RegistryProfileField
{
    Name,
    Host,
    Port,
    LoginId,
    CaFile,
    ClientCertFile,
    ClientKeyFile,
};

struct RegistryProfileProblem
{
    RegistryProfileField field;
    QString reason; // translated, one sentence
};

} // namespace rd
