#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// Gives a pending action to an agent (or to nobody, with an empty name).
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(PortfolioService& service, qint64 actionId, const QString& current,
                 QWidget* parent = nullptr);

    void accept() override;

private:
    PortfolioService& m_service;
    qint64 m_actionId;
    QComboBox* m_agent = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
