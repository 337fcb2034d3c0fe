// Runs the recognizer corpora in tests/corpus/*.json: every case lists each figure of
// the file's kinds that the text must yield, in order, with the fields to check.
// The wasm tests read the same files, so native and wasm prove the same cases.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

using nlohmann::json;

json load(const std::string& name) {
  std::ifstream in(std::string(FINLENS_TEST_DATA) + "/corpus/" + name);
  REQUIRE_MESSAGE(in.good(), "cannot open corpus " << name);
  return json::parse(in);
}

// The company a figure links to, by name or alias; null when it links to none.
void check_company(const json& analysis, const json& figure, const json& want,
                   const std::string& where) {
  if (want.is_null()) {
    CHECK_MESSAGE(!figure.contains("company"),
                  where << ": expected no company, got " << figure.dump());
    return;
  }
  std::string got = "(none)";
  bool ok = false;
  for (const auto& c : analysis["companies"]) {
    if (!figure.contains("company") || c["id"] != figure["company"]) continue;
    got = c["name"].get<std::string>();
    ok = c["name"] == want;
    for (const auto& a : c["aliases"]) ok = ok || a == want;
  }
  CHECK_MESSAGE(ok, where << ": company " << got << " != " << want.dump());
}

void check_field(const json& got, const std::string& key, const json& want,
                 const std::string& where) {
  if (want.is_null()) {
    CHECK_MESSAGE(!got.contains(key), where << ": expected no " << key << ", got " << got.dump());
    return;
  }
  if (key == "no_date") {
    CHECK_MESSAGE(!got.contains("date"), where << ": expected no date, got " << got.dump());
    return;
  }
  if (!got.contains(key)) {
    FAIL_CHECK(where << ": missing " << key << " in " << got.dump());
    return;
  }
  if (want.is_number()) {
    const double g = got[key].get<double>(), w = want.get<double>();
    CHECK_MESSAGE(std::fabs(g - w) <= 1e-9 * std::fabs(w) + 1e-12,
                  where << ": " << key << " " << g << " != " << w);
  } else {
    CHECK_MESSAGE(got[key] == want,
                  where << ": " << key << " " << got[key].dump() << " != " << want.dump());
  }
}

void run_corpus(const std::string& name) {
  const json corpus = load(name);
  std::set<std::string> kinds;
  for (const auto& k : corpus["kinds"]) kinds.insert(k.get<std::string>());
  for (const auto& c : corpus["cases"]) {
    const std::string text = c["text"].get<std::string>();
    finlens::Options opt;
    if (c.contains("date")) opt.date = c["date"].get<std::string>();
    const json a = json::parse(finlens::to_json_string(finlens::analyze(text, opt)));
    json got = json::array();
    for (const auto& f : a["figures"]) {
      if (kinds.count(f["kind"].get<std::string>())) got.push_back(f);
    }
    const json& want = c["expect"];
    std::string texts;
    for (const auto& f : got) texts += "[" + f["text"].get<std::string>() + "] ";
    INFO(name << ": " << text);
    CHECK_MESSAGE(got.size() == want.size(), "found " << texts);
    for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
      for (const auto& [key, value] : want[i].items()) {
        if (key == "company") {
          check_company(a, got[i], value, texts);
        } else {
          check_field(got[i], key, value, texts);
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("money corpus") { run_corpus("money.json"); }
TEST_CASE("percent corpus") { run_corpus("percent.json"); }
TEST_CASE("date corpus") { run_corpus("dates.json"); }
TEST_CASE("time, duration and count corpus") { run_corpus("misc.json"); }
TEST_CASE("figure linking corpus") { run_corpus("links.json"); }
