#include "claims/words.h"

#include <algorithm>
#include <array>

#include "util/scan.h"

namespace finlens::claims {
namespace {

using util::is_alnum;
using util::is_ascii_alpha;
using util::is_digit;

constexpr std::string_view kRightSingle = "\xE2\x80\x99";

// The marks the tokenizer reads that take more than one byte. They all start with 0xC2,
// 0xE2, 0xE3 or 0xEF, so only those bytes need a closer look.
enum class Mark : std::uint8_t {
  none,
  left_double,   // “
  right_double,  // ”
  low_double,    // „
  left_single,   // ‘
  right_single,  // ’ (also an apostrophe)
  guillemet,     // « »
  en_dash,       // –
  em_dash,       // —
  ellipsis,      // …
  ideographic,   // 。 ， 、
};

// The mark at i (Mark::none if none). Reads s, not the window: a window never cuts a
// character, so a mark that starts in it ends in it.
Mark mark_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2) {
    if (i + 1 >= s.size()) return Mark::none;
    const auto d = static_cast<unsigned char>(s[i + 1]);
    return d == 0xAB || d == 0xBB ? Mark::guillemet : Mark::none;
  }
  if (i + 2 >= s.size()) return Mark::none;
  const auto d = static_cast<unsigned char>(s[i + 1]), e = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xE2 && d == 0x80) {
    switch (e) {
      case 0x9C:
        return Mark::left_double;
      case 0x9D:
        return Mark::right_double;
      case 0x9E:
        return Mark::low_double;
      case 0x98:
        return Mark::left_single;
      case 0x99:
        return Mark::right_single;
      case 0x93:
        return Mark::en_dash;
      case 0x94:
      case 0x95:  // ― (horizontal bar, used as a dash before a name)
        return Mark::em_dash;
      case 0xA6:
        return Mark::ellipsis;
      default:
        return Mark::none;
    }
  }
  if (c == 0xE3 && d == 0x80 && (e == 0x82 || e == 0x81)) return Mark::ideographic;  // 。 、
  if (c == 0xEF && d == 0xBC && e == 0x8C) return Mark::ideographic;                 // ，
  return Mark::none;
}

// What a token starting with a byte is; one table lookup instead of a dozen comparisons
// per byte (the tokenizer reads every sentence several times).
enum class Start : std::uint8_t { word, space, quote, open, comma, colon, hyphen, stop, multi };

constexpr std::array<Start, 256> kStarts = [] {
  std::array<Start, 256> t{};
  for (unsigned char c : {' ', '\n', '[', ']'}) t[c] = Start::space;
  t['"'] = t['\''] = Start::quote;
  t['('] = Start::open;
  t[','] = Start::comma;
  t[':'] = Start::colon;
  t['-'] = Start::hyphen;
  for (unsigned char c : {'.', '!', '?', ';', ')'}) t[c] = Start::stop;
  for (unsigned c : {0xC2u, 0xE2u, 0xE3u, 0xEFu}) t[c] = Start::multi;
  return t;
}();

// What a byte does inside a word: most bytes go on; a few end the word, and an
// apostrophe, a period and a mark's first byte need a look at what surrounds them.
enum class Inner : std::uint8_t { go, end, apostrophe, period, multi };

constexpr std::array<Inner, 256> kInner = [] {
  std::array<Inner, 256> t{};
  for (unsigned char c : {' ', '\n', ',', ':', ';', '!', '?', '(', ')', '[', ']', '"'})
    t[c] = Inner::end;
  t['\''] = Inner::apostrophe;
  t['.'] = Inner::period;
  for (unsigned c : {0xE2u, 0xE3u, 0xEFu}) t[c] = Inner::multi;  // not 0xC2: « » stay inside
  return t;
}();

// An apostrophe continues the word: "they’re", "Alibaba’s", "investors’ ", "O' Leary".
bool apostrophe(std::string_view s, std::size_t i, std::size_t len, std::size_t word_start) {
  if (i == word_start) return false;
  const char prev = s[i - 1];
  if (!is_alnum(prev)) return false;
  const std::size_t n = i + len;
  if (n < s.size() && (is_ascii_alpha(s[n]) || static_cast<unsigned char>(s[n]) >= 0xC0))
    return true;
  // "O' Leary" as a tokenizer left it
  if (i - word_start == 1 && util::is_upper(prev) && n + 1 < s.size() && s[n] == ' ' &&
      util::is_upper(s[n + 1]))
    return true;
  return prev == 's' || prev == 'S';
}

}  // namespace

