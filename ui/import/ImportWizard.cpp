#include "import/ImportWizard.h"

#include "AppIdentity.h"
#include "csv/CsvWriter.h"
#include "dialogs/ErrorLabel.h"
#include "import/GatedPage.h"
#include "import/ImportPlanModel.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd::ui {

using import::Field;
using import::ImportKind;
using import::RowOutcome;

namespace {

constexpr int previewRows = 20;
// The encoding combo's choice for UTF-16: the byte order mark tells LE from BE.
constexpr int utf16Choice = 100;

// A red error line whose text can be selected (and copied into a ticket).
QLabel* selectableErrorLabel(const QString& name, QWidget* parent)
{
    QLabel* label = errorLabel(parent, name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QProgressBar* progressBar(const QString& name, QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setRange(0, 100);
    bar->hide();
    return bar;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ImportWizard::ImportWizard(PortfolioService& service, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // written: nothing left to cancel
    setPage(FilePage, filePage());
    setPage(MappingPage, mappingPage());
    setPage(CheckPage, checkPage());
    setPage(WritePage, writePage());
    setPage(ResultPage, resultPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MappingPage)
            refreshMappingTable();
        else if (id == CheckPage && !m_planReady)
            checkRows();
        else if (id == WritePage)
            updateWriteOptions();
    });
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

ImportKind ImportWizard::kind() const
{
    return m_contacts->isChecked() ? ImportKind::Contacts : ImportKind::Domains;
}

// --- the file -------------------------------------------------------------

GatedPage* ImportWizard::filePage()
{
    m_filePage = new GatedPage([this] { return m_readOk && !m_table.rows.isEmpty(); }, this);
    auto* page = m_filePage;
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("The file"));
    page->setSubTitle(tr("A CSV file as a spreadsheet saves it. The delimiter and the encoding "
                         "are detected; choose them yourself when the preview looks wrong."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    auto* kinds = new QHBoxLayout;
    m_domains = new QRadioButton(tr("&Domains"), page);
    m_domains->setObjectName(QStringLiteral("domainsRadio"));
    m_contacts = new QRadioButton(tr("C&ontacts"), page);
    m_contacts->setObjectName(QStringLiteral("contactsRadio"));
    m_domains->setChecked(true);
    kinds->addWidget(m_domains);
    kinds->addWidget(m_contacts);
    kinds->addStretch(1);
    form->addRow(tr("Import:"), kinds);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("fileEdit"));
    m_path->setPlaceholderText(tr("The CSV file to import"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    const auto label = [page](const QString& text, QWidget* buddy) {
        auto* shown = new QLabel(text, page);
        shown->setBuddy(buddy);
        return shown;
    };
    form->addRow(label(tr("&File:"), m_path), fileRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import from CSV"), QFileInfo(m_path->text()).path(),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] { readFile(); });

    auto* delimiterRow = new QHBoxLayout;
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterInUse = new QLabel(page);
    m_delimiterInUse->setObjectName(QStringLiteral("delimiterInUse"));
    delimiterRow->addWidget(m_delimiter);
    delimiterRow->addWidget(m_delimiterInUse, 1);
    form->addRow(label(tr("De&limiter:"), m_delimiter), delimiterRow);

    auto* encodingRow = new QHBoxLayout;
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), -1);
    m_encoding->addItem(QStringLiteral("UTF-8"), int(csv::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16"), utf16Choice);
    m_encoding->addItem(QStringLiteral("Windows-1252"), int(csv::Encoding::Windows1252));
    m_encoding->addItem(QStringLiteral("ISO-8859-15"), int(csv::Encoding::Iso8859_15));
    m_encodingInUse = new QLabel(page);
    m_encodingInUse->setObjectName(QStringLiteral("encodingInUse"));
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingInUse, 1);
    form->addRow(label(tr("&Encoding:"), m_encoding), encodingRow);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { readFile(); });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { readFile(); });

    m_fileError = selectableErrorLabel(QStringLiteral("fileError"), page);
    layout->addWidget(m_fileError);
    m_previewTitle = new QLabel(page);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    layout->addWidget(m_previewTitle);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    layout->addWidget(m_preview, 1);
    readFile();
    return page;
}

void ImportWizard::setFile(const QString& path)
{
    if (m_path->text() == path)
        readFile();
    else
        m_path->setText(path); // reads
}

void ImportWizard::readFile()
{
    m_readOk = false;
    m_table = {};
    ++m_tableVersion;
    m_planReady = false;
    if (m_planModel)
        m_planModel->clear(); // it points into the table and the plan
    m_fileError->hide();
    const QString path = m_path->text().trimmed();

    csv::CsvReader::Options options;
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    const int encoding = m_encoding->currentData().toInt();
    if (encoding == utf16Choice) {
        // Without a byte order mark, little-endian: what Windows writes.
        QFile file(path);
        const QByteArray start = file.open(QIODevice::ReadOnly) ? file.peek(2) : QByteArray();
        options.encoding =
            start == QByteArray("\xFE\xFF", 2) ? csv::Encoding::Utf16BE : csv::Encoding::Utf16LE;
    } else if (encoding >= 0) {
        options.encoding = csv::Encoding(encoding);
    }

    if (path.isEmpty()) {
        m_delimiterInUse->clear();
        m_encodingInUse->clear();
    } else {
        csv::ReadError error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_readOk = csv::CsvReader::readFile(path, options, &m_table, &error);
        QApplication::restoreOverrideCursor();
        if (!m_readOk) {
            m_table = {};
            m_fileError->setText(error.message);
            m_fileError->show();
        } else if (m_table.rows.isEmpty()) {
            m_fileError->setText(
                tr("%1 has a header but no rows to import.").arg(QFileInfo(path).fileName()));
            m_fileError->show();
        }
    }

    if (m_readOk) {
        const QString delimiterName = m_table.delimiter == QLatin1Char(';')   ? tr("semicolon (;)")
                                      : m_table.delimiter == QLatin1Char(',') ? tr("comma (,)")
                                                                              : tr("tab");
        m_delimiterInUse->setText(options.delimiter.isNull() ? tr("Detected: %1").arg(delimiterName)
                                                             : tr("Chosen: %1").arg(delimiterName));
        QString encodingName = csv::TextEncoding::name(m_table.encoding);
        if (m_table.hadBom)
            encodingName = tr("%1 with a byte order mark").arg(encodingName);
        m_encodingInUse->setText(options.encoding ? tr("Chosen: %1").arg(encodingName)
                                                  : tr("Detected: %1").arg(encodingName));
    } else if (!path.isEmpty()) {
        m_delimiterInUse->setText(tr("Not read"));
        m_encodingInUse->setText(tr("Not read"));
    }
    showPreview();
    m_filePage->completeChanged();
}

void ImportWizard::showPreview()
{
    m_preview->clear();
    if (!m_readOk) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_previewTitle->setText(tr("Preview: no file read."));
        return;
    }
    const int shown = int(std::min<qsizetype>(m_table.rows.size(), previewRows));
    const int total = int(m_table.rows.size());
    m_previewTitle->setText(
        shown < total
            ? tr("Preview: the first %1 of %n row(s) (the numbers at the left are the file's "
                 "lines).",
                 nullptr, total)
                  .arg(shown)
            : tr("Preview: %n row(s) (the numbers at the left are the file's lines).", nullptr,
                 total));
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    m_preview->setRowCount(shown);
    QStringList lines;
    for (int r = 0; r < shown; ++r) {
        const csv::Row& row = m_table.rows.at(r);
        lines.append(QString::number(row.line));
        for (int c = 0; c < row.cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.cells.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

// --- the mapping ----------------------------------------------------------

GatedPage* ImportWizard::mappingPage()
{
    m_mappingPage = new GatedPage([this] { return m_mappingComplete; }, this);
    auto* page = m_mappingPage;
    page->setObjectName(QStringLiteral("mappingPage"));
    page->setTitle(tr("The columns"));
    page->setSubTitle(tr("What each column of the file holds, guessed from its header. Correct "
                         "what is wrong; columns left as ignored are not read."));
    auto* layout = new QVBoxLayout(page);
    m_mappingTable = new QTableWidget(0, 3, page);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Field")});
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_mappingTable, 1);
    m_mappingStatus = new QLabel(page);
    m_mappingStatus->setObjectName(QStringLiteral("mappingStatus"));
    m_mappingStatus->setWordWrap(true);
    layout->addWidget(m_mappingStatus);

    auto* buttons = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Load mapping…"), page);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    auto* save = new QPushButton(tr("&Save mapping…"), page);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    const QString filter = tr("Mappings (*.json);;All files (*)");
    connect(load, &QPushButton::clicked, this, [this, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"),
                                                          QFileInfo(m_path->text()).path(), filter);
        QString error;
        if (!path.isEmpty() && !loadMapping(path, &error))
            QMessageBox::warning(this, tr("Load a mapping"), error);
    });
    connect(save, &QPushButton::clicked, this, [this, filter] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"),
                                                          QFileInfo(m_path->text()).path(), filter);
        QString error;
        if (!path.isEmpty() && !saveMapping(path, &error))
            QMessageBox::warning(this, tr("Save the mapping"), error);
    });
    return page;
}

void ImportWizard::refreshMappingTable()
{
    if (m_mappedVersion != m_tableVersion || m_mappedKind != kind()) {
        m_mapping = import::ColumnMapping::guess(kind(), m_table.header);
        m_mappedVersion = m_tableVersion;
        m_mappedKind = kind();
    }
    const QList<Field> fields = import::ColumnMapping::fieldsOf(kind());
    m_mappingTable->setRowCount(int(m_table.header.size()));
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(m_table.header.at(c)));
        const QString first = m_table.rows.isEmpty() ? QString() : m_table.rows[0].cells.value(c);
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(first));
        auto* combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        combo->addItem(import::ColumnMapping::label(Field::Ignore), int(Field::Ignore));
        for (const Field field : fields)
            combo->addItem(import::ColumnMapping::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_mapping.fieldAt(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            m_mapping.set(c, Field(combo->currentData().toInt()));
            mappingEdited();
        });
        m_mappingTable->setCellWidget(c, 2, combo);
    }
    updateMappingStatus();
}

