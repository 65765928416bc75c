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
#include <thread>

namespace rd {

namespace {

class DomainListingText
{
    Q_DECLARE_TR_FUNCTIONS(DomainListing)
};

} // namespace

namespace {

// A contact id's place in DomainListing::holders. Ids are normally dense (the
// row ids of `contacts`): then a plain vector, cheaper than a hash for the
// million look-ups of a read.
class HolderIndex
{
public:
    void insert(qint64 id, qint32 at) { m_hash.insert(id, at); }
    void finish()
    {
        qint64 top = 0;
        for (auto it = m_hash.cbegin(); it != m_hash.cend(); ++it) {
            if (it.key() < 0)
                return;
            top = std::max(top, it.key());
        }
        if (top > 4 * m_hash.size() + 4096)
            return;
        m_dense.assign(size_t(top) + 1, -1);
        for (auto it = m_hash.cbegin(); it != m_hash.cend(); ++it)
            m_dense[size_t(it.key())] = it.value();
    }
    qint32 value(qint64 id) const
    {
        if (!m_dense.empty())
            return id >= 0 && size_t(id) < m_dense.size() ? m_dense[size_t(id)] : -1;
        return m_hash.value(id, -1);
    }

private:
    QHash<qint64, qint32> m_hash;
    std::vector<qint32> m_dense;
};

// Every contact, by handle; holderIndex maps a contact id to its place.
bool readHolders(const QSqlDatabase& connection, DomainListing& result, HolderIndex& holderIndex,
                 QString* error)
{
    const auto contacts = BulkStatement::prepare(
        connection, QStringLiteral("SELECT id, handle, COALESCE(NULLIF(name, ''), organisation),"
                                   " vat FROM contacts ORDER BY handle"));
    while (contacts->nextRow()) {
        DomainListHolder holder;
        holder.id = contacts->int64At(0);
        holder.handle = contacts->textAt(1);
        holder.name = contacts->textAt(2);
        holder.vat = contacts->textAt(3);
        holderIndex.insert(holder.id, qint32(result.holders.size()));
        result.holders.append(holder);
    }
    holderIndex.finish();
    if (!contacts->errorText().isEmpty()) {
        if (error)
            *error = DomainListingText::tr("Cannot read the contacts of the portfolio (%1).")
                         .arg(contacts->errorText());
        return false;
    }
    return true;
}

// The columns of a listing row, codes decoded to small integers by a CASE over
// the code tables (bound as parameters ?1 to ?N), so no row costs a string for
// them.
class RowQuery
{
public:
    RowQuery()
    {
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
    }

    // SELECT ... FROM domains, then `rest`; its own parameters start at nextParameter().
    std::unique_ptr<BulkStatement> prepare(const QSqlDatabase& connection,
                                           const QString& rest) const
    {
        auto statement = BulkStatement::prepare(
            connection,
            QStringLiteral("SELECT id, a_label, NULLIF(u_label, a_label), registrant_id,"
                           " expires_at, auto_renew, next_due, ") %
                m_cases.join(QStringLiteral(", ")) % QStringLiteral(" FROM domains") % rest);
        for (int i = 0; i < m_bound.size(); ++i)
            statement->bind(i + 1, m_bound.at(i));
        return statement;
    }
    int nextParameter() const { return int(m_bound.size()) + 1; }

private:
    void decode(const char* column, const QStringList& codesInOrder, int otherwise)
    {
        QString expression = QStringLiteral("CASE ") + QLatin1String(column);
        for (int value = 0; value < codesInOrder.size(); ++value) {
            m_bound.append(codesInOrder.at(value));
            expression += QStringLiteral(" WHEN ?%1 THEN %2").arg(m_bound.size()).arg(value);
        }
        m_cases.append(expression + QStringLiteral(" ELSE %1 END").arg(otherwise));
    }

