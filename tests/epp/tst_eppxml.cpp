#include "epp/EppNamespaces.h"
#include "epp/EppXml.h"

#include <QTest>

using namespace rd::epp;

namespace {

// E3's response (pt-registry.md section 4), the body shared by the prefix rows.
QByteArray checkResponse(const QByteArray& eppOpen, const QByteArray& eppClose,
                         const QByteArray& chkOpen, const QByteArray& chkClose, const QByteArray& p)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + eppOpen +
           "<response><result code=\"1000\"><msg>Command completed successfully</msg></result>"
           "<resData>" +
           chkOpen + "<" + p + "cd><" + p + "name avail=\"0\">padaria-lusitana.pt</" + p +
           "name><" + p + "reason>Domain name already exists.</" + p + "reason></" + p + "cd><" +
           p + "cd><" + p + "name avail=\"1\">xn--aores-turismo-igb.pt</" + p + "name></" + p +
           "cd>" + chkClose + "</resData></response>" + eppClose;
}

void verifyFailure(const std::optional<XmlElement>& root, const QString& error,
                   const QString& mention)
{
    QVERIFY2(!root, "the document was accepted");
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    QVERIFY2(!error.endsWith(QLatin1String("..")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('%')), qPrintable(error));
    if (!mention.isEmpty())
        QVERIFY2(error.contains(mention, Qt::CaseInsensitive), qPrintable(error));
}

} // namespace

class TestEppXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namespaces_data();
    void namespaces();
    void text_data();
    void text();
    void attributes();
    void unknownElementsIgnored();
    void childHelpers();
    void rejected_data();
    void rejected();
    void billionLaughsRefusedQuickly();
    void truncatedAnywhere();
    void depthLimit();
    void writerLayout();
    void writerEscaping_data();
    void writerEscaping();
    void writerPrefixes();
    void writerRoundTrip();
    void fragment();
};

void TestEppXml::namespaces_data()
{
    QTest::addColumn<QByteArray>("document");

    const QByteArray eppNs = "urn:ietf:params:xml:ns:epp-1.0";
    const QByteArray domainNs = "urn:ietf:params:xml:ns:domain-1.0";

    QTest::newRow("default epp, domain prefix (E3 as written)") << checkResponse(
        "<epp xmlns=\"" + eppNs + "\">", "</epp>",
        "<domain:chkData xmlns:domain=\"" + domainNs + "\">", "</domain:chkData>", "domain:");
    QTest::newRow("epp prefixed, other domain prefix")
        << checkResponse("<e:epp xmlns:e=\"" + eppNs + "\">", "</e:epp>",
                         "<d:chkData xmlns:d=\"" + domainNs + "\">", "</d:chkData>", "d:")
               .replace("<response>", "<e:response>")
               .replace("</response>", "</e:response>")
               .replace("<result ", "<e:result ")
               .replace("</result>", "</e:result>")
               .replace("<msg>", "<e:msg>")
               .replace("</msg>", "</e:msg>")
               .replace("<resData>", "<e:resData>")
               .replace("</resData>", "</e:resData>");
    QTest::newRow("domain as the default namespace inside")
        << checkResponse("<epp xmlns=\"" + eppNs + "\">", "</epp>",
                         "<chkData xmlns=\"" + domainNs + "\">", "</chkData>", "");
    QTest::newRow("every namespace declared on the root")
        << checkResponse("<epp:epp xmlns:epp=\"" + eppNs + "\" xmlns:x=\"" + domainNs + "\">",
                         "</epp:epp>", "<x:chkData>", "</x:chkData>", "x:")
               .replace("<response>", "<epp:response>")
               .replace("</response>", "</epp:response>")
               .replace("<result ", "<epp:result ")
               .replace("</result>", "</epp:result>")
               .replace("<msg>", "<epp:msg>")
               .replace("</msg>", "</epp:msg>")
               .replace("<resData>", "<epp:resData>")
               .replace("</resData>", "</epp:resData>");
    // The prefix "domain" rebound to the domain URI under a root that used it
    // for something else: only the binding in force counts.
    QTest::newRow("prefix rebound in a nested scope") << checkResponse(
        "<epp xmlns=\"" + eppNs + "\" xmlns:domain=\"urn:example:not-domain\">", "</epp>",
        "<domain:chkData xmlns:domain=\"" + domainNs + "\">", "</domain:chkData>", "domain:");
    QTest::newRow("single quotes, spaces around =") << checkResponse(
        "<epp  xmlns = '" + eppNs + "' >", "</epp >",
        "<domain:chkData\n\txmlns:domain='" + domainNs + "'\n>", "</domain:chkData\n>", "domain:");
    QTest::newRow("no XML declaration, CRLF line ends")
        << checkResponse("<epp xmlns=\"" + eppNs + "\">\r\n", "\r\n</epp>\r\n",
                         "<domain:chkData xmlns:domain=\"" + domainNs + "\">\r\n",
                         "\r\n</domain:chkData>", "domain:")
               .mid(int(qstrlen("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")));
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray(QByteArray("\xEF\xBB\xBF") +
                      checkResponse("<epp xmlns=\"" + eppNs + "\">", "</epp>",
                                    "<domain:chkData xmlns:domain=\"" + domainNs + "\">",
                                    "</domain:chkData>", "domain:"));
}

