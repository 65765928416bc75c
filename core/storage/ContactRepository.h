#pragma once

#include "model/Contact.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rd {

class Database;

// Contacts table. Every call is one prepared statement; callers group calls into
// a unit of work with Database::transaction().
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database& db)
        : m_db(db)
    {}

    bool insert(Contact& contact, QString* error); // sets id, createdAt, updatedAt
    bool update(Contact& contact, QString* error); // by id; sets updatedAt
    std::optional<Contact> findById(qint64 id) const;
    std::optional<Contact> findByHandle(const QString& handle) const;
    QList<Contact> all() const; // by handle
    int count() const;

private:
    Database& m_db;
};

} // namespace rd
