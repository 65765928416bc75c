// Desk benchmark: the domain table over a large portfolio on a real SQLite
// file. Opens a QMainWindow with the DomainsPage until the table has painted,
// then times text filter and deadline-window changes (median of several runs,
// each including the repaint).
// Usage: bench_desk [DOMAINS] [--db FILE]   (default 1000000; the file is
// generated on the first run and reused after)
#include "AppIdentity.h"
#include "DomainFilterProxy.h"
#include "DomainTableModel.h"
#include "pages/DomainsPage.h"
#include "rules/Clock.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "storage/DomainListing.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <time.h>

using namespace rd;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void row(const QString& what, const QString& figure)
{
    out << "| " << what << " | " << figure << " |\n";
    out.flush();
}

// Processor time of the whole process: on a machine shared with other work
// it tells what the wall clock would say on an idle one.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Processor time of this thread alone: the window's own work, without the
// worker thread that reads the portfolio meanwhile.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

QString rss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::number(line.mid(6).trimmed().split(' ').first().toLongLong() / 1024) +
                   QStringLiteral(" MiB");
    }
    return QStringLiteral("?");
}

bool fail(const QString& error)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(error));
    return false;
}

// The same portfolio as bench_portfolio: a holder per hundred domains, expiries
// over five years, half on automatic renewal, some in programmes, an open
// verification on one domain in a hundred.
bool generate(const QString& path, int count, const Clock& clock)
{
    QString error;
    Database db;
    if (!db.open(path, &error))
        return fail(error);
    PortfolioService service(db, clock, QStringLiteral("bench"));
    const int holders = std::max(1, count / 100);
    const bool contactsOk = db.transaction(
        [&] {
            for (int i = 0; i < holders; ++i) {
                Contact c;
                c.handle = QStringLiteral("BNCH-%1-ADNS").arg(i, 6, 10, QLatin1Char('0'));
                c.name = QStringLiteral("Titular %1").arg(i);
                c.vat = QString::number(500000000 + i * 7);
                if (!service.contacts().insert(c, &error))
                    return false;
            }
            return true;
        },
        &error);
    if (!contactsOk)
        return fail(error);
    const Programme programmes[] = {Programme::None, Programme::None, Programme::None,
                                    Programme::TresEmUm, Programme::Sitestar};
    QList<Domain> domains;
    QList<std::optional<Deadline>> next;
    domains.reserve(count);
    next.reserve(count);
    for (int i = 0; i < count; ++i) {
        Domain d;
        d.uLabel = QStringLiteral("dominio-%1.pt").arg(i, 7, 10, QLatin1Char('0'));
        d.registrantHandle =
            QStringLiteral("BNCH-%1-ADNS").arg(i % holders, 6, 10, QLatin1Char('0'));
        // Expiries from a month ago to five years ahead: some deletions are overdue.
        d.expiresAt = clock.now().addSecs(qint64(i % 1856 - 30) * 86400 + (i % 86400));
        d.createdAt = d.expiresAt.addYears(-1 - i % 10);
        d.autoRenew = i % 2 == 0;
        d.programme = programmes[i % 5];
        d.statuses = {QStringLiteral("ok")};
        if (!PortfolioService::validateDomain(d, &error))
            return fail(error);
        next.append(service.engine().next(DomainFacts::of(d), {}));
        domains.append(std::move(d));
    }
    const bool ok = db.transaction(
        [&] {
            return db.withIndexesSuspended(
                {QStringLiteral("domains")}, count,
                [&] { return service.domains().insertMany(domains, next, &error); }, &error);
        },
        &error);
    if (!ok)
        return fail(error);
    const bool actionsOk = db.transaction(
        [&] {
            for (int i = 0; i < count; i += 100) {
                PendingAction action;
                action.domainId = domains.at(i).id;
                action.kind = ActionKind::Verification;
                action.steps.append({ActionStepKind::Opened, clock.now().addSecs(-3600), {}, {}});
                if (!service.actions().insert(action, &error))
                    return false;
            }
            return true;
        },
        &error);
    return actionsOk || fail(error);
}

