#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <optional>

namespace rd {

class Database;

// Settings that belong to the portfolio rather than to one person's desk (the
// alert thresholds, for example): kept in the database, so a team sharing it
// shares them.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {}

    std::optional<QString> value(const QString& key) const;
    QMap<QString, QString> all() const;
    bool setValue(const QString& key, const QString& value, QString* error);
    bool remove(const QString& key, QString* error);

private:
    Database& m_db;
};

} // namespace rd
