#include "RegistryObjects.h"

namespace rd::sandbox {

namespace {
constexpr qint64 Day = 24 * 3600;
constexpr qint64 OwnerChangeDays = 8;    // per party, product brief (pt-registry.md 3.2)
constexpr qint64 VerificationHours = 48; // pt-registry.md 3.1
} // namespace

QDateTime OwnerChange::deadline() const
{
    const QDateTime from = currentAcceptedAt.isValid() ? currentAcceptedAt : openedAt;
    return from.addSecs(OwnerChangeDays * Day);
}

QDateTime Verification::deadline() const
{
    return openedAt.addSecs(VerificationHours * 3600);
}

} // namespace rd::sandbox
