// The fuzzers' regression cases (tests/fuzz/regressions/): every input that once
// crashed a target or broke an invariant, run again with every invariant checked.
// They run in the release build and under ASan + UBSan (build/asan) alike.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "../fuzz/invariants.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> cases(const char* dir) {
  std::vector<fs::path> out;
  const fs::path root = fs::path(FINLENS_TEST_DATA) / "fuzz" / "regressions" / dir;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_regular_file() && e.path().extension() != ".md") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Known failures (tests/fuzz/known_issues.txt) are reported, not failed.
void load_known() {
  static const bool loaded = [] {
    finlens::fuzz::load_known_issues(std::string(FINLENS_TEST_DATA) + "/fuzz/known_issues.txt");
    return true;
  }();
  (void)loaded;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("fuzz regressions: analyze") {
  load_known();
  const std::size_t known_before = finlens::fuzz::known_hits();
  for (const auto& p : cases("analyze")) {
    const std::string input = read(p);
    for (const char* date : {"", "2025-01-29"}) {
      CAPTURE(p.filename().string());
      CAPTURE(std::string(date));
      finlens::Options options;
      options.date = date;
      const finlens::Analysis a = finlens::analyze(input, options);
      CHECK(finlens::fuzz::check_analysis(input, options, a) == "");
    }
  }
  if (finlens::fuzz::known_hits() > known_before) {
    const std::size_t n = finlens::fuzz::known_hits() - known_before;
    MESSAGE(
        n
        << " known invariant failure(s) excused by tests/fuzz/known_issues.txt: still to be fixed");
  }
}

TEST_CASE("fuzz regressions: analyze_many") {
  load_known();
  for (const auto& p : cases("many")) {
    CAPTURE(p.filename().string());
    const std::string input = read(p);
    const auto articles = finlens::fuzz::split_articles(input);
    const finlens::Collection c = finlens::analyze_many(articles);
    CHECK(finlens::fuzz::check_collection(articles, c) == "");
  }
}

TEST_CASE("the invariants hold on the fuzzers' own seeds") {
  // A few inputs of every shape the fuzzers start from, so the checks themselves are
  // tested in every build even while tests/fuzz/regressions is empty.
  const std::vector<std::string> inputs = {
      "",
      "Alibaba Group Holding Ltd (NYSE: BABA) rose 4.8% to HK$160.10 on Wednesday, Reuters said.",
      "\xFF\xFE \"unclosed \xE2\x80\x9C quote \xF0\x9F\x93\x88 $1$1$1 (((5%)))\r\rMarch 3\r\n",
      "\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A $5 \xD7\xA2\xD7\x91 e\xCC\x81\xCC\x81 10%",
  };
  for (const auto& input : inputs) {
    CAPTURE(input);
    finlens::Options options;
    options.date = "2025-01-29";
    CHECK(finlens::fuzz::check_analysis(input, options, finlens::analyze(input, options)) == "");
    options.max_bytes = input.size() / 2;
    CHECK(finlens::fuzz::check_analysis(input, options, finlens::analyze(input, options)) == "");
  }
  const std::string two = inputs[1] + "\x1e" + inputs[2] + "\x1e" + inputs[3];
  const auto articles = finlens::fuzz::split_articles(two);
  CHECK(articles.size() == 3);
  CHECK(finlens::fuzz::check_collection(articles, finlens::analyze_many(articles)) == "");
}

namespace {

// nlohmann's own verdict: the text parses and dumps back to the same bytes.
bool reprints(const std::string& s) {
  const nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
  return !j.is_discarded() && j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) == s;
}

bool reprint_says(const std::string& s) { return finlens::fuzz::Reprint(s).run(); }

}  // namespace

TEST_CASE("Reprint agrees with nlohmann's parse and dump") {
  // what dump prints differently: spaces, key order, repeated keys, escapes, number forms
  const std::vector<std::pair<std::string, bool>> cases = {
      {R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})", true},
      {R"({"a":1, "b":2})", false},
      {R"( {"a":1})", false},
      {R"({"a":1} )", false},
      {R"({"b":1,"a":2})", false},
      {R"({"a":1,"a":2})", false},
      {R"({"A":1,"a":2,"é":3})", true},
      {R"(["\u0041"])", false},
      {R"(["\u001f","\n\t\"\\"])", true},
      {R"(["\/"])", false},
      {"[\"\x7F\"]", true},
      {"[\"\xC3\xA9\"]", true},
      {"[\"\xC3\"]", false},
      {R"([1.0,0.5,-2,1e+300])", true},
      {R"([1.00])", false},
      {R"([1E5])", false},
      {R"([-0])", false},
      {R"([1e999])", false},
      {R"([18446744073709551615,-9223372036854775808])", true},
      {R"([18446744073709551616])", false},
      {R"([])", true},
      {R"({})", true},
      {R"([1,])", false},
      {R"([1)", false},
      {"", false},
  };
  // (no structured bindings: clang 14 cannot capture them in CAPTURE's lambda)
  for (const auto& c : cases) {
    const std::string& text = c.first;
    CAPTURE(text);
    CHECK(reprints(text) == c.second);
    CHECK(reprint_says(text) == c.second);
  }
  // every one-byte deletion, space and repeat in a real output: the two verdicts agree
  const std::string input =
      "Acme Corp (NYSE: ACME) said on Tuesday its revenue rose 4.5% to $1.2 billion. "
      "\"We are \xE2\x80\x9Cpleased\xE2\x80\x9D,\" chief executive Jane Roe said.";
  const std::string out = finlens::to_json_string(finlens::analyze(input, {}));
  REQUIRE(reprint_says(out));
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (const std::string& edit :
         {out.substr(0, i) + out.substr(i + 1), out.substr(0, i) + " " + out.substr(i),
          out.substr(0, i + 1) + out.substr(i)}) {
      CAPTURE(edit);
      CHECK(reprint_says(edit) == reprints(edit));
    }
  }
}

// The span check's UTF-16 comparison gives utf16()'s answer without building it: the
// same units, fewer, more, or one unit off, in ASCII, two- and three-byte characters and
// a surrogate pair.
TEST_CASE("utf16_equals is utf16() ==") {
  using finlens::fuzz::utf16;
  using finlens::fuzz::utf16_equals;
  const std::pair<std::string, std::u16string> texts[] = {{"", u""},
                                                          {"a", u"a"},
                                                          {"Acme", u"Acme"},
                                                          {"caf\u00e9", u"caf\u00e9"},
                                                          {"\u2019s", u"\u2019s"},
                                                          {"\U0001F4C8 up", u"\U0001F4C8 up"},
                                                          {"\u963f\u91cc", u"\u963f\u91cc"}};
  for (const auto& c : texts) {
    const std::string& t = c.first;
    INFO(t);
    const std::u16string u = utf16(t);
    CHECK(u == c.second);  // the compiler's own UTF-16 of the same characters
    CHECK(utf16_equals(u, t));
    CHECK_FALSE(utf16_equals(u + u'x', t));
    if (!u.empty()) {
      CHECK_FALSE(utf16_equals(std::u16string_view(u).substr(0, u.size() - 1), t));
      for (std::size_t k = 0; k < u.size(); ++k) {
        std::u16string v = u;
        v[k] = static_cast<char16_t>(v[k] ^ 1);
        CHECK_FALSE(utf16_equals(v, t));
        CHECK(utf16(t) != v);
      }
    }
    CHECK_FALSE(utf16_equals(u, t + "b"));
  }
}
