#include "EppFraming.h"

#include <QtEndian>
#include <limits>

namespace rd {

namespace {

quint32 readLength(const char* at)
{
    return qFromBigEndian<quint32>(at);
}

} // namespace

QByteArray frame(const QByteArray& xml)
{
    const qint64 total = EppHeaderSize + xml.size();
    Q_ASSERT(total <= std::numeric_limits<quint32>::max());
    QByteArray bytes(EppHeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(static_cast<quint32>(total), bytes.data());
    bytes.append(xml);
    return bytes;
}

FrameReader::FrameReader(qint64 maxFrameSize)
    : m_maxFrameSize(maxFrameSize)
{}

bool FrameReader::append(const QByteArray& bytes)
{
    if (hasError())
        return false;
    m_buffer.append(bytes);
    while (m_buffer.size() - m_offset >= EppHeaderSize) {
        const qint64 length = readLength(m_buffer.constData() + m_offset);
        if (length < EppHeaderSize)
            return fail(Error::LengthTooSmall, length);
        if (length > m_maxFrameSize)
            return fail(Error::LengthTooLarge, length);
        if (m_buffer.size() - m_offset < length)
            break;
        m_frames.enqueue(m_buffer.mid(m_offset + EppHeaderSize, length - EppHeaderSize));
        m_offset += length;
    }
    // Drop consumed bytes once they outweigh what is kept, so that a stream
    // fed one byte at a time costs linear time, not quadratic.
    if (m_offset > 0 && m_offset >= m_buffer.size() - m_offset) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return true;
}

QByteArray FrameReader::takeFrame()
{
    return m_frames.isEmpty() ? QByteArray() : m_frames.dequeue();
}

qint64 FrameReader::partialFrameSize() const
{
    if (m_buffer.size() - m_offset < EppHeaderSize)
        return 0;
    return readLength(m_buffer.constData() + m_offset);
}

void FrameReader::reset()
{
    m_buffer.clear();
    m_offset = 0;
    m_frames.clear();
    m_error = Error::None;
    m_errorString.clear();
}

bool FrameReader::fail(Error error, qint64 announced)
{
    m_error = error;
    if (error == Error::LengthTooSmall) {
        m_errorString = tr("A frame announced a length of %1 bytes; an EPP frame is at least 4 "
                           "bytes long, its length header included.")
                            .arg(announced);
    } else {
        m_errorString = tr("A frame announced a length of %1 bytes, more than the limit of %2 "
                           "bytes.")
                            .arg(announced)
                            .arg(m_maxFrameSize);
    }
    return false;
}

} // namespace rd