void TestEppXml::namespaces()
{
    QFETCH(QByteArray, document);

    QString error;
    const std::optional<XmlElement> root = parseXml(document, &error);
    QVERIFY2(root, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(root->is(ns::Epp, u"epp"));
    const XmlElement* response = root->child(ns::Epp, u"response");
    QVERIFY(response);
    QCOMPARE(response->child(ns::Epp, u"result")->attribute(u"code"), QStringLiteral("1000"));
    const XmlElement* resData = response->child(ns::Epp, u"resData");
    QVERIFY(resData);
    const XmlElement* chkData = resData->child(ns::Domain, u"chkData");
    QVERIFY(chkData);
    QCOMPARE(chkData->ns, ns::Domain.toString());
    const QList<const XmlElement*> cds = chkData->childrenNamed(ns::Domain, u"cd");
    QCOMPARE(cds.size(), 2);
    QCOMPARE(cds.at(0)->childText(ns::Domain, u"name"), QStringLiteral("padaria-lusitana.pt"));
    QCOMPARE(cds.at(0)->child(ns::Domain, u"name")->attribute(u"avail"), QStringLiteral("0"));
    QCOMPARE(cds.at(0)->childText(ns::Domain, u"reason"),
             QStringLiteral("Domain name already exists."));
    QCOMPARE(cds.at(1)->childText(ns::Domain, u"name"), QStringLiteral("xn--aores-turismo-igb.pt"));
    QCOMPARE(cds.at(1)->child(ns::Domain, u"name")->attribute(u"avail"), QStringLiteral("1"));
    QVERIFY(cds.at(1)->childText(ns::Domain, u"reason").isNull());
}

void TestEppXml::text_data()
{
    QTest::addColumn<QByteArray>("inner");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("Joana Cruz") << QStringLiteral("Joana Cruz");
    QTest::newRow("surrounding whitespace")
        << QByteArray("\n\t   Joana Cruz \r\n  ") << QStringLiteral("Joana Cruz");
    QTest::newRow("inner whitespace kept")
        << QByteArray("Rua  das\tFlores") << QStringLiteral("Rua  das\tFlores");
    QTest::newRow("CDATA") << QByteArray("<![CDATA[Padaria <Lusitana> & Filhos]]>")
                           << QStringLiteral("Padaria <Lusitana> & Filhos");
    QTest::newRow("CDATA with whitespace around")
        << QByteArray("\n  <![CDATA[  Porto ]]>\n") << QStringLiteral("Porto");
    QTest::newRow("text and CDATA joined")
        << QByteArray("Rua <![CDATA[& Travessa]]> 5") << QStringLiteral("Rua & Travessa 5");
    QTest::newRow("decimal reference") << QByteArray("Jo&#227;o") << QStringLiteral("João");
    QTest::newRow("hex reference") << QByteArray("Jo&#xE3;o") << QStringLiteral("João");
    QTest::newRow("astral reference") << QByteArray("&#x1F600;") << QStringLiteral("\U0001F600");
    QTest::newRow("predefined entities")
        << QByteArray("&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;")
        << QStringLiteral("<a> & \"b\" 'c'");
    QTest::newRow("UTF-8 text") << QByteArray("Avenida da Liberdade, 45, 3.\xC2\xBA Esq.")
                                << QStringLiteral("Avenida da Liberdade, 45, 3.º Esq.");
    QTest::newRow("comment inside")
        << QByteArray("Lis<!-- a note -->boa") << QStringLiteral("Lisboa");
    QTest::newRow("processing instruction inside")
        << QByteArray("Lis<?note x?>boa") << QStringLiteral("Lisboa");
    QTest::newRow("empty element") << QByteArray() << QString();
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << QString();
    QTest::newRow("carriage return reference kept")
        << QByteArray("a&#13;b") << QStringLiteral("a\rb");
}

void TestEppXml::text()
{
    QFETCH(QByteArray, inner);
    QFETCH(QString, expected);

    const QByteArray document =
        "<x:name xmlns:x=\"urn:ietf:params:xml:ns:contact-1.0\">" + inner + "</x:name>";
    QString error;
    const std::optional<XmlElement> root = parseXml(document, &error);
    QVERIFY2(root, qPrintable(error));
    QCOMPARE(root->text, expected);
    QVERIFY(root->children.isEmpty());
}

void TestEppXml::attributes()
{
    const QByteArray document =
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\""
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        " xsi:schemaLocation=\"urn:ietf:params:xml:ns:epp-1.0 epp-1.0.xsd\">"
        "<response><msgQ count='5' id=\"a&amp;b&#x20;&#233;\"/>"
        "<result code=\"1000\"><msg xml:lang=\"pt\" lang=\"en\">ok</msg></result></response></epp>";
    QString error;
    const std::optional<XmlElement> root = parseXml(document, &error);
    QVERIFY2(root, qPrintable(error));
    // Namespace declarations are not attributes; a qualified one keeps its URI.
    QCOMPARE(root->attributes.size(), 1);
    QCOMPARE(root->attributes.at(0).ns,
             QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    QCOMPARE(root->attributes.at(0).name, QStringLiteral("schemaLocation"));
    QVERIFY(!root->hasAttribute(u"schemaLocation")); // not unqualified
    QVERIFY(root->attribute(u"schemaLocation").isNull());

    const XmlElement* msgQ = root->child(ns::Epp, u"response")->child(ns::Epp, u"msgQ");
    QVERIFY(msgQ);
    QCOMPARE(msgQ->attribute(u"count"), QStringLiteral("5"));
    QCOMPARE(msgQ->attribute(u"id"), QStringLiteral("a&b é"));
    QVERIFY(msgQ->hasAttribute(u"id"));
    QVERIFY(!msgQ->hasAttribute(u"qDate"));

    const XmlElement* msg =
        root->child(ns::Epp, u"response")->child(ns::Epp, u"result")->child(ns::Epp, u"msg");
    QVERIFY(msg);
    QCOMPARE(msg->attribute(u"lang"), QStringLiteral("en"));
    QCOMPARE(msg->attributes.size(), 2);
}

void TestEppXml::unknownElementsIgnored()
{
    // An extension block from a namespace nobody asked for, with an element
    // named like a domain one: lookups by URI must not confuse them.
    const QByteArray document =
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
        "<result code=\"1000\"><msg>ok</msg></result>"
        "<extension>"
        "<foo:infData xmlns:foo=\"urn:example:foo-1.0\"><foo:name>wrong</foo:name>"
        "<foo:deep><foo:deeper a=\"1\">x</foo:deeper></foo:deep></foo:infData>"
        "<domain:infData xmlns:domain=\"urn:example:lookalike\"><domain:name>wrong too"
        "</domain:name></domain:infData>"
        "<ptdomain:infData xmlns:ptdomain=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">"
        "<ptdomain:autoRenew>true</ptdomain:autoRenew><ptdomain:future>1</ptdomain:future>"
        "</ptdomain:infData>"
        "</extension></response></epp>";
    QString error;
    const std::optional<XmlElement> root = parseXml(document, &error);
    QVERIFY2(root, qPrintable(error));
    const XmlElement* extension = root->child(ns::Epp, u"response")->child(ns::Epp, u"extension");
    QVERIFY(extension);
    QCOMPARE(extension->children.size(), 3);
    QVERIFY(!extension->child(ns::Domain, u"infData"));
    const XmlElement* pt = extension->child(ns::PtDomain, u"infData");
    QVERIFY(pt);
    QCOMPARE(pt->childText(ns::PtDomain, u"autoRenew"), QStringLiteral("true"));
    QCOMPARE(extension->children.at(0).ns, QStringLiteral("urn:example:foo-1.0"));
}

void TestEppXml::childHelpers()
{
    const QByteArray document = "<c:infData xmlns:c=\"urn:ietf:params:xml:ns:contact-1.0\">"
                                "<c:status s=\"ok\"/><c:id>A</c:id><c:status s=\"linked\"/>"
                                "<c:status s=\"clientDeleteProhibited\">by request</c:status>"
                                "<c:email></c:email></c:infData>";
    const std::optional<XmlElement> root = parseXml(document);
    QVERIFY(root);
    const QList<const XmlElement*> statuses = root->childrenNamed(ns::Contact, u"status");
    QCOMPARE(statuses.size(), 3);
    QCOMPARE(statuses.at(0)->attribute(u"s"), QStringLiteral("ok"));
    QCOMPARE(statuses.at(1)->attribute(u"s"), QStringLiteral("linked"));
    QCOMPARE(statuses.at(2)->text, QStringLiteral("by request"));
    QCOMPARE(root->childText(ns::Contact, u"id"), QStringLiteral("A"));
    QVERIFY(root->childText(ns::Contact, u"voice").isNull());  // absent
    QVERIFY(!root->childText(ns::Contact, u"email").isNull()); // present but empty
    QVERIFY(root->childText(ns::Contact, u"email").isEmpty());
    QVERIFY(root->childrenNamed(ns::Domain, u"status").isEmpty());
    QVERIFY(!root->child(ns::Domain, u"id"));
}

void TestEppXml::rejected_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("mention");

    const QByteArray epp = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t") << QStringLiteral("empty");
    QTest::newRow("only the declaration")
        << QByteArray("<?xml version=\"1.0\"?>") << QStringLiteral("not well formed");
    QTest::newRow("plain DOCTYPE")
        << QByteArray("<!DOCTYPE epp>" + epp) << QStringLiteral("DOCTYPE");
    QTest::newRow("DOCTYPE after the declaration")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE epp SYSTEM \"epp.dtd\">" + epp)
        << QStringLiteral("DOCTYPE");
    QTest::newRow("internal entity")
        << QByteArray("<!DOCTYPE epp [<!ENTITY name \"padaria-lusitana.pt\">]>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>&name;</x></epp>")
        << QStringLiteral("DOCTYPE");
    QTest::newRow("external entity (file)")
        << QByteArray("<!DOCTYPE epp [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>&xxe;</x></epp>")
        << QStringLiteral("DOCTYPE");
    QTest::newRow("external entity (http)")
        << QByteArray("<!DOCTYPE epp [<!ENTITY xxe SYSTEM \"http://192.0.2.1/x\">]>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">&xxe;</epp>")
        << QStringLiteral("DOCTYPE");
    QTest::newRow("parameter entity")
        << QByteArray("<!DOCTYPE epp [<!ENTITY % p \"<!ENTITY q 'x'>\"> %p;]>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">&q;</epp>")
        << QStringLiteral("DOCTYPE");
    QTest::newRow("entity in an attribute")
        << QByteArray("<!DOCTYPE epp [<!ENTITY c \"1000\">]>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><r code=\"&c;\"/></epp>")
        << QStringLiteral("DOCTYPE");
    QTest::newRow("undeclared entity")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>&nbsp;</x></epp>")
        << QString();
    QTest::newRow("reference to a forbidden character")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>&#1;</x></epp>")
        << QStringLiteral("not well formed");
    QTest::newRow("unbound prefix")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><domain:name>x</domain:name>"
                      "</epp>")
        << QStringLiteral("not well formed");
    QTest::newRow("mismatched end tag")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello></helo></epp>")
        << QStringLiteral("line 1");
    QTest::newRow("two roots") << QByteArray(epp + epp) << QStringLiteral("not well formed");
    QTest::newRow("text before the root")
        << QByteArray("hello" + epp) << QStringLiteral("not well formed");
    QTest::newRow("duplicate attribute")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><r code=\"1\" code=\"2\"/>"
                      "</epp>")
        << QStringLiteral("not well formed");
    QTest::newRow("unescaped ampersand")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>a & b</x></epp>")
        << QStringLiteral("not well formed");
    QTest::newRow("invalid UTF-8")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>\xC3\x28</x></epp>")
        << QStringLiteral("not well formed");
    QTest::newRow("truncated in a tag")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result co")
        << QStringLiteral("before it is complete");
    QTest::newRow("truncated after an element")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>")
        << QStringLiteral("before it is complete");
    QTest::newRow("truncated in CDATA")
        << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x><![CDATA[abc")
        << QStringLiteral("before it is complete");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4)
                            << QStringLiteral("not well formed");
}

void TestEppXml::rejected()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, mention);

    QString error = QStringLiteral("stale");
    const std::optional<XmlElement> root = parseXml(document, &error);
    verifyFailure(root, error, mention);
    // Without an error string it fails the same way.
    QVERIFY(!parseXml(document));
}

