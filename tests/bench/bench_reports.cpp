// Reports benchmark: the deletions report of a whole portfolio (every domain
// with auto-renew off, deleted within the window) built from a real SQLite
// file and written as PDF (and as HTML and CSV for comparison).
// Usage: bench_reports [DOMAINS] [--pdf FILE]   (default 100000; --pdf keeps
// the PDF to look at). Wall and processor time per step: on a shared machine
// the processor time is the figure to compare.
#include "CsvWriter.h"
#include "HtmlRenderer.h"
#include "PdfRenderer.h"
#include "ReportBuilder.h"
#include "rules/Clock.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace rd;

namespace {

QTextStream out(stdout);

// Wall and processor time since start().
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    double wall() const { return double(m_wall.nsecsElapsed()) / 1e9; }
    double cpu() const { return double(std::clock() - m_cpu) / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

void row(const QString& what, const Stopwatch& watch)
{
    out << "| " << what << " | " << QString::number(watch.wall(), 'f', 2) << " s | "
        << QString::number(watch.cpu(), 'f', 2) << " s |\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int keep = int(args.indexOf(QStringLiteral("--pdf")));
    const QString keptPdf = keep >= 0 ? args.value(keep + 1) : QString();
    const int count = args.isEmpty() || keep == 0 ? 100000 : std::max(1, args.constFirst().toInt());
    const int holders = std::max(1, count / 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QString error;
    Database db;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    PortfolioService service(db, clock, QStringLiteral("bench"));
    QList<Contact> contacts;
    for (int i = 0; i < holders; ++i) {
        Contact c;
        c.handle = QStringLiteral("BNCH-%1-ADNS").arg(i, 6, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Titular %1").arg(i);
        c.vat = QStringLiteral("123456789");
        c.email = QStringLiteral("titular%1@example.pt").arg(i);
        c.voice = QStringLiteral("+351.21%1").arg(i, 7, 10, QLatin1Char('0'));
        contacts.append(c);
    }
    if (!db.transaction(
            [&] {
                return std::all_of(contacts.begin(), contacts.end(),
                                   [&](Contact& c) { return service.addContact(c, &error); });
            },
            &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    // Every domain deleted within a year: expiries from 31 to 395 days ahead.
    QList<Domain> domains;
    domains.reserve(count);
    for (int i = 0; i < count; ++i) {
        Domain d;
        d.uLabel = QStringLiteral("dominio-%1.pt").arg(i, 7, 10, QLatin1Char('0'));
        d.registrantHandle =
            QStringLiteral("BNCH-%1-ADNS").arg(i % holders, 6, 10, QLatin1Char('0'));
        d.expiresAt = clock.now().addSecs(qint64(31 + i % 365) * 86400 + (i % 86400));
        d.autoRenew = false;
        domains.append(std::move(d));
    }
    if (!service.addDomains(domains, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }

    out << "Deletions report of " << count << " domains (" << holders
        << " holders), within 366 days, on " << QSysInfo::prettyProductName() << "\n\n"
        << "| Step | Wall clock | Processor |\n| --- | --- | --- |\n";
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const reports::ReportBuilder builder(service, QTimeZone(QByteArrayLiteral("Europe/Lisbon")),
                                         locale);
    Stopwatch watch;
    watch.start();
    const reports::Report report = builder.deletions(clock.now(), clock.now().addDays(366), 366);
    row(QStringLiteral("build the report (deadlines, domains, holders)"), watch);

    watch.start();
    const QByteArray html = reports::HtmlRenderer::render(report, locale).toUtf8();
    row(QStringLiteral("HTML (%1 MB)").arg(double(html.size()) / 1e6, 0, 'f', 1), watch);
    watch.start();
    const QByteArray csv = reports::CsvWriter::write(report.csv.value_or(reports::ReportTable{}));
    row(QStringLiteral("CSV (%1 MB)").arg(double(csv.size()) / 1e6, 0, 'f', 1), watch);

    const QString pdf = keptPdf.isEmpty() ? dir.filePath(QStringLiteral("deletions.pdf")) : keptPdf;
    watch.start();
    if (!reports::PdfRenderer::write(report, locale, pdf, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    row(QStringLiteral("PDF, A4 landscape (%1 MB)")
            .arg(double(QFileInfo(pdf).size()) / 1e6, 0, 'f', 1),
        watch);
    out << "\nPDF rows per second of processor time: "
        << qRound(count / std::max(watch.cpu(), 1e-9)) << "\n";
    return 0;
}
