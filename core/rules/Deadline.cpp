#include "rules/Deadline.h"

#include "model/CodeTable.h"

namespace rd {
namespace {

using codes::codeOf;
using codes::Table;
using codes::valueOf;

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
