#pragma once

#include <QString>

namespace rd {

// The outcome of a validator: the normalised value when valid, a translated
// reason (one sentence, naming what is wrong) when not.
struct ValidationResult
{
    bool ok = false;
    QString value;  // normalised value; empty when !ok
    QString reason; // translated; empty when ok

    static ValidationResult valid(const QString& normalised) { return {true, normalised, {}}; }
    static ValidationResult invalid(const QString& why) { return {false, {}, why}; }
    explicit operator bool() const { return ok; }
};

} // namespace rd
