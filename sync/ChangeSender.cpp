#include "ChangeSender.h"

#include "epp/EppCommands.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/SyncRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

QJsonObject contactDraft(const Draft& draft)
{
    return QJsonDocument::fromJson(draft.value.toUtf8()).object();
}

QStringList hostsOf(const QList<NameServer>& servers)
{
    QStringList hosts;
    for (const NameServer& ns : servers)
        hosts.append(ns.host.toLower());
    hosts.sort();
    return hosts;
}

// A renew draft remembers the expiry it was sent against (its curExpDate).
const QLatin1String curExpPrefix("curExpDate=");

} // namespace

ChangeSender::ChangeSender(PortfolioService& service, const Clock& clock, BlockingSession& session,
                           QString clientId)
    : m_service(service)
    , m_clock(clock)
    , m_session(session)
    , m_clientId(std::move(clientId))
{}

ChangeSender::Lookup ChangeSender::lookUp(const QString& aLabel, bool apply)
{
    Lookup found;
    const CommandResult result = m_session.run([&](const QString& id) {
        return epp::domainInfoCommand({aLabel, {}}, id);
    });
    if (!result.isAnswered()) {
        found.error = result.error;
        return found;
    }
    if (!result.response->isSuccess() || !result.response->domainInfo) {
        found.code = result.response->code();
        found.error = result.response->results.constFirst().describe();
        return found;
    }
    const epp::DomainInfoData info = *result.response->domainInfo;
    if (apply) {
        // Holders and tech contacts the portfolio does not know yet come first.
        for (const QString& handle : m_service.unknownContacts(info)) {
            const CommandResult contact = m_session.run(
                [&](const QString& id) { return epp::contactInfoCommand(handle, id); });
            if (!contact.isAnswered() || !contact.response->contactInfo) {
                found.error = contact.isAnswered()
                                  ? contact.response->results.constFirst().describe()
                                  : contact.error;
                return found;
            }
            if (!m_service.applyContactInfo(*contact.response->contactInfo, m_clock.now(),
                                            &found.error))
                return found;
        }
        if (!m_service.applyDomainInfo(info, m_clientId, m_clock.now(), nullptr, &found.error))
            return found;
    }
    found.info = info;
    return found;
}

ChangeSender::Lookup ChangeSender::lookUpFor(const Draft& draft, const QString& aLabel, bool apply)
{
    Lookup found = lookUp(aLabel, apply);
    m_contactInfo.reset();
    if (!found.info || draft.kind != Draft::Kind::ContactData)
        return found;
    // Contact data is checked against the contact itself.
    const QString handle = contactDraft(draft).value(QStringLiteral("contact")).toString();
    const CommandResult contact =
        m_session.run([&](const QString& id) { return epp::contactInfoCommand(handle, id); });
    if (!contact.isAnswered() || !contact.response->contactInfo) {
        found.info.reset();
        found.error = contact.isAnswered() ? contact.response->results.constFirst().describe()
                                           : contact.error;
        return found;
    }
    m_contactInfo = *contact.response->contactInfo;
    if (!m_service.applyContactInfo(*m_contactInfo, m_clock.now(), &found.error))
        found.info.reset();
    return found;
}

