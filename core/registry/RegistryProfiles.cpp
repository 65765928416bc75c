#include "registry/RegistryProfiles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace rd {
namespace {

const QString Group = QStringLiteral("registry-profiles");

QString groupOf(const QString& name)
{
    return Group + QLatin1Char('/') + name;
}

// The name becomes a settings group and part of a keychain account
// ("<name>/epp-password"), so it stays a plain word: no slash, no space.
bool isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return pattern.match(name).hasMatch();
}

// clIDType is an XML Schema token of 3 to 16 characters (RFC 5730 section 4,
// eppcom-1.0.xsd): no tab or line break, no leading, trailing or doubled space.
bool isToken(const QString& text)
{
    if (text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')) ||
        text.contains(QLatin1String("  ")))
        return false;
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    });
}

qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size(); // a character outside the BMP is one, not two UTF-16 units
}

} // namespace

QList<RegistryProfile> RegistryProfiles::builtIns()
{
    RegistryProfile production;
    production.name = QStringLiteral("production");
    RegistryProfile ote;
    ote.name = QStringLiteral("ote");
    ote.sandbox = true;
    RegistryProfile sandbox;
    sandbox.name = QStringLiteral("sandbox");
    sandbox.host = QStringLiteral("127.0.0.1");
    sandbox.sandbox = true;
    return {production, ote, sandbox};
}

bool RegistryProfiles::isBuiltIn(const QString& name)
{
    const QList<RegistryProfile> profiles = builtIns();
    return std::any_of(profiles.begin(), profiles.end(),
                       [&](const RegistryProfile& p) { return p.name == name; });
}

QList<RegistryProfileProblem> RegistryProfiles::validate(const RegistryProfile& profile)
{
    QList<RegistryProfileProblem> problems;
    auto problem = [&](RegistryProfileField field, const QString& reason) {
        problems.append({field, reason});
    };

    if (!isValidName(profile.name)) {
        problem(RegistryProfileField::Name,
                tr("The profile name must be 1 to 32 letters, digits, dots, hyphens or "
                   "underscores, starting with a letter or a digit."));
    }

    static const QRegularExpression notInHost(QStringLiteral("[\\s/]"));
    if (profile.host.isEmpty()) {
        problem(RegistryProfileField::Host,
                tr("Fill in the host name of the registry's EPP server."));
    } else if (profile.host.contains(notInHost)) {
        problem(RegistryProfileField::Host,
                tr("The host %1 is not a host name or an address: no spaces, no scheme, no "
                   "path.")
                    .arg(profile.host));
    }

    if (profile.port < 1 || profile.port > 65535)
        problem(RegistryProfileField::Port, tr("The port must be between 1 and 65535."));

    const qsizetype loginLength = characterCount(profile.loginId);
    if (loginLength < 3 || loginLength > 16) {
        problem(
            RegistryProfileField::LoginId,
            tr("The login id must have 3 to 16 characters; it has %n.", nullptr, int(loginLength)));
    } else if (!isToken(profile.loginId)) {
        problem(RegistryProfileField::LoginId,
                tr("The login id cannot start or end with a space, hold two spaces in a row, "
                   "a tab or a line break."));
    }

    // One sentence per field and case, so that each translates whole.
    auto checkFile = [&](RegistryProfileField field, const QString& path, const QString& missing,
                         const QString& unreadable) {
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        if (!info.exists())
            problem(field, missing.arg(path));
        else if (!info.isFile() || !info.isReadable())
            problem(field, unreadable.arg(path));
    };
    checkFile(RegistryProfileField::CaFile, profile.caFile,
              tr("The CA certificate file %1 does not exist."),
              tr("The CA certificate file %1 is not a file this program can read."));
    checkFile(RegistryProfileField::ClientCertFile, profile.clientCertFile,
              tr("The client certificate file %1 does not exist."),
              tr("The client certificate file %1 is not a file this program can read."));
    checkFile(RegistryProfileField::ClientKeyFile, profile.clientKeyFile,
              tr("The client key file %1 does not exist."),
              tr("The client key file %1 is not a file this program can read."));
    return problems;
}

