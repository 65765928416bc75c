#include "ReportBuilder.h"

#include "i18n/Labels.h"
#include "model/Codes.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QHash>
#include <algorithm>

namespace rd::reports {

namespace {

const QString dash = QStringLiteral("—");

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? dash : text;
}

QString nameOf(const Contact& contact)
{
    if (contact.name.isEmpty())
        return contact.organisation;
    if (contact.organisation.isEmpty() || contact.organisation == contact.name)
        return contact.name;
    return contact.name + QStringLiteral(" (") + contact.organisation + QLatin1Char(')');
}

QString phoneOf(const Contact& contact)
{
    return contact.voice.isEmpty() ? contact.mobile : contact.voice;
}

QString domainLabel(const Domain& domain)
{
    return domain.uLabel.isEmpty() ? domain.aLabel : domain.uLabel;
}

// Domains looked up once each, for reports that name a few of them.
class DomainCache
{
public:
    explicit DomainCache(PortfolioService& service)
        : m_service(service)
    {}
    const Domain* find(qint64 id)
    {
        auto it = m_domains.find(id);
        if (it == m_domains.end()) {
            const std::optional<Domain> found = m_service.domains().findById(id);
            it = m_domains.insert(id, found.value_or(Domain{}));
        }
        return it->id == 0 ? nullptr : &*it;
    }
    QString name(qint64 id)
    {
        const Domain* domain = find(id);
        return domain ? domainLabel(*domain) : QStringLiteral("#") + QString::number(id);
    }

private:
    PortfolioService& m_service;
    QHash<qint64, Domain> m_domains;
};

QHash<QString, Contact> contactsByHandle(PortfolioService& service)
{
    QHash<QString, Contact> byHandle;
    const QList<Contact> all = service.contacts().all();
    for (const Contact& contact : all)
        byHandle.insert(contact.handle, contact);
    return byHandle;
}

bool overdueOrSooner(const AlertLevel a, const AlertLevel b)
{
    return static_cast<int>(a) > static_cast<int>(b);
}

} // namespace

ReportBuilder::ReportBuilder(PortfolioService& service, const QTimeZone& zone,
                             const QLocale& locale)
    : m_service(service)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_locale(locale)
    , m_now(service.engine().clock().now())
{}

QString ReportBuilder::registrarSettingKey()
{
    return QStringLiteral("registrar.name");
}

std::optional<Report> ReportBuilder::build(const ReportRequest& request, QString* error) const
{
    switch (request.kind) {
    case ReportKind::Briefing:
        return briefing();
    case ReportKind::Deletions: {
        QDateTime from = request.from;
        QDateTime to = request.to;
        int within = -1;
        if (!from.isValid() || !to.isValid()) {
            within = std::max(0, request.withinDays);
            from = m_now;
            to = m_now.addDays(within);
        }
        if (to < from) {
            if (error)
                *error = tr("The window ends (%1) before it starts (%2).")
                             .arg(timeformat::toIsoUtc(to), timeformat::toIsoUtc(from));
            return std::nullopt;
        }
        return deletions(from, to, within);
    }
    case ReportKind::Actions:
        return actions();
    case ReportKind::Dossier:
        return dossier(request.domain, error);
    case ReportKind::PersonalData:
        return personalData(request.contact, error);
    case ReportKind::Programmes:
        return programmes();
    }
    return std::nullopt;
}

Report ReportBuilder::start(ReportKind kind, const QString& title) const
{
    Report report;
    report.kind = kind;
    report.title = title;
    report.generatedAt = timeformat::forPeople(m_now, m_zone, m_locale);
    report.registrar = m_service.settings().value(registrarSettingKey()).value_or(QString());
    if (report.registrar.trimmed().isEmpty())
        report.registrar = tr("Registrar Desk");
    report.language = m_locale.bcp47Name();
    return report;
}

QString ReportBuilder::when(const QDateTime& moment) const
{
    return moment.isValid() ? timeformat::forPeople(moment, m_zone, m_locale) : dash;
}

QString ReportBuilder::day(const QDateTime& moment) const
{
    return moment.isValid() ? timeformat::dateForPeople(moment, m_zone, m_locale) : dash;
}

QString ReportBuilder::number(qint64 value) const
{
    return m_locale.toString(value);
}

QDate ReportBuilder::weekStart(const QDateTime& moment) const
{
    const QDate date = moment.toTimeZone(m_zone).date();
    return date.addDays(1 - date.dayOfWeek());
}

