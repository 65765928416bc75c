#include "secrets/Secret.h"

#include <utility>

namespace rd {
namespace {

// Writes through a volatile pointer so that the compiler cannot drop the
// stores as dead: the buffer is about to be freed, which is the point.
void zero(void* data, qsizetype size)
{
    volatile auto* bytes = static_cast<volatile unsigned char*>(data);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = 0;
}

} // namespace

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        zero(bytes.data(), bytes.size());
    bytes = QByteArray();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        zero(text.data(), text.size() * qsizetype(sizeof(QChar)));
    text = QString();
}

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

Secret::~Secret()
{
    wipe(m_bytes);
}

Secret::Secret(Secret&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

Secret Secret::fromString(QString text)
{
    Secret secret(text.toUtf8());
    wipe(text);
    return secret;
}

Secret Secret::copy() const
{
    // QByteArray's copy would share the buffer; this one gets its own.
    return Secret(QByteArray(m_bytes.constData(), m_bytes.size()));
}

void Secret::clear()
{
    wipe(m_bytes);
}

bool Secret::operator==(const Secret& other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        difference |= static_cast<unsigned char>(m_bytes.at(i) ^ other.m_bytes.at(i));
    return difference == 0;
}

} // namespace rd
