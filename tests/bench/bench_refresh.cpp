// Refresh benchmark: domains refreshed per second from the registry sandbox
// (its own process, on loopback over TLS) into a fresh SQLite portfolio, with
// 1 and with 4 sessions; then the same refresh again, when nothing changes.
// Usage: bench_refresh [DOMAINS]   (default 10000)
#include "RefreshEngine.h"
#include "RegistryState.h"
#include "SandboxPortfolio.h"
#include "rules/Clock.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const QString now = QStringLiteral("2026-11-23T10:00:00Z");
    QTemporaryDir dir;

    QProcess sandbox;
    sandbox.start(QStringLiteral(RD_SANDBOX_PATH),
                  {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--domains"),
                   QString::number(count), QStringLiteral("--seed"), QStringLiteral("5"),
                   QStringLiteral("--now"), now, QStringLiteral("--write-ca"),
                   dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("--write-password"),
                   dir.filePath(QStringLiteral("pw.txt"))});
    QString listening;
    while (sandbox.waitForReadyRead(60000)) {
        listening += QString::fromUtf8(sandbox.readAllStandardOutput());
        if (listening.contains(QLatin1Char('\n')))
            break;
    }
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(listening);
    if (!port.hasMatch()) {
        out << "the sandbox did not start: " << listening << Qt::endl;
        return 1;
    }
    QFile password(dir.filePath(QStringLiteral("pw.txt")));
    password.open(QIODevice::ReadOnly);

    SessionOptions session;
    session.tls.host = QStringLiteral("127.0.0.1");
    session.tls.port = quint16(port.captured(1).toUInt());
    session.tls.caFile = dir.filePath(QStringLiteral("ca.pem"));
    session.clientId = sandbox::RegistryState::defaultRegistrar();
    session.password = password.readAll();

    // The same names as the sandbox's portfolio (same seed), with nothing else.
    const FixedClock clock(QDateTime::fromString(now, Qt::ISODate));
    const sandbox::RegistryState names(clock);
    const auto data =
        sandbox::SandboxPortfolio::generate(count, 5, clock.now(), names.registrarIds());
    out << "Refresh of " << data.domains.size() << " domains from registry-sandbox on loopback"
        << Qt::endl;

    for (const int sessions : {1, 4}) {
        Database db;
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("portfolio-%1.sqlite").arg(sessions)), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        PortfolioService service(db, clock, QStringLiteral("bench"));
        QList<Domain> domains;
        for (const sandbox::RegistryDomain& d : data.domains) {
            Domain domain;
            domain.aLabel = d.name;
            domain.expiresAt = clock.now().addYears(1);
            domains.append(domain);
        }
        if (!service.addDomains(domains, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        for (const char* what :
             {"first refresh (every domain changes)", "again (nothing changes)"}) {
            RefreshOptions options;
            options.sessions = sessions;
            options.contacts = false;
            RefreshEngine engine(service, clock, session);
            QElapsedTimer timer;
            timer.start();
            const RefreshSummary summary = engine.run(options);
            const double secs = timer.nsecsElapsed() / 1e9;
            out << QStringLiteral("%1 session(s), %2: %3 domains in %4 s = %5 domains/s "
                                  "(%6 changed, %7 flagged, %8 failed)")
                       .arg(sessions)
                       .arg(QLatin1String(what))
                       .arg(summary.checked)
                       .arg(secs, 0, 'f', 2)
                       .arg(summary.checked / secs, 0, 'f', 0)
                       .arg(summary.changed)
                       .arg(summary.flagged)
                       .arg(summary.failed)
                << Qt::endl;
        }
    }
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
