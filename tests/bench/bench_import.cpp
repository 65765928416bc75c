// Import benchmark: a spreadsheet of domain rows (Excel in Portuguese: ';',
// UTF-8 with BOM, dd/mm/yyyy, sim/não) read, validated and written into an
// empty portfolio, then imported again into the portfolio that holds them
// (every row unchanged); in the same run, the sqlite3 shell's .import of the
// same file into a bare table. Usage: bench_import [ROWS]
#include "csv/CsvReader.h"
#include "import/Importer.h"
#include "rules/Clock.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace rd;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU seconds of this process, or of its finished children: on a machine
// shared with other builds, wall time says more about the neighbours.
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void row(const QString& what, const QString& figure, double cpu)
{
    out << "| " << what << " | " << figure << " | " << QString::number(cpu, 'f', 2) << " s |\n";
    out.flush();
}

QString timed(double s, int rows)
{
    return QStringLiteral("%1 s, %2 rows/s")
        .arg(s, 0, 'f', 2)
        .arg(QLocale(QLocale::English).toString(qRound64(rows / s)));
}

bool writeFile(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text("\xEF\xBB\xBF");
    text += "Dom\xC3\xADnio;Titular;Data de expira\xC3\xA7\xC3\xA3o;Renova\xC3\xA7\xC3\xA3o "
            "autom\xC3\xA1tica;Notas\r\n";
    const QDate first(2027, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate expiry = first.addDays(i % 1826);
        text += QStringLiteral("dominio-%1.pt;BNCH-000000-ADNS;%2;%3;%4\r\n")
                    .arg(i, 7, 10, QLatin1Char('0'))
                    .arg(expiry.toString(QStringLiteral("dd/MM/yyyy")),
                         i % 2 == 0 ? QStringLiteral("sim") : QStringLiteral("não"),
                         i % 10 == 0 ? QStringLiteral("cliente desde 2019") : QString())
                    .toUtf8();
        if (text.size() > (1 << 22)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return true;
}

struct Seconds
{
    double wall = 0;
    double cpu = 0;
};

// One import: read, plan, write. Returns the total seconds.
Seconds importOnce(const QString& csv, PortfolioService& service, const Clock& clock,
                   const QString& label, int rows)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    const double cpu0 = cpuSeconds();
    csv::Table table;
    csv::ReadError readError;
    if (!csv::CsvReader::readFile(csv, {}, &table, &readError))
        qFatal("%s", qPrintable(readError.message));
    const double read = seconds(step);
    const double cpu1 = cpuSeconds();
    step.restart();
    import::Importer importer(service, clock, QStringLiteral("bench"));
    const import::ImportPlan plan = importer.plan(
        table, import::ColumnMapping::guess(import::ImportKind::Domains, table.header));
    const double planned = seconds(step);
    const double cpu2 = cpuSeconds();
    step.restart();
    QString error;
    import::Importer::WriteResult result;
    if (!importer.write(plan, {}, &result, &error))
        qFatal("%s", qPrintable(error));
    const double written = seconds(step);
    const double all = seconds(total);
    const double cpu3 = cpuSeconds();
    const import::PlanCounts c = plan.counts();
    row(label + QStringLiteral(", end to end (%1 new, %2 unchanged)").arg(c.added).arg(c.unchanged),
        QStringLiteral("**") + timed(all, rows) + QStringLiteral("**"), cpu3 - cpu0);
    row(QStringLiteral("&nbsp;&nbsp;read, decode and split the file"),
        QStringLiteral("%1 s").arg(read, 0, 'f', 2), cpu1 - cpu0);
    row(QStringLiteral("&nbsp;&nbsp;plan: validate every row, compare with the database"),
        QStringLiteral("%1 s").arg(planned, 0, 'f', 2), cpu2 - cpu1);
    row(QStringLiteral("&nbsp;&nbsp;write (one transaction, history line per domain, batch "
                       "for undo)"),
        QStringLiteral("%1 s").arg(written, 0, 'f', 2), cpu3 - cpu2);
    return {all, cpu3 - cpu0};
}

// Runs the sqlite3 shell on `file` with `script` on its standard input;
// the script's last statement prints the number of rows it holds.
Seconds runShell(const QString& sqlite3, const QString& file, const QString& script, int rows)
{
    QProcess shell;
    shell.start(sqlite3, {file});
    shell.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const Seconds taken{seconds(timer), cpuSeconds(RUSAGE_CHILDREN) - childCpu};
    const QString count = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    if (count != QString::number(rows))
        qFatal("sqlite3 stored %s rows: %s", qPrintable(count),
               qPrintable(QString::fromUtf8(shell.readAllStandardError())));
    return taken;
}

// An empty portfolio as the app creates it, with the benchmark's holder.
void createPortfolio(const QString& path, const Clock& clock)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    PortfolioService service(db, clock, QStringLiteral("bench"));
    Contact holder;
    holder.handle = QStringLiteral("BNCH-000000-ADNS");
    holder.name = QStringLiteral("Bench");
    holder.vat = QStringLiteral("123456789");
    if (!service.addContact(holder, &error))
        qFatal("%s", qPrintable(error));
}

