#include "epp/EppXml.h"

#include "epp/EppNamespaces.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <vector>

namespace rd::epp {

QString XmlElement::attribute(QStringView attributeName) const
{
    for (const XmlAttribute& a : attributes) {
        if (a.ns.isEmpty() && a.name == attributeName)
            return a.value;
    }
    return {};
}

bool XmlElement::hasAttribute(QStringView attributeName) const
{
    for (const XmlAttribute& a : attributes) {
        if (a.ns.isEmpty() && a.name == attributeName)
            return true;
    }
    return false;
}

const XmlElement* XmlElement::child(QStringView childNs, QStringView childName) const
{
    for (const XmlElement& c : children) {
        if (c.is(childNs, childName))
            return &c;
    }
    return nullptr;
}

QList<const XmlElement*> XmlElement::childrenNamed(QStringView childNs, QStringView childName) const
{
    QList<const XmlElement*> found;
    for (const XmlElement& c : children) {
        if (c.is(childNs, childName))
            found.append(&c);
    }
    return found;
}

QString XmlElement::childText(QStringView childNs, QStringView childName) const
{
    const XmlElement* c = child(childNs, childName);
    if (!c)
        return QString();
    return c->text.isNull() ? QStringLiteral("") : c->text; // present, even if empty
}

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<XmlElement> parseXml(const QByteArray& document, QString* error)
{
    if (error)
        error->clear();
    if (document.trimmed().isEmpty()) {
        setError(error, QCoreApplication::translate("rd::Epp", "The XML document is empty."));
        return std::nullopt;
    }

    QXmlStreamReader reader(document);
    // Finished elements move into their parent; the stack never holds more
    // than MaxXmlDepth elements.
    std::vector<XmlElement> open;
    std::optional<XmlElement> root;

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // A DOCTYPE is the only way to declare entities; refusing it here,
            // before any content is read, rules out entity expansion attacks
            // ("billion laughs") and external entities. RFC 5730 needs none.
            setError(error, QCoreApplication::translate(
                                "rd::Epp", "The XML declares a document type (DOCTYPE) or "
                                           "entities, which EPP does not allow; it was refused."));
            return std::nullopt;
        case QXmlStreamReader::EntityReference:
            setError(error, QCoreApplication::translate(
                                "rd::Epp", "The XML refers to an undeclared entity (&%1;).")
                                .arg(reader.name()));
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            if (open.size() >= size_t(MaxXmlDepth)) {
                setError(error, QCoreApplication::translate(
                                    "rd::Epp", "The XML nests elements more than %1 levels deep.")
                                    .arg(MaxXmlDepth));
                return std::nullopt;
            }
            XmlElement element;
            element.ns = reader.namespaceUri().toString();
            element.name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            element.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute& a : attributes) {
                element.attributes.append(
                    {a.namespaceUri().toString(), a.name().toString(), a.value().toString()});
            }
            open.push_back(std::move(element));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.empty()) {
                XmlElement& current = open.back();
                // Whitespace before the first text only indents; it would be
                // trimmed anyway.
                if (!current.text.isEmpty() || !reader.isWhitespace())
                    current.text += reader.text();
            }
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement finished = std::move(open.back());
            open.pop_back();
            finished.text = finished.text.trimmed();
            if (open.empty())
                root = std::move(finished);
            else
                open.back().children.append(std::move(finished));
            break;
        }
        default: // the document start and end, comments, processing instructions
            break;
        }
    }

    if (reader.hasError()) {
        QString reason =
            reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
                ? QCoreApplication::translate("rd::Epp", "the document ends before it is complete")
                : reader.errorString();
        if (reason.endsWith(QLatin1Char('.'))) // Qt's own sentences end with one
            reason.chop(1);
        setError(error, QCoreApplication::translate(
                            "rd::Epp", "The XML is not well formed (line %1, column %2): %3.")
                            .arg(reader.lineNumber())
                            .arg(reader.columnNumber())
                            .arg(reason));
        return std::nullopt;
    }
    if (!root) {
        setError(error, QCoreApplication::translate("rd::Epp", "The XML has no root element."));
        return std::nullopt;
    }
    return root;
}

namespace {

constexpr QStringView XmlNamespaceUri = u"http://www.w3.org/XML/1998/namespace";

QString knownPrefix(QStringView uri)
{
    if (uri == ns::Epp)
        return QString();
    if (uri == ns::Domain)
        return QStringLiteral("domain");
    if (uri == ns::Contact)
        return QStringLiteral("contact");
    if (uri == ns::Host)
        return QStringLiteral("host");
    if (uri == ns::SecDns)
        return QStringLiteral("secDNS");
    if (uri == ns::PtDomain)
        return QStringLiteral("ptdomain");
    if (uri == ns::PtContact)
        return QStringLiteral("ptcontact");
    if (uri == ns::EppCom)
        return QStringLiteral("eppcom");
    return QStringLiteral("ns"); // numbered by the writer
}

// XML 1.0 section 2.2: the characters a document may contain.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendEscaped(QString& out, QStringView value, bool inAttribute)
{
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < n && value.at(i + 1).isLowSurrogate()) {
            out += c;
            out += value.at(++i);
            continue;
        }
        if (c.isSurrogate() || !isXmlChar(c.unicode()))
            continue;
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += inAttribute ? QLatin1String("&quot;") : QLatin1String("\"");
            break;
        case u'\r': // kept as a reference, or the parser would fold it
            out += QLatin1String("&#13;");
            break;
        case u'\n':
            out += inAttribute ? QLatin1String("&#10;") : QLatin1String("\n");
            break;
        case u'\t':
            out += inAttribute ? QLatin1String("&#9;") : QLatin1String("\t");
            break;
        default:
            out += c;
        }
    }
}

} // namespace

