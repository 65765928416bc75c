// PortfolioService: what a refresh learns from the registry (domain:info,
// contact:info, 2303), applied one unit of work per record.
#include "service/PortfolioService.h"

#include "epp/EppTypes.h"
#include "rules/TimeFormat.h"
#include "storage/Database.h"
#include "validation/DomainNameValidator.h"
#include "validation/EmailValidator.h"
#include "validation/PhoneValidator.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

namespace rd {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QString dateOf(const QDateTime& moment)
{
    return moment.isValid() ? timeformat::toIsoUtc(moment) : QStringLiteral("-");
}

QString onOff(bool value)
{
    return value ? PortfolioService::tr("on") : PortfolioService::tr("off");
}

QString listOf(const QStringList& values)
{
    return values.isEmpty() ? QStringLiteral("-") : values.join(QStringLiteral(", "));
}

QStringList hostsOf(const QList<NameServer>& servers)
{
    QStringList hosts;
    for (const NameServer& ns : servers) {
        hosts.append(ns.addresses.isEmpty()
                         ? ns.host
                         : ns.host + QStringLiteral(" (") + ns.addresses.join(QStringLiteral(" ")) +
                               QLatin1Char(')'));
    }
    return hosts;
}

QStringList dsOf(const QList<DsRecord>& records)
{
    QStringList shown;
    for (const DsRecord& ds : records)
        shown.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(ds.keyTag)
                         .arg(ds.algorithm)
                         .arg(ds.digestType)
                         .arg(ds.digest));
    return shown;
}

