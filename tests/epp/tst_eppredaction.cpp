#include "epp/EppCommands.h"
#include "epp/EppRedaction.h"

#include <QTest>

using namespace rd;

// Secrets never reach the EPP log: every way of writing them is masked, and
// everything else is left as it was.
class tst_EppRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecrets_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("kept");

        const QByteArray epp = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\" "
                               "xmlns:d=\"urn:ietf:params:xml:ns:domain-1.0\" "
                               "xmlns:contact=\"urn:ietf:params:xml:ns:contact-1.0\" "
                               "xmlns:ptdomain=\"http://eppdev.dns.pt/schemas/ptdomain-1.0\">";
        const auto doc = [&](const char* body) -> QByteArray { return epp + body + "</epp>"; };

        QTest::newRow("login pw")
            << doc("<command><login><clID>reg</clID><pw>s3cr3t-Pw</pw></login></command>")
            << QByteArray("s3cr3t-Pw") << QByteArray("<clID>reg</clID>");
        QTest::newRow("new password")
            << doc("<command><login><pw>a</pw><newPW>n3w-Pw</newPW></login></command>")
            << QByteArray("n3w-Pw") << QByteArray("<newPW>********</newPW>");
        QTest::newRow("domain auth code, any prefix")
            << doc("<d:authInfo><d:pw roid=\"1-PT\">Auth+Code/1</d:pw></d:authInfo>")
            << QByteArray("Auth+Code/1") << QByteArray("<d:pw roid=\"1-PT\">********</d:pw>");
        QTest::newRow("contact auth code in CDATA")
            << doc("<contact:pw><![CDATA[x<y&z]]></contact:pw>") << QByteArray("x<y&z")
            << QByteArray("<contact:pw>********</contact:pw>");
        QTest::newRow("closing tag inside CDATA")
            << doc("<contact:pw><![CDATA[ab</contact:pw>LEAK1]]></contact:pw>")
            << QByteArray("LEAK1") << QByteArray("<contact:pw>********</contact:pw>");
        QTest::newRow("closing tag inside a comment")
            << doc("<pw><!-- </pw> -->LEAK3</pw>") << QByteArray("LEAK3")
            << QByteArray("<pw>********</pw>");
        QTest::newRow("non-ASCII prefix")
            << QByteArray("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\" "
                          "xmlns:d\xc3\xb3m=\"urn:ietf:params:xml:ns:domain-1.0\">"
                          "<d\xc3\xb3m:pw>LEAK2</d\xc3\xb3m:pw></epp>")
            << QByteArray("LEAK2") << QByteArray("********");
        QTest::newRow("empty secret with attributes")
            << doc("<d:pw roid=\"1\"/><d:name>visible.pt</d:name><d:pw>hidden-9</d:pw>")
            << QByteArray("hidden-9") << QByteArray("<d:name>visible.pt</d:name>");
        QTest::newRow("spread over lines")
            << doc("<pw>\n  multi\n  line\n</pw >") << QByteArray("multi") << QByteArray("</pw>");
        QTest::newRow("legacy transfer key")
            << doc("<ptdomain:transferKey>K3Y-77</ptdomain:transferKey>") << QByteArray("K3Y-77")
            << QByteArray("<ptdomain:transferKey>********");
        QTest::newRow("two secrets") << doc("<d:pw>one-1</d:pw><contact:pw>two-2</contact:pw>")
                                     << QByteArray("two-2") << QByteArray("<d:pw>********</d:pw>");
        QTest::newRow("look-alike element kept")
            << doc("<d:pwned>visible</d:pwned><pw>hidden-1</pw>") << QByteArray("hidden-1")
            << QByteArray("<d:pwned>visible</d:pwned>");
        QTest::newRow("not well-formed: nothing logged")
            << QByteArray("<epp><pw>half-0ne</epp>") << QByteArray("half-0ne")
            << QByteArray("not well-formed");
        QTest::newRow("undeclared prefix: nothing logged")
            << QByteArray("<d:pw>pref1x-pw</d:pw>") << QByteArray("pref1x-pw")
            << QByteArray("not logged");
    }

    void masksSecrets()
    {
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, kept);
        const QByteArray masked = epp::redactSecrets(document);
        QVERIFY2(!masked.contains(secret), masked.constData());
        QVERIFY2(masked.contains(kept), masked.constData());
    }

    // The builders' own output: the login and a transfer with its code.
    void builtCommandsAreMasked()
    {
        epp::LoginRequest login;
        login.clientId = QStringLiteral("registrar-1");
        login.password = QStringLiteral("Very$ecret&<Pass>");
        login.newPassword = QStringLiteral("Even#More'Secret");
        const QByteArray loginXml = epp::loginCommand(login, QStringLiteral("RD-1"));
        QVERIFY(loginXml.contains("Very$ecret&amp;&lt;Pass&gt;"));
        const QByteArray maskedLogin = epp::redactSecrets(loginXml);
        QVERIFY(!maskedLogin.contains("ecret"));
        QVERIFY(maskedLogin.contains("registrar-1"));

        epp::DomainTransferRequest transfer;
        transfer.name = QStringLiteral("café.pt");
        transfer.authInfo = QStringLiteral("TR4NSFER-code");
        const QByteArray masked =
            epp::redactSecrets(epp::domainTransferCommand(transfer, QStringLiteral("RD-2")));
        QVERIFY(!masked.contains("TR4NSFER-code"));
        QVERIFY(masked.contains("xn--caf-dma.pt"));
    }
};

QTEST_GUILESS_MAIN(tst_EppRedaction)
#include "tst_eppredaction.moc"
