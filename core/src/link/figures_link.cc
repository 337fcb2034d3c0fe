#include "link/figures_link.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>

#include "names/gazetteer.h"
#include "util/gate.h"
#include "util/lists.h"
#include "util/scan.h"

namespace finlens::link {
namespace {

// Words of a rise.
constexpr std::string_view kUpWords[] = {
    "jumped",       "jumps",      "jump",      "rose",      "rise",     "rises",       "rising",
    "surged",       "surge",      "surges",    "gained",    "gain",     "gains",       "climbed",
    "climb",        "climbs",     "soared",    "soar",      "soars",    "rallied",     "rally",
    "rallies",      "increased",  "increase",  "increases", "advanced", "advance",     "advances",
    "grew",         "grow",       "grows",     "growth",    "up",       "pops",        "popped",
    "boosted",      "boost",      "expanding", "expanded",  "higher",   "added",       "spiked",
    "spike",        "rebounded",  "rebounds",  "leapt",     "leaped",   "skyrocketed", "upside",
    "outperformed", "risen",      "grown",     "climbing",  "jumping",  "surging",     "soaring",
    "gaining",      "increasing", "widened"};

// Words of a fall.
constexpr std::string_view kDownWords[] = {
    "fell",      "fall",      "falls",     "falling",    "dropped",     "drop",     "drops",
    "slid",      "slide",     "slides",    "declined",   "decline",     "declines", "plunged",
    "plunge",    "plunges",   "tumbled",   "tumble",     "tumbles",     "sank",     "sink",
    "lost",      "lose",      "loses",     "decreased",  "decrease",    "down",     "cut",
    "cuts",      "cutting",   "slump",     "slumped",    "shed",        "lower",    "slipped",
    "slip",      "eased",     "retreated", "contracted", "contraction", "shrank",   "shrink",
    "plummeted", "crashed",   "dipped",    "dip",        "losses",      "loss",     "reduce",
    "reduced",   "reducing",  "fallen",    "dropping",   "sliding",     "sinking",  "tumbling",
    "plunging",  "declining", "narrowed",  "sunk"};

// Nouns of a move, as they follow a figure.
constexpr std::string_view kMoveNouns[] = {
    "growth", "gain",  "gains", "rise",     "rises",       "increase", "increases",
    "jump",   "surge", "rally", "climb",    "decline",     "declines", "drop",
    "drops",  "fall",  "falls", "loss",     "losses",      "slump",    "slide",
    "plunge", "cut",   "cuts",  "decrease", "contraction", "upside"};

// Words of a share price's day: "shares rose", "closed down 2.1% at $118.50".
constexpr std::string_view kStockWords[] = {"shares",       "share",    "stock",     "stocks",
                                            "year-to-date", "ytd",      "premarket", "closed",
                                            "closing",      "opened",   "traded",    "trading",
                                            "ended",        "finished", "intraday",  "after-hours"};

constexpr std::string_view kInvestmentWords[] = {
    "investment", "investments", "invest", "invests",        "invested",   "investing",  "capex",
    "spend",      "spending",    "spent",  "infrastructure", "initiative", "expenditure"};

constexpr std::string_view kFundraisingWords[] = {
    "raise", "raised",  "raises",    "raising",  "fundraising", "bond",    "bonds",
    "ipo",   "funding", "financing", "offering", "placement",   "proceeds"};

constexpr std::string_view kTradeWords[] = {"shipped",  "exports", "exported", "imports",
                                            "imported", "trade",   "shipments"};

// Words that may follow "$10 a share" (not a noun: "a share placement").
constexpr std::string_view kAfterShareWords[] = {"on",  "in",    "at",   "after",  "as",
                                                 "and", "while", "from", "before", "compared"};

// Words before a level: "to HK$160.10", "at $4.21".
constexpr std::string_view kLevelWords[] = {"to", "at", "reach", "reached", "hit", "of", "from"};

constexpr std::string_view kApproximateWords[] = {"nearly", "about",   "almost",        "around",
                                                  "some",   "roughly", "approximately", "over",
                                                  "more",   "than"};

// "its market value", "the company raised": words that point back to the main company.
constexpr std::string_view kAnaphorWords[] = {"its",   "their", "company", "firm",
                                              "group", "stock", "shares"};

// Words that open a clause of its own: "…, and US GDP grew 1.6%", "X fell 2% and Y rose 1%".
constexpr std::string_view kClauseJoiners[] = {"and",     "but",      "while",
                                               "whereas", "although", "though"};

using names::Words;

// A word in lower case, for comparisons with the lists' words (none is longer than 23
// bytes), on the stack: asked for most words around a figure. A longer word is read
// as empty, which equals no listed word either.
struct Lower {
  char buf[24];
  std::size_t size = 0;
  operator std::string_view() const { return {buf, size}; }
  bool operator==(std::string_view o) const { return std::string_view(*this) == o; }
};

Lower lower(std::string_view s) {
  Lower l;
  if (s.size() > sizeof l.buf) return l;
  for (std::size_t k = 0; k < s.size(); ++k)
    l.buf[k] = static_cast<char>(s[k] >= 'A' && s[k] <= 'Z' ? s[k] | 0x20 : s[k]);
  l.size = s.size();
  return l;
}

// The direction a word in lower case says.
Direction movement_of(std::string_view w) {
  // asked for most words around a figure: hash sets, not scans of the lists
  if (util::in_set<kUpWords>(w)) return Direction::up;
  if (util::in_set<kDownWords>(w)) return Direction::down;
  return Direction::none;
}

Direction movement(std::string_view word) { return movement_of(lower(word)); }

enum class Cue {
  none,
  stock,
  index,
  revenue,
  market_value,
  valuation,
  investment,
  fundraising,
  market_share,
  stake,
  share_price,
  trade,
  profit
};

Cue cue_of(std::string_view word) {
  const Lower w = lower(word);
  if (util::in(w, kStockWords)) return Cue::stock;
  if (util::in(w, {"index", "indices", "indexes", "benchmark"})) return Cue::index;
  if (util::in(w, {"revenue", "revenues", "sales", "turnover"})) return Cue::revenue;
  if (util::in(w, {"valuation", "valued", "valuing"})) return Cue::valuation;
  if (util::in(w, kInvestmentWords)) return Cue::investment;
  if (util::in(w, kFundraisingWords)) return Cue::fundraising;
  if (util::in(w, {"holds", "owns", "stake", "owned", "holding"})) return Cue::stake;
  if (util::in(w, kTradeWords)) return Cue::trade;
  if (util::in(w, {"profit", "profits", "income", "earnings", "ebitda"})) return Cue::profit;
  return Cue::none;
}

struct Context {
  const Words& w;
  const std::vector<figures::Found>& figs;
  const std::vector<companies::Entity>& firms;
  const sections::Layout& layout;
  std::vector<int> firm_of_word;  // company index covering each word, or -1
  std::vector<bool> in_figure;    // word lies inside a figure
  int main_company = -1;          // most mentioned company of the article section
  // figure_sentence[k]: Layout::sentence_at(figs[k].start), found once (sentence_span asks
  // it for a figure and up to 16 neighbours on each side)
  std::vector<std::uint32_t> figure_sentence;
  // Jumps over other figures' words, made the first time a walk meets a long run of them
  // (a sentence of 10 000 figures would be read 10 000 times); see jumps().
  struct Jumps {
    // [skip_names]: the last word before i that words_before keeps (kNone if none); the
    // first word from i on that words_after keeps or stops at (a clause break after it)
    std::array<std::vector<std::uint32_t>, 2> kept_before, stop_after;
  };
  mutable std::optional<Jumps> jumps_{};
  const Jumps& jumps() const;
  bool kept(std::size_t i, bool skip_names) const {
    return !in_figure[i] && (!skip_names || firm_of_word[i] < 0);
  }
};

constexpr std::uint32_t kNone = UINT32_MAX;
// Words skipped in a row before a walk jumps: more than any ordinary sentence has.
constexpr int kLongRun = 24;

bool clause_break_after(const Words& w, std::size_t i) {
  return w.gap_after(i).find_first_of(",;:\"") != std::string_view::npos;
}

const Context::Jumps& Context::jumps() const {
  if (jumps_) return *jumps_;
  Jumps& j = jumps_.emplace();
  const std::size_t n = w.size();
  for (int skip = 0; skip < 2; ++skip) {
    auto& before = j.kept_before[skip];
    before.assign(n + 1, kNone);
    for (std::size_t i = 0; i < n; ++i)
      before[i + 1] = kept(i, skip) ? static_cast<std::uint32_t>(i) : before[i];
    auto& after = j.stop_after[skip];
    after.assign(n + 1, static_cast<std::uint32_t>(n));
    for (std::size_t i = n; i-- > 0;)
      after[i] =
          kept(i, skip) || clause_break_after(w, i) ? static_cast<std::uint32_t>(i) : after[i + 1];
  }
  return j;
}

std::size_t first_word_at(const Words& w, std::uint32_t pos) {
  auto it = std::lower_bound(w.items.begin(), w.items.end(), pos,
                             [](const names::Word& x, std::uint32_t p) { return x.start < p; });
  return static_cast<std::size_t>(it - w.items.begin());
}

// Up to kMax word indices, in order: what words_after and words_before give, for the few
// words a cue is looked for in, thousands of times a text (no allocation).
class NearWords {
 public:
  static constexpr std::size_t kMax = 40;
  void push_back(std::size_t i) { items_[size_++] = i; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::size_t operator[](std::size_t k) const { return items_[k]; }
  const std::size_t* begin() const { return items_.data(); }
  const std::size_t* end() const { return items_.data() + size_; }

 private:
  std::array<std::size_t, kMax> items_{};
  std::size_t size_ = 0;
};

// Up to n words of the same sentence after the figure, skipping other figures' words.
// (After a jump, the words jumped over are of this sentence when the one jumped to is:
// sentences follow the words' order.)
NearWords words_after(const Context& c, const figures::Found& f, std::size_t n,
                      bool skip_names = true) {
  NearWords out;
  n = std::min(n, NearWords::kMax);
  std::size_t i = first_word_at(c.w, f.end);
  if (i >= c.w.size()) return out;
  if (c.w.text.substr(f.end, c.w.items[i].start - f.end).find_first_of(",;:\"") !=
      std::string_view::npos)
    return out;
  const std::uint32_t sentence = c.layout.sentence_at(f.start);
  int skipped = 0;
  for (; i < c.w.size() && out.size() < n && c.w.items[i].sentence == sentence; ++i) {
    // words of other figures and of company names are neither cues nor movements
    const bool kept = c.kept(i, skip_names);
    if (kept) out.push_back(i);
    // the words that qualify a figure end at a clause break: "$49 Weight-Loss Pill, Raising …"
    if (clause_break_after(c.w, i)) break;
    skipped = kept ? 0 : skipped + 1;
    if (skipped == kLongRun) {
      i = c.jumps().stop_after[skip_names][i + 1] - 1;  // the loop's ++i lands on it
      skipped = 0;
    }
  }
  return out;
}

NearWords words_before(const Context& c, const figures::Found& f, std::size_t n,
                       bool skip_names = true) {
  NearWords out;
  n = std::min(n, NearWords::kMax);
  std::size_t i = first_word_at(c.w, f.start);
  const std::uint32_t sentence = c.layout.sentence_at(f.start);
  int skipped = 0;
  while (i > 0 && out.size() < n) {
    --i;
    if (c.w.items[i].sentence != sentence) break;
    if (c.kept(i, skip_names)) {
      out.push_back(i);
      skipped = 0;
    } else if (++skipped == kLongRun) {
      const std::uint32_t j = c.jumps().kept_before[skip_names][i];
      if (j == kNone) break;
      i = j + 1;  // the loop's --i lands on it
      skipped = 0;
    }
  }
  return out;
}

// The market index a figure's clause is about: a known index ("the Nikkei 225", "Hang
// Seng") or capitalized words before "index"/"average" ("the FTSE-100 index"), before the
// figure and nearer than any company. Empty when there is none.
std::string index_before(const Context& c, const figures::Found& f) {
  const names::Gazetteer& g = names::Gazetteer::get();
  const auto span = [&](std::size_t from, std::size_t to) {
    return std::string(
        c.w.text.substr(c.w.items[from].start, c.w.items[to].end - c.w.items[from].start));
  };
  std::string named;  // "FTSE-100" before "index", unless a known index covers it
  std::size_t named_at = 0;
  for (std::size_t i : words_before(c, f, 14, false)) {
    if (!named.empty() && named_at - i > 4) return named;
    const int firm = c.firm_of_word[i];
    if (firm >= 0 && companies::figure_subject(c.firms[static_cast<std::size_t>(firm)])) break;
    const names::KnownHit hit = c.w.known[i];
    if (hit.words > 0 && g.entry(hit.entry).kind == names::Known::index)
      return span(i, std::min(i + hit.words, c.w.size()) - 1);
    const Lower w = lower(c.w.str(i));
    if (named.empty() && (w == "index" || w == "average") && i > 0) {
      // the capitalized words right before it, not a possessor ("Japan's Nikkei average")
      std::size_t s = i;
      while (s > 0 && s + 4 > i && c.w.items[s - 1].capitalized &&
             !c.w.items[s - 1].sentence_start && !c.w.items[s - 1].possessive() &&
             c.w.items[s - 1].sentence == c.w.items[i].sentence && c.w.gap_after(s - 1) == " ")
        --s;
      if (s < i) {
        named = span(s, i - 1);
        named_at = s;
      }
    }
  }
  return named;
}

std::string metric_of_percent(const Context& c, const figures::Found& f) {
  // "holds about 36 percent of Nissan's stock" is a stake, whatever follows
  for (std::size_t i : words_before(c, f, 4)) {
    if (cue_of(c.w.str(i)) == Cue::stake) return "other";
  }
  const auto after = words_after(c, f, 4);
  for (std::size_t k = 0; k + 1 < after.size(); ++k) {
    if (lower(c.w.str(after[k])) == "market" && lower(c.w.str(after[k + 1])) == "share")
      return "market_share";
  }
  // "a 14% share of the global smartphone market"
  if (after.size() >= 2 && lower(c.w.str(after[0])) == "share" &&
      lower(c.w.str(after[1])) == "of") {
    for (std::size_t i : words_after(c, f, 8)) {
      if (lower(c.w.str(i)) == "market") return "market_share";
    }
  }
  for (std::size_t i : after) {
    const Cue q = cue_of(c.w.str(i));
    if (q == Cue::revenue) return "revenue_growth";
    if (q == Cue::stock && lower(c.w.str(i)) != "share") return "price_change";
  }
  if (!index_before(c, f).empty()) return "index_change";
  for (std::size_t i : words_before(c, f, 12)) {
    const Cue q = cue_of(c.w.str(i));
    if (q == Cue::stake) return "other";
    if (q == Cue::index) return "index_change";
    if (q == Cue::revenue) return "revenue_growth";
    if (q == Cue::stock) return "price_change";
    if (q == Cue::profit) return "profit_growth";
  }
  // "Wuliangye Yibin Co (000858.SZ) slipped 1.9%": a company moving, with no other word
  // for what moved, is its share price
  const auto near = words_before(c, f, 3, false);
  for (std::size_t k = 0; k < near.size(); ++k) {
    if (movement(c.w.str(near[k])) == Direction::none) continue;
    for (std::size_t j = k + 1; j < near.size() && j <= k + 2; ++j) {
      if (c.firm_of_word[near[j]] >= 0) return "price_change";
    }
    // the subject may sit behind a ticker bracket: "Co (000858.SZ) slipped"
    const std::size_t verb = near[k];
    if (verb > 0 && c.w.gap_after(verb - 1).find(')') != std::string_view::npos) {
      std::size_t j = verb - 1;
      while (j > 0 && c.w.gap_after(j - 1).find('(') == std::string_view::npos && verb - j < 4) --j;
      if (j > 0 && c.firm_of_word[j - 1] >= 0) return "price_change";
    }
    break;
  }
  return {};  // no cue: the caller may take the metric of a list it belongs to
}

// The metric a cue word gives an amount of money, or nullptr.
const char* money_metric(Cue q) {
  switch (q) {
    case Cue::valuation:
      return "valuation";
    case Cue::investment:
      return "investment";
    case Cue::fundraising:
      return "fundraising";
    case Cue::revenue:
      return "revenue";
    case Cue::trade:
      return "trade_value";
    case Cue::profit:
      return "profit";
    default:
      return nullptr;
  }
}

std::string metric_of_money(const Context& c, const figures::Found& f) {
  const auto after = words_after(c, f, 3);
  for (std::size_t k = 0; k < after.size(); ++k) {
    const Lower w = lower(c.w.str(after[k]));
    // "$4.21 per share", "HK$10 a share" (not "in a share placement")
    if (w == "per" && k + 1 < after.size() && lower(c.w.str(after[k + 1])) == "share")
      return "share_price";
    if (w == "a" && k == 0 && k + 1 < after.size() && lower(c.w.str(after[k + 1])) == "share" &&
        (k + 2 >= after.size() || !util::is_lower(c.w.str(after[k + 2])[0]) ||
         util::in(c.w.str(after[k + 2]), kAfterShareWords)))
      return "share_price";
    if (w == "market" && k + 1 < after.size() &&
        util::in(lower(c.w.str(after[k + 1])), {"value", "cap", "capitalization"}))
      return "market_value";
    if (const char* m = money_metric(cue_of(w))) return m;
  }
  const auto before = words_before(c, f, 10);
  bool level_word = false;  // "to HK$160.10", "at $4.21", "reach $152.47"
  if (!before.empty()) level_word = util::in(lower(c.w.str(before[0])), kLevelWords);
  for (std::size_t k = 0; k < before.size(); ++k) {
    const Lower w = lower(c.w.str(before[k]));
    if (w == "market" && k > 0 &&
        util::in(lower(c.w.str(before[k - 1])), {"value", "cap", "capitalization"}))
      return "market_value";
    // "raised its price target to HK$52": an analyst's target, not money raised
    if ((w == "target" || w == "targets") && k + 1 < before.size() &&
        lower(c.w.str(before[k + 1])) == "price")
      return "price_target";
    if (util::in(w, {"capitalisation", "capitalization"})) return "market_value";
    const Cue q = cue_of(w);
    if (q == Cue::stock && level_word && f.figure.value && *f.figure.value < 1e5)
      return "share_price";
    if (const char* m = money_metric(q)) return m;
  }
  return "other";
}

Direction direction_of(const Context& c, const figures::Found& f, const std::string& metric) {
  const bool money = f.figure.kind == FigureKind::money;
  const auto before = words_before(c, f, 6);
  if (money) {
    // a money figure moves only as the amount of a change: "expanding its market value by US$87
    // billion"
    std::size_t k = 0;
    while (k < before.size() && util::in(lower(c.w.str(before[k])), kApproximateWords)) ++k;
    // "fell to $9.8 billion from $10.1 billion": the level reached carries the move too
    const bool level = k < before.size() && lower(c.w.str(before[k])) == "to" &&
                       k + 1 < before.size() && movement(c.w.str(before[k + 1])) != Direction::none;
    if (level) return movement(c.w.str(before[k + 1]));
    if (k >= before.size() || lower(c.w.str(before[k])) != "by") return Direction::none;
    for (std::size_t i : before) {
      if (Direction d = movement(c.w.str(i)); d != Direction::none) return d;
    }
    return Direction::none;
  }
  if (metric == "market_share") return Direction::none;
  // after the figure only a noun names the move ("a 26% revenue growth", "a 25 percent
  // gain"); a verb there belongs to the next clause ("slipped 1.9% and X rose 3%")
  const auto after = words_after(c, f, 2);
  for (std::size_t i : after) {
    const Lower w = lower(c.w.str(i));
    if (!util::in(w, kMoveNouns)) continue;
    if (Direction d = movement(w); d != Direction::none) return d;
  }
  for (std::size_t i : before) {
    // "cutting export growth by 1.3 points": before the figure, "growth" names the
    // measure; the verb says which way it went
    if (lower(c.w.str(i)) == "growth") continue;
    if (Direction d = movement(c.w.str(i)); d != Direction::none) return d;
  }
  return Direction::none;
}

// The company a figure is about.
int company_of(const Context& c, const figures::Found& f, const std::string& metric) {
  if (metric == "index_change") return -1;
  const std::size_t at = first_word_at(c.w, f.start);
  const bool title = at < c.w.size() && c.w.items[at].title_line;
  if (title) {
    // a headline is about its first company
    const std::uint32_t sentence = c.layout.sentence_at(f.start);
    std::size_t i = at;
    while (i > 0 && c.w.items[i - 1].sentence == sentence) --i;
    for (; i < c.w.size() && c.w.items[i].sentence == sentence; ++i) {
      const int firm = c.firm_of_word[i];
      if (firm >= 0 && companies::figure_subject(c.firms[static_cast<std::size_t>(firm)]))
        return firm;
    }
    return -1;
  }
  // "7.7 percent at Baidu", "31 percent for Microsoft"
  const auto after = words_after(c, f, 6, false);
  for (std::size_t k = 0; k + 1 < after.size(); ++k) {
    if (!util::in(c.w.str(after[k]), {"at", "for"})) continue;
    const int firm = c.firm_of_word[after[k + 1]];
    if (firm >= 0) return firm;
    break;
  }
  // the nearest company before it in its clause (not a news outlet reporting it). A
  // clause of its own after "and" / "but" / ";" whose subject names something else
  // ("…, and US GDP grew 1.6%") takes no company from the clause before it.
  bool verb = false, named_subject = false, owned = false;
  int skipped = -1;                                 // the company a relative clause owns
  std::size_t later = first_word_at(c.w, f.start);  // the word read before this one
  // each word in lower case once (for the tests of this word and of the next one read)
  Lower later_low = later < c.w.size() ? lower(c.w.str(later)) : Lower{};
  for (std::size_t i : words_before(c, f, 40, false)) {
    // what lies between this word and the one after it (other figures' words included)
    const std::uint32_t to = later < c.w.size() ? c.w.items[later].start : f.start;
    const std::uint32_t from = std::min(c.w.items[i].end, to);
    const std::string_view gap = c.w.text.substr(from, to - from);
    const bool joined = later < c.w.size() && util::in(later_low, kClauseJoiners);
    if (gap.find(';') != std::string_view::npos || joined) {
      if (verb && named_subject) return -1;
    }
    const std::string_view word = c.w.str(i);
    const Lower low = lower(word);
    // "Dalby Foods, which it owns about 90% of": the relative clause's subject is the
    // pronoun, i.e. the sentence's subject; the company before "which" is what it owns
    if (later < c.w.size() && util::in(low, {"which", "that"}) &&
        util::in(later_low, {"it", "they"}))
      owned = true;
    later = i;
    later_low = low;
    const int firm = c.firm_of_word[i];
    if (firm >= 0 && owned) {
      if (i > 0 && c.firm_of_word[i - 1] == firm) continue;  // the rest of its name
      owned = false;
      skipped = firm;
      continue;
    }
    if (firm >= 0 && firm != skipped &&
        companies::figure_subject(c.firms[static_cast<std::size_t>(firm)]))
      return firm;
    if (!verb) {
      verb = movement_of(low) != Direction::none;
    } else if (util::is_upper(word[0]) && !util::in(low, kAnaphorWords) &&
               !util::in(low, kClauseJoiners)) {
      named_subject = true;
    }
  }
  // "its market value", "the company raised", "shares jumped": the article's company
  if (c.layout.section_at(f.start) != SectionKind::article) return -1;
  if (metric != "other") return c.main_company;
  for (std::size_t i : words_before(c, f, 40)) {
    const Lower w = lower(c.w.str(i));
    if (util::in(w, kAnaphorWords)) return c.main_company;
  }
  return -1;
}

struct Period {
  std::uint32_t start, end;  // norm bytes
};

// The figures link_figures gives a metric, and a period and a date: money, percentages
// and an index's points.
bool linked(const figures::Found& f) {
  const FigureKind kind = f.figure.kind;
  return kind == FigureKind::percent || kind == FigureKind::percentage_point ||
         kind == FigureKind::money || (kind == FigureKind::number && f.figure.unit == "points");
}

// Whether a byte may stand inside a match of find_periods' pattern: its letters, digits,
// spaces and hyphens, and every byte of a multi-byte character ((?i) folds 'ſ' to "s"
// and the Kelvin sign to "k"); or be a word byte to its \b ('_'). No match holds another
// byte, and \b reads the same on either side of one, so a scan that starts just after
// one, or ends at one, finds there what a scan of the whole text finds.
bool may_be_in_period(char b) {
  return util::is_word_byte(b) || b == ' ' || b == '-' || (static_cast<unsigned char>(b) & 0x80);
}

// Where the figures that take a period may find one (add_period_and_date): in the
// figure's sentence, ending less than 121 bytes before it or starting less than 121
// after it; a "since …" period runs at most 66 bytes past its match. So from 256 bytes
// before each such figure to 128 after, inside its sentence, each end moved out to a
// byte no match can hold; in order, overlaps merged (the moves stop at the previous
// window: linear in the text).
std::vector<util::LineRange> period_windows(const Context& c) {
  const std::string_view s = c.w.text;
  const auto n = static_cast<std::uint32_t>(s.size());
  std::vector<util::LineRange> out;
  for (const figures::Found& f : c.figs) {
    if (!linked(f)) continue;
    sections::Range sentence{0, n};
    if (!c.layout.sentences.empty())
      sentence = c.layout.sentences[c.layout.sentence_at(f.start)].range;
    std::uint32_t a = std::max(sentence.start, f.start > 256 ? f.start - 256 : 0);
    std::uint32_t b = std::min({n, std::max(sentence.end, f.end), f.end + 128});
    if (!out.empty() && b <= out.back().end) continue;  // inside the last window
    const std::uint32_t floor = out.empty() ? 0 : out.back().end;
    while (a > floor && may_be_in_period(s[a - 1])) --a;
    while (b < n && may_be_in_period(s[b])) ++b;
    if (!out.empty() && a <= out.back().end) {
      out.back().end = std::max(out.back().end, b);
      continue;
    }
    out.push_back({a, b});  // (a <= f.start <= f.end <= b)
  }
  return out;
}

// Periods a change is measured over, in the windows where a figure may take one.
std::vector<Period> find_periods(std::string_view s, const std::vector<util::LineRange>& windows) {
  // "since …" is matched by its first word and run to the end of its clause below: a
  // counted repetition in the pattern would multiply the automaton's states.
  static const RE2 re(
      R"((?i)\b(year[- ]to[- ]date|ytd|so far this year|year[- ]on[- ]year|year[- ]over[- ]year|)"
      R"(quarter[- ]on[- ]quarter|month[- ]on[- ]month|from a year (?:ago|earlier)|)"
      R"((?:over|in|during|for) the (?:preceding|past|last|previous|latest|same|first|second|third|fourth|current|prior|)"
      R"(most recent)(?: [a-z]+)?(?: (?:\d+|two|three|four|six|nine|twelve|eighteen))? ?(?:months?|years?|quarters?|weeks?|)"
      R"(days?|period|half|fiscal year)|since )\b)",
      util::pattern_options());
  std::vector<Period> out;
  util::for_each_match_in<2>(re, s, windows, [&](const auto& g) {
    const std::uint32_t a = util::offset_in(s, g[1]);
    std::uint32_t b = a + static_cast<std::uint32_t>(g[1].size());
    if (g[1].size() == 6 && (s[a] == 's' || s[a] == 'S')) {
      // "since hitting a 2025 low on Jan. 13": to a comma, a semicolon, a line end or a
      // period that ends a sentence, at most 60 bytes
      const std::uint32_t limit =
          std::min<std::uint32_t>(static_cast<std::uint32_t>(s.size()), b + 60);
      while (b < limit && s[b] != ',' && s[b] != ';' && s[b] != '\n' &&
             !(s[b] == '.' && b + 2 < s.size() && s[b + 1] == ' ' && util::is_upper(s[b + 2])))
        ++b;
      // the 60-byte limit may fall inside a character: back to its start
      while (b > a && b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      while (b > a && (s[b - 1] == ' ' || s[b - 1] == '.')) --b;
      // "since 2021" alone is a date, not a period worth naming
      if (b - a < 7) return;
    }
    out.push_back({a, b});
  });
  return out;
}

// The figures and periods of one sentence: index ranges into the sorted lists, so that
// the work per figure is bounded by its sentence, not by the text.
struct SentenceSpan {
  std::size_t fig_begin, fig_end, period_begin, period_end;
};

SentenceSpan sentence_span(const Context& c, const std::vector<Period>& periods, std::size_t k) {
  const std::uint32_t sentence = c.figure_sentence[k];
  // at most kWindow figures on each side: a "sentence" of 100 000 figures stays linear
  constexpr std::size_t kWindow = 16;
  SentenceSpan r{k, k + 1, 0, 0};
  while (r.fig_begin > 0 && k - r.fig_begin < kWindow &&
         c.figure_sentence[r.fig_begin - 1] == sentence)
    --r.fig_begin;
  while (r.fig_end < c.figs.size() && r.fig_end - k < kWindow &&
         c.figure_sentence[r.fig_end] == sentence)
    ++r.fig_end;
  const auto& range = c.layout.sentences.empty() ? sections::Range{0, UINT32_MAX}
                                                 : c.layout.sentences[sentence].range;
  auto lo = std::lower_bound(periods.begin(), periods.end(), range.start,
                             [](const Period& p, std::uint32_t v) { return p.start < v; });
  auto hi = std::lower_bound(lo, periods.end(), range.end,
                             [](const Period& p, std::uint32_t v) { return p.start < v; });
  r.period_begin = static_cast<std::size_t>(lo - periods.begin());
  r.period_end = static_cast<std::size_t>(hi - periods.begin());
  // only the periods near the figure matter (best_gap caps them at 120 bytes anyway)
  const std::uint32_t from = c.figs[k].start > 128 ? c.figs[k].start - 128 : 0;
  while (r.period_begin < r.period_end && periods[r.period_begin].end < from) ++r.period_begin;
  return r;
}

std::uint32_t distance(std::uint32_t a0, std::uint32_t a1, std::uint32_t b0, std::uint32_t b1) {
  return a1 <= b0 ? b0 - a1 : b1 <= a0 ? a0 - b1 : 0;
}

bool is_move(const figures::Found& g) {
  return g.figure.kind == FigureKind::percent || g.figure.kind == FigureKind::percentage_point;
}

// The period nearest a change figure in its sentence, and the sentence's date outside it.
void add_period_and_date(const Context& c, const std::vector<Period>& periods, std::size_t k,
                         FigureLink& l) {
  const figures::Found& f = c.figs[k];
  const SentenceSpan span = sentence_span(c, periods, k);
  const bool change = l.direction != Direction::none || l.metric == "price_change" ||
                      l.metric == "revenue_growth" || l.metric == "index_change" ||
                      l.metric == "profit_growth";
  const Period* best = nullptr;
  std::uint32_t best_gap = 121;
  for (std::size_t pi = span.period_begin; change && pi < span.period_end; ++pi) {
    const Period& p = periods[pi];
    const std::uint32_t gap = distance(p.start, p.end, f.start, f.end);
    // a move between the period and this figure, or nearer to the period, takes it:
    // "surged 6.35% …, extending its year-to-date gains to 83.95%" is the 83.95%'s
    bool taken = false;
    for (std::size_t j = span.fig_begin; j < span.fig_end && !taken; ++j) {
      const figures::Found& g = c.figs[j];
      if (j == k || !is_move(g)) continue;
      const bool inside = p.end <= f.start ? g.start >= p.end && g.end <= f.start
                                           : g.start >= f.end && g.end <= p.start;
      taken = inside || distance(g.start, g.end, p.start, p.end) < gap;
    }
    if (!taken && gap < best_gap) {
      best_gap = gap;
      best = &p;
    }
  }
  if (best) l.period = std::string(c.w.text.substr(best->start, best->end - best->start));
  std::uint32_t nearest_gap = UINT32_MAX;
  for (std::size_t j = span.fig_begin; j < span.fig_end; ++j) {
    const figures::Found& d = c.figs[j];
    if (d.figure.kind != FigureKind::date) continue;
    if (best && d.start >= best->start && d.end <= best->end) continue;  // the period's own dates
    const std::uint32_t gap = distance(d.start, d.end, f.start, f.end);
    if (gap < nearest_gap) {
      nearest_gap = gap;
      l.when = static_cast<int>(j);
    }
  }
}

// Layout::sentence_at for each figure (the figures are sorted by start).
std::vector<std::uint32_t> figure_sentences(const sections::Layout& layout,
                                            const std::vector<figures::Found>& figs) {
  std::vector<std::uint32_t> out;
  out.reserve(figs.size());
  sections::SentenceWalk walk(layout);
  for (const figures::Found& f : figs) out.push_back(walk.at(f.start));
  return out;
}

}  // namespace

std::vector<FigureLink> link_figures(const Words& w, const std::vector<figures::Found>& figs,
                                     const std::vector<companies::Entity>& firms,
                                     const sections::Layout& layout) {
  Context c{w,
            figs,
            firms,
            layout,
            std::vector<int>(w.size(), -1),
            std::vector<bool>(w.size(), false),
            -1,
            figure_sentences(layout, figs)};
  std::vector<int> article_mentions(firms.size(), 0);
  for (std::size_t e = 0; e < firms.size(); ++e) {
    for (const auto& m : firms[e].mentions) {
      for (std::size_t i = first_word_at(w, m.start); i < w.size() && w.items[i].start < m.end; ++i)
        c.firm_of_word[i] = static_cast<int>(e);
      if (layout.section_at(m.start) == SectionKind::article) ++article_mentions[e];
    }
  }
  int best = 0;
  for (std::size_t e = 0; e < firms.size(); ++e) {
    // a unit or a news outlet is not what an article is about
    if (firms[e].parent >= 0 || !companies::figure_subject(firms[e])) continue;
    if (article_mentions[e] > best) {
      best = article_mentions[e];
      c.main_company = static_cast<int>(e);
    }
  }
  for (const auto& f : figs) {
    for (std::size_t i = first_word_at(w, f.start); i < w.size() && w.items[i].start < f.end; ++i)
      c.in_figure[i] = true;
  }

  const std::vector<Period> periods = find_periods(w.text, period_windows(c));
  std::vector<FigureLink> out(figs.size());
  for (std::size_t k = 0; k < figs.size(); ++k) {
    const figures::Found& f = figs[k];
    FigureLink& l = out[k];
    if (!linked(f)) continue;
    const FigureKind kind = f.figure.kind;
    if (kind == FigureKind::percent || kind == FigureKind::percentage_point) {
      l.metric = metric_of_percent(c, f);
    } else if (kind == FigureKind::money) {
      l.metric = metric_of_money(c, f);
    } else {
      // points: "fell 412.30 points", "to 7,021.40": an index's move or level
      l.metric = "index_change";
      l.index = index_before(c, f);
      l.direction = direction_of(c, f, l.metric);
      add_period_and_date(c, periods, k, l);
      continue;
    }
    // "9.7 percent from a year ago at Alibaba and 7.7 percent at Baidu": a figure with no
    // cue of its own in a list takes the metric, and when it has none of its own the
    // direction and period, of the one before it (dates in between do not break a list)
    std::size_t prev = k;
    while (prev > 0 && figs[prev - 1].figure.kind == FigureKind::date) --prev;
    const bool listed =
        prev > 0 && figs[prev - 1].figure.kind == kind && out[prev - 1].metric != "other" &&
        c.figure_sentence[prev - 1] == c.figure_sentence[k] && f.start - figs[prev - 1].end < 80;
    const FigureLink* before = listed ? &out[prev - 1] : nullptr;
    if (before && (l.metric.empty() || l.metric == before->metric)) l.metric = before->metric;
    if (l.metric.empty()) l.metric = "other";
    l.direction = direction_of(c, f, l.metric);
    // "… to $9.8 billion from $10.1 billion": the level it moved from has no direction
    const auto lead = words_before(c, f, 1);
    const bool origin = !lead.empty() && lower(c.w.str(lead[0])) == "from";
    if (before && l.direction == Direction::none && l.metric == before->metric && !origin)
      l.direction = before->direction;
    l.company = company_of(c, f, l.metric);
    if (l.metric == "index_change") l.index = index_before(c, f);
    add_period_and_date(c, periods, k, l);
    if (before && l.period.empty() && l.metric == before->metric) l.period = before->period;
  }
  return out;
}

}  // namespace finlens::link
