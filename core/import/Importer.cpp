#include "import/Importer.h"

#include "csv/CsvValues.h"
#include "model/Codes.h"
#include "rules/Clock.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "validation/CitizenCardValidator.h"
#include "validation/DomainNameValidator.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringBuilder>
#include <algorithm>
#include <array>
#include <atomic>
#include <future>
#include <thread>

namespace rd::import {
namespace {

constexpr int progressStep = 4096;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// The cells of one row by field: null when no column holds the field, the
// value with a spreadsheet's protective apostrophe taken away otherwise.
class RowCells
{
public:
    RowCells(const ColumnMapping& mapping, ImportKind kind)
    {
        m_columns.fill(-1);
        for (const Field field : ColumnMapping::fieldsOf(kind))
            m_columns[size_t(field)] = mapping.columnOf(field);
    }
    int column(Field field) const { return m_columns[size_t(field)]; }
    bool mapped(Field field) const { return column(field) >= 0; }
    QString value(const csv::Row& row, Field field) const
    {
        const int c = column(field);
        if (c < 0 || c >= row.cells.size())
            return {};
        const QString& cell = row.cells.at(c);
        // Most cells need neither: share the cell instead of copying it.
        if (cell.isEmpty())
            return {};
        const QChar first = cell.front(), last = cell.back();
        if (first != QLatin1Char('\'') && !first.isSpace() && !last.isSpace())
            return cell;
        return csv::CsvValues::restore(cell).trimmed();
    }

private:
    std::array<int, size_t(Field::Notes) + 1> m_columns{};
};

std::optional<Programme> parseProgramme(const QString& text)
{
    const QString key = ColumnMapping::normaliseHeader(text).remove(QLatin1Char(' '));
    if (key.isEmpty() || key == QLatin1String("none") || key == QLatin1String("nenhum") ||
        key == QLatin1String("nenhuma"))
        return Programme::None;
    for (const Programme p :
         {Programme::TresEmUm, Programme::TresEmUmComercio, Programme::Sitestar}) {
        const QString code = codes::toCode(p).remove(QLatin1Char('-'));
        QString brand =
            ColumnMapping::normaliseHeader(codes::brandName(p)).remove(QLatin1Char(' '));
        if (brand.endsWith(QLatin1String("pt")))
            brand.chop(2);
        if (key == code || key == brand || key == brand + QLatin1String("pt"))
            return p;
    }
    return std::nullopt;
}

std::optional<ContactKind> parseKind(const QString& text)
{
    const QString key = ColumnMapping::normaliseHeader(text);
    static const QStringList people = {QStringLiteral("person"), QStringLiteral("pessoa"),
                                       QStringLiteral("pessoa singular"),
                                       QStringLiteral("singular"), QStringLiteral("individual")};
    static const QStringList organisations = {
        QStringLiteral("organisation"),    QStringLiteral("organization"),
        QStringLiteral("organizacao"),     QStringLiteral("empresa"),
        QStringLiteral("pessoa coletiva"), QStringLiteral("coletiva"),
        QStringLiteral("company")};
    if (people.contains(key))
        return ContactKind::Person;
    if (organisations.contains(key))
        return ContactKind::Organisation;
    return std::nullopt;
}

QString shown(const QDateTime& moment)
{
    return moment.isValid() ? timeformat::toIsoUtc(moment) : QStringLiteral("-");
}

QString onOff(bool value)
{
    return value ? Importer::tr("on") : Importer::tr("off");
}

QString change(Field field, const QString& before, const QString& after)
{
    return ColumnMapping::label(field) % QStringLiteral(": ") %
           (before.isEmpty() ? QStringLiteral("-") : before) % QStringLiteral(" → ") %
           (after.isEmpty() ? QStringLiteral("-") : after);
}

QByteArray domainBefore(const Domain& domain)
{
    QJsonObject o;
    o.insert(QStringLiteral("registrant"), domain.registrantHandle);
    o.insert(QStringLiteral("expires"), shown(domain.expiresAt));
    o.insert(QStringLiteral("created"), shown(domain.createdAt));
    o.insert(QStringLiteral("autoRenew"), domain.autoRenew);
    o.insert(QStringLiteral("programme"), codes::toCode(domain.programme));
    o.insert(QStringLiteral("notes"), domain.notes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QDateTime momentOf(const QJsonValue& value)
{
    return timeformat::parseIsoWithZone(value.toString()).value_or(QDateTime());
}

void restoreDomain(Domain& domain, const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    domain.registrantHandle = o.value(QStringLiteral("registrant")).toString();
    domain.expiresAt = momentOf(o.value(QStringLiteral("expires")));
    domain.createdAt = momentOf(o.value(QStringLiteral("created")));
    domain.autoRenew = o.value(QStringLiteral("autoRenew")).toBool();
    domain.programme = codes::programmeFromCode(o.value(QStringLiteral("programme")).toString())
                           .value_or(Programme::None);
    domain.notes = o.value(QStringLiteral("notes")).toString();
}

QByteArray contactBefore(const Contact& c)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), codes::toCode(c.kind));
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("organisation"), c.organisation);
    o.insert(QStringLiteral("vat"), c.vat);
    o.insert(QStringLiteral("email"), c.email);
    o.insert(QStringLiteral("voice"), c.voice);
    o.insert(QStringLiteral("mobile"), c.mobile);
    o.insert(QStringLiteral("street"), c.address.street.join(QLatin1Char('\n')));
    o.insert(QStringLiteral("city"), c.address.city);
    o.insert(QStringLiteral("postcode"), c.address.postcode);
    o.insert(QStringLiteral("country"), c.address.countryCode);
    o.insert(QStringLiteral("identityDocument"), c.identityDocument);
    o.insert(QStringLiteral("notes"), c.notes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void restoreContact(Contact& c, const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    c.kind = codes::contactKindFromCode(text("kind")).value_or(ContactKind::Person);
    c.name = text("name");
    c.organisation = text("organisation");
    c.vat = text("vat");
    c.email = text("email");
    c.voice = text("voice");
    c.mobile = text("mobile");
    const QString street = text("street");
    c.address.street = street.isEmpty() ? QStringList() : street.split(QLatin1Char('\n'));
    c.address.city = text("city");
    c.address.postcode = text("postcode");
    c.address.countryCode = text("country");
    c.identityDocument = text("identityDocument");
    c.notes = text("notes");
}

// One bit per domain field a row can give.
constexpr quint8 bitOf(Field field)
{
    return field == Field::Notes ? quint8(1u << 7) : quint8(1u << (int(field) - 1));
}

void addProblem(PlannedRow& planned, const RowCells& cells, Field field, const QString& reason)
{
    planned.problems.append({cells.column(field), ColumnMapping::label(field), reason});
}

// A row whose cells passed their checks, against the stored domain of the same
// name: the fields it leaves out keep their stored values, and what differs
// becomes one line per field. Touches only `planned`, so halves of a plan run
// in parallel. Returns where the name is in `stored` (-1: not there), rejected
// rows included, for the duplicate check.
qsizetype compareWithStored(PlannedRow& planned, quint8 given, const StoredDomains& stored,
                            const RowCells& cells)
{
    Domain& d = planned.domain;
    const ImportedDomainFields* const found = d.aLabel.isEmpty() ? nullptr : stored.find(d.aLabel);
    const qsizetype at = found ? found - stored.all().data() : -1;
    if (!planned.problems.isEmpty()) {
        planned.outcome = RowOutcome::Rejected;
        return at;
    }
    const auto problem = [&](Field field, const QString& reason) {
        addProblem(planned, cells, field, reason);
    };
    if (found) {
        planned.existingId = found->id;
        d.id = found->id;
        const auto keep = [given](Field field) { return (given & bitOf(field)) == 0; };
        if (keep(Field::Registrant))
            d.registrantHandle = found->registrantHandle;
        if (keep(Field::Expiry))
            d.expiresAt = found->expiresAt;
        if (keep(Field::Created))
            d.createdAt = found->createdAt;
        if (keep(Field::AutoRenew))
            d.autoRenew = found->autoRenew;
        if (keep(Field::Programme))
            d.programme = found->programme;
        if (keep(Field::Notes))
            d.notes = found->notes;
    }

    if (!d.expiresAt.isValid())
        problem(Field::Expiry, Importer::tr("A new domain needs its expiry date."));
    // The free year of a promotional programme counts from the registration.
    else if (d.programme != Programme::None && !d.createdAt.isValid())
        problem(Field::Created,
                Importer::tr("A domain in the %1 programme needs its creation date.")
                    .arg(codes::brandName(d.programme)));
    else if (d.createdAt.isValid() && d.createdAt > d.expiresAt)
        problem(Field::Created, Importer::tr("The creation date %1 is after the expiry date %2.")
                                    .arg(shown(d.createdAt), shown(d.expiresAt)));
    if (!planned.problems.isEmpty()) {
        planned.outcome = RowOutcome::Rejected;
        return at;
    }
    if (!found) {
        planned.outcome = RowOutcome::New;
        return at;
    }
    if (d.registrantHandle != found->registrantHandle)
        planned.changes.append(
            change(Field::Registrant, found->registrantHandle, d.registrantHandle));
    if (d.expiresAt != found->expiresAt)
        planned.changes.append(change(Field::Expiry, shown(found->expiresAt), shown(d.expiresAt)));
    if (d.createdAt != found->createdAt)
        planned.changes.append(change(Field::Created, shown(found->createdAt), shown(d.createdAt)));
    if (d.autoRenew != found->autoRenew)
        planned.changes.append(
            change(Field::AutoRenew, onOff(found->autoRenew), onOff(d.autoRenew)));
    if (d.programme != found->programme)
        planned.changes.append(
            change(Field::Programme, codes::toCode(found->programme), codes::toCode(d.programme)));
    if (d.notes != found->notes)
        planned.changes.append(change(Field::Notes, found->notes, d.notes));
    planned.outcome = planned.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    return at;
}

// What a domain row's own cells say, checked without the database: the
// fields it gives go into the planned domain and their bits into `given`.
// Touches only `planned` and `given`, so parts of a file are checked in
// parallel.
struct CellCheck
{
    const RowCells& cells;
    const QSet<QString>& handles;
    const QString notADate =
        Importer::tr("\"%1\" is not a date: use 2027-03-01, 01/03/2027, 01-03-2027 or an Excel "
                     "date number.");
    const QString notYesNo =
        Importer::tr("\"%1\" is not yes or no: use sim/não, yes/no, true/false or 1/0.");

    void operator()(const csv::Row& row, PlannedRow& planned, quint8& given) const
    {
        planned.line = row.line;
        Domain& d = planned.domain;
        const auto problem = [&](Field field, const QString& reason) {
            addProblem(planned, cells, field, reason);
        };

        DomainName name;
        const QString nameText = cells.value(row, Field::DomainName);
        if (nameText.isEmpty()) {
            problem(Field::DomainName, Importer::tr("A domain name is required."));
        } else {
            const ValidationResult valid = DomainNameValidator::validate(nameText, &name);
            if (!valid)
                problem(Field::DomainName, valid.reason);
        }
        d.aLabel = name.aLabel;
        d.uLabel = name.uLabel;
        const auto momentIn = [&](Field field, QDateTime& to) {
            const QString text = cells.value(row, field);
            if (text.isEmpty())
                return;
            const std::optional<QDateTime> moment = csv::CsvValues::parseMoment(text);
            if (!moment)
                return problem(field, notADate.arg(text));
            to = *moment;
            given |= bitOf(field);
        };
        momentIn(Field::Expiry, d.expiresAt);
        momentIn(Field::Created, d.createdAt);
        if (const QString text = cells.value(row, Field::AutoRenew); !text.isEmpty()) {
            const std::optional<bool> autoRenew = csv::CsvValues::parseBool(text);
            if (!autoRenew) {
                problem(Field::AutoRenew, notYesNo.arg(text));
            } else {
                d.autoRenew = *autoRenew;
                given |= bitOf(Field::AutoRenew);
            }
        }
        if (const QString text = cells.value(row, Field::Programme); !text.isEmpty()) {
            const std::optional<Programme> programme = parseProgramme(text);
            if (!programme) {
                problem(Field::Programme,
                        Importer::tr("\"%1\" is not a programme: use none, 3em1, 3em1-comercio "
                                     "or sitestar.")
                            .arg(text));
            } else {
                d.programme = *programme;
                given |= bitOf(Field::Programme);
            }
        }
        if (const QString registrant = cells.value(row, Field::Registrant); !registrant.isEmpty()) {
            if (!handles.contains(registrant))
                problem(Field::Registrant, Importer::tr("There is no contact with the handle %1; "
                                                        "import the contacts first.")
                                               .arg(registrant));
            d.registrantHandle = registrant;
            given |= bitOf(Field::Registrant);
        }
        if (QString notes = cells.value(row, Field::Notes); !notes.isEmpty()) {
            d.notes = std::move(notes);
            given |= bitOf(Field::Notes);
        }
    }
};

// Runs `work(from, to)` over [0, count) in two halves, the second in a thread
// of its own.
template <typename Work> void inTwoHalves(qsizetype count, const Work& work)
{
    const qsizetype half = count / 2;
    std::thread second([&] { work(half, count); });
    work(0, half);
    second.join();
}

// Ids in runs of consecutive values: a bulk insert of a million domains is one item.
QList<ImportItem> runsOf(const QString& recordKind, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QList<ImportItem> runs;
    for (const qint64 id : ids) {
        if (!runs.isEmpty() && runs.last().lastId + 1 == id)
            runs.last().lastId = id;
        else
            runs.append({recordKind, id, id, {}});
    }
    return runs;
}

} // namespace

PlanCounts ImportPlan::counts() const
{
    PlanCounts c;
    for (const PlannedRow& row : rows) {
        switch (row.outcome) {
        case RowOutcome::New:
            ++c.added;
            break;
        case RowOutcome::Update:
            ++c.updated;
            break;
        case RowOutcome::Unchanged:
            ++c.unchanged;
            break;
        case RowOutcome::Rejected:
            ++c.rejected;
            break;
        }
    }
    return c;
}

Importer::Importer(PortfolioService& service, const Clock& clock, QString agent)
    : m_service(service)
    , m_clock(clock)
    , m_agent(std::move(agent))
    , m_imports(service.database())
{}

ImportPlan Importer::plan(const csv::Table& table, const ColumnMapping& mapping,
                          const Progress& progress, const CancelCheck& cancelled) const
{
    return mapping.kind() == ImportKind::Domains
               ? planDomains(table, mapping, progress, cancelled)
               : planContacts(table, mapping, progress, cancelled);
}

ImportPlan Importer::planDomains(const csv::Table& table, const ColumnMapping& mapping,
                                 const Progress& progress, const CancelCheck& cancelled) const
{
    ImportPlan plan;
    plan.kind = ImportKind::Domains;
    const RowCells cells(mapping, ImportKind::Domains);
    // The stored domains are read on a connection of their own while the rows
    // are checked: neither needs the other until the comparison.
    // Set on Cancel: stops the checking and the read (declared first, so it
    // outlives the read, whose future waits for it).
    std::atomic<bool> stop{false};
    const QString path = m_service.database().path();
    std::future<std::optional<StoredDomains>> reading =
        std::async(std::launch::async, [path, &stop]() -> std::optional<StoredDomains> {
            Database own;
            if (path.isEmpty() || path.startsWith(QLatin1Char(':')) || !own.open(path, nullptr))
                return std::nullopt;
            return ImportRepository(own).domainIndex(&stop);
        });
    const QSet<QString> handles = m_imports.contactHandles();
    const CellCheck check{cells, handles};
    const qsizetype total = table.rows.size();
    plan.rows.resize(total);
    PlannedRow* const rows = plan.rows.data();
    // Which fields each row gives: the others keep their stored values.
    std::vector<quint8> given(size_t(total), 0);

    // Progress and the cancel check stay in this thread; the other half counts
    // its rows into `doneElsewhere` and stops when `stop` is set.
    std::atomic<qsizetype> doneElsewhere{0};
    inTwoHalves(total, [&](qsizetype from, qsizetype to) {
        const bool here = from == 0;
        for (qsizetype i = from; i < to; ++i) {
            if ((i - from) % progressStep == 0) {
                if (!here) {
                    doneElsewhere = i - from;
                } else if (cancelled && cancelled()) {
                    stop = true;
                } else if (progress) {
                    progress(i + doneElsewhere, total);
                }
                if (stop)
                    return;
            }
            rows[i].index = int(i);
            check(table.rows.at(i), rows[i], given[size_t(i)]);
        }
    });
    if (stop) {
        plan.cancelled = true;
        return plan;
    }

    std::optional<StoredDomains> stored = reading.get();
    if (!stored)
        stored = m_imports.domainIndex();
    std::vector<qsizetype> storedAt(size_t(total), -1);
    inTwoHalves(total, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            storedAt[size_t(i)] = compareWithStored(rows[i], given[size_t(i)], *stored, cells);
    });
    const size_t storedCount = stored->all().size();
    // Freed in a thread of its own while the duplicates are looked for.
    std::thread freeing([gone = std::move(*stored)] {});

