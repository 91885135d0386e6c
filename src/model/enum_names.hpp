// One table per enum gives both directions of its text form (ToString and Parse), so a name is
// written once and the two can never disagree.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace knotmap::model {

template <class E, std::size_t N>
struct EnumNames {
  std::array<std::pair<E, std::string_view>, N> items;

  // The name of `e`; an enumerator missing from the table is a programming error caught by the
  // tests, and falls back to the first name rather than an empty string.
  constexpr std::string_view Name(E e) const {
    for (const auto& [value, name] : items) {
      if (value == e) return name;
    }
    return items.front().second;
  }

  constexpr std::optional<E> Parse(std::string_view s) const {
    for (const auto& [value, name] : items) {
      if (name == s) return value;
    }
    return std::nullopt;
  }
};

}  // namespace knotmap::model
