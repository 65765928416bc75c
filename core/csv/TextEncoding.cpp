#include "csv/TextEncoding.h"

#include <QStringDecoder>

namespace rd::csv {
namespace {

// Windows-1252 bytes 0x80-0x9F (the rest is Latin-1); 0 marks the five unassigned bytes.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// ISO-8859-15 differs from Latin-1 in eight places (the euro sign, Š š Ž ž Œ œ Ÿ).
char16_t iso885915(uchar byte)
{
    switch (byte) {
    case 0xA4:
        return 0x20AC;
    case 0xA6:
        return 0x0160;
    case 0xA8:
        return 0x0161;
    case 0xB4:
        return 0x017D;
    case 0xB8:
        return 0x017E;
    case 0xBC:
        return 0x0152;
    case 0xBD:
        return 0x0153;
    case 0xBE:
        return 0x0178;
    default:
        return byte;
    }
}

bool isValidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uint code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 (RFC 3629).
        static constexpr uint minimum[4] = {0, 0x80, 0x800, 0x10000};
        if (code < minimum[extra] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

QString TextEncoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Iso8859_15:
        return QStringLiteral("ISO-8859-15");
    }
    return {};
}

QStringList TextEncoding::names()
{
    return {name(Encoding::Utf8), name(Encoding::Utf16LE), name(Encoding::Utf16BE),
            name(Encoding::Windows1252), name(Encoding::Iso8859_15)};
}

std::optional<Encoding> TextEncoding::fromName(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("ansi"))
        return Encoding::Windows1252;
    if (key == QLatin1String("iso885915") || key == QLatin1String("latin9") ||
        key == QLatin1String("latin0"))
        return Encoding::Iso8859_15;
    return std::nullopt;
}

int TextEncoding::bomLength(const QByteArray& bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case Encoding::Utf16LE:
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    case Encoding::Utf16BE:
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    default:
        return 0;
    }
}

Encoding TextEncoding::detect(const QByteArray& bytes, int* bom)
{
    for (const Encoding candidate : {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE}) {
        if (const int length = bomLength(bytes, candidate)) {
            if (bom)
                *bom = length;
            return candidate;
        }
    }
    if (bom)
        *bom = 0;
    if (isValidUtf8(bytes, 0))
        return Encoding::Utf8;
    bool iso = false;
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if (byte >= 0x80 && byte <= 0x9F)
            return Encoding::Windows1252;
        if (iso885915(byte) != byte)
            iso = true;
    }
    return iso ? Encoding::Iso8859_15 : Encoding::Windows1252;
}

std::optional<QString> TextEncoding::decode(const QByteArray& bytes, Encoding encoding,
                                            QString* error)
{
    const int skip = bomLength(bytes, encoding);
    const QByteArrayView body = QByteArrayView(bytes).sliced(skip);
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        if (encoding == Encoding::Utf8 && !isValidUtf8(bytes, skip)) {
            if (error)
                *error = tr("The file is not valid UTF-8; give its encoding (for example "
                            "windows-1252).");
            return std::nullopt;
        }
        if (encoding != Encoding::Utf8 && body.size() % 2 != 0) {
            if (error)
                *error = tr("The file is not valid UTF-16: it has an odd number of bytes.");
            return std::nullopt;
        }
        QStringDecoder decoder(encoding == Encoding::Utf8      ? QStringConverter::Utf8
                               : encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                               : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder.decode(body);
        if (decoder.hasError()) {
            if (error)
                *error = tr("The file is not valid %1.").arg(name(encoding));
            return std::nullopt;
        }
        return text;
    }
    case Encoding::Windows1252:
    case Encoding::Iso8859_15: {
        QString text(body.size(), Qt::Uninitialized);
        QChar* out = text.data();
        for (qsizetype i = 0; i < body.size(); ++i) {
            const auto byte = uchar(body[i]);
            char16_t code = byte;
            if (encoding == Encoding::Iso8859_15) {
                code = iso885915(byte);
            } else if (byte >= 0x80 && byte <= 0x9F) {
                code = windows1252High[byte - 0x80];
                if (code == 0) {
                    if (error)
                        *error = tr("Byte 0x%1 at offset %2 is not a character in "
                                    "windows-1252.")
                                     .arg(byte, 2, 16, QLatin1Char('0'))
                                     .arg(i + skip);
                    return std::nullopt;
                }
            }
            out[i] = QChar(code);
        }
        return text;
    }
    }
    return std::nullopt;
}

} // namespace rd::csv
