#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>

namespace rd {

// EPP phone numbers (RFC 5733 e164 type): "+CC.NNNN", 1-3 digit country code,
// up to 14 digits, 17 characters at most. Spaces, dots and hyphens in the
// national part are accepted, and a bare 9-digit Portuguese number gets +351.
// Portuguese numbers must have 9 digits starting with 2, 3, 7, 8 or 9.
// Normalised: "+351.212345678".
class PhoneValidator
{
    Q_DECLARE_TR_FUNCTIONS(PhoneValidator)

public:
    static ValidationResult validate(const QString& input);
};

} // namespace rd