    QStringList m_cases;
    QList<QString> m_bound;
};

// Appends the rows of `domains` in reading order; false when cancelled.
bool readRows(BulkStatement& domains, const HolderIndex& holderIndex, DomainListing& result,
              const std::atomic<bool>* cancel)
{
    const QChar separator = QLatin1Char('\n');
    QString& names = result.names;
    while (domains.nextRow()) {
        DomainListRow& row = result.rows.emplace_back();
        row.id = domains.int64At(0);
        row.loaded = qint32(result.starts.size());
        row.nameAt = qint32(names.size());
        result.starts.push_back(row.nameAt);
        domains.appendTextAt(1, names);
        row.aLength = qint16(names.size() - row.nameAt);
        if (!domains.isNull(2)) {
            names += separator;
            domains.appendTextAt(2, names);
            row.uLength = qint16(names.size() - row.nameAt - row.aLength - 1);
        }
        names += separator;
        if (!domains.isNull(3))
            row.holder = holderIndex.value(domains.int64At(3));
        if (!domains.isNull(4))
            row.expiresAt = domains.int64At(4);
        row.autoRenew = domains.int64At(5) != 0;
        row.nextKind = qint8(domains.int64At(7));
        if (row.nextKind >= 0 && !domains.isNull(6))
            row.nextDue = domains.int64At(6);
        else
            row.nextKind = -1;
        row.programme = qint8(domains.int64At(8));
        row.standing = qint8(domains.int64At(9));
        if (cancel && (result.rows.size() & 4095) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
    }
    return true;
}

bool readFailed(const BulkStatement& domains, QString* error)
{
    if (domains.errorText().isEmpty())
        return false;
    if (error)
        *error = DomainListingText::tr("Cannot read the domains of the portfolio (%1).")
                     .arg(domains.errorText());
    return true;
}

// Puts the rows (in reading order) in the listing's order: by next due, then
// A-label. The sort moves 16-byte keys, not the rows, and compares names only
// between rows due at the same moment; the rows are then placed once.
void sortRows(DomainListing& result)
{
    const size_t count = result.rows.size();
    std::vector<std::pair<qint64, qint32>> order(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = {result.rows[i].nextDue, qint32(i)};
    const QStringView names(result.names);
    const std::vector<DomainListRow>& rows = result.rows;
    std::sort(order.begin(), order.end(),
              [&](const std::pair<qint64, qint32>& a, const std::pair<qint64, qint32>& b) {
                  if (a.first != b.first)
                      return a.first < b.first;
                  const DomainListRow& ra = rows[size_t(a.second)];
                  const DomainListRow& rb = rows[size_t(b.second)];
                  return names.mid(ra.nameAt, ra.aLength) < names.mid(rb.nameAt, rb.aLength);
              });
    std::vector<DomainListRow> sorted;
    sorted.reserve(count);
    result.rowOf.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const auto loaded = size_t(order[i].second);
        sorted.push_back(rows[loaded]);
        result.rowOf[loaded] = qint32(i);
    }
    result.rows = std::move(sorted);
}

} // namespace

bool loadDomainListing(Database& db, DomainListing* listing, QString* error,
                       const std::atomic<bool>* cancel)
{
    const QSqlDatabase connection = db.connection();
    DomainListing result;
    HolderIndex holderIndex;
    if (!readHolders(connection, result, holderIndex, error))
        return false;

    const auto counted =
        BulkStatement::prepare(connection, QStringLiteral("SELECT COUNT(*) FROM domains"));
    if (counted->nextRow()) {
        const auto count = size_t(counted->int64At(0));
        result.rows.reserve(count);
        result.starts.reserve(count);
        result.names.reserve(qsizetype(count) * 20);
    }

    // A plain scan of the table, sorted in memory: faster than walking the
    // (next_due, a_label) index, which reads the table in random order.
    const RowQuery query;
    const auto domains = query.prepare(connection, {});
    if (!readRows(*domains, holderIndex, result, cancel) || readFailed(*domains, error))
        return false;
    sortRows(result);
    *listing = std::move(result);
    return true;
}

namespace {

// The rows of one connection: ids from `first` to `last`.
struct ListingPart
{
    DomainListing listing;
    QString error;
    bool ok = false;
};

void readRange(Database& db, const RowQuery& query, const HolderIndex& holders, qint64 first,
               qint64 last, size_t expected, ListingPart& part, const std::atomic<bool>* cancel)
{
    const int at = query.nextParameter();
    const auto domains = query.prepare(
        db.connection(), QStringLiteral(" WHERE id BETWEEN ?%1 AND ?%2").arg(at).arg(at + 1));
    domains->bind(at, first);
    domains->bind(at + 1, last);
    DomainListing& listing = part.listing;
    listing.rows.reserve(expected);
    listing.starts.reserve(expected);
    listing.names.reserve(qsizetype(expected) * 20);
    part.ok = readRows(*domains, holders, listing, cancel) && !readFailed(*domains, &part.error);
}

} // namespace

bool loadDomainListing(const QString& path, int connections, DomainListing* listing, QString* error,
                       const std::atomic<bool>* cancel)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const auto span = BulkStatement::prepare(
        db.connection(), QStringLiteral("SELECT MIN(id), MAX(id), COUNT(*) FROM domains"));
    if (!span->nextRow() || span->isNull(0))
        return loadDomainListing(db, listing, error, cancel);
    const qint64 low = span->int64At(0);
    const qint64 high = span->int64At(1);
    const qint64 count = span->int64At(2);
    span->nextRow(); // done with it
    connections = int(std::clamp<qint64>(connections, 1, count));
    if (connections == 1)
        return loadDomainListing(db, listing, error, cancel);