bool ChangeSender::applied(const Draft& draft, const epp::DomainInfoData& info) const
{
    const auto sameSet = [](QStringList a, QStringList b) {
        a.sort();
        b.sort();
        return a == b;
    };
    switch (draft.kind) {
    case Draft::Kind::NameServers: {
        QList<NameServer> servers = info.nameServers;
        for (const QString& host : info.hostObjects)
            servers.append({host, {}});
        return sameSet(hostsOf(servers), draft.value.split(QLatin1Char(',')));
    }
    case Draft::Kind::AutoRenew:
        return info.pt && info.pt->autoRenew == (draft.value == QLatin1String("on"));
    case Draft::Kind::OwnerChange:
        // Accepted by the registry: pending (both holders must approve), or done.
        return info.registrant == draft.value || info.hasStatus(u"pendingUpdate");
    case Draft::Kind::Renew: {
        // Applied when the expiry moved past the one the renew was sent against.
        if (!draft.result.startsWith(curExpPrefix))
            return false;
        const QDate sentAgainst =
            QDate::fromString(draft.result.mid(curExpPrefix.size()), Qt::ISODate);
        return sentAgainst.isValid() && info.expiresAt.toUTC().date() > sentAgainst;
    }
    case Draft::Kind::TechContacts:
        return sameSet(info.contactsOfType(u"tech"), draft.value.split(QLatin1Char(',')));
    case Draft::Kind::DsRecords:
        return sameSet(PortfolioService::formatDsRecords(info.dsRecords)
                           .split(QLatin1Char(';'), Qt::SkipEmptyParts),
                       draft.value.split(QLatin1Char(';'), Qt::SkipEmptyParts));
    case Draft::Kind::TransferIn:
        return info.clientId == m_clientId;
    case Draft::Kind::Delete:
        return info.hasStatus(u"pendingDelete");
    case Draft::Kind::ContactData: {
        if (!m_contactInfo)
            return false;
        const QJsonObject wanted = contactDraft(draft);
        const QHash<QString, QString> now{{QStringLiteral("email"), m_contactInfo->email},
                                          {QStringLiteral("voice"), m_contactInfo->voice},
                                          {QStringLiteral("mobile"), m_contactInfo->mobile}};
        for (auto field = now.cbegin(); field != now.cend(); ++field) {
            if (wanted.contains(field.key()) &&
                wanted.value(field.key()).toString() != field.value())
                return false;
        }
        return true;
    }
    }
    return false;
}

QByteArray ChangeSender::build(const Draft& draft, const Domain& domain,
                               const QString& clTRID) const
{
    epp::DomainUpdateRequest update;
    update.name = domain.aLabel;
    switch (draft.kind) {
    case Draft::Kind::NameServers: {
        const QStringList wanted = draft.value.split(QLatin1Char(','));
        const QStringList current = hostsOf(domain.nameServers);
        for (const QString& host : wanted) {
            if (!current.contains(host))
                update.addNameServers.append({host, {}});
        }
        for (const NameServer& ns : domain.nameServers) {
            if (!wanted.contains(ns.host.toLower()))
                update.removeNameServers.append(ns);
        }
        break;
    }
    case Draft::Kind::AutoRenew:
        update.autoRenew = draft.value == QLatin1String("on");
        break;
    case Draft::Kind::Renew:
        return epp::domainRenewCommand({domain.aLabel, domain.expiresAt, draft.value.toInt(), {}},
                                       clTRID);
    case Draft::Kind::OwnerChange:
        update.newRegistrant = draft.value;
        break;
    case Draft::Kind::TechContacts: {
        const QStringList wanted = draft.value.split(QLatin1Char(','));
        for (const QString& handle : wanted) {
            if (!domain.techHandles.contains(handle))
                update.addTechContacts.append(handle);
        }
        for (const QString& handle : domain.techHandles) {
            if (!wanted.contains(handle))
                update.removeTechContacts.append(handle);
        }
        break;
    }
    case Draft::Kind::DsRecords: {
        // secDNS-1.1 (RFC 5910 5.2.5): remove all, then add what is wanted.
        QString ignored;
        update.removeAllDsRecords = !domain.dsRecords.isEmpty();
        update.addDsRecords =
            PortfolioService::parseDsRecords(draft.value, &ignored).value_or(QList<DsRecord>());
        break;
    }
    case Draft::Kind::TransferIn:
        return epp::domainTransferCommand({epp::TransferOp::Request, domain.aLabel,
                                           QString::fromUtf8(m_authCode.bytes()), std::nullopt},
                                          clTRID);
    case Draft::Kind::Delete:
        return epp::domainDeleteCommand(domain.aLabel, clTRID);
    case Draft::Kind::ContactData: {
        const QJsonObject wanted = contactDraft(draft);
        epp::ContactUpdateRequest contact;
        contact.id = wanted.value(QStringLiteral("contact")).toString();
        const auto take = [&](const char* field, std::optional<QString>& into) {
            if (wanted.contains(QLatin1String(field)))
                into = wanted.value(QLatin1String(field)).toString();
        };
        take("email", contact.email);
        take("voice", contact.voice);
        take("mobile", contact.mobile);
        return epp::contactUpdateCommand(contact, clTRID);
    }
    }
    return epp::domainUpdateCommand(update, clTRID);
}

