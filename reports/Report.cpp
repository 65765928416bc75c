#include "Report.h"

namespace rd::reports {

namespace {
const std::pair<ReportKind, const char*> kindCodes[] = {
    {ReportKind::Briefing, "briefing"},
    {ReportKind::Deletions, "deletions"},
    {ReportKind::Actions, "actions"},
    {ReportKind::Dossier, "dossier"},
    {ReportKind::PersonalData, "personal-data"},
    {ReportKind::Programmes, "programmes"},
};
} // namespace

QString toCode(ReportKind kind)
{
    for (const auto& [value, code] : kindCodes) {
        if (value == kind)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<ReportKind> reportKindFromCode(const QString& code)
{
    for (const auto& [value, text] : kindCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList reportCodes()
{
    QStringList codes;
    for (const auto& entry : kindCodes)
        codes.append(QString::fromLatin1(entry.second));
    return codes;
}

QString Report::parameterLine() const
{
    QStringList parts;
    for (const auto& [label, value] : parameters)
        parts.append(label + QStringLiteral(": ") + value);
    return parts.join(QStringLiteral(" · "));
}

} // namespace rd::reports
