#include "Cli.h"

#include "AppIdentity.h"
#include "BlockingSession.h"
#include "ChangeSender.h"
#include "FallbackCredentialStore.h"
#include "JsonOutput.h"
#include "RefreshEngine.h"
#include "RegistryConnection.h"
#include "ReportBuilder.h"
#include "epp/EppCommands.h"
#include "epp/EppTypes.h"
#include "model/Codes.h"
#include "registry/RegistryProfiles.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "validation/CitizenCardValidator.h"
#include "validation/DomainNameValidator.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace rd::cli {
namespace {

const QString programName = QStringLiteral("registrar-desk-cli");

void print(QTextStream& out, const QJsonValue& value)
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
    out.flush();
}

// Parses a subcommand's own options; QCommandLineParser expects a program name first.
bool parse(QCommandLineParser& parser, const QStringList& args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    return parser.parse(QStringList{programName} + args);
}

std::optional<bool> onOff(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("on") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("off") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

Cli::~Cli() = default;

int Cli::usage(const QString& message)
{
    m_err << programName << ": " << message << '\n'
          << tr("Run \"%1 --help\" for the commands and their options.").arg(programName)
          << Qt::endl;
    return UsageError;
}

int Cli::fail(int code, const QString& message)
{
    m_err << programName << ": " << message << Qt::endl;
    return code;
}

bool Cli::takeDateTime(const QString& option, const QString& text, QDateTime* out, int* exitCode)
{
    const std::optional<QDateTime> parsed = timeformat::parseIsoWithZone(text);
    if (!parsed) {
        *exitCode = usage(tr("%1: \"%2\" is not an ISO 8601 date and time with a time zone "
                             "(for example 2027-03-01T12:00:00Z or 2027-03-01T12:00:00+01:00).")
                              .arg(option, text));
        return false;
    }
    *out = *parsed;
    return true;
}

bool Cli::openPortfolio(int* exitCode)
{
    if (m_service)
        return true;
    m_db = std::make_unique<Database>();
    QString error;
    if (!m_db->open(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath, &error)) {
        *exitCode = fail(StorageError, error);
        return false;
    }
    m_service =
        std::make_unique<PortfolioService>(*m_db, *m_clock, agentName(QStringLiteral("cli")));
    if (!m_service->prepareAfterOpen(&error)) {
        *exitCode = fail(StorageError, error);
        return false;
    }
    return true;
}

int Cli::run(QStringList arguments, const GlobalOptions& options)
{
    const int code = dispatch(std::move(arguments), options);
    // A command that failed leaves no trace: not even the empty database it
    // created, nor the folders made for it.
    if (code != Success && m_db && !m_keepDatabase) {
        m_service.reset();
        m_db->discardCreated();
    }
    return code;
}

int Cli::missingValue(const QString& option)
{
    return usage(tr("%1 needs a value.").arg(option));
}

QString takeGlobalOptions(QStringList& arguments, GlobalOptions* options)
{
    const std::pair<QLatin1String, QString*> known[] = {
        {QLatin1String("--db"), &options->db},
        {QLatin1String("--language"), &options->language},
        {QLatin1String("--now"), &options->now},
    };
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        bool taken = false;
        for (const auto& [name, value] : known) {
            if (argument == name) {
                if (i + 1 >= arguments.size())
                    return name;
                *value = arguments.at(i + 1);
                arguments.remove(i, 2);
                taken = true;
            } else if (argument.startsWith(name + QLatin1Char('='))) {
                *value = argument.mid(name.size() + 1);
                arguments.remove(i);
                taken = true;
            }
            if (taken)
                break;
        }
        if (!taken)
            ++i;
    }
    return {};
}

