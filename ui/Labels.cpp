#include "Labels.h"

#include "model/Codes.h"

namespace rd::ui {

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

QString Labels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

} // namespace rd::ui
