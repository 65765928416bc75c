#include "TestDatabase.h"

#include <QTest>

namespace rd::test {

TestDatabase::TestDatabase()
    : m_db(std::make_unique<Database>())
{
    m_db->open(path(), &m_error);
}

QDateTime utc(const char* iso)
{
    QDateTime moment = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!moment.isValid())
        qFatal("test data: bad timestamp %s", iso);
    return moment.toUTC();
}

} // namespace rd::test
