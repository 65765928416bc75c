#include "validation/PhoneValidator.h"

#include <QRegularExpression>
#include <QTest>

#include "ValidationChecks.h"

using rd::PhoneValidator;
using rd::ValidationResult;
using rd::test::verifyRejected;

class TestPhoneValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestPhoneValidator::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString lisbon = QStringLiteral("+351.212345678");
    const QString mobile = QStringLiteral("+351.912345678");

    // Portuguese numbers, international form.
    QTest::newRow("EPP form") << lisbon << lisbon;
    QTest::newRow("spaces") << QStringLiteral("+351 212 345 678") << lisbon;
    QTest::newRow("dot then spaces") << QStringLiteral("+351.212 345 678") << lisbon;
    QTest::newRow("no separator") << QStringLiteral("+351212345678") << lisbon;
    QTest::newRow("hyphens") << QStringLiteral("+351-212-345-678") << lisbon;
    QTest::newRow("space then dots") << QStringLiteral("+351 212.345.678") << lisbon;
    QTest::newRow("space after plus") << QStringLiteral("+ 351 212 345 678") << lisbon;
    QTest::newRow("surrounding blanks") << QStringLiteral("  +351 212345678\t") << lisbon;
    QTest::newRow("no-break spaces") << QStringLiteral("+351\u00A0912\u00A0345\u00A0678") << mobile;
    QTest::newRow("narrow no-break spaces")
        << QStringLiteral("+351\u202F912\u202F345\u202F678") << mobile;
    QTest::newRow("zero-width space") << QStringLiteral("+351 212\u200B345678") << lisbon;
    QTest::newRow("trailing BOM") << QStringLiteral("+351.212345678\uFEFF") << lisbon;
    QTest::newRow("en dashes") << QStringLiteral("+351 212\u2013345\u2013678") << lisbon;
    // The 00 international prefix.
    QTest::newRow("00 prefix") << QStringLiteral("00351212345678") << lisbon;
    QTest::newRow("00 prefix spaced") << QStringLiteral("00 351 212 345 678") << lisbon;
    QTest::newRow("00 prefix dot") << QStringLiteral("00351.912345678") << mobile;
    // National form gets +351.
    QTest::newRow("national") << QStringLiteral("212345678") << lisbon;
    QTest::newRow("national spaced 3-3-3") << QStringLiteral("212 345 678") << lisbon;
    QTest::newRow("national spaced 2-3-4") << QStringLiteral("21 234 5678") << lisbon;
    QTest::newRow("national dots") << QStringLiteral("212.345.678") << lisbon;
    QTest::newRow("national hyphens") << QStringLiteral("212-345-678") << lisbon;
    QTest::newRow("mobile") << QStringLiteral("912 345 678") << mobile;
    QTest::newRow("mobile 93") << QStringLiteral("931234567") << QStringLiteral("+351.931234567");
    QTest::newRow("mobile 96") << QStringLiteral("96 123 45 67")
                               << QStringLiteral("+351.961234567");
    QTest::newRow("Porto 22") << QStringLiteral("223 456 789") << QStringLiteral("+351.223456789");
    QTest::newRow("VoIP 30") << QStringLiteral("308 123 456") << QStringLiteral("+351.308123456");
    QTest::newRow("non-geographic 7")
        << QStringLiteral("707 123 456") << QStringLiteral("+351.707123456");
    QTest::newRow("freephone 8") << QStringLiteral("800 123 456")
                                 << QStringLiteral("+351.800123456");
    // Other countries: the country code is found with or without a separator.
    QTest::newRow("UK spaced") << QStringLiteral("+44 20 7946 0958")
                               << QStringLiteral("+44.2079460958");
    QTest::newRow("UK unspaced") << QStringLiteral("+442079460958")
                                 << QStringLiteral("+44.2079460958");
    QTest::newRow("UK EPP") << QStringLiteral("+44.2079460958") << QStringLiteral("+44.2079460958");
    QTest::newRow("UK 00") << QStringLiteral("0044 20 7946 0958")
                           << QStringLiteral("+44.2079460958");
    QTest::newRow("NANP") << QStringLiteral("+1 212 555 0100") << QStringLiteral("+1.2125550100");
    QTest::newRow("NANP unspaced")
        << QStringLiteral("+12125550100") << QStringLiteral("+1.2125550100");
    QTest::newRow("Russia") << QStringLiteral("+7 495 123-45-67")
                            << QStringLiteral("+7.4951234567");
    QTest::newRow("Spain") << QStringLiteral("+34 912 345 678") << QStringLiteral("+34.912345678");
    QTest::newRow("France") << QStringLiteral("+33 1 23 45 67 89")
                            << QStringLiteral("+33.123456789");
    QTest::newRow("Germany") << QStringLiteral("+49 30 123456") << QStringLiteral("+49.30123456");
    QTest::newRow("Ireland") << QStringLiteral("+353 1 234 5678")
                             << QStringLiteral("+353.12345678");
    QTest::newRow("Czechia unspaced")
        << QStringLiteral("+420123456789") << QStringLiteral("+420.123456789");
    QTest::newRow("Angola") << QStringLiteral("+244 923 456 789")
                            << QStringLiteral("+244.923456789");
    QTest::newRow("Cape Verde") << QStringLiteral("+238 991 12 34")
                                << QStringLiteral("+238.9911234");
    QTest::newRow("Brazil") << QStringLiteral("+55 11 91234-5678")
                            << QStringLiteral("+55.11912345678");
    QTest::newRow("Hong Kong") << QStringLiteral("+85212345678") << QStringLiteral("+852.12345678");
    QTest::newRow("China") << QStringLiteral("+86 10 1234 5678")
                           << QStringLiteral("+86.1012345678");
    QTest::newRow("stated unknown code")
        << QStringLiteral("+999.1234") << QStringLiteral("+999.1234");
    QTest::newRow("shortest") << QStringLiteral("+1.1234") << QStringLiteral("+1.1234");
    // RFC 5733: 17 characters at most, "+" and "." included.
    QTest::newRow("17 characters")
        << QStringLiteral("+1.12345678901234") << QStringLiteral("+1.12345678901234");
    QTest::newRow("15 digits, 3-digit code")
        << QStringLiteral("+420 123 456 789 012") << QStringLiteral("+420.123456789012");
}

