#include "RegistryConnection.h"

#include "FallbackCredentialStore.h"
#include "registry/RegistryProfiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace rd::cli {
namespace {

QCommandLineOption valued(const char* name, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), {}, QString::fromLatin1(valueName));
}

} // namespace

// A secret file holds the secret alone; the line end an editor adds is not part of it.
std::optional<QByteArray> RegistryConnection::readSecretFile(const QString& option,
                                                             const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read %2 (%3).")
                     .arg(option, QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QByteArray secret = file.readAll();
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        *error = tr("%1: %2 is empty.").arg(option, QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return secret;
}

std::optional<std::pair<QString, int>> RegistryConnection::endpoint(const QString& text,
                                                                    QString* error)
{
    QString host = text;
    QString port;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && text.indexOf(QLatin1Char(':')) == colon) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    } else if (text.startsWith(QLatin1Char('[')) && text.contains(QLatin1String("]:"))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2); // [::1] without a port
    int number = 700;
    if (!port.isEmpty()) {
        bool ok = false;
        number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535) {
            *error = tr("--registry: \"%1\" is not a port from 1 to 65535.").arg(port);
            return std::nullopt;
        }
    }
    return std::make_pair(host, number);
}

QList<QCommandLineOption> RegistryConnection::options()
{
    return {valued("profile", "NAME"), valued("registry", "HOST:PORT"),
            valued("login", "ID"),     valued("password-file", "FILE"),
            valued("ca", "FILE"),      valued("cert", "FILE"),
            valued("key", "FILE"),     valued("key-passphrase-file", "FILE")};
}

std::optional<SessionOptions> RegistryConnection::from(const QCommandLineParser& parser,
                                                       QString* error)
{
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&](const char* name) { return parser.isSet(QString::fromLatin1(name)); };

    RegistryProfile profile;
    if (isSet("profile")) {
        if (isSet("registry")) {
            *error = tr("Give either --profile or --registry, not both.");
            return std::nullopt;
        }
        QSettings settings;
        const std::optional<RegistryProfile> saved =
            RegistryProfiles(settings).profile(value("profile"));
        if (!saved) {
            *error = tr("--profile: there is no registry profile named %1.").arg(value("profile"));
            return std::nullopt;
        }
        profile = *saved;
    } else if (isSet("registry")) {
        const std::optional<std::pair<QString, int>> at = endpoint(value("registry"), error);
        if (!at)
            return std::nullopt;
        profile.name = QStringLiteral("command-line");
        profile.host = at->first;
        profile.port = at->second;
    } else {
        *error = tr("Say which registry to use: --profile NAME, or --registry HOST:PORT with "
                    "--login and --password-file.");
        return std::nullopt;
    }
    if (isSet("login"))
        profile.loginId = value("login");
    if (isSet("ca"))
        profile.caFile = value("ca");
    if (isSet("cert"))
        profile.clientCertFile = value("cert");
    if (isSet("key"))
        profile.clientKeyFile = value("key");

    const QList<RegistryProfileProblem> problems = RegistryProfiles::validate(profile);
    if (!problems.isEmpty()) {
        *error = problems.constFirst().reason;
        return std::nullopt;
    }

    SessionOptions options;
    options.tls.host = profile.host;
    options.tls.port = quint16(profile.port);
    options.tls.caFile = profile.caFile;
    options.tls.certificateFile = profile.clientCertFile;
    options.tls.keyFile = profile.clientKeyFile;
    options.clientId = profile.loginId;
    // One-shot: a refused or dropped connection is reported, not retried for minutes.
    options.maxReconnects = 1;

    if (isSet("password-file")) {
        const std::optional<QByteArray> password =
            readSecretFile(QStringLiteral("--password-file"), value("password-file"), error);
        if (!password)
            return std::nullopt;
        options.password = *password;
    } else if (isSet("profile")) {
        FallbackCredentialStore store;
        CredentialReadResult read = store.readNow(profile.name, CredentialKey::EppPassword);
        if (!read.ok()) {
            *error = tr("%1 Give the password with --password-file FILE.").arg(read.message);
            return std::nullopt;
        }
        options.password = read.secret.bytes();
        read.secret.clear();
    } else {
        *error = tr("--registry needs --password-file FILE: the password is never given on the "
                    "command line, where other users could see it.");
        return std::nullopt;
    }

    if (isSet("key-passphrase-file")) {
        const std::optional<QByteArray> passphrase = readSecretFile(
            QStringLiteral("--key-passphrase-file"), value("key-passphrase-file"), error);
        if (!passphrase)
            return std::nullopt;
        options.tls.keyPassphrase = *passphrase;
    } else if (isSet("profile") && !profile.clientKeyFile.isEmpty()) {
        // An encrypted client key: its passphrase sits beside the password.
        FallbackCredentialStore store;
        CredentialReadResult read = store.readNow(profile.name, CredentialKey::ClientKeyPassphrase);
        if (read.ok())
            options.tls.keyPassphrase = read.secret.bytes();
        read.secret.clear();
    }
    return options;
}

} // namespace rd::cli