    // The same domain twice: which row is meant cannot be told, so neither is
    // taken. A stored name is told by where it is stored, a new one by a hash.
    QList<std::pair<int, int>> duplicates;
    {
        std::vector<int> firstOfStored(storedCount, -1);
        QHash<QStringView, int> firstOfNew; // A-label -> plan row
        firstOfNew.reserve(std::count(storedAt.cbegin(), storedAt.cend(), qsizetype(-1)));
        for (qsizetype i = 0; i < total; ++i) {
            const QString& aLabel = rows[i].domain.aLabel;
            if (aLabel.isEmpty())
                continue;
            const qsizetype at = storedAt[size_t(i)];
            // One lookup: takes the row when the name is first seen, finds
            // the first row otherwise.
            const qsizetype known = firstOfNew.size();
            int& first = at >= 0 ? firstOfStored[size_t(at)] : firstOfNew[aLabel];
            if (at >= 0 ? first < 0 : firstOfNew.size() > known)
                first = int(i);
            else
                duplicates.append({first, int(i)});
        }
    }

    const int nameColumn = cells.column(Field::DomainName);
    const QString field = ColumnMapping::label(Field::DomainName);
    for (const auto& [first, again] : std::as_const(duplicates)) {
        PlannedRow& a = rows[first];
        PlannedRow& b = rows[again];
        const QString shownName = cells.value(table.rows.at(a.index), Field::DomainName);
        a.problems.append(
            {nameColumn, field, tr("%1 is also on line %2.").arg(shownName).arg(b.line)});
        b.problems.append(
            {nameColumn, field, tr("%1 is also on line %2.").arg(shownName).arg(a.line)});
        a.outcome = RowOutcome::Rejected;
        b.outcome = RowOutcome::Rejected;
    }
    freeing.join();
    if (progress)
        progress(total, total);
    return plan;
}

