#include "dialogs/DraftSending.h"

#include "BlockingSession.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>

namespace rd::ui {

ChangeSender::Outcome DraftSending::send(QWidget* parent, PortfolioService& service,
                                         const Clock& clock, const SessionProvider& sessions,
                                         qint64 draftId)
{
    ChangeSender::Outcome outcome;
    QString error;
    std::optional<SessionOptions> options =
        sessions ? sessions(&error) : std::optional<SessionOptions>();
    if (!options) {
        outcome.message = error.isEmpty() ? tr("No registry connection is set up.") : error;
    } else {
        QProgressDialog busy(tr("Sending the change to the registry…"), QString(), 0, 0, parent);
        busy.setObjectName(QStringLiteral("sendingProgress"));
        busy.setWindowTitle(tr("Registry"));
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(0);
        busy.setCancelButton(nullptr);
        busy.show();
        QApplication::processEvents();
        const QString clientId = options->clientId;
        // The session's own loop keeps the window painting while it waits.
        BlockingSession session(std::move(*options));
        if (!session.open(&error)) {
            outcome.message = error;
        } else {
            ChangeSender sender(service, clock, session, clientId);
            outcome = sender.send(draftId);
            session.close();
        }
    }
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("sendOutcome"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Registry"));
    box->setIcon(outcome.state == Draft::State::Done ? QMessageBox::Information
                                                     : QMessageBox::Warning);
    box->setText(describe(outcome));
    box->setStandardButtons(QMessageBox::Ok);
    box->setWindowModality(Qt::NonModal);
    box->show();
    return outcome;
}

QString DraftSending::describe(const ChangeSender::Outcome& outcome)
{
    switch (outcome.state) {
    case Draft::State::Done:
        return tr("Done: %1").arg(outcome.message);
    case Draft::State::Failed:
        return tr("The registry refused the change: %1").arg(outcome.message);
    case Draft::State::Unknown:
    case Draft::State::Sending:
        return tr("The outcome is unknown: %1\nThe desk asks the registry whether the change was "
                  "applied before it sends it again.")
            .arg(outcome.message);
    case Draft::State::Draft:
        break;
    }
    return tr("Not sent: %1\nThe draft is kept; send it again from the domain's drafts.")
        .arg(outcome.message);
}

} // namespace rd::ui