bool state_abbreviation(std::string_view w) {
  // US states as news writes them ("Allentown, Pa., said")
  static const WordSet k{"ala",  "ariz", "ark", "calif", "colo", "conn", "del",  "fla",
                         "ga",   "ill",  "ind", "kan",   "ky",   "md",   "mass", "mich",
                         "minn", "miss", "mo",  "mont",  "neb",  "nev",  "okla", "ore",
                         "pa",   "tenn", "tex", "va",    "vt",   "wash", "wis",  "wyo"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return k.contains(w);
}

namespace {

bool keeps_period(std::string_view word) {
  // Initials, "U.S.", and abbreviations that end in a period but not a sentence.
  static const WordSet kAbbrev{"inc", "corp", "co",   "ltd",  "jr",   "sr",   "mr",  "mrs", "ms",
                               "dr",  "st",   "prof", "gen",  "sen",  "rep",  "gov", "no",  "vs",
                               "jan", "feb",  "mar",  "apr",  "jun",  "jul",  "aug", "sep", "sept",
                               "oct", "nov",  "dec",  "bros", "asst", "dept", "lt",  "col", "capt"};
  if (word.size() == 1 && util::is_upper(word[0])) return true;
  if (word.find('.') != std::string_view::npos) return true;
  // ("D-Ore.", "R-Pa.": a party and a state after a lawmaker's name)
  if (word.size() > 2 && word[1] == '-' && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') &&
      state_abbreviation(word.substr(2)))
    return true;
  return kAbbrev.contains(word) || state_abbreviation(word);
}

// The end of the word that starts at a: everything up to a space or a mark that ends it.
std::size_t word_end(std::string_view s, std::size_t a, std::size_t end) {
  std::size_t i = a;
  while (true) {
    while (i < end && kInner[static_cast<unsigned char>(s[i])] == Inner::go) ++i;
    if (i == end) break;
    const Inner kind = kInner[static_cast<unsigned char>(s[i])];
    if (kind == Inner::end) break;
    if (kind == Inner::period) {
      const bool inner = i + 1 < end && is_alnum(s[i + 1]);
      if (!inner && !keeps_period(s.substr(a, i - a))) break;
      ++i;
      continue;
    }
    std::size_t len = 1;  // an apostrophe: ' or ’
    if (kind == Inner::multi) {
      const Mark m = mark_at(s, i);
      if (m == Mark::none) {
        ++i;
        continue;
      }
      if (m != Mark::right_single) break;  // dashes, quotation marks, stops
      len = 3;
    }
    if (!apostrophe(s, i, len, a)) break;
    i += len;
  }
  return i;
}

// "1,000" and "4:21" are split at the comma or colon: the word that ends at `b` glues
// back onto the digit group before the mark.
bool glue_digits(std::string_view s, std::vector<Token>& out, std::size_t first, std::size_t a,
                 std::size_t b) {
  if (!is_digit(s[a])) return false;  // most words: one look
  const std::size_t n = out.size();
  if (n < first + 2) return false;  // only this window's tokens
  const Token& mark = out[n - 1];
  Token& prev = out[n - 2];
  if ((mark.kind != Token::comma && mark.kind != Token::colon) || mark.end != a ||
      prev.kind != Token::word || prev.end != mark.start || !is_digit(s[mark.start - 1]) ||
      !is_digit(s[a]))
    return false;
  prev.end = static_cast<std::uint32_t>(b);
  out.pop_back();
  return true;
}

}  // namespace

void append_tokens(std::string_view s, std::uint32_t from, std::uint32_t to,
                   std::vector<Token>& out) {
  const std::size_t first = out.size();
  std::size_t i = from;
  std::size_t end = std::min<std::size_t>(to, s.size());
  // a window cut by byte count must not cut a character: its last word would not be UTF-8
  while (end > i && end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  auto push = [&](std::size_t a, std::size_t b, Token::Kind k) {
    out.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), k});
  };
  while (i < end) {
    const char c = s[i];
    switch (kStarts[static_cast<unsigned char>(c)]) {
      case Start::space:
        ++i;
        continue;
      case Start::quote:
        push(i, i + 1, Token::quote);
        ++i;
        continue;
      case Start::open: {
        const std::size_t close = s.substr(i, std::min<std::size_t>(80, end - i)).find(')');
        if (close == std::string_view::npos) {
          push(i, i + 1, Token::stop);
          ++i;
        } else {
          push(i, i + close + 1, Token::paren);
          i += close + 1;
        }
        continue;
      }
      case Start::comma:
        push(i, i + 1, Token::comma);
        ++i;
        continue;
      case Start::colon:
        push(i, i + 1, Token::colon);
        ++i;
        continue;
      case Start::hyphen:
        if (i + 1 >= end || s[i + 1] == ' ' || s[i + 1] == '-') {
          std::size_t j = i;
          while (j < end && s[j] == '-') ++j;
          push(i, j, Token::dash);
          i = j;
          continue;
        }
        break;  // a hyphen inside a word
      case Start::stop:
        push(i, i + 1, Token::stop);
        ++i;
        continue;
      case Start::multi:
        switch (mark_at(s, i)) {
          case Mark::guillemet:
          case Mark::left_double:
          case Mark::right_double:
          case Mark::low_double:
          case Mark::left_single:
          case Mark::right_single: {
            const std::size_t n = c == '\xC2' ? 2 : 3;  // « » are two bytes
            push(i, i + n, Token::quote);
            i += n;
            continue;
          }
          case Mark::en_dash:
          case Mark::em_dash:
            push(i, i + 3, Token::dash);
            i += 3;
            continue;
          case Mark::ellipsis:
          case Mark::ideographic:
            push(i, i + 3, Token::stop);
            i += 3;
            continue;
          case Mark::none:
            break;
        }
        break;
      case Start::word:
        break;
    }
    const std::size_t a = i;
    i = word_end(s, a, end);
    if (i == a) {  // a lone character no rule above took
      push(i, i + 1, Token::stop);
      ++i;
      continue;
    }
    if (!glue_digits(s, out, first, a, i)) push(a, i, Token::word);
  }
}

