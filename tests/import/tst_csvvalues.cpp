#include "csv/CsvValues.h"
#include "rules/TimeFormat.h"

#include <QRegularExpression>
#include <QTest>

using rd::csv::CsvValues;

class tst_CsvValues : public QObject
{
    Q_OBJECT

    // How dates were read before the parser was written by hand.
    static std::optional<QDateTime> byPatterns(const QString& input)
    {
        const QString text = input.trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const auto midnight = [](int year, int month, int day) -> std::optional<QDateTime> {
            const QDateTime moment(QDate(year, month, day), QTime(0, 0), Qt::UTC);
            if (!QDate(year, month, day).isValid() || !rd::timeformat::inRange(moment))
                return std::nullopt;
            return moment;
        };
        static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        static const QRegularExpression dayFirst(
            QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
        static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})([.,]\\d+)?$"));
        QRegularExpressionMatch m = isoDate.match(text);
        if (m.hasMatch())
            return midnight(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        m = dayFirst.match(text);
        if (m.hasMatch())
            return midnight(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
        m = serial.match(text);
        if (m.hasMatch()) {
            const qint64 day = m.captured(1).toLongLong();
            if (day < 1 || day == 60)
                return std::nullopt;
            const QDate base = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
            QDateTime moment(base.addDays(day), QTime(0, 0), Qt::UTC);
            if (!m.captured(2).isEmpty()) {
                QString fraction = m.captured(2);
                fraction[0] = QLatin1Char('.');
                moment = moment.addSecs(
                    qRound64(QString(QLatin1Char('0') + fraction).toDouble() * 86400.0));
            }
            if (!rd::timeformat::inRange(moment))
                return std::nullopt;
            return moment;
        }
        return rd::timeformat::parseIsoWithZone(text);
    }

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
        QTest::newRow("d.m.yyyy") << "1.3.2027"
                                  << "2027-03-01T00:00:00Z";
        QTest::newRow("dd/m/yyyy") << "01/3/2027"
                                   << "2027-03-01T00:00:00Z";
        QTest::newRow("three-digit day") << "001/03/2027"
                                         << "";
        QTest::newRow("three-digit month") << "01/003/2027"
                                           << "";
        QTest::newRow("five-digit year") << "01/03/20270"
                                         << "";
        QTest::newRow("no month") << "01//2027"
                                  << "";
        QTest::newRow("ISO one-digit day") << "2027-03-1"
                                           << "";
        QTest::newRow("ISO with slashes") << "2027/03/01"
                                          << "";
        QTest::newRow("ISO trailing text") << "2027-03-01x"
                                           << "";
        QTest::newRow("blank inside") << "01/03/ 2027"
                                      << "";
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0660\u0661/\u0660\u0663/\u0662\u0660\u0662\u0667") << QString();
        QTest::newRow("full-width digits")
            << QStringLiteral("\uFF10\uFF11/\uFF10\uFF13/\uFF12\uFF10\uFF12\uFF17") << QString();
        QTest::newRow("Excel serial, seven digits") << "0046447"
                                                    << "2027-03-01T00:00:00Z";
        QTest::newRow("Excel serial, eight digits") << "46447000"
                                                    << "";
        QTest::newRow("Excel serial, point without fraction") << "46447."
                                                              << "";
        QTest::newRow("Excel serial, two fractions") << "46447.5.5"
                                                     << "";
        QTest::newRow("only a fraction") << ".5"
                                         << "";
        QTest::newRow("negative serial") << "-46447"
                                         << "";
        QTest::newRow("serial 59 is 1900-02-28, out of range") << "59"
                                                               << "";
        QTest::newRow("ISO moment with fraction") << "2027-03-01T12:30:00.250Z"
                                                  << "2027-03-01T12:30:00Z";
    }
    void moments()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::optional<QDateTime> moment = CsvValues::parseMoment(text);
        QCOMPARE(moment ? moment->toUTC().toString(Qt::ISODate) : QString(), expected);
    }

    // The parser is written by hand; these are the patterns it replaced. Every
    // form on either side of each rule is read as the patterns read it.
    void sameAsPatterns_data()
    {
        QTest::addColumn<QString>("text");
        const auto list = [](std::initializer_list<const char*> items) {
            QStringList texts;
            for (const char* item : items)
                texts.append(QString::fromLatin1(item));
            return texts;
        };
        const QStringList days = list({"", "1", "01", "31", "001", "x"});
        const QStringList separators = list({"/", "-", ".", ",", " ", ""});
        const QStringList years = list({"2027", "27", "20270", "1984", "9001", ""});
        for (const QString& day : days) {
            for (const QString& first : separators) {
                for (const QString& second : separators) {
                    for (const QString& year : years) {
                        const QString text = day + first + QLatin1Char('3') + second + year;
                        QTest::newRow(qPrintable(QLatin1String("day first ") + text)) << text;
                    }
                }
            }
        }
        const QStringList iso =
            list({"2027-03-01", "2027-3-01", "2027-03-1", "20270-03-01", "2027-02-29", "2028-02-29",
                  "2027-00-10", "2027-12-32", "2027-03-01 ", "2027-03-01T12:00Z",
                  "2027-03-01T12:00", "2027-03-01t12:00:00+0100"});
        for (const QString& text : iso)
            QTest::newRow(qPrintable(QLatin1String("iso ") + text)) << text;
        const QStringList serials =
            list({"1",       "59",           "60",        "61",      "0",        "32874",
                  "46447",   "2958465",      "2958466",   "1234567", "12345678", "46447.",
                  "46447.0", "46447,999999", "46447.5.5", ".5",      ",5",       "46447,",
                  "46447e1", "0046447.25",   "+46447",    "-1"});
        for (const QString& text : serials)
            QTest::newRow(qPrintable(QLatin1String("serial ") + text)) << text;
    }
    void sameAsPatterns()
    {
        QFETCH(QString, text);
        const std::optional<QDateTime> expected = byPatterns(text);
        const std::optional<QDateTime> moment = CsvValues::parseMoment(text);
        QCOMPARE(moment.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*moment, *expected);
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
