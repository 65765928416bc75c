#include "csv/CsvReader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace rd::csv;

namespace {

QString dataPath(const QString& name)
{
    return qEnvironmentVariable("RD_SOURCE_DIR") + QStringLiteral("/tests/import/data/") + name;
}

QByteArray fileBytes(const QString& name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return file.readAll();
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

const QString sample = QStringLiteral("Domínio;Notas\r\ncafé.pt;Ação € – “aspas”\r\n");

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every dialect and encoding spreadsheets write: the file, then what must come out.
    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("row"); // a cell to check
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("line"); // the line that row starts on

        QTest::newRow("Excel pt: ';', CRLF, BOM, quotes, line break, padding")
            << fileBytes(QStringLiteral("excel-pt.csv")) << ";"
            << "UTF-8"
            << QStringList{"Domínio", "Titular", "Data de expiração", "Renovação automática",
                           "Notas"}
            << 3 << 1 << 4 << "Diz \"olá\"\nduas linhas" << 3;
        QTest::newRow("Excel pt: the delimiter inside quotes")
            << fileBytes(QStringLiteral("excel-pt.csv")) << ";"
            << "UTF-8"
            << QStringList{"Domínio", "Titular", "Data de expiração", "Renovação automática",
                           "Notas"}
            << 3 << 0 << 4 << "Cliente; desde 2019" << 2;
        QTest::newRow("Excel pt: the row after a quoted line break")
            << fileBytes(QStringLiteral("excel-pt.csv")) << ";"
            << "UTF-8"
            << QStringList{"Domínio", "Titular", "Data de expiração", "Renovação automática",
                           "Notas"}
            << 3 << 2 << 0 << "açores.com.pt" << 6;
        QTest::newRow("Excel en: ',', CRLF, no BOM")
            << fileBytes(QStringLiteral("excel-en.csv")) << ","
            << "UTF-8" << QStringList{"Domain", "Holder", "Expiry date", "Auto-renew", "Notes"} << 2
            << 0 << 4 << "Paid, invoiced" << 2;
        QTest::newRow("LibreOffice, every field quoted, LF")
            << fileBytes(QStringLiteral("libreoffice-quoted.csv")) << ","
            << "UTF-8" << QStringList{"Nome de domínio", "Expira", "Renovação automática"} << 2 << 1
            << 1 << "31/12/2027" << 3;
        QTest::newRow("tab, CR line ends, a tab inside quotes")
            << fileBytes(QStringLiteral("tab-cr.csv")) << "\t"
            << "UTF-8" << QStringList{"Domain", "Expiry date", "Notes"} << 2 << 1 << 2 << "com\ttab"
            << 3;
        QTest::newRow("Google Sheets, no final line end")
            << fileBytes(QStringLiteral("google-sheets.csv")) << ","
            << "UTF-8" << QStringList{"Domain", "Expiry date"} << 2 << 1 << 1 << "2027-05-06" << 3;
        QTest::newRow("blank lines and trailing empty columns")
            << fileBytes(QStringLiteral("blank-lines.csv")) << ";"
            << "UTF-8" << QStringList{"Domínio", "Expira"} << 2 << 1 << 0 << "dois.pt" << 7;
        QTest::newRow("CRLF, LF and CR in one file")
            << fileBytes(QStringLiteral("mixed-line-ends.csv")) << ";"
            << "UTF-8" << QStringList{"Domain", "Expiry date"} << 3 << 2 << 0 << "mix3.pt" << 4;
        QTest::newRow("UTF-16 LE with BOM") << utf16(sample, QStringConverter::Utf16LE) << ";"
                                            << "UTF-16LE" << QStringList{"Domínio", "Notas"} << 1
                                            << 0 << 1 << "Ação € – “aspas”" << 2;
        QTest::newRow("UTF-16 BE with BOM") << utf16(sample, QStringConverter::Utf16BE) << ";"
                                            << "UTF-16BE" << QStringList{"Domínio", "Notas"} << 1
                                            << 0 << 1 << "Ação € – “aspas”" << 2;
        // Windows-1252: € is 0x80, – 0x96, “ ” 0x93 0x94 (C1 controls in ISO-8859-15).
        QTest::newRow("windows-1252 (Excel 'CSV' on Windows)")
            << QByteArray("Dom\xEDnio;Notas\r\ncaf\xE9.pt;A\xE7\xE3o \x80 \x96 \x93"
                          "aspas\x94\r\n")
            << ";"
            << "windows-1252" << QStringList{"Domínio", "Notas"} << 1 << 0 << 1
            << "Ação € – “aspas”" << 2;
        // ISO-8859-15: € is 0xA4, Š 0xA6, œ 0xBD.
        QTest::newRow("ISO-8859-15")
            << QByteArray("Dom\xEDnio,Notas\ncaf\xE9.pt,\xA4 \xA6 \xBD\n") << ","
            << "ISO-8859-15" << QStringList{"Domínio", "Notas"} << 1 << 0 << 1 << "€ Š œ" << 2;
        QTest::newRow("Latin-1 letters only: windows-1252")
            << QByteArray("Dom\xEDnio;Titular\na\xE7ores.pt;Jo\xE3o\n") << ";"
            << "windows-1252" << QStringList{"Domínio", "Titular"} << 1 << 0 << 1 << "João" << 2;
        QTest::newRow("UTF-8 without BOM, accents")
            << sample.toUtf8() << ";"
            << "UTF-8" << QStringList{"Domínio", "Notas"} << 1 << 0 << 0 << "café.pt" << 2;
        QTest::newRow("comma wins when the header has more commas")
            << QByteArray("Domain,Notes,Expiry\nx.pt,a;b,2027-01-01\n") << ","
            << "UTF-8" << QStringList{"Domain", "Notes", "Expiry"} << 1 << 0 << 1 << "a;b" << 2;
        QTest::newRow("a single column")
            << QByteArray("Domain\r\num.pt\r\ndois.pt\r\n") << ";"
            << "UTF-8" << QStringList{"Domain"} << 2 << 1 << 0 << "dois.pt" << 3;
        QTest::newRow("empty quoted fields and quotes only")
            << QByteArray("A;B;C\n\"\";\"\"\"\";x\n") << ";"
            << "UTF-8" << QStringList{"A", "B", "C"} << 1 << 0 << 1 << "\"" << 2;
    }
    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(QString, encoding);
        QFETCH(QStringList, header);
        QFETCH(int, rows);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(int, line);

