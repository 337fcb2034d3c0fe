#include "claims/hedges.h"

#include <algorithm>

#include "util/scan.h"

namespace finlens::claims {

void find_hedges(std::string_view s, std::uint32_t a, std::uint32_t b, bool content,
                 std::vector<std::string>& out) {
  // Lower-case modals only: "May" is the month. Future and conditional ("will",
  // "would") are not hedges: reported speech puts everything in "would".
  static const RE2 re(
      R"(\b((?i:reportedly|allegedly|purportedly|rumou?red|rumou?rs?|speculation|speculated|unconfirmed|)"
      R"(possibly|perhaps|probably|likely|unlikely|potentially|apparently|presumably)|may|might|could|)"
      R"((?i:(?:is|are|was|were|be|been)\s+(?:widely\s+|also\s+)?)"
      R"((?:expected|seen|thought|believed|said|tipped|projected|forecast|estimated|poised)\s+(?:to|as)|)"
      R"(expects?\s+to|stands?\s+to|estimates?|estimated|forecasts?|projections?|projected|predicts?|predicted|)"
      R"(appears?\s+to|seems?\s+to|reports\s+(?:indicate|suggest|say)))\b)",
      util::pattern_options());
  if (b <= a) return;
  util::for_each_match<2>(re, s.substr(a, b - a), [&](const auto& g) {
    std::string w(util::sv(g[1]));
    if (content && (w == "estimates" || w == "estimate" || w == "forecasts" || w == "forecast" ||
                    w == "projections" || w == "projection"))
      return;
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
  });
}

}  // namespace finlens::claims
