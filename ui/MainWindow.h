#pragma once

#include "RefreshEngine.h"
#include "rules/Deadline.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>
#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QSystemTrayIcon;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

class ActionDetails;
class ActionsPage;
class ContactsPage;
class DomainsPage;
class AlertMonitor;
class ContactDetails;
class DomainDetails;
class DeskRegistry;
class TodayView;

// The desk's main window: navigation (Today, Domains, Contacts, Actions) at
// the left, the page in the middle, a details area at the right, menus, a
// toolbar and a status bar with the last sync and the registry. Pages and
// details panels are plain widgets, swapped in with setPage() and
// addDetailsPanel(), so the window does not depend on what they are.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Today,
        Domains,
        Contacts,
        Actions
    };

    MainWindow(PortfolioService& service, const Clock& clock, DeskRegistry& registry,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces a page (the window takes ownership and deletes the old one).
    // reload is called when the portfolio changed (after a sync, on Reload);
    // without one, a reload() slot of the page is.
    void setPage(Page page, QWidget* widget, std::function<void()> reload = {});
    QWidget* page(Page page) const;
    Page currentPage() const;
    void showPage(Page page);
    // The first row of the current table, with its details (nothing on Today).
    void chooseFirstRow();

    // The details area: a stack whose first widget is a placeholder. Panels
    // added here are shown with showDetails(); clearDetails() goes back to the
    // placeholder.
    int addDetailsPanel(QWidget* panel);
    void showDetails(QWidget* panel);
    void clearDetails();
    QStackedWidget* detailsArea() const { return m_details; }

    TodayView* todayView() const { return m_today; }
    // Where panels get their registry sessions: registry().provider().
    DeskRegistry& registry() const { return m_registry; }
    AlertMonitor* alertMonitor() const { return m_monitor; }

    // A line above the pages saying that passwords are kept in memory only.
    void setCredentialNotice(const QString& message, const QString& details = {});

    // Applies the desk settings that take effect at once (sync schedule,
    // quiet hours).
    void applySettings();

public Q_SLOTS:
    void reload();
    // Refreshes the portfolio from the registry. The window stays usable
    // meanwhile; progress shows in the status bar.
    void syncNow();
    void openSettings();
    // The current table, filtered and ordered as shown, to a CSV file.
    void exportTable();
    bool exportTableTo(const QString& path, QString* error);
    // Where the links of every page and panel lead. Until the details panels
    // are wired in, these go to the page that lists the item.
    void showDomain(const QString& name);
    void showContact(const QString& handle);
    void showAction(qint64 id);
    // The details panel alone, for the item chosen in the current page.
    void showDomainDetails(const QString& name);
    void showContactDetails(const QString& handle);
    void showActionDetails(qint64 id);

Q_SIGNALS:
    void domainRequested(const QString& name);
    void contactRequested(const QString& handle);
    void actionRequested(qint64 id);
    void syncFinished(const rd::RefreshSummary& summary);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateBadge(int count);
    static void selectRow(QTableView* view, int role, const QVariant& value);
    void notify(const QList<rd::Deadline>& deadlines);
    void updateStatus();
    void retitle();

    PortfolioService& m_service;
    const Clock& m_clock;
    DeskRegistry& m_registry;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_details = nullptr;
    QLabel* m_banner = nullptr;
    TodayView* m_today = nullptr;
    DomainsPage* m_domainsPage = nullptr;
    ContactsPage* m_contactsPage = nullptr;
    ActionsPage* m_actionsPage = nullptr;
    DomainDetails* m_domainDetails = nullptr;
    ContactDetails* m_contactDetails = nullptr;
    ActionDetails* m_actionDetails = nullptr;
    AlertMonitor* m_monitor = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_syncLabel = nullptr;
    QLabel* m_registryLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QAction* m_syncAction = nullptr;
    QTimer m_syncTimer;
    RefreshEngine* m_refresh = nullptr; // while a sync runs
    bool m_closeAfterSync = false;
    QString m_lastSyncError;
    int m_badge = 0;
    // Pages without a reload() slot of their own (the stand-ins).
    QHash<QWidget*, std::function<void()>> m_reloaders;
};

} // namespace rd::ui
