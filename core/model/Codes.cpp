#include "model/Codes.h"

#include "model/CodeTable.h"

namespace rd::codes {
namespace {

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

QString brandName(Programme value)
{
    switch (value) {
    case Programme::TresEmUm:
        return QStringLiteral("3em1.pt");
    case Programme::TresEmUmComercio:
        return QStringLiteral("3em1 Comércio");
    case Programme::Sitestar:
        return QStringLiteral("Sitestar.pt");
    case Programme::None:
        break;
    }
    return {};
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
