#include "EppTransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <utility>

namespace rd {

namespace {

bool readFile(const QString& path, QByteArray* bytes, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// QSslKey wants the algorithm up front; a registrar's key may be RSA or EC.
QSslKey privateKey(const QByteArray& pem, const QByteArray& passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

// The names a certificate answers to, for a host name mismatch.
QString certificateNames(const QSslCertificate& certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

// One sentence part per verification error: why the certificate was refused.
QString explain(const QSslError& error, const QString& expectedName)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return QCoreApplication::translate(
            "rd::EppTransport", "it is self-signed and not among the trusted certificates");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return QCoreApplication::translate(
            "rd::EppTransport",
            "it was issued by an unknown certificate authority, not one of those trusted");
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("rd::EppTransport", "it expired on %1")
            .arg(certificate.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("rd::EppTransport", "it is not valid before %1")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("rd::EppTransport", "it was issued for %1, not for %2")
            .arg(certificateNames(certificate), expectedName);
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate("rd::EppTransport", "it has been revoked");
    case QSslError::InvalidPurpose:
        return QCoreApplication::translate("rd::EppTransport", "it is not meant for a TLS server");
    case QSslError::NoPeerCertificate:
        return QCoreApplication::translate("rd::EppTransport", "the server sent no certificate");
    default:
        return error.errorString();
    }
}

} // namespace

EppTransport::EppTransport(QObject* parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    m_readTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &EppTransport::onConnectTimeout);
    connect(&m_readTimer, &QTimer::timeout, this, &EppTransport::onReadTimeout);
}

EppTransport::~EppTransport()
{
    dropSocket();
}

void EppTransport::connectToServer(const TlsOptions& options)
{
    abort();
    m_options = options;
    m_reader = FrameReader(options.maxFrameSize);
    m_sslErrors.clear();
    m_lastErrorKind.reset();
    m_lastError.clear();
    m_kept.clear();
    m_awaited = 0;
    m_receivedAny = false;
    m_state = State::Connecting;
    const quint64 attempt = ++m_attempt;

    m_socket = new QSslSocket(this);
    QString reason;
    if (!configure(*m_socket, &reason)) {
        QTimer::singleShot(0, this, [this, attempt, reason] {
            if (attempt == m_attempt && m_state == State::Connecting)
                fail(ErrorKind::ConfigurationError, reason);
        });
        return;
    }

    connect(m_socket, &QSslSocket::encrypted, this, &EppTransport::onEncrypted);
    connect(m_socket, qOverload<const QList<QSslError>&>(&QSslSocket::sslErrors), this,
            &EppTransport::onSslErrors);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &EppTransport::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &EppTransport::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &EppTransport::onSocketDisconnected);

    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);
    if (m_options.peerVerifyName.isEmpty())
        m_socket->connectToHostEncrypted(m_options.host, m_options.port);
    else
        m_socket->connectToHostEncrypted(m_options.host, m_options.port, m_options.peerVerifyName);
}

bool EppTransport::configure(QSslSocket& socket, QString* reason) const
{
    if (!QSslSocket::supportsSsl()) {
        *reason = tr("This system offers no TLS support: the OpenSSL 3 library was not found.");
        return false;
    }
    if (m_options.host.isEmpty()) {
        *reason = tr("No server host name was given.");
        return false;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // .PT (fact sheet 2.1): never the SSLv3 of old clients; TLS 1.2 or newer.
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);

    QByteArray bytes;
    QString why;
    if (!m_options.caFile.isEmpty()) {
        if (!readFile(m_options.caFile, &bytes, &why)) {
            *reason = tr("The certificate authority file %1 could not be read: %2")
                          .arg(m_options.caFile, why);
            return false;
        }
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (authorities.isEmpty()) {
            *reason = tr("The certificate authority file %1 holds no PEM certificate.")
                          .arg(m_options.caFile);
            return false;
        }
        // Only these: a registry's own authority must not be widened to every public one.
        configuration.setCaCertificates(authorities);
    }

    if (!m_options.certificateFile.isEmpty()) {
        if (!readFile(m_options.certificateFile, &bytes, &why)) {
            *reason = tr("The client certificate file %1 could not be read: %2")
                          .arg(m_options.certificateFile, why);
            return false;
        }
        QList<QSslCertificate> chain = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (chain.isEmpty()) {
            *reason = tr("The client certificate file %1 holds no PEM certificate.")
                          .arg(m_options.certificateFile);
            return false;
        }
        const QString keyPath =
            m_options.keyFile.isEmpty() ? m_options.certificateFile : m_options.keyFile;
        if (!m_options.keyFile.isEmpty() && !readFile(keyPath, &bytes, &why)) {
            *reason = tr("The private key file %1 could not be read: %2").arg(keyPath, why);
            return false;
        }
        const QSslKey key = privateKey(bytes, m_options.keyPassphrase);
        if (key.isNull()) {
            *reason = tr("The private key in %1 could not be read: the passphrase is wrong or "
                         "missing, or the file holds no PEM private key.")
                          .arg(keyPath);
            return false;
        }
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
    } else if (!m_options.keyFile.isEmpty()) {
        *reason = tr("A private key was given without the client certificate it belongs to.");
        return false;
    }

    socket.setSslConfiguration(configuration);
    return true;
}

