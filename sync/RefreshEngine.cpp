#include "RefreshEngine.h"

#include "epp/EppCommands.h"
#include "service/PortfolioService.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <limits>

namespace rd {

struct RefreshEngine::Worker
{
    std::unique_ptr<EppSession> session;
    bool busy = false;

    bool usable() const { return session->state() != EppSession::State::Failed; }
};

namespace {

// The first .pt name in a message's text (registries write them there when
// the message carries no resData), as an A-label; empty when there is none.
QString domainNamedIn(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("(?:[\\p{L}\\p{N}-]+\\.)+pt\\b"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = name.match(text);
    return match.hasMatch() ? epp::toALabel(match.captured(0)) : QString();
}

QString describe(const epp::EppResponse& response)

{
    return response.results.constFirst().describe();
}

} // namespace

RefreshEngine::RefreshEngine(PortfolioService& service, const Clock& clock, SessionOptions session,
                             QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_session(std::move(session))
{}

RefreshEngine::~RefreshEngine() = default;

QDateTime RefreshEngine::now() const
{
    // Never before the run started: "synced since the run started" is how a
    // resumed run knows what is left.
    const QDateTime clock = m_clock.now();
    return m_run.startedAt.isValid() && clock < m_run.startedAt ? m_run.startedAt : clock;
}

RefreshSummary RefreshEngine::run(const RefreshOptions& options)
{
    m_options = options;
    m_summary = {};
    m_cancelled = false;
    m_done = 0;
    m_busy = 0;
    m_contacts.clear();
    m_contactsQueued = false;
    SyncRepository& sync = m_service.sync();

    // A whole-portfolio refresh continues an unfinished one.
    const std::optional<SyncRun> unfinished =
        options.only.isEmpty() && !options.dryRun && !options.changedOnly ? sync.unfinishedRun()
                                                                          : std::nullopt;
    if (options.dryRun) {
        // Nothing recorded: every domain asked, as of now.
        m_run = {};
        m_run.startedAt =
            QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::max(), Qt::UTC);
    } else if (unfinished) {
        m_run = *unfinished;
        m_summary.resumed = true;
    } else {
        m_run = {};
        QDateTime start = m_clock.now();
        const std::optional<SyncRun> last = sync.lastRun();
        if (last && last->startedAt >= start)
            start = last->startedAt.addSecs(1); // one run per second of the clock
        m_run.startedAt = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), Qt::UTC);
        m_run.scope = !options.only.isEmpty() ? options.only.join(QLatin1Char(' '))
                      : options.changedOnly   ? QStringLiteral("changed")
                                              : QStringLiteral("full");
        if (!sync.startRun(m_run, &m_summary.error))
            return m_summary;
    }
    m_options.contacts = options.contacts && !options.dryRun && !options.changedOnly;
    const SyncRun base = m_run;
    m_polled.clear();
    m_summary.pollAvailable = true;
    m_poll = options.poll && !options.dryRun && options.only.isEmpty() ? Poll::Pending : Poll::Done;
    planDomains();

    QEventLoop loop;
    bool finished = false;
    m_finished = [&] {
        if (!finished) {
            finished = true;
            loop.quit();
        }
    };
    m_pace.start();
    m_nextSlotMs = 0;
    m_workers.clear();
    const int sessions = std::max(1, std::min(options.sessions, std::max(1, m_total)));
    for (int i = 0; i < sessions; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->session = std::make_unique<EppSession>(m_session);
        worker->session->setLog(m_log);
        Worker* w = worker.get();
        connect(w->session.get(), &EppSession::ready, this, [this, w] { pump(*w); });
        connect(w->session.get(), &EppSession::failed, this, [this](const QString& reason) {
            const bool anyLeft = std::any_of(m_workers.cbegin(), m_workers.cend(),
                                             [](const auto& other) { return other->usable(); });
            if (!anyLeft) {
                m_summary.error = reason;
                m_finished();
            }
        });
        m_workers.push_back(std::move(worker));
    }
    for (const auto& worker : m_workers)
        worker->session->open();
    if (!finished)
        loop.exec();

    // Logged out politely, however it ended.
    for (const auto& worker : m_workers) {
        if (worker->session->state() == EppSession::State::Ready) {
            QEventLoop closing;
            connect(worker->session.get(), &EppSession::closed, &closing, &QEventLoop::quit);
            connect(worker->session.get(), &EppSession::failed, &closing, &QEventLoop::quit);
            worker->session->close();
            if (worker->session->state() != EppSession::State::Disconnected)
                closing.exec();
        }
    }
    m_workers.clear();

    m_run.checked = base.checked + m_summary.checked;
    m_run.changed = base.changed + m_summary.changed;
    m_run.flagged = base.flagged + m_summary.flagged;
    m_run.failed = base.failed + m_summary.failed;
    m_summary.completed = !m_cancelled && m_summary.error.isEmpty() && m_summary.failed == 0 &&
                          m_domains.isEmpty() && m_contacts.isEmpty();
    if (m_summary.completed)
        m_run.finishedAt = now();
    QString error;
    if (!options.dryRun && !sync.saveRun(m_run, &error) && m_summary.error.isEmpty())
        m_summary.error = error;
    return m_summary;
}

