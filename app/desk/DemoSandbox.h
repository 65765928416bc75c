#pragma once

#include "EppSession.h"
#include "RegistryState.h"
#include "SandboxPortfolio.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimer>

namespace rd {

class PortfolioService;

// `registrar-desk --demo`: the registry sandbox in this process on loopback,
// with a generated portfolio, and a throwaway database (removed at exit) that
// learns the portfolio the way a registrar's desk would: the names first, then
// a sync from the registry. The desk then records what only it knows
// (verifications the registry opened, owner changes at each stage, programmes)
// and sends a few changes, one refused and one whose answer is lost. Registry
// and desk share one clock.
class DemoSandbox
{
    Q_DECLARE_TR_FUNCTIONS(DemoSandbox)

public:
    static constexpr int DomainCount = 400;

    explicit DemoSandbox(const Clock& clock);
    ~DemoSandbox();

    // Starts the registry on an ephemeral loopback port.
    bool start(QString* error);
    QString databasePath() const;
    // How the desk logs in to the sandbox.
    SessionOptions session() const;
    // Fills the (empty) portfolio: names, sync, local records, drafts.
    // Returns the number of domains, or -1 with the reason.
    int build(PortfolioService& service, QString* error);

private:
    bool recordDeskWork(PortfolioService& service, QString* error);
    bool sendDrafts(PortfolioService& service, QString* error);

    const Clock& m_clock;
    QTemporaryDir m_dir;
    sandbox::RegistryState m_registry;
    sandbox::SandboxServer m_server;
    sandbox::SandboxPortfolio::Data m_data;
    QString m_caFile;
    QTimer m_ticker;
};

} // namespace rd
