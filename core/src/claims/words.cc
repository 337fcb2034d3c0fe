#include "claims/words.h"

#include <algorithm>
#include <unordered_map>

#include "util/scan.h"

namespace finlens::claims {
namespace {

using util::is_alnum;
using util::is_ascii_alpha;
using util::is_digit;

// Whether the multi-byte sequence `seq` stands at i (the first byte decides most cases).
bool is_u8(std::string_view s, std::size_t i, std::string_view seq) {
  return i < s.size() && s[i] == seq[0] && s.substr(i, seq.size()) == seq;
}

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C", kRightDouble = "\xE2\x80\x9D",
                           kLowDouble = "\xE2\x80\x9E", kLeftSingle = "\xE2\x80\x98",
                           kRightSingle = "\xE2\x80\x99", kEnDash = "\xE2\x80\x93",
                           kEmDash = "\xE2\x80\x94", kEllipsis = "\xE2\x80\xA6";

// Length of a quotation mark at i (0 if none). ’ and ' inside a word are apostrophes.
std::size_t quote_mark(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c == '"' || c == '\'' ? 1 : 0;
  if (c == 0xE2 &&
      (is_u8(s, i, kLeftDouble) || is_u8(s, i, kRightDouble) || is_u8(s, i, kLowDouble) ||
       is_u8(s, i, kLeftSingle) || is_u8(s, i, kRightSingle)))
    return 3;
  if (c == 0xC2 && (is_u8(s, i, "\xC2\xAB") || is_u8(s, i, "\xC2\xBB"))) return 2;
  return 0;
}

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

bool keeps_period(std::string_view word) {
  // Initials, "U.S.", and abbreviations that end in a period but not a sentence.
  static const WordSet kAbbrev{"inc", "corp", "co",   "ltd",  "jr",   "sr",   "mr",  "mrs", "ms",
                               "dr",  "st",   "prof", "gen",  "sen",  "rep",  "gov", "no",  "vs",
                               "jan", "feb",  "mar",  "apr",  "jun",  "jul",  "aug", "sep", "sept",
                               "oct", "nov",  "dec",  "bros", "asst", "dept", "lt",  "col", "capt"};
  if (word.size() == 1 && util::is_upper(word[0])) return true;
  if (word.find('.') != std::string_view::npos) return true;
  return kAbbrev.contains(word);
}

}  // namespace

std::vector<Token> tokenize(std::string_view s, std::uint32_t from, std::uint32_t to) {
  std::vector<Token> out;
  std::size_t i = from;
  std::size_t end = std::min<std::size_t>(to, s.size());
  // a window cut by byte count must not cut a character: its last word would not be UTF-8
  while (end > i && end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  auto push = [&](std::size_t a, std::size_t b, Token::Kind k) {
    out.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), k});
  };
  while (i < end) {
    const char c = s[i];
    if (c == ' ' || c == '\n' || c == '[' || c == ']') {
      ++i;
      continue;
    }
    if (const std::size_t q = quote_mark(s, i); q != 0) {
      push(i, i + q, Token::quote);
      i += q;
      continue;
    }
    if (c == '(') {
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
    if (c == ',') {
      push(i, i + 1, Token::comma);
      ++i;
      continue;
    }
    if (c == ':') {
      push(i, i + 1, Token::colon);
      ++i;
      continue;
    }
    if (is_u8(s, i, kEnDash) || is_u8(s, i, kEmDash)) {
      push(i, i + 3, Token::dash);
      i += 3;
      continue;
    }
    if (c == '-' && (i + 1 >= end || s[i + 1] == ' ' || s[i + 1] == '-')) {
      std::size_t j = i;
      while (j < end && s[j] == '-') ++j;
      push(i, j, Token::dash);
      i = j;
      continue;
    }
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ')' || is_u8(s, i, kEllipsis) ||
        is_u8(s, i, "\xE3\x80\x82") || is_u8(s, i, "\xEF\xBC\x8C") || is_u8(s, i, "\xE3\x80\x81")) {
      const std::size_t n = static_cast<unsigned char>(c) >= 0x80 ? 3 : 1;
      push(i, i + n, Token::stop);
      i += n;
      continue;
    }
    // A word: everything up to a space or a mark that ends it.
    const std::size_t a = i;
    while (i < end) {
      const char d = s[i];
      if (d == ' ' || d == '\n' || d == ',' || d == ':' || d == ';' || d == '!' || d == '?' ||
          d == '(' || d == ')' || d == '[' || d == ']' || d == '"')
        break;
      const auto lead = static_cast<unsigned char>(d);
      if ((lead == 0xE2 || lead == 0xE3 || lead == 0xEF) &&
          (is_u8(s, i, kEnDash) || is_u8(s, i, kEmDash) || is_u8(s, i, kEllipsis) ||
           is_u8(s, i, kLeftDouble) || is_u8(s, i, kRightDouble) || is_u8(s, i, kLowDouble) ||
           is_u8(s, i, kLeftSingle) || is_u8(s, i, "\xE3\x80\x82") || is_u8(s, i, "\xEF\xBC\x8C") ||
           is_u8(s, i, "\xE3\x80\x81")))
        break;
      if (d == '\'' || is_u8(s, i, kRightSingle)) {
        const std::size_t len = d == '\'' ? 1 : 3;
        if (!apostrophe(s, i, len, a)) break;
        i += len;
        continue;
      }
      if (d == '.') {
        const bool inner = i + 1 < end && is_alnum(s[i + 1]);
        if (!inner && !keeps_period(s.substr(a, i - a))) break;
        ++i;
        continue;
      }
      ++i;
    }
    if (i == a) {  // a lone character no rule above took
      push(i, i + 1, Token::stop);
      ++i;
      continue;
    }
    push(a, i, Token::word);
  }
  // "1,000" and "4:21" were split at the comma or colon above: glue digit groups back.
  std::vector<Token> glued;
  glued.reserve(out.size());
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Token& t = out[k];
    if ((t.kind == Token::comma || t.kind == Token::colon) && !glued.empty() &&
        glued.back().kind == Token::word && glued.back().end == t.start && k + 1 < out.size() &&
        out[k + 1].kind == Token::word && out[k + 1].start == t.end && is_digit(s[t.start - 1]) &&
        is_digit(s[t.end])) {
      glued.back().end = out[k + 1].end;
      ++k;
      continue;
    }
    glued.push_back(t);
  }
  return glued;
}

