#include "details/ActionDetails.h"

#include "AlertPalette.h"
#include "AppIdentity.h"
#include "details/PanelText.h"
#include "dialogs/AssignDialog.h"
#include "dialogs/ContactLogDialog.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/NoteDialog.h"
#include "i18n/Labels.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringBuilder>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rd::ui {
ActionDetails::ActionDetails(PortfolioService& service, const Clock& clock, QWidget* parent)
    : DetailsPanel(parent)
    , m_service(service)
    , m_clock(clock)
{
    m_body = PanelText::scrollingBody(this);
    auto* layout = new QVBoxLayout(m_body);
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_summary = linkedLabel(QStringLiteral("summaryLabel"), m_body);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& name, const QString& text,
                            void (ActionDetails::*slot)()) {
        auto* b = new QPushButton(text, m_body);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_decision = button(QStringLiteral("decisionButton"), tr("Record decision…"),
                        &ActionDetails::recordDecision);
    button(QStringLiteral("assignButton"), tr("Assign…"), &ActionDetails::assign);
    button(QStringLiteral("noteButton"), tr("Add note…"), &ActionDetails::addNote);
    button(QStringLiteral("logButton"), tr("Log a contact…"), &ActionDetails::logContact);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_deadlines = linkedLabel(QStringLiteral("deadlinesLabel"), m_body);
    layout->addWidget(section(tr("Deadlines"), m_deadlines, m_body));
    m_steps = linkedLabel(QStringLiteral("stepsLabel"), m_body);
    layout->addWidget(section(tr("Steps"), m_steps, m_body));
    m_log = linkedLabel(QStringLiteral("logLabel"), m_body);
    layout->addWidget(section(tr("Contact log"), m_log, m_body));
    m_notes = linkedLabel(QStringLiteral("notesLabel"), m_body);
    layout->addWidget(section(tr("Notes"), m_notes, m_body));
    layout->addStretch(1);
    showAction(0);
}

void ActionDetails::showAction(qint64 id)
{
    m_id = id;
    reload();
}

void ActionDetails::reload()
{
    m_action = m_id == 0 ? std::nullopt : m_service.actions().findById(m_id);
    for (QPushButton* b : m_body->findChildren<QPushButton*>())
        b->setEnabled(m_action.has_value());
    if (!m_action) {
        m_title->setText(m_id == 0 ? tr("No action selected")
                                   : tr("There is no action with id %1.").arg(m_id));
        for (QLabel* l : {m_summary, m_steps, m_deadlines, m_notes, m_log})
            l->clear();
        return;
    }
    const PendingAction& a = *m_action;
    const std::optional<Domain> domain = m_service.domains().findById(a.domainId);
    m_domainName = domain ? domain->uLabel : QString();
    m_title->setText(tr("%1 of %2").arg(Labels::of(a.kind), m_domainName));
    m_decision->setEnabled(a.isOpen());

    QStringList summary;
    summary.append(QStringLiteral("<b>") % PanelText::escaped(tr("Action %1").arg(a.id)) %
                   QStringLiteral("</b> · ") % PanelText::escaped(Labels::of(a.state)));
    if (domain)
        summary.append(PanelText::escaped(tr("Domain:")) % QLatin1Char(' ') %
                       PanelText::domainLink(domain->aLabel, domain->uLabel) %
                       QStringLiteral(" · ") % PanelText::escaped(tr("holder:")) %
                       QLatin1Char(' ') % contactName(domain->registrantHandle));
    if (!a.newHolderHandle.isEmpty())
        summary.append(PanelText::escaped(tr("New holder:")) % QLatin1Char(' ') %
                       contactName(a.newHolderHandle));
    summary.append(PanelText::escaped(
        tr("Assigned to: %1").arg(a.assignee.isEmpty() ? tr("nobody yet") : a.assignee)));
    if (!a.isOpen())
        summary.append(PanelText::escaped(tr("Outcome: %1").arg(a.outcome)));
    m_summary->setText(summary.join(QStringLiteral("<br>")));

    QList<QStringList> rows;
    for (const Deadline& d : m_service.deadlinesOf(a.domainId)) {
        if (d.actionId != a.id)
            continue;
        const AlertLevel level = m_service.engine().levelOf(d);
        rows.append(
            {PanelText::escaped(AlertPalette::symbol(level) % QLatin1Char(' ') % Labels::of(level)),
             QStringLiteral("<b>") % PanelText::escaped(Labels::of(d.kind)) %
                 QStringLiteral("</b><br>") %
                 PanelText::escaped(
                     m_service.engine().explain(d, QTimeZone::systemTimeZone(), QLocale()))});
    }
    m_deadlines->setText(rows.isEmpty() ? PanelText::none()
                                        : PanelText::table({tr("Level"), tr("Deadline")}, rows));

    rows.clear();
    for (const ActionStep& s : a.steps)
        rows.append({PanelText::escaped(PanelText::moment(s.at)),
                     PanelText::escaped(Labels::of(s.kind)), PanelText::escaped(s.agent),
                     PanelText::escaped(s.note)});
    m_steps->setText(PanelText::table({tr("When"), tr("Step"), tr("Who"), tr("Note")}, rows));

    rows.clear();
    const QList<ContactLogEntry> log =
        DeskRecords(m_service, agentName(QStringLiteral("desk"))).contactLog(a.id);
    for (const ContactLogEntry& e : log)
        rows.append({PanelText::escaped(PanelText::moment(e.at)),
                     PanelText::escaped(Labels::of(e.kind)), PanelText::escaped(e.agent),
                     PanelText::escaped(e.text)});
    m_log->setText(rows.isEmpty()
                       ? PanelText::none()
                       : PanelText::table({tr("When"), tr("What"), tr("Who"), tr("Detail")}, rows));

    m_notes->setText(a.notes.isEmpty() ? PanelText::none()
                                       : PanelText::escaped(a.notes).replace(
                                             QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString ActionDetails::contactName(const QString& handle) const
{
    const std::optional<Contact> c = m_service.contacts().findByHandle(handle);
    if (!c || c->name.isEmpty())
        return PanelText::contactLink(handle, handle);
    return PanelText::contactLink(handle, c->name) % QStringLiteral(" (") %
           PanelText::escaped(handle) % QLatin1Char(')');
}

void ActionDetails::recordDecision()
{
    if (!m_action)
        return;
    DecisionDialog dialog(m_service, m_clock, *m_action, m_domainName, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ActionDetails::assign()
{
    if (!m_action)
        return;
    AssignDialog dialog(m_service, m_action->id, m_action->assignee, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ActionDetails::addNote()
{
    if (!m_action)
        return;
    NoteDialog dialog(m_service, NoteDialog::Target::Action, m_action->id,
                      tr("action %1").arg(m_action->id), this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ActionDetails::logContact()
{
    if (!m_action)
        return;
    ContactLogDialog dialog(m_service, m_action->id, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

} // namespace rd::ui