        Table table;
        ReadError error;
        QVERIFY2(CsvReader::read(bytes, {}, &table, &error), qPrintable(error.message));
        QCOMPARE(QString(table.delimiter), delimiter);
        QCOMPARE(TextEncoding::name(table.encoding), encoding);
        QCOMPARE(table.header, header);
        QCOMPARE(table.rows.size(), rows);
        for (const Row& r : std::as_const(table.rows))
            QCOMPARE(r.cells.size(), header.size());
        QCOMPARE(table.rows.at(row).cells.at(column), value);
        QCOMPARE(table.rows.at(row).line, line);
    }

    // Malformed files are refused with the line at fault, never guessed.
    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("part");

        QTest::newRow("unclosed quote")
            << fileBytes(QStringLiteral("unclosed-quote.csv")) << 3 << "never closed";
        QTest::newRow("row shorter than the header")
            << fileBytes(QStringLiteral("ragged-short.csv")) << 3 << "2 fields where the header";
        QTest::newRow("row longer than the header")
            << fileBytes(QStringLiteral("ragged-long.csv")) << 4 << "past the 2 columns";
        QTest::newRow("text after a closing quote")
            << fileBytes(QStringLiteral("text-after-quote.csv")) << 2 << "after the closing quote";
        QTest::newRow("a quote inside an unquoted field")
            << fileBytes(QStringLiteral("stray-quote.csv")) << 2 << "quote inside a field";
        QTest::newRow("no header, only blank lines")
            << fileBytes(QStringLiteral("only-blank.csv")) << 0 << "no header";
        QTest::newRow("empty file") << QByteArray() << 0 << "no header";
        QTest::newRow("unclosed quote over several lines")
            << QByteArray("A;B\n1;\"x\n\n\ny\n") << 2 << "Line 2";
        QTest::newRow("invalid UTF-8 after a BOM") << QByteArray("\xEF\xBB\xBF"
                                                                 "A\n\xC3\x28\n")
                                                   << 0 << "not valid UTF-8";
        QTest::newRow("UTF-16 with an odd number of bytes")
            << QByteArray("\xFF\xFE\x41\x00\x0A", 5) << 0 << "odd number of bytes";
        QTest::newRow("windows-1252 byte that is no character")
            << QByteArray("A\n\x81\x80\n") << 0 << "0x81";
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, part);
        Table table;
        ReadError error;
        QVERIFY(!CsvReader::read(bytes, {}, &table, &error));
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(part), qPrintable(error.message));
    }

    // The encoding and the delimiter can be given instead of detected.
    void overrides_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("cell");

        // 0xA4 reads as the euro sign only in ISO-8859-15; detection says so, cp1252 says ¤.
        QTest::newRow("cp1252 forced on 0xA4") << QByteArray("A;B\nx;\xA4\n") << "cp1252"
                                               << ""
                                               << "¤";
        QTest::newRow("latin9 detected on 0xA4") << QByteArray("A;B\nx;\xA4\n") << ""
                                                 << ""
                                                 << "€";
        QTest::newRow("UTF-8 read as windows-1252")
            << QByteArray("A;B\nx;\xC3\xA7\n") << "windows-1252"
            << ""
            << "Ã§";
        QTest::newRow("comma forced where ';' would be detected")
            << QByteArray("A;B,C\n1;2,3\n") << ""
            << ","
            << "3";
    }
    void overrides()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(QString, cell);
        CsvReader::Options options;
        if (!encoding.isEmpty()) {
            options.encoding = TextEncoding::fromName(encoding);
            QVERIFY(options.encoding);
        }
        if (!delimiter.isEmpty())
            options.delimiter = delimiter.at(0);
        Table table;
        ReadError error;
        QVERIFY2(CsvReader::read(bytes, options, &table, &error), qPrintable(error.message));
        QCOMPARE(table.rows.constFirst().cells.constLast(), cell);
    }

    void encodingNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("utf8") << "utf8"
                              << "UTF-8";
        QTest::newRow("UTF-16LE") << "UTF-16LE"
                                  << "UTF-16LE";
        QTest::newRow("utf-16be") << "utf-16be"
                                  << "UTF-16BE";
        QTest::newRow("cp1252") << "cp1252"
                                << "windows-1252";
        QTest::newRow("Windows-1252") << "Windows-1252"
                                      << "windows-1252";
        QTest::newRow("latin9") << "latin9"
                                << "ISO-8859-15";
        QTest::newRow("iso-8859-15") << "iso-8859-15"
                                     << "ISO-8859-15";
        QTest::newRow("unknown") << "ebcdic"
                                 << "";
    }
    void encodingNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, canonical);
        const std::optional<Encoding> encoding = TextEncoding::fromName(name);
        QCOMPARE(encoding ? TextEncoding::name(*encoding) : QString(), canonical);
    }

    void fileErrorsNameTheFile()
    {
        Table table;
        ReadError error;
        QVERIFY(!CsvReader::readFile(dataPath(QStringLiteral("unclosed-quote.csv")), {}, &table,
                                     &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("unclosed-quote.csv: Line 3")),
                 qPrintable(error.message));
        QVERIFY(!CsvReader::readFile(dataPath(QStringLiteral("missing.csv")), {}, &table, &error));
        QVERIFY(error.message.contains(QStringLiteral("missing.csv")));
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
