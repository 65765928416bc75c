#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace rd {

// One SQLite working copy of the portfolio. Opening it checks the schema
// version (PRAGMA user_version): a newer database is refused untouched, an
// older one is copied aside and migrated step by step, each step in its own
// transaction. WAL journal, foreign keys on.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The schema this program writes; migrations take any earlier one here.
    static int latestSchemaVersion();

    // Opens (creating if needed) and migrates to the latest schema. On failure
    // returns false with a translated message that names the file.
    bool open(const QString& path, QString* error);
    // Tests only: migrate no further than targetVersion.
    bool openAtVersion(const QString& path, int targetVersion, QString* error);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;                    // as stored in the file
    bool wasCreated() const { return m_created; } // the file did not exist before open()
    // Folders open() had to create for the file, deepest first.
    QStringList createdFolders() const { return m_createdFolders; }
    // Closes and deletes a file this object created, with its journal and the
    // folders made for it; a file that existed before is never touched.
    void discardCreated();
    int versionAtOpen() const { return m_versionAtOpen; } // before any migration
    QString backupPath() const { return m_backup; } // copy made before the last migration, or empty

    // One unit of work: runs work() in a transaction; commits when it returns
    // true, rolls back when it returns false. A call made inside another one's
    // work() runs in a savepoint: its rollback undoes only its own writes, and
    // nothing is committed until the outermost call commits.
    bool transaction(const std::function<bool()>& work, QString* error = nullptr);

    // Bulk loads: inside a unit of work, runs work() with the secondary indexes
    // of `tables` dropped and rebuilds them afterwards, when `rows` new rows are
    // at least as many as `table` holds (building an index once beats a million
    // random insertions into it). Unique constraints stay in force. A rollback
    // brings the indexes back with everything else.
    bool withIndexesSuspended(const QStringList& tables, qint64 rows,
                              const std::function<bool()>& work, QString* error);

    // The user's data folder, e.g. ~/.local/share/RegistrarDesk/portfolio.sqlite
    static QString defaultPath();

private:
    bool migrate(int from, int to, QString* error);
    bool nestedTransaction(QSqlDatabase& db, const std::function<bool()>& work, QString* error);

    QString m_connectionName;
    QString m_path;
    QString m_backup;
    bool m_created = false;
    QStringList m_createdFolders;
    int m_versionAtOpen = 0;
    int m_transactionDepth = 0;
};

} // namespace rd
