#include "validation/DomainNameValidator.h"

#include <QChar>
#include <QList>
#include <QUrl>

namespace rd {

namespace {

constexpr qsizetype MinLabelLength = 2;  // DNS.PT 2021 rules (2-character names)
constexpr qsizetype MaxLabelLength = 63; // RFC 1035 section 2.3.4
constexpr qsizetype MaxNameLength = 253; // RFC 1035, without the root's dot

const QString& acePrefix()
{
    static const QString prefix = QStringLiteral("xn--");
    return prefix;
}

// The Portuguese letters DNS.PT admits in IDN labels; nothing else beyond
// a-z, 0-9 and the hyphen, so no script mixing can arise.
const QString& portugueseLetters()
{
    static const QString letters = QStringLiteral("àáâãçéêíóôõú");
    return letters;
}

bool isLdh(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'-';
}

bool isAllowedInULabel(char32_t c)
{
    return isLdh(c) || (c <= 0xFFFF && portugueseLetters().contains(QChar(char16_t(c))));
}

// Blanks and characters with no glyph: IDNA mapping (UTS #46) would silently
// drop some of them (zero-width space, soft hyphen), so the name that reached
// the registry would differ from the one the user sees.
bool isBlankOrInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
        return true;
    default:
        return QChar::isSpace(c);
    }
}

// A character as a reader can see it: invisible ones as their code point.
QString shownChar(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    const bool invisible = !QChar::isPrint(c) || QChar::isSpace(c) || cat == QChar::Other_Format ||
                           cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing ||
                           cat == QChar::Mark_SpacingCombining;
    if (invisible)
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromUcs4(&c, 1);
}

// The first character of label that fails allowed(), or 0 when there is none.
template <typename Predicate> char32_t firstDisallowed(const QString& label, Predicate allowed)
{
    const QList<uint> chars = label.toUcs4();
    for (const uint c : chars) {
        if (!allowed(char32_t(c)))
            return char32_t(c);
    }
    return 0;
}

// Only a-z, 0-9, hyphen and dot: already lower case and in NFC, with nothing
// blank and nothing for IDNA to map, so those steps can be skipped. Most names
// are like this, and an import validates a million of them.
bool isPlainLdh(const QString& s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.'))
            return false;
    }
    return true;
}

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

QString toAce(const QString& label)
{
    return QString::fromLatin1(QUrl::toAce(label, QUrl::IgnoreIDNWhitelist));
}

QString fromAce(const QString& label)
{
    return QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

} // namespace

const QStringList& DomainNameValidator::secondLevelZones()
{
    // com.pt and gov.pt take new names; org.pt and edu.pt closed in February
    // 2021 and net, int, publ and nome.pt are legacy, but all still hold
    // registered names that the desk must accept.
    static const QStringList zones = {
        QStringLiteral("com"),  QStringLiteral("gov"),  QStringLiteral("org"),
        QStringLiteral("edu"),  QStringLiteral("net"),  QStringLiteral("int"),
        QStringLiteral("publ"), QStringLiteral("nome"),
    };
    return zones;
}

