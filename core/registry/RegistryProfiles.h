#pragma once

#include "registry/RegistryProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class QSettings;

namespace rd {

// The registry profiles of this desk, kept in QSettings under
// "registry-profiles/<name>" without any secret. Three built-ins always
// exist: "production" and "ote" (host left empty: the registry gives it to
// the registrar), and "sandbox" (the local registry sandbox on 127.0.0.1). A
// saved profile of the same name takes a built-in's place; removing it brings
// the built-in back.
class RegistryProfiles
{
    Q_DECLARE_TR_FUNCTIONS(RegistryProfiles)

public:
    explicit RegistryProfiles(QSettings& settings)
        : m_settings(settings)
    {}

    static QList<RegistryProfile> builtIns();
    static bool isBuiltIn(const QString& name);

    // Every problem of `profile`, empty when it can be used.
    static QList<RegistryProfileProblem> validate(const RegistryProfile& profile);

    // Built-ins first in their fixed order, then the user's profiles by name.
    QStringList names() const;
    QList<RegistryProfile> all() const;
    std::optional<RegistryProfile> profile(const QString& name) const;
    // Whether the settings hold this profile (a built-in may not be saved yet).
    bool isSaved(const QString& name) const;

    // Validates, then writes and syncs. On failure returns false with a
    // translated message (every problem, one per line) and writes nothing.
    bool save(const RegistryProfile& profile, QString* error);
    // Forgets a saved profile; a built-in goes back to its defaults.
    bool remove(const QString& name, QString* error);

private:
    RegistryProfile load(const QString& name) const;
    bool sync(QString* error);

    QSettings& m_settings;
};

} // namespace rd