ImportPlan Importer::planContacts(const csv::Table& table, const ColumnMapping& mapping,
                                  const Progress& progress, const CancelCheck& cancelled) const
{
    ImportPlan plan;
    plan.kind = ImportKind::Contacts;
    const RowCells cells(mapping, ImportKind::Contacts);
    QHash<QString, Contact> existing;
    for (Contact& contact : m_service.contacts().all())
        existing.insert(contact.handle, std::move(contact));
    QHash<QString, int> firstRow;
    const qint64 total = table.rows.size();
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Za-z]{2}$"));

    for (int i = 0; i < table.rows.size(); ++i) {
        if (i % progressStep == 0) {
            if (cancelled && cancelled()) {
                plan.cancelled = true;
                return plan;
            }
            if (progress)
                progress(i, total);
        }
        const csv::Row& row = table.rows.at(i);
        PlannedRow planned;
        planned.index = i;
        planned.line = row.line;
        const auto problem = [&](Field field, const QString& reason) {
            addProblem(planned, cells, field, reason);
        };
        const QString handle = cells.value(row, Field::Handle);
        if (handle.isEmpty())
            problem(Field::Handle, tr("A contact handle is required."));
        const auto found = existing.constFind(handle);
        Contact c;
        if (found != existing.cend()) {
            c = *found;
            planned.existingId = c.id;
        }
        c.handle = handle;
        const auto take = [&](Field field, QString& target) {
            const QString text = cells.value(row, field);
            if (!text.isEmpty())
                target = text;
        };
        if (const QString text = cells.value(row, Field::Kind); !text.isEmpty()) {
            const std::optional<ContactKind> kind = parseKind(text);
            if (kind)
                c.kind = *kind;
            else
                problem(
                    Field::Kind,
                    tr("\"%1\" is not a kind of contact: use person or organisation.").arg(text));
        }
        take(Field::Name, c.name);
        take(Field::Organisation, c.organisation);
        take(Field::City, c.address.city);
        take(Field::Notes, c.notes);
        if (const QString text = cells.value(row, Field::Street); !text.isEmpty())
            c.address.street = text.split(QLatin1Char('\n')).mid(0, 3);
        if (const QString text = cells.value(row, Field::Country); !text.isEmpty()) {
            if (countryPattern.match(text).hasMatch())
                c.address.countryCode = text.toUpper();
            else
                problem(Field::Country,
                        tr("\"%1\" is not a two-letter country code (ISO 3166-1).").arg(text));
        }
        const bool portuguese =
            c.address.countryCode.isEmpty() || c.address.countryCode == QLatin1String("PT");
        const auto check = [&](Field field, QString& target, auto validate) {
            const QString text = cells.value(row, field);
            if (text.isEmpty())
                return;
            const ValidationResult result = validate(text);
            if (result)
                target = result.value;
            else
                problem(field, result.reason);
        };
        check(Field::Email, c.email, EmailValidator::validate);
        check(Field::Phone, c.voice, PhoneValidator::validate);
        check(Field::Mobile, c.mobile, PhoneValidator::validate);
        if (portuguese) {
            // A Portuguese holder's VAT is a NIF, or a NIPC for organisations.
            check(Field::Vat, c.vat,
                  c.kind == ContactKind::Organisation ? NifValidator::validateNipc
                                                      : NifValidator::validateNif);
            check(Field::Postcode, c.address.postcode, PostcodeValidator::validate);
            check(Field::IdentityDocument, c.identityDocument, CitizenCardValidator::validate);
        } else {
            take(Field::Vat, c.vat);
            take(Field::Postcode, c.address.postcode);
            take(Field::IdentityDocument, c.identityDocument);
        }
        if (planned.problems.isEmpty()) {
            QString why;
            if (PortfolioService::validateContact(c, &why))
                planned.contact = std::make_shared<const Contact>(c);
            else
                planned.problems.append({-1, QString(), why});
        }
        if (planned.problems.isEmpty() && found != existing.cend()) {
            const Contact& b = *found;
            const auto differs = [&](Field field, const QString& before, const QString& after) {
                if (before != after)
                    planned.changes.append(change(field, before, after));
            };
            differs(Field::Kind, codes::toCode(b.kind), codes::toCode(c.kind));
            differs(Field::Name, b.name, c.name);
            differs(Field::Organisation, b.organisation, c.organisation);
            differs(Field::Vat, b.vat, c.vat);
            differs(Field::Email, b.email, c.email);
            differs(Field::Phone, b.voice, c.voice);
            differs(Field::Mobile, b.mobile, c.mobile);
            differs(Field::Street, b.address.street.join(QStringLiteral(" / ")),
                    c.address.street.join(QStringLiteral(" / ")));
            differs(Field::City, b.address.city, c.address.city);
            differs(Field::Postcode, b.address.postcode, c.address.postcode);
            differs(Field::Country, b.address.countryCode, c.address.countryCode);
            differs(Field::IdentityDocument, b.identityDocument, c.identityDocument);
            differs(Field::Notes, b.notes, c.notes);
        }
        if (!handle.isEmpty()) {
            const auto first = firstRow.constFind(handle.toUpper());
            if (first == firstRow.cend()) {
                firstRow.insert(handle.toUpper(), int(plan.rows.size()));
            } else {
                PlannedRow& a = plan.rows[*first];
                a.problems.append({cells.column(Field::Handle), ColumnMapping::label(Field::Handle),
                                   tr("%1 is also on line %2.").arg(handle).arg(row.line)});
                a.outcome = RowOutcome::Rejected;
                problem(Field::Handle, tr("%1 is also on line %2.").arg(handle).arg(a.line));
            }
        }
        planned.outcome = !planned.problems.isEmpty() ? RowOutcome::Rejected
                          : planned.existingId == 0   ? RowOutcome::New
                          : planned.changes.isEmpty() ? RowOutcome::Unchanged
                                                      : RowOutcome::Update;
        plan.rows.append(std::move(planned));
    }
    if (progress)
        progress(total, total);
    return plan;
}

