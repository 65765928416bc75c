#include "dialogs/DecisionDialog.h"

#include "details/PanelText.h"
#include "dialogs/Confirm.h"
#include "dialogs/ErrorLabel.h"
#include "i18n/Labels.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rd::ui {

DecisionDialog::DecisionDialog(PortfolioService& service, const Clock& clock,
                               const PendingAction& action, const QString& domainName,
                               QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_action(action)
    , m_domainName(domainName)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decision on action %1").arg(action.id));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%1 of %2: %3.").arg(Labels::of(action.kind), domainName, Labels::of(action.state)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QString approval;
    if (action.state == ActionState::AwaitingHolder)
        approval = tr("The current holder approved the owner change");
    else if (action.state == ActionState::AwaitingNewHolder)
        approval = tr("The new holder approved the owner change");
    m_approve = new QRadioButton(approval, this);
    m_approve->setObjectName(QStringLiteral("approveRadio"));
    m_approve->setVisible(!approval.isEmpty());
    layout->addWidget(m_approve);
    m_close = new QRadioButton(tr("The action ended, with this outcome:"), this);
    m_close->setObjectName(QStringLiteral("closeRadio"));
    layout->addWidget(m_close);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setEditable(true);
    if (action.kind == ActionKind::OwnerChange) {
        m_outcome->addItems({tr("Refused by the current holder"), tr("Refused by the new holder"),
                             tr("No answer within the deadline"), tr("Completed")});
    } else {
        m_outcome->addItems({tr("Holder verified"), tr("Holder did not prove their identity")});
    }
    layout->addWidget(m_outcome);
    auto* form = new QFormLayout;
    m_at = new QDateTimeEdit(clock.now().toLocalTime(), this);
    m_at->setObjectName(QStringLiteral("atEdit"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("When:"), m_at);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("recordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (approval.isEmpty() ? m_close : m_approve)->setChecked(true);
    connect(m_close, &QRadioButton::toggled, this, &DecisionDialog::updateEnabled);
    updateEnabled();
}

void DecisionDialog::updateEnabled()
{
    m_outcome->setEnabled(m_close->isChecked());
}

void DecisionDialog::accept()
{
    QString error;
    const QDateTime at = m_at->dateTime().toUTC();
    bool ok = false;
    if (!m_approve->isHidden() && m_approve->isChecked()) {
        ok = m_service.advanceAction(m_action.id, at, &error);
    } else {
        const QString outcome = m_outcome->currentText().trimmed();
        if (!outcome.isEmpty() &&
            !Confirm::ask(this, windowTitle(),
                          tr("Close action %1 (%2 of %3) with the outcome \"%4\"? Its deadlines "
                             "will no longer be followed, and a closed action cannot be "
                             "reopened.")
                              .arg(m_action.id)
                              .arg(Labels::of(m_action.kind), m_domainName, outcome),
                          tr("Close the action")))
            return;
        ok = m_service.closeAction(m_action.id, at, outcome, &error);
    }
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
