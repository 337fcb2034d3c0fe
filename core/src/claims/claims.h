// Stage 4b: claims. What the article attributes to someone: direct quotes (words in
// quotation marks) and reported speech ("X said that …", "according to X, …"), who
// said it, and whether the text marks it as uncertain (hedges).
//
// The stage reads only the normalized text and its layout; it names sources as the
// text writes them, and the linking stage later ties those names to company and
// person ids. Every step is linear in the input: quotation marks are paired in one
// pass per paragraph, and every look-around (attribution, noun phrases, hedges) reads
// a bounded window that does not overlap the windows of other claims.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "finlens/analysis.h"
#include "sections/layout.h"
#include "text/text.h"

namespace finlens::claims {

struct Found {
  ClaimKind kind = ClaimKind::reported;
  std::uint32_t start = 0;  // norm bytes of the claim's content (inside the marks for a quote)
  std::uint32_t end = 0;
  // Norm bytes of the source's name as written; for a resolved pronoun or role ("he",
  // "the company") the place where the name it stands for is written. 0,0 when none.
  std::uint32_t source_start = 0;
  std::uint32_t source_end = 0;
  std::string source_name;  // "Andy Wong", "Chinese media", "reports", "Trump" for a resolved "he"
  std::string role;         // "investment and ESG director for Asia Pacific at Solomons Group"
  std::string cue;          // "said", "wrote in a note", "according to", "as reported by", "–"
  bool hedged = false;
  std::vector<std::string> hedges;  // the marker words as written ("reportedly", "estimates")
};

// Claims in text order (by start). Quotes and reported statements never overlap each
// other except where a quote lies inside a longer reported statement.
std::vector<Found> find(const text::Text& text, const sections::Layout& layout);

}  // namespace finlens::claims
