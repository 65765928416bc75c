#include "DomainsPage.h"

#include "DeadlineDelegate.h"
#include "DomainFilterProxy.h"
#include "DomainTableModel.h"
#include "dialogs/BulkChangeDialog.h"
#include "dialogs/TransferInDialog.h"
#include "i18n/Labels.h"
#include "service/PortfolioService.h"
#include "storage/SyncRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace rd::ui {

namespace {

void select(QComboBox* combo, int value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

int chosen(const QComboBox* combo)
{
    return combo->currentData().toInt();
}

} // namespace

DomainsPage::DomainsPage(PortfolioService& service, QWidget* parent)
    : TablePage(QStringLiteral("desk/domains"), parent)
    , m_service(service)
    , m_model(new DomainTableModel(service, this))
    , m_proxy(new DomainFilterProxy(this))
{
    setObjectName(QStringLiteral("domainsPage"));
    filterEdit()->setPlaceholderText(tr("Filter by domain, holder, handle or NIF…  (Ctrl+F)"));

    m_window = addChoice(QStringLiteral("windowCombo"), tr("Deadline window"));
    m_window->addItem(tr("Any time"), int(DeadlineWindow::Any));
    m_window->addItem(tr("Overdue"), int(DeadlineWindow::Overdue));
    m_window->addItem(tr("Within 24 hours"), int(DeadlineWindow::Day));
    m_window->addItem(tr("Within 7 days"), int(DeadlineWindow::Week));
    m_window->addItem(tr("Within 30 days"), int(DeadlineWindow::Month));
    m_window->addItem(tr("Within 60 days"), int(DeadlineWindow::TwoMonths));
    m_window->addItem(tr("Within 90 days"), int(DeadlineWindow::Quarter));

    m_level = addChoice(QStringLiteral("levelCombo"), tr("Level of the next deadline"));
    m_level->addItem(tr("Any level"), -1);
    for (AlertLevel level : {AlertLevel::Overdue, AlertLevel::Critical, AlertLevel::Warning,
                             AlertLevel::Notice, AlertLevel::None})
        m_level->addItem(Labels::of(level), int(level));

    m_kind = addChoice(QStringLiteral("kindCombo"), tr("Kind of the next deadline"));
    m_kind->addItem(tr("Any deadline"), -1);
    for (DeadlineKind kind : {DeadlineKind::Deletion, DeadlineKind::AutoRenewal,
                              DeadlineKind::Verification, DeadlineKind::OwnerChangeHolder,
                              DeadlineKind::OwnerChangeNewHolder, DeadlineKind::PromoEnd})
        m_kind->addItem(Labels::of(kind), int(kind));
    m_kind->addItem(tr("No deadline"), DomainFilter::NoDeadline);

    m_programme = addChoice(QStringLiteral("programmeCombo"), tr("Programme"));
    m_programme->addItem(tr("Any programme"), -1);
    m_programme->addItem(tr("No programme"), int(rd::Programme::None));
    for (rd::Programme programme :
         {rd::Programme::TresEmUm, rd::Programme::TresEmUmComercio, rd::Programme::Sitestar})
        m_programme->addItem(Labels::of(programme), int(programme));

    m_autoRenew = addChoice(QStringLiteral("autoRenewCombo"), tr("Automatic renewal"));
    m_autoRenew->addItem(tr("Auto-renew: any"), -1);
    m_autoRenew->addItem(tr("Auto-renew on"), 1);
    m_autoRenew->addItem(tr("Auto-renew off"), 0);

    m_standing = addChoice(QStringLiteral("statusCombo"), tr("Registry status"));
    m_standing->addItem(tr("Any status"), -1);
    for (RegistryStanding standing : {RegistryStanding::Active, RegistryStanding::Unknown,
                                      RegistryStanding::Gone, RegistryStanding::Elsewhere})
        m_standing->addItem(DomainTableModel::standingLabel(int(standing)), int(standing));

    for (QComboBox* combo : {m_window, m_level, m_kind, m_programme, m_autoRenew, m_standing})
        connect(combo, &QComboBox::currentIndexChanged, this, &DomainsPage::choicesChanged);

    m_paste = new QToolButton(this);
    m_paste->setObjectName(QStringLiteral("pasteNamesButton"));
    m_paste->setText(tr("Paste names…"));
    m_paste->setToolTip(tr("Show only the domains of a list (one per line, or separated by "
                           "commas or spaces)."));
    connect(m_paste, &QToolButton::clicked, this, &DomainsPage::pasteNames);
    addToViewsRow(m_paste);

    m_changeSelected = new QToolButton(this);
    m_changeSelected->setObjectName(QStringLiteral("changeSelectedButton"));
    m_changeSelected->setText(tr("Change selected…"));
    m_changeSelected->setToolTip(tr("One change for every selected domain: name servers, "
                                    "auto-renew, renewal, tech contacts or deletion."));
    connect(m_changeSelected, &QToolButton::clicked, this, &DomainsPage::changeSelected);
    addToViewsRow(m_changeSelected);
    m_transferIn = new QToolButton(this);
    m_transferIn->setObjectName(QStringLiteral("transferInButton"));
    m_transferIn->setText(tr("Transfer in…"));
    m_transferIn->setToolTip(tr("Bring a domain from another registrar with its auth code."));
    connect(m_transferIn, &QToolButton::clicked, this, &DomainsPage::transferIn);
    addToViewsRow(m_transferIn);

    m_namesBar = new QWidget(this);
    m_namesBar->setObjectName(QStringLiteral("namesBar"));
    auto* namesLayout = new QHBoxLayout(m_namesBar);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    m_namesLabel = new QLabel(m_namesBar);
    m_namesLabel->setObjectName(QStringLiteral("namesLabel"));
    m_namesLabel->setWordWrap(true);
    m_namesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* clearNames = new QPushButton(tr("Show all names"), m_namesBar);
    clearNames->setObjectName(QStringLiteral("clearNamesButton"));
    connect(clearNames, &QPushButton::clicked, this, [this] { applyNameList({}); });
    namesLayout->addWidget(m_namesLabel, 1);
    namesLayout->addWidget(clearNames);
    m_namesBar->hide();
    addBanner(m_namesBar);

    // The first rows by next deadline show at once; the rest of the portfolio
    // arrives in the background, with whatever filter and sort are set by then.
    QString error;
    const bool opened = m_model->open(&error);
    m_proxy->setSourceModel(m_model);
    connect(m_model, &DomainTableModel::loaded, this, &DomainsPage::portfolioLoaded);
    setUpTable(m_proxy, QStringLiteral("domainTable"),
               {DomainTableModel::HolderHandle, DomainTableModel::Nif, DomainTableModel::Standing,
                DomainTableModel::Expires},
               DomainTableModel::Due, Qt::AscendingOrder,
               {{DomainTableModel::Name, 220},
                {DomainTableModel::Holder, 220},
                {DomainTableModel::NextDeadline, 210},
                {DomainTableModel::Due, 150},
                {DomainTableModel::Level, 130}},
               // The level where the eye starts, whatever the window's width.
               {DomainTableModel::Name, DomainTableModel::Level, DomainTableModel::DaysLeft,
                DomainTableModel::NextDeadline, DomainTableModel::Due});
    table()->setItemDelegateForColumn(DomainTableModel::Level, new DeadlineDelegate(table()));

    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT domainActivated(
                        current.data(DomainTableModel::DomainNameRole).toString());
            });
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DomainsPage::updateChangeButtons);
    table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table(), &QWidget::customContextMenuRequested, this, &DomainsPage::showTableMenu);
    updateChangeButtons();
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DomainsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DomainsPage::updateCount);
    updateCount();
    if (!opened)
        setCount(error);
}