void tokenize(std::string_view s, std::uint32_t from, std::uint32_t to, std::vector<Token>& out) {
  out.clear();
  const std::size_t end = std::min<std::size_t>(to, s.size());
  if (from < end) out.reserve((end - from) / 4 + 4);  // a token per 5 or 6 bytes in prose
  append_tokens(s, from, to, out);
}

void tokenize_from(std::string_view s, std::uint32_t from, std::uint32_t to,
                   std::span<const Token> around, std::vector<Token>& out) {
  auto before = [](const Token& t, std::uint32_t pos) { return t.start < pos; };
  const auto first = std::lower_bound(around.begin(), around.end(), from, before);
  auto last = std::lower_bound(first, around.end(), to + 1, before);  // starts by `to`
  auto after_space = [&](const Token& t) {
    return t.start > 0 && (s[t.start - 1] == ' ' || s[t.start - 1] == '\n');
  };
  while (last != first && !after_space(last[-1])) --last;
  bool spaces = last != first;  // only spaces before the first token
  for (std::uint32_t i = from; spaces && i < first->start; ++i)
    spaces = kStarts[static_cast<unsigned char>(s[i])] == Start::space;
  if (!spaces) {
    tokenize(s, from, to, out);
    return;
  }
  const auto boundary = last - 1;
  out.assign(first, boundary);
  append_tokens(s, boundary->start, to, out);
}

std::vector<std::uint32_t> stable_order(const std::vector<std::uint32_t>& keys) {
  std::vector<std::uint32_t> order(keys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  // (ties broken by position: the same order a stable sort gives)
  std::sort(order.begin(), order.end(), [&keys](std::uint32_t a, std::uint32_t b) {
    return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
  });
  return order;
}

std::vector<Token> tokenize(std::string_view s, std::uint32_t from, std::uint32_t to) {
  std::vector<Token> out;
  tokenize(s, from, to, out);
  return out;
}

namespace {

constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();

char lower_byte(char c) { return kLower[static_cast<unsigned char>(c)]; }

// A hash of a word (not empty) in lower case from its length and three of its letters:
// cheap for the many words looked up that are in no list, and words that share it are
// told apart by the comparison after it.
std::uint32_t hash_lower(std::string_view w) {
  const auto at = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(lower_byte(w[i])));
  };
  const std::size_t n = w.size();
  const std::uint32_t key =
      at(0) | at(n / 2) << 8 | at(n - 1) << 16 | static_cast<std::uint32_t>(n) << 24;
  return (key * 0x9E3779B1u) >> 16;
}

}  // namespace

WordTable::WordTable(std::vector<std::string_view> words) : words_(std::move(words)) {
  std::size_t size = 16;
  while (size < 4 * words_.size()) size *= 2;  // mostly empty: a miss ends at the first slot
  slots_.assign(size, 0);
  mask_ = static_cast<std::uint32_t>(size - 1);
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k];
    if (w.empty() || w.size() > kMaxWord || find(w) >= 0) continue;  // never found anyway
    lengths_ |= std::uint64_t{1} << w.size();
    std::uint32_t slot = hash_lower(w) & mask_;
    while (slots_[slot] != 0) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<std::uint16_t>(k + 1);
  }
}

int WordTable::find(std::string_view word) const {
  // (no listed word is empty: bit 0 is never set)
  if (word.size() > kMaxWord || (lengths_ >> word.size() & 1) == 0) return -1;
  for (std::uint32_t slot = hash_lower(word) & mask_; slots_[slot] != 0;
       slot = (slot + 1) & mask_) {
    const std::string_view w = words_[slots_[slot] - 1u];
    if (w.size() == word.size() && lower_equals(word, w)) return slots_[slot] - 1;
  }
  return -1;
}

WordSet::WordSet(std::initializer_list<std::string_view> words)
    : table_(std::vector<std::string_view>(words)) {}

bool lower_equals(std::string_view w, std::string_view want) {
  if (w.size() != want.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (lower_byte(w[i]) != want[i]) return false;
  }
  return true;
}

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = lower_byte(c);
  return out;
}

