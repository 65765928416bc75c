#include "validation/EmailValidator.h"

#include <QRegularExpression>
#include <QTest>

#include "ValidationChecks.h"

using rd::EmailValidator;
using rd::ValidationResult;
using rd::test::verifyRejected;

namespace {

QString repeated(const QString& text, int times)
{
    return text.repeated(times);
}

} // namespace

class TestEmailValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestEmailValidator::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString plain = QStringLiteral("nome@exemplo.pt");
    QTest::newRow("plain") << plain << plain;
    QTest::newRow("surrounding blanks") << QStringLiteral("  nome@exemplo.pt\t\n") << plain;
    QTest::newRow("surrounding no-break spaces")
        << QStringLiteral("\u00A0nome@exemplo.pt\u00A0") << plain;
    QTest::newRow("domain lower-cased") << QStringLiteral("nome@EXEMPLO.PT") << plain;
    // RFC 5321 2.4: the local part may be case-sensitive, so it is kept.
    QTest::newRow("local case kept") << QStringLiteral("Nome.Apelido@Exemplo.Com.PT")
                                     << QStringLiteral("Nome.Apelido@exemplo.com.pt");
    QTest::newRow("dotted local") << QStringLiteral("nome.do.meio@exemplo.pt")
                                  << QStringLiteral("nome.do.meio@exemplo.pt");
    QTest::newRow("plus tag") << QStringLiteral("nome+dns@exemplo.pt")
                              << QStringLiteral("nome+dns@exemplo.pt");
    QTest::newRow("apostrophe") << QStringLiteral("o'neill@exemplo.ie")
                                << QStringLiteral("o'neill@exemplo.ie");
    QTest::newRow("every atext special") << QStringLiteral("!#$%&'*+-/=?^_`{|}~@exemplo.pt")
                                         << QStringLiteral("!#$%&'*+-/=?^_`{|}~@exemplo.pt");
    QTest::newRow("digits") << QStringLiteral("1234@5678.pt") << QStringLiteral("1234@5678.pt");
    QTest::newRow("hyphens") << QStringLiteral("a-b@a-b.com.pt")
                             << QStringLiteral("a-b@a-b.com.pt");
    QTest::newRow("shortest") << QStringLiteral("a@b.co") << QStringLiteral("a@b.co");
    QTest::newRow("many labels") << QStringLiteral("suporte@mail.sub.exemplo.com.pt")
                                 << QStringLiteral("suporte@mail.sub.exemplo.com.pt");
    QTest::newRow("A-label domain")
        << QStringLiteral("info@xn--caf-dma.pt") << QStringLiteral("info@xn--caf-dma.pt");
    QTest::newRow("A-label upper case")
        << QStringLiteral("INFO@XN--CAF-DMA.PT") << QStringLiteral("INFO@xn--caf-dma.pt");
    QTest::newRow("long TLD") << QStringLiteral("nome@exemplo.photography")
                              << QStringLiteral("nome@exemplo.photography");
    QTest::newRow("64-character local")
        << repeated(QStringLiteral("a"), 64) + QStringLiteral("@x.pt")
        << repeated(QStringLiteral("a"), 64) + QStringLiteral("@x.pt");
    QTest::newRow("63-character label")
        << QStringLiteral("nome@") + repeated(QStringLiteral("b"), 63) + QStringLiteral(".pt")
        << QStringLiteral("nome@") + repeated(QStringLiteral("b"), 63) + QStringLiteral(".pt");
    // 64 + 1 + 63 + 1 + 63 + 1 + 58 + 3 = 254, the RFC 5321 limit.
    const QString longest = repeated(QStringLiteral("a"), 64) + QStringLiteral("@") +
                            repeated(QStringLiteral("b"), 63) + QStringLiteral(".") +
                            repeated(QStringLiteral("c"), 63) + QStringLiteral(".") +
                            repeated(QStringLiteral("d"), 58) + QStringLiteral(".pt");
    QTest::newRow("254 characters") << longest << longest;
}

void TestEmailValidator::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const ValidationResult result = EmailValidator::validate(input);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.value, expected);
    QVERIFY(result.reason.isEmpty());
}

