#include "import/ImportUndo.h"

#include "AppIdentity.h"
#include "details/PanelText.h"
#include "dialogs/Confirm.h"
#include "import/Importer.h"
#include "service/PortfolioService.h"

#include <QMessageBox>

namespace rd::ui {

QString ImportUndo::question(const ImportBatch& batch)
{
    const bool domains = batch.kind == QLatin1String("domains");
    const QString added = domains ? tr("removes the %n domain(s) it added", nullptr, batch.added)
                                  : tr("removes the %n contact(s) it added", nullptr, batch.added);
    const QString updated =
        domains
            ? tr("restores the earlier values of %n domain(s) it changed", nullptr, batch.updated)
            : tr("restores the earlier values of %n contact(s) it changed", nullptr, batch.updated);
    return tr("Undo import %1, of %2 on %3 by %4? It %5 and %6.")
        .arg(batch.id)
        .arg(batch.source.isEmpty() ? tr("a file") : batch.source, PanelText::moment(batch.at),
             batch.agent, added, updated);
}

bool ImportUndo::run(QWidget* parent, PortfolioService& service, const Clock& clock)
{
    const std::optional<ImportBatch> batch = ImportRepository(service.database()).lastUndoable();
    if (!batch) {
        QMessageBox::information(parent, tr("Undo last import"), tr("There is no import to undo."));
        return false;
    }
    if (!Confirm::ask(parent, tr("Undo last import"), question(*batch), tr("&Undo the import")))
        return false;
    import::Importer importer(service, clock, agentName(QStringLiteral("desk")));
    import::Importer::UndoResult result;
    QString error;
    if (!importer.undoLast(&result, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Undo last import"),
                        error + QLatin1Char('\n') + tr("The database was left as it was."),
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("undoFailedBox"));
        box.exec();
        return false;
    }
    QMessageBox done(QMessageBox::Information, tr("Undo last import"),
                     tr("Import %1 is undone. Records removed: %2; restored: %3.")
                         .arg(result.batch.id)
                         .arg(result.removed)
                         .arg(result.restored),
                     QMessageBox::Ok, parent);
    done.setObjectName(QStringLiteral("undoneBox"));
    done.exec();
    return true;
}

} // namespace rd::ui
