#include "people/people.h"

#include <algorithm>
#include <map>
#include <set>

#include "names/gazetteer.h"
#include "util/lists.h"
#include "util/scan.h"

namespace finlens::people {
namespace {

using names::Gazetteer;
using names::Words;

constexpr std::string_view kTitles[] = {
    "president", "President", "CEO", "chairman", "Chairman", "chairwoman", "Chairwoman", "founder",
    "Founder", "co-founder", "cofounder", "executive", "executives", "analyst", "analysts",
    "director", "Director", "economist", "economists", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms",
    "Mrs", "Dr", "professor", "Professor", "minister", "Minister", "secretary", "Secretary",
    "spokesman", "spokeswoman", "spokesperson", "senator", "Senator", "governor", "Governor",
    "officer", "investor", "billionaire", "CFO", "COO", "CTO", "chief", "Chief", "head", "manager",
    "strategist", "strategists", "partner", "Premier", "premier", "Chancellor", "chancellor",
    "Prime", "lawmaker", "trader", "researcher", "vice-president", "Vice", "vice", "boss", "tycoon",
    "entrepreneur", "Representative", "Rep.", "Sen.", "Treasurer", "treasurer", "Speaker", "Whip",
    "member",
    // abbreviated titles as words read them (the
    // period is not kept on these): "Sen. Ana Ruiz"
    "Sen", "Rep", "Gov", "Gen", "Rev", "Prof.", "Prof", "Gov.", "King", "Queen", "Prince", "Judge",
    "judge", "attorney", "lawyer", "Commissioner", "commissioner", "Mayor", "mayor", "ambassador",
    "Ambassador", "leader", "designer", "engineer", "scientist", "founders", "chairperson",
    "presidents"};

// (asked for most capitalized words, several times each: a hash set, not a scan)
bool in_titles(std::string_view w) { return util::in_set<kTitles>(w); }

// A word that can be part of a person's name: capitalized with lower-case letters,
// not a known non-name word, not a company word.
bool name_word(const Words& w, std::size_t i) {
  const auto& x = w.items[i];
  if (!x.capitalized || x.all_caps) return false;
  const std::string_view s = w.str(i);
  if (s.size() < 2 || !util::is_upper(s[0])) return false;
  for (char c : s) {
    if (util::is_digit(c) || c == '.' || c == '&') return false;
  }
  const auto& g = Gazetteer::get();
  if (g.common_word(s) || names::legal_form(s) || names::corporate_word(s) || names::org_head(s) ||
      in_titles(s))
    return false;
  // "Photographer", "Economist": a title written with a capital is no name either
  if (s.size() < 24) {
    char low[24];
    for (std::size_t k = 0; k < s.size(); ++k) low[k] = s[k];
    low[0] = static_cast<char>(low[0] - 'A' + 'a');
    if (in_titles(std::string_view(low, s.size()))) return false;
  }
  return true;
}

struct Run {
  std::size_t first, last;  // word indices, inclusive
};

// Last words of the names of places, roads, buildings and prizes: a run before one names
// that thing, not a person ("Bowlus Road", "Uhuru Highway", "Ramon Magsaysay Award").
constexpr std::string_view kThingHeads[] = {
    "Road",     "Street",  "Highway",    "Way",     "Avenue",  "Boulevard", "Lane",    "Drive",
    "Point",    "Park",    "Square",     "Bridge",  "Centre",  "Center",    "Hall",    "Tower",
    "Building", "Airport", "Station",    "Port",    "Harbour", "Harbor",    "Beach",   "Island",
    "Lake",     "River",   "Mountain",   "Valley",  "Award",   "Awards",    "Prize",   "Cup",
    "Trophy",   "Medal",   "Plaza",      "Place",   "Terrace", "Estate",    "Stadium", "Arena",
    "Mine",     "Dam",     "Reserve",    "Bay",     "Creek",   "Gardens",   "Mall",    "Hospital",
    "School",   "College", "University", "Library", "Museum",  "Gallery",   "Theatre", "Theater"};

// Runs of name words joined by single spaces, stopped by known names.
std::vector<Run> name_runs(const Words& w) {
  std::vector<Run> runs;
  const auto& g = Gazetteer::get();
  std::size_t i = 0;
  while (i < w.size()) {
    const names::KnownHit hit = w.known[i];
    if (hit.words > 0 && g.entry(hit.entry).kind != names::Known::word) {
      i += hit.words;  // a known company, place or product is not a person
      continue;
    }
    if (!w.items[i].capitalized || !name_word(w, i)) {  // (most words: no call)
      ++i;
      continue;
    }
    std::size_t j = i;
    // "Kim Jae - Sung": a spaced hyphen (text rejoined from tokens) inside a name
    while (j + 1 < w.size() && j - i < 2 && !w.items[j].possessive() &&
           (w.gap_after(j) == " " || (w.gap_after(j) == " - " && j > i)) && name_word(w, j + 1) &&
           w.known[j + 1].words == 0 && !util::in(w.str(j + 1), kThingHeads))
      ++j;
    const bool thing = j + 1 < w.size() && !w.items[j].possessive() && w.gap_after(j) == " " &&
                       util::in(w.str(j + 1), kThingHeads);
    if (!thing) runs.push_back({i, j});
    i = j + 1;
  }
  return runs;
}

constexpr std::string_view kAbbreviatedTitles[] = {"Sen",  "Rep", "Gov", "Gen", "Rev",
                                                   "Prof", "Dr",  "Mr",  "Mrs", "Ms"};

// The title words right before a run: "US President", "Hon Hai chairman", "founder".
std::string title_before(const Words& w, const Run& r, Mention* org) {
  if (r.first == 0) return {};
  std::size_t k = r.first - 1;
  const std::string_view gap = w.gap_after(k);
  // "Sen. Ana Ruiz": an abbreviated title whose period the words leave out
  const bool abbreviated = gap == ". " && util::in(w.str(k), kAbbreviatedTitles);
  if (gap != " " && !abbreviated) return {};
  if (!in_titles(w.str(k))) return {};
  std::string title(w.str(k));
  if (abbreviated) title += '.';
  // "chief executive", "investment director": one lower-case word before a title joins it
  if (k > 0 && w.gap_after(k - 1) == " " &&
      (w.str(k - 1) == "chief" || w.str(k - 1) == "Chief" || w.str(k - 1) == "former" ||
       w.str(k - 1) == "Vice")) {
    title = std::string(w.str(k - 1)) + " " + title;
    --k;
  }
  // "Hon Hai chairman", "Alibaba's CEO": capitalized words right before the title name
  // the organization
  std::size_t o = k;
  while (o > 0 && k - o < 4 && w.gap_after(o - 1) == " " && w.items[o - 1].capitalized &&
         (o == k || !w.items[o - 1].possessive()))
    --o;
  if (o < k) *org = {w.items[o].start, w.items[k - 1].end};
  return title;
}

// ", CEO of Alibaba", ", investment and ESG director for Asia Pacific at Solomons Group",
// ", an economics professor at Tunghai University": the role after a run.
std::string role_after(const Words& w, std::size_t after, Mention* org) {
  std::string_view gap = w.gap_after(after);
  // "Andy Wong (黃耀宗), investment and ESG director": past the name in brackets
  if (gap == " (" && after + 1 < w.size() && w.gap_after(after + 1).substr(0, 1) == ")") {
    ++after;
    gap = w.gap_after(after);
    if (gap == "), " || gap == "),") gap = ", ";
  }
  if (gap != ", " && gap != ",") return {};
  std::size_t k = after + 1;
  std::size_t title_at = SIZE_MAX;
  for (std::size_t n = 0; k < w.size() && n < 9; ++k, ++n) {
    if (in_titles(w.str(k))) title_at = k;
    const std::string_view g = w.gap_after(k);
    if (g != " ") break;
  }
  if (title_at == SIZE_MAX) return {};
  std::size_t first = after + 1;
  while (first < title_at && (w.str(first) == "a" || w.str(first) == "an" || w.str(first) == "the"))
    ++first;
  // ", Xiaomi Corp's president": the organization comes first, ending in a possessive
  std::size_t o = first;
  while (o < title_at && w.items[o].capitalized && !w.items[o].possessive()) ++o;
  if (o < title_at && w.items[o].possessive() && w.items[first].capitalized) {
    *org = {w.items[first].start, w.items[o].end};
    first = o + 1;
    return std::string(
        w.text.substr(w.items[first].start, w.items[title_at].end - w.items[first].start));
  }
  std::string title(
      w.text.substr(w.items[first].start, w.items[title_at].end - w.items[first].start));
  // the organization: "of|at|for X" after the title, X capitalized
  std::size_t j = title_at + 1;
  while (j + 1 < w.size() && (w.str(j) == "for" || w.str(j) == "in") && j - title_at < 6) {
    // "director for Asia Pacific at Solomons Group": the place is part of the title
    std::size_t m = j + 1;
    while (m < w.size() && w.items[m].capitalized && w.gap_after(m - 1) == " ") ++m;
    if (m < w.size() && (w.str(m) == "at" || w.str(m) == "of")) {
      title = std::string(
          w.text.substr(w.items[first].start, w.items[m - 1].end - w.items[first].start));
      j = m;
    } else {
      break;
    }
  }
  if (j < w.size() && (w.str(j) == "of" || w.str(j) == "at") && j + 1 < w.size() &&
      w.items[j + 1].capitalized) {
    std::size_t e = j + 1;
    while (e + 1 < w.size() && !w.items[e].possessive() && w.gap_after(e) == " " &&
           w.items[e + 1].capitalized)
      ++e;
    *org = {w.items[j + 1].start, w.items[e].end};
  }
  return title;
}

// Verbs of saying: a two-word name right before or after one is a person ("said Maria
// Lund", "Tomas Varga told reporters"), and so is a name after "by" in a credit line
// ("By Ella Brandt", "Reporting by Ana Silva", "Photo: Jon Dale").
constexpr std::string_view kSayVerbs[] = {
    "said",         "says",      "told",      "added",     "explained", "explains",
    "wrote",        "writes",    "noted",     "notes",     "stated",    "commented",
    "argued",       "warned",    "continued", "concluded", "recalled",  "admitted",
    "insisted",     "asked",     "announced", "tweeted",   "predicted", "cautioned",
    "acknowledged", "estimated", "believes",  "thinks",    "agreed",    "replied"};
constexpr std::string_view kCreditWords[] = {"by", "By", "via", "Via"};

// "By Ella Brandt", "Reporting by Ana Silva", "Photo: Jon Dale": a credit, on any line.
bool credit_before(const Words& w, const Run& r) {
  if (r.first == 0) return false;
  const std::string_view gap = w.gap_after(r.first - 1);
  const std::string_view before = w.str(r.first - 1);
  return (gap == " " && util::in(before, kCreditWords)) ||
         (gap == ": " && util::in(before, {"Photo", "Photographer", "Credit", "Contact"}));
}

// "said Maria Lund", "Tomas Varga told": a verb of saying next to the name (not on a
// headline, where every word is capitalized).
bool speech_context(const Words& w, const Run& r) {
  if (w.items[r.first].title_line) return false;
  if (r.first > 0 && w.gap_after(r.first - 1) == " " && util::in(w.str(r.first - 1), kSayVerbs))
    return true;
  if (r.last + 1 < w.size() && w.gap_after(r.last) == " " && !w.items[r.last].possessive())
    return util::in(w.str(r.last + 1), kSayVerbs);
  return false;
}

// "funds management firm Allan Gray", "law firm Keane Wolfe": a noun for a firm right
// before a name says the name is a firm's, whatever its first word.
constexpr std::string_view kFirmNouns[] = {
    "firm",      "firms",        "company",   "group",    "bank",   "insurer",     "lender",
    "brokerage", "startup",      "start-up",  "retailer", "chain",  "consultancy", "conglomerate",
    "carrier",   "miner",        "developer", "producer", "outlet", "broadcaster", "newspaper",
    "publisher", "manufacturer", "supplier",  "operator", "house",  "partnership", "practice"};

bool firm_before(const Words& w, const Run& r) {
  return r.first > 0 && w.gap_after(r.first - 1) == " " && util::in(w.str(r.first - 1), kFirmNouns);
}

// "Harlan Voss managing director Simon Pell", "Marrowby Kaplan partner Ann Rose",
// "Dorian Wells Co.": a name before a title and another person's name, or before a legal
// form, is the name of a firm.
bool firm_after(const Words& w, const Run& r) {
  std::size_t k = r.last + 1;
  if (k >= w.size() || w.items[r.last].possessive() || w.gap_after(r.last) != " ") return false;
  if (names::legal_form(w.str(k))) return true;
  static constexpr std::string_view kModifiers[] = {
      "and",   "managing",   "chief",     "senior",    "deputy",     "vice",      "executive",
      "group", "investment", "operating", "financial", "technology", "marketing", "information"};
  std::size_t titles = 0, words = 0;
  while (k < w.size() && words < 7 && util::is_lower(w.str(k)[0]) &&
         (in_titles(w.str(k)) || util::in(w.str(k), kModifiers))) {
    if (w.gap_after(k) != " ") return false;
    titles += in_titles(w.str(k)) && w.str(k) != "and";
    ++k;
    ++words;
  }
  return titles > 0 && w.str(k - 1) != "and" && k < w.size() && name_word(w, k);
}

bool cjk_name_after(const Words& w, const Run& r) {
  std::uint32_t open = 0, close = 0;
  if (!names::cjk_parenthetical_at(w.text, w.items[r.last].possessive_end, &open, &close))
    return false;
  return close - open - 2 <= 4 * 3;  // a personal name is two to four characters
}

}  // namespace

bool title_word(std::string_view w) { return in_titles(w); }

Result find(const Words& w) {
  Result res;
  res.person_word.assign(w.size(), false);
  const auto& g = Gazetteer::get();
  std::map<std::string, std::size_t> by_name;  // full name → index in res.people
  std::set<std::string> firms;                 // names read as firms' (firm_after)
  bool prev_person_run = false;
  std::size_t prev_last = 0;
  for (const Run& r : name_runs(w)) {
    const std::size_t n = r.last - r.first + 1;
    Mention org;
    std::string title = title_before(w, r, &org);
    Mention org2;
    std::string role = role_after(w, r.last, &org2);
    const bool first_name = n >= 2 && g.first_name(w.str(r.first));
    const bool cjk = n >= 2 && cjk_name_after(w, r);
    // "executives Joe Tsai and Eddie Wu": a name joined by "and" to a person is one too
    const bool listed = n >= 2 && prev_person_run &&
                        ((prev_last + 2 == r.first && w.str(prev_last + 1) == "and") ||
                         (prev_last + 1 == r.first && w.gap_after(prev_last) == ", "));
    const bool said = n >= 2 && (speech_context(w, r) || credit_before(w, r));
    const bool weak = first_name || listed || said;  // evidence a firm's noun outweighs
    const std::string_view text =
        w.text.substr(w.items[r.first].start, w.items[r.last].end - w.items[r.first].start);
    // a name read once as a firm's is a firm's throughout ("Harlan Voss holds a stake")
    if (firm_after(w, r)) firms.insert(std::string(text));
    // (the name is copied for the lookup only where some firm was read)
    const bool person = (firms.empty() || !firms.count(std::string(text))) &&
                        ((!title.empty() && !w.items[r.first].title_line) || !role.empty() || cjk ||
                         (weak && !firm_before(w, r)));
    prev_person_run = person;
    prev_last = r.last;
    if (!person || (n == 1 && role.empty() && title.empty())) continue;
    auto [it, added] = by_name.emplace(std::string(text), res.people.size());
    if (added) res.people.push_back({std::string(text), {}, {}, {}});
    Person& p = res.people[it->second];
    p.mentions.push_back({w.items[r.first].start, w.items[r.last].end});
    if (!title.empty()) p.roles.push_back({title, org});
    if (!role.empty()) p.roles.push_back({role, org2});
    for (std::size_t k = r.first; k <= r.last; ++k) res.person_word[k] = true;
    std::uint32_t open = 0, close = 0;
    if (cjk && names::cjk_parenthetical_at(w.text, w.items[r.last].possessive_end, &open, &close)) {
      std::string native(w.text.substr(open + 1, close - open - 2));
      if (std::find(p.aliases.begin(), p.aliases.end(), native) == p.aliases.end())
        p.aliases.push_back(native);
    }
  }
  // Surname-only mentions ("Ma", "Trump") of a person named in full, and later mentions
  // of a person first named by one word and a title ("President Obama" … "Obama").
  std::map<std::string, std::size_t> surnames;
  for (std::size_t i = 0; i < res.people.size(); ++i) {
    const std::string& name = res.people[i].name;
    const std::size_t sp = name.rfind(' ');
    surnames.emplace(sp == std::string::npos ? name : name.substr(sp + 1), i);
  }
  for (std::size_t i = 0; i < w.size() && !surnames.empty(); ++i) {
    if (res.person_word[i] || !w.items[i].capitalized) continue;
    auto it = surnames.find(std::string(w.str(i)));
    if (it == surnames.end()) continue;
    // not when it is part of another capitalized name ("Ma Huateng" is someone else,
    // "Miller Kaplan" and "Harbeson, Fletcher & Bateh" are firms)
    if (i + 1 < w.size() && w.gap_after(i) == " " &&
        ((w.items[i + 1].capitalized && !w.items[i + 1].title_line) || w.str(i + 1) == "&"))
      continue;
    if (i > 0 && w.gap_after(i - 1) == " " && !w.items[i - 1].possessive() &&
        ((w.items[i - 1].capitalized && !w.items[i - 1].title_line &&
          !w.items[i - 1].sentence_start && !title_word(w.str(i - 1))) ||
         w.str(i - 1) == "&"))
      continue;
    if (i > 0 && w.gap_after(i - 1) == ", " && i + 1 < w.size() && w.gap_after(i) == " " &&
        w.str(i + 1) == "&")
      continue;
    Person& p = res.people[it->second];
    p.mentions.push_back({w.items[i].start, w.items[i].end});
    res.person_word[i] = true;
  }
  for (Person& p : res.people) {
    std::sort(p.mentions.begin(), p.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.start < b.start; });
    const std::size_t sp = p.name.rfind(' ');
    if (sp != std::string::npos && p.mentions.size() > 1) {
      const std::string surname = p.name.substr(sp + 1);
      for (const Mention& m : p.mentions) {
        if (w.text.substr(m.start, m.end - m.start) == surname) {
          p.aliases.push_back(surname);
          break;
        }
      }
    }
  }
  return res;
}

}  // namespace finlens::people
