#include "storage/Database.h"

#include "storage/SqlSupport.h"

#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

namespace rd {

using namespace rd::sql;

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int SqliteHeaderSize = 100;

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

// QSqlDatabase connections are process-wide and named: every Database (and
// every probe) gets its own name so that two open files never share one.
QString uniqueConnectionName(QLatin1String prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rd-") % prefix % QLatin1Char('-') %
           QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

// The driver's text is a detail for support, after our own sentence.
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// What a read-only look at an existing, non-empty file found.
struct Probe
{
    enum Outcome
    {
        Ours,
        Foreign,
        NotDatabase,
        Failed
    };
    Outcome outcome = Failed;
    int version = 0;
    QSqlError sqlError;
};

// Reads the schema version without writing a byte: a refused file must stay
// byte-identical and grow no -wal/-shm companions.
Probe probeFile(const QString& absolutePath)
{
    Probe probe;
    QByteArray header;
    {
        QFile file(absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            probe.outcome = Probe::Failed;
            return probe;
        }
        header = file.read(SqliteHeaderSize);
    }
    // SQLite file format, section 1.3: the magic string, then the header fields.
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < SqliteHeaderSize || !header.startsWith(magic)) {
        probe.outcome = Probe::NotDatabase;
        return probe;
    }
    // Bytes 18-19 are 2 in WAL mode. A read-only connection to a WAL file creates
    // -wal and -shm and leaves them behind; when no -wal exists the main file holds
    // everything, so SQLite may treat it as immutable and open nothing else.
    const bool walMode = header.at(18) == 2 && header.at(19) == 2;
    const bool immutable = walMode && !QFileInfo::exists(absolutePath + QStringLiteral("-wal"));

    const QString name = uniqueConnectionName(QLatin1String("probe"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(absolutePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            probe.outcome = Probe::Failed;
            probe.sqlError = db.lastError();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                // SQLITE_NOTADB shows up here, not at open.
                probe.outcome = Probe::NotDatabase;
                probe.sqlError = query.lastError();
            } else {
                probe.version = query.value(0).toInt();
                query.finish();
                const QStringList tables = db.tables(QSql::Tables);
                // Version 0 with tables, or a version without our tables: another
                // program's SQLite file. A newer file is judged by its version alone.
                const bool foreign = probe.version == 0
                                         ? !tables.isEmpty()
                                         : probe.version <= Database::latestSchemaVersion() &&
                                               !tables.contains(QStringLiteral("domains"));
                probe.outcome = foreign ? Probe::Foreign : Probe::Ours;
            }
            query.clear();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* sqlError = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (sqlError)
        *sqlError = query.lastError();
    return false;
}

int readUserVersion(const QSqlDatabase& db, QSqlError* sqlError = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    if (sqlError)
        *sqlError = query.lastError();
    return -1;
}

QString uniqueBackupPath(const QString& path, int version)
{
    const QString stem = path % QStringLiteral(".v") % QString::number(version);
    QString candidate = stem % QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem % QLatin1Char('-') % QString::number(n) % QStringLiteral(".bak");
    return candidate;
}

QString notOursMessage(const QString& path)
{
    return Database::tr("%1 is not a Registrar Desk database. It was left untouched.")
        .arg(shown(path));
}

QString newerMessage(const QString& path, int version)
{
    return Database::tr("%1 was written by a newer version of Registrar Desk (database version "
                        "%2); this version reads database versions up to %3. The file was left "
                        "untouched.")
        .arg(shown(path))
        .arg(version)
        .arg(Database::latestSchemaVersion());
}

// Pragmas, version check and backup on the read-write connection. Returns the
// failure, or an empty string.
QString setUpConnection(QSqlDatabase& db, const QString& path, int targetVersion, int* stored,
                        QString* backupPath)
{
    if (!db.open())
        return withDetail(Database::tr("Cannot open %1.").arg(shown(path)), db.lastError());

    QSqlError sqlError;
    // Per connection, and outside any transaction: SQLite ignores it inside one.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError))
        return withDetail(Database::tr("Cannot set up %1.").arg(shown(path)), sqlError);

    // Read again on this connection: another program may have migrated meanwhile.
    *stored = readUserVersion(db, &sqlError);
    if (*stored < 0)
        return withDetail(Database::tr("Cannot read %1.").arg(shown(path)), sqlError);
    if (*stored > Database::latestSchemaVersion())
        return newerMessage(path, *stored);

    // The copy is taken before anything is written, the switch to WAL included.
    if (*stored > 0 && *stored < targetVersion) {
        const QString backup = uniqueBackupPath(QFileInfo(path).absoluteFilePath(), *stored);
        // VACUUM INTO (SQLite only) writes a consistent, compact snapshot even
        // while another connection writes; the target is a bound value.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec() || !QFileInfo::exists(backup)) {
            return withDetail(Database::tr("Cannot make a backup copy of %1 before updating it.")
                                  .arg(shown(path)),
                              query.lastError());
        }
        *backupPath = backup;
    }

    // WAL lets readers (the command line, a second window) work while the desk writes.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return withDetail(Database::tr("Cannot set up %1.").arg(shown(path)), query.lastError());
    const QString mode = query.value(0).toString();
    query.finish();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Some file systems (network shares) refuse WAL: keep working, but say so.
        qWarning("rd::Database: %s stays in %s journal mode", qUtf8Printable(shown(path)),
                 qUtf8Printable(mode));
    }
    // Safe with WAL: a power cut may lose the last commits, never consistency.
    if (!exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError))
        return withDetail(Database::tr("Cannot set up %1.").arg(shown(path)), sqlError);
    // A 64 MiB page cache (the default is 2 MiB) keeps the indexes of a large
    // portfolio in memory, so a bulk import does not spill pages mid-transaction.
    if (!exec(db, QStringLiteral("PRAGMA cache_size = -65536"), &sqlError) ||
        !exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"), &sqlError))
        return withDetail(Database::tr("Cannot set up %1.").arg(shown(path)), sqlError);
    return {};
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrationSteps().size());
}

