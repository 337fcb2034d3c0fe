#include "claims/phrases.h"

#include <algorithm>
#include <array>

#include "claims/genders.h"
#include "names/gazetteer.h"
#include "util/scan.h"

namespace finlens::claims {
namespace {

using Toks = std::vector<Token>;

std::string_view text_of(std::string_view s, const Token& t) {
  return s.substr(t.start, t.end - t.start);
}

bool is_word(const Toks& toks, int k) {
  return k >= 0 && k < static_cast<int>(toks.size()) &&
         toks[static_cast<std::size_t>(k)].kind == Token::word;
}

std::string_view word_at(std::string_view s, const Toks& toks, int k) {
  return is_word(toks, k) ? text_of(s, toks[static_cast<std::size_t>(k)]) : std::string_view();
}

bool lower_is(std::string_view w, std::string_view want) {
  return !w.empty() && lower_equals(w, want);
}

// A token range [lo, hi).
struct Range {
  int lo = 0;
  int hi = 0;
  bool empty() const { return lo >= hi; }
};

// The words of a range joined as written, brackets left out: "Andy Wong (黃耀宗)" → "Andy Wong".
std::string join(std::string_view s, const Toks& toks, int lo, int hi) {
  std::string out;
  for (int k = lo; k < hi; ++k) {
    const Token& t = toks[static_cast<std::size_t>(k)];
    if (t.kind == Token::word) {
      if (!out.empty()) out += ' ';
      out += text_of(s, t);
    } else if (t.kind == Token::comma && !out.empty()) {
      out += ',';
    }
  }
  return out;
}

// Indexes of the word tokens in a range.
std::vector<int> words_in(const Toks& toks, Range r) {
  std::vector<int> w;
  if (r.empty()) return w;
  w.reserve(static_cast<std::size_t>(r.hi - r.lo));  // one allocation, not one per doubling
  for (int k = r.lo; k < r.hi; ++k) {
    if (toks[static_cast<std::size_t>(k)].kind == Token::word) w.push_back(k);
  }
  return w;
}

bool all_digits(std::string_view w) {
  if (w.empty() || w.size() > 3) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Every word capitalized but "of", "for", "and" ("Democratic National Committee", "Bank
// of Canada").
bool all_capitalized(std::string_view words) {
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    const std::string_view w = words.substr(i, j - i);
    if (!capitalized(w) && w != "of" && w != "for" && w != "and" && w != "&") return false;
    i = j + 1;
  }
  return true;
}

bool article(std::string_view w) {
  static const WordSet k{"the", "a", "an", "this", "its", "his", "her", "their", "our", "my"};
  return k.contains(w);
}

bool time_word(std::string_view w) {
  static const WordSet k{"week", "month",  "year",   "night",   "weekend", "spring", "summer",
                         "fall", "autumn", "winter", "quarter", "term",    "session"};
  return k.contains(w);
}

bool honorific(std::string_view w) {
  static const WordSet k{"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame"};
  return k.contains(w);
}

// A lower-case noun for someone who does something: negotiator, banker, lobbyist.
bool agent_noun(std::string_view w) {
  if (w.size() < 6 || capitalized(w)) return false;
  for (std::string_view end : {"or", "er", "ist", "ian", "ant"}) {
    if (w.substr(w.size() - end.size()) == end) return true;
  }
  return false;
}

SourceKind pronoun_kind(std::string_view w) {
  if (lower_equals(w, "he") || lower_equals(w, "she") || lower_equals(w, "i"))
    return SourceKind::person_pronoun;
  if (lower_equals(w, "they") || lower_equals(w, "we")) return SourceKind::group_pronoun;
  if (lower_equals(w, "it")) return SourceKind::thing_pronoun;
  return SourceKind::none;
}

// Where a name starts in w[first, n) after a title or a kind of company before it:
// "Northrop Grumman CEO Ron Sugar", "Secretary of the Air Force James Roche", "carmaker
// Renault SA". n when the phrase has no such split; `company` tells which kind it was.
std::size_t name_after_title(const std::vector<std::string_view>& w, std::size_t first,
                             bool* company) {
  const std::size_t n = w.size();
  // "Prime Minister John Howard and federal industry minister Ian MacDonald": two
  // people; the phrase stays whole.
  for (std::size_t i = first + 1; i + 1 < n; ++i) {
    if (lower_is(w[i], "and") && capitalized(w[i - 1]) && !title_word(w[i - 1]) &&
        !organization_word(w[i - 1])) {
      bool title_after = false;
      for (std::size_t j = i + 1; j < n; ++j) title_after = title_after || title_word(w[j]);
      if (title_after) return n;
    }
  }
  // The title nearest the end that has a name after it ("The … firm General Motors":
  // not "General", which has only "Motors" after it).
  for (std::size_t t = n - 1; t-- > first;) {
    if (!title_word(w[t]) && !company_noun(w[t])) continue;
    *company = company_noun(w[t]) && !title_word(w[t]);
    if (*company && capitalized(w[t])) continue;  // "Aer Lingus Group PLC": part of the name
    std::size_t from = t + 1;
    bool all_caps = true;
    for (std::size_t i = t + 1; i < n; ++i)
      all_caps = all_caps && capitalized(w[i]) && (*company || !title_word(w[i]));
    if (!all_caps || n - from > 4) {
      // A title whose description goes on before the name: only in a phrase that is a
      // name with its title ("Secretary of the Air Force James Roche"), not in a
      // lower-case description ("president and CEO of Boeing Commercial Airplanes").
      from = n;
      while (from > t + 1 && n - from < 3 && capitalized(w[from - 1]) &&
             !organization_word(w[from - 1]) && !title_word(w[from - 1]) &&
             !place_word(w[from - 1]))
        --from;
      // three words only around an initial ("Michael R. Golden")
      if (n - from == 3 && !(w[from + 1].size() == 2 && w[from + 1][1] == '.')) ++from;
      // one capitalized word after a long description is not a name, nor is a name
      // that is one of a group ("analysts including Alex Yao")
      // "… Chrysler LLC Jim Press": right after an organization or a title, a name
      const bool after_name = organization_word(w[from - 1]) || title_word(w[from - 1]);
      if (n - from < 2 || !(capitalized(w[from - 1]) || title_word(w[from - 1])) ||
          !(capitalized(w[first]) || after_name))
        continue;
    }
    bool ok = from < n;
    for (std::size_t i = from; i < n && ok; ++i)
      ok = capitalized(w[i]) && (*company || !organization_word(w[i]));
    if (ok) return from;
  }
  *company = false;
  return n;
}

// Turns a noun phrase into a Source (see phrases.h): finds its head, looks through
// evidence nouns to their source ("analysis from Nomura", "Nomura’s estimates"), takes
// a possessive place off a name ("Taiwan’s Central News Agency") and splits a title
// from the name after it ("Northrop Grumman CEO Ron Sugar").
Source make_source(std::string_view s, const Toks& toks, Range r) {
  Source src;
  while (r.lo < r.hi) {  // leading prepositions and conjunctions are not the phrase's
    const std::string_view w = word_at(s, toks, r.lo);
    // ("what Sroka called …": the subject is Sroka; "But Mr. Guerrero": Mr. Guerrero)
    if (!w.empty() &&
        !(lower_is(w, "and") || lower_is(w, "but") || lower_is(w, "yet") || lower_is(w, "what") ||
          lower_is(w, "whatever") || (preposition(w) && !capitalized(w))))
      break;
    ++r.lo;
  }
  while (r.hi > r.lo && toks[static_cast<std::size_t>(r.hi - 1)].kind == Token::comma) --r.hi;
  // ("Mrs. Lee herself said": the reflexive stresses the name; it is not part of it)
  if (r.hi - r.lo >= 2 && is_word(toks, r.hi - 1)) {
    static const WordSet kReflexive{"himself", "herself", "themselves", "itself"};
    if (kReflexive.contains(word_at(s, toks, r.hi - 1))) --r.hi;
  }
  const std::vector<int> words = words_in(toks, r);
  if (words.empty()) return src;
  {
    // "Pre-orders of the": a phrase cut off after a small word names nothing.
    const std::string_view last = word_at(s, toks, words.back());
    if (lower_equals(last, "the") || lower_equals(last, "a") || lower_equals(last, "an") ||
        (preposition(last) && !lower_equals(last, "including")))
      return src;
  }
  src.phrase_start = toks[static_cast<std::size_t>(words[0])].start;
  auto W = [&](std::size_t i) { return word_at(s, toks, words[i]); };
  const std::size_t n = words.size();
  {
    // "What Romney (has said)", "By the time those primaries", "Perhaps", "Wow": a
    // clause opener or an adverb names nobody
    static const WordSet kOpeners{"when", "where", "why",   "how",   "whether", "if",
                                  "by",   "once",  "until", "while", "unless"};
    static const WordSet kAlone{
        "perhaps",   "wow",        "oh",      "yes",     "no",        "well",      "ok",
        "okay",      "maybe",      "indeed",  "onetime", "sure",      "thanks",    "please",
        "hello",     "likewise",   "finally", "clearly", "certainly", "obviously", "notably",
        "similarly", "ultimately", "back",    "even",    "only",      "soon"};
    const std::string_view w0 = W(0);
    if (kOpeners.contains(w0) && (n > 1 || !capitalized(w0))) return src;
    // "At the debate Cole": a scene-setting phrase with no comma, then the subject
    static const WordSet kScene{"at",  "in",   "on",   "during", "after", "before", "since",
                                "for", "with", "from", "under",  "over",  "amid"};
    if (capitalized(w0) && kScene.contains(w0) && n > 2 && !lower_is(W(1), "least") &&
        !lower_is(W(1), "most")) {
      std::size_t i = n;
      while (i > 1 && capitalized(W(i - 1))) --i;
      if (i == n || i < 2 || capitalized(W(i - 1))) return src;
      return make_source(s, toks, {words[i], r.hi});
    }
    if (n == 1 && capitalized(w0) && (kAlone.contains(w0) || adverb(w0))) return src;
    // "N.C.", "Ariz.", "R-S.C.": a state after a town (a dateline) or a party and state
    // after a lawmaker's name, not a source
    if (n == 1 &&
        ((w0.size() == 4 && w0[1] == '.' && w0[3] == '.' && acronym(w0)) ||
         (capitalized(w0) && w0.back() == '.' && state_abbreviation(w0)) ||
         (w0.size() >= 4 && w0[1] == '-' && (w0[0] == 'R' || w0[0] == 'D' || w0[0] == 'I'))))
      return src;
    // "Back in 1999", "Even in defeat": an adverb and a preposition set the scene
    if (n > 2 && capitalized(w0) && preposition(W(1)) && !capitalized(W(1)) &&
        (adverb(w0) || lower_is(w0, "back") || lower_is(w0, "even") || lower_is(w0, "only")))
      return src;
  }

  // "according to him": an object pronoun stands for its person as "he" does
  if (n == 1 && (lower_is(W(0), "him") || lower_is(W(0), "her") || lower_is(W(0), "them"))) {
    src.kind = lower_is(W(0), "them") ? SourceKind::group_pronoun : SourceKind::person_pronoun;
    src.start = toks[static_cast<std::size_t>(words[0])].start;
    src.end = toks[static_cast<std::size_t>(words[0])].end;
    src.name = std::string(W(0));
    return src;
  }
  if (n > 1 && pronoun(W(0)) && !lower_is(W(0), "it")) return src;  // "He asks": no name
  if (n == 1 && pronoun(W(0))) {
    src.kind = pronoun_kind(W(0));
    src.start = toks[static_cast<std::size_t>(words[0])].start;
    src.end = toks[static_cast<std::size_t>(words[0])].end;
    src.name = std::string(W(0));
    return src;
  }

  // The head: the last word before a lower-case preposition that starts the phrase's
  // tail ("experts | in the …", "economists | at Nomura"); a preposition between
  // capitalized words belongs to a name ("University of Michigan").
  std::size_t head = n - 1;
  for (std::size_t i = 1; i + 1 < n; ++i) {
    const std::string_view w = W(i);
    if (capitalized(w) || !preposition(w)) continue;
    const bool inside_name = capitalized(W(i - 1)) &&
                             (capitalized(W(i + 1)) ||
                              (lower_is(W(i + 1), "the") && i + 2 < n && capitalized(W(i + 2))));
    // "Six in 10 voters", "three of five officials": a ratio, not the phrase's tail
    const bool ratio = quantity_word(W(i - 1)) && quantity_word(W(i + 1));
    if (inside_name || ratio) continue;
    head = i - 1;
    break;
  }
  // "figures released April 3 by NPD Group", "exit polls conducted for the networks by
  // Edison Research": evidence, then who produced it.
  for (std::size_t e = 0; e < n && e < 3; ++e) {
    if (!evidence_noun(W(e)) || capitalized(W(e)) || e + 2 >= n) continue;
    for (std::size_t i = e + 1; i + 1 < n && i <= e + 8; ++i) {
      if (!lower_is(W(i), "by")) continue;
      Source by = make_source(s, toks, {words[i] + 1, r.hi});
      by.document = true;  // what the study by X found, X says
      return by;
    }
    break;
  }
  // "A poll from Marquette released Wednesday": the participle and what follows it
  // describe the phrase; they are not part of its name.
  for (std::size_t i = 1; i < n; ++i) {
    const std::string_view w = W(i);
    // ("the retired neurosurgeon": after an article the participle is an adjective)
    // ("Analysts polled by LSEG": a source noun is no small word)
    if (participle_form(w) && w.size() > 4 && w.substr(w.size() - 2) == "ed" &&
        !lower_is(W(i - 1), "those") && (!function_word(W(i - 1)) || source_noun(W(i - 1))))
      return make_source(s, toks, {r.lo, words[i]});
  }
  const std::string_view head_word = strip_possessive(W(head));

  // (a capital on the first word is the sentence's: "Polls show …")
  if (evidence_noun(head_word) && (!capitalized(head_word) || head == 0)) {
    // "analysis from Nomura", "new estimates by economists at …": the source is after
    // ("video of the incident" is about the incident: not "of").
    if (head + 1 < n) {
      const std::string_view l = W(head + 1);
      if (lower_equals(l, "from") || lower_equals(l, "by")) {
        Source from = make_source(s, toks, {words[head + 1] + 1, r.hi});
        from.document = true;                    // what the poll or the analysis shows, it says
        from.evidence_start = src.phrase_start;  // ("data from Drewry showed": all of it)
        if (from.found()) return from;
      }
    }
    // "Nomura’s estimates": the possessor.
    for (std::size_t i = head; i-- > 0;) {
      if (is_possessive(W(i))) {
        return make_source(s, toks, {r.lo, words[i] + 1});
      }
    }
    // "a statement" alone names nobody; "the report", "a new poll", "records" name
    // documents
    const bool plural =
        head_word.size() > 3 && (head_word.back() == 's' || head_word.back() == 'S');
    static const WordSet kMass{"data", "research", "evidence", "analysis", "polling", "footage"};
    if (n == 1 && !plural && !kMass.contains(head_word)) return src;
    src.document = true;
  }

  std::size_t first = 0;  // the name's first word
  // ("the World Bank", "the Federal Reserve Bank": a capitalized head is a name)
  if (company_noun(head_word) && !capitalized(head_word) &&
      (lower_is(W(0), "the") || lower_is(W(0), "its")) && head <= 3) {
    src.kind = SourceKind::company_role;
  } else if (source_noun(head_word)) {
    src.kind = SourceKind::name;
    src.titled = title_word(head_word);
  } else if (company_noun(head_word) && head > 0) {
    src.kind = SourceKind::name;  // "China's central bank", "a Delhi auto parts maker"
  } else if (capitalized(head_word) &&
             !(function_word(head_word) && !organization_word(head_word))) {
    src.kind = SourceKind::name;
  } else if ((agent_noun(head_word) || word_gender(head_word) != Gender::unknown) && head > 0) {
    // "a United Auto Workers negotiator", "the billionaire businessman"
    src.kind = SourceKind::name;
    src.titled = true;
  } else if (src.document) {
    src.kind = SourceKind::name;  // "a news report" ("report" is also a cue)
  } else if (lower_is(W(0), "those") && n == 2) {
    src.kind = SourceKind::name;  // "those surveyed", "those polled"
    src.generic = true;
  } else if (quantity_word(head_word)) {
    // "Several said", "Six in 10 voters", "two-thirds of Republicans", "52 percent": people
    src.kind = SourceKind::name;
  } else if (common_noun(head_word) && (head > 0 || plural_noun(head_word))) {
    // "the campaign", "Several delegate candidates", "52 percent of voters", "protesters"
    src.kind = SourceKind::name;
    // "An average of recent polls by RealClearPolitics": a document in the tail
    for (std::size_t i = head + 1; i < n && !src.document; ++i)
      src.document = evidence_noun(W(i)) && !capitalized(W(i));
    src.generic = !src.document;
  } else {
    return src;
  }
  // "Iowa State University's Dianne Bystrom": a person after an organization's possessive
  if (src.kind == SourceKind::name && n >= 3) {
    for (std::size_t i = n - 2; i-- > 0;) {
      if (!is_possessive(W(i))) continue;
      const std::size_t after = n - (i + 1);  // two or three words, or a known first name
      bool person = (after == 2 || after == 3) && !place_word(W(i + 1));
      for (std::size_t j = i + 1; j < n && person; ++j)
        person = capitalized(W(j)) && !organization_word(W(j)) && !title_word(W(j));
      if (!person) break;
      Source named = make_source(s, toks, {words[i + 1], r.hi});
      if (!named.found()) break;
      named.phrase_start = src.phrase_start;
      if (named.role.empty()) {
        named.role = join(s, toks, words[0], words[i] + 1);
        named.role.resize(named.role.size() - (W(i).size() - strip_possessive(W(i)).size()));
      }
      named.titled = true;
      return named;
    }
  }
  // "Sarah Lin of Pinecrest Bank", "Economist Sarah Lin of Pinecrest Bank": a person (a
  // known first name or a title before it) and the organization after "of", the role
  // ("Bank of Canada" is one name: no person before its "of")
  if (src.kind == SourceKind::name && n >= 4 && capitalized(W(0))) {
    std::size_t of = 0;
    for (std::size_t i = 2; i + 1 < n && of == 0; ++i) {
      if (W(i) == "of") of = i;
    }
    const std::size_t lead = of > 0 && title_word(W(0)) ? 1 : 0;
    const std::size_t words_before = of - lead;
    bool person = of > 0 && (words_before == 2 || words_before == 3) &&
                  (lead == 1 || first_name_gender(W(lead)) != Gender::unknown ||
                   names::Gazetteer::get().first_name(W(lead)));
    for (std::size_t j = lead; j < of && person; ++j)
      person = capitalized(W(j)) && !organization_word(W(j)) && !title_word(W(j));
    for (std::size_t j = of + 1; j < n && person; ++j)
      person = capitalized(W(j)) || W(j) == "of" || W(j) == "the" || W(j) == "&";
    if (person) {
      Source named = make_source(s, toks, {words[lead], words[of - 1] + 1});
      if (named.found()) {
        named.phrase_start = src.phrase_start;
        const std::string org = join(s, toks, words[of], r.hi);
        named.role = lead == 1 ? join(s, toks, words[0], words[0] + 1) + " " + org : org;
        named.titled = true;
        return named;
      }
    }
  }
  // "the vice president and chairman of Chrysler LLC Jim Press": a person named by a
  // first name after a description that ends in an organization's name
  if (src.kind == SourceKind::name && n >= 5 && !capitalized(W(0))) {
    for (std::size_t i = n - 2; i + 3 >= n && i >= 2; --i) {
      const bool first_name =
          first_name_gender(W(i)) != Gender::unknown || names::Gazetteer::get().first_name(W(i));
      bool rest = first_name && capitalized(W(i - 1)) && !title_word(W(i - 1));
      // (a surname may be a word that is also an organization's: "Jim Press")
      for (std::size_t j = i; j < n && rest; ++j)
        rest = capitalized(W(j)) && !title_word(W(j)) && (j > i || !organization_word(W(j)));
      if (!rest) continue;
      Source named = make_source(s, toks, {words[i], r.hi});
      if (!named.found()) break;
      named.phrase_start = src.phrase_start;
      if (named.role.empty()) named.role = join(s, toks, words[0], words[i - 1] + 1);
      named.titled = true;
      return named;
    }
  }
  // "Taiwan’s Central News Agency": the possessive place is not part of the name;
  // "Moody's Investors Service Inc" is one name.
  if (src.kind == SourceKind::name && capitalized(head_word) && n >= 2 && is_possessive(W(0)) &&
      capitalized(W(1)) && place_word(W(0)))
    first = 1;

  std::size_t name_first = first;
  if (src.kind == SourceKind::name) {
    std::vector<std::string_view> ws;
    ws.reserve(n);
    for (std::size_t i = 0; i < n; ++i) ws.push_back(W(i));
    bool company = false;
    const std::size_t from = name_after_title(ws, first, &company);
    if (from < n) {
      name_first = from;
      bool only_honorifics = true;
      for (std::size_t i = first; i < from; ++i)
        only_honorifics = only_honorifics && honorific(W(i));
      if (!only_honorifics) src.role = join(s, toks, words[first], words[from - 1] + 1);
      src.titled = !company;
    }
  }
  const Token& a = toks[static_cast<std::size_t>(words[name_first])];
  const Token& b = toks[static_cast<std::size_t>(words[n - 1])];
  src.start = a.start;
  src.end = b.end;
  src.name = join(s, toks, words[name_first], words[n - 1] + 1);
  // "Nomura’s" as a source is Nomura.
  const std::string_view bare = strip_possessive(text_of(s, b));
  if (bare.size() != b.end - b.start) {
    src.end = b.start + static_cast<std::uint32_t>(bare.size());
    src.name.resize(src.name.size() - (b.end - b.start - bare.size()));
  }
  return src;
}

bool title_in(std::string_view s, const Toks& toks, Range r) {
  for (int k = r.lo; k < r.hi; ++k) {
    const Token& t = toks[static_cast<std::size_t>(k)];
    if (t.kind == Token::word && title_word(text_of(s, t))) return true;
  }
  return false;
}

// A range that reads as a description rather than a name: "an economics professor at
// …", "the Airbus chief executive", "head of USAF's Mobility Command", "Ryanair CEO".
bool role_like(std::string_view s, const Toks& toks, Range r) {
  int k = r.lo;
  while (k < r.hi && toks[static_cast<std::size_t>(k)].kind != Token::word) ++k;
  if (k >= r.hi) return false;
  const std::string_view first = text_of(s, toks[static_cast<std::size_t>(k)]);
  return !capitalized(first) || title_in(s, toks, r);
}

// A range that ends in a name: "Michael O' Leary", "Darson Chiu (邱達生)", "by Charles Reilly".
bool name_like(std::string_view s, const Toks& toks, Range r) {
  const std::vector<int> w = words_in(toks, r);
  // "In Nevada, exit polls suggested": a phrase opening the sentence with a capitalized
  // preposition sets the scene; it names nobody
  std::size_t i = 0;
  // ("But Mr. Guerrero": the conjunction opens the sentence, not the name)
  while (i < w.size()) {
    const std::string_view x = text_of(s, toks[static_cast<std::size_t>(w[i])]);
    if (!(lower_is(x, "but") || lower_is(x, "and") || lower_is(x, "yet"))) break;
    ++i;
  }
  if (i < w.size()) {
    const std::string_view first = text_of(s, toks[static_cast<std::size_t>(w[i])]);
    if (capitalized(first) && (preposition(first) || function_word(first)) &&
        !lower_is(first, "the"))
      return false;
  }
  while (i < w.size() && preposition(text_of(s, toks[static_cast<std::size_t>(w[i])]))) ++i;
  if (i >= w.size()) return false;
  const std::string_view last = text_of(s, toks[static_cast<std::size_t>(w.back())]);
  // "Again, those surveyed said": an adverb opening the sentence names nobody
  if (w.size() - i == 1 &&
      (adverb(last) || (last.size() > 4 && last.substr(last.size() - 2) == "ly")))
    return false;
  return capitalized(last) && !title_word(last) &&
         !function_word(text_of(s, toks[static_cast<std::size_t>(w[i])]));
}

// A range with no word that cannot be inside a noun phrase: "the company's spokesman",
// not "the plan failed badly last year".
bool phrase_only(std::string_view s, const Toks& toks, Range r) {
  const std::vector<int> w = words_in(toks, r);
  if (w.empty() || w.size() > 10) return false;
  for (int k : w) {
    const std::string_view x = text_of(s, toks[static_cast<std::size_t>(k)]);
    if (ends_phrase(x) && !lower_is(x, "and")) return false;
  }
  return true;
}

// "R-S.C.", "D-Ill.", "Pa.": a party and a state, or a state, after a name.
bool party_or_state(std::string_view s, const Toks& toks, Range r) {
  const std::vector<int> w = words_in(toks, r);
  if (w.size() != 1) return false;
  const std::string_view x = text_of(s, toks[static_cast<std::size_t>(w[0])]);
  return state_abbreviation(x) ||
         (x.size() >= 4 && x[1] == '-' && (x[0] == 'R' || x[0] == 'D' || x[0] == 'I'));
}

bool article_led(std::string_view s, const Toks& toks, Range r) {
  const std::vector<int> w = words_in(toks, r);
  if (w.size() < 2) return false;
  const std::string_view first = text_of(s, toks[static_cast<std::size_t>(w[0])]);
  const std::string_view second = text_of(s, toks[static_cast<std::size_t>(w[1])]);
  return (first == "a" || first == "an" || first == "the") && !capitalized(second);
}

// "At 2.40 PM the spokesperson said", "On Monday the bank said": a phrase of time or
// place opening the sentence with no comma after it; the subject starts at its last
// article. `opens`: the range starts the sentence.
Range opening_setting_cut(std::string_view s, const Toks& toks, Range r, bool opens) {
  const std::vector<int> w = words_in(toks, r);
  if (!opens || w.size() < 3) return r;
  const std::string_view first = text_of(s, toks[static_cast<std::size_t>(w[0])]);
  if (!capitalized(first) || !preposition(first)) return r;
  for (std::size_t i = w.size() - 1; i-- > 1;) {
    const std::string_view x = text_of(s, toks[static_cast<std::size_t>(w[i])]);
    if (!(lower_is(x, "the") || lower_is(x, "a") || lower_is(x, "an"))) continue;
    // "In a TV interview Lee said": a name after the phrase's noun is the subject
    std::size_t name = w.size();
    while (name > i + 1 && capitalized(text_of(s, toks[static_cast<std::size_t>(w[name - 1])])))
      --name;
    const std::string_view before = text_of(s, toks[static_cast<std::size_t>(w[name - 1])]);
    if (name < w.size() && name > i + 1 && !function_word(before) && !preposition(before))
      return {w[name], r.hi};
    return {w[i], r.hi};
  }
  return r;
}

std::string raw(std::string_view s, const Toks& toks, Range r) {
  if (r.empty()) return {};
  return std::string(s.substr(
      toks[static_cast<std::size_t>(r.lo)].start,
      toks[static_cast<std::size_t>(r.hi - 1)].end - toks[static_cast<std::size_t>(r.lo)].start));
}

// "… according to economists at Nomura Holdings Inc.": at the end of the sentence the
// period of "Inc." is also the sentence's; the name is written without it.
void drop_final_period(std::string_view s, std::uint32_t limit, Source& src) {
  if (!src.found() || src.end == 0 || s[src.end - 1] != '.' || src.name.empty() ||
      src.name.back() != '.')
    return;
  std::uint32_t i = src.end;
  while (i < limit && (s[i] == ' ' || s[i] == '\n')) ++i;
  if (i < limit) return;
  --src.end;
  src.name.pop_back();
}

Source with_role(Source src, std::string role, bool titled) {
  if (src.found() && src.role.empty()) src.role = std::move(role);
  src.titled = src.titled || titled;
  return src;
}

// "Sen. Ana Ruiz, R-Texas, a long-shot candidate, said", "Dan Kerr, a Portland, Ore.,
// analyst, said": an apposition that closes right before the verb and has commas of its
// own (a party, a state, a place inside it). `comma` is the token before the verb. Walks
// back over the comma-separated pieces while each reads as part of a description (a role,
// a party or state, a short capitalized place, a relative clause, an age) to the first one
// that reads as a name and starts a phrase. The name, with the whole apposition as its
// role, or nothing.
Source appositive_chain(std::string_view s, const Toks& toks, int comma, bool opens) {
  constexpr int kMaxPieces = 6, kMaxWords = 14;
  auto descriptive = [&](Range r) {
    const std::vector<int> w = words_in(toks, r);
    if (w.empty() || w.size() > kMaxWords) return false;
    const std::string_view first = word_at(s, toks, w[0]);
    if (lower_is(first, "who") || lower_is(first, "whose") || lower_is(first, "which")) return true;
    if (w.size() == 1 && all_digits(first)) return true;  // an age
    if (party_or_state(s, toks, r) || role_like(s, toks, r)) return true;
    if (w.size() > 2) return false;
    for (int i : w) {  // "Iowa", "New Mexico"
      if (!capitalized(word_at(s, toks, i))) return false;
    }
    return true;
  };
  std::vector<Range> pieces;
  int hi = comma;
  for (int k = comma - 1;; --k) {
    const bool edge = k < 0 || (toks[static_cast<std::size_t>(k)].kind != Token::word &&
                                toks[static_cast<std::size_t>(k)].kind != Token::paren);
    if (!edge) continue;
    Range r{k + 1, hi};
    if (r.empty()) return {};
    const bool starts_phrase =
        k < 0 ? opens : toks[static_cast<std::size_t>(k)].kind != Token::word;
    // ("…, and Dan Kerr, 54, a trader, said": "and" after a comma joins the clause)
    const bool joined =
        k >= 0 && toks[static_cast<std::size_t>(k)].kind == Token::comma && is_word(toks, r.lo) &&
        (lower_is(word_at(s, toks, r.lo), "and") || lower_is(word_at(s, toks, r.lo), "but"));
    const Range name{joined ? r.lo + 1 : r.lo, r.hi};
    const std::vector<int> name_words = words_in(toks, name);
    if ((pieces.size() >= 2 || (joined && !pieces.empty())) && !name_words.empty() &&
        name_words.size() <= 6 && capitalized(word_at(s, toks, name_words[0])) &&
        name_like(s, toks, name) &&
        (starts_phrase || (k >= 0 && toks[static_cast<std::size_t>(k)].kind == Token::comma))) {
      r = name;
      Source named = make_source(s, toks, r);
      // (the role leaves out an age: "Tom Price, 61, a trader")
      std::size_t outer = pieces.size() - 1;
      if (outer > 0 && pieces[outer].hi - pieces[outer].lo == 1 &&
          all_digits(word_at(s, toks, pieces[outer].lo)))
        --outer;
      const Range role{pieces[outer].lo, pieces.front().hi};
      if (named.found()) return with_role(named, raw(s, toks, role), title_in(s, toks, role));
    }
    if (k < 0 || toks[static_cast<std::size_t>(k)].kind != Token::comma || !descriptive(r) ||
        static_cast<int>(pieces.size()) + 1 >= kMaxPieces)
      return {};
    pieces.push_back(r);
    hi = k;
  }
}

// A phrase that sets the scene of a statement rather than naming its source:
// "in a statement", "on Friday", "to reporters", "yesterday".
bool setting_starts(std::string_view s, const Toks& toks, int k) {
  static const WordSet kAlone{"yesterday", "today", "tonight", "earlier", "later", "overnight"};
  static const WordSet kLead{"in",      "at",   "on",    "during", "to",   "via",
                             "through", "late", "early", "last",   "this", "next"};
  static const WordSet kNext{"a",           "an",         "his",          "her",       "their",
                             "its",         "our",        "monday",       "tuesday",   "wednesday",
                             "thursday",    "friday",     "saturday",     "sunday",    "january",
                             "february",    "march",      "april",        "june",      "july",
                             "august",      "september",  "october",      "november",  "december",
                             "jan.",        "feb.",       "aug.",         "sept.",     "oct.",
                             "nov.",        "dec.",       "week",         "month",     "year",
                             "night",       "morning",    "afternoon",    "evening",   "reporters",
                             "journalists", "investors",  "shareholders", "employees", "staff",
                             "lawmakers",   "weekend",    "quarter",      "social",    "twitter",
                             "facebook",    "television", "tv",           "radio"};
  const std::string_view w = word_at(s, toks, k);
  if (kAlone.contains(w)) return true;
  if (capitalized(w) || !kLead.contains(w)) return false;
  return kNext.contains(word_at(s, toks, k + 1));
}

// "in a statement", "in an interview", "in a research note": how something was said.
constexpr std::string_view kMedium =
    R"((?:in|during|at|on|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3})"
    R"((?:note|notes|statement|interview|report|filing|letter|e-?mail|release|conference|call|speech|briefing|)"
    R"(post|blog|tweet|memo|presentation|address|message|remarks|meeting|document|website|podcast|broadcast|)"
    R"(webcast|hearing|testimony|announcement|column|article|op-ed)\b)";

// \s as the patterns read it.
bool re_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }

// Whether a kMedium match can start at `pos` of `window`: it opens with "in", "during",
// "at", "on", "via" or "through". Most cues are followed by none, and the test is cheaper
// than the pattern.
bool medium_may_start(std::string_view window, std::size_t pos) {
  if (pos + 1 >= window.size()) return false;
  const std::string_view two = window.substr(pos, 2);
  return two == "in" || two == "du" || two == "at" || two == "on" || two == "vi" || two == "th";
}

// The bytes a `setting` match (skip_setting) can start with: the first letters of its
// alternatives (kMedium's prepositions, "late", "early", "on", "last", "this", "next",
// "that", the days, "in", the months, "yesterday" … "publicly", "earlier", "to").
bool setting_may_start(char c) {
  return std::string_view("adeilnoprtvyADFJMNOSTW").find(c) != std::string_view::npos;
}

}  // namespace

std::string cue_text(std::string_view s, std::uint32_t start, std::uint32_t verb_end,
                     std::uint32_t limit) {
  static const RE2 medium(R"(\s+()" + std::string(kMedium) + ")", util::pattern_options());
  std::array<re2::StringPiece, 2> g;
  const std::string_view window =
      s.substr(0, std::min<std::size_t>(limit, verb_end + kPhraseWindow));
  std::uint32_t end = verb_end;
  // (the pattern opens with spaces and one of kMedium's prepositions)
  std::size_t after = verb_end;
  while (after < window.size() && re_space(window[after])) ++after;
  if (after > verb_end && medium_may_start(window, after) &&
      util::match_at(medium, window, verb_end, g))
    end = util::offset_in(window, g[1]) + static_cast<std::uint32_t>(g[1].size());
  return std::string(s.substr(start, end - start));
}

namespace {

std::uint32_t skip_setting(std::string_view s, std::uint32_t pos, std::uint32_t limit) {
  static const RE2 setting(
      "(?:" + std::string(kMedium) +
          R"(|(?:(?:late|early)\s+)?(?:(?:on|last|this|next)\s+)?)"
          R"((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
          R"((?:\s+(?:morning|afternoon|evening|night))?\b)"
          R"(|(?:on|in)\s+(?:Twitter|X|LinkedIn|Facebook|Weibo|television|TV|radio)\b)"
          R"(|(?:late|early|last|this|next|that)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|quarter|day)\b)"
          R"(|(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?:,\s*\d{4}\b)?)"
          R"(|(?:yesterday|today|tonight|overnight|again|also|recently|publicly)\b)"
          R"(|earlier\s+(?:this\s+(?:week|month|year)|today)\b)"
          R"(|to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reporters|journalists|investors|analysts|shareholders|employees|staff|)"
          R"(lawmakers|workers|press|public|media|nation|audience|crowd|Congress|Parliament)\b))",
      util::pattern_options());
  const std::string_view window = s.substr(0, std::min<std::size_t>(limit, pos + kPhraseWindow));
  if (pos >= window.size() || !setting_may_start(window[pos])) return pos;
  std::array<re2::StringPiece, 1> g;
  if (!util::match_at(setting, window, pos, g)) return pos;
  return util::offset_in(window, g[0]) + static_cast<std::uint32_t>(g[0].size());
}

}  // namespace

std::uint32_t skip_settings(std::string_view s, std::uint32_t pos, std::uint32_t limit) {
  for (int round = 0; round < 3; ++round) {
    std::uint32_t p = pos;
    while (p < limit && (s[p] == ' ' || (round > 0 && s[p] == ','))) ++p;
    const std::uint32_t past = skip_setting(s, p, limit);
    if (past == p) break;
    pos = past;
  }
  return pos;
}

std::uint32_t word_boundary_after(std::string_view s, std::uint32_t pos, std::uint32_t limit) {
  if (pos == 0 || s[pos - 1] == ' ' || s[pos - 1] == '\n') return pos;
  while (pos < limit && s[pos] != ' ' && s[pos] != '\n') ++pos;
  return pos;
}

// "The ministry less than two weeks ago said", "Lee, who has in the past described …",
// "but in a later interview said": a phrase of time or occasion between a subject and
// its verb. The token before the phrase when the words up to `k` end in one, else k.
int before_interjected_phrase(std::string_view s, const Toks& toks, int k) {
  auto w = [&](int i) { return is_word(toks, i) ? word_at(s, toks, i) : std::string_view(); };
  if (k >= 2 && lower_is(w(k), "ago")) {  // "two weeks ago", "less than a year ago"
    int j = k - 1;
    static const WordSet kUnits{"days", "day", "weeks", "months", "years", "hours", "decades"};
    if (!time_word(w(j)) && !kUnits.contains(w(j))) return k;
    --j;
    while (j >= 0 && k - j <= 6 && is_word(toks, j) &&
           (quantity_word(w(j)) || all_digits(w(j)) || lower_is(w(j), "a") ||
            lower_is(w(j), "than") || lower_is(w(j), "less") || lower_is(w(j), "more") ||
            lower_is(w(j), "about") || lower_is(w(j), "just") || lower_is(w(j), "only")))
      --j;
    return j >= 0 ? j : k;
  }
  // "in the past", "at the time", "in a later interview", "in recent weeks"
  for (int n = 2; n <= 5 && k - n >= 0; ++n) {
    const int p = k - n + 1;  // the preposition
    const std::string_view prep = w(p);
    if (!(lower_is(prep, "in") || lower_is(prep, "at") || lower_is(prep, "during"))) continue;
    bool plain = true;
    for (int i = p + 1; i <= k && plain; ++i) {
      const std::string_view x = w(i);
      plain = !x.empty() && !capitalized(x) && speech_verb(x) == Verb::none &&
              (function_word(x) || common_noun(x) || time_word(x) || lower_is(x, "past") ||
               lower_is(x, "recent") || lower_is(x, "later") || lower_is(x, "earlier"));
    }
    const std::string_view det = w(p + 1);
    const bool occasion = lower_is(det, "the") || lower_is(det, "a") || lower_is(det, "an") ||
                          lower_is(det, "recent") || lower_is(det, "his") || lower_is(det, "her") ||
                          lower_is(det, "their");
    // (the phrase ends in a word of time or occasion: "Three experts in the industry
    // said" is a subject with its phrase)
    static const WordSet kOccasion{"past",    "time",    "end",    "meantime", "interview",
                                   "speech",  "weeks",   "months", "years",    "days",
                                   "morning", "evening", "week",   "month",    "year"};
    if (!plain || !occasion || p == 0 || !kOccasion.contains(w(k))) continue;
    // what stands before it is the subject or its auxiliary ("who has", "Lee", "but")
    const std::string_view before = w(p - 1);
    if (before.empty() || preposition(before) || common_noun(before)) return k;
    return p - 1;
  }
  return k;
}

// A short piece that may close a relative clause before its comma: a state ("Ore."), a
// place ("Colorado", "New Mexico"), a time or place with its preposition ("in July 2012").
bool clause_tail(std::string_view s, const Toks& toks, Range r) {
  const std::vector<int> w = words_in(toks, r);
  if (w.empty() || w.size() > 4) return false;
  if (party_or_state(s, toks, r)) return true;
  const std::string_view first = word_at(s, toks, w[0]);
  if (!capitalized(first) && preposition(first) && w.size() >= 2) return true;
  if (w.size() > 2) return false;
  for (int i : w) {
    if (!capitalized(word_at(s, toks, i))) return false;
  }
  return true;
}

// "C.D.", "J.P.": initials that go on into a name; not the places and bodies whose
// abbreviations end sentences ("… in the U.S. Jobs also noted").
bool name_initials(std::string_view w) {
  static const WordSet kPlaces{"u.s.", "u.k.", "u.n.", "e.u.", "d.c."};
  if (w.size() < 4 || w.size() > 6 || kPlaces.contains(w)) return false;
  for (std::size_t i = 0; i < w.size(); i += 2) {
    if (!util::is_upper(w[i]) || i + 1 >= w.size() || w[i + 1] != '.') return false;
  }
  return true;
}

// Whether the word at `pos` is a verb of saying that cannot be read as a noun ("said",
// "warned", "says"), unlike "estimates", "reports", "view".
bool verb_only(std::string_view s, std::uint32_t pos) {
  std::uint32_t e = pos;
  while (e < s.size() && util::is_ascii_alpha(s[e])) ++e;
  const std::string_view w = s.substr(pos, e - pos);
  if (speech_verb(w) == Verb::none) return false;
  return w == "said" || w == "says" || w == "told" || w == "wrote" ||
         (w.size() > 4 && w.substr(w.size() - 2) == "ed");
}

Source subject_before(std::string_view s, std::uint32_t floor, std::uint32_t verb, bool* adjacent,
                      std::span<const Token> around) {
  if (adjacent) *adjacent = false;
  std::uint32_t from = floor;
  if (verb > floor + kPhraseWindow) from = word_boundary_after(s, verb - kPhraseWindow, verb);
  Toks toks;
  tokenize_from(s, from, verb, around, toks);
  int k = static_cast<int>(toks.size()) - 1;
  // "Bloomberg also revealed", "She quickly noted"
  auto adverb_here = [&](int i) {
    const std::string_view w = word_at(s, toks, i);
    return adverb(w) ||
           (w.size() > 4 && !capitalized(w) && w.substr(w.size() - 2) == "ly" && !common_noun(w));
  };
  while (is_word(toks, k) && adverb_here(k)) --k;
  // "Sean Platt on Thursday evening said", "Lee late Monday said": a day between the
  // subject and the verb
  {
    static const WordSet kDays{"monday", "tuesday",  "wednesday", "thursday",
                               "friday", "saturday", "sunday"};
    static const WordSet kParts{"morning", "afternoon", "evening", "night"};
    int j = k;
    if (is_word(toks, j) && kParts.contains(word_at(s, toks, j))) --j;
    if (j >= 1 && is_word(toks, j) && kDays.contains(word_at(s, toks, j)) &&
        capitalized(word_at(s, toks, j))) {
      --j;
      const std::string_view lead = word_at(s, toks, j);
      if (is_word(toks, j) &&
          (lower_is(lead, "on") || lower_is(lead, "late") || lower_is(lead, "early")))
        --j;
      if (j >= 0 && is_word(toks, j)) k = j;
    }
  }
  // "The judge -- who has feuded with the mayor for weeks -- said": an aside between
  // dashes stands between the subject and the verb
  if (k > 1 && toks[static_cast<std::size_t>(k)].kind == Token::dash) {
    for (int c = k - 2; c > 0 && k - c < 40; --c) {
      const Token::Kind kind = toks[static_cast<std::size_t>(c)].kind;
      if (kind == Token::stop || kind == Token::colon) break;
      if (kind == Token::dash)
        return subject_before(s, floor, toks[static_cast<std::size_t>(c)].start, adjacent);
    }
  }
  // "Rep. Brad Sherman last month joked": a time between the subject and the verb
  if (k >= 1 && is_word(toks, k) && is_word(toks, k - 1) && time_word(word_at(s, toks, k)) &&
      (lower_is(word_at(s, toks, k - 1), "last") || lower_is(word_at(s, toks, k - 1), "this") ||
       lower_is(word_at(s, toks, k - 1), "next") || lower_is(word_at(s, toks, k - 1), "earlier")))
    k -= 2;
  k = before_interjected_phrase(s, toks, k);
  // "Charles O'Reilly, a management expert at Stanford University, who stated": the
  // subject is what "who" stands for, before the comma.
  if (is_word(toks, k) &&
      (lower_is(word_at(s, toks, k), "who") || lower_is(word_at(s, toks, k), "which")) && k > 0 &&
      toks[static_cast<std::size_t>(k - 1)].kind == Token::comma) {
    return subject_before(s, floor, toks[static_cast<std::size_t>(k - 1)].start, adjacent);
  }
  // "a message that said", "officials who said": the relative pronoun stands for the
  // phrase before it
  if (k > 0 && is_word(toks, k) && is_word(toks, k - 1) &&
      (lower_is(word_at(s, toks, k), "who") || lower_is(word_at(s, toks, k), "which") ||
       lower_is(word_at(s, toks, k), "that"))) {
    const std::string_view before = word_at(s, toks, k - 1);
    const bool noun =
        capitalized(before) || common_noun(before) || evidence_noun(before) || source_noun(before);
    if (noun && !lower_is(before, "said")) {
      Source src = subject_before(s, floor, toks[static_cast<std::size_t>(k)].start, adjacent);
      if (adjacent) *adjacent = true;
      return src;
    }
  }
  // "Mike Murphy, who ran a super PAC for Bush, said": the relative clause between the
  // commas says who the subject is; the subject is before it.
  // ("Dan Kerr, who works in Portland, Ore., said", "Ana Ruiz, who lost her home in Aurora,
  // Colorado, in July 2012, said": a state, a place or a time may close the clause)
  if (k > 0 && toks[static_cast<std::size_t>(k)].kind == Token::comma) {
    int closing = k, skipped = 0;
    for (int c = k - 1; c > 0 && k - c < 40; --c) {
      if (toks[static_cast<std::size_t>(c)].kind != Token::comma) continue;
      const std::string_view w = word_at(s, toks, c + 1);
      if (lower_is(w, "who") || lower_is(w, "whose") || lower_is(w, "which") || lower_is(w, "whom"))
        return subject_before(s, floor, toks[static_cast<std::size_t>(c)].start, adjacent);
      if (skipped == 2 || !clause_tail(s, toks, {c + 1, closing})) break;
      ++skipped;
      closing = c;
    }
  }

  // Comma-separated ranges, nearest the verb first, up to where a phrase cannot go on.
  std::vector<Range> segs;
  segs.reserve(3);  // at most three
  int hi = k + 1;
  int words = 0;
  bool full = false;
  for (; k >= 0; --k) {
    const Token& t = toks[static_cast<std::size_t>(k)];
    if (t.kind == Token::paren) continue;
    if (t.kind == Token::comma) {
      // "Jon Bell, 54, a trader, said": an age between commas describes nobody's role
      if (k + 2 == hi && toks[static_cast<std::size_t>(k + 1)].kind == Token::word &&
          all_digits(word_at(s, toks, k + 1)) && !segs.empty()) {
        hi = k;
        continue;
      }
      segs.push_back({k + 1, hi});
      hi = k;
      if (segs.size() == 3) {
        full = true;
        break;
      }
      if (segs.size() == 2 && segs[0].empty()) words = 0;  // the apposition's words
      continue;
    }
    if (t.kind != Token::word) break;
    const std::string_view w = text_of(s, t);
    // ", a former aide who went with her to Burma in 2011, said", ", a professor and a
    // member of the board, said": an apposition closing right before the verb runs back
    // to the comma that opens it; what stands before that comma decides whether it
    // describes a subject (a name there) or not.
    if (segs.size() == 1 && segs[0].empty()) {
      if (++words > 30) return {};
      continue;
    }
    if (lower_is(w, "and") || lower_is(w, "but")) {
      // "Lee met voters on Monday and said": the verb shares the subject of the one
      // before; "Joe Tsai and Eddie Wu said": between names, "and" is part of it.
      if (words == 0 && segs.empty()) return {};
      if (k == 0) {  // "But Mr. Guerrero, a Republican, said": the sentence opens so
        --k;
        break;
      }
      // ("…, and Nicklaus said": after a comma "and" joins clauses)
      if (k > 0 && toks[static_cast<std::size_t>(k - 1)].kind == Token::comma) break;
      if (lower_is(w, "and") &&
          (capitalized(word_at(s, toks, k - 1)) || capitalized(word_at(s, toks, k + 1))))
        continue;
      break;
    }
    // "A poll released Wednesday found", "The report published Tuesday showed": a
    // participle after a noun describes it
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && participle_form(w) && k > 0 &&
        is_word(toks, k - 1) &&
        (!ends_phrase(word_at(s, toks, k - 1)) || evidence_noun(word_at(s, toks, k - 1))) &&
        !pronoun(word_at(s, toks, k - 1)) &&
        (common_noun(word_at(s, toks, k - 1)) || capitalized(word_at(s, toks, k - 1)) ||
         evidence_noun(word_at(s, toks, k - 1)))) {
      ++words;
      continue;
    }
    // ", a journalist visiting Nice, told", ", led by Terry Sullivan, told": inside an
    // apposition that closes right before the verb, a participle belongs to it
    if (segs.size() == 1 && segs[0].empty() && participle_form(w)) {
      ++words;
      continue;
    }
    // "those surveyed said", "those polled"
    if (lower_is(word_at(s, toks, k - 1), "those") && words == 0 && ends_phrase(w)) {
      ++words;
      continue;
    }
    if (lower_is(w, "to") && lower_is(word_at(s, toks, k - 1), "close")) continue;
    // "A person familiar with the planning for …": after an article or a possessive, a
    // word in -ing is a noun
    if (w.size() > 5 && w.substr(w.size() - 3) == "ing" && !capitalized(w) && k > 0 &&
        (article(word_at(s, toks, k - 1)) || is_possessive(word_at(s, toks, k - 1)))) {
      ++words;
      continue;
    }
    // "Those close to him", "people familiar with them": an object pronoun after a
    // preposition inside the phrase
    if ((lower_is(w, "him") || lower_is(w, "her") || lower_is(w, "them")) && k > 0 &&
        preposition(word_at(s, toks, k - 1)) && !capitalized(word_at(s, toks, k - 1))) {
      ++words;
      continue;
    }
    // "… in the U.S. Jobs also noted": an abbreviation before a capital may end a sentence
    // the layout did not split.
    // (initials of a name go on: "the C.D. Howe Institute", "J.P. Morgan")
    if (w.size() > 2 && w.back() == '.' && !title_word(w) && words > 0 &&
        capitalized(word_at(s, toks, k + 1)) && !(w.size() == 2 && capitalized(w)) &&
        !name_initials(w))
      break;
    if (pronoun(w) &&
        !lower_is(w, "it")) {  // "Speaking to the public he said": the pronoun is the subject
      if (words == 0 && segs.empty()) {
        --k;
        break;
      }
      break;
    }
    // "reports indicate", "Nomura estimates show": nouns that are also verbs
    // A capitalized conjunction ("Whereas", "While") ends the phrase; "States" does not.
    if (ends_phrase(w) && !evidence_noun(w) && !source_noun(w) &&
        (!capitalized(w) || function_word(w) || speech_verb(w) == Verb::none))
      break;
    if (++words > 14) return {};
  }
  if (!full) segs.push_back({k + 1, hi});
  // Whether segment i starts where a phrase may start (the sentence's start, a comma, a
  // dash or a mark) rather than inside a clause ("… headed to Cairo, her friend said":
  // "Cairo" ends a clause; it is not a name the description after it is about).
  // (after an inverted cue the speaker's name starts a phrase: "said Scott Reed, the
  // strategist, who added …")
  const bool last_clean = full || (k < 0 ? from == floor
                                         : toks[static_cast<std::size_t>(k)].kind != Token::word ||
                                               speech_verb(word_at(s, toks, k)) != Verb::none);
  auto clean = [&](std::size_t i) {
    if (i + 1 < segs.size() || last_clean) return true;
    const std::string_view w = word_at(s, toks, segs[i].lo);  // "… offered by Charles Reilly"
    return !capitalized(w) && preposition(w);
  };

