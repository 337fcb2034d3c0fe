// Counts with meaning: a number followed by what it counts ("three telecom operators",
// "179 new aerial refueling tankers", "1.2 million users"). A number with no noun after
// it says too little to report.
#include <algorithm>
#include <string>
#include <utility>

#include "figures/figures.h"
#include "figures/needles.h"
#include "figures/numbers.h"
#include "util/gate.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "of",    "the",     "and",   "or",    "to",     "in",    "on",      "at",    "for",
      "with",  "by",      "from",  "were",  "are",    "is",    "was",     "have",  "has",
      "had",   "will",    "would", "could", "should", "may",   "might",   "more",  "than",
      "per",   "a",       "an",    "that",  "which",  "who",   "they",    "we",    "it",
      "be",    "been",    "do",    "did",   "not",    "as",    "out",     "up",    "down",
      "times", "its",     "their", "his",   "her",    "our",   "this",    "these", "those",
      "such",  "percent", "pct",   "cent",  "per",    "ago",   "earlier", "later", "into",
      "over",  "under",   "about", "after", "before", "since", "while",   "when",  "where",
      "if",    "but",     "so",    "also",  "all"};
  for (auto k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool is_plural_noun(std::string_view w) {
  static constexpr std::string_view kNot[] = {
      "is",      "was",     "has",   "its",      "this",      "his",      "as",       "us",
      "does",    "thus",    "plus",  "less",     "unless",    "across",   "perhaps",  "always",
      "whereas", "yes",     "news",  "bus",      "gas",       "status",   "years",    "months",
      "weeks",   "days",    "hours", "minutes",  "decades",   "quarters", "times",    "percents",
      "points",  "dollars", "euros", "cents",    "pounds",    "yuan",     "yen",      "seconds",
      "ones",    "others",  "tens",  "hundreds", "thousands", "millions", "billions", "trillions",
      "dozens",  "says",    "sees",  "goes",     "gives",     "makes",    "takes",    "comes",
      "rises",   "falls",   "shows", "means",    "remains",   "seems",    "becomes",  "needs"};
  if (w.size() < 3 || w.back() != 's' || w.substr(w.size() - 2) == "ss" ||
      w.substr(w.size() - 2) == "us")
    return false;
  for (auto k : kNot) {
    if (w == k) return false;
  }
  return true;
}

// Whether a count's whole match can hold the plural noun find_counts looks for: a word
// ending in "s" (not "ss", "us", nor a word of is_plural_noun's list) before a space or
// at the end. A necessary condition, read before the match's groups are.
bool may_hold_plural(std::string_view m) {
  for (std::size_t k = 2; k < m.size(); ++k) {
    if (m[k] != 's' || (k + 1 < m.size() && m[k + 1] != ' ')) continue;
    if (m[k - 1] == 's' || m[k - 1] == 'u' || m[k - 1] == ' ' || m[k - 2] == ' ') continue;
    // the word: back to the space before it; when it is all lower-case letters it is the
    // word find_counts reads, so its list can rule it out
    std::size_t a = k;
    bool plain = true;
    while (a > 0 && m[a - 1] != ' ') {
      --a;
      plain = plain && (util::is_lower(m[a]) || m[a] == '-');
    }
    if (!plain || a == 0 || is_plural_noun(m.substr(a, k + 1 - a))) return true;
  }
  return false;
}

}  // namespace

const RE2& count_re() {
  // groups: 1 number, 2 scale, 3 up to three modifier words and the noun
  static const RE2 re(
      join(
          {R"(\b()", kNumber,
           R"(|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens))(\s(?i:thousand|million|billion|trillion|mln|mn|bln|bn|lakhs?|crores?))?((?:\s[a-z][a-z-]*){1,4}))"}),
      util::pattern_options());
  return re;
}

