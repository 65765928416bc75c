#include "SandboxFixture.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace rd::test {

SandboxFixture::SandboxFixture()
{
    QString error;
    if (!server.start(QHostAddress::LocalHost, 0, &error))
        qFatal("sandbox: %s", qPrintable(error));
    caFile = dir.filePath(QStringLiteral("ca.pem"));
    if (!server.writeAuthorityFile(caFile))
        qFatal("sandbox: cannot write %s", qPrintable(caFile));

    sandbox::RegistryContact holder;
    holder.id = QStringLiteral("MARI-100002-ADNS");
    holder.name = QStringLiteral("Maria João Ferreira");
    holder.vat = QStringLiteral("PT213456788");
    holder.email = QStringLiteral("mj@example.pt");
    holder.clID = sandbox::RegistryState::defaultRegistrar();
    registry.insertContact(holder);

    sandbox::RegistryDomain domain;
    domain.name = QStringLiteral("xn--caf-dma.pt");
    domain.roid = QStringLiteral("2134454");
    domain.registrant = holder.id;
    domain.techContacts = {holder.id};
    domain.nameServers = {{QStringLiteral("ns1.xn--caf-dma.pt"), {QStringLiteral("192.0.2.1")}},
                          {QStringLiteral("ns.example.net"), {}}};
    domain.clID = sandbox::RegistryState::defaultRegistrar();
    domain.crDate = clock.now().addYears(-2);
    domain.exDate = clock.now().addDays(200);
    domain.autoRenew = true;
    domain.authInfo = QStringLiteral("Cafe-Auth-7x"); // info shows it to the sponsor
    registry.insertDomain(domain);
}

SessionOptions SandboxFixture::options(const QString& password) const
{
    SessionOptions o;
    o.tls.host = QStringLiteral("127.0.0.1");
    o.tls.port = server.port();
    o.tls.caFile = caFile;
    o.tls.readTimeoutMs = 5000;
    o.clientId = sandbox::RegistryState::defaultRegistrar();
    o.password = password.toUtf8();
    o.backoffMs = 50;
    return o;
}

CliRun runCli(const QString& program, const QStringList& arguments,
              const QProcessEnvironment& environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning)
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rd::test
