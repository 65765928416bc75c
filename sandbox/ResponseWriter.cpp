#include "ResponseWriter.h"

#include "epp/EppNamespaces.h"

namespace rd::sandbox {

namespace {

QString eppNs()
{
    return epp::ns::Epp.toString();
}

// The prefix the registry writes for a namespace; anything else gets a
// numbered one.
QString prefixFor(const QString& namespaceUri)
{
    if (namespaceUri == epp::ns::Domain)
        return QStringLiteral("domain");
    if (namespaceUri == epp::ns::Contact)
        return QStringLiteral("contact");
    if (namespaceUri == epp::ns::Host)
        return QStringLiteral("host");
    if (namespaceUri == epp::ns::SecDns)
        return QStringLiteral("secDNS");
    if (namespaceUri == epp::ns::PtDomain)
        return QStringLiteral("ptdomain");
    if (namespaceUri == epp::ns::PtContact)
        return QStringLiteral("ptcontact");
    return QStringLiteral("ns1");
}

void startDocument(QXmlStreamWriter& xml)
{
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(QStringLiteral("1.0"), false);
    xml.writeStartElement(QStringLiteral("epp"));
    xml.writeDefaultNamespace(eppNs());
}

} // namespace

ResponseWriter::ResponseWriter()
    : m_xml(&m_bytes)
{
    startDocument(m_xml);
    m_xml.writeStartElement(QStringLiteral("response"));
    m_declared = {{}, {}};
}

QString ResponseWriter::dateTime(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

QByteArray ResponseWriter::greeting(const QDateTime& now)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml);
    xml.writeStartElement(QStringLiteral("greeting"));
    xml.writeTextElement(QStringLiteral("svID"), QStringLiteral("DNS.PT EPP Server"));
    xml.writeTextElement(QStringLiteral("svDate"), dateTime(now));
    xml.writeStartElement(QStringLiteral("svcMenu"));
    xml.writeTextElement(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeTextElement(QStringLiteral("lang"), QStringLiteral("en"));
    for (const QStringView uri : {epp::ns::Contact, epp::ns::Domain, epp::ns::Host})
        xml.writeTextElement(QStringLiteral("objURI"), uri.toString());
    xml.writeStartElement(QStringLiteral("svcExtension"));
    for (const QStringView uri : {epp::ns::PtContact, epp::ns::PtDomain, epp::ns::SecDns})
        xml.writeTextElement(QStringLiteral("extURI"), uri.toString());
    xml.writeEndElement(); // svcExtension
    xml.writeEndElement(); // svcMenu
    // The data collection policy of the v2 fixture (pt-registry.md 2.1).
    xml.writeStartElement(QStringLiteral("dcp"));
    xml.writeStartElement(QStringLiteral("access"));
    xml.writeEmptyElement(QStringLiteral("all"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("statement"));
    xml.writeStartElement(QStringLiteral("purpose"));
    xml.writeEmptyElement(QStringLiteral("admin"));
    xml.writeEmptyElement(QStringLiteral("prov"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("recipient"));
    xml.writeEmptyElement(QStringLiteral("ours"));
    xml.writeEmptyElement(QStringLiteral("public"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("retention"));
    xml.writeEmptyElement(QStringLiteral("stated"));
    xml.writeEndElement();
    xml.writeEndElement(); // statement
    xml.writeEndElement(); // dcp
    xml.writeEndDocument();
    return bytes;
}

void ResponseWriter::start(const QString& namespaceUri, const QString& name)
{
    if (namespaceUri == eppNs()) {
        m_xml.writeStartElement(name);
        m_declared.append(QStringList());
        return;
    }
    bool declared = false;
    for (const QStringList& level : std::as_const(m_declared))
        declared = declared || level.contains(namespaceUri);
    const QString prefix = prefixFor(namespaceUri);
    m_xml.writeStartElement(prefix + QLatin1Char(':') + name);
    if (declared) {
        m_declared.append(QStringList());
    } else {
        m_xml.writeAttribute(QStringLiteral("xmlns:") + prefix, namespaceUri);
        m_declared.append(QStringList{namespaceUri});
    }
}

void ResponseWriter::attribute(const QString& name, const QString& value)
{
    m_xml.writeAttribute(name, value);
}

void ResponseWriter::characters(const QString& text)
{
    m_xml.writeCharacters(text);
}

void ResponseWriter::end()
{
    m_xml.writeEndElement();
    m_declared.removeLast();
}

void ResponseWriter::textElement(const QString& namespaceUri, const QString& name,
                                 const QString& text)
{
    start(namespaceUri, name);
    if (!text.isEmpty())
        characters(text);
    end();
}

void ResponseWriter::element(const ResultValue& value)
{
    start(value.namespaceUri, value.element);
    for (const auto& [name, text] : value.attributes)
        attribute(name, text);
    if (!value.text.isEmpty())
        characters(value.text);
    end();
}

void ResponseWriter::result(const RegistryResult& result, const ResultValue& fallback)
{
    start(eppNs(), QStringLiteral("result"));
    attribute(QStringLiteral("code"), QString::number(result.code));
    textElement(eppNs(), QStringLiteral("msg"), standardMessage(result.code));
    QList<ResultValue> values = result.values;
    if (values.isEmpty() && !result.reason.isEmpty())
        values << fallback;
    for (const ResultValue& value : std::as_const(values)) {
        if (result.reason.isEmpty()) {
            start(eppNs(), QStringLiteral("value"));
            element(value);
            end();
        } else {
            start(eppNs(), QStringLiteral("extValue"));
            start(eppNs(), QStringLiteral("value"));
            element(value);
            end();
            textElement(eppNs(), QStringLiteral("reason"), result.reason);
            end();
        }
    }
    end();
}

void ResponseWriter::messageQueue(qint64 count, qint64 id, const QDateTime& queued,
                                  const QString& message)
{
    start(eppNs(), QStringLiteral("msgQ"));
    attribute(QStringLiteral("count"), QString::number(count));
    attribute(QStringLiteral("id"), QString::number(id));
    if (queued.isValid())
        textElement(eppNs(), QStringLiteral("qDate"), dateTime(queued));
    if (!message.isEmpty())
        textElement(eppNs(), QStringLiteral("msg"), message);
    end();
}

QByteArray ResponseWriter::finish(const QString& clTRID, const QString& svTRID)
{
    start(eppNs(), QStringLiteral("trID"));
    if (!clTRID.isEmpty())
        textElement(eppNs(), QStringLiteral("clTRID"), clTRID);
    textElement(eppNs(), QStringLiteral("svTRID"), svTRID);
    end();
    m_xml.writeEndDocument();
    return m_bytes;
}

} // namespace rd::sandbox
