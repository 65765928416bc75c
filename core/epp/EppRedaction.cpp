#include "epp/EppRedaction.h"

#include <QRegularExpression>

namespace rd::epp {

QByteArray redactSecrets(const QByteArray& document)
{
    // <p:pw attr="..."> ... </p:pw>, the same qualified name closing it. The
    // content may hold CDATA (with '<' inside), so it runs to the closing tag.
    static const QRegularExpression secret(
        QStringLiteral("(<((?:[A-Za-z_][\\w.-]*:)?(?:pw|newPW|transferKey))(?:\\s[^>]*)?>)"
                       "(.*?)(</\\2\\s*>)"),
        QRegularExpression::DotMatchesEverythingOption);
    QString text = QString::fromUtf8(document);
    text.replace(secret,
                 QStringLiteral("\\1") + QLatin1String(RedactedSecret) + QStringLiteral("\\4"));
    return text.toUtf8();
}

} // namespace rd::epp
