#pragma once

#include "EppSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <optional>

class QCommandLineParser;

namespace rd::cli {

// The connection options every networked command takes:
//   --profile NAME
//   --registry HOST[:PORT] --login ID --password-file FILE
//   [--ca FILE] [--cert FILE --key FILE [--key-passphrase-file FILE]]
// A profile gives the host, login and files; its password comes from the
// keychain unless --password-file names a file (for scheduled jobs).
class RegistryConnection
{
    Q_DECLARE_TR_FUNCTIONS(RegistryConnection)

public:
    static QList<QCommandLineOption> options();
    // The session options, or nullopt with a message that names the option
    // (never a secret).
    static std::optional<SessionOptions> from(const QCommandLineParser& parser, QString* error);

    // HOST, HOST:PORT or [IPv6]:PORT; the port is 700 unless given.
    static std::optional<std::pair<QString, int>> endpoint(const QString& text, QString* error);
    // A file holding one secret; a final line end is not part of it.
    static std::optional<QByteArray> readSecretFile(const QString& option, const QString& path,
                                                    QString* error);
};

} // namespace rd::cli