int Cli::dispatch(QStringList arguments, const GlobalOptions& options)
{
    m_dbPath = options.db;
    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        m_out << tr("Usage: %1 [--db FILE] [--language pt_PT|en] [--now DATETIME] COMMAND ...\n"
                    "\n"
                    "Commands:\n"
                    "  check nif|nipc|cc|domain|phone|postcode|email VALUE\n"
                    "  domain add NAME --expires DATETIME [--created DATETIME]\n"
                    "             [--auto-renew on|off] [--registrant HANDLE] [--tech HANDLE]\n"
                    "             [--program none|3em1|3em1-comercio|sitestar] [--notes TEXT]\n"
                    "  domain list [--json]\n"
                    "  domain show NAME [--json]\n"
                    "  contact add HANDLE --name TEXT --vat VALUE [--kind person|organisation]\n"
                    "             [--organisation TEXT] [--email ADDRESS] [--phone NUMBER]\n"
                    "             [--mobile NUMBER] [--street TEXT] [--city TEXT]\n"
                    "             [--postcode CODE] [--country CC] [--id-document NUMBER]\n"
                    "  contact list [--json]\n"
                    "  contact show HANDLE [--json]\n"
                    "  action open verification|owner-change NAME [--at DATETIME]\n"
                    "             [--new-holder HANDLE]\n"
                    "  action advance ID [--at DATETIME]\n"
                    "  action close ID [--at DATETIME] --outcome TEXT\n"
                    "  action list [--json]\n"
                    "  deadlines [--now DATETIME] [--within DAYS] [--json]\n"
                    "  settings list\n"
                    "  settings set alert.critical-days|alert.warning-days|alert.notice-days "
                    "DAYS\n"
                    "\n"
                    "DATETIME is ISO 8601 with Z or an offset, e.g. 2027-03-01T12:00:00Z.\n"
                    "The database is %2 unless --db names another file.\n"
                    "Exit codes: 0 done, 1 invalid or refused input, 2 usage error,\n"
                    "3 database error.\n")
                     .arg(programName, QDir::toNativeSeparators(Database::defaultPath()));
        m_out << '\n'
              << tr("Registry commands, with the connection options\n"
                    "  --profile NAME, or --registry HOST:PORT --login ID --password-file FILE,\n"
                    "  and [--ca FILE] [--cert FILE --key FILE [--key-passphrase-file FILE]]:\n"
                    "  epp hello\n"
                    "  epp check NAME...\n"
                    "  epp info NAME [--json]\n"
                    "  sync [--full | --changed] [--dry-run] [--sessions N] [--rate PER-SECOND]\n"
                    "       [NAME...]\n"
                    "  change NAME... [--names-file FILE] --ns HOST,HOST | --auto-renew on|off\n"
                    "         | --renew YEARS | --owner-change HANDLE | --tech HANDLE,HANDLE\n"
                    "         | --ds RECORDS|none | --transfer-in | --delete\n"
                    "         | --contact HANDLE [--email ADDRESS] [--phone NUMBER] [--mobile "
                    "NUMBER]\n"
                    "         [--review | --send [--yes]] [--auth-code-file FILE]\n"
                    "  change --draft ID[,ID...] --review | --send [--auth-code-file FILE]\n"
                    "  drafts [NAME...] [--json]\n"
                    "Registry profiles (kept in the settings, the password in the keychain):\n"
                    "  profile list\n"
                    "  profile save NAME --registry HOST:PORT --login ID [--ca FILE]\n"
                    "               [--cert FILE --key FILE]\n"
                    "  profile password NAME [--password-file FILE] [--key-passphrase-file FILE]\n"
                    "  profile remove NAME\n"
                    "Exit codes: 4 the registry could not be reached or refused the login,\n"
                    "5 a command was sent but its answer never came.\n");
        m_out << '\n'
              << tr("Spreadsheets (CSV; ';', ',' or tab; UTF-8, UTF-16, windows-1252 or\n"
                    "ISO-8859-15, detected):\n"
                    "  import domains|contacts FILE [--dry-run] [--partial] [--rejects FILE]\n"
                    "         [--delimiter C] [--encoding NAME] [--mapping FILE]\n"
                    "         [--save-mapping FILE] [--no-refresh]\n"
                    "  import undo\n"
                    "  export domains|contacts|actions -o FILE [--delimiter ';'|','] [--no-bom]\n"
                    "         [--within DAYS]\n"
                    "An import writes nothing unless every row is valid (or --partial is\n"
                    "given); it exits with 1 when any row was rejected.\n");
        m_out << '\n'
              << tr("Reports and calendar:\n"
                    "  report briefing|actions|programmes --format pdf|html|csv -o FILE\n"
                    "  report deletions [--within DAYS | --from DATETIME --to DATETIME]\n"
                    "         --format pdf|html|csv -o FILE\n"
                    "  report dossier NAME --format pdf|html -o FILE\n"
                    "  report personal-data HANDLE --format pdf|html -o FILE\n"
                    "  calendar [--within DAYS] -o FILE.ics\n"
                    "  settings set registrar.name TEXT   (the name on every report page)\n"
                    "CSV is for the tabular reports (deletions, actions, programmes); the\n"
                    "format may be left to the file's extension.\n");
        m_out.flush();
        return Success;
    }
    if (first == QLatin1String("--version")) {
        m_out << programName << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usage(tr("Unknown option %1.").arg(first));
    if (arguments.isEmpty())
        return usage(tr("No command given."));

    const QString command = arguments.takeFirst();
    if (options.now.isEmpty()) {
        m_clock = std::make_unique<SystemClock>();
    } else {
        QDateTime moment;
        int code = Success;
        if (!takeDateTime(QStringLiteral("--now"), options.now, &moment, &code))
            return code;
        m_clock = std::make_unique<FixedClock>(moment);
    }

    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("domain"))
        return domain(arguments);
    if (command == QLatin1String("contact"))
        return contact(arguments);
    if (command == QLatin1String("action"))
        return action(arguments);
    if (command == QLatin1String("deadlines"))
        return deadlines(arguments);
    if (command == QLatin1String("settings"))
        return settings(arguments);
    if (command == QLatin1String("epp"))
        return epp(arguments);
    if (command == QLatin1String("profile"))
        return profile(arguments);
    if (command == QLatin1String("sync"))
        return sync(arguments);
    if (command == QLatin1String("change"))
        return change(arguments);
    if (command == QLatin1String("drafts"))
        return drafts(arguments);
    if (command == QLatin1String("import"))
        return importFile(arguments);
    if (command == QLatin1String("export"))
        return exportFile(arguments);
    if (command == QLatin1String("report"))
        return report(arguments);
    if (command == QLatin1String("calendar"))
        return calendar(arguments);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int Cli::check(const QStringList& args)
{
    if (args.size() != 2)
        return usage(tr("check takes a kind (nif, nipc, cc, domain, phone, postcode, email) and a "
                        "value."));
    const QString& kind = args.at(0);
    const QString& value = args.at(1);
    ValidationResult result;
    QString printed;
    if (kind == QLatin1String("nif")) {
        result = NifValidator::validateNif(value);
    } else if (kind == QLatin1String("nipc")) {
        result = NifValidator::validateNipc(value);
    } else if (kind == QLatin1String("cc")) {
        result = CitizenCardValidator::validate(value);
    } else if (kind == QLatin1String("domain")) {
        DomainName name;
        result = DomainNameValidator::validate(value, &name);
        printed = name.aLabel + QLatin1Char(' ') + name.uLabel;
    } else if (kind == QLatin1String("phone")) {
        result = PhoneValidator::validate(value);
    } else if (kind == QLatin1String("postcode")) {
        result = PostcodeValidator::validate(value);
    } else if (kind == QLatin1String("email")) {
        result = EmailValidator::validate(value);
    } else {
        return usage(tr("check: unknown kind \"%1\"; use nif, nipc, cc, domain, phone, postcode "
                        "or email.")
                         .arg(kind));
    }
    if (!result)
        return fail(Invalid, result.reason);
    m_out << (printed.isEmpty() ? result.value : printed) << Qt::endl;
    return Success;
}

int Cli::domain(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return domainAdd(rest);
    if (sub == QLatin1String("list"))
        return domainList(rest);
    if (sub == QLatin1String("show"))
        return domainShow(rest);
    return usage(tr("domain: use add, list or show."));
}

