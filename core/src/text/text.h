// Stage 1: the input as text the recognizers can read, and the way back.
//
// `clean` is the input as valid UTF-8 (invalid sequences replaced by U+FFFD the way
// a browser's TextDecoder does it, so offsets agree with what JavaScript sees).
// `norm` is what every later stage reads: the same characters, one for one, with
// look-alikes folded (NBSP and other spaces → ' ', CR → '\n' or ' ', fullwidth ASCII →
// ASCII). Folding keeps the character count, so a span in `norm` is a span in the
// input; only byte lengths differ, and the map records where they do.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "finlens/analysis.h"

namespace finlens::text {

struct Text {
  std::string clean;
  std::string norm;
  bool had_invalid_utf8 = false;
  std::uint32_t input_bytes = 0;

  // norm byte offset → clean byte offset
  std::uint32_t to_clean(std::uint32_t norm_byte) const;
  // clean byte offset → UTF-16 code units before it
  std::uint32_t utf16_at(std::uint32_t clean_byte) const;
  std::uint32_t utf16_size() const { return utf16_at(static_cast<std::uint32_t>(clean.size())); }
  // A span of `norm` as the contract's Span (UTF-16 offsets, text from the input).
  Span span(std::uint32_t norm_start, std::uint32_t norm_end) const;
  std::string_view view(std::uint32_t norm_start, std::uint32_t norm_end) const {
    return std::string_view(norm).substr(norm_start, norm_end - norm_start);
  }

  // Where byte lengths of norm and clean start to differ: (norm offset, clean offset).
  struct Shift {
    std::uint32_t norm;
    std::uint32_t clean;
  };
  std::vector<Shift> shifts;
  // UTF-16 count at every kCheckpoint-th clean byte.
  static constexpr std::uint32_t kCheckpoint = 64;  // 1/16 of the text's size in memory
  std::vector<std::uint32_t> utf16_checkpoints;
};

// Decodes, cuts at max_bytes (on a character boundary) and folds. `cut` tells the
// caller whether the input was longer than max_bytes.
Text prepare(std::string_view input, std::size_t max_bytes, bool* cut);

// Replaces invalid UTF-8 like the WHATWG decoder (one U+FFFD per maximal subpart).
std::string to_valid_utf8(std::string_view input, bool* had_invalid);

// Decodes the code point at `pos` of valid UTF-8 and its length in bytes.
char32_t decode_at(std::string_view s, std::size_t pos, int* length);

}  // namespace finlens::text
