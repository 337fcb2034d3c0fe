#include "companies/candidates.h"

#include <algorithm>

#include "util/lists.h"
#include "util/scan.h"

namespace finlens::companies {
namespace {

// Nouns that, right before a name or in apposition after it, say it is a company.
constexpr std::string_view kRoleNouns[] = {
    "startup",      "start-up",      "startups",     "start-ups",   "chipmaker",
    "chipmakers",   "carmaker",      "carmakers",    "automaker",   "automakers",
    "maker",        "makers",        "giant",        "giants",      "firm",
    "firms",        "company",       "companies",    "rival",       "rivals",
    "retailer",     "retailers",     "lender",       "lenders",     "insurer",
    "brokerage",    "operator",      "operators",    "carrier",     "carriers",
    "airline",      "airlines",      "conglomerate", "supplier",    "suppliers",
    "manufacturer", "manufacturers", "developer",    "developers",  "unit",
    "subsidiary",   "subsidiaries",  "division",     "platform",    "broker",
    "peer",         "peers",         "partner",      "competitor",  "competitors",
    "foundry",      "foundries",     "owner",        "parent",      "affiliate",
    "arm",          "outlet",        "newspaper",    "broadcaster", "publisher",
    "bank",         "banks",         "group",        "behemoth",    "behemoths",
    "titan",        "titans",        "champion",     "vendor",      "vendors",
    "designer",     "producer",      "producers",    "automakers",  "telecom",
    "telco",        "provider",      "providers",    "streamer",    "chipmaker's",
    "spinoff",      "spin-off",      "miner",        "refiner",     "exchange-listed",
    "hyperscaler",  "hyperscalers",  "investor",     "investors",   "contractor",
    "contractors",  "chain",         "chains"};

// What a company has: "Alibaba's shares", "Nissan's stock".
constexpr std::string_view kCompanyPossessions[] = {
    "shares",     "stock",       "stocks",        "market",     "valuation",    "revenue",
    "revenues",   "profit",      "profits",       "earnings",   "sales",        "CEO",
    "chief",      "chairman",    "founder",       "co-founder", "board",        "unit",
    "division",   "subsidiary",  "arm",           "cloud",      "chip",         "chips",
    "platform",   "products",    "app",           "apps",       "shareholders", "headquarters",
    "executives", "results",     "spin-off",      "IPO",        "listing",      "bonds",
    "website",    "stake",       "e-commerce",    "business",   "businesses",   "customers",
    "factory",    "factories",   "plant",         "plants",     "operations",   "workforce",
    "employees",  "brand",       "acquisition",   "takeover",   "offer",        "bid",
    "financial",  "quarterly",   "annual",        "net",        "operating",    "capex",
    "guidance",   "smartphones", "vehicles",      "cars",       "models",       "management",
    "investors",  "AI",          "semiconductor", "software",   "President",    "president",
    "spokesman",  "spokeswoman"};

// "Hong Kong-listed", "Taichung-based": adjectives made from names.
constexpr std::string_view kNameAdjectiveEndings[] = {
    "listed", "based",  "owned",         "backed",     "made",       "born",   "led",      "run",
    "linked", "funded", "headquartered", "focused",    "style",      "era",    "related",  "level",
    "wide",   "bound",  "controlled",    "affiliated", "registered", "traded", "designed", "built"};

// Words right after a company's name: "Nissan shares", "Palantir Stock", "Arm Earnings".
constexpr std::string_view kCompanyNextWords[] = {
    "shares", "Shares", "stock", "Stock", "Earnings", "earnings", "Inc", "Corp", "Ltd"};

// "shares of X", "stake in X", "partnered with X", and verbs whose object is more often a
// product than a company ("bought X").
constexpr std::string_view kOfCompanyWords[] = {
    "shares",   "stake",    "acquisition", "subsidiary",   "unit",
    "division", "owner",    "parent",      "spin-off",     "takeover",
    "CEO",      "chairman", "founder",     "shareholders", "merger"};

constexpr std::string_view kInCompanyWords[] = {"stake",     "invested", "investment",
                                                "investing", "shares",   "holdings"};

constexpr std::string_view kWithCompanyWords[] = {"partnered", "merger", "deal",  "partnership",
                                                  "agreement", "talks",  "tie-up"};

constexpr std::string_view kBeforeProductVerbs[] = {"acquire", "acquired", "acquiring", "buy",
                                                    "bought",  "spin",     "list"};

// "JPMorgan analysts", "analysts at Nomura": the firm is a financial one.
constexpr std::string_view kAnalystWordsAfter[] = {"analyst",    "analysts",   "economist",
                                                   "economists", "strategist", "strategists"};

constexpr std::string_view kAnalystsAtWords[] = {"analyst",    "analysts",   "economist",
                                                 "economists", "strategist", "strategists"};

// Words that open sentences and clauses but do open names: numbers and adjectives ("First
// Quantum", "Just Eat", "New Century"), unlike "About" or "And" before a name.
constexpr std::string_view kLeadingFunctionWords[] = {
    "First", "Just", "New", "Next", "Last", "One", "Two", "Three", "Four", "Five", "Ten", "Key"};

// Words of page furniture that open a line before a name ("ABOUT Quorvia Health Inc",
// "SOURCE Harbor Point Capital", "Tweet Kestrel Bancorp"): never part of it.
constexpr std::string_view kLabelWords[] = {"ABOUT", "About",   "SOURCE",  "Source", "Tweet",
                                            "Share", "CONTACT", "Contact", "Related"};

// Last words of the names of news outlets.
constexpr std::string_view kMediaNameWords[] = {
    "News",    "Newswire", "Newswires",    "Times",      "Journal",   "Herald",   "Tribune",
    "Gazette", "Daily",    "Broadcasting", "Television", "Radio",     "Magazine", "Wire",
    "Agency",  "Press",    "Post",         "Chronicle",  "Telegraph", "Observer"};

// Words that only say a name is a company's ("Group", "Holdings", "Motor").
constexpr std::string_view kIdentityWords[] = {
    "Group",          "Holdings",      "Holding",        "Corporation",     "Company",
    "Incorporated",   "Technology",    "Technologies",   "Motor",           "Motors",
    "Electronics",    "Industries",    "Industry",       "Precision",       "Platforms",
    "Manufacturing",  "Semiconductor", "International",  "Global",          "Enterprises",
    "Brands",         "Airlines",      "Pharmaceutical", "Pharmaceuticals", "Petroleum",
    "Communications", "Telecom",       "Networks",       "Systems",         "Software",
    "Worldwide"};

// Words that name a unit after its company ("Alibaba Cloud").
constexpr std::string_view kUnitWords[] = {
    "Cloud",    "Intelligence", "Pictures",       "Health",        "Music",    "Games",
    "Studios",  "Labs",         "Research",       "Pay",           "Mobile",   "Auto",
    "Capital",  "Ventures",     "Securities",     "Financial",     "Bank",     "Ads",
    "Maps",     "DeepMind",     "Logistics",      "Entertainment", "Digital",  "Innovation",
    "Robotics", "Energy",       "Finance",        "Payments",      "Aviation", "Defense",
    "Defence",  "Space",        "Semiconductors", "Foundry",       "Consumer", "Foundation"};

// Last words of the names of places and buildings.
constexpr std::string_view kPlaceHeads[] = {
    "Circle", "Road",     "Street",  "Avenue", "Highway",  "Boulevard", "Lane",    "Stadium",
    "Arena",  "Airport",  "Station", "Bridge", "Square",   "Plaza",     "Mall",    "Tower",
    "Towers", "Building", "Hall",    "Campus", "Terminal", "Junction",  "Pavilion"};

using names::Gazetteer;
using names::Known;
using names::Words;

// Nouns that, right before a name or in apposition after it, say it is a company.
bool role_noun(std::string_view w) {
  if (w.size() > 6 && w.substr(w.size() - 6) == "-maker") return true;  // "iPhone-maker"
  if (w.size() > 7 && w.substr(w.size() - 7) == "-makers") return true;
  return util::in_set<kRoleNouns>(w);  // asked for most words: a hash set
}

// What a company has: "Alibaba's shares", "Nissan's stock", "Baidu's AI chip subsidiary".
bool company_possession(std::string_view w) { return util::in(w, kCompanyPossessions); }

// "Hong Kong-listed", "Taichung-based", "state-owned": adjectives made from names.
bool hyphen_adjective(std::string_view s) {
  const std::size_t dash = s.rfind('-');
  if (dash == std::string_view::npos) return false;
  return util::in(s.substr(dash + 1), kNameAdjectiveEndings);
}

// A word that ends a name and says what it names: a legal form, a firm's word ("Group",
// "Trading") or a body's ("Authority", "Party").
bool head_word(std::string_view s) {
  return names::legal_form(s) || names::corporate_word(s) || names::org_head(s);
}

// "S & T Bancorp", "A & W": a capital letter joined to the next by "&".
bool letter_and(const Words& w, std::size_t i) {
  return w.str(i).size() == 1 && util::is_upper(w.str(i)[0]) && i + 2 < w.size() &&
         w.gap_after(i) == " " && w.str(i + 1) == "&" && w.gap_after(i + 1) == " " &&
         w.items[i + 2].capitalized;
}

// "3D Systems", "20th Century Fox", "361 Capital": a name may start with digits, with
// letters among them or right before a head word ("15 Boeing Co" is a count of planes).
bool digit_lead(const Words& w, std::size_t i) {
  const std::string_view s = w.str(i);
  if (s.empty() || !util::is_digit(s[0]) || i + 1 >= w.size() || w.gap_after(i) != " " ||
      !w.items[i + 1].capitalized || w.items[i].possessive() || w.known[i + 1].words > 0)
    return false;
  const bool letters =
      std::any_of(s.begin(), s.end(), [](char c) { return util::is_ascii_alpha(c); });
  return letters || names::corporate_word(w.str(i + 1));
}

// "US65" of "$US65", "NZ4.50", "A380": capitals run into digits are amounts and models;
// "MPs", "RRSPs": plural acronyms are things, not one organization.
bool no_name_shape(std::string_view s) {
  std::size_t caps = 0;
  while (caps < s.size() && util::is_upper(s[caps])) ++caps;
  if (caps >= 1 && caps < s.size() && util::is_digit(s[caps])) return true;
  return caps >= 2 && caps + 1 == s.size() && s.back() == 's';
}

// "Manager", "Minister": a title in capitals is no name's first word ("Office Manager
// Legon …").
bool capitalized_title(std::string_view s) {
  if (s.empty() || !util::is_upper(s[0])) return false;
  char buf[32];  // (no title is longer: a longer word is copied to the heap)
  std::string heap;
  char* low = buf;
  if (s.size() > sizeof buf) {
    heap.assign(s);
    low = heap.data();
  } else {
    s.copy(buf, s.size());
  }
  low[0] = static_cast<char>(low[0] - 'A' + 'a');
  return people::title_word(std::string_view(low, s.size()));
}

bool is_name_start(const Words& w, std::size_t i, const Gazetteer& g) {
  const auto& x = w.items[i];
  if (!x.capitalized) return false;
  const std::string_view s = w.str(i);
  if (no_name_shape(s) || capitalized_title(s)) return false;
  if (hyphen_adjective(s)) return false;
  if (g.common_word(s) || people::title_word(s) || names::legal_form(s)) return false;
  if (s.size() == 1) return letter_and(w, i);
  return true;
}

bool head_ahead(const Words& w, std::size_t j, const Gazetteer& g) {
  for (std::size_t k = j, n = 0; k < w.size() && n < 4; ++k, ++n) {
    const std::string_view x = w.str(k);
    if (!w.items[k].capitalized || g.function_word(x)) return false;
    if (head_word(x)) return true;
    if (w.items[k].possessive() || w.gap_after(k) != " ") return false;
  }
  return false;
}

// "Vel - Mara", "Dorvel - Kastra", "Import - Export Bank": a hyphen written with spaces around
// it (text rejoined from tokens) between two capitalized words of mixed case that name no
// place joins them as "Vel-Mara" would; "Reuters - UK Focus", "Kenya - Police" stay apart.
bool spaced_hyphen(const Words& w, std::size_t j, const Gazetteer& g) {
  if (w.gap_after(j) != " - ") return false;
  const auto& a = w.items[j];
  const auto& b = w.items[j + 1];
  if (!a.capitalized || !b.capitalized || a.all_caps || b.all_caps || a.title_line ||
      b.title_line || a.sentence != b.sentence)
    return false;
  const std::string_view next = w.str(j + 1);
  if (g.common_word(next) && !head_word(next) && !names::domain_word(next)) return false;
  const auto place = [&](std::size_t k) {
    return w.known[k].words > 0 && g.entry(w.known[k].entry).kind == Known::place;
  };
  return !place(j) && !place(j + 1) && (j == 0 || !place(j - 1));
}

bool continues_name(const Words& w, std::size_t j, const Gazetteer& g) {
  // word j+1 continues the run that ends at word j
  if (j + 1 >= w.size() || w.items[j].possessive()) return false;
  const std::string_view gap = w.gap_after(j);
  if (gap == " - ") return spaced_hyphen(w, j, g);
  // "Sanford K. Bellweather", "J. Harlow Price": a middle initial inside a firm's name
  if (gap == ". " && j > 0 && w.str(j).size() == 1 && util::is_upper(w.str(j)[0]) &&
      w.gap_after(j - 1) == " " && w.items[j - 1].capitalized && w.items[j + 1].capitalized &&
      !w.items[j + 1].all_caps && !g.function_word(w.str(j + 1)))
    return true;
  if (gap != " ") return false;
  const std::string_view next = w.str(j + 1);
  if (next == "&")
    return j + 2 < w.size() && w.gap_after(j + 1) == " " && w.items[j + 2].capitalized;
  if (!w.items[j + 1].capitalized || hyphen_adjective(next)) return false;
  // "Pelion Stock Jumps", "Tencent Shares Slide": the name ends before the word for its stock
  if (util::in(next, kCompanyNextWords)) return false;
  if (head_word(next)) return true;
  // "Ghana Revenue Authority", "Legon Medium Tax Payer Office": words that are no name on
  // their own carry one on when a head word ends it a few words later
  if (g.common_word(next) && !g.function_word(next)) return head_ahead(w, j + 1, g);
  if (people::title_word(next) && !g.common_word(next))
    return head_ahead(w, j + 1, g);  // "Quorn King Worldwide"
  if (g.common_word(next) || people::title_word(next)) return false;
  // "Tarvel Venture Capital": a phrase that is no name alone carries a name on
  const names::KnownHit hit = w.known[j + 1];
  return hit.words == 0 || (g.entry(hit.entry).kind == Known::word && !w.items[j + 1].title_line);
}

// Legal forms after a name: "Ltd", ", Inc", "Co." (possibly two: "Holdings Co Ltd").
std::size_t absorb_legal(const Words& w, std::size_t last) {
  while (last + 1 < w.size() && !w.items[last].possessive()) {
    const std::string_view gap = w.gap_after(last);
    const std::string_view next = w.str(last + 1);
    if ((gap == " " || gap == ", ") && names::legal_form(next)) {
      ++last;
      continue;
    }
    // "Angelo Gordon & Co", "Brown Brothers Harriman & Co.": "& Co" is a legal form too
    if (gap == " " && next == "&" && last + 2 < w.size() && w.gap_after(last + 1) == " " &&
        (w.str(last + 2) == "Co" || w.str(last + 2) == "Co.")) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

// "<ACME>" right after a name (a space between): the wire's ticker, its symbol (empty
// when there is none) and the end of the bracket.
std::string_view wire_symbol_at(std::string_view s, std::uint32_t pos, std::uint32_t* end) {
  // the pattern opens with " <" or "<": most names are followed by neither
  const std::uint32_t at = pos < s.size() && s[pos] == ' ' ? pos + 1 : pos;
  if (at >= s.size() || s[at] != '<') return {};
  static const RE2 angle(R"( ?<([A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,2})?)>)", util::pattern_options());
  std::array<re2::StringPiece, 2> g;
  if (!util::match_at(angle, s, pos, g)) return {};
  *end = util::offset_in(s, g[0]) + static_cast<std::uint32_t>(g[0].size());
  return util::sv(g[1]);
}

class Finder {
 public:
  Finder(const Words& w, const people::Result& p) : w_(w), people_(p), g_(Gazetteer::get()) {}

  Candidates run() {
    mark_listings();
    collect();
    for (std::size_t c = 0; c < cands_.size(); ++c) weigh(c);
    accept_arms();
    propagate_lists();
    return {std::move(cands_), std::move(listing_)};
  }

 private:
  void mark_listings();
  void collect();
  void add_known(std::size_t i, const names::KnownHit& hit);
  void add_generic(std::size_t i);
  bool add_led(std::size_t i);
  bool body_of(std::size_t i) const;
  bool angle_name(std::size_t i);
  std::size_t partners_run(std::size_t last) const;
  std::size_t country_suffix(std::size_t last, bool verb_only = false) const;
  bool place_led(std::size_t i, std::size_t words);
  std::size_t open_with_demonym(std::size_t first, std::size_t last) const;
  std::size_t capitalized_run(std::size_t j) const;
  std::size_t extend_head(std::size_t last) const;
  std::size_t extend_left(std::size_t first, std::size_t last) const;
  bool lowercase_body(std::size_t i);
  bool index_as_firm(std::size_t i, const names::KnownHit& hit);
  void weigh(std::size_t c);
  void read_brackets(Candidate& c);
  void read_short_bracket(Candidate& c, std::uint32_t after);
  bool role_before(const Candidate& c) const;
  bool body_shape(const Candidate& c) const {
    for (std::size_t k = c.first; k + 1 < c.last; ++k) {
      if (head_word(w_.str(k)) && util::in(w_.str(k + 1), {"of", "for"})) return true;
    }
    return false;
  }
  bool apposition_after(const Candidate& c) const;
  bool copula_role(const Candidate& c) const;
  bool title_before_person(const Candidate& c) const;
  bool context_says_company(const Candidate& c) const;
  bool financial_context(const Candidate& c) const;
  void propagate_lists();
  void accept_arms();
  std::string_view span(std::size_t a, std::size_t b) const {
    return w_.text.substr(w_.items[a].start, w_.items[b].end - w_.items[a].start);
  }

  const Words& w_;
  const people::Result& people_;
  const Gazetteer& g_;
  std::vector<Candidate> cands_;
  std::vector<bool> listing_;
};

// The words of ticker anchors: "(NYSE: BABA; HKG: 9988)" lists where a company trades;
// "NYSE" there names no organization of its own, "BABA" is read by read_brackets.
void Finder::mark_listings() {
  listing_.assign(w_.size(), false);
  for (std::size_t i = 0; i < w_.size(); ++i) {
    const std::uint32_t at = w_.items[i].start;
    if (at == 0 || (w_.text[at - 1] != '(' && w_.text[at - 1] != '<')) continue;
    std::uint32_t end = 0;
    if (w_.text[at - 1] == '<') {
      // wire copy's "Acme Corp <ACME>": the symbol is read by read_brackets
      if (i == 0 || wire_symbol_at(w_.text, w_.items[i - 1].possessive_end, &end).empty()) continue;
    } else if (tickers_at(w_.text, at - 1, &end).empty()) {
      continue;
    }
    for (; i < w_.size() && w_.items[i].start < end; ++i) listing_[i] = true;
    --i;
  }
}

void Finder::collect() {
  std::size_t i = 0;
  while (i < w_.size()) {
    const auto& x = w_.items[i];
    // most words: lower case, no digit first, no known name. Every test below asks for a
    // capital, digits or a known name, so they open nothing
    if (!x.capitalized && w_.known[i].words == 0 && !util::is_digit(w_.text[x.start])) {
      ++i;
      continue;
    }
    // "$AAPL": a cashtag names a listed company by its symbol (exchange unknown)
    if (x.all_caps && x.end - x.start <= 5 && x.start > 0 && w_.text[x.start - 1] == '$' &&
        !no_name_shape(w_.str(i)) && (x.start < 2 || !util::is_alnum(w_.text[x.start - 2]))) {
      Candidate c;
      c.first = c.last = i;
      c.known = w_.known[i].words == 1 ? w_.known[i].entry : -1;
      c.strong = true;
      c.tickers.push_back({"", std::string(w_.str(i))});
      cands_.push_back(std::move(c));
      ++i;
      continue;
    }
    if (!listing_[i] && !x.opaque && angle_name(i)) {  // "<Banca Nazionale del Lavoro - BNL>"
      i = cands_.back().last + 1;
      continue;
    }
    if (people_.person_word[i] || x.opaque || listing_[i]) {
      ++i;
      continue;
    }
    const names::KnownHit hit = w_.known[i];
    // "Ghana Revenue Authority", "House Financial Services Committee": a place or a body
    // known by one word opens a longer name
    const Known kind = hit.words > 0 ? g_.entry(hit.entry).kind : Known::word;
    if ((kind == Known::place ||
         (hit.words == 1 && names::is_organization_kind(kind) && !names::is_company_kind(kind))) &&
        place_led(i, hit.words)) {
      i = cands_.back().last + 1;  // "Ghana Revenue Authority", "Boston Scientific Corp"
      continue;
    }
    if (hit.words > 0 && names::is_organization_kind(kind)) {
      add_known(i, hit);
      i = cands_.back().last + 1;
      continue;
    }
    if (hit.words > 0 && index_as_firm(i, hit)) {  // "Stoxx Ltd"
      i = cands_.back().last + 1;
      continue;
    }
    if (hit.words > 0 && g_.entry(hit.entry).kind != Known::word) {
      i += hit.words;  // a place, index, law, product or university
      continue;
    }
    if (lowercase_body(i)) {  // "Central bank of Norland" opening a line
      i = cands_.back().last + 1;
      continue;
    }
    // "the Daily Korvane": a newspaper's name opens with a word that is no name alone
    const bool daily = w_.str(i) == "Daily" && i + 1 < w_.size() && w_.gap_after(i) == " " &&
                       is_name_start(w_, i + 1, g_) && w_.known[i + 1].words == 0;
    if (daily || is_name_start(w_, i, g_)) {
      add_generic(i);
      i = cands_.back().last + 1;
      continue;
    }
    if (body_of(i)) {  // "Ministry of Health", "Bank of Norland"
      add_generic(i);
      i = cands_.back().last + 1;
      continue;
    }
    if (add_led(i)) {
      i = cands_.back().last + 1;
      continue;
    }
    ++i;
  }
}

void Finder::add_known(std::size_t i, const names::KnownHit& hit) {
  Candidate c;
  c.first = i;
  c.last = i + hit.words - 1;
  c.known = hit.entry;
  // "Alibaba" + "Group Holding Ltd": identity words and legal forms extend the name
  while (c.last + 1 < w_.size() && !w_.items[c.last].possessive() && w_.gap_after(c.last) == " " &&
         identity_word(w_.str(c.last + 1)))
    ++c.last;
  c.last = absorb_legal(w_, c.last);
  // "Alibaba Cloud", "Tencent Cloud": a unit named after its company is its own company;
  // so is a firm named after a group by its trade ("Tata Chemicals", "Fortescue Metals")
  const auto own_name = [](std::string_view next) {
    return unit_word(next) || names::corporate_word(next);
  };
  if (c.last + 1 < w_.size() && !w_.items[c.last].possessive() && w_.gap_after(c.last) == " " &&
      own_name(w_.str(c.last + 1)) && !w_.items[c.last + 1].title_line &&
      names::is_company_kind(g_.entry(c.known).kind)) {
    c.parent_known = c.known;
    c.known = -1;
    ++c.last;
    while (c.last + 1 < w_.size() && !w_.items[c.last].possessive() &&
           w_.gap_after(c.last) == " " &&
           (unit_word(w_.str(c.last + 1)) || identity_word(w_.str(c.last + 1))))
      ++c.last;
    c.last = absorb_legal(w_, c.last);
  }
  // "Halvery Australia", "Quorvia India": the firm's arm in a country
  // (a media outlet's only before a verb: "By Kestrel News Accra, May 6" is a dateline)
  const Known kind = g_.entry(hit.entry).kind;
  if (names::is_company_kind(kind)) c.last = country_suffix(c.last, kind == Known::media);
  cands_.push_back(std::move(c));
}

// The capitalized words from word j on, joined by single spaces: the last one's index, or
// j - 1 when word j does not start such a run.
std::size_t Finder::capitalized_run(std::size_t j) const {
  if (j >= w_.size() || !w_.items[j].capitalized) return j - 1;
  const std::string_view x = w_.str(j);
  if (g_.function_word(x) || (g_.common_word(x) && !names::domain_word(x) && !head_word(x)))
    return j - 1;
  std::size_t last = j;
  while (continues_name(w_, last, g_)) last += w_.str(last + 1) == "&" ? 2 : 1;
  return last;
}

// "Bank of Korea", "Ministry of Health", "Chamber of Commerce and Industry", "Department
// of Natural Resources": a name ending in a head word runs on past "of" / "for" over a
// capitalized run, and past "and" over words that say what the body deals with.
std::size_t Finder::extend_head(std::size_t last) const {
  for (;;) {
    if (last + 2 >= w_.size() || w_.items[last].possessive() || w_.gap_after(last) != " " ||
        w_.gap_after(last + 1) != " ")
      return last;
    const std::string_view joint = w_.str(last + 1);
    const std::string_view here = w_.str(last);
    std::size_t from = last + 2;
    if ((joint == "of" || joint == "for") && head_word(here)) {
      // "Bank of the Republic"; not "Court for the Central District", a court's seat
      if (joint == "of" && w_.str(from) == "the" && from + 1 < w_.size() &&
          w_.gap_after(from) == " ")
        ++from;
      const std::size_t end = capitalized_run(from);
      if (end < from) return last;
      last = end;
      continue;
    }
    if (joint == "and" && (names::domain_word(here) || head_word(here)) &&
        names::domain_word(w_.str(from))) {
      const std::size_t end = capitalized_run(from);
      if (end < from) return last;
      last = end;
      continue;
    }
    return last;
  }
}

// A place's name opens a longer name that a head word closes: "Ghana Revenue Authority",
// "Kenya Association of Manufacturers", "Boston Harbor Capital".
bool Finder::place_led(std::size_t i, std::size_t words) {
  const std::size_t end = i + words - 1;
  if (w_.items[i].title_line) return false;
  // "Kenya National Bureau of Statistics", "Atlanta Federal Reserve", "US Fed": a place
  // before the known name of a body names that place's body
  if (end + 1 < w_.size() && w_.gap_after(end) == " " && !w_.items[end].possessive() &&
      g_.entry(w_.known[i].entry).kind == Known::place && w_.known[end + 1].words > 0) {
    const Known next = g_.entry(w_.known[end + 1].entry).kind;
    if (names::is_organization_kind(next) && !names::is_company_kind(next)) {
      Candidate c;
      c.first = i;
      c.last = extend_head(end + w_.known[end + 1].words);
      c.known = w_.known[end + 1].entry;
      cands_.push_back(std::move(c));
      return true;
    }
  }
  if (!continues_name(w_, end, g_)) return false;
  Candidate c;
  c.first = i;
  c.last = end;
  while (continues_name(w_, c.last, g_)) c.last += w_.str(c.last + 1) == "&" ? 2 : 1;
  c.last = absorb_legal(w_, extend_head(c.last));
  if (!head_word(w_.str(c.last)) && !body_shape(c)) return false;
  cands_.push_back(std::move(c));
  return true;
}

// "Harbeson, Fletcher & Bateh, LLP": partners' names joined by a comma and "&".
std::size_t Finder::partners_run(std::size_t last) const {
  const std::size_t k = last;
  if (k + 3 >= w_.size() || w_.items[k].possessive() || w_.gap_after(k) != ", " ||
      !w_.items[k + 1].capitalized || g_.common_word(w_.str(k + 1)) || w_.gap_after(k + 1) != " " ||
      w_.str(k + 2) != "&" || w_.gap_after(k + 2) != " " || !w_.items[k + 3].capitalized ||
      g_.common_word(w_.str(k + 3)))
    return last;
  return absorb_legal(w_, k + 3);
}

// "WaterHealth Ghana", "Voltic Ghana Limited", "Capstone Sports Management UK": a firm's
// local arm is named by the firm and the country, which ends the name (it is followed by
// a legal form, punctuation or a verb, not by a noun the place qualifies: "Alibaba Hong
// Kong listing").
std::size_t Finder::country_suffix(std::size_t last, bool verb_only) const {
  const std::size_t k = last + 1;
  if (k >= w_.size() || w_.items[last].possessive() || w_.gap_after(last) != " " ||
      w_.known[k].words == 0 || g_.entry(w_.known[k].entry).kind != Known::place ||
      w_.items[k].title_line)
    return last;
  const std::size_t end = k + w_.known[k].words - 1;
  if (end + 1 >= w_.size() || w_.items[end].possessive()) return end;
  const std::string_view gap = w_.gap_after(end);
  const std::string_view next = w_.str(end + 1);
  if (names::legal_form(next) && (gap == " " || gap == ", ")) return absorb_legal(w_, end);
  if (gap != " ") return verb_only ? last : end;
  return util::in(next, {"said",     "says",  "is",        "was",         "has",      "had",
                         "will",     "would", "CEO",       "chief",       "managing", "director",
                         "chairman", "head",  "spokesman", "spokeswoman", "reported", "announced",
                         "owns",     "from",  "to",        "in",          "and",      "which",
                         "also",     "plans", "posted"})
             ? end
             : last;
}

// Wire copy marks a company's name with angle brackets where it has no ticker:
// "<Efibanca>", "<Credit Suisse-First Boston Ltd>", "<Banca Nazionale del Lavoro - BNL>"
// (the part after " - " its acronym).
bool Finder::angle_name(std::size_t i) {
  const std::uint32_t at = w_.items[i].start;
  if (at == 0 || w_.text[at - 1] != '<' || !w_.items[i].capitalized) return false;
  const std::size_t close = w_.text.find('>', at);
  if (close == std::string_view::npos || close - at > 80) return false;
  const std::string_view inner = w_.text.substr(at, close - at);
  if (inner.find('<') != std::string_view::npos || inner.find('\n') != std::string_view::npos)
    return false;
  Candidate c;
  c.first = c.last = i;
  while (c.last + 1 < w_.size() && w_.items[c.last + 1].end <= close) ++c.last;
  if (w_.items[c.last].end != close && w_.items[c.last].possessive_end != close) return false;
  // "Banca Nazionale del Lavoro - BNL": the name, then its acronym
  const std::size_t dash = inner.rfind(" - ");
  if (dash != std::string_view::npos && c.last > c.first) {
    c.acronym = std::string(inner.substr(dash + 3));
    while (c.last > c.first && w_.items[c.last].start >= at + dash) --c.last;
  }
  c.strong = true;
  cands_.push_back(std::move(c));
  return true;
}

// A head word that opens a name before "of" / "for" and a capitalized word: "Ministry of
// Health", "Department of Natural Resources" (the head alone is no name: "Ministry").
bool Finder::body_of(std::size_t i) const {
  const auto& x = w_.items[i];
  return x.capitalized && head_word(w_.str(i)) && !names::legal_form(w_.str(i)) &&
         i + 2 < w_.size() && !x.possessive() && w_.gap_after(i) == " " &&
         util::in(w_.str(i + 1), {"of", "for"}) && w_.gap_after(i + 1) == " " &&
         w_.items[i + 2].capitalized && !g_.function_word(w_.str(i + 2));
}

// "Australian Federal Police", "Kenyan Bankers Association": an adjective of nationality
// right before a name that a head word closes opens it.
std::size_t Finder::open_with_demonym(std::size_t first, std::size_t last) const {
  // (the word before first, then the head word: a set lookup less for most names)
  if (first == 0 || w_.gap_after(first - 1) != " " || w_.items[first - 1].possessive() ||
      !names::demonym(w_.str(first - 1)) || !head_word(w_.str(last)) ||
      people_.person_word[first - 1] || (!cands_.empty() && cands_.back().last >= first - 1))
    return first;
  return first - 1;
}

// "First Quantum Minerals", "Just Eat (Other OTC: JSTLF)", "3D Systems", "S & T Bancorp":
// a name whose first word would not start one (a word that opens sentences, digits)
// keeps it when the name is read as a company on its own evidence (a head word or
// legal form, a ticker anchor); not at a sentence's start, where "First" is an adverb.
bool Finder::add_led(std::size_t i) {
  const auto& x = w_.items[i];
  if (x.sentence_start || x.title_line || x.possessive() || i + 1 >= w_.size()) return false;
  const std::string_view s = w_.str(i);
  // only a capitalized word or digits open such a name (below: `word`, digit_lead)
  if (!x.capitalized && (s.empty() || !util::is_digit(s[0]))) return false;
  // "About Quorvia Health Inc", "And Bovis Homes", "SOURCE Harbor Point Capital": words
  // that open sentences and labels in capitals are no first word of the name after them
  if ((g_.function_word(s) && !util::in(s, kLeadingFunctionWords)) ||
      (x.all_caps && !w_.items[i + 1].all_caps))
    return false;
  const bool word = x.capitalized && g_.common_word(s) && s != "The" && !people::title_word(s) &&
                    !capitalized_title(s) && w_.gap_after(i) == " " && w_.known[i + 1].words == 0 &&
                    is_name_start(w_, i + 1, g_);
  if (!word && !digit_lead(w_, i)) return false;
  Candidate c;
  c.first = i;
  c.last = i + 1;
  while (continues_name(w_, c.last, g_)) c.last += w_.str(c.last + 1) == "&" ? 2 : 1;
  c.last = absorb_legal(w_, extend_head(c.last));
  std::uint32_t end = 0;
  const bool evidence = head_word(w_.str(c.last)) ||
                        !tickers_at(w_.text, w_.items[c.last].possessive_end, &end).empty();
  if (!evidence) return false;
  c.first = open_with_demonym(c.first, c.last);
  c.first = extend_left(c.first, c.last);
  cands_.push_back(std::move(c));
  return true;
}

// "Business Council of Norland", "Marlow Fund Board of Guardians", "Brand Norland Board":
// a name that a head word closes opens at the capitalized words right before it (a name
// cannot start with its head and "of"), up to a word that opens sentences ("The", "And"),
// a title ("Manager"), a label in capitals, a person's name or another name.
std::size_t Finder::extend_left(std::size_t first, std::size_t last) const {
  // "Lisbon Tarvex Company" opening a sentence: a place or a university's name of one
  // word opens a firm's name there too, where "Given" or "Flat" would not
  const auto known_lead = [&](std::size_t k) {
    if (w_.known[k].words != 1) return false;
    const Known kind = g_.entry(w_.known[k].entry).kind;
    return kind == Known::place || kind == Known::university;
  };
  // a lower-case word before it (most names) ends the walk below at once
  if (first == 0 || !w_.items[first - 1].capitalized) return first;
  bool headed = head_word(w_.str(last));
  for (std::size_t k = first; !headed && k + 1 < last; ++k)
    headed = head_word(w_.str(k)) && util::in(w_.str(k + 1), {"of", "for"});
  if (!headed) return first;
  for (std::size_t n = 0; n < 3 && first > 0; ++n) {
    const std::size_t k = first - 1;
    const auto& x = w_.items[k];
    const std::string_view s = w_.str(k);
    // "Import - Export Bank": a spaced hyphen joins a word that names no place
    const bool hyphen =
        w_.gap_after(k) == " - " && !w_.items[first].all_caps &&
        x.sentence == w_.items[first].sentence &&
        (w_.known[k].words == 0 || g_.entry(w_.known[k].entry).kind != Known::place);
    if ((w_.gap_after(k) != " " && !hyphen) || x.possessive() || !x.capitalized || x.all_caps ||
        x.title_line || (x.sentence_start && !known_lead(k)) || x.opaque || listing_[k] ||
        people_.person_word[k] || g_.function_word(s) || people::title_word(s) ||
        capitalized_title(s) || names::legal_form(s) || hyphen_adjective(s) || s.size() < 2 ||
        (!cands_.empty() && cands_.back().last >= k))
      break;
    first = k;
  }
  return first;
}

// "Central bank of Norland", "National bank of Norland" in a list of rates, each line
// opening with the name: a capitalized word, a body's head word in lower case, "of" and a
// known place.
bool Finder::lowercase_body(std::size_t i) {
  const auto& x = w_.items[i];
  if (!x.capitalized || x.all_caps) return false;  // (before the gaps: most words)
  // at a line's or a sentence's start, or after a dateline ("ANKARA - Central bank of …")
  const bool opens =
      x.sentence_start || (i > 0 && w_.gap_after(i - 1) == " - " && w_.items[i - 1].all_caps);
  if (!opens || !x.capitalized || x.all_caps || i + 3 >= w_.size() || w_.gap_after(i) != " " ||
      w_.gap_after(i + 1) != " " || w_.gap_after(i + 2) != " " || w_.str(i + 2) != "of")
    return false;
  const std::string_view low = w_.str(i + 1);
  if (low.empty() || !util::is_lower(low[0])) return false;
  std::string head(low);
  head[0] = static_cast<char>(head[0] - 'a' + 'A');
  const names::KnownHit place = w_.known[i + 3];
  if ((!names::org_head(head) && head != "Bank") || g_.function_word(w_.str(i))) return false;
  if (place.words == 0 || g_.entry(place.entry).kind != Known::place) return false;
  Candidate c;
  c.first = i;
  c.last = i + 2 + place.words;
  c.strong = true;
  c.financial_hint = head == "Bank";  // a central or national bank
  cands_.push_back(std::move(c));
  return true;
}

// "Stoxx Ltd": the known name of an index or a product followed by a legal form is the
// firm of that name (its other mentions then name the firm: the entity's key has no
// legal form).
bool Finder::index_as_firm(std::size_t i, const names::KnownHit& hit) {
  const Known kind = g_.entry(hit.entry).kind;
  const std::size_t end = i + hit.words - 1;
  if ((kind != Known::index && kind != Known::product) || end + 1 >= w_.size() ||
      w_.items[end].possessive() || w_.gap_after(end) != " " || !names::legal_form(w_.str(end + 1)))
    return false;
  Candidate c;
  c.first = i;
  c.last = absorb_legal(w_, end);
  c.strong = true;
  cands_.push_back(std::move(c));
  return true;
}

void Finder::add_generic(std::size_t i) {
  Candidate c;
  c.first = i;
  c.last = i;
  while (continues_name(w_, c.last, g_)) c.last += w_.str(c.last + 1) == "&" ? 2 : 1;
  // In a title-case headline every word is capitalized: the name ends at its first
  // head word ("Quorvia Holdings Slides After …")
  if (w_.items[i].title_line) {
    for (std::size_t k = i + 1; k < c.last; ++k) {
      if (head_word(w_.str(k))) {
        c.last = k;
        break;
      }
    }
  } else {
    c.last = extend_head(c.last);
  }
  // "Harbor Point Capital Harbor Point Capital": a name written twice in a row (a tag line
  // and the text after it) is two mentions
  if (const std::size_t n = c.last - c.first + 1; n >= 2 && n % 2 == 0) {
    bool twice = true;
    for (std::size_t k = 0; twice && k < n / 2; ++k)
      twice = w_.str(c.first + k) == w_.str(c.first + n / 2 + k);
    if (twice) c.last = c.first + n / 2 - 1;
  }
  c.last = absorb_legal(w_, c.last);
  while (c.first < c.last && util::in(w_.str(c.first), kLabelWords) &&
         w_.items[c.first + 1].capitalized)
    ++c.first;
  c.first = open_with_demonym(c.first, c.last);
  c.first = extend_left(c.first, c.last);
  c.last = partners_run(c.last);
  {
    const std::size_t before = c.last;
    c.last = country_suffix(c.last);
    c.arm = c.last != before && before == c.first;
  }
  // a run of one sentence-initial word ("Currently") that is not a known name is weak;
  // weigh() decides
  cands_.push_back(std::move(c));
}

void Finder::read_brackets(Candidate& c) {
  std::uint32_t end = 0;
  const std::uint32_t after = w_.items[c.last].possessive_end;
  // wire copy: "Occidental Petroleum Corp <OXY>", "Unilever Plc <UN.A>"
  const std::string_view symbol = wire_symbol_at(w_.text, after, &end);
  if (!symbol.empty()) {
    const std::size_t dot = symbol.find('.');
    const std::string code =
        dot == std::string_view::npos ? "" : exchange_code(symbol.substr(dot + 1));
    c.tickers.push_back({code, std::string(code.empty() ? symbol : symbol.substr(0, dot))});
    c.symbols.push_back({end - 1 - static_cast<std::uint32_t>(symbol.size()), end - 1});
    return;
  }
  for (Ticker& t : tickers_at(w_.text, after, &end, &c.symbols)) c.tickers.push_back(std::move(t));
  if (c.tickers.empty()) read_short_bracket(c, after);
  std::uint32_t open = 0, close = 0;
  if (names::cjk_parenthetical_at(w_.text, after, &open, &close)) {
    // "(TSMC, 台積電)": an acronym and a native name
    std::string_view inner = w_.text.substr(open + 1, close - open - 2);
    const std::size_t comma = inner.find(',');
    if (comma != std::string_view::npos) {
      std::string_view a = inner.substr(0, comma);
      std::string_view b = inner.substr(comma + 1);
      while (!b.empty() && b.front() == ' ') b.remove_prefix(1);
      bool caps = !a.empty();
      for (char ch : a) caps = caps && (util::is_upper(ch) || util::is_digit(ch) || ch == '&');
      if (caps) c.acronym = std::string(a);
      c.native = std::string(b);
    } else {
      c.native = std::string(inner);
    }
  }
}

// The letters of an acronym are the initials of a name's words ("Ghana Revenue Authority"
// → "GRA"; "Bank of England" → "BoE"), small words and legal forms taking part or not.
bool initials_match(const Words& w, std::size_t first, std::size_t last, std::string_view acr) {
  std::string all, strict;
  for (std::size_t k = first; k <= last; ++k) {
    const std::string_view x = w.str(k);
    if (x.empty() || x == "&") continue;
    const char c = static_cast<char>(x[0] & ~0x20);
    all += c;
    if (util::is_upper(x[0]) && !names::legal_form(x)) strict += c;
  }
  std::string letters;
  for (char ch : acr) {
    if (util::is_ascii_alpha(ch)) letters += static_cast<char>(ch & ~0x20);
  }
  // "U.S. Air Force (USAF)": the initials of the words read end the acronym
  const bool tail = strict.size() >= 2 && letters.size() > strict.size() &&
                    letters.compare(letters.size() - strict.size(), strict.size(), strict) == 0;
  return letters.size() >= 2 && (letters == all || letters == strict || tail);
}

// Whether a symbol's letters appear in order in a name, the first opening one of its
// words: "MSFT" in "Microsoft", "FUEL" in "Rocket Fuel", "SNDK" in "SanDisk".
bool spelled_from(std::string_view name, std::string_view symbol) {
  if (symbol.size() < 2) return false;
  for (std::size_t start = 0; start < name.size(); ++start) {
    if (start > 0 && name[start - 1] != ' ') continue;
    std::size_t k = 0;
    for (std::size_t i = start; i < name.size() && k < symbol.size(); ++i) {
      if ((name[i] & ~0x20) == symbol[k]) ++k;
    }
    if (k == symbol.size() && (name[start] & ~0x20) == symbol[0]) return true;
  }
  return false;
}

// "Ghana Revenue Authority (GRA)", "Western Digital (WDC)", "Flexible Benefit Service
// Corporation (Flex)": one word in brackets after a name is its acronym or short name when
// its letters say so, and otherwise, in capitals, its ticker symbol.
void Finder::read_short_bracket(Candidate& c, std::uint32_t after) {
  // the pattern opens with " (" or "(": most names are followed by neither
  const std::string_view s = w_.text;
  const std::uint32_t at0 = after < s.size() && s[after] == ' ' ? after + 1 : after;
  if (at0 >= s.size() || s[at0] != '(') return;
  static const RE2 one(R"( ?\(([A-Z][A-Za-z&]{0,9}(?:\.[A-Z]{1,2})?) ?\))",
                       util::pattern_options());
  std::array<re2::StringPiece, 2> g;
  if (!util::match_at(one, w_.text, after, g)) return;
  const std::string_view token = util::sv(g[1]);
  const std::uint32_t at = util::offset_in(w_.text, g[1]);
  const std::string_view first = w_.str(c.first);
  const bool prefix =
      token.size() >= 3 && first.size() > token.size() && first.substr(0, token.size()) == token;
  if (initials_match(w_, c.first, c.last, token) || prefix) {
    c.acronym = std::string(token);
    return;
  }
  bool caps = token.size() <= 5;
  for (char ch : token) caps = caps && (util::is_upper(ch) || ch == '.');
  if (!caps || g_.known(token)) return;  // "(EU)", "(US)": a known name of something else
  const std::size_t dot = token.find('.');
  std::string exchange = dot == std::string_view::npos ? "" : exchange_code(token.substr(dot + 1));
  if (dot != std::string_view::npos && exchange.empty()) return;
  // a symbol spelled from the name's letters ("Microsoft (MSFT)", "Rocket Fuel (FUEL)")
  // is a ticker; any other symbol alone says little about the name before it ("Air Force
  // (USAF)"): it is kept only if other evidence makes the name a company (weigh)
  c.spelled = spelled_from(span(c.first, c.last), token.substr(0, dot));
  c.loose_ticker = {exchange, std::string(token.substr(0, dot))};
  c.loose_symbol = {at, at + static_cast<std::uint32_t>(token.size())};
}

bool Finder::role_before(const Candidate& c) const {
  // "start-up DeepSeek", "chip division T-Head", "French carmaker Renault SA",
  // "domestic firms, including X", "start-ups including Moonshot", "companies such as Shein"
  if (c.first == 0) return false;
  std::size_t k = c.first - 1;
  std::string_view gap = w_.gap_after(k);
  if (gap != " " && gap != ", ") return false;
  if (w_.str(k) == "including" || w_.str(k) == "as" || w_.str(k) == "like") {
    if (w_.str(k) == "as" && (k == 0 || w_.str(k - 1) != "such")) return false;
    // the role noun stands before "including" or "such as": none at the text's start
    // ("such as Aied said", found by fuzzing: the index ran below zero)
    const std::size_t back = w_.str(k) == "as" ? 2 : 1;
    if (k < back) return false;
    k -= back;
    if (w_.str(k) == "such") {
      if (k == 0) return false;
      --k;
    }
    return role_noun(w_.str(k));
  }
  if (gap == " " && role_noun(w_.str(k)) && !util::is_upper(w_.str(k)[0])) return true;
  // "Chief Investment Officer at Delmar Torres", "a director at Kestrel": a person's title
  // and "at" before a name say it is the person's employer
  if (gap == " " && w_.str(k) == "at" && k > 0 && w_.gap_after(k - 1) == " " &&
      !people_.person_word[k - 1]) {
    const std::string_view t = w_.str(k - 1);
    if (people::title_word(t) || capitalized_title(t)) return true;
  }
  return false;
}

bool Finder::apposition_after(const Candidate& c) const {
  // "Kunlunxin, Baidu's AI chip subsidiary", "Unicom, the second largest of China's
  // three telecom operators", "Hon Hai, the Taiwanese iPhone-maker"
  if (w_.gap_after(c.last) != ", ") return false;
  for (std::size_t k = c.last + 1, n = 0; k < w_.size() && n < 9; ++k, ++n) {
    if (role_noun(w_.str(k)) && !util::is_upper(w_.str(k)[0])) return true;
    const std::string_view gap = w_.gap_after(k);
    if (gap != " ") return false;
  }
  return false;
}

// Role nouns that describe people as well as firms ("a partner", "the owner").
constexpr std::string_view kPersonRoles[] = {
    "partner",   "owner",   "investor",   "investors",   "parent",   "peer",     "peers",
    "rival",     "rivals",  "competitor", "competitors", "champion", "designer", "producer",
    "developer", "founder", "broker",     "titan",       "giant",    "behemoth"};

// "Kestrel Ridge is a privately held finance company", "Quorvia is among the top 100
// accounting firms": the name is the subject of "is" and a role noun of firms.
bool Finder::copula_role(const Candidate& c) const {
  const std::size_t k0 = c.last + 1;
  if (k0 + 1 >= w_.size() || w_.items[c.last].possessive() || w_.gap_after(c.last) != " " ||
      !util::in(w_.str(k0), {"is", "was", "remains", "became"}))
    return false;
  for (std::size_t k = k0 + 1, n = 0; k < w_.size() && n < 8; ++k, ++n) {
    if (w_.gap_after(k - 1) != " ") return false;
    const std::string_view x = w_.str(k);
    if (role_noun(x) && !util::is_upper(x[0])) return !util::in(x, kPersonRoles);
    if (util::in(x, {"who", "which", "that", "said", "says", "and", "but"})) return false;
  }
  return false;
}

// "Quorvia President Adam Vell", "Kestrel spokesman Tom Hale": a name right before a
// company title and a person's name names the person's firm (not "Labor Secretary Tom").
bool Finder::title_before_person(const Candidate& c) const {
  const std::size_t t = c.last + 1;
  if (t + 1 >= w_.size() || w_.items[c.last].possessive() || w_.gap_after(c.last) != " ")
    return false;
  static constexpr std::string_view kCompanyTitles[] = {
      "CEO",         "President",    "president", "Chairman",  "chairman",   "Chairwoman",
      "chief",       "Chief",        "founder",   "Founder",   "co-founder", "spokesman",
      "spokeswoman", "spokesperson", "analyst",   "economist", "strategist", "executive"};
  // "Kestrel managing director Ann Lee": words that qualify the title before it
  std::size_t k = t;
  while (k + 1 < w_.size() && k < t + 3 && w_.gap_after(k) == " " &&
         util::in(w_.str(k), {"managing", "senior"}))
    ++k;
  if (!util::in(w_.str(k), kCompanyTitles) && !util::in(w_.str(k), {"director", "boss", "partner"}))
    return false;
  // the person may follow the title at once or after one more title word ("chief
  // executive")
  ++k;
  if (k < w_.size() && w_.gap_after(k - 1) == " " && !people_.person_word[k] &&
      people::title_word(w_.str(k)))
    ++k;
  return k < w_.size() && w_.gap_after(k - 1) == " " && people_.person_word[k];
}

bool Finder::context_says_company(const Candidate& c) const {
  const std::size_t next = c.last + 1;
  const std::string_view gap = next < w_.size() ? w_.gap_after(c.last) : std::string_view();
  // "Alibaba's shares", "Nvidia's advanced AI chips"
  if (w_.items[c.last].possessive() && gap == " ") {
    for (std::size_t k = next, n = 0; k < w_.size() && n < 3; ++k, ++n) {
      if (company_possession(w_.str(k))) return true;
      if (w_.gap_after(k) != " ") break;
    }
  }
  // "Nissan shares rose", "Palantir Stock Jumps", "Arm Earnings Miss"
  if (gap == " " && next < w_.size() && util::in(w_.str(next), kCompanyNextWords)) return true;
  // "shares of X", "stake in X", "invested in X", "partnered with X"
  if (c.first >= 2 && w_.gap_after(c.first - 1) == " " && w_.gap_after(c.first - 2) == " ") {
    const std::string_view a = w_.str(c.first - 2), b = w_.str(c.first - 1);
    if ((b == "of" && util::in(a, kOfCompanyWords)) ||
        (b == "in" && util::in(a, kInCompanyWords)) ||
        (b == "with" && util::in(a, kWithCompanyWords)) ||
        (b == "by" && util::in(a, {"acquired", "owned", "bought", "backed"})))
      return true;
  }
  if (c.first >= 1 && w_.gap_after(c.first - 1) == " " &&
      util::in(w_.str(c.first - 1), kBeforeProductVerbs))
    return false;  // too often a product or a place
  // "X said in a statement", "X said in a filing"
  if (gap == " " && next + 3 < w_.size() && w_.str(next) == "said" && w_.str(next + 1) == "in" &&
      util::in(w_.str(next + 3), {"statement", "filing", "release"}))
    return true;
  return false;
}

// "analysts at Nomura", "JPMorgan analysts", "brokerage CLSA", "research firm Canalys"
bool Finder::financial_context(const Candidate& c) const {
  if (c.last + 1 < w_.size() && w_.gap_after(c.last) == " " &&
      util::in(w_.str(c.last + 1), kAnalystWordsAfter))
    return true;
  if (c.first >= 2 && w_.gap_after(c.first - 1) == " " && w_.gap_after(c.first - 2) == " ") {
    const std::string_view a = w_.str(c.first - 2), b = w_.str(c.first - 1);
    if (util::in(b, {"at", "from"}) && util::in(a, kAnalystsAtWords)) return true;
    if ((a == "research" || a == "investment" || a == "asset" || a == "fund") &&
        util::in(b, {"firm", "bank", "manager", "house"}))
      return true;
  }
  return c.first >= 1 && w_.gap_after(c.first - 1) == " " &&
         util::in(w_.str(c.first - 1), {"brokerage", "lender"});
}

void Finder::weigh(std::size_t ci) {
  Candidate& c = cands_[ci];
  read_brackets(c);
  const std::size_t n = c.last - c.first + 1;
  const std::string_view last = w_.str(c.last);
  if (c.known >= 0 || c.parent_known >= 0 || c.strong) {
    c.strong = true;
  } else if (!c.tickers.empty() || c.spelled) {
    c.strong = true;
  } else if (n == 2 && w_.str(c.first) == "Daily" && !w_.items[c.first].sentence_start) {
    c.strong = true;  // "Daily Korvane", "Daily Tarvo": a newspaper's name
  } else if (n >= 2 && util::in(last, kMediaNameWords) &&
             (last != "Agency" || util::in(w_.str(c.last - 1), {"News", "Press"}))) {
    c.strong = true;  // "Zephyr News Agency", "Taipei Times"; not "State Property Agency"
  } else if (n >= 3 && body_shape(c)) {
    c.strong = true;  // "Bank of Norland", "Ministry of Health"
  } else if (n >= 2 && head_word(last)) {
    // "Biren Technology", "Solomons Group": not when every word is generic ("Cloud Group")
    bool specific = false;
    for (std::size_t k = c.first; k <= c.last; ++k) {
      const std::string_view x = w_.str(k);
      // a body's head word is specific before a firm's ("Union Resources")
      // nor a word that is no name alone ("Data Management", "Big Tech Group")
      specific = specific || (!names::corporate_word(x) && !names::legal_form(x) && x != "&" &&
                              !g_.common_word(x));
    }
    c.strong = specific || n >= 3;
  }
  const bool headline = w_.items[c.first].title_line;
  bool medium = false;
  if (!c.strong && !headline) {
    const bool single_word_native = !c.native.empty() && n == 1;
    medium = single_word_native || role_before(c) || apposition_after(c) ||
             context_says_company(c) || copula_role(c) || title_before_person(c);
  } else if (!c.strong && headline) {
    medium = context_says_company(c);  // "Palantir Stock Jumps"
  }
  c.accepted = c.strong || medium;
  // "German Finance Minister", "Dutch Finance": words that only qualify a title after them
  if (c.accepted && c.known < 0 && c.tickers.empty() && c.last + 1 < w_.size() &&
      w_.gap_after(c.last) == " " && people::title_word(w_.str(c.last + 1))) {
    bool generic = true;
    for (std::size_t k = c.first; k <= c.last; ++k) {
      const std::string_view x = w_.str(k);
      generic = generic &&
                (names::demonym(x) || names::domain_word(x) || head_word(x) || g_.common_word(x));
    }
    if (generic) c.accepted = false;
  }
  if (c.accepted && n == 1 && c.known < 0 && names::demonym(w_.str(c.first))) c.accepted = false;
  if (c.accepted && !c.loose_ticker.symbol.empty()) {
    c.tickers.push_back(c.loose_ticker);
    c.symbols.push_back(c.loose_symbol);
  }
  // a body that is not a firm (a regulator, a ministry) counts where the article names it,
  // not in teaser headlines of other stories ("FDA Targets …")
  if (c.accepted && !w_.items[c.first].article && c.known >= 0 &&
      !names::is_company_kind(g_.entry(c.known).kind))
    c.accepted = false;
  // a single all-caps word is an acronym (AI, ESG, IPO) unless something strong says otherwise
  if (c.accepted && n == 1 && w_.items[c.first].all_caps && c.known < 0 && c.tickers.empty())
    c.accepted = false;
  // "iPod", "iLife", "iChat": Apple-style product names, not makers
  const std::string_view first = w_.str(c.first);
  if (c.accepted && c.known < 0 && first.size() > 2 && first[0] == 'i' && util::is_upper(first[1]))
    c.accepted = false;
  // "Kestrel Stadium", "Quorvia Circle": the name of a place after a firm's
  if (c.accepted && c.tickers.empty() && c.last + 1 < w_.size() && w_.gap_after(c.last) == " " &&
      !w_.items[c.last].possessive() && place_head(w_.str(c.last + 1)))
    c.accepted = false;
  // "Mining shares fell": a sector's word alone is no firm
  if (c.accepted && n == 1 && c.known < 0 && c.tickers.empty() &&
      (names::corporate_word(first) || names::domain_word(first) || g_.common_word(first)))
    c.accepted = false;
  // a known company keeps its known type
  c.financial_hint = c.known < 0 && (c.financial_hint || financial_context(c));
}

// "Orvale Ghana was set up in 2007" after "Orvale International": a firm's name
// and a country name the firm's arm there, a company as the firm is.
void Finder::accept_arms() {
  std::vector<std::string_view> firms;  // first words of accepted names of more words
  for (const Candidate& c : cands_) {
    if (c.accepted && c.last > c.first && !c.arm) firms.push_back(w_.str(c.first));
  }
  for (Candidate& c : cands_) {
    if (!c.accepted && c.arm && !w_.items[c.first].title_line &&
        std::find(firms.begin(), firms.end(), w_.str(c.first)) != firms.end())
      c.accepted = true;
  }
}

// "including Alibaba's chip division T-Head, Biren Technology, and Zhonghao Xinying": the
// members of a list of names are companies when one of them is (and none is a person).
void Finder::propagate_lists() {
  std::size_t i = 0;
  while (i < cands_.size()) {
    std::size_t j = i;
    bool any = cands_[i].accepted;
    // the next candidate continues the list when only ", " / " and " / ", and " (and a
    // bracket) lie between them
    while (j + 1 < cands_.size()) {
      const std::size_t k = j + 1;
      const Candidate& a = cands_[j];
      const Candidate& b = cands_[k];
      if (w_.items[a.last].sentence != w_.items[b.first].sentence) break;
      std::uint32_t from = w_.items[a.last].possessive_end;
      std::uint32_t open = 0, close = 0;
      if (names::cjk_parenthetical_at(w_.text, from, &open, &close)) from = close;
      const std::string_view between = w_.text.substr(from, w_.items[b.first].start - from);
      if (between != ", " && between != " and " && between != ", and " && between != " or " &&
          between != ", or ")
        break;
      any = any || b.accepted;
      j = k;
    }
    if (j > i && any) {
      for (std::size_t k = i; k <= j; ++k) {
        Candidate& c = cands_[k];
        if (c.accepted) continue;
        const bool acronym = c.first == c.last && w_.items[c.first].all_caps;
        // "… Worldwide and Canadian coffee chain X": an adjective of nationality alone
        if (c.first == c.last && names::demonym(w_.str(c.first))) continue;
        // "… and Surinam carrier Blue Wing Airlines": a name before a role noun modifies it
        const bool modifier = c.last + 1 < w_.size() && w_.gap_after(c.last) == " " &&
                              !w_.items[c.last].possessive() && role_noun(w_.str(c.last + 1));
        if (!acronym && !modifier && !w_.items[c.first].title_line) c.accepted = true;
      }
    }
    i = j + 1;
  }
}

}  // namespace

bool identity_word(std::string_view w) { return util::in_set<kIdentityWords>(w); }

bool unit_word(std::string_view w) { return util::in_set<kUnitWords>(w); }

bool place_head(std::string_view w) { return util::in_set<kPlaceHeads>(w); }

Candidates find_candidates(const names::Words& w, const people::Result& people) {
  return Finder(w, people).run();
}

}  // namespace finlens::companies
