#pragma once

#include "BlockingSession.h"
#include "rules/Clock.h"
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
        QString message; // translated: the registry's answer, or what happened
    };
    Outcome send(qint64 draftId);

private:
    // domain:info, applied to the portfolio; nullopt with a reason on failure.
    std::optional<epp::DomainInfoData> refresh(const QString& aLabel, QString* error);
    static bool applied(const Draft& draft, const epp::DomainInfoData& info);
    static QByteArray build(const Draft& draft, const Domain& domain, const QString& clTRID);
    Outcome settle(Draft& draft, Draft::State state, const QString& message, const QString& detail);

    PortfolioService& m_service;
    const Clock& m_clock;
    BlockingSession& m_session;
    QString m_clientId;
};

} // namespace rd
