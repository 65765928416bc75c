#include "TablePage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

const QLatin1String viewFilter("filter");
const QLatin1String viewColumns("columns");
const QLatin1String viewSortColumn("sortColumn");
const QLatin1String viewSortOrder("sortOrder");

} // namespace

TablePage::TablePage(const QString& settingsKey, QWidget* parent)
    : QWidget(parent)
    , m_key(settingsKey)
    , m_filter(new QLineEdit(this))
    , m_choices(new QHBoxLayout)
    , m_views(new QComboBox(this))
    , m_saveView(new QToolButton(this))
    , m_deleteView(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setToolTip(
        tr("Quick filter (Ctrl+F). Esc clears it; Esc again clears every filter."));
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString& text) { applyText(text); });

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    // Esc is read from the line edit's own key presses: as a shortcut it would
    // compete with a dialog's or the window's Esc.
    m_filter->installEventFilter(this);

    m_views->setObjectName(QStringLiteral("viewsCombo"));
    m_views->setToolTip(tr("Saved views: a filter, the columns shown and the sort, under a name."));
    m_views->setMinimumContentsLength(16);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemText(index));
        m_deleteView->setEnabled(index > 0);
    });
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_saveView->setText(tr("Save view…"));
    m_saveView->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_saveView, &QToolButton::clicked, this, &TablePage::askAndSaveView);
    m_deleteView->setObjectName(QStringLiteral("deleteViewButton"));
    m_deleteView->setText(tr("Delete view"));
    m_deleteView->setEnabled(false);
    connect(m_deleteView, &QToolButton::clicked, this, [this] {
        if (m_views->currentIndex() > 0)
            deleteView(m_views->currentText());
    });
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // The text filter on a line of its own, the choices under it: the page
    // stays narrow enough to leave room for the details beside it.
    layout->addWidget(m_filter);
    layout->addLayout(m_choices);
    auto* views = new QHBoxLayout;
    auto* viewsLabel = new QLabel(tr("&View:"), this);
    viewsLabel->setBuddy(m_views);
    views->addWidget(viewsLabel);
    views->addWidget(m_views);
    views->addWidget(m_saveView);
    views->addWidget(m_deleteView);
    m_viewsRow = views;
    views->addStretch(1);
    views->addWidget(m_count);
    layout->addLayout(views);
    layout->addWidget(m_table, 1);
    refillViews({});
}

TablePage::~TablePage() = default;

bool TablePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        if (m_filter->text().isEmpty())
            clearFilters();
        else
            m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString TablePage::settingsKey(const char* leaf) const
{
    return m_key % QLatin1Char('/') % QLatin1String(leaf);
}

QComboBox* TablePage::addChoice(const QString& objectName, const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setAccessibleName(toolTip);
    // Long entries (in Portuguese above all) are elided rather than widening the page.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    m_choices->addWidget(combo);
    return combo;
}

void TablePage::setUpTable(QAbstractItemModel* visible, const QString& tableName,
                           const QList<int>& hiddenByDefault, int sortColumn, Qt::SortOrder order,
                           const QList<QPair<int, int>>& widths, const QList<int>& firstColumns)
{
    m_table->setObjectName(tableName);
    m_table->setModel(visible);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    // Fixed row heights: a view of a million rows never measures them.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TablePage::showColumnMenu);
    // Widths from the header texts, not from the cells: measuring cells would
    // read rows the agent never sees.
    header->setResizeContentsPrecision(0);
    for (int column = 0; column < visible->columnCount(); ++column) {
        const QString title = visible->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              qMax(90, header->fontMetrics().horizontalAdvance(title) + 40));
        header->setSectionHidden(column, hiddenByDefault.contains(column));
    }
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    for (int visual = 0; visual < firstColumns.size(); ++visual)
        header->moveSection(header->visualIndex(firstColumns.at(visual)), visual);
    header->setSortIndicator(sortColumn, order);
    m_defaultColumns = header->saveState();

    const QByteArray saved = QSettings().value(settingsKey("columns")).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    // Sorting is switched on after the indicator is in place, so the first
    // sort is the one wanted (the model's own order costs nothing).
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());

    connect(header, &QHeaderView::sectionMoved, this, &TablePage::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &TablePage::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TablePage::saveColumns);
}

