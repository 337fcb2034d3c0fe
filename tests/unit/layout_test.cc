// Stage 2: lines, sentences and the sections that are not the article.
#include "sections/layout.h"

#include <doctest/doctest.h>

#include <string>

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

TEST_CASE("a date line near the top is the dateline") {
  const auto l = layout_of("Boeing loses deal\nMarch 01, 2008\nBoeing lost.");
  REQUIRE(l.dateline.has_value());
  CHECK(l.dateline->start == 18);
  CHECK_FALSE(layout_of("Boeing lost on March 1, 2008, a deal.").dateline.has_value());
}