int Cli::domainAdd(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption expires(QStringLiteral("expires"), {}, QStringLiteral("DATETIME"));
    const QCommandLineOption created(QStringLiteral("created"), {}, QStringLiteral("DATETIME"));
    const QCommandLineOption autoRenew(QStringLiteral("auto-renew"), {}, QStringLiteral("on|off"));
    const QCommandLineOption registrant(QStringLiteral("registrant"), {}, QStringLiteral("HANDLE"));
    const QCommandLineOption tech(QStringLiteral("tech"), {}, QStringLiteral("HANDLE"));
    const QCommandLineOption program(QStringLiteral("program"), {}, QStringLiteral("PROGRAM"));
    const QCommandLineOption notes(QStringLiteral("notes"), {}, QStringLiteral("TEXT"));
    parser.addOptions({expires, created, autoRenew, registrant, tech, program, notes});
    if (!parse(parser, args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("domain add takes exactly one domain name."));
    if (!parser.isSet(expires))
        return usage(tr("domain add: --expires is required."));

    Domain domain;
    domain.uLabel = parser.positionalArguments().constFirst();
    int code = Success;
    if (!takeDateTime(QStringLiteral("--expires"), parser.value(expires), &domain.expiresAt, &code))
        return code;
    if (parser.isSet(created) &&
        !takeDateTime(QStringLiteral("--created"), parser.value(created), &domain.createdAt, &code))
        return code;
    if (parser.isSet(autoRenew)) {
        const std::optional<bool> on = onOff(parser.value(autoRenew));
        if (!on)
            return usage(
                tr("--auto-renew: \"%1\" is neither on nor off.").arg(parser.value(autoRenew)));
        domain.autoRenew = *on;
    }
    if (parser.isSet(program)) {
        const std::optional<Programme> p = codes::programmeFromCode(parser.value(program));
        if (!p)
            return usage(tr("--program: \"%1\" is not one of none, 3em1, 3em1-comercio, sitestar.")
                             .arg(parser.value(program)));
        domain.programme = *p;
    }
    // The free year of a programme counts from the registration date.
    if (domain.programme != Programme::None && !domain.createdAt.isValid())
        return usage(tr("domain add: --program %1 needs --created, the date the free year "
                        "counts from.")
                         .arg(parser.value(program)));
    domain.registrantHandle = parser.value(registrant);
    domain.techHandles = parser.values(tech);
    domain.notes = parser.value(notes);

    QString error;
    if (!PortfolioService::validateDomain(domain, &error))
        return fail(Invalid, error);
    if (!openPortfolio(&code))
        return code;
    if (!m_service->addDomain(domain, &error))
        return fail(Invalid, error);
    m_out << domain.aLabel << ' ' << domain.uLabel << Qt::endl;
    return Success;
}

int Cli::domainList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("domain list takes no names."));
    int code = Success;
    if (!openPortfolio(&code))
        return code;

    const DeadlineEngine& engine = m_service->engine();
    QHash<qint64, QList<PendingAction>> actions;
    for (PendingAction& action : m_service->actions().allOpen())
        actions[action.domainId].append(std::move(action));

    QJsonArray array;
    for (const Domain& domain : m_service->domains().all()) {
        const std::optional<Deadline> next =
            engine.next(DomainFacts::of(domain), actions.value(domain.id));
        if (parser.isSet(json)) {
            QJsonObject object = json::toJson(domain);
            object.insert(QStringLiteral("nextDeadline"),
                          next ? QJsonValue(json::toJson(*next, engine)) : QJsonValue());
            array.append(object);
        } else {
            m_out << domain.uLabel.leftJustified(32) << ' '
                  << timeformat::toIsoUtc(domain.expiresAt) << ' '
                  << (next ? toCode(next->kind) + QLatin1Char(' ') + toCode(next->level) +
                                 QLatin1Char(' ') + timeformat::toIsoUtc(next->due)
                           : QStringLiteral("-"))
                  << '\n';
        }
    }
    if (parser.isSet(json))
        print(m_out, array);
    m_out.flush();
    return Success;
}

int Cli::domainShow(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("domain show takes exactly one domain name."));
    const QString name = parser.positionalArguments().constFirst();
    DomainName parsed;
    const ValidationResult valid = DomainNameValidator::validate(name, &parsed);
    if (!valid)
        return fail(Invalid, valid.reason);
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    const std::optional<Domain> domain = m_service->domains().findByName(parsed.aLabel);
    if (!domain)
        return fail(Invalid,
                    tr("There is no domain named %1 in the portfolio.").arg(parsed.uLabel));

    const DeadlineEngine& engine = m_service->engine();
    const QList<Deadline> deadlines = m_service->deadlinesOf(domain->id);
    const QList<PendingAction> actions = m_service->actions().forDomain(domain->id);
    const QList<HistoryEntry> history = m_service->history().forDomain(domain->id);

    if (parser.isSet(json)) {
        QJsonObject object = json::toJson(*domain);
        QJsonArray deadlineArray, actionArray, historyArray;
        for (const Deadline& d : deadlines)
            deadlineArray.append(json::toJson(d, engine));
        for (const PendingAction& a : actions)
            actionArray.append(json::toJson(a, domain->uLabel));
        for (const HistoryEntry& h : history)
            historyArray.append(json::toJson(h));
        object.insert(QStringLiteral("nextDeadline"),
                      deadlines.isEmpty() ? QJsonValue() : QJsonValue(deadlineArray.first()));
        // What the last refresh found: when, and where the domain stands.
        const DomainSyncState synced = m_service->sync().stateOf(domain->id);
        object.insert(QStringLiteral("lastSynced"),
                      synced.lastSynced.isValid()
                          ? QJsonValue(timeformat::toIsoUtc(synced.lastSynced))
                          : QJsonValue());
        object.insert(QStringLiteral("registryState"), synced.state == RegistryStanding::Unknown
                                                           ? QJsonValue()
                                                           : QJsonValue(toCode(synced.state)));
        object.insert(QStringLiteral("sponsor"),
                      synced.sponsor.isEmpty() ? QJsonValue() : QJsonValue(synced.sponsor));
        object.insert(QStringLiteral("deadlines"), deadlineArray);
        object.insert(QStringLiteral("actions"), actionArray);
        object.insert(QStringLiteral("history"), historyArray);
        print(m_out, object);
        return Success;
    }

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QLocale locale;
    m_out << domain->uLabel;
    if (domain->uLabel != domain->aLabel)
        m_out << " (" << domain->aLabel << ')';
    m_out << '\n'
          << tr("Holder: %1")
                 .arg(domain->registrantHandle.isEmpty() ? QStringLiteral("-")
                                                         : domain->registrantHandle)
          << '\n'
          << tr("Expires: %1").arg(timeformat::forPeople(domain->expiresAt, zone, locale)) << '\n'
          << tr("Auto-renew: %1").arg(domain->autoRenew ? tr("on") : tr("off")) << '\n';
    for (const Deadline& d : deadlines)
        m_out << "  [" << toCode(d.level) << "] " << engine.explain(d, zone, locale) << '\n';
    m_out.flush();
    return Success;
}

int Cli::contact(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return contactAdd(rest);
    if (sub == QLatin1String("list"))
        return contactList(rest);
    if (sub == QLatin1String("show"))
        return contactShow(rest);
    return usage(tr("contact: use add, list or show."));
}