bool Database::open(const QString& path, QString* error)
{
    return openAtVersion(path, latestSchemaVersion(), error);
}

bool Database::openAtVersion(const QString& path, int targetVersion, QString* error)
{
    close();
    m_path = path;
    m_backup.clear();
    m_created = false;
    m_createdFolders.clear();

    const int latest = latestSchemaVersion();
    if (targetVersion < 0 || targetVersion > latest) {
        setError(error, tr("Database version %1 does not exist; the latest is %2.")
                            .arg(targetVersion)
                            .arg(latest));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(driverName())) {
        setError(error, tr("Cannot open %1: the SQLite driver for Qt (QSQLITE) is not installed.")
                            .arg(shown(path)));
        return false;
    }

    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    const bool existed = info.exists();
    // Remember which folders this open creates, so a caller that gives up can
    // take them away again and leave the disk as it found it.
    QStringList missing;
    for (QDir dir(info.absolutePath()); !dir.exists(); dir.setPath(QFileInfo(dir.path()).path()))
        missing.append(dir.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, tr("Cannot create the folder %1.").arg(shown(info.absolutePath())));
        return false;
    }
    m_createdFolders = missing; // deepest first

    // Look before touching: the version decides whether we may write at all.
    if (info.exists() && (!info.isFile() || info.size() > 0)) {
        const Probe probe = probeFile(absolutePath);
        switch (probe.outcome) {
        case Probe::Ours:
            break;
        case Probe::Foreign:
        case Probe::NotDatabase:
            setError(error, notOursMessage(path));
            return false;
        case Probe::Failed:
            setError(error, withDetail(tr("Cannot read %1.").arg(shown(path)), probe.sqlError));
            return false;
        }
        if (probe.version > latest) {
            setError(error, newerMessage(path, probe.version));
            return false;
        }
    }

    m_connectionName = uniqueConnectionName(QLatin1String("db"));
    QString failure;
    int stored = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), m_connectionName);
        db.setDatabaseName(absolutePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") %
                             QString::number(BusyTimeoutMs));
        failure = setUpConnection(db, path, targetVersion, &stored, &m_backup);
    }
    if (failure.isEmpty() && stored < targetVersion)
        migrate(stored, targetVersion, &failure);
    if (!failure.isEmpty()) {
        setError(error, failure);
        close();
        return false;
    }
    m_created = !existed;
    m_versionAtOpen = stored;
    return true;
}

bool Database::withIndexesSuspended(const QStringList& tables, qint64 rows,
                                    const std::function<bool()>& work, QString* error)
{
    QSqlDatabase db = connection();
    constexpr qint64 smallestBulk = 10000;
    if (m_transactionDepth == 0 || rows < smallestBulk || db.driverName() != driverName() ||
        tables.isEmpty())
        return work();

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM ") % tables.constFirst());
    if (!query.exec() || !query.next() || query.value(0).toLongLong() > rows)
        return work();

    // Named indexes only: those behind UNIQUE and PRIMARY KEY have no SQL and stay.
    QStringList names, definitions;
    for (const QString& table : tables) {
        query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                     " AND tbl_name = ? AND sql IS NOT NULL"));
        query.addBindValue(table);
        if (!query.exec())
            return work();
        while (query.next()) {
            names.append(query.value(0).toString());
            definitions.append(query.value(1).toString());
        }
    }
    const auto run = [&](const QString& sql) {
        QSqlQuery statement(db);
        if (statement.exec(sql))
            return true;
        setError(error,
                 withDetail(tr("Cannot update %1.").arg(shown(m_path)), statement.lastError()));
        return false;
    };
    for (const QString& name : std::as_const(names)) {
        if (!run(QStringLiteral("DROP INDEX \"") % name % QLatin1Char('"')))
            return false;
    }
    if (!work())
        return false;
    return std::all_of(definitions.cbegin(), definitions.cend(), run);
}

