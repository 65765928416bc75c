#pragma once

#include <QDateTime>
#include <QString>

namespace rd {

// One line of a domain's append-only history: what happened, when, and who did it.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 domainId = 0;
    QDateTime at; // UTC
    QString agent;
    QString event;  // stable code, e.g. "domain.added", "action.opened"
    QString detail; // human-readable detail in the language of the agent who acted
};

} // namespace rd
