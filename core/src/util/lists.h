// Word lists as data. A list written inline as in(w, {"a", "b", …}) is rebuilt on the
// stack at every call (code and time per element); a named constexpr array is built once,
// by the compiler.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace finlens::util {

template <std::size_t N>
constexpr bool in(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

// For short lists (a few words) written where they are used.
inline bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

}  // namespace finlens::util