QAbstractItemModel* TablePage::visibleModel() const
{
    return m_table->model();
}

void TablePage::setQuickFilter(const QString& text)
{
    m_filter->setText(text);
}

void TablePage::setCount(const QString& text)
{
    m_count->setText(text);
}

void TablePage::addToViewsRow(QWidget* widget)
{
    m_viewsRow->insertWidget(m_viewsRow->indexOf(m_deleteView) + 1, widget);
}

void TablePage::addBanner(QWidget* banner)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_table), banner);
}

void TablePage::saveColumns() const
{
    QSettings().setValue(settingsKey("columns"), m_table->horizontalHeader()->saveState());
}

void TablePage::clearFilters()
{
    resetChoices();
    m_filter->clear();
}

void TablePage::showColumnMenu(const QPoint& at)
{
    QHeaderView* header = m_table->horizontalHeader();
    QAbstractItemModel* model = m_table->model();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    int shown = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    // In the order the agent sees them.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last column shown stays: a table without columns shows nothing to click.
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this, header] {
        header->restoreState(m_defaultColumns);
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        saveColumns();
    });
    menu.exec(header->viewport()->mapToGlobal(at));
}

QStringList TablePage::savedViewNames() const
{
    QStringList names = QSettings().value(settingsKey("views")).toMap().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void TablePage::saveView(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QSettings settings;
    QVariantMap views = settings.value(settingsKey("views")).toMap();
    QHeaderView* header = m_table->horizontalHeader();
    QVariantMap view;
    view.insert(viewFilter, filterState());
    view.insert(viewColumns, header->saveState());
    view.insert(viewSortColumn, header->sortIndicatorSection());
    view.insert(viewSortOrder, int(header->sortIndicatorOrder()));
    views.insert(trimmed, view);
    settings.setValue(settingsKey("views"), views);
    refillViews(trimmed);
}

bool TablePage::applyView(const QString& name)
{
    const QVariantMap views = QSettings().value(settingsKey("views")).toMap();
    const auto found = views.constFind(name);
    if (found == views.cend())
        return false;
    const QVariantMap view = found->toMap();
    QHeaderView* header = m_table->horizontalHeader();
    header->restoreState(view.value(viewColumns).toByteArray());
    m_table->sortByColumn(view.value(viewSortColumn, header->sortIndicatorSection()).toInt(),
                          static_cast<Qt::SortOrder>(view.value(viewSortOrder).toInt()));
    applyFilterState(view.value(viewFilter).toMap());
    saveColumns();
    refillViews(name);
    return true;
}

void TablePage::deleteView(const QString& name)
{
    QSettings settings;
    QVariantMap views = settings.value(settingsKey("views")).toMap();
    views.remove(name);
    settings.setValue(settingsKey("views"), views);
    refillViews({});
}

void TablePage::refillViews(const QString& current)
{
    m_views->clear();
    m_views->addItem(tr("(no saved view)"));
    m_views->addItems(savedViewNames());
    const int at = current.isEmpty() ? 0 : m_views->findText(current);
    m_views->setCurrentIndex(qMax(0, at));
    m_deleteView->setEnabled(at > 0);
}

void TablePage::askAndSaveView()
{
    bool ok = false;
    const QString current = m_views->currentIndex() > 0 ? m_views->currentText() : QString();
    const QString name = QInputDialog::getText(
        this, tr("Save view"), tr("Name of the view (a view with the same name is replaced):"),
        QLineEdit::Normal, current, &ok);
    if (ok)
        saveView(name);
}

} // namespace rd::ui
