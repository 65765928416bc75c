#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <optional>

namespace rd {
class PortfolioService;
struct Contact;
struct Domain;
struct Deadline;
} // namespace rd

namespace rd::reports {

struct ReportRequest
{
    ReportKind kind = ReportKind::Briefing;
    int withinDays = 30; // deletions: the window from now, unless from/to are given
    QDateTime from;      // deletions: an explicit window (both or neither)
    QDateTime to;
    QString domain;  // dossier: U-label or A-label
    QString contact; // personal-data: the contact's handle
};

// Builds the desk's reports from the portfolio, as of the service's clock, with
// moments shown in `zone` and dates and numbers in `locale`; the words come
// from the current translation.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    ReportBuilder(PortfolioService& service, const QTimeZone& zone, const QLocale& locale);

    // The portfolio setting that names the registrar on every page.
    static QString registrarSettingKey(); // registrar.name

    // Fails (with a translated reason) for an unknown domain or contact, or a
    // window that ends before it starts.
    std::optional<Report> build(const ReportRequest& request, QString* error) const;

    Report briefing() const;
    Report deletions(const QDateTime& from, const QDateTime& to, int withinDays) const;
    Report actions() const;
    std::optional<Report> dossier(const QString& domainName, QString* error) const;
    std::optional<Report> personalData(const QString& handle, QString* error) const;
    Report programmes() const;

    // Monday 00:00 of the week of `moment`, in the report's zone: weeks in the
    // reports run Monday to Sunday (ISO 8601).
    QDate weekStart(const QDateTime& moment) const;

private:
    Report start(ReportKind kind, const QString& title) const;
    QString when(const QDateTime& moment) const; // date and time, or a dash
    QString day(const QDateTime& moment) const;  // date, or a dash
    QString number(qint64 value) const;
    QString weekTitle(const QDate& monday, int count) const;
    ReportChart deletionsPerWeek(const QList<Deadline>& deadlines, int weeks) const;
    QStringList contactLines(const Contact& contact) const;

    PortfolioService& m_service;
    QTimeZone m_zone;
    QLocale m_locale;
    QDateTime m_now;
};

} // namespace rd::reports