void TestEppXml::billionLaughsRefusedQuickly()
{
    QByteArray document = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        document += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            document += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        document += "\">\n";
    }
    document += "]>\n<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x>&lol9;</x></epp>";

    // Refused for its DOCTYPE before any entity is expanded.
    QString error;
    const std::optional<XmlElement> root = parseXml(document, &error);
    verifyFailure(root, error, QStringLiteral("DOCTYPE"));
}

void TestEppXml::truncatedAnywhere()
{
    // Cut E4-like text at every byte: each prefix must fail cleanly (the
    // whole document alone parses).
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result code=\"1000\">"
        "<msg lang=\"en\">Command completed successfully</msg></result><resData>"
        "<domain:infData xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">"
        "<domain:name>caf&#233;.pt</domain:name><domain:authInfo><domain:pw><![CDATA[a<b]]>"
        "</domain:pw></domain:authInfo></domain:infData></resData><trID>"
        "<svTRID>PT-1</svTRID></trID></response></epp>";
    QVERIFY(parseXml(document));
    const int end = int(document.lastIndexOf('>')) + 1;
    for (int cut = 0; cut < end; ++cut) {
        QString error;
        const std::optional<XmlElement> root = parseXml(document.left(cut), &error);
        QVERIFY2(!root, qPrintable(QString::number(cut)));
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(cut)));
    }
}