QString ReportBuilder::weekTitle(const QDate& monday, int count) const
{
    int isoYear = 0;
    const int week = monday.weekNumber(&isoYear);
    const QDateTime first(monday, QTime(12, 0), m_zone);
    //: %1 ISO week number, %2 Monday, %3 Sunday, %4 how many domains
    return tr("Week %1: %2 to %3 (%4)")
        .arg(week)
        .arg(day(first), day(first.addDays(6)), tr("%n domain(s)", nullptr, count));
}

ReportChart ReportBuilder::deletionsPerWeek(const QList<Deadline>& deadlines, int weeks) const
{
    ReportChart chart;
    chart.title = tr("Deletions per week, next %n week(s)", nullptr, weeks);
    const QDate first = weekStart(m_now);
    QList<int> counts(weeks, 0);
    for (const Deadline& d : deadlines) {
        if (d.kind != DeadlineKind::Deletion)
            continue;
        const qint64 index = first.daysTo(weekStart(d.due)) / 7;
        if (index >= 0 && index < weeks)
            ++counts[index];
    }
    QStringList figures;
    for (int i = 0; i < weeks; ++i) {
        const QDate monday = first.addDays(7 * i);
        chart.bars.append({m_locale.toString(monday, QStringLiteral("d MMM")), counts.at(i)});
        figures.append(number(counts.at(i)));
    }
    //: %1 the first Monday, %2 the weekly counts, comma-separated
    chart.description =
        tr("Deletions in each week from the week of %1: %2.")
            .arg(day(QDateTime(first, QTime(12, 0), m_zone)), figures.join(QStringLiteral(", ")));
    return chart;
}

QStringList ReportBuilder::contactLines(const Contact& contact) const
{
    return {nameOf(contact), contact.handle, orDash(contact.email), orDash(phoneOf(contact))};
}

Report ReportBuilder::briefing() const
{
    Report report = start(ReportKind::Briefing, tr("Daily briefing"));
    const QDate today = m_now.toTimeZone(m_zone).date();
    report.parameters.append({tr("Day"), m_locale.toString(today, QLocale::LongFormat)});

    const DeadlineEngine& engine = m_service.engine();
    const QList<Deadline> all = m_service.deadlines();
    DomainCache domains(m_service);
    const QHash<QString, Contact> contacts = contactsByHandle(m_service);

    ReportTable urgent;
    urgent.header = {tr("Due"), tr("Domain"), tr("Deadline"), tr("Level"), tr("What it means")};
    urgent.whenEmpty = tr("Nothing is overdue or due today.");
    ReportTable soon;
    soon.header = {tr("Deletion"), tr("Domain"), tr("Holder"), tr("Phone"), tr("E-mail")};
    soon.whenEmpty = tr("No domain is deleted in the next 7 days.");
    const QDateTime weekAhead = m_now.addDays(7);
    for (const Deadline& d : all) {
        if (d.level == AlertLevel::Overdue || d.due.toTimeZone(m_zone).date() == today) {
            urgent.rows.append({when(d.due), d.uLabel, Labels::of(d.kind), Labels::of(d.level),
                                engine.explain(d, m_zone, m_locale)});
            urgent.rowClasses.append(toCode(d.level));
        }
        if (d.kind == DeadlineKind::Deletion && d.due >= m_now && d.due <= weekAhead) {
            const Domain* domain = domains.find(d.domainId);
            const Contact holder = domain ? contacts.value(domain->registrantHandle) : Contact{};
            soon.rows.append({when(d.due), d.uLabel, orDash(nameOf(holder)),
                              orDash(phoneOf(holder)), orDash(holder.email)});
            soon.rowClasses.append(toCode(d.level));
        }
    }

    // Open actions with the next deadline of each.
    ReportTable waiting;
    waiting.header = {tr("Domain"),        tr("Action"), tr("State"),   tr("Opened"),
                      tr("Next deadline"), tr("Level"),  tr("Assignee")};
    waiting.whenEmpty = tr("No verification or owner change is waiting.");
    QHash<qint64, Deadline> nextOfAction;
    for (const Deadline& d : all) {
        if (d.actionId != 0 && !nextOfAction.contains(d.actionId))
            nextOfAction.insert(d.actionId, d);
    }
    const QList<PendingAction> open = m_service.actions().allOpen();
    for (const PendingAction& action : open) {
        const auto next = nextOfAction.constFind(action.id);
        const bool hasNext = next != nextOfAction.constEnd();
        waiting.rows.append({domains.name(action.domainId), Labels::of(action.kind),
                             Labels::of(action.state), when(action.openedAt()),
                             hasNext ? when(next->due) : dash,
                             hasNext ? Labels::of(next->level) : dash,
                             action.assignee.isEmpty() ? tr("Unassigned") : action.assignee});
        waiting.rowClasses.append(hasNext ? toCode(next->level) : QString());
    }

    ReportTable changes;
    changes.header = {tr("Domain"), tr("Change"), tr("Value"),
                      tr("State"),  tr("Sent"),   tr("Registry's answer")};
    changes.whenEmpty = tr("No change was refused or left without an answer.");
    const QList<Draft> drafts =
        m_service.drafts().inStates({Draft::State::Failed, Draft::State::Unknown});
    for (const Draft& draft : drafts) {
        changes.rows.append({domains.name(draft.domainId), Labels::of(draft.kind), draft.value,
                             Labels::of(draft.state), when(draft.sentAt), orDash(draft.result)});
        changes.rowClasses.append(QStringLiteral("overdue"));
    }
    ReportTable runs;
    runs.header = {tr("Refresh started"), tr("Scope"),  tr("Checked"),
                   tr("Changed"),         tr("Failed"), tr("Finished")};
    runs.numericColumns = {2, 3, 4};
    runs.whenEmpty = tr("Every refresh of the last 7 days finished without failures.");
    const QList<SyncRun> recent = m_service.sync().runsSince(m_now.addDays(-7));
    for (const SyncRun& run : recent) {
        if (run.failed == 0 && run.finishedAt.isValid())
            continue;
        runs.rows.append({when(run.startedAt), run.scope, number(run.checked), number(run.changed),
                          number(run.failed),
                          run.finishedAt.isValid() ? when(run.finishedAt) : tr("Unfinished")});
        runs.rowClasses.append(QStringLiteral("critical"));
    }

    ReportTable summary;
    summary.rows = {
        {tr("Overdue or due today"), number(urgent.rows.size())},
        {tr("Deletions in the next 7 days"), number(soon.rows.size())},
        {tr("Verifications and owner changes waiting"), number(waiting.rows.size())},
        {tr("Changes refused or without an answer"), number(changes.rows.size())},
        {tr("Refreshes with failures"), number(runs.rows.size())},
    };
    summary.numericColumns = {1};
    report.table(summary);

    report.heading(tr("Overdue and due today"));
    report.table(urgent);
    report.heading(tr("Deletions in the next 7 days"));
    report.table(soon);
    report.heading(tr("Deletions per week"));
    report.chart(deletionsPerWeek(all, 12));
    report.heading(tr("Verifications and owner changes waiting"));
    report.table(waiting);
    report.heading(tr("Failed changes and refreshes"));
    report.subheading(tr("Changes for the registry"));
    report.table(changes);
    report.subheading(tr("Refreshes from the registry"));
    report.table(runs);
    return report;
}

