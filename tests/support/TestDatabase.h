#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace rd::test {

// A real SQLite file in a temporary folder, opened and migrated; removed with
// the object.
class TestDatabase
{
public:
    TestDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("portfolio.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    bool isOpen() const { return m_db->isOpen(); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

// Every row of every table, in order, and the schema version: "exactly as it
// was" made checkable.
QString dump(Database& db);

// 2026-03-29T01:00:00Z style parsing for test tables; fails the test on bad text.
QDateTime utc(const char* iso);

} // namespace rd::test