  const Range seg0 = opening_setting_cut(s, toks, segs[0], k < 0 && from == floor);
  if (seg0.empty()) {
    // ", said": an apposition closes right before the verb ("Sen. Lindsey Graham, R-S.C.,
    // said": a party and a state are one too).
    // ("Cory Lane, of Flint, Mich., said": "of Flint" is a place, not the name)
    if (segs.size() >= 3 && (role_like(s, toks, segs[1]) || party_or_state(s, toks, segs[1])) &&
        name_like(s, toks, segs[2]) && !party_or_state(s, toks, segs[2]) && clean(2) &&
        !(party_or_state(s, toks, segs[1]) && !capitalized(word_at(s, toks, segs[2].lo))))
      return with_role(make_source(s, toks, segs[2]), raw(s, toks, segs[1]),
                       title_in(s, toks, segs[1]));
    // "Tom Rell, a farmer from Ames, Iowa, said": the state belongs to the place that
    // ends the apposition; the name stands before it
    auto place_tail = [&](Range r) {  // "… from Ames", "… in Tampa"
      const std::vector<int> w = words_in(toks, r);
      // ("… of Flint, Mich.": a preposition and the place alone, too)
      return w.size() >= 2 && capitalized(word_at(s, toks, w.back())) &&
             preposition(word_at(s, toks, w[w.size() - 2])) &&
             !capitalized(word_at(s, toks, w[w.size() - 2]));
    };
    auto region = [&](Range r) {  // "Iowa", "New Mexico", "Fla."
      const std::vector<int> w = words_in(toks, r);
      if (w.empty() || w.size() > 2) return false;
      for (int i : w) {
        if (!capitalized(word_at(s, toks, i))) return false;
      }
      return true;
    };
    if (segs.size() >= 3 && (party_or_state(s, toks, segs[1]) || region(segs[1])) &&
        place_tail(segs[2]) && role_like(s, toks, segs[2]) &&
        !capitalized(word_at(s, toks, segs[2].lo)) && segs[1].lo > 0) {
      Source src = subject_before(s, floor, toks[static_cast<std::size_t>(segs[1].lo - 1)].start);
      if (src.found()) return src;
    }
    if (segs.size() >= 3 && name_like(s, toks, segs[1]) && role_like(s, toks, segs[2]) &&
        words_in(toks, segs[2]).size() <= 5 && clean(2))
      return with_role(make_source(s, toks, segs[1]), raw(s, toks, segs[2]),
                       title_in(s, toks, segs[2]));
    {
      Source named = appositive_chain(s, toks, segs[0].lo - 1, from == floor);
      if (named.found()) return named;
    }
    // "A border official in Nogales, Ariz., said": the state belongs to the place
    // (and "… in Juneau, Alaska, said": a state written out after a place)
    if (segs.size() >= 3 &&
        (party_or_state(s, toks, segs[1]) || (region(segs[1]) && place_tail(segs[2]))) &&
        clean(2)) {
      Source src = make_source(s, toks, segs[2]);
      if (src.found()) return src;
    }
    // "The aides, led by their manager, told": a description of a subject with no name
    if (segs.size() >= 3 && role_like(s, toks, segs[1]) && clean(2) &&
        !capitalized(word_at(s, toks, segs[1].lo))) {
      Source src = make_source(s, toks, segs[2]);
      if (src.found()) return src;
    }
    if (segs.size() >= 2 && clean(1) && phrase_only(s, toks, segs[1]))
      return make_source(s, toks, segs[1]);
    return {};
  }
  if (adjacent) *adjacent = true;
  // "Alibaba's continued dominance": a possessive is not the subject of what follows it.
  const std::vector<int> seg0_words = words_in(toks, seg0);
  // ("Moody's warned", "McDonald's said": a name in -'s before a verb that is no noun)
  if (seg0_words.empty()) return {};
  const bool named_in_s = is_possessive(word_at(s, toks, seg0_words.back()));
  if (named_in_s && !(capitalized(word_at(s, toks, seg0_words.back())) && verb_only(s, verb)))
    return {};
  // "Darson Chiu (邱達生), an economics professor at … said", "Ralph Crosby, EADS's North
  // America CEO and ex Northrop executive commented"
  // ("Regardless, the State Department said": "the" and a name is no description)
  const bool the_name = seg0_words.size() >= 2 &&
                        lower_is(word_at(s, toks, seg0_words[0]), "the") &&
                        capitalized(word_at(s, toks, seg0_words[1])) && !title_in(s, toks, seg0);
  const bool described =
      !the_name && (article_led(s, toks, seg0) ||
                    (role_like(s, toks, seg0) &&
                     (!capitalized(text_of(s, toks[static_cast<std::size_t>(seg0_words[0])])) ||
                      !name_like(s, toks, seg0))));
  // "Asked about the merger, spokesman Tom Rell said": a clause in -ed or -ing opening
  // the sentence is no name
  auto opener = [&](Range r) {
    const std::vector<int> w = words_in(toks, r);
    if (w.size() < 2) return false;
    const std::string_view a = word_at(s, toks, w[0]);
    const bool form = (a.size() >= 5 && a.substr(a.size() - 2) == "ed") ||
                      (a.size() >= 6 && a.substr(a.size() - 3) == "ing");
    return form && capitalized(a) && !capitalized(word_at(s, toks, w[1]));
  };
  if (segs.size() >= 2 && described && name_like(s, toks, segs[1]) && clean(1) &&
      !opener(segs[1])) {
    Source named = make_source(s, toks, segs[1]);
    if (named.found()) return with_role(named, raw(s, toks, seg0), title_in(s, toks, seg0));
  }
  Source src = make_source(s, toks, seg0);
  if (named_in_s && src.found()) {  // the name keeps its "'s"
    const Token& last = toks[static_cast<std::size_t>(seg0_words.back())];
    src.name += std::string(s.substr(src.end, last.end - src.end));
    src.end = last.end;
  }
  return src;
}

