#pragma once

#include "details/DetailsPanel.h"
#include "model/Contact.h"

#include <optional>

class QLabel;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// One contact: who it is, how to reach it, what the project's validators say
// of its NIF, e-mail, phones and postcode, and the domains it takes part in.
class ContactDetails : public DetailsPanel
{
    Q_OBJECT

public:
    ContactDetails(PortfolioService& service, const Clock& clock, QWidget* parent = nullptr);

    void showContact(const QString& handle);
    void reload() override;

private:
    PortfolioService& m_service;
    const Clock& m_clock;
    QString m_handle;
    QLabel* m_title = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_checks = nullptr;
    QLabel* m_domains = nullptr;
};

} // namespace rd::ui
