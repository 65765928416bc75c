#pragma once

#include "TestDatabase.h"
#include "service/PortfolioService.h"

#include <QTest>

// The small portfolio the table tests share, seen at 2026-11-23T12:00Z (Lisbon
// is on UTC then). Next deadlines, with their window and level:
//   atrasado.pt    deletion 2026-11-20 00:00  overdue          ALFA
//   amanha.pt      deletion 2026-11-24 00:00  12 h, critical   BETA
//   semana.pt      deletion 2026-11-28 12:00  5 days, warning  ALFA
//   semtitular.pt  deletion 2026-12-13 12:00  20 days, notice  (no holder)
//   promo.pt       free year ends 2027-01-10  48 days          BETA, 3em1, auto-renew
//   renova.pt      renewal 2027-02-01         70 days          GAMA, auto-renew
//   café.pt        deletion 2027-05-02        160 days         GAMA
namespace rd::test {

struct UiPortfolio
{
    TestDatabase t;
    FixedClock clock{utc("2026-11-23T12:00:00Z")};
    PortfolioService service{t.db(), clock, QStringLiteral("test")};

    static constexpr int domainCount = 7;

    bool seed(QString* error)
    {
        const struct
        {
            const char* handle;
            const char* name;
            const char* vat;
        } contacts[] = {
            {"ALFA-100001-ADNS", "Padaria Alfa, Lda.", "501234560"},
            {"BETA-100002-ADNS", "Maria Beta", "213456788"},
            {"GAMA-100003-ADNS", "João Gama", "234567899"},
        };
        for (const auto& c : contacts) {
            Contact contact;
            contact.handle = QString::fromLatin1(c.handle);
            contact.name = QString::fromUtf8(c.name);
            contact.vat = QString::fromLatin1(c.vat);
            contact.email = QStringLiteral("geral@example.pt");
            contact.voice = QStringLiteral("+351.213456789");
            contact.address.street = {QStringLiteral("Rua de Exemplo, 1")};
            contact.address.city = QStringLiteral("Lisboa");
            contact.address.postcode = QStringLiteral("1100-148");
            if (!service.addContact(contact, error))
                return false;
        }
        const struct
        {
            const char* name;
            const char* holder;
            const char* expires;
            bool autoRenew;
            Programme programme;
            const char* created;
        } domains[] = {
            {"atrasado.pt", "ALFA-100001-ADNS", "2026-12-20T00:00:00Z", false, Programme::None,
             nullptr},
            {"amanha.pt", "BETA-100002-ADNS", "2026-12-24T00:00:00Z", false, Programme::None,
             nullptr},
            {"semana.pt", "ALFA-100001-ADNS", "2026-12-28T12:00:00Z", false, Programme::None,
             nullptr},
            {"semtitular.pt", nullptr, "2027-01-12T12:00:00Z", false, Programme::None, nullptr},
            {"promo.pt", "BETA-100002-ADNS", "2027-01-10T12:00:00Z", true, Programme::TresEmUm,
             "2026-01-10T00:00:00Z"},
            {"renova.pt", "GAMA-100003-ADNS", "2027-02-01T00:00:00Z", true, Programme::None,
             nullptr},
            {"café.pt", "GAMA-100003-ADNS", "2027-06-01T00:00:00Z", false, Programme::None,
             nullptr},
        };
        for (const auto& d : domains) {
            Domain domain;
            domain.uLabel = QString::fromUtf8(d.name);
            if (d.holder)
                domain.registrantHandle = QString::fromLatin1(d.holder);
            domain.expiresAt = utc(d.expires);
            if (d.created)
                domain.createdAt = utc(d.created);
            domain.autoRenew = d.autoRenew;
            domain.programme = d.programme;
            if (!service.addDomain(domain, error))
                return false;
        }
        return true;
    }
};

} // namespace rd::test
