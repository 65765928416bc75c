#pragma once

// What the report tests share: a seeded portfolio at a fixed moment, the
// program's translation switched per test row, golden files, and poppler.

#include "ReportFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTranslator>
#include <memory>

namespace rd::test {

struct ReportEnv
{
    TestDatabase database;
    FixedClock clock{fixtureNow()};
    PortfolioService service{database.db(), clock, QStringLiteral("desk-test")};
};

// The program's own translation for the language, as the programs install it
// (English has one too: its plural forms).
class LanguageSwitch
{
public:
    QLocale use(const QString& language)
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/registrar-desk_%1.qm").arg(language)))
            qFatal("no translation for %s", qPrintable(language));
        QCoreApplication::installTranslator(m_translator.get());
        return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                               : QLocale(language);
    }
    ~LanguageSwitch()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

// The fixture, seeded in English whatever the previous test row used: its
// history lines are written in the language of the moment.
inline bool seed(ReportEnv& env, LanguageSwitch& language, QString* error)
{
    language.use(QStringLiteral("en"));
    return seedReportPortfolio(env.service, fixtureNow(), error);
}

inline QTimeZone lisbon()
{
    return QTimeZone(QByteArrayLiteral("Europe/Lisbon"));
}

// Compares with tests/reports/data/NAME. RD_UPDATE_GOLDENS=1 rewrites the file
// instead (then review the diff with git before committing it).
inline bool matchesGolden(const QString& name, const QByteArray& actual, QString* message)
{
    const QString path =
        qEnvironmentVariable("RD_SOURCE_DIR") + QStringLiteral("/tests/reports/data/") + name;
    if (qEnvironmentVariableIntValue("RD_UPDATE_GOLDENS") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual) != actual.size()) {
            *message = QStringLiteral("cannot write ") + path;
            return false;
        }
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("missing golden file ") + path +
                   QStringLiteral(" (RD_UPDATE_GOLDENS=1 writes it)");
        return false;
    }
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return true;
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            *message = QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                           .arg(path)
                           .arg(i + 1)
                           .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
            return false;
        }
    }
    *message = path + QStringLiteral(" differs");
    return false;
}

// The text of a PDF, one string per page (pdftotext separates pages with a form feed).
inline QStringList pdfPages(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s: %s", qPrintable(pdf),
               process.readAllStandardError().constData());
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Each of `expected` found in `text`, in that order; the first missing one otherwise.
inline QString missingInOrder(const QString& text, const QStringList& expected)
{
    qsizetype from = 0;
    for (const QString& piece : expected) {
        const qsizetype at = text.indexOf(piece, from);
        if (at < 0)
            return piece;
        from = at + piece.size();
    }
    return {};
}

} // namespace rd::test
