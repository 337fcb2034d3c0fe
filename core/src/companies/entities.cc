// From accepted candidates to companies: one entity per company however many names
// the text gives it, each with its fullest name, aliases, tickers, type, mentions and
// parent.
#include <algorithm>
#include <bitset>
#include <map>
#include <unordered_map>

#include "companies/candidates.h"
#include "util/scan.h"

namespace finlens::companies {
namespace {

using names::Gazetteer;
using names::Words;

// The words of a name that identify it: legal forms dropped ("Baidu, Inc" → "Baidu").
// A name written in capitals on a headline ("QUORVANT HOLDING CORP"), which the key reads
// as prose writes it; acronyms of three letters or fewer ("AMR", "GE") stay as they are.
bool shouted(const Words& w, std::size_t first, std::size_t last) {
  bool long_word = false;
  for (std::size_t i = first; i <= last; ++i) {
    if (!w.items[i].all_caps && w.str(i) != "&") return false;
    long_word = long_word || w.str(i).size() >= 4;
  }
  return long_word && w.items[first].title_line;
}

std::string key_of(const Words& w, std::size_t first, std::size_t last, bool as_written = false) {
  while (last > first && (names::legal_form(w.str(last)) || w.str(last) == "&")) --last;
  const bool fold = !as_written && shouted(w, first, last);
  std::string buf;
  auto word = [&](std::size_t i) { return fold ? names::as_prose(w.str(i), buf) : w.str(i); };
  std::string k(word(first));
  for (std::size_t i = first; i < last; ++i) {
    if (!w.joins(i, k)) k += ' ';  // a candidate's words may be joined by ", " ("Baidu, Inc")
    k += word(i + 1);
  }
  return k;
}

bool all_caps(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return util::is_lower(c); });
}

// The capitals that open a name's words, small words and legal forms left out:
// "Commonwealth Bank of Australia" → "CBA". Empty for a name of one word.
std::string initials_of(const std::string& key) {
  std::string out;
  std::size_t i = 0, words = 0;
  while (i < key.size()) {
    std::size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    const std::string_view word = std::string_view(key).substr(i, j - i);
    if (!word.empty() && util::is_upper(word[0]) && !names::legal_form(word)) {
      out += word[0];
      ++words;
    }
    i = j + 1;
  }
  return words >= 2 ? out : std::string();
}

std::string surface_of(const Words& w, std::size_t first, std::size_t last) {
  return std::string(w.text.substr(w.items[first].start, w.items[last].end - w.items[first].start));
}

// "Alibaba Group Holding" → "Alibaba": the words before the first identity word.
std::string head_of(const std::string& key) {
  std::string head;
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    const std::string_view word = std::string_view(key).substr(i, j - i);
    if (identity_word(word) || names::corporate_word(word) || names::legal_form(word) ||
        word == "&")
      break;
    if (!head.empty()) head += ' ';
    head += word;
    i = j + 1;
  }
  // "Stelvane Commercial Finance" → "Stelvane": a word no dictionary has, before words
  // that only say what kind of firm it is
  {
    const std::string whole = head;
    const std::size_t space = whole.find(' ');
    const Gazetteer& g = Gazetteer::get();
    const std::string_view lead = std::string_view(whole).substr(0, space);
    bool generic = space != std::string::npos && !g.common_word(lead) && !g.known(lead);
    for (std::size_t k = space; generic && k < whole.size();) {
      const std::size_t end = std::min(whole.find(' ', k + 1), whole.size());
      const std::string_view word = std::string_view(whole).substr(k + 1, end - k - 1);
      // "Orvale Ghana": a firm's local arm is named by the firm and the country
      const bool place = g.known(word) && g.entry(g.index_of(word)).kind == names::Known::place;
      generic = unit_word(word) || names::domain_word(word) || names::org_head(word) ||
                (g.common_word(word) && !g.function_word(word)) || place;
      k = end;
    }
    if (generic) head.assign(lead);
  }
  // a short form names the firm only when it has a letter to start it ("3D" of "3D
  // Systems" is the printing, "S" of "S & T Bancorp" nothing)
  if (head.size() < 2 || !util::is_upper(head[0])) return std::string();
  return head == key ? std::string() : head;
}