std::string_view strip_possessive(std::string_view w) {
  // Asked of most words, and most end in none of the endings' last bytes: the last byte
  // settles it before any comparison of several bytes.
  const std::size_t n = w.size();
  if (n < 2) return w;
  auto ends = [&](std::string_view tail) { return w.substr(n - tail.size()) == tail; };
  switch (w.back()) {
    case 's':
      if (n > 4 && ends("\xE2\x80\x99s")) return w.substr(0, n - 4);
      [[fallthrough]];
    case 'S':
      return n > 2 && w[n - 2] == '\'' ? w.substr(0, n - 2) : w;
    case '\x99':
      return n > 3 && ends(kRightSingle) ? w.substr(0, n - 3) : w;
    case '\'':
      return w.substr(0, n - 1);
    default:
      return w;
  }
}

bool is_possessive(std::string_view w) { return strip_possessive(w).size() != w.size(); }

bool capitalized(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals À..Þ (not ×)
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E && static_cast<unsigned char>(w[1]) != 0x97;
}

bool acronym(std::string_view w) {
  int letters = 0;
  for (char c : strip_possessive(w)) {
    if (util::is_lower(c)) return false;
    letters += util::is_upper(c);
  }
  return letters >= 2;
}

bool company_noun(std::string_view w) {
  static const WordSet k{"company",    "firm",         "group",     "automaker",   "carmaker",
                         "airline",    "carrier",      "bank",      "lender",      "insurer",
                         "retailer",   "manufacturer", "maker",     "chipmaker",   "airframer",
                         "giant",      "conglomerate", "startup",   "start-up",    "business",
                         "operator",   "brokerage",    "unit",      "subsidiary",  "utility",
                         "miner",      "developer",    "publisher", "corporation", "multinational",
                         "supplier",   "producer",     "provider",  "foundry",     "plane-maker",
                         "planemaker", "iphone-maker"};
  return k.contains(w);
}

bool source_noun(std::string_view w) {
  static const WordSet k{
      "analysts",     "experts",         "economists",   "officials",   "official",
      "sources",      "source",          "people",       "person",      "media",
      "reports",      "executives",      "investors",    "traders",     "observers",
      "strategists",  "insiders",        "critics",      "lawmakers",   "legislators",
      "regulators",   "authorities",     "researchers",  "scientists",  "diplomats",
      "bankers",      "representatives", "government",   "newspaper",   "newspapers",
      "agency",       "documents",       "filings",      "statement",   "polls",
      "survey",       "study",           "spokesman",    "spokeswoman", "spokesperson",
      "spokespeople", "administration",  "ministry",     "union",       "board",
      "police",       "court",           "prosecutors",  "group",       "coalition",
      "consortium",   "panel",           "team",         "committee",   "delegation",
      "politicians",  "employees",       "workers",      "unions",      "residents",
      "consumers",    "customers",       "shareholders", "bondholders", "creditors",
      "voters",       "leaders",         "members",      "staff",       "allies",
      "aides",        "advisers",        "advisors",     "supporters",  "backers",
      "opponents",    "advocates",       "activists",    "donors",      "delegates",
      "organizers",   "pollsters",       "surrogates",   "scholars",    "academics",
      "operatives",   "strategist",      "adviser",      "aide",        "ally"};
  return k.contains(w) || title_word(w);
}

bool title_word(std::string_view w) {
  static const WordSet k{"ceo",
                         "cfo",
                         "coo",
                         "cto",
                         "chairman",
                         "chairwoman",
                         "chairperson",
                         "chair",
                         "president",
                         "director",
                         "analyst",
                         "economist",
                         "spokesman",
                         "spokeswoman",
                         "spokesperson",
                         "executive",
                         "officer",
                         "chief",
                         "head",
                         "founder",
                         "co-founder",
                         "cofounder",
                         "manager",
                         "secretary",
                         "minister",
                         "senator",
                         "representative",
                         "governor",
                         "mayor",
                         "professor",
                         "strategist",
                         "trader",
                         "partner",
                         "researcher",
                         "lawyer",
                         "attorney",
                         "judge",
                         "editor",
                         "writer",
                         "reporter",
                         "journalist",
                         "correspondent",
                         "commentator",
                         "adviser",
                         "advisor",
                         "consultant",
                         "deputy",
                         "treasurer",
                         "general",
                         "mr",
                         "mrs",
                         "ms",
                         "dr",
                         "mr.",
                         "mrs.",
                         "ms.",
                         "dr.",
                         "sen.",
                         "rep.",
                         "gov.",
                         "prime",
                         "premier",
                         "chancellor",
                         "commissioner",
                         "administrator",
                         "leader",
                         "engineer",
                         "scientist",
                         "principal",
                         "undersecretary",
                         "vice-president",
                         "vp",
                         "md",
                         "expert",
                         "investor",
                         "founder",
                         "owner",
                         "boss",
                         "spokesperson",
                         "economists",
                         "analysts",
                         "chairmen",
                         "mp",
                         "mps",
                         "mep",
                         "councillor",
                         "councilor",
                         "lawmaker",
                         "legislator",
                         "realtor",
                         "broker",
                         "banker"};
  return k.contains(w);
}

