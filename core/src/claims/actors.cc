#include "claims/actors.h"

#include <algorithm>

#include "claims/words.h"
#include "util/gate.h"
#include "util/scan.h"

namespace finlens::claims {
namespace {

// A word that can be part of a person's name: a capital, then small letters, save
// the usual inner capitals ("McNab", "MacDonald", "O'Leary", "DesRosier", "Perez-Guerra").
bool name_word(std::string_view w) {
  if (!capitalized(w) || acronym(w)) return false;
  if (w.size() == 2 && w[1] == '.') return true;  // an initial
  for (std::size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if (util::is_digit(c)) return false;
    if (!util::is_upper(c)) continue;
    const char p = w[i - 1];
    const bool prefix =
        p == '-' || p == '\'' || (i == 2 && w.substr(0, 2) == "Mc") ||
        (i == 3 && w.substr(0, 3) == "Mac") ||
        (i == 2 && (w.substr(0, 2) == "De" || w.substr(0, 2) == "Di" || w.substr(0, 2) == "La" ||
                    w.substr(0, 2) == "Le")) ||
        (i == 3 && (w.substr(0, 3) == "Des" || w.substr(0, 3) == "Van" || w.substr(0, 3) == "Von"));
    if (!prefix) return false;
  }
  return true;
}

std::vector<std::string_view> split_words(std::string_view name) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j > i) out.push_back(strip_possessive(name.substr(i, j - i)));
    i = j;
  }
  return out;
}

// Person names the text marks as such: after a title ("President Donald Trump", "CEO
// Eddie Wu"), or before an apposition with a title ("Wu, CEO of Alibaba", "Andy Wong
// (黃耀宗), investment and ESG director").
// Names are matched in Latin script (with accents): Unicode-wide letter classes make
// these searches several times slower, and names in other scripts come in brackets.
void collect_titled_names(std::string_view s, Actors& actors) {
  static const RE2 titled(
      R"((?i:ceo|chief executive(?: officer)?|chairman|chairwoman|president|founder|co-founder|analyst|)"
      R"(economist|strategist|spokes(?:man|woman|person)|director|professor|minister|senator|governor|)"
      R"(secretary|mr\.?|mrs\.?|ms\.?|dr\.?|sen\.|rep\.|gov\.|cfo|coo|cto|chair|manager|trader|lawyer|)"
      R"(attorney|representative|mayor|reporter|writer|editor|commentator|adviser|advisor|premier|chancellor))"
      R"(\s+((?:[A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’.-]*\s+){0,2}[A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’-]+))",
      util::pattern_options());
  static const RE2 apposed(
      R"(([A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’-]+(?:\s+[A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’-]+){0,2})(?:\s+\([^)\n]{1,40}\))?,\s+)"
      R"((?:(?:the|a|an|its|his|her)\s+)?(?:[\w\x{C0}-\x{24F}&'’-]+\s+){0,5}?)"
      R"((?i:ceo|chief|chairman|chairwoman|president|founder|director|professor|analyst|economist|executive|)"
      R"(strategist|spokes(?:man|woman|person)|head|minister|secretary|manager|partner|officer)\b)",
      util::pattern_options());
  auto learn = [&](const auto& g) {
    const std::uint32_t at = util::offset_in(s, g[1]);
    actors.learn_person(util::sv(g[1]), at, at + static_cast<std::uint32_t>(g[1].size()));
  };
  // Only lines holding a title word can match (util/gate.h).
  static util::Needles needles;
  static const int titles = needles.add({"ceo",
                                         "chief",
                                         "chair",
                                         "president",
                                         "founder",
                                         "analyst",
                                         "economist",
                                         "strategist",
                                         "spokes",
                                         "director",
                                         "professor",
                                         "minister",
                                         "senator",
                                         "governor",
                                         "secretary",
                                         "mr",
                                         "ms",
                                         "dr",
                                         "sen",
                                         "rep",
                                         "gov",
                                         "cfo",
                                         "coo",
                                         "cto",
                                         "manager",
                                         "trader",
                                         "lawyer",
                                         "attorney",
                                         "representative",
                                         "mayor",
                                         "reporter",
                                         "writer",
                                         "editor",
                                         "commentator",
                                         "adviser",
                                         "advisor",
                                         "premier",
                                         "chancellor"});
  static const int roles =
      needles.add({"ceo", "chief", "chair", "president", "founder", "director", "professor",
                   "analyst", "economist", "executive", "strategist", "spokes", "head", "minister",
                   "secretary", "manager", "partner", "officer"});
  const util::Gate gate(s, needles);
  util::for_each_match_in<2>(titled, s, gate.lines(titles), learn);
  util::for_each_match_in<2>(apposed, s, gate.lines(roles), learn);
}