    DomainListing result;
    HolderIndex holderIndex;
    if (!readHolders(db.connection(), result, holderIndex, error))
        return false;
    const RowQuery query;
    std::vector<ListingPart> parts(static_cast<size_t>(connections));
    const auto bound = [&](int part) { return low + (high - low + 1) * part / connections; };
    // Ids are nearly dense: each range holds about its share of the rows.
    const auto expected = size_t(count / connections + count / 16 + 1024);
    std::vector<std::thread> threads;
    for (int part = 1; part < connections; ++part) {
        threads.emplace_back([&, part] {
            Database own;
            ListingPart& mine = parts[size_t(part)];
            if (own.open(path, &mine.error))
                readRange(own, query, holderIndex, bound(part), bound(part + 1) - 1, expected, mine,
                          cancel);
        });
    }
    readRange(db, query, holderIndex, low, bound(1) - 1, expected, parts[0], cancel);
    for (std::thread& thread : threads)
        thread.join();
    for (const ListingPart& part : parts) {
        if (!part.ok) {
            if (error && !part.error.isEmpty())
                *error = part.error;
            return false;
        }
    }

    // One listing, in reading order: each part's names after the previous ones.
    qsizetype names = 0;
    for (const ListingPart& part : parts)
        names += part.listing.names.size();
    result.names.reserve(names);
    result.rows.reserve(size_t(count));
    result.starts.reserve(size_t(count));
    for (ListingPart& part : parts) {
        const auto nameShift = qint32(result.names.size());
        const auto loadedShift = qint32(result.starts.size());
        result.names += part.listing.names;
        for (const qint32 start : part.listing.starts)
            result.starts.push_back(start + nameShift);
        for (DomainListRow row : part.listing.rows) {
            row.nameAt += nameShift;
            row.loaded += loadedShift;
            result.rows.push_back(row);
        }
        part.listing = {};
    }
    sortRows(result);
    *listing = std::move(result);
    return true;
}

bool loadDomainListingHead(Database& db, int limit, DomainListing* listing, QString* error)
{
    limit = std::max(limit, 1);
    const QSqlDatabase connection = db.connection();
    DomainListing result;
    HolderIndex holderIndex;
    if (!readHolders(connection, result, holderIndex, error))
        return false;

    // Like DomainRepository::pageByNextDue: one range scan of the index for
    // the dated rows, then one for the undated ones by name.
    const RowQuery query;
    const int limitAt = query.nextParameter();
    const auto dated = query.prepare(
        connection, QStringLiteral(" WHERE next_due IS NOT NULL ORDER BY next_due, a_label"
                                   " LIMIT ?%1")
                        .arg(limitAt));
    dated->bind(limitAt, qint64(limit));
    if (!readRows(*dated, holderIndex, result, nullptr) || readFailed(*dated, error))
        return false;
    if (int(result.rows.size()) < limit) {
        const auto undated = query.prepare(
            connection,
            QStringLiteral(" WHERE next_due IS NULL ORDER BY a_label LIMIT ?%1").arg(limitAt));
        undated->bind(limitAt, qint64(limit - int(result.rows.size())));
        if (!readRows(*undated, holderIndex, result, nullptr) || readFailed(*undated, error))
            return false;
    }
    result.complete = int(result.rows.size()) < limit;
    sortRows(result);
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
