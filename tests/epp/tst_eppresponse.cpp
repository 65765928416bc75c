#include "epp/EppNamespaces.h"
#include "epp/EppResponse.h"
#include "epp/EppXml.h"

#include <QFile>
#include <QHash>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <functional>

using namespace rd;
using namespace rd::epp;

namespace {

QByteArray factSheetMessage(const QString& file)
{
    QFile f(QStringLiteral(RD_EPP_DATA "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file));
    return f.readAll();
}

QDateTime utc(const char* iso)
{
    QDateTime moment = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return moment.toUTC();
}

// How a server might write the same message. Restyler writes a parsed tree
// again in that style; it shares no code with the codec's own writer.
struct Style
{
    QHash<QString, QString> prefixes; // namespace URI -> prefix; "" is a default namespace
    bool declareAllOnRoot = false;
    enum class Text
    {
        Plain,
        Cdata,
        References
    } text = Text::Plain;
    bool reorder = false;
    bool unknownElements = false;
    QString newline = QStringLiteral("\n");
    QString indent = QStringLiteral("  ");
};

class Restyler
{
public:
    explicit Restyler(const Style& style)
        : m_style(style)
    {}

    QByteArray write(const XmlElement& root)
    {
        m_out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>") + m_style.newline;
        QList<Binding> scope;
        QList<Binding> rootDeclarations;
        if (m_style.declareAllOnRoot) {
            QStringList uris;
            collectNamespaces(root, uris);
            for (const QString& uri : uris)
                rootDeclarations.append({prefixOf(uri), uri});
        }
        element(root, 0, scope, rootDeclarations, false);
        return m_out.toUtf8();
    }

private:
    struct Binding
    {
        QString prefix;
        QString uri;
    };

    static void collectNamespaces(const XmlElement& e, QStringList& uris)
    {
        if (!e.ns.isEmpty() && !uris.contains(e.ns))
            uris.append(e.ns);
        for (const XmlElement& c : e.children)
            collectNamespaces(c, uris);
    }

    QString prefixOf(const QString& uri)
    {
        if (!m_style.prefixes.contains(uri))
            m_style.prefixes.insert(uri, QStringLiteral("u%1").arg(m_style.prefixes.size()));
        return m_style.prefixes.value(uri);
    }

    static QString boundUri(const QList<Binding>& scope, const QString& prefix)
    {
        for (auto b = scope.crbegin(); b != scope.crend(); ++b) {
            if (b->prefix == prefix)
                return b->uri;
        }
        return QString();
    }

    QString escaped(const QString& value, bool attribute) const
    {
        if (m_style.text == Style::Text::References && !value.isEmpty()) {
            QString refs;
            const QList<uint> chars = value.toUcs4();
            for (qsizetype i = 0; i < chars.size(); ++i) {
                refs += i % 2 ? QStringLiteral("&#x%1;").arg(chars.at(i), 0, 16)
                              : QStringLiteral("&#%1;").arg(chars.at(i));
            }
            return refs;
        }
        QString s = value;
        s.replace(QLatin1Char('&'), QLatin1String("&amp;"))
            .replace(QLatin1Char('<'), QLatin1String("&lt;"));
        s.replace(QLatin1Char('>'), QLatin1String("&gt;"));
        if (attribute)
            s.replace(QLatin1Char('"'), QLatin1String("&quot;"));
        return s;
    }

    void newLine(int depth)
    {
        if (m_style.newline.isEmpty())
            return;
        m_out += m_style.newline;
        for (int i = 0; i < depth; ++i)
            m_out += m_style.indent;
    }

    QList<const XmlElement*> ordered(const XmlElement& e) const
    {
        QList<const XmlElement*> children;
        for (const XmlElement& c : e.children)
            children.append(&c);
        if (!m_style.reorder)
            return children;
        // Different elements in reverse order, same-named ones kept in theirs.
        QStringList firstSeen;
        for (const XmlElement* c : children) {
            const QString key = c->ns + QLatin1Char(' ') + c->name;
            if (!firstSeen.contains(key))
                firstSeen.append(key);
        }
        std::stable_sort(children.begin(), children.end(),
                         [&firstSeen](const XmlElement* a, const XmlElement* b) {
                             return firstSeen.indexOf(a->ns + QLatin1Char(' ') + a->name) >
                                    firstSeen.indexOf(b->ns + QLatin1Char(' ') + b->name);
                         });
        return children;
    }

    void unknownChildren(const XmlElement& e, int depth, const QList<Binding>& scope)
    {
        newLine(depth);
        m_out += QStringLiteral("<zz:future xmlns:zz=\"urn:example:future-1.0\" level=\"9\">"
                                "<zz:name>not ours</zz:name><zz:status s=\"ok\"/></zz:future>");
        if (e.ns != ns::Epp.toString()) {
            // An element the known namespace may gain in a later version.
            const QString prefix = prefixOf(e.ns);
            const bool bound = boundUri(scope, prefix) == e.ns;
            const QString qualified = prefix.isEmpty() ? QStringLiteral("futureField")
                                                       : prefix + QStringLiteral(":futureField");
            newLine(depth);
            m_out += QLatin1Char('<') + qualified;
            if (!bound)
                m_out += (prefix.isEmpty()
                              ? QStringLiteral(" xmlns=\"")
                              : QStringLiteral(" xmlns:") + prefix + QStringLiteral("=\"")) +
                         e.ns + QLatin1Char('"');
            m_out += QStringLiteral(">later</") + qualified + QLatin1Char('>');
        }
    }

    void element(const XmlElement& e, int depth, QList<Binding> scope,
                 const QList<Binding>& extraDeclarations, bool insideValue)
    {
        const QString prefix = prefixOf(e.ns);
        QList<Binding> declarations = extraDeclarations;
        for (const Binding& b : extraDeclarations)
            scope.append(b);
        if (boundUri(scope, prefix) != e.ns) {
            declarations.append({prefix, e.ns});
            scope.append({prefix, e.ns});
        }
        const QString qualified = prefix.isEmpty() ? e.name : prefix + QLatin1Char(':') + e.name;
        m_out += QLatin1Char('<') + qualified;
        for (const Binding& b : declarations) {
            m_out += b.prefix.isEmpty()
                         ? QStringLiteral(" xmlns=\"")
                         : QStringLiteral(" xmlns:") + b.prefix + QStringLiteral("=\"");
            m_out += b.uri + QLatin1Char('"');
        }
        for (const XmlAttribute& a : e.attributes)
            m_out += QLatin1Char(' ') + a.name + QStringLiteral("=\"") + escaped(a.value, true) +
                     QLatin1Char('"');

        const bool isValue = e.is(ns::Epp, u"value");
        const bool inject =
            m_style.unknownElements && !insideValue && !isValue && !e.children.isEmpty();
        const bool addExtension = m_style.unknownElements && e.is(ns::Epp, u"response") &&
                                  !e.child(ns::Epp, u"extension");
        if (e.text.isEmpty() && e.children.isEmpty() && !addExtension) {
            m_out += QStringLiteral("/>");
            return;
        }
        m_out += QLatin1Char('>');
        if (!e.text.isEmpty()) {
            if (m_style.text == Style::Text::Cdata) {
                QString cdata = e.text;
                cdata.replace(QLatin1String("]]>"), QLatin1String("]]]]><![CDATA[>"));
                m_out += QStringLiteral(" \n\t<![CDATA[") + cdata + QStringLiteral("]]>\r\n ");
            } else {
                m_out += escaped(e.text, false);
            }
        }
        if (inject)
            unknownChildren(e, depth + 1, scope);
        for (const XmlElement* c : ordered(e)) {
            newLine(depth + 1);
            element(*c, depth + 1, scope, {}, insideValue || isValue);
        }
        if (addExtension) {
            newLine(depth + 1);
            const QString p = prefixOf(ns::Epp.toString());
            const QString ext =
                p.isEmpty() ? QStringLiteral("extension") : p + QStringLiteral(":extension");
            m_out += QLatin1Char('<') + ext +
                     QStringLiteral(
                         "><x:unknownData "
                         "xmlns:x=\"urn:example:x-2.0\"><x:flag>1</x:flag></x:unknownData></") +
                     ext + QLatin1Char('>');
        }
        if (!e.children.isEmpty() || addExtension)
            newLine(depth);
        m_out += QStringLiteral("</") + qualified + QLatin1Char('>');
    }

    Style m_style;
    QString m_out;
};

QList<std::pair<QString, Style>> styles()
{
    const QString e = ns::Epp.toString();
    const QString d = ns::Domain.toString();
    const QString c = ns::Contact.toString();
    const QString s = ns::SecDns.toString();
    const QString pd = ns::PtDomain.toString();
    const QString pc = ns::PtContact.toString();

    QList<std::pair<QString, Style>> list;
    Style usual;
    usual.prefixes = {{e, QString()},
                      {d, QStringLiteral("domain")},
                      {c, QStringLiteral("contact")},
                      {s, QStringLiteral("secDNS")},
                      {pd, QStringLiteral("ptdomain")},
                      {pc, QStringLiteral("ptcontact")}};
    list.append({QStringLiteral("usual prefixes"), usual});

    Style other;
    other.prefixes = {{e, QStringLiteral("e")},    {d, QStringLiteral("dom")},
                      {c, QStringLiteral("c")},    {s, QStringLiteral("dnssec")},
                      {pd, QStringLiteral("ptd")}, {pc, QStringLiteral("domain")}};
    list.append({QStringLiteral("other prefixes, ptcontact as domain:"), other});

    Style defaults;
    defaults.prefixes = {{e, QStringLiteral("epp")},
                         {d, QString()},
                         {c, QString()},
                         {s, QString()},
                         {pd, QString()},
                         {pc, QString()}};
    list.append({QStringLiteral("objects in default namespaces"), defaults});

    Style onRoot = other;
    onRoot.declareAllOnRoot = true;
    onRoot.newline = QStringLiteral("\r\n");
    onRoot.indent = QStringLiteral("\t");
    list.append({QStringLiteral("declared on the root, tabs and CRLF"), onRoot});

    Style cdata = usual;
    cdata.text = Style::Text::Cdata;
    list.append({QStringLiteral("text in CDATA"), cdata});

    Style refs = other;
    refs.text = Style::Text::References;
    refs.newline.clear();
    list.append({QStringLiteral("character references, one line"), refs});

    Style reordered = usual;
    reordered.reorder = true;
    list.append({QStringLiteral("siblings reordered"), reordered});

    Style unknown = defaults;
    unknown.unknownElements = true;
    list.append({QStringLiteral("unknown elements and extensions"), unknown});
    return list;
}

std::optional<EppResponse> parseOrFail(const QByteArray& document)
{
    QString error;
    std::optional<EppResponse> response = parseResponse(document, &error);
    if (!response)
        qWarning("%s\n%s", qPrintable(error), document.constData());
    return response;
}

using Check = std::function<void(const EppResponse&)>;

void verifyTransaction(const EppResponse& r, int code, const QString& message, const char* clTRID,
                       const char* svTRID)
{
    QCOMPARE(r.results.size(), 1);
    QCOMPARE(r.code(), code);
    QCOMPARE(r.results.first().message, message);
    QCOMPARE(r.results.first().lang, QStringLiteral("en"));
    QCOMPARE(r.clTRID, QString::fromLatin1(clTRID));
    QCOMPARE(r.svTRID, QString::fromLatin1(svTRID));
}

void verifyNoData(const EppResponse& r)
{
    QVERIFY(r.domainChecks.isEmpty());
    QVERIFY(!r.domainInfo);
    QVERIFY(!r.domainCreate);
    QVERIFY(!r.domainRenew);
    QVERIFY(!r.domainTransfer);
    QVERIFY(!r.domainPendingAction);
    QVERIFY(r.contactChecks.isEmpty());
    QVERIFY(!r.contactInfo);
    QVERIFY(!r.contactCreate);
    QVERIFY(!r.contactPendingAction);
}

const QString ok = QStringLiteral("Command completed successfully");

// What the .PT greeting offers (E1) and the desk asks for.
const QStringList ptObjects = {QStringLiteral("urn:ietf:params:xml:ns:contact-1.0"),
                               QStringLiteral("urn:ietf:params:xml:ns:domain-1.0"),
                               QStringLiteral("urn:ietf:params:xml:ns:host-1.0")};
const QStringList ptExtensions = {QStringLiteral("http://eppdev.dns.pt/schemas/ptcontact-1.0"),
                                  QStringLiteral("http://eppdev.dns.pt/schemas/ptdomain-1.0"),
                                  QStringLiteral("urn:ietf:params:xml:ns:secDNS-1.1")};

// What each fact sheet response must yield, whatever its style.
QHash<QString, Check> expectations()
{
    QHash<QString, Check> checks;
    checks.insert(QStringLiteral("E02-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0001", "PT-7731904");
        QVERIFY(r.isSuccess());
        QVERIFY(!r.messageQueue);
        verifyNoData(r);
    });
    checks.insert(QStringLiteral("E03-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0002", "PT-7731905");
        QCOMPARE(r.domainChecks.size(), 2);
        QCOMPARE(r.domainChecks.at(0).name, QStringLiteral("padaria-lusitana.pt"));
        QCOMPARE(r.domainChecks.at(0).available, false);
        QCOMPARE(r.domainChecks.at(0).reason, QStringLiteral("Domain name already exists."));
        QCOMPARE(r.domainChecks.at(1).name, QStringLiteral("xn--aores-turismo-igb.pt"));
        QCOMPARE(r.domainChecks.at(1).available, true);
        QVERIFY(r.domainChecks.at(1).reason.isEmpty());
        QVERIFY(r.contactChecks.isEmpty());
    });
    checks.insert(QStringLiteral("E04-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0003", "PT-7731906");
        QVERIFY(r.domainInfo);
        const DomainInfoData& i = *r.domainInfo;
        QCOMPARE(i.name, QStringLiteral("padaria-lusitana.pt"));
        QCOMPARE(i.uName, QStringLiteral("padaria-lusitana.pt"));
        QCOMPARE(i.roid, QStringLiteral("3158842-DNSPT"));
        QCOMPARE(i.statuses.size(), 1);
        QCOMPARE(i.statuses.first().value, QStringLiteral("ok"));
        QVERIFY(i.hasStatus(u"ok"));
        QVERIFY(!i.hasStatus(u"clientHold"));
        QCOMPARE(i.registrant, QStringLiteral("MSLV-482913-ADNS"));
        QCOMPARE(i.contactsOfType(u"tech"), QStringList{QStringLiteral("RGEX-100200-ADNS")});
        QVERIFY(i.contactsOfType(u"admin").isEmpty());
        QCOMPARE(i.nameServers.size(), 2);
        QCOMPARE(i.nameServers.at(0).host, QStringLiteral("ns1.padaria-lusitana.pt"));
        QCOMPARE(i.nameServers.at(0).addresses,
                 QStringList({QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8:10::53")}));
        QCOMPARE(i.nameServers.at(1).host, QStringLiteral("ns2.alojamento-exemplo.net"));
        QVERIFY(i.nameServers.at(1).addresses.isEmpty());
        QVERIFY(i.hostObjects.isEmpty());
        QVERIFY(i.subordinateHosts.isEmpty());
        QCOMPARE(i.clientId, QStringLiteral("regexemplo01"));
        QCOMPARE(i.creatorId, QStringLiteral("regexemplo01"));
        QCOMPARE(i.updaterId, QStringLiteral("regexemplo01"));
        QCOMPARE(i.createdAt, utc("2021-06-14T10:22:31.000Z"));
        QCOMPARE(i.updatedAt, utc("2024-11-02T08:05:12Z"));
        QCOMPARE(i.expiresAt, utc("2026-06-14T23:59:59Z"));
        QCOMPARE(i.expiresAt.timeSpec(), Qt::UTC);
        QVERIFY(!i.transferredAt.isValid());
        QCOMPARE(i.authInfo, QStringLiteral("Kx7-padaria-91"));
        QVERIFY(i.pt);
        QCOMPARE(i.pt->autoRenew, std::optional<bool>(true));
        QCOMPARE(i.pt->arbitration, std::optional<bool>(true));
        QCOMPARE(i.pt->ownerConf, std::optional<bool>(false));
        QCOMPARE(i.pt->registryLock, std::optional<bool>(false));
        QCOMPARE(i.pt->legitimacy, QStringLiteral("X"));
        QCOMPARE(i.pt->registrationBasis, QStringLiteral("X"));
        QCOMPARE(i.dsRecords.size(), 1);
        QCOMPARE(i.dsRecords.first().keyTag, 20873);
        QCOMPARE(i.dsRecords.first().algorithm, 13);
        QCOMPARE(i.dsRecords.first().digestType, 2);
        QCOMPARE(
            i.dsRecords.first().digest,
            QStringLiteral("6F3A0C5E2B9D41A7C8E05B7D3F1294AE6C0B8D2F7A5E3C1B9D4F6A8E0C2B7D5F"));
    });
    checks.insert(QStringLiteral("E05-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0004", "PT-7731907");
        QVERIFY(r.domainCreate);
        QCOMPARE(r.domainCreate->name, QStringLiteral("xn--aores-turismo-igb.pt"));
        QCOMPARE(r.domainCreate->createdAt, utc("2025-03-10T09:16:40Z"));
        QCOMPARE(r.domainCreate->expiresAt, utc("2026-03-10T09:16:40Z"));
    });
    checks.insert(QStringLiteral("E06-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0005", "PT-7731908");
        QVERIFY(r.domainRenew);
        QCOMPARE(r.domainRenew->name, QStringLiteral("padaria-lusitana.pt"));
        QCOMPARE(r.domainRenew->expiresAt, utc("2029-06-14T23:59:59Z"));
    });
    checks.insert(QStringLiteral("E07-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0006", "PT-7731909");
        verifyNoData(r);
    });
    checks.insert(QStringLiteral("E09-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1001, QStringLiteral("Command completed successfully; action pending"),
                          "HD-20250310-0008", "PT-7731911");
        QVERIFY(r.isSuccess());
    });
    checks.insert(QStringLiteral("E10-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0009", "PT-7731912");
        QVERIFY(r.domainTransfer);
        const DomainTransferData& t = *r.domainTransfer;
        QCOMPARE(t.name, QStringLiteral("cafe-do-largo.pt"));
        QCOMPARE(t.status, QStringLiteral("serverApproved"));
        QCOMPARE(t.requestingClientId, QStringLiteral("regexemplo01"));
        QCOMPARE(t.requestedAt, utc("2025-03-10T09:20:03.412Z"));
        QCOMPARE(t.requestedAt.time().msec(), 412);
        QCOMPARE(t.actingClientId, QStringLiteral("regexemplo01"));
        QCOMPARE(t.actionDueAt, utc("2025-03-10T09:20:03.412Z"));
        QVERIFY(!t.expiresAt.isValid());
    });
    checks.insert(QStringLiteral("E11-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0010", "PT-7731913");
        QVERIFY(r.contactCreate);
        QCOMPARE(r.contactCreate->id, QStringLiteral("JCRZ-771204-ADNS"));
        QCOMPARE(r.contactCreate->createdAt, utc("2025-03-10T09:21:44Z"));
    });
    checks.insert(QStringLiteral("E12-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0011", "PT-7731914");
        QVERIFY(r.contactInfo);
        const ContactInfoData& c = *r.contactInfo;
        QCOMPARE(c.id, QStringLiteral("MSLV-482913-ADNS"));
        QCOMPARE(c.roid, QStringLiteral("882104-DNSPT"));
        QCOMPARE(c.statuses.size(), 1);
        QCOMPARE(c.statuses.first().value, QStringLiteral("ok"));
        QCOMPARE(c.postalInfos.size(), 1);
        const PostalInfo* p = c.postalInfo();
        QVERIFY(p);
        QCOMPARE(p->type, QStringLiteral("int"));
        QCOMPARE(p->name, QStringLiteral("Miguel Silva"));
        QVERIFY(p->organisation.isEmpty());
        QCOMPARE(p->address.street,
                 QStringList{QStringLiteral("Avenida da Liberdade, 45, 3.º Esq.")});
        QCOMPARE(p->address.city, QStringLiteral("Lisboa"));
        QCOMPARE(p->address.postcode, QStringLiteral("1250-140"));
        QCOMPARE(p->address.countryCode, QStringLiteral("PT"));
        QVERIFY(p->address.province.isEmpty());
        QCOMPARE(c.voice, QStringLiteral("+351.213000111"));
        QVERIFY(c.fax.isEmpty());
        QCOMPARE(c.email, QStringLiteral("miguel.silva@exemplo.pt"));
        QCOMPARE(c.clientId, QStringLiteral("regexemplo01"));
        QCOMPARE(c.creatorId, QStringLiteral("regexemplo01"));
        QCOMPARE(c.createdAt, utc("2021-06-14T10:20:02Z"));
        QCOMPARE(c.updatedAt, utc("2024-02-19T16:41:09Z"));
        QVERIFY(c.updaterId.isEmpty());
        QCOMPARE(c.vat, QStringLiteral("PT123456789"));
        QCOMPARE(c.mobile, QStringLiteral("+351.961234567"));
    });
    checks.insert(QStringLiteral("E14-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1301, QStringLiteral("Command completed successfully; ack to dequeue"),
                          "HD-20250310-0013", "PT-7731915");
        QVERIFY(r.messageQueue);
        QCOMPARE(r.messageQueue->count, Q_INT64_C(3));
        QCOMPARE(r.messageQueue->id, QStringLiteral("90417"));
        QCOMPARE(r.messageQueue->queuedAt, utc("2025-03-09T18:02:11Z"));
        QCOMPARE(r.messageQueue->message,
                 QStringLiteral("Domain transferred away: ourivesaria-exemplo.com.pt"));
        QCOMPARE(r.messageQueue->lang, QStringLiteral("en"));
        // The poll payload is read as the transfer data it is.
        QVERIFY(r.domainTransfer);
        QCOMPARE(r.domainTransfer->name, QStringLiteral("ourivesaria-exemplo.com.pt"));
        QCOMPARE(r.domainTransfer->status, QStringLiteral("serverApproved"));
        QCOMPARE(r.domainTransfer->requestingClientId, QStringLiteral("outroreg77"));
        QCOMPARE(r.domainTransfer->actingClientId, QStringLiteral("outroreg77"));
        QCOMPARE(r.domainTransfer->requestedAt, utc("2025-03-09T18:02:10Z"));
    });
    checks.insert(QStringLiteral("E15-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1301, QStringLiteral("Command completed successfully; ack to dequeue"),
                          "HD-20250310-0014", "PT-7731916");
        QVERIFY(r.messageQueue);
        QCOMPARE(r.messageQueue->count, Q_INT64_C(2));
        QCOMPARE(r.messageQueue->id, QStringLiteral("90418"));
        QCOMPARE(r.messageQueue->queuedAt, utc("2025-03-10T07:30:00Z"));
        QCOMPARE(
            r.messageQueue->message,
            QStringLiteral("Owner change of padaria-lusitana.pt approved by both registrants"));
        verifyNoData(r);
    });
    checks.insert(QStringLiteral("E16-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1000, ok, "HD-20250310-0015", "PT-7731917");
        QVERIFY(r.messageQueue);
        QCOMPARE(r.messageQueue->count, Q_INT64_C(2));
        QCOMPARE(r.messageQueue->id, QStringLiteral("90417"));
        QVERIFY(!r.messageQueue->queuedAt.isValid());
        QVERIFY(r.messageQueue->message.isEmpty());
    });
    checks.insert(QStringLiteral("E16-response-empty.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1300, QStringLiteral("Command completed successfully; no messages"),
                          "HD-20250310-0016", "PT-7731918");
        QVERIFY(!r.messageQueue);
        verifyNoData(r);
    });
    checks.insert(QStringLiteral("E17-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 1500, QStringLiteral("Command completed successfully; ending session"),
                          "HD-20250310-0017", "PT-7731919");
        QVERIFY(!r.results.first().closesSession());
    });
    checks.insert(QStringLiteral("E18a-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2201, QStringLiteral("Authorization error"), "HD-20250310-0020",
                          "PT-7731930");
        QVERIFY(!r.isSuccess());
        QVERIFY(r.results.first().values.isEmpty());
    });
    checks.insert(QStringLiteral("E18b-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2302, QStringLiteral("Object exists"), "HD-20250310-0021",
                          "PT-7731931");
        QCOMPARE(r.results.first().values.size(), 1);
        const EppResultValue& v = r.results.first().values.first();
        QCOMPARE(v.value, QStringLiteral("<domain:name xmlns:domain=\"urn:ietf:params:xml:ns:"
                                         "domain-1.0\">padaria-lusitana.pt</domain:name>"));
        QCOMPARE(v.text, QStringLiteral("padaria-lusitana.pt"));
        QCOMPARE(v.reason, QStringLiteral("Domain name already registered"));
    });
    checks.insert(QStringLiteral("E18c-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2303, QStringLiteral("Object does not exist"), "HD-20250310-0022",
                          "PT-7731932");
    });
    checks.insert(QStringLiteral("E18d-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2304, QStringLiteral("Object status prohibits operation"),
                          "HD-20250310-0023", "PT-7731933");
        QCOMPARE(r.results.first().values.size(), 1);
        const EppResultValue& v = r.results.first().values.first();
        QCOMPARE(v.value, QStringLiteral("<domain:status xmlns:domain=\"urn:ietf:params:xml:ns:"
                                         "domain-1.0\" s=\"pendingUpdate\"/>"));
        QVERIFY(v.text.isEmpty());
        QVERIFY(v.reason.isEmpty());
    });
    checks.insert(QStringLiteral("E18e-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2306, QStringLiteral("Parameter value policy error"),
                          "HD-20250310-0024", "PT-7731934");
        QCOMPARE(r.results.first().values.size(), 1);
        const EppResultValue& v = r.results.first().values.first();
        QCOMPARE(v.value, QStringLiteral("<domain:period xmlns:domain=\"urn:ietf:params:xml:ns:"
                                         "domain-1.0\" unit=\"y\">2</domain:period>"));
        QCOMPARE(v.text, QStringLiteral("2"));
        QCOMPARE(v.reason, QStringLiteral("Allowed periods are 1, 3 or 5 years"));
    });
    checks.insert(QStringLiteral("E18f-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2400, QStringLiteral("Command failed"), "HD-20250310-0025",
                          "PT-7731935");
        QVERIFY(!r.results.first().closesSession());
    });
    checks.insert(QStringLiteral("E18g-response.xml"), [](const EppResponse& r) {
        verifyTransaction(r, 2502,
                          QStringLiteral("Session limit exceeded; server closing connection"),
                          "HD-20250310-0026", "PT-7731936");
        QVERIFY(r.results.first().closesSession());
    });
    return checks;
}