void ImportWizard::mappingEdited()
{
    m_planReady = false;
    updateMappingStatus();
}

void ImportWizard::updateMappingStatus()
{
    QString error;
    m_mappingComplete = m_mapping.isComplete(m_table.header, &error);
    if (m_mappingComplete) {
        m_mappingStatus->setStyleSheet(QString());
        m_mappingStatus->setText(tr("Every required field has its column."));
    } else {
        m_mappingStatus->setStyleSheet(errorStyle());
        m_mappingStatus->setText(error);
    }
    m_mappingPage->completeChanged();
}

bool ImportWizard::loadMapping(const QString& path, QString* error)
{
    const std::optional<import::ColumnMapping> loaded =
        import::ColumnMapping::load(path, m_table.header, error);
    if (!loaded)
        return false;
    if (loaded->kind() != kind()) {
        if (error)
            *error = loaded->kind() == ImportKind::Domains
                         ? tr("%1 is a mapping for a file of domains.").arg(path)
                         : tr("%1 is a mapping for a file of contacts.").arg(path);
        return false;
    }
    m_mapping = *loaded;
    m_mappedVersion = m_tableVersion;
    m_mappedKind = kind();
    m_planReady = false;
    refreshMappingTable();
    return true;
}

bool ImportWizard::saveMapping(const QString& path, QString* error) const
{
    return m_mapping.save(path, m_table.header, error);
}

