// Hostile and large input: every case analyzes completely, keeps every invariant of
// tests/fuzz/invariants.h (spans in bounds and equal to the input's UTF-16 slices, ids,
// UTF-8, JSON round trip), and either grows linearly with its size or stops at the
// documented limit (Options::max_bytes, with an input_truncated warning).
//
// No timings here: linearity is checked on instruction-free proxies (a 4x larger input
// gives at most ~4x the findings and ~4x the JSON). The times are in the benchmark
// (bench/run.sh, its hostile-input table).
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "../fuzz/invariants.h"

namespace {

using finlens::Analysis;
using finlens::Options;

std::string rep(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Analyzes and checks every invariant; returns the analysis.
Analysis analyze_checked(const std::string& input, Options options = {}) {
  if (options.date.empty()) options.date = "2025-01-29";
  Analysis a = finlens::analyze(input, options);
  CHECK(finlens::fuzz::check_analysis(input, options, a) == "");
  return a;
}

std::size_t findings(const Analysis& a) {
  return a.figures.size() + a.companies.size() + a.people.size() + a.claims.size() +
         a.facts.size() + a.warnings.size();
}

// The same text at n and 4n repetitions: at most ~4x the findings and the JSON.
void check_linear(const char* what, const std::function<std::string(std::size_t)>& make,
                  std::size_t n) {
  CAPTURE(what);
  const std::string small = make(n), large = make(4 * n);
  const Analysis a = analyze_checked(small), b = analyze_checked(large);
  const std::size_t fa = findings(a), fb = findings(b);
  const std::size_t ja = finlens::to_json_string(a).size(), jb = finlens::to_json_string(b).size();
  CAPTURE(fa);
  CAPTURE(fb);
  CAPTURE(ja);
  CAPTURE(jb);
  CHECK(fb <= 4 * fa + 8);
  CHECK(jb * 10 <= ja * 45);  // 4.5x: the fixed part of the JSON is small
}

std::vector<std::string> figure_texts(const Analysis& a) {
  std::vector<std::string> out;
  for (const auto& f : a.figures) out.push_back(f.span.text + "@" + std::to_string(f.span.start));
  return out;
}

bool has_warning(const Analysis& a, const std::string& code) {
  for (const auto& w : a.warnings) {
    if (w.code == code) return true;
  }
  return false;
}

const std::string kArticle =
    "Alibaba shares jump on AI hopes\n"
    "Wednesday, 29 January 2025\n"
    "Alibaba Group Holding Ltd (NYSE: BABA) rose 4.8% to HK$160.10 on Wednesday.\n"
    "\"We are investing 380 billion yuan ($53 billion) over three years,\" said chief executive "
    "Eddie Wu.\n"
    "Revenue rose 8% to 280.2 billion yuan, according to the company.\n";

}  // namespace

TEST_CASE("hostile: invalid UTF-8 is replaced, and offsets still match the replaced text") {
  const std::vector<std::string> inputs = {
      "Apple rose 5%\xFF to $3\xC3 billion",
      "\x80\x80\x80 lone continuation bytes, then 7% \xBF",
      "truncated at the end: $4 \xE2\x82",
      "overlong \xC0\xAF and \xE0\x80\xAF, surrogates \xED\xA0\x80\xED\xBF\xBF, beyond "
      "\xF4\x90\x80\x80 10%",
      rep("Apple rose 12% on Monday. ", 40) + rep("\xFF\xFE\xC3(\xE2\x82", 20),
  };
  for (const auto& input : inputs) {
    CAPTURE(input);
    const Analysis a = analyze_checked(input);
    CHECK(has_warning(a, "invalid_utf8"));
    CHECK_FALSE(a.figures.empty());
  }
  // a cut in the middle of a run of continuation bytes does not swallow the input
  Options cut;
  const std::string runs = "Apple rose 5% " + rep("and so on ", 100) + rep("\x80", 5);
  cut.max_bytes = runs.size() - 2;
  const Analysis a = analyze_checked(runs, cut);
  CHECK(has_warning(a, "input_truncated"));
  REQUIRE(a.figures.size() == 1);
  CHECK(a.figures[0].span.text == "5%");
}

TEST_CASE("hostile: bytes that are not text give a warning and no findings") {
  std::string random;
  std::uint32_t x = 2463534242u;  // xorshift: the same bytes every run
  for (int i = 0; i < 30000; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    random += static_cast<char>(x & 0xFF);
  }
  const std::vector<std::string> inputs = {
      random,
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> Apple rose 5% to $3 billion",
      "\x89PNG\r\n\x1A\n Apple rose 5%",
      std::string("PK\x03\x04\x14\0\0\0 Apple rose 5%", 22),
      rep(std::string("A\0p\0p\0l\0e\0 \0r\0o\0s\0e\0 \0", 22), 20),  // UTF-16
      rep("\xFF\xFE\xC3(\xE2\x82", 2000) + " 12% " + rep("\xF0\x9F\x93", 500),
  };
  for (const auto& input : inputs) {
    const Analysis a = analyze_checked(input);
    CHECK(has_warning(a, "not_text"));
    CHECK(a.companies.empty());
    CHECK(a.figures.empty());
    CHECK(a.claims.empty());
    CHECK(a.people.empty());
  }
  // a text with a stray bad byte or a form feed is still text
  const Analysis ok = analyze_checked("Apple rose 5% \xFF on Monday.\fIt fell 2%.");
  CHECK_FALSE(has_warning(ok, "not_text"));
  CHECK(ok.figures.size() == 3);
}

TEST_CASE("hostile: NUL bytes are characters like any other") {
  static const char kNul[] = "Apple Inc\0 rose 5%\0 to $3 billion\0\0 on Monday.\0";
  const std::string input(kNul, sizeof kNul - 1);
  const Analysis a = analyze_checked(input);
  CHECK(a.input.bytes == input.size());
  CHECK(a.input.chars == input.size());
  std::vector<std::string> texts;
  for (const auto& f : a.figures) texts.push_back(f.span.text);
  CHECK(texts == std::vector<std::string>{"5%", "$3 billion", "Monday"});
  check_linear(
      "NUL-separated sentences",
      [](std::size_t n) { return rep(std::string("Apple rose 5%\0", 14), n); }, 500);
}

TEST_CASE("hostile: CR-only and mixed line endings read like LF") {
  auto with = [](const std::string& eol, const std::string& eol2) {
    std::string out;
    bool odd = false;
    for (char c : kArticle) {
      if (c == '\n') {
        out += odd ? eol2 : eol;
        odd = !odd;
      } else {
        out += c;
      }
    }
    return out;
  };
  const Analysis lf = analyze_checked(kArticle);
  REQUIRE(lf.figures.size() >= 6);
  // (no structured bindings: clang 14 cannot capture them in CAPTURE's lambda)
  for (const auto& ends : std::vector<std::pair<std::string, std::string>>{
           {"\r", "\r"}, {"\r\n", "\r\n"}, {"\r", "\n"}, {"\r\n", "\r"}, {"\n\r", "\r\n"}}) {
    const std::string& eol = ends.first;
    const std::string& eol2 = ends.second;
    CAPTURE(eol);
    CAPTURE(eol2);
    const std::string input = with(eol, eol2);
    const Analysis a = analyze_checked(input);
    CHECK(a.figures.size() == lf.figures.size());
    CHECK(a.companies.size() == lf.companies.size());
    CHECK(a.claims.size() == lf.claims.size());
    if (eol.size() == 1 && eol2.size() == 1) CHECK(figure_texts(a) == figure_texts(lf));
  }
  check_linear(
      "CR-only lines", [](std::size_t n) { return rep("Apple rose 5% to $3 billion.\r", n); }, 200);
}

TEST_CASE("hostile: a line of a million characters") {
  // One paragraph with no line break and few sentence ends: a figure every ~1000 bytes.
  auto make = [](std::size_t n) {
    std::string block = rep("the quick brown fox jumps over the lazy dog and ", 20);
    block += "shares rose 5% to $3 billion and ";
    return rep(block, n);
  };
  const std::string line = make(1008);
  REQUIRE(line.size() > 1000000);
  const Analysis a = analyze_checked(line);
  CHECK(a.figures.size() == 2016);
  check_linear("long line", make, 100);
  // the same without any space at all
  const Analysis b = analyze_checked(rep("x", 1 << 20) + " 5%");
  CHECK(b.figures.size() == 1);
}

TEST_CASE("hostile: 10 000 unbalanced quote marks") {
  for (const std::string mark :
       {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\xE2\x80\x98", "\xC2\xAB"}) {
    CAPTURE(mark);
    const Analysis a = analyze_checked(rep(mark, 10000));
    CHECK(a.claims.empty());
    // with text between them (fewer, to keep the suite fast under ASan; bench/run.sh
    // times these at 100 KB)
    const std::size_t n = mark == "\"" ? 2000 : 1000;
    const Analysis b = analyze_checked(rep("He said " + mark + "sales rose 5% ", n));
    CHECK(b.figures.size() == n);
    CHECK(b.claims.size() <= n);
  }
  check_linear(
      "open quotes", [](std::size_t n) { return rep("Wu said \xE2\x80\x9Cprofit rose 5% ", n); },
      250);
  check_linear(
      "straight quotes", [](std::size_t n) { return rep("\"Yes,\" he said. \"No ", n); }, 250);
}

TEST_CASE("hostile: 100 000 \"$1\" in a row") {
  const Analysis a = analyze_checked(rep("$1", 100000));
  CHECK(a.figures.size() <= 100000);
  check_linear(
      "$1 with spaces", [](std::size_t n) { return rep("$1 ", n); }, 1000);
  check_linear(
      "$1,", [](std::size_t n) { return rep("$1,", n); }, 1000);
  check_linear(
      "1%", [](std::size_t n) { return rep("1% ", n); }, 1000);
}

TEST_CASE("hostile: deeply repeated parentheses") {
  const Analysis a = analyze_checked(rep("(", 100000) + "5%" + rep(")", 100000));
  CHECK(a.figures.size() == 1);
  analyze_checked(rep("(Apple ", 20000));
  analyze_checked(rep(")", 50000) + rep("(", 50000));
  check_linear(
      "nested tickers", [](std::size_t n) { return rep("Apple Inc (NASDAQ: AAPL (", n); }, 500);
  check_linear(
      "bracketed figures", [](std::size_t n) { return rep("($5 billion (3%)) ", n); }, 500);
}

TEST_CASE("hostile: right-to-left and combining characters") {
  // Arabic and Hebrew around figures, bidi controls, combining marks on letters and digits.
  const std::string arabic =
      "\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA "
      "\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD9\x87\xD9\x85 5% ";
  const std::string hebrew =
      "\xD7\x94\xD7\x9E\xD7\xA0\xD7\x99\xD7\x94 \xD7\xA2\xD7\x9C\xD7\xAA\xD7\x94 $3 billion ";
  const std::string rlm = "\xE2\x80\x8F", lrm = "\xE2\x80\x8E", rlo = "\xE2\x80\xAE",
                    pdf = "\xE2\x80\xAC";
  const std::vector<std::string> inputs = {
      arabic + rlm + "Alibaba Group Holding Ltd" + lrm + " 7%",
      hebrew + rlo + "rose 4.8% to HK$160.10" + pdf,
      "e\xCC\x81"
      "e\xCC\x81\xCC\x81 Soci\xC3\xA9te\xCC\x81 G\xC3\xA9n\xC3\xA9rale rose 3\xCC\x81% to "
      "\xE2\x82\xAC"
      "5 billion",
      rep("a\xCC\x81\xCC\x82\xCC\x83", 20000) + " 9%",
      rep(arabic, 2000),
  };
  for (const auto& input : inputs) {
    CAPTURE(input);
    analyze_checked(input);
  }
  const Analysis a = analyze_checked(arabic);
  REQUIRE(a.figures.size() == 1);
  CHECK(a.figures[0].span.text == "5%");
  CHECK(a.figures[0].span.start == 14);  // 12 Arabic letters and 2 spaces, in UTF-16 units
  check_linear(
      "Arabic with figures", [&](std::size_t n) { return rep(arabic, n); }, 500);
}

TEST_CASE("hostile: input past max_bytes is cut with a warning") {
  CHECK(Options{}.max_bytes == 20u << 20);      // the documented default: 20 MB
  const std::string big = rep(kArticle, 3000);  // ~1 MB
  Options o;
  o.max_bytes = 100000;
  const Analysis a = analyze_checked(big, o);
  CHECK(has_warning(a, "input_truncated"));
  CHECK(a.input.bytes == big.size());
  CHECK(a.input.chars <= 100000);
  CHECK(a.input.chars > 99000);
  for (const auto& f : a.figures) CHECK(f.span.end <= a.input.chars);
  // a cut inside a multi-byte character steps back to its start: no invalid_utf8
  const std::string euro = rep("\xE2\x82\xAC", 1000);
  for (std::size_t max : {1u, 2u, 3u, 1000u, 1001u, 1002u}) {
    o.max_bytes = max;
    const Analysis e = analyze_checked(euro, o);
    CHECK(has_warning(e, "input_truncated"));
    CHECK_FALSE(has_warning(e, "invalid_utf8"));
    CHECK(e.input.chars == max / 3);
  }
  o.max_bytes = 0;
  const Analysis z = analyze_checked(kArticle, o);
  CHECK(z.input.chars == 0);
  CHECK(z.figures.empty());
}