const char* const responseHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                 "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>";
const char* const okResult = "<result code=\"1000\"><msg>Command completed successfully</msg>"
                             "</result>";
const char* const responseTail = "<trID><svTRID>PT-1</svTRID></trID></response></epp>";

// A domain:info response around the given infData children and extension blocks.
QByteArray domainInfoResponse(const QByteArray& infData, const QByteArray& extension = {})
{
    QByteArray document = responseHead;
    document += okResult;
    document += "<resData><domain:infData xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">" +
                infData + "</domain:infData></resData>";
    if (!extension.isEmpty())
        document += "<extension>" + extension + "</extension>";
    document += responseTail;
    return document;
}

QByteArray ptInfData(const QByteArray& children)
{
    return "<ptdomain:infData xmlns:ptdomain=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">" +
           children + "</ptdomain:infData>";
}

void verifyError(const QString& error, const QString& mention)
{
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('%')), qPrintable(error));
    if (!mention.isEmpty())
        QVERIFY2(error.contains(mention, Qt::CaseInsensitive), qPrintable(error));
}

} // namespace

class TestEppResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factSheetResponses_data();
    void factSheetResponses();
    void greeting_data();
    void greeting();
    void greetingOffers();
    void severalResults();
    void resultValues_data();
    void resultValues();
    void booleans_data();
    void booleans();
    void dates_data();
    void dates();
    void legacyPtDomainInfo();
    void otherDomainInfoForms();
    void contactPostalInfoChoice();
    void pendingActionNotices();
    void unknownDataIgnored();
    void extensionWithoutResData();
    void refused_data();
    void refused();
    void parsedTreeOverload();
};

