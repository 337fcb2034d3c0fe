// util::Gate: the lines a pattern can match in, found in one pass over the text.
#include "util/gate.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "figures/figures.h"
#include "figures/needles.h"
#include "util/scan.h"

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

// The matches of a pass over s, and those of tries at `starts` (each must be the other).
std::pair<Lines, Lines> scan_and_tried(const RE2& re, const std::string& s,
                                       const std::vector<std::uint32_t>& starts) {
  Lines scan, tried;
  finlens::util::for_each_match<1>(
      re, s, [&](const auto& m) { scan.emplace_back(m[0].data(), m[0].size()); });
  finlens::util::for_each_match_at<1>(
      re, s, starts, [&](const auto& m) { tried.emplace_back(m[0].data(), m[0].size()); });
  return {scan, tried};
}

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

TEST_CASE("needles sharing their first two letters, shorter and longer, at the text's end") {
  // one start ("ma") with needles that go on with different letters, one that stops there,
  // and one-letter starts whose next byte is no letter
  Needles n;
  const int months = n.add({"march", "may"});
  const int ma = n.add({"ma"});
  const int m1 = n.add({"m1", "M"});
  const Gate g("Market\nin MAY\nmarch\nmad\nM2 money\nm1 supply\nends with ma", n);
  CHECK(texts(g, months) == Lines{"in MAY", "march"});
  CHECK(texts(g, ma) == Lines{"Market", "in MAY", "march", "mad", "ends with ma"});
  CHECK(texts(g, m1) == Lines{"Market", "in MAY", "M2 money", "m1 supply"});
  // a needle longer than what is left of the text
  CHECK(texts(Gate("ends with mar", n), months).empty());
  CHECK(texts(Gate("ends with may", n), months) == Lines{"ends with may"});
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

TEST_CASE("gated lines with their neighbours: ranges that hold the line breaks, merged") {
  Needles n;
  const int pts = n.add({"points"});
  const std::string s = "a\nfell 7\npoints\nto\n80\nb\nc\nd points\ne";
  const Gate g(s, n);
  // a match may begin one line before the needle and run two lines past it
  CHECK(texts(g, pts).size() == 2);
  std::vector<std::string> ranges;
  for (const LineRange& l : g.lines(pts, 1, 2))
    ranges.emplace_back(s.substr(l.start, l.end - l.start));
  CHECK(ranges == Lines{"fell 7\npoints\nto\n80", "c\nd points\ne"});
  // ranges that touch are one range; the text's first and last lines bound them
  std::vector<std::string> wide;
  for (const LineRange& l : g.lines(pts, 3, 3))
    wide.emplace_back(s.substr(l.start, l.end - l.start));
  CHECK(wide == Lines{s});
  CHECK(g.lines(pts, 0, 0).size() == g.lines(pts).size());
  // a match that runs over the line break is found as the whole-text scan finds it
  static const RE2 move(R"(\b(\d+)\spoints\sto\s(\d+))");
  std::vector<std::string> found;
  finlens::util::for_each_match_in<1>(move, s, g.lines(pts, 1, 2), [&](const auto& m) {
    found.emplace_back(m[0].data(), m[0].size());
  });
  CHECK(found == Lines{"7\npoints\nto\n80"});
}

TEST_CASE("a gate notes the runs of digits, and needles that begin with no letter") {
  Needles n;
  const int folded = n.add({"\xC5\xBF", "\xE2\x84\xAA"});  // ſ, the Kelvin sign
  const Gate g("Q3 2025: 1,234.5\n\xC5\xBFince\n\xE2\x80\x9Cquote\xE2\x80\x9D 7", n);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> runs;
  for (const auto& r : g.digit_runs()) runs.emplace_back(r.start, r.end);
  CHECK(runs == std::vector<std::pair<std::uint32_t, std::uint32_t>>{
                    {1, 2}, {3, 7}, {9, 10}, {11, 14}, {15, 16}, {36, 37}});
  // the sequence as written: the curly quotes' first byte alone is no match
  CHECK(texts(g, folded) == Lines{"\xC5\xBFince"});
}

TEST_CASE("patterns tried at the digit runs they can start at find what a scan finds") {
  Needles n;
  const std::string s =
      "On 2015/08/12, 2015.5.13 and 02/22/2016; v2015/1/1, 12-15 or 3.5%; in 1999 and 2020s,"
      " 1,2020 and 20301 (x_2019) 2019";
  const Gate g(s, n);
  const auto same = [&](const char* pattern, unsigned min, unsigned max, std::string_view next) {
    const RE2 re(pattern, finlens::util::pattern_options());
    std::vector<std::string> scan, tried;
    finlens::util::for_each_match<1>(
        re, s, [&](const auto& m) { scan.emplace_back(m[0].data(), m[0].size()); });
    finlens::util::for_each_match_at<1>(
        re, s, finlens::figures::run_starts(g, min, max, next),
        [&](const auto& m) { tried.emplace_back(m[0].data(), m[0].size()); });
    CHECK(tried == scan);
    return scan.size();
  };
  CHECK(same(R"(\b(\d{4})([/.])(\d{1,2})[/.](\d{1,2})\b)", 4, 4, "/.") == 2);
  CHECK(same(R"(\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|\b(\d{1,2})-(\d{1,2})\b)", 1, 2, "/-") == 2);
  CHECK(same(R"(\b(1[89]\d{2}|20\d{2})\b)", 4, 4, "") == 6);
}

TEST_CASE("ISO dates tried at the runs of four digits before a '-' find what a scan finds") {
  const std::string s =
      "On 2024-03-05, x2024-03-05, 12024-03-05 and 2024-3-05; _2024-03-05, 2024-03-055,\n"
      "1999-12-31 2024--03-05 2024-03-05x 2024-03-05";
  const Gate g(s, Needles{});
  const RE2 iso(R"(\b(\d{4})-(\d{2})-(\d{2})\b)", finlens::util::pattern_options());
  const auto [scan, tried] = scan_and_tried(iso, s, finlens::figures::run_starts(g, 4, 4, "-"));
  CHECK(tried == scan);
  CHECK(scan == Lines{"2024-03-05", "1999-12-31", "2024-03-05"});
}

TEST_CASE("a gate keeps every place a kept group's needles stand at, in order") {
  Needles n;
  const int spelled = n.add_starts({"two", "ten", "a dozen"}, "s");
  const int other = n.add({"two"});
  const Gate g("two Two tens\ntwofold ten, A dozen 5two\na dozenth a dozens", n);
  // "tens" (an "s" may follow), "ten," and "two" after a digit count; "twofold" and
  // "a dozenth" do not
  CHECK(g.starts(spelled) == std::vector<std::uint32_t>{0, 4, 8, 21, 26, 35, 49});
  CHECK(g.starts(other).empty());  // an ordinary group keeps lines, not places
  CHECK(texts(g, spelled).size() == 3);
}

TEST_CASE("a kept group keeps the places of its needles that begin with no letter too") {
  Needles n;
  const int money = n.add_starts({"$", "\xE2\x82\xAC", "us$", "rs"}, "");
  // "$" and "€" anywhere (after a digit, inside "US$"), "us$" and "rs" as whole words at a
  // word start ("rs." but not "rsvp")
  const Gate g("$5 and 3\xE2\x82\xAC\nUS$7, rsvp, Rs. 9 x$2", n);
  CHECK(g.starts(money) == std::vector<std::uint32_t>{0, 8, 12, 14, 24, 31});
  CHECK(texts(g, money).size() == 2);
}

TEST_CASE("counts tried at the places they can start find what a pass finds") {
  const finlens::util::Needles& n = finlens::figures::FigureNeedles::get().set;
  const std::string s =
      "Two firms hired 1,200 new staff and 3.5 million users; v2.5 builds, x.5 cents and "
      "1.5x gains. A DOZEN banks, dozens of lenders, a dozens things, tens of funds, "
      "\xC5\xBFix banks, 5\xC5\xBFix banks and x\xC5\xBF"
      "even\tbanks, dozen\xC5\xBF of firms; 5two firms, "
      "_5 days and seventeen\nnew shops, twenty-five firms, hundreds of millions users, "
      "(40 analysts) .75 points";
  const Gate g(s, n);
  const RE2& re = finlens::figures::count_re();
  std::vector<std::string> scan, tried;
  const auto all = [](std::string_view) { return true; };
  finlens::util::for_each_match_if<1>(
      re, s, all, [&](const auto& m) { scan.emplace_back(m[0].data(), m[0].size()); });
  finlens::util::for_each_match_if_at<1>(
      re, s, finlens::figures::count_starts(g), all,
      [&](const auto& m) { tried.emplace_back(m[0].data(), m[0].size()); });
  CHECK(tried == scan);
  CHECK(scan.size() >= 13);
}

TEST_CASE("shares tried at the places they can start find what a pass finds") {
  const finlens::util::Needles& n = finlens::figures::FigureNeedles::get().set;
  const std::string s =
      "Two-thirds of voters, a quarter of firms, 1/4 of banks, 12/25 of them, 123/4 of x, "
      "3 out of 4, 30 Out of 40, one in five, One In Five, twenty out of thirty, a hundred "
      "and five out of a thousand, HALF of them, half a share of, halfway in two, an eighth of "
      "it, x1/4 of, _3 out of 5, one\tin\nfive, Seven-eighths of, a  quarter of";
  const Gate g(s, n);
  const auto starts = finlens::figures::share_starts(g);
  REQUIRE(starts);
  const auto [scan, tried] = scan_and_tried(finlens::figures::share_re(), s, *starts);
  CHECK(tried == scan);
  CHECK(scan.size() >= 12);
  // an 'ſ' anywhere: the text is read whole
  CHECK_FALSE(
      finlens::figures::share_starts(Gate("a thou\xC5\xBF"
                                          "and out of two",
                                          n)));
}

TEST_CASE("days alone tried at the places they can start find what a pass finds") {
  const finlens::util::Needles& n = finlens::figures::FigureNeedles::get().set;
  const std::string s =
      "It ends on the 27th. For the 3rd, on 5, the 12 ; On The Twenty-First! for the "
      "thirtyfirst? the 20th of next month, the second of last Month; on 123. on the 1st\n"
      "x5. _7, the 31 \n, on the fifth of this month and a6th. ON THE 2ND";
  const Gate g(s, n);
  const auto starts = finlens::figures::day_alone_starts(g);
  REQUIRE(starts);
  const auto [scan, tried] = scan_and_tried(finlens::figures::day_alone_re(), s, *starts);
  CHECK(tried == scan);
  CHECK(scan.size() >= 11);
  CHECK_FALSE(finlens::figures::day_alone_starts(Gate("on the \xC5\xBFixth.", n)));
}

TEST_CASE("money with its currency first, tried where it can start, finds what a pass finds") {
  const finlens::util::Needles& n = finlens::figures::FigureNeedles::get().set;
  const std::string s =
      "US$5 million, HK$160.10, $ 5, \xE2\x82\xAC"
      "3bn, \xC2\xA3"
      "2.5 billion, Rs. 500 crore, Rs 40 "
      "lakh, R 500, EUR 5, eur$ 15, usd$15, u.s. $ 7, C $9, TRY 50, try 50, \xC2\xA5"
      "100, JP\xC2\xA5 "
      "3, 5$, x$5, us$\n5\nmillion, $5\n\nmillion, \xE2\x82\xB9 10 lakh crore, AUD$15, _$5, "
      "3\xE2\x82\xAC"
      "4, rose $5 and r5, RMB 5, rmb5, rsvp 5, Usd.5, $.75, $";
  const Gate g(s, n);
  const auto starts = finlens::figures::money_prefix_starts(g);
  REQUIRE(starts);
  const auto [scan, tried] = scan_and_tried(finlens::figures::money_prefix_re(), s, *starts);
  CHECK(tried == scan);
  CHECK(scan.size() >= 25);
  // an 'ſ' or a Kelvin sign, which re2 folds to "s" and "k" ("uſd 5"): the text is read whole
  CHECK_FALSE(
      finlens::figures::money_prefix_starts(Gate("u\xC5\xBF"
                                                 "d 50",
                                                 n)));
  CHECK_FALSE(finlens::figures::money_prefix_starts(Gate("\xE2\x84\xAArw 50", n)));
}

TEST_CASE("phone numbers tried at the places they can start find what a pass finds") {
  Needles n;
  const std::string s =
      "Call +44 20 7946 0958 or (212) 555-0100, 12345 678 9012, (12345) 678 9012, "
      "+4420 7946 0958, 1.5-2.0, 2020-2022 period, 020.7946.0958x, +1-800-555-0199; "
      "tel 0800 123 456\n+7 (495) 123-4567 and 9 555 1234, ring 20 7946 0958";
  const Gate g(s, n);
  const RE2& re = finlens::figures::phone_re();
  std::vector<std::string> scan, tried;
  finlens::util::for_each_match<1>(
      re, s, [&](const auto& m) { scan.emplace_back(m[0].data(), m[0].size()); });
  finlens::util::for_each_match_at<1>(re, s, finlens::figures::phone_starts(g), [&](const auto& m) {
    tried.emplace_back(m[0].data(), m[0].size());
  });
  CHECK(tried == scan);
  CHECK(scan.size() >= 8);
}

TEST_CASE("a gate reads words eight bytes at a time as it reads them one at a time") {
  Needles n;
  const int long_words = n.add_starts({"september", "thirteenth", "a.m"}, "");
  // a letter of another script ("é") is no letter for the gate: a word starts after it
  const std::string s =
      "Septemberish SEPTEMBER 5, the Thirteenth; xx\xC3\xA9september, longwordlongword"
      "september 9 a.m. A.M, thirteenth";
  const Gate g(s, n);
  CHECK(g.starts(long_words) == std::vector<std::uint32_t>{13, 30, 46, 85, 90, 95});
}

TEST_CASE("a needle of more than eight bytes is not read past the text's end") {
  // The text is a view whose next byte in memory would complete the needle: "Septembe"
  // of "September". Found by the fuzzer (libstdc++'s bounds check on the ninth byte).
  Needles n;
  const int months = n.add_starts({"september"}, "");
  const std::string buffer =
      "in Septembe"
      "r";
  const std::string_view cut = std::string_view(buffer).substr(0, buffer.size() - 1);
  CHECK(Gate(cut, n).starts(months).empty());
  CHECK(texts(Gate(cut, n), months).empty());
  CHECK(Gate(buffer, n).starts(months) == std::vector<std::uint32_t>{3});
  CHECK(Gate("Septembe", n).starts(months).empty());
}