Report ReportBuilder::deletions(const QDateTime& from, const QDateTime& to, int withinDays) const
{
    Report report = start(ReportKind::Deletions, tr("Deletions and expiries"));
    report.landscape = true;
    if (withinDays >= 0)
        report.parameters.append({tr("Window"), tr("%n day(s) from now", nullptr, withinDays)});
    report.parameters.append({tr("From"), when(from)});
    report.parameters.append({tr("To"), when(to)});

    QList<Deadline> inWindow;
    const QList<Deadline> all = m_service.deadlines();
    for (const Deadline& d : all) {
        if ((d.kind == DeadlineKind::Deletion || d.kind == DeadlineKind::AutoRenewal) &&
            d.due >= from && d.due <= to)
            inWindow.append(d);
    }

    QHash<qint64, Domain> domains;
    if (!inWindow.isEmpty()) {
        const QList<Domain> everything = m_service.domains().all();
        domains.reserve(everything.size());
        for (const Domain& domain : everything)
            domains.insert(domain.id, domain);
    }
    const QHash<QString, Contact> contacts = contactsByHandle(m_service);

    int deletionsCount = 0;
    for (const Deadline& d : inWindow)
        deletionsCount += d.kind == DeadlineKind::Deletion ? 1 : 0;
    ReportTable summary;
    summary.rows = {
        {tr("Deletions"), number(deletionsCount)},
        {tr("Expiries renewed automatically"), number(inWindow.size() - deletionsCount)}};
    summary.numericColumns = {1};
    report.table(summary);
    if (inWindow.isEmpty()) {
        report.paragraph(tr("No domain is deleted or expires in this window."));
        return report;
    }

    ReportTable csv;
    csv.header = {tr("Week"),   tr("Due (UTC)"),  tr("Domain"),   tr("A-label"),
                  tr("Event"),  tr("Holder"),     tr("Handle"),   tr("Phone"),
                  tr("E-mail"), tr("Auto-renew"), tr("Programme")};
    const QStringList header = {tr("Date"),  tr("Domain"), tr("Event"),      tr("Holder"),
                                tr("Phone"), tr("E-mail"), tr("Auto-renew"), tr("Programme")};
    // Labels looked up once: a window may hold the whole portfolio.
    const QString deletionLabel = Labels::of(DeadlineKind::Deletion);
    const QString renewalLabel = Labels::of(DeadlineKind::AutoRenewal);
    const QString on = Labels::onOff(true);
    const QString off = Labels::onOff(false);
    QHash<Programme, QString> programmeLabels;
    for (const Programme p :
         {Programme::None, Programme::TresEmUm, Programme::TresEmUmComercio, Programme::Sitestar})
        programmeLabels.insert(p, Labels::of(p));

    ReportTable week;
    QDate monday;
    const auto flush = [&]() {
        if (week.rows.isEmpty())
            return;
        report.subheading(weekTitle(monday, int(week.rows.size())));
        report.table(week);
        week = ReportTable{};
    };
    for (const Deadline& d : inWindow) {
        const QDate start = weekStart(d.due);
        if (start != monday) {
            flush();
            monday = start;
            week.header = header;
            // The same columns in every week, so the weeks line up on paper.
            week.columnWidths = {9, 17, 12, 18, 11, 16, 9, 8};
        }
        const Domain domain = domains.value(d.domainId);
        const Contact holder = contacts.value(domain.registrantHandle);
        const QString event = d.kind == DeadlineKind::Deletion ? deletionLabel : renewalLabel;
        const QString programme = programmeLabels.value(domain.programme);
        week.rows.append({day(d.due), d.uLabel, event, orDash(nameOf(holder)),
                          orDash(phoneOf(holder)), orDash(holder.email),
                          domain.autoRenew ? on : off, programme});
        week.rowClasses.append(d.kind == DeadlineKind::Deletion ? toCode(d.level)
                                                                : QStringLiteral("renewal"));
        int isoYear = 0;
        const int weekNumber = start.weekNumber(&isoYear);
        csv.rows.append(
            {QStringLiteral("%1-W%2").arg(isoYear).arg(weekNumber, 2, 10, QLatin1Char('0')),
             timeformat::toIsoUtc(d.due), d.uLabel, d.aLabel, event, nameOf(holder), holder.handle,
             phoneOf(holder), holder.email, domain.autoRenew ? on : off, programme});
    }
    flush();
    report.csv = csv;
    return report;
}

