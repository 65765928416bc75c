#pragma once

#include "EppSession.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QSettings;

namespace rd {
class CredentialStore;
}

namespace rd::ui {

// How the desk reaches the registry: either the profile chosen in the
// settings, its password (and client key passphrase) read from the credential
// store when a session is needed, or a fixed session (the demo's sandbox).
// session() has the shape of the widgets' SessionProvider.
class DeskRegistry
{
    Q_DECLARE_TR_FUNCTIONS(DeskRegistry)

public:
    using Provider = std::function<std::optional<SessionOptions>(QString* error)>;

    // store may be null: then only a fixed session can be used.
    DeskRegistry(QSettings& settings, CredentialStore* store);

    // The demo: every session goes to this registry, whatever the settings say.
    void useFixed(const SessionOptions& options, const QString& label);
    bool isFixed() const { return m_fixed.has_value(); }

    // Whether sync has somewhere to go (a fixed session or a chosen profile).
    bool isConfigured() const;
    // Who the desk talks to, for the status bar: "sandbox (demo)", a profile name...
    QString label() const;
    // The login the portfolio's domains are sponsored by.
    QString clientId() const;

    // The session options, or nullopt with a translated reason (never a secret).
    std::optional<SessionOptions> session(QString* error) const;
    Provider provider() const;

    CredentialStore* credentials() const { return m_store; }

private:
    QSettings& m_settings;
    CredentialStore* m_store;
    std::optional<SessionOptions> m_fixed;
    QString m_fixedLabel;
};

} // namespace rd::ui
