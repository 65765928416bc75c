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
#include <ctime>
#include <sys/resource.h>

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

    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("portfolio.sqlite")), &error))
        qFatal("%s", qPrintable(error));
    FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
    PortfolioService service(db, clock, QStringLiteral("bench"));
    Contact holder;
    holder.handle = QStringLiteral("BNCH-000000-ADNS");
    holder.name = QStringLiteral("Bench");
    holder.vat = QStringLiteral("123456789");
    if (!service.addContact(holder, &error))
        qFatal("%s", qPrintable(error));

    const Seconds first =
        importOnce(csvPath, service, clock, QStringLiteral("into an empty portfolio"), rows);
    const Seconds again = importOnce(
        csvPath, service, clock, QStringLiteral("again, into the portfolio that holds them"), rows);

    // The floor: the sqlite3 shell reading the same file into a bare table.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "\nsqlite3 not found: install it (scripts/install-deps.sh) for the floor.\n";
        return 1;
    }
    QProcess shell;
    shell.start(sqlite3, {dir.filePath(QStringLiteral("floor.sqlite"))});
    shell.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
    shell.write(QStringLiteral("CREATE TABLE bare (domain TEXT, holder TEXT, expiry TEXT,"
                               " auto_renew TEXT, notes TEXT);\n"
                               ".mode csv\n"
                               ".separator ;\n"
                               ".import --skip 1 %1 bare\n"
                               "SELECT count(*) FROM bare;\n")
                    .arg(csvPath)
                    .toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double floor = seconds(timer);
    const QString count = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    if (count != QString::number(rows))
        qFatal("sqlite3 imported %s rows: %s", qPrintable(count),
               qPrintable(QString::fromUtf8(shell.readAllStandardError())));
    const double floorCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
    row(QStringLiteral("sqlite3 shell `.import` of the same file into a bare table (no "
                       "validation, no index)"),
        timed(floor, rows), floorCpu);
    // CPU time is the figure to compare: the machine is shared with other builds.
    out << "\nRatio to the floor, CPU time: " << QString::number(first.cpu / floorCpu, 'f', 1)
        << "x (empty portfolio), " << QString::number(again.cpu / floorCpu, 'f', 1)
        << "x (all unchanged); wall time: " << QString::number(first.wall / floor, 'f', 1) << "x, "
        << QString::number(again.wall / floor, 'f', 1) << "x\n";
    return 0;
}