bool EppTransport::send(const QByteArray& xml)
{
    if (m_state != State::Connected || !m_socket)
        return false;
    m_socket->write(frame(xml));
    ++m_awaited;
    updateReadTimer(false);
    return true;
}

void EppTransport::disconnectFromServer()
{
    if (m_state != State::Connected) {
        abort();
        return;
    }
    m_state = State::Closing;
    m_readTimer.stop();
    m_socket->disconnectFromHost();
}

void EppTransport::abort()
{
    ++m_attempt;
    m_connectTimer.stop();
    m_readTimer.stop();
    dropSocket();
    m_state = State::Idle;
}

QSslCertificate EppTransport::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

QSsl::SslProtocol EppTransport::sessionProtocol() const
{
    return m_socket ? m_socket->sessionProtocol() : QSsl::UnknownProtocol;
}

bool EppTransport::waitForConnected()
{
    m_keepFrames = true;
    if (m_state == State::Connecting) {
        QEventLoop loop;
        connect(this, &EppTransport::connected, &loop, &QEventLoop::quit);
        connect(this, &EppTransport::failed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_state == State::Connected;
}

std::optional<QByteArray> EppTransport::waitForFrame()
{
    m_keepFrames = true;
    if (m_kept.isEmpty() && m_state == State::Connecting)
        waitForConnected();
    if (m_kept.isEmpty() && m_state == State::Connected) {
        // Waiting means an answer is awaited, even when nothing was sent, so
        // the read timeout applies.
        if (m_awaited == 0) {
            m_awaited = 1;
            updateReadTimer(false);
        }
        QEventLoop loop;
        connect(this, &EppTransport::frameReceived, &loop, &QEventLoop::quit);
        connect(this, &EppTransport::failed, &loop, &QEventLoop::quit);
        connect(this, &EppTransport::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (m_kept.isEmpty())
        return std::nullopt;
    return m_kept.dequeue();
}

void EppTransport::onEncrypted()
{
    m_connectTimer.stop();
    m_state = State::Connected;
    m_awaited = m_options.expectGreeting ? 1 : 0;
    updateReadTimer(false);
    QPointer<EppTransport> self(this);
    Q_EMIT connected();
    // The greeting may have come in with the end of the handshake.
    if (self && m_state == State::Connected)
        readAvailable();
}

void EppTransport::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignored: a certificate that does not verify ends the handshake,
    // and errorOccurred() follows.
    m_sslErrors = errors;
}

void EppTransport::onSocketError()
{
    if (!m_socket)
        return;
    const QString where = endpoint();
    const QString detail = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(ErrorKind::ConnectionRefused,
             tr("%1 refused the connection: nothing listens on that port, or a firewall turns "
                "it away.")
                 .arg(where));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(ErrorKind::HostNotFound, tr("The host %1 was not found.").arg(m_options.host));
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(ErrorKind::Timeout, tr("The connection to %1 timed out.").arg(where));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        // Once connected, onSocketDisconnected() tells a normal close from a lost answer.
        if (m_state == State::Connecting) {
            fail(ErrorKind::TlsHandshakeFailed,
                 tr("%1 closed the connection during the TLS handshake; it may not accept TLS "
                    "1.2 or newer, or it may require a client certificate.")
                     .arg(where));
        }
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty()) {
            const QString expected =
                m_options.peerVerifyName.isEmpty() ? m_options.host : m_options.peerVerifyName;
            QStringList reasons;
            for (const QSslError& error : std::as_const(m_sslErrors))
                reasons.append(explain(error, expected));
            reasons.removeDuplicates();
            fail(ErrorKind::TlsVerificationFailed,
                 tr("The certificate of %1 was not accepted: %2.")
                     .arg(where, reasons.join(QStringLiteral("; "))));
        } else {
            fail(ErrorKind::TlsHandshakeFailed,
                 tr("The TLS handshake with %1 failed: %2").arg(where, detail));
        }
        return;
    case QAbstractSocket::SslInternalError:
        if (m_state == State::Connecting) {
            fail(ErrorKind::TlsHandshakeFailed,
                 tr("The TLS handshake with %1 failed: %2").arg(where, detail));
        } else {
            // TLS 1.3 ends the client's handshake before the server has checked
            // the client's certificate: its refusal arrives as an alert.
            fail(ErrorKind::TlsHandshakeFailed,
                 tr("%1 broke off the TLS session: %2").arg(where, detail));
        }
        return;
    case QAbstractSocket::SslInvalidUserDataError:
        fail(ErrorKind::ConfigurationError,
             tr("The TLS settings for %1 were refused: %2").arg(where, detail));
        return;
    default:
        fail(ErrorKind::NetworkError, tr("The connection to %1 failed: %2").arg(where, detail));
        return;
    }
}

void EppTransport::onReadyRead()
{
    if (m_state == State::Connected || m_state == State::Closing)
        readAvailable();
}

void EppTransport::readAvailable()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_receivedAny = true;
    const bool intact = m_reader.append(bytes);
    // Frames that were complete before a bad length are still good.
    const QPointer<EppTransport> self(this);
    const quint64 attempt = m_attempt;
    while (m_reader.hasFrame()) {
        const QByteArray xml = m_reader.takeFrame();
        if (m_awaited > 0)
            --m_awaited;
        if (m_keepFrames)
            m_kept.enqueue(xml);
        Q_EMIT frameReceived(xml);
        if (!self || attempt != m_attempt || m_state == State::Idle)
            return;
    }
    if (!intact) {
        fail(ErrorKind::ProtocolError,
             tr("%1 broke the EPP framing: %2").arg(endpoint(), m_reader.errorString()));
        return;
    }
    updateReadTimer(true);
}

