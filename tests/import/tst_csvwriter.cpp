#include "csv/CsvReader.h"
#include "csv/CsvValues.h"
#include "csv/CsvWriter.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::csv;

namespace {

// A table as a view shows it: two columns, a header.
class Table2 : public QAbstractTableModel
{
public:
    explicit Table2(QList<QStringList> rows)
        : m_rows(std::move(rows))
    {}
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row()).at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
            return {};
        return section == 0 ? QStringLiteral("Domínio") : QStringLiteral("Notas");
    }

private:
    QList<QStringList> m_rows;
};

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("field");

        QTest::newRow("plain") << "café.pt"
                               << ";"
                               << "café.pt";
        QTest::newRow("delimiter") << "a;b"
                                   << ";"
                                   << "\"a;b\"";
        QTest::newRow("other delimiter left bare") << "a;b"
                                                   << ","
                                                   << "a;b";
        QTest::newRow("comma") << "a,b"
                               << ","
                               << "\"a,b\"";
        QTest::newRow("quote") << "5\" disk"
                               << ";"
                               << "\"5\"\" disk\"";
        QTest::newRow("line break") << "a\nb"
                                    << ";"
                                    << "\"a\nb\"";
        QTest::newRow("edge space") << " a"
                                    << ";"
                                    << "\" a\"";
        QTest::newRow("formula") << "=1+1"
                                 << ";"
                                 << "'=1+1";
        QTest::newRow("tab formula quoted for tab") << "\tx"
                                                    << ";"
                                                    << "'\tx";
    }
    void fields()
    {
        QFETCH(QString, cell);
        QFETCH(QString, delimiter);
        QFETCH(QString, field);
        CsvWriter::Options options;
        options.delimiter = delimiter.at(0);
        QCOMPARE(CsvWriter::field(cell, options), field);
    }

    void bomAndLineEnds()
    {
        CsvWriter::Options options;
        QByteArray bytes =
            CsvWriter::toBytes({QStringLiteral("A")}, {{QStringLiteral("é")}}, options);
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "A\r\n\xC3\xA9\r\n"));
        options.bom = false;
        bytes = CsvWriter::toBytes({QStringLiteral("A")}, {{QStringLiteral("é")}}, options);
        QCOMPARE(bytes, QByteArray("A\r\n\xC3\xA9\r\n"));
    }

    // What a filtered view shows is what the file gets; reading it back gives the cells.
    void modelRoundTrip_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::newRow(";") << ";";
        QTest::newRow(",") << ",";
    }
    void modelRoundTrip()
    {
        QFETCH(QString, delimiter);
        const QList<QStringList> rows = {
            {QStringLiteral("café.pt"), QStringLiteral("=HYPERLINK(\"x\")")},
            {QStringLiteral("porto.pt"), QStringLiteral("a;b, \"c\"\nd")},
            {QStringLiteral("lisboa.pt"), QStringLiteral("-")},
            {QStringLiteral("faro.pt"), QString()},
        };
        Table2 model(rows);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterRegularExpression(QStringLiteral("^(café|porto|lisboa)"));
        QCOMPARE(proxy.rowCount(), 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.csv"));
        CsvWriter::Options options;
        options.delimiter = delimiter.at(0);
        QString error;
        QVERIFY2(CsvWriter::writeModel(proxy, path, options, &error), qPrintable(error));

        Table table;
        ReadError readError;
        QVERIFY2(CsvReader::readFile(path, {}, &table, &readError), qPrintable(readError.message));
        QCOMPARE(QString(table.delimiter), delimiter);
        QVERIFY(table.hadBom);
        QCOMPARE(table.header, (QStringList{QStringLiteral("Domínio"), QStringLiteral("Notas")}));
        QCOMPARE(table.rows.size(), 3);
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 2; ++c)
                QCOMPARE(CsvValues::restore(table.rows.at(r).cells.at(c)), rows.at(r).at(c));
        }
        // The formula reached the file as text.
        QCOMPARE(table.rows.at(0).cells.at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
    }

    void unwritablePathIsReported()
    {
        QString error;
        QVERIFY(
            !CsvWriter::writeFile(QStringLiteral("/nonexistent-folder/x.csv"), {}, {}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-folder/x.csv")));
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
