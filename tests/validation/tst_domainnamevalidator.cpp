#include "validation/DomainNameValidator.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include "ValidationChecks.h"

using rd::DomainName;
using rd::DomainNameValidator;
using rd::ValidationResult;
using rd::test::verifyRejected;

namespace {

QString repeated(const QString& text, int times)
{
    return text.repeated(times);
}

} // namespace

class TestDomainNameValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLevelZones();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void outIsOptional();
    void plainNamesAsIdna_data();
    void plainNamesAsIdna();
};

void TestDomainNameValidator::secondLevelZones()
{
    const QStringList expected = {
        QStringLiteral("com"),  QStringLiteral("gov"),  QStringLiteral("org"),
        QStringLiteral("edu"),  QStringLiteral("net"),  QStringLiteral("int"),
        QStringLiteral("publ"), QStringLiteral("nome"),
    };
    QCOMPARE(DomainNameValidator::secondLevelZones(), expected);
}

void TestDomainNameValidator::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("aLabel");
    QTest::addColumn<QString>("uLabel");

    const QString exemplo = QStringLiteral("exemplo.pt");
    const QString cafe = QStringLiteral("xn--caf-dma.pt");
    const QString cafeU = QStringLiteral("caf\u00E9.pt");

    QTest::newRow("plain") << exemplo << exemplo << exemplo;
    QTest::newRow("upper case") << QStringLiteral("EXEMPLO.PT") << exemplo << exemplo;
    QTest::newRow("mixed case") << QStringLiteral("ExEmPlo.Pt") << exemplo << exemplo;
    QTest::newRow("trailing dot") << QStringLiteral("exemplo.pt.") << exemplo << exemplo;
    QTest::newRow("surrounding blanks") << QStringLiteral("  exemplo.pt\t\n") << exemplo << exemplo;
    QTest::newRow("surrounding no-break spaces")
        << QStringLiteral("\u00A0exemplo.pt\u00A0") << exemplo << exemplo;
    QTest::newRow("blanks and trailing dot")
        << QStringLiteral(" Exemplo.PT. ") << exemplo << exemplo;
    QTest::newRow("digits") << QStringLiteral("123.pt") << QStringLiteral("123.pt")
                            << QStringLiteral("123.pt");
    QTest::newRow("inner hyphen") << QStringLiteral("a-b.pt") << QStringLiteral("a-b.pt")
                                  << QStringLiteral("a-b.pt");
    QTest::newRow("-- at positions 2-3")
        << QStringLiteral("a--b.pt") << QStringLiteral("a--b.pt") << QStringLiteral("a--b.pt");
    QTest::newRow("-- at positions 4-5")
        << QStringLiteral("abc--d.pt") << QStringLiteral("abc--d.pt")
        << QStringLiteral("abc--d.pt");
    // DNS.PT 2021 rules: two characters are enough.
    QTest::newRow("2 characters") << QStringLiteral("ab.pt") << QStringLiteral("ab.pt")
                                  << QStringLiteral("ab.pt");
    QTest::newRow("2 digits") << QStringLiteral("12.pt") << QStringLiteral("12.pt")
                              << QStringLiteral("12.pt");
    QTest::newRow("name pt") << QStringLiteral("pt.pt") << QStringLiteral("pt.pt")
                             << QStringLiteral("pt.pt");
    QTest::newRow("2 accented") << QStringLiteral("\u00E9\u00E9.pt")
                                << QStringLiteral("xn--9caa.pt")
                                << QStringLiteral("\u00E9\u00E9.pt");
    QTest::newRow("accent and letter")
        << QStringLiteral("\u00F3a.pt") << QStringLiteral("xn--a-uga.pt")
        << QStringLiteral("\u00F3a.pt");
    QTest::newRow("63 ASCII") << repeated(QStringLiteral("a"), 63) + QStringLiteral(".pt")
                              << repeated(QStringLiteral("a"), 63) + QStringLiteral(".pt")
                              << repeated(QStringLiteral("a"), 63) + QStringLiteral(".pt");
    QTest::newRow("63 mixed")
        << QStringLiteral("a1-") + repeated(QStringLiteral("b"), 60) + QStringLiteral(".com.pt")
        << QStringLiteral("a1-") + repeated(QStringLiteral("b"), 60) + QStringLiteral(".com.pt")
        << QStringLiteral("a1-") + repeated(QStringLiteral("b"), 60) + QStringLiteral(".com.pt");
    // Punycode length at the limit: 57 × ç and 55 × a + é give 63-octet A-labels.
    QTest::newRow("57 c-cedilla, A-label 63")
        << repeated(QStringLiteral("\u00E7"), 57) + QStringLiteral(".pt")
        << QStringLiteral("xn--7c") + repeated(QStringLiteral("a"), 57) + QStringLiteral(".pt")
        << repeated(QStringLiteral("\u00E7"), 57) + QStringLiteral(".pt");
    QTest::newRow("55 a + e-acute, A-label 63")
        << repeated(QStringLiteral("a"), 55) + QStringLiteral("\u00E9.pt")
        << QStringLiteral("xn--") + repeated(QStringLiteral("a"), 55) + QStringLiteral("-u3e.pt")
        << repeated(QStringLiteral("a"), 55) + QStringLiteral("\u00E9.pt");
    // IDN: U-label input, NFC and decomposed, any case.
    QTest::newRow("cafe U-label") << cafeU << cafe << cafeU;
    QTest::newRow("CAFE upper case") << QStringLiteral("CAF\u00C9.PT") << cafe << cafeU;
    QTest::newRow("cafe decomposed") << QStringLiteral("cafe\u0301.pt") << cafe << cafeU;
    QTest::newRow("CAFE decomposed upper") << QStringLiteral("CAFE\u0301.PT") << cafe << cafeU;
    QTest::newRow("cafe trailing dot") << QStringLiteral("caf\u00E9.pt.") << cafe << cafeU;
    QTest::newRow("acucar") << QStringLiteral("a\u00E7\u00FAcar.pt")
                            << QStringLiteral("xn--acar-0oa8i.pt")
                            << QStringLiteral("a\u00E7\u00FAcar.pt");
    QTest::newRow("AÇÚCAR upper case")
        << QStringLiteral("A\u00C7\u00DACAR.PT") << QStringLiteral("xn--acar-0oa8i.pt")
        << QStringLiteral("a\u00E7\u00FAcar.pt");
    QTest::newRow("pao") << QStringLiteral("p\u00E3o.pt") << QStringLiteral("xn--po-sia.pt")
                         << QStringLiteral("p\u00E3o.pt");
    QTest::newRow("pao decomposed tilde")
        << QStringLiteral("pa\u0303o.pt") << QStringLiteral("xn--po-sia.pt")
        << QStringLiteral("p\u00E3o.pt");
    QTest::newRow("sao-joao") << QStringLiteral("s\u00E3o-jo\u00E3o.pt")
                              << QStringLiteral("xn--so-joo-3tae.pt")
                              << QStringLiteral("s\u00E3o-jo\u00E3o.pt");
    QTest::newRow("all twelve letters")
        << QStringLiteral(
               "\u00E0\u00E1\u00E2\u00E3\u00E7\u00E9\u00EA\u00ED\u00F3\u00F4\u00F5\u00FA.pt")
        << QStringLiteral("xn--0cacdeumhy8ckl4d.pt")
        << QStringLiteral(
               "\u00E0\u00E1\u00E2\u00E3\u00E7\u00E9\u00EA\u00ED\u00F3\u00F4\u00F5\u00FA.pt");
    // A-label input.
    QTest::newRow("A-label") << QStringLiteral("xn--caf-dma.pt") << cafe << cafeU;
    QTest::newRow("A-label upper case") << QStringLiteral("XN--CAF-DMA.PT") << cafe << cafeU;
    QTest::newRow("A-label trailing dot") << QStringLiteral("xn--caf-dma.pt.") << cafe << cafeU;
    QTest::newRow("A-label in com.pt")
        << QStringLiteral("xn--ma-tiap.com.pt") << QStringLiteral("xn--ma-tiap.com.pt")
        << QStringLiteral("ma\u00E7\u00E3.com.pt");
    QTest::newRow("A-label 63") << QStringLiteral("xn--7c") + repeated(QStringLiteral("a"), 57) +
                                       QStringLiteral(".pt")
                                << QStringLiteral("xn--7c") + repeated(QStringLiteral("a"), 57) +
                                       QStringLiteral(".pt")
                                << repeated(QStringLiteral("\u00E7"), 57) + QStringLiteral(".pt");
    // Second-level zones, open and closed.
    QTest::newRow("com.pt") << QStringLiteral("exemplo.com.pt") << QStringLiteral("exemplo.com.pt")
                            << QStringLiteral("exemplo.com.pt");
    QTest::newRow("cafe.com.pt") << QStringLiteral("caf\u00E9.com.pt")
                                 << QStringLiteral("xn--caf-dma.com.pt")
                                 << QStringLiteral("caf\u00E9.com.pt");
    QTest::newRow("COM.PT upper") << QStringLiteral("EXEMPLO.COM.PT.")
                                  << QStringLiteral("exemplo.com.pt")
                                  << QStringLiteral("exemplo.com.pt");
    QTest::newRow("gov.pt") << QStringLiteral("portal.gov.pt") << QStringLiteral("portal.gov.pt")
                            << QStringLiteral("portal.gov.pt");
    QTest::newRow("org.pt") << QStringLiteral("exemplo.org.pt") << QStringLiteral("exemplo.org.pt")
                            << QStringLiteral("exemplo.org.pt");
    QTest::newRow("edu.pt") << QStringLiteral("escola.edu.pt") << QStringLiteral("escola.edu.pt")
                            << QStringLiteral("escola.edu.pt");
    QTest::newRow("net.pt") << QStringLiteral("rede.net.pt") << QStringLiteral("rede.net.pt")
                            << QStringLiteral("rede.net.pt");
    QTest::newRow("int.pt") << QStringLiteral("agencia.int.pt") << QStringLiteral("agencia.int.pt")
                            << QStringLiteral("agencia.int.pt");
    QTest::newRow("publ.pt") << QStringLiteral("jornal.publ.pt") << QStringLiteral("jornal.publ.pt")
                             << QStringLiteral("jornal.publ.pt");
    QTest::newRow("nome.pt") << QStringLiteral("jo\u00E3o.nome.pt")
                             << QStringLiteral("xn--joo-nla.nome.pt")
                             << QStringLiteral("jo\u00E3o.nome.pt");
    QTest::newRow("zone name as name")
        << QStringLiteral("com.com.pt") << QStringLiteral("com.com.pt")
        << QStringLiteral("com.com.pt");
}