bool Importer::refreshNextDeadline(qint64 domainId, QString* error)
{
    const std::optional<DomainFacts> facts = m_service.domains().facts(domainId);
    if (!facts) {
        setError(error, tr("The domain with id %1 disappeared during the import.").arg(domainId));
        return false;
    }
    return m_service.domains().setNextDeadline(
        domainId, m_service.engine().next(*facts, m_service.actions().forDomain(domainId, true)),
        error);
}

bool Importer::write(const ImportPlan& plan, const WriteOptions& options, WriteResult* result,
                     QString* error)
{
    WriteResult local;
    WriteResult& out = result ? *result : local;
    out = {};
    const PlanCounts counts = plan.counts();
    if (plan.cancelled) {
        setError(error, tr("The import was cancelled before every row was checked; nothing was "
                           "written."));
        out.cancelled = true;
        return false;
    }
    if (counts.rejected > 0 && !options.partial) {
        setError(error, tr("%n row(s) rejected; nothing was imported. Fix them and import again, "
                           "or import only the valid rows.",
                           nullptr, counts.rejected));
        return false;
    }
    out.counts = counts;
    if (counts.added + counts.updated == 0)
        return true;

    ImportBatch batch;
    batch.kind = toCode(plan.kind);
    batch.source = options.source;
    batch.at = m_clock.now();
    batch.agent = m_agent;
    bool cancelled = false;
    Database& db = m_service.database();
    const bool ok = db.transaction(
        [&] {
            if (!m_imports.insertBatch(batch, error))
                return false;
            const bool written = plan.kind == ImportKind::Domains
                                     ? writeDomains(plan, options, batch, &cancelled, error)
                                     : writeContacts(plan, options, batch, &cancelled, error);
            return written && m_imports.saveBatch(batch, error);
        },
        error);
    if (cancelled) {
        out.cancelled = true;
        setError(error, tr("The import was cancelled; nothing was written."));
        return false;
    }
    if (!ok)
        return false;
    out.batchId = batch.id;
    return true;
}

