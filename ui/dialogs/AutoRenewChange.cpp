#include "dialogs/AutoRenewChange.h"

#include "details/PanelText.h"
#include "dialogs/DraftSending.h"
#include "service/PortfolioService.h"

#include <QMessageBox>
#include <QPushButton>

namespace rd::ui {

QString AutoRenewChange::question(const PortfolioService& service, const Domain& domain, bool on)
{
    if (on) {
        return tr("Turn auto-renew on for %1?\n\nThe registry will renew it automatically when "
                  "it expires on %2, and charge the renewal.")
            .arg(domain.uLabel, PanelText::date(domain.expiresAt));
    }
    // The deletion date comes from the same rule the deadlines use.
    DomainFacts facts = DomainFacts::of(domain);
    facts.autoRenew = false;
    QDateTime deletion = domain.expiresAt.addDays(-30);
    for (const Deadline& d : service.engine().evaluate(facts, {})) {
        if (d.kind == DeadlineKind::Deletion)
            deletion = d.due;
    }
    return tr("Turn auto-renew off for %1?\n\nThe registry will then DELETE %1 on %2, 30 days "
              "before it expires on %3, unless it is renewed before that date.")
        .arg(domain.uLabel, PanelText::moment(deletion), PanelText::date(domain.expiresAt));
}

bool AutoRenewChange::run(QWidget* parent, PortfolioService& service, const Clock& clock,
                          const SessionProvider& sessions, const Domain& domain)
{
    const bool on = !domain.autoRenew;
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("autoRenewConfirm"));
    box.setIcon(on ? QMessageBox::Question : QMessageBox::Warning);
    box.setWindowTitle(on ? tr("Turn auto-renew on") : tr("Turn auto-renew off"));
    box.setText(question(service, domain, on));
    QPushButton* send = box.addButton(tr("Send now"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendNowButton"));
    QPushButton* keep = box.addButton(tr("Keep as draft"), QMessageBox::ActionRole);
    keep->setObjectName(QStringLiteral("keepDraftButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != send && box.clickedButton() != keep)
        return false;
    QString error;
    const std::optional<qint64> id =
        service.draftChange(domain.aLabel, Draft::Kind::AutoRenew,
                            on ? QStringLiteral("on") : QStringLiteral("off"), &error);
    if (!id) {
        QMessageBox::warning(parent, box.windowTitle(), error);
        return false;
    }
    if (box.clickedButton() == send)
        DraftSending::send(parent, service, clock, sessions, *id);
    return true;
}

} // namespace rd::ui