void TestEppXml::depthLimit()
{
    auto nested = [](int depth) {
        QByteArray document;
        for (int i = 0; i < depth; ++i)
            document += "<a>";
        document += "x";
        for (int i = 0; i < depth; ++i)
            document += "</a>";
        return document;
    };
    const std::optional<XmlElement> deepest = parseXml(nested(MaxXmlDepth));
    QVERIFY(deepest);
    const XmlElement* e = &*deepest;
    for (int i = 1; i < MaxXmlDepth; ++i) {
        QCOMPARE(e->children.size(), 1);
        e = &e->children.first();
    }
    QCOMPARE(e->text, QStringLiteral("x"));

    QString error;
    verifyFailure(parseXml(nested(MaxXmlDepth + 1), &error), error, QString::number(MaxXmlDepth));
    verifyFailure(parseXml(nested(100000), &error), error, QString::number(MaxXmlDepth));
}

void TestEppXml::writerLayout()
{
    XmlWriter writer;
    writer.startElement(ns::Epp, u"epp");
    writer.startElement(ns::Epp, u"command");
    writer.startElement(ns::Epp, u"check");
    writer.startElement(ns::Domain, u"check");
    writer.textElement(ns::Domain, u"name", u"padaria-lusitana.pt");
    writer.startElement(ns::Domain, u"name");
    writer.attribute(u"hosts", u"all");
    writer.text(u"xn--aores-turismo-igb.pt");
    writer.endElement();
    writer.endElement();
    writer.endElement();
    writer.startElement(ns::Epp, u"logout");
    writer.endElement();
    writer.textElement(ns::Epp, u"clTRID", u"HD-1");
    // The rest is closed by toString().
    const QString expected =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                       "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">\n"
                       "  <command>\n"
                       "    <check>\n"
                       "      <domain:check xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">\n"
                       "        <domain:name>padaria-lusitana.pt</domain:name>\n"
                       "        <domain:name hosts=\"all\">xn--aores-turismo-igb.pt</domain:name>\n"
                       "      </domain:check>\n"
                       "    </check>\n"
                       "    <logout/>\n"
                       "    <clTRID>HD-1</clTRID>\n"
                       "  </command>\n"
                       "</epp>");
    QCOMPARE(writer.toString(), expected);

    XmlWriter compact({false, 0});
    compact.startElement(ns::Epp, u"epp");
    compact.startElement(ns::Epp, u"hello");
    QCOMPARE(compact.toString(),
             QStringLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>"));
}

