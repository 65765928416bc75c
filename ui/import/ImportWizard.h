#pragma once

#include "csv/CsvReader.h"
#include "import/ColumnMapping.h"
#include "import/Importer.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

class GatedPage;
class ImportPlanModel;

// Import of domains or contacts from a CSV file, in the order of
// import::Importer: the file (kind, delimiter and encoding detected or chosen,
// a preview of the first rows), the mapping of its columns (guessed, corrected,
// loaded or saved as JSON), the check of every row (new, update, unchanged,
// rejected, with the reasons), then the write: all or nothing, or the valid
// rows with the rejected ones saved to a CSV. Checking and writing run with a
// progress bar and Cancel; a failed or cancelled write leaves the database as
// it was.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        MappingPage,
        CheckPage,
        WritePage,
        ResultPage
    };

    ImportWizard(PortfolioService& service, const Clock& clock, QWidget* parent = nullptr);
    ~ImportWizard() override;

    import::ImportKind kind() const;
    // Reads the file with the current overrides and refreshes the preview.
    void setFile(const QString& path);
    const csv::Table& table() const { return m_table; }
    bool fileReadable() const { return m_readOk; }

    const import::ColumnMapping& mapping() const { return m_mapping; }
    bool loadMapping(const QString& path, QString* error);
    bool saveMapping(const QString& path, QString* error) const;

    const import::ImportPlan& plan() const { return m_plan; }
    bool planReady() const { return m_planReady; }
    // Checks every row again (after a cancelled check).
    void checkRows();

    // The import written: 0 when nothing was (yet).
    qint64 batchId() const { return m_result.batchId; }
    const import::Importer::WriteResult& writeResult() const { return m_result; }
    bool busy() const { return m_busy; }

    bool validateCurrentPage() override;

public Q_SLOTS:
    // Stops the check or the write under way (the database stays as it was).
    void cancelWork();
    void reject() override;

Q_SIGNALS:
    // Just before the rows are checked or written; the work turns the event
    // loop, so a queued cancelWork() stops it.
    void checkStarted();
    void writeStarted();

private:
    GatedPage* filePage();
    GatedPage* mappingPage();
    GatedPage* checkPage();
    GatedPage* writePage();
    QWizardPage* resultPage();

    void readFile();
    void showPreview();
    void refreshMappingTable();
    void mappingEdited();
    void updateMappingStatus();
    void updateWriteOptions();
    bool runWrite();
    void setBusy(bool busy);
    int keyColumn() const;
    bool turnEventsAndAskCancel();

    PortfolioService& m_service;
    const Clock& m_clock;

    // the file
    QRadioButton* m_domains = nullptr;
    QRadioButton* m_contacts = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_delimiterInUse = nullptr;
    QLabel* m_encodingInUse = nullptr;
    QLabel* m_fileError = nullptr;
    QLabel* m_previewTitle = nullptr;
    QTableWidget* m_preview = nullptr;
    GatedPage* m_filePage = nullptr;
    csv::Table m_table;
    bool m_readOk = false;
    int m_tableVersion = 0; // bumped on every read, so the mapping is guessed again

    // the mapping
    QTableWidget* m_mappingTable = nullptr;
    QLabel* m_mappingStatus = nullptr;
    GatedPage* m_mappingPage = nullptr;
    import::ColumnMapping m_mapping;
    bool m_mappingComplete = false;
    int m_mappedVersion = -1;
    import::ImportKind m_mappedKind = import::ImportKind::Domains;

    // the check
    QProgressBar* m_checkProgress = nullptr;
    QPushButton* m_cancelCheck = nullptr;
    QPushButton* m_checkAgain = nullptr;
    QLabel* m_checkStatus = nullptr;
    QLabel* m_counts[4] = {};
    QComboBox* m_filter = nullptr;
    QTableView* m_planView = nullptr;
    QLabel* m_rowDetails = nullptr;
    ImportPlanModel* m_planModel = nullptr;
    QSortFilterProxyModel* m_planProxy = nullptr;
    GatedPage* m_checkPage = nullptr;
    import::ImportPlan m_plan;
    bool m_planReady = false;

    // the write
    QRadioButton* m_allOrNothing = nullptr;
    QRadioButton* m_partial = nullptr;
    QLineEdit* m_rejectsPath = nullptr;
    QPushButton* m_rejectsBrowse = nullptr;
    QCheckBox* m_refresh = nullptr;
    QLabel* m_writeNote = nullptr;
    QProgressBar* m_writeProgress = nullptr;
    QPushButton* m_cancelWrite = nullptr;
    QLabel* m_writeError = nullptr;
    GatedPage* m_writePage = nullptr;
    import::Importer::WriteResult m_result;
    QString m_rejectsWritten;

    // the result
    QLabel* m_resultText = nullptr;

    bool m_busy = false;
    bool m_cancelRequested = false;
};

} // namespace rd::ui
