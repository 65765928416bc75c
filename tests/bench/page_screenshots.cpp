// Renders the domain, contact and action pages over the demo portfolio to PNG
// files, in English and Portuguese, and the domain page on a dark palette.
// Usage: page_screenshots [FOLDER]   (default docs/screenshots)
#include "AppIdentity.h"
#include "i18n/Language.h"
#include "pages/ActionsPage.h"
#include "pages/ContactsPage.h"
#include "pages/DomainsPage.h"
#include "rules/Clock.h"
#include "service/DemoPortfolio.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <cstdio>

using namespace rd;

namespace {

bool shoot(QWidget& page, const QString& path)
{
    page.resize(1280, 520);
    page.show();
    QApplication::processEvents();
    const bool saved = page.grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "could not write", qUtf8Printable(path));
    return saved;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    dark.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Highlight, QColor(0x3A, 0x6E, 0xA5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    return dark;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTemporaryDir home;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    const QString folder =
        app.arguments().size() > 1 ? app.arguments().at(1) : QStringLiteral("docs/screenshots");
    QDir().mkpath(folder);

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pt_PT")}) {
        i18n::install(app, language);
        QSettings().clear(); // default columns, as measured in this language
        QTemporaryDir dir;
        Database db;
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("demo.sqlite")), &error)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        PortfolioService service(db, clock, QStringLiteral("demo"));
        if (DemoPortfolio::seed(service, &error) < 0) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        const auto file = [&](const char* name) {
            return QDir(folder).filePath(
                QStringLiteral("tables-%1-%2.png").arg(QLatin1String(name), language));
        };
        {
            ui::DomainsPage page(service);
            ok &= shoot(page, file("domains"));
        }
        {
            ui::ContactsPage page(service);
            ok &= shoot(page, file("contacts"));
        }
        {
            ui::ActionsPage page(service);
            ok &= shoot(page, file("actions"));
        }
        if (language == QStringLiteral("en")) {
            const QPalette light = QApplication::palette();
            QApplication::setPalette(darkPalette());
            ui::DomainsPage page(service);
            ok &= shoot(page, file("domains-dark"));
            QApplication::setPalette(light);
        }
    }
    return ok ? 0 : 1;
}
