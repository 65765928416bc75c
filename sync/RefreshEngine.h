#pragma once

#include "EppSession.h"
#include "rules/Clock.h"
#include "storage/SyncRepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <memory>

namespace rd {

class PortfolioService;

struct RefreshOptions
{
    int sessions = 1;             // .PT may limit concurrent sessions: keep it small
    double commandsPerSecond = 0; // all sessions together; 0: as fast as answers come
    QStringList only;             // A-labels to refresh; empty: the whole portfolio
    bool contacts = true;         // then the contacts the portfolio refers to
    bool dryRun = false;          // ask and compare, write nothing (changes in the summary)
    // Drain the poll queue first (RFC 5730 poll req/ack): each message goes
    // to its domain's history, and its domain is refreshed first.
    bool poll = true;
    // Only the domains the poll queue names (and those never synced). Without
    // a poll queue nothing says what changed, so the whole portfolio is done.
    bool changedOnly = false;
};

struct RefreshSummary
{
    int checked = 0; // domains the registry answered for
    int changed = 0; // of which with registry fields that changed
    int flagged = 0; // of which gone (2303) or sponsored elsewhere
    int contacts = 0;
    int failed = 0;
    bool resumed = false; // an interrupted refresh was continued
    int messages = 0;     // poll messages read and acknowledged
    bool pollAvailable = true;
    bool completed = false; // everything was done (nothing failed, nothing left)
    QString error;          // why the refresh could not run at all (login refused, ...)
    QStringList failures;   // "name: reason", one per failed record
    // Per domain (U-label), what changed or, in a dry run, would change.
    QList<std::pair<QString, QStringList>> changes;
};

// Refreshes the local portfolio from the registry: domain:info for each
// domain (and contact:info for holders and tech contacts), registry-owned
// fields following the registry, one unit of work per record. Work is paced
// (sessions, commands per second) and resumable: an interrupted refresh is
// continued by the next one, from the domains it had not reached.
class RefreshEngine : public QObject
{
    Q_OBJECT

public:
    RefreshEngine(PortfolioService& service, const Clock& clock, SessionOptions session,
                  QObject* parent = nullptr);
    ~RefreshEngine() override;

    // Every session writes its exchanges there (secrets masked).
    void setLog(EppLog* log) { m_log = log; }

    // Runs to the end in a local event loop.
    RefreshSummary run(const RefreshOptions& options);
    // Stops taking new records; what is in flight finishes. The refresh stays
    // unfinished, to be resumed.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(int done, int total);

private:
    struct Worker;
    void pump(Worker& worker);
    void refreshDomain(Worker& worker, const QString& aLabel);
    void fetchContacts(Worker& worker, QStringList handles, std::function<void()> then);
    void refreshContact(Worker& worker, const QString& handle);
    void preview(const QString& shown, const epp::EppResponse& response);
    void pollNext(Worker& worker);
    void pollDone(Worker& worker, bool available);
    void pumpAll();
    void planDomains();
    void finishItem(Worker& worker);
    void execute(Worker& worker, EppSession::Builder build, EppSession::Done done);
    QDateTime now() const;
    void fail(const QString& name, const QString& reason);

    PortfolioService& m_service;
    const Clock& m_clock;
    SessionOptions m_session;
    std::vector<std::unique_ptr<Worker>> m_workers;
    RefreshOptions m_options;
    RefreshSummary m_summary;
    SyncRun m_run;
    QQueue<QString> m_domains;
    QQueue<QString> m_contacts;
    int m_total = 0;
    int m_done = 0;
    int m_busy = 0;
    bool m_cancelled = false;
    bool m_contactsQueued = false;
    enum class Poll
    {
        Pending,
        Running,
        Done
    } m_poll = Poll::Done;
    QStringList m_polled; // A-labels the poll queue named
    QElapsedTimer m_pace;
    qint64 m_nextSlotMs = 0;
    std::function<void()> m_finished;
    EppLog* m_log = nullptr;
};

} // namespace rd
