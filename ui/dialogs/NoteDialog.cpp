#include "dialogs/NoteDialog.h"

#include "AppIdentity.h"
#include "dialogs/ErrorLabel.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

NoteDialog::NoteDialog(PortfolioService& service, Target target, qint64 id, const QString& name,
                       QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_target(target)
    , m_id(id)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Note on %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteEdit"));
    m_text->setPlaceholderText(tr("What happened, what was agreed, what to do next."));
    layout->addWidget(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(errorStyle());
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Add note"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("addButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 240);
}

void NoteDialog::accept()
{
    DeskRecords records(m_service, agentName(QStringLiteral("desk")));
    QString error;
    const bool ok = m_target == Target::Domain
                        ? records.addDomainNote(m_id, m_text->toPlainText(), &error)
                        : records.addActionNote(m_id, m_text->toPlainText(), &error);
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
