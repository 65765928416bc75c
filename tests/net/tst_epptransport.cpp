#include "EppTlsServer.h"
#include "EppTransport.h"
#include "TlsCertificates.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace rd;
using Kind = EppTransport::ErrorKind;

Q_DECLARE_METATYPE(rd::ServerFaults)

namespace {

// Generous: a loaded CI machine must never turn a pass into a failure.
constexpr int WaitMs = 20000;
// Short, for the tests that wait for a timeout on purpose.
constexpr int ShortTimeoutMs = 300;

const QByteArray greeting = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
    "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><greeting><svID>DNS.PT EPP Server</svID>"
    "<svDate>2026-11-23T09:30:00.0Z</svDate></greeting></epp>");
const QByteArray hello =
    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>");
const QByteArray passphrase = QByteArrayLiteral("Tr0ca-a-Senha!");

QByteArray command(int n)
{
    return "<epp><command><check><domain:name>exemplo" + QByteArray::number(n) +
           ".pt</domain:name></check><clTRID>RD-" + QByteArray::number(n) +
           "</clTRID></command></epp>";
}

// The server answers every frame with the same frame.
void echo(EppTlsServer& server)
{
    QObject::connect(&server, &EppTlsServer::sessionStarted, &server, [](EppServerSession* s) {
        QObject::connect(s, &EppServerSession::frameReceived, s, &EppServerSession::send);
    });
}

// The server greets on connect (RFC 5730 section 2.4), then echoes.
void greetThenEcho(EppTlsServer& server)
{
    QObject::connect(&server, &EppTlsServer::sessionStarted, &server,
                     [](EppServerSession* s) { s->send(greeting); });
    echo(server);
}

QString failure(const QSignalSpy& spy)
{
    if (spy.isEmpty())
        return QStringLiteral("no failure");
    return QVariant::fromValue(spy.last().at(0).value<Kind>()).toString() % QStringLiteral(": ") %
           spy.last().at(1).toString();
}

} // namespace

class TstEppTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void echoRoundTrip();
    void greetingArrivesOnConnect();
    void faultyWritesStillGiveWholeFrames_data();
    void faultyWritesStillGiveWholeFrames();
    void synchronousUse();
    void synchronousFailures();
    void connectsByName();
    void onlyTls12OrNewer_data();
    void onlyTls12OrNewer();
    void verificationFails_data();
    void verificationFails();
    void peerVerifyNameOverridesTheHost();
    void clientCertificate_data();
    void clientCertificate();
    void badConfiguration_data();
    void badConfiguration();
    void connectionRefused();
    void hostNotFound();
    void droppedMidFrame_data();
    void droppedMidFrame();
    void droppedBeforeAnswering();
    void closeWhileIdleIsNoFailure();
    void politeDisconnect();
    void timeouts_data();
    void timeouts();
    void badFrameLength_data();
    void badFrameLength();

private:
    std::unique_ptr<EppTlsServer> startServer(const PemCredentials& credentials);
    TlsOptions options(const EppTlsServer& server) const;
    QString write(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    PemCredentials m_ca;        // the authority the client trusts
    PemCredentials m_otherCa;   // one it does not
    PemCredentials m_server;    // localhost, 127.0.0.1 and ::1, from m_ca
    PemCredentials m_otherName; // other.example, from m_ca
    PemCredentials m_expired;   // localhost, from m_ca, expired last year
    PemCredentials m_notYet;    // localhost, from m_ca, valid from next year
    PemCredentials m_strange;   // localhost, from m_otherCa
    PemCredentials m_client;    // the registrar, from m_ca
    PemCredentials m_clientRsa; // the registrar with an RSA key, from m_ca
    PemCredentials m_intruder;  // a client certificate from m_otherCa
    QString m_caFile;
};

void TstEppTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    m_ca = generateSelfSignedCa(QStringLiteral("Registrar Desk Test CA"));
    m_otherCa = generateSelfSignedCa(QStringLiteral("Someone Else's CA"));
    QVERIFY(!m_ca.isNull() && !m_otherCa.isNull());

    const QStringList loopback{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("::1")};
    m_server = issueCertificate(m_ca, QStringLiteral("localhost"), loopback);
    m_otherName =
        issueCertificate(m_ca, QStringLiteral("other.example"), {QStringLiteral("other.example")});
    m_strange = issueCertificate(m_otherCa, QStringLiteral("localhost"), loopback);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateProfile expired;
    expired.commonName = QStringLiteral("localhost");
    expired.dnsNames = QStringList{QStringLiteral("localhost")};
    expired.ipAddresses = {QHostAddress::LocalHost};
    expired.notBefore = now.addYears(-2);
    expired.notAfter = now.addYears(-1);
    m_expired = issueCertificate(m_ca, expired);
    CertificateProfile notYet = expired;
    notYet.notBefore = now.addYears(1);
    notYet.notAfter = now.addYears(2);
    m_notYet = issueCertificate(m_ca, notYet);

    m_client = issueCertificate(m_ca, QStringLiteral("registrar-42"), {});
    CertificateProfile rsa;
    rsa.commonName = QStringLiteral("registrar-42-rsa");
    rsa.keyType = KeyType::Rsa2048;
    m_clientRsa = issueCertificate(m_ca, rsa);
    m_intruder = issueCertificate(m_otherCa, QStringLiteral("registrar-42"), {});
    for (const PemCredentials* c : {&m_server, &m_otherName, &m_strange, &m_expired, &m_notYet,
                                    &m_client, &m_clientRsa, &m_intruder})
        QVERIFY(!c->isNull());

    m_caFile = write(QStringLiteral("ca.pem"), m_ca.certificate);
}

std::unique_ptr<EppTlsServer> TstEppTransport::startServer(const PemCredentials& credentials)
{
    auto server = std::make_unique<EppTlsServer>();
    if (!server->setCredentials(credentials.certificate, credentials.privateKey))
        qFatal("the server refused its own test credentials");
    if (!server->listen())
        qFatal("no loopback port: %s", qPrintable(server->errorString()));
    return server;
}

TlsOptions TstEppTransport::options(const EppTlsServer& server) const
{
    TlsOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.caFile = m_caFile;
    o.connectTimeoutMs = WaitMs;
    o.readTimeoutMs = WaitMs;
    return o;
}

QString TstEppTransport::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstEppTransport::echoRoundTrip()
{
    auto server = startServer(m_server);
    echo(*server);
    EppTransport transport;
    QSignalSpy connected(&transport, &EppTransport::connected);
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    TlsOptions o = options(*server);
    o.expectGreeting = false;
    transport.connectToServer(o);
    QVERIFY2(connected.wait(WaitMs), qPrintable(failure(failed)));
    QVERIFY(transport.isConnected());

    QByteArray big;
    while (big.size() < 200 * 1024)
        big += command(big.size());
    const QByteArrayList sent{hello, QByteArray(), QStringLiteral("<n>açores.pt</n>").toUtf8(), big,
                              command(1)};
    for (const QByteArray& xml : sent)
        QVERIFY(transport.send(xml));
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), sent.size(), WaitMs);
    for (int i = 0; i < sent.size(); ++i)
        QCOMPARE(frames.at(i).at(0).toByteArray(), sent.at(i));
    QVERIFY2(failed.isEmpty(), qPrintable(failure(failed)));
    QCOMPARE(transport.peerCertificate(), QSslCertificate(m_server.certificate));
}

void TstEppTransport::greetingArrivesOnConnect()
{
    auto server = startServer(m_server);
    greetThenEcho(*server);
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    transport.connectToServer(options(*server));
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).at(0).toByteArray(), greeting);
    QVERIFY(transport.send(hello));
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(frames.at(1).at(0).toByteArray(), hello);
    QVERIFY(failed.isEmpty());
}

void TstEppTransport::faultyWritesStillGiveWholeFrames_data()
{
    QTest::addColumn<ServerFaults>("faults");
    ServerFaults f;
    f.pieceBytes = 1;
    QTest::newRow("one byte at a time") << f;
    f.pieceBytes = 7;
    f.piecePauseMs = 1;
    QTest::newRow("seven bytes at a time, with pauses") << f;
    f = ServerFaults();
    f.mergeFrames = true;
    QTest::newRow("two frames in one write") << f;
    f.pieceBytes = 5;
    f.piecePauseMs = 1;
    QTest::newRow("merged, then in pieces") << f;
    f = ServerFaults();
    f.delayMs = 50;
    QTest::newRow("delayed answers") << f;
}

