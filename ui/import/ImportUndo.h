#pragma once

#include "storage/ImportRepository.h"

#include <QCoreApplication>

class QWidget;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// File, Undo last import: names the import that would be undone (file, when,
// by whom, how many records it added and changed), asks, then undoes it in one
// unit of work with import::Importer::undoLast.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    // The confirmation's text for a batch.
    static QString question(const ImportBatch& batch);
    // Asks and undoes; true when an import was undone (the pages need a reload).
    static bool run(QWidget* parent, PortfolioService& service, const Clock& clock);
};

} // namespace rd::ui
