#pragma once

#include <QLatin1String>
#include <QString>
#include <array>
#include <optional>
#include <utility>

// An enum's stable text codes as a constexpr table, looked up both ways.
namespace rd::codes {

template <typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N> QString codeOf(const Table<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N>& table, const QString& code)
{
    for (const auto& [candidate, text] : table) {
        if (code == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace rd::codes
