// What a line break means. Text arrives with one paragraph a line, hard-wrapped at a
// fixed width (wire copy, e-mail, terminals), wrapped with indented paragraph starts
// (wire copy), or as PDF text with ragged lines; paragraphs are marked by blank lines,
// by indentation or by short lines, whichever the text uses. This file reads the
// physical lines once, finds which of those conventions the text follows, and says for
// each line break whether it ends a paragraph or is a soft wrap. No later stage decides
// this again: they read the logical text, where a soft wrap is a space.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace finlens::text {

// One physical line of the (valid UTF-8) input.
struct RawLine {
  std::uint32_t start = 0;  // first byte of the line
  std::uint32_t end = 0;    // end of its content, before the line break
  std::uint32_t next = 0;   // first byte of the next line (after the break)
  std::uint32_t lead = 0;   // content trimmed of surrounding space: [lead, trail)
  std::uint32_t trail = 0;
  std::uint32_t indent = 0;      // columns of leading space
  std::uint32_t width = 0;       // columns up to the last non-space character
  std::uint32_t first_word = 0;  // columns of the first word
  std::uint8_t marker = 0;       // bytes of a list or heading marker at lead ("- ", "## ")
  bool blank = true;
  bool heading = false;       // a Markdown heading ("## Results")
  bool title = false;         // a title's shape (util::title_shaped)
  bool terminal = false;      // ends like a sentence
  bool credit = false;        // opens like a credit line or byline
  bool starts_lower = false;  // its first letter is a lower-case ASCII letter
  bool ends_hyphen = false;   // ends in a letter and a hyphen ("joint-")
};

// How a line joins the one before it in the logical text.
enum class Join : std::uint8_t {
  paragraph,  // a paragraph break: '\n'
  space,      // a soft wrap: the break reads as one space
  glue,       // a word hyphenated across the break: nothing between ("joint-⏎venture")
};

// The lines of `clean`, split at LF, CRLF, CR, U+2028 and U+2029.
std::vector<RawLine> scan_lines(std::string_view clean);

// For each line, how it joins the previous non-blank line (the first non-blank line and
// blank lines get `paragraph`, which then means nothing).
std::vector<Join> decide_joins(const std::vector<RawLine>& lines);

}  // namespace finlens::text
