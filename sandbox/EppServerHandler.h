#pragma once

#include "Faults.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd::epp {
struct XmlElement;
}

namespace rd::sandbox {

class RegistryState;
class ResponseWriter;
struct RegistryResult;
struct ResultValue;

// What the transport does with one answer: send xml (all of it, or only
// cutAfterBytes bytes and then close), after delayMs, and close the
// connection afterwards when closeAfter is set.
struct Reply
{
    QByteArray xml;
    bool closeAfter = false;
    int delayMs = 0;
    int cutAfterBytes = -1; // -1: the whole document
};

// One EPP session with the sandbox registry (RFC 5730): takes a command
// document, returns the response document. Elements are matched by namespace
// URI and local name, whatever the prefixes; a DOCTYPE is refused. A session
// starts logged out; every command but hello and login needs a login first
// (2002), wrong passwords answer 2200 and the third one 2501 with the
// connection closed; logout answers 1500 and closes.
//
// Offered: hello, login, logout, poll req/ack; domain check, info, create,
// update, renew, transfer (request, query), delete; contact check, info,
// create, update. Contact delete and transfer, and host objects, answer 2101.
class EppServerHandler
{
public:
    static constexpr int MaxLoginFailures = 3;

    // faults, when given, is shared with other sessions and outlives this one;
    // otherwise the session has faults of its own.
    explicit EppServerHandler(RegistryState& registry, Faults* faults = nullptr);

    // What the server sends when the connection opens (fact sheet E1).
    Reply greeting();
    Reply handle(const QByteArray& document);

    bool isLoggedIn() const { return !m_registrar.isEmpty(); }
    QString registrar() const { return m_registrar; } // empty when logged out
    // The command name of the last document handled (see commandName()).
    QString lastCommand() const { return m_lastCommand; }
    bool isClosed() const { return m_closed; }
    Faults& faults() { return *m_faults; }

    // The command name faults match, e.g. "login", "poll", "domain:create";
    // empty when the document holds no command.
    static QString commandName(const epp::XmlElement& root);

private:
    struct Command;

    QByteArray dispatch(const Command& command, bool* close);
    QByteArray respond(const Command& command, const RegistryResult& result);
    QByteArray login(const Command& command, bool* close);
    QByteArray poll(const Command& command);
    QByteArray domainCheck(const Command& command);
    QByteArray domainInfo(const Command& command);
    QByteArray domainCreate(const Command& command);
    QByteArray domainUpdate(const Command& command);
    QByteArray domainRenew(const Command& command);
    QByteArray domainTransfer(const Command& command);
    QByteArray domainDelete(const Command& command);
    QByteArray contactCheck(const Command& command);
    QByteArray contactInfo(const Command& command);
    QByteArray contactCreate(const Command& command);
    QByteArray contactUpdate(const Command& command);
    QString svTRID();

    RegistryState& m_registry;
    Faults m_ownFaults;
    Faults* m_faults;
    QString m_registrar;
    QStringList m_objectUris;    // announced at login
    QStringList m_extensionUris; // announced at login
    int m_loginFailures = 0;
    bool m_closed = false;
    QString m_lastCommand;
};

} // namespace rd::sandbox
