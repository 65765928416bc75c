#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rd::i18n {

// Languages the program speaks completely.
QStringList supportedLanguages(); // "pt_PT", "en"

// Picks the language: the requested one (command line or setting) when given,
// else the system's when supported, else English. Returns nullopt-like empty
// string when `requested` is not supported.
QString resolve(const QString& requested, const QLocale& system = QLocale::system());

// Installs the program's translation and Qt's own for `language`, and makes its
// locale the default so dates and numbers follow it. Returns the locale used.
QLocale install(QCoreApplication& app, const QString& language);

} // namespace rd::i18n