void TestEppXml::writerEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("asText");
    QTest::addColumn<QString>("asAttribute");
    QTest::addColumn<QString>("parsedBack"); // what a parser reads from the text form

    QTest::newRow("markup") << QStringLiteral("<a> & \"b\" 'c'")
                            << QStringLiteral("&lt;a&gt; &amp; \"b\" 'c'")
                            << QStringLiteral("&lt;a&gt; &amp; &quot;b&quot; 'c'")
                            << QStringLiteral("<a> & \"b\" 'c'");
    QTest::newRow("entity-like text") << QStringLiteral("&amp;") << QStringLiteral("&amp;amp;")
                                      << QStringLiteral("&amp;amp;") << QStringLiteral("&amp;");
    QTest::newRow("line breaks and tabs")
        << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a\tb\nc&#13;d")
        << QStringLiteral("a&#9;b&#10;c&#13;d") << QStringLiteral("a\tb\nc\rd");
    QTest::newRow("control characters dropped")
        << QStringLiteral("a\x01\x08"
                          "b\x1F")
        << QStringLiteral("ab") << QStringLiteral("ab") << QStringLiteral("ab");
    QTest::newRow("non-characters dropped")
        << QStringLiteral("a\uFFFE\uFFFFb") << QStringLiteral("ab") << QStringLiteral("ab")
        << QStringLiteral("ab");
    QTest::newRow("accents kept") << QStringLiteral("Açores, São João")
                                  << QStringLiteral("Açores, São João")
                                  << QStringLiteral("Açores, São João")
                                  << QStringLiteral("Açores, São João");
    QTest::newRow("astral kept") << QStringLiteral("x\U0001F600y") << QStringLiteral("x\U0001F600y")
                                 << QStringLiteral("x\U0001F600y")
                                 << QStringLiteral("x\U0001F600y");
    QTest::newRow("lone surrogates dropped")
        << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00))
        << QStringLiteral("ab") << QStringLiteral("ab") << QStringLiteral("ab");
}