void TestPhoneValidator::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const ValidationResult result = PhoneValidator::validate(input);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.value, expected);
    QVERIFY(result.reason.isEmpty());
    QVERIFY(result.value.size() <= 17);
    QVERIFY(QRegularExpression(QStringLiteral("^\\+[0-9]{1,3}\\.[0-9]{1,14}$"))
                .match(result.value)
                .hasMatch());
}

void TestPhoneValidator::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << QString();
    QTest::newRow("only plus") << QStringLiteral("+") << QString();
    QTest::newRow("only separators") << QStringLiteral("- . -") << QString();
    // Portuguese length and leading digit.
    QTest::newRow("national 8 digits")
        << QStringLiteral("21234567") << QStringLiteral("“21234567” has 8 digits");
    QTest::newRow("national 10 digits") << QStringLiteral("2123456789") << QStringLiteral("has 10");
    QTest::newRow("emergency number") << QStringLiteral("112") << QStringLiteral("has 3");
    QTest::newRow("country code without plus")
        << QStringLiteral("351212345678") << QStringLiteral("has 12");
    QTest::newRow("+351 and 8 digits")
        << QStringLiteral("+351 21234567") << QStringLiteral("but 21234567 has 8");
    QTest::newRow("+351 and 10 digits")
        << QStringLiteral("+351 2123456789") << QStringLiteral("has 10");
    QTest::newRow("+351 alone") << QStringLiteral("+351") << QStringLiteral("has 0");
    QTest::newRow("starts with 1")
        << QStringLiteral("+351 112345678") << QStringLiteral("112345678 starts with 1");
    QTest::newRow("starts with 4")
        << QStringLiteral("412345678") << QStringLiteral("starts with 4");
    QTest::newRow("starts with 5")
        << QStringLiteral("+351.512345678") << QStringLiteral("starts with 5");
    QTest::newRow("starts with 6")
        << QStringLiteral("612 345 678") << QStringLiteral("starts with 6");
    QTest::newRow("starts with 0")
        << QStringLiteral("012345678") << QStringLiteral("starts with 0");
    QTest::newRow("00351 starts with 1")
        << QStringLiteral("00351 112345678") << QStringLiteral("starts with 1");
    // Characters.
    QTest::newRow("parentheses") << QStringLiteral("+351 (21) 234 5678")
                                 << QStringLiteral("“(” at position 6");
    QTest::newRow("UK trunk zero")
        << QStringLiteral("+44 (0)20 7946 0958") << QStringLiteral("“(”");
    QTest::newRow("extension") << QStringLiteral("+351 212 345 678 ext. 12")
                               << QStringLiteral("“e” at position 18");
    QTest::newRow("tel: prefix") << QStringLiteral("tel:+351212345678")
                                 << QStringLiteral("“t” at position 1");
    QTest::newRow("letter") << QStringLiteral("+351 212 345 67a") << QStringLiteral("“a”");
    QTest::newRow("double plus") << QStringLiteral("++351212345678")
                                 << QStringLiteral("“+” at position 2");
    QTest::newRow("inner plus") << QStringLiteral("212+345678")
                                << QStringLiteral("“+” at position 4");
    QTest::newRow("slashes") << QStringLiteral("+351 212/345/678") << QStringLiteral("“/”");
    QTest::newRow("full-width plus")
        << QStringLiteral("\uFF0B351212345678") << QStringLiteral("“\uFF0B” at position 1");
    QTest::newRow("full-width digit")
        << QStringLiteral("+351 \uFF12\uFF11\uFF12345678") << QStringLiteral("“\uFF12”");
    QTest::newRow("combining mark")
        << QStringLiteral("+351 2\u0301\u0031\u0032345678") << QStringLiteral("“U+0301”");
    // Country codes (ITU-T E.164).
    QTest::newRow("code starting with 0")
        << QStringLiteral("+0 123 4567") << QStringLiteral("“+0” is not a country code");
    QTest::newRow("stated code 0") << QStringLiteral("+0.1234567") << QStringLiteral("“+0”");
    QTest::newRow("stated code of 4 digits")
        << QStringLiteral("+1234.5678") << QStringLiteral("“+1234”");
    QTest::newRow("00 then 0") << QStringLiteral("000 123 4567")
                               << QStringLiteral("not a country code");
    // Lengths (RFC 5733 e164: 14 digits after the code, 15 in all).
    QTest::newRow("UK 3 digits") << QStringLiteral("+44 123")
                                 << QStringLiteral("+44 has 3 digits; it must have 4 to 13");
    QTest::newRow("UK 14 digits") << QStringLiteral("+44 12345678901234")
                                  << QStringLiteral("has 14 digits; it must have 4 to 13");
    QTest::newRow("NANP 15 digits")
        << QStringLiteral("+1 123456789012345") << QStringLiteral("4 to 14");
    QTest::newRow("Czechia 13 digits")
        << QStringLiteral("+420 1234567890123") << QStringLiteral("4 to 12");
    QTest::newRow("code only") << QStringLiteral("+44") << QStringLiteral("has 0 digits");
}

void TestPhoneValidator::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    verifyRejected(PhoneValidator::validate(input), mention);
}

QTEST_GUILESS_MAIN(TestPhoneValidator)
#include "tst_phonevalidator.moc"
