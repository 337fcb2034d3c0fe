// Word lists as data. A list written inline as in(w, {"a", "b", …}) is rebuilt on the
// stack at every call (code and time per element); a named constexpr array is built once,
// by the compiler.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <unordered_set>

namespace finlens::util {

template <std::size_t N>
constexpr bool in(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

// The same test for a long list asked about often (a word at a time): a hash set over the
// array, built at its first use (thread-safe, as every function-local static).
template <const auto& List>
bool in_set(std::string_view w) {
  static const std::unordered_set<std::string_view> set(std::begin(List), std::end(List));
  return set.count(w) > 0;
}

// For short lists (a few words) written where they are used.
inline bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

}  // namespace finlens::util
