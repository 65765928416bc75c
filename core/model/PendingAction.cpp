#include "model/PendingAction.h"

namespace rd {

QDateTime PendingAction::openedAt() const
{
    return stepAt(ActionStepKind::Opened);
}

QDateTime PendingAction::stepAt(ActionStepKind step) const
{
    // The latest occurrence wins: a step repeated after a correction replaces the earlier one.
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->kind == step)
            return it->at;
    }
    return {};
}

} // namespace rd
