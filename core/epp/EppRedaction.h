#pragma once

#include <QByteArray>

namespace rd::epp {

// The EPP document with every secret masked, for logs and diagnostics: the
// login password and new password (<pw>, <newPW>, RFC 5730), auth codes
// (<domain:pw>, <contact:pw>, RFC 5731/5733, inside authInfo) and the legacy
// .PT transfer key (<ptdomain:transferKey>). Matched by local name under any
// prefix, CDATA included, so no way of writing the XML lets a secret through.
QByteArray redactSecrets(const QByteArray& document);

// What a masked secret reads as.
inline constexpr char RedactedSecret[] = "********";

} // namespace rd::epp