int Cli::contactAdd(const QStringList& args)
{
    QCommandLineParser parser;
    const auto value = [](const char* name, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), {}, QString::fromLatin1(valueName));
    };
    const QCommandLineOption name = value("name", "TEXT"), vat = value("vat", "VALUE"),
                             kind = value("kind", "KIND"), org = value("organisation", "TEXT"),
                             email = value("email", "ADDRESS"), phone = value("phone", "NUMBER"),
                             mobile = value("mobile", "NUMBER"), street = value("street", "TEXT"),
                             city = value("city", "TEXT"), postcode = value("postcode", "CODE"),
                             country = value("country", "CC"),
                             idDoc = value("id-document", "NUMBER");
    parser.addOptions(
        {name, vat, kind, org, email, phone, mobile, street, city, postcode, country, idDoc});
    if (!parse(parser, args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("contact add takes exactly one handle."));
    if (!parser.isSet(name))
        return usage(tr("contact add: --name is required."));
    if (!parser.isSet(vat))
        return usage(tr("contact add: --vat is required."));

    Contact contact;
    contact.handle = parser.positionalArguments().constFirst();
    contact.name = parser.value(name);
    contact.vat = parser.value(vat);
    if (parser.isSet(kind)) {
        const std::optional<ContactKind> k = codes::contactKindFromCode(parser.value(kind));
        if (!k)
            return usage(
                tr("--kind: \"%1\" is neither person nor organisation.").arg(parser.value(kind)));
        contact.kind = *k;
    }
    contact.organisation = parser.value(org);
    contact.email = parser.value(email);
    contact.voice = parser.value(phone);
    contact.mobile = parser.value(mobile);
    contact.address.street = parser.values(street);
    contact.address.city = parser.value(city);
    contact.address.postcode = parser.value(postcode);
    if (parser.isSet(country))
        contact.address.countryCode = parser.value(country).toUpper();
    contact.identityDocument = parser.value(idDoc);

    QString error;
    if (!PortfolioService::validateContact(contact, &error))
        return fail(Invalid, error);
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    if (!m_service->addContact(contact, &error))
        return fail(Invalid, error);
    m_out << contact.handle << Qt::endl;
    return Success;
}

int Cli::contactList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, args))
        return usage(parser.errorText());
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    QJsonArray array;
    for (const Contact& c : m_service->contacts().all()) {
        if (parser.isSet(json))
            array.append(json::toJson(c));
        else
            m_out << c.handle.leftJustified(18) << ' ' << c.vat.leftJustified(11) << ' ' << c.name
                  << '\n';
    }
    if (parser.isSet(json))
        print(m_out, array);
    m_out.flush();
    return Success;
}

int Cli::contactShow(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("contact show takes exactly one handle."));
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    const QString handle = parser.positionalArguments().constFirst();
    const std::optional<Contact> contact = m_service->contacts().findByHandle(handle);
    if (!contact)
        return fail(Invalid, tr("There is no contact with the handle %1.").arg(handle));
    QJsonObject object = json::toJson(*contact);
    QJsonArray held;
    for (const DomainSummary& d : m_service->domains().summariesHeldBy(contact->id))
        held.append(d.uLabel);
    object.insert(QStringLiteral("domains"), held);
    if (parser.isSet(json)) {
        print(m_out, object);
        return Success;
    }
    m_out << contact->handle << '\n' << contact->name << '\n' << contact->vat << '\n';
    for (const auto& d : held)
        m_out << "  " << d.toString() << '\n';
    m_out.flush();
    return Success;
}