bool DomainsPage::isLoading() const
{
    return m_model->isLoading();
}

void DomainsPage::finishLoading()
{
    m_model->finishLoading();
}

void DomainsPage::portfolioLoaded(bool ok, const QString& error)
{
    if (m_wanted.id != 0 && currentDomainId() == m_wanted.current)
        selectRowOf(m_wanted.id);
    m_wanted = {};
    // Names of a pasted list the first rows did not have may be further down.
    if (ok && m_proxy->filter().useNames)
        showNameList(m_proxy->setNameList(m_proxy->filter().names));
    updateCount();
    if (!ok)
        setCount(error);
}

void DomainsPage::reload()
{
    // The current row and the selection follow their domains through the
    // model's reset (DomainFilterProxy), whenever the new rows arrive.
    QString error;
    if (!m_model->refresh(&error))
        setCount(error);
}

void DomainsPage::setRegistryAccess(const Clock& clock, SessionProvider sessions)
{
    m_clock = &clock;
    m_sessions = std::move(sessions);
    updateChangeButtons();
}

void DomainsPage::updateChangeButtons()
{
    // A bulk change is for several domains; one goes through its details panel.
    // Counted from the selection's ranges: selectedRows() walks every row and
    // column, which a select-all over a million domains makes slow.
    int selected = 0;
    for (const QItemSelectionRange& range : table()->selectionModel()->selection())
        selected += range.model() == m_proxy ? range.height() : 0;
    m_changeSelected->setEnabled(m_clock && selected >= 2);
    m_changeSelected->setText(selected >= 2 ? tr("Change %n selected…", nullptr, selected)
                                            : tr("Change selected…"));
    m_transferIn->setEnabled(m_clock != nullptr);
}

