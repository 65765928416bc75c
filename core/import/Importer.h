#pragma once

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "import/ColumnMapping.h"
#include "model/Contact.h"
#include "model/Domain.h"
#include "storage/ImportRepository.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::import {

enum class RowOutcome
{
    New,
    Update,
    Unchanged,
    Rejected
};

// Why a row cannot be imported: the column (-1 when the row as a whole is at
// fault, e.g. the same domain twice), the field's name and the reason, translated.
struct FieldProblem
{
    int column = -1;
    QString field;
    QString reason;
};

struct PlannedRow
{
    int index = 0; // in Table::rows
    int line = 0;  // in the file
    RowOutcome outcome = RowOutcome::Rejected;
    QStringList changes; // updates: one translated line per changed field
    QList<FieldProblem> problems;
    qint64 existingId = 0;
    Domain domain; // domain imports: the record as it will be written
    // Contact imports: the record as it will be written (none when rejected).
    // Held apart: a million domain rows would carry an unused contact each.
    std::shared_ptr<const Contact> contact;
};

struct PlanCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
};

// Every row of a file sorted into new, update, unchanged and rejected, before
// anything is written.
struct ImportPlan
{
    ImportKind kind = ImportKind::Domains;
    QList<PlannedRow> rows;
    bool cancelled = false; // planning stopped: the plan is incomplete
    PlanCounts counts() const;
};

// done rows of total; a wizard's progress bar.
using Progress = std::function<void(qint64 done, qint64 total)>;
// Asked between rows; true stops the work (nothing is written).
using CancelCheck = std::function<bool()>;

// The import, in the order a wizard takes it: read the file (csv::CsvReader),
// map the columns (ColumnMapping::guess, then the user's corrections), plan
// (validation of every row with the project's validators, against the file and
// the database), then write: all or nothing in one unit of work, or only the
// valid rows (partial) with the rejected ones written to a CSV to fix and
// import again. A failed or cancelled write leaves the database as it was.
// Each written record gets one history line (domains); each import is kept as
// a batch so that the last one can be undone.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(PortfolioService& service, const Clock& clock, QString agent);

    ImportPlan plan(const csv::Table& table, const ColumnMapping& mapping,
                    const Progress& progress = {}, const CancelCheck& cancelled = {}) const;

    struct WriteOptions
    {
        bool partial = false;        // import the valid rows, skip the rejected ones
        bool queueForRefresh = true; // updated domains are refreshed by the next sync --changed
        QString source;              // the file, for the batch and the history lines
        Progress progress;
        CancelCheck cancelled;
    };
    struct WriteResult
    {
        qint64 batchId = 0; // 0 when nothing needed writing
        PlanCounts counts;
        bool cancelled = false;
    };
    bool write(const ImportPlan& plan, const WriteOptions& options, WriteResult* result,
               QString* error);

    struct UndoResult
    {
        ImportBatch batch;
        qint64 removed = 0;  // records the import had added
        qint64 restored = 0; // records it had updated
    };
    // Undoes the newest import not undone yet: removes what it added, puts back
    // what it changed. All or nothing; refused when records it added have
    // acquired actions, drafts or domains since.
    bool undoLast(UndoResult* result, QString* error);

    // The rejected rows with their original columns and a last column with the
    // reasons, to fix in a spreadsheet and import again.
    static QByteArray rejectsCsv(const csv::Table& table, const ImportPlan& plan,
                                 const csv::CsvWriter::Options& options);
    // "line 7, column 3 "Expira" (expiry date): ..." for lists and logs.
    static QString describe(const csv::Table& table, const PlannedRow& row,
                            const FieldProblem& problem);

private:
    ImportPlan planDomains(const csv::Table& table, const ColumnMapping& mapping,
                           const Progress& progress, const CancelCheck& cancelled) const;
    ImportPlan planContacts(const csv::Table& table, const ColumnMapping& mapping,
                            const Progress& progress, const CancelCheck& cancelled) const;
    bool writeDomains(const ImportPlan& plan, const WriteOptions& options, ImportBatch& batch,
                      bool* cancelled, QString* error);
    bool writeContacts(const ImportPlan& plan, const WriteOptions& options, ImportBatch& batch,
                       bool* cancelled, QString* error);
    bool refreshNextDeadline(qint64 domainId, QString* error);

    PortfolioService& m_service;
    const Clock& m_clock;
    QString m_agent;
    ImportRepository m_imports;
};

} // namespace rd::import
