#include "TestDatabase.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

// A plain connection for fixtures and checks, outside the code under test.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, bool readOnly = false)
        : m_name(QStringLiteral("raw-") % QString::number(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// Runs statements; on failure says which one and why.
bool run(const QSqlDatabase& db, const QStringList& statements, QString* why = nullptr)
{
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            if (why)
                *why = sql % QStringLiteral(": ") % query.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QStringList v1Tables{
    QStringLiteral("contacts"),        QStringLiteral("domains"),
    QStringLiteral("domain_statuses"), QStringLiteral("domain_contacts"),
    QStringLiteral("name_servers"),    QStringLiteral("name_server_addresses"),
    QStringLiteral("ds_records"),      QStringLiteral("actions"),
    QStringLiteral("action_steps"),    QStringLiteral("history"),
};

// Sample rows valid for the schema at `version`, in raw SQL as that version knew it.
QStringList sampleRows(int version)
{
    QStringList rows{
        QStringLiteral("INSERT INTO contacts (id, handle, kind, name, street1, city, postcode,"
                       " country_code, email, verification, created_at, updated_at) VALUES"
                       " (1, 'JOAO-1-ADNS', 'person', 'João Ñandú', 'Rua das Flores, 1', 'Évora',"
                       " '7000-001', 'PT', 'joao@example.pt', 'verified', 1700000000, 1700000001)"),
        QStringLiteral("INSERT INTO contacts (id, handle, kind, name, organisation, vat) VALUES"
                       " (2, 'ACME-2-ADNS', 'organisation', 'Acme, Lda.', 'Acme, Lda.',"
                       " '503504564')"),
        QStringLiteral("INSERT INTO domains (id, a_label, u_label, roid, registrant_id, created_at,"
                       " expires_at, auto_renew, owner_conf, programme, notes, updated_at) VALUES"
                       " (1, 'xn--caf-dma.pt', 'café.pt', 'R1-PT', 1, 1600000000, 1800000000, 1, 1,"
                       " '3em1', 'nota', 1700000000)"),
        QStringLiteral("INSERT INTO domains (id, a_label, u_label, registrant_id, expires_at)"
                       " VALUES (2, 'acme.pt', 'acme.pt', 2, 1750000000)"),
        QStringLiteral("INSERT INTO domain_statuses VALUES (1, 0, 'ok'), (2, 0, 'clientHold')"),
        QStringLiteral("INSERT INTO domain_contacts VALUES (1, 0, 2)"),
        QStringLiteral("INSERT INTO name_servers (id, domain_id, position, host) VALUES"
                       " (1, 1, 0, 'ns1.xn--caf-dma.pt'), (2, 1, 1, 'ns.example.net')"),
        QStringLiteral("INSERT INTO name_server_addresses VALUES (1, 0, '192.0.2.1'),"
                       " (1, 1, '2001:db8::1')"),
        QStringLiteral("INSERT INTO ds_records VALUES (1, 0, 12345, 13, 2, 'ABCDEF0123')"),
        QStringLiteral("INSERT INTO actions (id, domain_id, kind, state, assignee) VALUES"
                       " (1, 1, 'verification', 'open', 'ana')"),
        QStringLiteral(
            "INSERT INTO action_steps VALUES (1, 0, 'opened', 1700000100, 'ana', 'nota')"),
        QStringLiteral("INSERT INTO history (domain_id, at, agent, event, detail) VALUES"
                       " (1, 1700000000, 'ana', 'domain.added', 'Adicionado à carteira')"),
    };
    if (version >= 2) {
        rows.append(QStringLiteral(
            "UPDATE domains SET next_due = 1797408000, next_kind = 'deletion' WHERE id = 1"));
    }
    if (version >= 3)
        rows.append(QStringLiteral("INSERT INTO settings VALUES ('alerts.notice-days', '30')"));
    return rows;
}

// Every row of the table, restricted to the given columns, as text.
QStringList dump(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ") % columns.join(QStringLiteral(", ")) %
                    QStringLiteral(" FROM ") % table % QStringLiteral(" ORDER BY rowid"))) {
        rows.append(QStringLiteral("error: ") % query.lastError().text());
        return rows;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            values.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                  : query.value(i).toString());
        }
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

// A database written by a later program: our tables and a higher version.
bool makeNewerDatabase(const QString& path, int version, bool wal, QString* why)
{
    RawConnection raw(path);
    if (!raw.isOpen())
        return false;
    QStringList statements;
    if (wal)
        statements.append(QStringLiteral("PRAGMA journal_mode = WAL"));
    statements << QStringLiteral("CREATE TABLE domains (id INTEGER PRIMARY KEY, a_label TEXT)")
               << QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
               << QStringLiteral("INSERT INTO domains (a_label) VALUES ('futuro.pt')")
               << QStringLiteral("PRAGMA user_version = ") % QString::number(version);
    return run(raw.db(), statements, why);
}

bool companionsExist(const QString& path)
{
    return QFile::exists(path + QStringLiteral("-wal")) ||
           QFile::exists(path + QStringLiteral("-shm")) ||
           QFile::exists(path + QStringLiteral("-journal"));
}

} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkLoadsRebuildTheIndexes_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<bool>("commit");
        QTest::addColumn<bool>("suspended"); // whether work() runs without the indexes
        QTest::newRow("large, committed") << qint64(20000) << true << true;
        QTest::newRow("large, rolled back") << qint64(20000) << false << true;
        QTest::newRow("small batch keeps them") << qint64(50) << true << false;
    }

    void bulkLoadsRebuildTheIndexes()
    {
        QFETCH(qint64, rows);
        QFETCH(bool, commit);
        QFETCH(bool, suspended);
        test::TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const auto indexes = [&] {
            QSqlQuery query(t.db().connection());
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND"
                                      " tbl_name = 'domains' AND sql IS NOT NULL ORDER BY name"));
            QStringList names;
            while (query.next())
                names << query.value(0).toString();
            return names;
        };
        const QStringList before = indexes();
        QVERIFY(before.contains(QStringLiteral("domains_next_due")));
        QString error;
        bool ranWithout = false;
        const bool ok = t.db().transaction(
            [&] {
                return t.db().withIndexesSuspended(
                    {QStringLiteral("domains")}, rows,
                    [&] {
                        ranWithout = indexes().isEmpty();
                        return commit;
                    },
                    &error);
            },
            &error);
        QCOMPARE(ok, commit);
        QCOMPARE(ranWithout, suspended);
        QCOMPARE(indexes(), before);
    }

    void init();

    void migrationStepsAreOrdered();
    void freshFileIsLatest();
    void emptyFileIsCreated();
    void discardCreatedRemovesOnlyWhatOpenMade();
    void reopenNeedsNoMigration();
    void openAtVersion_data();
    void openAtVersion();
    void openAtVersionRejectsUnknownVersion();
    void migratesFromVersionZero();
    void migratesFromEarlierVersion_data();
    void migratesFromEarlierVersion();
    void backupNameIsUnique();
    void failedStepKeepsEarlierVersion();
    void refusesNewerDatabase_data();
    void refusesNewerDatabase();
    void refusesNonDatabase_data();
    void refusesNonDatabase();
    void foreignKeysAreEnforced();
    void deletingDomainCascadesToItsRows();
    void historyIsAppendOnly();
    void transactionCommits();
    void transactionRollsBack();
    void nestedTransactionUsesSavepoint();
    void failedCommitRollsBack();
    void transactionNeedsOpenDatabase();
    void connectionsAreUniqueAndRemoved();
    void twoDatabasesShareOneFile();
    void defaultPathIsInAppData();
};

