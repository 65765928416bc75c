#include "dialogs/AssignDialog.h"

#include "AppIdentity.h"
#include "dialogs/ErrorLabel.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace rd::ui {

AssignDialog::AssignDialog(PortfolioService& service, qint64 actionId, const QString& current,
                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actionId(actionId)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign action %1").arg(actionId));
    auto* layout = new QFormLayout(this);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentCombo"));
    m_agent->setEditable(true);
    m_agent->addItems(DeskRecords(service, agentName(QStringLiteral("desk"))).knownAgents());
    m_agent->setCurrentText(current);
    m_agent->setMinimumContentsLength(20);
    layout->addRow(tr("Agent:"), m_agent);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(errorStyle());
    m_error->hide();
    layout->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("assignButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

void AssignDialog::accept()
{
    QString error;
    if (!DeskRecords(m_service, agentName(QStringLiteral("desk")))
             .assign(m_actionId, m_agent->currentText(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
