#include "ContactsPage.h"

#include "ContactFilterProxy.h"
#include "ContactTableModel.h"
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

ContactsPage::ContactsPage(PortfolioService& service, QWidget* parent)
    : TablePage(QStringLiteral("desk/contacts"), parent)
    , m_model(new ContactTableModel(service, this))
    , m_proxy(new ContactFilterProxy(this))
{
    setObjectName(QStringLiteral("contactsPage"));
    filterEdit()->setPlaceholderText(tr("Filter by handle, name, NIF or e-mail…  (Ctrl+F)"));

    m_kind = addChoice(QStringLiteral("kindCombo"), tr("Kind of contact"));
    m_kind->addItem(tr("Persons and organisations"), -1);
    m_kind->addItem(Labels::of(ContactKind::Person), int(ContactKind::Person));
    m_kind->addItem(Labels::of(ContactKind::Organisation), int(ContactKind::Organisation));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toInt()); });

    m_verification = addChoice(QStringLiteral("verificationCombo"), tr("Verification"));
    m_verification->addItem(tr("Any verification"), -1);
    for (VerificationState state : {VerificationState::Unverified, VerificationState::Requested,
                                    VerificationState::Verified, VerificationState::Failed})
        m_verification->addItem(Labels::of(state), int(state));
    connect(m_verification, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setVerification(m_verification->currentData().toInt()); });

    m_holding = addChoice(QStringLiteral("holdingCombo"), tr("Domains held"));
    m_holding->addItem(tr("With or without domains"), -1);
    m_holding->addItem(tr("Holders of domains"), 1);
    m_holding->addItem(tr("Holding no domain"), 0);
    connect(m_holding, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setHolding(m_holding->currentData().toInt()); });

    m_model->reload();
    m_proxy->setSourceModel(m_model);
    setUpTable(m_proxy, QStringLiteral("contactTable"),
               {ContactTableModel::Organisation, ContactTableModel::City, ContactTableModel::Phone},
               ContactTableModel::Handle, Qt::AscendingOrder,
               {{ContactTableModel::Handle, 170},
                {ContactTableModel::Name, 240},
                {ContactTableModel::Email, 220},
                {ContactTableModel::Verification, 170}});

    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT contactActivated(current.data(ContactTableModel::HandleRole).toString());
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContactsPage::updateCount);
    updateCount();
}

void ContactsPage::reload()
{
    const QString current = currentContact();
    m_model->reload();
    for (int row = 0; row < m_proxy->rowCount() && !current.isEmpty(); ++row) {
        const QModelIndex index = m_proxy->index(row, ContactTableModel::Handle);
        if (index.data(ContactTableModel::HandleRole).toString() == current) {
            table()->setCurrentIndex(index);
            break;
        }
    }
}

QString ContactsPage::currentContact() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? current.data(ContactTableModel::HandleRole).toString() : QString();
}

QVariantMap ContactsPage::filterState() const
{
    return {{QStringLiteral("text"), m_proxy->text()},
            {QStringLiteral("kind"), m_proxy->kind()},
            {QStringLiteral("verification"), m_proxy->verification()},
            {QStringLiteral("holding"), m_proxy->holding()}};
}

void ContactsPage::applyFilterState(const QVariantMap& state)
{
    select(m_kind, state.value(QStringLiteral("kind"), -1).toInt());
    select(m_verification, state.value(QStringLiteral("verification"), -1).toInt());
    select(m_holding, state.value(QStringLiteral("holding"), -1).toInt());
    filterEdit()->setText(state.value(QStringLiteral("text")).toString());
}

void ContactsPage::applyText(const QString& text)
{
    m_proxy->setText(text);
}

void ContactsPage::resetChoices()
{
    for (QComboBox* combo : {m_kind, m_verification, m_holding})
        combo->setCurrentIndex(0);
}

void ContactsPage::updateCount()
{
    setCount(tr("%1 of %Ln contact(s)", nullptr, m_model->rowCount())
                 .arg(QLocale().toString(m_proxy->rowCount())));
}

} // namespace rd::ui
