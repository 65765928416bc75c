#pragma once

// Small helpers shared by the repositories: error messages, and moments kept
// as seconds since the epoch (UTC) in INTEGER columns. Internal to storage.

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringBuilder>
#include <QVariant>

namespace rd::sql {

inline void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// The translated sentence, then the driver's own words in brackets as a detail.
inline QString withDetail(const QString& message, const QString& driverText)
{
    const QString detail = driverText.trimmed();
    if (detail.isEmpty())
        return message;
    return message % QStringLiteral(" (") % detail % QLatin1Char(')');
}

inline QString withDetail(const QString& message, const QSqlError& sqlError)
{
    return withDetail(message, sqlError.text());
}

inline QVariant secs(const QDateTime& moment)
{
    return moment.isValid() ? QVariant(moment.toSecsSinceEpoch())
                            : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime moment(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Now, to the second: what the columns keep.
inline QDateTime nowUtc()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

// How a domain is named in messages: its A-label, or its id when it has none.
inline QString domainName(const QSqlDatabase& db, qint64 domainId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT a_label FROM domains WHERE id = ?"));
    query.addBindValue(domainId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QStringLiteral("#") % QString::number(domainId);
}

} // namespace rd::sql
