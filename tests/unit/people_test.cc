// The people recognizer (tests/corpus/people.json): every person the text holds, with
// aliases, roles (title and the company's name) and mention counts.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

using nlohmann::json;

std::string company_name(const json& a, const json& id) {
  for (const auto& c : a["companies"]) {
    if (c["id"] == id) return c["name"].get<std::string>();
  }
  return "?";
}

void check_case(const json& c) {
  const std::string text = c["text"].get<std::string>();
  const json a = json::parse(finlens::to_json_string(finlens::analyze(text)));
  std::string names;
  for (const auto& p : a["people"]) names += "[" + p["name"].get<std::string>() + "] ";
  INFO(c["rule"].get<std::string>() << ": " << text << "\n  found " << names);
  CHECK(a["people"].size() == c["people"].size());
  for (const auto& want : c["people"]) {
    const json* got = nullptr;
    for (const auto& p : a["people"]) {
      if (p["name"] == want["name"]) got = &p;
    }
    CHECK_MESSAGE(got != nullptr, "missing " << want["name"]);
    if (!got) continue;
    for (const auto& alias : want.value("aliases", json::array())) {
      bool has = false;
      for (const auto& x : (*got)["aliases"]) has = has || x == alias;
      CHECK_MESSAGE(has, "alias " << alias << " not in " << (*got)["aliases"]);
    }
    if (want.contains("mentions"))
      CHECK((*got)["mentions"].size() == want["mentions"].get<std::size_t>());
    for (const auto& role : want.value("roles", json::array())) {
      bool has = false;
      for (const auto& r : (*got)["roles"]) {
        const bool company_ok =
            role[1].is_null() ? !r.contains("company")
                              : r.contains("company") && company_name(a, r["company"]) == role[1];
        has = has || (r["title"] == role[0] && company_ok);
      }
      CHECK_MESSAGE(has, "role " << role << " not in " << (*got)["roles"]);
    }
  }
}

}  // namespace

TEST_CASE("people corpus") {
  std::ifstream in(std::string(FINLENS_TEST_DATA) + "/corpus/people.json");
  REQUIRE(in.good());
  const json corpus = json::parse(in);  // named: a range-for over a temporary's member dangles
  for (const auto& c : corpus["cases"]) check_case(c);
}
