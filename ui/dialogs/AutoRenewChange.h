#pragma once

#include "RegistryAccess.h"

#include <QCoreApplication>

class QWidget;

namespace rd {
class Clock;
class PortfolioService;
struct Domain;
} // namespace rd

namespace rd::ui {

// Turns a domain's auto-renew the other way, after a question that names the
// consequence: with auto-renew off the registry deletes the domain 30 days
// before it expires (.PT policy 3.3), and the question gives that date.
class AutoRenewChange
{
    Q_DECLARE_TR_FUNCTIONS(AutoRenewChange)

public:
    // True when a draft was made (and sent, if the agent chose to).
    static bool run(QWidget* parent, PortfolioService& service, const Clock& clock,
                    const SessionProvider& sessions, const Domain& domain);
    // The question's text for turning auto-renew to `on`.
    static QString question(const PortfolioService& service, const Domain& domain, bool on);
};

} // namespace rd::ui
