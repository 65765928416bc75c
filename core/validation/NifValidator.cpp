#include "validation/NifValidator.h"

#include <QChar>
#include <QList>

namespace rd {

namespace {

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Grouping people type ("PT 123.456.789", "123-456-789"), plus the invisible
// format characters (zero-width space, BOM, soft hyphen) that copying from web
// pages and PDFs leaves behind.
bool isSeparator(char32_t c)
{
    return c == U'.' || QChar::isSpace(c) || QChar::category(c) == QChar::Punctuation_Dash ||
           QChar::category(c) == QChar::Other_Format;
}

QString toString(char32_t c)
{
    return QString::fromUcs4(&c, 1);
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
    return toString(c);
}

int checkDigitOf(const QString& firstEight)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * firstEight.at(i).digitValue();
    const int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
}

} // namespace

int NifValidator::checkDigit(const QString& firstEightDigits)
{
    if (firstEightDigits.size() != 8)
        return -1;
    for (const QChar c : firstEightDigits) {
        if (!isAsciiDigit(c.unicode()))
            return -1;
    }
    return checkDigitOf(firstEightDigits);
}

ValidationResult NifValidator::validateNif(const QString& input)
{
    const QList<uint> chars = input.trimmed().toUcs4();
    if (chars.isEmpty())
        return ValidationResult::invalid(tr("Enter a nine-digit tax number."));

    qsizetype i = 0;
    // The VAT form of the number carries the country prefix (EU VIES, and
    // ptcontact:vat in the .PT EPP fixtures).
    if (chars.size() >= 2 && isAsciiLetter(chars.at(0)) && isAsciiLetter(chars.at(1)) &&
        (chars.size() == 2 || !isAsciiLetter(chars.at(2)))) {
        const QString prefix = QString(toString(chars.at(0)) + toString(chars.at(1))).toUpper();
        if (prefix != QLatin1String("PT")) {
            return ValidationResult::invalid(
                tr("“%1” is a foreign prefix; only Portuguese tax numbers are accepted, with or "
                   "without “PT”.")
                    .arg(prefix));
        }
        i = 2;
    }

    QString digits;
    for (; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (isAsciiDigit(c))
            digits += QChar(char16_t(c));
        else if (!isSeparator(c))
            return ValidationResult::invalid(
                tr("The tax number contains “%1” at position %2; only digits are allowed, "
                   "optionally after “PT”.")
                    .arg(shownChar(c))
                    .arg(i + 1));
    }

    if (digits.size() != 9) {
        return ValidationResult::invalid(tr("A tax number has nine digits, but “%1” has %2.")
                                             .arg(input.trimmed(), QString::number(digits.size())));
    }
    if (digits.at(0) == QLatin1Char('0')) {
        return ValidationResult::invalid(
            tr("The tax number %1 starts with 0, which no Portuguese tax number does.")
                .arg(digits));
    }
    const int expected = checkDigitOf(digits.left(8));
    const int actual = digits.at(8).digitValue();
    if (expected != actual) {
        return ValidationResult::invalid(tr("The check digit is %1, but for %2 it must be %3.")
                                             .arg(actual)
                                             .arg(digits.left(8))
                                             .arg(expected));
    }
    return ValidationResult::valid(digits);
}

ValidationResult NifValidator::validateNipc(const QString& input)
{
    ValidationResult result = validateNif(input);
    if (!result.ok)
        return result;
    // Leading digits 1-3 (and 45) are given to individuals, so they can never
    // be an organisation's number.
    const QChar first = result.value.at(0);
    if (first < QLatin1Char('5')) {
        return ValidationResult::invalid(
            tr("%1 is an individual’s tax number (it starts with %2); an organisation’s NIPC "
               "starts with 5, 6, 7, 8 or 9.")
                .arg(result.value, QString(first)));
    }
    return result;
}

} // namespace rd
