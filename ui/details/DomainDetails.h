#pragma once

#include "RegistryAccess.h"
#include "details/DetailsPanel.h"
#include "model/Domain.h"

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// Everything about one domain: holder and contacts, name servers, DS records,
// flags and statuses, where it stands at the registry, its deadlines with
// their explanation, drafts for the registry, and its history. Buttons start
// the desk's actions on it.
class DomainDetails : public DetailsPanel
{
    Q_OBJECT

public:
    DomainDetails(PortfolioService& service, const Clock& clock, QWidget* parent = nullptr);

    void setSessionProvider(SessionProvider sessions) { m_sessions = std::move(sessions); }
    void showDomain(const QString& name); // U-label or A-label
    void reload() override;
    QString domainName() const; // A-label shown, empty when none

private:
    void changeNameServers();
    void toggleAutoRenew();
    void renew();
    void startOwnerChange();
    void deleteDomain();
    void recordVerification();
    void addNote();
    void sendSelectedDraft();
    void updateDraftButton();

    PortfolioService& m_service;
    const Clock& m_clock;
    SessionProvider m_sessions;
    std::optional<Domain> m_domain;
    QString m_requested;

    QLabel* m_title = nullptr;
    QLabel* m_standing = nullptr;
    QLabel* m_deadlines = nullptr;
    QLabel* m_contacts = nullptr;
    QLabel* m_dns = nullptr;
    QLabel* m_flags = nullptr;
    QLabel* m_actions = nullptr;
    QLabel* m_notes = nullptr;
    QTreeWidget* m_drafts = nullptr;
    QTreeWidget* m_history = nullptr;
    QPushButton* m_sendDraft = nullptr;
    QPushButton* m_autoRenew = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace rd::ui
