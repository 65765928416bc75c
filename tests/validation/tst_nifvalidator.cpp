#include "validation/NifValidator.h"

#include <QRegularExpression>
#include <QTest>

#include "ValidationChecks.h"

using rd::NifValidator;
using rd::ValidationResult;
using rd::test::verifyRejected;

class TestNifValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNif_data();
    void validNif();
    void invalidNif_data();
    void invalidNif();
    void validNipc_data();
    void validNipc();
    void invalidNipc_data();
    void invalidNipc();
    void checkDigit_data();
    void checkDigit();
};

void TestNifValidator::validNif_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Worked examples from pt-registry.md 3.6 and python-stdnum's doc example.
    QTest::newRow("doc 123456789") << QStringLiteral("123456789") << QStringLiteral("123456789");
    QTest::newRow("doc 512345678") << QStringLiteral("512345678") << QStringLiteral("512345678");
    QTest::newRow("doc 510000070, r = 1")
        << QStringLiteral("510000070") << QStringLiteral("510000070");
    QTest::newRow("stdnum 501964843") << QStringLiteral("501964843") << QStringLiteral("501964843");
    // Both branches of "0 if r < 2", and r = 10 giving 1.
    QTest::newRow("r = 0") << QStringLiteral("100000010") << QStringLiteral("100000010");
    QTest::newRow("r = 1") << QStringLiteral("100000070") << QStringLiteral("100000070");
    QTest::newRow("r = 10") << QStringLiteral("100000061") << QStringLiteral("100000061");
    // Every kind of holder by leading digits.
    QTest::newRow("1 individual") << QStringLiteral("100000002") << QStringLiteral("100000002");
    QTest::newRow("2 individual") << QStringLiteral("234567899") << QStringLiteral("234567899");
    QTest::newRow("3 individual") << QStringLiteral("300000006") << QStringLiteral("300000006");
    QTest::newRow("45 non-resident") << QStringLiteral("451234561") << QStringLiteral("451234561");
    QTest::newRow("6 public body") << QStringLiteral("600000001") << QStringLiteral("600000001");
    QTest::newRow("70 estate") << QStringLiteral("700000003") << QStringLiteral("700000003");
    QTest::newRow("71 non-resident co")
        << QStringLiteral("710000006") << QStringLiteral("710000006");
    QTest::newRow("72 fund") << QStringLiteral("720000009") << QStringLiteral("720000009");
    QTest::newRow("74 estate") << QStringLiteral("740000004") << QStringLiteral("740000004");
    QTest::newRow("75 estate") << QStringLiteral("750000007") << QStringLiteral("750000007");
    QTest::newRow("77 tax office") << QStringLiteral("770000002") << QStringLiteral("770000002");
    QTest::newRow("79 exceptional") << QStringLiteral("790000008") << QStringLiteral("790000008");
    QTest::newRow("8 sole trader") << QStringLiteral("800000005") << QStringLiteral("800000005");
    QTest::newRow("90 condominium") << QStringLiteral("900000007") << QStringLiteral("900000007");
    QTest::newRow("91 irregular co") << QStringLiteral("910000000") << QStringLiteral("910000000");
    QTest::newRow("98 non-resident") << QStringLiteral("980000009") << QStringLiteral("980000009");
    QTest::newRow("99 civil co") << QStringLiteral("990000001") << QStringLiteral("990000001");
    // Prefix variants.
    QTest::newRow("PT prefix") << QStringLiteral("PT123456789") << QStringLiteral("123456789");
    QTest::newRow("pt lower-case") << QStringLiteral("pt123456789") << QStringLiteral("123456789");
    QTest::newRow("Pt mixed case") << QStringLiteral("Pt123456789") << QStringLiteral("123456789");
    QTest::newRow("PT space") << QStringLiteral("PT 501 964 843") << QStringLiteral("501964843");
    QTest::newRow("PT hyphen") << QStringLiteral("PT-123456789") << QStringLiteral("123456789");
    QTest::newRow("PT dot") << QStringLiteral("PT.123.456.789") << QStringLiteral("123456789");
    // Separators and blanks.
    QTest::newRow("spaces") << QStringLiteral("123 456 789") << QStringLiteral("123456789");
    QTest::newRow("dots") << QStringLiteral("123.456.789") << QStringLiteral("123456789");
    QTest::newRow("hyphens") << QStringLiteral("123-456-789") << QStringLiteral("123456789");
    QTest::newRow("en dashes") << QStringLiteral("123\u2013456\u2013789")
                               << QStringLiteral("123456789");
    QTest::newRow("surrounding blanks")
        << QStringLiteral(" \t123456789\n ") << QStringLiteral("123456789");
    QTest::newRow("no-break spaces")
        << QStringLiteral("123\u00A0456\u00A0789") << QStringLiteral("123456789");
    QTest::newRow("narrow no-break spaces")
        << QStringLiteral("123\u202F456\u202F789") << QStringLiteral("123456789");
    QTest::newRow("zero-width space")
        << QStringLiteral("123\u200B456789") << QStringLiteral("123456789");
    QTest::newRow("leading BOM") << QStringLiteral("\uFEFF123456789")
                                 << QStringLiteral("123456789");
    QTest::newRow("soft hyphen") << QStringLiteral("123\u00AD456\u00AD789")
                                 << QStringLiteral("123456789");
}