int Cli::action(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("DATETIME"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption newHolder(QStringLiteral("new-holder"), {}, QStringLiteral("HANDLE"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({at, outcome, newHolder, json});
    if (!parse(parser, args.mid(1)))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();

    int code = Success;
    QDateTime when = m_clock->now();
    if (parser.isSet(at) && !takeDateTime(QStringLiteral("--at"), parser.value(at), &when, &code))
        return code;

    if (sub == QLatin1String("list")) {
        if (!openPortfolio(&code))
            return code;
        QJsonArray array;
        for (const PendingAction& a : m_service->actions().allOpen()) {
            const std::optional<DomainFacts> facts = m_service->domains().facts(a.domainId);
            const QString domainName = facts ? facts->uLabel : QString();
            if (parser.isSet(json))
                array.append(json::toJson(a, domainName));
            else
                m_out << a.id << ' ' << codes::toCode(a.kind) << ' ' << codes::toCode(a.state)
                      << ' ' << domainName << '\n';
        }
        if (parser.isSet(json))
            print(m_out, array);
        m_out.flush();
        return Success;
    }

    QString error;
    if (sub == QLatin1String("open")) {
        if (positional.size() != 2)
            return usage(tr("action open takes a kind (verification or owner-change) and a domain "
                            "name."));
        const std::optional<ActionKind> kind = codes::actionKindFromCode(positional.at(0));
        if (!kind)
            return usage(tr("action open: \"%1\" is neither verification nor owner-change.")
                             .arg(positional.at(0)));
        if (parser.isSet(newHolder) && *kind != ActionKind::OwnerChange)
            return usage(tr("--new-holder only goes with an owner change."));
        if (!openPortfolio(&code))
            return code;
        const std::optional<qint64> id =
            m_service->openAction(positional.at(1), *kind, when, &error, parser.value(newHolder));
        if (!id)
            return fail(Invalid, error);
        m_out << *id << Qt::endl;
        return Success;
    }
    if (sub != QLatin1String("advance") && sub != QLatin1String("close"))
        return usage(tr("action: use open, advance, close or list."));
    if (positional.size() != 1)
        return usage(tr("action %1 takes exactly one action id.").arg(sub));
    bool isNumber = false;
    const qint64 id = positional.constFirst().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usage(tr("\"%1\" is not an action id.").arg(positional.constFirst()));
    if (sub == QLatin1String("close") && !parser.isSet(outcome))
        return usage(tr("action close: --outcome is required."));
    if (!openPortfolio(&code))
        return code;
    const bool ok = sub == QLatin1String("advance")
                        ? m_service->advanceAction(id, when, &error)
                        : m_service->closeAction(id, when, parser.value(outcome), &error);
    if (!ok)
        return fail(Invalid, error);
    const std::optional<PendingAction> updated = m_service->actions().findById(id);
    m_out << id << ' ' << (updated ? codes::toCode(updated->state) : QString()) << Qt::endl;
    return Success;
}

int Cli::deadlines(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption within(QStringLiteral("within"), {}, QStringLiteral("DAYS"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({within, json});
    if (!parse(parser, args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("deadlines takes no names."));
    int days = -1;
    if (parser.isSet(within)) {
        bool ok = false;
        days = parser.value(within).toInt(&ok);
        // A century ahead is further than any registration runs (.PT: 10 years at most).
        constexpr int maxDays = 36500;
        if (!ok || days < 0 || days > maxDays)
            return usage(tr("--within: \"%1\" is not a whole number of days from 0 to %2.")
                             .arg(parser.value(within))
                             .arg(maxDays));
    }
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    const DeadlineEngine& engine = m_service->engine();
    const QList<Deadline> all = m_service->deadlines(days);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Deadline& d : all)
            array.append(json::toJson(d, engine));
        print(m_out, array);
        return Success;
    }
    for (const Deadline& d : all) {
        m_out << timeformat::toIsoUtc(d.due) << ' ' << toCode(d.level).leftJustified(8) << ' '
              << toCode(d.kind).leftJustified(24) << ' ' << d.uLabel << '\n'
              << "    " << engine.explain(d) << '\n';
    }
    m_out.flush();
    return Success;
}

int Cli::settings(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") && args.size() == 1) {
        int code = Success;
        if (!openPortfolio(&code))
            return code;
        // Every threshold with the value in force, stored or default.
        const AlertThresholds& in = m_service->engine().thresholds();
        const qint64 values[] = {in.criticalSecs, in.warningSecs, in.noticeSecs};
        const QStringList keys = PortfolioService::thresholdKeys();
        for (int i = 0; i < keys.size(); ++i)
            m_out << keys.at(i) << ' ' << values[i] / AlertThresholds::Day << '\n';
        const QString registrarKey = reports::ReportBuilder::registrarSettingKey();
        if (const auto name = m_service->settings().value(registrarKey))
            m_out << registrarKey << ' ' << *name << '\n';
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("set") && args.size() == 3 &&
        args.at(1) == reports::ReportBuilder::registrarSettingKey()) {
        const QString name = args.at(2).simplified();
        // One line on every page header: a name, not a paragraph.
        constexpr int maxLength = 120;
        if (name.isEmpty() || name.size() > maxLength)
            return usage(tr("registrar.name: give a name of 1 to %1 characters.").arg(maxLength));
        int code = Success;
        if (!openPortfolio(&code))
            return code;
        QString error;
        if (!m_service->settings().setValue(args.at(1), name, &error))
            return fail(StorageError, error);
        return Success;
    }
    if (sub == QLatin1String("set") && args.size() == 3) {
        if (!PortfolioService::thresholdKeys().contains(args.at(1)))
            return usage(tr("settings: unknown setting \"%1\".").arg(args.at(1)));
        int code = Success;
        if (!openPortfolio(&code))
            return code;
        QString error;
        if (!m_service->setThreshold(args.at(1), args.at(2), &error))
            return fail(Invalid, error);
        return Success;
    }
    return usage(tr("settings: use \"list\" or \"set KEY DAYS\"."));
}

namespace {

QJsonArray jsonStrings(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QJsonValue jsonMoment(const QDateTime& moment)
{
    return moment.isValid() ? QJsonValue(timeformat::toIsoUtc(moment)) : QJsonValue();
}

QJsonValue jsonFlag(const std::optional<bool>& flag)
{
    return flag ? QJsonValue(*flag) : QJsonValue();
}

QJsonObject toJson(const epp::DomainInfoData& info)
{
    QJsonArray statuses;
    for (const epp::ObjectStatus& status : info.statuses)
        statuses.append(status.value);
    QList<NameServer> servers = info.nameServers;
    for (const QString& host : info.hostObjects)
        servers.append({host, {}});
    const QJsonArray nameServers = json::toJson(servers);
    const QJsonArray ds = json::toJson(info.dsRecords);
    const epp::PtDomainInfo pt = info.pt.value_or(epp::PtDomainInfo());
    return {
        {QStringLiteral("name"), info.uName},
        {QStringLiteral("aLabel"), info.name},
        {QStringLiteral("roid"), info.roid},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("registrant"), info.registrant},
        {QStringLiteral("tech"), jsonStrings(info.contactsOfType(u"tech"))},
        {QStringLiteral("ns"), nameServers},
        {QStringLiteral("ds"), ds},
        {QStringLiteral("clID"), info.clientId},
        {QStringLiteral("crDate"), jsonMoment(info.createdAt)},
        {QStringLiteral("upDate"), jsonMoment(info.updatedAt)},
        {QStringLiteral("exDate"), jsonMoment(info.expiresAt)},
        {QStringLiteral("trDate"), jsonMoment(info.transferredAt)},
        {QStringLiteral("autoRenew"), jsonFlag(pt.autoRenew)},
        {QStringLiteral("arbitration"), jsonFlag(pt.arbitration)},
        {QStringLiteral("ownerConf"), jsonFlag(pt.ownerConf)},
        {QStringLiteral("rl"), jsonFlag(pt.registryLock)},
    };
}

// Every exchange goes to the day's EPP log, secrets masked, for the desk's own
// diagnosis. Owner-only: it holds the registry's answers. Null when the log
// cannot be written (the command goes on without it).
std::unique_ptr<EppLog> openEppLog(QFile& file)
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    file.setFileName(folder + QStringLiteral("/epp-") + QDate::currentDate().toString(Qt::ISODate) +
                     QStringLiteral(".log"));
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return nullptr;
    return std::make_unique<EppLog>(&file);
}

} // namespace

int Cli::epp(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("hello") && sub != QLatin1String("check") &&
        sub != QLatin1String("info"))
        return usage(tr("epp: use hello, check or info."));

    QCommandLineParser parser;
    parser.addOptions(RegistryConnection::options());
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, args.mid(1)))
        return usage(parser.errorText());
    const QStringList names = parser.positionalArguments();
    if (sub == QLatin1String("hello") && !names.isEmpty())
        return usage(tr("epp hello takes no names."));
    if (sub == QLatin1String("check") && names.isEmpty())
        return usage(tr("epp check takes one or more domain names."));
    if (sub == QLatin1String("info") && names.size() != 1)
        return usage(tr("epp info takes exactly one domain name."));

    // Names are checked here, before any connection: the registry gets A-labels.
    QStringList aLabels;
    for (const QString& name : names) {
        DomainName parsed;
        const ValidationResult valid = DomainNameValidator::validate(name, &parsed);
        if (!valid)
            return fail(Invalid, valid.reason);
        aLabels.append(parsed.aLabel);
    }

    QString error;
    std::optional<SessionOptions> options = RegistryConnection::from(parser, &error);
    if (!options)
        return usage(error);
    // Declared before the session, which writes to it until its last moment.
    QFile logFile;
    const std::unique_ptr<EppLog> log = openEppLog(logFile);
    BlockingSession session(std::move(*options));
    session.session().setLog(log.get());
    if (!session.open(&error))
        return fail(RegistryError, error);

    int code = Success;
    if (sub == QLatin1String("hello")) {
        const epp::EppGreeting& greeting = session.session().greeting();
        m_out << tr("Server: %1").arg(greeting.serverId) << '\n'
              << tr("Server time: %1").arg(timeformat::toIsoUtc(greeting.serverDate)) << '\n'
              << tr("Objects: %1").arg(greeting.objectUris.join(QStringLiteral(", "))) << '\n'
              << tr("Extensions offered: %1").arg(greeting.extensionUris.join(QStringLiteral(", ")))
              << '\n'
              << tr("Extensions announced at login: %1")
                     .arg(session.session().announcedExtensions().join(QStringLiteral(", ")))
              << Qt::endl;
    } else {
        const CommandResult result = session.run([&](const QString& clTRID) {
            return sub == QLatin1String("check")
                       ? epp::domainCheckCommand(aLabels, clTRID)
                       : epp::domainInfoCommand({aLabels.constFirst(), {}}, clTRID);
        });
        if (result.status == CommandResult::Status::OutcomeUnknown) {
            code = fail(OutcomeUnknown, result.error);
        } else if (!result.isAnswered()) {
            code = fail(RegistryError, result.error);
        } else if (!result.response->isSuccess()) {
            code = fail(Invalid, tr("The registry refused: %1")
                                     .arg(result.response->results.constFirst().describe()));
        } else if (sub == QLatin1String("check")) {
            for (const epp::CheckItem& item : result.response->domainChecks) {
                m_out << epp::toULabel(item.name) << ' '
                      << (item.available ? tr("available") : tr("taken"));
                if (!item.reason.isEmpty())
                    m_out << " (" << item.reason << ')';
                m_out << '\n';
            }
            m_out.flush();
        } else if (!result.response->domainInfo) {
            code = fail(RegistryError, tr("The registry's answer carries no domain information."));
        } else if (parser.isSet(json)) {
            print(m_out, toJson(*result.response->domainInfo));
        } else {
            const QJsonObject info = toJson(*result.response->domainInfo);
            for (auto it = info.begin(); it != info.end(); ++it) {
                const QJsonValue v = it.value();
                QString shown;
                if (v.isArray()) {
                    QStringList parts;
                    for (const QJsonValue& item : v.toArray()) {
                        parts.append(item.isObject()
                                         ? item.toObject().value(QStringLiteral("host")).toString()
                                         : item.toVariant().toString());
                    }
                    shown = parts.join(QStringLiteral(", "));
                } else {
                    shown = v.isNull() ? QStringLiteral("-") : v.toVariant().toString();
                }
                m_out << it.key() << ": " << shown << '\n';
            }
            m_out.flush();
        }
    }
    session.close();
    return code;
}

