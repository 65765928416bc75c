#include "rules/Deadline.h"

#include <array>
#include <utility>

namespace rd {
namespace {

template <typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char*>, N>;

// Stable codes: stored in the database and printed by the command line.
constexpr Table<DeadlineKind, 6> kindCodes{{
    {DeadlineKind::Deletion, "deletion"},
    {DeadlineKind::AutoRenewal, "auto-renewal"},
    {DeadlineKind::Verification, "verification"},
    {DeadlineKind::OwnerChangeHolder, "owner-change-holder"},
    {DeadlineKind::OwnerChangeNewHolder, "owner-change-new-holder"},
    {DeadlineKind::PromoEnd, "promo-end"},
}};
constexpr Table<Consequence, 5> consequenceCodes{{
    {Consequence::DomainDeleted, "domain-deleted"},
    {Consequence::DomainRenewed, "domain-renewed"},
    {Consequence::OwnerChangeFails, "owner-change-fails"},
    {Consequence::OwnerChangeReversed, "owner-change-reversed"},
    {Consequence::FreeYearEnds, "free-year-ends"},
}};

template <typename Enum, std::size_t N> QString codeOf(const Table<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N>& table, const QString& code)
{
    for (const auto& [candidate, text] : table) {
        if (code == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString toCode(DeadlineKind kind)
{
    return codeOf(kindCodes, kind);
}

std::optional<DeadlineKind> deadlineKindFromCode(const QString& code)
{
    return valueOf(kindCodes, code);
}

QString toCode(Consequence consequence)
{
    return codeOf(consequenceCodes, consequence);
}

std::optional<Consequence> consequenceFromCode(const QString& code)
{
    return valueOf(consequenceCodes, code);
}

} // namespace rd
