#include "RegistryState.h"
#include "SandboxPortfolio.h"

#include "TestDatabase.h"
#include "validation/DomainNameValidator.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <utility>

using namespace rd;
using namespace rd::sandbox;

namespace {

const QStringList Registrars = {RegistryState::defaultRegistrar(), RegistryState::otherRegistrar()};

QDateTime moment()
{
    return test::utc("2026-11-23T09:30:00Z");
}

// Every field of a portfolio, one line per object, to compare two of them.
QStringList fingerprint(const SandboxPortfolio::Data& data)
{
    QStringList lines;
    for (const RegistryContact& c : data.contacts) {
        lines << QStringList{c.id,
                             c.roid,
                             c.name,
                             c.organisation,
                             c.address.street.join(QLatin1Char('|')),
                             c.address.city,
                             c.address.postcode,
                             c.voice,
                             c.mobile,
                             c.email,
                             c.vat,
                             c.clID,
                             c.crDate.toString(Qt::ISODate),
                             c.authInfo}
                     .join(QLatin1Char(';'));
    }
    for (const RegistryDomain& d : data.domains) {
        QStringList servers;
        for (const NameServer& ns : d.nameServers)
            servers << ns.host + QLatin1Char('=') + ns.addresses.join(QLatin1Char(','));
        QStringList ds;
        for (const DsRecord& r : d.dsRecords)
            ds << QString::number(r.keyTag) + QLatin1Char('/') + r.digest;
        lines << QStringList{d.name,
                             d.roid,
                             d.registrant,
                             d.techContacts.join(QLatin1Char(',')),
                             servers.join(QLatin1Char(' ')),
                             ds.join(QLatin1Char(' ')),
                             d.statuses.join(QLatin1Char(',')),
                             d.clID,
                             d.crDate.toString(Qt::ISODate),
                             d.exDate.toString(Qt::ISODate),
                             d.upDate.toString(Qt::ISODate),
                             d.trDate.toString(Qt::ISODate),
                             d.authInfo,
                             QString::number(d.autoRenew),
                             QString::number(d.arbitration),
                             QString::number(d.ownerConf),
                             QString::number(d.registryLock)}
                     .join(QLatin1Char(';'));
    }
    return lines;
}

bool hasNonAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return true;
    }
    return false;
}

} // namespace

class tst_SandboxPortfolio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data();
    void count();
    void deterministic();
    void everyValueIsValid();
    void coversTheVariety();
    void loadsIntoTheRegistry();
    void hundredThousandDomains();
};

void tst_SandboxPortfolio::count_data()
{
    QTest::addColumn<int>("domains");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("ten") << 10;
    QTest::newRow("thousand") << 1000;
    QTest::newRow("negative") << -5;
}

void tst_SandboxPortfolio::count()
{
    QFETCH(int, domains);
    const SandboxPortfolio::Data data =
        SandboxPortfolio::generate(domains, 7, moment(), Registrars);
    QCOMPARE(data.domains.size(), qMax(0, domains));
    // Two tech contacts per registrar, and at most one holder per domain.
    QVERIFY(data.contacts.size() >= 4 + (domains > 0 ? 1 : 0));
    QVERIFY(data.contacts.size() <= 4 + qMax(0, domains));
}

void tst_SandboxPortfolio::deterministic()
{
    const QStringList first =
        fingerprint(SandboxPortfolio::generate(2000, 42, moment(), Registrars));
    const QStringList again =
        fingerprint(SandboxPortfolio::generate(2000, 42, moment(), Registrars));
    QCOMPARE(again, first);
    const QStringList other =
        fingerprint(SandboxPortfolio::generate(2000, 43, moment(), Registrars));
    QVERIFY(other != first);
    QCOMPARE(fingerprint(SandboxPortfolio::generate(10, 42, moment(), Registrars)),
             fingerprint(SandboxPortfolio::generate(10, 42, moment(), Registrars)));
}