bool Importer::writeDomains(const ImportPlan& plan, const WriteOptions& options, ImportBatch& batch,
                            bool* cancelled, QString* error)
{
    const PlanCounts counts = plan.counts();
    const qint64 total = counts.added + counts.updated;
    qint64 done = 0;
    const auto step = [&]() {
        ++done;
        if (done % progressStep != 0 && done != total)
            return true;
        if (options.cancelled && options.cancelled()) {
            *cancelled = true;
            return false;
        }
        if (options.progress)
            options.progress(done, total);
        return true;
    };
    const QString source = options.source.isEmpty() ? tr("a file") : options.source;
    const QString addedPattern =
        tr("Imported from %1 (import %2), expiring %3, auto-renew %4.").arg(source).arg(batch.id);
    const QString on = tr("on"), off = tr("off");
    const QDateTime now = m_clock.now();
    QList<qint64> addedIds;

    // New domains in slices: each slice one bulk insert, the cancel check between them.
    const auto insertNew = [&] {
        constexpr int slice = 8192;
        QList<Domain> domains;
        QList<std::optional<Deadline>> next;
        QList<HistoryEntry> history;
        QHash<qint64, QString> details;
        const QString event = QStringLiteral("domain.imported");
        const auto flush = [&] {
            if (domains.isEmpty())
                return true;
            if (!m_service.domains().insertMany(domains, next, error))
                return false;
            history.clear();
            for (const Domain& d : std::as_const(domains)) {
                addedIds.append(d.id);
                // Many domains share an expiry day: each distinct line is written once.
                const qint64 key = d.expiresAt.toSecsSinceEpoch() * 2 + (d.autoRenew ? 1 : 0);
                auto line = details.constFind(key);
                if (line == details.cend())
                    line = details.insert(key, addedPattern.arg(timeformat::toIsoUtc(d.expiresAt),
                                                                d.autoRenew ? on : off));
                history.append({0, d.id, now, m_agent, event, *line});
            }
            if (!m_service.history().appendMany(history, error))
                return false;
            for (qsizetype k = 0; k < domains.size(); ++k) {
                if (!step())
                    return false;
            }
            domains.clear();
            next.clear();
            return true;
        };
        for (const PlannedRow& row : plan.rows) {
            if (row.outcome != RowOutcome::New)
                continue;
            domains.append(row.domain);
            next.append(m_service.engine().next(DomainFacts::of(row.domain), {}));
            if (domains.size() >= slice && !flush())
                return false;
        }
        return flush();
    };
    if (!m_service.database().withIndexesSuspended(
            {QStringLiteral("domains"), QStringLiteral("history")}, counts.added, insertNew, error))
        return false;

    QList<ImportItem> items = runsOf(QStringLiteral("domain"), addedIds);
    QList<qint64> updatedIds;
    for (const PlannedRow& row : plan.rows) {
        if (row.outcome != RowOutcome::Update)
            continue;
        std::optional<Domain> stored = m_service.domains().findById(row.existingId);
        if (!stored) {
            setError(error, tr("%1 disappeared during the import.").arg(row.domain.uLabel));
            return false;
        }
        items.append({QStringLiteral("domain"), stored->id, stored->id, domainBefore(*stored)});
        stored->registrantHandle = row.domain.registrantHandle;
        stored->expiresAt = row.domain.expiresAt;
        stored->createdAt = row.domain.createdAt;
        stored->autoRenew = row.domain.autoRenew;
        stored->programme = row.domain.programme;
        stored->notes = row.domain.notes;
        HistoryEntry entry{0,
                           stored->id,
                           now,
                           m_agent,
                           QStringLiteral("domain.imported"),
                           tr("Updated from %1 (import %2): %3")
                               .arg(source)
                               .arg(batch.id)
                               .arg(row.changes.join(QStringLiteral("; ")))};
        if (!m_service.domains().update(*stored, error) ||
            !m_service.history().append(entry, error) || !refreshNextDeadline(stored->id, error) ||
            !step())
            return false;
        updatedIds.append(stored->id);
    }
    // New domains are never synced, so a refresh picks them up already.
    if (options.queueForRefresh && !m_imports.queueForRefresh(updatedIds, error))
        return false;
    batch.added = int(addedIds.size());
    batch.updated = int(updatedIds.size());
    return m_imports.insertItems(batch.id, items, error);
}