void TestDomainNameValidator::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, aLabel);
    QFETCH(QString, uLabel);

    DomainName name{QStringLiteral("stale"), QStringLiteral("stale")};
    const ValidationResult result = DomainNameValidator::validate(input, &name);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.value, aLabel);
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(name.aLabel, aLabel);
    QCOMPARE(name.uLabel, uLabel);
    QCOMPARE(name.uLabel, name.uLabel.normalized(QString::NormalizationForm_C));

    // Normalising is idempotent, from either form.
    QCOMPARE(DomainNameValidator::validate(aLabel).value, aLabel);
    QCOMPARE(DomainNameValidator::validate(uLabel).value, aLabel);
}

void TestDomainNameValidator::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \t\u00A0") << QString();
    QTest::newRow("only a dot") << QStringLiteral(".") << QString();
    // Structure.
    QTest::newRow("no TLD") << QStringLiteral("exemplo") << QStringLiteral("“exemplo”");
    QTest::newRow("wrong TLD") << QStringLiteral("exemplo.com") << QStringLiteral("“exemplo.com”");
    QTest::newRow("IDN wrong TLD")
        << QStringLiteral("caf\u00E9.org") << QStringLiteral("“caf\u00E9.org”");
    QTest::newRow(".pt not last") << QStringLiteral("exemplo.pt.com")
                                  << QStringLiteral("does not end in .pt");
    QTest::newRow("A-label TLD") << QStringLiteral("exemplo.xn--p1ai")
                                 << QStringLiteral("does not end in .pt");
    QTest::newRow("bare pt") << QStringLiteral("pt") << QStringLiteral("“pt” is a registry zone");
    QTest::newRow("bare pt with dot") << QStringLiteral("PT.") << QStringLiteral("“pt”");
    QTest::newRow("bare com.pt") << QStringLiteral("com.pt") << QStringLiteral("“com.pt”");
    QTest::newRow("bare gov.pt") << QStringLiteral("GOV.PT") << QStringLiteral("“gov.pt”");
    QTest::newRow("bare nome.pt") << QStringLiteral("nome.pt.") << QStringLiteral("“nome.pt”");
    QTest::newRow("co.pt") << QStringLiteral("example.co.pt")
                           << QStringLiteral("“co.pt” is not a .pt zone");
    QTest::newRow("ac.pt") << QStringLiteral("exemplo.ac.pt") << QStringLiteral("“ac.pt”");
    QTest::newRow("sub-domain") << QStringLiteral("www.exemplo.pt")
                                << QStringLiteral("“exemplo.pt”");
    QTest::newRow("pt.pt zone") << QStringLiteral("exemplo.pt.pt") << QStringLiteral("“pt.pt”");
    QTest::newRow("four levels") << QStringLiteral("www.exemplo.com.pt")
                                 << QStringLiteral("too many levels");
    QTest::newRow("five levels") << QStringLiteral("a.b.c.com.pt")
                                 << QStringLiteral("too many levels");
    QTest::newRow("leading dot") << QStringLiteral(".exemplo.pt") << QStringLiteral("empty label");
    QTest::newRow("only .pt") << QStringLiteral(".pt") << QStringLiteral("empty label");
    QTest::newRow("double dot") << QStringLiteral("exemplo..pt") << QStringLiteral("empty label");
    QTest::newRow("two trailing dots")
        << QStringLiteral("exemplo.pt..") << QStringLiteral("empty label");
    QTest::newRow("254 in many labels")
        << repeated(QStringLiteral("ab."), 84) + QStringLiteral("pt")
        << QStringLiteral("has 254 characters");
    QTest::newRow("253 in many labels")
        << QStringLiteral("a") + repeated(QStringLiteral("a."), 125) + QStringLiteral("pt")
        << QStringLiteral("too many levels");
    QTest::newRow("254 characters") << repeated(QStringLiteral("a"), 251) + QStringLiteral(".pt")
                                    << QStringLiteral("254 characters");
    // Length of the registrable label.
    QTest::newRow("1 character") << QStringLiteral("a.pt") << QStringLiteral("“a” is too short");
    QTest::newRow("1 digit in com.pt") << QStringLiteral("1.com.pt") << QStringLiteral("“1”");
    QTest::newRow("1 accented") << QStringLiteral("\u00E9.pt") << QStringLiteral("“\u00E9”");
    QTest::newRow("1 decomposed") << QStringLiteral("e\u0301.pt") << QStringLiteral("“\u00E9”");
    QTest::newRow("A-label of 1 character")
        << QStringLiteral("xn--9ca.pt") << QStringLiteral("“\u00E9” is too short");
    QTest::newRow("64 ASCII") << repeated(QStringLiteral("a"), 64) + QStringLiteral(".pt")
                              << QStringLiteral("has 64 characters");
    QTest::newRow("64 accented") << repeated(QStringLiteral("\u00E7"), 64) + QStringLiteral(".pt")
                                 << QStringLiteral("has 64 characters");
    QTest::newRow("60 accented, A-label too long")
        << repeated(QStringLiteral("\u00E7"), 60) + QStringLiteral(".pt")
        << QStringLiteral("longer than 63 characters in its ASCII");
    QTest::newRow("58 accented, A-label 64")
        << repeated(QStringLiteral("\u00E7"), 58) + QStringLiteral(".com.pt")
        << repeated(QStringLiteral("\u00E7"), 58);
    QTest::newRow("56 a + e-acute, A-label 64")
        << repeated(QStringLiteral("a"), 56) + QStringLiteral("\u00E9.pt")
        << QStringLiteral("in its ASCII (xn--) form");
    QTest::newRow("A-label input of 64")
        << QStringLiteral("xn--7c") + repeated(QStringLiteral("a"), 58) + QStringLiteral(".pt")
        << QStringLiteral("longer than 63");
    // Hyphens (RFC 5891 4.2.3.1).
    QTest::newRow("leading hyphen")
        << QStringLiteral("-exemplo.pt") << QStringLiteral("“-exemplo” starts or ends");
    QTest::newRow("trailing hyphen")
        << QStringLiteral("exemplo-.pt") << QStringLiteral("“exemplo-”");
    QTest::newRow("only hyphens") << QStringLiteral("--.pt") << QStringLiteral("hyphen");
    QTest::newRow("trailing hyphen IDN")
        << QStringLiteral("caf\u00E9-.com.pt") << QStringLiteral("“caf\u00E9-”");
    QTest::newRow("ab--cd") << QStringLiteral("ab--cd.pt") << QStringLiteral("“ab--cd” has “--”");
    QTest::newRow("AB--CD upper") << QStringLiteral("AB--CD.PT") << QStringLiteral("“ab--cd”");
    QTest::newRow("fake ACE prefix")
        << QStringLiteral("zz--exemplo.pt") << QStringLiteral("third and fourth");
    QTest::newRow("U-label with --")
        << QStringLiteral("\u00E7\u00E3--a.pt") << QStringLiteral("third and fourth");
    // Invalid A-labels.
    QTest::newRow("bare xn--") << QStringLiteral("xn--.pt") << QStringLiteral("“xn--”");
    QTest::newRow("xn--a") << QStringLiteral("xn--a.pt")
                           << QStringLiteral("“xn--a” is not a valid");
    QTest::newRow("xn-- of ASCII") << QStringLiteral("xn--abc-.pt") << QStringLiteral("“xn--abc-”");
    QTest::newRow("xn-- of ASCII, no hyphen")
        << QStringLiteral("xn--portugal-.com.pt") << QStringLiteral("Punycode");
    QTest::newRow("xn--- ") << QStringLiteral("xn---.pt") << QStringLiteral("“xn---”");
    QTest::newRow("xn-- no round trip")
        << QStringLiteral("xn--zzzzzzzzzzz.pt") << QStringLiteral("“xn--zzzzzzzzzzz”");
    QTest::newRow("xn-- decomposed")
        << QStringLiteral("xn--cafe-yvc.pt") << QStringLiteral("“xn--cafe-yvc”");
    QTest::newRow("xn-- with accent")
        << QStringLiteral("xn--caf\u00E9.pt") << QStringLiteral("not a valid xn-- label");
    QTest::newRow("xn-- runes") << QStringLiteral("xn--exemplo.pt")
                                << QStringLiteral("“xn--exemplo” stands for");
    QTest::newRow("xn-- emoji") << QStringLiteral("xn--ls8h.pt") << QStringLiteral("“\U0001F4A9”");
    QTest::newRow("xn-- u-umlaut")
        << QStringLiteral("xn--mnchen-3ya.pt") << QStringLiteral("contains “\u00FC”");
    QTest::newRow("xn-- e-grave") << QStringLiteral("xn--ab--cd-5ua.pt")
                                  << QStringLiteral("“\u00E8”");
    QTest::newRow("xn-- incomplete Punycode")
        << QStringLiteral("xn--123.pt") << QStringLiteral("“xn--123” is not a valid");
    QTest::newRow("xn-- Han") << QStringLiteral("xn--fiq228c.pt")
                              << QStringLiteral("“xn--fiq228c” stands for “\u4E2D\u6587”");
    // Characters outside the DNS.PT list.
    QTest::newRow("underscore") << QStringLiteral("a_b.pt")
                                << QStringLiteral("The label “a_b” contains “_”");
    QTest::newRow("asterisk") << QStringLiteral("*.pt") << QStringLiteral("“*”");
    QTest::newRow("URL") << QStringLiteral("http://exemplo.pt") << QStringLiteral("“:”");
    QTest::newRow("path") << QStringLiteral("exemplo.pt/") << QStringLiteral("“pt/”");
    QTest::newRow("at sign") << QStringLiteral("nome@exemplo.pt") << QStringLiteral("“@”");
    QTest::newRow("e-grave") << QStringLiteral("caf\u00E8.pt") << QStringLiteral("“\u00E8”");
    QTest::newRow("u-umlaut") << QStringLiteral("m\u00FCnchen.pt") << QStringLiteral("“\u00FC”");
    QTest::newRow("sharp s") << QStringLiteral("stra\u00DFe.pt") << QStringLiteral("“\u00DF”");
    QTest::newRow("n-tilde") << QStringLiteral("\u00F1and\u00FA.pt") << QStringLiteral("“\u00F1”");
    QTest::newRow("a-umlaut decomposed")
        << QStringLiteral("a\u0308b.pt") << QStringLiteral("“\u00E4”");
    QTest::newRow("stray combining mark")
        << QStringLiteral("x\u0301y.pt") << QStringLiteral("“U+0301”");
    QTest::newRow("dotted capital I")
        << QStringLiteral("\u0130stanbul.pt") << QStringLiteral("“U+0307”");
    QTest::newRow("Cyrillic e") << QStringLiteral("\u0435xemplo.pt") << QStringLiteral("“\u0435”");
    QTest::newRow("Greek omicron")
        << QStringLiteral("d\u03BFmain.pt") << QStringLiteral("“\u03BF”");
    QTest::newRow("full-width letters")
        << QStringLiteral("\uFF41\uFF42\uFF43.pt") << QStringLiteral("“\uFF41”");
    QTest::newRow("full-width dot")
        << QStringLiteral("exemplo\uFF0Ept") << QStringLiteral("“\uFF0E”");
    QTest::newRow("ideographic full stop")
        << QStringLiteral("exemplo\u3002pt") << QStringLiteral("“\u3002”");
    QTest::newRow("emoji") << QStringLiteral("\U0001F4A9.pt") << QStringLiteral("“\U0001F4A9”");
    QTest::newRow("superscript two") << QStringLiteral("a\u00B2.pt") << QStringLiteral("“\u00B2”");
    // Blanks and invisible characters inside the name.
    QTest::newRow("space") << QStringLiteral("a b.pt") << QStringLiteral("(U+0020) at position 2");
    QTest::newRow("tab") << QStringLiteral("exem\tplo.pt")
                         << QStringLiteral("(U+0009) at position 5");
    QTest::newRow("no-break space")
        << QStringLiteral("exem\u00A0plo.pt") << QStringLiteral("U+00A0");
    QTest::newRow("space before TLD")
        << QStringLiteral("exemplo. pt") << QStringLiteral("at position 9");
    QTest::newRow("zero-width space")
        << QStringLiteral("a\u200Bb.pt") << QStringLiteral("(U+200B) at position 2");
    QTest::newRow("zero-width joiner")
        << QStringLiteral("exemplo\u200D.pt") << QStringLiteral("U+200D");
    QTest::newRow("soft hyphen") << QStringLiteral("ex\u00ADemplo.pt") << QStringLiteral("U+00AD");
    QTest::newRow("BOM") << QStringLiteral("\uFEFFexemplo.pt") << QStringLiteral("U+FEFF");
    QTest::newRow("RTL mark") << QStringLiteral("exemplo.pt\u200F") << QStringLiteral("U+200F");
    QTest::newRow("line separator")
        << QStringLiteral("exemplo\u2028.pt") << QStringLiteral("U+2028");
}

