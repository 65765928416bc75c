#include "csv/CsvValues.h"

#include <QTest>

using rd::csv::CsvValues;

class tst_CsvValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // ISO UTC, or empty when refused

        QTest::newRow("ISO date") << "2027-03-01"
                                  << "2027-03-01T00:00:00Z";
        QTest::newRow("ISO moment Z") << "2027-03-01T12:30:00Z"
                                      << "2027-03-01T12:30:00Z";
        QTest::newRow("ISO moment offset") << "2027-03-01T12:30:00+01:00"
                                           << "2027-03-01T11:30:00Z";
        QTest::newRow("dd/mm/yyyy") << "01/03/2027"
                                    << "2027-03-01T00:00:00Z";
        QTest::newRow("dd-mm-yyyy") << "31-12-2027"
                                    << "2027-12-31T00:00:00Z";
        QTest::newRow("d/m/yyyy") << "1/3/2027"
                                  << "2027-03-01T00:00:00Z";
        QTest::newRow("dd.mm.yyyy") << "01.03.2027"
                                    << "2027-03-01T00:00:00Z";
        QTest::newRow("spaces around") << "  01/03/2027 "
                                       << "2027-03-01T00:00:00Z";
        QTest::newRow("leap day") << "29/02/2028"
                                  << "2028-02-29T00:00:00Z";
        QTest::newRow("Excel serial 1") << "1"
                                        << ""; // 1900: before the portfolio's years
        QTest::newRow("Excel serial 46447") << "46447"
                                            << "2027-03-01T00:00:00Z";
        QTest::newRow("Excel serial with time") << "46447.5"
                                                << "2027-03-01T12:00:00Z";
        QTest::newRow("Excel serial with comma") << "46447,25"
                                                 << "2027-03-01T06:00:00Z";
        QTest::newRow("Excel serial 61 is 1900-03-01, out of range") << "61"
                                                                     << "";
        QTest::newRow("Excel's phantom 29/02/1900") << "60"
                                                    << "";
        QTest::newRow("Excel serial 0") << "0"
                                        << "";
        QTest::newRow("31 February") << "31/02/2027"
                                     << "";
        QTest::newRow("month 13") << "2027-13-01"
                                  << "";
        QTest::newRow("month first (US) is not guessed") << "12/31/2027"
                                                         << "";
        QTest::newRow("two-digit year") << "01/03/27"
                                        << "";
        QTest::newRow("no zone") << "2027-03-01T12:00:00"
                                 << "";
        QTest::newRow("mixed separators") << "01/03-2027"
                                          << "";
        QTest::newRow("before 1985") << "1984-12-31"
                                     << "";
        QTest::newRow("after 9000") << "9001-01-01"
                                    << "";
        QTest::newRow("words") << "amanhã"
                               << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void moments()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::optional<QDateTime> moment = CsvValues::parseMoment(text);
        QCOMPARE(moment ? moment->toUTC().toString(Qt::ISODate) : QString(), expected);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 1, 0, -1 refused
        const char* yes[] = {"sim",  "Sim",  "SIM", "s",          "yes", "Y",
                             "true", "TRUE", "1",   "verdadeiro", "on",  " sim "};
        const char* no[] = {"não", "NÃO", "nao", "n", "no", "false", "FALSE", "0", "falso", "off"};
        const char* bad[] = {"talvez", "2", "", "sim não", "-1", "yes!"};
        for (const char* t : yes)
            QTest::newRow(t) << QString::fromUtf8(t) << 1;
        for (const char* t : no)
            QTest::newRow(t) << QString::fromUtf8(t) << 0;
        for (const char* t : bad)
            QTest::newRow(t) << QString::fromUtf8(t) << -1;
    }
    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<bool> value = CsvValues::parseBool(text);
        QCOMPARE(value ? int(*value) : -1, expected);
    }

    // Cells a spreadsheet would run are shown as text, and come back unchanged.
    void neutralise_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");

        QTest::newRow("formula") << "=1+2"
                                 << "'=1+2";
        QTest::newRow("plus") << "+351.212345678"
                              << "'+351.212345678";
        QTest::newRow("minus") << "-5"
                               << "'-5";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "'\rx";
        QTest::newRow("HYPERLINK") << "=HYPERLINK(\"http://x\")"
                                   << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plain") << "café.pt"
                               << "café.pt";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("apostrophe text") << "'quoted"
                                         << "'quoted";
        QTest::newRow("apostrophe then formula") << "'=x"
                                                 << "''=x";
        QTest::newRow("two apostrophes then formula") << "''=x"
                                                      << "'''=x";
        QTest::newRow("empty") << ""
                               << "";
    }
    void neutralise()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvValues::neutralise(cell), written);
        QCOMPARE(CsvValues::restore(written), cell);
    }

    // A cell typed by hand that begins with a formula character is kept as typed.
    void restoreLeavesTypedCells()
    {
        QCOMPARE(CsvValues::restore(QStringLiteral("=x")), QStringLiteral("=x"));
        QCOMPARE(CsvValues::restore(QStringLiteral("'abc")), QStringLiteral("'abc"));
    }
};

QTEST_GUILESS_MAIN(tst_CsvValues)
#include "tst_csvvalues.moc"
