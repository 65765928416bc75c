#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>

namespace rd {

// Cartão de Cidadão document number, "DDDDDDDD C AA T": 9 digits, 2 version
// characters [A-Z0-9], 1 check digit; Luhn over base-36 values. Normalised:
// the 12 characters upper-case without spaces.
class CitizenCardValidator
{
    Q_DECLARE_TR_FUNCTIONS(CitizenCardValidator)

public:
    static ValidationResult validate(const QString& input);
};

} // namespace rd
