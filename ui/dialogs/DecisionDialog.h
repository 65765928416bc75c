#pragma once

#include "model/PendingAction.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// Records a party's decision on a pending action: the current or the new
// holder approved an owner change (the action moves on), or the action ends
// with its outcome (refused, verified, failed...).
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(PortfolioService& service, const Clock& clock, const PendingAction& action,
                   const QString& domainName, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateEnabled();

    PortfolioService& m_service;
    PendingAction m_action;
    QString m_domainName;
    QRadioButton* m_approve = nullptr;
    QRadioButton* m_close = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
