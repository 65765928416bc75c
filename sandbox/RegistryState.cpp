#include "RegistryState.h"

#include "epp/EppNamespaces.h"
#include "validation/DomainNameValidator.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QRegularExpression>
#include <QSet>

#include <cctype>

namespace rd::sandbox {

namespace {

constexpr qint64 Day = 24 * 3600;
constexpr qint64 DeletionNoticeDays = 30; // auto-renew off: deleted 30 days before exDate
constexpr int MaxNameServers = 13;
constexpr int MaxDsRecords = 8;

const QStringList& domainStatusValues()
{
    // RFC 5731 section 2.3.
    static const QStringList values = {
        QStringLiteral("clientDeleteProhibited"),
        QStringLiteral("clientHold"),
        QStringLiteral("clientRenewProhibited"),
        QStringLiteral("clientTransferProhibited"),
        QStringLiteral("clientUpdateProhibited"),
        QStringLiteral("inactive"),
        QStringLiteral("ok"),
        QStringLiteral("pendingCreate"),
        QStringLiteral("pendingDelete"),
        QStringLiteral("pendingRenew"),
        QStringLiteral("pendingTransfer"),
        QStringLiteral("pendingUpdate"),
        QStringLiteral("serverDeleteProhibited"),
        QStringLiteral("serverHold"),
        QStringLiteral("serverRenewProhibited"),
        QStringLiteral("serverTransferProhibited"),
        QStringLiteral("serverUpdateProhibited"),
    };
    return values;
}

const QStringList& contactStatusValues()
{
    // RFC 5733 section 2.2.
    static const QStringList values = {
        QStringLiteral("clientDeleteProhibited"),
        QStringLiteral("clientTransferProhibited"),
        QStringLiteral("clientUpdateProhibited"),
        QStringLiteral("linked"),
        QStringLiteral("ok"),
        QStringLiteral("pendingCreate"),
        QStringLiteral("pendingDelete"),
        QStringLiteral("pendingTransfer"),
        QStringLiteral("pendingUpdate"),
        QStringLiteral("serverDeleteProhibited"),
        QStringLiteral("serverTransferProhibited"),
        QStringLiteral("serverUpdateProhibited"),
    };
    return values;
}

QString pendingUpdate()
{
    return QStringLiteral("pendingUpdate");
}

QDateTime wholeSeconds(const QDateTime& moment)
{
    return QDateTime::fromSecsSinceEpoch(moment.toSecsSinceEpoch(), Qt::UTC);
}

QString dateOf(const QDateTime& moment)
{
    return moment.toUTC().date().toString(Qt::ISODate);
}

ResultValue statusValue(const QString& status)
{
    return domainValue(QStringLiteral("status"), {}, {{QStringLiteral("s"), status}});
}

// Legacy zones and those closed in February 2021 hold registered names but
// take no new ones (pt-registry.md 3.5).
bool isClosedZone(const QString& zone)
{
    return zone != QLatin1String("com") && zone != QLatin1String("gov");
}

// Geographic names are reserved to the competent authority (2021 rules); a
// handful stand for the list.
bool isReserved(const QString& aLabel)
{
    static const QSet<QString> reserved = [] {
        QSet<QString> names;
        for (const char* uLabel : {"lisboa.pt", "porto.pt", "braga.pt", "coimbra.pt",
                                   "\u00e9vora.pt", "faro.pt", "madeira.pt", "a\u00e7ores.pt"})
            names.insert(DomainNameValidator::validate(QString::fromUtf8(uLabel)).value);
        return names;
    }();
    return reserved.contains(aLabel);
}

// RFC 1123 host names in ASCII: what hostAttr/hostName carries.
bool isHostName(const QString& name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ldh = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
            if (!ldh)
                return false;
        }
    }
    return true;
}

bool isIpv4(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        if (part.toInt() > 255 || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return false;
    }
    return true;
}

bool isHexGroup(const QString& group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    for (const QChar c : group) {
        if (c.unicode() > 0x7F || !std::isxdigit(c.toLatin1()))
            return false;
    }
    return true;
}

// RFC 4291 section 2.2 text forms, with an embedded IPv4 tail.
bool isIpv6(const QString& text)
{
    if (text.isEmpty() || text.size() > 45)
        return false;
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return false;
    const auto groupsOf = [](const QString& part, bool lastMayBeIpv4, int* count) {
        *count = 0;
        if (part.isEmpty())
            return true;
        const QStringList groups = part.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (lastMayBeIpv4 && i == groups.size() - 1 &&
                groups.at(i).contains(QLatin1Char('.'))) {
                if (!isIpv4(groups.at(i)))
                    return false;
                *count += 2;
            } else if (!isHexGroup(groups.at(i))) {
                return false;
            } else {
                *count += 1;
            }
        }
        return true;
    };
    int head = 0;
    int tail = 0;
    if (gap < 0) {
        return groupsOf(text, true, &head) && head == 8;
    }
    return groupsOf(text.left(gap), false, &head) && groupsOf(text.mid(gap + 2), true, &tail) &&
           head + tail < 8;
}

bool isHex(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F || !std::isxdigit(c.toLatin1()))
            return false;
    }
    return !text.isEmpty();
}

bool sameDs(const DsRecord& a, const DsRecord& b)
{
    return a.keyTag == b.keyTag && a.algorithm == b.algorithm && a.digestType == b.digestType &&
           a.digest.compare(b.digest, Qt::CaseInsensitive) == 0;
}

// RFC 5733 e164 syntax: "+CC.NNNN", at most 17 characters.
bool isEppPhone(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[0-9]{1,3}\\.[0-9]{1,14}$"));
    return phone.size() <= 17 && pattern.match(phone).hasMatch();
}

// Letters of a name for a NIC-handle: ASCII, upper case, accents dropped.
QString handleLetters(const QString& name)
{
    QString letters;
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z')
            letters += QChar(u);
        if (letters.size() == 4)
            break;
    }
    while (letters.size() < 4)
        letters += QLatin1Char('X');
    return letters;
}

int handleNumber(const QString& handle)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{4}-([0-9]{6})-[A-Z]{4}$"));
    const QRegularExpressionMatch match = pattern.match(handle);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

RegistryResult periodYears(const std::optional<Period>& period, int* years)
{
    *years = 1;
    if (!period)
        return RegistryResult::success();
    const QList<QPair<QString, QString>> unit = {{QStringLiteral("unit"), period->unit}};
    const ResultValue echoed =
        domainValue(QStringLiteral("period"), QString::number(period->value), unit);
    int value = period->value;
    if (period->unit == QLatin1String("m")) {
        if (value % 12 != 0)
            return RegistryResult::error(
                2306, QStringLiteral("Allowed periods are 1, 3 or 5 years"), {echoed});
        value /= 12;
    } else if (period->unit != QLatin1String("y")) {
        return RegistryResult::error(2005, QStringLiteral("The period unit is y or m"), {echoed});
    }
    if (value != 1 && value != 3 && value != 5)
        return RegistryResult::error(2306, QStringLiteral("Allowed periods are 1, 3 or 5 years"),
                                     {echoed});
    *years = value;
    return RegistryResult::success();
}

