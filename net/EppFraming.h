#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QQueue>
#include <QString>

namespace rd {

// RFC 5734 section 4: every EPP data unit travels behind a 32-bit big-endian
// length that counts the whole unit, its own 4 bytes included.
constexpr qint64 EppHeaderSize = 4;
// Far above any real EPP message; a larger length means a broken stream.
constexpr qint64 DefaultMaxFrameSize = 16 * 1024 * 1024;

// The XML with its length header in front, ready to write.
QByteArray frame(const QByteArray& xml);

// Turns a byte stream, received in pieces of any size, back into the XML
// documents it carries. A length below 4 or above the maximum breaks the
// stream for good: nothing after it can be trusted to start a frame.
class FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(FrameReader)

public:
    enum class Error
    {
        None,
        LengthTooSmall, // the header claims fewer bytes than the header itself
        LengthTooLarge  // the header claims more than the maximum frame size
    };

    explicit FrameReader(qint64 maxFrameSize = DefaultMaxFrameSize);

    // Takes the next bytes of the stream; returns false once the stream is
    // broken (then error() says why, and further bytes are ignored).
    bool append(const QByteArray& bytes);

    bool hasFrame() const { return !m_frames.isEmpty(); }
    // The XML of the oldest complete frame, header removed; empty when none.
    QByteArray takeFrame();

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool hasError() const { return m_error != Error::None; }

    // Bytes of a frame that has started but is not complete yet.
    qint64 partialBytes() const { return m_buffer.size() - m_offset; }
    // The length announced for that frame (header included); 0 until the
    // whole header has arrived.
    qint64 partialFrameSize() const;

    qint64 maxFrameSize() const { return m_maxFrameSize; }
    // Forgets everything: buffered bytes, complete frames and any error.
    void reset();

private:
    bool fail(Error error, qint64 announced);

    qint64 m_maxFrameSize;
    QByteArray m_buffer;
    qint64 m_offset = 0; // start of the first frame not yet complete
    QQueue<QByteArray> m_frames;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace rd
