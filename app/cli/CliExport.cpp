#include "Cli.h"

#include "csv/CsvWriter.h"
#include "model/Codes.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"

#include <QCommandLineParser>
#include <algorithm>

namespace rd::cli {

int Cli::exportFile(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, {},
                                    QStringLiteral("FILE"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"));
    const QCommandLineOption within(QStringLiteral("within"), {}, QStringLiteral("DAYS"));
    parser.addOptions({output, delimiter, noBom, within});
    if (!parser.parse(QStringList{QStringLiteral("registrar-desk-cli")} + args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1 ||
        !QStringList{QStringLiteral("domains"), QStringLiteral("contacts"),
                     QStringLiteral("actions")}
             .contains(what))
        return usage(tr("export takes domains, contacts or actions, and -o FILE."));
    if (!parser.isSet(output))
        return usage(tr("export needs -o FILE."));
    csv::CsvWriter::Options options;
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter);
        if (d != QLatin1String(";") && d != QLatin1String(","))
            return usage(tr("--delimiter: \"%1\" is not ';' or ','.").arg(d));
        options.delimiter = d.at(0);
    }
    options.bom = !parser.isSet(noBom);
    int days = -1;
    if (parser.isSet(within)) {
        bool ok = false;
        days = parser.value(within).toInt(&ok);
        if (!ok || days < 0)
            return usage(tr("--within: \"%1\" is not a number of days.").arg(parser.value(within)));
    }
    if (days >= 0 && what != QLatin1String("domains"))
        return usage(tr("--within applies to domains only."));

    int code = Success;
    if (!openPortfolio(&code))
        return code;

    QStringList header;
    QList<QStringList> rows;
    const QString yes = tr("yes"), no = tr("no");
    const auto iso = [](const QDateTime& moment) {
        return moment.isValid() ? timeformat::toIsoUtc(moment) : QString();
    };
    if (what == QLatin1String("domains")) {
        // The headers an import recognises, so the file comes back in unchanged.
        header =
            QStringList{tr("Domain"),     tr("Holder"),    tr("Expiry date"), tr("Creation date"),
                        tr("Auto-renew"), tr("Programme"), tr("Notes")};
        const StoredDomains stored = ImportRepository(*m_db).domainIndex();
        std::vector<const ImportedDomainFields*> byName;
        for (const ImportedDomainFields& d : stored.all())
            byName.push_back(&d);
        std::sort(byName.begin(), byName.end(), [&](const auto* a, const auto* b) {
            return stored.aLabel(*a) < stored.aLabel(*b);
        });
        const QDateTime limit = m_clock->now().addDays(days);
        for (const ImportedDomainFields* domain : byName) {
            const ImportedDomainFields& d = *domain;
            if (days >= 0 && d.expiresAt >= limit)
                continue;
            rows.append({stored.uLabel(d), d.registrantHandle, iso(d.expiresAt), iso(d.createdAt),
                         d.autoRenew ? yes : no, codes::toCode(d.programme), d.notes});
        }
    } else if (what == QLatin1String("contacts")) {
        header = QStringList{tr("Handle"),
                             tr("Kind"),
                             tr("Name"),
                             tr("Organisation"),
                             tr("VAT"),
                             tr("E-mail"),
                             tr("Phone"),
                             tr("Mobile"),
                             tr("Street"),
                             tr("City"),
                             tr("Postcode"),
                             tr("Country"),
                             tr("Identity document"),
                             tr("Notes")};
        for (const Contact& c : m_service->contacts().all())
            rows.append({c.handle, codes::toCode(c.kind), c.name, c.organisation, c.vat, c.email,
                         c.voice, c.mobile, c.address.street.join(QLatin1Char('\n')),
                         c.address.city, c.address.postcode, c.address.countryCode,
                         c.identityDocument, c.notes});
    } else {
        header = QStringList{tr("Action"), tr("Domain"),     tr("Kind"),     tr("State"),
                             tr("Opened"), tr("New holder"), tr("Assignee"), tr("Notes")};
        for (const PendingAction& a : m_service->actions().allOpen()) {
            const std::optional<DomainFacts> facts = m_service->domains().facts(a.domainId);
            rows.append({QString::number(a.id), facts ? facts->uLabel : QString(),
                         codes::toCode(a.kind), codes::toCode(a.state), iso(a.openedAt()),
                         a.newHolderHandle, a.assignee, a.notes});
        }
    }
    QString error;
    if (!csv::CsvWriter::writeFile(parser.value(output), header, rows, options, &error))
        return fail(Invalid, error);
    m_out << tr("%n row(s) written to %1.", nullptr, int(rows.size())).arg(parser.value(output))
          << Qt::endl;
    return Success;
}

} // namespace rd::cli
