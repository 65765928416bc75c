#include "service/PortfolioService.h"

#include "model/Codes.h"
#include "rules/TimeFormat.h"
#include "storage/Database.h"
#include "validation/CitizenCardValidator.h"
#include "validation/DomainNameValidator.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace rd {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

bool isPortuguese(const Contact& contact)
{
    return contact.address.countryCode.isEmpty() ||
           contact.address.countryCode.compare(QLatin1String("PT"), Qt::CaseInsensitive) == 0;
}

} // namespace

PortfolioService::PortfolioService(Database& db, const Clock& clock, QString agent)
    : m_db(db)
    , m_settings(db)
    , m_clock(clock)
    , m_agent(std::move(agent))
    , m_engine(clock, DeadlineEngine::defaultRules(), thresholdsFrom(m_settings))
    , m_contacts(db)
    , m_domains(db)
    , m_actions(db)
    , m_sync(db)
    , m_drafts(db)
    , m_history(db)
{}

bool PortfolioService::validateContact(Contact& contact, QString* error)
{
    const auto fail = [&](const QString& field, const QString& reason) {
        setError(error, tr("Contact %1, field \"%2\": %3").arg(contact.handle, field, reason));
        return false;
    };

    contact.handle = contact.handle.trimmed();
    // RFC 5730 clIDType: 3 to 16 characters. .PT handles look like ABCD-123456-ADNS.
    static const QRegularExpression handlePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{2,15}$"));
    if (!handlePattern.match(contact.handle).hasMatch()) {
        setError(error, tr("The contact handle \"%1\" is not valid: use 3 to 16 letters, digits, "
                           "dots, hyphens or underscores.")
                            .arg(contact.handle));
        return false;
    }
    contact.name = contact.name.trimmed();
    if (contact.name.isEmpty())
        return fail(tr("name"), tr("A name is required."));

    // ptcontact:vat is mandatory; a Portuguese holder's is a NIF, or a NIPC for organisations.
    if (contact.vat.trimmed().isEmpty())
        return fail(tr("VAT number"), tr("A VAT number (NIF or NIPC) is required."));
    if (isPortuguese(contact)) {
        const ValidationResult vat = contact.kind == ContactKind::Organisation
                                         ? NifValidator::validateNipc(contact.vat)
                                         : NifValidator::validateNif(contact.vat);
        if (!vat)
            return fail(tr("VAT number"), vat.reason);
        contact.vat = vat.value;
    } else {
        contact.vat = contact.vat.simplified().remove(QLatin1Char(' ')).toUpper();
    }

    const auto normalise = [&](QString& value, const QString& field, auto validate) {
        if (value.trimmed().isEmpty()) {
            value.clear();
            return true;
        }
        const ValidationResult result = validate(value);
        if (!result)
            return fail(field, result.reason);
        value = result.value;
        return true;
    };
    if (!normalise(contact.email, tr("e-mail"), EmailValidator::validate) ||
        !normalise(contact.voice, tr("phone"), PhoneValidator::validate) ||
        !normalise(contact.mobile, tr("mobile phone"), PhoneValidator::validate))
        return false;
    if (isPortuguese(contact) &&
        (!normalise(contact.address.postcode, tr("postcode"), PostcodeValidator::validate) ||
         !normalise(contact.identityDocument, tr("identity document"),
                    CitizenCardValidator::validate)))
        return false;
    return true;
}

