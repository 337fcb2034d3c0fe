// Quotation marks, paired. Straight and curly, double and single, the low „ and «»;
// apostrophes ("Alibaba’s", "they’re", "’90s") are told apart from closing marks by
// what stands on either side of them.
//
// Doubles are paired across the whole text in one pass. A quote normally closes in
// its own paragraph; it runs on into the next paragraph only when that paragraph opens
// with a quotation mark (the multi-paragraph convention) or, for text whose lines are
// hard-wrapped, when a closing mark comes within a few lines. Either way a quote spans
// at most kMaxQuoteLines lines, and a quote that is never closed ends at the last
// sentence end within kMaxUnclosedBytes: a mark that is never closed cannot swallow the
// article, not even one written on a single line.
// Singles pair within one line and a bounded distance. A pair inside another pair (a
// quote within a quote) is not a quote of its own.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sections/layout.h"

namespace finlens::claims {

inline constexpr std::uint32_t kMaxQuoteLines = 6;  // lines one quote may span
inline constexpr std::uint32_t kMaxSoftWrapLines =
    3;  // lines a closing mark is awaited without evidence
inline constexpr std::uint32_t kMaxSingleQuoteBytes = 400;
inline constexpr std::uint32_t kMaxUnclosedBytes =
    1500;  // an unclosed quote ends at a sentence end within this

struct Quoted {
  std::uint32_t open = 0;        // the opening mark
  std::uint32_t start = 0;       // content: just after the opening mark
  std::uint32_t end = 0;         // content end: the closing mark, or where an unclosed quote stops
  std::uint32_t after = 0;       // just after the closing mark (== end when unclosed)
  std::uint32_t first_line = 0;  // layout line index of the opening mark
  bool single = false;
  bool closed = true;
};

// Every quoted stretch of the text, in order, none overlapping another.
std::vector<Quoted> pair_quotes(std::string_view s, const sections::Layout& layout);

}  // namespace finlens::claims
