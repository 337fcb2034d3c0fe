// The company recognizer's rule families (tests/corpus/companies.json): every case names
// every company the text holds, so a wrong extra fails as much as a miss.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

using nlohmann::json;

const json* by_name(const json& companies, const std::string& name) {
  for (const auto& c : companies) {
    if (c["name"] == name) return &c;
    for (const auto& a : c["aliases"]) {
      if (a == name) return &c;
    }
  }
  return nullptr;
}

void check_case(const json& c) {
  const std::string text = c["text"].get<std::string>();
  const json a = json::parse(finlens::to_json_string(finlens::analyze(text)));
  const json& got = a["companies"];
  std::string names;
  for (const auto& g : got) names += "[" + g["name"].get<std::string>() + "] ";
  INFO(c["rule"].get<std::string>() << ": " << text << "\n  found " << names);
  CHECK(got.size() == c["companies"].size());
  for (const auto& want : c["companies"]) {
    const json* g = by_name(got, want["name"].get<std::string>());
    CHECK_MESSAGE(g != nullptr, "missing " << want["name"]);
    if (!g) continue;
    CHECK_MESSAGE((*g)["name"] == want["name"], "name " << (*g)["name"] << " != " << want["name"]);
    if (want.contains("type")) CHECK((*g)["type"] == want["type"]);
    for (const auto& alias : want.value("aliases", json::array())) {
      bool has = false;
      for (const auto& x : (*g)["aliases"]) has = has || x == alias;
      CHECK_MESSAGE(has, "alias " << alias << " missing from " << (*g)["aliases"]);
    }
    if (want.contains("tickers")) {
      json tickers = json::array();
      for (const auto& t : (*g)["tickers"]) tickers.push_back({t["exchange"], t["symbol"]});
      CHECK(tickers == want["tickers"]);
    }
    if (want.contains("mentions")) {  // the mention texts, in order
      json texts = json::array();
      for (const auto& m : (*g)["mentions"]) texts.push_back(m["text"]);
      CHECK(texts == want["mentions"]);
    }
    if (want.contains("parent")) {
      const json* p = by_name(got, want["parent"].get<std::string>());
      CHECK_MESSAGE((p && g->contains("parent") && (*g)["parent"] == (*p)["id"]),
                    "parent of " << want["name"]);
    }
  }
  for (const auto& absent : c.value("absent", json::array())) {
    CHECK_MESSAGE(by_name(got, absent.get<std::string>()) == nullptr,
                  absent << " is not a company");
  }
}

}  // namespace

TEST_CASE("company corpus") {
  std::ifstream in(std::string(FINLENS_TEST_DATA) + "/corpus/companies.json");
  REQUIRE(in.good());
  const json corpus = json::parse(in);
  for (const auto& c : corpus["cases"]) check_case(c);
}