// The registry writes a Portuguese VAT as PT + NIF; the portfolio keeps the
// nine digits (as NifValidator normalises them).
QString localVat(const QString& registryVat)
{
    static const QRegularExpression portuguese(QStringLiteral("^PT(\\d{9})$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = portuguese.match(registryVat.trimmed());
    return match.hasMatch() ? match.captured(1) : registryVat.trimmed();
}

} // namespace

QStringList PortfolioService::registryDifferences(const Domain& before, const Domain& after)
{
    QStringList lines;
    const auto compare = [&](const QString& field, const QString& was, const QString& is) {
        if (was != is)
            lines.append(tr("%1: %2 → %3").arg(field, was, is));
    };
    compare(tr("ROID"), before.roid, after.roid);
    compare(tr("statuses"), listOf(before.statuses), listOf(after.statuses));
    compare(tr("holder"), before.registrantHandle, after.registrantHandle);
    compare(tr("tech contacts"), listOf(before.techHandles), listOf(after.techHandles));
    compare(tr("name servers"), listOf(hostsOf(before.nameServers)),
            listOf(hostsOf(after.nameServers)));
    compare(tr("DS records"), listOf(dsOf(before.dsRecords)), listOf(dsOf(after.dsRecords)));
    compare(tr("created"), dateOf(before.createdAt), dateOf(after.createdAt));
    compare(tr("expiry"), dateOf(before.expiresAt), dateOf(after.expiresAt));
    compare(tr("auto-renew"), onOff(before.autoRenew), onOff(after.autoRenew));
    compare(tr("arbitration"), onOff(before.arbitration), onOff(after.arbitration));
    compare(tr("owner confirmation"), onOff(before.ownerConf), onOff(after.ownerConf));
    compare(tr("registry lock"), onOff(before.registryLock), onOff(after.registryLock));
    return lines;
}

Domain PortfolioService::withRegistryFacts(const Domain& local, const epp::DomainInfoData& info)
{
    Domain merged = local;
    merged.roid = info.roid;
    merged.statuses.clear();
    for (const epp::ObjectStatus& status : info.statuses)
        merged.statuses.append(status.value);
    merged.registrantHandle = info.registrant;
    merged.techHandles = info.contactsOfType(u"tech");
    merged.nameServers = info.nameServers;
    for (const QString& host : info.hostObjects)
        merged.nameServers.append({host, {}});
    merged.dsRecords = info.dsRecords;
    if (info.createdAt.isValid())
        merged.createdAt = info.createdAt;
    if (info.expiresAt.isValid())
        merged.expiresAt = info.expiresAt;
    if (info.pt) {
        merged.autoRenew = info.pt->autoRenew.value_or(merged.autoRenew);
        merged.arbitration = info.pt->arbitration.value_or(merged.arbitration);
        merged.ownerConf = info.pt->ownerConf.value_or(merged.ownerConf);
        merged.registryLock = info.pt->registryLock.value_or(merged.registryLock);
    }
    return merged;
}

std::optional<QStringList>
PortfolioService::previewDomainInfo(const epp::DomainInfoData& info) const
{
    const std::optional<Domain> local = m_domains.findByName(info.name);
    if (!local)
        return std::nullopt;
    return registryDifferences(*local, withRegistryFacts(*local, info));
}

bool PortfolioService::closeActionsOf(qint64 domainId, const QDateTime& at, const QString& outcome,
                                      QString* error)
{
    // Nothing stays open on a domain that is gone or sponsored elsewhere.
    for (const PendingAction& action : m_actions.forDomain(domainId, true)) {
        const QDateTime last = action.steps.isEmpty() ? at : action.steps.constLast().at;
        if (!closeActionLocked(action.id, std::max(at.toUTC(), last), outcome, error))
            return false;
    }
    return true;
}

QString PortfolioService::ownerChangeEnding(const Domain& before, const PendingAction& action,
                                            bool pendingNow, const QDateTime& at) const
{
    // The party deadlines of the action (.PT policy 2.4: 8 days each) that
    // have passed: the change lapsed, whatever the registry said of it.
    bool lapsed = false;
    for (const Deadline& deadline : m_engine.evaluate(DomainFacts::of(before), {action})) {
        if (deadline.actionId == action.id &&
            (deadline.kind == DeadlineKind::OwnerChangeHolder ||
             deadline.kind == DeadlineKind::OwnerChangeNewHolder) &&
            deadline.due <= at)
            lapsed = true;
    }
    // Still pending at the registry, or never seen pending there and still
    // within its deadlines (the registry may not have recorded it yet).
    const bool wasPending = before.statuses.contains(QLatin1String("pendingUpdate"));
    if (pendingNow || !(wasPending || lapsed))
        return {};

    // The registry's own words, when its poll queue gave any since the
    // action opened (.PT's message texts are unconfirmed, pt-registry.md E15:
    // matched loosely, and only to choose the wording).
    QString said;
    for (const HistoryEntry& entry : m_history.forDomain(before.id)) {
        if (entry.event == QLatin1String("registry.message") && entry.at >= action.openedAt())
            said = entry.detail;
    }
    const QString lower = said.toLower();
    if (lower.contains(QLatin1String("refus")) || lower.contains(QLatin1String("recus")))
        return tr("The owner change was refused at the registry; %1 is still the holder. (%2)")
            .arg(before.registrantHandle, said);
    if (lapsed || lower.contains(QLatin1String("laps")) || lower.contains(QLatin1String("expir")))
        return tr("The owner change lapsed: a holder did not answer within 8 days, and %1 is "
                  "still the holder.")
            .arg(before.registrantHandle);
    return tr("The owner change ended at the registry without taking effect (refused or "
              "cancelled); %1 is still the holder.")
        .arg(before.registrantHandle);
}

bool PortfolioService::followOwnerChanges(const Domain& before, const epp::DomainInfoData& info,
                                          const QDateTime& at, QString* error)
{
    const bool pendingNow = info.hasStatus(u"pendingUpdate");
    const QList<PendingAction> actions = m_actions.forDomain(before.id, false);
    qint64 lastOwnerChange = 0;
    for (const PendingAction& action : actions) {
        if (action.kind == ActionKind::OwnerChange && action.id > lastOwnerChange)
            lastOwnerChange = action.id;
    }
    for (const PendingAction& action : actions) {
        if (action.kind != ActionKind::OwnerChange)
            continue;
        QString why;
        if (action.isOpen()) {
            // Done once the registry shows its new holder (pt-registry.md 2.4);
            // over when the registry no longer has it pending.
            if (!action.newHolderHandle.isEmpty() && action.newHolderHandle == info.registrant)
                why = tr("The registry shows the new holder %1: the owner change is done.")
                          .arg(info.registrant);
            else
                why = ownerChangeEnding(before, action, pendingNow, at);
            const QDateTime last = action.steps.isEmpty() ? at : action.steps.constLast().at;
            if (!why.isEmpty() &&
                !closeActionLocked(action.id, std::max(at.toUTC(), last), why, error))
                return false;
        } else if (!action.newHolderHandle.isEmpty() &&
                   action.newHolderHandle == before.registrantHandle &&
                   info.registrant != before.registrantHandle && action.id == lastOwnerChange) {
            // The holder an owner change brought is gone again: the registry
            // reverses a change whose new holder fails verification within 2
            // days (pt-registry.md 2.4, 3.1).
            if (!record(before.id, at, QStringLiteral("registry.reversed"),
                        tr("The registry shows the holder %1 instead of %2, the new holder of the "
                           "last owner change: the change was reversed.")
                            .arg(info.registrant, before.registrantHandle),
                        error))
                return false;
        }
    }
    return true;
}

bool PortfolioService::applyDomainInfo(const epp::DomainInfoData& info, const QString& ourClientId,
                                       const QDateTime& at, QStringList* differences,
                                       QString* error)
{
    return m_db.transaction(
        [&] {
            const std::optional<Domain> local = m_domains.findByName(info.name);
            if (!local) {
                setError(error, tr("There is no domain named %1 in the portfolio.")
                                    .arg(epp::toULabel(info.name)));
                return false;
            }
            const DomainSyncState previous = m_sync.stateOf(local->id);
            DomainSyncState state{RegistryStanding::Active, at.toUTC(), info.clientId};
            // Another registrar sponsors it: flagged, never deleted; what the
            // registry shows of it is not ours to copy.
            if (!info.clientId.isEmpty() && info.clientId != ourClientId) {
                state.state = RegistryStanding::Elsewhere;
                if (previous.state != RegistryStanding::Elsewhere &&
                    !record(local->id, at, QStringLiteral("registry.elsewhere"),
                            tr("The registry says %1 sponsors this domain now: it was "
                               "transferred away.")
                                .arg(info.clientId),
                            error))
                    return false;
                return closeActionsOf(local->id, at,
                                      tr("The domain was transferred to another registrar."),
                                      error) &&
                       m_sync.setState(local->id, state, error);
            }

            if (!followOwnerChanges(*local, info, at, error))
                return false;
            Domain merged = withRegistryFacts(*local, info);
            const QStringList changed = registryDifferences(*local, merged);
            if (differences)
                *differences = changed;
            if (previous.state == RegistryStanding::Gone ||
                previous.state == RegistryStanding::Elsewhere) {
                if (!record(local->id, at, QStringLiteral("registry.back"),
                            tr("The registry shows this domain as ours again."), error))
                    return false;
            }
            if (!changed.isEmpty()) {
                if (!m_domains.update(merged, error) ||
                    !record(local->id, at, QStringLiteral("registry.changed"),
                            tr("Refreshed from the registry: %1")
                                .arg(changed.join(QStringLiteral("; "))),
                            error) ||
                    !refreshNextDeadline(local->id, error))
                    return false;
            }
            return m_sync.setState(local->id, state, error);
        },
        error);
}

bool PortfolioService::applyDomainMissing(const QString& aLabel, RegistryStanding state,
                                          const QString& reason, const QDateTime& at,
                                          QString* error)
{
    return m_db.transaction(
        [&] {
            const std::optional<Domain> local = m_domains.findByName(aLabel);
            if (!local) {
                setError(
                    error,
                    tr("There is no domain named %1 in the portfolio.").arg(epp::toULabel(aLabel)));
                return false;
            }
            const DomainSyncState previous = m_sync.stateOf(local->id);
            // Said once, when it is first found missing; later refreshes only
            // confirm it.
            if (previous.state != state) {
                const QString detail =
                    state == RegistryStanding::Gone
                        ? tr("The registry does not have this domain (%1); it stays in the "
                             "portfolio, flagged.")
                              .arg(reason)
                        : tr("The registry will not show this domain to us (%1): another "
                             "registrar sponsors it.")
                              .arg(reason);
                if (!record(local->id, at,
                            state == RegistryStanding::Gone ? QStringLiteral("registry.gone")
                                                            : QStringLiteral("registry.elsewhere"),
                            detail, error))
                    return false;
            }
            const QString outcome = state == RegistryStanding::Gone
                                        ? tr("The domain was deleted at the registry.")
                                        : tr("The domain was transferred to another registrar.");
            return closeActionsOf(local->id, at, outcome, error) &&
                   m_sync.setState(local->id, {state, at.toUTC(), previous.sponsor}, error);
        },
        error);
}

QStringList PortfolioService::unknownContacts(const epp::DomainInfoData& info) const
{
    QStringList missing;
    for (const QString& handle : QStringList{info.registrant} + info.contactsOfType(u"tech")) {
        if (!handle.isEmpty() && !missing.contains(handle) && !m_contacts.findByHandle(handle))
            missing.append(handle);
    }
    return missing;
}

bool PortfolioService::applyContactInfo(const epp::ContactInfoData& info, const QDateTime& at,
                                        QString* error)
{
    return m_db.transaction(
        [&] {
            std::optional<Contact> local = m_contacts.findByHandle(info.id);
            Contact contact = local.value_or(Contact());
            contact.handle = info.id;
            if (const epp::PostalInfo* postal = info.postalInfo()) {
                contact.name = postal->name;
                contact.organisation = postal->organisation;
                contact.address = postal->address;
            }
            if (!local)
                contact.kind = contact.organisation.isEmpty() ? ContactKind::Person
                                                              : ContactKind::Organisation;
            contact.email = info.email;
            contact.voice = info.voice;
            contact.mobile = info.mobile;
            contact.vat = localVat(info.vat);
            const bool saved =
                local ? m_contacts.update(contact, error) : m_contacts.insert(contact, error);
            return saved && m_sync.setContactSynced(contact.id, at.toUTC(), error);
        },
        error);
}

bool PortfolioService::recordRegistryMessage(const QString& aLabel, const QString& id,
                                             const QString& text, const QDateTime& queuedAt,
                                             QString* error)
{
    const std::optional<Domain> local = m_domains.findByName(aLabel);
    if (!local)
        return false;
    return m_db.transaction(
        [&] {
            return record(local->id, queuedAt.isValid() ? queuedAt : m_clock.now(),
                          QStringLiteral("registry.message"),
                          tr("Registry message %1: %2").arg(id, text), error);
        },
        error);
}

std::optional<QList<DsRecord>> PortfolioService::parseDsRecords(const QString& text, QString* error)
{
    // "keyTag algorithm digestType digest" (RFC 5910 dsData, RFC 4034 5.1);
    // records separated by ';'. "none" or nothing: no DS records.
    QList<DsRecord> records;
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return records;
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]+$"));
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList fields = part.simplified().split(QLatin1Char(' '));
        if (fields.size() != 4) {
            setError(error, tr("\"%1\" is not a DS record: give key tag, algorithm, digest type "
                               "and digest.")
                                .arg(part.trimmed()));
            return std::nullopt;
        }
        bool tagOk = false, algOk = false, typeOk = false;
        DsRecord ds;
        ds.keyTag = fields.at(0).toInt(&tagOk);
        ds.algorithm = fields.at(1).toInt(&algOk);
        ds.digestType = fields.at(2).toInt(&typeOk);
        ds.digest = fields.at(3).toUpper();
        // Digest lengths: SHA-1 (1) 20 bytes, SHA-256 (2) 32, SHA-384 (4) 48
        // (RFC 4034, 4509, 6605).
        const int length = ds.digestType == 1   ? 40
                           : ds.digestType == 2 ? 64
                           : ds.digestType == 4 ? 96
                                                : 0;
        if (!tagOk || ds.keyTag < 0 || ds.keyTag > 65535 || !algOk || ds.algorithm < 1 ||
            ds.algorithm > 255 || !typeOk || length == 0 || ds.digest.size() != length ||
            !hex.match(ds.digest).hasMatch()) {
            setError(error, tr("\"%1\" is not a valid DS record (key tag 0-65535, algorithm "
                               "1-255, digest type 1, 2 or 4 with a digest of its length in hex).")
                                .arg(part.trimmed()));
            return std::nullopt;
        }
        records.append(ds);
    }
    return records;
}