RegistryResult checkStatusChange(const QStringList& current, const QStringList& add,
                                 const QStringList& remove, const QStringList& known,
                                 const QString& namespaceUri)
{
    for (const QString& status : add + remove) {
        const ResultValue echoed{
            namespaceUri, QStringLiteral("status"), {}, {{QStringLiteral("s"), status}}};
        if (!known.contains(status))
            return RegistryResult::error(2005, QStringLiteral("Unknown status value ") + status,
                                         {echoed});
        if (!status.startsWith(QLatin1String("client")))
            return RegistryResult::error(
                2306, QStringLiteral("Only client statuses can be set or removed by a registrar"),
                {echoed});
    }
    for (const QString& status : add) {
        if (current.contains(status) && !remove.contains(status))
            return RegistryResult::error(
                2306, QStringLiteral("Status ") + status + QStringLiteral(" is already set"),
                {{namespaceUri, QStringLiteral("status"), {}, {{QStringLiteral("s"), status}}}});
    }
    for (const QString& status : remove) {
        if (!current.contains(status))
            return RegistryResult::error(
                2306, QStringLiteral("Status ") + status + QStringLiteral(" is not set"),
                {{namespaceUri, QStringLiteral("status"), {}, {{QStringLiteral("s"), status}}}});
    }
    return RegistryResult::success();
}

QStringList applied(QStringList current, const QStringList& add, const QStringList& remove)
{
    for (const QString& status : remove)
        current.removeAll(status);
    for (const QString& status : add) {
        if (!current.contains(status))
            current.append(status);
    }
    return current;
}

} // namespace

RegistryState::RegistryState(const Clock& clock, quint64 seed)
    : m_clock(clock)
    , m_random(seed)
{
    m_registrars = {
        {defaultRegistrar(), defaultPassword(), QStringLiteral("Registo Exemplo, Lda.")},
        {otherRegistrar(), otherPassword(), QStringLiteral("Outro Registo Digital, S.A.")},
    };
}

QDateTime RegistryState::now() const
{
    return wholeSeconds(m_clock.now());
}

// Registrars ---------------------------------------------------------------

void RegistryState::addRegistrar(const Registrar& registrar)
{
    for (Registrar& known : m_registrars) {
        if (known.id == registrar.id) {
            known = registrar;
            return;
        }
    }
    m_registrars.append(registrar);
}

const Registrar* RegistryState::registrar(const QString& id) const
{
    for (const Registrar& known : m_registrars) {
        if (known.id == id)
            return &known;
    }
    return nullptr;
}

bool RegistryState::authenticate(const QString& id, const QString& password) const
{
    const Registrar* known = registrar(id);
    return known && known->password == password;
}

bool RegistryState::changePassword(const QString& id, const QString& newPassword)
{
    for (Registrar& known : m_registrars) {
        if (known.id == id) {
            known.password = newPassword;
            return true;
        }
    }
    return false;
}

QStringList RegistryState::registrarIds() const
{
    QStringList ids;
    for (const Registrar& known : m_registrars)
        ids << known.id;
    return ids;
}

// Loading ------------------------------------------------------------------

void RegistryState::insertContact(const RegistryContact& contact)
{
    m_contacts[contact.id] = contact;
    const int number = handleNumber(contact.id);
    if (number >= m_nextHandle)
        m_nextHandle = number + 1;
    bool digits = false;
    const qint64 roid = contact.roid.toLongLong(&digits);
    if (digits && roid >= m_nextContactRoid)
        m_nextContactRoid = roid + 1;
}

void RegistryState::insertDomain(const RegistryDomain& domain)
{
    if (m_domains.count(domain.name))
        removeDomain(domain.name);
    m_domains[domain.name] = domain;
    m_links[domain.registrant] += 1;
    for (const QString& tech : domain.techContacts)
        m_links[tech] += 1;
    bool digits = false;
    const qint64 roid = domain.roid.toLongLong(&digits);
    if (digits && roid >= m_nextRoid)
        m_nextRoid = roid + 1;
}

const RegistryDomain* RegistryState::domain(const QString& name) const
{
    const auto found = m_domains.find(name.toLower());
    return found == m_domains.end() ? nullptr : &found->second;
}

RegistryDomain* RegistryState::findDomain(const QString& name)
{
    const auto found = m_domains.find(name.toLower());
    return found == m_domains.end() ? nullptr : &found->second;
}

const RegistryContact* RegistryState::contact(const QString& id) const
{
    const auto found = m_contacts.find(id);
    return found == m_contacts.end() ? nullptr : &found->second;
}

QStringList RegistryState::domainNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_domains.size()));
    for (const auto& [name, domain] : m_domains)
        names << name;
    return names;
}

QStringList RegistryState::statusesOf(const RegistryDomain& domain) const
{
    QStringList statuses = domain.statuses;
    if (m_ownerChanges.count(domain.name) && !statuses.contains(pendingUpdate()))
        statuses << pendingUpdate();
    if (domain.nameServers.isEmpty())
        statuses << QStringLiteral("inactive");
    if (statuses.isEmpty())
        statuses << QStringLiteral("ok");
    return statuses;
}

QStringList RegistryState::statusesOf(const RegistryContact& contact) const
{
    QStringList statuses = contact.statuses;
    // RFC 5733 section 2.2: "ok" goes with nothing but "linked".
    if (statuses.isEmpty())
        statuses << QStringLiteral("ok");
    if (isLinked(contact.id))
        statuses << QStringLiteral("linked");
    return statuses;
}

bool RegistryState::isLinked(const QString& contactId) const
{
    if (m_links.value(contactId) > 0)
        return true;
    for (const auto& [name, change] : m_ownerChanges) {
        if (change.newRegistrant == contactId)
            return true;
    }
    return false;
}

// Names --------------------------------------------------------------------

RegistryResult RegistryState::checkDomainName(const QString& name, QString* aLabel)
{
    const ResultValue echoed = domainValue(QStringLiteral("name"), name);
    const QString lower = name.toLower();
    if (lower.isEmpty())
        return RegistryResult::error(2003, QStringLiteral("The domain name is missing"), {echoed});
    for (const QChar c : lower) {
        if (c.unicode() > 0x7F)
            return RegistryResult::error(
                2005, QStringLiteral("Domain names are sent as A-labels (xn--), in ASCII"),
                {echoed});
        const char16_t u = c.unicode();
        const bool allowed =
            (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
        if (!allowed)
            return RegistryResult::error(
                2005, QStringLiteral("Invalid character in domain name: ") + QString(c), {echoed});
    }
    const QStringList labels = lower.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return RegistryResult::error(
                2005, QStringLiteral("Each label of a domain name has 1 to 63 characters"),
                {echoed});
    }
    if (lower.size() > 253)
        return RegistryResult::error(
            2005, QStringLiteral("A domain name has at most 253 characters"), {echoed});

    // The .pt label rules; the validator is rd's own and has no translator
    // installed in the sandbox, so its reasons read in English.
    const ValidationResult valid = DomainNameValidator::validate(lower);
    if (!valid)
        return RegistryResult::error(2306, valid.reason, {echoed});
    if (aLabel)
        *aLabel = valid.value;
    return RegistryResult::success();
}