namespace {

// Whether the segment that starts at token k reads as a description of the name before
// its comma ("a former aide who …", "chief of staff", "who runs a bakery") rather than
// the sentence going on ("will fail", "and then left").
bool describes(std::string_view s, const Toks& toks, int k) {
  static const WordSet kJoiners{"and",     "but",  "though", "although", "while",  "as",
                                "because", "when", "if",     "after",    "before", "since",
                                "yet",     "so",   "adding", "noting",   "then"};
  const std::string_view w = word_at(s, toks, k);
  if (w.empty()) return false;
  if (lower_is(w, "who") || lower_is(w, "whose") || lower_is(w, "which")) return true;
  if (kJoiners.contains(w)) return false;  // "…, though he added …": the sentence goes on
  return function_word(w) || title_word(w) || capitalized(w) || common_noun(w) ||
         quantity_word(w) || is_possessive(w);
}

Speaker read_speaker(std::string_view s, std::uint32_t from, std::uint32_t limit) {
  Speaker out;
  const std::uint32_t to = std::min(limit, from + kPhraseWindow);
  const Toks toks = tokenize(s, from, to);
  int k = 0;
  const int n = static_cast<int>(toks.size());
  while (k < n && toks[static_cast<std::size_t>(k)].kind == Token::comma) ++k;
  std::vector<Range> segs;
  int lo = k, words = 0, verb = -1;
  for (; k < n; ++k) {
    const Token& t = toks[static_cast<std::size_t>(k)];
    if (t.kind == Token::paren) continue;
    if (t.kind == Token::comma) {
      segs.push_back({lo, k});
      lo = k + 1;
      if (segs.size() >= 6) break;  // "Ana Ruiz, 67, a retired nurse in Allentown, Pa., said"
      continue;
    }
    if (t.kind != Token::word) break;
    const std::string_view w = text_of(s, t);
    // "said Scott Reed, who added that …": the speaker ends before a relative clause on
    // it; the clause's verbs are its own
    // (also inside a description: "said Ana Lee, a professor at Yale who has long
    // predicted …")
    if (!segs.empty() && k > segs.back().hi + 1 && (lower_is(w, "who") || lower_is(w, "whose")) &&
        !capitalized(w))
      break;
    if (!segs.empty() && k == segs.back().hi + 1 &&
        (lower_is(w, "who") || lower_is(w, "which") || lower_is(w, "whose")))
      break;
    // a participle after the name is an attribution of its own ("said Lee, urging …")
    if (speech_verb(w) != Verb::none && speech_verb(w) != Verb::participle && words > 0 &&
        !capitalized(w)) {
      verb = k;
      break;
    }
    if (!capitalized(w) && speech_verb(w) == Verb::participle) break;  // ", urging …"
    // "Melanne Verveer, an aide then working for the State Department, wrote": after the
    // name's comma a description runs on to the next comma
    if (!segs.empty() && describes(s, toks, segs.back().hi + 1)) {
      if (++words > 30) break;
      continue;
    }
    // "she has said", "he had later written": an auxiliary before the verb
    if (words > 0 && (lower_is(w, "has") || lower_is(w, "have") || lower_is(w, "had") ||
                      lower_is(w, "would") || lower_is(w, "will"))) {
      int j = k + 1;
      while (j < n && j <= k + 2 && is_word(toks, j) && adverb(word_at(s, toks, j))) ++j;
      const std::string_view next = word_at(s, toks, j);
      if (!next.empty() && !capitalized(next) && speech_verb(next) != Verb::none &&
          speech_verb(next) != Verb::participle) {
        segs.push_back({lo, k});
        lo = j;
        verb = j;
        k = j;
        break;
      }
    }
    // "Mara Lind reportedly said": an adverb before the verb is not part of the name
    if (adverb(w) && !capitalized(w) && k + 1 < n && is_word(toks, k + 1) &&
        speech_verb(word_at(s, toks, k + 1)) != Verb::none) {
      segs.push_back({lo, k});
      lo = k + 1;
      verb = k + 1;
      k = k + 1;
      break;
    }
    // "Roche provides a …": after a name, a word in -s before an article is a verb.
    if (k > lo && !capitalized(w) && w.size() > 3 && w.back() == 's' && !source_noun(w) &&
        !evidence_noun(w) && capitalized(word_at(s, toks, k - 1)) &&
        function_word(word_at(s, toks, k + 1)) && !preposition(word_at(s, toks, k + 1)))
      break;
    if (setting_starts(s, toks, k)) break;
    // "a person close to the Clintons"
    const bool close_to = lower_is(w, "to") && lower_is(word_at(s, toks, k - 1), "close");
    if (!lower_is(w, "and") && !close_to && ends_phrase(w) && (!capitalized(w) || function_word(w)))
      break;
    // "Mayor Tom Bell met families …": after a name, a verb ends it
    if (k > lo && !capitalized(w) && capitalized(word_at(s, toks, k - 1)) &&
        finite_verb(word_at(s, toks, k - 1), w, word_at(s, toks, k + 1)))
      break;
    if (++words > 24) break;
  }
  if (lo < k || segs.empty()) segs.push_back({lo, k});
  out.end = k < n ? toks[static_cast<std::size_t>(k)].start : to;
  if (verb >= 0) {
    out.verb_start = toks[static_cast<std::size_t>(verb)].start;
    out.verb_end = toks[static_cast<std::size_t>(verb)].end;
  }
  const Source first = make_source(s, toks, segs[0]);
  // "said chief investment officer at Solaris Asset Management, Tim Ghriskey": a
  // description first, the name after it.
  // ("said Agriculture Secretary Tom Vale, a former governor": a title, then the name)
  const bool first_names =
      first.found() && (first.kind != SourceKind::name || !role_like(s, toks, segs[0]) ||
                        (capitalized(word_at(s, toks, segs[0].lo)) && name_like(s, toks, segs[0]) &&
                         !(segs.size() >= 2 && name_like(s, toks, segs[1]))));
  if (first_names) {
    std::string role;
    // "Ana Lee, who runs a bakery": a relative clause says more, it is no role
    const std::string_view opener = segs.size() >= 2 ? word_at(s, toks, segs[1].lo) : "";
    const bool relative =
        lower_is(opener, "who") || lower_is(opener, "which") || lower_is(opener, "whose");
    if (segs.size() >= 2 && !relative) role = raw(s, toks, {segs[1].lo, segs.back().hi});
    out.source =
        with_role(first, std::move(role),
                  segs.size() >= 2 && !relative && title_in(s, toks, {segs[1].lo, segs.back().hi}));
    return out;
  }
  // "the firm's chief executive officer, Alan Mulally"
  if (segs.size() >= 2 && name_like(s, toks, segs[1])) {
    out.source =
        with_role(make_source(s, toks, segs[1]), raw(s, toks, segs[0]), title_in(s, toks, segs[0]));
    return out;
  }
  out.source = make_source(s, toks, {segs[0].lo, segs.back().hi});
  return out;
}

}  // namespace