CompanyType type_of_kind(names::Known k) {
  using names::Known;
  if (k == Known::media) return CompanyType::media;
  if (k == Known::financial || k == Known::central_bank || k == Known::exchange)
    return CompanyType::financial;
  if (k == Known::company) return CompanyType::company;
  return CompanyType::other;  // governments, regulators, associations
}

CompanyType type_from_words(const std::string& key) {
  static constexpr std::string_view kMedia[] = {
      "News",       "Times",   "Journal", "Post",         "Press",   "Media",
      "Herald",     "Tribune", "Daily",   "Gazette",      "Wire",    "Newswires",
      "Television", "TV",      "Radio",   "Broadcasting", "Magazine"};
  static constexpr std::string_view kFinancial[] = {
      "Bank",       "Capital",  "Securities", "Partners",  "Investments", "Investment", "Asset",
      "Management", "Advisors", "Advisers",   "Fund",      "Funds",       "Financial",  "Insurance",
      "Ventures",   "Equity",   "Bancorp",    "Brokerage", "Research",    "Ratings",    "Exchange",
      "Bancshares", "Wealth",   "Lending",    "Leasing",   "Finance",     "Investors",  "Markets"};
  // the head: the last word, or the word before "of"/"for" ("Bank of Korea")
  std::string_view k(key);
  const std::size_t of = std::min(k.find(" of "), k.find(" for "));
  const std::string_view named = of == std::string_view::npos ? k : k.substr(0, of);
  const std::size_t sp = named.rfind(' ');
  const std::string_view head = sp == std::string_view::npos ? named : named.substr(sp + 1);
  const std::string_view last =
      k.substr(k.rfind(' ') == std::string_view::npos ? 0 : k.rfind(' ') + 1);
  for (auto m : kMedia) {
    if (last == m) return CompanyType::media;
  }
  // "Central News Agency", "Press Agency": a news agency, not a government one
  if (last == "Agency" &&
      (key.find("News ") != std::string::npos || key.find("Press ") != std::string::npos))
    return CompanyType::media;
  if (head == "Bank" || head == "Exchange") return CompanyType::financial;
  if (names::org_head(head)) return CompanyType::other;  // "Ghana Revenue Authority"
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    const std::string_view word = std::string_view(key).substr(i, j - i);
    for (auto f : kFinancial) {
      if (word == f) return CompanyType::financial;
    }
    i = j + 1;
  }
  return CompanyType::company;
}

class Merger {
 public:
  Merger(const Words& w, Candidates& c)
      : w_(w), cands_(c.items), listing_(c.listing), g_(Gazetteer::get()) {}
  std::vector<Entity> run();

 private:
  // (key: key_of the candidate's words, which the caller has read already)
  std::size_t entity_for(const Candidate& c, const std::string& key);
  // The short form a firm's full name gives ("Alibaba" of "Alibaba Group Holding"); none
  // for bodies that are not firms ("United" is not "United Auto Workers").
  std::string short_form(std::size_t e, const std::string& key) const {
    return out_[e].type == CompanyType::other ? std::string() : head_of(key);
  }
  void add_name(std::size_t e, const std::string& surface);
  void find_mentions();
  Mention span_of(std::size_t first, std::size_t last) const;
  void add_unread_names();
  void find_parents();
  void join_also_known_as();

