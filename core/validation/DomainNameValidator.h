#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

struct DomainName
{
    QString aLabel; // xn--caf-dma.pt
    QString uLabel; // café.pt
};

// .pt domain names (DNS.PT registration rules, 2021): the registrable label is
// 2-63 characters both as U-label and as A-label; a-z, 0-9, hyphen and the
// Portuguese letters à á â ã ç é ê í ó ô õ ú; no hyphen at either end; no "--"
// at positions 3-4 except the "xn--" prefix. Input is case-folded and NFC
// normalised; a trailing dot is dropped. Names sit directly under .pt or under
// one of the second-level zones (com.pt, gov.pt, org.pt, edu.pt and the legacy
// ones).
class DomainNameValidator
{
    Q_DECLARE_TR_FUNCTIONS(DomainNameValidator)

public:
    // On success value is the A-label. out, when given, receives both forms of
    // the whole name on success and is cleared on failure.
    static ValidationResult validate(const QString& input, DomainName* out = nullptr);
    static const QStringList& secondLevelZones();
};

} // namespace rd