Speaker speaker_after(std::string_view s, std::uint32_t from, std::uint32_t limit) {
  Speaker sp = read_speaker(s, from, limit);
  if (sp.verb_end == 0) drop_final_period(s, limit, sp.source);
  return sp;
}

Source object_source(std::string_view s, std::uint32_t from, std::uint32_t limit,
                     std::uint32_t* end) {
  const std::uint32_t to = std::min(limit, from + kPhraseWindow);
  const Toks toks = tokenize(s, from, to);
  const int n = static_cast<int>(toks.size());
  int k = 0;
  for (; k < n; ++k) {
    const Token& t = toks[static_cast<std::size_t>(k)];
    if (t.kind == Token::paren) continue;
    if (t.kind != Token::word) break;
    const std::string_view w = text_of(s, t);
    if (setting_starts(s, toks, k)) break;
    // "the latest poll by nearly 9 points": a margin, not who made the poll
    if (lower_is(w, "by") &&
        (quantity_word(word_at(s, toks, k + 1)) || adverb(word_at(s, toks, k + 1)) ||
         lower_is(word_at(s, toks, k + 1), "nearly") ||
         lower_is(word_at(s, toks, k + 1), "about") || lower_is(word_at(s, toks, k + 1), "more") ||
         lower_is(word_at(s, toks, k + 1), "less") || lower_is(word_at(s, toks, k + 1), "double")))
      break;
    // ("according to people close to the board")
    if (lower_is(w, "to") && lower_is(word_at(s, toks, k - 1), "close")) continue;
    if (lower_is(w, "and")) {
      // "Lee and Cole", "the book and the movie"
      const std::string_view next = word_at(s, toks, k + 1);
      if ((capitalized(word_at(s, toks, k - 1)) && capitalized(next)) || lower_is(next, "the") ||
          lower_is(next, "other"))
        continue;
      break;
    }
    // "according to new estimates by …": nouns that are also verbs go on, and so does
    // the participle in "figures released April 3 by NPD Group"
    // ("according to an archived copy", "a leaked memo": after an article it describes)
    const bool evidence_participle =
        k > 0 && (evidence_noun(word_at(s, toks, k - 1)) || article(word_at(s, toks, k - 1))) &&
        w.size() > 4 && w.substr(w.size() - 2) == "ed";
    if (ends_phrase(w) && !evidence_noun(w) && !evidence_participle &&
        (!capitalized(w) || function_word(w)))
      break;
  }
  *end = k < n ? toks[static_cast<std::size_t>(k)].start : to;
  if (k > 0) *end = toks[static_cast<std::size_t>(k - 1)].end;
  Source src = make_source(s, toks, {0, k});
  drop_final_period(s, limit, src);
  return src;
}