void DomainsPage::showTableMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("domainTableMenu"));
    QAction* change = menu.addAction(m_changeSelected->text(), this, &DomainsPage::changeSelected);
    change->setEnabled(m_changeSelected->isEnabled());
    QAction* transfer = menu.addAction(tr("Transfer a domain in…"), this, &DomainsPage::transferIn);
    transfer->setEnabled(m_transferIn->isEnabled());
    menu.exec(table()->viewport()->mapToGlobal(at));
}

void DomainsPage::changeSelected()
{
    const QStringList names = selectedDomains();
    if (!m_clock || names.size() < 2)
        return;
    BulkChangeDialog dialog(m_service, *m_clock, m_sessions, names, this);
    dialog.exec();
    if (dialog.changedPortfolio())
        Q_EMIT portfolioChanged();
}

void DomainsPage::transferIn()
{
    if (!m_clock)
        return;
    TransferInDialog dialog(m_service, *m_clock, m_sessions, this);
    dialog.exec();
    if (dialog.draftId() != 0)
        Q_EMIT portfolioChanged();
}

QStringList DomainsPage::selectedDomains() const
{
    // The table selects whole rows: the selection's ranges say which, without
    // QItemSelectionModel::selectedRows() checking each of a million rows
    // column by column, and the names come from the model's buffer.
    const int rows = m_proxy->rowCount();
    std::vector<char> chosen(static_cast<size_t>(rows), 0);
    int count = 0;
    for (const QItemSelectionRange& range : table()->selectionModel()->selection()) {
        if (!range.isValid() || range.model() != m_proxy)
            continue;
        for (int row = std::max(range.top(), 0); row <= std::min(range.bottom(), rows - 1); ++row) {
            count += chosen[size_t(row)] == 0;
            chosen[size_t(row)] = 1;
        }
    }
    QStringList names;
    names.reserve(count);
    for (int row = 0; row < rows && names.size() < count; ++row) {
        if (chosen[size_t(row)])
            names.append(m_model->nameOf(m_proxy->sourceRow(row)));
    }
    return names;
}

void DomainsPage::selectDomain(qint64 id)
{
    m_wanted = {};
    if (!selectRowOf(id) && isLoading())
        m_wanted = {id, currentDomainId()};
}

bool DomainsPage::selectRowOf(qint64 id)
{
    // The row as the table shows it now; a filter may hide it.
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, DomainTableModel::Name), DomainTableModel::DomainIdRole,
                       id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    table()->setCurrentIndex(found.first());
    table()->scrollTo(found.first());
    return true;
}

