#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>

namespace rd {

// An address the registry will accept in contact:email (RFC 5322 addr-spec,
// dot-atom form only): local part up to 64 characters, a domain with at least
// two labels, 254 characters in all. Normalised: trimmed, domain lower-cased.
class EmailValidator
{
    Q_DECLARE_TR_FUNCTIONS(EmailValidator)

public:
    static ValidationResult validate(const QString& input);
};

} // namespace rd