bool starts_clause(std::string_view s, std::uint32_t from, std::uint32_t limit) {
  const Toks toks = tokenize(s, from, std::min(limit, from + kPhraseWindow));
  const int n = static_cast<int>(toks.size());
  if (n >= 2 && is_word(toks, 0) && is_word(toks, 1)) {
    const std::string_view w = word_at(s, toks, 0);
    if (pronoun(w) || lower_equals(w, "there")) return true;
  }
  int words = 0;
  int prev = -1;  // the word before; quotation marks in the subject are passed over
  for (int k = 0; k < n && words < 14; ++k) {
    const Token::Kind kind = toks[static_cast<std::size_t>(k)].kind;
    if (kind == Token::paren || (kind == Token::quote && k > 0)) continue;
    if (!is_word(toks, k)) return false;
    const std::string_view w = word_at(s, toks, k);
    // a verb after these belongs to a clause inside the object, not to a statement
    static const WordSet kInner{"that",     "which",   "who",    "when",  "if",     "while",
                                "as",       "because", "where",  "after", "before", "since",
                                "although", "though",  "unless", "until", "once",   "whose"};
    if (kInner.contains(w)) return false;
    if (prev >= 0 && finite_verb(word_at(s, toks, prev), w, word_at(s, toks, k + 1))) return true;
    prev = k;
    ++words;
  }
  return false;
}