void TestEppResponse::factSheetResponses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("document");

    const QStringList files = expectations().keys();
    QStringList sorted = files;
    sorted.sort();
    for (const QString& file : sorted) {
        const QByteArray original = factSheetMessage(file);
        QTest::addRow("%s as written", qPrintable(file)) << file << original;
        const std::optional<XmlElement> tree = parseXml(original);
        if (!tree)
            qFatal("%s does not parse", qPrintable(file));
        for (const auto& [name, style] : styles()) {
            QTest::addRow("%s %s", qPrintable(file), qPrintable(name))
                << file << Restyler(style).write(*tree);
        }
    }
}

void TestEppResponse::factSheetResponses()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, document);

    const std::optional<EppResponse> response = parseOrFail(document);
    QVERIFY(response);
    expectations().value(file)(*response);
}

void TestEppResponse::greeting_data()
{
    QTest::addColumn<QByteArray>("document");
    const QByteArray original = factSheetMessage(QStringLiteral("E01-response.xml"));
    QTest::newRow("E1 as written") << original;
    const std::optional<XmlElement> tree = parseXml(original);
    QVERIFY(tree);
    for (const auto& [name, style] : styles())
        QTest::addRow("E1 %s", qPrintable(name)) << Restyler(style).write(*tree);
}

