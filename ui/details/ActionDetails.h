#pragma once

#include "details/DetailsPanel.h"
#include "model/PendingAction.h"

#include <optional>

class QLabel;
class QPushButton;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// One pending action: its steps, deadlines, assignee, notes and the desk's
// contact log (calls, e-mails, outcomes), with buttons to record decisions,
// assign it, add notes and log a contact.
class ActionDetails : public DetailsPanel
{
    Q_OBJECT

public:
    ActionDetails(PortfolioService& service, const Clock& clock, QWidget* parent = nullptr);

    void showAction(qint64 id);
    void reload() override;

private:
    QString contactName(const QString& handle) const; // a link with the name
    void recordDecision();
    void assign();
    void addNote();
    void logContact();

    PortfolioService& m_service;
    const Clock& m_clock;
    qint64 m_id = 0;
    std::optional<PendingAction> m_action;
    QString m_domainName;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_deadlines = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_log = nullptr;
    QPushButton* m_decision = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace rd::ui
