#include "claims/hedges.h"

#include <algorithm>

#include "claims/words.h"
#include "util/scan.h"

namespace finlens::claims {
namespace {

// Whether a word that opens a clause inside the statement (a relative or a subordinate
// clause) stands before `pos` in `part`.
bool subordinate(std::string_view part, std::size_t pos) {
  static const WordSet k{"which",   "who",     "whom",     "whose",  "that",  "if",
                         "when",    "because", "although", "though", "while", "unless",
                         "whether", "where",   "once",     "until",  "since", "as"};
  std::size_t i = 0;
  while (i < pos) {
    while (i < pos && !util::is_ascii_alpha(part[i])) ++i;
    std::size_t j = i;
    while (j < pos && util::is_ascii_alpha(part[j])) ++j;
    if (j > i && k.contains(part.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

}  // namespace

void find_hedges(std::string_view s, std::uint32_t a, std::uint32_t b, bool content,
                 std::vector<std::string>& out) {
  // Lower-case modals only: "May" is the month. Future and conditional ("will",
  // "would") are not hedges: reported speech puts everything in "would".
  static const RE2 re(
      R"(\b((?i:reportedly|allegedly|purportedly|rumou?red|rumou?rs?|speculation|speculated|unconfirmed|)"
      R"(possibly|perhaps|probably|likely|unlikely|potentially|apparently|presumably)|may|might|could|)"
      R"((?i:(?:is|are|was|were|be|been)\s+(?:widely\s+|also\s+)?)"
      R"((?:expected|seen|thought|believed|said|tipped|projected|forecast|estimated|poised)\s+(?:to|as)|)"
      R"(expects?(?:\s+to)?|stands?\s+to|estimates?|estimated|forecasts?|projections?|projected|predicts?|predicted|)"
      R"(appears?\s+to|seems?\s+to|reports\s+(?:indicate|suggest|say)))\b)",
      util::pattern_options());
  if (b <= a) return;
  const std::string_view part = s.substr(a, b - a);
  util::for_each_match<2>(re, part, [&](const auto& g) {
    std::string w(util::sv(g[1]));
    if (content && (w == "estimates" || w == "estimate" || w == "forecasts" || w == "forecast" ||
                    w == "projections" || w == "projection"))
      return;
    // "the plan, which could cost $5 billion, was approved": a modal in a clause inside
    // the statement does not make the statement uncertain
    const bool modal = w == "may" || w == "might" || w == "could";
    if (content && modal && subordinate(part, util::offset_in(part, g[1]))) return;
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
  });
}

}  // namespace finlens::claims