void TestEppResponse::greeting()
{
    QFETCH(QByteArray, document);

    QString error;
    const std::optional<EppGreeting> g = parseGreeting(document, &error);
    QVERIFY2(g, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(g->serverId, QStringLiteral("DNS.PT EPP Server"));
    QCOMPARE(g->serverDate, utc("2025-03-10T09:15:02Z"));
    QCOMPARE(g->versions, QStringList{QStringLiteral("1.0")});
    QCOMPARE(g->languages, QStringList{QStringLiteral("en")});
    QCOMPARE(g->objectUris, ptObjects);
    QCOMPARE(g->extensionUris, ptExtensions);
    QVERIFY(g->hasDcp);
    QCOMPARE(g->offeredExtensions(ptExtensions), ptExtensions);

    // A greeting is not a response, and the other way round.
    QVERIFY(!parseResponse(document, &error));
    verifyError(error, QStringLiteral("greeting"));
}

void TestEppResponse::greetingOffers()
{
    const QByteArray document =
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><greeting><svID>OT&amp;E</svID>"
        "<svDate>2025-03-10T10:15:02+01:00</svDate><svcMenu><version>1.0</version>"
        "<lang>en</lang><lang>pt</lang>"
        "<objURI>urn:ietf:params:xml:ns:domain-1.0</objURI>"
        "<objURI>urn:ietf:params:xml:ns:contact-1.0</objURI>"
        "<svcExtension><extURI>urn:ietf:params:xml:ns:rgp-1.0</extURI>"
        "<extURI>http://eppdev.dns.pt/schemas/ptdomain-1.0</extURI></svcExtension>"
        "</svcMenu></greeting></epp>";
    const std::optional<EppGreeting> g = parseGreeting(document);
    QVERIFY(g);
    QCOMPARE(g->serverId, QStringLiteral("OT&E"));
    QCOMPARE(g->serverDate, utc("2025-03-10T09:15:02Z"));
    QCOMPARE(g->languages, QStringList({QStringLiteral("en"), QStringLiteral("pt")}));
    QVERIFY(!g->hasDcp);
    // Only what both sides know, in the order the desk asks for.
    QCOMPARE(g->offeredExtensions(ptExtensions), QStringList{ns::PtDomain.toString()});
    QCOMPARE(g->offeredObjects(ptObjects),
             QStringList({ns::Contact.toString(), ns::Domain.toString()}));
    QVERIFY(g->offeredExtensions({}).isEmpty());
}

void TestEppResponse::severalResults()
{
    const QByteArray document =
        QByteArray(responseHead) +
        "<result code=\"2306\"><msg lang=\"pt\">Erro de pol&#237;tica</msg>"
        "<value><domain:period xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\" unit=\"y\">2"
        "</domain:period></value>"
        "<extValue><value><domain:registrant xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">"
        "XXXX</domain:registrant></value><reason lang=\"pt\">Contacto inexistente</reason>"
        "</extValue>"
        "<value>plain text value</value></result>"
        "<result code=\"2005\"><msg>Parameter value syntax error</msg>"
        "<extValue><value><contact:voice xmlns:contact=\"urn:ietf:params:xml:ns:contact-1.0\">"
        "351 21</contact:voice></value><reason>Use +CCC.NNNN</reason></extValue></result>"
        "<trID><clTRID>HD-9</clTRID><svTRID>PT-9</svTRID></trID></response></epp>";
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r);
    QCOMPARE(r->results.size(), 2);
    QCOMPARE(r->code(), 2306);
    QVERIFY(!r->isSuccess());
    const EppResult& first = r->results.at(0);
    QCOMPARE(first.message, QStringLiteral("Erro de política"));
    QCOMPARE(first.lang, QStringLiteral("pt"));
    QCOMPARE(first.values.size(), 3);
    QCOMPARE(first.values.at(0).text, QStringLiteral("2"));
    QVERIFY(first.values.at(0).reason.isEmpty());
    QCOMPARE(first.values.at(1).text, QStringLiteral("XXXX"));
    QCOMPARE(first.values.at(1).reason, QStringLiteral("Contacto inexistente"));
    QCOMPARE(first.values.at(2).value, QStringLiteral("plain text value"));
    QCOMPARE(first.values.at(2).text, QStringLiteral("plain text value"));
    const EppResult& second = r->results.at(1);
    QCOMPARE(second.code, 2005);
    QCOMPARE(second.lang, QStringLiteral("en"));
    QCOMPARE(second.values.size(), 1);
    QCOMPARE(second.values.first().value,
             QStringLiteral("<contact:voice xmlns:contact=\"urn:ietf:params:xml:ns:contact-1.0\">"
                            "351 21</contact:voice>"));
    QCOMPARE(second.values.first().reason, QStringLiteral("Use +CCC.NNNN"));
    QCOMPARE(r->clTRID, QStringLiteral("HD-9"));
}

