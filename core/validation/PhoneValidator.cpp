#include "validation/PhoneValidator.h"

#include <QChar>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace rd {

namespace {

const QString& portugal()
{
    static const QString code = QStringLiteral("351");
    return code;
}

constexpr qsizetype PortugueseLength = 9;
constexpr qsizetype MinForeignLength = 4;
constexpr qsizetype MaxForeignLength = 14; // RFC 5733 e164 type: "[0-9]{1,14}"
constexpr qsizetype MaxE164Digits = 15;    // ITU-T E.164: country code included
constexpr qsizetype MaxEppLength = 17;     // RFC 5733 e164StringType maxLength

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// Grouping people type between digits; invisible format characters (zero-width
// space, BOM) come with copying from web pages and PDFs.
bool isSeparator(char32_t c)
{
    return c == U'.' || QChar::isSpace(c) || QChar::category(c) == QChar::Punctuation_Dash ||
           QChar::category(c) == QChar::Other_Format;
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

// Length of the country code that starts digits. E.164 country codes form a
// prefix code: zones 1 and 7 are one digit; the two-digit codes are listed
// below and everything else is three digits (ITU-T E.164 assignment list).
qsizetype countryCodeLength(const QString& digits)
{
    const QChar first = digits.at(0);
    // A leading 0 (no country code has one) is taken alone so that the
    // rejection names just that digit.
    if (first == QLatin1Char('0') || first == QLatin1Char('1') || first == QLatin1Char('7'))
        return 1;
    if (digits.size() < 2)
        return 2;
    static const QStringList twoDigit = {
        QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("36"),
        QStringLiteral("39"), QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("43"),
        QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("47"),
        QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"),
        QStringLiteral("57"), QStringLiteral("58"), QStringLiteral("60"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("84"),
        QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"), QStringLiteral("92"),
        QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"), QStringLiteral("98"),
    };
    return twoDigit.contains(digits.left(2)) ? 2 : 3;
}

} // namespace

ValidationResult PhoneValidator::validate(const QString& input)
{
    const QString trimmed = input.trimmed();
    const QList<uint> chars = trimmed.toUcs4();
    if (chars.isEmpty())
        return ValidationResult::invalid(tr("Enter a phone number."));

    // "+351", or the international call prefix "00" used in Portugal and
    // most of Europe.
    bool international = false;
    qsizetype i = 0;
    if (chars.at(0) == U'+') {
        international = true;
        i = 1;
    } else if (chars.size() >= 2 && chars.at(0) == U'0' && chars.at(1) == U'0') {
        international = true;
        i = 2;
    }

    // The EPP form "+CC.NNNN" states the country code: a dot that is the
    // first separator after the digits of the code ends it.
    QString digits;
    qsizetype statedCodeLength = -1;
    bool separated = false;
    for (; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (isAsciiDigit(c)) {
            digits += QChar(char16_t(c));
        } else if (isSeparator(c)) {
            if (international && c == U'.' && !separated && !digits.isEmpty())
                statedCodeLength = digits.size();
            separated = separated || !digits.isEmpty();
        } else {
            return ValidationResult::invalid(
                tr("The phone number contains “%1” at position %2; use digits, spaces, dots or "
                   "hyphens after a “+” and the country code.")
                    .arg(shownChar(c))
                    .arg(i + 1));
        }
    }
    if (digits.isEmpty())
        return ValidationResult::invalid(tr("Enter a phone number."));

    QString countryCode;
    QString national;
    if (!international) {
        if (digits.size() != PortugueseLength) {
            return ValidationResult::invalid(
                tr("“%1” has %2 digits; a Portuguese number has nine, and a foreign one needs "
                   "“+” and its country code, as in +44.2071234567.")
                    .arg(trimmed, QString::number(digits.size())));
        }
        countryCode = portugal();
        national = digits;
    } else {
        const qsizetype codeLength =
            statedCodeLength > 0 ? statedCodeLength : countryCodeLength(digits);
        countryCode = digits.left(codeLength);
        national = digits.mid(codeLength);
        // No ITU-T E.164 country code begins with 0.
        if (codeLength > 3 || countryCode.startsWith(QLatin1Char('0'))) {
            return ValidationResult::invalid(
                tr("“+%1” is not a country code; country codes have one to three digits and "
                   "never start with 0.")
                    .arg(countryCode));
        }
    }

    if (countryCode == portugal()) {
        if (national.size() != PortugueseLength) {
            return ValidationResult::invalid(
                tr("A Portuguese number has nine digits, but %1 has %2.")
                    .arg(national.isEmpty() ? trimmed : national,
                         QString::number(national.size())));
        }
        // National numbering plan (ANACOM): 2 fixed, 3 VoIP, 7 and 8 non-
        // geographic, 9 mobile.
        static const QString firstDigits = QStringLiteral("23789");
        if (!firstDigits.contains(national.at(0))) {
            return ValidationResult::invalid(
                tr("Portuguese numbers start with 2, 3, 7, 8 or 9, but %1 starts with %2.")
                    .arg(national, QString(national.at(0))));
        }
    } else {
        if (national.size() < MinForeignLength || national.size() > MaxForeignLength ||
            countryCode.size() + national.size() > MaxE164Digits) {
            const qsizetype maximum =
                std::min(MaxForeignLength, MaxE164Digits - countryCode.size());
            return ValidationResult::invalid(
                tr("The number after the country code +%1 has %2 digits; it must have %3 to %4.")
                    .arg(countryCode)
                    .arg(national.size())
                    .arg(MinForeignLength)
                    .arg(maximum));
        }
    }

    const QString normalised = QLatin1Char('+') + countryCode + QLatin1Char('.') + national;
    Q_ASSERT(normalised.size() <= MaxEppLength);
    return ValidationResult::valid(normalised);
}

} // namespace rd