void TstDatabase::init()
{
    // Qt Sql reports leaked connections ("still in use") as warnings only.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstDatabase::migrationStepsAreOrdered()
{
    const QList<MigrationStep>& steps = migrationSteps();
    QCOMPARE(Database::latestSchemaVersion(), static_cast<int>(steps.size()));
    QVERIFY(Database::latestSchemaVersion() >= 3);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).toVersion, static_cast<int>(i) + 1);
        QVERIFY(!steps.at(i).description.isEmpty());
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
}

void TstDatabase::freshFileIsLatest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The parent folders do not exist yet: open() makes them.
    const QString path = dir.filePath(QStringLiteral("data/nested/portfolio.sqlite"));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path);
    QVERIFY(db.wasCreated());
    QVERIFY(db.backupPath().isEmpty());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    const QSqlDatabase sql = db.connection();
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(scalar(sql, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);

    const QStringList tables = sql.tables();
    for (const QString& table : v1Tables)
        QVERIFY2(tables.contains(table), qPrintable(table));
    QVERIFY(tables.contains(QStringLiteral("settings")));
    QVERIFY(columnsOf(sql, QStringLiteral("domains")).contains(QStringLiteral("next_due")));
}

void TstDatabase::emptyFileIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    QVERIFY(writeFile(path, QByteArray()));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    // Set up, but not ours to throw away: the file was there before.
    QVERIFY(!db.wasCreated());
    QCOMPARE(db.versionAtOpen(), 0);
    QVERIFY(db.backupPath().isEmpty());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    db.discardCreated();
    QVERIFY(QFileInfo::exists(path));
}