void RefreshEngine::planDomains()
{
    SyncRepository& sync = m_service.sync();
    QStringList todo = sync.domainsToSync(m_run.startedAt, m_options.only);
    if (m_options.changedOnly && m_summary.pollAvailable) {
        // What the poll queue named, and what was never compared at all.
        const QStringList never = sync.domainsToSync(
            QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::min(), Qt::UTC));
        QStringList changed = m_polled;
        for (const QString& name : never) {
            if (!changed.contains(name))
                changed.append(name);
        }
        todo.erase(std::remove_if(todo.begin(), todo.end(),
                                  [&](const QString& name) { return !changed.contains(name); }),
                   todo.end());
    }
    // What the registry said changed goes first.
    std::stable_partition(todo.begin(), todo.end(),
                          [&](const QString& name) { return m_polled.contains(name); });
    m_domains.clear();
    for (const QString& name : std::as_const(todo))
        m_domains.enqueue(name);
    m_total = int(m_domains.size());
    Q_EMIT progress(0, m_total);
}

void RefreshEngine::pollDone(Worker& worker, bool available)
{
    worker.busy = false;
    m_poll = Poll::Done;
    m_summary.pollAvailable = available;
    planDomains();
    pumpAll();
}

void RefreshEngine::pollNext(Worker& worker)
{
    Worker* w = &worker;
    execute(
        worker, [](const QString& id) { return epp::pollRequestCommand(id); },
        [this, w](const CommandResult& result) {
            // No poll at the registry (or not now): refreshes alone will do.
            if (!result.isAnswered() || result.response->code() >= 2000) {
                pollDone(*w, false);
                return;
            }
            const epp::EppResponse& response = *result.response;
            if (response.code() == 1300 || !response.messageQueue) {
                pollDone(*w, true);
                return;
            }
            const epp::MessageQueue message = *response.messageQueue;
            QString name;
            if (response.domainTransfer)
                name = response.domainTransfer->name;
            else if (response.domainPendingAction)
                name = response.domainPendingAction->name;
            else
                name = domainNamedIn(message.message);
            QString error;
            // Kept before it is acknowledged: a crash in between repeats a
            // history line, never loses the message.
            if (!name.isEmpty() &&
                !m_service.recordRegistryMessage(name, message.id, message.message,
                                                 message.queuedAt, &error) &&
                !error.isEmpty()) {
                fail(message.id, error);
                pollDone(*w, true);
                return;
            }
            if (!name.isEmpty() && !m_polled.contains(name))
                m_polled.append(name);
            ++m_summary.messages;
            execute(
                *w,
                [id = message.id](const QString& clTRID) {
                    return epp::pollAckCommand(id, clTRID);
                },
                [this, w](const CommandResult&) { pollNext(*w); });
        });
}

void RefreshEngine::pump(Worker& worker)
{
    if (worker.busy || !worker.usable() || worker.session->state() != EppSession::State::Ready)
        return;
    if (m_poll == Poll::Running)
        return;
    if (m_poll == Poll::Pending) {
        m_poll = Poll::Running;
        worker.busy = true;
        pollNext(worker);
        return;
    }

    if (!m_cancelled && !m_domains.isEmpty()) {
        refreshDomain(worker, m_domains.dequeue());
        return;
    }
    // Contacts once every domain is done: domains may have brought new ones.
    if (!m_cancelled && m_busy == 0 && m_domains.isEmpty() && m_options.contacts &&
        m_options.only.isEmpty() && !m_contactsQueued) {
        m_contactsQueued = true;
        const QStringList handles = m_service.sync().contactsToSync(m_run.startedAt);
        for (const QString& handle : handles)
            m_contacts.enqueue(handle);
        m_total += int(m_contacts.size());
    }
    if (!m_cancelled && !m_contacts.isEmpty()) {
        refreshContact(worker, m_contacts.dequeue());
        return;
    }
    const bool moreToCome =
        !m_cancelled && m_options.contacts && m_options.only.isEmpty() && !m_contactsQueued;
    if (m_busy == 0 && !moreToCome)
        m_finished();
}

void RefreshEngine::execute(Worker& worker, EppSession::Builder build, EppSession::Done done)
{
    // Pacing across sessions: one command every 1/rate seconds at most.
    if (m_options.commandsPerSecond > 0) {
        const qint64 interval = qint64(1000.0 / m_options.commandsPerSecond);
        const qint64 slot = std::max(m_pace.elapsed(), m_nextSlotMs);
        m_nextSlotMs = slot + interval;
        const qint64 wait = slot - m_pace.elapsed();
        if (wait > 0) {
            EppSession* session = worker.session.get();
            QTimer::singleShot(
                wait, session,
                [session, build = std::move(build), done = std::move(done)]() mutable {
                    session->execute(std::move(build), std::move(done));
                });
            return;
        }
    }
    worker.session->execute(std::move(build), std::move(done));
}

