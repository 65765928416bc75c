#include "validation/CitizenCardValidator.h"

#include <QRegularExpression>
#include <QTest>

#include "ValidationChecks.h"

using rd::CitizenCardValidator;
using rd::ValidationResult;
using rd::test::verifyRejected;

class TestCitizenCardValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestCitizenCardValidator::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Worked examples from pt-registry.md 3.8 and python-stdnum's doc example.
    QTest::newRow("doc ZZ1") << QStringLiteral("12345678 9 ZZ1") << QStringLiteral("123456789ZZ1");
    QTest::newRow("doc AB4") << QStringLiteral("98765432 1 AB4") << QStringLiteral("987654321AB4");
    QTest::newRow("doc ZX7") << QStringLiteral("15424477 0 ZX7") << QStringLiteral("154244770ZX7");
    QTest::newRow("stdnum ZZ4") << QStringLiteral("00000000 0 ZZ4")
                                << QStringLiteral("000000000ZZ4");
    // Version characters may be digits, letters or both.
    QTest::newRow("version 00") << QStringLiteral("12345678 9 007")
                                << QStringLiteral("123456789007");
    QTest::newRow("version A0") << QStringLiteral("12345678 9 A07")
                                << QStringLiteral("123456789A07");
    QTest::newRow("version ZY") << QStringLiteral("11111111 1 ZY2")
                                << QStringLiteral("111111111ZY2");
    QTest::newRow("version 99") << QStringLiteral("99999999 9 991")
                                << QStringLiteral("999999999991");
    QTest::newRow("version AA") << QStringLiteral("10000000 0 AA7")
                                << QStringLiteral("100000000AA7");
    QTest::newRow("leading 0") << QStringLiteral("01234567 8 BC6")
                               << QStringLiteral("012345678BC6");
    // Input forms.
    QTest::newRow("no spaces") << QStringLiteral("123456789ZZ1") << QStringLiteral("123456789ZZ1");
    QTest::newRow("lower case") << QStringLiteral("12345678 9 zz1")
                                << QStringLiteral("123456789ZZ1");
    QTest::newRow("mixed case") << QStringLiteral("98765432 1 aB4")
                                << QStringLiteral("987654321AB4");
    QTest::newRow("surrounding blanks")
        << QStringLiteral("  15424477 0 zx7\t\n") << QStringLiteral("154244770ZX7");
    QTest::newRow("odd grouping") << QStringLiteral("1234 5678 9 Z Z 1")
                                  << QStringLiteral("123456789ZZ1");
    QTest::newRow("no-break spaces")
        << QStringLiteral("12345678\u00A09\u00A0ZZ1") << QStringLiteral("123456789ZZ1");
    QTest::newRow("ideographic space")
        << QStringLiteral("12345678\u30009\u3000ZZ1") << QStringLiteral("123456789ZZ1");
    QTest::newRow("zero-width space")
        << QStringLiteral("12345678\u200B9ZZ1") << QStringLiteral("123456789ZZ1");
    QTest::newRow("BOM") << QStringLiteral("\uFEFF00000000 0 ZZ4")
                         << QStringLiteral("000000000ZZ4");
}

void TestCitizenCardValidator::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const ValidationResult result = CitizenCardValidator::validate(input);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.value, expected);
    QVERIFY(result.reason.isEmpty());
}

void TestCitizenCardValidator::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \t ") << QString();
    // Worked examples from pt-registry.md 3.8 and python-stdnum.
    QTest::newRow("doc ZZ5") << QStringLiteral("12345678 9 ZZ5")
                             << QStringLiteral(
                                    "The check digit is 5, but for 12345678 9 ZZ it must be 1.");
    QTest::newRow("doc letter in number")
        << QStringLiteral("12345678 A ZZ2") << QStringLiteral("Character 9");
    QTest::newRow("doc 11 characters")
        << QStringLiteral("1234567 8 ZZ1") << QStringLiteral("has 11");
    QTest::newRow("stdnum ZZ3") << QStringLiteral("00000000 0 ZZ3")
                                << QStringLiteral("for 00000000 0 ZZ it must be 4");
    QTest::newRow("lower-case check fails")
        << QStringLiteral("98765432 1 ab5") << QStringLiteral("for 98765432 1 AB it must be 4");
    QTest::newRow("swapped version")
        << QStringLiteral("98765432 1 BA4") << QStringLiteral("must be");
    QTest::newRow("13 characters") << QStringLiteral("12345678 9 ZZ12") << QStringLiteral("has 13");
    QTest::newRow("one character") << QStringLiteral("1") << QStringLiteral("has 1");
    QTest::newRow("letter as check digit") << QStringLiteral("12345678 9 ZZA")
                                           << QStringLiteral("Character 12 of the document "
                                                             "number is “A”");
    QTest::newRow("letter in civil number")
        << QStringLiteral("1234567B 9 ZZ1") << QStringLiteral("Character 8");
    QTest::newRow("letter O for zero") << QStringLiteral("O0000000 0 ZZ4")
                                       << QStringLiteral("Character 1 of the document number is "
                                                         "“O”");
    QTest::newRow("hyphens") << QStringLiteral("12345678-9-ZZ1")
                             << QStringLiteral("“-” at position 9");
    QTest::newRow("dots") << QStringLiteral("12345678.9.ZZ1")
                          << QStringLiteral("“.” at position 9");
    QTest::newRow("slash") << QStringLiteral("12345678/9 ZZ1") << QStringLiteral("“/”");
    QTest::newRow("cedilla") << QStringLiteral("12345678 9 Z\u00C71")
                             << QStringLiteral("“\u00C7” at position 13");
    QTest::newRow("lower-case cedilla")
        << QStringLiteral("12345678 9 z\u00E71") << QStringLiteral("“\u00E7”");
    QTest::newRow("full-width digit")
        << QStringLiteral("\uFF112345678 9 ZZ1") << QStringLiteral("“\uFF11” at position 1");
    QTest::newRow("combining mark")
        << QStringLiteral("12345678 9 ZZ\u03011") << QStringLiteral("“U+0301” at position 14");
    QTest::newRow("Greek letter") << QStringLiteral("12345678 9 \u0396Z1")
                                  << QStringLiteral("“\u0396”");
}

void TestCitizenCardValidator::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    verifyRejected(CitizenCardValidator::validate(input), mention);
}

QTEST_GUILESS_MAIN(TestCitizenCardValidator)
#include "tst_citizencardvalidator.moc"