void TstDatabase::discardCreatedRemovesOnlyWhatOpenMade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/portfolio.sqlite"));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(db.wasCreated());
    QCOMPARE(db.createdFolders(),
             (QStringList{dir.filePath(QStringLiteral("a/b")), dir.filePath(QStringLiteral("a"))}));
    db.discardCreated();
    QVERIFY(!db.isOpen());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a"))));
    QVERIFY(QFileInfo::exists(dir.path()));

    // A folder that gained other files on the way is left alone.
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/notes.txt")), QByteArrayLiteral("keep")));
    db.discardCreated();
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("a/notes.txt"))));
}

void TstDatabase::reopenNeedsNoMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    // Opening again closes the first connection.
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(!db.wasCreated());
    QVERIFY(db.backupPath().isEmpty());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
}

void TstDatabase::openAtVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version <= Database::latestSchemaVersion(); ++version)
        QTest::addRow("v%d", version) << version;
}

void TstDatabase::openAtVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    Database db;
    QString error;
    QVERIFY2(db.openAtVersion(path, version, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), version);
    const QStringList tables = db.connection().tables();
    QCOMPARE(tables.contains(QStringLiteral("domains")), version >= 1);
    QCOMPARE(
        columnsOf(db.connection(), QStringLiteral("domains")).contains(QStringLiteral("next_due")),
        version >= 2);
    QCOMPARE(tables.contains(QStringLiteral("settings")), version >= 3);
    if (version >= 1) {
        QString why;
        QVERIFY2(run(db.connection(), sampleRows(version), &why), qPrintable(why));
    }
}

void TstDatabase::openAtVersionRejectsUnknownVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    for (int version : {-1, Database::latestSchemaVersion() + 1}) {
        Database db;
        QString error;
        QVERIFY(!db.openAtVersion(path, version, &error));
        QVERIFY2(error.contains(QString::number(version)), qPrintable(error));
        QVERIFY(!db.isOpen());
        QVERIFY(!QFile::exists(path));
    }
}

void TstDatabase::migratesFromVersionZero()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    QString error;
    {
        Database db;
        QVERIFY2(db.openAtVersion(path, 0, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 0);
    }
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db.wasCreated());
    QCOMPARE(db.versionAtOpen(), 0);
    // Nothing worth keeping in an empty schema: no copy.
    QVERIFY(db.backupPath().isEmpty());
}

