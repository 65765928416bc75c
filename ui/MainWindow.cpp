#include "MainWindow.h"

#include "DeadlineDelegate.h"
#include "DomainFilterProxy.h"
#include "DomainTableModel.h"
#include "Labels.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace rd::ui {

MainWindow::MainWindow(PortfolioService& service, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_model(new DomainTableModel(service, this))
    , m_proxy(new DomainFilterProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Registrar Desk — %1").arg(QFileInfo(service.database().path()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/registrar-desk.svg")));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("domainView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(DomainTableModel::Level, new DeadlineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DomainTableModel::Due, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    setCentralWidget(m_view);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by domain or holder…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DomainFilterProxy::setText);

    auto* toolbar = addToolBar(tr("Portfolio"));
    toolbar->setObjectName(QStringLiteral("portfolioToolBar"));
    toolbar->setMovable(false);
    auto* refresh = toolbar->addAction(tr("Reload"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    toolbar->addSeparator();
    toolbar->addWidget(m_filter);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(refresh);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Registrar Desk"), this, [this] {
        QMessageBox::about(this, tr("About Registrar Desk"),
                           tr("<b>Registrar Desk %1</b><p>The support desk for .pt domains: "
                              "holders, pending actions and every deadline of the .PT rules.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addPermanentWidget(m_summary, 1);
    auto* path = new QLabel(QDir::toNativeSeparators(service.database().path()), this);
    path->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(path);

    reload();
    resize(1280, 760);
}

void MainWindow::reload()
{
    m_model->reload();
    m_view->resizeColumnsToContents();
    const int levelWidth = m_view->columnWidth(DomainTableModel::Level);
    m_view->setColumnWidth(DomainTableModel::Level, qMax(levelWidth, 130));
    m_view->horizontalHeader()->setSectionResizeMode(DomainTableModel::Holder,
                                                     QHeaderView::Stretch);
    updateSummary();
}

void MainWindow::updateSummary()
{
    // Counts of the loaded rows by level; the Today view will count the whole portfolio.
    QMap<AlertLevel, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->levelOf(row)];
    QStringList parts;
    parts << tr("%n domain(s)", nullptr, m_service.domains().count());
    for (AlertLevel level :
         {AlertLevel::Overdue, AlertLevel::Critical, AlertLevel::Warning, AlertLevel::Notice}) {
        if (counts.value(level))
            parts << QStringLiteral("%1: %2").arg(Labels::of(level)).arg(counts.value(level));
    }
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace rd::ui