// The name a sentence starts with, when a verb follows it: "Ma had kept a low profile",
// "In a speech …, Trump said …".
void collect_subjects(std::string_view s, const sections::Layout& layout, std::vector<Actor>& out) {
  for (const sections::Sentence& sen : layout.sentences) {
    const std::uint32_t end = std::min(sen.range.end, sen.range.start + kPhraseWindow);
    const std::vector<Token> toks = tokenize(s, sen.range.start, end);
    std::size_t k = 0;
    auto word = [&](std::size_t i) {
      return i < toks.size() && toks[i].kind == Token::word
                 ? s.substr(toks[i].start, toks[i].end - toks[i].start)
                 : std::string_view();
    };
    const bool the_title = lower(word(0)) == "the" && title_word(word(1)) && capitalized(word(1));
    if (function_word(word(0)) && !pronoun(word(0)) && !the_title) {
      // an opening phrase up to a comma ("In a speech to Republicans on Jan. 27, ")
      while (k < toks.size() && toks[k].kind != Token::comma) ++k;
      ++k;
    }
    if (lower(word(k)) == "the" && capitalized(word(k + 1)) && title_word(word(k + 1)))
      ++k;  // "the Prime Minister"
    const std::size_t first = k;
    bool possessive = false;  // "Alibaba’s shares …": the subject is the shares
    while (k < toks.size() && !possessive) {
      const std::string_view w = word(k);
      if (toks[k].kind == Token::paren && k > first) {
        ++k;
        continue;
      }
      if (w.empty()) break;
      if ((capitalized(w) && !ends_phrase(lower(w))) || w == "&" ||
          ((w == "of" || w == "and") && capitalized(word(k + 1)) && k > first)) {
        possessive = is_possessive(w);
        ++k;
        continue;
      }
      break;
    }
    if (possessive || k == first || function_word(word(first))) continue;
    std::size_t after = k;
    if (after < toks.size() && toks[after].kind == Token::comma && !capitalized(word(after + 1)) &&
        !word(after + 1).empty() && !function_word(word(after + 1))) {
      ++after;  // "The firm's president and chief executive, Alan Mulally, commented …"
    } else if (after < toks.size() && toks[after].kind == Token::comma) {
      // "Rick Wagoner, GM's chief executive, described …"
      std::size_t c = after + 1;
      while (c < toks.size() && c < after + 14 && toks[c].kind != Token::comma) ++c;
      if (c < toks.size() && toks[c].kind == Token::comma) after = c + 1;
    }
    const std::string_view next = word(after);
    if (next.empty() || capitalized(next) || preposition(next)) continue;
    std::size_t last = k - 1;
    while (last > first && toks[last].kind == Token::paren) --last;
    std::string name;
    for (std::size_t i = first; i <= last; ++i) {
      if (toks[i].kind != Token::word) continue;
      if (!name.empty()) name += ' ';
      name += word(i);
    }
    out.push_back({toks[first].start, toks[last].end, std::move(name)});
  }
}

}  // namespace

Actors::Actors(std::string_view s, const sections::Layout& layout) {
  collect_titled_names(s, *this);
  collect_subjects(s, layout, subjects_);
  std::stable_sort(subjects_.begin(), subjects_.end(),
                   [](const Actor& a, const Actor& b) { return a.start < b.start; });
}

void Actors::learn_person(std::string_view name, std::uint32_t start, std::uint32_t end) {
  const std::vector<std::string_view> words = split_words(name);
  if (words.empty() || words.size() > 4) return;
  for (std::string_view w : words) {
    if (organization_word(w) || title_word(w) || !name_word(w)) return;
  }
  person_words_.insert(lower(words.back()));
  person_words_.insert(lower(name));
  if (end > start) subjects_.push_back({start, end, std::string(strip_possessive(name))});
}

