#pragma once

#include "model/Contact.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// Value types shared by the EPP command builders and response parsers.
namespace rd::epp {

// An object status (RFC 5731 section 2.3, RFC 5733 section 2.2): the value,
// e.g. "clientHold", and an optional explanation for people.
struct ObjectStatus
{
    QString value;
    QString text;
    QString lang; // of text; empty means English (the RFC default)
};

// RFC 5733 postalInfo. The .PT registry takes only the "int" form, which
// carries UTF-8 text (pt-registry.md 2.2).
struct PostalInfo
{
    QString type = QStringLiteral("int");
    QString name;
    QString organisation;
    PostalAddress address;
};

// The A-label form EPP carries (pt-registry.md 2.3): trimmed, without a
// trailing dot, lower case, NFC, each label converted with IDNA. A name that
// cannot be converted is returned normalised but unconverted, so the registry
// refuses it with its own reason instead of receiving an empty name; check
// names with DomainNameValidator before sending them.
QString toALabel(const QString& name);
// The form people read: xn-- labels decoded, anything else unchanged.
QString toULabel(const QString& name);

// XML Schema boolean: true, false, 1 or 0 (surrounding blanks allowed, any
// case); nothing for any other text.
std::optional<bool> parseXmlBoolean(QStringView text);
// XML Schema dateTime in UTC: "Z" or an offset converted, fractions kept; a
// time without a zone is read as UTC. Invalid when the text is not a dateTime.
QDateTime parseXmlDateTime(QStringView text);

} // namespace rd::epp