void TstDatabase::migratesFromEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TstDatabase::migratesFromEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    QString error;
    QHash<QString, QStringList> columns;
    QHash<QString, QStringList> before;
    {
        Database old;
        QVERIFY2(old.openAtVersion(path, version, &error), qPrintable(error));
        QString why;
        QVERIFY2(run(old.connection(), sampleRows(version), &why), qPrintable(why));
        for (const QString& table : v1Tables) {
            columns.insert(table, columnsOf(old.connection(), table));
            before.insert(table, dump(old.connection(), table, columns.value(table)));
            QVERIFY2(!before.value(table).isEmpty(), qPrintable(table));
        }
    }

    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db.wasCreated());
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    for (const QString& table : v1Tables)
        QCOMPARE(dump(db.connection(), table, columns.value(table)), before.value(table));

    // The repositories read the migrated rows.
    ContactRepository contacts(db);
    const auto joao = contacts.findByHandle(QStringLiteral("JOAO-1-ADNS"));
    QVERIFY(joao.has_value());
    QCOMPARE(joao->name, QStringLiteral("João Ñandú"));
    QCOMPARE(joao->verification, VerificationState::Verified);
    QCOMPARE(joao->createdAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    HistoryRepository history(db);
    QCOMPARE(history.forDomain(1).size(), 1);

    // The copy is the file as it was, under <path>.v<version>.bak.
    const QString backup =
        path % QStringLiteral(".v") % QString::number(version) % QStringLiteral(".bak");
    QCOMPARE(QFileInfo(db.backupPath()).absoluteFilePath(), QFileInfo(backup).absoluteFilePath());
    QVERIFY(QFile::exists(backup));
    RawConnection copy(backup, true);
    QVERIFY(copy.isOpen());
    QCOMPARE(scalar(copy.db(), QStringLiteral("PRAGMA user_version")).toInt(), version);
    for (const QString& table : v1Tables) {
        QCOMPARE(columnsOf(copy.db(), table), columns.value(table));
        QCOMPARE(dump(copy.db(), table, columns.value(table)), before.value(table));
    }
}

void TstDatabase::backupNameIsUnique()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    QString error;
    {
        Database old;
        QVERIFY2(old.openAtVersion(path, 1, &error), qPrintable(error));
        QVERIFY(run(old.connection(), sampleRows(1)));
    }
    const QString taken = path + QStringLiteral(".v1.bak");
    const QString alsoTaken = path + QStringLiteral(".v1-2.bak");
    QVERIFY(writeFile(taken, "an older copy"));
    QVERIFY(writeFile(alsoTaken, "another older copy"));

    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(db.backupPath()).fileName(), QStringLiteral("portfolio.sqlite.v1-3.bak"));
    QVERIFY(QFile::exists(db.backupPath()));
    QFile first(taken);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), QByteArray("an older copy"));
    QFile second(alsoTaken);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), QByteArray("another older copy"));
}

void TstDatabase::failedStepKeepsEarlierVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    QString error;
    {
        Database old;
        QVERIFY2(old.openAtVersion(path, 1, &error), qPrintable(error));
        QVERIFY(run(old.connection(), sampleRows(1)));
        // Takes the name step 2 needs for its index, so step 2 fails halfway.
        QVERIFY(run(old.connection(),
                    {QStringLiteral("CREATE INDEX domains_next_due ON domains (a_label)")}));
    }
    Database db;
    QVERIFY(!db.open(path, &error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
    QVERIFY(QFile::exists(db.backupPath()));

    RawConnection raw(path, true);
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
    // The step's earlier statements were rolled back with it.
    QVERIFY(!columnsOf(raw.db(), QStringLiteral("domains")).contains(QStringLiteral("next_due")));
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT COUNT(*) FROM domains")).toInt(), 2);
}

void TstDatabase::refusesNewerDatabase_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("ahead");
    QTest::addColumn<bool>("wal");
    QTest::newRow("one ahead") << QStringLiteral("portfolio.sqlite") << 1 << false;
    QTest::newRow("five ahead") << QStringLiteral("portfolio.sqlite") << 5 << false;
    // What a later Registrar Desk leaves behind: a WAL file, closed cleanly.
    QTest::newRow("one ahead, WAL") << QStringLiteral("portfolio.sqlite") << 1 << true;
    QTest::newRow("five ahead, WAL") << QStringLiteral("portfolio.sqlite") << 5 << true;
    QTest::newRow("odd path, WAL") << QStringLiteral("pasta é #1/carteira?%20.sqlite") << 1 << true;
}