// Runs events until the table's viewport has painted once more.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    void waitForPaint()
    {
        m_painted = false;
        m_widget->update();
        while (!m_painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QWidget* m_widget;
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setApplicationIdentity();
    // Columns and views of the developer's own desk stay out of the figures.
    QTemporaryDir home;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());

    QStringList args = app.arguments().mid(1);
    QString path;
    const int dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt >= 0 && dbAt + 1 < args.size()) {
        path = args.at(dbAt + 1);
        args.remove(dbAt, 2);
    }
    const int count = args.isEmpty() ? 1000000 : args.constFirst().toInt();
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("registrar-desk-bench-%1.sqlite").arg(count));
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));

    QElapsedTimer timer;
    if (!QFileInfo::exists(path)) {
        timer.start();
        if (!generate(path, count, clock)) {
            QFile::remove(path);
            return 1;
        }
        out << "Generated " << path << " in " << QString::number(ms(timer) / 1000, 'f', 1)
            << " s\n";
    }

    QString error;
    Database db;
    if (!db.open(path, &error))
        return fail(error) ? 0 : 1;
    PortfolioService service(db, clock, QStringLiteral("bench"));
    out << "Registrar Desk desk benchmark: " << service.domains().count() << " domains in " << path
        << " (" << QFileInfo(path).size() / (1024 * 1024) << " MiB)\n\n"
        << "| Measure | Result |\n| --- | --- |\n";

    // The parts of opening, alone: reading the rows, then model and proxy.
    {
        timer.start();
        const double before = cpuMs();
        DomainListing listing;
        if (!loadDomainListing(db, &listing, &error))
            return fail(error) ? 0 : 1;
        row(QStringLiteral("read the listing (%1 rows, %2 holders; one scan, sorted by next due)")
                .arg(listing.rows.size())
                .arg(listing.holders.size()),
            QStringLiteral("%1 ms (processor %2 ms)")
                .arg(ms(timer), 0, 'f', 0)
                .arg(cpuMs() - before, 0, 'f', 0));
        for (const int connections : {2, 1}) {
            timer.start();
            const double before2 = cpuMs();
            DomainListing parallel;
            if (!loadDomainListing(path, connections, &parallel, &error))
                return fail(error) ? 0 : 1;
            row(QStringLiteral("read the listing over %1 connection(s) in as many threads, as the "
                               "desk does in the background")
                    .arg(connections),
                QStringLiteral("%1 ms (processor %2 ms)")
                    .arg(ms(timer), 0, 'f', 0)
                    .arg(cpuMs() - before2, 0, 'f', 0));
        }
        timer.start();
        const double headBefore = cpuMs();
        DomainListing head;
        if (!loadDomainListingHead(db, 2000, &head, &error))
            return fail(error) ? 0 : 1;
        row(QStringLiteral("read the first %1 rows by next due (the index)").arg(head.rows.size()),
            QStringLiteral("%1 ms (processor %2 ms)")
                .arg(ms(timer), 0, 'f', 1)
                .arg(cpuMs() - headBefore, 0, 'f', 1));
        timer.start();
        ui::DomainTableModel model(service);
        model.reload();
        ui::DomainFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ui::DomainTableModel::Due, Qt::AscendingOrder);
        row(QStringLiteral("model read and proxy set up, without a view"),
            QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 0));
        timer.start();
        proxy.setText(QStringLiteral("dominio-00042"));
        proxy.setText(QString());
        row(QStringLiteral("text filter set and cleared, without a view"),
            QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 0));
    }

    // Open: the page reads the first rows, the window shows, the table paints;
    // the rest of the portfolio arrives from a worker thread.
    double cpu = cpuMs();
    const double threadCpu = threadCpuMs();
    timer.start();
    QMainWindow window;
    auto* page = new ui::DomainsPage(service, &window);
    window.setCentralWidget(page);
    window.resize(1400, 800);
    const double built = ms(timer);
    PaintWatch watch(page->table()->viewport());
    window.show();
    watch.waitForPaint();
    const double open = ms(timer);
    const double openCpu = cpuMs() - cpu;
    const double openThreadCpu = threadCpuMs() - threadCpu;
    const int firstRows = page->domainModel()->rowCount();
    const bool wasLoading = page->isLoading();
    page->finishLoading();
    watch.waitForPaint();
    const double whole = ms(timer);
    const double wholeCpu = cpuMs() - cpu;
    const double wholeThreadCpu = threadCpuMs() - threadCpu;
    row(QStringLiteral("open: DomainsPage built (first rows read, proxy set up)"),
        QStringLiteral("%1 ms").arg(built, 0, 'f', 1));
    row(QStringLiteral("open: window shown, table filled with the first %1 rows and painted%2 "
                       "(wall / processor time of the window's thread / of the process)")
            .arg(firstRows)
            .arg(wasLoading ? QStringLiteral(", the rest loading") : QString()),
        QStringLiteral("%1 ms / %2 ms / %3 ms")
            .arg(open, 0, 'f', 1)
            .arg(openThreadCpu, 0, 'f', 1)
            .arg(openCpu, 0, 'f', 1));
    row(QStringLiteral("open: all %1 rows in place and painted, from the start "
                       "(wall / processor time of the window's thread / of the process)")
            .arg(page->domainModel()->rowCount()),
        QStringLiteral("%1 ms / %2 ms / %3 ms")
            .arg(whole, 0, 'f', 0)
            .arg(wholeThreadCpu, 0, 'f', 0)
            .arg(wholeCpu, 0, 'f', 0));
    row(QStringLiteral("memory after open (resident)"), rss());

    QLineEdit* filter = page->filterEdit();
    QList<double> cpuRuns;
    const auto timed = [&](const std::function<void()>& change) {
        const double before = cpuMs();
        timer.start();
        change();
        watch.waitForPaint();
        cpuRuns.append(cpuMs() - before);
        return ms(timer);
    };
    const auto cpuMedian = [&cpuRuns] {
        const double m = median(cpuRuns);
        cpuRuns.clear();
        return m;
    };

    // Text: typed words of different selectivity, and back to all rows.
    QList<double> text;
    QList<double> textClear;
    int shown = 0;
    for (const QString& words :
         {QStringLiteral("dominio-00042"), QStringLiteral("titular 77"), QStringLiteral("0099"),
          QStringLiteral("nothing-like-this"), QStringLiteral("5000004"),
          QStringLiteral("dominio-1"), QStringLiteral("bnch-0012")}) {
        text.append(timed([&] { filter->setText(words); }));
        shown += page->visibleModel()->rowCount();
        textClear.append(timed([&] { filter->clear(); }));
    }
    row(QStringLiteral("text filter change (median of %1; %2 rows shown in all)")
            .arg(text.size())
            .arg(shown),
        QStringLiteral("%1 ms (slowest %2 ms)")
            .arg(median(text), 0, 'f', 1)
            .arg(*std::max_element(text.cbegin(), text.cend()), 0, 'f', 1));
    row(QStringLiteral("text filter cleared (median of %1)").arg(textClear.size()),
        QStringLiteral("%1 ms").arg(median(textClear), 0, 'f', 1));
    row(QStringLiteral("processor time of a text filter change or clear (median)"),
        QStringLiteral("%1 ms").arg(cpuMedian(), 0, 'f', 1));

    // Deadline windows: each window, then back to any time.
    auto* windowCombo = page->findChild<QComboBox*>(QStringLiteral("windowCombo"));
    QList<double> windows;
    QStringList windowRows;
    for (int round = 0; round < 2; ++round) {
        for (int i = 1; i < windowCombo->count(); ++i) {
            windows.append(timed([&] { windowCombo->setCurrentIndex(i); }));
            if (round == 0)
                windowRows << QStringLiteral("%1: %2")
                                  .arg(windowCombo->itemText(i))
                                  .arg(page->visibleModel()->rowCount());
            windows.append(timed([&] { windowCombo->setCurrentIndex(0); }));
        }
    }
    row(QStringLiteral("deadline-window filter change (median of %1; %2)")
            .arg(windows.size())
            .arg(windowRows.join(QStringLiteral(", "))),
        QStringLiteral("%1 ms (slowest %2 ms)")
            .arg(median(windows), 0, 'f', 1)
            .arg(*std::max_element(windows.cbegin(), windows.cend()), 0, 'f', 1));
    row(QStringLiteral("processor time of a deadline-window change (median)"),
        QStringLiteral("%1 ms").arg(cpuMedian(), 0, 'f', 1));

    // Both at once: a window, then text typed within it.
    windowCombo->setCurrentIndex(4);
    QList<double> combined;
    for (const QString& words : {QStringLiteral("titular 1"), QStringLiteral("dominio-00")})
        combined.append(timed([&] { filter->setText(words); }));
    windowCombo->setCurrentIndex(0);
    filter->clear();
    row(QStringLiteral("text filter within a 30-day window (median of %1)").arg(combined.size()),
        QStringLiteral("%1 ms").arg(median(combined), 0, 'f', 1));

    // Sorting by a column: numbers (days left, descending) and names.
    cpuRuns.clear();
    QHeaderView* header = page->table()->horizontalHeader();
    const double daysLeft = timed(
        [&] { header->setSortIndicator(ui::DomainTableModel::DaysLeft, Qt::DescendingOrder); });
    const double byName =
        timed([&] { header->setSortIndicator(ui::DomainTableModel::Name, Qt::AscendingOrder); });
    const double byHolder =
        timed([&] { header->setSortIndicator(ui::DomainTableModel::Holder, Qt::AscendingOrder); });
    const double back =
        timed([&] { header->setSortIndicator(ui::DomainTableModel::Due, Qt::AscendingOrder); });
    row(QStringLiteral("sort by days left (descending) / by name / by holder / back to due"),
        QStringLiteral("%1 / %2 / %3 / %4 ms (processor %5 / %6 / %7 / %8 ms)")
            .arg(daysLeft, 0, 'f', 0)
            .arg(byName, 0, 'f', 0)
            .arg(byHolder, 0, 'f', 0)
            .arg(back, 0, 'f', 0)
            .arg(cpuRuns.value(0), 0, 'f', 0)
            .arg(cpuRuns.value(1), 0, 'f', 0)
            .arg(cpuRuns.value(2), 0, 'f', 0)
            .arg(cpuRuns.value(3), 0, 'f', 0));
    cpuRuns.clear();

    // A pasted list of a thousand names, a tenth of them unknown.
    QStringList names;
    for (int i = 0; i < 1000; ++i)
        names
            << (i % 10 == 0
                    ? QStringLiteral("desconhecido-%1.pt").arg(i)
                    : QStringLiteral("dominio-%1.pt").arg(i * 7 % count, 7, 10, QLatin1Char('0')));
    QStringList unknown;
    const double paste =
        timed([&] { unknown = page->applyNameList(names.join(QLatin1Char('\n'))); });
    row(QStringLiteral("paste a list of 1000 names (%1 not found)").arg(unknown.size()),
        QStringLiteral("%1 ms").arg(paste, 0, 'f', 1));

    // Select everything shown, and the names of the selection (bulk changes).
    page->applyNameList({});
    timer.start();
    const double selectCpu = cpuMs();
    page->table()->selectAll();
    const QStringList selected = page->selectedDomains();
    row(QStringLiteral("select all, then selectedDomains() (%1 names)").arg(selected.size()),
        QStringLiteral("%1 ms (processor %2 ms)")
            .arg(ms(timer), 0, 'f', 0)
            .arg(cpuMs() - selectCpu, 0, 'f', 0));

    // Reload, as after a change: the window's thread only starts the read;
    // the new rows replace the old ones when they arrive.
    timer.start();
    const double reloadThreadCpu = threadCpuMs();
    page->reload();
    const double reloadReturned = ms(timer);
    const double reloadCallCpu = threadCpuMs() - reloadThreadCpu;
    page->finishLoading();
    watch.waitForPaint();
    row(QStringLiteral("reload (read the portfolio again in the background, filters, sort and "
                       "selection kept): the call returns / the new rows in place and painted "
                       "(processor time of the window's thread)"),
        QStringLiteral("%1 ms (%2 ms) / %3 ms (%4 ms)")
            .arg(reloadReturned, 0, 'f', 1)
            .arg(reloadCallCpu, 0, 'f', 1)
            .arg(ms(timer), 0, 'f', 0)
            .arg(threadCpuMs() - reloadThreadCpu, 0, 'f', 0));
    return 0;
}
