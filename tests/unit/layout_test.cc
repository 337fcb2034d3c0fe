// Stage 2: lines, sentences and the sections that are not the article.
#include "sections/layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "finlens/analysis.h"
#include "finlens/json.h"
#include "text/text.h"

using finlens::SectionKind;
using finlens::sections::classify_line;
using finlens::sections::LineShape;
using finlens::sections::sentence_ends;

namespace {

std::vector<std::string> sentences(const std::string& p) {
  std::vector<std::string> out;
  std::uint32_t from = 0;
  for (auto e : sentence_ends(p)) {
    std::string s = p.substr(from, e - from);
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    out.push_back(s);
    from = e;
  }
  return out;
}

finlens::sections::Layout layout_of(const std::string& s) {
  bool cut = false;
  static finlens::text::Text t;  // the layout refers to offsets only
  t = finlens::text::prepare(s, 1 << 20, &cut);
  return finlens::sections::split(t);
}

}  // namespace

TEST_CASE("sentences end at terminal punctuation, not at abbreviations") {
  CHECK(sentences("Shares rose. They fell.") ==
        std::vector<std::string>{"Shares rose.", "They fell."});
  CHECK(sentences("It hit a low on Jan. 13 and rose.").size() == 1);
  CHECK(sentences("The U.S. economy grew. Prices fell.").size() == 2);
  CHECK(sentences("Taiwan Semiconductor Manufacturing Co. (TSMC) rose.").size() == 1);
  CHECK(sentences("He met J. Smith at 4 p.m. on Friday.").size() == 1);
  CHECK(sentences("“We are advancing,” he said. “We will grow.”").size() == 2);
  CHECK(sentences("Revenue rose 4.5% to $1.2 billion. Costs fell.").size() == 2);
  CHECK(sentences("He works for Apple Inc. The company declined to comment.").size() == 2);
}

TEST_CASE("line shapes") {
  CHECK(classify_line("Tencent Shares Slide After WeChat Restricts YuanBao AI Promotional Links") ==
        LineShape::title);
  CHECK(classify_line("Photo: Reuters") == LineShape::credit);
  CHECK(classify_line("Reporting by Jane Doe; Editing by John Roe") == LineShape::credit);
  CHECK(classify_line("Alibaba shares jumped 4.8% on Wednesday.") == LineShape::prose);
  CHECK(classify_line("Key Points:") == LineShape::prose);
  CHECK(classify_line("") == LineShape::blank);
}

TEST_CASE("a run of headlines after the article is its own section") {
  const std::string text =
      "Alibaba shares jumped 4.8% on Wednesday. The rally boosted the index.\n\n"
      "Anthropic Eyes $350 Billion Valuation as AI Funding Accelerates\n"
      "TSMC Eyes 3nm Chip Production in Japan\n"
      "SpaceX Pushes for Early Stock Index Inclusion\n";
  const auto l = layout_of(text);
  REQUIRE(l.sections.size() == 2);
  CHECK(l.sections[0].first == SectionKind::article);
  CHECK(l.sections[1].first == SectionKind::headlines);
  CHECK(l.section_at(static_cast<std::uint32_t>(text.find("TSMC"))) == SectionKind::headlines);
}

TEST_CASE("an article's own title and subheads stay in the article") {
  const std::string text =
      "Alibaba Stock Pops 6% In Hong Kong\n\nNews Summary\nAlibaba's stock surged 6.35% to "
      "HK$152.40.\n"
      "Background\nAlibaba is expanding.\n";
  const auto l = layout_of(text);
  REQUIRE(l.sections.size() == 1);
  CHECK(l.sections[0].first == SectionKind::article);
}

TEST_CASE("teasers cut mid-sentence after the article are headlines") {
  std::string text = "Alibaba shares rose on Wednesday after strong results. Analysts cheered.\n";
  text +=
      "Three experts in the high technology industry have said that the pledge to impose higher "
      "tariffs on "
      "semiconductors is part of an effort to force the company to the negotiating table and "
      "director of\n";
  text +=
      "Hon Hai Precision Industry Co is reportedly making another pass at Nissan Motor Co, as the "
      "Japanese "
      "automaker's tie-up with Honda Motor Co falls apart and the carmaker penned a deal\n";
  const auto l = layout_of(text);
  REQUIRE(l.sections.size() == 2);
  CHECK(l.sections[1].first == SectionKind::headlines);
}

TEST_CASE("a single truncated last paragraph stays in the article") {
  const std::string text =
      "Alibaba shares rose on Wednesday after strong results. Analysts cheered.\n"
      "The company said it would invest more in cloud computing over the coming years, with most "
      "of the money "
      "going to data centres in China and a smaller share to new chips designed by its";
  const auto l = layout_of(text);
  REQUIRE(l.sections.size() == 1);
  CHECK(l.sections[0].first == SectionKind::article);
}

TEST_CASE("credits are boilerplate") {
  const auto l = layout_of("Alibaba shares rose on Wednesday.\nPhoto: Reuters\nThe rally went on.");
  REQUIRE(l.sections.size() == 3);
  CHECK(l.sections[1].first == SectionKind::boilerplate);
}

