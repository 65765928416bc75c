#include "Labels.h"

#include "model/Codes.h"

namespace rd {

QString Labels::of(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Overdue:
        return tr("Overdue");
    case AlertLevel::Critical:
        return tr("Critical");
    case AlertLevel::Warning:
        return tr("Warning");
    case AlertLevel::Notice:
        return tr("Notice");
    case AlertLevel::None:
        break;
    }
    return tr("On track");
}

QString Labels::of(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Deletion:
        return tr("Deletion");
    case DeadlineKind::AutoRenewal:
        return tr("Automatic renewal");
    case DeadlineKind::Verification:
        return tr("Registrant verification");
    case DeadlineKind::OwnerChangeHolder:
        return tr("Owner change: current holder");
    case DeadlineKind::OwnerChangeNewHolder:
        return tr("Owner change: new holder");
    case DeadlineKind::PromoEnd:
        return tr("End of free year");
    }
    return {};
}

QString Labels::of(Programme programme)
{
    return programme == Programme::None ? tr("None") : codes::brandName(programme);
}

QString Labels::of(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Verification:
        return tr("Registrant verification");
    case ActionKind::OwnerChange:
        return tr("Owner change");
    }
    return {};
}

QString Labels::of(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return tr("Open");
    case ActionState::AwaitingHolder:
        return tr("Waiting for the current holder");
    case ActionState::AwaitingNewHolder:
        return tr("Waiting for the new holder");
    case ActionState::VerifyingNewHolder:
        return tr("Registry verifying the new holder");
    case ActionState::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::of(ActionStepKind step)
{
    switch (step) {
    case ActionStepKind::Opened:
        return tr("Opened");
    case ActionStepKind::HolderApproved:
        return tr("Current holder approved");
    case ActionStepKind::NewHolderApproved:
        return tr("New holder approved");
    case ActionStepKind::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::of(Draft::Kind kind)
{
    switch (kind) {
    case Draft::Kind::NameServers:
        return tr("Name servers");
    case Draft::Kind::AutoRenew:
        return tr("Auto-renew");
    case Draft::Kind::Renew:
        return tr("Renewal");
    case Draft::Kind::OwnerChange:
        return tr("Owner change");
    case Draft::Kind::TechContacts:
        return tr("Tech contacts");
    case Draft::Kind::DsRecords:
        return tr("DS records");
    case Draft::Kind::TransferIn:
        return tr("Transfer in");
    case Draft::Kind::Delete:
        return tr("Deletion");
    case Draft::Kind::ContactData:
        return tr("Contact data");
    }
    return {};
}

QString Labels::of(Draft::State state)
{
    switch (state) {
    case Draft::State::Draft:
        return tr("Not sent");
    case Draft::State::Sending:
        return tr("Sending");
    case Draft::State::Unknown:
        return tr("Outcome unknown");
    case Draft::State::Done:
        return tr("Done");
    case Draft::State::Failed:
        return tr("Refused");
    }
    return {};
}

QString Labels::of(VerificationState state)
{
    switch (state) {
    case VerificationState::Unverified:
        return tr("Not verified");
    case VerificationState::Requested:
        return tr("Verification requested");
    case VerificationState::Verified:
        return tr("Verified");
    case VerificationState::Failed:
        return tr("Verification failed");
    }
    return {};
}

QString Labels::of(ContactKind kind)
{
    return kind == ContactKind::Organisation ? tr("Organisation") : tr("Person");
}

QString Labels::of(RegistryStanding standing)
{
    switch (standing) {
    case RegistryStanding::Unknown:
        return tr("Never compared with the registry");
    case RegistryStanding::Active:
        return tr("Active at the registry");
    case RegistryStanding::Gone:
        return tr("Not at the registry");
    case RegistryStanding::Elsewhere:
        return tr("Sponsored by another registrar");
    }
    return {};
}

QString Labels::of(ContactLogKind kind)
{
    switch (kind) {
    case ContactLogKind::Called:
        return tr("Called");
    case ContactLogKind::Emailed:
        return tr("E-mailed");
    case ContactLogKind::Outcome:
        break;
    }
    return tr("Outcome");
}

QString Labels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Labels::onOff(bool value)
{
    return value ? tr("On") : tr("Off");
}

} // namespace rd
