#include "service/DeskRecords.h"

#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringBuilder>

namespace rd {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

const QLatin1String logPrefix("action-log.");

} // namespace

DeskRecords::DeskRecords(PortfolioService& service, QString agent)
    : m_service(service)
    , m_agent(std::move(agent))
{}

QString DeskRecords::toCode(ContactLogKind kind)
{
    switch (kind) {
    case ContactLogKind::Called:
        return QStringLiteral("called");
    case ContactLogKind::Emailed:
        return QStringLiteral("emailed");
    case ContactLogKind::Outcome:
        break;
    }
    return QStringLiteral("outcome");
}

std::optional<ContactLogKind> DeskRecords::contactLogKindFromCode(const QString& code)
{
    for (ContactLogKind kind :
         {ContactLogKind::Called, ContactLogKind::Emailed, ContactLogKind::Outcome}) {
        if (toCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString DeskRecords::eventOf(qint64 actionId, ContactLogKind kind)
{
    return logPrefix % toCode(kind) % QLatin1Char('.') % QString::number(actionId);
}

QString DeskRecords::logPattern(ContactLogKind kind)
{
    switch (kind) {
    case ContactLogKind::Called:
        return tr("Action %1, called: %2");
    case ContactLogKind::Emailed:
        return tr("Action %1, e-mailed: %2");
    case ContactLogKind::Outcome:
        break;
    }
    return tr("Action %1, outcome: %2");
}

QString DeskRecords::notedLine(const QString& text) const
{
    return tr("%1, %2: %3")
        .arg(timeformat::toIsoUtc(m_service.engine().clock().now()), m_agent, text.trimmed());
}

bool DeskRecords::assign(qint64 actionId, const QString& assignee, QString* error)
{
    const QDateTime now = m_service.engine().clock().now();
    return m_service.database().transaction(
        [&] {
            std::optional<PendingAction> action = m_service.actions().findById(actionId);
            if (!action) {
                setError(error, tr("There is no action with id %1.").arg(actionId));
                return false;
            }
            action->assignee = assignee.trimmed();
            HistoryEntry entry{
                0,
                action->domainId,
                now,
                m_agent,
                QStringLiteral("action.assigned"),
                action->assignee.isEmpty()
                    ? tr("Action %1 no longer assigned.").arg(actionId)
                    : tr("Action %1 assigned to %2.").arg(actionId).arg(action->assignee)};
            return m_service.actions().update(*action, error) &&
                   m_service.history().append(entry, error);
        },
        error);
}

bool DeskRecords::addActionNote(qint64 actionId, const QString& text, QString* error)
{
    if (text.trimmed().isEmpty()) {
        setError(error, tr("Action %1: the note is empty.").arg(actionId));
        return false;
    }
    const QDateTime now = m_service.engine().clock().now();
    return m_service.database().transaction(
        [&] {
            std::optional<PendingAction> action = m_service.actions().findById(actionId);
            if (!action) {
                setError(error, tr("There is no action with id %1.").arg(actionId));
                return false;
            }
            const QString line = notedLine(text);
            action->notes =
                action->notes.isEmpty() ? line : action->notes % QLatin1Char('\n') % line;
            HistoryEntry entry{0,
                               action->domainId,
                               now,
                               m_agent,
                               QStringLiteral("action.note"),
                               tr("Note on action %1: %2").arg(actionId).arg(text.trimmed())};
            return m_service.actions().update(*action, error) &&
                   m_service.history().append(entry, error);
        },
        error);
}

bool DeskRecords::addDomainNote(qint64 domainId, const QString& text, QString* error)
{
    if (text.trimmed().isEmpty()) {
        setError(error, tr("The note is empty."));
        return false;
    }
    const QDateTime now = m_service.engine().clock().now();
    return m_service.database().transaction(
        [&] {
            std::optional<Domain> domain = m_service.domains().findById(domainId);
            if (!domain) {
                setError(error, tr("There is no domain with id %1.").arg(domainId));
                return false;
            }
            const QString line = notedLine(text);
            domain->notes =
                domain->notes.isEmpty() ? line : domain->notes % QLatin1Char('\n') % line;
            HistoryEntry entry{0,
                               domainId,
                               now,
                               m_agent,
                               QStringLiteral("domain.note"),
                               tr("Note: %1").arg(text.trimmed())};
            return m_service.domains().update(*domain, error) &&
                   m_service.history().append(entry, error);
        },
        error);
}

bool DeskRecords::logContact(qint64 actionId, ContactLogKind kind, const QString& text,
                             QString* error)
{
    if (text.trimmed().isEmpty()) {
        setError(error, tr("Action %1: say what was said or what came of it.").arg(actionId));
        return false;
    }
    const std::optional<PendingAction> action = m_service.actions().findById(actionId);
    if (!action) {
        setError(error, tr("There is no action with id %1.").arg(actionId));
        return false;
    }
    const QString detail = logPattern(kind);
    HistoryEntry entry{0,       action->domainId,        m_service.engine().clock().now(),
                       m_agent, eventOf(actionId, kind), detail.arg(actionId).arg(text.trimmed())};
    return m_service.database().transaction(
        [&] { return m_service.history().append(entry, error); }, error);
}

QList<ContactLogEntry> DeskRecords::contactLog(qint64 actionId) const
{
    QList<ContactLogEntry> log;
    const std::optional<PendingAction> action = m_service.actions().findById(actionId);
    if (!action)
        return log;
    const QString suffix = QLatin1Char('.') % QString::number(actionId);
    for (const HistoryEntry& entry : m_service.history().forDomain(action->domainId)) {
        if (!entry.event.startsWith(logPrefix) || !entry.event.endsWith(suffix))
            continue;
        const QString code = entry.event.mid(logPrefix.size(),
                                             entry.event.size() - logPrefix.size() - suffix.size());
        const std::optional<ContactLogKind> kind = contactLogKindFromCode(code);
        if (!kind)
            continue;
        // Written in this language: the words before the agent's text are known.
        const QString before = logPattern(*kind).arg(actionId).arg(QString());
        log.append(
            {actionId, *kind, entry.at, entry.agent, entry.detail,
             entry.detail.startsWith(before) ? entry.detail.mid(before.size()) : entry.detail});
    }
    return log;
}

QList<ContactRole> DeskRecords::rolesOf(qint64 contactId) const
{
    QList<ContactRole> roles;
    QSqlQuery query(m_service.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.a_label, d.u_label, d.registrant_id = ?,"
        " EXISTS (SELECT 1 FROM domain_contacts c WHERE c.domain_id = d.id AND c.contact_id = ?)"
        " FROM domains d WHERE d.registrant_id = ? OR d.id IN"
        " (SELECT domain_id FROM domain_contacts WHERE contact_id = ?) ORDER BY d.a_label"));
    for (int i = 0; i < 4; ++i)
        query.addBindValue(contactId);
    if (!query.exec())
        return roles;
    while (query.next()) {
        roles.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toBool(), query.value(4).toBool()});
    }
    return roles;
}

QStringList DeskRecords::knownAgents() const
{
    QStringList agents;
    QSqlQuery query(m_service.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT agent FROM history UNION SELECT assignee FROM actions"
                                   " WHERE assignee IS NOT NULL AND assignee <> ''")))
        return agents;
    while (query.next())
        agents.append(query.value(0).toString());
    agents.sort(Qt::CaseInsensitive);
    return agents;
}

} // namespace rd
