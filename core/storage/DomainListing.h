#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <limits>
#include <vector>

namespace rd {

class Database;

// The whole portfolio as the desk's tables need it, read in two queries and
// kept compact: a million domains fit in well under 200 MiB and load in a
// fraction of a second. Codes are decoded to small integers once, holders are
// shared by index (a holder has many domains).
struct DomainListRow
{
    static constexpr qint64 NoMoment = std::numeric_limits<qint64>::max();

    qint64 id = 0;
    qint64 expiresAt = NoMoment; // seconds since the epoch, UTC
    qint64 nextDue = NoMoment;   // NoMoment: no deadline
    QString aLabel;
    QString uLabel;      // null when it equals the A-label (an ASCII name)
    qint32 holder = -1;  // index in DomainListing::holders, -1 without one
    qint8 nextKind = -1; // int(DeadlineKind), -1 without a deadline
    qint8 programme = 0; // int(Programme)
    qint8 standing = 0;  // int(RegistryStanding)
    bool autoRenew = false;

    const QString& name() const { return uLabel.isNull() ? aLabel : uLabel; }
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
};

// Reads the listing; false with a translated reason when the database cannot be read.
bool loadDomainListing(Database& db, DomainListing* listing, QString* error);

// How many domains each contact holds, by contact id (one pass over the
// registrant index); contacts that hold none are absent.
QHash<qint64, int> domainsHeldByContact(Database& db);

} // namespace rd