// Domains ------------------------------------------------------------------

QList<CheckResult> RegistryState::checkDomains(const QStringList& names) const
{
    QList<CheckResult> results;
    for (const QString& name : names) {
        CheckResult line{name, false, {}};
        QString aLabel;
        const RegistryResult syntax = checkDomainName(name, &aLabel);
        const QStringList labels = aLabel.split(QLatin1Char('.'));
        // Check reasons fit RFC 5730's reasonType (32 characters); the
        // create command gives the full reason.
        if (!syntax.ok())
            line.reason = QStringLiteral("Not a valid .pt domain name.");
        else if (domain(aLabel))
            line.reason = QStringLiteral("Domain name already exists.");
        else if (labels.size() == 3 && isClosedZone(labels.at(1)))
            line.reason = QStringLiteral("Zone closed to new names.");
        else if (isReserved(aLabel))
            line.reason = QStringLiteral("Reserved name.");
        else
            line.available = true;
        results << line;
    }
    return results;
}

// What info shows of an object: its statuses as the registry derives them,
// and the auth code only to the sponsoring registrar.
template <typename Object>
RegistryResult RegistryState::infoOf(const Object* found, const QString& registrar,
                                     Object* out) const
{
    if (!found)
        return RegistryResult::error(2303);
    if (out) {
        *out = *found;
        out->statuses = statusesOf(*found);
        if (found->clID != registrar)
            out->authInfo.clear();
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::infoDomain(const QString& registrar, const QString& name,
                                         RegistryDomain* out) const
{
    return infoOf(domain(name), registrar, out);
}

RegistryResult RegistryState::sponsoredDomain(const QString& registrar, const QString& name,
                                              RegistryDomain** out)
{
    *out = findDomain(name);
    if (!*out)
        return RegistryResult::error(2303);
    if ((*out)->clID != registrar)
        return RegistryResult::error(2201);
    return RegistryResult::success();
}

RegistryResult RegistryState::prohibitedBy(const RegistryDomain& domain,
                                           const QStringList& statuses,
                                           bool registryLockApplies) const
{
    if (registryLockApplies && domain.registryLock)
        return RegistryResult::error(2304, QStringLiteral("The domain is locked by the registry"));
    const QStringList current = statusesOf(domain);
    for (const QString& status : statuses) {
        if (current.contains(status))
            return RegistryResult::error(2304, {}, {statusValue(status)});
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::checkNameServers(const QString& domainName,
                                               const QList<NameServer>& nameServers) const
{
    if (nameServers.size() == 1)
        return RegistryResult::error(
            2306, QStringLiteral("Delegation needs at least two name servers"),
            {domainValue(QStringLiteral("hostName"), nameServers.first().host)});
    if (nameServers.size() > MaxNameServers)
        return RegistryResult::error(2306, QStringLiteral("At most 13 name servers are accepted"));
    QSet<QString> seen;
    const QString inZone = QLatin1Char('.') + domainName;
    for (const NameServer& server : nameServers) {
        const ResultValue echoed = domainValue(QStringLiteral("hostName"), server.host);
        if (!isHostName(server.host))
            return RegistryResult::error(2005, QStringLiteral("Invalid host name"), {echoed});
        if (seen.contains(server.host))
            return RegistryResult::error(2306, QStringLiteral("Name server listed twice"),
                                         {echoed});
        seen.insert(server.host);
        const bool subordinate = server.host.endsWith(inZone);
        if (subordinate && server.addresses.isEmpty())
            return RegistryResult::error(
                2003, QStringLiteral("A name server inside the domain needs glue addresses"),
                {echoed});
        if (!subordinate && !server.addresses.isEmpty())
            return RegistryResult::error(
                2306,
                QStringLiteral("Glue addresses are accepted only for name servers inside the "
                               "domain"),
                {echoed});
        for (const QString& address : server.addresses) {
            const bool v6 = address.contains(QLatin1Char(':'));
            if (!(v6 ? isIpv6(address) : isIpv4(address)))
                return RegistryResult::error(
                    2005, QStringLiteral("Invalid IP address"),
                    {domainValue(QStringLiteral("hostAddr"), address,
                                 {{QStringLiteral("ip"),
                                   v6 ? QStringLiteral("v6") : QStringLiteral("v4")}})});
        }
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::checkDsRecords(const QList<DsRecord>& records) const
{
    if (records.size() > MaxDsRecords)
        return RegistryResult::error(2306, QStringLiteral("At most 8 DS records are accepted"));
    static const QList<int> algorithms = {5, 7, 8, 10, 13, 14, 15, 16};
    for (const DsRecord& ds : records) {
        const ResultValue keyTag{
            epp::ns::SecDns.toString(), QStringLiteral("keyTag"), QString::number(ds.keyTag), {}};
        if (ds.keyTag < 0 || ds.keyTag > 65535)
            return RegistryResult::error(2004, QStringLiteral("keyTag is 0 to 65535"), {keyTag});
        if (!algorithms.contains(ds.algorithm))
            return RegistryResult::error(2306, QStringLiteral("DNSSEC algorithm not accepted"),
                                         {{epp::ns::SecDns.toString(),
                                           QStringLiteral("alg"),
                                           QString::number(ds.algorithm),
                                           {}}});
        const ResultValue digest{
            epp::ns::SecDns.toString(), QStringLiteral("digest"), ds.digest, {}};
        if (!isHex(ds.digest))
            return RegistryResult::error(2005, QStringLiteral("The digest is hexadecimal"),
                                         {digest});
        int expected = 0;
        switch (ds.digestType) {
        case 1:
            expected = 40;
            break;
        case 2:
            expected = 64;
            break;
        case 4:
            expected = 96;
            break;
        default:
            return RegistryResult::error(2306, QStringLiteral("Digest type not accepted"),
                                         {{epp::ns::SecDns.toString(),
                                           QStringLiteral("digestType"),
                                           QString::number(ds.digestType),
                                           {}}});
        }
        if (ds.digest.size() != expected)
            return RegistryResult::error(
                2306, QStringLiteral("The digest length does not match the digest type"), {digest});
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::checkContactRefs(const QList<ContactRef>& refs) const
{
    for (const ContactRef& ref : refs) {
        const ResultValue echoed =
            domainValue(QStringLiteral("contact"), ref.id, {{QStringLiteral("type"), ref.type}});
        if (ref.type == QLatin1String("admin") || ref.type == QLatin1String("billing"))
            return RegistryResult::error(
                2306,
                QStringLiteral("Only tech contacts are accepted; .PT has no admin or billing "
                               "contacts"),
                {echoed});
        if (ref.type != QLatin1String("tech"))
            return RegistryResult::error(2005, QStringLiteral("Unknown contact type"), {echoed});
        if (!contact(ref.id))
            return RegistryResult::error(
                2303, QStringLiteral("Contact ") + ref.id + QStringLiteral(" does not exist"),
                {echoed});
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::createDomain(const QString& registrar, const DomainCreate& request,
                                           RegistryDomain* created)
{
    QString aLabel;
    const RegistryResult name = checkDomainName(request.name, &aLabel);
    if (!name.ok())
        return name;
    const ResultValue echoed = domainValue(QStringLiteral("name"), request.name);
    if (domain(aLabel))
        return RegistryResult::error(2302, QStringLiteral("Domain name already registered"),
                                     {echoed});
    const QStringList labels = aLabel.split(QLatin1Char('.'));
    if (labels.size() == 3 && isClosedZone(labels.at(1)))
        return RegistryResult::error(2306,
                                     QStringLiteral("Registrations under ") + labels.at(1) +
                                         QStringLiteral(".pt are closed to new names"),
                                     {echoed});
    if (isReserved(aLabel))
        return RegistryResult::error(
            2308, QStringLiteral("Geographic names are reserved to the competent authority"),
            {echoed});

    int years = 1;
    const RegistryResult period = periodYears(request.period, &years);
    if (!period.ok())
        return period;

    if (request.registrant.isEmpty())
        return RegistryResult::error(2003, QStringLiteral("A registrant is required"));
    if (!contact(request.registrant))
        return RegistryResult::error(
            2303,
            QStringLiteral("Contact ") + request.registrant + QStringLiteral(" does not exist"),
            {domainValue(QStringLiteral("registrant"), request.registrant)});
    const RegistryResult refs = checkContactRefs(request.contacts);
    if (!refs.ok())
        return refs;
    QStringList techs;
    for (const ContactRef& ref : request.contacts) {
        if (!techs.contains(ref.id))
            techs << ref.id;
    }
    if (techs.isEmpty())
        return RegistryResult::error(2003, QStringLiteral("At least one tech contact is required"));

    if (request.usesHostObjects)
        return RegistryResult::error(
            2102, QStringLiteral("Name servers are host attributes (hostAttr); host objects are "
                                 "not offered"));
    QList<NameServer> nameServers = request.nameServers;
    for (NameServer& server : nameServers)
        server.host = server.host.toLower();
    const RegistryResult servers = checkNameServers(aLabel, nameServers);
    if (!servers.ok())
        return servers;
    const RegistryResult ds = checkDsRecords(request.dsRecords);
    if (!ds.ok())
        return ds;

    RegistryDomain fresh;
    fresh.name = aLabel;
    fresh.roid = newRoid();
    fresh.registrant = request.registrant;
    fresh.techContacts = techs;
    fresh.nameServers = nameServers;
    for (DsRecord record : request.dsRecords) {
        record.digest = record.digest.toUpper();
        fresh.dsRecords << record;
    }
    fresh.clID = registrar;
    fresh.crID = registrar;
    fresh.crDate = now();
    fresh.exDate = fresh.crDate.addYears(years);
    fresh.authInfo = request.authInfo.isEmpty() ? newAuthCode() : request.authInfo;
    fresh.autoRenew = request.autoRenew.value_or(false);
    fresh.arbitration = request.arbitration.value_or(false);
    fresh.ownerConf = request.ownerConf.value_or(false);
    insertDomain(fresh);
    if (created)
        *created = fresh;
    return RegistryResult::success();
}

RegistryResult RegistryState::updateDomain(const QString& registrar, const DomainUpdate& request)
{
    RegistryDomain* target = nullptr;
    const RegistryResult sponsor = sponsoredDomain(registrar, request.name, &target);
    if (!sponsor.ok())
        return sponsor;
    QStringList locks = {pendingUpdate(), QStringLiteral("serverUpdateProhibited"),
                         QStringLiteral("pendingDelete")};
    // RFC 5731 section 2.3: an update that removes clientUpdateProhibited is
    // the way out of it.
    if (!request.removeStatuses.contains(QStringLiteral("clientUpdateProhibited")))
        locks << QStringLiteral("clientUpdateProhibited");
    const RegistryResult status = prohibitedBy(*target, locks);
    if (!status.ok())
        return status;

    const RegistryResult statusChange =
        checkStatusChange(target->statuses, request.addStatuses, request.removeStatuses,
                          domainStatusValues(), epp::ns::Domain.toString());
    if (!statusChange.ok())
        return statusChange;

    // Name servers: what is removed must be there, what is added must not.
    if (request.usesHostObjects)
        return RegistryResult::error(
            2102, QStringLiteral("Name servers are host attributes (hostAttr); host objects are "
                                 "not offered"));
    QList<NameServer> servers = target->nameServers;
    for (const QString& host : request.removeNameServers) {
        const QString lower = host.toLower();
        const auto before = servers.size();
        servers.removeIf([&](const NameServer& s) { return s.host == lower; });
        if (servers.size() == before)
            return RegistryResult::error(2306, QStringLiteral("Not a name server of the domain"),
                                         {domainValue(QStringLiteral("hostName"), host)});
    }
    for (NameServer server : request.addNameServers) {
        server.host = server.host.toLower();
        for (const NameServer& present : servers) {
            if (present.host == server.host)
                return RegistryResult::error(
                    2306, QStringLiteral("Already a name server of the domain"),
                    {domainValue(QStringLiteral("hostName"), server.host)});
        }
        servers << server;
    }
    if (!request.removeNameServers.isEmpty() || !request.addNameServers.isEmpty()) {
        const RegistryResult checked = checkNameServers(target->name, servers);
        if (!checked.ok())
            return checked;
    }

    // Tech contacts.
    QStringList techs = target->techContacts;
    for (const ContactRef& ref : request.removeContacts) {
        const ResultValue echoed =
            domainValue(QStringLiteral("contact"), ref.id, {{QStringLiteral("type"), ref.type}});
        if (ref.type != QLatin1String("tech"))
            return RegistryResult::error(
                2306,
                QStringLiteral("Only tech contacts are accepted; .PT has no admin or billing "
                               "contacts"),
                {echoed});
        if (!techs.removeOne(ref.id))
            return RegistryResult::error(2306, QStringLiteral("Not a tech contact of the domain"),
                                         {echoed});
    }
    const RegistryResult refs = checkContactRefs(request.addContacts);
    if (!refs.ok())
        return refs;
    for (const ContactRef& ref : request.addContacts) {
        if (techs.contains(ref.id))
            return RegistryResult::error(2306,
                                         QStringLiteral("Already a tech contact of the domain"),
                                         {domainValue(QStringLiteral("contact"), ref.id,
                                                      {{QStringLiteral("type"), ref.type}})});
        techs << ref.id;
    }
    if (techs.isEmpty())
        return RegistryResult::error(2306,
                                     QStringLiteral("A domain needs at least one tech contact"));

    // DNSSEC.
    QList<DsRecord> dsRecords = request.removeAllDsRecords ? QList<DsRecord>{} : target->dsRecords;
    for (const DsRecord& ds : request.removeDsRecords) {
        const auto before = dsRecords.size();
        dsRecords.removeIf([&](const DsRecord& r) { return sameDs(r, ds); });
        if (dsRecords.size() == before)
            return RegistryResult::error(2306, QStringLiteral("No such DS record on the domain"),
                                         {{epp::ns::SecDns.toString(),
                                           QStringLiteral("keyTag"),
                                           QString::number(ds.keyTag),
                                           {}}});
    }
    const RegistryResult dsCheck = checkDsRecords(request.addDsRecords);
    if (!dsCheck.ok())
        return dsCheck;
    for (DsRecord ds : request.addDsRecords) {
        ds.digest = ds.digest.toUpper();
        bool present = false;
        for (const DsRecord& r : dsRecords)
            present = present || sameDs(r, ds);
        if (!present)
            dsRecords << ds;
    }
    const RegistryResult dsTotal = checkDsRecords(dsRecords);
    if (!dsTotal.ok())
        return dsTotal;

    // Owner change and auth code.
    if (request.newRegistrant) {
        const ResultValue echoed =
            domainValue(QStringLiteral("registrant"), *request.newRegistrant);
        if (!contact(*request.newRegistrant))
            return RegistryResult::error(2303,
                                         QStringLiteral("Contact ") + *request.newRegistrant +
                                             QStringLiteral(" does not exist"),
                                         {echoed});
        if (*request.newRegistrant == target->registrant)
            return RegistryResult::error(
                2306, QStringLiteral("The new registrant is the current registrant"), {echoed});
    }
    if (request.newAuthInfo && request.newAuthInfo->isEmpty())
        return RegistryResult::error(2306, QStringLiteral("The auth code cannot be empty"));

    // Everything checked: apply.
    for (const QString& tech : target->techContacts)
        m_links[tech] -= 1;
    for (const QString& tech : techs)
        m_links[tech] += 1;
    target->techContacts = techs;
    target->nameServers = servers;
    target->dsRecords = dsRecords;
    target->statuses = applied(target->statuses, request.addStatuses, request.removeStatuses);
    if (request.newAuthInfo)
        target->authInfo = *request.newAuthInfo;
    if (request.autoRenew)
        target->autoRenew = *request.autoRenew;
    if (request.arbitration)
        target->arbitration = *request.arbitration;
    if (request.ownerConf)
        target->ownerConf = *request.ownerConf;
    target->upDate = now();
    target->upID = registrar;

    if (request.newRegistrant) {
        OwnerChange change;
        change.domain = target->name;
        change.currentRegistrant = target->registrant;
        change.newRegistrant = *request.newRegistrant;
        change.requestedBy = registrar;
        change.openedAt = now();
        m_ownerChanges[target->name] = change;
        return RegistryResult::success(1001);
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::renewDomain(const QString& registrar, const DomainRenew& request,
                                          QDateTime* newExDate)
{
    RegistryDomain* target = nullptr;
    const RegistryResult sponsor = sponsoredDomain(registrar, request.name, &target);
    if (!sponsor.ok())
        return sponsor;
    // The registry lock stops changes of hands and of data, not renewals.
    const RegistryResult status =
        prohibitedBy(*target,
                     {QStringLiteral("serverRenewProhibited"),
                      QStringLiteral("clientRenewProhibited"), QStringLiteral("pendingDelete")},
                     false);
    if (!status.ok())
        return status;

    const ResultValue echoed = domainValue(QStringLiteral("curExpDate"), request.curExpDate);
    const QDate current = QDate::fromString(request.curExpDate, Qt::ISODate);
    if (!current.isValid() || request.curExpDate.size() != 10)
        return RegistryResult::error(2005, QStringLiteral("curExpDate is a date, YYYY-MM-DD"),
                                     {echoed});
    // RFC 5731 section 3.2.3: the date part of the current exDate, in UTC.
    if (current != target->exDate.date())
        return RegistryResult::error(
            2306,
            QStringLiteral("curExpDate does not match the current expiry date, ") +
                dateOf(target->exDate),
            {echoed});
    int years = 1;
    const RegistryResult period = periodYears(request.period, &years);
    if (!period.ok())
        return period;

    target->exDate = target->exDate.addYears(years);
    if (request.autoRenew)
        target->autoRenew = *request.autoRenew;
    if (newExDate)
        *newExDate = target->exDate;
    return RegistryResult::success();
}

RegistryResult RegistryState::transferDomain(const QString& registrar,
                                             const DomainTransfer& request, TransferRecord* record)
{
    RegistryDomain* target = findDomain(request.name);
    if (!target)
        return RegistryResult::error(2303);
    if (target->clID == registrar)
        return RegistryResult::error(
            2106, QStringLiteral("The domain is already sponsored by the requesting registrar"),
            {domainValue(QStringLiteral("name"), target->name)});
    const RegistryResult status = prohibitedBy(
        *target, {pendingUpdate(), QStringLiteral("serverTransferProhibited"),
                  QStringLiteral("clientTransferProhibited"), QStringLiteral("pendingDelete")});
    if (!status.ok())
        return status;
    if (request.authInfo.isEmpty())
        return RegistryResult::error(2003, QStringLiteral("The transfer code is required"));
    if (request.authInfo != target->authInfo)
        return RegistryResult::error(2201);

    const QDateTime at = now();
    TransferRecord done;
    done.domain = target->name;
    done.trStatus = QStringLiteral("serverApproved");
    done.reID = registrar;
    done.reDate = at;
    done.acID = registrar;
    done.acDate = at;
    done.losingRegistrar = target->clID;

    target->clID = registrar;
    target->trDate = at;
    // The code is single use (pt-registry.md 3.4): a new one replaces it.
    target->authInfo = newAuthCode();
    if (request.autoRenew)
        target->autoRenew = *request.autoRenew;
    m_transfers[target->name] = done;
    queue(done.losingRegistrar, PollKind::TransferAway, target->name,
          QStringLiteral("Domain transferred away: ") + target->name, done);
    if (record)
        *record = done;
    return RegistryResult::success();
}

RegistryResult RegistryState::transferQuery(const QString& registrar, const QString& name,
                                            const QString& authInfo, TransferRecord* record) const
{
    const RegistryDomain* target = domain(name);
    if (!target)
        return RegistryResult::error(2303);
    const auto found = m_transfers.find(target->name);
    const bool allowed =
        target->clID == registrar ||
        (found != m_transfers.end() && found->second.losingRegistrar == registrar) ||
        (!authInfo.isEmpty() && authInfo == target->authInfo);
    if (!allowed)
        return RegistryResult::error(2201);
    if (found == m_transfers.end())
        return RegistryResult::error(2301, QStringLiteral("The domain has no transfer on record"));
    if (record)
        *record = found->second;
    return RegistryResult::success();
}

RegistryResult RegistryState::deleteDomain(const QString& registrar, const QString& name)
{
    RegistryDomain* target = nullptr;
    const RegistryResult sponsor = sponsoredDomain(registrar, name, &target);
    if (!sponsor.ok())
        return sponsor;
    const RegistryResult status = prohibitedBy(
        *target, {pendingUpdate(), QStringLiteral("serverDeleteProhibited"),
                  QStringLiteral("clientDeleteProhibited"), QStringLiteral("pendingDelete")});
    if (!status.ok())
        return status;
    removeDomain(target->name);
    return RegistryResult::success();
}

void RegistryState::removeDomain(const QString& name)
{
    const auto found = m_domains.find(name);
    if (found == m_domains.end())
        return;
    m_links[found->second.registrant] -= 1;
    for (const QString& tech : found->second.techContacts)
        m_links[tech] -= 1;
    m_ownerChanges.erase(name);
    m_verifications.erase(name);
    m_transfers.erase(name);
    m_domains.erase(found);
}

// Contacts -----------------------------------------------------------------

QList<CheckResult> RegistryState::checkContacts(const QStringList& ids) const
{
    QList<CheckResult> results;
    for (const QString& id : ids) {
        CheckResult line{id, true, {}};
        if (contact(id)) {
            line.available = false;
            // The registry's own words (pt-registry.md 2.2), longer than
            // RFC 5730's 32-character reasonType: like its plain-digit ROIDs,
            // a reason clients must not validate strictly.
            line.reason = QStringLiteral("The Nic-Handle is already in use in the system.");
        }
        results << line;
    }
    return results;
}

RegistryResult RegistryState::infoContact(const QString& registrar, const QString& id,
                                          RegistryContact* out) const
{
    return infoOf(contact(id), registrar, out);
}

RegistryResult RegistryState::checkContactData(const QString& postalType, const QString& name,
                                               const PostalAddress& address, const QString& voice,
                                               const QString& fax, const QString& email,
                                               const QString& mobile) const
{
    if (postalType != QLatin1String("int"))
        return RegistryResult::error(2306, QStringLiteral("Only postalInfo type int is accepted"),
                                     {contactValue(QStringLiteral("postalInfo"), {},
                                                   {{QStringLiteral("type"), postalType}})});
    if (name.trimmed().isEmpty())
        return RegistryResult::error(2003, QStringLiteral("The contact name is required"));
    if (address.city.trimmed().isEmpty())
        return RegistryResult::error(2003, QStringLiteral("The city is required"));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(address.countryCode).hasMatch())
        return RegistryResult::error(
            2005, QStringLiteral("The country code is two capital letters (ISO 3166-1)"),
            {contactValue(QStringLiteral("cc"), address.countryCode)});
    if (address.street.size() > 3)
        return RegistryResult::error(2005, QStringLiteral("At most three street lines"));
    if (address.countryCode == QLatin1String("PT")) {
        const ResultValue pc = contactValue(QStringLiteral("pc"), address.postcode);
        if (address.postcode.isEmpty())
            return RegistryResult::error(
                2003, QStringLiteral("A Portuguese address needs a postcode"), {pc});
        const ValidationResult valid = PostcodeValidator::validate(address.postcode);
        if (!valid || valid.value != address.postcode)
            return RegistryResult::error(
                2306, QStringLiteral("Portuguese postcodes are written NNNN-NNN"), {pc});
    }
    if (email.isEmpty())
        return RegistryResult::error(2003, QStringLiteral("The e-mail address is required"));
    if (!EmailValidator::validate(email))
        return RegistryResult::error(2005, QStringLiteral("Invalid e-mail address"),
                                     {contactValue(QStringLiteral("email"), email)});
    const QList<QPair<QString, ResultValue>> phones = {
        {voice, contactValue(QStringLiteral("voice"), voice)},
        {fax, contactValue(QStringLiteral("fax"), fax)},
        {mobile, ResultValue{epp::ns::PtContact.toString(), QStringLiteral("mobile"), mobile, {}}},
    };
    for (const auto& [phone, echoed] : phones) {
        if (phone.isEmpty())
            continue;
        if (!isEppPhone(phone))
            return RegistryResult::error(
                2005, QStringLiteral("Phone numbers are written +CCC.NNNNNNNNN"), {echoed});
        if (phone.startsWith(QLatin1String("+351.")) && !PhoneValidator::validate(phone))
            return RegistryResult::error(
                2306,
                QStringLiteral("Portuguese numbers have nine digits and start with 2, 3, 7, 8 "
                               "or 9"),
                {echoed});
    }
    return RegistryResult::success();
}

RegistryResult RegistryState::createContact(const QString& registrar, const ContactCreate& request,
                                            RegistryContact* created)
{
    const RegistryResult data =
        checkContactData(request.postalType, request.name, request.address, request.voice,
                         request.fax, request.email, request.mobile);
    if (!data.ok())
        return data;

    // ptcontact:vat is mandatory, and belongs to the country of the address
    // (pt-registry.md 1.4).
    QString vat = request.vat.trimmed().toUpper();
    vat.remove(QLatin1Char(' '));
    const ResultValue echoed{epp::ns::PtContact.toString(), QStringLiteral("vat"), request.vat, {}};
    if (vat.isEmpty())
        return RegistryResult::error(2003, QStringLiteral("The VAT number is mandatory"), {echoed});
    static const QRegularExpression shape(QStringLiteral("^([A-Z]{2})?([0-9A-Z]{2,13})$"));
    const QRegularExpressionMatch parts = shape.match(vat);
    if (!parts.hasMatch())
        return RegistryResult::error(2005, QStringLiteral("Invalid VAT number syntax"), {echoed});
    const QString country =
        parts.captured(1).isEmpty() ? request.address.countryCode : parts.captured(1);
    if (country != request.address.countryCode)
        return RegistryResult::error(
            2306,
            QStringLiteral("The VAT number must belong to the country of the address (") +
                request.address.countryCode + QLatin1Char(')'),
            {echoed});
    if (country == QLatin1String("PT")) {
        const QString digits = parts.captured(2);
        const ValidationResult nif = NifValidator::validateNif(digits);
        if (!nif) {
            const bool nineDigits =
                digits.size() == 9 && NifValidator::checkDigit(digits.left(8)) >= 0;
            return RegistryResult::error(
                2306,
                nineDigits && digits.at(0) != QLatin1Char('0')
                    ? QStringLiteral("Invalid VAT number: the NIF check digit does not match")
                    : QStringLiteral("Invalid VAT number: a Portuguese NIF has nine digits and "
                                     "does not start with 0"),
                {echoed});
        }
        vat = QStringLiteral("PT") + nif.value;
    } else if (parts.captured(1).isEmpty()) {
        vat = country + vat;
    }

    RegistryContact fresh;
    fresh.id = newHandle(request.name);
    fresh.roid = QString::number(m_nextContactRoid++);
    fresh.name = request.name.trimmed();
    fresh.organisation = request.organisation.trimmed();
    fresh.address = request.address;
    fresh.voice = request.voice;
    fresh.fax = request.fax;
    fresh.email = request.email.trimmed();
    fresh.vat = vat;
    fresh.mobile = request.mobile;
    fresh.authInfo = request.authInfo.isEmpty() ? newAuthCode() : request.authInfo;
    fresh.clID = registrar;
    fresh.crID = registrar;
    fresh.crDate = now();
    insertContact(fresh);
    if (created)
        *created = fresh;
    return RegistryResult::success();
}

RegistryResult RegistryState::updateContact(const QString& registrar, const ContactUpdate& request)
{
    const auto found = m_contacts.find(request.id);
    if (found == m_contacts.end())
        return RegistryResult::error(2303);
    RegistryContact& target = found->second;
    if (target.clID != registrar)
        return RegistryResult::error(2201);
    QStringList locks = {QStringLiteral("serverUpdateProhibited")};
    if (!request.removeStatuses.contains(QStringLiteral("clientUpdateProhibited")))
        locks << QStringLiteral("clientUpdateProhibited");
    for (const QString& lock : locks) {
        if (target.statuses.contains(lock))
            return RegistryResult::error(
                2304, {},
                {contactValue(QStringLiteral("status"), {}, {{QStringLiteral("s"), lock}})});
    }
    const RegistryResult statusChange =
        checkStatusChange(target.statuses, request.addStatuses, request.removeStatuses,
                          contactStatusValues(), epp::ns::Contact.toString());
    if (!statusChange.ok())
        return statusChange;

    RegistryContact changed = target;
    if (request.name)
        changed.name = request.name->trimmed();
    if (request.organisation)
        changed.organisation = request.organisation->trimmed();
    if (request.address)
        changed.address = *request.address;
    if (request.voice)
        changed.voice = *request.voice;
    if (request.fax)
        changed.fax = *request.fax;
    if (request.email)
        changed.email = request.email->trimmed();
    if (request.mobile)
        changed.mobile = *request.mobile;
    if (request.authInfo)
        changed.authInfo = *request.authInfo;
    const RegistryResult data =
        checkContactData(request.postalType, changed.name, changed.address, changed.voice,
                         changed.fax, changed.email, changed.mobile);
    if (!data.ok())
        return data;
    changed.statuses = applied(target.statuses, request.addStatuses, request.removeStatuses);
    changed.upDate = now();
    changed.upID = registrar;
    target = changed;
    return RegistryResult::success();
}

RegistryResult RegistryState::deleteContact(const QString& registrar, const QString& id)
{
    const auto found = m_contacts.find(id);
    if (found == m_contacts.end())
        return RegistryResult::error(2303);
    if (found->second.clID != registrar)
        return RegistryResult::error(2201);
    for (const QString& lock :
         {QStringLiteral("serverDeleteProhibited"), QStringLiteral("clientDeleteProhibited")}) {
        if (found->second.statuses.contains(lock))
            return RegistryResult::error(
                2304, {},
                {contactValue(QStringLiteral("status"), {}, {{QStringLiteral("s"), lock}})});
    }
    if (isLinked(id))
        return RegistryResult::error(2305, QStringLiteral("The contact is linked to a domain"),
                                     {contactValue(QStringLiteral("id"), id)});
    m_contacts.erase(found);
    m_links.remove(id);
    return RegistryResult::success();
}

// Owner changes and verifications -------------------------------------------

const OwnerChange* RegistryState::ownerChange(const QString& domain) const
{
    const auto found = m_ownerChanges.find(domain.toLower());
    return found == m_ownerChanges.end() ? nullptr : &found->second;
}

void RegistryState::finishOwnerChange(const QString& domain, PollKind kind, const QString& text,
                                      bool apply)
{
    const auto found = m_ownerChanges.find(domain);
    if (found == m_ownerChanges.end())
        return;
    RegistryDomain* target = findDomain(domain);
    if (target) {
        if (apply) {
            m_approvedOwnerChanges[domain] = found->second;
            m_links[target->registrant] -= 1;
            target->registrant = found->second.newRegistrant;
            m_links[target->registrant] += 1;
            target->upDate = now();
        }
        queue(target->clID, kind, domain, text);
    }
    m_ownerChanges.erase(found);
}

RegistryResult RegistryState::ownerChangeDecision(const QString& domain, OwnerChangeParty party,
                                                  OwnerChangeDecision decision)
{
    lapseOwnerChanges(now()); // a decision after the deadline finds the change lapsed
    const auto found = m_ownerChanges.find(domain.toLower());
    if (found == m_ownerChanges.end())
        return RegistryResult::error(2303,
                                     QStringLiteral("No owner change is pending for ") + domain);
    OwnerChange& change = found->second;
    const QString name = change.domain;
    if (party == OwnerChangeParty::Current) {
        if (change.currentAcceptedAt.isValid())
            return RegistryResult::error(
                2304, QStringLiteral("The current registrant has already accepted"));
        if (decision == OwnerChangeDecision::Refuse) {
            finishOwnerChange(name, PollKind::OwnerChangeRefused,
                              QStringLiteral("Owner change of ") + name +
                                  QStringLiteral(" refused by the current registrant"),
                              false);
            return RegistryResult::success();
        }
        change.currentAcceptedAt = now();
        return RegistryResult::success();
    }
    // The new registrant is asked once the current one has accepted.
    if (!change.currentAcceptedAt.isValid())
        return RegistryResult::error(
            2304, QStringLiteral("The current registrant has not accepted the owner change yet"));
    if (decision == OwnerChangeDecision::Refuse) {
        finishOwnerChange(name, PollKind::OwnerChangeRefused,
                          QStringLiteral("Owner change of ") + name +
                              QStringLiteral(" refused by the new registrant"),
                          false);
        return RegistryResult::success();
    }
    finishOwnerChange(name, PollKind::OwnerChangeApproved,
                      QStringLiteral("Owner change of ") + name +
                          QStringLiteral(" approved by both registrants"),
                      true);
    return RegistryResult::success();
}

RegistryResult RegistryState::reverseOwnerChange(const QString& domain)
{
    const auto found = m_approvedOwnerChanges.find(domain.toLower());
    RegistryDomain* target = findDomain(domain.toLower());
    if (found == m_approvedOwnerChanges.end() || !target ||
        target->registrant != found->second.newRegistrant)
        return RegistryResult::error(2303, QStringLiteral("No approved owner change of ") + domain);
    m_links[target->registrant] -= 1;
    target->registrant = found->second.currentRegistrant;
    m_links[target->registrant] += 1;
    target->upDate = now();
    queue(target->clID, PollKind::OwnerChangeReversed, target->name,
          QStringLiteral("Owner change of ") + target->name +
              QStringLiteral(" reversed: the new registrant was not verified within 2 days"));
    m_approvedOwnerChanges.erase(found);
    return RegistryResult::success();
}

const Verification* RegistryState::verification(const QString& domain) const
{
    const auto found = m_verifications.find(domain.toLower());
    return found == m_verifications.end() ? nullptr : &found->second;
}

RegistryResult RegistryState::openVerification(const QString& domain)
{
    const RegistryDomain* target = this->domain(domain);
    if (!target)
        return RegistryResult::error(2303);
    if (m_verifications.count(target->name))
        return RegistryResult::error(2302, QStringLiteral("A verification is already open"));
    Verification opened{target->name, target->registrant, now()};
    m_verifications[target->name] = opened;
    queue(target->clID, PollKind::VerificationOpened, target->name,
          QStringLiteral("Registrant verification opened for ") + target->name +
              QStringLiteral(": the registrant has 2 days, until ") +
              opened.deadline().toString(Qt::ISODate) +
              QStringLiteral(", to prove its identity and contact data"));
    return RegistryResult::success();
}

RegistryResult RegistryState::closeVerification(const QString& domain, bool verified)
{
    const auto found = m_verifications.find(domain.toLower());
    if (found == m_verifications.end())
        return RegistryResult::error(2303, QStringLiteral("No verification is open for ") + domain);
    const QString name = found->first;
    m_verifications.erase(found);
    const RegistryDomain* target = this->domain(name);
    if (!target)
        return RegistryResult::error(2303);
    if (verified) {
        queue(target->clID, PollKind::VerificationClosed, name,
              QStringLiteral("Registrant verification of ") + name +
                  QStringLiteral(" completed: data confirmed"));
    } else {
        queue(target->clID, PollKind::DomainDeleted, name,
              QStringLiteral("Domain ") + name +
                  QStringLiteral(" deleted: registrant verification failed"));
        removeDomain(name);
    }
    return RegistryResult::success();
}

int RegistryState::lapseOwnerChanges(const QDateTime& at)
{
    int events = 0;
    QStringList lapsed;
    for (const auto& [name, change] : m_ownerChanges) {
        if (at >= change.deadline())
            lapsed << name;
    }
    for (const QString& name : lapsed) {
        const bool currentAnswered = m_ownerChanges[name].currentAcceptedAt.isValid();
        finishOwnerChange(
            name, PollKind::OwnerChangeLapsed,
            QStringLiteral("Owner change of ") + name + QStringLiteral(" lapsed: the ") +
                (currentAnswered ? QStringLiteral("new") : QStringLiteral("current")) +
                QStringLiteral(" registrant did not answer within 8 days"),
            false);
        ++events;
    }
    return events;
}

int RegistryState::tick()
{
    const QDateTime at = now();
    int events = lapseOwnerChanges(at);

    QStringList unverified;
    for (const auto& [name, opened] : m_verifications) {
        if (at >= opened.deadline())
            unverified << name;
    }
    for (const QString& name : unverified) {
        m_verifications.erase(name);
        if (const RegistryDomain* target = domain(name)) {
            queue(target->clID, PollKind::DomainDeleted, name,
                  QStringLiteral("Domain ") + name +
                      QStringLiteral(" deleted: registrant verification not completed within 2 "
                                     "days"));
            removeDomain(name);
            ++events;
        }
    }

    QStringList expiring;
    for (auto& [name, target] : m_domains) {
        if (target.autoRenew) {
            if (at < target.exDate)
                continue;
            // The registry renews for a year at a time and bills the registrar.
            while (target.exDate <= at)
                target.exDate = target.exDate.addYears(1);
            queue(target.clID, PollKind::DomainAutoRenewed, name,
                  QStringLiteral("Domain ") + name +
                      QStringLiteral(" renewed automatically; new expiry date ") +
                      dateOf(target.exDate));
            ++events;
        } else if (at >= target.exDate.addSecs(-DeletionNoticeDays * Day)) {
            expiring << name;
        }
    }
    for (const QString& name : expiring) {
        const RegistryDomain& target = m_domains.at(name);
        queue(target.clID, PollKind::DomainDeleted, name,
              QStringLiteral("Domain ") + name +
                  QStringLiteral(" deleted: auto-renew is off and it expires on ") +
                  dateOf(target.exDate));
        removeDomain(name);
        ++events;
    }
    return events;
}

// Poll ---------------------------------------------------------------------

void RegistryState::queue(const QString& registrar, PollKind kind, const QString& domain,
                          const QString& text, const std::optional<TransferRecord>& transfer)
{
    PollMessage message;
    message.id = m_nextMessageId++;
    message.qDate = now();
    message.kind = kind;
    message.domain = domain;
    message.text = text;
    message.transfer = transfer;
    m_polls[registrar].append(message);
}

int RegistryState::pollCount(const QString& registrar) const
{
    return int(m_polls.value(registrar).size());
}

const PollMessage* RegistryState::pollFront(const QString& registrar) const
{
    const auto found = m_polls.constFind(registrar);
    if (found == m_polls.constEnd() || found->isEmpty())
        return nullptr;
    return &found->first();
}

QList<PollMessage> RegistryState::pollMessages(const QString& registrar) const
{
    return m_polls.value(registrar);
}

RegistryResult RegistryState::pollAck(const QString& registrar, const QString& messageId)
{
    bool number = false;
    const qint64 id = messageId.toLongLong(&number);
    QList<PollMessage>& messages = m_polls[registrar];
    for (qsizetype i = 0; number && i < messages.size(); ++i) {
        if (messages.at(i).id == id) {
            messages.removeAt(i);
            return RegistryResult::success();
        }
    }
    return RegistryResult::error(2303, QStringLiteral("No message ") + messageId +
                                           QStringLiteral(" in the queue"));
}

// Identifiers --------------------------------------------------------------

QString RegistryState::newRoid()
{
    return QString::number(m_nextRoid++);
}

QString RegistryState::nicHandle(const QString& name, int number)
{
    return handleLetters(name) + QLatin1Char('-') +
           QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0')) + QStringLiteral("-ADNS");
}

QString RegistryState::newHandle(const QString& name)
{
    QString handle;
    do {
        handle = nicHandle(name, m_nextHandle++);
    } while (m_contacts.count(handle));
    return handle;
}

QString RegistryState::newAuthCode()
{
    return m_random.authCode();
}

QString RegistryState::nextServerTransactionId()
{
    return QStringLiteral("PT-") + QString::number(m_nextServerTransaction++);
}

} // namespace rd::sandbox