void TstEppTransport::faultyWritesStillGiveWholeFrames()
{
    QFETCH(ServerFaults, faults);
    auto server = startServer(m_server);
    server->setFaults(faults);
    greetThenEcho(*server);
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy connected(&transport, &EppTransport::connected);
    transport.connectToServer(options(*server));
    QVERIFY2(connected.wait(WaitMs), qPrintable(failure(failed)));
    const QByteArrayList sent{command(1), command(2), command(3)};
    for (const QByteArray& xml : sent)
        QVERIFY(transport.send(xml));
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 4, WaitMs);
    QCOMPARE(frames.at(0).at(0).toByteArray(), greeting);
    for (int i = 0; i < sent.size(); ++i)
        QCOMPARE(frames.at(i + 1).at(0).toByteArray(), sent.at(i));
    QVERIFY2(failed.isEmpty(), qPrintable(failure(failed)));
}

void TstEppTransport::synchronousUse()
{
    auto server = startServer(m_server);
    greetThenEcho(*server);
    EppTransport transport;
    transport.connectToServer(options(*server));
    QVERIFY2(transport.waitForConnected(), qPrintable(transport.lastError()));
    const std::optional<QByteArray> first = transport.waitForFrame();
    QVERIFY2(first.has_value(), qPrintable(transport.lastError()));
    QCOMPARE(*first, greeting);
    QVERIFY(transport.send(command(7)));
    QCOMPARE(transport.waitForFrame().value_or("none"), command(7));
    QVERIFY(!transport.lastErrorKind().has_value());
}

void TstEppTransport::synchronousFailures()
{
    EppTransport transport;
    QVERIFY(!transport.waitForConnected()); // nothing to wait for
    QVERIFY(!transport.waitForFrame().has_value());

    auto server = startServer(m_server); // never greets
    TlsOptions o = options(*server);
    o.readTimeoutMs = ShortTimeoutMs;
    transport.connectToServer(o);
    QVERIFY2(transport.waitForConnected(), qPrintable(transport.lastError()));
    QVERIFY(!transport.waitForFrame().has_value());
    QCOMPARE(transport.lastErrorKind().value_or(Kind::NetworkError), Kind::Timeout);

    o.certificateFile = m_dir.filePath(QStringLiteral("nowhere.crt"));
    transport.connectToServer(o);
    QVERIFY(!transport.waitForConnected());
    QCOMPARE(transport.lastErrorKind().value_or(Kind::NetworkError), Kind::ConfigurationError);
}

void TstEppTransport::connectsByName()
{
    auto server = startServer(m_server);
    greetThenEcho(*server);
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    TlsOptions o = options(*server);
    o.host = QStringLiteral("localhost");
    transport.connectToServer(o);
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(frames.at(0).at(0).toByteArray(), greeting);
}

void TstEppTransport::onlyTls12OrNewer_data()
{
    QTest::addColumn<int>("serverOffers"); // QSsl::SslProtocol
    QTest::addColumn<int>("agreed");
    QTest::newRow("TLS 1.2 only") << int(QSsl::TlsV1_2) << int(QSsl::TlsV1_2);
    QTest::newRow("TLS 1.3 only") << int(QSsl::TlsV1_3) << int(QSsl::TlsV1_3);
    QTest::newRow("1.2 or later") << int(QSsl::TlsV1_2OrLater) << int(QSsl::TlsV1_3);
}