void RefreshEngine::fail(const QString& name, const QString& reason)
{
    ++m_summary.failed;
    m_summary.failures.append(name + QStringLiteral(": ") + reason);
}

void RefreshEngine::refreshDomain(Worker& worker, const QString& aLabel)
{
    worker.busy = true;
    ++m_busy;
    Worker* w = &worker;
    execute(
        worker,
        [aLabel](const QString& id) {
            return epp::domainInfoCommand({aLabel, {}}, id);
        },
        [this, w, aLabel](const CommandResult& result) {
            const QString shown = epp::toULabel(aLabel);
            if (!result.isAnswered()) {
                fail(shown, result.error); // info is safe to ask again: the next run does
                finishItem(*w);
                return;
            }
            const epp::EppResponse& response = *result.response;
            QString error;
            const int code = response.code();
            if (m_options.dryRun) {
                preview(shown, response);
                finishItem(*w);
                return;
            }
            if (code == 2303 || code == 2201) {
                const RegistryStanding state =
                    code == 2303 ? RegistryStanding::Gone : RegistryStanding::Elsewhere;
                if (m_service.applyDomainMissing(aLabel, state, describe(response), now(),
                                                 &error)) {
                    ++m_summary.checked;
                    ++m_summary.flagged;
                } else {
                    fail(shown, error);
                }
                finishItem(*w);
                return;
            }
            if (!response.isSuccess() || !response.domainInfo) {
                fail(shown, describe(response));
                finishItem(*w);
                return;
            }
            const epp::DomainInfoData info = *response.domainInfo;
            // Holders and tech contacts the portfolio does not know come first.
            const QStringList missing = m_service.unknownContacts(info);
            const bool ours = info.clientId.isEmpty() || info.clientId == m_session.clientId;
            fetchContacts(*w, ours ? missing : QStringList(), [this, w, info, shown] {
                QString why;
                QStringList differences;
                if (m_service.applyDomainInfo(info, m_session.clientId, now(), &differences,
                                              &why)) {
                    ++m_summary.checked;
                    if (!differences.isEmpty()) {
                        ++m_summary.changed;
                        m_summary.changes.append({shown, differences});
                    }
                    if (!info.clientId.isEmpty() && info.clientId != m_session.clientId)
                        ++m_summary.flagged;
                } else {
                    fail(shown, why);
                }
                finishItem(*w);
            });
        });
}

void RefreshEngine::preview(const QString& shown, const epp::EppResponse& response)
{
    const int code = response.code();
    if (code == 2303 || code == 2201) {
        ++m_summary.checked;
        ++m_summary.flagged;
        m_summary.changes.append({shown, {tr("would be flagged: %1").arg(describe(response))}});
        return;
    }
    if (!response.isSuccess() || !response.domainInfo) {
        fail(shown, describe(response));
        return;
    }
    ++m_summary.checked;
    const QString sponsor = response.domainInfo->clientId;
    if (!sponsor.isEmpty() && sponsor != m_session.clientId) {
        ++m_summary.flagged;
        m_summary.changes.append({shown, {tr("would be flagged: sponsored by %1").arg(sponsor)}});
        return;
    }
    const std::optional<QStringList> differences =
        m_service.previewDomainInfo(*response.domainInfo);
    if (differences && !differences->isEmpty()) {
        ++m_summary.changed;
        m_summary.changes.append({shown, *differences});
    }
}

void RefreshEngine::fetchContacts(Worker& worker, QStringList handles, std::function<void()> then)
{
    if (handles.isEmpty()) {
        then();
        return;
    }
    const QString handle = handles.takeFirst();
    Worker* w = &worker;
    execute(
        worker, [handle](const QString& id) { return epp::contactInfoCommand(handle, id); },
        [this, w, handle, handles, then](const CommandResult& result) {
            QString error;
            if (!result.isAnswered() || !result.response->isSuccess() ||
                !result.response->contactInfo)
                fail(handle, result.isAnswered() ? describe(*result.response) : result.error);
            else if (m_service.applyContactInfo(*result.response->contactInfo, now(), &error))
                ++m_summary.contacts;
            else
                fail(handle, error);
            fetchContacts(*w, handles, then);
        });
}

void RefreshEngine::refreshContact(Worker& worker, const QString& handle)
{
    worker.busy = true;
    ++m_busy;
    Worker* w = &worker;
    fetchContacts(worker, {handle}, [this, w] { finishItem(*w); });
}

void RefreshEngine::finishItem(Worker& worker)
{
    worker.busy = false;
    --m_busy;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    // Progress is kept as it goes: a crash loses at most the records in flight.
    if (m_done % 100 == 0) {
        SyncRun partial = m_run;
        partial.checked += m_summary.checked;
        partial.changed += m_summary.changed;
        partial.flagged += m_summary.flagged;
        partial.failed += m_summary.failed;
        m_service.sync().saveRun(partial, nullptr);
    }
    pumpAll();
}

void RefreshEngine::pumpAll()
{
    for (const auto& other : m_workers)
        pump(*other);
}

} // namespace rd
