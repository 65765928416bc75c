#include "details/DomainDetails.h"

#include "AlertPalette.h"
#include "details/PanelText.h"
#include "dialogs/AutoRenewChange.h"
#include "dialogs/DeleteDialog.h"
#include "dialogs/DraftSending.h"
#include "dialogs/NameServersDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/OwnerChangeWizard.h"
#include "dialogs/RenewDialog.h"
#include "dialogs/VerificationDialog.h"
#include "i18n/Labels.h"
#include "service/PortfolioService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStringBuilder>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {
namespace {

// A list as tall as its rows, up to `most` of them; beyond that it scrolls.
void fitRows(QTreeWidget* tree, int least, int most)
{
    const int rows = qBound(least, tree->topLevelItemCount(), most);
    const int row =
        tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * qMax(row, 1) +
                         2 * tree->frameWidth() + 4);
}

QString contactLine(PortfolioService& service, const QString& handle)
{
    const std::optional<Contact> contact = service.contacts().findByHandle(handle);
    if (!contact)
        return PanelText::escaped(handle);
    QString line =
        PanelText::contactLink(handle, contact->name.isEmpty() ? handle : contact->name) %
        QStringLiteral(" (") % PanelText::escaped(handle) % QLatin1Char(')');
    if (!contact->email.isEmpty())
        line += QStringLiteral(" · ") % PanelText::escaped(contact->email);
    if (!contact->voice.isEmpty())
        line += QStringLiteral(" · ") % PanelText::escaped(contact->voice);
    return line;
}

} // namespace

DomainDetails::DomainDetails(PortfolioService& service, const Clock& clock, QWidget* parent)
    : DetailsPanel(parent)
    , m_service(service)
    , m_clock(clock)
{
    m_body = PanelText::scrollingBody(this);
    auto* layout = new QVBoxLayout(m_body);

    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("domainTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_standing = PanelText::richLabel(QStringLiteral("standingLabel"), m_body);
    layout->addWidget(m_standing);

    auto* buttons = new QGridLayout;
    const auto button = [&](const QString& name, const QString& text, int row, int column,
                            void (DomainDetails::*slot)()) {
        auto* b = new QPushButton(text, m_body);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b, row, column);
        return b;
    };
    button(QStringLiteral("nameServersButton"), tr("Name servers…"), 0, 0,
           &DomainDetails::changeNameServers);
    m_autoRenew = button(QStringLiteral("autoRenewButton"), tr("Auto-renew…"), 0, 1,
                         &DomainDetails::toggleAutoRenew);
    button(QStringLiteral("renewButton"), tr("Renew…"), 0, 2, &DomainDetails::renew);
    button(QStringLiteral("ownerChangeButton"), tr("Owner change…"), 1, 0,
           &DomainDetails::startOwnerChange);
    button(QStringLiteral("verificationButton"), tr("Verification opened…"), 1, 1,
           &DomainDetails::recordVerification);
    button(QStringLiteral("noteButton"), tr("Add note…"), 1, 2, &DomainDetails::addNote);
    button(QStringLiteral("deleteButton"), tr("Delete…"), 2, 0, &DomainDetails::deleteDomain);
    layout->addLayout(buttons);

    m_deadlines = linkedLabel(QStringLiteral("deadlinesLabel"), m_body);
    layout->addWidget(section(tr("Deadlines"), m_deadlines, m_body));
    m_actions = linkedLabel(QStringLiteral("actionsLabel"), m_body);
    layout->addWidget(section(tr("Pending actions"), m_actions, m_body));
    m_contacts = linkedLabel(QStringLiteral("contactsLabel"), m_body);
    layout->addWidget(section(tr("Holder and contacts"), m_contacts, m_body));
    m_dns = linkedLabel(QStringLiteral("dnsLabel"), m_body);
    layout->addWidget(section(tr("Name servers and DS records"), m_dns, m_body));
    m_flags = linkedLabel(QStringLiteral("flagsLabel"), m_body);
    layout->addWidget(section(tr(".PT flags and statuses"), m_flags, m_body));
    m_notes = linkedLabel(QStringLiteral("notesLabel"), m_body);
    layout->addWidget(section(tr("Notes"), m_notes, m_body));

    auto* draftsBox = new QWidget(m_body);
    auto* draftsLayout = new QVBoxLayout(draftsBox);
    draftsLayout->setContentsMargins(0, 0, 0, 0);
    m_drafts = new QTreeWidget(draftsBox);
    m_drafts->setObjectName(QStringLiteral("draftList"));
    m_drafts->setRootIsDecorated(false);
    m_drafts->setHeaderLabels(
        {tr("Change"), tr("Value"), tr("State"), tr("Drafted"), tr("Registry answer")});
    draftsLayout->addWidget(m_drafts);
    m_sendDraft = new QPushButton(tr("Send selected draft"), draftsBox);
    m_sendDraft->setObjectName(QStringLiteral("sendDraftButton"));
    connect(m_sendDraft, &QPushButton::clicked, this, &DomainDetails::sendSelectedDraft);
    connect(m_drafts, &QTreeWidget::currentItemChanged, this, &DomainDetails::updateDraftButton);
    draftsLayout->addWidget(m_sendDraft, 0, Qt::AlignRight);
    layout->addWidget(section(tr("Drafts for the registry"), draftsBox, m_body));

    m_history = new QTreeWidget(m_body);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Detail")});
    layout->addWidget(section(tr("History"), m_history, m_body));
    layout->addStretch(1);

    showDomain(QString());
}