void TstEppTransport::onlyTls12OrNewer()
{
    QFETCH(int, serverOffers);
    QFETCH(int, agreed);
    auto server = startServer(m_server);
    server->setProtocol(QSsl::SslProtocol(serverOffers));
    EppTransport transport;
    QSignalSpy connected(&transport, &EppTransport::connected);
    QSignalSpy failed(&transport, &EppTransport::failed);
    TlsOptions o = options(*server);
    o.expectGreeting = false;
    transport.connectToServer(o);
    QVERIFY2(connected.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(int(transport.sessionProtocol()), agreed);
}

void TstEppTransport::verificationFails_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("systemCas");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<int>>("errors"); // any of them
    QTest::addColumn<QString>("reasonMentions");

    const QList<int> unknownCa{QSslError::UnableToGetLocalIssuerCertificate,
                               QSslError::UnableToVerifyFirstCertificate,
                               QSslError::UnableToGetIssuerCertificate};
    const QString ip = QStringLiteral("127.0.0.1");
    QTest::newRow("another CA") << QStringLiteral("strange") << false << ip << unknownCa
                                << QStringLiteral("unknown certificate authority");
    QTest::newRow("self-signed") << QStringLiteral("other CA itself") << false << ip
                                 << QList<int>{QSslError::SelfSignedCertificate}
                                 << QStringLiteral("self-signed");
    QTest::newRow("host name mismatch")
        << QStringLiteral("other name") << false << ip << QList<int>{QSslError::HostNameMismatch}
        << QStringLiteral("issued for other.example, not for 127.0.0.1");
    QTest::newRow("host name mismatch, by name")
        << QStringLiteral("other name") << false << QStringLiteral("localhost")
        << QList<int>{QSslError::HostNameMismatch} << QStringLiteral("not for localhost");
    QTest::newRow("expired") << QStringLiteral("expired") << false << ip
                             << QList<int>{QSslError::CertificateExpired}
                             << QStringLiteral("expired on");
    QTest::newRow("not yet valid")
        << QStringLiteral("not yet") << false << ip << QList<int>{QSslError::CertificateNotYetValid}
        << QStringLiteral("not valid before");
    // No CA file means the system's authorities, which do not know ours.
    QTest::newRow("system CAs only") << QStringLiteral("server") << true << ip << unknownCa
                                     << QStringLiteral("unknown certificate authority");
}

void TstEppTransport::verificationFails()
{
    QFETCH(QString, certificate);
    QFETCH(bool, systemCas);
    QFETCH(QString, host);
    QFETCH(QList<int>, errors);
    QFETCH(QString, reasonMentions);

    const QHash<QString, PemCredentials> certificates{
        {QStringLiteral("strange"), m_strange},      {QStringLiteral("other CA itself"), m_otherCa},
        {QStringLiteral("other name"), m_otherName}, {QStringLiteral("expired"), m_expired},
        {QStringLiteral("not yet"), m_notYet},       {QStringLiteral("server"), m_server}};
    auto server = startServer(certificates.value(certificate));
    greetThenEcho(*server);
    EppTransport transport;
    QSignalSpy connected(&transport, &EppTransport::connected);
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy disconnected(&transport, &EppTransport::disconnected);
    TlsOptions o = options(*server);
    o.host = host;
    if (systemCas)
        o.caFile.clear();
    transport.connectToServer(o);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::TlsVerificationFailed);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    QVERIFY2(reason.contains(host), qPrintable(reason));
    bool named = false;
    for (const QSslError& e : transport.sslErrors())
        named = named || errors.contains(int(e.error()));
    QVERIFY2(named, qPrintable(reason));
    QVERIFY(transport.lastErrorKind().has_value());
    QCOMPARE(*transport.lastErrorKind(), Kind::TlsVerificationFailed);
    QCOMPARE(transport.lastError(), reason);
    QVERIFY(connected.isEmpty());
    QVERIFY(frames.isEmpty());
    QVERIFY(disconnected.isEmpty()); // never connected, so never disconnected
    QVERIFY(!transport.isConnected());
}

void TstEppTransport::peerVerifyNameOverridesTheHost()
{
    auto server = startServer(m_otherName);
    greetThenEcho(*server);
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    TlsOptions o = options(*server);
    o.peerVerifyName = QStringLiteral("other.example");
    transport.connectToServer(o);
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(frames.at(0).at(0).toByteArray(), greeting);
}

void TstEppTransport::clientCertificate_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("oneFile"); // certificate and key in the same file
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("commonName");

    QTest::newRow("supplied") << QStringLiteral("ec") << false << false << true
                              << QStringLiteral("registrar-42");
    QTest::newRow("supplied, encrypted key")
        << QStringLiteral("ec") << true << false << true << QStringLiteral("registrar-42");
    QTest::newRow("supplied, RSA key encrypted")
        << QStringLiteral("rsa") << true << false << true << QStringLiteral("registrar-42-rsa");
    QTest::newRow("supplied, one file with both")
        << QStringLiteral("ec") << true << true << true << QStringLiteral("registrar-42");
    QTest::newRow("missing") << QString() << false << false << false << QString();
    QTest::newRow("from another CA")
        << QStringLiteral("intruder") << false << false << false << QString();
}

