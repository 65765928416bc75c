#pragma once

#include <QList>
#include <QString>

namespace rd::sandbox {

// A fault the sandbox injects so that clients can be tested against a
// misbehaving registry. It applies to the commands named command ("login",
// "poll", "domain:create", ...; empty for any), count times (0 or less: every
// time) and then goes away.
struct FaultRule
{
    enum class Kind
    {
        CommandFailed, // answer 2400 without doing the command
        SessionLimit,  // answer 2502 and close the connection
        Delay,         // answer after delayMs
        Cut            // close after cutAfterBytes bytes of the answer frame (header included)
    };

    Kind kind = Kind::CommandFailed;
    QString command;
    int count = 1;
    int delayMs = 0;
    int cutAfterBytes = 0;
};

// The faults in force; shared by every session of a sandbox when the
// transport passes the same object to each handler.
struct Faults
{
    QList<FaultRule> rules;

    // What applies to one command: the first matching rule of each kind is
    // used up. hello answers with a greeting whatever happens, so only delays
    // and cuts apply to it.
    struct Decision
    {
        bool commandFailed = false;
        bool sessionLimit = false;
        int delayMs = 0;
        int cutAfterBytes = -1; // -1: the whole answer
    };
    Decision take(const QString& command, bool isHello = false);

    void add(const FaultRule& rule) { rules.append(rule); }
    void failNext(const QString& command = {}, int count = 1);
    void sessionLimitNext(const QString& command = {}, int count = 1);
    void delay(int milliseconds, const QString& command = {}, int count = 1);
    void cutNext(int afterBytes, const QString& command = {}, int count = 1);
    void clear() { rules.clear(); }
};

} // namespace rd::sandbox