QString DomainDetails::domainName() const
{
    return m_domain ? m_domain->aLabel : QString();
}

void DomainDetails::showDomain(const QString& name)
{
    m_requested = name;
    reload();
}

void DomainDetails::reload()
{
    m_domain = m_requested.isEmpty() ? std::nullopt : m_service.findDomain(m_requested);
    const bool shown = m_domain.has_value();
    for (QPushButton* b : m_body->findChildren<QPushButton*>())
        b->setEnabled(shown);
    m_drafts->clear();
    m_history->clear();
    if (!shown) {
        m_title->setText(
            m_requested.isEmpty()
                ? tr("No domain selected")
                : tr("There is no domain named %1 in the portfolio.").arg(m_requested));
        for (QLabel* l : {m_standing, m_deadlines, m_contacts, m_dns, m_flags, m_actions, m_notes})
            l->clear();
        return;
    }
    const Domain& d = *m_domain;
    m_title->setText(d.uLabel);

    // Where it stands at the registry.
    const DomainSyncState sync = m_service.sync().stateOf(d.id);
    QString standing;
    if (d.uLabel != d.aLabel)
        standing += PanelText::escaped(d.aLabel) % QStringLiteral(" · ");
    standing += PanelText::escaped(tr("Expires on %1").arg(PanelText::moment(d.expiresAt)));
    standing += QStringLiteral("<br>") %
                PanelText::escaped(
                    sync.lastSynced.isValid()
                        ? tr("Registry: %1, last synced %2")
                              .arg(Labels::of(sync.state), PanelText::moment(sync.lastSynced))
                        : tr("Registry: %1, never synced").arg(Labels::of(sync.state)));
    if (!sync.sponsor.isEmpty() && sync.state == RegistryStanding::Elsewhere)
        standing += PanelText::escaped(tr(" (sponsor %1)").arg(sync.sponsor));
    m_standing->setText(standing);

    // Deadlines, each with its explanation.
    const QList<Deadline> deadlines = m_service.deadlinesOf(d.id);
    QList<QStringList> rows;
    for (const Deadline& deadline : deadlines) {
        const AlertLevel level = m_service.engine().levelOf(deadline);
        QString what = QStringLiteral("<b>") % PanelText::escaped(Labels::of(deadline.kind)) %
                       QStringLiteral("</b>");
        if (deadline.actionId != 0)
            what +=
                QStringLiteral(" · ") %
                PanelText::actionLink(deadline.actionId, tr("action %1").arg(deadline.actionId));
        rows.append(
            {PanelText::escaped(AlertPalette::symbol(level) % QLatin1Char(' ') % Labels::of(level)),
             what % QStringLiteral("<br>") %
                 PanelText::escaped(m_service.engine().explain(
                     deadline, QTimeZone::systemTimeZone(), QLocale()))});
    }
    m_deadlines->setText(rows.isEmpty() ? PanelText::none()
                                        : PanelText::table({tr("Level"), tr("Deadline")}, rows));

    // Pending actions.
    rows.clear();
    for (const PendingAction& a : m_service.actions().forDomain(d.id)) {
        if (!a.isOpen())
            continue;
        rows.append({PanelText::actionLink(a.id, tr("Action %1").arg(a.id)),
                     PanelText::escaped(Labels::of(a.kind)),
                     PanelText::escaped(Labels::of(a.state)),
                     PanelText::escaped(a.assignee.isEmpty() ? tr("unassigned") : a.assignee)});
    }
    m_actions->setText(
        rows.isEmpty()
            ? PanelText::none()
            : PanelText::table({tr("Action"), tr("Kind"), tr("State"), tr("Assigned to")}, rows));

    // Holder and tech contacts.
    QString contacts = QStringLiteral("<b>") % PanelText::escaped(tr("Holder")) %
                       QStringLiteral(":</b> ") %
                       (d.registrantHandle.isEmpty() ? PanelText::escaped(tr("unknown"))
                                                     : contactLine(m_service, d.registrantHandle));
    for (const QString& tech : d.techHandles)
        contacts += QStringLiteral("<br><b>") % PanelText::escaped(tr("Technical contact")) %
                    QStringLiteral(":</b> ") % contactLine(m_service, tech);
    m_contacts->setText(contacts);

    // Name servers (with glue) and DS records (RFC 5910).
    QString dns;
    rows.clear();
    for (const NameServer& ns : d.nameServers)
        rows.append({PanelText::escaped(ns.host),
                     PanelText::escaped(ns.addresses.join(QStringLiteral(", ")))});
    dns += rows.isEmpty() ? PanelText::none()
                          : PanelText::table({tr("Name server"), tr("Glue addresses")}, rows);
    rows.clear();
    for (const DsRecord& ds : d.dsRecords)
        rows.append({QString::number(ds.keyTag), QString::number(ds.algorithm),
                     QString::number(ds.digestType), PanelText::escaped(ds.digest)});
    dns += QStringLiteral("<p>") %
           (rows.isEmpty()
                ? PanelText::escaped(tr("No DS records: the zone is not signed at the "
                                        "registry."))
                : PanelText::table(
                      {tr("Key tag"), tr("Algorithm"), tr("Digest type"), tr("Digest")}, rows)) %
           QStringLiteral("</p>");
    m_dns->setText(dns);

    // .PT flags (ptdomain extension) and EPP statuses.
    const auto flag = [](const QString& name, bool on) -> QString {
        return QStringLiteral("<b>") % PanelText::escaped(name) % QStringLiteral(":</b> ") %
               PanelText::escaped(Labels::yesNo(on));
    };
    QStringList flags = {
        flag(tr("Auto-renew"), d.autoRenew), flag(tr("Owner confirmation"), d.ownerConf),
        flag(tr("Arbitration"), d.arbitration), flag(tr("Registry lock"), d.registryLock)};
    flags.append(QStringLiteral("<b>") % PanelText::escaped(tr("Programme")) %
                 QStringLiteral(":</b> ") % PanelText::escaped(Labels::of(d.programme)));
    flags.append(QStringLiteral("<b>") % PanelText::escaped(tr("Statuses")) %
                 QStringLiteral(":</b> ") %
                 PanelText::escaped(d.statuses.isEmpty() ? tr("none")
                                                         : d.statuses.join(QStringLiteral(", "))));
    if (d.createdAt.isValid())
        flags.append(QStringLiteral("<b>") % PanelText::escaped(tr("Registered")) %
                     QStringLiteral(":</b> ") % PanelText::escaped(PanelText::date(d.createdAt)));
    m_flags->setText(flags.join(QStringLiteral("<br>")));
    m_autoRenew->setText(d.autoRenew ? tr("Turn auto-renew off…") : tr("Turn auto-renew on…"));

    m_notes->setText(d.notes.isEmpty() ? PanelText::none()
                                       : PanelText::escaped(d.notes).replace(
                                             QLatin1Char('\n'), QStringLiteral("<br>")));

    for (const Draft& draft : m_service.drafts().forDomain(d.id)) {
        auto* item = new QTreeWidgetItem(
            m_drafts, {Labels::of(draft.kind), PanelText::draftValue(draft),
                       Labels::of(draft.state), PanelText::moment(draft.createdAt), draft.result});
        item->setData(0, Qt::UserRole, draft.id);
        item->setData(0, Qt::UserRole + 1, int(draft.state));
        // The first one waiting to go is ready to send.
        if (!m_drafts->currentItem() && draft.state != Draft::State::Done &&
            draft.state != Draft::State::Failed)
            m_drafts->setCurrentItem(item);
    }
    for (int c = 0; c < m_drafts->columnCount() - 1; ++c)
        m_drafts->resizeColumnToContents(c);
    fitRows(m_drafts, 2, 6);
    updateDraftButton();

    const QList<HistoryEntry> history = m_service.history().forDomain(d.id);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_history, {PanelText::moment(it->at), it->agent,
                                                     PanelText::event(it->event), it->detail});
        item->setToolTip(3, it->detail);
    }
    for (int c = 0; c < m_history->columnCount() - 1; ++c)
        m_history->resizeColumnToContents(c);
    fitRows(m_history, 3, 15);
}

