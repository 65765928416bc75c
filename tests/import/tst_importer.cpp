#include "TestDatabase.h"
#include "csv/CsvReader.h"
#include "csv/CsvValues.h"
#include "csv/CsvWriter.h"
#include "import/Importer.h"
#include "model/Codes.h"
#include "rules/Clock.h"
#include "service/PortfolioService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace rd;
using namespace rd::import;

namespace {

const QString holder = QStringLiteral("MARI-100002-ADNS");

QString dataPath(const QString& name)
{
    return qEnvironmentVariable("RD_SOURCE_DIR") + QStringLiteral("/tests/import/data/") + name;
}

csv::Table tableOf(const QString& text)
{
    csv::Table table;
    csv::ReadError error;
    if (!csv::CsvReader::read(text.toUtf8(), {}, &table, &error))
        qFatal("test data: %s", qPrintable(error.message));
    return table;
}

// What an import may change, without the local updated_at stamps.
QString domainsOf(Database& db)
{
    QString out;
    QSqlQuery rows(db.connection());
    rows.exec(QStringLiteral("SELECT a_label, registrant_id, expires_at, created_at, auto_renew,"
                             " programme, notes, next_due, next_kind FROM domains ORDER BY id"));
    while (rows.next()) {
        for (int c = 0; c < 9; ++c)
            out += rows.value(c).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<PortfolioService> m_service;

    Importer importer() { return Importer(*m_service, *m_clock, QStringLiteral("tester")); }

    ImportPlan planOf(const csv::Table& table, ImportKind kind)
    {
        return importer().plan(table, ColumnMapping::guess(kind, table.header));
    }

    bool importText(const QString& text, ImportKind kind, QString* error, bool partial = false)
    {
        const csv::Table table = tableOf(text);
        const ImportPlan plan = planOf(table, kind);
        Importer::WriteOptions options;
        options.partial = partial;
        options.source = QStringLiteral("test.csv");
        return importer().write(plan, options, nullptr, error);
    }

private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_test->isOpen(), qPrintable(m_test->error()));
        m_clock = std::make_unique<FixedClock>(test::utc("2026-11-23T09:30:00Z"));
        m_service =
            std::make_unique<PortfolioService>(m_test->db(), *m_clock, QStringLiteral("tester"));
        Contact contact;
        contact.handle = holder;
        contact.name = QStringLiteral("Maria João Ferreira");
        contact.vat = QStringLiteral("213456788");
        QString error;
        QVERIFY2(m_service->addContact(contact, &error), qPrintable(error));
        Domain domain;
        domain.uLabel = QStringLiteral("existente.pt");
        domain.expiresAt = test::utc("2027-05-01T00:00:00Z");
        domain.registrantHandle = holder;
        QVERIFY2(m_service->addDomain(domain, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_service.reset();
        m_test.reset();
    }

    // ~60 kinds of bad rows, each in a file with the field and reason it must get.
    void badRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expect"); // "ok" or "field|part of the reason"
        for (const QString& file :
             {QStringLiteral("bad-domains.csv"), QStringLiteral("bad-contacts.csv")}) {
            csv::Table table;
            csv::ReadError error;
            if (!csv::CsvReader::readFile(dataPath(file), {}, &table, &error))
                qFatal("%s", qPrintable(error.message));
            const int expect = int(table.header.indexOf(QStringLiteral("Expect")));
            for (const csv::Row& row : std::as_const(table.rows))
                QTest::addRow("%s line %d: %s", qPrintable(file), row.line,
                              qPrintable(row.cells.at(expect)))
                    << file << row.line << row.cells.at(expect);
        }
    }
    void badRows()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, expect);
        csv::Table table;
        csv::ReadError error;
        QVERIFY(csv::CsvReader::readFile(dataPath(file), {}, &table, &error));
        const ImportKind kind =
            file.contains(QStringLiteral("domains")) ? ImportKind::Domains : ImportKind::Contacts;
        const ImportPlan plan = planOf(table, kind);
        QCOMPARE(plan.rows.size(), table.rows.size());
        const auto found = std::find_if(plan.rows.cbegin(), plan.rows.cend(),
                                        [&](const PlannedRow& r) { return r.line == line; });
        QVERIFY(found != plan.rows.cend());
        if (expect == QLatin1String("ok")) {
            QVERIFY2(found->problems.isEmpty(),
                     qPrintable(Importer::describe(table, *found, found->problems.value(0))));
            QCOMPARE(found->outcome, RowOutcome::New);
            return;
        }
        QCOMPARE(found->outcome, RowOutcome::Rejected);
        const QString field = expect.section(QLatin1Char('|'), 0, 0);
        const QString part = expect.section(QLatin1Char('|'), 1);
        QStringList seen;
        bool matched = false;
        for (const FieldProblem& problem : found->problems) {
            seen.append(Importer::describe(table, *found, problem));
            QVERIFY(!problem.reason.isEmpty());
            if (problem.field == field && problem.reason.contains(part)) {
                matched = true;
                // The column named is the one holding the field (or none for the whole row).
                if (!field.isEmpty())
                    QVERIFY(problem.column >= 0);
            }
        }
        QVERIFY2(matched, qPrintable(seen.join(QStringLiteral(" / "))));
    }

    // The files spreadsheets write import without a rejected row.
    void spreadsheetFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("added");
        QTest::newRow("Excel pt") << "excel-pt.csv" << 3;
        QTest::newRow("Excel en") << "excel-en.csv" << 2;
        QTest::newRow("LibreOffice") << "libreoffice-quoted.csv" << 2;
        QTest::newRow("tab and CR") << "tab-cr.csv" << 2;
        QTest::newRow("Google Sheets") << "google-sheets.csv" << 2;
        QTest::newRow("blank lines") << "blank-lines.csv" << 2;
        QTest::newRow("mixed line ends") << "mixed-line-ends.csv" << 3;
    }
    void spreadsheetFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, added);
        csv::Table table;
        csv::ReadError readError;
        QVERIFY(csv::CsvReader::readFile(dataPath(file), {}, &table, &readError));
        const ImportPlan plan = planOf(table, ImportKind::Domains);
        for (const PlannedRow& row : plan.rows) {
            for (const FieldProblem& problem : row.problems)
                qWarning("%s", qPrintable(Importer::describe(table, row, problem)));
        }
        QCOMPARE(plan.counts().added, added);
        QCOMPARE(plan.counts().rejected, 0);
        QString error;
        QVERIFY2(importer().write(plan, {}, nullptr, &error), qPrintable(error));
        QCOMPARE(planOf(table, ImportKind::Domains).counts().unchanged, added);
    }

    // new, update (with what changes), unchanged; empty cells keep what is stored.
    void outcomes()
    {
        const csv::Table table =
            tableOf(QStringLiteral("Domínio;Titular;Data de expiração;Renovação automática;Notas\n"
                                   "existente.pt;MARI-100002-ADNS;01/05/2027;não;\n"
                                   "EXISTENTE.PT;;2028-05-01;;\n"
                                   "novo.pt;;2027-01-01;sim;'=isto é texto\n"
                                   "xn--caf-dma.pt;;46447;;\n"));
        // The same domain twice is rejected: make the second name another one.
        csv::Table t = table;
        t.rows[1].cells[0] = QStringLiteral("outro.pt");
        const ImportPlan plan = planOf(t, ImportKind::Domains);
        QCOMPARE(plan.rows.at(0).outcome, RowOutcome::Unchanged);
        QCOMPARE(plan.rows.at(1).outcome, RowOutcome::New);
        QCOMPARE(plan.rows.at(2).outcome, RowOutcome::New);
        QCOMPARE(plan.rows.at(2).domain.notes, QStringLiteral("=isto é texto"));
        QCOMPARE(plan.rows.at(3).domain.uLabel, QStringLiteral("café.pt"));
        QCOMPARE(plan.rows.at(3).domain.expiresAt, test::utc("2027-03-01T00:00:00Z"));
        const PlanCounts counts = plan.counts();
        QCOMPARE(counts.added, 3);
        QCOMPARE(counts.unchanged, 1);

        const csv::Table update = tableOf(QStringLiteral(
            "Domain,Expiry date,Auto-renew,Notes\nexistente.pt,2028-05-01,yes,renovado\n"));
        const ImportPlan changed = planOf(update, ImportKind::Domains);
        QCOMPARE(changed.rows.at(0).outcome, RowOutcome::Update);
        QCOMPARE(
            changed.rows.at(0).changes,
            (QStringList{QStringLiteral("expiry date: 2027-05-01T00:00:00Z → 2028-05-01T00:00:00Z"),
                         QStringLiteral("auto-renew: off → on"),
                         QStringLiteral("notes: - → renovado")}));
    }

    // A large file is checked in two halves and compared with the stored
    // domains read on a second connection: every row must come out as it does
    // when its file holds it alone (duplicates aside, which need the whole file).
    void largeFileAsRowByRow()
    {
        QString error;
        Domain stored;
        stored.uLabel = QStringLiteral("loja-ção.pt");
        stored.expiresAt = test::utc("2027-02-01T00:00:00Z");
        stored.createdAt = test::utc("2026-02-01T00:00:00Z");
        stored.programme = Programme::TresEmUm;
        stored.notes = QStringLiteral("cliente antigo");
        stored.registrantHandle = holder;
        QVERIFY2(m_service->addDomain(stored, &error), qPrintable(error));
        Domain middle;
        middle.uLabel = QStringLiteral("meio.pt");
        middle.expiresAt = test::utc("2027-05-01T00:00:00Z");
        QVERIFY2(m_service->addDomain(middle, &error), qPrintable(error));

        const QString header = QStringLiteral("Domínio;Titular;Data de expiração;Data de criação;"
                                              "Renovação automática;Programa;Notas\n");
        QStringList lines;
        for (int i = 0; i < 10000; ++i)
            lines.append(
                QStringLiteral("lote-%1.pt;;%2;;%3;;\n")
                    .arg(i)
                    .arg(i % 97 == 0 ? QStringLiteral("31/02/2027") : QStringLiteral("01/03/2027"))
                    .arg(i % 2 ? QStringLiteral("sim") : QStringLiteral("não")));
        // Stored domains near both ends and in the middle: unchanged, updated,
        // unchanged with the U-label, notes and programme all given.
        lines[3] = QStringLiteral("existente.pt;%1;01/05/2027;;não;;\n").arg(holder);
        lines[5000] = QStringLiteral("MEIO.pt;;2028-05-01;;;;nota\n");
        lines[9998] = QStringLiteral("LOJA-ÇÃO.PT;%1;01/02/2027;01/02/2026;não;3em1;"
                                     "cliente antigo\n")
                          .arg(holder);
        // The same name at the start and the end: both halves see one of them.
        lines[1] = QStringLiteral("repetido.pt;;01/03/2027;;;;\n");
        lines[9999] = QStringLiteral("REPETIDO.pt;;01/03/2027;;;;\n");
        const csv::Table table = tableOf(header + lines.join(QString()));
        const ImportPlan plan = planOf(table, ImportKind::Domains);
        QCOMPARE(plan.rows.size(), 10000);

        for (int i = 0; i < 10000; ++i) {
            const PlannedRow& row = plan.rows.at(i);
            QCOMPARE(row.index, i);
            QCOMPARE(row.line, i + 2);
            if (i == 1 || i == 9999) {
                QCOMPARE(row.outcome, RowOutcome::Rejected);
                QVERIFY2(row.problems.constLast().reason.contains(
                             QStringLiteral("also on line %1").arg(i == 1 ? 10001 : 3)),
                         qPrintable(row.problems.constLast().reason));
                continue;
            }
            if (i % 500 != 3 && i != 5000 && i != 9998 && i % 97 != 0)
                continue;
            const ImportPlan alone = planOf(tableOf(header + lines.at(i)), ImportKind::Domains);
            const PlannedRow& expected = alone.rows.constFirst();
            QCOMPARE(row.outcome, expected.outcome);
            QCOMPARE(row.changes, expected.changes);
            QCOMPARE(row.existingId, expected.existingId);
            QCOMPARE(row.problems.size(), expected.problems.size());
            for (qsizetype p = 0; p < row.problems.size(); ++p)
                QCOMPARE(row.problems.at(p).reason, expected.problems.at(p).reason);
            QCOMPARE(row.domain.uLabel, expected.domain.uLabel);
            QCOMPARE(row.domain.notes, expected.domain.notes);
        }
        QCOMPARE(plan.rows.at(3).outcome, RowOutcome::Unchanged);
        QCOMPARE(plan.rows.at(5000).outcome, RowOutcome::Update);
        QCOMPARE(plan.rows.at(5000).changes.size(), 2);
        QCOMPARE(plan.rows.at(9998).outcome, RowOutcome::Unchanged);
        QCOMPARE(plan.rows.at(9998).domain.programme, Programme::TresEmUm);
        QCOMPARE(plan.rows.at(97).outcome, RowOutcome::Rejected);
        const PlanCounts counts = plan.counts();
        QCOMPARE(counts.unchanged, 2);
        QCOMPARE(counts.updated, 1);
        QCOMPARE(counts.rejected, 2 + (9999 / 97 + 1));
        QCOMPARE(counts.added, 10000 - counts.unchanged - counts.updated - counts.rejected);
    }

    // All or nothing: one rejected row and nothing is written.
    void allOrNothing()
    {
        const QString before = test::dump(m_test->db());
        QString error;
        QVERIFY(!importText(QStringLiteral("Domain;Expiry date\nbom.pt;2027-01-01\nmau..pt;2027-01-"
                                           "01\n"),
                            ImportKind::Domains, &error));
        QVERIFY2(error.contains(QStringLiteral("rejected; nothing was imported")),
                 qPrintable(error));
        QCOMPARE(test::dump(m_test->db()), before);
    }

    // --partial: the valid rows go in, the rejected ones come out as a CSV that,
    // once fixed, imports the rest.
    void partialWithRejects()
    {
        const csv::Table table = tableOf(
            QStringLiteral("Domínio;Expira;Notas\nbom.pt;2027-01-01;=soma\nmau..pt;2027-01-01;'=x\n"
                           "tarde.pt;31/02/2027;\"a;b\"\n"));
        Importer imp = importer();
        const ImportPlan plan =
            imp.plan(table, ColumnMapping::guess(ImportKind::Domains, table.header));
        Importer::WriteOptions options;
        options.partial = true;
        Importer::WriteResult result;
        QString error;
        QVERIFY2(imp.write(plan, options, &result, &error), qPrintable(error));
        QCOMPARE(result.counts.added, 1);
        QCOMPARE(result.counts.rejected, 2);
        QVERIFY(m_service->findDomain(QStringLiteral("bom.pt")));

        const QByteArray rejects = Importer::rejectsCsv(
            table, plan, csv::CsvWriter::Options{QLatin1Char(';'), true, true});
        csv::Table back;
        csv::ReadError readError;
        QVERIFY(csv::CsvReader::read(rejects, {}, &back, &readError));
        QCOMPARE(back.header, (QStringList{QStringLiteral("Domínio"), QStringLiteral("Expira"),
                                           QStringLiteral("Notas"), QStringLiteral("Reason")}));
        QCOMPARE(back.rows.size(), 2);
        QVERIFY(back.rows.at(0).cells.at(3).startsWith(QStringLiteral("line 3, column 1")));
        QVERIFY(back.rows.at(1).cells.at(3).contains(QStringLiteral("column 2 \"Expira\"")));
        // The cells come back as the first import saw them.
        QCOMPARE(csv::CsvValues::restore(back.rows.at(0).cells.at(2)), QStringLiteral("=x"));
        QCOMPARE(back.rows.at(1).cells.at(2), QStringLiteral("a;b"));

        back.rows[0].cells[0] = QStringLiteral("mau.pt");
        back.rows[1].cells[1] = QStringLiteral("28/02/2027");
        const ImportPlan again =
            imp.plan(back, ColumnMapping::guess(ImportKind::Domains, back.header));
        QCOMPARE(again.counts().added, 2);
        QCOMPARE(again.rows.at(0).domain.notes, QStringLiteral("=x"));
        QVERIFY2(imp.write(again, {}, nullptr, &error), qPrintable(error));
        QCOMPARE(m_service->domains().count(), 4);
    }

    // The database changes between plan and write, and the write fails half
    // way (past a first slice of bulk inserts): nothing of it remains.
    void failsHalfWay()
    {
        QString text = QStringLiteral("Domain;Expiry date;Notes\n");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("lote-%1.pt;2027-01-01;n\n").arg(i, 5, 10, QLatin1Char('0'));
        text += QStringLiteral("existente.pt;2030-01-01;mudou\n");
        const csv::Table table = tableOf(text);
        Importer imp = importer();
        const ImportPlan plan =
            imp.plan(table, ColumnMapping::guess(ImportKind::Domains, table.header));
        QCOMPARE(plan.counts().added, 20000);
        QCOMPARE(plan.counts().updated, 1);

        Domain late;
        late.uLabel = QStringLiteral("lote-15000.pt");
        late.expiresAt = test::utc("2027-01-01T00:00:00Z");
        QString error;
        QVERIFY(m_service->addDomain(late, &error));
        const QString before = test::dump(m_test->db());
        qint64 lastProgress = 0;
        Importer::WriteOptions options;
        options.progress = [&](qint64 done, qint64) { lastProgress = done; };
        QVERIFY(!imp.write(plan, options, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("lote-15000.pt")), qPrintable(error));
        QVERIFY(lastProgress >= 8192); // a first slice had been written
        QCOMPARE(test::dump(m_test->db()), before);
    }

    // Cancelled between rows, at any point: nothing is written.
    void cancelled_data()
    {
        QTest::addColumn<int>("after"); // checks answered "go on" before "stop"
        // Asked every 4096 rows: the first slice of 8192 new domains is written
        // in two steps, the rest and the update at the end.
        QTest::newRow("after 4096 rows") << 0;
        QTest::newRow("after a slice") << 1;
        QTest::newRow("at the last row, an update") << 2;
    }
    void cancelled()
    {
        QFETCH(int, after);
        QString text = QStringLiteral("Domain;Expiry date\n");
        for (int i = 0; i < 9000; ++i)
            text += QStringLiteral("corte-%1.pt;2027-01-01\n").arg(i);
        text += QStringLiteral("existente.pt;2031-01-01\n");
        const csv::Table table = tableOf(text);
        Importer imp = importer();
        const ImportPlan plan =
            imp.plan(table, ColumnMapping::guess(ImportKind::Domains, table.header));
        const QString before = test::dump(m_test->db());
        int checks = 0;
        Importer::WriteOptions options;
        options.cancelled = [&] { return checks++ >= after; };
        Importer::WriteResult result;
        QString error;
        QVERIFY(!imp.write(plan, options, &result, &error));
        QVERIFY(result.cancelled);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(checks > after);
        QCOMPARE(test::dump(m_test->db()), before);

        // Planning can be cancelled too; such a plan writes nothing.
        const ImportPlan half =
            imp.plan(table, ColumnMapping::guess(ImportKind::Domains, table.header), {},
                     [] { return true; });
        QVERIFY(half.cancelled);
        QVERIFY(!imp.write(half, {}, nullptr, &error));
        QCOMPARE(test::dump(m_test->db()), before);
    }

    // The last import can be undone: added domains go (with their history),
    // updated ones get their values back; then the one before it.
    void undo()
    {
        const QString original = domainsOf(m_test->db());
        const int contacts = m_service->contacts().count();
        QString error;
        QVERIFY2(importText(QStringLiteral("Domain;Expiry date;Holder\nprimeiro.pt;2027-01-01;\n"),
                            ImportKind::Domains, &error),
                 qPrintable(error));
        const QString afterFirst = domainsOf(m_test->db());
        QVERIFY2(importText(QStringLiteral("Domain;Expiry date;Auto-renew;Notes\n"
                                           "existente.pt;2029-01-01;sim;mudou\n"
                                           "segundo.pt;2027-02-02;;\nterceiro.pt;2027-03-03;;\n"),
                            ImportKind::Domains, &error),
                 qPrintable(error));
        QCOMPARE(m_service->domains().count(), 4);
        const qint64 existing = m_service->findDomain(QStringLiteral("existente.pt"))->id;

        Importer::UndoResult result;
        QVERIFY2(importer().undoLast(&result, &error), qPrintable(error));
        QCOMPARE(result.removed, 2);
        QCOMPARE(result.restored, 1);
        QCOMPARE(domainsOf(m_test->db()), afterFirst);
        // The history of the updated domain keeps the import and its undoing.
        const QList<HistoryEntry> history = m_service->history().forDomain(existing);
        QCOMPARE(history.constLast().event, QStringLiteral("domain.import-undone"));

        QVERIFY2(importer().undoLast(&result, &error), qPrintable(error));
        QCOMPARE(domainsOf(m_test->db()), original);
        QCOMPARE(m_service->contacts().count(), contacts);
        QVERIFY(!importer().undoLast(&result, &error));
        QVERIFY2(error.contains(QStringLiteral("no import to undo")), qPrintable(error));

        // History stays append-only outside an undo.
        QSqlQuery query(m_test->db().connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM history")));
    }

    // An imported domain with an action opened since cannot be taken away.
    void undoRefusedWhenUsed()
    {
        QString error;
        QVERIFY(importText(QStringLiteral("Domain;Expiry date\nusado.pt;2027-01-01\n"),
                           ImportKind::Domains, &error));
        QVERIFY(m_service->openAction(QStringLiteral("usado.pt"), ActionKind::Verification,
                                      m_clock->now(), &error));
        const QString before = test::dump(m_test->db());
        QVERIFY(!importer().undoLast(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("usado.pt")), qPrintable(error));
        QCOMPARE(test::dump(m_test->db()), before);
    }

    void contacts()
    {
        QString error;
        const QString text =
            QStringLiteral("Handle;Tipo;Nome;NIF;E-mail;Telefone;Morada;Código postal\n"
                           "NOVO-000001-ADNS;pessoa;Ana;123456789;ANA@Example.PT;912345678;\"Rua "
                           "A\nAndar 2\";1000 "
                           "001\n"
                           "MARI-100002-ADNS;;Maria João Ferreira;;mj@example.pt;;;\n");
        const csv::Table table = tableOf(text);
        const ImportPlan plan = planOf(table, ImportKind::Contacts);
        QCOMPARE(plan.rows.at(0).outcome, RowOutcome::New);
        QCOMPARE(plan.rows.at(0).contact->email, QStringLiteral("ANA@example.pt"));
        QCOMPARE(plan.rows.at(0).contact->voice, QStringLiteral("+351.912345678"));
        QCOMPARE(plan.rows.at(0).contact->address.postcode, QStringLiteral("1000-001"));
        QCOMPARE(plan.rows.at(0).contact->address.street,
                 (QStringList{QStringLiteral("Rua A"), QStringLiteral("Andar 2")}));
        QCOMPARE(plan.rows.at(1).outcome, RowOutcome::Update);
        QCOMPARE(plan.rows.at(1).changes, QStringList{QStringLiteral("e-mail: - → mj@example.pt")});
        const QString before = test::dump(m_test->db());
        QVERIFY2(importer().write(plan, {}, nullptr, &error), qPrintable(error));
        QCOMPARE(m_service->contacts().findByHandle(holder)->email,
                 QStringLiteral("mj@example.pt"));
        QCOMPARE(planOf(table, ImportKind::Contacts).counts().unchanged, 2);
        QVERIFY2(importer().undoLast(nullptr, &error), qPrintable(error));
        QVERIFY(!m_service->contacts().findByHandle(QStringLiteral("NOVO-000001-ADNS")));
        QCOMPARE(m_service->contacts().findByHandle(holder)->email, QString());
        Q_UNUSED(before);
    }

    // Updated domains are queued for the next refresh (never-synced is what
    // sync --changed picks); new ones are never synced already.
    void queuedForRefresh()
    {
        const qint64 id = m_service->findDomain(QStringLiteral("existente.pt"))->id;
        QString error;
        QVERIFY(m_service->sync().setState(
            id, {RegistryStanding::Active, m_clock->now(), QStringLiteral("regexemplo01")},
            &error));
        QVERIFY(m_service->sync().domainsToSync(m_clock->now()).isEmpty());
        QVERIFY(importText(QStringLiteral("Domain;Expiry date\nexistente.pt;2030-01-01\n"
                                          "fresco.pt;2027-01-01\n"),
                           ImportKind::Domains, &error));
        QCOMPARE(m_service->sync().domainsToSync(m_clock->now()),
                 (QStringList{QStringLiteral("existente.pt"), QStringLiteral("fresco.pt")}));
    }

    // Exported cells (formulas neutralised, accents, line breaks) import back unchanged.
    void roundTrip()
    {
        QString error;
        QVERIFY(importText(QStringLiteral("Domain;Expiry date;Created;Programme;Auto-renew;Notes\n"
                                          "açaí.pt;2027-01-01T10:00:00Z;2026-01-01;3em1;sim;"
                                          "\"=1+1; \"\"x\"\"\nlinha\"\n"
                                          "menos.pt;2027-01-02;;;;-\n"),
                           ImportKind::Domains, &error));
        QStringList header = {QStringLiteral("Domínio"),
                              QStringLiteral("Data de expiração"),
                              QStringLiteral("Data de registo"),
                              QStringLiteral("Programa"),
                              QStringLiteral("Renovação automática"),
                              QStringLiteral("Notas")};
        QList<QStringList> rows;
        for (const Domain& d : m_service->domains().all())
            rows.append({d.uLabel, d.expiresAt.toString(Qt::ISODate),
                         d.createdAt.isValid() ? d.createdAt.toString(Qt::ISODate) : QString(),
                         codes::toCode(d.programme),
                         d.autoRenew ? QStringLiteral("sim") : QStringLiteral("não"), d.notes});
        for (const QChar delimiter : {QLatin1Char(';'), QLatin1Char(',')}) {
            const QByteArray bytes = csv::CsvWriter::toBytes(header, rows, {delimiter, true, true});
            csv::Table table;
            csv::ReadError readError;
            QVERIFY(csv::CsvReader::read(bytes, {}, &table, &readError));
            const ImportPlan plan = planOf(table, ImportKind::Domains);
            const PlanCounts counts = plan.counts();
            QCOMPARE(counts.unchanged, 3);
            QCOMPARE(counts.added + counts.updated + counts.rejected, 0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