void TestDomainNameValidator::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mention);

    DomainName name{QStringLiteral("stale"), QStringLiteral("stale")};
    verifyRejected(DomainNameValidator::validate(input, &name), mention);
    QVERIFY(name.aLabel.isEmpty());
    QVERIFY(name.uLabel.isEmpty());
}

void TestDomainNameValidator::outIsOptional()
{
    QCOMPARE(DomainNameValidator::validate(QStringLiteral("caf\u00E9.pt")).value,
             QStringLiteral("xn--caf-dma.pt"));
    QVERIFY(!DomainNameValidator::validate(QStringLiteral("a.pt")).ok);
}

// Names of a-z, 0-9, hyphens and dots skip IDNA: the result must be what the
// full path gives, which the same name in upper case still takes.
void TestDomainNameValidator::plainNamesAsIdna_data()
{
    QTest::addColumn<QString>("input");
    const QStringList names = {
        QStringLiteral("exemplo.pt"),
        QStringLiteral("ab.pt"),
        QStringLiteral("a-b.pt"),
        QStringLiteral("123.pt"),
        QStringLiteral("dominio-0000001.pt"),
        QStringLiteral("exemplo.com.pt."),
        QStringLiteral("a--b.pt"),
        QStringLiteral("ab--c.pt"),
        QStringLiteral("-ab.pt"),
        QStringLiteral("ab-.pt"),
        QStringLiteral("a.pt"),
        QStringLiteral("pt"),
        QStringLiteral("com.pt"),
        QStringLiteral("a.b.c.pt"),
        QStringLiteral("exemplo.xyz.pt"),
        QStringLiteral("exemplo.com"),
        QStringLiteral("exemplo..pt"),
        QStringLiteral("xn--caf-dma.pt"),
        QStringLiteral("xn--abc.pt"),
        repeated(QStringLiteral("a"), 63) + QStringLiteral(".pt"),
        repeated(QStringLiteral("a"), 64) + QStringLiteral(".pt"),
    };
    for (const QString& name : names)
        QTest::newRow(qPrintable(name.left(40))) << name;
}

void TestDomainNameValidator::plainNamesAsIdna()
{
    QFETCH(QString, input);
    DomainName plain, folded;
    const ValidationResult a = DomainNameValidator::validate(input, &plain);
    const ValidationResult b = DomainNameValidator::validate(input.toUpper(), &folded);
    QCOMPARE(a.ok, b.ok);
    QCOMPARE(a.value, b.value);
    QCOMPARE(plain.aLabel, folded.aLabel);
    QCOMPARE(plain.uLabel, folded.uLabel);
    if (a.ok && !input.startsWith(QStringLiteral("xn--"))) {
        QCOMPARE(plain.aLabel, plain.uLabel);
        const QString label = plain.aLabel.section(QLatin1Char('.'), 0, 0);
        QCOMPARE(QString::fromLatin1(QUrl::toAce(label, QUrl::IgnoreIDNWhitelist)), label);
    }
}

QTEST_GUILESS_MAIN(TestDomainNameValidator)
#include "tst_domainnamevalidator.moc"
