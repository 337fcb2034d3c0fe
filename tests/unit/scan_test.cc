// util/scan.h: the ways of running a pattern over a text find the same matches.
#include "util/scan.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using finlens::util::pattern_options;
using Groups = std::vector<std::string>;

// Every match's groups, in order ("-" for a group that did not take part).
template <std::size_t N>
void record(std::vector<Groups>& out, const std::array<re2::StringPiece, N>& g) {
  Groups row;
  for (const auto& p : g) row.push_back(p.data() ? std::string(p.data(), p.size()) : "-");
  out.push_back(row);
}

const std::string kText =
    "Shares rose 3.5 points to 1,204.75 on May 4, then 12 pts.\n"
    "At 10:30 a.m. ET, 7 points\nto 80 and 5,00 points; 9 9 points.";

}  // namespace

TEST_CASE("anchored tries at every possible start find what a pass finds") {
  const RE2 re(R"(\b((\d+(?:[.,]\d+)*)\s(?i:points?|pts)\b)(?:\sto\s(\d+))?)", pattern_options());
  REQUIRE(re.ok());
  std::vector<Groups> pass, at;
  finlens::util::for_each_match<4>(re, kText, [&](const auto& g) { record(pass, g); });
  std::vector<std::uint32_t> every;
  for (std::uint32_t i = 0; i < kText.size(); ++i) every.push_back(i);
  finlens::util::for_each_match_at<4>(re, kText, every, [&](const auto& g) { record(at, g); });
  CHECK(at == pass);
  CHECK(pass.size() == 5);  // "7 points\nto 80" runs across the line break
}

TEST_CASE("reading groups only for the matches worth it keeps those matches as they were") {
  const RE2 re(R"(\b(\d{1,2})(?::(\d{2}))?\s?((?i:a\.m\.|p\.m\.))?)", pattern_options());
  REQUIRE(re.ok());
  std::vector<Groups> pass, worth;
  finlens::util::for_each_match<4>(re, kText, [&](const auto& g) {
    if (g[2].data() || g[3].data()) record(pass, g);
  });
  finlens::util::for_each_match_if<4>(
      re, kText, [](std::string_view m) { return m.find_first_of(":aApP") != m.npos; },
      [&](const auto& g) {
        if (g[2].data() || g[3].data()) record(worth, g);
      });
  CHECK(worth == pass);
  CHECK(pass == std::vector<Groups>{{"10:30 a.m.", "10", "30", "a.m."}});
}

TEST_CASE("an anchored match read bounds first has the groups re2 gives at once") {
  // alternatives whose first choice is not the longest, and optional groups: the groups
  // must be those of the leftmost-first match, as one anchored call with groups finds them
  const RE2 re(R"((\d+)(?:(\.\d+)|(\.\d+\s?pts))?(\s(?i:points?))?|(\w+))", pattern_options());
  REQUIRE(re.ok());
  const re2::StringPiece all(kText.data(), kText.size());
  int matched = 0;
  for (std::size_t pos = 0; pos <= kText.size(); ++pos) {
    std::array<re2::StringPiece, 6> direct, two_step;
    const bool a = re.Match(all, pos, kText.size(), RE2::ANCHOR_START, direct.data(), 6);
    const bool b = finlens::util::match_at(re, kText, pos, two_step);
    REQUIRE(a == b);
    if (!a) continue;
    ++matched;
    std::vector<Groups> x, y;
    record(x, direct);
    record(y, two_step);
    CHECK(x == y);
  }
  CHECK(matched > 60);
  // bounded: "1,204.75" read only up to the comma
  std::array<re2::StringPiece, 2> g;
  const std::size_t at = kText.find("1,204");
  CHECK(finlens::util::match_at(re, kText, at, g, at + 1));
  CHECK(std::string(g[0].data(), g[0].size()) == "1");
  CHECK_FALSE(finlens::util::match_at(re, kText, kText.size() + 1, g));
}
