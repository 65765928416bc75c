#include "model/Codes.h"

#include <array>
#include <utility>

namespace rd::codes {
namespace {

template <typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char*>, N>;

constexpr Table<ContactKind, 2> contactKinds{{
    {ContactKind::Person, "person"},
    {ContactKind::Organisation, "organisation"},
}};
constexpr Table<VerificationState, 4> verificationStates{{
    {VerificationState::Unverified, "unverified"},
    {VerificationState::Requested, "requested"},
    {VerificationState::Verified, "verified"},
    {VerificationState::Failed, "failed"},
}};
constexpr Table<Programme, 4> programmes{{
    {Programme::None, "none"},
    {Programme::TresEmUm, "3em1"},
    {Programme::TresEmUmComercio, "3em1-comercio"},
    {Programme::Sitestar, "sitestar"},
}};
constexpr Table<ActionKind, 2> actionKinds{{
    {ActionKind::Verification, "verification"},
    {ActionKind::OwnerChange, "owner-change"},
}};
constexpr Table<ActionState, 5> actionStates{{
    {ActionState::Open, "open"},
    {ActionState::AwaitingHolder, "awaiting-holder"},
    {ActionState::AwaitingNewHolder, "awaiting-new-holder"},
    {ActionState::VerifyingNewHolder, "verifying-new-holder"},
    {ActionState::Closed, "closed"},
}};
constexpr Table<ActionStepKind, 4> stepKinds{{
    {ActionStepKind::Opened, "opened"},
    {ActionStepKind::HolderApproved, "holder-approved"},
    {ActionStepKind::NewHolderApproved, "new-holder-approved"},
    {ActionStepKind::Closed, "closed"},
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

QString toCode(ContactKind value)
{
    return codeOf(contactKinds, value);
}
QString toCode(VerificationState value)
{
    return codeOf(verificationStates, value);
}
QString toCode(Programme value)
{
    return codeOf(programmes, value);
}
QString toCode(ActionKind value)
{
    return codeOf(actionKinds, value);
}
QString toCode(ActionState value)
{
    return codeOf(actionStates, value);
}
QString toCode(ActionStepKind value)
{
    return codeOf(stepKinds, value);
}

std::optional<ContactKind> contactKindFromCode(const QString& code)
{
    return valueOf(contactKinds, code);
}
std::optional<VerificationState> verificationStateFromCode(const QString& code)
{
    return valueOf(verificationStates, code);
}
std::optional<Programme> programmeFromCode(const QString& code)
{
    return valueOf(programmes, code);
}
std::optional<ActionKind> actionKindFromCode(const QString& code)
{
    return valueOf(actionKinds, code);
}
std::optional<ActionState> actionStateFromCode(const QString& code)
{
    return valueOf(actionStates, code);
}
std::optional<ActionStepKind> actionStepKindFromCode(const QString& code)
{
    return valueOf(stepKinds, code);
}

} // namespace rd::codes
