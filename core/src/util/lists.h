// Word lists as data. A list written inline as in(w, {"a", "b", …}) is rebuilt on the
// stack at every call (code and time per element); a named constexpr array is built once,
// by the compiler.
#pragma once

#include <bitset>
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
// A word's first byte and its length (31 for longer words), for a bitset that answers
// most lookups of a word set before any hashing: few words of a text share both with a
// listed word.
inline std::size_t word_shape(std::string_view w) {
  const std::size_t b0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return b0 * 32 + (w.size() < 31 ? w.size() : 31);
}

template <const auto& List>
bool in_set(std::string_view w) {
  struct Set {
    std::unordered_set<std::string_view> words;
    std::bitset<256 * 32> shapes;
  };
  static const Set set = [] {
    Set s{{std::begin(List), std::end(List)}, {}};
    for (std::string_view x : List) s.shapes.set(word_shape(x));
    return s;
  }();
  return set.shapes.test(word_shape(w)) && set.words.count(w) > 0;
}

// For short lists (a few words) written where they are used.
inline bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

}  // namespace finlens::util