// Where a count can start: a number (number_starts), a spelled number the Gate kept, or an
// 'ſ' (its first byte), which re2's case folding reads as the "s" of "six" or "seven".
std::vector<std::uint32_t> count_starts(const util::Gate& gate) {
  std::vector<std::uint32_t> numbers = number_starts(gate);
  const std::vector<std::uint32_t>& words = gate.starts(FigureNeedles::get().spelled_counts);
  std::vector<std::uint32_t> out(numbers.size() + words.size());
  std::merge(numbers.begin(), numbers.end(), words.begin(), words.end(), out.begin());
  const std::string_view s = gate.text();
  const std::size_t sorted = out.size();
  for (std::size_t p = s.find('\xC5'); p != std::string_view::npos; p = s.find('\xC5', p + 1))
    out.push_back(static_cast<std::uint32_t>(p));
  if (out.size() > sorted) std::sort(out.begin(), out.end());  // rare: no merge of its own
  return out;
}

void find_counts(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  // Points, as market indexes move: "fell 412.30 points", "rose 85.10 points to 7,021.40"
  // (the level after "to"/"at" is in points too). groups: 1 the move, 2 its number, 3 level
  static const RE2 points(
      join({R"(\b(()", kNumber, R"()\s(?i:points?|pts)\b)(?:\s(?:to|at)\s(?:a\slevel\sof\s)?()",
            kNumber, R"()\b)?)"}),
      util::pattern_options());
  // one \s before the needle, five after it ("\sto\sa\slevel\sof\s")
  const auto point_lines = ctx.gate.lines(FigureNeedles::get().points, 1, 5);
  util::for_each_match_in<4>(points, s, point_lines, [&](const auto& g) {
    const std::uint32_t a = offset_in(s, g[1]);
    if (!stands_alone(s, a, a + static_cast<std::uint32_t>(g[2].size()))) return;
    const auto v = parse_number(sv(g[2]));
    if (!v) return;
    Found f;
    f.start = a;
    f.end = a + static_cast<std::uint32_t>(g[1].size());
    f.figure.kind = FigureKind::number;
    f.figure.value = *v;
    f.figure.unit = "points";
    out.push_back(std::move(f));
    if (!g[3].data()) return;
    const std::uint32_t b = offset_in(s, g[3]);
    const std::uint32_t e = b + static_cast<std::uint32_t>(g[3].size());
    // "rose 2 points to 5%": a rate, not an index level
    if (e < s.size() && (s[e] == '%' || s.substr(e, 4) == " per" || s.substr(e, 4) == " pct"))
      return;
    const auto level = parse_number(sv(g[3]));
    if (!level || !stands_alone(s, b, e)) return;
    Found l;
    l.start = b;
    l.end = e;
    l.figure.kind = FigureKind::number;
    l.figure.value = *level;
    l.figure.unit = "points";
    out.push_back(std::move(l));
  });
  util::for_each_match_if_at<4>(
      count_re(), s, count_starts(ctx.gate), may_hold_plural, [&](const auto& g) {
        const std::uint32_t num_start = offset_in(s, g[1]);
        const std::uint32_t num_end = num_start + static_cast<std::uint32_t>(g[1].size());
        if (!stands_alone(s, num_start, num_end)) return;
        // find the first plural noun among the words; stop at a function word
        std::string_view words = sv(g[3]);
        std::size_t pos = 0;
        std::string noun;
        int n = 0;
        while (pos < words.size() && n < 4) {
          const std::size_t a = pos + 1;
          std::size_t b = words.find(' ', a);
          if (b == std::string_view::npos) b = words.size();
          const std::string_view w = words.substr(a, b - a);
          ++n;
          if (is_function_word(w)) break;
          if (is_plural_noun(w)) {
            noun = std::string(w);
            break;
          }
          pos = b;
        }
        if (noun.empty()) return;
        auto v = parse_count(sv(g[1]));
        if (!v) return;
        const int exp = g[2].data() ? scale_exponent(sv(g[2]).substr(1)) : 0;
        if (exp > 0) v = scaled(sv(g[1]), exp);
        if (!v) return;
        Found f;
        f.start = num_start;
        f.end =
            g[2].data() ? offset_in(s, g[2]) + static_cast<std::uint32_t>(g[2].size()) : num_end;
        f.figure.kind = FigureKind::number;
        f.figure.value = *v;
        f.figure.unit = noun;
        out.push_back(std::move(f));
      });
}

}  // namespace finlens::figures
