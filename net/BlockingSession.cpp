#include "BlockingSession.h"

#include <QEventLoop>

namespace rd {

BlockingSession::BlockingSession(SessionOptions options)
    : m_session(std::move(options))
{}

BlockingSession::~BlockingSession() = default;

bool BlockingSession::open(QString* error)
{
    QEventLoop loop;
    const auto ready = QObject::connect(&m_session, &EppSession::ready, &loop, &QEventLoop::quit);
    const auto failed = QObject::connect(&m_session, &EppSession::failed, &loop, &QEventLoop::quit);
    m_session.open();
    if (m_session.state() != EppSession::State::Ready &&
        m_session.state() != EppSession::State::Failed)
        loop.exec();
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    if (m_session.state() == EppSession::State::Ready)
        return true;
    if (error)
        *error = m_session.lastError();
    return false;
}

CommandResult BlockingSession::run(EppSession::Builder build)
{
    QEventLoop loop;
    std::optional<CommandResult> result;
    m_session.execute(std::move(build), [&](const CommandResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void BlockingSession::close()
{
    const EppSession::State state = m_session.state();
    if (state == EppSession::State::Disconnected || state == EppSession::State::Failed)
        return;
    QEventLoop loop;
    bool closed = false;
    const auto done = QObject::connect(&m_session, &EppSession::closed, &loop, [&] {
        closed = true;
        loop.quit();
    });
    const auto failed = QObject::connect(&m_session, &EppSession::failed, &loop, [&] {
        closed = true;
        loop.quit();
    });
    m_session.close();
    if (!closed)
        loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
}

} // namespace rd
