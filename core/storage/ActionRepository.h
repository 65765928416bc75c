#pragma once

#include "model/PendingAction.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rd {

class Database;

class ActionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(Database& db)
        : m_db(db)
    {}

    // Inserts the action and its steps. Sets id.
    bool insert(PendingAction& action, QString* error);
    // Saves state, assignee, notes, outcome and new holder, and appends the
    // steps not stored yet (steps are never rewritten).
    bool update(PendingAction& action, QString* error);
    std::optional<PendingAction> findById(qint64 id) const;
    QList<PendingAction> forDomain(qint64 domainId, bool openOnly = false) const;
    QList<PendingAction> allOpen() const; // every open action, by domain then id

private:
    Database& m_db;
};

} // namespace rd
