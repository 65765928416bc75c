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

        QTest::newRow("login pw") << QByteArray(
                                         "<epp><command><login><clID>reg</clID><pw>s3cr3t-Pw</pw>"
                                         "<newPW>n3w-Pw</newPW></login></command></epp>")
                                  << QByteArray("s3cr3t-Pw") << QByteArray("<clID>reg</clID>");
        QTest::newRow("new password")
            << QByteArray("<epp><command><login><pw>a</pw><newPW>n3w-Pw</newPW></login>"
                          "</command></epp>")
            << QByteArray("n3w-Pw") << QByteArray("<newPW>********</newPW>");
        QTest::newRow("domain auth code, any prefix")
            << QByteArray("<d:authInfo><d:pw roid=\"1-PT\">Auth+Code/1</d:pw></d:authInfo>")
            << QByteArray("Auth+Code/1") << QByteArray("<d:pw roid=\"1-PT\">********</d:pw>");
        QTest::newRow("contact auth code in CDATA")
            << QByteArray("<contact:pw><![CDATA[x<y&z]]></contact:pw>") << QByteArray("x<y&z")
            << QByteArray("<contact:pw>********</contact:pw>");
        QTest::newRow("spread over lines") << QByteArray("<pw>\n  multi\n  line\n</pw >")
                                           << QByteArray("multi") << QByteArray("</pw >");
        QTest::newRow("legacy transfer key")
            << QByteArray("<ptdomain:transferKey>K3Y</ptdomain:transferKey>") << QByteArray("K3Y")
            << QByteArray("<ptdomain:transferKey>");
        QTest::newRow("two secrets") << QByteArray("<a:pw>one-1</a:pw><b:pw>two-2</b:pw>")
                                     << QByteArray("two-2") << QByteArray("<a:pw>********</a:pw>");
        QTest::newRow("look-alike element kept")
            << QByteArray("<domain:pwned>visible</domain:pwned><pw>hidden-1</pw>")
            << QByteArray("hidden-1") << QByteArray("<domain:pwned>visible</domain:pwned>");
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