void tst_SandboxPortfolio::everyValueIsValid()
{
    const SandboxPortfolio::Data data =
        SandboxPortfolio::generate(3000, 2026, moment(), Registrars);

    const QRegularExpression nicHandle(QStringLiteral("^[A-Z]{4}-[0-9]{6}-ADNS$"));
    const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    const QRegularExpression landline(QStringLiteral("^\\+351\\.2[0-9]{8}$"));
    const QRegularExpression mobile(QStringLiteral("^\\+351\\.9[1236][0-9]{7}$"));
    const QRegularExpression postcode(QStringLiteral("^[1-9][0-9]{3}-[0-9]{3}$"));
    QSet<QString> ids;
    QSet<QString> vats;
    for (const RegistryContact& c : data.contacts) {
        QVERIFY2(nicHandle.match(c.id).hasMatch(), qPrintable(c.id));
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.insert(c.id);
        QVERIFY(digitsOnly.match(c.roid).hasMatch());
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.vat.startsWith(QLatin1String("PT")));
        const ValidationResult nif = NifValidator::validateNif(c.vat);
        QVERIFY2(nif.ok, qPrintable(c.vat + QLatin1Char(' ') + nif.reason));
        QVERIFY2(!vats.contains(nif.value), qPrintable(c.vat));
        vats.insert(nif.value);
        if (!c.organisation.isEmpty())
            QVERIFY2(NifValidator::validateNipc(c.vat).ok, qPrintable(c.organisation));
        QCOMPARE(c.address.countryCode, QStringLiteral("PT"));
        QVERIFY2(postcode.match(c.address.postcode).hasMatch(), qPrintable(c.address.postcode));
        QCOMPARE(PostcodeValidator::validate(c.address.postcode).value, c.address.postcode);
        QVERIFY(!c.address.city.isEmpty());
        QCOMPARE(c.address.street.size(), 1);
        QVERIFY2(landline.match(c.voice).hasMatch() || mobile.match(c.voice).hasMatch(),
                 qPrintable(c.voice));
        QCOMPARE(PhoneValidator::validate(c.voice).value, c.voice);
        if (!c.mobile.isEmpty()) {
            QVERIFY2(mobile.match(c.mobile).hasMatch(), qPrintable(c.mobile));
            QCOMPARE(PhoneValidator::validate(c.mobile).value, c.mobile);
        }
        const ValidationResult email = EmailValidator::validate(c.email);
        QVERIFY2(email.ok, qPrintable(c.email + QLatin1Char(' ') + email.reason));
        QVERIFY(Registrars.contains(c.clID));
        QVERIFY(c.crDate.isValid() && c.crDate < moment());
    }

    QSet<QString> names;
    for (const RegistryDomain& d : data.domains) {
        DomainName both;
        const ValidationResult name = DomainNameValidator::validate(d.name, &both);
        QVERIFY2(name.ok, qPrintable(d.name + QLatin1Char(' ') + name.reason));
        QCOMPARE(name.value, d.name); // stored as the A-label
        QVERIFY2(!names.contains(d.name), qPrintable(d.name));
        names.insert(d.name);
        QVERIFY(digitsOnly.match(d.roid).hasMatch());
        QVERIFY(ids.contains(d.registrant));
        QCOMPARE(d.techContacts.size(), 1);
        QVERIFY(ids.contains(d.techContacts.first()));
        QVERIFY(Registrars.contains(d.clID));
        QVERIFY(d.crDate < moment());
        QVERIFY(d.exDate > moment());
        QVERIFY(d.crDate < d.exDate);
        QCOMPARE(d.crDate.time(), d.exDate.time()); // whole years
        // Auto-renew off 30 days or less before expiry would already be gone.
        if (!d.autoRenew)
            QVERIFY(d.exDate > moment().addDays(30));
        if (d.upDate.isValid())
            QVERIFY(d.upDate >= d.crDate && d.upDate <= moment());
        QVERIFY(d.authInfo.size() >= 8);
        QVERIFY(d.nameServers.isEmpty() || d.nameServers.size() == 2);
        for (const NameServer& ns : d.nameServers) {
            const bool inside = ns.host.endsWith(QLatin1Char('.') + d.name);
            QCOMPARE(!ns.addresses.isEmpty(), inside);
        }
        for (const DsRecord& ds : d.dsRecords) {
            QCOMPARE(ds.digestType, 2);
            QCOMPARE(ds.digest.size(), 64);
            QVERIFY(ds.algorithm == 13 || ds.algorithm == 8);
        }
    }
}