void TstDatabase::refusesNewerDatabase()
{
    QFETCH(QString, fileName);
    QFETCH(int, ahead);
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const int newer = Database::latestSchemaVersion() + ahead;
    QString why;
    QVERIFY2(makeNewerDatabase(path, newer, wal, &why), qPrintable(why));
    QVERIFY(!companionsExist(path));
    const QByteArray hash = sha256(path);
    QVERIFY(!hash.isEmpty());
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

    for (int attempt = 0; attempt < 2; ++attempt) {
        Database db;
        QString error;
        const bool opened = attempt == 0
                                ? db.open(path, &error)
                                : db.openAtVersion(path, Database::latestSchemaVersion(), &error);
        QVERIFY(!opened);
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
        QVERIFY2(error.contains(QString::number(Database::latestSchemaVersion())),
                 qPrintable(error));
        QVERIFY(db.backupPath().isEmpty());
    }
    QCOMPARE(sha256(path), hash);
    QVERIFY(!companionsExist(path));
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), filesBefore);
}

void TstDatabase::refusesNonDatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("statements"); // to build a foreign SQLite file instead

    QTest::newRow("text") << QByteArray("domain,expires\nexemplo.pt,2026-01-01\n") << QStringList();
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 131 + 7) % 256);
    QTest::newRow("binary") << binary << QStringList();
    QTest::newRow("shorter than a header") << QByteArray("SQLite format 3") << QStringList();
    QTest::newRow("SQLite magic, broken header")
        << (QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff')) << QStringList();
    QTest::newRow("another program's SQLite file")
        << QByteArray()
        << QStringList{QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                       QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")};
    QTest::newRow("another program's versioned SQLite file")
        << QByteArray()
        << QStringList{QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                       QStringLiteral("PRAGMA user_version = 2")};
}

void TstDatabase::refusesNonDatabase()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    if (statements.isEmpty()) {
        QVERIFY(writeFile(path, bytes));
    } else {
        RawConnection raw(path);
        QString why;
        QVERIFY2(run(raw.db(), statements, &why), qPrintable(why));
    }
    QVERIFY(!companionsExist(path));
    const QByteArray hash = sha256(path);

    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY(!db.isOpen());
    QCOMPARE(error,
             QDir::toNativeSeparators(path) +
                 QStringLiteral(" is not a Registrar Desk database. It was left untouched."));
    QCOMPARE(sha256(path), hash);
    QVERIFY(!companionsExist(path));
}

void TstDatabase::foreignKeysAreEnforced()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    const QSqlDatabase sql = fixture.db().connection();
    QVERIFY(run(sql, sampleRows(Database::latestSchemaVersion())));

    const QStringList refused{
        QStringLiteral("INSERT INTO domains (a_label, u_label, registrant_id) VALUES"
                       " ('orfao.pt', 'orfao.pt', 999)"),
        QStringLiteral("INSERT INTO domain_contacts VALUES (2, 0, 999)"),
        QStringLiteral("INSERT INTO domain_statuses VALUES (999, 0, 'ok')"),
        QStringLiteral("INSERT INTO history (domain_id, at, agent, event) VALUES"
                       " (999, 1, 'ana', 'x')"),
        QStringLiteral("INSERT INTO actions (domain_id, kind, state) VALUES"
                       " (999, 'verification', 'open')"),
        QStringLiteral("INSERT INTO action_steps VALUES (999, 0, 'opened', 1, 'ana', '')"),
        // Contacts referenced by domains stay.
        QStringLiteral("DELETE FROM contacts WHERE id = 2"),
        // A domain with history or actions stays.
        QStringLiteral("DELETE FROM domains WHERE id = 1"),
    };
    for (const QString& statement : refused) {
        QSqlQuery query(sql);
        QVERIFY2(!query.exec(statement), qPrintable(statement));
    }
    QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt(), 2);
    QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM domains")).toInt(), 2);
}

