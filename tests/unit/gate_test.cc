// util::Gate: the lines a pattern can match in, found in one pass over the text.
#include "util/gate.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using finlens::util::Gate;
using finlens::util::LineRange;
using finlens::util::Needles;

namespace {

std::vector<std::string> texts(const Gate& g, int group) {
  std::vector<std::string> out;
  for (const LineRange& l : g.lines(group)) {
    out.emplace_back(g.text().substr(l.start, l.end - l.start));
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a gate keeps the lines holding a needle at a word start, in any case") {
  Needles n;
  const int quarter = n.add({"quarter"});
  const int q = n.add({"Q", "after"});
  const int yesterday = n.add({"yesterday"});
  const Gate g(
      "Sales rose last Quarter.\nNothing here.\nQ3 and the first-quarter after.\nquarterly\n"
      "headquarters only",
      n);
  CHECK(texts(g, quarter) ==
        Lines{"Sales rose last Quarter.", "Q3 and the first-quarter after.", "quarterly"});
  // a needle with a capital matches as written ("Q3", not "quarterly")
  CHECK(texts(g, q) == Lines{"Sales rose last Quarter.", "Q3 and the first-quarter after."});
  CHECK(texts(g, yesterday).empty());
}

TEST_CASE("a gate's needles after digits, one-letter needles, punctuation needles") {
  Needles n;
  const int units = n.add({"%", "pct", "h1"});
  const int quarters = n.add({"Q"});
  const Gate g("up 5pct\nup 5 %\nH1 2025\n4Q24\nno units", n);
  CHECK(texts(g, units) == Lines{"up 5pct", "up 5 %", "H1 2025"});
  CHECK(texts(g, quarters) == Lines{"4Q24"});
}

TEST_CASE("a gate on a text without line breaks, with empty lines, or empty") {
  Needles n;
  const int ago = n.add({"ago"});
  const Gate one("one long line with a needle at the end: ago", n);
  CHECK(texts(one, ago) == Lines{"one long line with a needle at the end: ago"});
  const Gate blank("\n\nago\n\n", n);
  REQUIRE(blank.lines(ago).size() == 1);
  CHECK(blank.lines(ago)[0].start == 2);
  CHECK(blank.lines(ago)[0].end == 5);
  CHECK(Gate("", n).lines(ago).empty());
}

TEST_CASE("matches in gated lines are the whole-text scan's, \\b decided by the text around") {
  static const RE2 word(R"(\bago\b)");
  Needles n;
  const int ago = n.add({"ago"});
  const std::string s = "two years ago\nagony\nsaga ago";
  const Gate g(s, n);
  std::vector<std::uint32_t> at;
  finlens::util::for_each_match_in<1>(word, s, g.lines(ago), [&](const auto& m) {
    at.push_back(static_cast<std::uint32_t>(m[0].data() - s.data()));
  });
  CHECK(at == std::vector<std::uint32_t>{10, 25});
}

TEST_CASE("a whole-word needle counts before no letter, or before one of the letters given") {
  Needles n;
  const int months = n.add_words({"mar", "march", "\xC5"}, "f");
  const Gate g(
      "the market fell\nsince Mar. 5\nMARCH 3\nmarfirst\nmarches on\nmarchk\nthe \xC5\xBF"
      "ep rally",
      n);
  // "market" and "marchk" have a letter after every needle; "marfirst" has an "f"
  CHECK(texts(g, months) == Lines{"since Mar. 5", "MARCH 3", "marfirst",
                                  "the \xC5\xBF"
                                  "ep rally"});
}
