#include "EppSession.h"

#include "epp/EppCommands.h"
#include "epp/EppRedaction.h"
#include "secrets/Secret.h"

#include <QIODevice>
#include <QRandomGenerator>

namespace rd {

TransactionIds::TransactionIds(const QString& prefix)
{
    // Seconds since the epoch tell restarts apart, the random part tells apart
    // two processes started in the same second.
    const quint32 random = QRandomGenerator::system()->generate();
    m_stem = prefix % QLatin1Char('-') %
             QString::number(QDateTime::currentSecsSinceEpoch(), 36).toUpper() % QLatin1Char('-') %
             QString::number(random, 16).rightJustified(8, QLatin1Char('0')) % QLatin1Char('-');
}

QString TransactionIds::next()
{
    return m_stem + QString::number(++m_counter);
}

void EppLog::sent(const QByteArray& xml)
{
    write("C>S", epp::redactSecrets(xml));
}

void EppLog::received(const QByteArray& xml)
{
    write("S>C", epp::redactSecrets(xml));
}

void EppLog::note(const QString& line)
{
    write("---", line.toUtf8());
}

void EppLog::write(const char* direction, const QByteArray& text)
{
    if (!m_device)
        return;
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    m_device->write(stamp + ' ' + direction + ' ' + text.trimmed() + '\n');
}

EppSession::EppSession(SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.objectUris.isEmpty())
        m_options.objectUris = epp::defaultObjectUris();
    if (m_options.extensionUris.isEmpty())
        m_options.extensionUris = epp::defaultExtensionUris();
    m_keepAlive.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, &EppSession::sendKeepAlive);
    connect(&m_retry, &QTimer::timeout, this, &EppSession::connectNow);
    connect(&m_transport, &EppTransport::connected, this, &EppSession::onConnected);
    connect(&m_transport, &EppTransport::frameReceived, this, &EppSession::onFrame);
    connect(&m_transport, &EppTransport::failed, this, &EppSession::onTransportFailed);
    connect(&m_transport, &EppTransport::disconnected, this, &EppSession::onDisconnected);
}

EppSession::~EppSession()
{
    m_transport.abort();
    m_keepAlive.stop();
    m_retry.stop();
    // Settled before any callback: whatever a callback queues now is refused.
    m_state = State::Failed;
    const bool answerAwaited = m_inFlight == InFlight::Command;
    m_inFlight = InFlight::None;
    // Nobody may be left waiting for an answer that will never come.
    if (m_current) {
        Pending current = std::move(*m_current);
        m_current.reset();
        if (answerAwaited)
            finish(current, {CommandResult::Status::OutcomeUnknown, m_currentId, std::nullopt,
                             tr("The session ended before the registry answered.")});
        else
            finish(current, {CommandResult::Status::NotSent, m_currentId, std::nullopt,
                             tr("The session ended before the command was sent.")});
    }
    failQueued(tr("The session ended before the command was sent."));
    wipe(m_options.password);
}

void EppSession::finish(Pending& pending, const CommandResult& result)
{
    // While a callback runs, nothing is written: what it queues waits for the
    // session to settle (a closing answer, a close(), the next command).
    const bool nested = m_inCallback;
    m_inCallback = true;
    pending.done(result);
    m_inCallback = nested;
}