std::uint32_t clause_start(std::string_view s, std::uint32_t sentence_start, std::uint32_t end) {
  static const WordSet kOpeners{"the", "this", "these", "those", "but", "however", "meanwhile"};
  std::uint32_t from = sentence_start;
  if (end > sentence_start + 4 * kPhraseWindow)
    from = word_boundary_after(s, end - 4 * kPhraseWindow, end);
  const Toks toks = tokenize(s, from, end);
  std::uint32_t start = from;
  for (int k = 0; k < static_cast<int>(toks.size()); ++k) {
    const Token& t = toks[static_cast<std::size_t>(k)];
    if (t.kind == Token::colon && k + 1 < static_cast<int>(toks.size())) {
      start = toks[static_cast<std::size_t>(k + 1)].start;  // "WASHINGTON POLICY: Tariffs …"
      continue;
    }
    // "… by 1.3 percentage points The decision by …": a sentence glued to the one before.
    const std::string_view w = word_at(s, toks, k);
    if (k > 0 && capitalized(w) && kOpeners.contains(w)) {
      const std::string_view prev = word_at(s, toks, k - 1), next = word_at(s, toks, k + 1);
      if (!prev.empty() && !capitalized(prev) && !next.empty() && !capitalized(next))
        start = t.start;
    }
  }
  return start;
}