// --- the check ------------------------------------------------------------

GatedPage* ImportWizard::checkPage()
{
    m_checkPage = new GatedPage([this] { return m_planReady && !m_busy; }, this);
    auto* page = m_checkPage;
    page->setObjectName(QStringLiteral("checkPage"));
    page->setTitle(tr("The check"));
    page->setSubTitle(tr("Every row checked against the .PT rules, the rest of the file and the "
                         "portfolio. Nothing is written yet."));
    auto* layout = new QVBoxLayout(page);
    auto* progressRow = new QHBoxLayout;
    m_checkProgress = progressBar(QStringLiteral("checkProgress"), page);
    m_cancelCheck = new QPushButton(tr("Cancel the check"), page);
    m_cancelCheck->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancelCheck->hide();
    m_checkAgain = new QPushButton(tr("Check &again"), page);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->hide();
    progressRow->addWidget(m_checkProgress, 1);
    progressRow->addWidget(m_cancelCheck);
    progressRow->addWidget(m_checkAgain);
    layout->addLayout(progressRow);
    connect(m_cancelCheck, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    connect(m_checkAgain, &QPushButton::clicked, this, &ImportWizard::checkRows);
    m_checkStatus = new QLabel(page);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setWordWrap(true);
    layout->addWidget(m_checkStatus);

    auto* counts = new QHBoxLayout;
    counts->setSpacing(18);
    const char* names[] = {"newCount", "updateCount", "unchangedCount", "rejectedCount"};
    for (int i = 0; i < 4; ++i) {
        m_counts[i] = new QLabel(page);
        m_counts[i]->setObjectName(QLatin1String(names[i]));
        counts->addWidget(m_counts[i]);
    }
    counts->addStretch(1);
    m_filter = new QComboBox(page);
    m_filter->setObjectName(QStringLiteral("outcomeFilter"));
    m_filter->addItem(tr("All rows"), -1);
    for (const RowOutcome outcome :
         {RowOutcome::New, RowOutcome::Update, RowOutcome::Unchanged, RowOutcome::Rejected})
        m_filter->addItem(ImportPlanModel::outcomeLabel(outcome), int(outcome));
    auto* filterLabel = new QLabel(tr("&Show:"), page);
    filterLabel->setBuddy(m_filter);
    counts->addWidget(filterLabel);
    counts->addWidget(m_filter);
    layout->addLayout(counts);

    m_planModel = new ImportPlanModel(this);
    m_planProxy = new QSortFilterProxyModel(this);
    m_planProxy->setSourceModel(m_planModel);
    m_planProxy->setFilterRole(ImportPlanModel::OutcomeRole);
    m_planProxy->setFilterKeyColumn(ImportPlanModel::OutcomeColumn);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int outcome = m_filter->currentData().toInt();
        m_planProxy->setFilterFixedString(outcome < 0 ? QString() : QString::number(outcome));
        m_planView->setCurrentIndex(m_planProxy->index(0, 0));
    });
    m_planView = new QTableView(page);
    m_planView->setObjectName(QStringLiteral("planTable"));
    m_planView->setModel(m_planProxy);
    m_planView->setWordWrap(false);
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->verticalHeader()->hide();
    m_planView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_planView, 1);
    // The whole of the chosen row: the table shows one line of it.
    m_rowDetails = new QLabel(page);
    m_rowDetails->setObjectName(QStringLiteral("rowDetails"));
    m_rowDetails->setWordWrap(true);
    m_rowDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetails->setMinimumHeight(m_rowDetails->fontMetrics().lineSpacing() * 3);
    m_rowDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_rowDetails);
    const auto showRow = [this] {
        const QModelIndex current = m_planView->currentIndex();
        m_rowDetails->setText(
            current.isValid() ? m_planProxy->index(current.row(), ImportPlanModel::DetailsColumn)
                                    .data(Qt::ToolTipRole)
                                    .toString()
                              : QString());
    };
    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this, showRow);
    connect(m_planProxy, &QAbstractItemModel::modelReset, this, showRow);
    connect(m_planProxy, &QAbstractItemModel::layoutChanged, this, showRow);
    connect(m_planProxy, &QAbstractItemModel::rowsRemoved, this, showRow);
    return page;
}

