#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace rd {

// A prepared statement for writing or reading many rows fast. With SQLite it talks to the
// library directly: Qt Sql 6.4 spends most of a bulk insert building
// placeholder names for each bound value. Other drivers go through QSqlQuery.
// Positions start at 1; values stay bound until replaced.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    enum class Backend
    {
        Fastest,
        QtSql
    };
    static std::unique_ptr<BulkStatement> prepare(const QSqlDatabase& db, const QString& sql,
                                                  Backend backend = Backend::Fastest);

    // The backend actually in use: Fastest falls back to QtSql where SQLite's
    // own API cannot be reached.
    virtual Backend backend() const = 0;

    virtual void bind(int position, qint64 value) = 0;
    virtual void bind(int position, const QString& value) = 0; // a null QString binds NULL
    virtual void bindNull(int position) = 0;
    void bind(int position, const QDateTime& moment) // seconds since the epoch, NULL if invalid
    {
        if (moment.isValid())
            bind(position, moment.toSecsSinceEpoch());
        else
            bindNull(position);
    }
    void bind(int position, bool value) { bind(position, qint64(value ? 1 : 0)); }
    void bind(int position, int value) { bind(position, qint64(value)); }

    virtual bool exec() = 0; // for statements that return no rows
    virtual qint64 lastInsertId() const = 0;

    // Reading: runs the statement on the first call, then steps through its rows;
    // false at the end (or on an error, see errorText()). Columns start at 0.
    virtual bool nextRow() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64At(int column) const = 0;
    virtual QString textAt(int column) const = 0;
    // Appends the column's text to `to` (nothing for NULL) without a string of
    // its own: for reading a million names into one buffer.
    virtual void appendTextAt(int column, QString& to) const { to += textAt(column); }
    QDateTime momentAt(int column) const // seconds since the epoch; invalid for NULL
    {
        return isNull(column) ? QDateTime()
                              : QDateTime::fromSecsSinceEpoch(int64At(column), Qt::UTC);
    }

    virtual QString errorText() const = 0; // of the last failure, for details only
};

} // namespace rd
