#pragma once

#include <QDateTime>

namespace rd {

// Every "now" in the program comes from a Clock, so deadline logic can be tested
// at any moment (a boundary, a daylight-saving change) without waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock stopped at one moment: the command line's --now, and tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& at)
        : m_at(at.toUTC())
    {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at.toUTC(); }
    void advanceSecs(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

} // namespace rd