int ImportWizard::keyColumn() const
{
    return m_mapping.columnOf(kind() == ImportKind::Domains ? Field::DomainName : Field::Handle);
}

bool ImportWizard::turnEventsAndAskCancel()
{
    QCoreApplication::processEvents();
    return m_cancelRequested;
}

void ImportWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_cancelRequested = false;
    if (QWizardPage* page = currentPage())
        Q_EMIT page->completeChanged(); // Next follows isComplete(), which asks m_busy
    if (busy)
        button(QWizard::BackButton)->setEnabled(false);
}

void ImportWizard::checkRows()
{
    m_planReady = false;
    m_planModel->clear();
    m_checkAgain->hide();
    m_checkStatus->setText(tr("Checking %n row(s)…", nullptr, int(m_table.rows.size())));
    for (QLabel* label : m_counts)
        label->clear();
    m_checkProgress->setValue(0);
    m_checkProgress->show();
    m_cancelCheck->show();
    setBusy(true);
    Q_EMIT checkStarted();

    import::Importer importer(m_service, m_clock, agentName(QStringLiteral("desk")));
    const auto progress = [this](qint64 done, qint64 total) {
        m_checkProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
        QCoreApplication::processEvents();
    };
    m_plan =
        importer.plan(m_table, m_mapping, progress, [this] { return turnEventsAndAskCancel(); });
    m_checkProgress->hide();
    m_cancelCheck->hide();

    if (m_plan.cancelled) {
        m_checkStatus->setText(tr("The check was cancelled before every row was seen; nothing "
                                  "can be imported until it runs to the end."));
        m_checkAgain->show();
    } else {
        m_planReady = true;
        const import::PlanCounts counts = m_plan.counts();
        m_counts[0]->setText(tr("New: %1").arg(number(counts.added)));
        m_counts[1]->setText(tr("Update: %1").arg(number(counts.updated)));
        m_counts[2]->setText(tr("Unchanged: %1").arg(number(counts.unchanged)));
        m_counts[3]->setText(tr("Rejected: %1").arg(number(counts.rejected)));
        m_checkStatus->setText(
            counts.rejected > 0
                ? tr("%n row(s) rejected; the reasons name the line, the column and the field.",
                     nullptr, counts.rejected)
                : tr("Every row can be imported."));
        m_planModel->setPlan(&m_table, &m_plan, keyColumn());
        m_planView->resizeColumnsToContents();
        if (counts.rejected > 0)
            m_filter->setCurrentIndex(m_filter->findData(int(RowOutcome::Rejected)));
        m_planView->setCurrentIndex(m_planProxy->index(0, 0));
    }
    setBusy(false);
}

