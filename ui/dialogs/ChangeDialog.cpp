#include "dialogs/ChangeDialog.h"

#include "dialogs/Confirm.h"
#include "dialogs/DraftSending.h"
#include "dialogs/ErrorLabel.h"
#include "service/PortfolioService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

ChangeDialog::ChangeDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                           const Domain& domain, Draft::Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_domain(domain)
    , m_sessions(std::move(sessions))
    , m_kind(kind)
{}

void ChangeDialog::finishLayout(QWidget* form)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("Keep as draft"), QDialogButtonBox::ActionRole);
    keep->setObjectName(QStringLiteral("keepDraftButton"));
    QPushButton* send = buttons->addButton(tr("Send now"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendNowButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keep, &QPushButton::clicked, this, [this] { commit(false); });
    connect(send, &QPushButton::clicked, this, [this] { commit(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ChangeDialog::commit(bool send)
{
    QString error;
    const std::optional<QString> wanted = value(&error);
    if (wanted && send) {
        const QString what = consequence(*wanted);
        if (!what.isEmpty() && !Confirm::ask(this, windowTitle(), what, tr("Send to the registry")))
            return;
    }
    const std::optional<qint64> id =
        wanted ? m_service.draftChange(m_domain.aLabel, m_kind, *wanted, &error) : std::nullopt;
    if (!id) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_draftId = *id;
    if (send)
        m_outcome = DraftSending::send(parentWidget(), m_service, m_clock, m_sessions, *id);
    accept();
}

} // namespace rd::ui