// "Perth-based", "Hong Kong-listed", "state-owned": a compound adjective, no name.
bool compound_adjective(std::string_view w) {
  static constexpr std::string_view kTails[] = {
      "-based",      "-listed", "-owned", "-backed", "-born",      "-headquartered",
      "-registered", "-made",   "-led",   "-run",    "-controlled"};
  for (std::string_view t : kTails) {
    if (w.size() > t.size() && lower_equals(w.substr(w.size() - t.size()), t)) return true;
  }
  return false;
}

// Nouns of saying and believing that take a that-clause after an owner: "his warning that
// …", "the bank's view that …" (the owner holds the claim).
bool claim_noun(std::string_view w) {
  static const WordSet k{
      "claim",      "suggestion", "assertion",   "argument",     "warning",     "allegation",
      "insistence", "belief",     "view",        "fear",         "fears",       "concern",
      "promise",    "pledge",     "prediction",  "forecast",     "estimate",    "contention",
      "complaint",  "admission",  "statement",   "remark",       "remarks",     "charge",
      "accusation", "hope",       "expectation", "expectations", "vow",         "threat",
      "conclusion", "finding",    "message",     "position",     "denial",      "assurance",
      "suspicion",  "guess",      "bet",         "announcement", "explanation", "proposal"};
  return k.contains(w);
}

// Social networks and video sites, where statements are posted: "his Twitter followers",
// "a Facebook post" name the place, not a speaker.
bool platform_word(std::string_view w) {
  static const WordSet k{"twitter",  "facebook", "instagram", "youtube",  "tiktok",
                         "linkedin", "reddit",   "snapchat",  "whatsapp", "telegram",
                         "bluesky",  "weibo",    "wechat",    "substack"};
  return k.contains(w);
}

bool evidence_noun(std::string_view w) {
  static const WordSet k{
      "analysis",  "analyses",      "estimates",  "estimate",     "data",        "report",
      "statement", "statements",    "survey",     "study",        "research",    "figures",
      "filing",    "filings",       "note",       "announcement", "release",     "documents",
      "results",   "scores",        "forecast",   "forecasts",    "projections", "calculations",
      "tally",     "poll",          "polls",      "assessment",   "review",      "findings",
      "numbers",   "statistics",    "reports",    "projection",   "article",     "interview",
      "email",     "e-mail",        "emails",     "memo",         "letter",      "polling",
      "count",     "records",       "transcript", "documents",    "book",        "memoir",
      "website",   "video",         "footage",    "photos",       "images",      "evidence",
      "surveys",   "studies",       "analyses",   "models",       "files",       "papers",
      "tweet",     "tweets",        "ruling",     "complaint",    "lawsuit",     "indictment",
      "affidavit", "testimony",     "minutes",    "logs",         "disclosures", "audit",
      "audits",    "investigation", "inquiry",    "exit"};
  return k.contains(w);
}

bool common_noun(std::string_view w) {
  if (w.empty() || capitalized(w) || w.size() > 30) return false;
  if (util::is_digit(w[0])) return true;  // "47%", "1,000"
  for (char c : w) {
    if (!(util::is_lower(c) || c == '-' || c == '%')) return false;
  }
  if ((w.size() < 3 && w != "ad") || function_word(w) || ends_phrase(w) || adverb(w) ||
      preposition(w) || pronoun(w))
    return false;
  // "recently", "widely" are adverbs; a few nouns end so too
  static const WordSet kLyNouns{"family",  "assembly", "rally", "tally", "ally",    "supply",
                                "anomaly", "monopoly", "bully", "reply", "duopoly", "oligopoly"};
  return !(w.size() > 4 && w.substr(w.size() - 2) == "ly") || kLyNouns.contains(w);
}

bool quantity_word(std::string_view w) {
  static const WordSet k{"one",         "two",      "three",      "four",           "five",
                         "six",         "seven",    "eight",      "nine",           "ten",
                         "eleven",      "twelve",   "twenty",     "thirty",         "forty",
                         "fifty",       "sixty",    "seventy",    "eighty",         "ninety",
                         "hundred",     "hundreds", "dozens",     "thousands",      "half",
                         "third",       "thirds",   "quarter",    "quarters",       "percent",
                         "majority",    "minority", "several",    "many",           "most",
                         "some",        "others",   "few",        "both",           "all",
                         "none",        "dozen",    "two-thirds", "three-quarters", "one-third",
                         "one-quarter", "per",      "cent"};
  if (w.empty()) return false;
  if (util::is_digit(w[0])) return true;
  if (k.contains(w)) return true;
  // "twenty-four", "Twenty-five"
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && k.contains(w.substr(0, dash)) &&
         k.contains(w.substr(dash + 1));
}

bool participle_form(std::string_view w) {
  static const WordSet kShort{"led", "run", "held", "known", "born", "seen", "paid", "hired"};
  if (w.empty() || capitalized(w) || speech_verb(w) != Verb::none) return false;
  if (kShort.contains(w)) return true;
  const bool ed = w.size() >= 5 && w.substr(w.size() - 2) == "ed";
  const bool ing = w.size() >= 6 && w.substr(w.size() - 3) == "ing";
  return (ed || ing) &&
         w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos;
}

