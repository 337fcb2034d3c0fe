// Stage 3, figures: what the recognizers keep before recognize() sorts the candidates out.
#include "figures/figures.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "figures/needles.h"
#include "sections/layout.h"
#include "text/text.h"
#include "util/gate.h"

namespace {

using finlens::FigureKind;
using finlens::figures::Found;

Found found(std::uint32_t start, std::uint32_t end, FigureKind kind) {
  Found f;
  f.start = start;
  f.end = end;
  f.figure.kind = kind;
  return f;
}

// The recognizer's candidates for a text, as the figures stage makes them.
std::vector<Found> candidates(const std::string& s,
                              void (*find)(const finlens::figures::Context&, std::vector<Found>&)) {
  bool cut = false;
  const finlens::text::Text t = finlens::text::prepare(s, 1 << 22, &cut);
  const finlens::sections::Layout layout = finlens::sections::split(t);
  const finlens::util::Gate gate(t.norm, finlens::figures::FigureNeedles::get().set);
  const finlens::figures::Context ctx{t, layout, gate, std::nullopt};
  std::vector<Found> out;
  find(ctx, out);
  return out;
}

}  // namespace

TEST_CASE("a money or percent figure glued to a letter or digit before it is none") {
  using finlens::figures::glued_before;
  const std::string s = "1$1 US$5 x5% (5%) mid-$5 A5 $€5";
  CHECK(glued_before(s, found(1, 3, FigureKind::money)));            // "1$1": the second "$1"
  CHECK_FALSE(glued_before(s, found(0, 3, FigureKind::money)));      // at the text's start
  CHECK_FALSE(glued_before(s, found(4, 8, FigureKind::money)));      // "US$5": a letter starts it
  CHECK(glued_before(s, found(10, 12, FigureKind::percent)));        // "x5%"
  CHECK_FALSE(glued_before(s, found(14, 16, FigureKind::percent)));  // after "("
  CHECK_FALSE(glued_before(s, found(22, 24, FigureKind::money)));    // after "-"
  // numbers have their own edges (stands_alone); a byte of a multi-byte sign may follow
  CHECK_FALSE(glued_before(s, found(26, 27, FigureKind::number)));
  CHECK_FALSE(glued_before(s, found(29, 33, FigureKind::money)));
}

TEST_CASE("glued money is dropped where it is found, not after every recognizer ran") {
  std::string run;
  for (int i = 0; i < 1000; ++i) run += "$1";
  // the first "$1" stands alone; each later one follows a digit
  const auto money = candidates(run, finlens::figures::find_money);
  REQUIRE(money.size() == 1);
  CHECK(money[0].start == 0);
  // spaced, each is a figure
  std::string spaced;
  for (int i = 0; i < 1000; ++i) spaced += "$1 ";
  CHECK(candidates(spaced, finlens::figures::find_money).size() == 1000);
  // a range still gives its first figure the scale written after the second
  const auto range = candidates("It will cost $3-4 billion.", finlens::figures::find_money);
  REQUIRE(range.size() == 2);
  CHECK(range[0].figure.value == doctest::Approx(3e9));
  CHECK(range[1].figure.value == doctest::Approx(4e9));
}

TEST_CASE("glued percents are dropped where they are found") {
  std::string run;
  for (int i = 0; i < 500; ++i) run += "x5%";
  CHECK(candidates(run, finlens::figures::find_percents).empty());
  std::string spaced;
  for (int i = 0; i < 500; ++i) spaced += "5% ";
  CHECK(candidates(spaced, finlens::figures::find_percents).size() == 500);
}

// Every ordered choice of distinct indices of n candidates, n up to 6 (chains, cycles,
// fixed points and drops in every mix): the kept ones come out in that order, each with
// its own strings (long enough to live on the heap), the rest dropped.
TEST_CASE("move_to_front keeps the chosen candidates in the order given") {
  const auto label = [](std::uint32_t i) {
    return "a unit long enough for the heap, number " + std::to_string(i);
  };
  int cases = 0;
  for (std::uint32_t n = 0; n <= 6; ++n) {
    std::vector<std::uint32_t> kept;
    std::vector<bool> used(n);
    // extends `kept` by every unused index in turn, checking each prefix
    const auto check_all = [&](const auto& self) -> void {
      std::vector<Found> c;
      for (std::uint32_t i = 0; i < n; ++i) {
        c.push_back(found(i, i + 1, FigureKind::number));
        c.back().figure.unit = label(i);
      }
      const std::vector<Found> out = finlens::figures::move_to_front(std::move(c), kept);
      REQUIRE(out.size() == kept.size());
      for (std::size_t p = 0; p < kept.size(); ++p) {
        CHECK(out[p].start == kept[p]);
        CHECK(out[p].figure.unit == label(kept[p]));
      }
      ++cases;
      for (std::uint32_t i = 0; i < n; ++i) {
        if (used[i]) continue;
        used[i] = true;
        kept.push_back(i);
        self(self);
        kept.pop_back();
        used[i] = false;
      }
    };
    check_all(check_all);
  }
  CHECK(cases == 1 + 2 + 5 + 16 + 65 + 326 + 1957);
}
