#pragma once

#include "ChangeSender.h"
#include "RegistryAccess.h"

#include <QCoreApplication>

class QWidget;

namespace rd {
class PortfolioService;
class Clock;
} // namespace rd

namespace rd::ui {

// Sends one draft to the registry from the desk: a busy indicator while the
// session opens and the change goes out, then the outcome said plainly (done,
// refused with the registry's words, or unknown: checked with the registry
// before any retry, which ChangeSender does when the draft is sent again).
class DraftSending
{
    Q_DECLARE_TR_FUNCTIONS(DraftSending)

public:
    // The outcome is also shown in a message box that does not block.
    static ChangeSender::Outcome send(QWidget* parent, PortfolioService& service,
                                      const Clock& clock, const SessionProvider& sessions,
                                      qint64 draftId);
    // The sentence shown for an outcome.
    static QString describe(const ChangeSender::Outcome& outcome);
};

} // namespace rd::ui