bool Actors::is_person(std::string_view name) const {
  const std::vector<std::string_view> words = split_words(name);
  if (words.empty() || words.size() > 4) return false;
  // "the Prime Minister", "Boeing's chief executive": a title names a person
  if (title_word(words.back()) && words.back().back() != 's') return true;
  for (std::string_view w : words) {
    if (organization_word(w) || !name_word(w)) return false;  // "First A380", "Current PowerPC"
  }
  if (person_words_.count(lower(words.back())) != 0) return true;
  // Two or three capitalized words that are not a place's: "Andy Wong", "Jack Ma".
  return words.size() >= 2 && words.size() <= 3 && !place_word(words[0]) &&
         !function_word(words[0]);
}

bool Actors::maybe_person(std::string_view name) const {
  const std::vector<std::string_view> words = split_words(name);
  if (words.size() != 1 || !name_word(words[0]) || source_noun(words[0]) || function_word(words[0]))
    return false;
  return !organization_word(words[0]);
}

bool Actors::is_organization(std::string_view name) const {
  if (is_person(name)) return false;
  const std::vector<std::string_view> words = split_words(name);
  if (words.empty()) return false;
  for (std::string_view w : words) {
    if (organization_word(w) || acronym(w)) return true;
  }
  // A single capitalized word that is nobody's name: "Alibaba", "Bloomberg".
  return words.size() == 1 && capitalized(words[0]) && !source_noun(words[0]);
}

void resolve(std::string_view s, std::vector<Draft>& drafts, const Actors& actors) {
  // Sources in the order they are written; each pronoun looks back from where it stands.
  std::vector<std::size_t> order(drafts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto anchor = [&](std::size_t i) {
    const Draft& d = drafts[i];
    return d.source.end != 0 ? d.source.start : d.attribution_start;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return anchor(a) < anchor(b); });

  // The last of each (an empty name: none yet). `named` is the last single name that
  // nothing marks as a person's or an organization's ("Trump said …"): "he" falls back
  // to it when the text has named no person for sure.
  Actor person, organization, anyone, named;
  auto note = [&](const Actor& a) {
    if (actors.is_person(a.name)) {
      person = a;
    } else if (actors.is_organization(a.name)) {
      organization = a;
      if (actors.maybe_person(a.name)) named = a;
    }
    anyone = a;
  };
  const std::vector<Actor>& subjects = actors.subjects();
  std::size_t next_subject = 0;
  for (std::size_t i : order) {
    Draft& d = drafts[i];
    const std::uint32_t at = anchor(i);
    while (next_subject < subjects.size() && subjects[next_subject].start < at)
      note(subjects[next_subject++]);
    const Actor* to = nullptr;
    switch (d.source.kind) {
      case SourceKind::person_pronoun:
        to = person.name.empty() ? &named : &person;
        break;
      case SourceKind::group_pronoun:
        to = &anyone;
        break;
      case SourceKind::thing_pronoun:
      case SourceKind::company_role:
        to = &organization;
        break;
      default:
        break;
    }
    // "In a statement on the Airbus website, the company said": a company named
    // earlier in the same sentence comes first.
    Actor here;
    if (d.source.kind == SourceKind::company_role || d.source.kind == SourceKind::thing_pronoun) {
      // (not inside the quote it attributes: “We love the Beatles,” the company said.)
      const std::uint32_t from =
          d.source.start >= d.after ? std::max(d.sentence_start, d.after) : d.sentence_start;
      const Source near = nearest_name(s, from, d.source.start);
      if (near.found() && actors.is_organization(near.name)) {
        here = {near.start, near.end, near.name};
        to = &here;
      }
    }
    if (to != nullptr && !to->name.empty()) {
      d.source.name = to->name;
      d.source.start = to->start;
      d.source.end = to->end;
      d.source.kind = SourceKind::name;
    }
    if (d.source.kind == SourceKind::name && d.via == Via::cue)
      note({d.source.start, d.source.end, d.source.name});
  }
}

}  // namespace finlens::claims