void TestEppXml::writerEscaping()
{
    QFETCH(QString, value);
    QFETCH(QString, asText);
    QFETCH(QString, asAttribute);
    QFETCH(QString, parsedBack);

    XmlWriter writer({false, 0});
    writer.startElement(u"", u"v");
    writer.attribute(u"a", value);
    writer.text(value);
    const QString written = writer.toString();
    QCOMPARE(written, QString(QStringLiteral("<v a=\"") + asAttribute + QStringLiteral("\">") +
                              asText + QStringLiteral("</v>")));

    QString error;
    const std::optional<XmlElement> parsed = parseXml(written.toUtf8(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->attribute(u"a"), parsedBack);
    QCOMPARE(parsed->text, parsedBack.trimmed());
}

void TestEppXml::writerPrefixes()
{
    XmlWriter writer({false, 0});
    writer.startElement(ns::Epp, u"epp");
    writer.startElement(ns::Epp, u"extension");
    writer.startElement(u"urn:example:a", u"x");
    writer.textElement(u"urn:example:b", u"y", u"1");
    writer.textElement(u"urn:example:a", u"z", u"2");
    writer.endElement();
    writer.startElement(ns::PtDomain, u"create");
    writer.endElement();
    writer.startElement(ns::SecDns, u"create");
    writer.endElement();
    writer.startElement(u"", u"plain");
    writer.endElement();
    QCOMPARE(writer.toString(),
             QStringLiteral("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><extension>"
                            "<ns1:x xmlns:ns1=\"urn:example:a\"><ns2:y xmlns:ns2=\"urn:example:b\">"
                            "1</ns2:y><ns1:z>2</ns1:z></ns1:x>"
                            "<ptdomain:create xmlns:ptdomain=\""
                            "http://eppdev.dns.pt/schemas/ptdomain-1.0\"/>"
                            "<secDNS:create xmlns:secDNS=\"urn:ietf:params:xml:ns:secDNS-1.1\"/>"
                            "<plain xmlns=\"\"/></extension></epp>"));
}

void TestEppXml::writerRoundTrip()
{
    const QByteArray document =
        "<e:epp xmlns:e=\"urn:ietf:params:xml:ns:epp-1.0\""
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"t\">"
        "<e:response><e:result code=\"2302\"><e:msg xml:lang=\"en\">Object exists</e:msg>"
        "<e:extValue><e:value><d:name xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\">"
        "a&amp;b</d:name></e:value><e:reason>R</e:reason></e:extValue></e:result>"
        "</e:response></e:epp>";
    const std::optional<XmlElement> first = parseXml(document);
    QVERIFY(first);
    XmlWriter writer;
    writer.element(*first);
    const QByteArray written = writer.toUtf8();
    QString error;
    const std::optional<XmlElement> second = parseXml(written, &error);
    QVERIFY2(second, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(written)));
    // Same tree: compare through the canonical one-line form.
    QCOMPARE(toXmlFragment(*second), toXmlFragment(*first));
    QVERIFY(written.contains("<domain:name xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">"
                             "a&amp;b</domain:name>"));
    QVERIFY(written.contains("xml:lang=\"en\""));
}

void TestEppXml::fragment()
{
    const std::optional<XmlElement> value =
        parseXml("<value xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">\n"
                 "  <x:status xmlns:x=\"urn:ietf:params:xml:ns:domain-1.0\" s=\"pendingUpdate\"/>\n"
                 "</value>");
    QVERIFY(value);
    QCOMPARE(value->children.size(), 1);
    QCOMPARE(toXmlFragment(value->children.first()),
             QStringLiteral("<domain:status xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\""
                            " s=\"pendingUpdate\"/>"));
}

QTEST_GUILESS_MAIN(TestEppXml)
#include "tst_eppxml.moc"