void TestEppResponse::resultValues_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("element with a prefix of its own")
        << QByteArray("<extValue><value><x:name xmlns:x=\"urn:ietf:params:xml:ns:domain-1.0\">"
                      "a.pt</x:name></value><reason>R</reason></extValue>")
        << QStringLiteral("<domain:name xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">a.pt"
                          "</domain:name>")
        << QStringLiteral("a.pt") << QStringLiteral("R");
    QTest::newRow("element of an unknown namespace")
        << QByteArray("<value><f:thing xmlns:f=\"urn:example:f\" a=\"1&amp;2\">t</f:thing></value>")
        << QStringLiteral("<ns1:thing xmlns:ns1=\"urn:example:f\" a=\"1&amp;2\">t</ns1:thing>")
        << QStringLiteral("t") << QString();
    QTest::newRow("reason in CDATA")
        << QByteArray("<extValue><value><domain:name xmlns:domain=\"urn:ietf:params:xml:ns:"
                      "domain-1.0\">b.pt</domain:name></value><reason><![CDATA[A <reason>]]>"
                      "</reason></extValue>")
        << QStringLiteral("<domain:name xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">b.pt"
                          "</domain:name>")
        << QStringLiteral("b.pt") << QStringLiteral("A <reason>");
    QTest::newRow("extValue without value")
        << QByteArray("<extValue><reason>Only a reason</reason></extValue>") << QString()
        << QString() << QStringLiteral("Only a reason");
    QTest::newRow("empty value") << QByteArray("<value/>") << QString() << QString() << QString();
}