XmlWriter::XmlWriter()
    : XmlWriter(Options())
{}

XmlWriter::XmlWriter(Options options)
    : m_options(options)
{
    m_out.reserve(1024);
    if (m_options.declaration) {
        m_out += QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
        if (m_options.indent > 0)
            m_out += QLatin1Char('\n');
    }
}

QString XmlWriter::prefixFor(QStringView elementNs, bool* declare)
{
    // The nearest declaration of a prefix is the one in force.
    auto boundUri = [this](const QString& prefix) -> std::optional<QString> {
        for (auto open = m_open.crbegin(); open != m_open.crend(); ++open) {
            for (const auto& [uri, p] : open->declared) {
                if (p == prefix)
                    return uri;
            }
        }
        return std::nullopt;
    };

    *declare = false;
    if (elementNs.isEmpty()) {
        const std::optional<QString> defaultUri = boundUri(QString());
        *declare = defaultUri && !defaultUri->isEmpty(); // xmlns="" undoes the default
        return QString();
    }
    for (auto open = m_open.crbegin(); open != m_open.crend(); ++open) {
        for (const auto& [uri, p] : open->declared) {
            if (uri == elementNs && boundUri(p) == uri)
                return p;
        }
    }
    *declare = true;
    QString prefix = knownPrefix(elementNs);
    if (prefix == QLatin1String("ns") || boundUri(prefix).has_value())
        prefix = QStringLiteral("ns%1").arg(++m_generatedPrefixes);
    return prefix;
}

void XmlWriter::newLine(qsizetype depth)
{
    if (m_options.indent <= 0)
        return;
    m_out += QLatin1Char('\n');
    m_out += QString(depth * m_options.indent, QLatin1Char(' '));
}

void XmlWriter::closeStartTag()
{
    if (m_startTagOpen) {
        m_out += QLatin1Char('>');
        m_startTagOpen = false;
    }
}

void XmlWriter::startElement(QStringView elementNs, QStringView elementName)
{
    closeStartTag();
    if (!m_open.isEmpty()) {
        Open& parent = m_open.last();
        if (!parent.hasText)
            newLine(m_open.size());
        parent.hasChildren = true;
    }
    bool declare = false;
    const QString prefix = prefixFor(elementNs, &declare);
    Open element;
    element.qualifiedName =
        prefix.isEmpty() ? elementName.toString() : prefix + QLatin1Char(':') + elementName;
    m_out += QLatin1Char('<');
    m_out += element.qualifiedName;
    if (declare) {
        m_out += prefix.isEmpty() ? QLatin1String(" xmlns") : QLatin1String(" xmlns:");
        m_out += prefix + QLatin1String("=\"");
        appendEscaped(m_out, elementNs, true);
        m_out += QLatin1Char('"');
        element.declared.append({elementNs.toString(), prefix});
    }
    m_open.append(std::move(element));
    m_startTagOpen = true;
}

void XmlWriter::attribute(QStringView attributeName, QStringView value)
{
    if (!m_startTagOpen)
        return;
    m_out += QLatin1Char(' ');
    m_out += attributeName;
    m_out += QLatin1String("=\"");
    appendEscaped(m_out, value, true);
    m_out += QLatin1Char('"');
}

void XmlWriter::text(QStringView value)
{
    if (m_open.isEmpty() || value.isEmpty())
        return;
    closeStartTag();
    m_open.last().hasText = true;
    appendEscaped(m_out, value, false);
}

void XmlWriter::endElement()
{
    if (m_open.isEmpty())
        return;
    const Open element = m_open.takeLast();
    if (m_startTagOpen) {
        m_out += QLatin1String("/>");
        m_startTagOpen = false;
        return;
    }
    if (element.hasChildren && !element.hasText)
        newLine(m_open.size());
    m_out += QLatin1String("</");
    m_out += element.qualifiedName;
    m_out += QLatin1Char('>');
}

void XmlWriter::textElement(QStringView elementNs, QStringView elementName, QStringView value)
{
    startElement(elementNs, elementName);
    text(value);
    endElement();
}

void XmlWriter::element(const XmlElement& element)
{
    startElement(element.ns, element.name);
    for (const XmlAttribute& a : element.attributes) {
        if (a.ns.isEmpty()) {
            attribute(a.name, a.value);
            continue;
        }
        if (a.ns == XmlNamespaceUri) { // xml:lang and the like, bound by XML itself
            attribute(QString(QLatin1String("xml:") + a.name), a.value);
            continue;
        }
        // A qualified attribute needs a prefix of its own: never the default.
        bool declare = false;
        QString prefix = prefixFor(a.ns, &declare);
        if (prefix.isEmpty()) {
            prefix = QStringLiteral("ns%1").arg(++m_generatedPrefixes);
            declare = true;
        }
        if (declare) {
            attribute(QString(QLatin1String("xmlns:") + prefix), a.ns);
            m_open.last().declared.append({a.ns, prefix});
        }
        attribute(QString(prefix + QLatin1Char(':') + a.name), a.value);
    }
    text(element.text);
    for (const XmlElement& c : element.children)
        this->element(c);
    endElement();
}

QString XmlWriter::toString()
{
    while (!m_open.isEmpty())
        endElement();
    return m_out;
}

QString toXmlFragment(const XmlElement& element)
{
    XmlWriter writer({false, 0});
    writer.element(element);
    return writer.toString();
}

} // namespace rd::epp