ValidationResult DomainNameValidator::validate(const QString& input, DomainName* out)
{
    if (out)
        *out = DomainName{};

    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return ValidationResult::invalid(tr("Enter a domain name."));

    const bool plain = isPlainLdh(trimmed);
    if (!plain) {
        const QList<uint> typed = trimmed.toUcs4();
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (isBlankOrInvisible(typed.at(i))) {
                return ValidationResult::invalid(
                    tr("The domain name contains a blank or invisible character (%1) at position "
                       "%2.")
                        .arg(shownChar(typed.at(i)))
                        .arg(i + 1));
            }
        }
    }

    QString name = trimmed;
    if (name.endsWith(QLatin1Char('.'))) // the fully qualified form, "exemplo.pt."
        name.chop(1);
    // DNS.PT rules: lower case, NFC, before any conversion to the A-label.
    if (!plain)
        name = name.toLower().normalized(QString::NormalizationForm_C);

    if (name.size() > MaxNameLength) {
        return ValidationResult::invalid(
            tr("The domain name has %1 characters; the DNS allows at most 253.").arg(name.size()));
    }

    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty()) {
            return ValidationResult::invalid(
                tr("“%1” has an empty label; remove the extra dot.").arg(trimmed));
        }
    }

    for (const QString& label : labels) {
        if (plain || label.startsWith(acePrefix()))
            continue; // plain: every character is allowed; xn--: checked in full once decoded
        const char32_t bad = firstDisallowed(label, isAllowedInULabel);
        if (bad != 0) {
            return ValidationResult::invalid(
                tr("The label “%1” contains “%2”, which is not allowed in .pt names; use a–z, "
                   "0–9, hyphen or à á â ã ç é ê í ó ô õ ú.")
                    .arg(label, shownChar(bad)));
        }
    }

    if (labels.last() != QLatin1String("pt")) {
        return ValidationResult::invalid(
            tr("“%1” does not end in .pt; only .pt domain names are handled here.").arg(name));
    }
    const QStringList& zones = secondLevelZones();
    if (labels.size() == 1 || (labels.size() == 2 && zones.contains(labels.first()))) {
        return ValidationResult::invalid(
            tr("“%1” is a registry zone, not a domain name; put a name in front of it, as in "
               "exemplo.%1.")
                .arg(name));
    }
    if (labels.size() > 3) {
        return ValidationResult::invalid(
            tr("“%1” has too many levels; a .pt name is either name.pt or name.zone.pt, as in "
               "exemplo.com.pt.")
                .arg(name));
    }
    if (labels.size() == 3 && !zones.contains(labels.at(1))) {
        QStringList zoneNames;
        for (const QString& zone : zones)
            zoneNames << zone + QLatin1String(".pt");
        return ValidationResult::invalid(
            tr("“%1” is not a .pt zone; names go directly under .pt or under %2.")
                .arg(QString(labels.at(1) + QLatin1String(".pt")),
                     zoneNames.join(QLatin1String(", "))));
    }

    const QString& label = labels.first();
    const QString tooLongAsAce =
        tr("The name “%1” is longer than 63 characters in its ASCII (xn--) form, which is "
           "what the registry stores.");
    QString uLabel;
    QString aLabel;
    if (label.startsWith(acePrefix())) {
        if (label.size() > MaxLabelLength)
            return ValidationResult::invalid(tooLongAsAce.arg(label));
        // RFC 5891 section 5.3: an A-label must decode, and re-encode to itself.
        const QString invalidAce =
            tr("“%1” is not a valid xn-- label; its Punycode does not decode to a name.")
                .arg(label);
        if (!isAscii(label))
            return ValidationResult::invalid(invalidAce);
        uLabel = fromAce(label);
        if (uLabel.isEmpty() || uLabel.startsWith(acePrefix()) || toAce(uLabel) != label)
            return ValidationResult::invalid(invalidAce);
        const char32_t bad = firstDisallowed(uLabel, isAllowedInULabel);
        if (bad != 0) {
            return ValidationResult::invalid(
                tr("The label “%1” stands for “%2”, which contains “%3”; .pt names may use only "
                   "a–z, 0–9, hyphen and à á â ã ç é ê í ó ô õ ú.")
                    .arg(label, uLabel, shownChar(bad)));
        }
        aLabel = label;
    } else {
        uLabel = label;
    }

    // RFC 5891 section 4.2.3.1: hyphens at either end, and "--" in positions
    // 3-4 (the form of ACE prefixes), are not allowed in a U-label.
    if (uLabel.startsWith(QLatin1Char('-')) || uLabel.endsWith(QLatin1Char('-'))) {
        return ValidationResult::invalid(
            tr("The label “%1” starts or ends with a hyphen, which is not allowed.").arg(uLabel));
    }
    if (uLabel.mid(2, 2) == QLatin1String("--")) {
        return ValidationResult::invalid(
            tr("The label “%1” has “--” in the third and fourth positions, which is reserved "
               "for xn-- labels.")
                .arg(uLabel));
    }

    // Every admitted character is in the BMP, so size() counts characters.
    if (uLabel.size() < MinLabelLength) {
        return ValidationResult::invalid(
            tr("The name “%1” is too short; .pt names have at least two characters.").arg(uLabel));
    }
    if (uLabel.size() > MaxLabelLength) {
        return ValidationResult::invalid(
            tr("The name “%1” has %2 characters; .pt names have at most 63.")
                .arg(uLabel, QString::number(uLabel.size())));
    }
    if (aLabel.isEmpty() && plain) {
        // IDNA leaves an all-LDH label as it is (RFC 5890 section 2.3.1); its
        // length was checked above.
        aLabel = uLabel;
    } else if (aLabel.isEmpty()) {
        // QUrl::toAce refuses (returns nothing for) a label whose A-label
        // would pass 63 octets; the characters were checked above.
        aLabel = toAce(uLabel);
        if (aLabel.isEmpty())
            return ValidationResult::invalid(tooLongAsAce.arg(uLabel));
    }
    // An A-label is never shorter than its U-label, so only its upper bound
    // needs checking.
    if (aLabel.size() > MaxLabelLength)
        return ValidationResult::invalid(tooLongAsAce.arg(uLabel));

    if (aLabel == label && uLabel == label) {
        // Nothing converted: both forms are the name as checked, one shared string.
        if (out) {
            out->aLabel = name;
            out->uLabel = name;
        }
        return ValidationResult::valid(name);
    }
    QStringList aLabels = labels;
    QStringList uLabels = labels;
    aLabels.first() = aLabel;
    uLabels.first() = uLabel;
    const QString aName = aLabels.join(QLatin1Char('.'));
    if (out) {
        out->aLabel = aName;
        out->uLabel = uLabels.join(QLatin1Char('.'));
    }
    return ValidationResult::valid(aName);
}

} // namespace rd