bool Importer::writeContacts(const ImportPlan& plan, const WriteOptions& options,
                             ImportBatch& batch, bool* cancelled, QString* error)
{
    const PlanCounts counts = plan.counts();
    const qint64 total = counts.added + counts.updated;
    qint64 done = 0;
    QList<qint64> addedIds;
    QList<ImportItem> items;
    for (const PlannedRow& row : plan.rows) {
        if (row.outcome != RowOutcome::New && row.outcome != RowOutcome::Update)
            continue;
        if (options.cancelled && options.cancelled()) {
            *cancelled = true;
            return false;
        }
        Contact contact = *row.contact;
        if (row.outcome == RowOutcome::New) {
            if (!m_service.contacts().insert(contact, error))
                return false;
            addedIds.append(contact.id);
        } else {
            const std::optional<Contact> stored = m_service.contacts().findById(row.existingId);
            if (!stored) {
                setError(error, tr("%1 disappeared during the import.").arg(contact.handle));
                return false;
            }
            items.append(
                {QStringLiteral("contact"), stored->id, stored->id, contactBefore(*stored)});
            if (!m_service.contacts().update(contact, error))
                return false;
            ++batch.updated;
        }
        if (options.progress)
            options.progress(++done, total);
    }
    batch.added = int(addedIds.size());
    items.append(runsOf(QStringLiteral("contact"), addedIds));
    return m_imports.insertItems(batch.id, items, error);
}

