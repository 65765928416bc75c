#pragma once

#include "Faults.h"
#include "TlsCertificates.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <memory>

namespace rd {
class EppTlsServer;
class EppServerSession;
} // namespace rd

namespace rd::sandbox {

class RegistryState;

// The registry sandbox on the network: EPP over TLS (RFC 5734) on loopback,
// one EppServerHandler per connection, every connection on the same registry
// and the same faults. Tests start it on an ephemeral port; the desk's demo
// starts it in-process.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(RegistryState& registry, QObject* parent = nullptr);
    ~SandboxServer() override;

    // The certificate to serve. Without one, start() makes a certificate
    // authority and a certificate for 127.0.0.1, ::1 and localhost.
    void setCredentials(const PemCredentials& server, const QByteArray& authorityPem = {});
    // Clients must present a certificate from this authority (PEM).
    bool requireClientCertificate(const QByteArray& authorityPem);

    // Port 0: a free port, see port().
    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
               QString* error = nullptr);
    void stop();
    quint16 port() const;
    // The authority clients must trust (PEM), e.g. to write a --ca file.
    QByteArray authorityPem() const { return m_authorityPem; }
    bool writeAuthorityFile(const QString& path, QString* error = nullptr) const;

    Faults& faults() { return m_faults; }
    EppTlsServer& tls() { return *m_tls; }
    int connectionCount() const;
    // How many commands of this name ("domain:renew", "login", ...) arrived.
    int commandCount(const QString& name) const { return m_commands.value(name); }

Q_SIGNALS:
    // One line per event, for the sandbox's own console.
    void event(const QString& line);

private:
    void serve(EppServerSession* session);

    RegistryState& m_registry;
    std::unique_ptr<EppTlsServer> m_tls;
    Faults m_faults;
    PemCredentials m_server;
    QByteArray m_authorityPem;
    QHash<QString, int> m_commands;
};

} // namespace rd::sandbox