ChangeSender::Outcome ChangeSender::settle(Draft& draft, Draft::State state, const QString& message,
                                           const QString& detail)
{
    draft.state = state;
    // An owner change the registry took is a pending action with deadlines:
    // opened here, unless one is open already.
    if (state == Draft::State::Done && draft.kind == Draft::Kind::OwnerChange &&
        !draft.clTRID.isEmpty()) {
        const std::optional<Domain> domain = m_service.domains().findById(draft.domainId);
        QString ignored;
        if (domain)
            m_service.openAction(domain->aLabel, ActionKind::OwnerChange,
                                 draft.sentAt.isValid() ? draft.sentAt : m_clock.now(), &ignored,
                                 draft.value);
    }
    if (state != Draft::State::Sending &&
        !(draft.kind == Draft::Kind::Renew && draft.result.startsWith(curExpPrefix) &&
          state == Draft::State::Unknown))
        draft.result = message;
    QString error;
    if (!m_service.saveDraft(draft, detail, &error))
        return {Draft::State::Unknown, error};
    return {state, message};
}

ChangeSender::Outcome ChangeSender::confirmed(Draft& draft)
{
    Outcome outcome =
        settle(draft, Draft::State::Done,
               tr("The registry shows the change applied (%1).").arg(draft.clTRID),
               tr("Draft %1 confirmed by the registry: it was applied.").arg(draft.id));
    outcome.sent = true;
    return outcome;
}

QString ChangeSender::sponsorChange(const Lookup& now) const
{
    // Another registrar's domain: domain:info without its code may be refused
    // (2201), which says no more than that.
    return tr("sponsor: %1 → %2")
        .arg(now.info ? now.info->clientId : tr("another registrar"), m_clientId);
}

QStringList ChangeSender::reviewTransferIn(const QString& aLabel, QString* error)
{
    const Lookup now = lookUp(aLabel, false);
    if (!now.info && now.code != 2201) {
        *error = now.error;
        return {};
    }
    return {sponsorChange(now)};
}

