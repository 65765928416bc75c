#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

enum class ContactKind
{
    Person,
    Organisation
};

// Where the registry stands on a holder's identity check (.PT registration rules,
// art. 8: the registry may ask a holder to prove tax id, name and contacts).
enum class VerificationState
{
    Unverified,
    Requested,
    Verified,
    Failed
};

struct PostalAddress
{
    QStringList street; // up to three lines (RFC 5733 contact:street)
    QString city;
    QString province;
    QString postcode;
    QString countryCode = QStringLiteral("PT"); // ISO 3166-1 alpha-2
};

struct Contact
{
    qint64 id = 0;
    QString handle; // registry NIC-handle, e.g. ABCD-123456-ADNS
    ContactKind kind = ContactKind::Person;
    QString name;
    QString organisation;
    PostalAddress address;
    QString email;
    QString voice;            // EPP format, +351.212345678
    QString mobile;           // ptcontact:mobile
    QString vat;              // NIF/NIPC (digits only for PT) or a foreign VAT id
    QString identityDocument; // Cartão de Cidadão number, when the registry asked for it
    VerificationState verification = VerificationState::Unverified;
    QString notes;
    QDateTime createdAt; // UTC, local record
    QDateTime updatedAt; // UTC, local record
};

} // namespace rd
