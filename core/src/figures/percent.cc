// Percentages ("4.8%", "46 percent", "twenty percent", "12 per cent", "5 pct", and shares
// written as fractions: "two-thirds of", "a quarter of", "one in five"), percentage points
// ("1.3 percentage points", "50 basis points" → 0.5), and lists or ranges that share
// one unit ("25, 50 or even a 100 percent", "5-10%", "between 3 and 4 percent").
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "figures/figures.h"
#include "figures/needles.h"
#include "figures/numbers.h"
#include "util/gate.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

const RE2& percent_re() {
  // groups: 1 sign, 2 number (digits or words: "twenty percent"), 3 unit
  static const RE2 re(
      join(
          {R"(([-+])?()", kNumber, R"(|\b)", kSpelled,
           R"()\s?(%|(?i:percentage points?|percent points?|percent(?:age)? pts?|per ?cents?\b|pct\b|ppts?\b|pp\b|basis points?|bps\b|bp\b)))"}),
      util::pattern_options());
  return re;
}

const RE2& list_link_re() {
  // What joins a number to the next one in a shared-unit list, read backwards from the
  // unit: "25, 50 or even a 100 percent" → [25][, ][50][ or even a ][100].
  // groups: 1 the earlier number, 2 the joiner
  static const RE2 re(
      R"((\d{1,3}(?:\.\d+)?)%?(\s?(?:,\s?(?:or|and|to)?|or|and|to|-|–|—)\s?(?:(?:even|a|an|as much as|about|around|nearly|up to)\s)*)$)",
      util::pattern_options());
  return re;
}

struct Unit {
  FigureKind kind;
  double factor;
};

Unit unit_of(std::string_view u) {
  std::string l(u);
  for (char& c : l) c = static_cast<char>(c | 0x20);
  if (l.rfind("basis", 0) == 0 || l == "bps" || l == "bp")
    return {FigureKind::percentage_point, 0.01};
  if (l.find("point") != std::string::npos || l.find("pt") != std::string::npos || l == "pp" ||
      l == "ppt" || l == "ppts")
    return {FigureKind::percentage_point, 1};
  return {FigureKind::percent, 1};
}

}  // namespace

const RE2& share_re() {
  // A share written as a fraction of something: "two-thirds of", "a quarter of", "1/4 of",
  // "one out of three", "one in five" (words only: "1 in 3" is as often a score).
  // groups: 1 fraction, 2 numerator, 3 denominator (digits), 4 / 5 "out of", 6 / 7 "in"
  static const RE2 re(join({R"(\b(?:()", kFraction, R"()|(\d{1,2})/(\d{1,2}))\sof\b|\b(\d+|)",
                            kSpelled, R"()\sout\sof\s(\d+|)", kSpelled, R"()\b|\b()", kSpelled,
                            R"()\sin\s()", kSpelled, ")"}),
                      util::pattern_options());
  return re;
}

// Where a share can start: the digits of "1/4 of" or "3 out of", or a word the Gate kept.
// A text holding an 'ſ' (first byte 0xC5), which re2's case folding reads as an "s"
// anywhere in "six", "seven" or "thousand", is read whole instead (nullopt).
std::optional<std::vector<std::uint32_t>> share_starts(const util::Gate& gate) {
  const std::string_view s = gate.text();
  if (s.find('\xC5') != std::string_view::npos) return std::nullopt;
  const auto space = util::is_re2_space;
  std::vector<std::uint32_t> digits;
  for (const util::DigitRun& r : gate.digit_runs()) {
    if (r.start > 0 && util::is_word_byte(s[r.start - 1])) continue;
    if (r.end >= s.size()) continue;
    const bool fraction = r.end - r.start <= 2 && s[r.end] == '/';
    const bool out_of = space(s[r.end]) && s.substr(r.end + 1, 3) == "out";
    if (fraction || out_of) digits.push_back(r.start);
  }
  const std::vector<std::uint32_t>& words = gate.starts(FigureNeedles::get().share_words);
  std::vector<std::uint32_t> out(digits.size() + words.size());
  std::merge(digits.begin(), digits.end(), words.begin(), words.end(), out.begin());
  return out;
}