int Cli::profile(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    parser.addOptions(RegistryConnection::options());
    if (!parse(parser, args.mid(1)))
        return usage(parser.errorText());
    const QStringList names = parser.positionalArguments();
    QSettings settings;
    RegistryProfiles profiles(settings);
    QString error;

    if (sub == QLatin1String("list") && names.isEmpty()) {
        for (const RegistryProfile& p : profiles.all()) {
            m_out << p.name.leftJustified(12) << ' '
                  << (p.host.isEmpty() ? QStringLiteral("-")
                                       : p.host + QLatin1Char(':') + QString::number(p.port))
                  << ' ' << (p.loginId.isEmpty() ? QStringLiteral("-") : p.loginId)
                  << (p.sandbox ? QStringLiteral(" (test)") : QString()) << '\n';
        }
        m_out.flush();
        return Success;
    }
    if (names.size() != 1)
        return usage(tr("profile: use list, save NAME, password NAME or remove NAME."));
    const QString name = names.constFirst();

    if (sub == QLatin1String("save")) {
        RegistryProfile profile = profiles.profile(name).value_or(RegistryProfile());
        profile.name = name;
        if (parser.isSet(QStringLiteral("registry"))) {
            const std::optional<std::pair<QString, int>> endpoint =
                RegistryConnection::endpoint(parser.value(QStringLiteral("registry")), &error);
            if (!endpoint)
                return usage(error);
            profile.host = endpoint->first;
            profile.port = endpoint->second;
        }
        const auto take = [&](const char* option, QString& field) {
            if (parser.isSet(QString::fromLatin1(option)))
                field = parser.value(QString::fromLatin1(option));
        };
        take("login", profile.loginId);
        take("ca", profile.caFile);
        take("cert", profile.clientCertFile);
        take("key", profile.clientKeyFile);
        if (!profiles.save(profile, &error))
            return fail(Invalid, error);
        return Success;
    }
    if (sub == QLatin1String("password")) {
        if (!profiles.profile(name))
            return fail(Invalid, tr("There is no registry profile named %1.").arg(name));
        // The EPP password, and the client key's passphrase when there is one.
        const std::pair<QString, CredentialKey> kinds[] = {
            {QStringLiteral("password-file"), CredentialKey::EppPassword},
            {QStringLiteral("key-passphrase-file"), CredentialKey::ClientKeyPassphrase}};
        if (!parser.isSet(kinds[0].first) && !parser.isSet(kinds[1].first))
            return usage(tr("profile password: give the password with --password-file FILE."));
        FallbackCredentialStore store;
        // A command line ends at once: memory would keep the password for nobody.
        if (store.usingFallback())
            return fail(RegistryError, store.fallbackReason() + QLatin1Char(' ') +
                                           tr("The password was not kept; scheduled jobs can "
                                              "use --password-file."));
        for (const auto& [option, key] : kinds) {
            if (!parser.isSet(option))
                continue;
            const std::optional<QByteArray> secret = RegistryConnection::readSecretFile(
                QStringLiteral("--") + option, parser.value(option), &error);
            if (!secret)
                return usage(error);
            const CredentialResult written = store.writeNow(name, key, Secret(*secret));
            if (!written.ok())
                return fail(RegistryError, written.message);
        }
        m_out << tr("The password of %1 is in the %2.").arg(name, store.description()) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        if (!profiles.remove(name, &error))
            return fail(Invalid, error);
        FallbackCredentialStore store;
        if (!store.usingFallback()) {
            store.removeNow(name, CredentialKey::EppPassword);
            store.removeNow(name, CredentialKey::ClientKeyPassphrase);
        }
        return Success;
    }
    return usage(tr("profile: use list, save NAME, password NAME or remove NAME."));
}

