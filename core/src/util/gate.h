// Skipping the lines a pattern cannot match. Every pattern run over the whole text costs
// one DFA pass (~2.5 ns a byte), yet most patterns need a word few lines hold ("quarter",
// "yesterday", a month's name). A Gate finds those lines with plain substring search
// (memmem, many times faster than a DFA pass) and the pattern then runs on them alone.
//
// A gate is a necessary condition: every match of the pattern must contain one of its
// needles, so no match inside a line is lost. A match that would run across a line
// break is lost, which none of the gated patterns is meant to find (a date, a title
// and the name after it are written on one line).
#pragma once

#include <re2/re2.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace finlens::util {

struct LineRange {
  std::uint32_t start = 0;  // byte offsets in the gated text, '\n' excluded
  std::uint32_t end = 0;
};

class Gate {
 public:
  explicit Gate(std::string_view text);

  // The lines holding one of `needles`, in order, each once. With `fold` the needles are
  // lower case and match in any ASCII case ("quarter" finds "Quarter").
  std::vector<LineRange> lines(std::initializer_list<std::string_view> needles, bool fold) const;

  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::string lower_;  // text_ with ASCII letters in lower case, byte for byte
};

// for_each_match (scan.h) over the gated lines only: the same matches, in the same order,
// as a scan of the whole text finds inside those lines. Offsets stay those of `text`,
// and the text around a line still decides \b at its ends.
template <std::size_t N, class F>
void for_each_match_in(const RE2& re, std::string_view text, const std::vector<LineRange>& lines,
                       F&& f) {
  std::array<re2::StringPiece, N> g;
  const re2::StringPiece all(text.data(), text.size());
  for (const LineRange& line : lines) {
    std::size_t pos = line.start;
    while (pos <= line.end &&
           re.Match(all, pos, line.end, RE2::UNANCHORED, g.data(), static_cast<int>(N))) {
      const std::size_t end = static_cast<std::size_t>(g[0].data() - text.data()) + g[0].size();
      f(g);
      pos = end > pos ? end : pos + 1;
    }
  }
}

}  // namespace finlens::util