  const Words& w_;
  std::vector<Candidate>& cands_;
  const std::vector<bool>& listing_;
  const Gazetteer& g_;
  std::vector<Entity> out_;
  std::vector<std::string> keys_;                 // per entity: identifying key of its fullest name
  std::map<int, std::size_t> by_known_;           // gazetteer entry → entity
  std::map<std::string, std::size_t> by_key_;     // name key → entity
  std::map<std::string, std::size_t> by_head_;    // short form of a full name → entity
  std::map<std::string, std::size_t> by_symbol_;  // ticker symbol → entity
  std::vector<std::size_t> cand_entity_;          // per candidate: entity or SIZE_MAX
};

std::size_t Merger::entity_for(const Candidate& c, const std::string& key) {
  if (c.known >= 0) {
    auto it = by_known_.find(c.known);
    if (it != by_known_.end()) return it->second;
  }
  auto it = by_key_.find(key);
  if (it != by_key_.end()) {
    if (c.known >= 0) by_known_[c.known] = it->second;
    return it->second;
  }
  // one symbol, one company: "OCCIDENTAL <OXY>" in a headline is "Occidental Petroleum
  // Corp <OXY>" of the story
  for (const Ticker& t : c.tickers) {
    auto same = by_symbol_.find(t.symbol);
    if (same != by_symbol_.end()) return same->second;
  }
  const std::size_t e = out_.size();
  out_.push_back({});
  for (const Ticker& t : c.tickers) by_symbol_.emplace(t.symbol, e);
  keys_.push_back(key);
  if (c.known >= 0) {
    by_known_[c.known] = e;
    out_[e].type = type_of_kind(g_.entry(c.known).kind);
    out_[e].known = true;
    out_[e].venue = g_.entry(c.known).kind == names::Known::exchange;
  } else {
    out_[e].type = type_from_words(key);
    out_[e].venue = key.size() > 9 && key.compare(key.size() - 9, 9, " Exchange") == 0;
  }
  if (std::string head = short_form(e, key); !head.empty()) by_head_.emplace(head, e);
  by_key_[key] = e;
  return e;
}

void Merger::add_name(std::size_t e, const std::string& surface) {
  Entity& x = out_[e];
  if (surface.empty() || surface == x.name) return;
  if (std::find(x.aliases.begin(), x.aliases.end(), surface) != x.aliases.end()) return;
  x.aliases.push_back(surface);
}

