#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd::csv {

// The encodings spreadsheets write CSV in. Windows-1252 and ISO-8859-15 are
// decoded with our own tables: Qt 6.4 only knows them through ICU, which a
// build may lack.
enum class Encoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
    Iso8859_15
};

class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-15".
    static QString name(Encoding encoding);
    // Accepts the names above and common aliases (utf8, cp1252, latin9, ...), any case.
    static std::optional<Encoding> fromName(const QString& name);
    static QStringList names();

    // A byte order mark decides; otherwise valid UTF-8 is UTF-8; otherwise a
    // single-byte code page: Windows-1252 when bytes 0x80-0x9F occur (C1
    // controls in ISO-8859-15, letters and punctuation in Windows-1252, which
    // Excel writes), ISO-8859-15 when one of the eight code points where the
    // two differ from Latin-1 above 0xA0 occurs (the euro sign at 0xA4), and
    // Windows-1252 when nothing tells them apart (then they decode the same).
    static Encoding detect(const QByteArray& bytes, int* bomLength = nullptr);
    static int bomLength(const QByteArray& bytes, Encoding encoding);

    // Decodes without the byte order mark. Invalid UTF-8 or UTF-16 is refused
    // with the offset of the first bad byte in error.
    static std::optional<QString> decode(const QByteArray& bytes, Encoding encoding,
                                         QString* error);
};

} // namespace rd::csv
