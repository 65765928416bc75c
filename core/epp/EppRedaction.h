#pragma once

#include <QByteArray>

namespace rd::epp {

// The EPP document with every secret masked, for logs and diagnostics: the
// login password and new password (<pw>, <newPW>, RFC 5730), auth codes
// (<domain:pw>, <contact:pw>, RFC 5731/5733, inside authInfo) and the legacy
// .PT transfer key (<ptdomain:transferKey>). The document is read as XML and
// written again, each secret element's content replaced: no prefix, CDATA,
// comment or attribute lets a secret through. A document that is not
// well-formed is replaced by a note of its size.
QByteArray redactSecrets(const QByteArray& document);

// What a masked secret reads as.
inline constexpr char RedactedSecret[] = "********";

} // namespace rd::epp
