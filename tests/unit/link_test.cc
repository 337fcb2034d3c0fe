// Stage 4: restatements, facts, consistency warnings and the view across articles.
#include <doctest/doctest.h>

#include <string>

#include "finlens/analysis.h"

namespace {

const finlens::Figure* figure(const finlens::Analysis& a, const std::string& text) {
  for (const auto& f : a.figures) {
    if (f.span.text == text) return &f;
  }
  return nullptr;
}

bool has_warning(const finlens::Analysis& a, const std::string& code) {
  for (const auto& w : a.warnings) {
    if (w.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a restatement in another currency equals the first figure") {
  const auto a = finlens::analyze(
      "Alibaba Group Holding Ltd announced a 380 billion yuan ($53 billion) investment.");
  const auto* yuan = figure(a, "380 billion yuan");
  const auto* usd = figure(a, "$53 billion");
  REQUIRE(yuan);
  REQUIRE(usd);
  CHECK(usd->equals == yuan->id);
  CHECK(usd->metric == "investment");
  CHECK_FALSE(has_warning(a, "restatement_rate"));
  // an implied rate of 38 yuan to the dollar is not sane
  const auto b =
      finlens::analyze("Tencent Holdings Ltd will spend 380 billion yuan ($10 billion) on AI.",
                       {.date = "2025-03-01"});
  CHECK(has_warning(b, "restatement_rate"));
  // without the article's date the check says nothing
  const auto c =
      finlens::analyze("Tencent Holdings Ltd will spend 380 billion yuan ($10 billion) on AI.");
  CHECK_FALSE(has_warning(c, "restatement_rate"));
}

TEST_CASE("a restatement is checked against the rates of the article's year") {
  const char* text = "Volgar Oil will invest 50 billion roubles ($2 billion) in a new field.";
  // 25 roubles a dollar was the rate in 2010, not in 2024
  CHECK_FALSE(has_warning(finlens::analyze(text, {.date = "2010-06-01"}), "restatement_rate"));
  CHECK(has_warning(finlens::analyze(text, {.date = "2024-06-01"}), "restatement_rate"));
}

TEST_CASE("a move and its level are one fact") {
  const auto a =
      finlens::analyze("Alibaba Group Holding Ltd shares jumped 4.8% to HK$160.10 on Wednesday.",
                       {.date = "2025-02-20"});
  REQUIRE(a.facts.size() == 1);
  const auto& f = a.facts[0];
  CHECK(f.metric == "share_price");
  CHECK(f.company == "c1");
  CHECK(f.change == figure(a, "4.8%")->id);
  CHECK(f.level == figure(a, "HK$160.10")->id);
  CHECK(f.currency == "HKD");
  CHECK(f.date == figure(a, "Wednesday")->id);
  CHECK(figure(a, "Wednesday")->date->iso == "2025-02-19");
}

TEST_CASE("a move that does not lead from the old level to the new one is flagged") {
  const auto bad =
      finlens::analyze("Toyota Motor Corp shares rose 10% to $150 from $90 on Monday.");
  CHECK(has_warning(bad, "inconsistent_move"));
  const auto good =
      finlens::analyze("Toyota Motor Corp shares rose 10% to $99 from $90 on Monday.");
  CHECK_FALSE(has_warning(good, "inconsistent_move"));
}

TEST_CASE("a share price far from the company's others is flagged") {
  const auto a = finlens::analyze(
      "Alibaba Group Holding Ltd shares rose 2% to HK$150.20. Later Alibaba Group Holding Ltd "
      "shares traded at "
      "HK$151.00. In New York, Alibaba Group Holding Ltd shares were at $4.21 per share.");
  CHECK(has_warning(a, "share_price_outlier"));
}

TEST_CASE("a unit credited to another parent than before is flagged") {
  const auto a = finlens::analyze(
      "Baidu Inc plans to list Kunlunxin, Baidu's AI chip subsidiary, in Hong Kong. Analysts "
      "cheered Alibaba Group "
      "Holding Ltd's own announcement regarding Kunlunxin's proposed spin-off.");
  CHECK(has_warning(a, "parent_conflict"));
}

TEST_CASE("articles analyzed together merge companies and compare figures") {
  const std::string t1 = "Alibaba Group (NYSE: BABA) shares rose 4.8% to HK$160.10 on Wednesday.";
  const std::string t2 =
      "Alibaba Group Holding Ltd's stock surged 6.35% to HK$152.40 in Hong Kong.";
  const std::string t3 =
      "Alibaba shares traded at $4.21 per share in premarket trading, Alibaba Group said.";
  const auto c = finlens::analyze_many({{"a", t1, {}}, {"b", t2, {}}, {"c", t3, {}}});
  REQUIRE(c.articles.size() == 3);
  const finlens::MergedCompany* alibaba = nullptr;
  for (const auto& m : c.companies) {
    if (m.companies.size() == 3) alibaba = &m;
  }
  REQUIRE(alibaba);
  CHECK(alibaba->tickers.size() == 1);
  bool compared = false;
  for (const auto& cmp : c.comparisons) {
    if (cmp.metric != "share_price") continue;
    compared = true;
    CHECK(cmp.figures.size() == 3);
    CHECK(cmp.disagree);
    for (const auto& f : cmp.figures) CHECK(f.outlier == (f.text == "$4.21"));
  }
  CHECK(compared);
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0].figure.article == 2);
}

TEST_CASE("claims are linked to their source and the companies they are about") {
  const auto a = finlens::analyze(
      "“AI is a catalyst for Chinese tech stocks,” said Andy Wong (黃耀宗), investment director at "
      "Solomons "
      "Group. Bloomberg reported that Zentrix Holdings Ltd is working with Tencent Holdings Ltd on "
      "chips.");
  REQUIRE(a.claims.size() == 2);
  const auto& quote = a.claims[0];
  CHECK(quote.kind == finlens::ClaimKind::quote);
  REQUIRE(quote.source.has_value());
  CHECK(quote.source->name == "Andy Wong");
  CHECK(quote.source->person == a.people[0].id);
  const auto& reported = a.claims[1];
  REQUIRE(reported.source.has_value());
  CHECK(reported.source->name == "Bloomberg");
  std::string bloomberg, zentrix, tencent;
  for (const auto& c : a.companies) {
    if (c.name == "Bloomberg") bloomberg = c.id;
    if (c.name == "Zentrix Holdings Ltd") zentrix = c.id;
    if (c.name == "Tencent Holdings Ltd") tencent = c.id;
  }
  CHECK(reported.source->company == bloomberg);
  CHECK(reported.companies == std::vector<std::string>{zentrix, tencent});
}

TEST_CASE("the words around a figure are found past any number of other figures") {
  // the cue word is read past the other figures' words (words_before skips them), and a
  // clause break after a figure still ends the words read after it
  std::string text = "Quarterly revenue came to";
  for (int i = 1; i <= 300; ++i) text += " $" + std::to_string(i);
  text += " million in the regions. It held 5% 6%, market share fell. It held 7% 8% market share.";
  const auto a = finlens::analyze(text);
  int revenue = 0;
  for (const auto& f : a.figures) {
    if (f.kind == finlens::FigureKind::money && f.metric == "revenue") ++revenue;
  }
  CHECK(revenue == 300);
  // "market share" read past the next figure, unless a comma comes first
  const auto* before_comma = figure(a, "5%");
  const auto* after = figure(a, "7%");
  REQUIRE(before_comma);
  REQUIRE(after);
  CHECK(before_comma->metric == "other");
  CHECK(after->metric == "market_share");
}
