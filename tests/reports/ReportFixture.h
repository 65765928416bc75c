#pragma once

// A small portfolio at a fixed moment, with something in every section of every
// report: deadlines of each level, programmes converted or not, open actions
// with and without an assignee, refused and unanswered changes, a refresh with
// failures, and text that needs escaping (commas, quotes, ampersands).

#include "TestDatabase.h"
#include "rules/Clock.h"
#include "service/PortfolioService.h"
#include "storage/ActionRepository.h"

#include <QSqlQuery>
#include <QTest>

namespace rd::test {

// Monday 23 November 2026, 09:30 in Lisbon (WET = UTC).
inline QDateTime fixtureNow()
{
    return utc("2026-11-23T09:30:00Z");
}

inline bool seedReportPortfolio(PortfolioService& service, const QDateTime& now, QString* error)
{
    const auto contact = [&](const char* handle, ContactKind kind, const char* name,
                             const char* organisation, const char* vat, const char* email,
                             const char* phone) {
        Contact c;
        c.handle = QString::fromUtf8(handle);
        c.kind = kind;
        c.name = QString::fromUtf8(name);
        c.organisation = QString::fromUtf8(organisation);
        c.vat = QString::fromUtf8(vat);
        c.email = QString::fromUtf8(email);
        c.voice = QString::fromUtf8(phone);
        c.address.street = {QStringLiteral("Rua das Flores, 12, 3.º Esq.")};
        c.address.city = QStringLiteral("Lisboa");
        c.address.postcode = QStringLiteral("1200-195");
        c.createdAt = now.addDays(-800);
        return service.addContact(c, error);
    };
    if (!contact("MARI-100002-ADNS", ContactKind::Person, "Maria João Ferreira", "", "213456788",
                 "mj@example.pt", "+351 912 345 678") ||
        !contact("PADA-100001-ADNS", ContactKind::Organisation, "Padaria Lusitana, Lda.",
                 "Padaria Lusitana, Lda.", "501234560", "geral@padaria-lusitana.pt",
                 "+351 213 000 001") ||
        !contact("ANAS-100006-ADNS", ContactKind::Person, "Ana \"Nini\" Martins",
                 "Martins, Costa & Filhos", "222333448", "ana@martins.pt", "+351 916 000 006"))
        return false;

    struct Row
    {
        const char* name;
        const char* holder;
        qint64 expiresInSecs;
        bool autoRenew;
        Programme programme;
        qint64 createdAgoDays;
        int paidYears = 0; // programmes: the registration runs the free year plus these
    };
    constexpr qint64 day = 24 * 3600;
    const Row rows[] = {
        {"padaria-lusitana.pt", "PADA-100001-ADNS", 29 * day, false, Programme::None, 700},
        {"pastelaria-lusitana.pt", "PADA-100001-ADNS", 31 * day + 3 * 3600, false, Programme::None,
         700},
        {"maria-ferreira.pt", "MARI-100002-ADNS", 35 * day, false, Programme::None, 1065},
        {"café-central.pt", "MARI-100002-ADNS", 52 * day, false, Programme::None, 1408},
        {"ribeiro.pt", "PADA-100001-ADNS", 20 * day, true, Programme::None, 3630},
        {"loja-da-ana.pt", "ANAS-100006-ADNS", 15 * day, true, Programme::TresEmUm, 350},
        {"ana-martins.pt", "ANAS-100006-ADNS", 0, true, Programme::Sitestar, 670, 1},
        {"mercearia-do-bairro.pt", "MARI-100002-ADNS", 0, false, Programme::TresEmUmComercio, 300},
        {"tasca-do-ze.pt", "ANAS-100006-ADNS", 0, false, Programme::TresEmUm, 380},
    };
    for (const Row& row : rows) {
        Domain d;
        d.uLabel = QString::fromUtf8(row.name);
        d.registrantHandle = QString::fromUtf8(row.holder);
        d.techHandles = {QStringLiteral("MARI-100002-ADNS")};
        d.expiresAt = now.addSecs(row.expiresInSecs);
        d.createdAt = now.addDays(-row.createdAgoDays);
        if (row.programme != Programme::None)
            d.expiresAt = d.createdAt.addYears(1 + row.paidYears);
        d.autoRenew = row.autoRenew;
        d.programme = row.programme;
        d.nameServers = {{QStringLiteral("ns1.example.pt"), {}},
                         {QStringLiteral("ns2.example.pt"), {}}};
        if (!service.addDomain(d, error))
            return false;
    }

    const auto verification =
        service.openAction(QStringLiteral("maria-ferreira.pt"), ActionKind::Verification,
                           now.addSecs(-30 * 3600), error);
    const auto ownerChange =
        service.openAction(QStringLiteral("café-central.pt"), ActionKind::OwnerChange,
                           now.addDays(-2), error, QStringLiteral("ANAS-100006-ADNS"));
    if (!verification || !ownerChange)
        return false;
    std::optional<PendingAction> assigned = service.actions().findById(*ownerChange);
    assigned->assignee = QStringLiteral("rita");
    if (!service.actions().update(*assigned, error))
        return false;

    Draft refused;
    refused.domainId = service.findDomain(QStringLiteral("padaria-lusitana.pt"))->id;
    refused.kind = Draft::Kind::AutoRenew;
    refused.value = QStringLiteral("on");
    refused.state = Draft::State::Failed;
    refused.createdAt = now.addSecs(-4 * 3600);
    refused.sentAt = now.addSecs(-3 * 3600);
    refused.agent = QStringLiteral("rita");
    refused.result = QStringLiteral("2304 Object status prohibits operation");
    Draft lost = refused;
    lost.domainId = service.findDomain(QStringLiteral("ribeiro.pt"))->id;
    lost.kind = Draft::Kind::Renew;
    lost.value = QStringLiteral("1");
    lost.state = Draft::State::Unknown;
    lost.result.clear();
    // A draft is stored first, then what became of it.
    if (!service.drafts().insert(refused, error) || !service.drafts().update(refused, error) ||
        !service.drafts().insert(lost, error) || !service.drafts().update(lost, error))
        return false;

    SyncRun run;
    run.startedAt = now.addSecs(-5 * 3600);
    run.scope = QStringLiteral("full");
    if (!service.sync().startRun(run, error))
        return false;
    run.finishedAt = now.addSecs(-4 * 3600);
    run.checked = 120;
    run.changed = 4;
    run.failed = 3;
    if (!service.sync().saveRun(run, error))
        return false;

    // Record times are the real clock's; the reports must not depend on them.
    QSqlQuery fix(service.database().connection());
    if (!fix.exec(QStringLiteral("UPDATE contacts SET created_at = %1, updated_at = %2")
                      .arg(now.addDays(-800).toSecsSinceEpoch())
                      .arg(now.addDays(-10).toSecsSinceEpoch()))) {
        *error = QStringLiteral("cannot fix contact times");
        return false;
    }
    return true;
}

} // namespace rd::test