void EppSession::setState(State state)
{
    // Closed: a later execute() opens a new session.
    if (state == State::Disconnected)
        m_closing = false;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EppSession::open()
{
    if (m_state != State::Disconnected && m_state != State::Failed)
        return;
    m_closing = false;
    m_everReady = false;
    m_reconnects = 0;
    m_lastError.clear();
    connectNow();
}

void EppSession::connectNow()
{
    setState(State::Connecting);
    // RFC 5730 2.4: the server speaks first.
    m_inFlight = InFlight::Greeting;
    m_transport.connectToServer(m_options.tls);
}

void EppSession::onConnected()
{
    if (m_log) {
        m_log->note(tr("Connected to %1:%2 (%3).")
                        .arg(m_options.tls.host)
                        .arg(m_options.tls.port)
                        .arg(m_transport.sessionProtocol() == QSsl::TlsV1_3
                                 ? QStringLiteral("TLS 1.3")
                                 : QStringLiteral("TLS 1.2")));
    }
}

void EppSession::onFrame(const QByteArray& xml)
{
    if (m_log)
        m_log->received(xml);
    restartKeepAlive();
    const InFlight what = m_inFlight;
    m_inFlight = InFlight::None;
    switch (what) {
    case InFlight::Greeting:
        handleGreeting(xml);
        break;
    case InFlight::Login:
        handleLogin(xml);
        break;
    case InFlight::Command:
        handleCommand(xml);
        break;
    case InFlight::Hello:
        // A fresh greeting (RFC 5730 2.3); the server may have changed what it offers.
        if (const auto greeting = epp::parseGreeting(xml))
            m_greeting = *greeting;
        sendNext();
        break;
    case InFlight::Logout:
        // 1500 and the server closes; closing from our side too is harmless.
        m_transport.disconnectFromServer();
        break;
    case InFlight::None:
        if (m_log)
            m_log->note(tr("An answer came that no command asked for; it was ignored."));
        break;
    }
}

void EppSession::handleGreeting(const QByteArray& xml)
{
    QString error;
    const std::optional<epp::EppGreeting> greeting = epp::parseGreeting(xml, &error);
    if (!greeting) {
        giveUp(tr("%1:%2 did not greet as an EPP server: %3")
                   .arg(m_options.tls.host)
                   .arg(m_options.tls.port)
                   .arg(error));
        return;
    }
    if (!greeting->versions.contains(QStringLiteral("1.0"))) {
        giveUp(tr("The registry speaks EPP %1, not 1.0.")
                   .arg(greeting->versions.join(QStringLiteral(", "))));
        return;
    }
    m_greeting = *greeting;
    epp::LoginRequest login;
    login.clientId = m_options.clientId;
    login.password = QString::fromUtf8(m_options.password);
    login.objectUris = m_greeting.offeredObjects(m_options.objectUris);
    // Only what the server offers: announcing an unknown URI fails the login.
    login.extensionUris = m_greeting.offeredExtensions(m_options.extensionUris);
    m_announced = login.extensionUris;
    setState(State::LoggingIn);
    QByteArray command = epp::loginCommand(login, m_ids.next());
    wipe(login.password);
    write(command, InFlight::Login);
    wipe(command);
}

void EppSession::handleLogin(const QByteArray& xml)
{
    QString error;
    const std::optional<epp::EppResponse> response = epp::parseResponse(xml, &error);
    if (!response) {
        giveUp(tr("The registry's answer to the login could not be read: %1").arg(error));
        return;
    }
    const epp::EppResult& result = response->results.constFirst();
    if (result.isSuccess()) {
        m_everReady = true;
        m_reconnects = 0;
        setState(State::Ready);
        Q_EMIT ready();
        sendNext();
        return;
    }
    const QString reason = tr("The registry refused the login of %1: %2 (code %3).")
                               .arg(m_options.clientId, result.message)
                               .arg(result.code);
    if (result.code == 2502) {
        // Session limit: another session of ours may end soon.
        m_everReady = true;
        connectionLost(reason, true);
        return;
    }
    // 2200 and 2501: the same password would be refused again.
    giveUp(reason);
}

void EppSession::handleCommand(const QByteArray& xml)
{
    if (!m_current)
        return;
    Pending current = std::move(*m_current);
    m_current.reset();
    QString error;
    std::optional<epp::EppResponse> response = epp::parseResponse(xml, &error);
    CommandResult result;
    result.clTRID = m_currentId;
    if (response) {
        result.status = CommandResult::Status::Answered;
        result.response = std::move(response);
    } else {
        // An answer came, but not one we can read: what it says is unknown.
        result.status = CommandResult::Status::OutcomeUnknown;
        result.error =
            tr("The registry's answer to %1 could not be read: %2").arg(m_currentId, error);
    }
    const bool closing = result.response && result.response->results.constFirst().closesSession();
    finish(current, result);
    if (closing) {
        // 2500-2502: the server ends the session after this answer; what the
        // callback queued goes out on the next one.
        connectionLost(result.response->results.constFirst().message, true);
        return;
    }
    sendNext();
}

void EppSession::execute(Builder build, Done done)
{
    if (m_state == State::Failed) {
        done({CommandResult::Status::NotSent, QString(), std::nullopt, m_lastError});
        return;
    }
    if (m_closing || m_state == State::LoggingOut) {
        done({CommandResult::Status::NotSent, QString(), std::nullopt,
              tr("The session is closing; the command was not sent.")});
        return;
    }
    m_queue.enqueue({std::move(build), std::move(done)});
    if (m_state == State::Disconnected)
        open();
    else
        sendNext();
}

void EppSession::sendNext()
{
    if (m_state != State::Ready || m_inFlight != InFlight::None || m_inCallback)
        return;
    if (m_queue.isEmpty()) {
        if (m_closing) {
            setState(State::LoggingOut);
            write(epp::logoutCommand(m_ids.next()), InFlight::Logout);
        }
        return;
    }
    m_current = m_queue.dequeue();
    m_currentId = m_ids.next();
    write(m_current->build(m_currentId), InFlight::Command);
}

bool EppSession::write(const QByteArray& xml, InFlight what)
{
    if (m_log)
        m_log->sent(xml);
    m_inFlight = what;
    restartKeepAlive();
    if (m_transport.send(xml))
        return true;
    // Nothing was written: the command waits for the next connection.
    if (what == InFlight::Command && m_current) {
        m_queue.prepend(std::move(*m_current));
        m_current.reset();
    }
    m_inFlight = InFlight::None;
    connectionLost(tr("The connection to the registry is closed."), true);
    return false;
}

void EppSession::restartKeepAlive()
{
    if (m_options.keepAliveMs > 0)
        m_keepAlive.start(m_options.keepAliveMs);
}

void EppSession::sendKeepAlive()
{
    if (m_state == State::Ready && m_inFlight == InFlight::None)
        write(epp::helloCommand(), InFlight::Hello);
}

void EppSession::onTransportFailed(EppTransport::ErrorKind kind, const QString& reason)
{
    using Kind = EppTransport::ErrorKind;
    // Trying again cannot fix a certificate, a file or a broken protocol.
    // A handshake broken off after we had been in is a server restarting.
    const bool permanent = kind == Kind::TlsVerificationFailed ||
                           kind == Kind::ConfigurationError || kind == Kind::ProtocolError ||
                           (kind == Kind::TlsHandshakeFailed && !m_everReady);
    connectionLost(reason, !permanent);
}

void EppSession::onDisconnected()
{
    if (m_state == State::LoggingOut) {
        m_keepAlive.stop();
        m_inFlight = InFlight::None;
        setState(State::Disconnected);
        Q_EMIT closed();
        return;
    }
    if (m_state == State::Ready || m_state == State::LoggingIn || m_state == State::Connecting)
        connectionLost(tr("The registry closed the connection."), true);
}

void EppSession::connectionLost(const QString& reason, bool mayReconnect)
{
    m_keepAlive.stop();
    if (m_log)
        m_log->note(reason);
    const bool answerAwaited = m_inFlight == InFlight::Command;
    const bool wasLoggingOut = m_inFlight == InFlight::Logout || m_state == State::LoggingOut;
    m_inFlight = InFlight::None;
    m_transport.abort();
    if (answerAwaited && m_current) {
        Pending current = std::move(*m_current);
        m_current.reset();
        finish(current, {CommandResult::Status::OutcomeUnknown, m_currentId, std::nullopt,
                         tr("The connection broke after %1 was sent and before the registry "
                            "answered (%2). Check the object with an info before sending it "
                            "again.")
                             .arg(m_currentId, reason)});
    }
    // Asked to close: the connection ending is the close, whatever ended it.
    if (wasLoggingOut || m_closing) {
        // Callbacks first, while closing still refuses new work.
        failQueued(tr("The session was closed before the command was sent."));
        setState(State::Disconnected);
        Q_EMIT closed();
        return;
    }
    // A refused first connection is an answer, not a hiccup: say so at once.
    if (mayReconnect && m_everReady && !m_closing && m_reconnects < m_options.maxReconnects) {
        const qint64 delay =
            std::min<qint64>(60000, qint64(m_options.backoffMs) << std::min(m_reconnects, 16));
        ++m_reconnects;
        m_lastError = reason;
        setState(State::Waiting);
        m_retry.start(int(delay));
        return;
    }
    giveUp(reason);
}

void EppSession::giveUp(const QString& reason)
{
    m_keepAlive.stop();
    m_retry.stop();
    m_transport.abort();
    m_inFlight = InFlight::None;
    m_lastError = reason;
    // Failed before any callback runs: a callback that queues more work sees
    // a session that will not send it, and gets NotSent at once.
    setState(State::Failed);
    if (m_current) {
        // Not written yet: the builder had not run for the wire.
        Pending current = std::move(*m_current);
        m_current.reset();
        finish(current, {CommandResult::Status::NotSent, m_currentId, std::nullopt, reason});
    }
    failQueued(reason);
    Q_EMIT failed(reason);
}

void EppSession::failQueued(const QString& reason)
{
    QQueue<Pending> pending;
    pending.swap(m_queue);
    for (Pending& item : pending)
        finish(item, {CommandResult::Status::NotSent, QString(), std::nullopt, reason});
}

void EppSession::close()
{
    m_closing = true;
    switch (m_state) {
    case State::Ready:
        sendNext();
        break;
    case State::LoggingOut:
        break;
    case State::Disconnected:
    case State::Failed:
        Q_EMIT closed();
        break;
    case State::Connecting:
    case State::LoggingIn:
    case State::Waiting:
        m_retry.stop();
        m_transport.abort();
        m_inFlight = InFlight::None;
        failQueued(tr("The session was closed before the command was sent."));
        setState(State::Disconnected);
        Q_EMIT closed();
        break;
    }
}

} // namespace rd
