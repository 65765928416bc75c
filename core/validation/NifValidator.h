#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>

namespace rd {

// Portuguese tax numbers: NIF (any holder) and NIPC (legal persons). Nine digits,
// the last a mod-11 check digit over weights 9..2; an optional "PT" prefix,
// spaces, dots and hyphens are accepted and removed. Normalised: nine digits.
class NifValidator
{
    Q_DECLARE_TR_FUNCTIONS(NifValidator)

public:
    static ValidationResult validateNif(const QString& input);
    // A NIPC is a NIF in the ranges of legal persons and other entities
    // (first digit 5, 6, 7, 8 or 9); 1-4 are individuals' numbers.
    static ValidationResult validateNipc(const QString& input);
    static int checkDigit(const QString& firstEightDigits); // -1 when not eight digits
};

} // namespace rd
