#pragma once

#include <QString>
#include <QtGlobal>
#include <iterator>

namespace rd::sandbox {

// SplitMix64: a small generator whose sequence depends on the seed alone, on
// every platform and Qt version, so that a portfolio built from a seed is the
// same everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); bound > 0. The modulo bias is below 2^-40 for the
    // small bounds used here.
    int bounded(int bound) { return int(next() % quint64(bound)); }
    int between(int low, int high) { return low + bounded(high - low + 1); } // inclusive
    bool percent(int chance) { return bounded(100) < chance; }

    template <typename Container> const auto& pick(const Container& items)
    {
        return items[bounded(int(std::size(items)))];
    }

    // An auth code as the registry hands them out: three groups of four
    // letters and digits, without the look-alikes 0/O, 1/l/I.
    QString authCode()
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        QString code;
        for (int i = 0; i < 14; ++i) {
            if (i == 4 || i == 9)
                code += QLatin1Char('-');
            else
                code += QLatin1Char(alphabet[bounded(int(sizeof(alphabet)) - 1)]);
        }
        return code;
    }

private:
    quint64 m_state;
};

} // namespace rd::sandbox
