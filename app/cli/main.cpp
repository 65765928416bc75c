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
