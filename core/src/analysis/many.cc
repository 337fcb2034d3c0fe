// Several articles: each analyzed alone, then merged. Companies are the same across
// articles when they share a ticker or a name (legal forms and case aside); figures on
// the same merged company and metric are set side by side, and those that stand apart
// (a share price far from the others) are flagged.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "finlens/analysis.h"
#include "link/prices.h"
#include "link/rates.h"
#include "names/gazetteer.h"
#include "names/words.h"

namespace finlens {
namespace {

// "Alibaba Group Holding Ltd" → "alibaba group holding"; "Alibaba’s" → "alibaba".
std::string normalized(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == ',') {
      flush();
    } else if (c < 0x80) {
      cur += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    } else {
      cur += static_cast<char>(c);
    }
  }
  flush();
  while (words.size() > 1 && names::legal_form(words.back())) words.pop_back();
  while (words.size() > 1) {
    std::string w = words.back();
    if (!w.empty() && w.back() == '.') w.pop_back();
    bool legal = false;
    for (const char* f : {"inc", "corp", "co", "ltd", "limited", "plc", "sa", "ag", "nv", "llc",
                          "corporation", "company", "incorporated"}) {
      legal = legal || w == f;
    }
    if (!legal) break;
    words.pop_back();
  }
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// "Alibaba Group Holding Ltd" → "alibaba": the name without its corporate and legal words.
std::string head(std::string_view name) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < name.size()) {
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    while (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (!w.empty()) words.push_back(w);
    i = j + 1;
  }
  while (words.size() > 1 && (names::legal_form(words.back()) ||
                              names::corporate_word(words.back()) || words.back() == "&"))
    words.pop_back();
  std::string out;
  for (auto w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return normalized(out);
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

std::string make_id(char prefix, std::size_t n) {
  std::string id(1, prefix);
  id += std::to_string(n);
  return id;
}

void merge_companies(Collection& c) {
  struct Node {
    std::size_t article;
    const Company* company;
  };
  std::vector<Node> nodes;
  for (std::size_t a = 0; a < c.articles.size(); ++a) {
    for (const Company& co : c.articles[a].companies) nodes.push_back({a, &co});
  }
  UnionFind uf(nodes.size());
  std::map<std::string, std::size_t> first_by_key;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Company& co = *nodes[i].company;
    std::vector<std::string> keys;
    for (const Ticker& t : co.tickers) keys.push_back("t:" + t.exchange + ":" + t.symbol);
    keys.push_back("n:" + normalized(co.name));
    keys.push_back("n:" + head(co.name));
    for (const auto& alias : co.aliases) keys.push_back("n:" + normalized(alias));
    for (const auto& k : keys) {
      auto [it, added] = first_by_key.emplace(k, i);
      if (!added) uf.join(i, it->second);
    }
  }
  std::map<std::size_t, std::size_t> merged_of_root;
  std::map<std::pair<std::size_t, std::string>, std::size_t> merged_of_company;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const std::size_t root = uf.find(i);
    auto [it, added] = merged_of_root.emplace(root, c.companies.size());
    if (added) {
      MergedCompany m;
      m.id = make_id('m', c.companies.size() + 1);
      m.type = nodes[i].company->type;
      c.companies.push_back(m);
    }
    MergedCompany& m = c.companies[it->second];
    const Company& co = *nodes[i].company;
    m.companies.push_back({nodes[i].article, co.id});
    merged_of_company[{nodes[i].article, co.id}] = it->second;
    // the fullest name seen in any article; every other name an alias
    std::vector<std::string> names = co.aliases;
    names.push_back(co.name);
    if (!m.name.empty()) names.push_back(m.name);
    std::string fullest;
    for (const auto& n : names) {
      if (names::fuller_name(n, fullest)) fullest = n;
    }
    m.name = fullest;
    for (const auto& n : names) {
      if (n != m.name && std::find(m.aliases.begin(), m.aliases.end(), n) == m.aliases.end())
        m.aliases.push_back(n);
    }
    for (const Ticker& t : co.tickers) {
      const bool seen = std::any_of(m.tickers.begin(), m.tickers.end(), [&](const Ticker& u) {
        return u.exchange == t.exchange && u.symbol == t.symbol;
      });
      if (!seen) m.tickers.push_back(t);
    }
  }
  // figures side by side: money figures on the same merged company and metric
  std::map<std::pair<std::size_t, std::string>, std::size_t> comparison_of;
  for (std::size_t a = 0; a < c.articles.size(); ++a) {
    for (const Figure& f : c.articles[a].figures) {
      if (f.company.empty() || f.metric.empty() || f.metric == "other" || !f.value ||
          !f.equals.empty())
        continue;
      // levels only: moves of different days (a 4.8% rise, a 6% rise) do not contradict each other
      if (f.kind != FigureKind::money) continue;
      const std::size_t m = merged_of_company[{a, f.company}];
      auto [it, added] = comparison_of.emplace(std::make_pair(m, f.metric), c.comparisons.size());
      if (added) c.comparisons.push_back({c.companies[m].id, f.metric, {}, false});
      ComparedFigure cf;
      cf.figure = {a, f.id};
      cf.text = f.span.text;
      cf.value = *f.value;
      cf.currency = f.currency;
      if (f.kind == FigureKind::money) cf.usd = link::in_usd(*f.value, f.currency);
      c.comparisons[it->second].figures.push_back(cf);
    }
  }
}

// Money figures that disagree: the same metric for the same company differing by more
// than a tenth (a share price by more than the outlier rule allows).
void compare(Collection& c) {
  std::vector<Comparison> kept;
  for (Comparison& cmp : c.comparisons) {
    std::set<std::size_t> articles;
    for (const auto& f : cmp.figures) articles.insert(f.figure.article);
    if (articles.size() < 2) continue;  // within one article there is nothing to compare across
    if (cmp.metric == "share_price") {
      std::vector<std::pair<double, std::string>> prices;
      for (const auto& f : cmp.figures) prices.push_back({f.value, f.currency});
      const std::vector<bool> far = link::price_outliers(prices);
      for (std::size_t i = 0; i < far.size(); ++i) {
        cmp.figures[i].outlier = far[i];
        if (!far[i]) continue;
        cmp.disagree = true;
        c.warnings.push_back(
            {"share_price_outlier",
             "The share price " + cmp.figures[i].text +
                 " is far from the prices other articles give for the same company.",
             cmp.figures[i].figure});
      }
    } else if (!cmp.figures.empty() && cmp.figures[0].usd) {
      double lo = *cmp.figures[0].usd, hi = lo;
      for (const auto& f : cmp.figures) {
        if (!f.usd) continue;
        lo = std::min(lo, *f.usd);
        hi = std::max(hi, *f.usd);
      }
      cmp.disagree = hi > lo * 1.1;
    } else {
      double lo = cmp.figures[0].value, hi = lo;
      for (const auto& f : cmp.figures) {
        lo = std::min(lo, f.value);
        hi = std::max(hi, f.value);
      }
      cmp.disagree = std::fabs(hi - lo) > 0.1 * std::max(std::fabs(hi), std::fabs(lo));
    }
    kept.push_back(std::move(cmp));
  }
  c.comparisons = std::move(kept);
}

}  // namespace

Collection analyze_many(const std::vector<Article>& articles) {
  Collection c;
  for (const Article& a : articles) {
    c.ids.push_back(a.id);
    c.articles.push_back(analyze(a.text, a.options));
  }
  merge_companies(c);
  compare(c);
  return c;
}

}  // namespace finlens
