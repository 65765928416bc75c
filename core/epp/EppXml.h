#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace rd::epp {

struct XmlAttribute
{
    QString ns; // empty for an unqualified attribute, which is what EPP uses
    QString name;
    QString value;
};

// One element of a parsed document, identified by namespace URI and local name;
// the prefix the sender chose is not kept.
struct XmlElement
{
    QString ns;
    QString name;
    QList<XmlAttribute> attributes; // namespace declarations are not attributes
    QString text; // character data (CDATA and references resolved), concatenated, trimmed
    QList<XmlElement> children;

    bool is(QStringView elementNs, QStringView elementName) const
    {
        return name == elementName && ns == elementNs;
    }
    // The unqualified attribute name, or a null string when it is absent.
    QString attribute(QStringView attributeName) const;
    bool hasAttribute(QStringView attributeName) const;
    // The first child with that namespace and name, or nullptr.
    const XmlElement* child(QStringView childNs, QStringView childName) const;
    QList<const XmlElement*> childrenNamed(QStringView childNs, QStringView childName) const;
    // The text of child(childNs, childName): null when there is no such child,
    // empty but not null when it has no text.
    QString childText(QStringView childNs, QStringView childName) const;
};

// Elements nested deeper than this are refused: EPP needs fewer than ten levels,
// and the limit keeps a hostile document from exhausting the stack.
inline constexpr int MaxXmlDepth = 64;

// Parses a whole document into its root element. Refuses, with a translated
// reason in *error: anything not well formed (including a truncated document),
// any DOCTYPE (so no entity can be declared or expanded), and nesting beyond
// MaxXmlDepth. Comments and processing instructions are skipped.
std::optional<XmlElement> parseXml(const QByteArray& document, QString* error = nullptr);

// Writes a namespace-aware document element by element. Each namespace is
// declared on the first element that needs it: EPP's own as the default
// namespace, the others under their usual prefixes (domain, contact, host,
// secDNS, ptdomain, ptcontact, eppcom) or ns1, ns2, ... when unknown.
// Characters that XML 1.0 cannot carry are dropped.
class XmlWriter
{
public:
    struct Options
    {
        bool declaration = true; // <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        int indent = 2;          // spaces per level; 0 writes everything on one line
    };

    XmlWriter();
    explicit XmlWriter(Options options);

    void startElement(QStringView elementNs, QStringView elementName);
    // Only between startElement() and the element's first content.
    void attribute(QStringView attributeName, QStringView value);
    void text(QStringView value);
    void endElement();

    // startElement, text (when not empty), endElement.
    void textElement(QStringView elementNs, QStringView elementName, QStringView value);
    // A parsed element with its attributes, text and children.
    void element(const XmlElement& element);

    // Closes every open element and returns the document.
    QString toString();
    QByteArray toUtf8() { return toString().toUtf8(); }

private:
    struct Open
    {
        QString qualifiedName;                       // for the end tag
        QList<std::pair<QString, QString>> declared; // URI, prefix
        bool hasChildren = false;
        bool hasText = false;
    };

    QString prefixFor(QStringView elementNs, bool* declare);
    void closeStartTag();
    void newLine(qsizetype depth);

    Options m_options;
    QString m_out;
    QList<Open> m_open;
    bool m_startTagOpen = false;
    int m_generatedPrefixes = 0;
};

// The XML of one element on its own (no declaration, one line), with the
// namespaces it needs declared on it.
QString toXmlFragment(const XmlElement& element);

} // namespace rd::epp
