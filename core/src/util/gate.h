// Skipping the lines a pattern cannot match. Every pattern run over the whole text costs
// one DFA pass (~2.5 ns a byte), yet most patterns need a word few lines hold ("quarter",
// "yesterday", a month's name). A Gate reads the text once, noting for each line which
// needle groups it holds, and a pattern then runs on the lines of its group alone.
//
// A needle is a word start in any ASCII case ("quarter" finds "Quarter", "quarterly",
// "first-quarter" and "4Q"'s "q" after a digit, not "headquarters"), or a single
// punctuation byte anywhere ("%", "-"). A group must be a necessary condition: every
// match of its pattern holds one of the group's needles at a word start (the patterns
// put \b, \s or [- ] before those words). So no match inside a line is lost; a match
// that would run across a line break is, which none of the gated patterns is meant to
// find (a date, or a title and the name after it, is written on one line).
#pragma once

#include <re2/re2.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/scan.h"

namespace finlens::util {

struct LineRange {
  std::uint32_t start = 0;  // byte offsets in the gated text, '\n' excluded
  std::uint32_t end = 0;
};

// A maximal run of ASCII digits: where a pattern that starts with \b and a number can
// start (the Gate notes them on its way through the text, for patterns tried there alone).
struct DigitRun {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// Needle groups, set up once (a function-local static) and shared by every Gate.
class Needles {
 public:
  // Adds a group and returns its number (at most 64 groups). Word needles are ASCII
  // letters (any case); a needle that does not begin with a letter matches anywhere, as
  // written ("%", "\xC5\xBF": the 'ſ' that re2's case folding reads as an "s").
  int add(std::span<const std::string_view> group);
  int add(std::initializer_list<std::string_view> group) {
    return add(std::span<const std::string_view>(group.begin(), group.size()));
  }
  // A group of whole words: a word needle counts only where no ASCII letter follows it,
  // or one of `letters_after` (lower case, matched in any case) does: "mar" finds "Mar.",
  // "mar 5" and, with "f" after it, "marfirst", not "market".
  int add_words(std::span<const std::string_view> group, std::string_view letters_after);
  int add_words(std::initializer_list<std::string_view> group, std::string_view letters_after) {
    return add_words(std::span<const std::string_view>(group.begin(), group.size()), letters_after);
  }
  // add_words for a group whose needles' places a Gate also keeps (Gate::starts): for a
  // pattern whose every match starts at one of them, tried there alone. The places of the
  // needles that begin with no letter ("$", "€") are kept too.
  int add_starts(std::span<const std::string_view> group, std::string_view letters_after);
  int add_starts(std::initializer_list<std::string_view> group, std::string_view letters_after) {
    return add_starts(std::span<const std::string_view>(group.begin(), group.size()),
                      letters_after);
  }

 private:
  friend class Gate;
  struct Word {
    std::string text;    // lower case unless `exact`
    bool exact = false;  // written with a capital: matched as written
    std::uint64_t bit = 0;
    bool whole = false;  // add_words: only before no letter or one of `after`
    std::string after = {};
    int kept = -1;  // add_starts: the group, whose every hit the Gate keeps
    // The first eight bytes, compared at once: (the text's eight | fold) & mask == head,
    // fold holding 0x20 at the letters of a word matched in any case.
    std::uint64_t head = 0, fold = 0, mask = 0;
    bool at(std::string_view s, std::size_t p) const;
  };
  // Adds a group of words made as `kind` says (whole, after, kept).
  int add_group(std::span<const std::string_view> group, const Word& kind);
  // The word needles of one start (two letters, or a letter and no letter after it), and
  // which byte may stand next after that start for any of them to match: bit i of `next`
  // for letter index i there (1-26, 0 for no letter); all bits when a needle is that short.
  // Most word starts in a text hold no needle, and this settles them before any comparison.
  struct Bucket {
    std::vector<Word> words;
    std::uint32_t next = 0;
  };
  static int bucket(char a, char b);  // two lower-case letters (b may be 0)
  void add_word(Word w);
  std::vector<Bucket> by_start_ = std::vector<Bucket>(27 * 27);
  std::array<std::uint64_t, 256> bytes_{};       // punctuation byte → groups
  std::array<std::uint64_t, 256> kept_bytes_{};  // the same for the groups of add_starts
  std::vector<Word> sequences_;                  // longer needles that begin with no letter
  std::array<bool, 256> sequence_start_{};       // the first bytes of sequences_
  // Bytes that are no letter, no digit and start no needle: a Gate passes them by.
  std::array<bool, 256> quiet_ = [] {
    std::array<bool, 256> t{};
    for (int b = 0; b < 256; ++b) {
      const bool alpha = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
      t[static_cast<std::size_t>(b)] = !alpha && !(b >= '0' && b <= '9');
    }
    return t;
  }();
  int groups_ = 0;
};

class Gate {
 public:
  Gate(std::string_view text, const Needles& needles);

  // The lines holding a needle of `group`, in order.
  std::vector<LineRange> lines(int group) const;
  // The same, each with the `before` lines before it and the `after` lines after it, as
  // ranges that hold their line breaks (neighbours merged): for a pattern whose match may
  // run over up to that many line breaks (\s between its parts) on either side of the
  // needle, so that no match is lost and every match starts where the whole text's would.
  std::vector<LineRange> lines(int group, int before, int after) const;

  // Every run of ASCII digits in the text, in order.
  const std::vector<DigitRun>& digit_runs() const { return digit_runs_; }
  // Where the needles of a group made by Needles::add_starts stand, in order.
  const std::vector<std::uint32_t>& starts(int group) const {
    return starts_[static_cast<std::size_t>(group)];
  }

  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<LineRange> lines_;
  std::vector<std::uint64_t> masks_;  // per line: the groups it holds
  std::vector<DigitRun> digit_runs_;
  std::vector<std::vector<std::uint32_t>> starts_;  // by group (empty for most)
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

// for_each_match_if (scan.h) over the gated lines only.
template <std::size_t N, class P, class F>
void for_each_match_if_in(const RE2& re, std::string_view text, const std::vector<LineRange>& lines,
                          P&& worth, F&& f) {
  for (const LineRange& line : lines)
    for_each_match_if_between<N>(re, text, line.start, line.end, worth, f);
}

}  // namespace finlens::util
