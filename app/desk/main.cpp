#include "AppIdentity.h"
#include "MainWindow.h"
#include "i18n/Language.h"
#include "rules/TimeFormat.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <memory>

namespace {

// Translation context for the desk's start-up messages.
class Desk
{
    Q_DECLARE_TR_FUNCTIONS(Desk)
};

int fatal(bool interactive, const QString& message)
{
    if (interactive)
        QMessageBox::critical(nullptr, Desk::tr("Registrar Desk"), message);
    else
        qCritical("%s", qUtf8Printable(message));
    return 3;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    rd::setApplicationIdentity();

    // Language first (command line, then the saved setting, then the system's),
    // so that even --help speaks it.
    QSettings settings;
    const std::optional<QString> given = rd::i18n::languageArgument(QApplication::arguments());
    const QString requested =
        given ? *given : settings.value(QStringLiteral("language")).toString();
    QString language = rd::i18n::resolve(requested);
    if (language.isEmpty())
        language = rd::i18n::resolve({});
    rd::i18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Desk::tr("The support desk for .pt domains."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Desk::tr("Portfolio database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Desk::tr("pt_PT or en (default: the system's)."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), Desk::tr("Render the main window to a PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption nowOption(
        QStringLiteral("now"), Desk::tr("Run as if it were this moment (ISO 8601 with a zone)."),
        QStringLiteral("DATETIME"));
    const QCommandLineOption noDemoOption(
        QStringLiteral("no-demo"), Desk::tr("Start a new database empty, without the demo."));
    parser.addOptions({dbOption, languageOption, screenshotOption, nowOption, noDemoOption});
    parser.process(app);

    const bool interactive = !parser.isSet(screenshotOption);
    std::unique_ptr<rd::Clock> clock = std::make_unique<rd::SystemClock>();
    if (parser.isSet(nowOption)) {
        const auto moment = rd::timeformat::parseIsoWithZone(parser.value(nowOption));
        if (!moment)
            return fatal(interactive, Desk::tr("--now: \"%1\" is not an ISO "
                                               "8601 date and time with a time zone.")
                                          .arg(parser.value(nowOption)));
        clock = std::make_unique<rd::FixedClock>(*moment);
    }

    rd::Database db;
    QString error;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : rd::Database::defaultPath();
    if (!db.open(path, &error))
        return fatal(interactive, error);

    rd::PortfolioService service(db, *clock, rd::agentName(QStringLiteral("desk")));
    if (!service.prepareAfterOpen(&error))
        return fatal(interactive, error);
    // A first run opens on a small demo portfolio, so the desk shows what it does.
    if (db.wasCreated() && !parser.isSet(noDemoOption) &&
        rd::DemoPortfolio::seed(service, &error) < 0)
        return fatal(interactive, error);

    rd::ui::MainWindow window(service);
    window.show();

    if (!interactive) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                qCritical("%s", qUtf8Printable(Desk::tr("Cannot write the screenshot %1.")
                                                   .arg(QDir::toNativeSeparators(file))));
            app.exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