Report ReportBuilder::actions() const
{
    Report report = start(ReportKind::Actions, tr("Pending actions"));
    report.landscape = true;
    report.parameters.append({tr("Actions"), tr("Open, by kind, level and assignee")});

    const QList<Deadline> all = m_service.deadlines();
    QHash<qint64, Deadline> nextOfAction;
    for (const Deadline& d : all) {
        if (d.actionId != 0 && !nextOfAction.contains(d.actionId))
            nextOfAction.insert(d.actionId, d);
    }
    DomainCache domains(m_service);
    struct Row
    {
        PendingAction action;
        std::optional<Deadline> next;
        AlertLevel level = AlertLevel::None;
        QString assignee;
    };
    QList<Row> rows;
    const QList<PendingAction> open = m_service.actions().allOpen();
    for (const PendingAction& action : open) {
        Row row{action, std::nullopt, AlertLevel::None, action.assignee};
        const auto next = nextOfAction.constFind(action.id);
        if (next != nextOfAction.constEnd()) {
            row.next = *next;
            row.level = next->level;
        }
        rows.append(row);
    }
    // Most urgent first, then by assignee and due moment.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.level != b.level)
            return overdueOrSooner(a.level, b.level);
        if (a.assignee != b.assignee)
            return a.assignee < b.assignee;
        const QDateTime da = a.next ? a.next->due : QDateTime();
        const QDateTime db = b.next ? b.next->due : QDateTime();
        return da < db;
    });

    const QList<AlertLevel> levels = {AlertLevel::Overdue, AlertLevel::Critical,
                                      AlertLevel::Warning, AlertLevel::Notice, AlertLevel::None};
    const QString unassigned = tr("Unassigned");
    // Counts by assignee and level.
    QMap<QString, QList<int>> byAssignee;
    for (const Row& row : rows) {
        const QString who = row.assignee.isEmpty() ? unassigned : row.assignee;
        QList<int>& counts = byAssignee[who];
        if (counts.isEmpty())
            counts = QList<int>(levels.size() + 1, 0);
        ++counts[levels.indexOf(row.level)];
        ++counts[levels.size()];
    }
    ReportTable summary;
    summary.header = {tr("Assignee")};
    for (const AlertLevel level : levels)
        summary.header.append(Labels::of(level));
    summary.header.append(tr("Total"));
    for (int i = 1; i <= levels.size() + 1; ++i)
        summary.numericColumns.append(i);
    summary.whenEmpty = tr("No action is open.");
    for (auto it = byAssignee.cbegin(); it != byAssignee.cend(); ++it) {
        QStringList line{it.key()};
        for (const int count : it.value())
            line.append(number(count));
        summary.rows.append(line);
    }
    report.heading(tr("By assignee"));
    report.table(summary);

    ReportTable csv;
    csv.header = {tr("Action"),    tr("Kind"),  tr("Level"),        tr("Next deadline (UTC)"),
                  tr("Domain"),    tr("State"), tr("Opened (UTC)"), tr("Assignee"),
                  tr("New holder")};
    for (const ActionKind kind : {ActionKind::Verification, ActionKind::OwnerChange}) {
        ReportTable table;
        table.header = {tr("Level"), tr("Next deadline"), tr("Domain"),
                        tr("State"), tr("Opened"),        tr("Assignee")};
        if (kind == ActionKind::OwnerChange)
            table.header.append(tr("New holder"));
        table.whenEmpty = tr("None open.");
        for (const Row& row : rows) {
            if (row.action.kind != kind)
                continue;
            const QString who = row.assignee.isEmpty() ? unassigned : row.assignee;
            QStringList line{Labels::of(row.level),
                             row.next ? when(row.next->due) : dash,
                             domains.name(row.action.domainId),
                             Labels::of(row.action.state),
                             when(row.action.openedAt()),
                             who};
            if (kind == ActionKind::OwnerChange)
                line.append(orDash(row.action.newHolderHandle));
            table.rows.append(line);
            table.rowClasses.append(toCode(row.level));
            csv.rows.append(
                {QString::number(row.action.id), Labels::of(kind), Labels::of(row.level),
                 row.next ? timeformat::toIsoUtc(row.next->due) : QString(),
                 domains.name(row.action.domainId), Labels::of(row.action.state),
                 timeformat::toIsoUtc(row.action.openedAt()), who, row.action.newHolderHandle});
        }
        report.heading(Labels::of(kind) + QStringLiteral(" (") + number(table.rows.size()) +
                       QLatin1Char(')'));
        report.table(table);
    }
    report.csv = csv;
    return report;
}

