#pragma once

#include "model/HistoryEntry.h"

#include <QCoreApplication>
#include <QList>

namespace rd {

class Database;

// Append-only: the schema refuses UPDATE and DELETE on history rows.
class HistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRepository)

public:
    explicit HistoryRepository(Database& db)
        : m_db(db)
    {}

    bool append(HistoryEntry& entry, QString* error);              // sets id
    bool appendMany(QList<HistoryEntry>& entries, QString* error); // one prepared statement
    QList<HistoryEntry> forDomain(qint64 domainId) const;          // oldest first

private:
    Database& m_db;
};

} // namespace rd
