// The report and calendar commands: printable reports (PDF, HTML, CSV) and the
// deadlines as an iCalendar file.
#include "CalendarWriter.h"
#include "Cli.h"
#include "CsvWriter.h"
#include "HtmlRenderer.h"
#include "PdfRenderer.h"
#include "ReportBuilder.h"
#include "service/PortfolioService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace rd::cli {

namespace {

const QString programName = QStringLiteral("registrar-desk-cli");

bool parseOptions(QCommandLineParser& parser, const QStringList& args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    return parser.parse(QStringList{programName} + args);
}

// Whole or nothing: a report half written is worse than none.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error =
        Cli::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

// A century ahead is further than any registration runs (.PT: 10 years at most).
constexpr int maxDays = 36500;

} // namespace

bool Cli::takeDays(const QString& text, int* days, int* exitCode)
{
    bool ok = false;
    *days = text.toInt(&ok);
    if (!ok || *days < 0 || *days > maxDays) {
        *exitCode = usage(tr("--within: \"%1\" is not a whole number of days from 0 to %2.")
                              .arg(text)
                              .arg(maxDays));
        return false;
    }
    return true;
}

int Cli::report(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption within(QStringLiteral("within"), {}, QStringLiteral("DAYS"));
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("DATETIME"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("DATETIME"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, {},
                                    QStringLiteral("FILE"));
    parser.addOptions({within, from, to, format, output});
    if (!parseOptions(parser, args))
        return usage(parser.errorText());
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(
            tr("report takes a kind: %1.").arg(reports::reportCodes().join(QStringLiteral(", "))));
    const QString kindName = positional.takeFirst();
    const std::optional<reports::ReportKind> kind = reports::reportKindFromCode(kindName);
    if (!kind)
        return usage(tr("report: unknown kind \"%1\"; use %2.")
                         .arg(kindName, reports::reportCodes().join(QStringLiteral(", "))));
    reports::ReportRequest request;
    request.kind = *kind;
    const bool takesName =
        *kind == reports::ReportKind::Dossier || *kind == reports::ReportKind::PersonalData;
    if (takesName && positional.size() != 1)
        return usage(*kind == reports::ReportKind::Dossier
                         ? tr("report dossier takes exactly one domain name.")
                         : tr("report personal-data takes exactly one contact handle."));
    if (!takesName && !positional.isEmpty())
        return usage(tr("report %1 takes no names.").arg(reports::toCode(*kind)));
    if (*kind == reports::ReportKind::Dossier)
        request.domain = positional.constFirst();
    if (*kind == reports::ReportKind::PersonalData)
        request.contact = positional.constFirst();

    const bool windowed = *kind == reports::ReportKind::Deletions;
    if (!windowed && (parser.isSet(within) || parser.isSet(from) || parser.isSet(to)))
        return usage(tr("--within, --from and --to go with the deletions report only."));
    int code = Success;
    if (parser.isSet(within) && !takeDays(parser.value(within), &request.withinDays, &code))
        return code;
    if (parser.isSet(from) != parser.isSet(to))
        return usage(tr("--from and --to go together."));
    if (parser.isSet(within) && parser.isSet(from))
        return usage(tr("Give either --within or --from and --to, not both."));
    if (parser.isSet(from) &&
        (!takeDateTime(QStringLiteral("--from"), parser.value(from), &request.from, &code) ||
         !takeDateTime(QStringLiteral("--to"), parser.value(to), &request.to, &code)))
        return code;

    if (!parser.isSet(output))
        return usage(tr("report: -o FILE is required."));
    const QString path = parser.value(output);
    QString formatName = parser.value(format).toLower();
    if (formatName.isEmpty())
        formatName = QFileInfo(path).suffix().toLower();
    if (formatName == QLatin1String("htm"))
        formatName = QStringLiteral("html");
    if (formatName != QLatin1String("pdf") && formatName != QLatin1String("html") &&
        formatName != QLatin1String("csv"))
        return usage(tr("--format: \"%1\" is not one of pdf, html, csv.").arg(formatName));
    const bool tabular = *kind == reports::ReportKind::Deletions ||
                         *kind == reports::ReportKind::Actions ||
                         *kind == reports::ReportKind::Programmes;
    if (formatName == QLatin1String("csv") && !tabular)
        return usage(tr("report %1 has no CSV form; use pdf or html.").arg(reports::toCode(*kind)));

    if (!openPortfolio(&code))
        return code;
    const QLocale locale;
    const reports::ReportBuilder builder(*m_service, QTimeZone::systemTimeZone(), locale);
    QString error;
    const std::optional<reports::Report> report = builder.build(request, &error);
    if (!report)
        return fail(Invalid, error);
    bool written = false;
    if (formatName == QLatin1String("pdf"))
        written = reports::PdfRenderer::write(*report, locale, path, &error);
    else if (formatName == QLatin1String("html"))
        written = writeFile(path, reports::HtmlRenderer::render(*report, locale).toUtf8(), &error);
    else
        written = writeFile(
            path, reports::CsvWriter::write(report->csv.value_or(reports::ReportTable{})), &error);
    if (!written)
        return fail(Invalid, error);
    return Success;
}

int Cli::calendar(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption within(QStringLiteral("within"), {}, QStringLiteral("DAYS"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, {},
                                    QStringLiteral("FILE"));
    parser.addOptions({within, output});
    if (!parseOptions(parser, args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("calendar takes no names."));
    int days = -1;
    int code = Success;
    if (parser.isSet(within) && !takeDays(parser.value(within), &days, &code))
        return code;
    if (!parser.isSet(output))
        return usage(tr("calendar: -o FILE is required."));
    if (!openPortfolio(&code))
        return code;
    const QByteArray ics = reports::CalendarWriter::write(
        m_service->deadlines(days), m_service->engine(), m_service->engine().clock().now(),
        QTimeZone::systemTimeZone(), QLocale());
    QString error;
    if (!writeFile(parser.value(output), ics, &error))
        return fail(Invalid, error);
    return Success;
}

} // namespace rd::cli