void TstEppTransport::clientCertificate()
{
    QFETCH(QString, identity);
    QFETCH(bool, encrypted);
    QFETCH(bool, oneFile);
    QFETCH(bool, accepted);
    QFETCH(QString, commonName);

    auto server = startServer(m_server);
    QVERIFY(server->requireClientCertificate(m_ca.certificate));
    QString peerName;
    QObject::connect(server.get(), &EppTlsServer::sessionStarted, server.get(),
                     [&peerName](EppServerSession* s) {
                         const QStringList names =
                             s->peerCertificate().subjectInfo(QSslCertificate::CommonName);
                         peerName = names.value(0);
                     });
    greetThenEcho(*server);
    QSignalSpy refused(server.get(), &EppTlsServer::handshakeFailed);

    TlsOptions o = options(*server);
    if (!identity.isEmpty()) {
        const PemCredentials& c = identity == QLatin1String("rsa")        ? m_clientRsa
                                  : identity == QLatin1String("intruder") ? m_intruder
                                                                          : m_client;
        const QByteArray key =
            encrypted ? encryptPrivateKey(c.privateKey, passphrase) : c.privateKey;
        QVERIFY(!key.isEmpty());
        if (encrypted) {
            QVERIFY(key.contains("ENCRYPTED PRIVATE KEY"));
            o.keyPassphrase = passphrase;
        }
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        if (oneFile) {
            o.certificateFile = write(tag + QStringLiteral(".pem"), c.certificate + key);
        } else {
            o.certificateFile = write(tag + QStringLiteral(".crt"), c.certificate);
            o.keyFile = write(tag + QStringLiteral(".key"), key);
        }
    }

    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    transport.connectToServer(o);
    if (accepted) {
        QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
        QCOMPARE(frames.at(0).at(0).toByteArray(), greeting);
        QCOMPARE(peerName, commonName);
        QVERIFY(refused.isEmpty());
        return;
    }
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.size(), 1);
    const Kind kind = failed.at(0).at(0).value<Kind>();
    const QString reason = failed.at(0).at(1).toString();
    // TLS 1.3 finishes the client's handshake before the server has judged the
    // client's certificate, so the refusal comes as a close before the greeting.
    QVERIFY2(kind == Kind::TlsHandshakeFailed, qPrintable(failure(failed)));
    QVERIFY2(reason.contains(QStringLiteral("right after the TLS handshake")), qPrintable(reason));
    QVERIFY2(reason.contains(identity.isEmpty() ? QStringLiteral("none was given")
                                                : QStringLiteral("may not accept the client")),
             qPrintable(reason));
    QVERIFY2(!reason.contains(QString::fromLatin1(passphrase)), qPrintable(reason));
    QVERIFY(frames.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, WaitMs);
    QVERIFY(peerName.isEmpty());
}

void TstEppTransport::badConfiguration_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("certificateFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("reasonMentions");

    const QString missing = m_dir.filePath(QStringLiteral("nowhere.pem"));
    const QString notPem = write(QStringLiteral("not-pem.txt"), "not a certificate\n");
    const QString cert = write(QStringLiteral("bad-client.crt"), m_client.certificate);
    const QString key =
        write(QStringLiteral("bad-client.key"), encryptPrivateKey(m_client.privateKey, passphrase));
    QTest::newRow("CA file missing") << missing << QString() << QString() << QByteArray()
                                     << QStringLiteral("nowhere.pem could not be read");
    QTest::newRow("CA file without certificates")
        << notPem << QString() << QString() << QByteArray()
        << QStringLiteral("holds no PEM certificate");
    QTest::newRow("client certificate missing")
        << m_caFile << missing << key << passphrase << QStringLiteral("client certificate file");
    QTest::newRow("key without certificate")
        << m_caFile << QString() << key << passphrase << QStringLiteral("without the client");
    QTest::newRow("wrong passphrase") << m_caFile << cert << key << QByteArray("Tr0ca-a-Senha?")
                                      << QStringLiteral("passphrase is wrong");
    QTest::newRow("no passphrase") << m_caFile << cert << key << QByteArray()
                                   << QStringLiteral("passphrase is wrong or missing");
    QTest::newRow("key file is not a key")
        << m_caFile << cert << notPem << QByteArray() << QStringLiteral("no PEM private key");
}

