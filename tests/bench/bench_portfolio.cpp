// Portfolio benchmark: bulk insert, every deadline, and the first page by next
// deadline, on a real SQLite file. Usage: bench_portfolio [DOMAINS] [--db FILE]
#include "rules/Clock.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace rd;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

void row(const QString& what, const QString& figure)
{
    out << "| " << what << " | " << figure << " |\n";
    out.flush();
}

QList<Domain> generate(int count, int holders, const QDateTime& now)
{
    QList<Domain> domains;
    domains.reserve(count);
    const Programme programmes[] = {Programme::None, Programme::None, Programme::None,
                                    Programme::TresEmUm, Programme::Sitestar};
    for (int i = 0; i < count; ++i) {
        Domain d;
        d.uLabel = QStringLiteral("dominio-%1.pt").arg(i, 7, 10, QLatin1Char('0'));
        d.registrantHandle =
            QStringLiteral("BNCH-%1-ADNS").arg(i % holders, 6, 10, QLatin1Char('0'));
        // Expiries spread over five years, creation one to ten years before.
        d.expiresAt = now.addSecs(qint64(i % 1826) * 86400 + (i % 86400));
        d.createdAt = d.expiresAt.addYears(-1 - i % 10);
        d.autoRenew = i % 2 == 0;
        d.programme = programmes[i % 5];
        d.statuses = {QStringLiteral("ok")};
        domains.append(std::move(d));
    }
    return domains;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    const int dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt >= 0 && dbAt + 1 < args.size()) {
        path = args.at(dbAt + 1);
        args.remove(dbAt, 2);
    }
    const int count = args.isEmpty() ? 1000000 : args.constFirst().toInt();
    const int holders = std::max(1, count / 100);
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(path);

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QString error;
    Database db;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    PortfolioService service(db, clock, QStringLiteral("bench"));

    out << "Registrar Desk benchmark: " << count << " domains, " << holders << " holders\n\n"
        << "| Measure | Result |\n| --- | --- |\n";

    QList<Contact> contacts;
    for (int i = 0; i < holders; ++i) {
        Contact c;
        c.handle = QStringLiteral("BNCH-%1-ADNS").arg(i, 6, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Titular %1").arg(i);
        c.vat = QStringLiteral("123456789");
        contacts.append(c);
    }
    QList<Contact> copies = contacts;
    const bool contactsOk = db.transaction(
        [&] {
            return std::all_of(copies.begin(), copies.end(),
                               [&](Contact& c) { return service.addContact(c, &error); });
        },
        &error);
    if (!contactsOk) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }

    QList<Domain> domains = generate(count, holders, clock.now());
    QElapsedTimer timer;

    // Storage alone, on a database of its own: rows, related rows, next deadline,
    // indexes; names validated and deadlines computed beforehand, untimed.
    {
        QList<Domain> copy = domains;
        QList<std::optional<Deadline>> next;
        next.reserve(copy.size());
        for (Domain& d : copy) {
            PortfolioService::validateDomain(d, &error);
            next.append(service.engine().next(DomainFacts::of(d), {}));
        }
        Database storageOnly;
        const QString storagePath = dir.filePath(QStringLiteral("storage-only.sqlite"));
        QFile::remove(storagePath);
        if (!storageOnly.open(storagePath, &error)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        PortfolioService holdersOnly(storageOnly, clock, QStringLiteral("bench"));
        for (Contact c : contacts)
            holdersOnly.addContact(c, &error);
        timer.start();
        const bool stored = storageOnly.transaction(
            [&] {
                return storageOnly.withIndexesSuspended(
                    {QStringLiteral("domains")}, copy.size(),
                    [&] { return holdersOnly.domains().insertMany(copy, next, &error); }, &error);
            },
            &error);
        const double storage = seconds(timer);
        if (!stored) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        row(QStringLiteral("bulk insert, storage (rows with status and next deadline, indexes; one "
                           "transaction)"),
            QStringLiteral("%1 s, %2 domains/s")
                .arg(storage, 0, 'f', 2)
                .arg(qint64(count / storage)));
        storageOnly.close();
        QFile::remove(storagePath);
    }

    // Validation alone, on a copy, to split the end-to-end figure below.
    {
        QList<Domain> copy = domains;
        timer.start();
        for (Domain& d : copy)
            PortfolioService::validateDomain(d, &error);
        row(QStringLiteral("validate %1 names (.pt rules, IDNA)").arg(count),
            QStringLiteral("%1 s").arg(seconds(timer), 0, 'f', 2));
    }

    timer.start();
    if (!service.addDomains(domains, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    const double insert = seconds(timer);
    row(QStringLiteral("bulk insert, end to end (validate, next deadline, row, history line; "
                       "one transaction)"),
        QStringLiteral("%1 s, %2 domains/s").arg(insert, 0, 'f', 2).arg(qint64(count / insert)));

    // A pending action on one domain in a hundred, as a busy desk has.
    const bool actionsOk = db.transaction(
        [&] {
            for (int i = 0; i < count; i += 100) {
                PendingAction action;
                action.domainId = domains.at(i).id;
                action.kind = ActionKind::Verification;
                action.steps.append({ActionStepKind::Opened, clock.now().addSecs(-3600), {}, {}});
                if (!service.actions().insert(action, &error))
                    return false;
            }
            return true;
        },
        &error);
    if (!actionsOk) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }

    timer.start();
    const QList<DomainFacts> facts = service.domains().allFacts();
    const QList<PendingAction> open = service.actions().allOpen();
    const double load = seconds(timer);
    QHash<qint64, QList<PendingAction>> byDomain;
    for (const PendingAction& a : open)
        byDomain[a.domainId].append(a);
    timer.start();
    qsizetype deadlineCount = 0;
    const QList<PendingAction> none;
    for (const DomainFacts& f : facts) {
        const auto found = byDomain.constFind(f.id);
        deadlineCount +=
            service.engine().evaluate(f, found == byDomain.cend() ? none : *found).size();
    }
    const double evaluate = seconds(timer);
    row(QStringLiteral("load facts of every domain and open action"),
        QStringLiteral("%1 s").arg(load, 0, 'f', 2));
    row(QStringLiteral("compute every deadline (%1 deadlines, levels as of now)")
            .arg(deadlineCount),
        QStringLiteral("%1 s").arg(evaluate, 0, 'f', 2));
    timer.start();
    const QList<Deadline> all = service.deadlines();
    row(QStringLiteral("`deadlines` end to end (load, compute, sort)"),
        QStringLiteral("%1 s").arg(seconds(timer), 0, 'f', 2));
    Q_UNUSED(all);

    // First page: a fresh connection, then the warm median.
    db.close();
    Database reopened;
    timer.start();
    if (!reopened.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    const double open_ = seconds(timer);
    PortfolioService fresh(reopened, clock, QStringLiteral("bench"));
    timer.start();
    QList<DomainSummary> page = fresh.domains().pageByNextDue(100);
    const double first = seconds(timer) * 1000;
    QList<double> runs;
    for (int i = 0; i < 51; ++i) {
        timer.start();
        page = fresh.domains().pageByNextDue(100);
        runs.append(seconds(timer) * 1000);
    }
    std::sort(runs.begin(), runs.end());
    row(QStringLiteral("open the database"), QStringLiteral("%1 ms").arg(open_ * 1000, 0, 'f', 1));
    row(QStringLiteral("first 100 domains by next due date (first call / median of 51)"),
        QStringLiteral("%1 ms / %2 ms").arg(first, 0, 'f', 2).arg(runs.at(25), 0, 'f', 2));
    row(QStringLiteral("database file"),
        QStringLiteral("%1 MiB").arg(QFileInfo(path).size() / (1024.0 * 1024.0), 0, 'f', 0));
    return page.size() == 100 ? 0 : 1;
}
