// Helpers every recognizer uses: one way to run an re2 pattern over a text, and the
// character tests that decide whether a match stands alone or is part of a word.
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace finlens::util {

inline std::string_view sv(const re2::StringPiece& p) { return {p.data(), p.size()}; }

// Byte offset of a submatch inside `text` (which must contain it).
inline std::uint32_t offset_in(std::string_view text, const re2::StringPiece& p) {
  return static_cast<std::uint32_t>(p.data() - text.data());
}

// Calls f(groups) for each non-overlapping match, left to right. `N` is the number of
// groups asked for, including group 0. re2 searches in time linear in what it reads.
template <std::size_t N, class F>
void for_each_match(const RE2& re, std::string_view text, F&& f) {
  std::array<re2::StringPiece, N> g;
  const re2::StringPiece all(text.data(), text.size());
  std::size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(all, pos, text.size(), RE2::UNANCHORED, g.data(), static_cast<int>(N))) {
    const std::size_t end = static_cast<std::size_t>(g[0].data() - text.data()) + g[0].size();
    f(g);
    pos = end > pos ? end : pos + 1;
  }
}

// for_each_match, calling f only for the matches whose whole text passes `worth`: a test
// the caller's own must imply (a cheap necessary condition). re2 finds a match's bounds
// with its DFAs alone; its groups cost a further run of BitState or the NFA over the
// match, which only the matches worth it pay for. The groups are read as re2 itself reads
// them after its DFA: a full match of the match's bounds.
template <std::size_t N, class P, class F>
void for_each_match_if_between(const RE2& re, std::string_view text, std::size_t from,
                               std::size_t to, P&& worth, F&& f) {
  std::array<re2::StringPiece, N> g;
  const re2::StringPiece all(text.data(), text.size());
  std::size_t pos = from;
  re2::StringPiece m;
  while (pos <= to && re.Match(all, pos, to, RE2::UNANCHORED, &m, 1)) {
    const std::size_t start = static_cast<std::size_t>(m.data() - text.data());
    const std::size_t end = start + m.size();
    if (worth(sv(m))) {
      re.Match(all, start, end, RE2::ANCHOR_BOTH, g.data(), static_cast<int>(N));
      f(g);
    }
    pos = end > pos ? end : pos + 1;
  }
}
template <std::size_t N, class P, class F>
void for_each_match_if(const RE2& re, std::string_view text, P&& worth, F&& f) {
  for_each_match_if_between<N>(re, text, 0, text.size(), worth, f);
}

// Anchored match of `re` at exactly `pos`, within text[pos, to). Bounds first: asked for groups at
// once, re2 skips its DFA on a text (the whole `text`, not the part searched) under some kilobytes
// and runs BitState over all of [pos, to), clearing a bitmap of the pattern's size times that
// length on every call; the DFA finds the match's end, and BitState then reads the match alone.
template <std::size_t N>
bool match_at(const RE2& re, std::string_view text, std::size_t pos,
              std::array<re2::StringPiece, N>& g, std::size_t to = std::string_view::npos) {
  const re2::StringPiece all(text.data(), text.size());
  to = std::min(to, text.size());
  if (pos > to) return false;
  if constexpr (N <= 1) {
    return re.Match(all, pos, to, RE2::ANCHOR_START, g.data(), static_cast<int>(N));
  } else {
    re2::StringPiece m;
    if (!re.Match(all, pos, to, RE2::ANCHOR_START, &m, 1)) return false;
    return re.Match(all, pos, pos + m.size(), RE2::ANCHOR_BOTH, g.data(), static_cast<int>(N));
  }
}

// for_each_match for a pattern whose every match starts at one of `starts` (sorted; the
// caller's necessary condition): an anchored try at each instead of a pass over the text.
// The same matches in the same order, with the same groups, for a pattern that matches
// no empty string. Worth it where starts are rare: a try costs re2 a few hundred
// instructions, a pass some fifteen a byte. A match's bounds come from the DFA; its groups
// are read over the match alone, as re2 itself reads them after its DFA.
template <std::size_t N, class F>
void for_each_match_at(const RE2& re, std::string_view text,
                       const std::vector<std::uint32_t>& starts, F&& f) {
  std::array<re2::StringPiece, N> g;
  std::size_t pos = 0;
  for (const std::uint32_t start : starts) {
    if (start < pos) continue;  // inside the last match
    if (!match_at(re, text, start, g)) continue;
    f(g);
    pos = start + g[0].size();
  }
}

// for_each_match_if (every match found, f called for those that pass `worth`) for a
// pattern whose every match starts at one of `starts`, as for_each_match_at.
template <std::size_t N, class P, class F>
void for_each_match_if_at(const RE2& re, std::string_view text,
                          const std::vector<std::uint32_t>& starts, P&& worth, F&& f) {
  std::array<re2::StringPiece, N> g;
  const re2::StringPiece all(text.data(), text.size());
  std::size_t pos = 0;
  re2::StringPiece m;
  for (const std::uint32_t start : starts) {
    if (start < pos) continue;  // inside the last match
    if (!re.Match(all, start, text.size(), RE2::ANCHOR_START, &m, 1)) continue;
    pos = start + m.size();
    if (!worth(sv(m))) continue;
    re.Match(all, start, pos, RE2::ANCHOR_BOTH, g.data(), static_cast<int>(N));
    f(g);
  }
}

// for_each_match_at when `starts` is given, else for_each_match over the whole text (a
// text the caller cannot list the starts of): the same matches either way, and f called
// from one place, so that a large f is not written into the program twice.
template <std::size_t N, class F>
void for_each_match_at_or_all(const RE2& re, std::string_view text,
                              const std::optional<std::vector<std::uint32_t>>& starts, F&& f) {
  std::array<re2::StringPiece, N> g;
  const re2::StringPiece all(text.data(), text.size());
  std::size_t pos = 0, next = 0;
  while (true) {
    if (starts) {
      while (next < starts->size() && (*starts)[next] < pos) ++next;  // inside the last match
      if (next == starts->size()) return;
      if (!match_at(re, text, (*starts)[next++], g)) continue;
    } else if (pos > text.size() ||
               !re.Match(all, pos, text.size(), RE2::UNANCHORED, g.data(), static_cast<int>(N))) {
      return;
    }
    const std::size_t end = static_cast<std::size_t>(g[0].data() - text.data()) + g[0].size();
    f(g);
    pos = end > pos ? end : pos + 1;
  }
}

inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) { return is_ascii_alpha(c) || is_digit(c); }
// A byte of a word as re2's \b reads it (ASCII letters, digits and '_').
inline bool is_word_byte(char c) { return is_alnum(c) || c == '_'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_space(char c) { return c == ' ' || c == '\n'; }
// A byte re2's \s matches.
inline bool is_re2_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// RE2 options shared by all patterns: UTF-8, leftmost-first, no logging on bad patterns
// (a bad pattern is a bug caught by the tests, which check ok()).
inline RE2::Options pattern_options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

}  // namespace finlens::util
