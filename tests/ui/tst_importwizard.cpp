#include "DeskRegistry.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "UiPortfolio.h"
#include "i18n/Language.h"
#include "import/ImportPlanModel.h"
#include "import/ImportUndo.h"
#include "import/ImportWizard.h"
#include "pages/DomainsPage.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using ui::ImportWizard;

namespace {

// Excel in Portuguese: ';', Windows-1252 (the en dash is 0x96, a C1 control in
// ISO-8859-15), CRLF. Line 5 has a date that does not exist.
QByteArray domainsCp1252()
{
    QByteArray bytes =
        QStringLiteral("Domínio;Titular;Data de expiração;Renovação automática;Notas\r\n"
                       "novo.pt;ALFA-100001-ADNS;01/03/2027;não;Cliente @ VIP\r\n"
                       "renova.pt;GAMA-100003-ADNS;01/02/2028;sim;\r\n"
                       "café.pt;GAMA-100003-ADNS;01/06/2027;não;\r\n"
                       "errado.pt;BETA-100002-ADNS;31/02/2027;não;\r\n")
            .toLatin1();
    bytes.replace('@', '\x96');
    return bytes;
}

// Google Sheets in English: ',', UTF-8 without a byte order mark, LF.
QByteArray domainsUtf8()
{
    return QStringLiteral("Domain,Holder,Expiry date,Auto-renew\n"
                          "café-novo.pt,ALFA-100001-ADNS,2027-03-01,no\n"
                          "outro.pt,BETA-100002-ADNS,2027-04-01,yes\n")
        .toUtf8();
}

QByteArray contactsUtf8()
{
    return QStringLiteral(
               "Handle,Name,NIF,E-mail,Phone,City,Postcode\n"
               "NOVA-100010-ADNS,Nova Silva,123456789,nova@example.pt,912345678,"
               "Lisboa,1000-001\n"
               "OUTR-100011-ADNS,Outra Costa,245678905,outra@example.pt,,Porto,4000-001\n"
               "TERC-100012-ADNS,Terceira Lda,509876544,geral@terceira.pt,,Faro,8000-001\n")
        .toUtf8();
}

} // namespace