void TestNifValidator::validNif()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const ValidationResult result = NifValidator::validateNif(input);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QVERIFY(bool(result));
    QCOMPARE(result.value, expected);
    QVERIFY(result.reason.isEmpty());
}

void TestNifValidator::invalidNif_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("only PT") << QStringLiteral("PT") << QStringLiteral("has 0");
    QTest::newRow("only separators") << QStringLiteral("...") << QStringLiteral("has 0");
    // Worked examples from pt-registry.md 3.6.
    QTest::newRow("doc 123456780")
        << QStringLiteral("123456780")
        << QStringLiteral("The check digit is 0, but for 12345678 it must be 9.");
    QTest::newRow("doc 512345679")
        << QStringLiteral("512345679")
        << QStringLiteral("The check digit is 9, but for 51234567 it must be 8.");
    QTest::newRow("doc 8 digits") << QStringLiteral("51234567") << QStringLiteral("has 8");
    QTest::newRow("stdnum 501964842") << QStringLiteral("501964842") << QStringLiteral("must be 3");
    QTest::newRow("check digit with PT")
        << QStringLiteral("PT 123 456 788") << QStringLiteral("must be 9");
    QTest::newRow("r = 0 but 1") << QStringLiteral("100000011") << QStringLiteral("must be 0");
    QTest::newRow("r = 10 but 0") << QStringLiteral("100000060") << QStringLiteral("must be 1");
    QTest::newRow("10 digits") << QStringLiteral("1234567890") << QStringLiteral("has 10");
    QTest::newRow("13 digits") << QStringLiteral("1234567890123") << QStringLiteral("has 13");
    QTest::newRow("1 digit") << QStringLiteral("5") << QStringLiteral("has 1");
    QTest::newRow("leading 0") << QStringLiteral("012345678") << QStringLiteral("012345678");
    QTest::newRow("all zeros") << QStringLiteral("000000000") << QStringLiteral("starts with 0");
    QTest::newRow("foreign prefix ES") << QStringLiteral("ES12345678Z") << QStringLiteral("“ES”");
    QTest::newRow("foreign prefix de") << QStringLiteral("de123456789") << QStringLiteral("“DE”");
    QTest::newRow("letter at end")
        << QStringLiteral("PT12345678A") << QStringLiteral("“A” at position 11");
    QTest::newRow("letter O for zero")
        << QStringLiteral("51000007O") << QStringLiteral("“O” at position 9");
    QTest::newRow("single P") << QStringLiteral("P123456789")
                              << QStringLiteral("“P” at position 1");
    QTest::newRow("PTT") << QStringLiteral("PTT123456789") << QStringLiteral("“P” at position 1");
    QTest::newRow("slashes") << QStringLiteral("123/456/789")
                             << QStringLiteral("“/” at position 4");
    QTest::newRow("underscore") << QStringLiteral("123_456_789") << QStringLiteral("“_”");
    QTest::newRow("plus") << QStringLiteral("+351123456789") << QStringLiteral("“+” at position 1");
    QTest::newRow("PT at the end")
        << QStringLiteral("123456789 PT") << QStringLiteral("“P” at position 11");
    QTest::newRow("full-width digits")
        << QStringLiteral("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19")
        << QStringLiteral("“\uFF11” at position 1");
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
        << QStringLiteral("position 1");
    QTest::newRow("combining mark")
        << QStringLiteral("12345678\u03019") << QStringLiteral("“U+0301” at position 9");
    QTest::newRow("accented letter")
        << QStringLiteral("PT12345678\u00E9") << QStringLiteral("“\u00E9”");
}