qint64 DomainsPage::currentDomainId() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? current.data(DomainTableModel::DomainIdRole).toLongLong() : 0;
}

QString DomainsPage::currentDomain() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? current.data(DomainTableModel::DomainNameRole).toString()
                             : QString();
}

QStringList DomainsPage::applyNameList(const QString& text)
{
    const QStringList unknown = m_proxy->setNameList(DomainFilter::parseNames(text));
    showNameList(unknown);
    return unknown;
}

void DomainsPage::showNameList(const QStringList& unknown)
{
    const DomainFilter& filter = m_proxy->filter();
    m_namesBar->setVisible(filter.useNames);
    if (!filter.useNames)
        return;
    QString text = tr("Only the %n pasted name(s).", nullptr, int(filter.names.size()));
    if (!unknown.isEmpty()) {
        // A long list of misses is cut: the count says how many there are.
        const QStringList shown = unknown.mid(0, 10);
        text += QLatin1Char(' ') %
                tr("%n not in the portfolio: %1", nullptr, int(unknown.size()))
                    .arg(shown.join(QStringLiteral(", ")) +
                         (unknown.size() > shown.size() ? QStringLiteral(", …") : QString()));
    }
    m_namesLabel->setText(text);
}

void DomainsPage::pasteNames()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pasteNamesDialog"));
    dialog.setWindowTitle(tr("Show only these domains"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* hint = new QLabel(tr("Paste the domain names, one per line or separated by commas or "
                               "spaces:"),
                            &dialog);
    hint->setWordWrap(true);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("namesEdit"));
    edit->setPlainText(m_proxy->filter().names.join(QLatin1Char('\n')));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(hint);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog.resize(420, 360);
    if (dialog.exec() == QDialog::Accepted)
        applyNameList(edit->toPlainText());
}

QVariantMap DomainsPage::filterState() const
{
    return m_proxy->filter().toMap();
}

void DomainsPage::applyFilterState(const QVariantMap& state)
{
    const DomainFilter filter = DomainFilter::fromMap(state);
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        select(m_window, int(filter.window));
        select(m_level, filter.level);
        select(m_kind, filter.kind);
        select(m_programme, filter.programme);
        select(m_autoRenew, filter.autoRenew);
        select(m_standing, filter.standing);
        filterEdit()->setText(filter.text);
    }
    m_proxy->setFilter(filter);
    showNameList(filter.useNames ? m_proxy->setNameList(filter.names) : QStringList());
}

void DomainsPage::applyText(const QString& text)
{
    if (!m_applying)
        m_proxy->setText(text);
}

void DomainsPage::resetChoices()
{
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        for (QComboBox* combo : {m_window, m_level, m_kind, m_programme, m_autoRenew, m_standing})
            combo->setCurrentIndex(0);
    }
    DomainFilter filter;
    filter.text = m_proxy->filter().text;
    m_proxy->setFilter(filter);
    showNameList({});
}

void DomainsPage::choicesChanged()
{
    if (m_applying)
        return;
    DomainFilter filter = m_proxy->filter();
    filter.window = static_cast<DeadlineWindow>(chosen(m_window));
    filter.level = chosen(m_level);
    filter.kind = chosen(m_kind);
    filter.programme = chosen(m_programme);
    filter.autoRenew = chosen(m_autoRenew);
    filter.standing = chosen(m_standing);
    m_proxy->setFilter(filter);
}

void DomainsPage::updateCount()
{
    const QLocale locale;
    if (m_model->holdsFirstRowsOnly()) {
        setCount(tr("%1 of the first %Ln domain(s) by deadline; reading the rest of the "
                    "portfolio…",
                    nullptr, m_model->rowCount())
                     .arg(locale.toString(m_proxy->rowCount())));
        return;
    }
    setCount(tr("%1 of %Ln domain(s)", nullptr, m_model->rowCount())
                 .arg(locale.toString(m_proxy->rowCount())));
}

} // namespace rd::ui
