#include "MainWindow.h"

#include "ActionTableModel.h"
#include "ContactTableModel.h"
#include "DeadlineDelegate.h"
#include "DeskRegistry.h"
#include "DomainTableModel.h"
#include "alerts/AlertMonitor.h"
#include "i18n/Labels.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "settings/DeskSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include "ReportDialog.h"
#include "csv/CsvWriter.h"
#include "details/ActionDetails.h"
#include "details/ContactDetails.h"
#include "details/DomainDetails.h"
#include "import/ImportUndo.h"
#include "import/ImportWizard.h"
#include "pages/ActionsPage.h"
#include "pages/ContactsPage.h"
#include "pages/DomainsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>

#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

namespace rd::ui {

MainWindow::MainWindow(PortfolioService& service, const Clock& clock, DeskRegistry& registry,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clock(clock)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/registrar-desk.svg")));

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("credentialBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(12, 6, 12, 6);
    m_banner->setAutoFillBackground(true);
    QPalette warn = m_banner->palette();
    const bool dark = warn.color(QPalette::Window).lightness() < 128;
    warn.setColor(QPalette::Window, dark ? QColor(0x5A, 0x47, 0x10) : QColor(0xFF, 0xF1, 0xC2));
    warn.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0xF1, 0xC2) : QColor(0x40, 0x30, 0x00));
    m_banner->setPalette(warn);
    m_banner->hide();
    column->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int i = 0; i < 4; ++i)
        new QListWidgetItem(m_navigation);
    m_navigation->setMaximumWidth(220);
    m_navigation->setSpacing(3);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_details = new QStackedWidget(splitter);
    m_details->setObjectName(QStringLiteral("detailsArea"));
    auto* placeholder = new QLabel(tr("Select a domain, contact or action"), m_details);
    placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_details->addWidget(placeholder);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({120, 760, 400});
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    // The details of whatever is chosen, in any page or link.
    m_domainDetails = new DomainDetails(service, clock);
    m_domainDetails->setSessionProvider(m_registry.provider());
    m_contactDetails = new ContactDetails(service, clock);
    m_actionDetails = new ActionDetails(service, clock);
    for (QWidget* panel :
         std::initializer_list<QWidget*>{m_domainDetails, m_contactDetails, m_actionDetails})
        addDetailsPanel(panel);
    const auto follow = [this](auto* panel) {
        using Panel = std::remove_pointer_t<decltype(panel)>;
        connect(panel, &Panel::changed, this, &MainWindow::reload);
        connect(panel, &Panel::domainRequested, this, &MainWindow::showDomain);
        connect(panel, &Panel::contactRequested, this, &MainWindow::showContact);
        connect(panel, &Panel::actionRequested, this, &MainWindow::showAction);
    };
    follow(m_domainDetails);
    follow(m_contactDetails);
    follow(m_actionDetails);

    m_today = new TodayView(service, clock);
    connect(m_today, &TodayView::domainRequested, this, &MainWindow::showDomain);
    connect(m_today, &TodayView::actionRequested, this, &MainWindow::showAction);
    m_pages->addWidget(m_today);
    // The tables: choosing a row shows its details beside them.
    m_domainsPage = new DomainsPage(service);
    m_contactsPage = new ContactsPage(service);
    m_actionsPage = new ActionsPage(service);
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_domainsPage, m_contactsPage, m_actionsPage})
        m_pages->addWidget(page);
    connect(m_domainsPage, &DomainsPage::domainActivated, this, &MainWindow::showDomainDetails);
    m_domainsPage->setRegistryAccess(clock, m_registry.provider());
    connect(m_domainsPage, &DomainsPage::portfolioChanged, this, &MainWindow::reload);
    connect(m_contactsPage, &ContactsPage::contactActivated, this, &MainWindow::showContactDetails);
    connect(m_actionsPage, &ActionsPage::actionActivated, this, &MainWindow::showActionDetails);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
        if (row == int(Page::Today) && m_monitor)
            m_monitor->clearUnseen();
    });

    m_monitor = new AlertMonitor(service, clock, this);
    connect(m_monitor, &AlertMonitor::unseenCountChanged, this, &MainWindow::updateBadge);
    connect(m_monitor, &AlertMonitor::crossed, this, &MainWindow::notify);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Registrar Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            showPage(Page::Today);
        });
        m_tray->show();
    }

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_registryLabel = new QLabel(this);
    m_registryLabel->setObjectName(QStringLiteral("registryLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_registryLabel);
    auto* path = new QLabel(QDir::toNativeSeparators(service.database().path()), this);
    path->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(path);

    buildMenus();
    connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::syncNow);
    applySettings();
    m_navigation->setCurrentRow(int(Page::Today));
    updateBadge(0);
    updateStatus();
    m_monitor->start();
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto* toolbar = addToolBar(tr("Desk"));
    toolbar->setObjectName(QStringLiteral("deskToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* file = menuBar()->addMenu(tr("&File"));
    auto* reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    auto* reports = file->addAction(tr("&Reports…"), this, [this] {
        ReportDialog dialog(m_service, this);
        dialog.exec();
    });
    reports->setObjectName(QStringLiteral("reportsAction"));
    reports->setShortcut(QKeySequence::Print);
    auto* exportTable =
        file->addAction(tr("&Export table as CSV…"), this, &MainWindow::exportTable);
    exportTable->setObjectName(QStringLiteral("exportAction"));
    auto* importCsv = file->addAction(tr("&Import from CSV…"), this, [this] {
        ImportWizard wizard(m_service, m_clock, this);
        wizard.exec();
        if (wizard.batchId() > 0)
            reload();
    });
    importCsv->setObjectName(QStringLiteral("importAction"));
    auto* undoImport = file->addAction(tr("&Undo last import…"), this, [this] {
        if (ImportUndo::run(this, m_service, m_clock))
            reload();
    });
    undoImport->setObjectName(QStringLiteral("undoImportAction"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* registry = menuBar()->addMenu(tr("&Registry"));
    m_syncAction = registry->addAction(tr("&Sync now"), this, &MainWindow::syncNow);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncAction->setToolTip(
        tr("Refresh every domain and contact from the registry (registry-owned fields only)"));
    registry->addSeparator();
    auto* bulk = registry->addAction(tr("&Change selected domains…"), this, [this] {
        if (!m_domainsPage)
            return;
        if (m_domainsPage->selectedDomains().size() < 2) {
            showPage(Page::Domains);
            statusBar()->showMessage(tr("Select two or more domains in the table first."), 8000);
            return;
        }
        m_domainsPage->changeSelected();
    });
    bulk->setObjectName(QStringLiteral("changeSelectedAction"));
    auto* transfer = registry->addAction(tr("&Transfer a domain in…"), this, [this] {
        showPage(Page::Domains);
        if (m_domainsPage)
            m_domainsPage->transferIn();
    });
    transfer->setObjectName(QStringLiteral("transferInAction"));

    auto* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Today"), tr("&Domains"), tr("&Contacts"), tr("&Actions")};
    for (int i = 0; i < 4; ++i) {
        auto* action = view->addAction(names[i], this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(action);
    }
    view->addSeparator();
    auto* details = view->addAction(tr("Details &area"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);
    auto* toolbarToggle = toolbar->toggleViewAction();
    toolbarToggle->setText(tr("Tool&bar"));
    view->addAction(toolbarToggle);

    auto* settings = menuBar()->addMenu(tr("&Settings"));
    auto* preferences = settings->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Registrar Desk"), this, [this] {
        QMessageBox::about(this, tr("About Registrar Desk"),
                           tr("<b>Registrar Desk %1</b><p>The support desk for .pt domains: "
                              "holders, pending actions and every deadline of the .PT rules.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    toolbar->addAction(m_syncAction);
    toolbar->addAction(reloadAction);
    toolbar->addSeparator();
    toolbar->addAction(preferences);
}

void MainWindow::setPage(Page which, QWidget* widget, std::function<void()> reload)
{
    const int index = int(which);
    QWidget* old = m_pages->widget(index);
    m_pages->insertWidget(index, widget);
    if (old) {
        m_reloaders.remove(old);
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    if (reload)
        m_reloaders.insert(widget, std::move(reload));
    if (which == Page::Today)
        m_today = qobject_cast<TodayView*>(widget);
    if (old == m_domainsPage)
        m_domainsPage = qobject_cast<DomainsPage*>(widget);
    if (old == m_contactsPage)
        m_contactsPage = qobject_cast<ContactsPage*>(widget);
    if (old == m_actionsPage)
        m_actionsPage = qobject_cast<ActionsPage*>(widget);
    m_pages->setCurrentIndex(m_navigation->currentRow());
}

QWidget* MainWindow::page(Page which) const
{
    return m_pages->widget(int(which));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page which)
{
    m_navigation->setCurrentRow(int(which));
}

void MainWindow::exportTable()
{
    auto* page = qobject_cast<TablePage*>(m_pages->currentWidget());
    if (!page) {
        QMessageBox::information(this, tr("Export"),
                                 tr("Open Domains, Contacts or Actions to export that table."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the table as CSV"),
                                     QStringLiteral("registrar-desk.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(
            tr("%n row(s) written to %1.", nullptr, page->visibleModel()->rowCount())
                .arg(QDir::toNativeSeparators(path)),
            10000);
}

bool MainWindow::exportTableTo(const QString& path, QString* error)
{
    auto* page = qobject_cast<TablePage*>(m_pages->currentWidget());
    if (!page) {
        *error = tr("Open Domains, Contacts or Actions to export that table.");
        return false;
    }
    // As the table shows it: its filter, order and columns. UTF-8 with a byte
    // order mark and ';', as Excel in Portuguese opens it; formulas defused.
    return csv::CsvWriter::writeModel(*page->visibleModel(), path, {}, error);
}

void MainWindow::chooseFirstRow()
{
    if (auto* page = qobject_cast<TablePage*>(m_pages->currentWidget())) {
        QTableView* table = page->table();
        table->setCurrentIndex(table->model()->index(0, 0));
    }
}

int MainWindow::addDetailsPanel(QWidget* panel)
{
    return m_details->addWidget(panel);
}

void MainWindow::showDetails(QWidget* panel)
{
    if (m_details->indexOf(panel) < 0)
        m_details->addWidget(panel);
    m_details->setCurrentWidget(panel);
    m_details->show();
}

void MainWindow::clearDetails()
{
    m_details->setCurrentIndex(0);
}

void MainWindow::setCredentialNotice(const QString& message, const QString& details)
{
    m_banner->setText(message);
    m_banner->setToolTip(details);
    m_banner->setVisible(!message.isEmpty());
}

void MainWindow::applySettings()
{
    QSettings settings;
    const DeskSettings desk = DeskSettings::load(settings);
    if (desk.syncIntervalMinutes > 0 && m_registry.isConfigured())
        m_syncTimer.start(desk.syncIntervalMinutes * 60 * 1000);
    else
        m_syncTimer.stop();
    updateStatus();
}

void MainWindow::reload()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* widget = m_pages->widget(i);
        const auto reloader = m_reloaders.constFind(widget);
        if (reloader != m_reloaders.cend())
            (*reloader)();
        // The table pages' reload() is no slot: invokeMethod would not find it.
        else if (widget == m_domainsPage)
            m_domainsPage->reload();
        else if (widget == m_contactsPage)
            m_contactsPage->reload();
        else if (widget == m_actionsPage)
            m_actionsPage->reload();
        else if (widget->metaObject()->indexOfMethod("reload()") >= 0)
            QMetaObject::invokeMethod(widget, "reload");
    }
    m_domainDetails->reload();
    m_contactDetails->reload();
    m_actionDetails->reload();
    updateStatus();
}

void MainWindow::syncNow()
{
    if (m_refresh)
        return;
    QString error;
    std::optional<SessionOptions> session = m_registry.session(&error);
    if (!session) {
        m_lastSyncError = error;
        updateStatus();
        statusBar()->showMessage(error, 10000);
        return;
    }
    RefreshEngine engine(m_service, m_clock, std::move(*session));
    m_refresh = &engine;
    m_syncAction->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_syncLabel->setText(tr("Syncing with %1…").arg(m_registry.label()));
    connect(&engine, &RefreshEngine::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    // The refresh turns the event loop while it waits for the registry, so
    // the window keeps painting and answering; Sync is disabled meanwhile.
    const RefreshSummary summary = engine.run(RefreshOptions{});
    m_refresh = nullptr;
    m_progress->hide();
    m_syncAction->setEnabled(true);
    m_lastSyncError = summary.error;
    reload();
    m_monitor->check();
    Q_EMIT syncFinished(summary);
    if (m_closeAfterSync)
        close();
}

void MainWindow::openSettings()
{
    QSettings settings;
    SettingsDialog dialog(m_service, settings, m_registry.credentials(), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::showDomain(const QString& name)
{
    showPage(Page::Domains);
    const std::optional<Domain> domain = m_service.findDomain(name);
    if (domain && m_domainsPage)
        m_domainsPage->selectDomain(domain->id);
    showDomainDetails(name);
    Q_EMIT domainRequested(name);
}

void MainWindow::showDomainDetails(const QString& name)
{
    m_domainDetails->showDomain(name);
    showDetails(m_domainDetails);
}

void MainWindow::showContactDetails(const QString& handle)
{
    m_contactDetails->showContact(handle);
    showDetails(m_contactDetails);
}

void MainWindow::showActionDetails(qint64 id)
{
    m_actionDetails->showAction(id);
    showDetails(m_actionDetails);
}

void MainWindow::showContact(const QString& handle)
{
    showPage(Page::Contacts);
    if (m_contactsPage)
        selectRow(m_contactsPage->table(), ContactTableModel::HandleRole, handle);
    showContactDetails(handle);
    Q_EMIT contactRequested(handle);
}

void MainWindow::showAction(qint64 id)
{
    showPage(Page::Actions);
    if (m_actionsPage)
        selectRow(m_actionsPage->table(), ActionTableModel::ActionIdRole, id);
    showActionDetails(id);
    Q_EMIT actionRequested(id);
}

void MainWindow::selectRow(QTableView* view, int role, const QVariant& value)
{
    // The row as the table shows it now; a filter may hide it.
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), role, value, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    view->setCurrentIndex(found.first());
    view->scrollTo(found.first());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A sync in progress stops taking new records; the window closes once
    // what is in flight has been written.
    if (m_refresh) {
        m_refresh->cancel();
        m_closeAfterSync = true;
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::updateBadge(int count)
{
    m_badge = count;
    const QString today = tr("Today");
    m_navigation->item(int(Page::Today))
        ->setText(count > 0 ? tr("%1 (%2)").arg(today).arg(count) : today);
    m_navigation->item(int(Page::Domains))->setText(tr("Domains"));
    m_navigation->item(int(Page::Contacts))->setText(tr("Contacts"));
    m_navigation->item(int(Page::Actions))->setText(tr("Actions"));
    m_navigation->item(int(Page::Today))
        ->setToolTip(
            tr("%n deadline(s) became critical or overdue since you last looked", nullptr, count));
    retitle();
}

void MainWindow::retitle()
{
    const QString base =
        tr("Registrar Desk — %1").arg(QFileInfo(m_service.database().path()).fileName());
    setWindowTitle(m_badge > 0 ? QStringLiteral("(%1) %2").arg(m_badge).arg(base) : base);
}

void MainWindow::notify(const QList<Deadline>& deadlines)
{
    if (!m_tray || deadlines.isEmpty())
        return;
    QSettings settings;
    const DeskSettings desk = DeskSettings::load(settings);
    // Quiet hours silence the tray, never the badge.
    if (desk.quietHours.contains(m_clock.now().toLocalTime().time()))
        return;
    QStringList lines;
    for (const Deadline& deadline : deadlines.mid(0, 5))
        lines << QStringLiteral("%1 · %2 · %3")
                     .arg(deadline.uLabel, Labels::of(deadline.kind), Labels::of(deadline.level));
    m_tray->showMessage(tr("%n deadline(s) need attention", nullptr, int(deadlines.size())),
                        lines.join(QLatin1Char('\n')),
                        deadlines.constFirst().level == AlertLevel::Overdue
                            ? QSystemTrayIcon::Critical
                            : QSystemTrayIcon::Warning);
}

void MainWindow::updateStatus()
{
    if (m_refresh)
        return;
    const QLocale locale;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const std::optional<SyncRun> run = m_service.sync().lastRun();
    QString text;
    if (!m_lastSyncError.isEmpty())
        text = tr("Sync failed: %1").arg(m_lastSyncError);
    else if (!run)
        text = tr("Never synced with the registry");
    else if (!run->finishedAt.isValid())
        text = tr("Last sync %1 unfinished (%2 checked, %3 failed): the next one continues it")
                   .arg(timeformat::forPeople(run->startedAt, zone, locale))
                   .arg(run->checked)
                   .arg(run->failed);
    else
        text = tr("Last sync %1: %2 checked, %3 changed, %4 failed")
                   .arg(timeformat::forPeople(run->finishedAt, zone, locale))
                   .arg(run->checked)
                   .arg(run->changed)
                   .arg(run->failed);
    m_syncLabel->setText(text);
    m_registryLabel->setText(tr("Registry: %1").arg(m_registry.label()));
    if (m_syncTimer.isActive())
        m_registryLabel->setToolTip(
            tr("Synced every %n minute(s)", nullptr, m_syncTimer.interval() / 60000));
    else
        m_registryLabel->setToolTip(tr("Synced only when asked (Registry, Sync now)"));
    m_syncAction->setEnabled(m_registry.isConfigured());
}

} // namespace rd::ui
