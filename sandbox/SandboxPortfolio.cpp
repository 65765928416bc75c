#include "SandboxPortfolio.h"

#include "Random.h"
#include "RegistryState.h"

#include "validation/DomainNameValidator.h"
#include "validation/NifValidator.h"

#include <QSet>

namespace rd::sandbox {

namespace {

constexpr qint64 Day = 24 * 3600;

// Every name, number and address below is invented or generic; the word lists
// are ordinary Portuguese words, first names, surnames and places.
const char* const maleNames[] = {
    "João",   "José",  "António",   "Francisco", "Manuel", "Pedro", "Luís",    "Miguel",
    "Tiago",  "Rui",   "Paulo",     "Carlos",    "Jorge",  "Nuno",  "Ricardo", "Gonçalo",
    "André",  "Diogo", "Sebastião", "Simão",     "Tomás",  "Vasco", "Duarte",  "Henrique",
    "Álvaro", "Fábio", "Sérgio",    "Hélder",    "Vítor",  "César", "Rodrigo", "Martim",
};
const char* const femaleNames[] = {
    "Maria",     "Ana",       "Joana",     "Inês",   "Beatriz",  "Mariana", "Catarina", "Sofia",
    "Rita",      "Sara",      "Marta",     "Carla",  "Paula",    "Teresa",  "Helena",   "Isabel",
    "Conceição", "Fátima",    "Graça",     "Lúcia",  "Mónica",   "Cláudia", "Bárbara",  "Leonor",
    "Matilde",   "Constança", "Margarida", "Filipa", "Patrícia", "Íris",    "Luísa",    "Irene",
};
const char* const surnames[] = {
    "Silva",   "Santos",  "Ferreira", "Pereira",   "Oliveira",  "Costa",    "Rodrigues",
    "Martins", "Jesus",   "Sousa",    "Fernandes", "Gonçalves", "Gomes",    "Lopes",
    "Marques", "Alves",   "Almeida",  "Ribeiro",   "Pinto",     "Carvalho", "Teixeira",
    "Moreira", "Correia", "Mendes",   "Nunes",     "Soares",    "Vieira",   "Monteiro",
    "Cardoso", "Rocha",   "Raposo",   "Neves",     "Coelho",    "Cruz",     "Cunha",
    "Pires",   "Ramos",   "Reis",     "Simões",    "Antunes",   "Matos",    "Fonseca",
    "Machado", "Araújo",  "Barbosa",  "Tavares",   "Lourenço",  "Castro",   "Magalhães",
    "Brandão", "Falcão",  "Loureiro", "Barros",    "Guimarães", "Leitão",   "Patrício",
};
const char* const businesses[] = {
    "Padaria",      "Pastelaria",    "Café",        "Restaurante", "Tasca",       "Livraria",
    "Farmácia",     "Clínica",       "Oficina",     "Mercearia",   "Talho",       "Peixaria",
    "Ourivesaria",  "Florista",      "Sapataria",   "Barbearia",   "Imobiliária", "Construções",
    "Canalizações", "Contabilidade", "Advocacia",   "Consultoria", "Escola",      "Academia",
    "Ginásio",      "Hotel",         "Pensão",      "Quinta",      "Adega",       "Vinhos",
    "Azeites",      "Cerâmica",      "Têxteis",     "Mobiliário",  "Papelaria",   "Óptica",
    "Lavandaria",   "Carpintaria",   "Serralharia", "Informática", "Turismo",     "Viagens",
    "Transportes",  "Mudanças",      "Jardinagem",  "Decoração",   "Fotografia",  "Música",
    "Ação",         "Atelier",       "Loja",        "Casa",        "Mercado",     "Conservas",
    "Cortiça",      "Doçaria",       "Gelataria",   "Tabacaria",   "Artesanato",  "Pão",
};
const char* const qualifiers[] = {
    "Lusitana",   "Central",     "do Largo",       "da Praça",    "do Mercado",  "da Ribeira",
    "do Chiado",  "da Baixa",    "de Alfama",      "da Sé",       "do Porto",    "de Lisboa",
    "de Braga",   "de Coimbra",  "de Évora",       "de Faro",     "de Aveiro",   "de Viseu",
    "de Leiria",  "de Setúbal",  "de Guimarães",   "do Funchal",  "dos Açores",  "de Sintra",
    "de Cascais", "de Tomar",    "de Óbidos",      "da Nazaré",   "da Ericeira", "de Belém",
    "da Estrela", "da Graça",    "do Bairro Alto", "Nova",        "Velha",       "do Rio",
    "da Serra",   "do Minho",    "do Algarve",     "do Alentejo", "do Douro",    "Atlântica",
    "Moderna",    "Tradicional", "Familiar",       "do Coração",  "da Estação",  "Ibérica",
};
const char* const associations[] = {
    "Associação Cultural",  "Clube Desportivo",       "Grupo Desportivo", "Associação de Pais",
    "Banda Filarmónica",    "Rancho Folclórico",      "Centro Social",    "Sociedade Recreativa",
    "Cooperativa Agrícola", "Associação Humanitária", "Orfeão",           "Coral",
};
const char* const publicBodies[] = {
    "Câmara Municipal", "Junta de Freguesia", "Biblioteca Municipal",
    "Museu Municipal",  "Escola Secundária",  "Agrupamento de Escolas",
};
struct City
{
    const char* name;
    int postcodeLow; // four-digit CTT prefixes of the area
    int postcodeHigh;
    const char* areaCode; // landline prefix after +351.
};
const City cities[] = {
    {"Lisboa", 1000, 1998, "21"},         {"Porto", 4000, 4369, "22"},
    {"Braga", 4700, 4719, "253"},         {"Coimbra", 3000, 3049, "239"},
    {"Évora", 7000, 7009, "266"},         {"Faro", 8000, 8009, "289"},
    {"Aveiro", 3800, 3819, "234"},        {"Viseu", 3500, 3519, "232"},
    {"Leiria", 2400, 2419, "244"},        {"Setúbal", 2900, 2914, "265"},
    {"Guimarães", 4800, 4839, "253"},     {"Funchal", 9000, 9064, "291"},
    {"Ponta Delgada", 9500, 9509, "296"}, {"Bragança", 5300, 5309, "273"},
    {"Beja", 7800, 7809, "284"},          {"Guarda", 6300, 6309, "271"},
    {"Sintra", 2710, 2714, "21"},         {"Cascais", 2750, 2754, "21"},
    {"Covilhã", 6200, 6209, "275"},       {"Viana do Castelo", 4900, 4909, "258"},
    {"Matosinhos", 4450, 4464, "22"},     {"Almada", 2800, 2819, "21"},
    {"Portimão", 8500, 8509, "282"},      {"Santarém", 2000, 2009, "243"},
};
const char* const streets[] = {
    "Rua das Flores",
    "Avenida da Liberdade",
    "Rua de Santa Catarina",
    "Praça do Comércio",
    "Rua Augusta",
    "Avenida dos Aliados",
    "Rua do Carmo",
    "Travessa do Açúcar",
    "Largo da Sé",
    "Rua Direita",
    "Avenida da República",
    "Rua Dr. Manuel de Arriaga",
    "Rua 25 de Abril",
    "Rua da Conceição",
    "Rua Cândido dos Reis",
    "Avenida João XXI",
    "Rua de São Bento",
    "Rua Visconde de Seabra",
    "Rua do Comércio",
    "Estrada Nacional 125",
    "Rua da Igreja",
    "Rua Luís de Camões",
    "Avenida Infante D. Henrique",
    "Rua Gonçalo Velho",
};
const char* const floors[] = {"1.º Esq.", "2.º Dto.", "3.º Esq.", "R/C", "4.º Frente", "Loja A"};
const char* const hostingPairs[][2] = {
    {"ns1.alojamento-exemplo.net", "ns2.alojamento-exemplo.net"},
    {"dns1.servidores-lusos.pt", "dns2.servidores-lusos.pt"},
    {"ns1.hospedagem-atlantico.com", "ns2.hospedagem-atlantico.com"},
    {"ns-a.nuvem-exemplo.eu", "ns-b.nuvem-exemplo.eu"},
    {"ns1.registo-exemplo.pt", "ns2.registo-exemplo.pt"},
};

template <std::size_t N> QStringList texts(const char* const (&items)[N])
{
    QStringList list;
    list.reserve(qsizetype(N));
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

// The word lists once, as QStrings.
struct Words
{
    QStringList male = texts(maleNames);
    QStringList female = texts(femaleNames);
    QStringList surname = texts(surnames);
    QStringList business = texts(businesses);
    QStringList qualifier = texts(qualifiers);
    QStringList association = texts(associations);
    QStringList publicBody = texts(publicBodies);
    QStringList street = texts(streets);
    QStringList floor = texts(floors);
};

const Words& words()
{
    static const Words all;
    return all;
}

// Accents dropped, ASCII only: what most holders type for their domain, and
// what goes into e-mail addresses.
QString folded(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.unicode() < 0x80)
            out += c;
    }
    return out;
}

// "Padaria do Largo" -> "padaria-do-largo"; "&" reads "e".
QString labelOf(const QString& display)
{
    QString label;
    label.reserve(display.size());
    const QString lower = display.toLower();
    for (const QChar c : lower) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            if (!label.isEmpty() && !label.endsWith(QLatin1Char('-')))
                label += QLatin1Char('-');
        } else if (c == QLatin1Char('&')) {
            label += QLatin1Char('e');
        } else if (c.isLetterOrNumber()) {
            label += c;
        }
    }
    while (label.endsWith(QLatin1Char('-')))
        label.chop(1);
    return label;
}

