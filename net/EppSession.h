#pragma once

#include "EppTransport.h"
#include "TlsOptions.h"
#include "epp/EppResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <functional>
#include <optional>

class QIODevice;

namespace rd {

// How one registry account is reached and logged in to.
struct SessionOptions
{
    TlsOptions tls;
    QString clientId;
    QByteArray password;       // never logged; masked in the EPP log
    QStringList objectUris;    // empty: epp::defaultObjectUris()
    QStringList extensionUris; // wanted; login announces those the greeting offers
    // A <hello> after this much silence keeps the session open: servers drop
    // idle sessions (commonly after 10 to 30 minutes; .PT does not publish it).
    int keepAliveMs = 5 * 60 * 1000;
    // Reconnections after a dropped connection or 2502 (too many sessions),
    // waiting backoffMs, then twice that, up to a minute.
    int maxReconnects = 4;
    int backoffMs = 1000;
};

// What became of one command.
struct CommandResult
{
    enum class Status
    {
        Answered,       // the registry answered: see response (its code may be an error)
        OutcomeUnknown, // sent, but the connection broke before the answer: check with info
        NotSent         // never left the desk: safe to send again
    };
    Status status = Status::NotSent;
    QString clTRID;
    std::optional<epp::EppResponse> response;
    QString error; // translated, for OutcomeUnknown and NotSent (or an answer we could not read)

    bool isAnswered() const { return status == Status::Answered && response.has_value(); }
};

// Client transaction ids unique across sessions and restarts (RFC 5730 2.5):
// a prefix, the moment the process started and a random number, then a
// counter. 3 to 64 characters, as clTRID allows.
class TransactionIds
{
public:
    explicit TransactionIds(const QString& prefix = QStringLiteral("RD"));
    QString next();

private:
    QString m_stem;
    quint64 m_counter = 0;
};

// Writes each EPP document that crosses the wire, with its time and direction,
// secrets masked (epp::redactSecrets). For the support desk's own diagnosis.
class EppLog
{
public:
    explicit EppLog(QIODevice* device)
        : m_device(device)
    {}
    void sent(const QByteArray& xml);
    void received(const QByteArray& xml);
    void note(const QString& line);

private:
    void write(const char* direction, const QByteArray& text);
    QIODevice* m_device;
};

// An EPP session with the registry over TLS (RFC 5730, 5734): greeting check,
// login announcing only what the greeting offers, one command in flight at a
// time, keep-alive, reconnection with backoff, and logout.
//
// A command whose answer never came is reported OutcomeUnknown and never sent
// again by the session: only the caller, after checking with an info, may
// decide to retry it. Commands still queued when a connection breaks were never
// sent, and go out on the next connection.
class EppSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting, // TLS, then the greeting
        LoggingIn,
        Ready,
        LoggingOut,
        Waiting, // for the next reconnection attempt
        Failed   // will not reconnect: see lastError()
    };
    Q_ENUM(State)

    using Builder = std::function<QByteArray(const QString& clTRID)>;
    using Done = std::function<void(const CommandResult&)>;

    explicit EppSession(SessionOptions options, QObject* parent = nullptr);
    ~EppSession() override;

    void setLog(EppLog* log) { m_log = log; }

    // Connects and logs in; ready() or failed() follows.
    void open();
    // Queues a command; it is built with its clTRID when its turn comes, so
    // ids follow the order of sending. done() is called exactly once.
    void execute(Builder build, Done done);
    // Logs out once the queue is empty, then disconnects; closed() follows.
    void close();

    State state() const { return m_state; }
    const epp::EppGreeting& greeting() const { return m_greeting; }
    // The extension URIs login announced.
    QStringList announcedExtensions() const { return m_announced; }
    QString lastError() const { return m_lastError; }
    std::optional<EppTransport::ErrorKind> lastTransportError() const
    {
        return m_transport.lastErrorKind();
    }
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void ready();
    void failed(const QString& reason);
    void closed();
    void stateChanged(rd::EppSession::State state);

private:
    struct Pending
    {
        Builder build;
        Done done;
    };
    enum class InFlight
    {
        None,
        Greeting,
        Login,
        Command,
        Hello,
        Logout
    };

    void setState(State state);
    void finish(Pending& pending, const CommandResult& result);
    void restartKeepAlive();
    void connectNow();
    void onConnected();
    void onFrame(const QByteArray& xml);
    void onTransportFailed(EppTransport::ErrorKind kind, const QString& reason);
    void onDisconnected();
    void handleGreeting(const QByteArray& xml);
    void handleLogin(const QByteArray& xml);
    void handleCommand(const QByteArray& xml);
    void sendNext();
    bool write(const QByteArray& xml, InFlight what);
    void sendKeepAlive();
    void connectionLost(const QString& reason, bool mayReconnect);
    void giveUp(const QString& reason);
    void failQueued(const QString& reason);

    SessionOptions m_options;
    EppTransport m_transport;
    TransactionIds m_ids;
    EppLog* m_log = nullptr;
    QTimer m_keepAlive;
    QTimer m_retry;
    State m_state = State::Disconnected;
    InFlight m_inFlight = InFlight::None;
    std::optional<Pending> m_current;
    QString m_currentId;
    QQueue<Pending> m_queue;
    epp::EppGreeting m_greeting;
    QStringList m_announced;
    QString m_lastError;
    int m_reconnects = 0;
    bool m_everReady = false; // logged in at least once since open()
    bool m_closing = false;
    bool m_inCallback = false; // a command's done() is running
};

} // namespace rd