void TestEppResponse::resultValues()
{
    QFETCH(QByteArray, values);
    QFETCH(QString, value);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const QByteArray document = QByteArray(responseHead) +
                                "<result code=\"2004\"><msg>Parameter value range error</msg>" +
                                values + "</result>" + responseTail;
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r);
    QCOMPARE(r->results.first().values.size(), 1);
    const EppResultValue& v = r->results.first().values.first();
    QCOMPARE(v.value, value);
    QCOMPARE(v.text, text);
    QCOMPARE(v.reason, reason);
}

void TestEppResponse::booleans_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::optional<bool>>("expected");

    QTest::newRow("true") << QByteArray("true") << std::optional<bool>(true);
    QTest::newRow("false") << QByteArray("false") << std::optional<bool>(false);
    QTest::newRow("1 (sent by some clients)") << QByteArray("1") << std::optional<bool>(true);
    QTest::newRow("0") << QByteArray("0") << std::optional<bool>(false);
    QTest::newRow("blanks around") << QByteArray("\n  true \t") << std::optional<bool>(true);
    QTest::newRow("upper case") << QByteArray("FALSE") << std::optional<bool>(false);
    QTest::newRow("CDATA") << QByteArray("<![CDATA[1]]>") << std::optional<bool>(true);
    QTest::newRow("yes is not a boolean") << QByteArray("yes") << std::optional<bool>();
    QTest::newRow("empty") << QByteArray() << std::optional<bool>();
    QTest::newRow("2") << QByteArray("2") << std::optional<bool>();
}

void TestEppResponse::booleans()
{
    QFETCH(QByteArray, text);
    QFETCH(std::optional<bool>, expected);

    const QByteArray document = domainInfoResponse(
        "<domain:name>exemplo.pt</domain:name><domain:roid>1-DNSPT</domain:roid>"
        "<domain:clID>regexemplo01</domain:clID>",
        ptInfData("<ptdomain:autoRenew>" + text + "</ptdomain:autoRenew><ptdomain:rl>" + text +
                  "</ptdomain:rl>"));
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r && r->domainInfo && r->domainInfo->pt);
    QCOMPARE(r->domainInfo->pt->autoRenew, expected);
    QCOMPARE(r->domainInfo->pt->registryLock, expected);
    QCOMPARE(r->domainInfo->pt->arbitration, std::optional<bool>()); // absent
    QCOMPARE(parseXmlBoolean(QString::fromUtf8(text)),
             text.contains("CDATA") ? std::nullopt : expected);

    // The same words in a check's avail attribute; anything else is "taken".
    const QByteArray check =
        QByteArray(responseHead) + okResult +
        "<resData><domain:chkData xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\"><domain:cd>"
        "<domain:name avail=\"" +
        (text.contains("CDATA") ? QByteArray("1") : text) +
        "\">exemplo.pt</domain:name></domain:cd></domain:chkData></resData>" + responseTail;
    const std::optional<EppResponse> c = parseOrFail(check);
    QVERIFY(c);
    QCOMPARE(c->domainChecks.size(), 1);
    QCOMPARE(c->domainChecks.first().available, expected.value_or(false));
}

void TestEppResponse::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a date

    const QDateTime base(QDate(2026, 6, 14), QTime(23, 59, 59), QTimeZone::utc());
    QTest::newRow("Z") << QStringLiteral("2026-06-14T23:59:59Z") << base;
    QTest::newRow("milliseconds") << QStringLiteral("2026-06-14T23:59:59.000Z") << base;
    QTest::newRow("fraction kept")
        << QStringLiteral("2026-06-14T23:59:59.412Z") << base.addMSecs(412);
    QTest::newRow("offset +01:00 (Lisbon summer)")
        << QStringLiteral("2026-06-15T00:59:59+01:00") << base;
    QTest::newRow("offset -03:00") << QStringLiteral("2026-06-14T20:59:59-03:00") << base;
    QTest::newRow("no zone: UTC") << QStringLiteral("2026-06-14T23:59:59") << base;
    QTest::newRow("blanks around") << QStringLiteral("\n 2026-06-14T23:59:59Z\t") << base;
    QTest::newRow("month 13") << QStringLiteral("2026-13-14T23:59:59Z") << QDateTime();
    QTest::newRow("words") << QStringLiteral("tomorrow") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestEppResponse::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = parseXmlDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    const QByteArray document =
        domainInfoResponse("<domain:name>exemplo.pt</domain:name><domain:roid>1-DNSPT</domain:roid>"
                           "<domain:clID>regexemplo01</domain:clID><domain:exDate>" +
                           text.toUtf8() + "</domain:exDate>");
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r && r->domainInfo);
    QCOMPARE(r->domainInfo->expiresAt.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(r->domainInfo->expiresAt, expected);
}

void TestEppResponse::legacyPtDomainInfo()
{
    // An FCCN-era (v1) answer, as old logs hold it (pt-registry.md 1.3).
    const QByteArray document = domainInfoResponse(
        "<domain:name>livraria-exemplo.pt</domain:name><domain:roid>1234567-FCCN</domain:roid>"
        "<domain:clID>regexemplo01</domain:clID>",
        ptInfData("<ptdomain:legitimacy type=\"2\"/><ptdomain:registration_basis type=\"6A\">"
                  "<ptdomain:brand type=\"Final\"/></ptdomain:registration_basis>"
                  "<ptdomain:autoRenew>1</ptdomain:autoRenew><ptdomain:notRenew>0"
                  "</ptdomain:notRenew><ptdomain:renew period=\"1\"/>"
                  "<ptdomain:waitingRemoval>false</ptdomain:waitingRemoval>"));
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r && r->domainInfo && r->domainInfo->pt);
    const PtDomainInfo& pt = *r->domainInfo->pt;
    QCOMPARE(pt.legitimacy, QStringLiteral("2"));
    QCOMPARE(pt.registrationBasis, QStringLiteral("6A"));
    QCOMPARE(pt.autoRenew, std::optional<bool>(true));
    QCOMPARE(pt.arbitration, std::optional<bool>());
    QCOMPARE(pt.ownerConf, std::optional<bool>());
    QCOMPARE(pt.registryLock, std::optional<bool>());
    QVERIFY(r->domainInfo->dsRecords.isEmpty());
}