int Cli::sync(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(RegistryConnection::options());
    const QCommandLineOption full(QStringLiteral("full"));
    const QCommandLineOption changed(QStringLiteral("changed"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption sessions(QStringLiteral("sessions"), {}, QStringLiteral("N"));
    const QCommandLineOption rate(QStringLiteral("rate"), {}, QStringLiteral("PER-SECOND"));
    parser.addOptions({full, changed, dryRun, sessions, rate});
    if (!parse(parser, args))
        return usage(parser.errorText());

    if (parser.isSet(full) && parser.isSet(changed))
        return usage(tr("sync: give --full or --changed, not both."));
    RefreshOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.changedOnly = parser.isSet(changed);
    const auto number = [&](const QCommandLineOption& option, int low, int high, int* out) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return false;
        *out = value;
        return true;
    };
    // .PT may limit sessions: a handful is plenty.
    if (parser.isSet(sessions) && !number(sessions, 1, 8, &options.sessions))
        return usage(
            tr("--sessions: \"%1\" is not a number from 1 to 8.").arg(parser.value(sessions)));
    int perSecond = 0;
    if (parser.isSet(rate) && !number(rate, 1, 10000, &perSecond))
        return usage(tr("--rate: \"%1\" is not a number of commands per second from 1 to 10000.")
                         .arg(parser.value(rate)));
    options.commandsPerSecond = perSecond;
    for (const QString& name : parser.positionalArguments()) {
        DomainName parsed;
        const ValidationResult valid = DomainNameValidator::validate(name, &parsed);
        if (!valid)
            return fail(Invalid, valid.reason);
        options.only.append(parsed.aLabel);
    }
    QString error;
    std::optional<SessionOptions> connection = RegistryConnection::from(parser, &error);
    if (!connection)
        return usage(error);
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    if (parser.isSet(full) && !options.dryRun &&
        !m_service->sync().abandonUnfinished(m_clock->now(), &error))
        return fail(StorageError, error);

    QFile logFile;
    const std::unique_ptr<EppLog> log = openEppLog(logFile);
    RefreshEngine engine(*m_service, *m_clock, std::move(*connection));
    engine.setLog(log.get());
    // Progress for whoever watches; the summary below is for the scheduler.
    int shown = -1;
    QObject::connect(&engine, &RefreshEngine::progress, [&](int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth != shown) {
            shown = tenth;
            m_err << tr("refresh: %1 of %2").arg(done).arg(total) << Qt::endl;
        }
    });
    const RefreshSummary summary = engine.run(options);
    if (!summary.error.isEmpty())
        return fail(RegistryError, summary.error);

    if (summary.resumed)
        m_out << tr("Continued an interrupted refresh.") << '\n';
    if (summary.messages > 0)
        m_out << tr("%n registry message(s) read and acknowledged.", nullptr, summary.messages)
              << '\n';
    if (options.changedOnly && !summary.pollAvailable)
        m_out << tr("The registry offers no poll queue to say what changed: every domain was "
                    "refreshed.")
              << '\n';
    m_out << (options.dryRun ? tr("Dry run, nothing written: %1 checked, %2 would change, %3 "
                                  "would be flagged, %4 failed.")
                                   .arg(summary.checked)
                                   .arg(summary.changed)
                                   .arg(summary.flagged)
                                   .arg(summary.failed)
                             : tr("%1 checked, %2 changed, %3 flagged, %4 contacts, %5 failed.")
                                   .arg(summary.checked)
                                   .arg(summary.changed)
                                   .arg(summary.flagged)
                                   .arg(summary.contacts)
                                   .arg(summary.failed))
          << '\n';
    for (const auto& [domain, changes] : summary.changes)
        m_out << "  " << domain << ": " << changes.join(QStringLiteral("; ")) << '\n';
    m_out.flush();
    for (const QString& failure : summary.failures)
        m_err << programName << ": " << failure << '\n';
    m_err.flush();
    // Failed records stay to do: the next sync continues with them.
    return summary.failed > 0 ? Invalid : Success;
}

int Cli::drafts(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, args))
        return usage(parser.errorText());
    int code = Success;
    if (!openPortfolio(&code))
        return code;
    QList<Draft> found;
    if (parser.positionalArguments().isEmpty())
        found = m_service->drafts().all();
    for (const QString& name : parser.positionalArguments()) {
        DomainName parsed;
        const ValidationResult valid = DomainNameValidator::validate(name, &parsed);
        const std::optional<Domain> domain =
            valid ? m_service->domains().findByName(parsed.aLabel) : std::nullopt;
        if (!domain)
            return fail(Invalid,
                        valid
                            ? tr("There is no domain named %1 in the portfolio.").arg(parsed.uLabel)
                            : valid.reason);
        found += m_service->drafts().forDomain(domain->id);
    }
    QJsonArray array;
    for (const Draft& draft : std::as_const(found)) {
        const std::optional<Domain> domain = m_service->domains().findById(draft.domainId);
        const QString name = domain ? domain->uLabel : QString();
        if (parser.isSet(json)) {
            array.append(
                QJsonObject{{QStringLiteral("id"), draft.id},
                            {QStringLiteral("domain"), name},
                            {QStringLiteral("kind"), toCode(draft.kind)},
                            {QStringLiteral("value"), draft.value},
                            {QStringLiteral("state"), toCode(draft.state)},
                            {QStringLiteral("createdAt"), timeformat::toIsoUtc(draft.createdAt)},
                            {QStringLiteral("agent"), draft.agent},
                            {QStringLiteral("clTRID"), draft.clTRID},
                            {QStringLiteral("svTRID"), draft.svTRID},
                            {QStringLiteral("result"), draft.result}});
            continue;
        }
        m_out << draft.id << '\t' << name << '\t' << toCode(draft.kind) << '\t' << draft.value
              << '\t' << toCode(draft.state) << '\t' << draft.result << '\n';
    }
    if (parser.isSet(json))
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}

