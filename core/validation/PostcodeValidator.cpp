#include "validation/PostcodeValidator.h"

#include <QChar>
#include <QList>
#include <QRegularExpression>

namespace rd {

namespace {

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// Word processors turn the hyphen into an en dash or a non-breaking hyphen;
// all of them are accepted as the CTT separator.
bool isDash(char32_t c)
{
    return QChar::category(c) == QChar::Punctuation_Dash;
}

// Blanks, and the invisible format characters (zero-width space, BOM) that
// copying from web pages and PDFs leaves behind.
bool isBlank(char32_t c)
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

} // namespace

ValidationResult PostcodeValidator::validate(const QString& input)
{
    const QString trimmed = input.trimmed();
    const QList<uint> chars = trimmed.toUcs4();
    if (chars.isEmpty())
        return ValidationResult::invalid(tr("Enter a postcode."));

    // Reduced to digits, "-" for any dash and " " for a run of blanks, so that
    // "1000-001", "1000 001", "1000 – 001" and "1000001" look alike.
    QString compact;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (isAsciiDigit(c)) {
            compact += QChar(char16_t(c));
        } else if (isDash(c)) {
            compact += QLatin1Char('-');
        } else if (isBlank(c)) {
            if (!compact.isEmpty() && !compact.endsWith(QLatin1Char(' ')))
                compact += QLatin1Char(' ');
        } else {
            return ValidationResult::invalid(
                tr("The postcode contains “%1” at position %2; write it as four digits, a hyphen "
                   "and three digits, as in 1000-001.")
                    .arg(shownChar(c))
                    .arg(i + 1));
        }
    }
    compact = compact.trimmed();
    compact.replace(QLatin1String(" -"), QLatin1String("-"));
    compact.replace(QLatin1String("- "), QLatin1String("-"));

    static const QRegularExpression form(QStringLiteral("^([0-9]{4})[- ]?([0-9]{3})$"));
    const QRegularExpressionMatch match = form.match(compact);
    if (!match.hasMatch()) {
        return ValidationResult::invalid(
            tr("“%1” is not a postcode; Portuguese postcodes have four digits, a hyphen and three "
               "digits, as in 1000-001.")
                .arg(trimmed));
    }
    const QString first = match.captured(1);
    const QString second = match.captured(2);

    // CTT postcodes run from 1000 (Lisbon) to 9999; none starts with 0.
    if (first.startsWith(QLatin1Char('0'))) {
        return ValidationResult::invalid(
            tr("Portuguese postcodes start with a digit from 1 to 9, but %1 starts with 0.")
                .arg(QString(first + QLatin1Char('-') + second)));
    }
    return ValidationResult::valid(first + QLatin1Char('-') + second);
}

} // namespace rd
