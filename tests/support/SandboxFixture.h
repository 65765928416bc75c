#pragma once

#include "EppSession.h"
#include "RegistryState.h"
#include "SandboxServer.h"
#include "rules/Clock.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace rd::test {

// The registry sandbox on an ephemeral loopback port, its CA in a file, with
// one holder (MARI-100002-ADNS) and one domain of ours: café.pt
// (xn--caf-dma.pt, roid 2134454, auth code Cafe-Auth-7x, auto-renew on,
// expiring 200 days after 2026-11-23T10:00:00Z, the registry's clock).
struct SandboxFixture
{
    SandboxFixture();

    // Logs in as the sandbox's first registrar, trusting the sandbox's CA.
    SessionOptions
    options(const QString& password = sandbox::RegistryState::defaultPassword()) const;
    QString filePath(const QString& name) const { return dir.filePath(name); }

    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    sandbox::RegistryState registry{clock};
    sandbox::SandboxServer server{registry};
    QTemporaryDir dir;
    QString caFile;
};

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs registrar-desk-cli and keeps the event loop turning meanwhile, so a
// sandbox in this process answers it. environment: this process's when empty.
CliRun runCli(const QString& program, const QStringList& arguments,
              const QProcessEnvironment& environment = {});

} // namespace rd::test
