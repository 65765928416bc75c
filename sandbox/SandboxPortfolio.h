#pragma once

#include "RegistryObjects.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace rd::sandbox {

class RegistryState;

// A realistic registry population made from a seed alone: Portuguese holders
// (people with accented names, companies "Lda." and "S.A.", associations,
// public bodies) with valid NIF/NIPC, CTT postcodes and +351 phones, and their
// domains under .pt, com.pt, org.pt and gov.pt, IDNs included. Expiry dates
// are spread so that some fall within 30 and 60 days of now; some domains have
// auto-renew off, DS records, glue, no name servers or client locks. The same
// seed, count, moment and registrars give the same data, field for field.
class SandboxPortfolio
{
public:
    struct Data
    {
        QList<RegistryContact> contacts; // each registrar's tech contacts, then the holders
        QList<RegistryDomain> domains;
    };

    static Data generate(int domainCount, quint64 seed, const QDateTime& now,
                         const QStringList& registrars);
    // Inserts data into state as it is (no policy): contacts first.
    static void load(RegistryState& state, const Data& data);
    // generate() at the state's now for its registrars, then load(); returns
    // the number of domains.
    static int populate(RegistryState& state, int domainCount, quint64 seed);
};

} // namespace rd::sandbox
