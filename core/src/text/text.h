// Stage 1: the input as text the recognizers can read, and the way back.
//
// `clean` is the input as valid UTF-8 (invalid sequences replaced by U+FFFD the way
// a browser's TextDecoder does it, so offsets agree with what JavaScript sees).
// `norm` is the logical text every later stage reads, whatever the layout it came in:
// one paragraph a line ('\n' between paragraphs, no blank lines), a soft line wrap read
// as a space (text/lines.h decides which breaks are soft), indentation, trailing space
// and list markers dropped, runs of spaces read as one, look-alikes folded (NBSP and
// the other spaces → ' ', CRLF and CR → '\n', fullwidth ASCII → ASCII, U+2212 → '-'),
// and HTML character references and Markdown marks read as the text they stand for.
// The map records, wherever norm and clean stop running in step, where each norm
// position lies in the input, so every span points at the input's own characters.
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
  // The input is not text at all (a PDF, an image, an archive, random bytes): norm is
  // empty, and the analysis says so instead of reading garbage.
  bool not_text = false;
  std::uint32_t input_bytes = 0;

  // Ranges of norm that are addresses, not prose: URLs and e-mail addresses. Nothing
  // inside them is a figure or a name ("%20", "2020%", "ir@acme.com").
  struct Range {
    std::uint32_t start;
    std::uint32_t end;
  };
  std::vector<Range> opaque;
  bool in_opaque(std::uint32_t norm_start, std::uint32_t norm_end) const;

  // norm byte offset → clean byte offset, for a span's start (past anything the logical
  // text dropped there) and for its end (before it).
  std::uint32_t to_clean(std::uint32_t norm_byte) const;
  std::uint32_t to_clean_end(std::uint32_t norm_byte) const;
  // clean byte offset → UTF-16 code units before it
  std::uint32_t utf16_at(std::uint32_t clean_byte) const;
  std::uint32_t utf16_size() const { return utf16_at(static_cast<std::uint32_t>(clean.size())); }
  // A span of `norm` as the contract's Span (UTF-16 offsets, text from the input).
  Span span(std::uint32_t norm_start, std::uint32_t norm_end) const;
  std::string_view view(std::uint32_t norm_start, std::uint32_t norm_end) const {
    return std::string_view(norm).substr(norm_start, norm_end - norm_start);
  }

  // Where norm and clean stop running in step: from `norm` on, norm byte norm + k is
  // clean byte clean + k (up to the next shift); the norm character before `norm` ends at
  // clean byte `end` (less than `clean` where the logical text dropped input there).
  struct Shift {
    std::uint32_t norm;
    std::uint32_t clean;
    std::uint32_t end;
  };
  std::vector<Shift> shifts;
  // UTF-16 count at every kCheckpoint-th clean byte.
  static constexpr std::uint32_t kCheckpoint = 64;  // 1/16 of the text's size in memory
  std::vector<std::uint32_t> utf16_checkpoints;
};

// Decodes, cuts at max_bytes (on a character boundary) and builds the logical text.
// `cut` tells the caller whether the input was longer than max_bytes.
Text prepare(std::string_view input, std::size_t max_bytes, bool* cut);

// Replaces invalid UTF-8 like the WHATWG decoder (one U+FFFD per maximal subpart).
std::string to_valid_utf8(std::string_view input, bool* had_invalid);

// Decodes the code point at `pos` of valid UTF-8 and its length in bytes.
char32_t decode_at(std::string_view s, std::size_t pos, int* length);

}  // namespace finlens::text