QStringList ChangeSender::review(qint64 draftId, QString* error)
{
    const std::optional<Draft> draft = m_service.drafts().findById(draftId);
    const std::optional<Domain> before =
        draft ? m_service.domains().findById(draft->domainId) : std::nullopt;
    if (!draft || !before) {
        *error = tr("There is no draft %1.").arg(draftId);
        return {};
    }
    const Lookup now = lookUpFor(*draft, before->aLabel, draft->kind != Draft::Kind::TransferIn);
    if (!now.info && draft->kind == Draft::Kind::Delete && now.code == 2303)
        return {tr("The registry does not have this domain: there is nothing to delete.")};
    if (!now.info && !(draft->kind == Draft::Kind::TransferIn && now.code == 2201)) {
        *error = now.error;
        return {};
    }
    const Domain current = *m_service.domains().findById(draft->domainId);
    const auto list = [](const QStringList& values) {
        return values.isEmpty() ? QStringLiteral("-") : values.join(QStringLiteral(", "));
    };
    const auto day = [](const QDateTime& moment) {
        return moment.isValid() ? moment.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
    };
    QStringList lines;
    if (now.info && draft->state == Draft::State::Draft && applied(*draft, *now.info))
        lines.append(tr("The registry shows this already: nothing would be sent."));
    switch (draft->kind) {
    case Draft::Kind::NameServers:
        lines.append(tr("name servers: %1 → %2")
                         .arg(list(hostsOf(current.nameServers)),
                              list(draft->value.split(QLatin1Char(',')))));
        break;
    case Draft::Kind::AutoRenew: {
        const bool on = draft->value == QLatin1String("on");
        lines.append(tr("auto-renew: %1 → %2")
                         .arg(current.autoRenew ? tr("on") : tr("off"), on ? tr("on") : tr("off")));
        // .PT deletes a domain without auto-renew 30 days before its expiry
        // (pt-registry.md 2.2).
        if (!on && current.expiresAt.isValid())
            lines.append(tr("Without auto-renew the registry deletes the domain on %1, 30 days "
                            "before it expires, unless it is renewed.")
                             .arg(day(current.expiresAt.addDays(-30))));
        break;
    }
    case Draft::Kind::Renew:
        lines.append(tr("expiry: %1 → %2")
                         .arg(day(current.expiresAt),
                              day(current.expiresAt.addYears(draft->value.toInt()))));
        break;
    case Draft::Kind::OwnerChange:
        lines.append(tr("holder: %1 → %2").arg(current.registrantHandle, draft->value));
        lines.append(tr("Both holders then have 8 days each to approve at the registry; the new "
                        "holder may be asked to prove its data within 2 days."));
        break;
    case Draft::Kind::TechContacts:
        lines.append(
            tr("tech contacts: %1 → %2")
                .arg(list(current.techHandles), list(draft->value.split(QLatin1Char(',')))));
        break;
    case Draft::Kind::DsRecords:
        lines.append(tr("DS records: %1 → %2")
                         .arg(list(PortfolioService::formatDsRecords(current.dsRecords)
                                       .split(QLatin1Char(';'), Qt::SkipEmptyParts)),
                              list(draft->value.split(QLatin1Char(';'), Qt::SkipEmptyParts))));
        break;
    case Draft::Kind::TransferIn:
        lines.append(sponsorChange(now));
        break;
    case Draft::Kind::ContactData: {
        const QJsonObject wanted = contactDraft(*draft);
        const QString handle = wanted.value(QStringLiteral("contact")).toString();
        const QHash<QString, QString> registry{
            {QStringLiteral("email"), m_contactInfo ? m_contactInfo->email : QString()},
            {QStringLiteral("voice"), m_contactInfo ? m_contactInfo->voice : QString()},
            {QStringLiteral("mobile"), m_contactInfo ? m_contactInfo->mobile : QString()}};
        for (const QString& field :
             {QStringLiteral("email"), QStringLiteral("voice"), QStringLiteral("mobile")}) {
            const QString label = field == QLatin1String("email")   ? tr("e-mail")
                                  : field == QLatin1String("voice") ? tr("phone")
                                                                    : tr("mobile");
            if (wanted.contains(field))
                lines.append(tr("%1 of %2: %3 → %4")
                                 .arg(label, handle,
                                      registry.value(field).isEmpty() ? QStringLiteral("-")
                                                                      : registry.value(field),
                                      wanted.value(field).toString()));
        }
        break;
    }
    case Draft::Kind::Delete:
        lines.append(tr("The domain %1 is deleted at the registry, with its name servers and DS "
                        "records; this cannot be undone.")
                         .arg(current.uLabel.isEmpty() ? current.aLabel : current.uLabel));
        break;
    }
    return lines;
}