void TestNifValidator::invalidNif()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    verifyRejected(NifValidator::validateNif(input), mention);
}

void TestNifValidator::validNipc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("5 company") << QStringLiteral("501964843") << QStringLiteral("501964843");
    QTest::newRow("5 with PT") << QStringLiteral("PT512345678") << QStringLiteral("512345678");
    QTest::newRow("5 r = 1") << QStringLiteral("PT 500 000 000") << QStringLiteral("500000000");
    QTest::newRow("6 public body") << QStringLiteral("600000001") << QStringLiteral("600000001");
    QTest::newRow("7 estate") << QStringLiteral("700000003") << QStringLiteral("700000003");
    QTest::newRow("8 sole trader") << QStringLiteral("800000005") << QStringLiteral("800000005");
    QTest::newRow("9 condominium") << QStringLiteral("900000007") << QStringLiteral("900000007");
    QTest::newRow("98 non-resident")
        << QStringLiteral("980.000.009") << QStringLiteral("980000009");
    QTest::newRow("99 civil co") << QStringLiteral("pt 990-000-001") << QStringLiteral("990000001");
}

void TestNifValidator::validNipc()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const ValidationResult result = NifValidator::validateNipc(input);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.value, expected);
    QVERIFY(result.reason.isEmpty());
}

void TestNifValidator::invalidNipc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("1 individual") << QStringLiteral("123456789") << QStringLiteral("starts with 1");
    QTest::newRow("2 individual") << QStringLiteral("PT234567899") << QStringLiteral("234567899");
    QTest::newRow("3 individual") << QStringLiteral("300000006") << QStringLiteral("starts with 3");
    QTest::newRow("45 non-resident")
        << QStringLiteral("451234561") << QStringLiteral("starts with 4");
    QTest::newRow("bad check digit") << QStringLiteral("512345679") << QStringLiteral("must be 8");
    QTest::newRow("short") << QStringLiteral("PT51234567") << QStringLiteral("has 8");
    QTest::newRow("leading 0") << QStringLiteral("051234567") << QStringLiteral("starts with 0");
    QTest::newRow("letter") << QStringLiteral("5123X5678") << QStringLiteral("“X” at position 5");
}

void TestNifValidator::invalidNipc()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    verifyRejected(NifValidator::validateNipc(input), mention);
}

void TestNifValidator::checkDigit_data()
{
    QTest::addColumn<QString>("firstEight");
    QTest::addColumn<int>("expected");

    QTest::newRow("12345678") << QStringLiteral("12345678") << 9;
    QTest::newRow("51234567") << QStringLiteral("51234567") << 8;
    QTest::newRow("r = 1") << QStringLiteral("51000007") << 0;
    QTest::newRow("r = 0") << QStringLiteral("10000001") << 0;
    QTest::newRow("r = 10") << QStringLiteral("10000006") << 1;
    QTest::newRow("leading 0 still computes") << QStringLiteral("01234567") << 9;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("seven digits") << QStringLiteral("1234567") << -1;
    QTest::newRow("nine digits") << QStringLiteral("123456789") << -1;
    QTest::newRow("letter") << QStringLiteral("1234567a") << -1;
    QTest::newRow("space") << QStringLiteral("1234 567") << -1;
    QTest::newRow("full-width") << QStringLiteral(
                                       "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18")
                                << -1;
}

void TestNifValidator::checkDigit()
{
    QFETCH(QString, firstEight);
    QFETCH(int, expected);

    QCOMPARE(NifValidator::checkDigit(firstEight), expected);
}

QTEST_GUILESS_MAIN(TestNifValidator)
#include "tst_nifvalidator.moc"
