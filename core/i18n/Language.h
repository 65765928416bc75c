#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace rd::i18n {

// Languages the program speaks completely.
QStringList supportedLanguages(); // "pt_PT", "en"

// Picks the language: the requested one (command line or setting) when given,
// else the system's when supported, else English. Returns nullopt-like empty
// string when `requested` is not supported.
QString resolve(const QString& requested, const QLocale& system = QLocale::system());

// The value of "--language X" or "--language=X" among a program's arguments;
// read before anything is printed, so even --help speaks the language.
std::optional<QString> languageArgument(const QStringList& arguments);

// Installs the program's translation and Qt's own for `language` (replacing
// those of an earlier call), and makes its locale the default so dates and
// numbers follow it. Returns the locale used.
QLocale install(QCoreApplication& app, const QString& language);

} // namespace rd::i18n
