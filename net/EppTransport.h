#pragma once

#include "EppFraming.h"
#include "TlsOptions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslError>
#include <QTimer>
#include <optional>

class QSslSocket;

namespace rd {

// One EPP connection over TLS: TLS 1.2 or newer, the server's certificate
// always verified, an optional client certificate. It moves whole XML
// documents and knows nothing of their content.
//
// Signals, per connection attempt: connected() once TLS is up; then
// frameReceived() for each frame; failed() at most once, followed by
// disconnected() if connected() had been emitted. A close by the server while
// nothing is awaited (after a logout, say) is no failure: only disconnected().
class EppTransport : public QObject
{
    Q_OBJECT

public:
    enum class ErrorKind
    {
        ConnectionRefused,
        HostNotFound,
        Timeout,
        TlsVerificationFailed, // the server's certificate was not accepted
        TlsHandshakeFailed,    // no TLS session could be agreed, or the server broke it off
                               // or closed it before its first byte
        ClosedByPeer,          // the server closed while an answer or a frame was pending
        ProtocolError,         // a frame length that cannot be right
        ConfigurationError,    // unreadable CA, certificate or key file, wrong passphrase
        NetworkError           // anything else the network reports
    };
    Q_ENUM(ErrorKind)

    explicit EppTransport(QObject* parent = nullptr);
    ~EppTransport() override;

    // Starts connecting; a connection already open is dropped without signals.
    // Bad options (an unreadable file, a wrong passphrase) fail with
    // ConfigurationError from the event loop, like any other failure.
    void connectToServer(const TlsOptions& options);
    // Frames and writes one XML document; false when not connected.
    bool send(const QByteArray& xml);
    // Closes politely (TLS close_notify); disconnected() follows.
    void disconnectFromServer();
    // Drops the connection at once, without any signal.
    void abort();

    bool isConnected() const { return m_state == State::Connected; }
    TlsOptions options() const { return m_options; }
    // The verification errors behind the last TlsVerificationFailed.
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QSslCertificate peerCertificate() const;
    QSsl::SslProtocol sessionProtocol() const;

    // The last failure of this transport, if any.
    std::optional<ErrorKind> lastErrorKind() const { return m_lastErrorKind; }
    QString lastError() const { return m_lastError; }

    // Synchronous use, for the command line: these run a local event loop.
    // Once either has been called, frames are also kept for waitForFrame()
    // (and still emitted as signals).
    bool waitForConnected();
    // The next frame; std::nullopt after a failure or when no frame comes
    // within the read timeout (which fails the connection with Timeout).
    std::optional<QByteArray> waitForFrame();

Q_SIGNALS:
    void connected();
    void frameReceived(const QByteArray& xml);
    void failed(rd::EppTransport::ErrorKind kind, const QString& reason);
    void disconnected();

private:
    enum class State
    {
        Idle,
        Connecting, // TCP connection and TLS handshake
        Connected,
        Closing // disconnectFromServer() was called
    };

    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError();
    void onReadyRead();
    void onSocketDisconnected();
    void onConnectTimeout();
    void onReadTimeout();

    bool configure(QSslSocket& socket, QString* reason) const;
    void readAvailable();
    void updateReadTimer(bool progress);
    void fail(ErrorKind kind, const QString& reason);
    void dropSocket();
    QString endpoint() const;

    TlsOptions m_options;
    QPointer<QSslSocket> m_socket;
    FrameReader m_reader;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QList<QSslError> m_sslErrors;
    int m_awaited = 0; // answers (the greeting included) not received yet
    State m_state = State::Idle;
    bool m_receivedAny = false; // a byte has come since the handshake
    quint64 m_attempt = 0;      // tells a queued failure whether its attempt is still current
    std::optional<ErrorKind> m_lastErrorKind;
    QString m_lastError;
    bool m_keepFrames = false;
    QQueue<QByteArray> m_kept;
};

} // namespace rd