// --- the write ------------------------------------------------------------

GatedPage* ImportWizard::writePage()
{
    m_writePage = new GatedPage(
        [this] {
            if (m_busy || !m_planReady)
                return false;
            return !m_partial->isChecked() || m_plan.counts().rejected == 0 ||
                   !m_rejectsPath->text().trimmed().isEmpty();
        },
        this);
    auto* page = m_writePage;
    page->setObjectName(QStringLiteral("writePage"));
    page->setTitle(tr("The import"));
    page->setSubTitle(tr("How to write. Everything happens in one go: a failure or Cancel "
                         "leaves the database as it was."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(page);
    m_allOrNothing = new QRadioButton(tr("&All or nothing: import only if every row is valid"));
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothingRadio"));
    m_partial = new QRadioButton(
        tr("Import the &valid rows and save the rejected ones to a CSV file to fix"));
    m_partial->setObjectName(QStringLiteral("partialRadio"));
    m_allOrNothing->setChecked(true);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_partial);

    auto* rejectsRow = new QHBoxLayout;
    rejectsRow->addSpacing(24);
    auto* rejectsLabel = new QLabel(tr("&Rejected rows to:"), page);
    m_rejectsPath = new QLineEdit(page);
    m_rejectsPath->setObjectName(QStringLiteral("rejectsEdit"));
    rejectsLabel->setBuddy(m_rejectsPath);
    m_rejectsBrowse = new QPushButton(tr("Br&owse…"), page);
    m_rejectsBrowse->setObjectName(QStringLiteral("rejectsBrowseButton"));
    rejectsRow->addWidget(rejectsLabel);
    rejectsRow->addWidget(m_rejectsPath, 1);
    rejectsRow->addWidget(m_rejectsBrowse);
    layout->addLayout(rejectsRow);
    connect(m_rejectsBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the rejected rows"), m_rejectsPath->text(),
                                         tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            m_rejectsPath->setText(path);
    });

    m_refresh =
        new QCheckBox(tr("&Queue the imported domains for a refresh from the registry"), page);
    m_refresh->setObjectName(QStringLiteral("refreshCheck"));
    m_refresh->setChecked(true);
    m_refresh->setToolTip(tr("The next sync asks the registry about every imported domain"));
    layout->addSpacing(8);
    layout->addWidget(m_refresh);
    layout->addSpacing(8);

    m_writeNote = new QLabel(page);
    m_writeNote->setObjectName(QStringLiteral("writeNote"));
    m_writeNote->setWordWrap(true);
    layout->addWidget(m_writeNote);
    auto* progressRow = new QHBoxLayout;
    m_writeProgress = progressBar(QStringLiteral("writeProgress"), page);
    m_cancelWrite = new QPushButton(tr("Cancel the import"), page);
    m_cancelWrite->setObjectName(QStringLiteral("cancelWriteButton"));
    m_cancelWrite->hide();
    connect(m_cancelWrite, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    progressRow->addWidget(m_writeProgress, 1);
    progressRow->addWidget(m_cancelWrite);
    layout->addLayout(progressRow);
    m_writeError = selectableErrorLabel(QStringLiteral("writeError"), page);
    layout->addWidget(m_writeError);
    layout->addStretch(1);

    connect(m_partial, &QRadioButton::toggled, this, [this] { updateWriteOptions(); });
    connect(m_rejectsPath, &QLineEdit::textChanged, m_writePage, &QWizardPage::completeChanged);
    return page;
}

void ImportWizard::updateWriteOptions()
{
    // A failure said before applies to the options it was tried with.
    m_writeError->hide();
    const import::PlanCounts counts = m_plan.counts();
    const bool partial = m_partial->isChecked();
    m_rejectsPath->setEnabled(partial && counts.rejected > 0);
    m_rejectsBrowse->setEnabled(partial && counts.rejected > 0);
    if (m_rejectsPath->text().isEmpty() && counts.rejected > 0) {
        const QFileInfo source(m_path->text().trimmed());
        m_rejectsPath->setText(
            source.dir().filePath(tr("%1-rejected.csv").arg(source.completeBaseName())));
    }
    m_refresh->setEnabled(kind() == ImportKind::Domains);
    QString note;
    if (counts.rejected > 0 && !partial)
        note = tr("%n row(s) rejected: all or nothing writes nothing while a row is rejected. Go "
                  "back and fix the file, or import only the valid rows.",
                  nullptr, counts.rejected);
    else if (counts.added + counts.updated == 0)
        note = tr("No row adds or changes anything: there is nothing to write.");
    else
        note = tr("Ready to write: %1 new, %2 updated.")
                   .arg(number(counts.added), number(counts.updated));
    if (partial && counts.rejected > 0)
        note += QLatin1Char(' ') +
                tr("%n rejected row(s) will be saved to the file above, with a last column saying "
                   "why: fix that file and import it.",
                   nullptr, counts.rejected);
    m_writeNote->setText(note);
    m_writePage->completeChanged();
}

bool ImportWizard::runWrite()
{
    m_writeError->hide();
    const import::PlanCounts counts = m_plan.counts();
    const bool partial = m_partial->isChecked();
    const QString source = QFileInfo(m_path->text().trimmed()).fileName();
    const QString leftAsItWas = tr("The database was left as it was.");
    m_rejectsWritten.clear();

    // The rejected rows first: when they cannot be saved, nothing is imported.
    if (partial && counts.rejected > 0) {
        const QString path = m_rejectsPath->text().trimmed();
        csv::CsvWriter::Options options;
        options.delimiter = m_table.delimiter;
        const QByteArray bytes = import::Importer::rejectsCsv(m_table, m_plan, options);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            m_writeError->setText(
                tr("Cannot save the rejected rows to %1: %2").arg(path, file.errorString()) +
                QLatin1Char('\n') + tr("Nothing was imported.") + QLatin1Char(' ') + leftAsItWas);
            m_writeError->show();
            return false;
        }
        m_rejectsWritten = path;
    }

    m_writeProgress->setValue(0);
    m_writeProgress->show();
    m_cancelWrite->show();
    m_allOrNothing->setEnabled(false);
    m_partial->setEnabled(false);
    m_refresh->setEnabled(false);
    setBusy(true);
    Q_EMIT writeStarted();

    import::Importer importer(m_service, m_clock, agentName(QStringLiteral("desk")));
    import::Importer::WriteOptions options;
    options.partial = partial;
    options.queueForRefresh = m_refresh->isChecked();
    options.source = source;
    options.progress = [this](qint64 done, qint64 total) {
        m_writeProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
        QCoreApplication::processEvents();
    };
    options.cancelled = [this] { return turnEventsAndAskCancel(); };
    QString error;
    const bool ok = importer.write(m_plan, options, &m_result, &error);

    m_writeProgress->hide();
    m_cancelWrite->hide();
    m_allOrNothing->setEnabled(true);
    m_partial->setEnabled(true);
    setBusy(false);
    updateWriteOptions();
    if (!ok) {
        m_result.batchId = 0;
        m_writeError->setText(error + QLatin1Char('\n') + leftAsItWas);
        m_writeError->show();
        return false;
    }

    QStringList lines;
    if (m_result.batchId > 0)
        lines << tr("Import %1 from %2 is written.").arg(m_result.batchId).arg(source);
    else
        lines << tr("Nothing needed writing: the portfolio already holds every row of %1.")
                     .arg(source);
    lines << QString() << tr("New: %1").arg(number(m_result.counts.added))
          << tr("Updated: %1").arg(number(m_result.counts.updated))
          << tr("Unchanged: %1").arg(number(m_result.counts.unchanged))
          << tr("Rejected, not imported: %1").arg(number(m_result.counts.rejected));
    if (!m_rejectsWritten.isEmpty())
        lines << QString() << tr("The rejected rows are in %1.").arg(m_rejectsWritten);
    if (m_result.batchId > 0) {
        if (kind() == ImportKind::Domains && options.queueForRefresh)
            lines << QString() << tr("The next sync asks the registry about the imported domains.");
        lines << QString() << tr("File, Undo last import… takes this import back.");
    }
    m_resultText->setText(lines.join(QLatin1Char('\n')));
    return true;
}

// --- the result -----------------------------------------------------------

QWizardPage* ImportWizard::resultPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("resultPage"));
    page->setTitle(tr("Done"));
    page->setSubTitle(tr("What the import wrote."));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("resultLabel"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultText);
    layout->addStretch(1);
    return page;
}

bool ImportWizard::validateCurrentPage()
{
    if (m_busy)
        return false;
    switch (currentId()) {
    case FilePage:
        return m_readOk;
    case MappingPage:
        m_planReady = false; // checked again with this mapping
        return m_mappingComplete;
    case CheckPage:
        return m_planReady;
    case WritePage:
        return runWrite();
    default:
        return true;
    }
}

void ImportWizard::cancelWork()
{
    if (m_busy)
        m_cancelRequested = true;
}

void ImportWizard::reject()
{
    // While rows are checked or written, closing means stopping the work first.
    if (m_busy) {
        cancelWork();
        return;
    }
    QWizard::reject();
}

} // namespace rd::ui