void DomainDetails::changeNameServers()
{
    if (!m_domain)
        return;
    NameServersDialog dialog(m_service, m_clock, m_sessions, *m_domain, this);
    dialog.exec();
    if (dialog.draftId() != 0)
        afterChange();
}

void DomainDetails::toggleAutoRenew()
{
    if (!m_domain)
        return;
    if (AutoRenewChange::run(this, m_service, m_clock, m_sessions, *m_domain))
        afterChange();
}

void DomainDetails::renew()
{
    if (!m_domain)
        return;
    RenewDialog dialog(m_service, m_clock, m_sessions, *m_domain, this);
    dialog.exec();
    if (dialog.draftId() != 0)
        afterChange();
}

void DomainDetails::startOwnerChange()
{
    if (!m_domain)
        return;
    OwnerChangeWizard wizard(m_service, m_clock, m_sessions, *m_domain, this);
    wizard.exec();
    if (wizard.draftId() != 0)
        afterChange();
}

void DomainDetails::deleteDomain()
{
    if (!m_domain)
        return;
    DeleteDialog dialog(m_service, m_clock, m_sessions, *m_domain, this);
    dialog.exec();
    if (dialog.draftId() != 0)
        afterChange();
}

void DomainDetails::recordVerification()
{
    if (!m_domain)
        return;
    VerificationDialog dialog(m_service, m_clock, *m_domain, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void DomainDetails::addNote()
{
    if (!m_domain)
        return;
    NoteDialog dialog(m_service, NoteDialog::Target::Domain, m_domain->id, m_domain->uLabel, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void DomainDetails::updateDraftButton()
{
    const QTreeWidgetItem* item = m_drafts->currentItem();
    const auto state =
        item ? Draft::State(item->data(0, Qt::UserRole + 1).toInt()) : Draft::State::Done;
    // Done and refused drafts are final; the others may go (again) after a check.
    m_sendDraft->setEnabled(m_domain && item && state != Draft::State::Done &&
                            state != Draft::State::Failed);
}

void DomainDetails::sendSelectedDraft()
{
    const QTreeWidgetItem* item = m_drafts->currentItem();
    if (!item)
        return;
    DraftSending::send(this, m_service, m_clock, m_sessions,
                       item->data(0, Qt::UserRole).toLongLong());
    afterChange();
}

} // namespace rd::ui