void TestEppResponse::otherDomainInfoForms()
{
    const QByteArray document = domainInfoResponse(
        "<domain:name>xn--aores-turismo-igb.pt</domain:name><domain:roid>2134454</domain:roid>"
        "<domain:status s=\"clientHold\" lang=\"pt\">Por pagar</domain:status>"
        "<domain:status s=\"serverTransferProhibited\"/>"
        "<domain:registrant>MSLV-482913-ADNS</domain:registrant>"
        "<domain:contact type=\"admin\">ADMN-000001-ADNS</domain:contact>"
        "<domain:contact type=\"tech\">RGEX-100200-ADNS</domain:contact>"
        "<domain:contact type=\"tech\">RGEX-100201-ADNS</domain:contact>"
        "<domain:ns><domain:hostObj>ns1.alojamento-exemplo.net</domain:hostObj>"
        "<domain:hostObj>ns2.alojamento-exemplo.net</domain:hostObj></domain:ns>"
        "<domain:host>ns1.xn--aores-turismo-igb.pt</domain:host>"
        "<domain:host>ns2.xn--aores-turismo-igb.pt</domain:host>"
        "<domain:clID>outroreg77</domain:clID><domain:trDate>2024-01-05T12:00:00Z</domain:trDate>",
        // Signed with the key-data interface only: no DS records to read.
        "<secDNS:infData xmlns:secDNS=\"urn:ietf:params:xml:ns:secDNS-1.1\"><secDNS:keyData>"
        "<secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol><secDNS:alg>13"
        "</secDNS:alg><secDNS:pubKey>AQID</secDNS:pubKey></secDNS:keyData></secDNS:infData>");
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r && r->domainInfo);
    const DomainInfoData& i = *r->domainInfo;
    QCOMPARE(i.name, QStringLiteral("xn--aores-turismo-igb.pt"));
    QCOMPARE(i.uName, QStringLiteral("açores-turismo.pt"));
    QCOMPARE(i.roid, QStringLiteral("2134454")); // no suffix: accepted (pt-registry.md 2.3)
    QCOMPARE(i.statuses.size(), 2);
    QCOMPARE(i.statuses.at(0).value, QStringLiteral("clientHold"));
    QCOMPARE(i.statuses.at(0).text, QStringLiteral("Por pagar"));
    QCOMPARE(i.statuses.at(0).lang, QStringLiteral("pt"));
    QVERIFY(i.hasStatus(u"serverTransferProhibited"));
    QCOMPARE(i.contactsOfType(u"tech"),
             QStringList({QStringLiteral("RGEX-100200-ADNS"), QStringLiteral("RGEX-100201-ADNS")}));
    QCOMPARE(i.contactsOfType(u"admin"), QStringList{QStringLiteral("ADMN-000001-ADNS")});
    QVERIFY(i.nameServers.isEmpty());
    QCOMPARE(i.hostObjects, QStringList({QStringLiteral("ns1.alojamento-exemplo.net"),
                                         QStringLiteral("ns2.alojamento-exemplo.net")}));
    QCOMPARE(i.subordinateHosts.size(), 2);
    QCOMPARE(i.clientId, QStringLiteral("outroreg77"));
    QCOMPARE(i.transferredAt, utc("2024-01-05T12:00:00Z"));
    QVERIFY(!i.createdAt.isValid());
    QVERIFY(i.authInfo.isEmpty()); // another registrar's domain
    QVERIFY(!i.pt);
    QVERIFY(i.dsRecords.isEmpty());
}

void TestEppResponse::contactPostalInfoChoice()
{
    const QByteArray document =
        QByteArray(responseHead) + okResult +
        "<resData><contact:infData xmlns:contact=\"urn:ietf:params:xml:ns:contact-1.0\">"
        "<contact:id>JCRZ-771204-ADNS</contact:id><contact:roid>1-DNSPT</contact:roid>"
        "<contact:postalInfo type=\"loc\"><contact:name>Joana Cruz (loc)</contact:name>"
        "<contact:addr><contact:city>Porto</contact:city><contact:cc>PT</contact:cc>"
        "</contact:addr></contact:postalInfo>"
        "<contact:postalInfo type=\"int\"><contact:name>Joana Cruz</contact:name>"
        "<contact:org>Padaria Lusitana, Lda.</contact:org><contact:addr>"
        "<contact:street>Rua das Flores, 120</contact:street><contact:street>2.º</contact:street>"
        "<contact:city>Porto</contact:city><contact:sp>Porto</contact:sp>"
        "<contact:pc>4050-262</contact:pc><contact:cc>PT</contact:cc></contact:addr>"
        "</contact:postalInfo><contact:voice x=\"12\">+351.223456789</contact:voice>"
        "<contact:fax>+351.223456780</contact:fax><contact:email>j@exemplo.pt</contact:email>"
        "<contact:clID>regexemplo01</contact:clID><contact:crID>regexemplo01</contact:crID>"
        "<contact:crDate>2025-03-10T09:21:44Z</contact:crDate>"
        "<contact:authInfo><contact:pw>Ct-9Jc-2025</contact:pw></contact:authInfo>"
        "</contact:infData></resData>" +
        responseTail;
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r && r->contactInfo);
    const ContactInfoData& c = *r->contactInfo;
    QCOMPARE(c.postalInfos.size(), 2);
    QCOMPARE(c.postalInfo()->type, QStringLiteral("int"));
    QCOMPARE(c.postalInfo()->name, QStringLiteral("Joana Cruz"));
    QCOMPARE(c.postalInfo()->organisation, QStringLiteral("Padaria Lusitana, Lda."));
    QCOMPARE(c.postalInfo()->address.street,
             QStringList({QStringLiteral("Rua das Flores, 120"), QStringLiteral("2.º")}));
    QCOMPARE(c.postalInfo()->address.province, QStringLiteral("Porto"));
    QCOMPARE(c.voice, QStringLiteral("+351.223456789"));
    QCOMPARE(c.fax, QStringLiteral("+351.223456780"));
    QCOMPARE(c.authInfo, QStringLiteral("Ct-9Jc-2025"));
    // No ptcontact block: no VAT, no mobile.
    QVERIFY(c.vat.isEmpty());
    QVERIFY(c.mobile.isEmpty());

    ContactInfoData none;
    QVERIFY(!none.postalInfo());
    none.postalInfos = {PostalInfo{QStringLiteral("loc"), QStringLiteral("Só loc"), {}, {}}};
    QCOMPARE(none.postalInfo()->name, QStringLiteral("Só loc"));
}

void TestEppResponse::pendingActionNotices()
{
    const QByteArray domain =
        QByteArray(responseHead) +
        "<result code=\"1301\"><msg>Command completed successfully; ack to dequeue</msg></result>"
        "<msgQ count=\"1\" id=\"7\"><qDate>2025-03-12T10:00:00Z</qDate><msg>Pending action "
        "completed</msg></msgQ><resData><d:panData xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
        "<d:name paResult=\"1\">padaria-lusitana.pt</d:name><d:paTRID><clTRID>HD-20250310-0008"
        "</clTRID><svTRID>PT-7731911</svTRID></d:paTRID><d:paDate>2025-03-12T09:59:00Z</d:paDate>"
        "</d:panData></resData>" +
        responseTail;
    const std::optional<EppResponse> r = parseOrFail(domain);
    QVERIFY(r && r->domainPendingAction);
    QCOMPARE(r->domainPendingAction->name, QStringLiteral("padaria-lusitana.pt"));
    QVERIFY(r->domainPendingAction->approved);
    QCOMPARE(r->domainPendingAction->clTRID, QStringLiteral("HD-20250310-0008"));
    QCOMPARE(r->domainPendingAction->svTRID, QStringLiteral("PT-7731911"));
    QCOMPARE(r->domainPendingAction->date, utc("2025-03-12T09:59:00Z"));
    QCOMPARE(r->messageQueue->count, Q_INT64_C(1));
    QVERIFY(!r->contactPendingAction);

    const QByteArray contact =
        QByteArray(responseHead) +
        "<result code=\"1301\"><msg>ack to dequeue</msg></result><msgQ count=\"0\" id=\"8\"/>"
        "<resData><contact:panData xmlns:contact=\"urn:ietf:params:xml:ns:contact-1.0\">"
        "<contact:id paResult=\"false\">JCRZ-771204-ADNS</contact:id><contact:paTRID>"
        "<svTRID>PT-2</svTRID></contact:paTRID><contact:paDate>2025-03-12T09:00:00Z"
        "</contact:paDate></contact:panData></resData>" +
        responseTail;
    const std::optional<EppResponse> c = parseOrFail(contact);
    QVERIFY(c && c->contactPendingAction);
    QCOMPARE(c->contactPendingAction->name, QStringLiteral("JCRZ-771204-ADNS"));
    QVERIFY(!c->contactPendingAction->approved);
    QVERIFY(c->contactPendingAction->clTRID.isEmpty());
    QCOMPARE(c->contactPendingAction->svTRID, QStringLiteral("PT-2"));
    QCOMPARE(c->messageQueue->count, Q_INT64_C(0));
    QVERIFY(!c->domainPendingAction);
}

