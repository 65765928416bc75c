#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace rd::i18n {

QStringList supportedLanguages()
{
    return {QStringLiteral("pt_PT"), QStringLiteral("en")};
}

QString resolve(const QString& requested, const QLocale& system)
{
    if (!requested.isEmpty()) {
        if (requested == QLatin1String("pt") || requested.startsWith(QLatin1String("pt_")))
            return requested == QLatin1String("pt_BR") ? QString() : QStringLiteral("pt_PT");
        if (requested == QLatin1String("en") || requested.startsWith(QLatin1String("en_")))
            return QStringLiteral("en");
        return {};
    }
    // European Portuguese only: a Brazilian system gets English rather than a
    // variant the desk does not speak.
    if (system.language() == QLocale::Portuguese && system.territory() != QLocale::Brazil)
        return QStringLiteral("pt_PT");
    return QStringLiteral("en");
}

QLocale install(QCoreApplication& app, const QString& language)
{
    // English at a Portuguese desk: day-first dates and a 24-hour clock.
    const QLocale locale = language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(language);
    QLocale::setDefault(locale);

    // What an earlier call installed goes first, so the language can change.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator>& translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();
    const auto add = [&](QTranslator* translator) {
        QCoreApplication::installTranslator(translator);
        installed.append(translator);
    };

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/registrar-desk_%1.qm").arg(language)))
        add(own);
    else
        delete own;

    // Qt's own strings: Debian ships qt_pt_PT.qm but no qtbase_pt_PT.qm.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const auto& catalogue : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(language), catalogue, QStringLiteral("_"), qtDir)) {
            add(qt);
            break;
        }
        delete qt;
    }
    // qt_pt_PT.qm predates Qt 6 and lacks, among others, the standard buttons
    // of every dialog (QPlatformTheme), the wizard's and the print preview's:
    // the project's own European Portuguese fills them. Installed last, it is
    // asked first.
    auto* supplement = new QTranslator(&app);
    if (supplement->load(QStringLiteral(":/i18n/qt-supplement_%1.qm").arg(language)))
        add(supplement);
    else
        delete supplement;
    return locale;
}

std::optional<QString> languageArgument(const QStringList& arguments)
{
    const QLatin1String option("--language");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return std::nullopt;
}

} // namespace rd::i18n
