#include "link/facts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "link/prices.h"
#include "link/rates.h"

namespace finlens::link {
namespace {

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

bool is_level_metric(const std::string& m) { return m == "share_price"; }

// A move and the level it belongs to: a price change and a share price, a revenue
// growth and the revenue.
std::string fact_metric(const std::string& m) {
  if (m == "price_change") return "share_price";
  if (m == "revenue_growth") return "revenue";
  if (m == "profit_growth") return "profit";
  return m;
}

// "Kunlunxin, Baidu's AI chip subsidiary" … "Alibaba's own announcement regarding
// Kunlunxin's proposed spin-off": a unit credited to a company other than its parent.
void check_parents(const names::Words& w, const std::vector<companies::Entity>& firms,
                   std::vector<CheckFound>& warnings) {
  const companies::MentionIndex index(firms);
  for (std::size_t y = 0; y < firms.size(); ++y) {
    const int parent = firms[y].parent;
    if (parent < 0) continue;
    for (const auto& m : firms[y].mentions) {
      auto it = std::lower_bound(w.items.begin(), w.items.end(), m.start,
                                 [](const names::Word& x, std::uint32_t p) { return x.start < p; });
      std::size_t i = static_cast<std::size_t>(it - w.items.begin());
      if (i >= w.size()) continue;
      const std::uint32_t sentence = w.items[i].sentence;
      bool cue = false;
      for (std::size_t k = i, n = 0; k-- > 0 && n < 8; ++n) {
        if (w.items[k].sentence != sentence) break;
        const std::string_view word = w.str(k);
        cue = cue || word == "announcement" || word == "spin-off" || word == "subsidiary" ||
              word == "unit" || word == "division" || word == "arm" || word == "regarding" ||
              word == "plan";
        if (!w.items[k].possessive()) continue;
        const int x = index.at(w.items[k].start, w.items[k].end);
        if (x < 0 || x == parent || x == static_cast<int>(y)) continue;
        if (cue) {
          warnings.push_back({"parent_conflict",
                              firms[y].name + " was named a unit of " +
                                  firms[static_cast<std::size_t>(parent)].name +
                                  ", but here it is credited to " +
                                  firms[static_cast<std::size_t>(x)].name + ".",
                              w.items[k].start, m.end});
        }
        break;
      }
    }
  }
}

}  // namespace

void find_restatements(std::string_view s, const std::vector<figures::Found>& figs,
                       std::vector<FigureLink>& links, std::vector<CheckFound>& warnings,
                       int year) {
  for (std::size_t k = 0; k + 1 < figs.size(); ++k) {
    const figures::Found& a = figs[k];
    const figures::Found& b = figs[k + 1];
    if (a.figure.kind != FigureKind::money || b.figure.kind != FigureKind::money) continue;
    const std::string_view between = s.substr(a.end, b.start - a.end);
    if (between != " (" && between != "(" && between != " (about " && between != " (around " &&
        between != " (roughly " && between != " (approximately " && between != " (or ")
      continue;
    if (b.end >= s.size() || s[b.end] != ')') continue;
    if (a.figure.currency == b.figure.currency) continue;
    links[k + 1].equals = static_cast<int>(k);
    if (links[k + 1].metric == "other" || links[k + 1].metric.empty())
      links[k + 1].metric = links[k].metric;
    if (links[k + 1].company < 0) links[k + 1].company = links[k].company;
    // the table's rates say nothing of an article from before they held
    if (year < rate_valid_since(a.figure.currency) || year < rate_valid_since(b.figure.currency))
      continue;
    const auto ua = in_usd(*a.figure.value, a.figure.currency);
    const auto ub = in_usd(*b.figure.value, b.figure.currency);
    if (!ua || !ub || *ua <= 0 || *ub <= 0) continue;
    const double ratio = *ua / *ub;
    if (ratio > 2.0 || ratio < 0.5) {
      const double implied = *a.figure.value / *b.figure.value;
      warnings.push_back({"restatement_rate",
                          "The restatement implies " + format_number(implied) + " " +
                              a.figure.currency + " per " + b.figure.currency +
                              ", far from any usual exchange rate.",
                          a.start, b.end});
    }
  }
}

std::vector<FactFound> group_facts(std::string_view text, const std::vector<figures::Found>& figs,
                                   const std::vector<FigureLink>& links,
                                   const sections::Layout& layout) {
  std::vector<FactFound> facts;
  std::size_t k = 0;
  while (k < figs.size()) {
    const std::uint32_t sentence = layout.sentence_at(figs[k].start);
    std::size_t end = k;
    while (end < figs.size() && layout.sentence_at(figs[end].start) == sentence) ++end;
    // the sentence's date, when it gives one
    int date = -1;
    for (std::size_t i = k; i < end; ++i) {
      if (figs[i].figure.kind == FigureKind::date && date < 0) date = static_cast<int>(i);
    }
    std::vector<FactFound> here;
    for (std::size_t i = k; i < end; ++i) {
      const FigureLink& l = links[i];
      if (l.metric.empty() || l.equals >= 0) continue;
      const std::string metric = fact_metric(l.metric);
      // "rose 10% to $99 from $90": the earlier level belongs to the same fact
      const bool from = figs[i].start >= 5 && text.substr(figs[i].start - 5, 5) == "from ";
      if (from && !here.empty() && here.back().level >= 0 && here.back().metric == metric &&
          here.back().from < 0) {
        here.back().from = static_cast<int>(i);
        here.back().figures.push_back(static_cast<int>(i));
        continue;
      }
      // one fact per company and metric in a sentence: "jumped 4.8% to HK$160.10"
      auto it = std::find_if(here.begin(), here.end(), [&](const FactFound& f) {
        return f.company == l.company && f.metric == metric &&
               (l.metric != metric ? f.change < 0 : (f.level < 0 || !is_level_metric(metric)));
      });
      if (it == here.end()) {
        FactFound f;
        f.company = l.company;
        f.metric = metric;
        f.date = date;
        f.sentence =
            layout.sentences.empty() ? sections::Range{} : layout.sentences[sentence].range;
        here.push_back(f);
        it = here.end() - 1;
      }
      it->figures.push_back(static_cast<int>(i));
      const bool move = l.metric != metric || l.direction != Direction::none;
      if (move && it->change < 0) {
        it->change = static_cast<int>(i);
      } else if (it->level < 0) {
        it->level = static_cast<int>(i);
      }
      // a restatement belongs with the figure it restates
      if (i + 1 < end && links[i + 1].equals == static_cast<int>(i))
        it->figures.push_back(static_cast<int>(i + 1));
    }
    for (auto& f : here) facts.push_back(std::move(f));
    k = end;
  }
  return facts;
}

void check_consistency(const names::Words& w, const std::vector<figures::Found>& figs,
                       const std::vector<FigureLink>& links,
                       const std::vector<companies::Entity>& firms,
                       const std::vector<FactFound>& facts, std::vector<CheckFound>& warnings) {
  // "rose 10% to $110 from $90": the move from the earlier level must reach the new one
  for (const FactFound& f : facts) {
    if (f.change < 0 || f.level < 0 || f.from < 0) continue;
    const auto& change = figs[static_cast<std::size_t>(f.change)];
    const auto& level = figs[static_cast<std::size_t>(f.level)];
    if (f.from >= 0) {
      const auto& from = figs[static_cast<std::size_t>(f.from)];
      if (from.figure.currency != level.figure.currency ||
          change.figure.kind != FigureKind::percent)
        continue;
      const double sign =
          links[static_cast<std::size_t>(f.change)].direction == Direction::down ? -1 : 1;
      const double expect = *from.figure.value * (1 + sign * *change.figure.value / 100);
      const double tolerance = change.figure.approximate ? 0.06 : 0.02;
      if (std::fabs(expect - *level.figure.value) > tolerance * *level.figure.value) {
        warnings.push_back({"inconsistent_move",
                            "A move of " + format_number(sign * *change.figure.value) + "% from " +
                                format_number(*from.figure.value) + " gives " +
                                format_number(expect) + ", not " +
                                format_number(*level.figure.value) + ".",
                            std::min({change.start, level.start, from.start}),
                            std::max({change.end, level.end, from.end})});
      }
    }
  }
  check_parents(w, firms, warnings);
  // a share price far from the same company's other share prices
  for (std::size_t c = 0; c < firms.size(); ++c) {
    std::vector<std::size_t> at;
    std::vector<std::pair<double, std::string>> prices;
    for (std::size_t i = 0; i < figs.size(); ++i) {
      if (links[i].company != static_cast<int>(c) || links[i].metric != "share_price") continue;
      at.push_back(i);
      prices.push_back({*figs[i].figure.value, figs[i].figure.currency});
    }
    const std::vector<bool> far = price_outliers(prices);
    for (std::size_t k = 0; k < at.size(); ++k) {
      if (!far[k]) continue;
      warnings.push_back(
          {"share_price_outlier",
           "This share price is far from " + firms[c].name + "'s other share prices in the text.",
           figs[at[k]].start, figs[at[k]].end});
    }
  }
}

}  // namespace finlens::link
