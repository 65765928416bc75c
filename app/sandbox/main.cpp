// registry-sandbox: a stand-in for the .PT registry on loopback, for tests,
// demonstrations and trying the desk without a registry account.
#include "RegistryState.h"
#include "SandboxPortfolio.h"
#include "SandboxServer.h"
#include "i18n/Language.h"
#include "rules/Clock.h"
#include "rules/TimeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace {

// The Sandbox::tr() context of this program's messages.
class Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

// Owner-only: it may hold the sandbox registrar's password.
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(bytes) == bytes.size();
}

// The sandbox's clock: starts at --now (or the real time) and runs on.
class RunningClock : public rd::Clock
{
public:
    explicit RunningClock(const QDateTime& start)
        : m_offset(QDateTime::currentDateTimeUtc().msecsTo(start))
    {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offset); }

private:
    qint64 m_offset;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("registry-sandbox"));
    // Messages in the language asked for, else the system's (RFC 5730 result
    // texts stay in English, as the registry's).
    QString language =
        rd::i18n::resolve(rd::i18n::languageArgument(app.arguments()).value_or(QString()));
    if (language.isEmpty())
        language = rd::i18n::resolve({});
    rd::i18n::install(app, language);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Sandbox::tr(
        "A stand-in for the .PT registry: EPP over TLS on loopback, with the .PT extensions "
        "and policies, for tests and demonstrations."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Sandbox::tr("Port to listen on (0: any free port)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption domainsOption(
        QStringLiteral("domains"), Sandbox::tr("Start with a generated portfolio of N domains."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Sandbox::tr("Seed of the generated portfolio."),
                                        QStringLiteral("SEED"), QStringLiteral("1"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       Sandbox::tr("Start the registry's clock at this moment "
                                                   "(ISO 8601 with a zone)."),
                                       QStringLiteral("DATETIME"));
    const QCommandLineOption caOption(
        QStringLiteral("write-ca"),
        Sandbox::tr("Write the certificate authority clients must trust to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption passwordOption(
        QStringLiteral("write-password"),
        Sandbox::tr("Write the password of the sandbox registrar to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
                                        Sandbox::tr("Serve this certificate (PEM) instead of "
                                                    "a generated one; needs --key."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"), Sandbox::tr("Private key (PEM) of --cert."), QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Sandbox::tr("pt_PT or en (default: the system's)."),
                                            QStringLiteral("LANGUAGE"));
    parser.addOptions({languageOption, portOption, domainsOption, seedOption, nowOption, caOption,
                       passwordOption, certOption, keyOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "registry-sandbox: " << Sandbox::tr("--port must be 0 to 65535.") << Qt::endl;
        return 2;
    }
    const int domains = parser.value(domainsOption).toInt(&ok);
    if (!ok || domains < 0) {
        err << "registry-sandbox: " << Sandbox::tr("--domains must be a number of domains.")
            << Qt::endl;
        return 2;
    }
    QDateTime start = QDateTime::currentDateTimeUtc();
    if (parser.isSet(nowOption)) {
        const auto moment = rd::timeformat::parseIsoWithZone(parser.value(nowOption));
        if (!moment) {
            err << "registry-sandbox: "
                << Sandbox::tr("--now needs an ISO 8601 moment with a zone.") << Qt::endl;
            return 2;
        }
        start = *moment;
    }

    RunningClock clock(start);
    rd::sandbox::RegistryState registry(clock, parser.value(seedOption).toULongLong());
    if (domains > 0)
        rd::sandbox::SandboxPortfolio::populate(registry, domains,
                                                parser.value(seedOption).toULongLong());

    rd::sandbox::SandboxServer server(registry);
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        err << "registry-sandbox: " << Sandbox::tr("--cert and --key go together.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(certOption)) {
        QFile cert(parser.value(certOption));
        QFile key(parser.value(keyOption));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            err << "registry-sandbox: " << Sandbox::tr("Cannot read --cert or --key.") << Qt::endl;
            return 2;
        }
        server.setCredentials({cert.readAll(), key.readAll()});
    }
    QObject::connect(&server, &rd::sandbox::SandboxServer::event,
                     [&err](const QString& line) { err << line << Qt::endl; });
    QString error;
    if (!server.start(QHostAddress::LocalHost, quint16(port), &error)) {
        err << "registry-sandbox: " << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(caOption) && !server.writeAuthorityFile(parser.value(caOption), &error)) {
        err << "registry-sandbox: " << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(passwordOption) &&
        !writeFile(parser.value(passwordOption),
                   rd::sandbox::RegistryState::defaultPassword().toUtf8())) {
        err << "registry-sandbox: "
            << Sandbox::tr("Cannot write %1.").arg(parser.value(passwordOption)) << Qt::endl;
        return 1;
    }

    // The registry's own life: lapsed owner changes, deletions 30 days before
    // expiry, automatic renewals. Once a minute is plenty.
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&registry] { registry.tick(); });
    ticker.start(60 * 1000);
    registry.tick();

    out << Sandbox::tr("registry-sandbox listening on 127.0.0.1:%1").arg(server.port()) << '\n'
        << Sandbox::tr("login %1; %2 domains, %3 contacts")
               .arg(rd::sandbox::RegistryState::defaultRegistrar())
               .arg(registry.domainCount())
               .arg(registry.contactCount())
        << Qt::endl;
    return app.exec();
}
