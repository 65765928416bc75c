#include "DemoSandbox.h"

#include "BlockingSession.h"
#include "ChangeSender.h"
#include "RefreshEngine.h"
#include "service/PortfolioService.h"

#include <QDir>

namespace rd {

namespace {

constexpr quint64 Seed = 2026;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

} // namespace

DemoSandbox::DemoSandbox(const Clock& clock)
    : m_clock(clock)
    , m_registry(clock, Seed)
    , m_server(m_registry)
{}

DemoSandbox::~DemoSandbox()
{
    m_server.stop();
}

bool DemoSandbox::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    const QDateTime now = m_clock.now();
    m_data = sandbox::SandboxPortfolio::generate(DomainCount, Seed, now, m_registry.registrarIds());
    // Deletions in the coming days whatever the generator spread: a few of
    // ours with auto-renew off and expiry 30 days and some hours away (the
    // registry deletes at expiry - 30 days).
    const qint64 deletionIn[] = {20 * Hour, 2 * Day + 3 * Hour, 4 * Day + 6 * Hour, 9 * Day};
    int moved = 0;
    for (sandbox::RegistryDomain& d : m_data.domains) {
        if (moved == int(std::size(deletionIn)))
            break;
        if (d.clID == sandbox::RegistryState::defaultRegistrar() && d.autoRenew &&
            d.exDate > now.addDays(200)) {
            d.exDate = now.addSecs(30 * Day + deletionIn[moved++]);
            d.autoRenew = false;
        }
    }
    sandbox::SandboxPortfolio::load(m_registry, m_data);
    // The registry's own life: lapsed owner changes, deletions 30 days
    // before expiry, automatic renewals.
    m_registry.tick();
    QObject::connect(&m_ticker, &QTimer::timeout, [this] { m_registry.tick(); });
    m_ticker.start(60 * 1000);

    if (!m_server.start(QHostAddress::LocalHost, 0, error))
        return false;
    m_caFile = m_dir.filePath(QStringLiteral("sandbox-ca.pem"));
    return m_server.writeAuthorityFile(m_caFile, error);
}

QString DemoSandbox::databasePath() const
{
    return m_dir.filePath(QStringLiteral("demo.sqlite"));
}

SessionOptions DemoSandbox::session() const
{
    SessionOptions options;
    options.tls.host = QStringLiteral("127.0.0.1");
    options.tls.port = m_server.port();
    options.tls.caFile = m_caFile;
    options.clientId = sandbox::RegistryState::defaultRegistrar();
    options.password = sandbox::RegistryState::defaultPassword().toUtf8();
    options.backoffMs = 50;
    return options;
}

int DemoSandbox::build(PortfolioService& service, QString* error)
{
    const QDateTime now = m_clock.now();
    const QString ours = sandbox::RegistryState::defaultRegistrar();
    // What a registrar's desk starts from: the names it sponsors, as from an
    // import, with a promotional programme where the registry's record has a
    // voucher (the programme is the desk's own field: sync never sets it).
    QList<Domain> domains;
    int promos = 0;
    for (const sandbox::RegistryDomain& d : std::as_const(m_data.domains)) {
        if (d.clID != ours)
            continue;
        Domain domain;
        domain.aLabel = d.name;
        domain.expiresAt = d.exDate;
        domain.createdAt = d.crDate;
        if (d.crDate.isValid() && d.crDate.daysTo(now) < 330 && promos < 3) {
            static const Programme programmes[] = {Programme::TresEmUm, Programme::Sitestar,
                                                   Programme::TresEmUmComercio};
            domain.programme = programmes[promos++];
        }
        domains.append(domain);
    }
    if (!service.addDomains(domains, error))
        return -1;

    RefreshEngine refresh(service, m_clock, session());
    const RefreshSummary summary = refresh.run(RefreshOptions{});
    if (!summary.error.isEmpty()) {
        *error = summary.error;
        return -1;
    }
    if (!recordDeskWork(service, error) || !sendDrafts(service, error))
        return -1;
    return service.domains().count();
}