void tst_SandboxPortfolio::coversTheVariety()
{
    const SandboxPortfolio::Data data =
        SandboxPortfolio::generate(3000, 2026, moment(), Registrars);
    int accentedPeople = 0, lda = 0, sa = 0, idn = 0, comPt = 0, orgPt = 0, govPt = 0;
    int within30 = 0, within60 = 0, autoRenewOff = 0, signedZones = 0, glue = 0, inactive = 0;
    int locked = 0, other = 0, sharedHolders = 0, ownTech = 0;
    QHash<QString, int> perHolder;
    for (const RegistryContact& c : data.contacts) {
        if (c.organisation.isEmpty() && hasNonAscii(c.name))
            ++accentedPeople;
        lda += c.organisation.endsWith(QLatin1String("Lda."));
        sa += c.organisation.endsWith(QLatin1String("S.A."));
    }
    for (const RegistryDomain& d : data.domains) {
        idn += d.name.startsWith(QLatin1String("xn--"));
        comPt += d.name.endsWith(QLatin1String(".com.pt"));
        orgPt += d.name.endsWith(QLatin1String(".org.pt"));
        govPt += d.name.endsWith(QLatin1String(".gov.pt"));
        within30 += d.exDate <= moment().addDays(30);
        within60 += d.exDate > moment().addDays(30) && d.exDate <= moment().addDays(60);
        autoRenewOff += !d.autoRenew;
        signedZones += !d.dsRecords.isEmpty();
        inactive += d.nameServers.isEmpty();
        locked += !d.statuses.isEmpty() || d.registryLock;
        other += d.clID == RegistryState::otherRegistrar();
        ownTech += d.techContacts.first() == d.registrant;
        for (const NameServer& ns : d.nameServers)
            glue += !ns.addresses.isEmpty();
        perHolder[d.registrant] += 1;
    }
    for (const int count : std::as_const(perHolder))
        sharedHolders += count > 1;

    // Roughly the shares the generator aims at; the bounds are loose.
    QVERIFY2(accentedPeople > 300, qPrintable(QString::number(accentedPeople)));
    QVERIFY(lda > 100);
    QVERIFY(sa > 30);
    QVERIFY2(idn > 200, qPrintable(QString::number(idn)));
    QVERIFY(comPt > 50);
    QVERIFY(orgPt > 20);
    QVERIFY(govPt > 5);
    QVERIFY2(within30 > 100, qPrintable(QString::number(within30)));
    QVERIFY2(within60 > 150, qPrintable(QString::number(within60)));
    QVERIFY(autoRenewOff > 500);
    QVERIFY(signedZones > 100);
    QVERIFY(glue > 200);
    QVERIFY(inactive > 50);
    QVERIFY(locked > 20);
    QVERIFY(other > 200);
    QVERIFY(ownTech > 500);
    QVERIFY(sharedHolders > 300);
    // An IDN reads back with its accents.
    for (const RegistryDomain& d : data.domains) {
        if (d.name.startsWith(QLatin1String("xn--"))) {
            DomainName both;
            QVERIFY(DomainNameValidator::validate(d.name, &both).ok);
            QVERIFY2(hasNonAscii(both.uLabel), qPrintable(both.uLabel));
        }
    }
}

void tst_SandboxPortfolio::loadsIntoTheRegistry()
{
    FixedClock clock(moment());
    RegistryState state(clock);
    QCOMPARE(SandboxPortfolio::populate(state, 2000, 5), 2000);
    QCOMPARE(state.domainCount(), 2000);
    QVERIFY(state.contactCount() > 4);
    // Nothing is due at the moment it was made for.
    QCOMPARE(state.tick(), 0);

    // The registry knows the names and the holders.
    const QString taken = state.domainNames().first();
    QCOMPARE(state.checkDomains({taken}).first().available, false);
    const RegistryDomain& d = *state.domain(taken);
    DomainCreate again;
    again.name = taken;
    again.registrant = d.registrant;
    again.contacts = {{QStringLiteral("tech"), d.techContacts.first()}};
    QCOMPARE(state.createDomain(RegistryState::defaultRegistrar(), again).code, 2302);
    // New contacts get handles the portfolio did not use.
    ContactCreate person;
    person.name = QStringLiteral("Inês Conceição");
    person.address.city = QStringLiteral("Porto");
    person.address.postcode = QStringLiteral("4050-262");
    person.email = QStringLiteral("ines@example.pt");
    person.vat = QStringLiteral("PT123456789");
    RegistryContact created;
    const int contacts = state.contactCount();
    QCOMPARE(state.createContact(RegistryState::defaultRegistrar(), person, &created).code, 1000);
    QCOMPARE(state.contactCount(), contacts + 1);

    // A year on, the domains with auto-renew off have gone and the others
    // were renewed, each with a poll message to its registrar.
    clock.set(moment().addYears(1));
    const int events = state.tick();
    QVERIFY(events > 0);
    QCOMPARE(events, state.pollCount(RegistryState::defaultRegistrar()) +
                         state.pollCount(RegistryState::otherRegistrar()));
    for (const QString& name : state.domainNames())
        QVERIFY(state.domain(name)->exDate > clock.now());
}

void tst_SandboxPortfolio::hundredThousandDomains()
{
    const SandboxPortfolio::Data data = SandboxPortfolio::generate(100000, 1, moment(), Registrars);
    QCOMPARE(data.domains.size(), 100000);
    FixedClock clock(moment());
    RegistryState state(clock);
    SandboxPortfolio::load(state, data);
    QCOMPARE(state.domainCount(), 100000);
    QCOMPARE(state.contactCount(), int(data.contacts.size()));
    QCOMPARE(state.tick(), 0);
    // No timing here: speed is measured by the benchmarks, never asserted.
}

QTEST_GUILESS_MAIN(tst_SandboxPortfolio)
#include "tst_sandboxportfolio.moc"