std::vector<Entity> Merger::run() {
  cand_entity_.assign(cands_.size(), SIZE_MAX);
  // Names with more words first, so that short forms find the entity of their full name.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < cands_.size(); ++i) {
    if (cands_[i].accepted) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cands_[a].last - cands_[a].first > cands_[b].last - cands_[b].first;
  });
  for (std::size_t ci : order) {
    Candidate& c = cands_[ci];
    const std::string key = key_of(w_, c.first, c.last);
    std::size_t e = SIZE_MAX;
    // a short form of a company already named in full: "Alibaba" for "Alibaba Group Holding Ltd"
    if (c.known < 0) {
      auto it = by_head_.find(key);
      if (it != by_head_.end()) e = it->second;
    }
    if (e == SIZE_MAX) e = entity_for(c, key);
    cand_entity_[ci] = e;
    Entity& x = out_[e];
    std::string surface = surface_of(w_, c.first, c.last);
    // "Moody's", "Standard & Poor's": the "'s" is part of a known name, not a possessive
    const names::Word& end = w_.items[c.last];
    if (c.known >= 0 && end.possessive() && w_.text[end.possessive_end - 1] == 's' &&
        g_.written_with_s(key))
      surface.assign(
          w_.text.substr(w_.items[c.first].start, end.possessive_end - w_.items[c.first].start));
    // the fullest name: most words, then longest
    if (x.name.empty()) {
      x.name = surface;
    } else if (names::fuller_name(surface, x.name) ||
               (all_caps(x.name) && !all_caps(surface) && surface.size() >= x.name.size())) {
      add_name(e, x.name);
      x.name = surface;
      keys_[e] = key;
      by_key_[key] = e;
      if (std::string head = short_form(e, key); !head.empty()) by_head_.emplace(head, e);
    } else {
      add_name(e, surface);
    }
    by_key_.emplace(key, e);
    by_key_.emplace(key_of(w_, c.first, c.last, true), e);  // as written, for its mentions
    if (!c.native.empty()) add_name(e, c.native);
    if (!c.acronym.empty()) {
      add_name(e, c.acronym);
      by_key_.emplace(c.acronym, e);
    }
    if (!c.native.empty()) by_key_.emplace(c.native, e);
    for (const Ticker& t : c.tickers) {
      const bool seen = std::any_of(x.tickers.begin(), x.tickers.end(), [&](const Ticker& u) {
        return u.exchange == t.exchange && u.symbol == t.symbol;
      });
      if (!seen) x.tickers.push_back(t);
    }
    if (c.financial_hint && x.type == CompanyType::company) x.type = CompanyType::financial;
    for (const Mention& m : c.symbols) x.mentions.push_back(m);  // "(NASDAQ: FB)"
  }
  join_also_known_as();
  find_mentions();
  add_unread_names();
  find_parents();
  // drop entities that ended with no mention (cannot happen, but keeps the contract true)
  return std::move(out_);
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// "Hon Hai, the Taiwanese iPhone-maker also known as Foxconn Technology Group": one company.
void Merger::join_also_known_as() {
  static const RE2 aka(R"((?:also|formerly|previously|better) known as $|\(formerly $|, or $)",
                       util::pattern_options());
  for (std::size_t i = 0; i < cands_.size(); ++i) {
    if (cand_entity_[i] == SIZE_MAX) continue;
    const std::uint32_t start = w_.items[cands_[i].first].start;
    const std::uint32_t from = start > 24 ? start - 24 : 0;
    std::string_view before = w_.text.substr(from, start - from);
    // every match ends "known as ", "(formerly " or ", or ": most names follow none
    if (!ends_with(before, "known as ") && !ends_with(before, "(formerly ") &&
        !ends_with(before, ", or "))
      continue;
    if (!RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), aka)) continue;
    if (before.find("or ") != std::string_view::npos &&
        before.find("known") == std::string_view::npos)
      continue;
    // the company named before it in the same sentence
    for (std::size_t j = i; j-- > 0;) {
      if (w_.items[cands_[j].first].sentence != w_.items[cands_[i].first].sentence) break;
      if (cand_entity_[j] == SIZE_MAX || cand_entity_[j] == cand_entity_[i]) continue;
      const std::size_t keep = cand_entity_[j], drop = cand_entity_[i];
      Entity& k = out_[keep];
      Entity& d = out_[drop];
      // the fullest name of the two stays the name
      if (names::fuller_name(d.name, k.name)) std::swap(k.name, d.name);
      add_name(keep, d.name);
      for (const auto& a : d.aliases) add_name(keep, a);
      for (const auto& t : d.tickers) k.tickers.push_back(t);
      for (auto& [key, e] : by_key_) {
        if (e == drop) e = keep;
      }
      for (auto& e : cand_entity_) {
        if (e == drop) e = keep;
      }
      d.name.clear();  // emptied: removed in find_mentions
      break;
    }
  }
}

// Where a mention of words first..last lies: the name itself, without a leading "The"
// ("The Motley Fool" is named "Motley Fool" there) and without the period that closes an
// abbreviation ("Apple Inc." ends at "Inc"), as news annotations mark names.
Mention Merger::span_of(std::size_t first, std::size_t last) const {
  if (first < last && w_.str(first) == "The") ++first;
  std::uint32_t end = w_.items[last].end;
  const std::string_view word = w_.text.substr(w_.items[last].start, end - w_.items[last].start);
  // not "S.A."; and not "Orvane Inc.," either, where the period cannot end the sentence
  if (word.size() > 1 && word.back() == '.' && word.find('.') == word.size() - 1 &&
      (end >= w_.text.size() || w_.text[end] != ','))
    --end;
  return {w_.items[first].start, end};
}

