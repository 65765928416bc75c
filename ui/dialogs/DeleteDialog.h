#pragma once

#include "ChangeSender.h"
#include "RegistryAccess.h"
#include "model/Domain.h"

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

// Deletes one domain at the registry (RFC 5731 3.2.2). The dialog is the
// confirmation: it names the domain, says what goes with it and that it is
// final, and sends only once the agent has typed the domain's name. It can
// also keep the deletion as a draft, to be sent later from the domain's drafts.
class DeleteDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                 const Domain& domain, QWidget* parent = nullptr);

    qint64 draftId() const { return m_draftId; } // 0 until drafted
    std::optional<ChangeSender::Outcome> outcome() const { return m_outcome; }
    // The text that names what will happen.
    static QString consequence(const Domain& domain);

private:
    void commit(bool send);

    PortfolioService& m_service;
    const Clock& m_clock;
    SessionProvider m_sessions;
    Domain m_domain;
    qint64 m_draftId = 0;
    std::optional<ChangeSender::Outcome> m_outcome;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