bool plural_noun(std::string_view w) {
  if (w.size() < 5 || w.back() != 's' || !common_noun(w)) return false;
  const std::string_view end = w.substr(w.size() - 2);
  return end != "ss" && end != "us" && end != "is";
}

bool pronoun(std::string_view w) {
  static const WordSet k{"he", "she", "they", "we", "i", "it"};
  return k.contains(w);
}

bool ends_phrase(std::string_view w) {
  static const WordSet k{
      "after",   "as",      "while",   "when",      "whereas",   "because",   "since",   "although",
      "though",  "if",      "unless",  "until",     "before",    "once",      "that",    "which",
      "who",     "whom",    "whose",   "where",     "whether",   "but",       "or",      "nor",
      "so",      "than",    "yet",     "is",        "are",       "was",       "were",    "be",
      "been",    "being",   "has",     "have",      "had",       "do",        "does",    "did",
      "will",    "would",   "can",     "could",     "should",    "may",       "might",   "must",
      "shall",   "not",     "to",      "according", "amid",      "despite",   "during",  "into",
      "onto",    "upon",    "via",     "per",       "over",      "under",     "against", "between",
      "within",  "without", "toward",  "towards",   "then",      "there",     "here",    "rose",
      "fell",    "grew",    "made",    "took",      "got",       "came",      "went",    "saw",
      "became",  "began",   "hit",     "cut",       "put",       "set",       "kept",    "held",
      "won",     "sold",    "bought",  "paid",      "sent",      "built",     "spent",   "brought",
      "expects", "plans",   "intends", "wants",     "aims",      "hopes",     "seeks",   "believes",
      "thinks",  "remains", "seems",   "appears",   "continues", "given",     "taken",   "written",
      "shown",   "known",   "chosen",  "driven",    "spoken",    "seen",      "if",      "because",
      "whilst",  "thus",    "hence",   "therefore", "however",   "meanwhile", "also",    "while",
      "though",  "even",    "just",    "only",      "both",      "either",    "neither"};
  if (k.contains(w)) return true;
  if (speech_verb(w) != Verb::none) return true;
  // Other verb forms: "-ed" and "-ing" words, but not the ones that sit inside a
  // source's description ("people briefed on the matter", "managing director").
  static const WordSet kKeep{
      "briefed",   "involved",  "acquainted",    "informed",    "unnamed",    "named",
      "concerned", "related",   "based",         "listed",      "registered", "owned",
      "backed",    "retired",   "unidentified",  "authorized",  "authorised", "appointed",
      "elected",   "including", "leading",       "emerging",    "existing",   "remaining",
      "outgoing",  "incoming",  "banking",       "investing",   "consulting", "accounting",
      "trading",   "marketing", "manufacturing", "engineering", "publishing", "rating",
      "managing",  "operating", "acting",        "founding",    "polling",    "advertising",
      "shipping",  "mining",    "lending",       "computing",   "financing",  "king",
      "thing",     "bring",     "spring",        "ring",        "red",        "bed",
      "need",      "feed",      "seed",          "speed",       "breed",      "shed",
      "greed",     "hundred",   "united",        "ted",         "ned",        "fred",
      "ed",        "media",     "billing",       "ping"};
  const bool ed = w.size() >= 4 && w.substr(w.size() - 2) == "ed";
  const bool ing = w.size() >= 5 && w.substr(w.size() - 3) == "ing";
  if ((ed || ing) && !capitalized(w) && w.find('-') == std::string_view::npos && !kKeep.contains(w))
    return true;
  return false;
}

bool preposition(std::string_view w) {
  static const WordSet k{"of", "in",        "at",    "for",  "from",  "with",     "by",
                         "on", "including", "among", "like", "about", "familiar", "close"};
  return k.contains(w);
}

bool adverb(std::string_view w) {
  static const WordSet k{
      "also",         "previously",    "recently",    "later",        "further",    "earlier",
      "then",         "again",         "separately",  "additionally", "reportedly", "allegedly",
      "today",        "yesterday",     "now",         "initially",    "similarly",  "subsequently",
      "repeatedly",   "publicly",      "privately",   "officially",   "once",       "still",
      "too",          "first",         "just",        "already",      "never",      "even",
      "originally",   "openly",        "late",        "early",        "last",       "tonight",
      "however",      "meanwhile",     "instead",     "clearly",      "almost",     "nearly",
      "roughly",      "approximately", "always",      "often",        "long",       "nevertheless",
      "nonetheless",  "moreover",      "furthermore", "indeed",       "overall",    "likewise",
      "otherwise",    "regardless",    "besides",     "thus",         "therefore",  "hence",
      "consequently", "finally"};
  return k.contains(w);
}

