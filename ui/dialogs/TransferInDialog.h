#pragma once

#include "ChangeSender.h"
#include "RegistryAccess.h"
#include "validation/DomainNameValidator.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// Brings a domain from another registrar (RFC 5731 3.2.4; .PT approves it at
// once): the name, the auth code its holder got from the current registrar,
// a review of what the registry shows, a confirmation, then the request. The
// code is typed into a password field, held in a Secret for the one request
// and wiped: never stored, logged or shown, not even in an error.
class TransferInDialog : public QDialog
{
    Q_OBJECT

public:
    TransferInDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                     QWidget* parent = nullptr);

    qint64 draftId() const { return m_draftId; } // 0 until drafted
    std::optional<ChangeSender::Outcome> outcome() const { return m_outcome; }

private:
    // The name typed, checked; the reason is shown when it is not a .pt name.
    std::optional<DomainName> typedName();
    bool makeDraft();
    void review();
    void send();
    void showError(const QString& text);

    PortfolioService& m_service;
    const Clock& m_clock;
    SessionProvider m_sessions;
    qint64 m_draftId = 0;
    QString m_draftedName;
    std::optional<ChangeSender::Outcome> m_outcome;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_review = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace rd::ui