bool PortfolioService::validateDomain(Domain& domain, QString* error)
{
    DomainName name;
    const ValidationResult result = DomainNameValidator::validate(
        domain.aLabel.isEmpty() ? domain.uLabel : domain.aLabel, &name);
    if (!result) {
        setError(error, result.reason);
        return false;
    }
    domain.aLabel = name.aLabel;
    domain.uLabel = name.uLabel;
    if (!domain.expiresAt.isValid()) {
        setError(error, tr("%1: the expiry date is required.").arg(domain.uLabel));
        return false;
    }
    for (const QDateTime& moment : {domain.expiresAt, domain.createdAt}) {
        if (moment.isValid() && !timeformat::inRange(moment)) {
            setError(error, tr("%1: the date %2 is outside the years %3 to %4.")
                                .arg(domain.uLabel, timeformat::toIsoUtc(moment))
                                .arg(timeformat::firstYear)
                                .arg(timeformat::lastYear));
            return false;
        }
    }
    // The free year of a promotional programme counts from the registration.
    if (domain.programme != Programme::None && !domain.createdAt.isValid()) {
        setError(error, tr("%1: a domain in the %2 programme needs its creation date.")
                            .arg(domain.uLabel, codes::brandName(domain.programme)));
        return false;
    }
    if (domain.createdAt.isValid() && domain.createdAt > domain.expiresAt) {
        setError(error, tr("%1: the creation date %2 is after the expiry date %3.")
                            .arg(domain.uLabel, timeformat::toIsoUtc(domain.createdAt),
                                 timeformat::toIsoUtc(domain.expiresAt)));
        return false;
    }
    return true;
}

bool PortfolioService::record(qint64 domainId, const QDateTime& at, const QString& event,
                              const QString& detail, QString* error)
{
    HistoryEntry entry;
    entry.domainId = domainId;
    entry.at = at.isValid() ? at.toUTC() : m_clock.now();
    entry.agent = m_agent;
    entry.event = event;
    entry.detail = detail;
    return m_history.append(entry, error);
}

bool PortfolioService::refreshNextDeadline(qint64 domainId, QString* error)
{
    const std::optional<DomainFacts> facts = m_domains.facts(domainId);
    if (!facts) {
        setError(error,
                 tr("The domain with id %1 disappeared while it was being updated.").arg(domainId));
        return false;
    }
    return m_domains.setNextDeadline(
        domainId, m_engine.next(*facts, m_actions.forDomain(domainId, true)), error);
}

QStringList PortfolioService::thresholdKeys()
{
    return {QStringLiteral("alert.critical-days"), QStringLiteral("alert.warning-days"),
            QStringLiteral("alert.notice-days")};
}

namespace {

// The thresholds as stored, defaults where a value is not set; may be out of order.
AlertThresholds storedThresholds(const SettingsRepository& settings)
{
    AlertThresholds thresholds;
    qint64* fields[] = {&thresholds.criticalSecs, &thresholds.warningSecs, &thresholds.noticeSecs};
    const QStringList keys = PortfolioService::thresholdKeys();
    for (int i = 0; i < keys.size(); ++i) {
        bool ok = false;
        const int days = settings.value(keys.at(i)).value_or(QString()).toInt(&ok);
        if (ok && days >= 0)
            *fields[i] = days * AlertThresholds::Day;
    }
    return thresholds;
}

} // namespace

AlertThresholds PortfolioService::thresholdsFrom(const SettingsRepository& settings)
{
    // Values out of order are ignored whole rather than half applied.
    const AlertThresholds stored = storedThresholds(settings);
    return stored.isValid() ? stored : AlertThresholds();
}

bool PortfolioService::setThreshold(const QString& key, const QString& days, QString* error)
{
    const QStringList keys = thresholdKeys();
    if (!keys.contains(key)) {
        setError(error, tr("Unknown setting %1; the alert thresholds are %2.")
                            .arg(key, keys.join(QStringLiteral(", "))));
        return false;
    }
    bool ok = false;
    const int value = days.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > 3650) {
        setError(error, tr("%1: \"%2\" is not a number of days from 0 to 3650.").arg(key, days));
        return false;
    }
    AlertThresholds stored;
    const bool saved = m_db.transaction(
        [&] {
            if (!m_settings.setValue(key, QString::number(value), error))
                return false;
            const AlertThresholds check = storedThresholds(m_settings);
            stored = check;
            if (check.isValid())
                return true;
            setError(error, tr("The alert thresholds must stay in order: critical (%1 days) <= "
                               "warning (%2 days) <= notice (%3 days).")
                                .arg(check.criticalSecs / AlertThresholds::Day)
                                .arg(check.warningSecs / AlertThresholds::Day)
                                .arg(check.noticeSecs / AlertThresholds::Day));
            return false;
        },
        error);
    // The new levels apply from now on, not only after a restart.
    if (saved)
        m_engine.setThresholds(stored);
    return saved;
}