QStringList RegistryProfiles::names() const
{
    QStringList names;
    for (const RegistryProfile& builtIn : builtIns())
        names.append(builtIn.name);
    m_settings.beginGroup(Group);
    QStringList saved = m_settings.childGroups();
    m_settings.endGroup();
    saved.sort();
    for (const QString& name : std::as_const(saved)) {
        if (isValidName(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

QList<RegistryProfile> RegistryProfiles::all() const
{
    QList<RegistryProfile> profiles;
    for (const QString& name : names())
        profiles.append(*profile(name));
    return profiles;
}

std::optional<RegistryProfile> RegistryProfiles::profile(const QString& name) const
{
    if (isSaved(name))
        return load(name);
    for (const RegistryProfile& builtIn : builtIns()) {
        if (builtIn.name == name)
            return builtIn;
    }
    return std::nullopt;
}

bool RegistryProfiles::isSaved(const QString& name) const
{
    if (!isValidName(name))
        return false;
    m_settings.beginGroup(Group);
    const bool saved = m_settings.childGroups().contains(name);
    m_settings.endGroup();
    return saved;
}

RegistryProfile RegistryProfiles::load(const QString& name) const
{
    // A key missing from the file keeps the built-in's (or the default) value.
    RegistryProfile profile;
    profile.name = name;
    for (const RegistryProfile& builtIn : builtIns()) {
        if (builtIn.name == name)
            profile = builtIn;
    }
    m_settings.beginGroup(groupOf(name));
    profile.host = m_settings.value(QStringLiteral("host"), profile.host).toString();
    profile.port = m_settings.value(QStringLiteral("port"), profile.port).toInt();
    profile.loginId = m_settings.value(QStringLiteral("login-id"), profile.loginId).toString();
    profile.caFile = m_settings.value(QStringLiteral("ca-file"), profile.caFile).toString();
    profile.clientCertFile =
        m_settings.value(QStringLiteral("client-cert-file"), profile.clientCertFile).toString();
    profile.clientKeyFile =
        m_settings.value(QStringLiteral("client-key-file"), profile.clientKeyFile).toString();
    profile.sandbox = m_settings.value(QStringLiteral("sandbox"), profile.sandbox).toBool();
    m_settings.endGroup();
    return profile;
}

bool RegistryProfiles::save(const RegistryProfile& profile, QString* error)
{
    const QList<RegistryProfileProblem> problems = validate(profile);
    if (!problems.isEmpty()) {
        if (error) {
            QStringList reasons;
            for (const RegistryProfileProblem& p : problems)
                reasons.append(p.reason);
            *error = tr("The registry profile %1 cannot be saved:").arg(profile.name) +
                     QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
        }
        return false;
    }
    // Written whole, so that a later change to a built-in's defaults does not
    // change a profile the user saved.
    m_settings.remove(groupOf(profile.name));
    m_settings.beginGroup(groupOf(profile.name));
    m_settings.setValue(QStringLiteral("host"), profile.host);
    m_settings.setValue(QStringLiteral("port"), profile.port);
    m_settings.setValue(QStringLiteral("login-id"), profile.loginId);
    m_settings.setValue(QStringLiteral("ca-file"), profile.caFile);
    m_settings.setValue(QStringLiteral("client-cert-file"), profile.clientCertFile);
    m_settings.setValue(QStringLiteral("client-key-file"), profile.clientKeyFile);
    m_settings.setValue(QStringLiteral("sandbox"), profile.sandbox);
    m_settings.endGroup();
    return sync(error);
}

bool RegistryProfiles::remove(const QString& name, QString* error)
{
    if (!isSaved(name)) {
        if (isBuiltIn(name))
            return true; // already at its defaults
        if (error)
            *error = tr("There is no registry profile named %1.").arg(name);
        return false;
    }
    m_settings.remove(groupOf(name));
    return sync(error);
}

bool RegistryProfiles::sync(QString* error)
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("Cannot write the settings file %1.").arg(m_settings.fileName());
    return false;
}

} // namespace rd
