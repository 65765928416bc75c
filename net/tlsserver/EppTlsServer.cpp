#include "EppTlsServer.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>
#include <memory>

namespace rd {

// QTcpServer hands over the bare descriptor, so that the handshake (or, for a
// silent server, its absence) stays under our control.
class EppTlsServer::Listener : public QTcpServer
{
public:
    explicit Listener(EppTlsServer* owner)
        : m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->accept(descriptor); }

private:
    EppTlsServer* m_owner;
};

EppTlsServer::EppTlsServer(QObject* parent)
    : QObject(parent)
    , m_listener(std::make_unique<Listener>(this))
{}

EppTlsServer::~EppTlsServer()
{
    m_listener->close();
}

bool EppTlsServer::setCredentials(const QByteArray& certificatePem, const QByteArray& privateKeyPem,
                                  const QByteArray& passphrase)
{
    m_chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    m_key = QSslKey();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        m_key = QSslKey(privateKeyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!m_key.isNull())
            break;
    }
    return !m_chain.isEmpty() && !m_key.isNull();
}

bool EppTlsServer::requireClientCertificate(const QByteArray& authoritiesPem)
{
    m_clientAuthorities = QSslCertificate::fromData(authoritiesPem, QSsl::Pem);
    return !m_clientAuthorities.isEmpty();
}

bool EppTlsServer::listen(const QHostAddress& address, quint16 port)
{
    return m_listener->listen(address, port);
}

void EppTlsServer::close()
{
    m_listener->close();
}

quint16 EppTlsServer::port() const
{
    return m_listener->serverPort();
}

QHostAddress EppTlsServer::address() const
{
    return m_listener->serverAddress();
}

QString EppTlsServer::errorString() const
{
    return m_listener->errorString();
}

QList<EppServerSession*> EppTlsServer::sessions() const
{
    return findChildren<EppServerSession*>(QString(), Qt::FindDirectChildrenOnly);
}

void EppTlsServer::accept(qintptr descriptor)
{
    ++m_connections;
    if (m_silent) {
        // Kept open and never read: the client waits for a handshake that never comes.
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor))
            delete socket;
        return;
    }

    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(m_protocol);
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    if (m_clientAuthorities.isEmpty()) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        configuration.setCaCertificates(m_clientAuthorities);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    socket->setSslConfiguration(configuration);

    auto errors = std::make_shared<QStringList>();
    connect(socket, qOverload<const QList<QSslError>&>(&QSslSocket::sslErrors), this,
            [errors](const QList<QSslError>& list) {
                for (const QSslError& error : list)
                    errors->append(error.errorString());
            });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket, errors] {
        QObject::disconnect(socket, nullptr, this, nullptr);
        const QString reason =
            errors->isEmpty() ? socket->errorString() : errors->join(QStringLiteral("; "));
        socket->abort();
        socket->deleteLater();
        Q_EMIT handshakeFailed(reason);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        QObject::disconnect(socket, nullptr, this, nullptr);
        auto* session = new EppServerSession(socket, m_maxFrameSize, m_faults, this);
        connect(session, &EppServerSession::closed, session, &QObject::deleteLater);
        Q_EMIT sessionStarted(session);
    });
    socket->startServerEncryption();
}

} // namespace rd
