#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// Certificates made at run time, for tests and the registry sandbox: never
// for production use. Built with OpenSSL's libcrypto.

enum class KeyType
{
    EcP256,
    Rsa2048
};

// A certificate and its private key, both PEM. The key is unencrypted PKCS#8
// unless it went through encryptPrivateKey().
struct PemCredentials
{
    QByteArray certificate;
    QByteArray privateKey;

    bool isNull() const { return certificate.isEmpty() || privateKey.isEmpty(); }
};

// What a certificate issued by a test authority says about its holder.
struct CertificateProfile
{
    QString commonName;
    QStringList dnsNames;            // subjectAltName DNS entries
    QList<QHostAddress> ipAddresses; // subjectAltName IP entries
    QDateTime notBefore;             // invalid: an hour ago
    QDateTime notAfter;              // invalid: 30 days from now
    KeyType keyType = KeyType::EcP256;
};

// A certificate authority that signs itself. Null on failure (with a warning).
PemCredentials generateSelfSignedCa(const QString& commonName = QStringLiteral("Test CA"),
                                    KeyType keyType = KeyType::EcP256);

// A certificate for a TLS server or client, signed by `ca`. Null on failure.
PemCredentials issueCertificate(const PemCredentials& ca, const CertificateProfile& profile);

// Shorthand: each alternative name that parses as an address becomes an IP
// entry, the others DNS entries, e.g. {"127.0.0.1", "::1", "localhost"}.
PemCredentials issueCertificate(const PemCredentials& ca, const QString& commonName,
                                const QStringList& alternativeNames);

// The same key as encrypted PKCS#8 (AES-256-CBC). Empty on failure.
QByteArray encryptPrivateKey(const QByteArray& privateKeyPem, const QByteArray& passphrase);

} // namespace rd