QString PortfolioService::formatDsRecords(const QList<DsRecord>& records)
{
    return dsOf(records).join(QLatin1Char(';'));
}

std::optional<qint64> PortfolioService::draftChange(const QString& domainName, Draft::Kind kind,
                                                    const QString& value, QString* error)
{
    DomainName parsed;
    const ValidationResult name = DomainNameValidator::validate(domainName, &parsed);
    if (!name) {
        setError(error, name.reason);
        return std::nullopt;
    }
    Draft draft;
    draft.kind = kind;
    QString detail;
    switch (kind) {
    case Draft::Kind::NameServers: {
        // Host names: letters, digits, hyphens, dots; at least two labels.
        static const QRegularExpression host(
            QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
        QStringList hosts;
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString h = epp::toALabel(part.trimmed());
            if (!host.match(h).hasMatch()) {
                setError(error, tr("\"%1\" is not a host name.").arg(part.trimmed()));
                return std::nullopt;
            }
            if (!hosts.contains(h))
                hosts.append(h);
        }
        // RFC 5731 allows up to 13; a delegation needs at least two.
        if (hosts.size() < 2 || hosts.size() > 13) {
            setError(error, tr("Give 2 to 13 name servers."));
            return std::nullopt;
        }
        draft.value = hosts.join(QLatin1Char(','));
        detail = tr("Draft: name servers %1.").arg(hosts.join(QStringLiteral(", ")));
        break;
    }
    case Draft::Kind::AutoRenew: {
        const QString v = value.trimmed().toLower();
        if (v != QLatin1String("on") && v != QLatin1String("off")) {
            setError(error, tr("Auto-renew is on or off, not \"%1\".").arg(value));
            return std::nullopt;
        }
        draft.value = v;
        detail = tr("Draft: auto-renew %1.").arg(v == QLatin1String("on") ? tr("on") : tr("off"));
        break;
    }
    case Draft::Kind::Renew: {
        // .PT renews for 1, 3 or 5 years (pt-registry.md 2.2).
        const QString v = value.trimmed();
        if (v != QLatin1String("1") && v != QLatin1String("3") && v != QLatin1String("5")) {
            setError(error,
                     tr("A .pt domain is renewed for 1, 3 or 5 years, not \"%1\".").arg(value));
            return std::nullopt;
        }
        draft.value = v;
        detail = tr("Draft: renew for %n year(s).", nullptr, v.toInt());
        break;
    }
    case Draft::Kind::OwnerChange: {
        // The new holder must be known here: the pending action names it.
        const QString handle = value.trimmed();
        if (!m_contacts.findByHandle(handle)) {
            setError(error, tr("There is no contact with the handle %1.").arg(handle));
            return std::nullopt;
        }
        draft.value = handle;
        detail = tr("Draft: owner change to %1.").arg(handle);
        break;
    }
    case Draft::Kind::TechContacts: {
        QStringList handles;
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString handle = part.trimmed();
            if (!m_contacts.findByHandle(handle)) {
                setError(error, tr("There is no contact with the handle %1.").arg(handle));
                return std::nullopt;
            }
            if (!handles.contains(handle))
                handles.append(handle);
        }
        if (handles.isEmpty()) {
            setError(error, tr("Give at least one tech contact."));
            return std::nullopt;
        }
        draft.value = handles.join(QLatin1Char(','));
        detail = tr("Draft: tech contacts %1.").arg(handles.join(QStringLiteral(", ")));
        break;
    }
    case Draft::Kind::DsRecords: {
        const std::optional<QList<DsRecord>> records = parseDsRecords(value, error);
        if (!records)
            return std::nullopt;
        draft.value = formatDsRecords(*records);
        detail = records->isEmpty() ? tr("Draft: no DS records (DNSSEC off).")
                                    : tr("Draft: DS records %1.").arg(draft.value);
        break;
    }
    case Draft::Kind::TransferIn:
        detail = tr("Draft: transfer in to this registrar; the auth code is asked when it is "
                    "sent.");
        break;
    case Draft::Kind::Delete:
        detail = tr("Draft: delete the domain at the registry.");
        break;
    case Draft::Kind::ContactData: {
        // The e-mail and phone numbers of the domain's holder or a tech
        // contact (contact:update, RFC 5733 3.2.5; mobile: ptcontact).
        const QJsonObject wanted = QJsonDocument::fromJson(value.toUtf8()).object();
        QJsonObject checked{{QStringLiteral("contact"), wanted.value(QStringLiteral("contact"))}};
        QStringList said;
        for (const QString& field :
             {QStringLiteral("email"), QStringLiteral("voice"), QStringLiteral("mobile")}) {
            if (!wanted.contains(field))
                continue;
            const QString given = wanted.value(field).toString();
            const ValidationResult valid = field == QLatin1String("email")
                                               ? EmailValidator::validate(given)
                                               : PhoneValidator::validate(given);
            if (!valid) {
                setError(error, valid.reason);
                return std::nullopt;
            }
            checked.insert(field, valid.value);
            said.append(field + QLatin1Char(' ') + valid.value);
        }
        if (said.isEmpty()) {
            setError(error, tr("Give the contact's new e-mail, phone or mobile."));
            return std::nullopt;
        }
        draft.value = QString::fromUtf8(QJsonDocument(checked).toJson(QJsonDocument::Compact));
        detail = tr("Draft: contact %1: %2.")
                     .arg(checked.value(QStringLiteral("contact")).toString(),
                          said.join(QStringLiteral(", ")));
        break;
    }
    }
    qint64 id = 0;
    const bool ok = m_db.transaction(
        [&] {
            std::optional<Domain> domain = m_domains.findByName(parsed.aLabel);
            // A domain to transfer in need not be ours yet: it enters the
            // portfolio with what the registry will tell after the transfer.
            if (!domain && kind == Draft::Kind::TransferIn) {
                Domain incoming;
                incoming.aLabel = parsed.aLabel;
                incoming.uLabel = parsed.uLabel;
                if (!insertDomain(incoming, error))
                    return false;
                domain = incoming;
            }
            if (!domain) {
                setError(error,
                         tr("There is no domain named %1 in the portfolio.").arg(parsed.uLabel));
                return false;
            }
            if (kind == Draft::Kind::ContactData) {
                const QString handle = QJsonDocument::fromJson(draft.value.toUtf8())
                                           .object()
                                           .value(QStringLiteral("contact"))
                                           .toString();
                if (handle != domain->registrantHandle && !domain->techHandles.contains(handle)) {
                    setError(error, tr("%1 is neither the holder nor a tech contact of %2.")
                                        .arg(handle, parsed.uLabel));
                    return false;
                }
            }
            draft.domainId = domain->id;
            draft.createdAt = m_clock.now();
            draft.agent = m_agent;
            if (!m_drafts.insert(draft, error) ||
                !record(domain->id, draft.createdAt, QStringLiteral("draft.created"), detail,
                        error))
                return false;
            id = draft.id;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return id;
}

bool PortfolioService::saveDraft(const Draft& draft, const QString& detail, QString* error)
{
    return m_db.transaction(
        [&] {
            return m_drafts.update(draft, error) &&
                   (detail.isEmpty() ||
                    record(draft.domainId, m_clock.now(),
                           QStringLiteral("draft.") + toCode(draft.state), detail, error));
        },
        error);
}

} // namespace rd
