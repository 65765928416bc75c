#pragma once

#include "Report.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QSpinBox;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// Choose a report and its parameters, then preview it (with page set-up),
// print it, or save it as PDF. Self-contained: the main window opens it from
// its menu.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(PortfolioService& service, QWidget* parent = nullptr);

    void setKind(reports::ReportKind kind);
    void setName(const QString& name); // dossier: a domain; personal data: a handle
    void setWithinDays(int days);

    // The chosen report, or nullopt with a translated reason.
    std::optional<reports::Report> buildReport(QString* error) const;
    // Writes the chosen report as PDF; false with a message shown on failure.
    bool savePdfTo(const QString& path);

private:
    void updateFields();
    void preview();
    void print();
    void savePdf();
    void paintOn(QPrinter* printer, const reports::Report& report);
    void preparePrinter(QPrinter& printer, const reports::Report& report) const;
    void showError(const QString& message);

    PortfolioService& m_service;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_within = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rd::ui