void find_percents(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  // Only lines holding a unit can match (util/gate.h).
  const auto lines = ctx.gate.lines(FigureNeedles::get().percent_units);
  util::for_each_match_in<4>(percent_re(), s, lines, [&](const auto& g) {
    const Unit unit = unit_of(sv(g[3]));
    auto v = parse_number(sv(g[2]));
    if (!v) v = spelled_number(sv(g[2]));
    if (!v) return;
    // a sign counts only when it is not a hyphen joining words ("COVID-19%" never; "-3%" yes)
    std::uint32_t start = offset_in(s, g[0]);
    double sign = 1;
    if (g[1].data() && !g[1].empty()) {
      const bool glued = start > 0 && (util::is_alnum(s[start - 1]));
      if (glued) {
        ++start;
      } else if (g[1][0] == '-') {
        sign = -1;
      }
    }
    const std::uint32_t end = offset_in(s, g[0]) + static_cast<std::uint32_t>(g[0].size());
    Found f;
    f.start = start;
    f.end = end;
    f.figure.kind = unit.kind;
    f.figure.value = sign * *v * unit.factor;
    // earlier members of a list or range sharing this unit
    std::vector<Found> earlier;
    std::uint32_t cursor = offset_in(s, g[2]);
    bool joined_by_word = false;
    for (int k = 0; k < 6; ++k) {
      const std::uint32_t from = cursor > 60 ? cursor - 60 : 0;
      std::string_view window = s.substr(from, cursor - from);
      std::array<re2::StringPiece, 3> m;
      const re2::StringPiece w(window.data(), window.size());
      if (!list_link_re().Match(w, 0, window.size(), RE2::UNANCHORED, m.data(), 3)) break;
      const std::uint32_t ns = from + offset_in(window, m[1]);
      const std::uint32_t ne = ns + static_cast<std::uint32_t>(m[1].size());
      if (!stands_alone(s, ns, ne)) break;
      std::string_view joiner = sv(m[2]);
      if (joiner.find_first_of("-–—") != std::string_view::npos ||
          joiner.find("or") != std::string_view::npos ||
          joiner.find("and") != std::string_view::npos ||
          joiner.find("to") != std::string_view::npos)
        joined_by_word = true;
      const auto n = parse_number(sv(m[1]));
      if (!n) break;  // past what a double holds
      Found e;
      e.start = ns;
      e.end = ne;
      e.figure.kind = unit.kind;
      e.figure.value = *n * unit.factor;
      earlier.push_back(e);
      cursor = ns;
    }
    // A bare comma list ("in 2015, 10 percent") is not a list of percentages.
    if (joined_by_word) {
      for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
        add_unless_glued(s, out, std::move(*it));
    }
    add_unless_glued(s, out, std::move(f));
  });
  // shares as fractions: their own pass, on every line (a fraction needs no unit word)
  const auto share = [&](const auto& g) {
    std::optional<double> v;
    re2::StringPiece span;
    if (g[1].data()) {
      span = g[1];
      // "the latter half of 1987", "the other half of the deal": a part, not a share
      static const RE2 part(R"((?i:latter|former|other|back|front|top|bottom|upper|lower)\s$)",
                            util::pattern_options());
      const std::uint32_t at = offset_in(s, g[1]);
      const std::uint32_t from = at > 12 ? at - 12 : 0;
      if (RE2::PartialMatch(re2::StringPiece(s.data() + from, at - from), part)) return;
      v = spelled_number(sv(g[1]));
      if (v) *v *= 100;
    } else if (g[2].data()) {
      span = re2::StringPiece(g[2].data(),
                              static_cast<std::size_t>(g[3].data() + g[3].size() - g[2].data()));
      const auto n = parse_number(sv(g[2])), d = parse_number(sv(g[3]));
      if (n && d && *d > 0 && *n < *d) v = 100 * *n / *d;
    } else {
      const re2::StringPiece& a = g[4].data() ? g[4] : g[6];
      const re2::StringPiece& b = g[4].data() ? g[5] : g[7];
      span = re2::StringPiece(a.data(), static_cast<std::size_t>(b.data() + b.size() - a.data()));
      const auto n = parse_count(sv(a)), d = parse_count(sv(b));
      if (n && d && *d >= 2 && *n >= 1 && *n < *d) v = 100 * *n / *d;
    }
    if (!v || !(*v > 0 && *v <= 100)) return;
    // "7/8 of a percentage point", "half of a share": a part of one unit, not a share of a whole
    if (g[1].data() || g[2].data()) {
      std::array<re2::StringPiece, 1> a;
      static const RE2 unit_after(R"(\sof\s(?i:an?)\s)", util::pattern_options());
      if (util::match_at(unit_after, s, offset_in(s, span) + span.size(), a)) return;
    }
    Found f;
    f.start = offset_in(s, span);
    f.end = f.start + static_cast<std::uint32_t>(span.size());
    if (!stands_alone(s, f.start, f.end) && !g[2].data()) return;
    f.figure.kind = FigureKind::percent;
    f.figure.value = *v;
    add_unless_glued(s, out, std::move(f));
  };
  util::for_each_match_at_or_all<8>(share_re(), s, share_starts(ctx.gate), share);
}

}  // namespace finlens::figures