bool Importer::undoLast(UndoResult* result, QString* error)
{
    UndoResult local;
    UndoResult& out = result ? *result : local;
    out = {};
    const QDateTime now = m_clock.now();
    return m_service.database().transaction(
        [&] {
            std::optional<ImportBatch> batch = m_imports.lastUndoable();
            if (!batch) {
                setError(error, tr("There is no import to undo."));
                return false;
            }
            batch->state = QStringLiteral("undoing");
            if (!m_imports.saveBatch(*batch, error))
                return false;
            const QList<ImportItem> items = m_imports.items(batch->id);
            for (auto it = items.crbegin(); it != items.crend(); ++it) {
                const ImportItem& item = *it;
                const bool domain = item.recordKind == QLatin1String("domain");
                if (item.before.isEmpty()) {
                    if (!(domain ? m_imports.removeDomains(item.firstId, item.lastId, error)
                                 : m_imports.removeContacts(item.firstId, item.lastId, error)))
                        return false;
                    out.removed += item.lastId - item.firstId + 1;
                    continue;
                }
                if (domain) {
                    std::optional<Domain> stored = m_service.domains().findById(item.firstId);
                    if (!stored)
                        continue;
                    restoreDomain(*stored, item.before);
                    HistoryEntry entry{0,
                                       stored->id,
                                       now,
                                       m_agent,
                                       QStringLiteral("domain.import-undone"),
                                       tr("Import %1 undone: the values from before it were "
                                          "restored.")
                                           .arg(batch->id)};
                    if (!m_service.domains().update(*stored, error) ||
                        !m_service.history().append(entry, error) ||
                        !refreshNextDeadline(stored->id, error))
                        return false;
                } else {
                    std::optional<Contact> stored = m_service.contacts().findById(item.firstId);
                    if (!stored)
                        continue;
                    restoreContact(*stored, item.before);
                    if (!m_service.contacts().update(*stored, error))
                        return false;
                }
                ++out.restored;
            }
            batch->state = QStringLiteral("undone");
            batch->undoneAt = now;
            out.batch = *batch;
            return m_imports.saveBatch(*batch, error);
        },
        error);
}

QString Importer::describe(const csv::Table& table, const PlannedRow& row,
                           const FieldProblem& problem)
{
    if (problem.column < 0)
        return tr("line %1: %2").arg(row.line).arg(problem.reason);
    return tr("line %1, column %2 \"%3\" (%4): %5")
        .arg(row.line)
        .arg(problem.column + 1)
        .arg(table.header.value(problem.column), problem.field, problem.reason);
}

QByteArray Importer::rejectsCsv(const csv::Table& table, const ImportPlan& plan,
                                const csv::CsvWriter::Options& options)
{
    QStringList header = table.header;
    header.append(tr("Reason"));
    QList<QStringList> rows;
    for (const PlannedRow& planned : plan.rows) {
        if (planned.outcome != RowOutcome::Rejected)
            continue;
        QStringList cells;
        for (const QString& cell : table.rows.at(planned.index).cells)
            cells.append(csv::CsvValues::restore(cell));
        QStringList reasons;
        for (const FieldProblem& problem : planned.problems)
            reasons.append(describe(table, planned, problem));
        cells.append(reasons.join(QStringLiteral("; ")));
        rows.append(cells);
    }
    return csv::CsvWriter::toBytes(header, rows, options);
}

} // namespace rd::import