// A word's first two bytes (the second 0 for a word of one byte or none) folded into
// kStartBits bits: words that share them only cost a lookup, and the set stays small
// enough to clear for every text (65 536 bits were 8 KB of memset an analysis, a tenth
// of a short article's time in WebAssembly).
constexpr std::size_t kStartBits = 2048;
std::size_t two_bytes(std::string_view w) {
  if (w.empty()) return 0;
  const auto b0 = static_cast<unsigned char>(w[0]);
  const auto b1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u;
  return (b0 ^ (std::size_t{b1} << 3)) & (kStartBits - 1);
}

void Merger::find_mentions() {
  // Every occurrence of any name of a company, longest first, "Ltd"/", Inc" included.
  // The names are views: into by_key_'s keys (unchanged here) and into `more`, which
  // holds the names added here (reserved for all it can get: its strings never move).
  std::unordered_map<std::string_view, std::size_t> names(by_key_.begin(), by_key_.end());
  std::vector<std::string> more;
  std::size_t room = 0;  // a short form and initials an entity, and its symbols
  for (const Entity& x : out_) room += 2 + x.tickers.size();
  more.reserve(room);
  const auto add = [&](std::string name, std::size_t e) {
    more.push_back(std::move(name));
    names.emplace(more.back(), e);
  };
  std::vector<std::string> symbols;  // names that are ticker symbols only (a few)
  for (std::size_t e = 0; e < out_.size(); ++e) {
    if (out_[e].name.empty()) continue;
    std::string head = short_form(e, keys_[e]);
    // the short form of a full name, unless it is a known name of something else
    // ("Taiwan" of "Taiwan Semiconductor Manufacturing Co")
    if (!head.empty() && !names.count(head) && !g_.known_non_company(head)) add(std::move(head), e);
    // its initials, written alone later ("AFMA" after "Australian Financial Markets
    // Association", "SCF" after "Stonebriar Commercial Finance"), unless they name
    // something else
    std::string acr = initials_of(keys_[e]);
    if (acr.size() >= 3 && !names.count(acr) && !g_.known(acr)) add(std::move(acr), e);
    // its ticker symbol written alone ("QSR reported …" after "(NYSE: QSR)")
    for (const Ticker& t : out_[e].tickers) {
      const bool letters =
          t.symbol.size() >= 3 &&
          std::all_of(t.symbol.begin(), t.symbol.end(), [](char c) { return util::is_upper(c); });
      if (letters && !names.count(t.symbol) && !g_.known(t.symbol)) {
        add(t.symbol, e);
        symbols.push_back(t.symbol);
      }
    }
  }
  // the longest name starting with each first word: most words start no name at all
  std::unordered_map<std::string_view, std::size_t> first_words;  // (views into names' keys)
  // the first two bytes of those first words: most words of a text start none, and are
  // passed over without a copy and a hash lookup
  std::bitset<kStartBits> starts;
  for (const auto& [k, e] : names) {
    std::string_view head = k.substr(0, k.find(' '));  // as Words reads it: "Moody" of "Moody's …"
    if (head.size() > 2 && head.size() < k.size() && head.substr(head.size() - 2) == "'s")
      head.remove_suffix(2);
    std::size_t& most = first_words[head];
    most = std::max<std::size_t>(most,
                                 1 + static_cast<std::size_t>(std::count(k.begin(), k.end(), ' ')));
    starts.set(two_bytes(head));
  }
  std::size_t i = 0;
  while (i < w_.size()) {
    if (w_.items[i].opaque || listing_[i]) {
      ++i;
      continue;
    }
    // no company inside the known name of something else ("House" of "White House")
    if (const names::KnownHit hit = w_.known[i];
        hit.words > 1 && !names::is_organization_kind(g_.entry(hit.entry).kind)) {
      i += hit.words;
      continue;
    }
    if (!starts.test(two_bytes(w_.str(i)))) {
      ++i;
      continue;
    }
    auto starting = first_words.find(w_.str(i));
    if (starting == first_words.end()) {
      ++i;
      continue;
    }
    const std::size_t max_words = starting->second;
    std::string key;
    std::size_t best = 0, best_e = SIZE_MAX;
    for (std::size_t k = 0; k < max_words && i + k < w_.size(); ++k) {
      if (k > 0 && !w_.joins(i + k - 1, key)) break;
      key += w_.str(i + k);
      auto it = names.find(key);
      if (it != names.end()) {
        best = k + 1;
        best_e = it->second;
      }
    }
    // a symbol in brackets right after a name is where it is listed, not another mention
    // ("Kestrel Air (KAL)"): only a symbol written alone in a sentence names the firm
    if (best == 1 && std::find(symbols.begin(), symbols.end(), w_.str(i)) != symbols.end() &&
        w_.items[i].start > 0 && w_.text[w_.items[i].start - 1] == '(')
      best = 0;
    if (best == 0) {
      ++i;
      continue;
    }
    std::size_t last = i + best - 1;
    // "Alibaba" + "Group Holding Ltd" written out in full where the key is shorter
    while (last + 1 < w_.size() && !w_.items[last].possessive() && w_.gap_after(last) == " " &&
           (identity_word(w_.str(last + 1)) || names::legal_form(w_.str(last + 1))) &&
           !names.count(w_.str(last + 1)))
      ++last;
    while (last + 1 < w_.size() && !w_.items[last].possessive() && w_.gap_after(last) == ", " &&
           names::legal_form(w_.str(last + 1)))
      ++last;
    // "Angelo Gordon & Co"
    if (last + 2 < w_.size() && !w_.items[last].possessive() && w_.gap_after(last) == " " &&
        w_.str(last + 1) == "&" && w_.gap_after(last + 1) == " " &&
        (w_.str(last + 2) == "Co" || w_.str(last + 2) == "Co."))
      last += 2;
    // a capitalized word glued after it makes it another name ("Alibaba Pictures" unknown)
    const bool glued = last + 1 < w_.size() && !w_.items[last].possessive() &&
                       w_.gap_after(last) == " " && w_.items[last + 1].capitalized &&
                       !w_.items[last + 1].title_line && !g_.common_word(w_.str(last + 1)) &&
                       (unit_word(w_.str(last + 1)) || place_head(w_.str(last + 1)));
    if (!glued) out_[best_e].mentions.push_back(span_of(i, last));
    i = last + 1;
  }
}

