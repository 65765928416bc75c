#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd {

class PortfolioService;

// A small portfolio for a first run and for demonstrations: a dozen .pt names
// with holders, and deadlines of every kind and level relative to the clock.
class DemoPortfolio
{
    Q_DECLARE_TR_FUNCTIONS(DemoPortfolio)

public:
    // Writes the portfolio in one transaction. Returns the number of domains.
    static int seed(PortfolioService& service, QString* error);
};

} // namespace rd
