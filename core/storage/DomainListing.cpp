#include "storage/DomainListing.h"

#include "model/Codes.h"
#include "rules/Deadline.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SyncRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <algorithm>

namespace rd {

namespace {

class DomainListingText
{
    Q_DECLARE_TR_FUNCTIONS(DomainListing)
};

} // namespace

bool loadDomainListing(Database& db, DomainListing* listing, QString* error)
{
    const QSqlDatabase connection = db.connection();
    DomainListing result;

    const auto contacts = BulkStatement::prepare(
        connection, QStringLiteral("SELECT id, handle, COALESCE(NULLIF(name, ''), organisation),"
                                   " vat FROM contacts ORDER BY handle"));
    QHash<qint64, qint32> holderIndex;
    while (contacts->nextRow()) {
        DomainListHolder holder;
        holder.id = contacts->int64At(0);
        holder.handle = contacts->textAt(1);
        holder.name = contacts->textAt(2);
        holder.vat = contacts->textAt(3);
        holderIndex.insert(holder.id, qint32(result.holders.size()));
        result.holders.append(holder);
    }
    if (!contacts->errorText().isEmpty()) {
        if (error)
            *error = DomainListingText::tr("Cannot read the contacts of the portfolio (%1).")
                         .arg(contacts->errorText());
        return false;
    }

    // A plain scan of the table, sorted in memory: faster than walking the
    // (next_due, a_label) index, which reads the table in random order. Codes
    // come back as small integers (a CASE over the code tables, bound as
    // parameters), so no row costs a string for them.
    QStringList cases;
    QList<QString> bound;
    const auto decode = [&](const char* column, const QStringList& codesInOrder, int otherwise) {
        QString expression = QStringLiteral("CASE ") + QLatin1String(column);
        for (int value = 0; value < codesInOrder.size(); ++value) {
            bound.append(codesInOrder.at(value));
            expression += QStringLiteral(" WHEN ?%1 THEN %2").arg(bound.size()).arg(value);
        }
        cases.append(expression + QStringLiteral(" ELSE %1 END").arg(otherwise));
    };
    QStringList kinds;
    for (int kind = 0; kind <= int(DeadlineKind::PromoEnd); ++kind)
        kinds.append(toCode(static_cast<DeadlineKind>(kind)));
    QStringList programmes;
    for (int programme = 0; programme <= int(Programme::Sitestar); ++programme)
        programmes.append(codes::toCode(static_cast<Programme>(programme)));
    QStringList standings;
    for (int standing = 0; standing <= int(RegistryStanding::Elsewhere); ++standing)
        standings.append(toCode(static_cast<RegistryStanding>(standing)));
    decode("next_kind", kinds, -1);
    decode("programme", programmes, 0);
    decode("registry_state", standings, 0);

    const auto counted =
        BulkStatement::prepare(connection, QStringLiteral("SELECT COUNT(*) FROM domains"));
    if (counted->nextRow()) {
        const auto count = size_t(counted->int64At(0));
        result.rows.reserve(count);
        result.starts.reserve(count);
        result.names.reserve(qsizetype(count) * 20);
    }

    const auto domains = BulkStatement::prepare(
        connection, QStringLiteral("SELECT id, a_label, NULLIF(u_label, a_label), registrant_id,"
                                   " expires_at, auto_renew, next_due, ") %
                        cases.join(QStringLiteral(", ")) % QStringLiteral(" FROM domains"));
    for (int i = 0; i < bound.size(); ++i)
        domains->bind(i + 1, bound.at(i));
    qint32 lastHolder = -1;
    qint64 lastHolderId = 0;
    const QChar separator = QLatin1Char('\n');
    while (domains->nextRow()) {
        DomainListRow& row = result.rows.emplace_back();
        row.id = domains->int64At(0);
        row.loaded = qint32(result.starts.size());
        row.nameAt = qint32(result.names.size());
        result.starts.push_back(row.nameAt);
        const QString aLabel = domains->textAt(1);
        row.aLength = qint16(aLabel.size());
        result.names += aLabel;
        if (!domains->isNull(2)) {
            const QString uLabel = domains->textAt(2);
            row.uLength = qint16(uLabel.size());
            result.names += separator;
            result.names += uLabel;
        }
        result.names += separator;
        if (!domains->isNull(3)) {
            const qint64 holderId = domains->int64At(3);
            if (holderId != lastHolderId) {
                lastHolderId = holderId;
                lastHolder = holderIndex.value(holderId, -1);
            }
            row.holder = lastHolder;
        }
        if (!domains->isNull(4))
            row.expiresAt = domains->int64At(4);
        row.autoRenew = domains->int64At(5) != 0;
        row.nextKind = qint8(domains->int64At(7));
        if (row.nextKind >= 0 && !domains->isNull(6))
            row.nextDue = domains->int64At(6);
        else
            row.nextKind = -1;
        row.programme = qint8(domains->int64At(8));
        row.standing = qint8(domains->int64At(9));
    }
    if (!domains->errorText().isEmpty()) {
        if (error)
            *error = DomainListingText::tr("Cannot read the domains of the portfolio (%1).")
                         .arg(domains->errorText());
        return false;
    }
    const QString& names = result.names;
    std::sort(result.rows.begin(), result.rows.end(),
              [&names](const DomainListRow& a, const DomainListRow& b) {
                  if (a.nextDue != b.nextDue)
                      return a.nextDue < b.nextDue;
                  return QStringView(names).mid(a.nameAt, a.aLength) <
                         QStringView(names).mid(b.nameAt, b.aLength);
              });
    result.rowOf.resize(result.rows.size());
    for (size_t i = 0; i < result.rows.size(); ++i)
        result.rowOf[size_t(result.rows[i].loaded)] = qint32(i);
    *listing = std::move(result);
    return true;
}

QHash<qint64, int> domainsHeldByContact(Database& db)
{
    QHash<qint64, int> held;
    const auto query = BulkStatement::prepare(
        db.connection(), QStringLiteral("SELECT registrant_id, COUNT(*) FROM domains"
                                        " WHERE registrant_id IS NOT NULL GROUP BY registrant_id"));
    while (query->nextRow())
        held.insert(query->int64At(0), int(query->int64At(1)));
    if (!query->errorText().isEmpty())
        qWarning("rd::domainsHeldByContact: read failed: %s", qUtf8Printable(query->errorText()));
    return held;
}

} // namespace rd