// Wire datelines: the place (in capitals, or with a date or an agency) and the dash are a
// sentence of their own, so no later stage reads the place as the story's subject.
TEST_CASE("a wire dateline opening the first paragraph is its own sentence") {
  auto first_two = [](const std::string& text) {
    const std::string s = text;
    const auto l = layout_of(s);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < l.sentences.size() && i < 2; ++i)
      out.push_back(s.substr(l.sentences[i].range.start,
                             l.sentences[i].range.end - l.sentences[i].range.start));
    return out;
  };
  CHECK(first_two("OSLO (Tidewire) - Fjell Energi said output rose.") ==
        std::vector<std::string>{"OSLO (Tidewire) -", "Fjell Energi said output rose."});
  CHECK(first_two("Bergen, May 3 (Tidewire) \xE2\x80\x94 Fjell Energi said output rose.")[0] ==
        "Bergen, May 3 (Tidewire) \xE2\x80\x94");
  CHECK(first_two("SAN JOSE \xE2\x80\x94 Fjell Energi said output rose.")[0] ==
        "SAN JOSE \xE2\x80\x94");
  // not one: a name and a dash ("Apple — the company …"), or capitals too short to be a place
  CHECK(first_two("Brightwell \xE2\x80\x94 the company said it would list.").size() == 1);
  CHECK(first_two("IBM - Big Blue said it would list.").size() == 1);
  // only near the top: a dash deep in the story is prose
  std::string deep = "Title line here\n\n";
  for (int i = 0; i < 9; ++i) deep += "Fjell Energi said output rose in May.\n\n";
  deep += "OSLO - The market closed.";
  const auto l = layout_of(deep);
  CHECK(l.sentences.back().range.end - l.sentences.back().range.start == 25);
}

TEST_CASE("a date line near the top is the dateline") {
  const auto l = layout_of("Boeing loses deal\nMarch 01, 2008\nBoeing lost.");
  REQUIRE(l.dateline.has_value());
  CHECK(l.dateline->start == 18);
  CHECK_FALSE(layout_of("Boeing lost on March 1, 2008, a deal.").dateline.has_value());
}

// The layout corpus (tests/corpus/layout.json): a text laid out another way gives the
// same findings as its plain form; credits are boilerplate; addresses give no figures.
namespace {

using nlohmann::json;

std::string squeeze(const std::string& s) {
  std::string out;
  std::string in = s;
  for (std::size_t i; (i = in.find("\xC2\xA0")) != std::string::npos;) in.replace(i, 2, " ");
  for (char c : in) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// What an analysis found, as comparable lines: layout must not change any of them. With
// `markup` (markup or a hyphen at a line end inside a span), the texts of spans, which
// are the input's own characters, are left out.
std::multiset<std::string> findings(const json& a, bool markup) {
  std::multiset<std::string> out;
  for (const auto& c : a["companies"]) out.insert("company " + c["name"].get<std::string>());
  for (const auto& p : a["people"]) out.insert("person " + p["name"].get<std::string>());
  for (const auto& f : a["figures"]) {
    out.insert("figure " + f["kind"].get<std::string>() + " " +
               (markup ? std::string() : squeeze(f["text"])) + " " +
               (f.contains("value") ? f["value"].dump() : "") + " " +
               (f.contains("currency") ? f["currency"].get<std::string>() : ""));
  }
  for (const auto& c : a["claims"]) {
    out.insert("claim " + c["kind"].get<std::string>() + " " +
               (c["source"].is_null() ? "" : c["source"]["name"].get<std::string>()) + ": " +
               (markup ? std::string() : squeeze(c["text"])));
  }
  return out;
}

json analysis_of(const std::string& text) {
  return json::parse(finlens::to_json_string(finlens::analyze(text)));
}

std::string listed(const std::multiset<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += "\n    " + x;
  return out;
}

}  // namespace

TEST_CASE("layout corpus") {
  std::ifstream in(std::string(FINLENS_TEST_DATA) + "/corpus/layout.json");
  REQUIRE(in.good());
  const json corpus = json::parse(in);
  for (const auto& c : corpus["cases"]) {
    const std::string text = c["text"].get<std::string>();
    INFO(c.value("why", std::string()) << "\n  " << text);
    const json a = analysis_of(text);
    if (c.contains("same_as")) {
      const bool markup = c.value("span_texts_differ", false);
      const auto got = findings(a, markup), want = findings(analysis_of(c["same_as"]), markup);
      std::multiset<std::string> lost, extra;
      std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                          std::inserter(lost, lost.end()));
      std::set_difference(got.begin(), got.end(), want.begin(), want.end(),
                          std::inserter(extra, extra.end()));
      CHECK_MESSAGE(got == want, "lost" << listed(lost) << "\n  new" << listed(extra));
    }
    for (const auto& line : c.value("boilerplate", json::array())) {
      // the line lies inside a boilerplate section (its offsets in UTF-16 units)
      const std::size_t byte = text.find(line.get<std::string>());
      REQUIRE(byte != std::string::npos);
      std::size_t at = 0;
      for (std::size_t i = 0; i < byte; ++i) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if ((ch & 0xC0) != 0x80) at += ch >= 0xF0 ? 2 : 1;
      }
      bool found = false;
      for (const auto& s : a["sections"]) {
        found = found || (s["kind"] == "boilerplate" && s["start"].get<std::size_t>() <= at &&
                          at + line.get<std::string>().size() <= s["end"].get<std::size_t>());
      }
      CHECK_MESSAGE(
          found, "no boilerplate section over " << line.dump() << " in " << a["sections"].dump());
    }
    if (c.contains("figures")) {
      std::vector<std::string> got, want;
      for (const auto& f : a["figures"]) got.push_back(f["text"].get<std::string>());
      for (const auto& f : c["figures"]) want.push_back(f.get<std::string>());
      CHECK(got == want);
    }
    if (c.contains("warning")) {
      bool found = false;
      for (const auto& w : a["warnings"]) found = found || w["code"] == c["warning"];
      CHECK_MESSAGE(found, "no warning " << c["warning"].dump());
    }
  }
}
