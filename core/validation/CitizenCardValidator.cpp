#include "validation/CitizenCardValidator.h"

#include <QChar>
#include <QList>

namespace rd {

namespace {

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isAsciiAlphanumeric(char32_t c)
{
    return isAsciiDigit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// The card prints the number in groups ("12345678 9 ZZ1"); copying from web
// pages and PDFs can add invisible format characters (zero-width space, BOM).
bool isIgnorable(char32_t c)
{
    return QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format;
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

// Base-36 value: 0-9 are themselves, A is 10 ... Z is 35.
int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    return u <= u'9' ? u - u'0' : u - u'A' + 10;
}

// Luhn over base-36 values ("Validação de Número de Documento do Cartão de
// Cidadão", 2009): from the right, every second value is doubled, less 9 when
// above 9. Returns the sum of the first eleven characters as they weigh when
// the check digit follows them.
int weightedSum(const QString& firstEleven)
{
    int sum = 0;
    bool doubled = true; // the 11th character is the 2nd from the right
    for (qsizetype i = firstEleven.size() - 1; i >= 0; --i) {
        int v = valueOf(firstEleven.at(i));
        if (doubled) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        doubled = !doubled;
    }
    return sum;
}

} // namespace

ValidationResult CitizenCardValidator::validate(const QString& input)
{
    const QString trimmed = input.trimmed();
    const QList<uint> chars = trimmed.toUcs4();
    if (chars.isEmpty())
        return ValidationResult::invalid(tr("Enter a citizen card document number."));

    QString number;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (isIgnorable(c))
            continue;
        if (!isAsciiAlphanumeric(c)) {
            return ValidationResult::invalid(
                tr("The document number contains “%1” at position %2; only digits and the "
                   "letters A–Z are allowed.")
                    .arg(shownChar(c))
                    .arg(i + 1));
        }
        number += QChar(char16_t(c)).toUpper();
    }

    if (number.size() != 12) {
        return ValidationResult::invalid(
            tr("A citizen card document number has 12 characters, as in 00000000 0 ZZ4, but "
               "“%1” has %2.")
                .arg(trimmed, QString::number(number.size())));
    }

    // DDDDDDDD C AA T: only the two version characters may be letters.
    for (qsizetype i = 0; i < number.size(); ++i) {
        const bool versionChar = i == 9 || i == 10;
        if (!versionChar && !isAsciiDigit(number.at(i).unicode())) {
            return ValidationResult::invalid(
                tr("Character %1 of the document number is “%2”, but it must be a digit; only "
                   "the 10th and 11th characters may be letters.")
                    .arg(i + 1)
                    .arg(number.at(i)));
        }
    }

    const int expected = (10 - weightedSum(number.left(11)) % 10) % 10;
    const int actual = valueOf(number.at(11));
    if (expected != actual) {
        const QString shown = number.left(8) + QLatin1Char(' ') + number.mid(8, 1) +
                              QLatin1Char(' ') + number.mid(9, 2);
        return ValidationResult::invalid(tr("The check digit is %1, but for %2 it must be %3.")
                                             .arg(actual)
                                             .arg(shown)
                                             .arg(expected));
    }
    return ValidationResult::valid(number);
}

} // namespace rd
