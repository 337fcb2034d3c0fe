// Runs the claims corpus (tests/corpus/claims.json): every case lists each quote and
// reported claim the text must yield, in order, with the fields to check; an extra
// claim fails as much as a missing one. Hostile cases build their text from a prefix, a
// repeated part and a suffix (10 000 quotation marks, a quote never closed).
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "claims/words.h"
#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

using nlohmann::json;

std::string case_text(const json& c) {
  std::string text = c.value("prefix", "");
  const int repeat = c.value("repeat", 1);
  for (int i = 0; i < repeat; ++i) text += c["text"].get<std::string>();
  return text + c.value("suffix", "");
}

void check_claim(const json& got, const json& want, const std::string& where) {
  INFO(where << "\n  got " << got.dump());
  CHECK(got["kind"] == want["kind"]);
  if (want.contains("text")) CHECK(got["text"] == want["text"]);
  if (want.contains("max_chars"))
    CHECK(got["text"].get<std::string>().size() <= want["max_chars"].get<std::size_t>());
  CHECK(got["source"]["name"] == want["source"]);
  CHECK(got["source"].value("role", "") == want.value("role", ""));
  if (want.contains("cue")) CHECK(got.value("cue", json()) == want["cue"]);
  CHECK(got["hedged"] == want["hedged"]);
  if (want.contains("hedges")) CHECK(got["hedges"] == want["hedges"]);
  CHECK(got["section"] == want.value("section", "article"));
}

void check_case(const json& c) {
  const std::string text = case_text(c);
  const json a = json::parse(finlens::to_json_string(finlens::analyze(text)));
  json got = json::array();
  for (const auto& claim : a["claims"]) {
    if (claim["kind"] == "quote" || claim["kind"] == "reported") got.push_back(claim);
  }
  const json& want = c["claims"];
  std::string found;
  for (const auto& g : got)
    found += "\n  [" + g["kind"].get<std::string>() + "] " + g["text"].get<std::string>();
  const std::string where =
      c["rule"].get<std::string>() + ": " + (text.size() > 300 ? text.substr(0, 300) + "…" : text);
  INFO(where << "\n  found:" << found);
  CHECK(got.size() == want.size());
  for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i)
    check_claim(got[i], want[i], where);
}

}  // namespace

TEST_CASE("claims corpus") {
  std::ifstream in(std::string(FINLENS_TEST_DATA) + "/corpus/claims.json");
  REQUIRE(in.good());
  const json corpus = json::parse(in);
  for (const auto& c : corpus["cases"]) check_case(c);
}

// The possessive endings the claims stage strips from a word (claims/words.h): "'s", "'S",
// "’s", a bare "'" or "’"; a word that is only an ending keeps it.
TEST_CASE("possessive endings") {
  using finlens::claims::strip_possessive;
  const std::pair<std::string, std::string> cases[] = {
      {"Nomura's", "Nomura"},
      {"NOMURA'S", "NOMURA"},
      {"Nomura\u2019s", "Nomura"},
      {"investors'", "investors"},
      {"investors\u2019", "investors"},
      {"Nomura\u2019S", "Nomura\u2019S"},
      {"'s", "'s"},
      {"\u2019s", "\u2019s"},
      {"x\u2019s", "x"},
      {"\u2019", "\u2019"},
      {"a\u2019", "a"},
      {"''", "'"},
      {"'", "'"},
      {"says", "says"},
      {"Mass", "Mass"},
      {"its", "its"},
      {"s", "s"},
      {"", ""},
      {"\u00e9s", "\u00e9s"},
      {"\u2122", "\u2122"},
      {"a's", "a"},
  };
  for (const auto& c : cases) {
    const std::string& word = c.first;
    INFO(word);
    CHECK(std::string(strip_possessive(word)) == c.second);
    CHECK(finlens::claims::is_possessive(word) == (c.second != word));
  }
}
