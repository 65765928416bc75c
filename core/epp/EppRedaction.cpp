#include "epp/EppRedaction.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace rd::epp {

namespace {

bool isSecret(QStringView localName)
{
    return localName == u"pw" || localName == u"newPW" || localName == u"transferKey";
}

} // namespace

QByteArray redactSecrets(const QByteArray& document)
{
    // Read as XML, not searched as text: no CDATA, comment, prefix or
    // attribute can hide a secret from the mask. What is not well-formed is
    // not logged at all, since nothing in it can be told apart safely.
    QXmlStreamReader reader(document);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int secretDepth = 0; // > 0 inside a secret element
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartElement:
            if (secretDepth > 0) {
                ++secretDepth;
                continue;
            }
            // Names written as they came, prefixes and declarations included:
            // the log shows what was on the wire.
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamNamespaceDeclaration& ns : reader.namespaceDeclarations()) {
                writer.writeAttribute(ns.prefix().isEmpty()
                                          ? QStringLiteral("xmlns")
                                          : QStringLiteral("xmlns:") + ns.prefix().toString(),
                                      ns.namespaceUri().toString());
            }
            for (const QXmlStreamAttribute& attribute : reader.attributes())
                writer.writeAttribute(attribute.qualifiedName().toString(),
                                      attribute.value().toString());
            if (isSecret(reader.name())) {
                secretDepth = 1;
                writer.writeCharacters(QLatin1String(RedactedSecret));
            }
            continue;
        case QXmlStreamReader::EndElement:
            if (secretDepth > 1) {
                --secretDepth;
                continue;
            }
            secretDepth = 0;
            writer.writeEndElement();
            continue;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
            if (secretDepth > 0)
                continue;
            break;
        default:
            break;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        return QByteArrayLiteral("[") + QByteArray::number(document.size()) +
               QByteArrayLiteral(" bytes of XML that is not well-formed: not logged]");
    }
    return out;
}

} // namespace rd::epp
