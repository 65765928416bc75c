#pragma once

#include "model/Domain.h"
#include "rules/Deadline.h"
#include "rules/DeadlineEngine.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rd {

class Database;

// A domain row with its stored next deadline, for tables and lists that must
// not load every related row.
struct DomainSummary
{
    qint64 id = 0;
    QString aLabel;
    QString uLabel;
    QString registrantHandle;
    QString registrantName;
    QDateTime expiresAt;
    bool autoRenew = false;
    Programme programme = Programme::None;
    QDateTime nextDue; // invalid when the domain has no deadline
    std::optional<DeadlineKind> nextKind;
};

// Domains and what hangs off them (statuses, tech contacts, name servers with
// glue, DS records). next_due/next_kind are kept on the row so that "the first
// page by next deadline" is one indexed query; PortfolioService refreshes them.
class DomainRepository
{
    Q_DECLARE_TR_FUNCTIONS(DomainRepository)

public:
    explicit DomainRepository(Database& db)
        : m_db(db)
    {}

    // Registrant and tech handles must exist as contacts. Sets id and updatedAt.
    bool insert(Domain& domain, QString* error);
    // Bulk insert for imports: statements prepared once, each domain stored with
    // its next deadline (nextDeadlines[i] for domains[i]). All or nothing.
    bool insertMany(QList<Domain>& domains, const QList<std::optional<Deadline>>& nextDeadlines,
                    QString* error);
    bool update(Domain& domain, QString* error); // by id, replaces related rows
    std::optional<Domain> findById(qint64 id) const;
    std::optional<Domain> findByName(const QString& aLabel) const;
    QList<Domain> all() const; // by A-label, with related rows
    int count() const;

    QList<DomainFacts> allFacts() const; // the whole portfolio, cheaply
    std::optional<DomainFacts> facts(qint64 id) const;

    bool setNextDeadline(qint64 id, const std::optional<Deadline>& next, QString* error);

    // Ordered by next due (domains without one last), then A-label; keyset
    // paging: pass the last row of the previous page, or nullptr for the first.
    QList<DomainSummary> pageByNextDue(int limit, const DomainSummary* after = nullptr) const;
    QList<DomainSummary> summariesHeldBy(qint64 contactId) const;

private:
    Database& m_db;
};

} // namespace rd
