#pragma once

#include "EppFraming.h"
#include "EppServerSession.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <memory>

namespace rd {

// An EPP server over TLS for tests and the registry sandbox: it listens on
// loopback, does the handshake with the given certificate, optionally demands
// a client certificate from a given authority, and hands every established
// session to whoever listens to sessionStarted(). The protocol is theirs.
class EppTlsServer : public QObject
{
    Q_OBJECT

public:
    explicit EppTlsServer(QObject* parent = nullptr);
    ~EppTlsServer() override;

    // The server's certificate (PEM, optionally followed by its chain) and
    // key. False when either cannot be read.
    bool setCredentials(const QByteArray& certificatePem, const QByteArray& privateKeyPem,
                        const QByteArray& passphrase = {});
    // Clients must then present a certificate issued by one of these
    // authorities (PEM). False when none can be read.
    bool requireClientCertificate(const QByteArray& authoritiesPem);
    // Which TLS versions to offer; TLS 1.2 or newer unless told otherwise.
    void setProtocol(QSsl::SslProtocol protocol) { m_protocol = protocol; }
    // Accept connections but never start TLS nor answer: a server that hangs.
    void setSilent(bool silent) { m_silent = silent; }
    // Faults every new session starts with; a session may change its own.
    void setFaults(const ServerFaults& faults) { m_faults = faults; }
    void setMaxFrameSize(qint64 bytes) { m_maxFrameSize = bytes; }

    // Port 0: any free port; see port().
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;

    QList<EppServerSession*> sessions() const;
    // Connections accepted so far, handshakes failed or silent ones included.
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void sessionStarted(rd::EppServerSession* session);
    // A client connected but no TLS session came of it.
    void handshakeFailed(const QString& reason);

private:
    class Listener;
    void accept(qintptr descriptor);

    std::unique_ptr<Listener> m_listener;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QList<QSslCertificate> m_clientAuthorities;
    QSsl::SslProtocol m_protocol = QSsl::TlsV1_2OrLater;
    ServerFaults m_faults;
    qint64 m_maxFrameSize = DefaultMaxFrameSize;
    bool m_silent = false;
    int m_connections = 0;
};

} // namespace rd
