#include "Cli.h"

#include "AppIdentity.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "import/ColumnMapping.h"
#include "import/Importer.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace rd::cli {

namespace {

// ';', ',' or tab, as a character or by name.
std::optional<QChar> delimiterFrom(const QString& text)
{
    if (text == QLatin1String(";") || text == QLatin1String(","))
        return text.at(0);
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QLatin1Char('\t');
    return std::nullopt;
}

} // namespace

int Cli::importFile(const QStringList& args)
{
    if (args.value(0) == QLatin1String("undo"))
        return importUndo(args.mid(1));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption partial(QStringLiteral("partial"));
    const QCommandLineOption noRefresh(QStringLiteral("no-refresh"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), {}, QStringLiteral("NAME"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), {}, QStringLiteral("FILE"));
    const QCommandLineOption saveMapping(QStringLiteral("save-mapping"), {},
                                         QStringLiteral("FILE"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), {}, QStringLiteral("FILE"));
    parser.addOptions(
        {dryRun, partial, noRefresh, delimiter, encoding, mapping, saveMapping, rejects});
    if (!parser.parse(QStringList{QStringLiteral("registrar-desk-cli")} + args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const std::optional<import::ImportKind> kind = import::importKindFromCode(positional.value(0));
    if (positional.size() != 2 || !kind)
        return usage(tr("import takes domains or contacts and a file, or undo."));
    const QString path = positional.at(1);

    csv::CsvReader::Options options;
    if (parser.isSet(delimiter)) {
        const std::optional<QChar> c = delimiterFrom(parser.value(delimiter));
        if (!c)
            return usage(
                tr("--delimiter: \"%1\" is not ';', ',' or tab.").arg(parser.value(delimiter)));
        options.delimiter = *c;
    }
    if (parser.isSet(encoding)) {
        options.encoding = csv::TextEncoding::fromName(parser.value(encoding));
        if (!options.encoding)
            return usage(tr("--encoding: \"%1\" is not one of %2.")
                             .arg(parser.value(encoding),
                                  csv::TextEncoding::names().join(QStringLiteral(", "))));
    }

    csv::Table table;
    csv::ReadError readError;
    if (!csv::CsvReader::readFile(path, options, &table, &readError))
        return fail(Invalid, readError.message);

    import::ColumnMapping columns = import::ColumnMapping::guess(*kind, table.header);
    QString error;
    if (parser.isSet(mapping)) {
        const std::optional<import::ColumnMapping> loaded =
            import::ColumnMapping::load(parser.value(mapping), table.header, &error);
        if (!loaded)
            return fail(Invalid, error);
        if (loaded->kind() != *kind)
            return fail(Invalid, tr("%1 is a mapping for an import of %2.")
                                     .arg(parser.value(mapping), import::toCode(loaded->kind())));
        columns = *loaded;
    }
    if (!columns.isComplete(table.header, &error))
        return fail(Invalid, QFileInfo(path).fileName() + QStringLiteral(": ") + error);
    if (parser.isSet(saveMapping) && !columns.save(parser.value(saveMapping), table.header, &error))
        return fail(Invalid, error);

    int code = Success;
    if (!openPortfolio(&code))
        return code;
    import::Importer importer(*m_service, *m_clock, agentName(QStringLiteral("cli")));
    const import::ImportPlan plan = importer.plan(table, columns);
    const import::PlanCounts counts = plan.counts();

    for (const import::PlannedRow& row : plan.rows) {
        if (row.outcome == import::RowOutcome::Rejected) {
            for (const import::FieldProblem& problem : row.problems)
                m_err << import::Importer::describe(table, row, problem) << '\n';
        } else if (row.outcome == import::RowOutcome::Update && parser.isSet(dryRun)) {
            m_out << tr("line %1: %2 will change: %3")
                         .arg(row.line)
                         .arg(*kind == import::ImportKind::Domains ? row.domain.uLabel
                                                                   : row.contact->handle,
                              row.changes.join(QStringLiteral("; ")))
                  << '\n';
        }
    }
    m_err.flush();

    if (parser.isSet(rejects) && counts.rejected > 0) {
        csv::CsvWriter::Options writeOptions;
        writeOptions.delimiter = table.delimiter;
        QSaveFile file(parser.value(rejects));
        const QByteArray bytes = import::Importer::rejectsCsv(table, plan, writeOptions);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(Invalid,
                        tr("Cannot write %1: %2").arg(parser.value(rejects), file.errorString()));
    }

    if (parser.isSet(dryRun)) {
        // A dry run leaves no trace, not even a new empty database.
        if (m_db->wasCreated()) {
            m_service.reset();
            m_db->discardCreated();
        }
    } else if (counts.rejected == 0 || parser.isSet(partial)) {
        import::Importer::WriteOptions writeOptions;
        writeOptions.partial = parser.isSet(partial);
        writeOptions.queueForRefresh = !parser.isSet(noRefresh);
        writeOptions.source = QFileInfo(path).fileName();
        import::Importer::WriteResult result;
        if (!importer.write(plan, writeOptions, &result, &error))
            return fail(StorageError, error);
        m_keepDatabase = true;
        if (result.batchId > 0)
            m_out << tr("Import %1 written; \"import undo\" takes it back.").arg(result.batchId)
                  << '\n';
    }

    m_out << tr("New: %1").arg(counts.added) << '\n'
          << tr("Updated: %1").arg(counts.updated) << '\n'
          << tr("Unchanged: %1").arg(counts.unchanged) << '\n'
          << tr("Rejected: %1").arg(counts.rejected) << '\n';
    if (parser.isSet(dryRun))
        m_out << tr("Dry run: nothing was written.") << '\n';
    else if (counts.rejected > 0 && !parser.isSet(partial))
        m_out << tr("Nothing was written: fix the rejected rows, or import the valid ones with "
                    "--partial.")
              << '\n';
    m_out.flush();
    return counts.rejected == 0 ? Success : Invalid;
}

int Cli::importUndo(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(tr("import undo takes no arguments."));
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    import::Importer importer(*m_service, *m_clock, agentName(QStringLiteral("cli")));
    import::Importer::UndoResult result;
    QString error;
    if (!importer.undoLast(&result, &error))
        return fail(Invalid, error);
    m_out << tr("Import %1 (%2, %3) undone: %4 records removed, %5 restored.")
                 .arg(result.batch.id)
                 .arg(result.batch.kind, result.batch.source)
                 .arg(result.removed)
                 .arg(result.restored)
          << Qt::endl;
    return Success;
}

} // namespace rd::cli