QString digits(Random& random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + random.bounded(10)));
    return out;
}

QString hex(Random& random, int count)
{
    static const char alphabet[] = "0123456789ABCDEF";
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(alphabet[random.bounded(16)]);
    return out;
}

enum class HolderKind
{
    Person,
    Company,
    Association,
    PublicBody
};

struct Holder
{
    int contact = 0; // index in Data::contacts
    HolderKind kind = HolderKind::Person;
    QString registrar;
    QString primary;   // the name of the first domain, display form
    QStringList parts; // words for other domain names, display form
    int domains = 0;
};

class Generator
{
public:
    Generator(quint64 seed, const QDateTime& now, const QStringList& registrars)
        : m_random(seed)
        , m_now(QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC))
        , m_registrars(registrars.isEmpty() ? QStringList{RegistryState::defaultRegistrar()}
                                            : registrars)
    {}

    SandboxPortfolio::Data run(int domainCount)
    {
        m_data.domains.reserve(domainCount);
        m_data.contacts.reserve(domainCount * 3 / 5 + 8);
        m_names.reserve(domainCount);
        for (const QString& registrar : m_registrars) {
            m_techs[registrar] = {addTechContact(registrar, QStringLiteral("Suporte Técnico")),
                                  addTechContact(registrar, QStringLiteral("Equipa DNS"))};
        }
        for (int i = 0; i < domainCount; ++i)
            addDomain();
        return std::move(m_data);
    }

