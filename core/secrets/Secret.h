#pragma once

#include <QByteArray>
#include <QString>

class QDebug;

namespace rd {

// A password or passphrase in memory. It owns its bytes alone: copies are
// explicit (copy()) and deep, so that every buffer has one owner, and that
// owner overwrites it with zeros when it lets go (destruction, assignment,
// clear()). Nothing here prints it: there is no QDebug operator on purpose.
class Secret
{
public:
    Secret() = default;
    // Takes the bytes over. When the caller still shares the buffer, only the
    // caller's copy remains, and wiping it is the caller's business.
    explicit Secret(QByteArray bytes);
    ~Secret();

    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    // UTF-8 of `text`; the string's own buffer is overwritten when nothing
    // else shares it (pass a temporary or std::move the line edit's text).
    static Secret fromString(QString text);

    Secret copy() const;
    const QByteArray& bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    void clear();

    // Looks at every byte, wherever the first difference is.
    bool operator==(const Secret& other) const;
    bool operator!=(const Secret& other) const { return !(*this == other); }

private:
    QByteArray m_bytes;
};

// Overwrites `bytes` with zeros when no one else shares the buffer, then empties it.
void wipe(QByteArray& bytes);
void wipe(QString& text);

// Deliberately not defined: a secret must never reach a log.
QDebug operator<<(QDebug debug, const Secret& secret) = delete;

} // namespace rd