// The name a sentence opens with, after an opening phrase up to a comma, when a verb
// of any kind follows it ("Ryanair CEO, Michael O' Leary, justified his choice … by
// saying, “…”", "As well as new routes to the US, Mannion stated …, saying, “…”").
namespace {

// The name speaker_after reads at `from` when it can be a sentence's subject (see
// opening_subject), else none.
Source subject_at(std::string_view s, std::uint32_t from, std::uint32_t limit, bool pronouns,
                  bool described) {
  Speaker sp = speaker_after(s, from, limit);
  // ("Mr. Smith shot back:": lower-case words after a name, to the end, are its verb)
  if (sp.source.kind == SourceKind::name && capitalized(sp.source.name) &&
      sp.source.end - sp.source.start == sp.source.name.size()) {
    const std::string& n = sp.source.name;
    std::size_t cut = std::string::npos;  // the space before the first lower-case word
    bool tail_lower = true;
    for (std::size_t i = n.find(' '); i != std::string::npos; i = n.find(' ', i + 1)) {
      const std::size_t j = n.find(' ', i + 1);
      const std::string_view w =
          std::string_view(n).substr(i + 1, (j == std::string::npos ? n.size() : j) - i - 1);
      if (w.empty()) continue;
      if (!capitalized(w)) {
        if (cut == std::string::npos) cut = i;
      } else if (cut != std::string::npos) {
        tail_lower = false;
      }
    }
    if (cut != std::string::npos && tail_lower && !is_possessive(n.substr(0, cut)) &&
        n.substr(0, cut).find(' ') != std::string::npos) {
      sp.source.end = sp.source.start + static_cast<std::uint32_t>(cut);
      sp.source.name = n.substr(0, cut);
    }
  }
  const bool pronoun_ok = pronouns && (sp.source.kind == SourceKind::person_pronoun ||
                                       sp.source.kind == SourceKind::group_pronoun);
  // ("Immediately, a trader …", "Speaking later, …", "Asked whether …, Lee said": an
  // adverb or a participle alone opening the sentence is nobody)
  if (sp.source.kind == SourceKind::name && sp.source.end > sp.source.start) {
    const std::string_view only = s.substr(sp.source.start, sp.source.end - sp.source.start);
    if (only.find(' ') == std::string_view::npos && only.size() > 4 &&
        (adverb(only) || only.substr(only.size() - 2) == "ly" ||
         only.substr(only.size() - 3) == "ing" || only.substr(only.size() - 2) == "ed"))
      return {};
  }
  // ("The first incident", "The surge in Lee's stock": after an article, a name is in
  // capitals or ends in a title)
  const std::string_view name = s.substr(sp.source.start, sp.source.end - sp.source.start);
  const std::size_t space = name.find(' ');
  const bool led = space != std::string_view::npos && article(name.substr(0, space));
  bool named = sp.source.kind == SourceKind::name && capitalized(name);
  if (described && led && sp.source.kind == SourceKind::name)
    named = sp.source.titled || all_capitalized(name.substr(space + 1));
  if (!pronoun_ok && !named && !(described && sp.source.kind == SourceKind::company_role))
    return {};
  return sp.source;
}

}  // namespace