void TstDatabase::deletingDomainCascadesToItsRows()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    const QSqlDatabase sql = fixture.db().connection();
    QString why;
    QVERIFY2(run(sql,
                 {QStringLiteral("INSERT INTO domains (id, a_label, u_label) VALUES"
                                 " (7, 'apagar.pt', 'apagar.pt')"),
                  QStringLiteral("INSERT INTO domain_statuses VALUES (7, 0, 'ok')"),
                  QStringLiteral("INSERT INTO name_servers VALUES (70, 7, 0, 'ns1.apagar.pt')"),
                  QStringLiteral("INSERT INTO name_server_addresses VALUES (70, 0, '192.0.2.7')"),
                  QStringLiteral("INSERT INTO ds_records VALUES (7, 0, 1, 8, 2, 'AA')"),
                  QStringLiteral("DELETE FROM domains WHERE id = 7")},
                 &why),
             qPrintable(why));
    for (const QString& table :
         {QStringLiteral("domain_statuses"), QStringLiteral("name_servers"),
          QStringLiteral("name_server_addresses"), QStringLiteral("ds_records")}) {
        QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt(), 0);
    }
}

void TstDatabase::historyIsAppendOnly()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    const QSqlDatabase sql = fixture.db().connection();
    QVERIFY(run(sql, sampleRows(Database::latestSchemaVersion())));
    const QStringList before =
        dump(sql, QStringLiteral("history"), columnsOf(sql, QStringLiteral("history")));

    for (const QString& statement : {QStringLiteral("UPDATE history SET detail = 'reescrito'"),
                                     QStringLiteral("DELETE FROM history"),
                                     QStringLiteral("DELETE FROM history WHERE domain_id = 1")}) {
        QSqlQuery query(sql);
        QVERIFY2(!query.exec(statement), qPrintable(statement));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
    }
    QCOMPARE(dump(sql, QStringLiteral("history"), columnsOf(sql, QStringLiteral("history"))),
             before);

    // Appending still works.
    HistoryEntry entry;
    entry.domainId = 1;
    entry.at = QDateTime::fromSecsSinceEpoch(1700000500, Qt::UTC);
    entry.agent = QStringLiteral("rui");
    entry.event = QStringLiteral("domain.renewed");
    HistoryRepository history(fixture.db());
    QString error;
    QVERIFY2(history.append(entry, &error), qPrintable(error));
    QCOMPARE(history.forDomain(1).size(), 2);
}

void TstDatabase::transactionCommits()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    Database& db = fixture.db();
    QString error;
    QVERIFY2(db.transaction(
                 [&] {
                     return run(db.connection(),
                                {QStringLiteral("INSERT INTO settings VALUES ('a', '1')"),
                                 QStringLiteral("INSERT INTO settings VALUES ('b', '2')")});
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 2);
}

void TstDatabase::transactionRollsBack()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    Database& db = fixture.db();
    QString error = QStringLiteral("set by work");
    const bool committed = db.transaction(
        [&] {
            run(db.connection(), {QStringLiteral("INSERT INTO contacts (handle, kind) VALUES"
                                                 " ('TEMP-1', 'person')"),
                                  QStringLiteral("INSERT INTO settings VALUES ('a', '1')")});
            return false;
        },
        &error);
    QVERIFY(!committed);
    QCOMPARE(error, QStringLiteral("set by work")); // work() says why, not the database
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt(), 0);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);

    // The connection is usable again afterwards.
    QVERIFY2(db.transaction([] { return true; }, &error), qPrintable(error));
}

