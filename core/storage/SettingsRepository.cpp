#include "storage/SettingsRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rd {
namespace {

bool failed(QString* error, const QString& message, const QSqlQuery& query)
{
    if (error)
        *error = message + QStringLiteral(" (") + query.lastError().text() + QLatin1Char(')');
    return false;
}

} // namespace

std::optional<QString> SettingsRepository::value(const QString& key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QMap<QString, QString> SettingsRepository::all() const
{
    QMap<QString, QString> settings;
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"))) {
        while (query.next())
            settings.insert(query.value(0).toString(), query.value(1).toString());
    }
    return settings;
}

bool SettingsRepository::setValue(const QString& key, const QString& value, QString* error)
{
    QSqlQuery query(m_db.connection());
    // Portable upsert: SQLite 3.24+ and PostgreSQL 9.5+ both read ON CONFLICT.
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || failed(error, tr("Cannot save the setting %1.").arg(key), query);
}

bool SettingsRepository::remove(const QString& key, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() || failed(error, tr("Cannot remove the setting %1.").arg(key), query);
}

} // namespace rd