void TestEmailValidator::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \n ") << QString();
    QTest::newRow("no at") << QStringLiteral("nome.exemplo.pt")
                           << QStringLiteral("“nome.exemplo.pt”");
    QTest::newRow("nothing after at") << QStringLiteral("nome@") << QStringLiteral("“nome@”");
    QTest::newRow("nothing before at")
        << QStringLiteral("@exemplo.pt") << QStringLiteral("not a complete e-mail address");
    QTest::newRow("full-width at")
        << QStringLiteral("nome\uFF20exemplo.pt") << QStringLiteral("not a complete");
    QTest::newRow("two ats") << QStringLiteral("nome@@exemplo.pt")
                             << QStringLiteral("“@” at position 6");
    QTest::newRow("at in domain") << QStringLiteral("a@b@exemplo.pt")
                                  << QStringLiteral("“@” at position 4");
    // Blanks and invisible characters.
    QTest::newRow("inner space") << QStringLiteral("nome apelido@exemplo.pt")
                                 << QStringLiteral("(U+0020) at position 5");
    QTest::newRow("display name") << QStringLiteral("Nome <nome@exemplo.pt>")
                                  << QStringLiteral("U+0020");
    QTest::newRow("space in domain")
        << QStringLiteral("nome@exem plo.pt") << QStringLiteral("at position 10");
    QTest::newRow("no-break space")
        << QStringLiteral("nome\u00A0@exemplo.pt") << QStringLiteral("U+00A0");
    QTest::newRow("trailing zero-width space")
        << QStringLiteral("nome@exemplo.pt\u200B") << QStringLiteral("(U+200B) at position 16");
    QTest::newRow("soft hyphen") << QStringLiteral("no\u00ADme@exemplo.pt")
                                 << QStringLiteral("U+00AD");
    QTest::newRow("tab") << QStringLiteral("nome@\texemplo.pt") << QStringLiteral("U+0009");
    // Characters outside dot-atom (RFC 5322 3.2.3) and host names.
    QTest::newRow("angle brackets")
        << QStringLiteral("<nome@exemplo.pt>") << QStringLiteral("“<” at position 1");
    QTest::newRow("quoted local part")
        << QStringLiteral("\"nome\"@exemplo.pt") << QStringLiteral("“\"” at position 1");
    QTest::newRow("comment") << QStringLiteral("nome(x)@exemplo.pt") << QStringLiteral("“(”");
    QTest::newRow("comma") << QStringLiteral("nome,outro@exemplo.pt") << QStringLiteral("“,”");
    QTest::newRow("backslash") << QStringLiteral("no\\me@exemplo.pt") << QStringLiteral("“\\”");
    QTest::newRow("mailto") << QStringLiteral("mailto:nome@exemplo.pt")
                            << QStringLiteral("“:” at position 7");
    QTest::newRow("accented local")
        << QStringLiteral("jo\u00E3o@exemplo.pt") << QStringLiteral("“\u00E3” at position 3");
    QTest::newRow("domain literal")
        << QStringLiteral("nome@[192.168.0.1]") << QStringLiteral("“[” at position 6");
    QTest::newRow("underscore in domain")
        << QStringLiteral("nome@exem_plo.pt") << QStringLiteral("“_” at position 10");
    QTest::newRow("comma for dot") << QStringLiteral("nome@exemplo,pt") << QStringLiteral("“,”");
    QTest::newRow("slash after domain")
        << QStringLiteral("nome@exemplo.pt/") << QStringLiteral("“/” at position 16");
    QTest::newRow("emoji domain") << QStringLiteral("nome@\U0001F600.pt")
                                  << QStringLiteral("“\U0001F600”");
    // Internationalised domains: point to the A-label.
    QTest::newRow("IDN domain") << QStringLiteral("nome@caf\u00E9.pt")
                                << QStringLiteral("“caf\u00E9.pt” in its ASCII form, "
                                                  "xn--caf-dma.pt");
    QTest::newRow("IDN domain upper case")
        << QStringLiteral("nome@CAF\u00C9.PT") << QStringLiteral("xn--caf-dma.pt");
    QTest::newRow("IDN sub-domain") << QStringLiteral("nome@mail.a\u00E7\u00FAcar.com.pt")
                                    << QStringLiteral("mail.xn--acar-0oa8i.com.pt");
    // Dots (RFC 5322 dot-atom).
    QTest::newRow("leading dot") << QStringLiteral(".nome@exemplo.pt")
                                 << QStringLiteral("dot at position 1");
    QTest::newRow("dot before at")
        << QStringLiteral("nome.@exemplo.pt") << QStringLiteral("dot at position 5");
    QTest::newRow("two dots in local")
        << QStringLiteral("no..me@exemplo.pt") << QStringLiteral("dot at position 4");
    QTest::newRow("dot after at") << QStringLiteral("nome@.exemplo.pt")
                                  << QStringLiteral("dot at position 6");
    QTest::newRow("two dots in domain")
        << QStringLiteral("nome@exemplo..pt") << QStringLiteral("dot at position 14");
    QTest::newRow("trailing dot") << QStringLiteral("nome@exemplo.pt.")
                                  << QStringLiteral("dot at position 16");
    // Domain structure.
    QTest::newRow("single label") << QStringLiteral("nome@exemplo") << QStringLiteral("“exemplo”");
    QTest::newRow("localhost") << QStringLiteral("root@localhost")
                               << QStringLiteral("no top-level domain");
    QTest::newRow("IPv4 address") << QStringLiteral("nome@192.168.0.1")
                                  << QStringLiteral("“192.168.0.1”");
    QTest::newRow("leading hyphen")
        << QStringLiteral("nome@-exemplo.pt") << QStringLiteral("“-exemplo”");
    QTest::newRow("trailing hyphen")
        << QStringLiteral("nome@exemplo.com-.pt") << QStringLiteral("“com-”");
    QTest::newRow("hyphen TLD") << QStringLiteral("nome@exemplo.-pt") << QStringLiteral("“-pt”");
    // Lengths (RFC 5321 4.5.3.1).
    QTest::newRow("65-character local")
        << repeated(QStringLiteral("a"), 65) + QStringLiteral("@x.pt")
        << QStringLiteral("has 65 characters");
    QTest::newRow("64-character label")
        << QStringLiteral("nome@") + repeated(QStringLiteral("b"), 64) + QStringLiteral(".pt")
        << QStringLiteral("has 64 characters; the limit is 63");
    QTest::newRow("255 characters") << repeated(QStringLiteral("a"), 64) + QStringLiteral("@") +
                                           repeated(QStringLiteral("b"), 63) + QStringLiteral(".") +
                                           repeated(QStringLiteral("c"), 63) + QStringLiteral(".") +
                                           repeated(QStringLiteral("d"), 59) + QStringLiteral(".pt")
                                    << QStringLiteral("has 255 characters");
}

void TestEmailValidator::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    verifyRejected(EmailValidator::validate(input), mention);
}

QTEST_GUILESS_MAIN(TestEmailValidator)
#include "tst_emailvalidator.moc"