std::optional<Report> ReportBuilder::dossier(const QString& domainName, QString* error) const
{
    const std::optional<Domain> found = m_service.findDomain(domainName);
    if (!found) {
        if (error)
            *error = tr("There is no domain named %1 in the portfolio.").arg(domainName);
        return std::nullopt;
    }
    const Domain& domain = *found;
    Report report = start(ReportKind::Dossier, tr("Domain dossier"));
    report.parameters.append({tr("Domain"), domainLabel(domain)});

    const DomainSyncState sync = m_service.sync().stateOf(domain.id);
    ReportTable facts;
    facts.rows = {
        {tr("Domain"), domainLabel(domain)},
        {tr("A-label"), domain.aLabel},
        {tr("Registry object id"), orDash(domain.roid)},
        {tr("Registered"), when(domain.createdAt)},
        {tr("Expires"), when(domain.expiresAt)},
        {tr("Auto-renew"), Labels::onOff(domain.autoRenew)},
        {tr("Programme"), Labels::of(domain.programme)},
        {tr("EPP statuses"), orDash(domain.statuses.join(QStringLiteral(", ")))},
        {tr("Owner confirmation"), Labels::yesNo(domain.ownerConf)},
        {tr("Arbitration"), Labels::yesNo(domain.arbitration)},
        {tr("Registry lock"), Labels::yesNo(domain.registryLock)},
        {tr("At the registry"), Labels::of(sync.state)},
        {tr("Last compared with the registry"), when(sync.lastSynced)},
        {tr("Notes"), orDash(domain.notes)},
    };
    report.heading(tr("Registration"));
    report.table(facts);

    const QHash<QString, Contact> contacts = contactsByHandle(m_service);
    ReportTable people;
    people.header = {tr("Role"), tr("Name"), tr("Handle"), tr("E-mail"), tr("Phone")};
    if (!domain.registrantHandle.isEmpty()) {
        const Contact holder = contacts.value(domain.registrantHandle);
        people.rows.append(QStringList{tr("Holder")} + contactLines(holder));
        people.rows.last()[2] = domain.registrantHandle;
    }
    for (const QString& handle : domain.techHandles) {
        people.rows.append(QStringList{tr("Technical contact")} +
                           contactLines(contacts.value(handle)));
        people.rows.last()[2] = handle;
    }
    people.whenEmpty = tr("No contacts recorded.");
    report.heading(tr("Contacts"));
    report.table(people);

    ReportTable dns;
    dns.header = {tr("Name server"), tr("Addresses (glue)")};
    dns.whenEmpty = tr("No name servers recorded.");
    for (const NameServer& ns : domain.nameServers)
        dns.rows.append({ns.host, orDash(ns.addresses.join(QStringLiteral(", ")))});
    report.heading(tr("Name servers and DNSSEC"));
    report.table(dns);
    if (!domain.dsRecords.isEmpty()) {
        ReportTable ds;
        ds.header = {tr("Key tag"), tr("Algorithm"), tr("Digest type"), tr("Digest")};
        for (const DsRecord& r : domain.dsRecords)
            ds.rows.append({QString::number(r.keyTag), QString::number(r.algorithm),
                            QString::number(r.digestType), r.digest});
        report.table(ds);
    }

    const DeadlineEngine& engine = m_service.engine();
    ReportTable deadlines;
    deadlines.header = {tr("Due"), tr("Deadline"), tr("Level"), tr("Explanation")};
    deadlines.whenEmpty = tr("This domain has no deadline.");
    const QList<Deadline> own = m_service.deadlinesOf(domain.id);
    for (const Deadline& d : own) {
        deadlines.rows.append({when(d.due), Labels::of(d.kind), Labels::of(d.level),
                               engine.explain(d, m_zone, m_locale)});
        deadlines.rowClasses.append(toCode(d.level));
    }
    report.heading(tr("Deadlines"));
    report.table(deadlines);

    ReportTable actionTable;
    actionTable.header = {tr("Action"), tr("State"), tr("Steps"), tr("Assignee"), tr("Outcome")};
    actionTable.whenEmpty = tr("No action was ever opened for this domain.");
    const QList<PendingAction> actionList = m_service.actions().forDomain(domain.id);
    for (const PendingAction& action : actionList) {
        QStringList steps;
        for (const ActionStep& step : action.steps) {
            steps.append(Labels::of(step.kind) + QStringLiteral(": ") + when(step.at) +
                         (step.agent.isEmpty()
                              ? QString()
                              : QStringLiteral(" (") + step.agent + QLatin1Char(')')));
        }
        QString kind = Labels::of(action.kind);
        if (!action.newHolderHandle.isEmpty())
            kind += QLatin1Char('\n') + tr("New holder: %1").arg(action.newHolderHandle);
        actionTable.rows.append({kind, Labels::of(action.state), steps.join(QLatin1Char('\n')),
                                 orDash(action.assignee), orDash(action.outcome)});
    }
    report.heading(tr("Actions"));
    report.table(actionTable);

    const QList<Draft> drafts = m_service.drafts().forDomain(domain.id);
    ReportTable draftTable;
    draftTable.header = {tr("Prepared"), tr("Change"), tr("Value"),
                         tr("State"),    tr("Sent"),   tr("Registry's answer")};
    draftTable.whenEmpty = tr("No change was prepared for the registry.");
    for (const Draft& draft : drafts) {
        draftTable.rows.append({when(draft.createdAt), Labels::of(draft.kind), draft.value,
                                Labels::of(draft.state), when(draft.sentAt), orDash(draft.result)});
    }
    report.heading(tr("Changes for the registry"));
    report.table(draftTable);

    ReportTable history;
    history.header = {tr("When"), tr("Who"), tr("Event"), tr("Detail")};
    history.whenEmpty = tr("No history recorded.");
    const QList<HistoryEntry> lines = m_service.history().forDomain(domain.id);
    for (const HistoryEntry& entry : lines)
        history.rows.append({when(entry.at), entry.agent, entry.event, orDash(entry.detail)});
    report.heading(tr("History"));
    report.table(history);
    return report;
}

