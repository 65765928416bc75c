#include "AppIdentity.h"
#include "Cli.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    rd::setApplicationIdentity();

    QStringList args = QCoreApplication::arguments().mid(1);
    // The language comes first: every message after it is in that language.
    QString requested;
    const int at = args.indexOf(QStringLiteral("--language"));
    if (at >= 0 && at + 1 < args.size())
        requested = args.at(at + 1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString language = rd::i18n::resolve(requested);
    if (language.isEmpty()) {
        err << QCoreApplication::translate("Cli", "--language: \"%1\" is not a language this "
                                                  "program speaks; use pt_PT or en.")
                   .arg(requested)
            << Qt::endl;
        return rd::cli::UsageError;
    }
    rd::i18n::install(app, language);

    rd::cli::Cli cli(out, err);
    return cli.run(args);
}
