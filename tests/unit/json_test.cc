// finlens/1 JSON (core/src/json/json.cc) writes its text directly, not through a
// nlohmann::json DOM; these cases hold it to the DOM's bytes: sorted keys, nlohmann's
// escaping (ill-formed UTF-8 replaced by U+FFFD), its number printing and its nulls.
#include "finlens/json.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "finlens/analysis.h"

namespace {

using nlohmann::json;
using namespace std::string_literals;

// What the DOM printed: dump() with the options json.cc always used.
std::string dom_dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string hex(const std::string& s) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
    out += ' ';
  }
  return out;
}

// The direct writer agrees with a DOM round trip: same keys in the same order, same escapes,
// same numbers.
void check_round_trip(const std::string& out) {
  const json j = json::parse(out, nullptr, /*allow_exceptions=*/false);
  REQUIRE_FALSE(j.is_discarded());
  CHECK(dom_dump(j) == out);
}

const std::vector<std::string> kTexts = {
    "Alibaba Group Holding Ltd (NYSE: BABA) rose 4.8% to HK$160.10 on Wednesday, 29 January "
    "2025.\n\"We are investing 380 billion yuan ($53 billion) over three years,\" said chief "
    "executive Eddie Wu. Revenue may rise about 8% to 280.2 billion yuan in early 2026.\n",
    "Alibaba’s shares jump 📈 as 阿里巴巴 unveils AI model; Tencent (腾讯) fell 1.2 percent. "
    "“Great,” said Eddie Wu 🚀.",
    "Tesla\0 Inc shares fell 3.2%\0 to $250. \"We\0 are fine,\" said Elon Musk."s,
    "Apple Inc. (NASDAQ: AAPL) said \xff\xfe revenue rose 5% to $\xc0\x80 3 billion \xe2\x82 on "
    "\xed\xa0\x80 Monday \xf4\x90\x80\x80 \"great,\" CEO Tim Cook said.\xe2",
    "\x01\x02\x1b[31m Microsoft \x7f rose 1.5%\t\x0b\x0c\r\n \"a \\\" b \\\\ c\" said Amy Hood. "
    "</a>",
    "",
};

}  // namespace

TEST_CASE("json: analyses and collections agree with a DOM round trip") {
  std::vector<finlens::Article> articles;
  for (std::size_t i = 0; i < kTexts.size(); ++i) {
    CAPTURE(i);
    for (const char* date : {"", "2025-01-29"}) {
      finlens::Options options;
      options.date = date;
      check_round_trip(finlens::to_json_string(finlens::analyze(kTexts[i], options)));
    }
    articles.push_back({"a" + std::to_string(i), kTexts[i], {}});
  }
  check_round_trip(finlens::to_json_string(finlens::analyze_many(articles)));
}