bool function_word(std::string_view w) {
  static const WordSet k{
      "the",        "a",         "an",        "this",        "that",      "these",
      "those",      "it",        "its",       "their",       "his",       "her",
      "our",        "my",        "your",      "such",        "some",      "many",
      "other",      "both",      "all",       "each",        "several",   "most",
      "few",        "no",        "any",       "another",     "in",        "on",
      "at",         "for",       "from",      "with",        "by",        "of",
      "to",         "as",        "after",     "before",      "since",     "while",
      "when",       "however",   "but",       "and",         "or",        "so",
      "still",      "yet",       "also",      "meanwhile",   "currently", "last",
      "next",       "despite",   "although",  "though",      "if",        "over",
      "under",      "adding",    "according", "furthermore", "moreover",  "additionally",
      "separately", "earlier",   "later",     "then",        "there",     "here",
      "what",       "why",       "how",       "who",         "where",     "which",
      "nearly",     "about",     "around",    "more",        "less",      "we",
      "they",       "he",        "she",       "i",           "you",       "one",
      "two",        "three",     "four",      "five",        "six",       "seven",
      "eight",      "nine",      "ten",       "shares",      "stocks",    "key",
      "background", "news",      "summary",   "photo",       "until",     "during",
      "amid",       "within",    "because",   "now",         "today",     "yesterday",
      "analysts",   "investors", "experts",   "officials",   "sources",   "reports",
      "people",     "market",    "markets",   "particular",  "whether",   "long-term",
      "short-term", "chinese",   "american",  "global",      "not",       "rather",
      "instead",    "whereas",   "unlike",    "like",        "speaking",  "monday",
      "tuesday",    "wednesday", "thursday",  "friday",      "saturday",  "sunday",
      "january",    "february",  "march",     "april",       "june",      "july",
      "august",     "september", "october",   "november",    "december"};
  return k.contains(w);
}

bool place_word(std::string_view w) {
  static const WordSet k{"china",    "chinese",    "us",        "u.s.",          "u.s",
                         "usa",      "america",    "american",  "hong",          "kong",
                         "japan",    "japanese",   "taiwan",    "taiwanese",     "korea",
                         "korean",   "south",      "north",     "east",          "west",
                         "european", "europe",     "british",   "britain",       "uk",
                         "u.k.",     "german",     "germany",   "french",        "france",
                         "india",    "indian",     "singapore", "australian",    "australia",
                         "canadian", "canada",     "global",    "international", "national",
                         "new",      "asia",       "asian",     "pacific",       "beijing",
                         "shanghai", "washington", "tokyo",     "london",        "wall",
                         "federal",  "state",      "united",    "italian",       "italy",
                         "russian",  "russia",     "swiss",     "dutch",         "spanish",
                         "mexican",  "brazilian",  "irish",     "israeli",       "saudi",
                         "middle",   "world",      "central",   "royal",         "general"};
  return k.contains(strip_possessive(w));
}

bool group_word(std::string_view w) {
  static const WordSet k{
      "muslim",       "muslims",       "christian",   "christians",   "jewish",      "jew",
      "jews",         "catholic",      "catholics",   "protestant",   "evangelical", "evangelicals",
      "hindu",        "hindus",        "buddhist",    "sikh",         "mormon",      "mormons",
      "hispanic",     "hispanics",     "latino",      "latinos",      "latina",      "latinas",
      "arab",         "arabs",         "african",     "africans",     "asian",       "asians",
      "european",     "europeans",     "democrat",    "democrats",    "republican",  "republicans",
      "conservative", "conservatives", "liberal",     "liberals",     "progressive", "progressives",
      "libertarian",  "libertarians",  "independent", "independents", "socialist",   "socialists",
      "communist",    "communists",    "americans",   "canadians",    "britons",     "chinese",
      "israeli",      "israelis",      "palestinian", "palestinians", "iranian",     "iranians",
      "syrian",       "syrians",       "iraqi",       "iraqis",       "mexican",     "mexicans",
      "cuban",        "cubans",        "russian",     "russians",     "ukrainian",   "ukrainians",
      "white",        "black",         "millennials", "boomers"};
  return k.contains(strip_possessive(w));
}

