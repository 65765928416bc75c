#include "storage/HistoryRepository.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rd {

using namespace rd::sql;

namespace {

// A NULL would break NOT NULL columns where an empty text is meant.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// How a domain is named in messages: its A-label, or its id when it has none.
} // namespace

bool HistoryRepository::append(HistoryEntry& entry, QString* error)
{
    QList<HistoryEntry> one{entry};
    if (!appendMany(one, error))
        return false;
    entry = one.constFirst();
    return true;
}

bool HistoryRepository::appendMany(QList<HistoryEntry>& entries, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const auto insert = BulkStatement::prepare(
        db,
        QStringLiteral(
            "INSERT INTO history (domain_id, at, agent, event, detail) VALUES (?, ?, ?, ?, ?)"));
    for (HistoryEntry& entry : entries) {
        if (!entry.at.isValid()) {
            setError(error, tr("Cannot add to the history of the domain %1: the entry has no time.")
                                .arg(domainName(db, entry.domainId)));
            return false;
        }
        insert->bind(1, entry.domainId);
        insert->bind(2, entry.at);
        insert->bind(3, notNull(entry.agent));
        insert->bind(4, notNull(entry.event));
        insert->bind(5, entry.detail);
        if (!insert->exec()) {
            setError(error, withDetail(tr("Cannot add to the history of the domain %1.")
                                           .arg(domainName(db, entry.domainId)),
                                       insert->errorText()));
            return false;
        }
        entry.id = insert->lastInsertId();
        // The stored precision is a second: keep the entry equal to what a reload gives.
        entry.at = QDateTime::fromSecsSinceEpoch(entry.at.toSecsSinceEpoch(), Qt::UTC);
    }
    return true;
}

QList<HistoryEntry> HistoryRepository::forDomain(qint64 domainId) const
{
    QList<HistoryEntry> entries;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Same second: insertion order (id) breaks the tie.
    query.prepare(QStringLiteral("SELECT id, domain_id, at, agent, event, detail FROM history"
                                 " WHERE domain_id = ? ORDER BY at, id"));
    query.addBindValue(domainId);
    if (!query.exec()) {
        qWarning("rd::HistoryRepository: read failed: %s",
                 qUtf8Printable(query.lastError().text()));
        return entries;
    }
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.domainId = query.value(1).toLongLong();
        entry.at = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        entry.agent = query.value(3).toString();
        entry.event = query.value(4).toString();
        entry.detail = query.value(5).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace rd