// The rows of the benchmark's file stored as the import stores them, in SQL:
// the app's pragmas, its secondary indexes of domains and history dropped and
// built again (as Database::withIndexesSuspended does), dates converted from
// dd/mm/yyyy, the holder looked up, a history line per domain.
QString schemaFloorSql(const QString& csvPath)
{
    return QStringLiteral(
               "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
               " PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;\n"
               "CREATE TEMP TABLE bare (domain TEXT, holder TEXT, expiry TEXT,"
               " auto_renew TEXT, notes TEXT);\n"
               ".mode csv\n.separator ;\n.import --skip 1 --schema temp %1 bare\n"
               "BEGIN IMMEDIATE;\n"
               "CREATE TEMP TABLE indexes AS SELECT name, sql FROM sqlite_master"
               " WHERE type = 'index' AND tbl_name IN ('domains', 'history') AND sql IS NOT NULL;\n"
               "DROP INDEX domains_next_due; DROP INDEX domains_registrant;"
               " DROP INDEX domains_last_synced; DROP INDEX history_domain_at;\n"
               "INSERT INTO import_batches (kind, source, at, agent) VALUES"
               " ('domains', 'domains.csv', 1795000000, 'bench');\n"
               "INSERT INTO domains (a_label, u_label, registrant_id, expires_at, auto_renew,"
               " notes, updated_at, next_due, next_kind)"
               " SELECT domain, domain, (SELECT id FROM contacts WHERE handle = holder), e,"
               " auto_renew = 'sim', NULLIF(notes, ''), 1795000000, e - 2592000, 'deletion'"
               " FROM (SELECT *, unixepoch(substr(expiry, 7, 4) || '-' || substr(expiry, 4, 2)"
               " || '-' || substr(expiry, 1, 2)) AS e FROM temp.bare);\n"
               "INSERT INTO history (domain_id, at, agent, event, detail)"
               " SELECT id, 1795000000, 'bench', 'domain.imported', 'Imported from domains.csv"
               " (import 1), expiring ' || strftime('%Y-%m-%dT%H:%M:%SZ', expires_at, 'unixepoch')"
               " || ', auto-renew ' || iif(auto_renew, 'on', 'off') || '.' FROM domains;\n"
               "INSERT INTO import_items (batch_id, record_kind, first_id, last_id)"
               " SELECT 1, 'domain', MIN(id), MAX(id) FROM domains;\n"
               "CREATE INDEX domains_next_due ON domains (next_due, a_label);\n"
               "CREATE INDEX domains_registrant ON domains (registrant_id);\n"
               "CREATE INDEX domains_last_synced ON domains (last_synced);\n"
               "CREATE INDEX history_domain_at ON history (domain_id, at);\n"
               "COMMIT;\n"
               "SELECT count(*) FROM domains;\n")
        .arg(csvPath);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("domains.csv"));
    if (!writeFile(csvPath, rows))
        qFatal("cannot write the file");
    out << "Importing " << rows << " domain rows (" << QFile(csvPath).size() / (1024 * 1024)
        << " MiB of CSV)\n\n"
        << "| Measure | Wall time | CPU time |\n| --- | --- | --- |\n";

    FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
    const QString portfolioPath = dir.filePath(QStringLiteral("portfolio.sqlite"));
    const QString schemaFloorPath = dir.filePath(QStringLiteral("schema-floor.sqlite"));
    createPortfolio(portfolioPath, clock);
    createPortfolio(schemaFloorPath, clock);
    Database db;
    QString error;
    if (!db.open(portfolioPath, &error))
        qFatal("%s", qPrintable(error));
    PortfolioService service(db, clock, QStringLiteral("bench"));

    const Seconds first =
        importOnce(csvPath, service, clock, QStringLiteral("into an empty portfolio"), rows);
    const Seconds again = importOnce(
        csvPath, service, clock, QStringLiteral("again, into the portfolio that holds them"), rows);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "\nsqlite3 not found: install it (scripts/install-deps.sh) for the floor.\n";
        return 1;
    }
    // The floor: the sqlite3 shell reading the same file into a bare table.
    // Three runs, each into a new file; the median is the figure.
    std::vector<Seconds> floors;
    for (int run = 0; run < 3; ++run) {
        const QString file = dir.filePath(QStringLiteral("floor-%1.sqlite").arg(run));
        floors.push_back(runShell(sqlite3, file,
                                  QStringLiteral("CREATE TABLE bare (domain TEXT, holder TEXT,"
                                                 " expiry TEXT, auto_renew TEXT, notes TEXT);\n"
                                                 ".mode csv\n.separator ;\n"
                                                 ".import --skip 1 %1 bare\n"
                                                 "SELECT count(*) FROM bare;\n")
                                      .arg(csvPath),
                                  rows));
        QFile::remove(file);
    }
    std::sort(floors.begin(), floors.end(),
              [](const Seconds& a, const Seconds& b) { return a.wall < b.wall; });
    const Seconds floor = floors[1];
    row(QStringLiteral("sqlite3 shell `.import` of the same file into a bare table (no "
                       "validation, no index; median of 3 runs, %1–%2 s)")
            .arg(floors.front().wall, 0, 'f', 2)
            .arg(floors.back().wall, 0, 'f', 2),
        timed(floor.wall, rows), floor.cpu);

    // What SQLite alone needs to store these rows as an import does: the same
    // file read by the shell, then one transaction into a new portfolio with
    // the app's schema, a history line per domain and the indexes rebuilt.
    const Seconds stored = runShell(sqlite3, schemaFloorPath, schemaFloorSql(csvPath), rows);
    row(QStringLiteral("sqlite3 shell reading the same file and storing its rows as the import "
                       "does (no validation)"),
        timed(stored.wall, rows), stored.cpu);

    out << "\nRatio to the floor, wall time: " << QString::number(first.wall / floor.wall, 'f', 1)
        << "x (empty portfolio), " << QString::number(again.wall / floor.wall, 'f', 1)
        << "x (all unchanged); CPU time: " << QString::number(first.cpu / floor.cpu, 'f', 1)
        << "x, " << QString::number(again.cpu / floor.cpu, 'f', 1) << "x\n"
        << "Empty portfolio against SQLite storing the same rows: wall time "
        << QString::number(first.wall / stored.wall, 'f', 2) << "x, CPU time "
        << QString::number(first.cpu / stored.cpu, 'f', 2) << "x\n";
    return 0;
}
