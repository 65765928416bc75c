// EPP session benchmark: commands per second over one TLS session on
// loopback, against the registry sandbox running in this process (so the
// figure includes the sandbox's own work: parsing, policy, the response).
// Usage: bench_eppsession [COMMANDS]   (default 5000)
#include "BlockingSession.h"
#include "RegistryState.h"
#include "SandboxPortfolio.h"
#include "SandboxServer.h"
#include "epp/EppCommands.h"
#include "rules/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int commands = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;

    SystemClock clock;
    sandbox::RegistryState registry(clock);
    const sandbox::SandboxPortfolio::Data data = sandbox::SandboxPortfolio::generate(
        1000, 7, clock.now(), {sandbox::RegistryState::defaultRegistrar()});
    sandbox::SandboxPortfolio::load(registry, data);
    // A signed domain with name servers: the fullest answer info gives.
    QString full = data.domains.constFirst().name;
    for (const sandbox::RegistryDomain& d : data.domains) {
        if (!d.dsRecords.isEmpty() && !d.nameServers.isEmpty()) {
            full = d.name;
            break;
        }
    }
    sandbox::SandboxServer server(registry);
    QTemporaryDir dir;
    QString error;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    if (!server.start(QHostAddress::LocalHost, 0, &error) || !server.writeAuthorityFile(ca)) {
        out << "cannot start the sandbox: " << error << Qt::endl;
        return 1;
    }

    SessionOptions options;
    options.tls.host = QStringLiteral("127.0.0.1");
    options.tls.port = server.port();
    options.tls.caFile = ca;
    options.clientId = sandbox::RegistryState::defaultRegistrar();
    options.password = sandbox::RegistryState::defaultPassword().toUtf8();
    BlockingSession session(options);
    QElapsedTimer timer;
    timer.start();
    if (!session.open(&error)) {
        out << "cannot log in: " << error << Qt::endl;
        return 1;
    }
    const qint64 loginMs = timer.elapsed();

    const auto measure = [&](const char* what, const EppSession::Builder& build) {
        timer.restart();
        int answered = 0;
        for (int i = 0; i < commands; ++i)
            answered += session.run(build).isAnswered() ? 1 : 0;
        const double secs = timer.nsecsElapsed() / 1e9;
        out << QStringLiteral("%1: %2 commands in %3 s = %4 per second, %5 ms each (%6 answered)")
                   .arg(QLatin1String(what))
                   .arg(commands)
                   .arg(secs, 0, 'f', 2)
                   .arg(commands / secs, 0, 'f', 0)
                   .arg(secs * 1000 / commands, 0, 'f', 3)
                   .arg(answered)
            << Qt::endl;
    };
    out << "connect, TLS and login: " << loginMs << " ms" << Qt::endl;
    measure("domain:check (5 names)", [](const QString& id) {
        return epp::domainCheckCommand({QStringLiteral("a.pt"), QStringLiteral("b.pt"),
                                        QStringLiteral("c.pt"), QStringLiteral("d.pt"),
                                        QStringLiteral("e.pt")},
                                       id);
    });
    measure("domain:info (signed, with name servers)", [&](const QString& id) {
        return epp::domainInfoCommand({full, {}}, id);
    });
    session.close();
    return 0;
}
