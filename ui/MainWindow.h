#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

class DomainFilterProxy;
class DomainTableModel;

// The desk's main window: the portfolio in order of the next deadline, each
// coloured by its level. Later work adds the Today view, details and actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PortfolioService& service, QWidget* parent = nullptr);

    DomainTableModel* domainModel() const { return m_model; }
    QTableView* domainView() const { return m_view; }

    void reload();

private:
    void updateSummary();

    PortfolioService& m_service;
    DomainTableModel* m_model = nullptr;
    DomainFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace rd::ui
