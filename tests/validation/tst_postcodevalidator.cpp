#include "validation/PostcodeValidator.h"

#include <QRegularExpression>
#include <QTest>

#include "ValidationChecks.h"

using rd::PostcodeValidator;
using rd::ValidationResult;
using rd::test::verifyRejected;

class TestPostcodeValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestPostcodeValidator::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString lisbon = QStringLiteral("1000-001");

    QTest::newRow("canonical") << lisbon << lisbon;
    QTest::newRow("space") << QStringLiteral("1000 001") << lisbon;
    QTest::newRow("no separator") << QStringLiteral("1000001") << lisbon;
    QTest::newRow("surrounding blanks") << QStringLiteral("  1000-001\t\n") << lisbon;
    QTest::newRow("spaced hyphen") << QStringLiteral("1000 - 001") << lisbon;
    QTest::newRow("space before hyphen") << QStringLiteral("1000 -001") << lisbon;
    QTest::newRow("space after hyphen") << QStringLiteral("1000- 001") << lisbon;
    QTest::newRow("two spaces") << QStringLiteral("1000  001") << lisbon;
    QTest::newRow("tab") << QStringLiteral("1000\t001") << lisbon;
    QTest::newRow("no-break space") << QStringLiteral("1000\u00A0001") << lisbon;
    QTest::newRow("en dash") << QStringLiteral("1000\u2013001") << lisbon;
    QTest::newRow("non-breaking hyphen") << QStringLiteral("1000\u2011001") << lisbon;
    QTest::newRow("hyphen U+2010") << QStringLiteral("1000\u2010001") << lisbon;
    QTest::newRow("zero-width space") << QStringLiteral("1000-\u200B001") << lisbon;
    QTest::newRow("BOM") << QStringLiteral("\uFEFF1000-001") << lisbon;
    QTest::newRow("Porto") << QStringLiteral("4200-465") << QStringLiteral("4200-465");
    QTest::newRow("Coimbra") << QStringLiteral("3000 456") << QStringLiteral("3000-456");
    QTest::newRow("Faro") << QStringLiteral("8000001") << QStringLiteral("8000-001");
    QTest::newRow("Azores") << QStringLiteral("9500-150") << QStringLiteral("9500-150");
    QTest::newRow("Madeira") << QStringLiteral("9000-018") << QStringLiteral("9000-018");
    QTest::newRow("highest") << QStringLiteral("9999-999") << QStringLiteral("9999-999");
    QTest::newRow("extension 000") << QStringLiteral("2500-000") << QStringLiteral("2500-000");
}

void TestPostcodeValidator::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const ValidationResult result = PostcodeValidator::validate(input);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.value, expected);
    QVERIFY(result.reason.isEmpty());
}

void TestPostcodeValidator::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \t ") << QString();
    QTest::newRow("starts with 0")
        << QStringLiteral("0000-000") << QStringLiteral("but 0000-000 starts with 0");
    QTest::newRow("starts with 0, compact")
        << QStringLiteral("0123456") << QStringLiteral("0123-456");
    QTest::newRow("old four-digit code") << QStringLiteral("1000") << QStringLiteral("“1000”");
    QTest::newRow("two-digit extension")
        << QStringLiteral("1000-01") << QStringLiteral("“1000-01”");
    QTest::newRow("four-digit extension")
        << QStringLiteral("1000-0011") << QStringLiteral("not a postcode");
    QTest::newRow("three then four") << QStringLiteral("100-0001") << QStringLiteral("“100-0001”");
    QTest::newRow("five then three")
        << QStringLiteral("10000-001") << QStringLiteral("not a postcode");
    QTest::newRow("six digits") << QStringLiteral("100000") << QStringLiteral("not a postcode");
    QTest::newRow("eight digits") << QStringLiteral("10000001") << QStringLiteral("not a postcode");
    QTest::newRow("double hyphen") << QStringLiteral("1000--001") << QStringLiteral("“1000--001”");
    QTest::newRow("leading hyphen")
        << QStringLiteral("-1000-001") << QStringLiteral("not a postcode");
    QTest::newRow("trailing hyphen")
        << QStringLiteral("1000-001-") << QStringLiteral("not a postcode");
    QTest::newRow("split first group")
        << QStringLiteral("10 00 001") << QStringLiteral("not a postcode");
    QTest::newRow("BOM then leading hyphen")
        << QStringLiteral("\uFEFF-1000 001") << QStringLiteral("not a postcode");
    QTest::newRow("hyphen then space")
        << QStringLiteral("1000-001 -") << QStringLiteral("not a postcode");
    QTest::newRow("hyphen only") << QStringLiteral("-") << QStringLiteral("not a postcode");
    QTest::newRow("with locality")
        << QStringLiteral("1000-001 Lisboa") << QStringLiteral("“L” at position 10");
    QTest::newRow("country prefix")
        << QStringLiteral("PT-1000-001") << QStringLiteral("“P” at position 1");
    QTest::newRow("letter O for zero")
        << QStringLiteral("1OOO-001") << QStringLiteral("“O” at position 2");
    QTest::newRow("underscore") << QStringLiteral("1000_001")
                                << QStringLiteral("“_” at position 5");
    QTest::newRow("slash") << QStringLiteral("1000/001") << QStringLiteral("“/”");
    QTest::newRow("dot") << QStringLiteral("1000.001") << QStringLiteral("“.” at position 5");
    QTest::newRow("full-width digits")
        << QStringLiteral("\uFF11\uFF10\uFF10\uFF10-\uFF10\uFF10\uFF11")
        << QStringLiteral("“\uFF11” at position 1");
    QTest::newRow("combining mark")
        << QStringLiteral("1000-0\u030101") << QStringLiteral("“U+0301” at position 7");
    QTest::newRow("minus sign") << QStringLiteral("1000\u2212001") << QStringLiteral("“\u2212”");
}

void TestPostcodeValidator::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    verifyRejected(PostcodeValidator::validate(input), mention);
}

QTEST_GUILESS_MAIN(TestPostcodeValidator)
#include "tst_postcodevalidator.moc"
