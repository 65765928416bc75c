#pragma once

#include "pages/TablePage.h"

class QComboBox;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

class ActionFilterProxy;
class ActionTableModel;

// The open pending actions: quick text filter across domain, assignee and new
// holder; filters by action, state, level and deadline window.
class ActionsPage : public TablePage
{
    Q_OBJECT

public:
    explicit ActionsPage(PortfolioService& service, QWidget* parent = nullptr);

    void reload();
    qint64 currentAction() const; // 0 when none
    ActionTableModel* actionModel() const { return m_model; }

Q_SIGNALS:
    void actionActivated(qint64 id);

protected:
    QVariantMap filterState() const override;
    void applyFilterState(const QVariantMap& state) override;
    void applyText(const QString& text) override;
    void resetChoices() override;

private:
    void updateCount();

    ActionTableModel* m_model = nullptr;
    ActionFilterProxy* m_proxy = nullptr;
    QComboBox* m_window = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
};

} // namespace rd::ui
