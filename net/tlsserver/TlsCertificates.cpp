#include "TlsCertificates.h"

#include <QtGlobal>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace rd {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

void warn(const char* what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    qWarning("test certificates: %s failed: %s", what, text);
    ERR_clear_error();
}

// Never ask a terminal for a passphrase: our keys are plain unless told otherwise.
int noPassphrase(char*, int, int, void*)
{
    return 0;
}

Key generateKey(KeyType type)
{
    EVP_PKEY* key = type == KeyType::Rsa2048
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048))
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        warn("key generation");
    return Key(key);
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

QByteArray keyToPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        warn("writing a private key");
        return {};
    }
    return bioBytes(bio.get());
}

QByteArray certificateToPem(X509* certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        warn("writing a certificate");
        return {};
    }
    return bioBytes(bio.get());
}

Key keyFromPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EVP_PKEY* key =
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!key)
        warn("reading a private key");
    return Key(key);
}

Certificate certificateFromPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509* certificate =
        bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!certificate)
        warn("reading a certificate");
    return Certificate(certificate);
}

bool setTime(X509* certificate, const QDateTime& notBefore, const QDateTime& notAfter)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = notBefore.isValid() ? notBefore : now.addSecs(-3600);
    const QDateTime until = notAfter.isValid() ? notAfter : now.addDays(30);
    return ASN1_TIME_set(X509_getm_notBefore(certificate),
                         static_cast<time_t>(from.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(certificate),
                         static_cast<time_t>(until.toSecsSinceEpoch()));
}

// 128 random bits, positive: serials must differ between certificates of one authority.
bool setRandomSerial(X509* certificate)
{
    BigNumber serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    return BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool setCommonName(X509_NAME* name, const QString& commonName)
{
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    Extension extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

struct Subject
{
    QString commonName;
    QByteArray alternativeNames; // OpenSSL's "DNS:a,IP:b" form; empty: none
    QDateTime notBefore;
    QDateTime notAfter;
    bool authority = false;
};

// Builds and signs one certificate. Without an issuer it signs itself.
Certificate makeCertificate(const Subject& subject, EVP_PKEY* subjectKey, X509* issuer,
                            EVP_PKEY* issuerKey)
{
    Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(certificate.get()) ||
        !setTime(certificate.get(), subject.notBefore, subject.notAfter) ||
        X509_set_pubkey(certificate.get(), subjectKey) != 1 ||
        !setCommonName(X509_get_subject_name(certificate.get()), subject.commonName)) {
        warn("building a certificate");
        return nullptr;
    }
    X509* signer = issuer ? issuer : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer)) != 1) {
        warn("naming the issuer");
        return nullptr;
    }

    bool ok = addExtension(certificate.get(), signer, NID_subject_key_identifier, "hash") &&
              addExtension(certificate.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (subject.authority) {
        ok = ok &&
             addExtension(certificate.get(), signer, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(certificate.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(certificate.get(), signer, NID_basic_constraints, "CA:FALSE") &&
             addExtension(certificate.get(), signer, NID_key_usage,
                          "critical,digitalSignature,keyEncipherment") &&
             addExtension(certificate.get(), signer, NID_ext_key_usage, "serverAuth,clientAuth");
        if (!subject.alternativeNames.isEmpty()) {
            ok = ok && addExtension(certificate.get(), signer, NID_subject_alt_name,
                                    subject.alternativeNames);
        }
    }
    if (!ok) {
        warn("adding extensions");
        return nullptr;
    }
    if (X509_sign(certificate.get(), issuerKey ? issuerKey : subjectKey, EVP_sha256()) <= 0) {
        warn("signing a certificate");
        return nullptr;
    }
    return certificate;
}

} // namespace

PemCredentials generateSelfSignedCa(const QString& commonName, KeyType keyType)
{
    const Key key = generateKey(keyType);
    if (!key)
        return {};
    Subject subject;
    subject.commonName = commonName;
    subject.notAfter = QDateTime::currentDateTimeUtc().addYears(1);
    subject.authority = true;
    const Certificate certificate = makeCertificate(subject, key.get(), nullptr, nullptr);
    if (!certificate)
        return {};
    return {certificateToPem(certificate.get()), keyToPem(key.get())};
}

PemCredentials issueCertificate(const PemCredentials& ca, const CertificateProfile& profile)
{
    const Certificate issuer = certificateFromPem(ca.certificate);
    const Key issuerKey = keyFromPem(ca.privateKey);
    const Key key = generateKey(profile.keyType);
    if (!issuer || !issuerKey || !key)
        return {};

    QByteArrayList names;
    for (const QString& name : profile.dnsNames)
        names.append("DNS:" + name.toUtf8());
    for (const QHostAddress& address : profile.ipAddresses)
        names.append("IP:" + address.toString().toLatin1());
    Subject subject;
    subject.commonName = profile.commonName;
    subject.alternativeNames = names.join(',');
    subject.notBefore = profile.notBefore;
    subject.notAfter = profile.notAfter;
    const Certificate certificate =
        makeCertificate(subject, key.get(), issuer.get(), issuerKey.get());
    if (!certificate)
        return {};
    return {certificateToPem(certificate.get()), keyToPem(key.get())};
}

PemCredentials issueCertificate(const PemCredentials& ca, const QString& commonName,
                                const QStringList& alternativeNames)
{
    CertificateProfile profile;
    profile.commonName = commonName;
    for (const QString& name : alternativeNames) {
        const QHostAddress address(name);
        if (address.isNull())
            profile.dnsNames.append(name);
        else
            profile.ipAddresses.append(address);
    }
    return issueCertificate(ca, profile);
}

QByteArray encryptPrivateKey(const QByteArray& privateKeyPem, const QByteArray& passphrase)
{
    const Key key = keyFromPem(privateKeyPem);
    Bio bio(BIO_new(BIO_s_mem()));
    if (!key || !bio)
        return {};
    // PKCS#8 with PBES2: what `openssl pkcs8 -topk8 -v2 aes-256-cbc` writes.
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), EVP_aes_256_cbc(),
                                      passphrase.constData(), static_cast<int>(passphrase.size()),
                                      nullptr, nullptr) != 1) {
        warn("encrypting a private key");
        return {};
    }
    return bioBytes(bio.get());
}

} // namespace rd