// A name the word scan cannot read back ("Harlow, Varga & Quist LLP": its words are joined
// by a comma) is a mention where it was found.
void Merger::add_unread_names() {
  std::vector<Mention> all;  // every mention, sorted: a name is looked up in log time
  for (const auto& x : out_) all.insert(all.end(), x.mentions.begin(), x.mentions.end());
  std::sort(all.begin(), all.end(),
            [](const Mention& a, const Mention& b) { return a.start < b.start; });
  for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
    const std::size_t e = cand_entity_[ci];
    if (e == SIZE_MAX || out_[e].name.empty()) continue;
    const Mention m = span_of(cands_[ci].first, cands_[ci].last);
    // mentions never overlap each other: only the last one starting before m.end can
    auto it = std::lower_bound(all.begin(), all.end(), m.end,
                               [](const Mention& x, std::uint32_t v) { return x.start < v; });
    const bool covered = it != all.begin() && std::prev(it)->end > m.start;
    if (!covered) out_[e].mentions.push_back(m);
  }
}

void Merger::find_parents() {
  for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
    const Candidate& c = cands_[ci];
    const std::size_t e = cand_entity_[ci];
    if (e == SIZE_MAX) continue;
    if (c.parent_known >= 0) {
      auto it = by_known_.find(c.parent_known);
      if (it != by_known_.end() && it->second != e) out_[e].parent = static_cast<int>(it->second);
    }
  }
  // "X's chip division Y" and "Y, X's AI chip subsidiary"
  static constexpr std::string_view kUnit[] = {"unit",      "division", "subsidiary", "arm",
                                               "affiliate", "spin-off", "spinoff",    "business"};
  auto unit_noun = [&](std::string_view s) {
    return std::find(std::begin(kUnit), std::end(kUnit), s) != std::end(kUnit);
  };
  for (std::size_t a = 0; a + 1 < cands_.size(); ++a) {
    const std::size_t ea = cand_entity_[a];
    if (ea == SIZE_MAX) continue;
    const Candidate& x = cands_[a];
    // X's ... unit Y
    if (w_.items[x.last].possessive()) {
      std::size_t k = x.last + 1;
      for (std::size_t n = 0; k < w_.size() && n < 4 && w_.gap_after(k - 1) == " "; ++k, ++n) {
        if (unit_noun(w_.str(k))) break;
      }
      if (k < w_.size() && unit_noun(w_.str(k)) && w_.gap_after(k) == " ") {
        const Candidate& y = cands_[a + 1];
        const std::size_t ey = cand_entity_[a + 1];
        if (ey != SIZE_MAX && ey != ea && y.first == k + 1) out_[ey].parent = static_cast<int>(ea);
      }
    }
    // Y, X's ... subsidiary
    const Candidate& y = cands_[a + 1];
    const std::size_t ey = cand_entity_[a + 1];
    if (ey != SIZE_MAX && ey != ea && w_.gap_after(x.last) == ", " && y.first == x.last + 1 &&
        w_.items[y.last].possessive()) {
      for (std::size_t k = y.last + 1, n = 0; k < w_.size() && n < 4; ++k, ++n) {
        if (unit_noun(w_.str(k))) {
          out_[ea].parent = static_cast<int>(ey);
          break;
        }
        if (w_.gap_after(k) != " ") break;
      }
    }
  }
}

}  // namespace