bool DemoSandbox::recordDeskWork(PortfolioService& service, QString* error)
{
    // Domains with auto-renew on and an expiry far off, so their own
    // deadlines do not crowd the actions'; in name order, for the same demo
    // every time.
    const QDateTime now = m_clock.now();
    QStringList calm;
    QStringList holders;
    for (const DomainFacts& facts : service.domains().allFacts()) {
        if (facts.autoRenew && facts.expiresAt > now.addDays(90))
            calm << facts.aLabel;
    }
    for (const Contact& contact : service.contacts().all())
        holders << contact.handle;
    if (calm.size() < 11 || holders.size() < 2)
        return true; // a portfolio too small for actions: the deadlines still show
    const QString newHolder = holders.constLast();
    const auto ago = [&](qint64 seconds) { return now.addSecs(-seconds); };
    int next = 0;
    const auto open = [&](ActionKind kind, qint64 secondsAgo) {
        return service.openAction(calm.at(next++), kind, ago(secondsAgo), error,
                                  kind == ActionKind::OwnerChange ? newHolder : QString());
    };
    // Registrant verifications opened by the registry: 48 h to answer (the
    // first one is past it).
    for (const qint64 opened : {50 * Hour, 40 * Hour, 20 * Hour, 3 * Hour}) {
        if (!open(ActionKind::Verification, opened))
            return false;
    }
    // Owner changes waiting on the current holder (8 days to approve).
    for (const qint64 opened : {8 * Day + 5 * Hour, 7 * Day + 6 * Hour, 2 * Day}) {
        if (!open(ActionKind::OwnerChange, opened))
            return false;
    }
    // Waiting on the new holder: approved by the holder, then 8 days.
    for (const qint64 approved : {6 * Day + 20 * Hour, 1 * Day}) {
        const std::optional<qint64> id = open(ActionKind::OwnerChange, approved + 2 * Day);
        if (!id || !service.advanceAction(*id, ago(approved), error))
            return false;
    }
    // The new holder approved: their verification, 48 h.
    const std::optional<qint64> verifying = open(ActionKind::OwnerChange, 5 * Day);
    return verifying && service.advanceAction(*verifying, ago(3 * Day), error) &&
           service.advanceAction(*verifying, ago(30 * Hour), error);
}

bool DemoSandbox::sendDrafts(PortfolioService& service, QString* error)
{
    // Two changes to real domains: the registry refuses one (2400), and the
    // answer to the other is lost on the way back (the connection is cut), so
    // the desk cannot know whether it was done.
    QStringList names;
    for (const DomainFacts& facts : service.domains().allFacts()) {
        if (facts.autoRenew && facts.expiresAt > m_clock.now().addDays(200))
            names << facts.aLabel;
    }
    if (names.size() < 2)
        return true;
    const std::optional<qint64> refused = service.draftChange(
        names.constLast(), Draft::Kind::AutoRenew, QStringLiteral("off"), error);
    const std::optional<qint64> lost = service.draftChange(
        names.at(names.size() - 2), Draft::Kind::Renew, QStringLiteral("1"), error);
    if (!refused || !lost)
        return false;

    BlockingSession session(this->session());
    if (!session.open(error))
        return false;
    ChangeSender sender(service, m_clock, session, sandbox::RegistryState::defaultRegistrar());
    m_server.faults().failNext(QStringLiteral("domain:update"));
    sender.send(*refused);
    // Not done and not answered: the renewal stays unknown until checked.
    m_server.faults().failNext(QStringLiteral("domain:renew"));
    m_server.faults().cutNext(20, QStringLiteral("domain:renew"));
    sender.send(*lost);
    m_server.faults().clear();
    session.close();
    return true;
}

} // namespace rd