// The import wizard driven through its widgets, on a real SQLite file and
// real CSV files: detection and overrides with a live preview, a malformed
// file, the mapping, the check, all or nothing, the valid rows with the
// rejected ones saved, cancel, and undo.
class tst_ImportWizard : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        test::UiPortfolio p;
        QTemporaryDir dir;
        World()
        {
            QString error;
            if (!p.seed(&error))
                qFatal("%s", qPrintable(error));
        }
        QString file(const QString& name, const QByteArray& bytes)
        {
            const QString path = dir.filePath(name);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        }
    };

    template <typename T> static T* child(QWidget& w, const QString& name)
    {
        T* found = w.findChild<T*>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    static bool canGoOn(QWizard& wizard)
    {
        QAbstractButton* next = wizard.button(
            wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        return next->isVisible() && next->isEnabled();
    }
    static void next(QWizard& wizard)
    {
        wizard
            .button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                         : QWizard::NextButton)
            ->click();
    }
    static QString text(QWidget& w, const char* label)
    {
        return child<QLabel>(w, QLatin1String(label))->text();
    }
    // To the write page with the domains file of Excel in Portuguese.
    static void toWritePage(ImportWizard& wizard, const QString& path)
    {
        wizard.show();
        wizard.setFile(path);
        next(wizard);
        next(wizard);
        QVERIFY(wizard.planReady());
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::WritePage));
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }

    // The delimiter and the encoding are detected and shown; the preview
    // shows the decoded cells under the header, with the file's lines.
    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("cell"); // row 0, column 0
        QTest::addColumn<int>("rows");
        QTest::newRow("; Windows-1252") << domainsCp1252() << "Detected: semicolon (;)"
                                        << "Detected: windows-1252"
                                        << "Data de expiração"
                                        << "novo.pt" << 4;
        QTest::newRow(", UTF-8") << domainsUtf8() << "Detected: comma (,)"
                                 << "Detected: UTF-8"
                                 << "Expiry date"
                                 << "café-novo.pt" << 2;
        QTest::newRow("tab UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF" +
                          QStringLiteral("Domínio\tExpira\r\nsé.pt\t2027-01-01\r\n").toUtf8())
            << "Detected: tab"
            << "Detected: UTF-8 with a byte order mark"
            << "Expira"
            << "sé.pt" << 1;
    }

    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(QString, encoding);
        QFETCH(QString, header);
        QFETCH(QString, cell);
        QFETCH(int, rows);
        World w;
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        QVERIFY(!canGoOn(wizard));
        child<QLineEdit>(wizard, QStringLiteral("fileEdit"))
            ->setText(w.file(QStringLiteral("in.csv"), bytes));
        QCOMPARE(text(wizard, "delimiterInUse"), delimiter);
        QCOMPARE(text(wizard, "encodingInUse"), encoding);
        auto* preview = child<QTableWidget>(wizard, QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), rows);
        QVERIFY(wizard.table().header.contains(header));
        QCOMPARE(preview->item(0, 0)->text(), cell);
        QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));
        QVERIFY(!child<QLabel>(wizard, QStringLiteral("fileError"))->isVisible());
        QVERIFY(canGoOn(wizard));
    }

    // An override reads the file again at once; the preview follows.
    void overrides_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter"); // combo text; empty: detect
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("cell"); // row 0, column 0, or a part of the error
        QTest::addColumn<QString>("encodingShown");
        QTest::newRow("1252 as ISO-8859-15") << domainsCp1252() << ""
                                             << "ISO-8859-15" << true << 5 << "novo.pt"
                                             << "Chosen: ISO-8859-15";
        QTest::newRow("1252 split on commas")
            << domainsCp1252() << "Comma (,)"
            << "" << true << 1 << "novo.pt;ALFA-100001-ADNS;01/03/2027;não;Cliente – VIP"
            << "Detected: windows-1252";
        QTest::newRow("1252 as UTF-8") << domainsCp1252() << ""
                                       << "UTF-8" << false << 0 << "UTF-8"
                                       << "Not read";
        QTest::newRow("UTF-8 as Windows-1252") << domainsUtf8() << ""
                                               << "Windows-1252" << true << 4 << "cafÃ©-novo.pt"
                                               << "Chosen: windows-1252";
        QTest::newRow("UTF-8 on semicolons")
            << domainsUtf8() << "Semicolon (;)"
            << "" << true << 1 << "café-novo.pt,ALFA-100001-ADNS,2027-03-01,no"
            << "Detected: UTF-8";
    }

    void overrides()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(QString, encoding);
        QFETCH(bool, readable);
        QFETCH(int, columns);
        QFETCH(QString, cell);
        QFETCH(QString, encodingShown);
        World w;
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        wizard.setFile(w.file(QStringLiteral("in.csv"), bytes));
        QVERIFY(canGoOn(wizard));
        auto* delimiters = child<QComboBox>(wizard, QStringLiteral("delimiterCombo"));
        auto* encodings = child<QComboBox>(wizard, QStringLiteral("encodingCombo"));
        if (!delimiter.isEmpty())
            delimiters->setCurrentIndex(delimiters->findText(delimiter));
        if (!encoding.isEmpty())
            encodings->setCurrentIndex(encodings->findText(encoding));
        auto* preview = child<QTableWidget>(wizard, QStringLiteral("previewTable"));
        auto* error = child<QLabel>(wizard, QStringLiteral("fileError"));
        QCOMPARE(wizard.fileReadable(), readable);
        QCOMPARE(canGoOn(wizard), readable);
        QCOMPARE(error->isVisible(), !readable);
        QCOMPARE(preview->columnCount(), columns);
        QCOMPARE(text(wizard, "encodingInUse"), encodingShown);
        if (readable)
            QCOMPARE(preview->item(0, 0)->text(), cell);
        else
            QVERIFY2(error->text().contains(cell), qPrintable(error->text()));

        // Back to detection: the file reads as at first.
        delimiters->setCurrentIndex(0);
        encodings->setCurrentIndex(0);
        QVERIFY(wizard.fileReadable());
        QVERIFY(canGoOn(wizard));
        QVERIFY(!error->isVisible());
    }

    // A malformed file is refused with its line, and Next stays off.
    void malformedFileBlocks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote")
            << QByteArray("Dom\xC3\xADnio;Notas\nok.pt;a\nmau.pt;\"sem fim\nmais.pt;b\n")
            << "Line 3: a quoted field is never closed.";
        QTest::newRow("ragged row") << QByteArray("Domain,Expiry date,Notes\nok.pt,2027-01-01,a\n"
                                                  "\n\ncurto.pt,2027-01-01\n")
                                    << "Line 5 has 2 fields where the header has 3.";
        QTest::newRow("quote inside a field")
            << QByteArray("Domain;Notes\r\nok.pt;di\"z\r\n") << "Line 2: a quote inside a field";
        QTest::newRow("header only")
            << QByteArray("Domain;Notes\r\n") << "has a header but no rows";
    }

    void malformedFileBlocks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        World w;
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        wizard.setFile(w.file(QStringLiteral("bad.csv"), bytes));
        auto* error = child<QLabel>(wizard, QStringLiteral("fileError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(!canGoOn(wizard));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    }

    // The mapping is guessed from the header; the user corrects it; Next
    // waits, with the reason, until it is complete; it is saved and loaded.
    void mappingIsCorrected()
    {
        World w;
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        wizard.setFile(w.file(QStringLiteral("own.csv"),
                              "Site;Fim;Titular;Observa\xC3\xA7\xC3\xB5"
                              "es\nnovo.pt;01/03/2027;ALFA-100001-ADNS;x\n"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto* table = child<QTableWidget>(wizard, QStringLiteral("mappingTable"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("01/03/2027"));
        const auto combo = [&](int column) {
            return qobject_cast<QComboBox*>(table->cellWidget(column, 2));
        };
        const auto choose = [&](int column, import::Field field) {
            combo(column)->setCurrentIndex(combo(column)->findData(int(field)));
        };
        // Guessed: the holder and the notes; "Site" and "Fim" are not known.
        QCOMPARE(combo(0)->currentData().toInt(), int(import::Field::Ignore));
        QCOMPARE(combo(2)->currentData().toInt(), int(import::Field::Registrant));
        QCOMPARE(combo(3)->currentData().toInt(), int(import::Field::Notes));
        QVERIFY(!canGoOn(wizard));
        QVERIFY2(
            text(wizard, "mappingStatus").contains(QStringLiteral("No column holds the domain")),
            qPrintable(text(wizard, "mappingStatus")));

        choose(0, import::Field::DomainName);
        QVERIFY(canGoOn(wizard));
        choose(1, import::Field::DomainName); // twice is refused
        QVERIFY(!canGoOn(wizard));
        QVERIFY2(text(wizard, "mappingStatus").contains(QStringLiteral("\"Site\" and \"Fim\"")),
                 qPrintable(text(wizard, "mappingStatus")));
        choose(1, import::Field::Expiry);
        QVERIFY(canGoOn(wizard));
        QCOMPARE(wizard.mapping().fieldAt(1), import::Field::Expiry);

        QString error;
        const QString saved = w.dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY2(wizard.saveMapping(saved, &error), qPrintable(error));
        next(wizard);
        QCOMPARE(wizard.plan().counts().added, 1);

        // The next file of that shape, columns in another order: the saved
        // mapping applies by header.
        ImportWizard again(w.p.service, w.p.clock);
        again.show();
        again.setFile(w.file(QStringLiteral("own2.csv"),
                             "Fim;Site;Titular\n01/04/2027;outro.pt;ALFA-100001-ADNS\n"));
        next(again);
        QVERIFY(!canGoOn(again));
        QVERIFY2(again.loadMapping(saved, &error), qPrintable(error));
        QVERIFY(canGoOn(again));
        auto* table2 = child<QTableWidget>(again, QStringLiteral("mappingTable"));
        QCOMPARE(qobject_cast<QComboBox*>(table2->cellWidget(0, 2))->currentData().toInt(),
                 int(import::Field::Expiry));
        QCOMPARE(qobject_cast<QComboBox*>(table2->cellWidget(1, 2))->currentData().toInt(),
                 int(import::Field::DomainName));

        // A mapping of the other kind is refused, and says so.
        child<QRadioButton>(again, QStringLiteral("contactsRadio"))->setChecked(true);
        QVERIFY(!again.loadMapping(saved, &error));
        QVERIFY2(error.contains(QStringLiteral("a file of domains")), qPrintable(error));
    }

    // The check sorts every row; the counts are shown and the table filters
    // by outcome, with the changed fields and the reasons per field.
    void checkShowsCountsAndReasons_data()
    {
        QTest::addColumn<int>("outcome"); // -1: all
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("details");
        QTest::newRow("all") << -1 << 4 << "novo.pt"
                             << "";
        QTest::newRow("new") << int(import::RowOutcome::New) << 1 << "novo.pt"
                             << "";
        QTest::newRow("update") << int(import::RowOutcome::Update) << 1 << "renova.pt"
                                << "expiry date: 2027-02-01T00:00:00Z → 2028-02-01T00:00:00Z";
        QTest::newRow("unchanged") << int(import::RowOutcome::Unchanged) << 1 << "café.pt"
                                   << "";
        QTest::newRow("rejected")
            << int(import::RowOutcome::Rejected) << 1 << "errado.pt"
            << "line 5, column 3 \"Data de expiração\" (expiry date): \"31/02/2027\"";
    }

    void checkShowsCountsAndReasons()
    {
        QFETCH(int, outcome);
        QFETCH(int, rows);
        QFETCH(QString, record);
        QFETCH(QString, details);
        World w;
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        wizard.setFile(w.file(QStringLiteral("excel.csv"), domainsCp1252()));
        next(wizard);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(wizard.planReady());
        QCOMPARE(text(wizard, "newCount"), QStringLiteral("New: 1"));
        QCOMPARE(text(wizard, "updateCount"), QStringLiteral("Update: 1"));
        QCOMPARE(text(wizard, "unchangedCount"), QStringLiteral("Unchanged: 1"));
        QCOMPARE(text(wizard, "rejectedCount"), QStringLiteral("Rejected: 1"));
        QVERIFY(canGoOn(wizard));

        auto* view = child<QTableView>(wizard, QStringLiteral("planTable"));
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* filter = child<QComboBox>(wizard, QStringLiteral("outcomeFilter"));
        // With rejected rows the filter starts on them.
        QCOMPARE(filter->currentData().toInt(), int(import::RowOutcome::Rejected));
        filter->setCurrentIndex(filter->findData(outcome));
        QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->index(0, ui::ImportPlanModel::RecordColumn).data().toString(), record);
        const QString shown = model->index(0, ui::ImportPlanModel::DetailsColumn).data().toString();
        if (details.isEmpty())
            QCOMPARE(shown, QString());
        else
            QVERIFY2(shown.contains(details), qPrintable(shown));
        // The chosen row in full under the table, one line per change or problem.
        const QString full = text(wizard, "rowDetails");
        QVERIFY2(full.contains(details), qPrintable(full));
        QCOMPARE(full.count(QLatin1Char('\n')), qMax(0, int(shown.count(QStringLiteral("; ")))));
    }

    // Cancel during the check: nothing to import until it runs to the end.
    void cancelledCheckBlocks()
    {
        World w;
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        wizard.setFile(w.file(QStringLiteral("excel.csv"), domainsCp1252()));
        next(wizard);
        auto* cancel = child<QPushButton>(wizard, QStringLiteral("cancelCheckButton"));
        const auto connection = connect(&wizard, &ImportWizard::checkStarted, cancel, [cancel] {
            QMetaObject::invokeMethod(cancel, &QPushButton::click, Qt::QueuedConnection);
        });
        next(wizard);
        disconnect(connection);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(wizard.plan().cancelled);
        QVERIFY(!wizard.planReady());
        QVERIFY(!canGoOn(wizard));
        QVERIFY(text(wizard, "checkStatus").contains(QStringLiteral("cancelled")));
        child<QPushButton>(wizard, QStringLiteral("checkAgainButton"))->click();
        QVERIFY(wizard.planReady());
        QVERIFY(canGoOn(wizard));
        QCOMPARE(text(wizard, "rejectedCount"), QStringLiteral("Rejected: 1"));
    }

    // The same wizard in European Portuguese: its own words and Qt's buttons.
    void speaksPortuguese()
    {
        i18n::install(*qApp, QStringLiteral("pt_PT"));
        // Back to English for the other tests, whatever happens here.
        const auto english = qScopeGuard([] { i18n::install(*qApp, QStringLiteral("en")); });
        World w;
        const QString path = w.file(QStringLiteral("excel.csv"), domainsCp1252());
        {
            ImportWizard wizard(w.p.service, w.p.clock);
            toWritePage(wizard, path);
            QCOMPARE(wizard.windowTitle(), QStringLiteral("Importar de CSV"));
            QVERIFY2(text(wizard, "writeNote").startsWith(QStringLiteral("1 linha rejeitada")),
                     qPrintable(text(wizard, "writeNote")));
            QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Importar"));
            QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Recuar"));
            QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancelar"));
        }
    }

    // All or nothing (the default) refuses a file with a rejected row and
    // leaves the database as it was.
    void allOrNothingRefuses()
    {
        World w;
        const QString path = w.file(QStringLiteral("excel.csv"), domainsCp1252());
        const QString before = test::dump(w.p.t.db());
        ImportWizard wizard(w.p.service, w.p.clock);
        toWritePage(wizard, path);
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("allOrNothingRadio"))->isChecked());
        QVERIFY(child<QCheckBox>(wizard, QStringLiteral("refreshCheck"))->isChecked());
        QVERIFY(text(wizard, "writeNote").contains(QStringLiteral("1 row rejected")));
        QVERIFY(canGoOn(wizard));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::WritePage));
        auto* error = child<QLabel>(wizard, QStringLiteral("writeError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("1 row rejected; nothing was imported")),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("The database was left as it was.")));
        QCOMPARE(wizard.batchId(), qint64(0));
        QCOMPARE(test::dump(w.p.t.db()), before);
        QVERIFY(!w.p.service.findDomain(QStringLiteral("novo.pt")));

        // Choosing the other way to write takes the message away.
        child<QRadioButton>(wizard, QStringLiteral("partialRadio"))->setChecked(true);
        QVERIFY(!error->isVisible());
        QVERIFY(text(wizard, "writeNote").contains(QStringLiteral("will be saved")));
    }

    // The valid rows go in; the rejected ones go to the chosen CSV with the
    // reason, ready to fix and import again; undo takes the import back.
    void partialImportThenUndo()
    {
        World w;
        const QString path = w.file(QStringLiteral("excel.csv"), domainsCp1252());
        const QString before = test::dump(w.p.t.db());
        ImportWizard wizard(w.p.service, w.p.clock);
        toWritePage(wizard, path);
        child<QRadioButton>(wizard, QStringLiteral("partialRadio"))->setChecked(true);
        auto* rejects = child<QLineEdit>(wizard, QStringLiteral("rejectsEdit"));
        QVERIFY(rejects->isEnabled());
        QCOMPARE(rejects->text(), w.dir.filePath(QStringLiteral("excel-rejected.csv")));
        rejects->clear();
        QVERIFY(!canGoOn(wizard)); // where the rejected rows go must be said
        const QString rejectsPath = w.dir.filePath(QStringLiteral("to-fix.csv"));
        rejects->setText(rejectsPath);
        QVERIFY(canGoOn(wizard));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QVERIFY(wizard.batchId() > 0);
        const QString result = text(wizard, "resultLabel");
        QVERIFY2(result.contains(
                     QStringLiteral("Import %1 from excel.csv is written.").arg(wizard.batchId())),
                 qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("New: 1")));
        QVERIFY(result.contains(QStringLiteral("Updated: 1")));
        QVERIFY(result.contains(QStringLiteral("Rejected, not imported: 1")));
        QVERIFY(result.contains(rejectsPath));
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() ||
                !wizard.button(QWizard::BackButton)->isVisible());

        QVERIFY(w.p.service.findDomain(QStringLiteral("novo.pt")));
        QCOMPARE(w.p.service.findDomain(QStringLiteral("renova.pt"))->expiresAt,
                 test::utc("2028-02-01T00:00:00Z"));
        QFile fix(rejectsPath);
        QVERIFY(fix.open(QIODevice::ReadOnly));
        const QString fixText = QString::fromUtf8(fix.readAll());
        QVERIFY2(fixText.contains(QStringLiteral("errado.pt;BETA-100002-ADNS;31/02/2027;não")),
                 qPrintable(fixText));
        QVERIFY(fixText.contains(QStringLiteral("Reason")));
        QVERIFY(!fixText.contains(QStringLiteral("novo.pt")));

        // Undo, confirmed after reading what it undoes.
        QString question;
        test::ModalAnswer confirm(QStringLiteral("confirmBox"), [&](QWidget* box) {
            question = static_cast<QMessageBox*>(box)->text();
            box->findChild<QAbstractButton*>(QStringLiteral("confirmButton"))->click();
        });
        test::ModalAnswer done(QStringLiteral("undoneBox"), [](QWidget* box) { box->close(); });
        QVERIFY(ui::ImportUndo::run(nullptr, w.p.service, w.p.clock));
        QVERIFY(confirm.done());
        QVERIFY(done.done());
        QVERIFY2(
            question.contains(QStringLiteral("Undo import %1, of excel.csv").arg(wizard.batchId())),
            qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("removes the 1 domain it added")));
        QVERIFY(question.contains(QStringLiteral("restores the earlier values of 1 domain")));
        QVERIFY(!w.p.service.findDomain(QStringLiteral("novo.pt")));
        QCOMPARE(w.p.service.findDomain(QStringLiteral("renova.pt"))->expiresAt,
                 test::utc("2027-02-01T00:00:00Z"));
        QVERIFY(test::dump(w.p.t.db()) != before); // the history keeps both lines

        // Nothing left to undo: said, and nothing happens.
        const QString afterUndo = test::dump(w.p.t.db());
        test::ModalAnswer none(QStringLiteral(""), [](QWidget* box) { box->close(); });
        QVERIFY(!ui::ImportUndo::run(nullptr, w.p.service, w.p.clock));
        QVERIFY(none.done());
        QCOMPARE(test::dump(w.p.t.db()), afterUndo);
    }

    // Cancel while writing: the database is left as it was, and the wizard
    // says so.
    void cancelDuringWrite_data()
    {
        QTest::addColumn<bool>("contacts");
        QTest::newRow("domains") << false;
        QTest::newRow("contacts") << true;
    }

    void cancelDuringWrite()
    {
        QFETCH(bool, contacts);
        World w;
        const QString path = contacts ? w.file(QStringLiteral("contacts.csv"), contactsUtf8())
                                      : w.file(QStringLiteral("sheets.csv"), domainsUtf8());
        const QString before = test::dump(w.p.t.db());
        ImportWizard wizard(w.p.service, w.p.clock);
        wizard.show();
        if (contacts)
            child<QRadioButton>(wizard, QStringLiteral("contactsRadio"))->setChecked(true);
        toWritePage(wizard, path);
        QString reasons;
        for (const import::PlannedRow& row : wizard.plan().rows)
            for (const import::FieldProblem& problem : row.problems)
                reasons +=
                    import::Importer::describe(wizard.table(), row, problem) + QLatin1Char('\n');
        QVERIFY2(wizard.plan().counts().added == (contacts ? 3 : 2), qPrintable(reasons));
        auto* cancel = child<QPushButton>(wizard, QStringLiteral("cancelWriteButton"));
        connect(&wizard, &ImportWizard::writeStarted, cancel, [cancel] {
            QMetaObject::invokeMethod(cancel, &QPushButton::click, Qt::QueuedConnection);
        });
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::WritePage));
        QVERIFY(wizard.writeResult().cancelled);
        auto* error = child<QLabel>(wizard, QStringLiteral("writeError"));
        QVERIFY2(error->text().contains(QStringLiteral("cancelled; nothing was written")),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("The database was left as it was.")));
        QCOMPARE(test::dump(w.p.t.db()), before);
        QVERIFY(!cancel->isVisible());
        QVERIFY(canGoOn(wizard)); // and it can be tried again
    }

    // From the desk: File, Import from CSV… then File, Undo last import…,
    // each reloading the pages.
    void fromTheDesk()
    {
        World w;
        const QString path = w.file(QStringLiteral("sheets.csv"), domainsUtf8());
        QSettings settings;
        ui::DeskRegistry registry(settings, nullptr);
        ui::MainWindow window(w.p.service, w.p.clock, registry);
        window.show();
        window.showPage(ui::MainWindow::Page::Domains);
        auto* page = qobject_cast<ui::DomainsPage*>(window.page(ui::MainWindow::Page::Domains));
        QVERIFY(page);
        const int before = page->table()->model()->rowCount();
        QCOMPARE(before, test::UiPortfolio::domainCount);

        test::ModalAnswer wizardAnswer(QStringLiteral("importWizard"), [&](QWidget* modal) {
            auto* wizard = static_cast<ImportWizard*>(modal);
            wizard->setFile(path);
            next(*wizard);
            next(*wizard);
            next(*wizard);
            next(*wizard);
            wizard->button(QWizard::FinishButton)->click();
        });
        child<QAction>(window, QStringLiteral("importAction"))->trigger();
        QVERIFY(wizardAnswer.done());
        QCOMPARE(page->table()->model()->rowCount(), before + 2);

        test::ModalAnswer confirm(QStringLiteral("confirmBox"),
                                  test::ModalAnswer::click(QStringLiteral("confirmButton")));
        test::ModalAnswer done(QStringLiteral("undoneBox"), [](QWidget* box) { box->close(); });
        child<QAction>(window, QStringLiteral("undoImportAction"))->trigger();
        QVERIFY(confirm.done());
        QCOMPARE(page->table()->model()->rowCount(), before);
    }
};

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
