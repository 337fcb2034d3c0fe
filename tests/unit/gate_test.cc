// util::Gate: the lines a pattern can match in, found by plain substring search.
#include "util/gate.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using finlens::util::Gate;
using finlens::util::LineRange;

namespace {

std::vector<std::string> texts(const Gate& g, const std::vector<LineRange>& lines) {
  std::vector<std::string> out;
  for (const LineRange& l : lines) out.emplace_back(g.text().substr(l.start, l.end - l.start));
  return out;
}

}  // namespace

TEST_CASE("a gate keeps the lines holding a needle, in order, each once") {
  const Gate g("Sales rose last Quarter.\nNothing here.\nQ3 and the quarter after.\nquarterly");
  CHECK(texts(g, g.lines({"quarter"}, true)) ==
        std::vector<std::string>{"Sales rose last Quarter.", "Q3 and the quarter after.",
                                 "quarterly"});
  CHECK(texts(g, g.lines({"quarter"}, false)) ==
        std::vector<std::string>{"Q3 and the quarter after.", "quarterly"});
  CHECK(texts(g, g.lines({"Q", "after"}, false)) ==
        std::vector<std::string>{"Sales rose last Quarter.", "Q3 and the quarter after."});
  CHECK(g.lines({"yesterday"}, true).empty());
}

TEST_CASE("a gate on a text without line breaks or with empty lines") {
  const Gate one("one long line with a needle at the end: ago");
  CHECK(texts(one, one.lines({"ago"}, true)) == std::vector<std::string>{one.text().data()});
  const Gate blank("\n\nago\n\n");
  REQUIRE(blank.lines({"ago"}, true).size() == 1);
  CHECK(blank.lines({"ago"}, true)[0].start == 2);
  CHECK(blank.lines({"ago"}, true)[0].end == 5);
  const Gate empty("");
  CHECK(empty.lines({"ago"}, true).empty());
}

TEST_CASE("matches in gated lines are the whole-text scan's, \\b decided by the text around") {
  static const RE2 word(R"(\bago\b)");
  const std::string s = "two years ago\nagony\nsaga ago";
  const Gate g(s);
  std::vector<std::uint32_t> at;
  finlens::util::for_each_match_in<1>(word, s, g.lines({"ago"}, true), [&](const auto& m) {
    at.push_back(static_cast<std::uint32_t>(m[0].data() - s.data()));
  });
  CHECK(at == std::vector<std::uint32_t>{10, 25});
}
