#pragma once

#include "model/Domain.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// Records that the registry opened a verification of the holder (.PT policy
// 3.1: 48 hours to answer), opening the pending action and its deadline.
class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationDialog(PortfolioService& service, const Clock& clock, const Domain& domain,
                       QWidget* parent = nullptr);
    qint64 actionId() const { return m_actionId; }

    void accept() override;

private:
    void updateDue();

    PortfolioService& m_service;
    Domain m_domain;
    QDateTimeEdit* m_at = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_actionId = 0;
};

} // namespace rd::ui
