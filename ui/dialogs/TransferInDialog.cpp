#include "dialogs/TransferInDialog.h"

#include "BlockingSession.h"
#include "dialogs/Confirm.h"
#include "dialogs/DraftSending.h"
#include "dialogs/ErrorLabel.h"
#include "secrets/Secret.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace rd::ui {

TransferInDialog::TransferInDialog(PortfolioService& service, const Clock& clock,
                                   SessionProvider sessions, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_sessions(std::move(sessions))
{
    setObjectName(QStringLiteral("transferInDialog"));
    setWindowTitle(tr("Transfer a domain in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The domain moves to this registrar with the auth code its holder "
                                "got from the current registrar. The .PT registry moves it at "
                                "once and keeps its expiry date. The code is used for this "
                                "request only and kept nowhere."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("domainEdit"));
    m_name->setPlaceholderText(tr("example.pt"));
    form->addRow(tr("&Domain:"), m_name);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("authCodeEdit"));
    m_code->setEchoMode(QLineEdit::Password);
    // Not offered to input methods' dictionaries or history.
    m_code->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Auth code:"), m_code);
    layout->addLayout(form);

    m_review = new QLabel(this);
    m_review->setObjectName(QStringLiteral("reviewLabel"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::PlainText);
    m_review->hide();
    layout->addWidget(m_review);
    m_error = errorLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_reviewButton = buttons->addButton(tr("Review"), QDialogButtonBox::ActionRole);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setToolTip(tr("Ask the registry about the domain; nothing is sent."));
    m_send = buttons->addButton(tr("Transfer…"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton* b : {m_reviewButton, m_send})
        b->setAutoDefault(false);
    connect(m_reviewButton, &QPushButton::clicked, this, &TransferInDialog::review);
    connect(m_send, &QPushButton::clicked, this, &TransferInDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void TransferInDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    adjustSize(); // the wrapped lines keep their room
}

std::optional<DomainName> TransferInDialog::typedName()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the name of the domain to transfer in."));
        return std::nullopt;
    }
    DomainName parsed;
    if (const ValidationResult valid = DomainNameValidator::validate(name, &parsed); !valid) {
        showError(valid.reason);
        return std::nullopt;
    }
    showError({});
    return parsed;
}

bool TransferInDialog::makeDraft()
{
    const std::optional<DomainName> name = typedName();
    if (!name)
        return false;
    if (m_draftId != 0 && name->aLabel == m_draftedName)
        return true;
    QString error;
    // The domain enters the portfolio with the draft; the registry fills it
    // in once the transfer is done.
    const std::optional<qint64> id =
        m_service.draftChange(name->uLabel, Draft::Kind::TransferIn, QString(), &error);
    if (!id) {
        showError(error);
        return false;
    }
    m_draftId = *id;
    m_draftedName = name->aLabel;
    return true;
}

void TransferInDialog::review()
{
    // Nothing is drafted yet: the domain enters the portfolio when it is sent.
    const std::optional<DomainName> name = typedName();
    if (!name)
        return;
    QString error;
    std::optional<SessionOptions> options =
        m_sessions ? m_sessions(&error) : std::optional<SessionOptions>();
    if (!options) {
        showError(error.isEmpty() ? tr("No registry connection is set up.") : error);
        return;
    }
    setEnabled(false);
    const QString clientId = options->clientId;
    // The session's own loop keeps the window painting while it waits.
    BlockingSession session(std::move(*options));
    QStringList lines;
    if (session.open(&error)) {
        ChangeSender sender(m_service, m_clock, session, clientId);
        lines = sender.reviewTransferIn(name->aLabel, &error);
        session.close();
    }
    setEnabled(true);
    if (lines.isEmpty()) {
        showError(tr("Cannot review: %1").arg(error));
        return;
    }
    m_review->setText(lines.join(QLatin1Char('\n')));
    m_review->show();
    adjustSize();
}

void TransferInDialog::send()
{
    const QString name = m_name->text().trimmed();
    if (m_code->text().isEmpty()) {
        showError(tr("Give the auth code of %1.").arg(name.isEmpty() ? tr("the domain") : name));
        return;
    }
    if (name.isEmpty()) {
        showError(tr("Give the name of the domain to transfer in."));
        return;
    }
    if (!Confirm::ask(this, windowTitle(),
                      tr("Transfer %1 in to this registrar?\n\nThe registry moves it at once "
                         "with the auth code given: the registrar it leaves is told, the code "
                         "is used up, and this registrar answers for the domain from then on.")
                          .arg(name),
                      tr("Transfer %1").arg(name)))
        return;
    if (!makeDraft())
        return;
    QString error;
    std::optional<SessionOptions> options =
        m_sessions ? m_sessions(&error) : std::optional<SessionOptions>();
    ChangeSender::Outcome outcome;
    if (!options) {
        outcome.message = error.isEmpty() ? tr("No registry connection is set up.") : error;
    } else {
        setEnabled(false);
        const QString clientId = options->clientId;
        BlockingSession session(std::move(*options));
        if (!session.open(&error)) {
            outcome.message = error;
        } else {
            ChangeSender sender(m_service, m_clock, session, clientId);
            // Held for this request only; the field is emptied either way.
            sender.setAuthCode(Secret::fromString(m_code->text()));
            outcome = sender.send(m_draftId);
            session.close();
        }
        setEnabled(true);
    }
    m_code->clear();
    m_outcome = outcome;
    showError({});
    m_result->setText(DraftSending::describe(outcome));
    m_result->setStyleSheet(outcome.state == Draft::State::Done ? QString() : errorStyle());
    m_result->show();
    // A refused request is final: another code goes with a new draft.
    if (outcome.state == Draft::State::Failed)
        m_draftId = 0;
    if (outcome.state == Draft::State::Done || outcome.state == Draft::State::Unknown ||
        outcome.state == Draft::State::Sending) {
        // Done, or to be checked from the domain's drafts: nothing more to do here.
        m_name->setEnabled(false);
        m_code->setEnabled(false);
        m_reviewButton->setEnabled(false);
        m_send->setEnabled(false);
        m_cancel->setText(tr("Close"));
    }
    adjustSize();
}

} // namespace rd::ui