void EppTransport::onSocketDisconnected()
{
    if (m_state == State::Idle)
        return;
    // Whatever arrived with the close is still to be read.
    readAvailable();
    if (m_state == State::Idle)
        return;
    if (m_state == State::Connecting) {
        fail(ErrorKind::TlsHandshakeFailed,
             tr("%1 closed the connection during the TLS handshake.").arg(endpoint()));
        return;
    }
    if (m_state == State::Connected) {
        // Under TLS 1.3 the client's handshake ends before the server has
        // judged the client's certificate; a refusal then looks like a close
        // before the greeting, which an EPP server otherwise always sends.
        if (!m_receivedAny && m_options.expectGreeting) {
            const QString why = m_options.certificateFile.isEmpty()
                                    ? tr("it may require a client certificate, and none was given")
                                    : tr("it may not accept the client certificate in %1")
                                          .arg(m_options.certificateFile);
            fail(ErrorKind::TlsHandshakeFailed,
                 tr("%1 closed the connection right after the TLS handshake, before its "
                    "greeting: %2.")
                     .arg(endpoint(), why));
            return;
        }
        if (m_reader.partialBytes() > 0) {
            const qint64 announced = m_reader.partialFrameSize();
            const QString progress =
                announced > 0 ? tr("%1 of its %2 bytes").arg(m_reader.partialBytes()).arg(announced)
                              : tr("%1 bytes of its length header").arg(m_reader.partialBytes());
            fail(ErrorKind::ClosedByPeer,
                 tr("%1 closed the connection in the middle of a frame (%2 had arrived); the "
                    "partial frame was lost.")
                     .arg(endpoint(), progress));
            return;
        }
        if (m_awaited > 0) {
            fail(ErrorKind::ClosedByPeer,
                 tr("%1 closed the connection before answering.").arg(endpoint()));
            return;
        }
    }
    m_state = State::Idle;
    m_connectTimer.stop();
    m_readTimer.stop();
    Q_EMIT disconnected();
}

void EppTransport::onConnectTimeout()
{
    if (m_state != State::Connecting)
        return;
    fail(
        ErrorKind::Timeout,
        tr("No TLS session with %1 within %2 ms.").arg(endpoint()).arg(m_options.connectTimeoutMs));
}

void EppTransport::onReadTimeout()
{
    if (m_state != State::Connected)
        return;
    fail(ErrorKind::Timeout, tr("%1 sent nothing for %2 ms while an answer was awaited.")
                                 .arg(endpoint())
                                 .arg(m_options.readTimeoutMs));
}

void EppTransport::updateReadTimer(bool progress)
{
    if (m_options.readTimeoutMs <= 0)
        return;
    if (m_awaited == 0 && m_reader.partialBytes() == 0) {
        m_readTimer.stop();
        return;
    }
    if (progress || !m_readTimer.isActive())
        m_readTimer.start(m_options.readTimeoutMs);
}

void EppTransport::fail(ErrorKind kind, const QString& reason)
{
    if (m_state == State::Idle)
        return;
    const bool wasConnected = m_state == State::Connected || m_state == State::Closing;
    ++m_attempt;
    m_state = State::Idle;
    m_connectTimer.stop();
    m_readTimer.stop();
    m_lastErrorKind = kind;
    m_lastError = reason;
    dropSocket();
    const QPointer<EppTransport> self(this);
    Q_EMIT failed(kind, reason);
    if (self && wasConnected && m_state == State::Idle)
        Q_EMIT disconnected();
}

void EppTransport::dropSocket()
{
    if (!m_socket)
        return;
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

QString EppTransport::endpoint() const
{
    const QHostAddress address(m_options.host);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? QLatin1Char('[') % m_options.host % QLatin1Char(']') : m_options.host) %
           QLatin1Char(':') % QString::number(m_options.port);
}

} // namespace rd