void TstDatabase::nestedTransactionUsesSavepoint()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    Database& db = fixture.db();
    const QSqlDatabase sql = db.connection();
    auto insert = [&](const char* key) {
        QSqlQuery query(sql);
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1')"));
        query.addBindValue(QString::fromLatin1(key));
        return query.exec();
    };
    QString inner = QStringLiteral("untouched");
    QString outer;
    const bool committed = db.transaction(
        [&] {
            if (!insert("outer") || !db.transaction([&] { return insert("kept"); }, &inner))
                return false;
            // A failed inner unit undoes its own rows only, and the outer one goes on.
            const bool innerFailed = !db.transaction(
                [&] {
                    insert("dropped");
                    db.transaction([&] { return insert("dropped-deeper"); }, &inner);
                    return false;
                },
                &inner);
            // Nothing is visible to another connection before the outermost commit.
            RawConnection other(db.path(), true);
            const int seen =
                scalar(other.db(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt();
            return innerFailed && seen == 0;
        },
        &outer);
    QVERIFY2(committed, qPrintable(outer));
    QCOMPARE(inner, QStringLiteral("untouched"));
    QCOMPARE(dump(sql, QStringLiteral("settings"), {QStringLiteral("key")}),
             (QStringList{QStringLiteral("outer"), QStringLiteral("kept")}));

    // An outer rollback takes the committed inner units with it.
    QVERIFY(!db.transaction(
        [&] {
            db.transaction([&] { return insert("inner"); }, &inner);
            return false;
        },
        &outer));
    QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 2);
}

void TstDatabase::failedCommitRollsBack()
{
    rd::test::TestDatabase fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    Database& db = fixture.db();
    QString error;
    // A deferred foreign key is only checked at COMMIT: the commit itself fails.
    const bool committed = db.transaction(
        [&] {
            return run(db.connection(),
                       {QStringLiteral("PRAGMA defer_foreign_keys = ON"),
                        QStringLiteral("INSERT INTO settings VALUES ('a', '1')"),
                        QStringLiteral("INSERT INTO domains (a_label, u_label, registrant_id)"
                                       " VALUES ('orfao.pt', 'orfao.pt', 999)")});
        },
        &error);
    QVERIFY(!committed);
    QVERIFY2(error.contains(QDir::toNativeSeparators(db.path())), qPrintable(error));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM domains")).toInt(), 0);
    QVERIFY2(db.transaction([] { return true; }, &error), qPrintable(error));
}

void TstDatabase::transactionNeedsOpenDatabase()
{
    Database db;
    QVERIFY(!db.isOpen());
    QCOMPARE(db.schemaVersion(), -1);
    QVERIFY(!db.connection().isValid());
    QString error;
    bool ran = false;
    QVERIFY(!db.transaction(
        [&] {
            ran = true;
            return true;
        },
        &error));
    QVERIFY(!ran);
    QVERIFY(!error.isEmpty());
    db.close(); // harmless when closed
}

void TstDatabase::connectionsAreUniqueAndRemoved()
{
    QTemporaryDir dir;
    const QStringList before = QSqlDatabase::connectionNames();
    QString first;
    {
        Database a;
        Database b;
        QString error;
        QVERIFY2(a.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QVERIFY2(b.open(dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
        QVERIFY(a.connection().connectionName() != b.connection().connectionName());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        first = a.connection().connectionName();
        a.close();
        QVERIFY(!a.isOpen());
        QVERIFY(!QSqlDatabase::connectionNames().contains(first));
        QVERIFY(b.isOpen());
    }
    // The destructor removed the other one; failOnWarning catches "still in use".
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TstDatabase::twoDatabasesShareOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.sqlite"));
    Database writer;
    Database reader;
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QVERIFY(!reader.wasCreated());
    QVERIFY2(writer.transaction(
                 [&] {
                     return run(writer.connection(),
                                {QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")});
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(scalar(reader.connection(), QStringLiteral("SELECT value FROM settings")).toString(),
             QStringLiteral("v"));
}

void TstDatabase::defaultPathIsInAppData()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("RegistrarDeskTest"));
    const QString path = Database::defaultPath();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/portfolio.sqlite"));
    QVERIFY2(path.contains(QStringLiteral("/RegistrarDeskTest/")), qPrintable(path));
    // The test runner gives every test its own data home.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (!dataHome.isEmpty())
        QVERIFY2(path.startsWith(dataHome), qPrintable(path));
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