void TstEppTransport::badConfiguration()
{
    QFETCH(QString, caFile);
    QFETCH(QString, certificateFile);
    QFETCH(QString, keyFile);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, reasonMentions);

    auto server = startServer(m_server);
    TlsOptions o = options(*server);
    o.caFile = caFile;
    o.certificateFile = certificateFile;
    o.keyFile = keyFile;
    o.keyPassphrase = passphrase;
    EppTransport transport;
    QSignalSpy failed(&transport, &EppTransport::failed);
    transport.connectToServer(o);
    QVERIFY(failed.isEmpty()); // reported from the event loop, like every failure
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::ConfigurationError);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    if (!passphrase.isEmpty())
        QVERIFY2(!reason.contains(QString::fromLatin1(passphrase)), qPrintable(reason));
    QVERIFY2(!reason.contains(QString::fromLatin1(::passphrase)), qPrintable(reason));
    QCOMPARE(server->connectionCount(), 0);
}

void TstEppTransport::connectionRefused()
{
    // A port that was free a moment ago and has nothing listening now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    TlsOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.caFile = m_caFile;
    EppTransport transport;
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy disconnected(&transport, &EppTransport::disconnected);
    transport.connectToServer(o);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::ConnectionRefused);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(reason));
    QVERIFY(disconnected.isEmpty());
}

void TstEppTransport::hostNotFound()
{
    TlsOptions o;
    o.host = QStringLiteral("epp.registry.invalid"); // RFC 6761: never resolves
    o.caFile = m_caFile;
    o.connectTimeoutMs = 3 * WaitMs; // a slow resolver must not turn this into a timeout
    EppTransport transport;
    QSignalSpy failed(&transport, &EppTransport::failed);
    transport.connectToServer(o);
    QVERIFY(failed.wait(o.connectTimeoutMs + WaitMs));
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::HostNotFound);
    QVERIFY2(failed.at(0).at(1).toString().contains(o.host), qPrintable(failure(failed)));
}

void TstEppTransport::droppedMidFrame_data()
{
    QTest::addColumn<qint64>("cutAfter");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("inside the length header")
        << qint64(2) << QStringLiteral("2 bytes of its length header");
    QTest::newRow("just after the header")
        << qint64(4) << QStringLiteral("4 of its %1 bytes").arg(greeting.size() + 4);
    QTest::newRow("one byte short")
        << qint64(greeting.size() + 3)
        << QStringLiteral("%1 of its %2 bytes").arg(greeting.size() + 3).arg(greeting.size() + 4);
}

void TstEppTransport::droppedMidFrame()
{
    QFETCH(qint64, cutAfter);
    QFETCH(QString, reasonMentions);
    auto server = startServer(m_server);
    ServerFaults faults;
    faults.closeAfterBytes = cutAfter;
    server->setFaults(faults);
    greetThenEcho(*server);
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy disconnected(&transport, &EppTransport::disconnected);
    transport.connectToServer(options(*server));
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).value<Kind>() == Kind::ClosedByPeer, qPrintable(failure(failed)));
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("partial frame was lost")), qPrintable(reason));
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    QVERIFY(frames.isEmpty());
    QCOMPARE(disconnected.size(), 1);
    QVERIFY(!transport.send(hello));
}

void TstEppTransport::droppedBeforeAnswering()
{
    auto server = startServer(m_server);
    QObject::connect(
        server.get(), &EppTlsServer::sessionStarted, server.get(), [](EppServerSession* s) {
            s->send(greeting);
            QObject::connect(s, &EppServerSession::frameReceived, s, &EppServerSession::close);
        });
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    transport.connectToServer(options(*server));
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QVERIFY(transport.send(command(1)));
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::ClosedByPeer);
    QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("before answering")),
             qPrintable(failure(failed)));
    QCOMPARE(frames.size(), 1);
}

