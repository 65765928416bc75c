#include "details/PanelText.h"

#include "rules/TimeFormat.h"

#include <QLabel>
#include <QLocale>
#include <QStringBuilder>
#include <QTimeZone>

namespace rd::ui {

QString PanelText::escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString PanelText::domainLink(const QString& aLabel, const QString& shown)
{
    return QStringLiteral("<a href=\"domain:%1\">%2</a>").arg(escaped(aLabel), escaped(shown));
}

QString PanelText::contactLink(const QString& handle, const QString& shown)
{
    return QStringLiteral("<a href=\"contact:%1\">%2</a>").arg(escaped(handle), escaped(shown));
}

QString PanelText::actionLink(qint64 id, const QString& shown)
{
    return QStringLiteral("<a href=\"action:%1\">%2</a>").arg(id).arg(escaped(shown));
}

QString PanelText::moment(const QDateTime& utc)
{
    return utc.isValid() ? timeformat::forPeople(utc, QTimeZone::systemTimeZone(), QLocale())
                         : tr("unknown");
}

QString PanelText::date(const QDateTime& utc)
{
    return utc.isValid() ? timeformat::dateForPeople(utc, QTimeZone::systemTimeZone(), QLocale())
                         : tr("unknown");
}

QString PanelText::of(ActionKind kind)
{
    return kind == ActionKind::OwnerChange ? tr("Owner change") : tr("Registrant verification");
}

QString PanelText::of(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return tr("Open");
    case ActionState::AwaitingHolder:
        return tr("Waiting for the current holder");
    case ActionState::AwaitingNewHolder:
        return tr("Waiting for the new holder");
    case ActionState::VerifyingNewHolder:
        return tr("Registry verifying the new holder");
    case ActionState::Closed:
        break;
    }
    return tr("Closed");
}

QString PanelText::of(ActionStepKind step)
{
    switch (step) {
    case ActionStepKind::Opened:
        return tr("Opened");
    case ActionStepKind::HolderApproved:
        return tr("Current holder approved");
    case ActionStepKind::NewHolderApproved:
        return tr("New holder approved");
    case ActionStepKind::Closed:
        break;
    }
    return tr("Closed");
}

QString PanelText::of(Draft::Kind kind)
{
    switch (kind) {
    case Draft::Kind::NameServers:
        return tr("Name servers");
    case Draft::Kind::AutoRenew:
        return tr("Auto-renew");
    case Draft::Kind::Renew:
        return tr("Renewal");
    case Draft::Kind::TechContacts:
        return tr("Tech contacts");
    case Draft::Kind::DsRecords:
        return tr("DS records");
    case Draft::Kind::TransferIn:
        return tr("Transfer in");
    case Draft::Kind::Delete:
        return tr("Deletion");
    case Draft::Kind::ContactData:
        return tr("Contact data");
    case Draft::Kind::OwnerChange:
        break;
    }
    return tr("Owner change");
}

QString PanelText::of(Draft::State state)
{
    switch (state) {
    case Draft::State::Draft:
        return tr("Not sent");
    case Draft::State::Sending:
        return tr("Sending");
    case Draft::State::Unknown:
        return tr("Outcome unknown");
    case Draft::State::Done:
        return tr("Done");
    case Draft::State::Failed:
        break;
    }
    return tr("Refused");
}

QString PanelText::of(RegistryStanding standing)
{
    switch (standing) {
    case RegistryStanding::Unknown:
        return tr("not compared with the registry yet");
    case RegistryStanding::Active:
        return tr("active at the registry");
    case RegistryStanding::Gone:
        return tr("gone from the registry");
    case RegistryStanding::Elsewhere:
        break;
    }
    return tr("sponsored by another registrar");
}

QString PanelText::of(VerificationState state)
{
    switch (state) {
    case VerificationState::Unverified:
        return tr("Not verified");
    case VerificationState::Requested:
        return tr("Verification requested");
    case VerificationState::Verified:
        return tr("Verified");
    case VerificationState::Failed:
        break;
    }
    return tr("Verification failed");
}

QString PanelText::of(ContactKind kind)
{
    return kind == ContactKind::Organisation ? tr("Organisation") : tr("Person");
}

QString PanelText::of(ContactLogKind kind)
{
    switch (kind) {
    case ContactLogKind::Called:
        return tr("Called");
    case ContactLogKind::Emailed:
        return tr("E-mailed");
    case ContactLogKind::Outcome:
        break;
    }
    return tr("Outcome");
}

QString PanelText::event(const QString& code)
{
    struct Known
    {
        const char* code;
        const char* text;
    };
    static const Known known[] = {
        {"domain.added", QT_TR_NOOP("Added")},
        {"domain.note", QT_TR_NOOP("Note")},
        {"action.opened", QT_TR_NOOP("Action opened")},
        {"action.advanced", QT_TR_NOOP("Action advanced")},
        {"action.closed", QT_TR_NOOP("Action closed")},
        {"action.assigned", QT_TR_NOOP("Action assigned")},
        {"action.note", QT_TR_NOOP("Action note")},
        {"draft.created", QT_TR_NOOP("Draft")},
        {"draft.sending", QT_TR_NOOP("Sending")},
        {"draft.done", QT_TR_NOOP("Sent")},
        {"draft.failed", QT_TR_NOOP("Refused")},
        {"draft.unknown", QT_TR_NOOP("Outcome unknown")},
        {"registry.changed", QT_TR_NOOP("Registry change")},
        {"registry.gone", QT_TR_NOOP("Gone from the registry")},
        {"registry.elsewhere", QT_TR_NOOP("Transferred away")},
        {"registry.back", QT_TR_NOOP("Back at the registry")},
        {"registry.message", QT_TR_NOOP("Registry message")},
    };
    for (const Known& k : known) {
        if (code == QLatin1String(k.code))
            return tr(k.text);
    }
    if (code.startsWith(QLatin1String("action-log.")))
        return tr("Contact log");
    return code;
}

QString PanelText::draftValue(const Draft& draft)
{
    switch (draft.kind) {
    case Draft::Kind::NameServers:
        return draft.value.split(QLatin1Char(',')).join(QStringLiteral(", "));
    case Draft::Kind::AutoRenew:
        return draft.value == QLatin1String("on") ? tr("on") : tr("off");
    case Draft::Kind::Renew:
        return tr("%n year(s)", nullptr, draft.value.toInt());
    case Draft::Kind::TechContacts:
        return draft.value.split(QLatin1Char(',')).join(QStringLiteral(", "));
    case Draft::Kind::DsRecords:
        return draft.value.isEmpty()
                   ? tr("none")
                   : draft.value.split(QLatin1Char(';')).join(QStringLiteral("; "));
    case Draft::Kind::OwnerChange:
    case Draft::Kind::TransferIn:
    case Draft::Kind::Delete:
    case Draft::Kind::ContactData:
        break;
    }
    return draft.value;
}

QString PanelText::table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString& h : headers)
        html += QStringLiteral("<th align=\"left\">") % escaped(h) % QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td valign=\"top\">") % cell % QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString PanelText::none()
{
    return QStringLiteral("<i>") % escaped(tr("None.")) % QStringLiteral("</i>");
}

QLabel* PanelText::richLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace rd::ui
