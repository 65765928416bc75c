#include "validation/EmailValidator.h"

#include <QChar>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace rd {

namespace {

constexpr qsizetype MaxAddressLength = 254; // RFC 5321 section 4.5.3.1.3, less the brackets
constexpr qsizetype MaxLocalLength = 64;    // RFC 5321 section 4.5.3.1.1
constexpr qsizetype MaxLabelLength = 63;    // RFC 1035 section 2.3.4

bool isAsciiAlphanumeric(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

// RFC 5322 section 3.2.3, atext.
bool isAtext(char32_t c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return isAsciiAlphanumeric(c) || (c < 0x80 && specials.contains(QChar(char16_t(c))));
}

// RFC 5321 section 4.1.2, Domain: letters, digits and hyphens in dot-separated
// labels; no domain literals.
bool isDomainChar(char32_t c)
{
    return isAsciiAlphanumeric(c) || c == U'-' || c == U'.';
}

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

// Index of a dot that starts or ends [begin, end) or follows another dot; -1
// when there is none. RFC 5322 dot-atom: atoms joined by single dots.
qsizetype misplacedDot(const QList<uint>& chars, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (chars.at(i) != U'.')
            continue;
        if (i == begin || i == end - 1 || chars.at(i - 1) == U'.')
            return i;
    }
    return -1;
}

// An internationalised domain the user could write in its A-label form
// instead, or an empty string when the domain is not one.
QString asciiFormOf(const QString& domain)
{
    for (const QChar c : domain) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return {};
    }
    return QString::fromLatin1(QUrl::toAce(domain.toLower(), QUrl::IgnoreIDNWhitelist));
}

} // namespace

ValidationResult EmailValidator::validate(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return ValidationResult::invalid(tr("Enter an e-mail address."));

    const QList<uint> chars = trimmed.toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (isBlankOrInvisible(chars.at(i))) {
            return ValidationResult::invalid(
                tr("The e-mail address contains a blank or invisible character (%1) at position "
                   "%2.")
                    .arg(shownChar(chars.at(i)))
                    .arg(i + 1));
        }
    }

    const qsizetype at = chars.indexOf(U'@');
    if (at <= 0 || at == chars.size() - 1) {
        return ValidationResult::invalid(
            tr("“%1” is not a complete e-mail address; it should look like nome@exemplo.pt.")
                .arg(trimmed));
    }
    if (chars.size() > MaxAddressLength) {
        return ValidationResult::invalid(
            tr("The e-mail address has %1 characters; the limit is 254.").arg(chars.size()));
    }
    if (at > MaxLocalLength) {
        return ValidationResult::invalid(
            tr("The part before the “@” has %1 characters; the limit is 64.").arg(at));
    }

    const QString notAllowed =
        tr("The e-mail address contains “%1” at position %2, which is not allowed there.");
    const QString misplaced = tr("The e-mail address has a misplaced dot at position %1; a dot "
                                 "cannot start or end a part, or follow another dot.");

    for (qsizetype i = 0; i < at; ++i) {
        if (!isAtext(chars.at(i)) && chars.at(i) != U'.')
            return ValidationResult::invalid(notAllowed.arg(shownChar(chars.at(i))).arg(i + 1));
    }
    if (const qsizetype dot = misplacedDot(chars, 0, at); dot >= 0)
        return ValidationResult::invalid(misplaced.arg(dot + 1));

    const QString local = trimmed.left(trimmed.indexOf(QLatin1Char('@')));
    const QString domain = trimmed.mid(local.size() + 1);
    for (qsizetype i = at + 1; i < chars.size(); ++i) {
        if (isDomainChar(chars.at(i)))
            continue;
        if (chars.at(i) > 0x7F) {
            const QString ace = asciiFormOf(domain);
            if (!ace.isEmpty()) {
                return ValidationResult::invalid(
                    tr("Write the domain “%1” in its ASCII form, %2; the registry accepts only "
                       "ASCII addresses.")
                        .arg(domain, ace));
            }
        }
        return ValidationResult::invalid(notAllowed.arg(shownChar(chars.at(i))).arg(i + 1));
    }
    if (const qsizetype dot = misplacedDot(chars, at + 1, chars.size()); dot >= 0)
        return ValidationResult::invalid(misplaced.arg(dot + 1));

    const QString lowerDomain = domain.toLower();
    const QStringList labels = lowerDomain.split(QLatin1Char('.'));
    bool numericTld = true;
    for (const QChar c : labels.last())
        numericTld = numericTld && c.isDigit();
    // RFC 3696 section 2: a top-level domain is never all-numeric.
    if (labels.size() < 2 || numericTld) {
        return ValidationResult::invalid(
            tr("The domain “%1” has no top-level domain; it should end like exemplo.pt.")
                .arg(domain));
    }
    for (const QString& label : labels) {
        if (label.size() > MaxLabelLength) {
            return ValidationResult::invalid(
                tr("The domain label “%1” has %2 characters; the limit is 63.")
                    .arg(label, QString::number(label.size())));
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return ValidationResult::invalid(
                tr("The domain label “%1” starts or ends with a hyphen.").arg(label));
        }
    }

    return ValidationResult::valid(local + QLatin1Char('@') + lowerDomain);
}

} // namespace rd