bool Database::migrate(int from, int to, QString* error)
{
    QSqlDatabase db = connection();
    for (const MigrationStep& step : migrationSteps()) {
        if (step.toVersion <= from || step.toVersion > to)
            continue;
        auto fail = [&](const QSqlError& sqlError, bool rollBack) {
            if (rollBack)
                db.rollback();
            // The step's description is for developers and stays out of the sentence.
            setError(error, withDetail(tr("Cannot update %1 to database version %2.")
                                           .arg(shown(m_path))
                                           .arg(step.toVersion),
                                       sqlError));
            return false;
        };

        QSqlError sqlError;
        // IMMEDIATE takes the write lock now, so two programs opening the same
        // old file migrate one after the other (SQLite syntax).
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &sqlError))
            return fail(sqlError, false);
        const int current = readUserVersion(db, &sqlError);
        if (current < 0)
            return fail(sqlError, true);
        if (current >= step.toVersion) {
            db.rollback(); // another program got there first
            continue;
        }
        for (const QString& statement : step.statements) {
            if (!exec(db, statement, &sqlError))
                return fail(sqlError, true);
        }
        // Inside the step's transaction, so version and schema change together.
        // PRAGMA takes no bound values; the number is ours, not user data.
        if (!exec(db, QStringLiteral("PRAGMA user_version = ") % QString::number(step.toVersion),
                  &sqlError)) {
            return fail(sqlError, true);
        }
        if (!db.commit())
            return fail(db.lastError(), true);
    }
    return true;
}

void Database::close()
{
    m_transactionDepth = 0;
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    // Only after the last QSqlDatabase copy is gone, or Qt warns the connection is in use.
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void Database::discardCreated()
{
    const bool created = m_created;
    const QStringList folders = m_createdFolders;
    close();
    m_created = false;
    m_createdFolders.clear();
    if (!created)
        return;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    for (const QString& folder : folders)
        QDir().rmdir(folder); // only ever removes an empty folder
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    if (m_connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return -1;
    return readUserVersion(connection());
}

bool Database::transaction(const std::function<bool()>& work, QString* error)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        setError(error, tr("The portfolio database is not open."));
        return false;
    }
    if (m_transactionDepth > 0)
        return nestedTransaction(db, work, error);

    QSqlError sqlError;
    // IMMEDIATE: take the write lock up front, so a unit of work never fails
    // halfway with "database is locked" when another program writes (SQLite syntax).
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &sqlError)) {
        setError(error,
                 withDetail(tr("Cannot start a unit of work on %1.").arg(shown(m_path)), sqlError));
        return false;
    }

    // Resets the depth and rolls back even when work() throws.
    struct Guard
    {
        QSqlDatabase& db;
        int& depth;
        bool done = false;
        ~Guard()
        {
            depth = 0;
            if (!done)
                db.rollback();
        }
    } guard{db, m_transactionDepth};
    m_transactionDepth = 1;

    if (!work())
        return false; // the guard rolls back; work() has said why

    if (!db.commit()) {
        // A failed COMMIT (a deferred constraint, a full disk) leaves the
        // transaction open in SQLite: the guard rolls it back.
        setError(
            error,
            withDetail(tr("Cannot save the changes to %1; nothing was saved.").arg(shown(m_path)),
                       db.lastError()));
        return false;
    }
    guard.done = true;
    return true;
}

bool Database::nestedTransaction(QSqlDatabase& db, const std::function<bool()>& work,
                                 QString* error)
{
    // Savepoint names only need to be unique along the current nesting.
    const QString savepoint = QStringLiteral("rd_unit_") % QString::number(m_transactionDepth);
    QSqlError sqlError;
    if (!exec(db, QStringLiteral("SAVEPOINT ") % savepoint, &sqlError)) {
        setError(error,
                 withDetail(tr("Cannot start a unit of work on %1.").arg(shown(m_path)), sqlError));
        return false;
    }

    struct Guard
    {
        QSqlDatabase& db;
        int& depth;
        const QString& savepoint;
        bool done = false;
        ~Guard()
        {
            --depth;
            if (!done) {
                exec(db, QStringLiteral("ROLLBACK TO ") % savepoint);
                exec(db, QStringLiteral("RELEASE ") % savepoint);
            }
        }
    } guard{db, m_transactionDepth, savepoint};
    ++m_transactionDepth;

    if (!work())
        return false;
    if (!exec(db, QStringLiteral("RELEASE ") % savepoint, &sqlError)) {
        setError(
            error,
            withDetail(tr("Cannot save the changes to %1; nothing was saved.").arg(shown(m_path)),
                       sqlError));
        return false;
    }
    guard.done = true;
    return true;
}

QString Database::defaultPath()
{
    QString folder;
    if (QCoreApplication::organizationName().isEmpty() &&
        QCoreApplication::applicationName().isEmpty()) {
        // No names set (no application object yet): AppDataLocation would be the
        // bare data folder, shared with every other program.
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                 QStringLiteral("/RegistrarDesk");
    } else {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.RegistrarDesk");
    return folder + QStringLiteral("/portfolio.sqlite");
}

} // namespace rd
