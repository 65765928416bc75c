#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// One line of an action's contact log: a call, an e-mail, or what came of it.
class ContactLogDialog : public QDialog
{
    Q_OBJECT

public:
    ContactLogDialog(PortfolioService& service, qint64 actionId, QWidget* parent = nullptr);

    void accept() override;

private:
    PortfolioService& m_service;
    qint64 m_actionId;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
