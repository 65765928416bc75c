#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace rd::test {

TestDatabase::TestDatabase()
    : m_db(std::make_unique<Database>())
{
    m_db->open(path(), &m_error);
}

QString dump(Database& db)
{
    QString out;
    QSqlQuery tables(db.connection());
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        out += QStringLiteral("# ") + name + QLatin1Char('\n');
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                out += rows.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    QSqlQuery version(db.connection());
    version.exec(QStringLiteral("PRAGMA user_version"));
    version.next();
    return out + version.value(0).toString();
}

QDateTime utc(const char* iso)
{
    QDateTime moment = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!moment.isValid())
        qFatal("test data: bad timestamp %s", iso);
    return moment.toUTC();
}

} // namespace rd::test
