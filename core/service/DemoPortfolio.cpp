#include "service/DemoPortfolio.h"

#include "service/PortfolioService.h"
#include "storage/Database.h"

namespace rd {
namespace {

struct DemoHolder
{
    const char* handle;
    ContactKind kind;
    const char* name;
    const char* organisation;
    const char* vat;
    const char* email;
    const char* phone;
    const char* city;
    const char* postcode;
};

// Every name, number and address here is invented; the NIF/NIPC check digits are
// right so the portfolio passes the desk's own validation.
const DemoHolder holders[] = {
    {"PADA-100001-ADNS", ContactKind::Organisation, "Padaria Lusitana, Lda.",
     "Padaria Lusitana, Lda.", "501234560", "geral@padaria-lusitana.pt", "+351.213456789", "Lisboa",
     "1100-148"},
    {"MARI-100002-ADNS", ContactKind::Person, "Maria João Ferreira", "", "213456788",
     "mjferreira@example.pt", "+351.912345678", "Porto", "4000-322"},
    {"CAFE-100003-ADNS", ContactKind::Organisation, "Café Central de Braga, Unipessoal Lda.",
     "Café Central de Braga, Unipessoal Lda.", "510023452", "ola@cafe-central.pt", "+351.253123456",
     "Braga", "4700-435"},
    {"JOAO-100004-ADNS", ContactKind::Person, "João Gonçalves", "", "234567899",
     "joao.goncalves@example.pt", "+351.934567890", "Coimbra", "3000-214"},
    {"OFIC-100005-ADNS", ContactKind::Organisation, "Oficina Ribeiro & Filhos, S.A.",
     "Oficina Ribeiro & Filhos, S.A.", "508765439", "oficina@ribeiro-filhos.pt", "+351.239876543",
     "Aveiro", "3810-193"},
    {"ANAS-100006-ADNS", ContactKind::Person, "Ana Sofia Martins", "", "187654328",
     "anasofia@example.pt", "+351.965432187", "Faro", "8000-078"},
    {"CAMA-100007-ADNS", ContactKind::Organisation, "Câmara Municipal de Exemplo",
     "Câmara Municipal de Exemplo", "600123456", "informatica@cm-exemplo.pt", "+351.266000111",
     "Évora", "7000-508"},
};

struct DemoDomain
{
    const char* name;
    const char* holder;
    int expiresInDays; // relative to now
    bool autoRenew;
    Programme programme;
    int createdDaysAgo;
};

// One domain for each kind and level of deadline a desk meets in a week.
const DemoDomain domains[] = {
    {"padaria-lusitana.pt", "PADA-100001-ADNS", 29, false, Programme::None,
     2950}, // deletion overdue
    {"pastelaria-lusitana.pt", "PADA-100001-ADNS", 31, false, Programme::None, 700}, // critical
    {"maria-ferreira.pt", "MARI-100002-ADNS", 35, false, Programme::None, 1065},     // warning
    {"café-central.pt", "CAFE-100003-ADNS", 52, false, Programme::None, 1408},       // notice
    {"joão-gonçalves.pt", "JOAO-100004-ADNS", 240, false, Programme::None, 490},     // none
    {"ribeiro-filhos.com.pt", "OFIC-100005-ADNS", 20, true, Programme::None, 3630},  // renewal
    {"oficina-ribeiro.pt", "OFIC-100005-ADNS", 300, true, Programme::None, 65},
    {"loja-da-ana.pt", "ANAS-100006-ADNS", 15, true, Programme::TresEmUm, 350}, // promo end
    {"ana-martins.pt", "ANAS-100006-ADNS", 60, true, Programme::Sitestar, 305},
    {"mercearia-do-bairro.pt", "MARI-100002-ADNS", 90, true, Programme::TresEmUmComercio, 275},
    {"cm-exemplo.gov.pt", "CAMA-100007-ADNS", 400, true, Programme::None, 5000},
    {"turismo-exemplo.pt", "CAMA-100007-ADNS", 180, false, Programme::None, 900},
};

} // namespace

int DemoPortfolio::seed(PortfolioService& service, QString* error)
{
    const QDateTime now = service.engine().clock().now();
    const qint64 day = 24 * 3600;
    // Round to the hour so the demo's dates read naturally.
    const QDateTime base =
        QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);

    bool ok = service.database().transaction(
        [&] {
            for (const DemoHolder& h : holders) {
                Contact contact;
                contact.handle = QString::fromLatin1(h.handle);
                contact.kind = h.kind;
                contact.name = QString::fromUtf8(h.name);
                contact.organisation = QString::fromUtf8(h.organisation);
                contact.vat = QString::fromLatin1(h.vat);
                contact.email = QString::fromLatin1(h.email);
                contact.voice = QString::fromLatin1(h.phone);
                contact.address.street = {tr("Rua de Exemplo, 1")};
                contact.address.city = QString::fromUtf8(h.city);
                contact.address.postcode = QString::fromLatin1(h.postcode);
                if (!service.addContact(contact, error))
                    return false;
            }
            for (const DemoDomain& d : domains) {
                Domain domain;
                domain.uLabel = QString::fromUtf8(d.name);
                domain.registrantHandle = QString::fromLatin1(d.holder);
                domain.techHandles = {domain.registrantHandle};
                domain.expiresAt = base.addSecs(d.expiresInDays * day);
                domain.createdAt = base.addSecs(-d.createdDaysAgo * day);
                domain.autoRenew = d.autoRenew;
                domain.programme = d.programme;
                domain.statuses = {QStringLiteral("ok")};
                domain.nameServers = {{QStringLiteral("ns1.dns-exemplo.pt"), {}},
                                      {QStringLiteral("ns2.dns-exemplo.pt"), {}}};
                if (!service.addDomain(domain, error))
                    return false;
            }
            // Pending actions of every kind and stage.
            const auto hoursAgo = [&](int hours) { return base.addSecs(-hours * 3600); };
            if (!service.openAction(QStringLiteral("maria-ferreira.pt"), ActionKind::Verification,
                                    hoursAgo(20), error))
                return false;
            if (!service.openAction(QStringLiteral("turismo-exemplo.pt"), ActionKind::Verification,
                                    hoursAgo(50), error))
                return false;
            if (!service.openAction(QStringLiteral("café-central.pt"), ActionKind::OwnerChange,
                                    hoursAgo(3 * 24), error, QStringLiteral("JOAO-100004-ADNS")))
                return false;
            const std::optional<qint64> change =
                service.openAction(QStringLiteral("oficina-ribeiro.pt"), ActionKind::OwnerChange,
                                   hoursAgo(9 * 24), error, QStringLiteral("ANAS-100006-ADNS"));
            return change && service.advanceAction(*change, hoursAgo(2 * 24), error);
        },
        error);
    return ok ? int(std::size(domains)) : -1;
}

} // namespace rd