bool organization_word(std::string_view w) {
  static const WordSet k{"inc",
                         "inc.",
                         "corp",
                         "corp.",
                         "corporation",
                         "co",
                         "co.",
                         "company",
                         "ltd",
                         "ltd.",
                         "limited",
                         "group",
                         "holdings",
                         "holding",
                         "plc",
                         "llc",
                         "ag",
                         "sa",
                         "nv",
                         "se",
                         "bank",
                         "airlines",
                         "airways",
                         "motors",
                         "technologies",
                         "technology",
                         "systems",
                         "partners",
                         "capital",
                         "securities",
                         "research",
                         "media",
                         "news",
                         "agency",
                         "times",
                         "journal",
                         "post",
                         "daily",
                         "press",
                         "reuters",
                         "bloomberg",
                         "network",
                         "networks",
                         "pro",
                         "cloud",
                         "force",
                         "government",
                         "ministry",
                         "department",
                         "commission",
                         "office",
                         "council",
                         "bureau",
                         "administration",
                         "exchange",
                         "association",
                         "union",
                         "institute",
                         "university",
                         "fund",
                         "trust",
                         "investments",
                         "management",
                         "advisors",
                         "advisers",
                         "analytics",
                         "insights",
                         "intelligence",
                         "electronics",
                         "semiconductor",
                         "semiconductors",
                         "industries",
                         "industry",
                         "energy",
                         "pharmaceuticals",
                         "labs",
                         "laboratories",
                         "foundation",
                         "board",
                         "committee",
                         "authority",
                         "court",
                         "service",
                         "services",
                         "broadcasting",
                         "television",
                         "tv",
                         "radio",
                         "magazine",
                         "newspaper",
                         "herald",
                         "tribune",
                         "gazette",
                         "review",
                         "wire",
                         "economist",
                         "information",
                         "telegraph",
                         "guardian",
                         "insider",
                         "observer",
                         "street",
                         "markets",
                         "financial",
                         "communications",
                         "motor",
                         "automotive",
                         "aerospace",
                         "software",
                         "solutions",
                         "platforms",
                         "ventures",
                         "studios",
                         "entertainment",
                         "pictures",
                         "stores",
                         "brands",
                         "foods",
                         "products",
                         "resources",
                         "mining",
                         "oil",
                         "gas",
                         "petroleum",
                         "steel",
                         "chemicals",
                         "pharma",
                         "biotech",
                         "therapeutics",
                         "health",
                         "healthcare",
                         "insurance",
                         "assurance",
                         "finance",
                         "credit",
                         "lending",
                         "payments",
                         "railways",
                         "railway",
                         "shipping",
                         "logistics",
                         "telecom",
                         "telecommunications",
                         "mobile",
                         "wireless",
                         "semiconductor",
                         "chips",
                         "devices",
                         "instruments",
                         "electric",
                         "power",
                         "utilities",
                         "air",
                         "weekly",
                         "online",
                         "digital",
                         "cnbc",
                         "bbc",
                         "cnn",
                         "npr",
                         "abc",
                         "nbc",
                         "cbs",
                         "afp",
                         "ap",
                         "xinhua",
                         "nikkei",
                         "kyodo",
                         "yonhap"};
  return k.contains(strip_possessive(w));
}

bool finite_verb(std::string_view prev, std::string_view w, std::string_view next) {
  static const WordSet kAux{"is",      "are",    "was",     "were",   "has",    "have",
                            "had",     "will",   "would",   "can",    "could",  "may",
                            "might",   "should", "must",    "shall",  "does",   "did",
                            "do",      "won't",  "can't",   "isn't",  "wasn't", "aren't",
                            "weren't", "hasn't", "haven't", "didn't", "doesn't"};
  static const WordSet kPast{
      "rose",     "fell",    "grew",       "saw",      "made",    "took",   "came",   "went",
      "got",      "gave",    "became",     "began",    "left",    "lost",   "won",    "sold",
      "bought",   "paid",    "kept",       "held",     "led",     "met",    "ran",    "built",
      "spent",    "sent",    "brought",    "thought",  "found",   "hit",    "struck", "drew",
      "drove",    "beat",    "broke",      "chose",    "fought",  "knew",   "meant",  "slid",
      "stood",    "swung",   "understood", "wrote",    "told",    "said",   "sank",   "shrank",
      "overtook", "outsold", "underwent",  "withdrew", "remains", "remain", "plans",  "intends",
      "expects",  "aims"};
  static const WordSet kNotSubject{
      "a",       "an",           "the",      "and",        "or",      "of",     "in",
      "to",      "for",          "with",     "by",         "on",      "at",     "from",
      "its",     "their",        "his",      "her",        "our",     "be",     "been",
      "being",   "is",           "are",      "was",        "were",    "has",    "have",
      "had",     "newly",        "recently", "well",       "fully",   "widely", "highly",
      "closely", "previously",   "already",  "more",       "less",    "most",   "very",
      "not",     "increasingly", "heavily",  "internally", "jointly", "also",   "when",
      "if",      "once",         "as",       "while",      "than",    "though", "although",
      "unless",  "until",        "where",    "because"};
  static const WordSet kAdjectival{
      "compared",  "based",     "related",     "listed",     "owned",    "led",      "backed",
      "expected",  "planned",   "proposed",    "unexpected", "combined", "adjusted", "reported",
      "estimated", "projected", "anticipated", "scheduled",  "limited",  "detailed"};
  if (kAux.contains(w)) return !lower_equals(prev, "to");     // "claims to have seen"
  if (kPast.contains(w)) return !kNotSubject.contains(prev);  // "… when held in a certain way"
  const bool ed =
      w.size() >= 5 && w.substr(w.size() - 2) == "ed" && w.find('-') == std::string_view::npos;
  if (!ed || capitalized(w) || kAdjectival.contains(w)) return false;
  if (prev.empty() || kNotSubject.contains(prev)) return false;
  return next != "by";
}

}  // namespace finlens::claims
