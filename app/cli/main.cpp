#include "AppIdentity.h"
#include "Cli.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

// The command word: the first argument that is not a global option.
QString commandOf(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    rd::cli::GlobalOptions ignored;
    rd::cli::takeGlobalOptions(args, &ignored);
    return args.value(0);
}

QtMessageHandler previousHandler = nullptr;

// Scheduled jobs run without XDG_RUNTIME_DIR, and starting the GUI side of Qt
// then warns about it on stderr, which cron mails to someone. The offscreen
// platform needs no runtime folder: that one warning is dropped.
void quietRuntimeDir(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // A PDF report lays text out with fonts, which need a QGuiApplication; the
    // offscreen platform gives one without a display. Only "report" pays for
    // it: loading the platform plugin and the font database would slow every
    // other command, and scheduled jobs run those often.
    std::unique_ptr<QCoreApplication> application;
    if (commandOf(argc, argv) == QLatin1String("report")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietRuntimeDir);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    rd::setApplicationIdentity();

    QStringList args = QCoreApplication::arguments().mid(1);
    rd::cli::GlobalOptions options;
    const QString withoutValue = rd::cli::takeGlobalOptions(args, &options);
    // The language comes first: every message after it is in that language.
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString language = rd::i18n::resolve(options.language);
    if (language.isEmpty()) {
        err << QCoreApplication::translate("Cli", "--language: \"%1\" is not a language this "
                                                  "program speaks; use pt_PT or en.")
                   .arg(options.language)
            << Qt::endl;
        return rd::cli::UsageError;
    }
    rd::i18n::install(app, language);

    rd::cli::Cli cli(out, err);
    if (!withoutValue.isEmpty())
        return cli.missingValue(withoutValue);
    return cli.run(args, options);
}