Source opening_subject(std::string_view s, std::uint32_t sentence_start, std::uint32_t limit,
                       bool pronouns, bool described) {
  const std::vector<Token> toks =
      tokenize(s, sentence_start, std::min(limit, sentence_start + kPhraseWindow));
  std::size_t comma = 0;  // the first comma's token
  while (comma < toks.size() && toks[comma].kind != Token::comma) ++comma;
  // "In response, the senator …": a phrase opening the sentence; its subject follows the
  // comma ("The senator …": an article opens the subject itself)
  if (!toks.empty() && toks[0].kind == Token::word &&
      function_word(s.substr(toks[0].start, toks[0].end - toks[0].start)) &&
      !pronoun(s.substr(toks[0].start, toks[0].end - toks[0].start)) &&
      !(described && article(s.substr(toks[0].start, toks[0].end - toks[0].start)))) {
    if (comma + 1 >= toks.size()) return {};
    return subject_at(s, toks[comma + 1].start, limit, pronouns, described);
  }
  // "Back in 1999, Mr. Lee said": a word and a phrase of time before the comma is no
  // name; the subject follows the comma
  const bool opener = comma >= 2 && comma <= 6 && toks[1].kind == Token::word &&
                      (preposition(s.substr(toks[1].start, toks[1].end - toks[1].start)) ||
                       util::is_digit(s[toks[1].start]));
  if (!opener) {
    Source at_start = subject_at(s, sentence_start, limit, pronouns, described);
    if (at_start.found() || comma + 1 >= toks.size()) return at_start;
  } else if (comma + 1 >= toks.size()) {
    return {};
  }
  // ("Asked whether …, Mr. Smith shot back:": after an opening clause, the name after it)
  return subject_at(s, toks[comma + 1].start, limit, pronouns, described);
}

Source nearest_name(std::string_view s, std::uint32_t floor, std::uint32_t pos) {
  std::uint32_t from = floor;
  if (pos > floor + kPhraseWindow) from = word_boundary_after(s, pos - kPhraseWindow, pos);
  const Toks toks = tokenize(s, from, pos);
  for (int k = static_cast<int>(toks.size()) - 1; k >= 0; --k) {
    const std::string_view w = word_at(s, toks, k);
    if (w.empty()) continue;
    if (company_noun(strip_possessive(w)) && lower_is(word_at(s, toks, k - 1), "the")) {
      return make_source(s, toks, {k - 1, k + 1});
    }
    if (!capitalized(w) || function_word(w) || ends_phrase(lower(w))) continue;
    if (w.size() > 4 && acronym(w)) continue;  // "TALLAHASSEE —": a dateline
    if (compound_adjective(w)) continue;       // "The Perth-based miner"
    // ("Almost 650 golf courses …": a word before a number counts, it names nobody)
    if (k + 1 < static_cast<int>(toks.size()) && is_word(toks, k + 1) &&
        util::is_digit(word_at(s, toks, k + 1)[0]))
      continue;
    int lo = k;
    // "Project on Government Oversight": small words between capitalized ones
    auto joins = [&](int i) {
      const std::string_view x = word_at(s, toks, i);
      return x == "of" || x == "on" || x == "for" || x == "and" || x == "&";
    };
    while (lo > 0 && k - lo < 5 &&
           (capitalized(word_at(s, toks, lo - 1)) ||
            (lo > 1 && joins(lo - 1) && capitalized(word_at(s, toks, lo - 2)))))
      lo -= capitalized(word_at(s, toks, lo - 1)) ? 1 : 2;
    if (lo == 0 && function_word(word_at(s, toks, 0))) ++lo;
    if (lo > k) continue;
    Source src = make_source(s, toks, {lo, k + 1});
    // a place or a group named near a quote ("in Fort Mill", "Hispanic voters") is
    // where or about whom it was said, not who said it
    bool somebody = src.kind == SourceKind::name;
    for (int i = lo; i <= k && somebody; ++i) {
      const std::string_view x = word_at(s, toks, i);
      somebody = !place_word(x) && !group_word(x) && !state_abbreviation(x);
    }
    // ("on Twitter", "at a rally in Wilmington", "in an interview with CNN": after a
    // preposition a name is where or to whom; "his Twitter followers": a name before a
    // noun describes the noun)
    static const WordSet kWhere{"in", "on", "at", "from", "via", "to", "with", "into", "near"};
    if (lo > 0 && is_word(toks, lo - 1) && kWhere.contains(word_at(s, toks, lo - 1)) &&
        !capitalized(word_at(s, toks, lo - 1)))
      somebody = false;
    if (lo == k && platform_word(w) && k + 1 < static_cast<int>(toks.size()) &&
        is_word(toks, k + 1) && !capitalized(word_at(s, toks, k + 1)))
      somebody = false;
    // ("Immediately, …", "Recalling the vote, …": a sentence's first word alone)
    if (lo == k && k == 0 && from == floor) {
      const bool form =
          (w.size() > 4 && (w.substr(w.size() - 2) == "ly" || w.substr(w.size() - 3) == "ing")) ||
          adverb(w) || names::Gazetteer::get().common_word(w);
      if (form) somebody = false;
    }
    if (somebody) return src;
    k = lo;  // none of the run's words is a name on its own
  }
  return {};
}

// Whether s[a, b) has a finite verb: a clause rather than a phrase.
bool has_verb(std::string_view s, std::uint32_t a, std::uint32_t b) {
  const std::vector<Token> toks = tokenize(s, a, b);
  auto w = [&](std::size_t i) {
    return i < toks.size() && toks[i].kind == Token::word
               ? s.substr(toks[i].start, toks[i].end - toks[i].start)
               : std::string_view();
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind == Token::word &&
        finite_verb(i > 0 ? w(i - 1) : std::string_view(), w(i), w(i + 1)))
      return true;
  }
  return false;
}

int count_words(std::string_view s, std::uint32_t a, std::uint32_t b, int enough) {
  int n = 0;
  bool in_word = false, has_alnum = false;
  for (std::uint32_t i = a; i <= b && n < enough; ++i) {
    const bool space = i == b || s[i] == ' ' || s[i] == '\n';
    if (space) {
      if (in_word && has_alnum) ++n;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      has_alnum = has_alnum || util::is_alnum(s[i]) || static_cast<unsigned char>(s[i]) >= 0xC0;
    }
  }
  return n;
}

}  // namespace finlens::claims
