#pragma once

#include "validation/ValidationResult.h"

#include <QRegularExpression>
#include <QTest>

namespace rd::test {

// A rejection must explain itself: a non-empty sentence with every
// placeholder filled in, naming the offending part when the row says which.
inline void verifyRejected(const ValidationResult& result, const QString& mention)
{
    QVERIFY2(!result.ok, qPrintable(result.value));
    QVERIFY(result.value.isEmpty());
    QVERIFY(!result.reason.isEmpty());
    QVERIFY2(!result.reason.contains(QRegularExpression(QStringLiteral("%\\d"))),
             qPrintable(result.reason));
    QVERIFY2(result.reason.endsWith(QLatin1Char('.')), qPrintable(result.reason));
    if (!mention.isEmpty())
        QVERIFY2(result.reason.contains(mention), qPrintable(result.reason));
}

} // namespace rd::test
