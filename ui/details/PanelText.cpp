#include "details/PanelText.h"

#include "i18n/Labels.h"
#include "rules/TimeFormat.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStringBuilder>
#include <QTimeZone>
#include <QVBoxLayout>

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

QWidget* PanelText::scrollingBody(QWidget* owner)
{
    auto* outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(owner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    return body;
}

} // namespace rd::ui