WordSet::WordSet(std::initializer_list<std::string_view> words) : words_(words) {
  std::sort(words_.begin(), words_.end());
}

bool WordSet::contains(std::string_view word) const {
  if (word.empty() || word.size() > 40) return false;
  // lower-cased on the stack: this runs for every word of every sentence
  char buf[40];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::binary_search(words_.begin(), words_.end(), std::string_view(buf, word.size()));
}

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "'S"))
    return w.substr(0, w.size() - 2);
  if (w.size() > 3 && w.substr(w.size() - 3) == kRightSingle) return w.substr(0, w.size() - 3);
  if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
  return w;
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

Verb speech_verb(std::string_view w) {
  static const WordSet kSpeech{"said",      "says",     "say",      "told",   "tells",    "tell",
                               "stated",    "states",   "argued",   "argues", "insisted", "insists",
                               "contended", "contends", "asserted", "asserts"};
  static const WordSet kTalk{"added",      "adds",       "explained",    "explains",  "wrote",
                             "writes",     "warned",     "warns",        "cautioned", "stressed",
                             "emphasized", "emphasised", "acknowledged", "admitted",  "conceded",
                             "commented",  "comments",   "remarked",     "noted",     "notes",
                             "predicted",  "predicts",   "replied",      "replies",   "responded",
                             "answered",   "countered",  "observed",     "continued", "concluded",
                             "recalled",   "complained", "joked",        "quipped",   "enthused",
                             "boasted",    "asked",      "mused",        "laughed",   "maintained",
                             "maintains",  "declared",   "declares",     "claimed",   "claims"};
  static const WordSet kFinding{"reported",  "reports",   "report",    "revealed",  "reveals",
                                "estimated", "estimates", "estimate",  "announced", "announces",
                                "indicated", "indicates", "indicate",  "confirmed", "confirms",
                                "predict",   "disclosed", "discloses", "suggested", "suggests",
                                "suggest",   "forecast",  "forecasts", "projected", "showed",
                                "shows",     "show",      "found",     "finds"};
  static const WordSet kParticiple{
      "saying",     "adding",     "noting",     "stating",   "explaining", "writing",
      "telling",    "arguing",    "claiming",   "warning",   "insisting",  "commenting",
      "showing",    "suggesting", "indicating", "revealing", "reporting",  "predicting",
      "estimating", "announcing", "confirming"};
  // one table for the four sets, looked up once per word: this runs for every word read
  static const std::unordered_map<std::string_view, Verb> kVerbs = [] {
    std::unordered_map<std::string_view, Verb> m;
    for (const auto& [set, verb] :
         {std::pair{&kSpeech, Verb::speech}, std::pair{&kTalk, Verb::talk},
          std::pair{&kFinding, Verb::finding}, std::pair{&kParticiple, Verb::participle}}) {
      for (std::string_view word : set->words()) m.emplace(word, verb);
    }
    return m;
  }();
  if (w.size() < 3 || w.size() > 12) return Verb::none;
  char buf[12];
  for (std::size_t i = 0; i < w.size(); ++i)
    buf[i] = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
  auto it = kVerbs.find(std::string_view(buf, w.size()));
  return it == kVerbs.end() ? Verb::none : it->second;
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
      "voters",       "leaders",         "members",      "staff"};
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
                         "chairmen"};
  return k.contains(w);
}

bool evidence_noun(std::string_view w) {
  static const WordSet k{
      "analysis",  "analyses",   "estimates", "estimate",     "data",        "report",
      "statement", "statements", "survey",    "study",        "research",    "figures",
      "filing",    "filings",    "note",      "announcement", "release",     "documents",
      "results",   "scores",     "forecast",  "forecasts",    "projections", "calculations",
      "tally",     "poll",       "polls",     "assessment",   "review",      "findings",
      "numbers",   "statistics", "reports",   "projection",   "article",     "interview",
      "email",     "e-mail",     "emails",    "memo",         "letter"};
  return k.contains(w);
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
  static const WordSet k{"also",       "previously", "recently",     "later",      "further",
                         "earlier",    "then",       "again",        "separately", "additionally",
                         "reportedly", "allegedly",  "today",        "yesterday",  "now",
                         "initially",  "similarly",  "subsequently", "repeatedly", "publicly",
                         "privately",  "officially", "once",         "still",      "too",
                         "first",      "just",       "already",      "never",      "even",
                         "originally", "openly",     "late",         "early",      "last",
                         "tonight",    "however",    "meanwhile",    "instead",    "clearly"};
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
  if (kAux.contains(w)) return lower(prev) != "to";           // "claims to have seen"
  if (kPast.contains(w)) return !kNotSubject.contains(prev);  // "… when held in a certain way"
  const bool ed =
      w.size() >= 5 && w.substr(w.size() - 2) == "ed" && w.find('-') == std::string_view::npos;
  if (!ed || capitalized(w) || kAdjectival.contains(w)) return false;
  if (prev.empty() || kNotSubject.contains(prev)) return false;
  return next != "by";
}

}  // namespace finlens::claims