TEST_CASE("json: every optional field present, keys in sorted order") {
  using namespace finlens;
  const Span span{1, 5, 1, 5, "te\"xt"};
  Analysis a;
  a.input = {7, 9};
  a.published = Published{"2025-01-29", "dateline", span};
  a.sections = {{SectionKind::headlines, 0, 3}, {SectionKind::boilerplate, 3, 7}};
  a.companies = {{"c1",
                  "Acme",
                  {"ACME", "Acme Corp"},
                  {{"NYSE", "ACM"}},
                  CompanyType::financial,
                  {span, span},
                  SectionKind::article,
                  "c2"}};
  a.people = {{"p1", "Jo", {"J"}, {{"CEO", "c1"}, {"chair", ""}}, {span}, SectionKind::article}};
  Figure f;
  f.id = "f1";
  f.kind = FigureKind::date;
  f.span = span;
  f.value = 5.0;
  f.value_max = 0.1;
  f.currency = "USD";
  f.unit = "tankers";
  f.date = DateValue{2025, 1, 29, 1, 3, true, "early", "2025-01-29"};
  f.time = "09:30";
  f.timezone = "ET";
  f.duration = "P3Y";
  f.approximate = true;
  f.qualifier = "about";  // the figure's qualifier wins over the date's
  f.company = "c1";
  f.metric = "revenue";
  f.direction = Direction::down;
  f.equals = "f2";
  f.period = "year-to-date";
  f.when = "f3";
  Figure g;
  g.id = "f2";
  g.value = std::numeric_limits<double>::quiet_NaN();
  g.value_max = -0.0;
  g.date = DateValue{};
  g.date->weekday = 9;
  g.date->qualifier = "late";
  a.figures = {f, g};
  a.claims = {{"k1",
               ClaimKind::quote,
               span,
               ClaimSource{"Jo", "p1", "c1", "CEO"},
               "said",
               true,
               {"may"},
               {"c1"},
               {"f1", "f2"},
               SectionKind::article},
              {"k2", ClaimKind::assertion, span, std::nullopt, "", false, {}, {}, {}, {}}};
  a.facts = {{"c1", "revenue", "f1", "f2", "USD", "f3", {"f1"}, span}, {}};
  a.warnings = {{"w", "m\x01", span}, {"v", "n", std::nullopt}};

  const std::string out = to_json_string(a);
  check_round_trip(out);
  CHECK(out.find(R"("qualifier":"about")") != std::string::npos);
  CHECK(out.find(R"("qualifier":"late")") != std::string::npos);
  CHECK(out.find(R"("value":5.0,"value_max":0.1,"weekday":"Wednesday")") != std::string::npos);
  CHECK(out.find(R"("value":null,"value_max":-0.0,"weekday":"")") != std::string::npos);
  CHECK(out.find(R"("source":null)") != std::string::npos);
  CHECK(out.find(R"("message":"m\u0001")") != std::string::npos);

  Collection c;
  c.ids = {"x", "y"};
  c.articles = {a, Analysis{}};
  MergedCompany m;
  m.id = "m1";
  m.name = "Acme";
  m.aliases = {"ACME"};
  m.tickers = {{"NYSE", "ACM"}};
  m.type = CompanyType::media;
  m.companies = {{0, "c1"}, {1, "c1"}};
  c.companies = {m};
  ComparedFigure big, small;
  big.figure = {0, "f1"};
  big.text = "$5 billion";
  big.value = 5e9;
  big.currency = "USD";
  big.usd = 5e9;
  big.outlier = true;
  small.figure = {1, "f1"};
  small.text = "0.0000001";
  small.value = 1e-7;
  Comparison cmp;
  cmp.company = "m1";
  cmp.metric = "revenue";
  cmp.figures = {big, small};
  cmp.disagree = true;
  c.comparisons = {cmp};
  CollectionWarning warning;
  warning.code = "figures_disagree";
  warning.message = "they \"differ\"";
  warning.figure = {1, "f1"};
  c.warnings = {warning};
  const std::string merged = to_json_string(c);
  check_round_trip(merged);
  CHECK(merged.find(R"("value":5000000000.0)") != std::string::npos);
  CHECK(merged.find(R"("value":1e-07)") != std::string::npos);
}

// Every short byte string over bytes that matter to the escaper (controls, quotes, every
// kind of UTF-8 lead and continuation byte) prints as nlohmann's dump() prints it.
TEST_CASE("json: string escaping and U+FFFD replacement match nlohmann byte for byte") {
  const std::string bytes(
      "\x00\x01\x08\x09\x0a\x0c\x0d\x1f\x20\x22\x2f\x41\x5c\x7f\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1"
      "\xc2\xdf\xe0\xe1\xed\xee\xef\xf0\xf1\xf4\xf5\xff",
      34);
  const std::string small("\x41\x22\x80\xa0\xbf\xc2\xe0\xed\xf0\xf4\xff\x01", 12);
  std::vector<std::string> inputs = {""};
  for (char a : bytes) {
    inputs.push_back(std::string(1, a));
    for (char b : bytes) {
      inputs.push_back(std::string{a, b});
      for (char c : bytes) inputs.push_back(std::string{a, b, c});
    }
  }
  for (char a : small)
    for (char b : small)
      for (char c : small)
        for (char d : small) inputs.push_back(std::string{a, b, c, d});
  inputs.push_back("€📈中 \xe2\x82\xac\xf0\x9f\x93 \xf0\x9f\x93\x88");

  std::size_t failures = 0;
  for (const std::string& s : inputs) {
    finlens::Analysis a;
    a.warnings.push_back({"code", s, std::nullopt});
    const json dom = {{"schema", finlens::kSchema},
                      {"input", {{"chars", 0}, {"bytes", 0}}},
                      {"sections", json::array()},
                      {"companies", json::array()},
                      {"people", json::array()},
                      {"figures", json::array()},
                      {"claims", json::array()},
                      {"facts", json::array()},
                      {"warnings", {{{"code", "code"}, {"message", s}}}}};
    const std::string got = finlens::to_json_string(a), want = dom_dump(dom);
    if (got != want) {  // one assertion per failure, not 60 000 passing ones
      CAPTURE(hex(s));
      CHECK(got == want);
      if (++failures == 5) break;
    }
  }
  CHECK(failures == 0);
}
