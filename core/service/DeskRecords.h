#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rd {

class PortfolioService;

// How the desk reached a party of a pending action.
enum class ContactLogKind
{
    Called,
    Emailed,
    Outcome // what came of it
};

// One line of an action's contact log. Kept as a history entry of the action's
// domain (history is append-only, which a log of calls should be too), with
// the event "action-log.<kind>.<action id>", so no schema change is needed.
struct ContactLogEntry
{
    qint64 actionId = 0;
    ContactLogKind kind = ContactLogKind::Called;
    QDateTime at; // UTC
    QString agent;
    QString detail; // as written to the history, in the language of the agent
    QString text;   // what the agent wrote, without the action and kind before it
};

// A domain a contact takes part in, and as what.
struct ContactRole
{
    qint64 domainId = 0;
    QString aLabel;
    QString uLabel;
    bool holder = false;
    bool tech = false;
};

// What the desk records for itself beside the registry's facts: who works on
// an action, notes, and whom the desk called or e-mailed. Each call is one unit
// of work with its history line; on failure nothing is written.
class DeskRecords
{
    Q_DECLARE_TR_FUNCTIONS(DeskRecords)

public:
    // agent: who the history lines name (the service's own agent).
    DeskRecords(PortfolioService& service, QString agent);

    bool assign(qint64 actionId, const QString& assignee, QString* error);
    // Notes grow: each addition is a dated line under the earlier ones.
    bool addActionNote(qint64 actionId, const QString& text, QString* error);
    bool addDomainNote(qint64 domainId, const QString& text, QString* error);
    bool logContact(qint64 actionId, ContactLogKind kind, const QString& text, QString* error);

    QList<ContactLogEntry> contactLog(qint64 actionId) const; // oldest first
    QList<ContactRole> rolesOf(qint64 contactId) const;       // by A-label
    // Agents seen in the history and as assignees, sorted: for an assign list.
    QStringList knownAgents() const;

    static QString toCode(ContactLogKind kind); // called, emailed, outcome
    static std::optional<ContactLogKind> contactLogKindFromCode(const QString& code);
    static QString eventOf(qint64 actionId, ContactLogKind kind);

private:
    static QString logPattern(ContactLogKind kind); // %1 action id, %2 text
    QString notedLine(const QString& text) const;

    PortfolioService& m_service;
    QString m_agent;
};

} // namespace rd
