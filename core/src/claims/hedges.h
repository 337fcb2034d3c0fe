// Words by which a text marks a claim as uncertain: reportedly, allegedly, rumored,
// speculation, may / might / could, is expected to, is seen as, stands to, likely,
// estimates … A direct quote is looked at only outside its marks: the words inside
// are the speaker's, and "may" there is the speaker's hedge, not the article's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finlens::claims {

// Appends each hedge in s[a, b), as written, to `out` (once per distinct wording). In
// a statement's content (`content`), the nouns "estimates", "forecasts" and
// "projections" do not count: "beating forecasts" is about the figure, not the claim;
// in an attribution ("according to new estimates by …") they do. In a statement, "may",
// "might" and "could" count only in its main clause, not in a clause inside it.
void find_hedges(std::string_view s, std::uint32_t a, std::uint32_t b, bool content,
                 std::vector<std::string>& out);

}  // namespace finlens::claims
