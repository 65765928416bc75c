#pragma once

#include <QCoreApplication>

namespace rd {

// Both executables call this first, so they agree on the data folder
// (~/.local/share/RegistrarDesk on Linux) and on the settings file.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("registrar-desk.pt"));
    QCoreApplication::setApplicationName(QStringLiteral("RegistrarDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
}

// Who is at the keyboard, as history lines record it.
inline QString agentName(const QString& fallback)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? fallback : user;
}

} // namespace rd
