#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>

namespace rd {

// Portuguese postcodes (CTT): four digits, the first not 0, a hyphen and three
// digits, e.g. 1000-001. "1000 001" and "1000001" are accepted and normalised.
class PostcodeValidator
{
    Q_DECLARE_TR_FUNCTIONS(PostcodeValidator)

public:
    static ValidationResult validate(const QString& input);
};

} // namespace rd
