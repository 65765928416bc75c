#include "SandboxServer.h"

#include "EppServerHandler.h"
#include "EppServerSession.h"
#include "EppTlsServer.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

namespace rd::sandbox {

SandboxServer::SandboxServer(RegistryState& registry, QObject* parent)
    : QObject(parent)
    , m_registry(registry)
    , m_tls(std::make_unique<EppTlsServer>())
{
    connect(m_tls.get(), &EppTlsServer::sessionStarted, this, &SandboxServer::serve);
    connect(m_tls.get(), &EppTlsServer::handshakeFailed, this, [this](const QString& reason) {
        Q_EMIT event(QStringLiteral("TLS handshake failed: ") + reason);
    });
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setCredentials(const PemCredentials& server, const QByteArray& authorityPem)
{
    m_server = server;
    m_authorityPem = authorityPem;
}

bool SandboxServer::requireClientCertificate(const QByteArray& authorityPem)
{
    return m_tls->requireClientCertificate(authorityPem);
}

bool SandboxServer::start(const QHostAddress& address, quint16 port, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_server.isNull()) {
        // A throwaway authority per run: nothing to install, nothing to leak.
        const PemCredentials authority =
            generateSelfSignedCa(QStringLiteral("Registrar Desk sandbox CA"));
        m_server = issueCertificate(
            authority, QStringLiteral("localhost"),
            {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("localhost")});
        m_authorityPem = authority.certificate;
        if (m_server.isNull())
            return fail(tr("Cannot make a certificate for the sandbox."));
    }
    if (!m_tls->setCredentials(m_server.certificate, m_server.privateKey))
        return fail(tr("Cannot use the sandbox certificate."));
    if (!m_tls->listen(address, port))
        return fail(tr("Cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(m_tls->errorString()));
    Q_EMIT event(QStringLiteral("listening on %1:%2").arg(address.toString()).arg(this->port()));
    return true;
}

void SandboxServer::stop()
{
    m_tls->close();
}

quint16 SandboxServer::port() const
{
    return m_tls->port();
}

int SandboxServer::connectionCount() const
{
    return m_tls->connectionCount();
}

bool SandboxServer::writeAuthorityFile(const QString& path, QString* error) const
{
    if (m_authorityPem.isEmpty()) {
        if (error)
            *error = tr("No certificate authority is known for the certificate served; give "
                        "clients its authority yourself.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(m_authorityPem) != m_authorityPem.size()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SandboxServer::serve(EppServerSession* session)
{
    // The handler lives as long as the connection.
    auto handler = std::make_shared<EppServerHandler>(m_registry, &m_faults);
    const QPointer<EppServerSession> guard(session);
    const auto deliver = [guard](const Reply& reply) {
        if (!guard)
            return;
        if (reply.cutAfterBytes >= 0) {
            // Close mid-answer, after this many bytes of the frame (its
            // 4-byte length header counts): 2 cuts the header itself.
            ServerFaults cut = guard->faults();
            cut.closeAfterBytes = guard->bytesWritten() + reply.cutAfterBytes;
            guard->setFaults(cut);
        }
        guard->send(reply.xml);
        if (reply.closeAfter)
            guard->close();
    };
    const auto answer = [guard, deliver](const Reply& reply) {
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, guard.data(), [deliver, reply] { deliver(reply); });
        else
            deliver(reply);
    };
    connect(session, &EppServerSession::frameReceived, this,
            [this, handler, answer](const QByteArray& xml) {
                const Reply reply = handler->handle(xml);
                ++m_commands[handler->lastCommand()];
                answer(reply);
            });
    answer(handler->greeting());
}

} // namespace rd::sandbox
