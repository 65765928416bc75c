#include "Faults.h"

namespace rd::sandbox {

Faults::Decision Faults::take(const QString& command, bool isHello)
{
    Decision decision;
    bool seen[4] = {false, false, false, false};
    for (qsizetype i = 0; i < rules.size();) {
        FaultRule& rule = rules[i];
        const int kind = int(rule.kind);
        const bool failure = rule.kind == FaultRule::Kind::CommandFailed ||
                             rule.kind == FaultRule::Kind::SessionLimit;
        const bool matches = rule.command.isEmpty() || rule.command == command;
        if (!matches || seen[kind] || (isHello && failure)) {
            ++i;
            continue;
        }
        seen[kind] = true;
        switch (rule.kind) {
        case FaultRule::Kind::CommandFailed:
            decision.commandFailed = true;
            break;
        case FaultRule::Kind::SessionLimit:
            decision.sessionLimit = true;
            break;
        case FaultRule::Kind::Delay:
            decision.delayMs = rule.delayMs;
            break;
        case FaultRule::Kind::Cut:
            decision.cutAfterBytes = rule.cutAfterBytes;
            break;
        }
        if (rule.count > 0 && --rule.count == 0)
            rules.removeAt(i);
        else
            ++i;
    }
    return decision;
}

void Faults::failNext(const QString& command, int count)
{
    add({FaultRule::Kind::CommandFailed, command, count, 0, 0});
}

void Faults::sessionLimitNext(const QString& command, int count)
{
    add({FaultRule::Kind::SessionLimit, command, count, 0, 0});
}

void Faults::delay(int milliseconds, const QString& command, int count)
{
    add({FaultRule::Kind::Delay, command, count, milliseconds, 0});
}

void Faults::cutNext(int afterBytes, const QString& command, int count)
{
    add({FaultRule::Kind::Cut, command, count, 0, afterBytes});
}

} // namespace rd::sandbox