bool PortfolioService::prepareAfterOpen(QString* error)
{
    // Stored next deadlines follow the rules they were computed with: rows
    // from before schema v2 have none, and a change of the rules
    // (DeadlineEngine::rulesVersion) computes them all again, once. A new
    // database has nothing to compute again.
    const QString key = QStringLiteral("deadline-rules-version");
    const int stored = m_settings.value(key).value_or(QString()).toInt();
    if (stored >= DeadlineEngine::rulesVersion)
        return true;
    if (!m_db.wasCreated() && !refreshAllNextDeadlines(error))
        return false;
    return m_settings.setValue(key, QString::number(DeadlineEngine::rulesVersion), error);
}

bool PortfolioService::refreshAllNextDeadlines(QString* error)
{
    QHash<qint64, QList<PendingAction>> actionsByDomain;
    for (PendingAction& action : m_actions.allOpen())
        actionsByDomain[action.domainId].append(std::move(action));
    const QList<DomainFacts> all = m_domains.allFacts();
    return m_db.transaction(
        [&] {
            return std::all_of(all.begin(), all.end(), [&](const DomainFacts& facts) {
                return m_domains.setNextDeadline(
                    facts.id, m_engine.next(facts, actionsByDomain.value(facts.id)), error);
            });
        },
        error);
}

bool PortfolioService::addContact(Contact& contact, QString* error)
{
    if (!validateContact(contact, error))
        return false;
    return m_db.transaction([&] { return m_contacts.insert(contact, error); }, error);
}

PortfolioService::AddedDetail::AddedDetail()
    : pattern(tr("Added to the portfolio, expiring %1, auto-renew %2."))
    , on(tr("on"))
    , off(tr("off"))
{}

QString PortfolioService::AddedDetail::operator()(const Domain& domain) const
{
    return pattern.arg(timeformat::toIsoUtc(domain.expiresAt), domain.autoRenew ? on : off);
}

bool PortfolioService::insertDomain(Domain& domain, QString* error)
{
    if (!m_domains.insert(domain, error))
        return false;
    return record(domain.id, m_clock.now(), QStringLiteral("domain.added"), AddedDetail()(domain),
                  error) &&
           refreshNextDeadline(domain.id, error);
}

bool PortfolioService::addDomain(Domain& domain, QString* error)
{
    if (!validateDomain(domain, error))
        return false;
    return m_db.transaction([&] { return insertDomain(domain, error); }, error);
}

bool PortfolioService::addDomains(QList<Domain>& domains, QString* error)
{
    for (Domain& domain : domains) {
        if (!validateDomain(domain, error))
            return false;
    }
    // New domains have no actions yet, so their next deadline comes from the domain alone.
    QList<std::optional<Deadline>> next;
    next.reserve(domains.size());
    for (const Domain& domain : std::as_const(domains))
        next.append(m_engine.next(DomainFacts::of(domain), {}));
    const auto write = [&] {
        if (!m_domains.insertMany(domains, next, error))
            return false;
        const AddedDetail detail;
        QList<HistoryEntry> added;
        added.reserve(domains.size());
        const QDateTime now = m_clock.now();
        for (const Domain& domain : std::as_const(domains))
            added.append(
                {0, domain.id, now, m_agent, QStringLiteral("domain.added"), detail(domain)});
        return m_history.appendMany(added, error);
    };
    return m_db.transaction(
        [&] {
            return m_db.withIndexesSuspended({QStringLiteral("domains"), QStringLiteral("history")},
                                             domains.size(), write, error);
        },
        error);
}

std::optional<Domain> PortfolioService::findDomain(const QString& name) const
{
    DomainName parsed;
    if (!DomainNameValidator::validate(name, &parsed))
        return std::nullopt;
    return m_domains.findByName(parsed.aLabel);
}

