#include "dialogs/ContactLogDialog.h"

#include "AppIdentity.h"
#include "details/PanelText.h"
#include "dialogs/ErrorLabel.h"
#include "i18n/Labels.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace rd::ui {

ContactLogDialog::ContactLogDialog(PortfolioService& service, qint64 actionId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actionId(actionId)
{
    setObjectName(QStringLiteral("contactLogDialog"));
    setWindowTitle(tr("Contact log of action %1").arg(actionId));
    auto* layout = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (ContactLogKind kind :
         {ContactLogKind::Called, ContactLogKind::Emailed, ContactLogKind::Outcome})
        m_kind->addItem(Labels::of(kind), int(kind));
    layout->addRow(tr("What:"), m_kind);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setPlaceholderText(tr("Whom, and what was said or agreed."));
    layout->addRow(tr("Detail:"), m_text);
    m_error = errorLabel(this);
    layout->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Add to log"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("addButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactLogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    resize(420, 260);
}

void ContactLogDialog::accept()
{
    QString error;
    if (!DeskRecords(m_service, agentName(QStringLiteral("desk")))
             .logContact(m_actionId, ContactLogKind(m_kind->currentData().toInt()),
                         m_text->toPlainText(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
