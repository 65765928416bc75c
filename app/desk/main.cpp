#include "AppIdentity.h"
#include "DemoSandbox.h"
#include "DeskRegistry.h"
#include "FallbackCredentialStore.h"
#include "MainWindow.h"
#include "i18n/Language.h"
#include "rules/TimeFormat.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"
#include "settings/DeskSettings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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
    const rd::ui::DeskSettings desk = rd::ui::DeskSettings::load(settings);
    const std::optional<QString> given = rd::i18n::languageArgument(QApplication::arguments());
    QString language = rd::i18n::resolve(given ? *given : desk.language);
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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Desk::tr("Start the registry sandbox in this program with a generated portfolio, sync a "
                 "throwaway database from it (removed at exit, unless --db names a new file to "
                 "keep) and open the desk on it."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"), Desk::tr("The page to open: today, domains, contacts or actions."),
        QStringLiteral("VIEW"), QStringLiteral("today"));
    parser.addOptions({dbOption, languageOption, screenshotOption, nowOption, noDemoOption,
                       demoOption, viewOption});
    parser.process(app);

    const bool interactive = !parser.isSet(screenshotOption);
    const QStringList views = {QStringLiteral("today"), QStringLiteral("domains"),
                               QStringLiteral("contacts"), QStringLiteral("actions")};
    const int view = int(views.indexOf(parser.value(viewOption)));
    if (view < 0)
        return fatal(interactive, Desk::tr("--view: \"%1\" is not one of today, domains, "
                                           "contacts or actions.")
                                      .arg(parser.value(viewOption)));
    // The demo builds its portfolio into a new file only: never into someone's.
    if (parser.isSet(demoOption) && parser.isSet(dbOption) &&
        QFileInfo::exists(parser.value(dbOption)))
        return fatal(interactive, Desk::tr("--demo --db: %1 exists already; the demo only "
                                           "writes a new database file.")
                                      .arg(QDir::toNativeSeparators(parser.value(dbOption))));

    // One clock for the desk and, in the demo, the registry: their deadlines agree.
    std::unique_ptr<rd::Clock> clock = std::make_unique<rd::SystemClock>();
    if (parser.isSet(nowOption)) {
        const auto moment = rd::timeformat::parseIsoWithZone(parser.value(nowOption));
        if (!moment)
            return fatal(interactive, Desk::tr("--now: \"%1\" is not an ISO "
                                               "8601 date and time with a time zone.")
                                          .arg(parser.value(nowOption)));
        clock = std::make_unique<rd::FixedClock>(*moment);
    }

    QString error;
    std::unique_ptr<rd::DemoSandbox> demo;
    QString path = parser.isSet(dbOption)         ? parser.value(dbOption)
                   : !desk.databasePath.isEmpty() ? desk.databasePath
                                                  : rd::Database::defaultPath();
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<rd::DemoSandbox>(*clock);
        if (!demo->start(&error))
            return fatal(interactive, Desk::tr("The demo registry cannot start: %1").arg(error));
        if (!parser.isSet(dbOption))
            path = demo->databasePath();
    }

    rd::Database db;
    if (!db.open(path, &error))
        return fatal(interactive, error);

    rd::PortfolioService service(db, *clock, rd::agentName(QStringLiteral("desk")));
    if (!service.prepareAfterOpen(&error))
        return fatal(interactive, error);
    if (demo) {
        if (demo->build(service, &error) < 0)
            return fatal(interactive,
                         Desk::tr("The demo portfolio cannot be built: %1").arg(error));
    } else if (db.wasCreated() && !parser.isSet(noDemoOption) &&
               rd::DemoPortfolio::seed(service, &error) < 0) {
        // A first run opens on a small demo portfolio, so the desk shows what it does.
        return fatal(interactive, error);
    }

    // Passwords: the system keychain, else memory for this session (said in a
    // banner). A screenshot takes no input, so it asks no keychain.
    std::unique_ptr<rd::FallbackCredentialStore> store;
    if (interactive)
        store = std::make_unique<rd::FallbackCredentialStore>();
    rd::ui::DeskRegistry registry(settings, store.get());
    if (demo)
        registry.useFixed(demo->session(), Desk::tr("sandbox (demo)"));

    rd::ui::MainWindow window(service, *clock, registry);
    if (store && store->usingFallback())
        window.setCredentialNotice(store->fallbackMessage(), store->fallbackReason());
    window.showPage(rd::ui::MainWindow::Page(view));
    // A picture of a table shows its first row's details beside it.
    if (!interactive)
        window.chooseFirstRow();
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