std::optional<Report> ReportBuilder::personalData(const QString& handle, QString* error) const
{
    std::optional<Contact> found = m_service.contacts().findByHandle(handle);
    if (!found)
        found = m_service.contacts().findByHandle(handle.trimmed().toUpper());
    if (!found) {
        if (error)
            *error = tr("There is no contact with the handle %1.").arg(handle);
        return std::nullopt;
    }
    const Contact& contact = *found;
    Report report = start(ReportKind::PersonalData, tr("Personal data report"));
    report.parameters.append({tr("Contact"), contact.handle});
    report.paragraph(tr("Right of access (GDPR, article 15): every piece of personal data the "
                        "registrar keeps about this contact, where it is used, and how it "
                        "changed."));

    ReportTable data;
    data.rows = {
        {tr("Handle"), contact.handle},
        {tr("Kind"), Labels::of(contact.kind)},
        {tr("Name"), orDash(contact.name)},
        {tr("Organisation"), orDash(contact.organisation)},
        {tr("Street"), orDash(contact.address.street.join(QLatin1Char('\n')))},
        {tr("City"), orDash(contact.address.city)},
        {tr("Province"), orDash(contact.address.province)},
        {tr("Postcode"), orDash(contact.address.postcode)},
        {tr("Country"), orDash(contact.address.countryCode)},
        {tr("E-mail"), orDash(contact.email)},
        {tr("Phone"), orDash(contact.voice)},
        {tr("Mobile"), orDash(contact.mobile)},
        {tr("Tax number (VAT)"), orDash(contact.vat)},
        {tr("Identity document"), orDash(contact.identityDocument)},
        {tr("Identity verification"), Labels::of(contact.verification)},
        {tr("Notes"), orDash(contact.notes)},
        {tr("Record created"), when(contact.createdAt)},
        {tr("Record last changed"), when(contact.updatedAt)},
    };
    report.heading(tr("Personal data kept"));
    report.table(data);
    report.heading(tr("Why it is kept and who receives it"));
    report.paragraph(tr("The data is kept to register and manage the .pt domains listed below on "
                        "the holder's behalf, and is sent to the .PT registry (DNS.PT) as its "
                        "registration rules require."));

    // Where the contact appears: the domains it holds or looks after.
    QList<Domain> used;
    QHash<qint64, QString> roles;
    const QList<Domain> everything = m_service.domains().all();
    for (const Domain& domain : everything) {
        QStringList role;
        if (domain.registrantHandle == contact.handle)
            role.append(tr("Holder"));
        if (domain.techHandles.contains(contact.handle))
            role.append(tr("Technical contact"));
        if (role.isEmpty())
            continue;
        used.append(domain);
        roles.insert(domain.id, role.join(QStringLiteral(", ")));
    }
    ReportTable domainsTable;
    domainsTable.header = {tr("Domain"), tr("Role"), tr("Expires"), tr("Auto-renew")};
    domainsTable.whenEmpty = tr("This contact is not used by any domain.");
    for (const Domain& domain : used)
        domainsTable.rows.append({domainLabel(domain), roles.value(domain.id),
                                  day(domain.expiresAt), Labels::onOff(domain.autoRenew)});
    report.heading(tr("Where it is used"));
    report.table(domainsTable);

    ReportTable actionTable;
    actionTable.header = {tr("Domain"), tr("Action"), tr("Part in it"), tr("State"), tr("Opened")};
    actionTable.whenEmpty = tr("No action concerns this contact.");
    DomainCache domains(m_service);
    QSet<qint64> usedIds;
    for (const Domain& domain : used)
        usedIds.insert(domain.id);
    const QList<PendingAction> open = m_service.actions().allOpen();
    QList<PendingAction> concerned;
    for (const Domain& domain : used)
        concerned += m_service.actions().forDomain(domain.id);
    for (const PendingAction& action : open) {
        if (action.newHolderHandle == contact.handle && !usedIds.contains(action.domainId))
            concerned.append(action);
    }
    for (const PendingAction& action : concerned) {
        const QString part = action.newHolderHandle == contact.handle
                                 ? tr("New holder")
                                 : roles.value(action.domainId, tr("Holder"));
        actionTable.rows.append({domains.name(action.domainId), Labels::of(action.kind), part,
                                 Labels::of(action.state), when(action.openedAt())});
    }
    report.heading(tr("Actions"));
    report.table(actionTable);

    report.heading(tr("History of changes"));
    report.paragraph(tr("The desk keeps no earlier versions of a contact record: a change "
                        "replaces the old value. The record was created on %1 and last changed "
                        "on %2. The domains' history lines that name this contact follow.")
                         .arg(when(contact.createdAt), when(contact.updatedAt)));
    ReportTable history;
    history.header = {tr("When"), tr("Domain"), tr("Who"), tr("Event"), tr("Detail")};
    history.whenEmpty = tr("No history line names this contact.");
    QStringList needles{contact.handle};
    for (const QString& value : {contact.name, contact.email, contact.vat}) {
        if (value.size() >= 3)
            needles.append(value);
    }
    QList<HistoryEntry> lines;
    for (const Domain& domain : used)
        lines += m_service.history().forDomain(domain.id);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.at < b.at; });
    for (const HistoryEntry& entry : lines) {
        const bool names = std::any_of(needles.cbegin(), needles.cend(), [&](const QString& n) {
            return entry.detail.contains(n, Qt::CaseInsensitive);
        });
        // A domain registered with this holder counts: its first line is theirs.
        if (!names && entry.event != QLatin1String("domain.added"))
            continue;
        history.rows.append({when(entry.at), domains.name(entry.domainId), entry.agent, entry.event,
                             orDash(entry.detail)});
    }
    report.table(history);
    return report;
}

