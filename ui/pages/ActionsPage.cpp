#include "ActionsPage.h"

#include "ActionFilterProxy.h"
#include "ActionTableModel.h"
#include "DeadlineDelegate.h"
#include "i18n/Labels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>

namespace rd::ui {

namespace {

void select(QComboBox* combo, int value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace

ActionsPage::ActionsPage(PortfolioService& service, QWidget* parent)
    : TablePage(QStringLiteral("desk/actions"), parent)
    , m_model(new ActionTableModel(service, this))
    , m_proxy(new ActionFilterProxy(this))
{
    setObjectName(QStringLiteral("actionsPage"));
    filterEdit()->setPlaceholderText(tr("Filter by domain, assignee or new holder…  (Ctrl+F)"));

    m_window = addChoice(QStringLiteral("windowCombo"), tr("Deadline window"));
    m_window->addItem(tr("Any time"), int(DeadlineWindow::Any));
    m_window->addItem(tr("Overdue"), int(DeadlineWindow::Overdue));
    m_window->addItem(tr("Within 24 hours"), int(DeadlineWindow::Day));
    m_window->addItem(tr("Within 7 days"), int(DeadlineWindow::Week));
    m_window->addItem(tr("Within 30 days"), int(DeadlineWindow::Month));
    m_window->addItem(tr("Within 60 days"), int(DeadlineWindow::TwoMonths));
    m_window->addItem(tr("Within 90 days"), int(DeadlineWindow::Quarter));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setWindow(static_cast<DeadlineWindow>(m_window->currentData().toInt()));
    });

    m_level = addChoice(QStringLiteral("levelCombo"), tr("Level of the next deadline"));
    m_level->addItem(tr("Any level"), -1);
    for (AlertLevel level : {AlertLevel::Overdue, AlertLevel::Critical, AlertLevel::Warning,
                             AlertLevel::Notice, AlertLevel::None})
        m_level->addItem(Labels::of(level), int(level));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(m_level->currentData().toInt()); });

    m_kind = addChoice(QStringLiteral("kindCombo"), tr("Kind of action"));
    m_kind->addItem(tr("Any action"), -1);
    for (ActionKind kind : {ActionKind::Verification, ActionKind::OwnerChange})
        m_kind->addItem(Labels::of(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toInt()); });

    m_state = addChoice(QStringLiteral("stateCombo"), tr("State of the action"));
    m_state->addItem(tr("Any state"), -1);
    for (ActionState state : {ActionState::Open, ActionState::AwaitingHolder,
                              ActionState::AwaitingNewHolder, ActionState::VerifyingNewHolder})
        m_state->addItem(ActionTableModel::stateLabel(state), int(state));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setState(m_state->currentData().toInt()); });

    m_model->reload();
    m_proxy->setSourceModel(m_model);
    setUpTable(m_proxy, QStringLiteral("actionTable"), {ActionTableModel::NewHolder},
               ActionTableModel::Due, Qt::AscendingOrder,
               {{ActionTableModel::Domain, 200},
                {ActionTableModel::Kind, 170},
                {ActionTableModel::State, 190},
                {ActionTableModel::Opened, 150},
                {ActionTableModel::NextDeadline, 220},
                {ActionTableModel::Due, 150},
                {ActionTableModel::Level, 130}},
               {ActionTableModel::Domain, ActionTableModel::Level, ActionTableModel::DaysLeft,
                ActionTableModel::NextDeadline, ActionTableModel::Due});
    table()->setItemDelegateForColumn(ActionTableModel::Level, new DeadlineDelegate(table()));

    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT actionActivated(
                        current.data(ActionTableModel::ActionIdRole).toLongLong());
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActionsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActionsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActionsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActionsPage::updateCount);
    updateCount();
}

void ActionsPage::reload()
{
    const qint64 current = currentAction();
    m_model->reload();
    for (int row = 0; row < m_proxy->rowCount() && current != 0; ++row) {
        const QModelIndex index = m_proxy->index(row, ActionTableModel::Domain);
        if (index.data(ActionTableModel::ActionIdRole).toLongLong() == current) {
            table()->setCurrentIndex(index);
            break;
        }
    }
}

qint64 ActionsPage::currentAction() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? current.data(ActionTableModel::ActionIdRole).toLongLong() : 0;
}

QVariantMap ActionsPage::filterState() const
{
    return {{QStringLiteral("text"), m_proxy->text()},
            {QStringLiteral("window"), int(m_proxy->window())},
            {QStringLiteral("level"), m_proxy->level()},
            {QStringLiteral("kind"), m_proxy->kind()},
            {QStringLiteral("state"), m_proxy->state()}};
}

void ActionsPage::applyFilterState(const QVariantMap& state)
{
    select(m_window, state.value(QStringLiteral("window"), 0).toInt());
    select(m_level, state.value(QStringLiteral("level"), -1).toInt());
    select(m_kind, state.value(QStringLiteral("kind"), -1).toInt());
    select(m_state, state.value(QStringLiteral("state"), -1).toInt());
    filterEdit()->setText(state.value(QStringLiteral("text")).toString());
}

void ActionsPage::applyText(const QString& text)
{
    m_proxy->setText(text);
}

void ActionsPage::resetChoices()
{
    for (QComboBox* combo : {m_window, m_level, m_kind, m_state})
        combo->setCurrentIndex(0);
}

void ActionsPage::updateCount()
{
    setCount(tr("%1 of %Ln open action(s)", nullptr, m_model->rowCount())
                 .arg(QLocale().toString(m_proxy->rowCount())));
}

} // namespace rd::ui