ChangeSender::Outcome ChangeSender::send(qint64 draftId)
{
    std::optional<Draft> found = m_service.drafts().findById(draftId);
    if (!found)
        return {Draft::State::Failed, tr("There is no draft %1.").arg(draftId)};
    Draft draft = *found;
    if (draft.state == Draft::State::Done || draft.state == Draft::State::Failed)
        return {
            draft.state,
            tr("Draft %1 is %2 already: %3").arg(draft.id).arg(toCode(draft.state), draft.result)};
    const std::optional<Domain> domain = m_service.domains().findById(draft.domainId);
    if (!domain)
        return {Draft::State::Failed, tr("The domain of draft %1 is gone.").arg(draft.id)};
    const bool wasSent =
        draft.state == Draft::State::Sending || draft.state == Draft::State::Unknown;
    if (draft.kind == Draft::Kind::TransferIn && m_authCode.isEmpty())
        return {draft.state, tr("A transfer in needs the domain's auth code.")};

    // The registry's state first: what the change is made against, and for a
    // draft sent before without an answer, whether it was applied. A domain
    // to transfer in is not ours yet: asked, not applied to the portfolio.
    const bool transfer = draft.kind == Draft::Kind::TransferIn;
    const Lookup before = lookUpFor(draft, domain->aLabel, !transfer);
    if (!before.info) {
        if (draft.kind == Draft::Kind::Delete && before.code == 2303) {
            QString error;
            m_service.applyDomainMissing(domain->aLabel, RegistryStanding::Gone, before.error,
                                         m_clock.now(), &error);
            return wasSent ? confirmed(draft)
                           : settle(draft, Draft::State::Failed, before.error,
                                    tr("Draft %1 not sent: the registry does not have the domain.")
                                        .arg(draft.id));
        }
        // Another registrar's domain may be hidden from us (2201).
        if (!(transfer && before.code == 2201))
            return {draft.state, before.error};
    }
    if (before.info && applied(draft, *before.info)) {
        if (wasSent)
            return confirmed(draft);
        // Nothing to send: the registry has it so already (a renew always applies).
        if (draft.kind != Draft::Kind::Renew) {
            if (transfer)
                lookUp(domain->aLabel, true);
            return settle(draft, Draft::State::Done,
                          tr("Nothing sent: the registry shows this already."),
                          tr("Draft %1 not sent: the registry shows it already.").arg(draft.id));
        }
    }
    // Not applied: safe to send, as a new command.
    const Domain current = *m_service.domains().findById(draft.domainId);

    const CommandResult result = m_session.run([&](const QString& clTRID) {
        // On disk before it is on the wire.
        draft.clTRID = clTRID;
        draft.sentAt = m_clock.now();
        draft.state = Draft::State::Sending;
        if (draft.kind == Draft::Kind::Renew)
            draft.result = curExpPrefix + current.expiresAt.toUTC().date().toString(Qt::ISODate);
        QString ignored;
        m_service.saveDraft(draft, {}, &ignored);
        return build(draft, current, clTRID);
    });
    m_authCode.clear(); // used once
    if (result.status == CommandResult::Status::NotSent) {
        settle(draft, Draft::State::Draft, result.error, {});
        return {Draft::State::Draft, result.error};
    }
    QString error;
    if (result.status == CommandResult::Status::OutcomeUnknown) {
        settle(draft, Draft::State::Unknown, result.error,
               tr("Draft %1 sent (%2); the answer was lost.").arg(draft.id).arg(draft.clTRID));
        // Checked at once, while the agent is here.
        const Lookup after = lookUpFor(draft, domain->aLabel, !transfer);
        if (after.info && applied(draft, *after.info)) {
            if (transfer)
                lookUp(domain->aLabel, true);
            return confirmed(draft);
        }
        if (draft.kind == Draft::Kind::Delete && after.code == 2303) {
            m_service.applyDomainMissing(domain->aLabel, RegistryStanding::Gone, after.error,
                                         m_clock.now(), &error);
            return confirmed(draft);
        }
        return {Draft::State::Unknown,
                tr("The answer to %1 was lost, and the registry does not show the change yet; "
                   "check again before sending it anew.")
                    .arg(draft.clTRID),
                true};
    }
    const epp::EppResult& answer = result.response->results.constFirst();
    draft.svTRID = result.response->svTRID;
    if (!answer.isSuccess()) {
        Outcome refused = settle(draft, Draft::State::Failed, answer.describe(),
                                 tr("Draft %1 refused by the registry (%2, %3): %4")
                                     .arg(draft.id)
                                     .arg(draft.clTRID, draft.svTRID, answer.describe()));
        refused.sent = true;
        return refused;
    }
    Outcome done = settle(draft, Draft::State::Done, answer.describe(),
                          tr("Draft %1 sent (%2, %3): %4")
                              .arg(draft.id)
                              .arg(draft.clTRID, draft.svTRID, answer.describe()));
    done.sent = true;
    // The portfolio shows the result at once.
    if (draft.kind == Draft::Kind::Delete)
        m_service.applyDomainMissing(domain->aLabel, RegistryStanding::Gone,
                                     tr("deleted at our request"), m_clock.now(), &error);
    else
        lookUpFor(draft, domain->aLabel, true);
    return done;
}

} // namespace rd