int Cli::change(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(RegistryConnection::options());
    const QCommandLineOption ns(QStringLiteral("ns"), {}, QStringLiteral("HOST,HOST"));
    const QCommandLineOption autoRenew(QStringLiteral("auto-renew"), {}, QStringLiteral("on|off"));
    const QCommandLineOption renew(QStringLiteral("renew"), {}, QStringLiteral("YEARS"));
    const QCommandLineOption ownerChange(QStringLiteral("owner-change"), {},
                                         QStringLiteral("HANDLE"));
    const QCommandLineOption tech(QStringLiteral("tech"), {}, QStringLiteral("HANDLE,HANDLE"));
    const QCommandLineOption ds(QStringLiteral("ds"), {}, QStringLiteral("RECORDS"));
    const QCommandLineOption transferIn(QStringLiteral("transfer-in"));
    const QCommandLineOption remove(QStringLiteral("delete"));
    const QCommandLineOption contact(QStringLiteral("contact"), {}, QStringLiteral("HANDLE"));
    const QCommandLineOption email(QStringLiteral("email"), {}, QStringLiteral("ADDRESS"));
    const QCommandLineOption phone(QStringLiteral("phone"), {}, QStringLiteral("NUMBER"));
    const QCommandLineOption mobile(QStringLiteral("mobile"), {}, QStringLiteral("NUMBER"));
    const QCommandLineOption namesFile(QStringLiteral("names-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption authCodeFile(QStringLiteral("auth-code-file"), {},
                                          QStringLiteral("FILE"));
    const QCommandLineOption draftOption(QStringLiteral("draft"), {}, QStringLiteral("ID,ID"));
    const QCommandLineOption review(QStringLiteral("review"));
    const QCommandLineOption send(QStringLiteral("send"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    parser.addOptions({ns, autoRenew, renew, ownerChange, tech, ds, transferIn, remove, contact,
                       email, phone, mobile, namesFile, authCodeFile, draftOption, review, send,
                       yes});
    if (!parse(parser, args))
        return usage(parser.errorText());

    // Each change option with the kind of draft it makes.
    const std::pair<const QCommandLineOption*, Draft::Kind> changes[] = {
        {&ns, Draft::Kind::NameServers},        {&autoRenew, Draft::Kind::AutoRenew},
        {&renew, Draft::Kind::Renew},           {&ownerChange, Draft::Kind::OwnerChange},
        {&tech, Draft::Kind::TechContacts},     {&ds, Draft::Kind::DsRecords},
        {&transferIn, Draft::Kind::TransferIn}, {&remove, Draft::Kind::Delete},
        {&contact, Draft::Kind::ContactData}};
    const auto given = [&](const auto& change) { return parser.isSet(*change.first); };
    const auto kinds = std::count_if(std::begin(changes), std::end(changes), given);
    QStringList names = parser.positionalArguments();
    if (parser.isSet(namesFile)) {
        QFile file(parser.value(namesFile));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return usage(tr("--names-file: cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        // One name per line, or separated by commas, semicolons or spaces.
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        names += QString::fromUtf8(file.readAll()).split(separators, Qt::SkipEmptyParts);
    }
    const bool byDraft = parser.isSet(draftOption);
    if (byDraft ? (kinds != 0 || !names.isEmpty() || parser.isSet(send) == parser.isSet(review))
                : (kinds != 1 || names.isEmpty()))
        return usage(
            tr("change: give domains and one of --ns, --auto-renew, --renew, "
               "--owner-change, --tech, --ds, --transfer-in, --delete or --contact (drafts, "
               "reviewed with --review, sent with --send), or --draft ID[,ID...] with "
               "--review or --send."));
    // A transfer code belongs to one domain; a deletion cannot be undone.
    if (parser.isSet(transferIn) && names.size() != 1)
        return usage(tr("--transfer-in takes exactly one domain: each has its own auth code."));
    if (parser.isSet(remove) && parser.isSet(send) && !parser.isSet(yes))
        return usage(tr("--delete --send deletes at the registry and cannot be undone; add "
                        "--yes to confirm."));
    int code = Success;
    if (!openPortfolio(&code))
        return code;

    QString error;
    QList<qint64> ids;
    int rejected = 0; // names no draft could be made for
    if (byDraft) {
        for (const QString& part : parser.value(draftOption).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || !m_service->drafts().findById(id))
                return fail(Invalid, tr("There is no draft %1.").arg(part.trimmed()));
            ids.append(id);
        }
    } else {
        // Drafts first, each domain on its own: a bad name does not stop the others.
        const auto chosen = std::find_if(std::begin(changes), std::end(changes), given);
        QString value =
            chosen->first->valueName().isEmpty() ? QString() : parser.value(*chosen->first);
        if (chosen->second == Draft::Kind::ContactData) {
            QJsonObject fields{{QStringLiteral("contact"), value}};
            for (const auto& [option, field] :
                 {std::pair{&email, "email"}, std::pair{&phone, "voice"},
                  std::pair{&mobile, "mobile"}}) {
                if (parser.isSet(*option))
                    fields.insert(QLatin1String(field), parser.value(*option));
            }
            value = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        }
        for (const QString& name : std::as_const(names)) {
            const std::optional<qint64> drafted =
                m_service->draftChange(name, chosen->second, value, &error);
            if (!drafted) {
                m_out << tr("%1: skipped: %2").arg(name, error) << '\n';
                ++rejected;
                continue;
            }
            ids.append(*drafted);
            m_out << tr("%1: draft %2 kept.").arg(name).arg(*drafted) << '\n';
        }
        m_out.flush();
        if (!parser.isSet(send) && !parser.isSet(review)) {
            m_out << tr("Drafts are sent with: change --draft ID[,ID...] --send") << Qt::endl;
            return rejected > 0 ? Invalid : Success;
        }
        if (ids.isEmpty())
            return fail(Invalid, tr("No draft to send or review."));
    }

    std::optional<SessionOptions> connection = RegistryConnection::from(parser, &error);
    if (!connection)
        return usage(error);
    Secret authCode;
    if (parser.isSet(authCodeFile)) {
        std::optional<QByteArray> read = RegistryConnection::readSecretFile(
            QStringLiteral("--auth-code-file"), parser.value(authCodeFile), &error);
        if (!read)
            return usage(error);
        authCode = Secret(std::move(*read));
    }
    const QString clientId = connection->clientId;
    QFile logFile;
    const std::unique_ptr<EppLog> log = openEppLog(logFile);
    BlockingSession session(std::move(*connection));
    session.session().setLog(log.get());
    if (!session.open(&error))
        return fail(RegistryError, error);
    ChangeSender sender(*m_service, *m_clock, session, clientId);

    // Per draft: what it would change (--review), or what became of it (--send).
    int done = 0, skipped = rejected, failed = 0, unknown = 0;
    for (const qint64 id : std::as_const(ids)) {
        const Draft draft = *m_service->drafts().findById(id);
        const std::optional<Domain> domain = m_service->domains().findById(draft.domainId);
        const QString name = domain ? domain->uLabel : QString::number(draft.domainId);
        if (parser.isSet(review)) {
            const QStringList lines = sender.review(id, &error);
            if (lines.isEmpty()) {
                m_out << tr("%1 (draft %2): cannot review: %3").arg(name).arg(id).arg(error)
                      << '\n';
                ++failed;
                continue;
            }
            m_out << tr("%1 (draft %2):").arg(name).arg(id) << '\n';
            for (const QString& line : lines)
                m_out << "  " << line << '\n';
            continue;
        }
        if (draft.kind == Draft::Kind::Delete && !parser.isSet(yes)) {
            ++failed;
            m_out << tr("%1 (draft %2): not sent: a deletion cannot be undone; add --yes to "
                        "confirm.")
                         .arg(name)
                         .arg(id)
                  << '\n';
            continue;
        }
        if (draft.kind == Draft::Kind::TransferIn)
            sender.setAuthCode(authCode.copy());
        const ChangeSender::Outcome outcome = sender.send(id);
        switch (outcome.state) {
        case Draft::State::Done:
            if (outcome.sent) {
                ++done;
                m_out << tr("%1 (draft %2): done: %3").arg(name).arg(id).arg(outcome.message);
            } else {
                ++skipped;
                m_out << tr("%1 (draft %2): skipped: %3").arg(name).arg(id).arg(outcome.message);
            }
            break;
        case Draft::State::Failed:
            ++failed;
            m_out << tr("%1 (draft %2): failed: %3").arg(name).arg(id).arg(outcome.message);
            break;
        case Draft::State::Unknown:
        case Draft::State::Sending:
            ++unknown;
            m_out
                << tr("%1 (draft %2): outcome unknown: %3").arg(name).arg(id).arg(outcome.message);
            break;
        case Draft::State::Draft:
            ++failed;
            m_out << tr("%1 (draft %2): not sent: %3").arg(name).arg(id).arg(outcome.message);
            break;
        }
        m_out << '\n';
    }
    session.close();
    if (parser.isSet(send))
        m_out << tr("%1 done, %2 skipped, %3 failed, %4 with an unknown outcome.")
                     .arg(done)
                     .arg(skipped)
                     .arg(failed)
                     .arg(unknown)
              << '\n';
    m_out.flush();
    if (unknown > 0)
        return OutcomeUnknown;
    return failed > 0 || rejected > 0 ? Invalid : Success;
}

} // namespace rd::cli
