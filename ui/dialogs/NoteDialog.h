#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// Adds a dated note to a domain or to a pending action.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Target
    {
        Domain,
        Action
    };
    // name: how the target is named in the title (the domain, "action 12").
    NoteDialog(PortfolioService& service, Target target, qint64 id, const QString& name,
               QWidget* parent = nullptr);

    void accept() override;

private:
    PortfolioService& m_service;
    Target m_target;
    qint64 m_id;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
