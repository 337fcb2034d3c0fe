// Eight bytes at a time: most of any text is ASCII, so the byte loops of the text, gate
// and claims stages test a word of eight bytes before they look at any one of them.
#pragma once

#include <cstdint>
#include <cstring>

namespace finlens::util {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;   // 0x01 in every byte
inline constexpr std::uint64_t kHighs = 0x8080808080808080ULL;  // every byte's high bit

// The eight bytes at p as one word (p need not be aligned).
inline std::uint64_t word_at(const void* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

}  // namespace finlens::util