MentionIndex::MentionIndex(const std::vector<Entity>& entities) {
  for (std::size_t e = 0; e < entities.size(); ++e) {
    for (const Mention& m : entities[e].mentions)
      items_.push_back({m.start, m.end, static_cast<int>(e)});
  }
  std::sort(items_.begin(), items_.end(),
            [](const Item& a, const Item& b) { return a.start < b.start; });
}

int MentionIndex::at(std::uint32_t start, std::uint32_t end) const {
  auto it = std::upper_bound(items_.begin(), items_.end(), start,
                             [](std::uint32_t v, const Item& x) { return v < x.start; });
  if (it != items_.begin() && std::prev(it)->end > start) return std::prev(it)->entity;
  if (it != items_.end() && it->start < end) return it->entity;
  return -1;
}

std::vector<Entity> find(const names::Words& words, const people::Result& people) {
  Candidates cands = find_candidates(words, people);
  std::vector<Entity> all = Merger(words, cands).run();
  // keep entities with a name and a mention, in order of first mention; renumber parents
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto& m = all[i].mentions;
    std::sort(m.begin(), m.end(),
              [](const Mention& a, const Mention& b) { return a.start < b.start; });
    if (!all[i].name.empty() && !m.empty()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return all[a].mentions[0].start < all[b].mentions[0].start;
  });
  std::vector<int> index(all.size(), -1);
  for (std::size_t k = 0; k < order.size(); ++k) index[order[k]] = static_cast<int>(k);
  std::vector<Entity> out;
  for (std::size_t i : order) {
    Entity e = std::move(all[i]);
    if (e.parent >= 0) e.parent = index[static_cast<std::size_t>(e.parent)];
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace finlens::companies