std::optional<qint64> PortfolioService::openAction(const QString& domainName, ActionKind kind,
                                                   const QDateTime& at, QString* error,
                                                   const QString& newHolderHandle)
{
    DomainName parsed;
    const ValidationResult name = DomainNameValidator::validate(domainName, &parsed);
    if (!name) {
        setError(error, name.reason);
        return std::nullopt;
    }
    // The checks read inside the unit of work: BEGIN IMMEDIATE holds the write
    // lock, so another agent cannot open the same action between check and insert.
    qint64 id = 0;
    if (!m_db.transaction(
            [&] { return openActionLocked(parsed, kind, at, newHolderHandle, id, error); }, error))
        return std::nullopt;
    return id;
}

bool PortfolioService::openActionLocked(const DomainName& parsed, ActionKind kind,
                                        const QDateTime& at, const QString& newHolderHandle,
                                        qint64& id, QString* error)
{
    const std::optional<Domain> domain = m_domains.findByName(parsed.aLabel);
    if (!domain) {
        setError(error, tr("There is no domain named %1 in the portfolio.").arg(parsed.uLabel));
        return false;
    }
    for (const PendingAction& other : m_actions.forDomain(domain->id, true)) {
        if (other.kind == kind) {
            setError(error, tr("%1 already has an open action of this kind (action %2); close it "
                               "before opening another.")
                                .arg(domain->uLabel)
                                .arg(other.id));
            return false;
        }
    }
    if (!newHolderHandle.isEmpty() && !m_contacts.findByHandle(newHolderHandle)) {
        setError(error, tr("There is no contact with the handle %1.").arg(newHolderHandle));
        return false;
    }

    PendingAction action;
    action.domainId = domain->id;
    action.kind = kind;
    // .PT owner change: the current holder decides first, then the new holder.
    action.state =
        kind == ActionKind::OwnerChange ? ActionState::AwaitingHolder : ActionState::Open;
    action.newHolderHandle = newHolderHandle;
    action.steps.append({ActionStepKind::Opened, at.toUTC(), m_agent, {}});

    const QString detail =
        kind == ActionKind::OwnerChange
            ? tr("Owner change opened at %1.").arg(timeformat::toIsoUtc(at))
            : tr("Registrant verification opened at %1.").arg(timeformat::toIsoUtc(at));
    if (!m_actions.insert(action, error) ||
        !record(domain->id, at, QStringLiteral("action.opened"), detail, error) ||
        !refreshNextDeadline(domain->id, error))
        return false;
    id = action.id;
    return true;
}

bool PortfolioService::advanceAction(qint64 actionId, const QDateTime& at, QString* error)
{
    return m_db.transaction([&] { return advanceActionLocked(actionId, at, error); }, error);
}

bool PortfolioService::advanceActionLocked(qint64 actionId, const QDateTime& at, QString* error)
{
    std::optional<PendingAction> action = m_actions.findById(actionId);
    if (!action) {
        setError(error, tr("There is no action with id %1.").arg(actionId));
        return false;
    }
    if (!action->isOpen()) {
        setError(error, tr("Action %1 is closed already.").arg(actionId));
        return false;
    }
    if (action->steps.isEmpty() || at.toUTC() < action->steps.constLast().at) {
        setError(error, tr("Action %1: %2 is before its last step (%3).")
                            .arg(actionId)
                            .arg(timeformat::toIsoUtc(at),
                                 action->steps.isEmpty()
                                     ? QString()
                                     : timeformat::toIsoUtc(action->steps.constLast().at)));
        return false;
    }

    ActionStepKind step;
    ActionState next;
    QString detail;
    switch (action->state) {
    case ActionState::AwaitingHolder:
        step = ActionStepKind::HolderApproved;
        next = ActionState::AwaitingNewHolder;
        detail = tr("The current holder approved the owner change at %1.");
        break;
    case ActionState::AwaitingNewHolder:
        step = ActionStepKind::NewHolderApproved;
        next = ActionState::VerifyingNewHolder;
        detail = tr("The new holder approved the owner change at %1; the registry now verifies "
                    "the new holder.");
        break;
    default:
        setError(error,
                 tr("Action %1 has no further step; close it with its outcome.").arg(actionId));
        return false;
    }
    action->state = next;
    action->steps.append({step, at.toUTC(), m_agent, {}});
    detail = detail.arg(timeformat::toIsoUtc(at));
    return m_actions.update(*action, error) &&
           record(action->domainId, at, QStringLiteral("action.advanced"), detail, error) &&
           refreshNextDeadline(action->domainId, error);
}

