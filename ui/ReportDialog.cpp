#include "ReportDialog.h"

#include "PdfRenderer.h"
#include "ReportBuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd::ui {

ReportDialog::ReportDialog(PortfolioService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Reports"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    const std::pair<reports::ReportKind, QString> kinds[] = {
        {reports::ReportKind::Briefing, tr("Daily briefing")},
        {reports::ReportKind::Deletions, tr("Deletions and expiries")},
        {reports::ReportKind::Actions, tr("Pending actions")},
        {reports::ReportKind::Dossier, tr("Domain dossier")},
        {reports::ReportKind::PersonalData, tr("Personal data report")},
        {reports::ReportKind::Programmes, tr("Promotional programmes")},
    };
    for (const auto& [kind, label] : kinds)
        m_kind->addItem(label, static_cast<int>(kind));

    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("withinDays"));
    m_within->setRange(0, 36500);
    m_within->setValue(30);
    m_within->setSuffix(tr(" days"));
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("reportName"));
    m_nameLabel->setBuddy(m_name);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Window:"), m_within);
    form->addRow(m_nameLabel, m_name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    QPushButton* saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateFields();
}

void ReportDialog::setKind(reports::ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ReportDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void ReportDialog::setWithinDays(int days)
{
    m_within->setValue(days);
}

void ReportDialog::updateFields()
{
    const auto kind = static_cast<reports::ReportKind>(m_kind->currentData().toInt());
    m_within->setEnabled(kind == reports::ReportKind::Deletions);
    const bool dossier = kind == reports::ReportKind::Dossier;
    const bool personal = kind == reports::ReportKind::PersonalData;
    m_name->setEnabled(dossier || personal);
    m_nameLabel->setText(personal ? tr("Contact &handle:") : tr("&Domain:"));
    m_error->hide();
}

std::optional<reports::Report> ReportDialog::buildReport(QString* error) const
{
    reports::ReportRequest request;
    request.kind = static_cast<reports::ReportKind>(m_kind->currentData().toInt());
    request.withinDays = m_within->value();
    request.domain = m_name->text().trimmed();
    request.contact = m_name->text().trimmed();
    const reports::ReportBuilder builder(m_service, QTimeZone::systemTimeZone(), QLocale());
    return builder.build(request, error);
}

void ReportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ReportDialog::preparePrinter(QPrinter& printer, const reports::Report& report) const
{
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
    printer.setDocName(report.title);
}

void ReportDialog::paintOn(QPrinter* printer, const reports::Report& report)
{
    reports::PdfRenderer::paint(report, QLocale(), *printer);
}

void ReportDialog::preview()
{
    QString error;
    const std::optional<reports::Report> report = buildReport(&error);
    if (!report) {
        showError(error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *report);
    // The preview has its own page set-up; each change repaints through here.
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(report->title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &report](QPrinter* target) { paintOn(target, *report); });
    dialog.exec();
}

void ReportDialog::print()
{
    QString error;
    const std::optional<reports::Report> report = buildReport(&error);
    if (!report) {
        showError(error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *report);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer, *report);
}

bool ReportDialog::savePdfTo(const QString& path)
{
    QString error;
    const std::optional<reports::Report> report = buildReport(&error);
    if (!report || !reports::PdfRenderer::write(*report, QLocale(), path, &error)) {
        showError(error);
        return false;
    }
    m_error->hide();
    return true;
}

void ReportDialog::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), {},
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

} // namespace rd::ui
