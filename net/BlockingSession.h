#pragma once

#include "EppSession.h"

namespace rd {

// An EppSession driven to completion, for one-shot programs such as the
// command line: each call runs a local event loop until the session answers.
// Every wait is bounded by the session's own timeouts.
class BlockingSession
{
public:
    explicit BlockingSession(SessionOptions options);
    ~BlockingSession();

    // Connects and logs in; false with the reason (translated, secret-free).
    bool open(QString* error);
    CommandResult run(EppSession::Builder build);
    // Logs out and waits for the connection to close.
    void close();

    EppSession& session() { return m_session; }

private:
    EppSession m_session;
};

} // namespace rd