bool PortfolioService::closeAction(qint64 actionId, const QDateTime& at, const QString& outcome,
                                   QString* error)
{
    return m_db.transaction([&] { return closeActionLocked(actionId, at, outcome, error); }, error);
}

bool PortfolioService::closeActionLocked(qint64 actionId, const QDateTime& at,
                                         const QString& outcome, QString* error)
{
    std::optional<PendingAction> action = m_actions.findById(actionId);
    if (!action) {
        setError(error, tr("There is no action with id %1.").arg(actionId));
        return false;
    }
    if (!action->isOpen()) {
        setError(error, tr("Action %1 is closed already.").arg(actionId));
        return false;
    }
    if (outcome.trimmed().isEmpty()) {
        setError(error, tr("Action %1: say what the outcome was.").arg(actionId));
        return false;
    }
    if (!action->steps.isEmpty() && at.toUTC() < action->steps.constLast().at) {
        setError(error, tr("Action %1: %2 is before its last step (%3).")
                            .arg(actionId)
                            .arg(timeformat::toIsoUtc(at),
                                 timeformat::toIsoUtc(action->steps.constLast().at)));
        return false;
    }
    action->state = ActionState::Closed;
    action->outcome = outcome.trimmed();
    action->steps.append({ActionStepKind::Closed, at.toUTC(), m_agent, action->outcome});
    const QString detail = tr("Action %1 closed at %2: %3")
                               .arg(actionId)
                               .arg(timeformat::toIsoUtc(at), action->outcome);
    return m_actions.update(*action, error) &&
           record(action->domainId, at, QStringLiteral("action.closed"), detail, error) &&
           refreshNextDeadline(action->domainId, error);
}

QList<Deadline> PortfolioService::deadlinesOf(qint64 domainId) const
{
    const std::optional<DomainFacts> facts = m_domains.facts(domainId);
    if (!facts)
        return {};
    return m_engine.evaluate(*facts, m_actions.forDomain(domainId, true));
}

QList<Deadline> PortfolioService::deadlines(int withinDays) const
{
    QHash<qint64, QList<PendingAction>> actionsByDomain;
    for (PendingAction& action : m_actions.allOpen())
        actionsByDomain[action.domainId].append(std::move(action));

    const QDateTime now = m_clock.now();
    const QDateTime horizon =
        withinDays < 0 ? QDateTime() : now.addSecs(qint64(withinDays) * 24 * 3600);
    const QList<PendingAction> none;
    const QList<DomainFacts> all = m_domains.allFacts();
    QList<Deadline> result;
    result.reserve(all.size() + all.size() / 2);
    for (const DomainFacts& facts : all) {
        const auto found = actionsByDomain.constFind(facts.id);
        const qsizetype first = result.size();
        m_engine.collect(facts, found == actionsByDomain.cend() ? none : *found, now, result);
        if (horizon.isValid()) {
            // Keep what falls due before the horizon (overdue included).
            result.erase(std::remove_if(result.begin() + first, result.end(),
                                        [&](const Deadline& d) { return d.due > horizon; }),
                         result.end());
        }
    }
    // Sorted in place by milliseconds: partitioning walks the list in order, which
    // is kinder to the cache than an index sort and a gather.
    std::sort(result.begin(), result.end(), [](const Deadline& a, const Deadline& b) {
        const qint64 x = a.due.toMSecsSinceEpoch();
        const qint64 y = b.due.toMSecsSinceEpoch();
        if (x != y)
            return x < y;
        const int byName = QString::compare(a.aLabel, b.aLabel);
        return byName != 0 ? byName < 0 : a.kind < b.kind;
    });
    return result;
}

} // namespace rd
