#include "storage/BulkStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace rd {
namespace {

class QtStatement final : public BulkStatement
{
public:
    QtStatement(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Backend backend() const override { return Backend::QtSql; }

    void bind(int position, qint64 value) override { m_query.bindValue(position - 1, value); }
    void bind(int position, const QString& value) override
    {
        m_query.bindValue(position - 1, value);
    }
    void bindNull(int position) override
    {
        m_query.bindValue(position - 1, QVariant(QMetaType::fromType<qint64>()));
    }
    bool exec() override { return m_prepared && m_query.exec(); }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }
    QString errorText() const override { return m_query.lastError().text(); }

    // Like SQLite's backend: after the last row the next call runs the statement
    // again, with whatever is bound then.
    bool nextRow() override
    {
        if (!m_executing) {
            if (!exec())
                return false;
            m_executing = true;
        }
        if (m_query.next())
            return true;
        m_executing = false;
        m_query.finish();
        return false;
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 int64At(int column) const override { return m_query.value(column).toLongLong(); }
    QString textAt(int column) const override { return m_query.value(column).toString(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_executing = false;
};

class SqliteStatement final : public BulkStatement
{
public:
    SqliteStatement(sqlite3* handle, const QString& sql)
        : m_handle(handle)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement,
                               nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    Backend backend() const override { return Backend::Fastest; }

    void bind(int position, qint64 value) override
    {
        sqlite3_bind_int64(m_statement, position, value);
    }
    void bind(int position, const QString& value) override
    {
        if (value.isNull()) {
            bindNull(position);
            return;
        }
        // UTF-8, the database's encoding; SQLITE_TRANSIENT makes SQLite copy it.
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    void bindNull(int position) override { sqlite3_bind_null(m_statement, position); }

    bool exec() override
    {
        if (!m_statement)
            return false;
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (result != SQLITE_DONE && result != SQLITE_ROW) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return false;
        }
        return true;
    }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_handle); }
    QString errorText() const override { return m_error; }

    bool nextRow() override
    {
        if (!m_statement)
            return false;
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(m_statement);
        return false;
    }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 int64At(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString textAt(int column) const override
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    void appendTextAt(int column, QString& to) const override
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        if (!text)
            return;
        // ASCII (every A-label) is Latin-1 too, which Qt widens without decoding.
        for (int i = 0; i < size; ++i) {
            if (static_cast<unsigned char>(text[i]) >= 0x80) {
                to += QString::fromUtf8(text, size);
                return;
            }
        }
        to += QLatin1String(text, size);
    }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle is only ours to use when Qt's driver runs on the same SQLite we
    // link (Debian's Qt uses the system library; Qt's own builds bundle a copy).
    // A bundled copy of another version would misread the handle, so then the
    // statements go through Qt.
    static const bool sameLibrary = [&db] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next() &&
               query.value(0).toString() == QLatin1String(sqlite3_libversion());
    }();
    if (!sameLibrary)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

std::unique_ptr<BulkStatement> BulkStatement::prepare(const QSqlDatabase& db, const QString& sql,
                                                      Backend backend)
{
    sqlite3* handle = backend == Backend::Fastest ? sqliteHandle(db) : nullptr;
    if (handle)
        return std::make_unique<SqliteStatement>(handle, sql);
    return std::make_unique<QtStatement>(db, sql);
}

} // namespace rd