Report ReportBuilder::programmes() const
{
    Report report = start(ReportKind::Programmes, tr("Promotional programmes"));
    report.landscape = true;
    report.parameters.append(
        {tr("Programmes"), QStringList{codes::brandName(Programme::TresEmUm),
                                       codes::brandName(Programme::TresEmUmComercio),
                                       codes::brandName(Programme::Sitestar)}
                               .join(QStringLiteral(", "))});
    const QHash<QString, Contact> contacts = contactsByHandle(m_service);
    QList<Domain> promo;
    const QList<Domain> everything = m_service.domains().all();
    for (const Domain& domain : everything) {
        if (domain.programme != Programme::None)
            promo.append(domain);
    }
    const auto freeYearEnd = [](const Domain& d) {
        return d.createdAt.isValid() ? d.createdAt.addYears(1) : QDateTime();
    };
    std::stable_sort(promo.begin(), promo.end(), [&](const Domain& a, const Domain& b) {
        return freeYearEnd(a) < freeYearEnd(b);
    });

    enum Status
    {
        Converted,
        Running,
        Lapsed
    };
    const auto statusOf = [&](const Domain& d) {
        const QDateTime end = freeYearEnd(d);
        // Converted: the registration runs past the free year, so a paid
        // renewal was made (.PT programmes give one year, then the holder pays).
        if (DeadlineEngine::renewedPast(end, d.expiresAt))
            return Converted;
        return (!end.isValid() || m_now < end) ? Running : Lapsed;
    };
    const QString statusLabels[] = {tr("Converted"), tr("Free year running"),
                                    tr("Free year ended, not converted")};

    ReportTable summary;
    summary.header = {tr("Programme"), tr("Domains"), statusLabels[Converted],
                      statusLabels[Running], statusLabels[Lapsed]};
    summary.numericColumns = {1, 2, 3, 4};
    for (const Programme p :
         {Programme::TresEmUm, Programme::TresEmUmComercio, Programme::Sitestar}) {
        int counts[3] = {0, 0, 0};
        int total = 0;
        for (const Domain& d : promo) {
            if (d.programme != p)
                continue;
            ++total;
            ++counts[statusOf(d)];
        }
        summary.rows.append({Labels::of(p), number(total), number(counts[Converted]),
                             number(counts[Running]), number(counts[Lapsed])});
    }
    report.heading(tr("Summary"));
    report.table(summary);

    ReportTable table;
    table.header = {tr("Domain"),         tr("Programme"), tr("Holder"), tr("Registered"),
                    tr("Free year ends"), tr("Days left"), tr("Status"), tr("Auto-renew")};
    table.numericColumns = {5};
    table.whenEmpty = tr("No domain is in a promotional programme.");
    ReportTable csv;
    csv.header = {tr("Domain"),
                  tr("A-label"),
                  tr("Programme"),
                  tr("Holder"),
                  tr("Handle"),
                  tr("Registered (UTC)"),
                  tr("Free year ends (UTC)"),
                  tr("Status"),
                  tr("Auto-renew")};
    for (const Domain& d : promo) {
        const QDateTime end = freeYearEnd(d);
        const Status status = statusOf(d);
        const Contact holder = contacts.value(d.registrantHandle);
        const QString daysLeft =
            (status == Running && end.isValid()) ? number(m_now.daysTo(end)) : dash;
        table.rows.append({domainLabel(d), Labels::of(d.programme), orDash(nameOf(holder)),
                           day(d.createdAt), day(end), daysLeft, statusLabels[status],
                           Labels::onOff(d.autoRenew)});
        QString rowClass;
        if (status == Lapsed)
            rowClass = QStringLiteral("overdue");
        else if (status == Running && end.isValid())
            rowClass = toCode(m_service.engine().thresholds().levelFor(m_now.secsTo(end)));
        table.rowClasses.append(rowClass);
        csv.rows.append({domainLabel(d), d.aLabel, Labels::of(d.programme), nameOf(holder),
                         d.registrantHandle, timeformat::toIsoUtc(d.createdAt),
                         timeformat::toIsoUtc(end), statusLabels[status],
                         Labels::onOff(d.autoRenew)});
    }
    report.heading(tr("Domains by end of free year"));
    report.table(table);
    report.csv = csv;
    return report;
}

} // namespace rd::reports
