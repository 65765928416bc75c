#pragma once

#include "rules/Clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace rd {
class Database;
class PortfolioService;
} // namespace rd

namespace rd::cli {

// Exit codes a scheduler can act on.
enum ExitCode
{
    Success = 0,
    Invalid = 1,        // the input was understood but is not valid, or was refused
    UsageError = 2,     // unknown command or option, missing or malformed argument
    StorageError = 3,   // the database could not be opened or written
    RegistryError = 4,  // the registry could not be reached, or refused the login
    OutcomeUnknown = 5, // a command was sent but its answer never came: check before retrying
};

// Options that apply to every command. They may stand anywhere on the line,
// as "--db FILE" or "--db=FILE".
struct GlobalOptions
{
    QString db;
    QString language;
    QString now;
};

// Takes the global options out of arguments. Returns the name of an option
// given without a value, or an empty string.
QString takeGlobalOptions(QStringList& arguments, GlobalOptions* options);

// registrar-desk-cli: the desk's core for scripts and scheduled jobs.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err);
    ~Cli();

    // arguments without the program name and without the global options.
    int run(QStringList arguments, const GlobalOptions& options);
    // Reported after the language is installed, so it is said in that language.
    int missingValue(const QString& option);

private:
    int dispatch(QStringList arguments, const GlobalOptions& options);
    int usage(const QString& message);
    int fail(int code, const QString& message);
    bool openPortfolio(int* exitCode);
    bool takeDateTime(const QString& option, const QString& text, QDateTime* out, int* exitCode);

    int check(const QStringList& args);
    int domain(const QStringList& args);
    int domainAdd(const QStringList& args);
    int domainList(const QStringList& args);
    int domainShow(const QStringList& args);
    int contact(const QStringList& args);
    int contactAdd(const QStringList& args);
    int contactList(const QStringList& args);
    int contactShow(const QStringList& args);
    int action(const QStringList& args);
    int deadlines(const QStringList& args);
    int settings(const QStringList& args);
    int epp(const QStringList& args);
    int profile(const QStringList& args);
    int sync(const QStringList& args);
    int change(const QStringList& args);
    int drafts(const QStringList& args);
    int importFile(const QStringList& args); // CliImport.cpp
    int importUndo(const QStringList& args);
    int exportFile(const QStringList& args); // CliExport.cpp
    int report(const QStringList& args);     // CliReport.cpp
    int calendar(const QStringList& args);   // CliReport.cpp
    bool takeDays(const QString& text, int* days, int* exitCode);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dbPath;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioService> m_service;
    // A partial import wrote its valid rows: the database stays even when the
    // command ends with rows rejected.
    bool m_keepDatabase = false;
};

} // namespace rd::cli
