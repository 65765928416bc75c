#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <atomic>
#include <limits>
#include <vector>

namespace rd {

class Database;

// The whole portfolio as the desk's tables need it, read in two queries and
// kept compact: a million domains take about 80 MiB and load in a fraction of
// a second. Codes are decoded to small integers by the query, holders are
// shared by index (a holder has many domains), and names live in one buffer
// that a text filter searches in a single pass.
struct DomainListRow
{
    static constexpr qint64 NoMoment = std::numeric_limits<qint64>::max();

    qint64 id = 0;
    qint64 expiresAt = NoMoment; // seconds since the epoch, UTC
    qint64 nextDue = NoMoment;   // NoMoment: no deadline
    qint32 nameAt = 0;           // where the A-label starts in DomainListing::names
    qint32 loaded = 0;           // position in DomainListing::starts
    qint16 aLength = 0;
    qint16 uLength = 0;  // 0 when the U-label equals the A-label (an ASCII name)
    qint32 holder = -1;  // index in DomainListing::holders, -1 without one
    qint8 nextKind = -1; // int(DeadlineKind), -1 without a deadline
    qint8 programme = 0; // int(Programme)
    qint8 standing = 0;  // int(RegistryStanding)
    bool autoRenew = false;

    bool hasDeadline() const { return nextKind >= 0 && nextDue != NoMoment; }
};

struct DomainListHolder
{
    qint64 id = 0;
    QString handle;
    QString name; // the person's name, or the organisation's when it has none
    QString vat;
};

struct DomainListing
{
    std::vector<DomainListRow> rows; // by next due (domains without one last), then A-label
    QList<DomainListHolder> holders; // every contact, by handle
    // Every name in reading order: the A-label, then a line feed and the
    // U-label when it differs, then a line feed.
    QString names;
    std::vector<qint32> starts; // where each name starts in `names`, in reading order
    std::vector<qint32> rowOf;  // the row of each of them
    // False for the head of the portfolio (loadDomainListingHead): the rows
    // that come first by next due, not yet every domain.
    bool complete = true;

    QStringView aLabel(const DomainListRow& row) const
    {
        return QStringView(names).mid(row.nameAt, row.aLength);
    }
    QStringView uLabel(const DomainListRow& row) const // empty when equal to the A-label
    {
        return QStringView(names).mid(row.nameAt + row.aLength + 1, row.uLength);
    }
    QStringView name(const DomainListRow& row) const // the form people read
    {
        return row.uLength > 0 ? uLabel(row) : aLabel(row);
    }
};

// Reads the listing; false with a translated reason when the database cannot
// be read. Another thread may set `cancel` to stop the read early (false, no
// reason given).
bool loadDomainListing(Database& db, DomainListing* listing, QString* error,
                       const std::atomic<bool>* cancel = nullptr);

// The same, read over `connections` connections to the SQLite file at `path`,
// each scanning a range of ids in a thread of its own (the calling thread
// reads the first): where cores are free the scan's wall time divides by
// about as many, at the cost of a little more processor time (the parts are
// joined at the end).
bool loadDomainListing(const QString& path, int connections, DomainListing* listing, QString* error,
                       const std::atomic<bool>* cancel = nullptr);

// Reads only the first `limit` rows in the listing's order, through the
// (next_due, a_label) index: a few milliseconds however large the portfolio,
// so a window can show them while the whole listing loads. `complete` tells
// whether they are all the domains there are.
bool loadDomainListingHead(Database& db, int limit, DomainListing* listing, QString* error);

// How many domains each contact holds, by contact id (one pass over the
// registrant index); contacts that hold none are absent.
QHash<qint64, int> domainsHeldByContact(Database& db);

} // namespace rd