void TestEppResponse::unknownDataIgnored()
{
    const QByteArray document =
        QByteArray(responseHead) + okResult +
        "<resData><host:infData xmlns:host=\"urn:ietf:params:xml:ns:host-1.0\"><host:name>"
        "ns1.exemplo.pt</host:name></host:infData>"
        "<x:chkData xmlns:x=\"urn:example:lookalike\"><x:cd><x:name avail=\"1\">a.pt</x:name>"
        "</x:cd></x:chkData></resData>"
        "<extension><x:infData xmlns:x=\"urn:example:lookalike\"/>"
        "<ptdomain:infData xmlns:ptdomain=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
        "<ptdomain:autoRenew>true</ptdomain:autoRenew></ptdomain:infData></extension>"
        "<x:trailer xmlns:x=\"urn:example:x\"/>" +
        responseTail;
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r);
    QCOMPARE(r->code(), 1000);
    verifyNoData(*r);
    QCOMPARE(r->svTRID, QStringLiteral("PT-1"));
}

void TestEppResponse::extensionWithoutResData()
{
    // Extension data with nothing to attach it to is dropped, not a crash.
    const QByteArray document =
        QByteArray(responseHead) + okResult + "<extension>" +
        ptInfData("<ptdomain:autoRenew>true</ptdomain:autoRenew>") +
        "<ptcontact:infData xmlns:ptcontact=\"http://eppdev.dns.pt/schemas/ptcontact-1.0\">"
        "<ptcontact:vat>PT1</ptcontact:vat></ptcontact:infData>"
        "<secDNS:infData xmlns:secDNS=\"urn:ietf:params:xml:ns:secDNS-1.1\"/></extension>" +
        responseTail;
    const std::optional<EppResponse> r = parseOrFail(document);
    QVERIFY(r);
    verifyNoData(*r);
}

void TestEppResponse::refused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("asGreeting");
    QTest::addColumn<QString>("mention");

    const QByteArray e18a = factSheetMessage(QStringLiteral("E18a-response.xml"));
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("not XML") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << false
                             << QStringLiteral("not well formed");
    QTest::newRow("truncated") << e18a.left(e18a.size() / 2) << false
                               << QStringLiteral("before it is complete");
    QTest::newRow("DOCTYPE with entities")
        << QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY a \"aaaaaaaaaa\">"
               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
               "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
               "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result code=\"1000\">"
               "<msg>&c;</msg></result></response></epp>")
        << false << QStringLiteral("DOCTYPE");
    QTest::newRow("DOCTYPE in a greeting")
        << QByteArray("<!DOCTYPE epp><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><greeting/>"
                      "</epp>")
        << true << QStringLiteral("DOCTYPE");
    QTest::newRow("wrong root namespace")
        << QByteArray(e18a).replace("urn:ietf:params:xml:ns:epp-1.0",
                                    "urn:ietf:params:xml:ns:epp-0.4")
        << false << QStringLiteral("urn:ietf:params:xml:ns:epp-0.4");
    QTest::newRow("root without namespace")
        << QByteArray(e18a).replace(" xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"", "") << false
        << QStringLiteral("not EPP");
    QTest::newRow("EPP namespace under another prefix, wrong local name")
        << QByteArray("<e:message xmlns:e=\"urn:ietf:params:xml:ns:epp-1.0\"><e:response/>"
                      "</e:message>")
        << false << QStringLiteral("<message>");
    QTest::newRow("HTML") << QByteArray("<html><body>Service unavailable</body></html>") << false
                          << QStringLiteral("<html>");
    QTest::newRow("a greeting where a response is expected")
        << factSheetMessage(QStringLiteral("E01-response.xml")) << false
        << QStringLiteral("<greeting>");
    QTest::newRow("a response where a greeting is expected")
        << e18a << true << QStringLiteral("<response>");
    QTest::newRow("a command") << factSheetMessage(QStringLiteral("E17-request.xml")) << false
                               << QStringLiteral("<command>");
    QTest::newRow("empty epp") << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"/>")
                               << false << QStringLiteral("empty");
    QTest::newRow("no result") << QByteArray(QByteArray(responseHead) + responseTail) << false
                               << QStringLiteral("no result");
    QTest::newRow("result in another namespace")
        << QByteArray(QByteArray(responseHead) +
                      "<x:result xmlns:x=\"urn:example:x\" code=\"1000\"><x:msg>ok</x:msg>"
                      "</x:result>" +
                      responseTail)
        << false << QStringLiteral("no result");
    QTest::newRow("result without code")
        << QByteArray(QByteArray(responseHead) + "<result><msg>ok</msg></result>" + responseTail)
        << false << QStringLiteral("1000 to 2999");
    QTest::newRow("code not a number")
        << QByteArray(QByteArray(responseHead) + "<result code=\"OK\"><msg>ok</msg></result>" +
                      responseTail)
        << false << QStringLiteral("“OK”");
    QTest::newRow("code out of range")
        << QByteArray(QByteArray(responseHead) + "<result code=\"200\"><msg>ok</msg></result>" +
                      responseTail)
        << false << QStringLiteral("“200”");
    QTest::newRow("second result without code")
        << QByteArray(QByteArray(responseHead) + okResult +
                      "<result code=\"\"><msg>?</msg></result>" + responseTail)
        << false << QStringLiteral("“”");
}

void TestEppResponse::refused()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, asGreeting);
    QFETCH(QString, mention);

    QString error = QStringLiteral("stale");
    if (asGreeting) {
        QVERIFY(!parseGreeting(document, &error));
        verifyError(error, mention);
        QVERIFY(!parseGreeting(document));
    } else {
        QVERIFY(!parseResponse(document, &error));
        verifyError(error, mention);
        QVERIFY(!parseResponse(document));
    }
}

void TestEppResponse::parsedTreeOverload()
{
    const std::optional<XmlElement> root =
        parseXml(factSheetMessage(QStringLiteral("E04-response.xml")));
    QVERIFY(root);
    QString error = QStringLiteral("stale");
    const std::optional<EppResponse> r = parseResponse(*root, &error);
    QVERIFY(r && r->domainInfo);
    QVERIFY(error.isEmpty());
    QCOMPARE(r->domainInfo->dsRecords.size(), 1);
    QVERIFY(!parseGreeting(*root, &error));
    verifyError(error, QStringLiteral("<response>"));
}

QTEST_GUILESS_MAIN(TestEppResponse)
#include "tst_eppresponse.moc"