private:
    QString pick(const QStringList& list) { return list.at(m_random.bounded(int(list.size()))); }

    QString registrarForNewHolder()
    {
        // Most of the portfolio is the first registrar's (the desk's own).
        if (m_registrars.size() == 1 || m_random.percent(85))
            return m_registrars.first();
        return m_registrars.at(1 + m_random.bounded(int(m_registrars.size()) - 1));
    }

    QString newVat(char first)
    {
        for (;;) {
            QString eight = QLatin1Char(first) + digits(m_random, 7);
            if (first == '1')
                eight[0] = QLatin1Char(char('1' + m_random.bounded(3))); // 1, 2 or 3
            const QString vat = eight + QString::number(NifValidator::checkDigit(eight));
            if (!m_vats.contains(vat)) {
                m_vats.insert(vat);
                return QStringLiteral("PT") + vat;
            }
        }
    }

    QString landline(const City& city)
    {
        const QString area = QString::fromLatin1(city.areaCode);
        return QStringLiteral("+351.") + area + digits(m_random, 9 - int(area.size()));
    }

    QString mobile()
    {
        static const char second[] = {'1', '2', '3', '6'};
        return QStringLiteral("+351.9") + QLatin1Char(second[m_random.bounded(4)]) +
               digits(m_random, 7);
    }

    PostalAddress address(const City& city)
    {
        PostalAddress a;
        QString street =
            pick(words().street) + QStringLiteral(", ") + QString::number(m_random.between(1, 250));
        if (m_random.percent(25))
            street += QStringLiteral(", ") + pick(words().floor);
        a.street = {street};
        a.city = QString::fromUtf8(city.name);
        a.postcode = QString::number(m_random.between(city.postcodeLow, city.postcodeHigh)) +
                     QLatin1Char('-') + digits(m_random, 3);
        a.countryCode = QStringLiteral("PT");
        return a;
    }

    QString newHandle(const QString& name)
    {
        m_handleNumber += m_random.between(1, 7);
        return RegistryState::nicHandle(name, m_handleNumber);
    }

    RegistryContact baseContact(const QString& name, const QString& registrar,
                                const QDateTime& created)
    {
        RegistryContact c;
        c.id = newHandle(name);
        c.roid = QString::number(m_contactRoid += m_random.between(1, 9));
        c.name = name;
        c.clID = registrar;
        c.crID = registrar;
        c.crDate = created;
        c.authInfo = m_random.authCode();
        return c;
    }

    int addTechContact(const QString& registrar, const QString& team)
    {
        const City& city = cities[m_random.bounded(int(std::size(cities)))];
        RegistryContact c =
            baseContact(team + QStringLiteral(" ") + registrar, registrar, m_now.addYears(-16));
        c.organisation = c.name;
        c.address = address(city);
        c.voice = landline(city);
        c.email = QStringLiteral("dns@") + registrar + QStringLiteral(".example.pt");
        c.vat = newVat('5');
        m_data.contacts << c;
        return int(m_data.contacts.size()) - 1;
    }

    Holder newHolder(const QDateTime& created)
    {
        const Words& w = words();
        Holder h;
        h.registrar = registrarForNewHolder();
        const City& city = cities[m_random.bounded(int(std::size(cities)))];
        const int kind = m_random.bounded(100);
        QString name;
        QString organisation;
        QString vat;
        QString email;
        if (kind < 50) {
            h.kind = HolderKind::Person;
            const bool female = m_random.percent(50);
            const QString first = pick(female ? w.female : w.male);
            QString second;
            if (m_random.percent(30))
                second = pick(female ? w.female : w.male);
            const QString surname1 = pick(w.surname);
            QString surname2 = pick(w.surname);
            while (surname2 == surname1)
                surname2 = pick(w.surname);
            name = first;
            if (!second.isEmpty() && second != first)
                name += QLatin1Char(' ') + second;
            if (m_random.percent(15))
                name += m_random.percent(50) ? QStringLiteral(" da") : QStringLiteral(" de");
            name += QLatin1Char(' ') + surname1 + QLatin1Char(' ') + surname2;
            h.parts = {first, surname1, surname2, pick(w.business)};
            vat = newVat('1');
            email = folded(first).toLower() + QLatin1Char('.') + folded(surname2).toLower();
            if (m_random.percent(40))
                email += QString::number(m_random.between(1, 99));
            email += QStringLiteral("@example.pt");
        } else if (kind < 90) {
            h.kind = HolderKind::Company;
            const QString business = pick(w.business);
            const QString qualifier = pick(w.qualifier);
            const QString surname = pick(w.surname);
            const int form = m_random.bounded(5);
            if (form == 0)
                organisation = business + QLatin1Char(' ') + qualifier + QStringLiteral(", Lda.");
            else if (form == 1)
                organisation = surname + QStringLiteral(" & Filhos, Lda.");
            else if (form == 2)
                organisation =
                    surname + QStringLiteral(" & ") + pick(w.surname) + QStringLiteral(", S.A.");
            else if (form == 3)
                organisation =
                    business + QLatin1Char(' ') + surname + QStringLiteral(", Unipessoal Lda.");
            else
                organisation = business + QLatin1Char(' ') + qualifier + QStringLiteral(", S.A.");
            name = organisation;
            h.primary = organisation.section(QLatin1Char(','), 0, 0);
            h.parts = {business, qualifier, surname};
            vat = newVat('5');
        } else if (kind < 96) {
            h.kind = HolderKind::Association;
            const QString type = pick(w.association);
            const QString qualifier = pick(w.qualifier);
            organisation = type + QLatin1Char(' ') + qualifier;
            name = organisation;
            h.primary = organisation;
            h.parts = {type, qualifier};
            vat = newVat('5');
        } else {
            h.kind = HolderKind::PublicBody;
            const QString type = pick(w.publicBody);
            const QString place = QString::fromUtf8(city.name);
            organisation = type + QStringLiteral(" de ") + place;
            name = organisation;
            h.parts = {type, place};
            vat = newVat('6');
        }
        RegistryContact c = baseContact(name, h.registrar, created);
        c.organisation = organisation;
        c.address = address(city);
        c.vat = vat;
        c.email = email; // organisations get geral@ their first domain
        if (h.kind == HolderKind::Person) {
            c.mobile = mobile();
            c.voice = m_random.percent(40) ? landline(city) : c.mobile;
        } else {
            c.voice = landline(city);
            if (m_random.percent(50))
                c.mobile = mobile();
        }
        m_data.contacts << c;
        h.contact = int(m_data.contacts.size()) - 1;
        return h;
    }

    // A label in the holder's style: its own name first, then variations.
    QString candidateLabel(const Holder& h, int attempt)
    {
        QString display;
        if (h.domains == 0 && attempt == 0 && !h.primary.isEmpty())
            display = h.primary;
        else
            display = variation(h, m_random.bounded(attempt < 2 ? 3 : 6));
        const QString label = labelOf(display);
        // Most holders write their name without accents; a quarter keep them.
        return m_random.percent(25) ? label : folded(label);
    }

    QString variation(const Holder& h, int variant)
    {
        const QStringList& p = h.parts;
        const QChar space = QLatin1Char(' ');
        switch (h.kind) {
        case HolderKind::Person: // first name, surname, surname, a trade
            switch (variant) {
            case 0:
                return p.at(0) + space + p.at(1) + space + p.at(2);
            case 1:
                return p.at(0) + space + p.at(2);
            case 2:
                return p.at(0) + p.at(2);
            case 3:
                return p.at(1) + space + p.at(2);
            case 4:
                return p.at(3) + space + p.at(0) + space + p.at(2);
            default:
                return p.at(0) + space + p.at(2) + space + pick(words().qualifier);
            }
        case HolderKind::Company: // trade, qualifier, surname
            switch (variant) {
            case 0:
                return p.at(0) + space + p.at(1);
            case 1:
                return p.at(0) + space + p.at(2);
            case 2:
                return p.at(0) + p.at(1).section(space, -1);
            case 3:
                return p.at(2) + space + p.at(0);
            case 4:
                return p.at(2) + QStringLiteral(" & Filhos");
            default:
                return p.at(0) + space + p.at(1) + space + p.at(2);
            }
        case HolderKind::Association: // kind, qualifier
            switch (variant) {
            case 0:
                return p.at(0) + space + p.at(1);
            case 1:
                return p.at(0).section(space, -1) + space + p.at(1);
            case 2:
                return p.at(1) + space + p.at(0);
            default:
                return p.at(0) + space + pick(words().qualifier);
            }
        case HolderKind::PublicBody: { // kind, city
            QString initials;
            for (const QString& word : p.at(0).split(space)) {
                if (word.size() > 2)
                    initials += word.at(0);
            }
            switch (variant) {
            case 0:
                return initials + space + p.at(1);
            case 1:
                return p.at(0) + space + p.at(1);
            case 2:
                return initials + p.at(1);
            case 3:
                return p.at(0).section(space, -1) + space + p.at(1);
            default:
                return initials + space + p.at(1) + space + pick(words().business);
            }
        }
        }
        return p.join(space);
    }

    QString zoneFor(HolderKind kind)
    {
        switch (kind) {
        case HolderKind::Person:
            return QStringLiteral("pt");
        case HolderKind::Company:
            return m_random.percent(20) ? QStringLiteral("com.pt") : QStringLiteral("pt");
        case HolderKind::Association:
            return m_random.percent(60) ? QStringLiteral("org.pt") : QStringLiteral("pt");
        case HolderKind::PublicBody:
            return m_random.percent(50) ? QStringLiteral("gov.pt") : QStringLiteral("pt");
        }
        return QStringLiteral("pt");
    }

    // A name nobody holds yet, valid for .pt, as its A-label. Names are told
    // apart in their lower-case NFC form, which maps one to one to A-labels,
    // so that only new candidates go through the validator.
    QString newName(Holder& h)
    {
        const QString zone = zoneFor(h.kind);
        for (int attempt = 0;; ++attempt) {
            QString label = candidateLabel(h, attempt);
            if (attempt >= 3)
                label += QLatin1Char('-') + QString::number(m_random.between(2, 9 + 3 * attempt));
            const QString name = label + QLatin1Char('.') + zone;
            if (m_names.contains(name))
                continue;
            const ValidationResult valid = DomainNameValidator::validate(name);
            if (valid) {
                m_names.insert(name);
                return valid.value;
            }
        }
    }

    QList<NameServer> nameServers(const QString& domain)
    {
        const int kind = m_random.bounded(100);
        if (kind < 4)
            return {}; // not delegated: "Reserved", status inactive
        if (kind < 14) {
            // Its own name servers, inside the domain, with glue in the
            // documentation address ranges.
            static const char* const nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
            QList<NameServer> own;
            for (int i = 1; i <= 2; ++i) {
                NameServer server;
                server.host = QStringLiteral("ns") + QString::number(i) + QLatin1Char('.') + domain;
                server.addresses << QString::fromLatin1(nets[m_random.bounded(3)]) +
                                        QString::number(m_random.between(1, 254));
                if (m_random.percent(40))
                    server.addresses << QStringLiteral("2001:db8:") +
                                            QString::number(m_random.between(1, 0xFFFF), 16) +
                                            QStringLiteral("::53");
                own << server;
            }
            return own;
        }
        const auto& pair = hostingPairs[m_random.bounded(int(std::size(hostingPairs)))];
        return {{QString::fromLatin1(pair[0]), {}}, {QString::fromLatin1(pair[1]), {}}};
    }

    QDateTime between(const QDateTime& from, const QDateTime& to)
    {
        const qint64 span = from.secsTo(to);
        if (span <= 0)
            return from;
        return from.addSecs(qint64(m_random.next() % quint64(span)));
    }

    void addDomain()
    {
        // When it expires: a few within 30 days (auto-renew on, or the
        // registry would already have deleted them), some within 60, most
        // later. Times keep the hour of creation.
        const int bucket = m_random.bounded(100);
        int days = 0;
        if (bucket < 6)
            days = m_random.between(0, 29);
        else if (bucket < 16)
            days = m_random.between(30, 59);
        else
            days = m_random.between(60, 5 * 365);
        const QDateTime exDate = m_now.addSecs(days * Day + m_random.between(3600, int(Day) - 1));
        int years = m_random.between(1, 15);
        QDateTime crDate = exDate.addYears(-years);
        while (crDate > m_now.addSecs(-7 * Day))
            crDate = exDate.addYears(-++years);

        // A new holder a little more often than not; otherwise one of those
        // already known, so that some hold several domains.
        qsizetype index = 0;
        if (m_holders.isEmpty() || m_random.percent(55)) {
            m_holders << newHolder(crDate.addSecs(-m_random.between(60, 3600)));
            index = m_holders.size() - 1;
        } else {
            index = m_random.bounded(int(m_holders.size()));
        }
        Holder& holder = m_holders[index];
        RegistryContact& contact = m_data.contacts[holder.contact];
        if (contact.crDate >= crDate)
            contact.crDate = crDate.addSecs(-m_random.between(60, 3600));

        RegistryDomain d;
        d.name = newName(holder);
        d.roid = QString::number(m_roid += m_random.between(1, 40));
        d.registrant = m_data.contacts.at(holder.contact).id;
        if (contact.email.isEmpty())
            contact.email = QStringLiteral("geral@") + d.name;
        const QList<int>& techs = m_techs.value(holder.registrar);
        if (m_random.percent(70))
            d.techContacts = {m_data.contacts.at(techs.at(m_random.bounded(int(techs.size())))).id};
        else
            d.techContacts = {d.registrant};
        d.nameServers = nameServers(d.name);
        if (m_random.percent(8)) {
            const int count = m_random.percent(10) ? 2 : 1;
            for (int i = 0; i < count; ++i) {
                d.dsRecords << DsRecord{m_random.bounded(65536), m_random.percent(70) ? 13 : 8, 2,
                                        hex(m_random, 64)};
            }
        }
        d.clID = holder.registrar;
        d.crID = holder.registrar;
        d.crDate = crDate;
        d.exDate = exDate;
        if (m_random.percent(40))
            d.upDate = between(crDate, m_now);
        if (m_random.percent(5)) {
            d.trDate = between(crDate, m_now);
            d.crID = m_registrars.at(m_random.bounded(int(m_registrars.size())));
        }
        d.authInfo = m_random.authCode();
        d.autoRenew = bucket < 6 || m_random.percent(65);
        d.arbitration = m_random.percent(70);
        d.ownerConf = m_random.percent(10);
        const int lock = m_random.bounded(1000);
        if (lock < 20)
            d.statuses << QStringLiteral("clientTransferProhibited");
        else if (lock < 30)
            d.statuses << QStringLiteral("clientUpdateProhibited")
                       << QStringLiteral("clientTransferProhibited");
        else if (lock < 35)
            d.statuses << QStringLiteral("serverUpdateProhibited");
        d.registryLock = m_random.bounded(1000) < 3;
        ++holder.domains;
        m_data.domains << d;
    }

    Random m_random;
    QDateTime m_now;
    QStringList m_registrars;
    SandboxPortfolio::Data m_data;
    QList<Holder> m_holders;
    QHash<QString, QList<int>> m_techs; // registrar -> contact indexes
    QSet<QString> m_names;
    QSet<QString> m_vats;
    int m_handleNumber = 100000;
    qint64 m_roid = 2000000;
    qint64 m_contactRoid = 800000;
};

} // namespace

SandboxPortfolio::Data SandboxPortfolio::generate(int domainCount, quint64 seed,
                                                  const QDateTime& now,
                                                  const QStringList& registrars)
{
    return Generator(seed, now, registrars).run(qMax(0, domainCount));
}

void SandboxPortfolio::load(RegistryState& state, const Data& data)
{
    for (const RegistryContact& contact : data.contacts)
        state.insertContact(contact);
    for (const RegistryDomain& domain : data.domains)
        state.insertDomain(domain);
}

int SandboxPortfolio::populate(RegistryState& state, int domainCount, quint64 seed)
{
    const Data data = generate(domainCount, seed, state.now(), state.registrarIds());
    load(state, data);
    return int(data.domains.size());
}

} // namespace rd::sandbox
