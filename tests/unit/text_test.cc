// Stage 1: decoding, folding and the offset map back to UTF-16 units of the input.
#include "text/text.h"

#include <doctest/doctest.h>

#include <string>

#include "finlens/analysis.h"

using finlens::text::prepare;
using finlens::text::to_valid_utf8;

namespace {

// UTF-16 length of a valid UTF-8 string, the way JavaScript counts.
std::uint32_t u16len(const std::string& s) {
  std::uint32_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

}  // namespace

TEST_CASE("invalid UTF-8 is replaced like TextDecoder does") {
  bool bad = false;
  CHECK(to_valid_utf8("abc", &bad) == "abc");
  CHECK_FALSE(bad);
  CHECK(to_valid_utf8("a\xFF"
                      "b",
                      &bad) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(bad);
  // a truncated 3-byte sequence is one maximal subpart: one U+FFFD
  CHECK(to_valid_utf8("a\xE4\xBD"
                      "b",
                      &bad) ==
        "a\xEF\xBF\xBD"
        "b");
  // surrogates encoded in UTF-8 are invalid: each byte is replaced
  CHECK(to_valid_utf8("\xED\xA0\x80", &bad) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // overlong encodings are invalid
  CHECK(to_valid_utf8("\xC0\xAF", &bad) == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(to_valid_utf8("", &bad).empty());
}

TEST_CASE("spans count UTF-16 units of the input") {
  const std::string input =
      "阿里巴巴 📈 “HK$160.10” rose\xC2\xA0"
      "4.8%";
  const auto analysis = finlens::analyze(input);
  REQUIRE(analysis.figures.size() == 2);
  const auto& money = analysis.figures[0].span;
  CHECK(money.text == "HK$160.10");
  // 阿里巴巴 (4) + space + 📈 (2 units) + space + “ = 9 units before the figure
  CHECK(money.start == 9);
  CHECK(money.end == 18);
  const auto& pct = analysis.figures[1].span;
  CHECK(pct.text == "4.8%");
  CHECK(pct.start == u16len("阿里巴巴 📈 “HK$160.10” rose\xC2\xA0"));
  CHECK(analysis.input.chars == u16len(input));
  CHECK(analysis.input.bytes == input.size());
}

TEST_CASE("folding keeps one character for one") {
  bool cut = false;
  const auto t = prepare(
      "a\xC2\xA0"
      "b\r\nc\rd\xEF\xBC\x95",
      1 << 20, &cut);
  CHECK(t.norm == "a b \nc\nd5");
  CHECK_FALSE(cut);
  // "b" is at norm byte 2 and clean byte 3
  CHECK(t.to_clean(2) == 3);
  CHECK(t.span(2, 3).text == "b");
  CHECK(t.span(2, 3).start == 2);
  CHECK(t.span(8, 9).text == "\xEF\xBC\x95");
}

TEST_CASE("long input is cut at a character boundary with a warning") {
  std::string input = "Shares rose 5% to $10. ";
  while (input.size() < 200) input += "阿里巴巴 ";
  finlens::Options opt;
  opt.max_bytes = 101;  // inside a 3-byte character
  const auto a = finlens::analyze(input, opt);
  REQUIRE(!a.warnings.empty());
  CHECK(a.warnings[0].code == "input_truncated");
  CHECK(a.input.bytes == input.size());
  CHECK(a.input.chars <= 101);
  CHECK(a.figures.size() == 2);
}

TEST_CASE("invalid bytes are reported, never fatal") {
  const auto a = finlens::analyze("Revenue \xFF\xFE rose 12% to $4bn\x80.");
  REQUIRE(!a.warnings.empty());
  CHECK(a.warnings[0].code == "invalid_utf8");
  CHECK(a.figures.size() == 2);
}

TEST_CASE("a bad publication date is a warning") {
  finlens::Options opt;
  opt.date = "2025-02-30";
  const auto a = finlens::analyze("on Wednesday", opt);
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0].code == "bad_date");
  CHECK_FALSE(a.published.has_value());
}

TEST_CASE("the dateline gives the publication date when none is given") {
  const auto a =
      finlens::analyze("Boeing loses tanker deal\nMarch 01, 2008\nBoeing lost the deal on Friday.");
  REQUIRE(a.published.has_value());
  CHECK(a.published->date == "2008-03-01");
  CHECK(a.published->source == "dateline");
  REQUIRE(a.published->span.has_value());
  CHECK(a.published->span->text == "March 01, 2008");
  const auto& friday = a.figures.back();
  CHECK(friday.span.text == "Friday");
  CHECK(friday.date->iso == "2008-02-29");

  finlens::Options opt;
  opt.date = "2008-03-05";
  const auto b = finlens::analyze(
      "Boeing loses tanker deal\nMarch 01, 2008\nBoeing lost the deal on Friday.", opt);
  CHECK(b.published->source == "option");
  CHECK(b.figures.back().date->iso == "2008-02-29");
}
