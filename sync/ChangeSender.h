#pragma once

#include "BlockingSession.h"
#include "rules/Clock.h"
#include "secrets/Secret.h"
#include "storage/DraftRepository.h"

#include <QCoreApplication>

namespace rd {

class PortfolioService;
struct Domain;

// Sends drafts to the registry, one at a time, never twice: the draft is
// marked "sending" (with its client transaction id) in the database before the
// command is written, so a crash or a lost answer leaves a trace; such a draft
// is checked with domain:info first, and sent again only if the registry shows
// it was not applied. A renew carries curExpDate, so it cannot apply twice.
class ChangeSender
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSender)

public:
    // clientId: the login our domains are sponsored by.
    ChangeSender(PortfolioService& service, const Clock& clock, BlockingSession& session,
                 QString clientId);

    struct Outcome
    {
        Draft::State state = Draft::State::Draft;
        QString message;   // translated: the registry's answer, or what happened
        bool sent = false; // false for a draft the registry showed in place already
    };
    Outcome send(qint64 draftId);

    // The auth code of a transfer in (RFC 5731 3.2.4), used for the next
    // send only; never stored.
    void setAuthCode(Secret code) { m_authCode = std::move(code); }

    // What the draft would change, field by field ("was → will be"), against
    // the registry's state as domain:info shows it now (which also refreshes
    // the portfolio). Empty with error set when the registry cannot be asked.
    QStringList review(qint64 draftId, QString* error);
    // The same for a transfer in of aLabel, without a draft: a domain to
    // transfer in enters the portfolio only when the transfer is sent.
    QStringList reviewTransferIn(const QString& aLabel, QString* error);

private:
    struct Lookup
    {
        std::optional<epp::DomainInfoData> info;
        int code = 0; // the registry's result code when it answered without info
        QString error;
    };
    // domain:info; applied to the portfolio when apply is set.
    Lookup lookUp(const QString& aLabel, bool apply);
    // lookUp, and for contact data the contact:info it is checked against.
    Lookup lookUpFor(const Draft& draft, const QString& aLabel, bool apply);
    bool applied(const Draft& draft, const epp::DomainInfoData& info) const;
    QString sponsorChange(const Lookup& now) const;
    QByteArray build(const Draft& draft, const Domain& domain, const QString& clTRID) const;
    Outcome settle(Draft& draft, Draft::State state, const QString& message, const QString& detail);
    Outcome confirmed(Draft& draft);

    PortfolioService& m_service;
    const Clock& m_clock;
    BlockingSession& m_session;
    QString m_clientId;
    Secret m_authCode;
    std::optional<epp::ContactInfoData> m_contactInfo; // of the draft being handled
};

} // namespace rd
