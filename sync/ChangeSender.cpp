#include "ChangeSender.h"

#include "epp/EppCommands.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"

namespace rd {

namespace {

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

std::optional<epp::DomainInfoData> ChangeSender::refresh(const QString& aLabel, QString* error)
{
    const CommandResult result = m_session.run([&](const QString& id) {
        return epp::domainInfoCommand({aLabel, {}}, id);
    });
    if (!result.isAnswered()) {
        *error = result.error;
        return std::nullopt;
    }
    if (!result.response->isSuccess() || !result.response->domainInfo) {
        *error = result.response->results.constFirst().describe();
        return std::nullopt;
    }
    const epp::DomainInfoData info = *result.response->domainInfo;
    // Holders and tech contacts the portfolio does not know yet come first.
    for (const QString& handle : m_service.unknownContacts(info)) {
        const CommandResult contact =
            m_session.run([&](const QString& id) { return epp::contactInfoCommand(handle, id); });
        if (!contact.isAnswered() || !contact.response->contactInfo) {
            *error = contact.isAnswered() ? contact.response->results.constFirst().describe()
                                          : contact.error;
            return std::nullopt;
        }
        if (!m_service.applyContactInfo(*contact.response->contactInfo, m_clock.now(), error))
            return std::nullopt;
    }
    if (!m_service.applyDomainInfo(info, m_clientId, m_clock.now(), nullptr, error))
        return std::nullopt;
    return info;
}

bool ChangeSender::applied(const Draft& draft, const epp::DomainInfoData& info)
{
    switch (draft.kind) {
    case Draft::Kind::NameServers: {
        QStringList wanted = draft.value.split(QLatin1Char(','));
        wanted.sort();
        QList<NameServer> servers = info.nameServers;
        for (const QString& host : info.hostObjects)
            servers.append({host, {}});
        return hostsOf(servers) == wanted;
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
    }
    return false;
}

QByteArray ChangeSender::build(const Draft& draft, const Domain& domain, const QString& clTRID)
{
    switch (draft.kind) {
    case Draft::Kind::NameServers: {
        const QStringList wanted = draft.value.split(QLatin1Char(','));
        const QStringList current = hostsOf(domain.nameServers);
        epp::DomainUpdateRequest update;
        update.name = domain.aLabel;
        for (const QString& host : wanted) {
            if (!current.contains(host))
                update.addNameServers.append({host, {}});
        }
        for (const NameServer& ns : domain.nameServers) {
            if (!wanted.contains(ns.host.toLower()))
                update.removeNameServers.append(ns);
        }
        return epp::domainUpdateCommand(update, clTRID);
    }
    case Draft::Kind::AutoRenew: {
        epp::DomainUpdateRequest update;
        update.name = domain.aLabel;
        update.autoRenew = draft.value == QLatin1String("on");
        return epp::domainUpdateCommand(update, clTRID);
    }
    case Draft::Kind::Renew:
        return epp::domainRenewCommand({domain.aLabel, domain.expiresAt, draft.value.toInt(), {}},
                                       clTRID);
    case Draft::Kind::OwnerChange: {
        epp::DomainUpdateRequest update;
        update.name = domain.aLabel;
        update.newRegistrant = draft.value;
        return epp::domainUpdateCommand(update, clTRID);
    }
    }
    return {};
}

ChangeSender::Outcome ChangeSender::settle(Draft& draft, Draft::State state, const QString& message,
                                           const QString& detail)
{
    draft.state = state;
    // An owner change the registry took is a pending action with deadlines:
    // opened here, unless one is open already.
    if (state == Draft::State::Done && draft.kind == Draft::Kind::OwnerChange) {
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

    // The registry's state first: what the change is made against, and for a
    // draft sent before without an answer, whether it was applied.
    QString error;
    std::optional<epp::DomainInfoData> info = refresh(domain->aLabel, &error);
    if (!info)
        return {draft.state, error};
    if (draft.state == Draft::State::Sending || draft.state == Draft::State::Unknown) {
        if (applied(draft, *info))
            return settle(draft, Draft::State::Done,
                          tr("The registry shows the change applied (%1).").arg(draft.clTRID),
                          tr("Draft %1 confirmed by the registry: it was applied.").arg(draft.id));
        // Not applied: safe to send, as a new command.
    }
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
    if (result.status == CommandResult::Status::NotSent) {
        draft.state = Draft::State::Draft;
        settle(draft, Draft::State::Draft, result.error, {});
        return {Draft::State::Draft, result.error};
    }
    if (result.status == CommandResult::Status::OutcomeUnknown) {
        settle(draft, Draft::State::Unknown, result.error,
               tr("Draft %1 sent (%2); the answer was lost.").arg(draft.id).arg(draft.clTRID));
        // Checked at once, while the agent is here.
        info = refresh(domain->aLabel, &error);
        if (info && applied(draft, *info))
            return settle(draft, Draft::State::Done,
                          tr("The registry shows the change applied (%1).").arg(draft.clTRID),
                          tr("Draft %1 confirmed by the registry: it was applied.").arg(draft.id));
        return {Draft::State::Unknown,
                tr("The answer to %1 was lost, and the registry does not show the change yet; "
                   "check again before sending it anew.")
                    .arg(draft.clTRID)};
    }
    const epp::EppResult& answer = result.response->results.constFirst();
    draft.svTRID = result.response->svTRID;
    if (!answer.isSuccess())
        return settle(draft, Draft::State::Failed, answer.describe(),
                      tr("Draft %1 refused by the registry (%2, %3): %4")
                          .arg(draft.id)
                          .arg(draft.clTRID, draft.svTRID, answer.describe()));
    const Outcome done = settle(draft, Draft::State::Done, answer.describe(),
                                tr("Draft %1 sent (%2, %3): %4")
                                    .arg(draft.id)
                                    .arg(draft.clTRID, draft.svTRID, answer.describe()));
    refresh(domain->aLabel, &error); // the portfolio shows the result at once
    return done;
}

} // namespace rd