// A server closes after answering a logout: nothing was lost.
void TstEppTransport::closeWhileIdleIsNoFailure()
{
    auto server = startServer(m_server);
    QObject::connect(
        server.get(), &EppTlsServer::sessionStarted, server.get(), [](EppServerSession* s) {
            s->send(greeting);
            QObject::connect(s, &EppServerSession::frameReceived, s, [s](const QByteArray& xml) {
                s->send(xml);
                s->close();
            });
        });
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy disconnected(&transport, &EppTransport::disconnected);
    transport.connectToServer(options(*server));
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QVERIFY(transport.send("<epp><command><logout/></command></epp>"));
    QVERIFY2(disconnected.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(frames.size(), 2);
    QVERIFY2(failed.isEmpty(), qPrintable(failure(failed)));
    QVERIFY(!transport.isConnected());
}

void TstEppTransport::politeDisconnect()
{
    auto server = startServer(m_server);
    greetThenEcho(*server);
    QSignalSpy sessions(server.get(), &EppTlsServer::sessionStarted);
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy disconnected(&transport, &EppTransport::disconnected);
    transport.connectToServer(options(*server));
    QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
    QCOMPARE(sessions.size(), 1);
    QPointer<EppServerSession> session = sessions.at(0).at(0).value<EppServerSession*>();
    QVERIFY(session);
    QSignalSpy closed(session.data(), &EppServerSession::closed);
    transport.disconnectFromServer();
    QVERIFY(disconnected.wait(WaitMs));
    QVERIFY(failed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, WaitMs);
}

void TstEppTransport::timeouts_data()
{
    QTest::addColumn<bool>("silent");    // the server never even starts TLS
    QTest::addColumn<bool>("greets");    // the server sends its greeting
    QTest::addColumn<bool>("sends");     // the client sends a command
    QTest::addColumn<bool>("connected"); // connected() comes before the timeout
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("no TLS handshake")
        << true << false << false << false << QStringLiteral("No TLS session");
    QTest::newRow("no greeting") << false << false << false << true
                                 << QStringLiteral("while an answer was awaited");
    QTest::newRow("no answer") << false << true << true << true
                               << QStringLiteral("while an answer was awaited");
}

void TstEppTransport::timeouts()
{
    QFETCH(bool, silent);
    QFETCH(bool, greets);
    QFETCH(bool, sends);
    QFETCH(bool, connected);
    QFETCH(QString, reasonMentions);

    auto server = startServer(m_server);
    server->setSilent(silent);
    if (greets) {
        QObject::connect(server.get(), &EppTlsServer::sessionStarted, server.get(),
                         [](EppServerSession* s) { s->send(greeting); });
    }
    TlsOptions o = options(*server);
    o.connectTimeoutMs = silent ? ShortTimeoutMs : WaitMs;
    o.readTimeoutMs = ShortTimeoutMs;
    EppTransport transport;
    QSignalSpy up(&transport, &EppTransport::connected);
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    transport.connectToServer(o);
    if (sends) {
        QVERIFY2(frames.wait(WaitMs), qPrintable(failure(failed)));
        QVERIFY(transport.send(command(1)));
    }
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::Timeout);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    QCOMPARE(up.size(), connected ? 1 : 0);
    QCOMPARE(server->connectionCount(), 1);
}

void TstEppTransport::badFrameLength_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("zero") << QByteArray("\0\0\0\0", 4) << QStringLiteral("length of 0 bytes");
    QTest::newRow("shorter than its header")
        << QByteArray("\0\0\0\3<a/>", 8) << QStringLiteral("length of 3 bytes");
    QTest::newRow("more than 16 MiB")
        << QByteArray("\x01\x00\x00\x01", 4) << QStringLiteral("limit of 16777216 bytes");
    QTest::newRow("not EPP at all")
        << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << QStringLiteral("limit of");
}

void TstEppTransport::badFrameLength()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonMentions);
    auto server = startServer(m_server);
    QObject::connect(server.get(), &EppTlsServer::sessionStarted, server.get(),
                     [&bytes](EppServerSession* s) {
                         s->send(greeting);
                         s->sendRaw(bytes);
                     });
    EppTransport transport;
    QSignalSpy frames(&transport, &EppTransport::frameReceived);
    QSignalSpy failed(&transport, &EppTransport::failed);
    QSignalSpy disconnected(&transport, &EppTransport::disconnected);
    transport.connectToServer(options(*server));
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.at(0).at(0).value<Kind>(), Kind::ProtocolError);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("broke the EPP framing")), qPrintable(reason));
    // The greeting before the bad length was whole, and is delivered.
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).at(0).toByteArray(), greeting);
    QCOMPARE(disconnected.size(), 1);
}

QTEST_GUILESS_MAIN(TstEppTransport)
#include "tst_epptransport.moc"
