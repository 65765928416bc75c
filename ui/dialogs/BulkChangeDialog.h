#pragma once

#include "ChangeSender.h"
#include "RegistryAccess.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace rd {
class BlockingSession;
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// One change for several domains at once (the Domains table's selection): the
// change is drafted for each domain, reviewed against the registry on
// request, and sent after a question that names what will happen, one domain
// after the other with a progress bar. Cancel stops between two domains and
// leaves the rest as drafts. The list ends with one line per domain (done,
// skipped, failed, unknown, not sent, and why) and a summary. The registry is
// waited for inside the session's own event loop, so the window stays usable.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Change
    {
        NameServers,
        AutoRenewOn,
        AutoRenewOff,
        Renew,
        TechContacts,
        Delete
    };
    // The result column of a domain's line.
    enum Column
    {
        NameColumn,
        ResultColumn,
        DetailColumn
    };

    BulkChangeDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                     const QStringList& names, QWidget* parent = nullptr);
    ~BulkChangeDialog() override;

    QList<qint64> draftIds() const;
    bool isBusy() const { return m_busy; }
    // Whether anything was written to the portfolio (drafts, sends).
    bool changedPortfolio() const { return m_drafted; }
    // The question asked before sending the drafts made.
    QString consequence() const;

public Q_SLOTS:
    void reject() override; // while sending: stop after the current domain

Q_SIGNALS:
    // After each domain while reviewing or sending.
    void progressed(int done, int total);

private:
    struct Entry
    {
        QString name;
        qint64 draftId = 0;
    };

    void changeChosen();
    Draft::Kind kind() const;
    std::optional<QString> value(QString* error) const;
    bool makeDrafts();
    void keepDrafts();
    void review();
    void sendAll();
    // Opens a session, or says why on every line still waiting.
    std::unique_ptr<BlockingSession> openSession(QString* clientId);
    void setBusy(bool busy);
    void setLine(int row, const QString& result, const QString& detail);
    void showSummary(int done, int skipped, int failed, int unknown, int notSent);

    PortfolioService& m_service;
    const Clock& m_clock;
    SessionProvider m_sessions;
    QList<Entry> m_entries;
    bool m_drafted = false;
    bool m_busy = false;
    bool m_stop = false;

    QComboBox* m_change = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_hosts = nullptr;
    QComboBox* m_years = nullptr;
    QLineEdit* m_tech = nullptr;
    QLabel* m_error = nullptr;
    QTreeWidget* m_lines = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace rd::ui
