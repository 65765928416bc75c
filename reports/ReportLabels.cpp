#include "ReportLabels.h"

#include "model/Codes.h"

namespace rd::reports {

QString ReportLabels::of(AlertLevel level)
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

QString ReportLabels::of(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Deletion:
        return tr("Deletion");
    case DeadlineKind::AutoRenewal:
        return tr("Expiry, renewed automatically");
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

QString ReportLabels::of(Programme programme)
{
    return programme == Programme::None ? tr("None") : codes::brandName(programme);
}

QString ReportLabels::of(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Verification:
        return tr("Registrant verification");
    case ActionKind::OwnerChange:
        return tr("Owner change");
    }
    return {};
}

QString ReportLabels::of(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return tr("Open");
    case ActionState::AwaitingHolder:
        return tr("Waiting for the current holder");
    case ActionState::AwaitingNewHolder:
        return tr("Waiting for the new holder");
    case ActionState::VerifyingNewHolder:
        return tr("Verifying the new holder");
    case ActionState::Closed:
        return tr("Closed");
    }
    return {};
}

QString ReportLabels::of(ActionStepKind step)
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

QString ReportLabels::of(Draft::Kind kind)
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

QString ReportLabels::of(Draft::State state)
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

QString ReportLabels::of(VerificationState state)
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

QString ReportLabels::of(ContactKind kind)
{
    return kind == ContactKind::Organisation ? tr("Organisation") : tr("Person");
}

QString ReportLabels::of(RegistryStanding standing)
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

QString ReportLabels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString ReportLabels::onOff(bool value)
{
    return value ? tr("On") : tr("Off");
}

} // namespace rd::reports
