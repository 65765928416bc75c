#include "dialogs/VerificationDialog.h"

#include "details/PanelText.h"
#include "dialogs/ErrorLabel.h"
#include "service/PortfolioService.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

VerificationDialog::VerificationDialog(PortfolioService& service, const Clock& clock,
                                       const Domain& domain, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("verificationDialog"));
    setWindowTitle(tr("Verification of the holder of %1").arg(domain.uLabel));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Record that the registry asked the holder of %1 to prove their "
                                "identity and contacts.")
                                 .arg(domain.uLabel),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_at = new QDateTimeEdit(clock.now().toLocalTime(), this);
    m_at->setObjectName(QStringLiteral("openedAtEdit"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Opened by the registry at:"), m_at);
    layout->addLayout(form);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setWordWrap(true);
    layout->addWidget(m_due);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("recordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VerificationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &VerificationDialog::updateDue);
    updateDue();
}

void VerificationDialog::updateDue()
{
    // .PT policy 3.1: 48 hours from the registry's request.
    m_due->setText(tr("The holder must answer by %1, or the registry may suspend and delete "
                      "the domain.")
                       .arg(PanelText::moment(m_at->dateTime().toUTC().addSecs(48 * 3600))));
}

void VerificationDialog::accept()
{
    QString error;
    const std::optional<qint64> id = m_service.openAction(m_domain.aLabel, ActionKind::Verification,
                                                          m_at->dateTime().toUTC(), &error);
    if (!id) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_actionId = *id;
    QDialog::accept();
}

} // namespace rd::ui
