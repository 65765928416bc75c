#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace rd {

class Database;

// A change the desk prepared for the registry. Kept in the database from the
// moment it is drafted, so it survives restarts and crashes, and sent only
// when the agent says so.
struct Draft
{
    enum class Kind
    {
        NameServers, // value: the wanted host names, comma-separated
        AutoRenew,   // value: "on" or "off"
        Renew,       // value: years (1, 3 or 5)
        OwnerChange  // value: the new holder's handle (pt-registry.md 2.4)
    };
    enum class State
    {
        Draft,   // not sent
        Sending, // written to the registry; no answer recorded yet
        Unknown, // sent, the answer was lost: check before sending again
        Done,
        Failed // the registry refused it (result says why)
    };

    qint64 id = 0;
    qint64 domainId = 0;
    Kind kind = Kind::AutoRenew;
    QString value;
    State state = State::Draft;
    QDateTime createdAt;
    QString agent;
    QDateTime sentAt;
    QString clTRID;
    QString svTRID;
    QString result;
};

QString toCode(Draft::Kind kind);
QString toCode(Draft::State state);

class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(DraftRepository)

public:
    explicit DraftRepository(Database& db)
        : m_db(db)
    {}

    bool insert(Draft& draft, QString* error); // sets id
    bool update(const Draft& draft, QString* error);
    std::optional<Draft> findById(qint64 id) const;
    QList<Draft> forDomain(qint64 domainId) const;
    // Every draft in one of these states, oldest first (the desk's Today view).
    QList<Draft> inStates(const QList<Draft::State>& states) const;

private:
    Database& m_db;
};

} // namespace rd
