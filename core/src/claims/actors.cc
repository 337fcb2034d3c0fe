#include "claims/actors.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>

#include "claims/words.h"
#include "names/gazetteer.h"
#include "util/gate.h"
#include "util/scan.h"
#include "util/swar.h"

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
                    w.substr(0, 2) == "Le" || w.substr(0, 2) == "Du")) ||
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

// The words of a name as split_words gives them, for the name tests that run for every
// name a pronoun looks back at: no allocation. The first kKept words are kept, and the
// last; all are counted.
class NameWords {
 public:
  static constexpr std::size_t kKept = 6;
  explicit NameWords(std::string_view name);
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  std::string_view operator[](std::size_t i) const { return kept_[i]; }  // i < kKept
  std::string_view back() const { return last_; }
  // The kept words: all of them when size() <= kKept.
  const std::string_view* begin() const { return kept_.data(); }
  const std::string_view* end() const { return kept_.data() + std::min(n_, kKept); }

 private:
  std::array<std::string_view, kKept> kept_{};
  std::string_view last_;
  std::size_t n_ = 0;
};

NameWords::NameWords(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j > i) {
      last_ = strip_possessive(name.substr(i, j - i));
      if (n_ < kKept) kept_[n_] = last_;
      ++n_;
    }
    i = j;
  }
}

// The two patterns of collect_titled_names are the stage's costliest reads: their DFAs
// are large, an unanchored search builds many states, and few lines hold a match. So the
// text is first read for what a match needs, and each pattern runs anchored, from the
// places where a match may start: `titled` from titles that stand before a name's first
// letter, `apposed` from names' first letters before a comma with a role word after it.
// Those reads see the text as the patterns do: their words match in any ASCII case,
// \s is [\t\n\f\r ], and a name's first letter is [A-Z] or U+00C0..U+00DE.

constexpr std::array<bool, 256> kReSpace = [] {
  std::array<bool, 256> t{};
  for (unsigned c : {unsigned{' '}, unsigned{'\t'}, unsigned{'\n'}, unsigned{'\f'}, unsigned{'\r'}})
    t[c] = true;
  return t;
}();

bool re_space(char c) { return kReSpace[static_cast<unsigned char>(c)]; }

char ascii_lower(unsigned char c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// The byte before s[i], ASCII letters in lower case (0 for any non-ASCII byte: no title
// or role word has one); `i` moves back to it.
char folded_before(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[--i]);
  return c < 0x80 ? ascii_lower(c) : 0;
}

// The same forward: the byte at s[i]; `i` moves past it.
char folded_at(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i++]);
  return c < 0x80 ? ascii_lower(c) : 0;
}

// Bytes a name's first letter starts with: A-Z, and 0xC3 (À..Þ are C3 80..C3 9E).
constexpr std::array<bool, 256> kCapitalByte = [] {
  std::array<bool, 256> t{};
  for (unsigned c = 'A'; c <= 'Z'; ++c) t[c] = true;
  t[0xC3] = true;
  return t;
}();

// A name's first letter at s[n]: [A-Z] or À..Þ.
bool name_capital(std::string_view s, std::size_t n, std::size_t end) {
  if (!kCapitalByte[static_cast<unsigned char>(s[n])]) return false;
  if (s[n] != '\xC3') return true;
  return n + 1 < end && static_cast<unsigned char>(s[n + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[n + 1]) <= 0x9E;
}

// The titles `titled` (collect_titled_names) reads before a name, spelled out: the
// pattern's alternatives, the Gate's needles and titled_starts all come from this list.
constexpr std::string_view kTitleWords[] = {"ceo",
                                            "chief executive",
                                            "chief executive officer",
                                            "chairman",
                                            "chairwoman",
                                            "president",
                                            "founder",
                                            "co-founder",
                                            "analyst",
                                            "economist",
                                            "strategist",
                                            "spokesman",
                                            "spokeswoman",
                                            "spokesperson",
                                            "director",
                                            "professor",
                                            "minister",
                                            "senator",
                                            "governor",
                                            "secretary",
                                            "mr",
                                            "mr.",
                                            "mrs",
                                            "mrs.",
                                            "ms",
                                            "ms.",
                                            "dr",
                                            "dr.",
                                            "sen.",
                                            "rep.",
                                            "gov.",
                                            "cfo",
                                            "coo",
                                            "cto",
                                            "chair",
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
                                            "chancellor"};

// The role words `apposed` reads after a name and a comma ("Wu, CEO of …"), spelled out:
// the pattern's alternatives, the Gate's needles and apposed_starts come from this list.
constexpr std::string_view kRoleWords[] = {
    "ceo",          "chief",   "chairman",  "chairwoman", "president",  "founder",   "director",
    "professor",    "analyst", "economist", "executive",  "strategist", "spokesman", "spokeswoman",
    "spokesperson", "head",    "minister",  "secretary",  "manager",    "partner",   "officer"};

// Words as a pattern's alternatives in any ASCII case ("[cC][eE][oO]"), longer first:
// leftmost-first matching then prefers "chairman" to "chair" and "mr." to "mr". Not (?i),
// which also reads ſ as s and the Kelvin sign as k: the Gate's needles (util/gate.h) fold
// ASCII only, and every match must hold one of them.
constexpr std::size_t kMaxWordBytes = 1u << 16;

std::string alternation(std::span<const std::string_view> words) {
  std::vector<std::string_view> sorted(words.begin(), words.end());
  std::vector<std::uint32_t> shorter(sorted.size());  // longest first
  for (std::size_t i = 0; i < sorted.size(); ++i)
    shorter[i] =
        static_cast<std::uint32_t>(kMaxWordBytes - std::min(kMaxWordBytes, sorted[i].size()));
  apply_order(sorted, stable_order(shorter));
  std::string out;
  for (std::string_view w : sorted) {
    if (!out.empty()) out += '|';
    for (char c : w) {
      if (c >= 'a' && c <= 'z') {
        out += {'[', c, static_cast<char>(c - 'a' + 'A'), ']'};
      } else {
        out += RE2::QuoteMeta(re2::StringPiece(&c, 1));
      }
    }
  }
  return out;
}

// The titles by their last letter, and where they end in the text.
class Titles {
 public:
  Titles() {
    for (std::string_view w : kTitleWords)
      by_last_[static_cast<unsigned char>(w.back())].push_back(w);
  }

  // Adds to `out` where each title that ends at `end` (and starts at or after `floor`)
  // starts.
  void starts_ending_at(std::string_view s, std::size_t floor, std::size_t end,
                        std::vector<std::uint32_t>& out) const {
    std::size_t i = end;
    const char last = folded_before(s, i);
    for (std::string_view w : by_last_[static_cast<unsigned char>(last)]) {
      std::size_t j = i, k = w.size() - 1;  // w[k] is the next letter to find, backwards
      while (k > 0 && j > floor && folded_before(s, j) == w[k - 1]) --k;
      if (k == 0) out.push_back(static_cast<std::uint32_t>(j));
    }
  }

 private:
  std::array<std::vector<std::string_view>, 128> by_last_;  // 0 (no title's letter) is empty
};

// Where `titled` may match in the line, in order: the starts of the titles that stand
// right before spaces and a name's first letter ("CEO Eddie Wu").
// Whether one of the eight bytes at p is A-Z or 0xC3 (kCapitalByte), tested a word at a
// time: most runs of eight bytes of prose hold no capital and are skipped at once.
bool may_hold_capital(const unsigned char* p) {
  const std::uint64_t x = util::word_at(p);
  using util::kOnes;
  constexpr std::uint64_t kHigh = util::kHighs;
  // a byte in 0x41..0x5A: 0x40 < b < 0x5B, for bytes below 0x80 (no borrow or carry
  // crosses a byte: each is masked to seven bits first)
  const std::uint64_t low = x & ~kHigh;
  const std::uint64_t upper =
      (kOnes * (127 + 0x5B) - low) & ~x & (low + kOnes * (127 - 0x40)) & kHigh;
  // a byte 0xC3: a zero byte of x ^ 0xC3…
  const std::uint64_t y = x ^ (kOnes * 0xC3);
  const std::uint64_t c3 = (y - kOnes) & ~y & kHigh;
  return (upper | c3) != 0;
}

void titled_starts(std::string_view s, util::LineRange line, std::vector<std::uint32_t>& out) {
  static const Titles kTitles;
  out.clear();
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = line.start + 1;
  while (n < line.end) {
    if (n + 8 <= line.end && !may_hold_capital(bytes + n)) {
      n += 8;
      continue;
    }
    for (const std::size_t stop = std::min<std::size_t>(n + 8, line.end); n < stop; ++n) {
      if (!kCapitalByte[bytes[n]]) continue;  // most bytes: one look
      if (!kReSpace[bytes[n - 1]] || !name_capital(s, n, line.end)) continue;
      std::size_t e = n - 1;  // where the spaces before the letter start
      while (e > line.start && re_space(s[e - 1])) --e;
      if (e > line.start) kTitles.starts_ending_at(s, line.start, e, out);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// An `apposed` match is a name, a comma and spaces, then a role word among the first
// seven words (an article and five words may stand before it): "Wu, CEO of …", "Ma, the
// group's founder". Where it may match in the line, in order: each name's first letter
// before the last comma that has a role word (kRoleWords) after it.
void apposed_starts(std::string_view s, util::LineRange line, std::vector<std::uint32_t>& out) {
  static const auto kRoles = [] {
    std::array<std::vector<std::string_view>, 128> by_first;
    for (std::string_view w : kRoleWords) by_first[static_cast<unsigned char>(w[0])].push_back(w);
    return by_first;
  }();
  auto role_at = [&](std::size_t i) {
    const char first = folded_at(s, i);
    for (std::string_view w : kRoles[static_cast<unsigned char>(first)]) {
      std::size_t j = i, k = 1;
      while (k < w.size() && j < line.end && folded_at(s, j) == w[k]) ++k;
      if (k == w.size()) return true;
    }
    return false;
  };
  auto role_follows = [&](std::size_t i) {  // i: after the comma
    for (int word = 0; word < 7; ++word) {
      while (i < line.end && re_space(s[i])) ++i;
      if (i == line.end) return false;
      if (role_at(i)) return true;
      while (i < line.end && !re_space(s[i])) ++i;
    }
    return false;
  };
  out.clear();
  std::size_t last = line.start;  // the last comma with a role after it, or none
  const std::string_view text = s.substr(0, line.end);
  for (std::size_t c = text.find(',', line.start); c != std::string_view::npos;
       c = text.find(',', c + 1)) {
    if (c + 1 < line.end && re_space(s[c + 1]) && role_follows(c + 1)) last = c;
  }
  for (std::size_t p = line.start; p < last; ++p) {
    if (name_capital(s, p, line.end)) out.push_back(static_cast<std::uint32_t>(p));
  }
}

// Calls f(g) for each match of `re` in the line, as an unanchored search of the line finds
// them, given `starts`: every place in order where a match may start. The first of them
// where the pattern matches, anchored, is where the leftmost match starts, and that
// anchored match is the one the search finds (leftmost-first); the next search starts at
// its end. With `group` given, `re` is asked for the bounds alone and group 1 is read
// with `group` from the same start, within them (see collect_titled_names).
template <class F>
void for_each_match_from(const RE2& re, std::string_view s, util::LineRange line,
                         const std::vector<std::uint32_t>& starts, F&& f,
                         const RE2* group = nullptr) {
  std::array<re2::StringPiece, 2> g;
  std::array<re2::StringPiece, 1> bounds;
  std::size_t pos = line.start;
  for (const std::uint32_t p : starts) {
    if (p < pos) continue;
    if (!group) {
      if (!util::match_at(re, s, p, g, line.end)) continue;
    } else {
      if (!util::match_at(re, s, p, bounds, line.end)) continue;
      const std::size_t end = p + bounds[0].size();
      if (!util::match_at(*group, s, p, g, end)) continue;  // (never: see the caller)
      g[0] = bounds[0];
    }
    f(g);
    pos = util::offset_in(s, g[0]) + g[0].size();
  }
}

// Whether a line (with no '\n') holds a needle of `group`. A Gate of the line alone marks
// it as the Gate of the whole text would.
bool gated(std::string_view s, util::LineRange line, const util::Needles& needles, int group) {
  return !util::Gate(s.substr(line.start, line.end - line.start), needles).lines(group).empty();
}

// Calls f(line) for each line of s, split at '\n' as a Gate splits the text.
template <class F>
void for_each_line(std::string_view s, F&& f) {
  std::size_t start = 0;
  while (true) {
    const std::size_t nl = s.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? s.size() : nl;
    f(util::LineRange{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

// Person names the text marks as such: after a title ("President Donald Trump", "CEO
// Eddie Wu"), or before an apposition with a title ("Wu, CEO of Alibaba", "Andy Wong
// (黃耀宗), investment and ESG director").
// Names are matched in Latin script (with accents): Unicode-wide letter classes make
// these searches several times slower, and names in other scripts come in brackets.
void collect_titled_names(std::string_view s, Actors& actors) {
  static const RE2 titled(
      "(?:" + alternation(kTitleWords) + ")" +
          R"(\s+((?:[A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’.-]*\s+){0,2}[A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’-]+))",
      util::pattern_options());
  // `apposed` begins with the name and what ends it: a comma, or a parenthesis and then a
  // comma. No name word holds a space, a comma or a parenthesis, so that beginning fixes
  // the name (group 1) for a match from a given start, however the rest is read.
  static const std::string apposed_head =
      R"(([A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’-]+(?:\s+[A-Z\x{C0}-\x{DE}][\w\x{C0}-\x{24F}'’-]+){0,2})(?:\s+\([^)\n]{1,40}\))?,\s+)";
  static const RE2 apposed(
      apposed_head + R"((?:(?:the|a|an|its|his|her)\s+)?(?:[\w\x{C0}-\x{24F}&'’-]+\s+){0,5}?)" +
          "(?:" + alternation(kRoleWords) + R"()\b)",
      util::pattern_options());
  // The name read from a match's start with the head alone: the role words make `apposed`
  // too large for re2's BitState, and its NFA reads the groups at some 50 000
  // instructions a match.
  static const RE2 apposed_name(apposed_head, util::pattern_options());
  auto learn = [&](const auto& g) {
    const std::uint32_t at = util::offset_in(s, g[1]);
    // "Mr. Hedge", "Ms. Ortiz": the title says the gender
    const std::string_view whole = util::sv(g[0]);
    const std::string_view title = whole.substr(0, whole.find_first_of(" \t\n"));
    actors.learn_person(util::sv(g[1]), at, at + static_cast<std::uint32_t>(g[1].size()),
                        word_gender(title));
  };
  // Only lines holding a title word can match (util/gate.h).
  static util::Needles needles;
  static const int titles = needles.add(kTitleWords);
  // A title that starts a word is a needle of `titles` at a word start: the Gate would let
  // its line through, so it is built only for lines whose titles all end other words.
  auto word_start = [&](std::uint32_t p) { return p == 0 || !util::is_ascii_alpha(s[p - 1]); };
  // Each pattern from the places in a line where it may match, when its Gate group lets
  // the line through: all lines for `titled`, then all lines for `apposed`.
  std::vector<std::uint32_t> starts;
  for_each_line(s, [&](util::LineRange line) {
    titled_starts(s, line, starts);
    if (!starts.empty() &&
        (std::any_of(starts.begin(), starts.end(), word_start) || gated(s, line, needles, titles)))
      for_each_match_from(titled, s, line, starts, learn);
  });
  // (`apposed` needs no Gate: a line has starts only when a role word (kRoleWords) follows
  // a space in it, which is a needle of that list at a word start)
  for_each_line(s, [&](util::LineRange line) {
    apposed_starts(s, line, starts);
    if (!starts.empty()) for_each_match_from(apposed, s, line, starts, learn, &apposed_name);
  });
}

// The name a sentence starts with, when a verb follows it: "Ma had kept a low profile",
// "In a speech …, Trump said …".
void collect_subjects(std::string_view s, const sections::Layout& layout,
                      const SentenceTokens& tokens, std::vector<Actor>& out) {
  std::vector<Token> window;
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const sections::Sentence& sen = layout.sentences[si];
    const std::uint32_t end = std::min(sen.range.end, sen.range.start + kPhraseWindow);
    // A sentence that fits in the window has its tokens already; a longer one is cut
    // at the window's end, which changes its last tokens, so those are read again.
    std::span<const Token> toks = tokens.of(si);
    if (end != sen.range.end) {
      tokenize_from(s, sen.range.start, end, toks, window);
      toks = window;
    }
    std::size_t k = 0;
    auto word = [&](std::size_t i) {
      return i < toks.size() && toks[i].kind == Token::word
                 ? s.substr(toks[i].start, toks[i].end - toks[i].start)
                 : std::string_view();
    };
    const bool the_title =
        lower_equals(word(0), "the") && title_word(word(1)) && capitalized(word(1));
    if (function_word(word(0)) && !pronoun(word(0)) && !the_title) {
      // an opening phrase up to a comma ("In a speech to Republicans on Jan. 27, ")
      while (k < toks.size() && toks[k].kind != Token::comma) ++k;
      ++k;
    }
    if (lower_equals(word(k), "the") && capitalized(word(k + 1)) && title_word(word(k + 1)))
      ++k;  // "the Prime Minister"
    // "Opposition leader Marit Stiles was …", "Finance minister Ana Ruiz said": a title in
    // lower case after a capitalized word stands before the name
    if (capitalized(word(k)) && title_word(word(k + 1)) && !capitalized(word(k + 1)) &&
        capitalized(word(k + 2)))
      k += 2;
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
    out.push_back({toks[first].start, toks[last].end, std::move(name), true});
  }
}

// People named with a common first name ("Phyllis Schlafly", "Bill Clinton"): their
// surnames are people's, and the first name says the gender.
void collect_first_names(std::string_view s, const sections::Layout& layout,
                         const SentenceTokens& tokens, Actors& actors) {
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const std::span<const Token> toks = tokens.of(si);
    for (std::size_t k = 0; k + 1 < toks.size(); ++k) {
      if (toks[k].kind != Token::word || toks[k + 1].kind != Token::word) continue;
      const std::string_view first = s.substr(toks[k].start, toks[k].end - toks[k].start);
      if (!capitalized(first)) continue;
      const Gender g = first_name_gender(first);
      if (g == Gender::unknown) continue;
      std::size_t last = k + 1;  // "John F. Kennedy": past an initial
      auto word = [&](std::size_t i) {
        return s.substr(toks[i].start, toks[i].end - toks[i].start);
      };
      if (word(last).size() == 2 && word(last)[1] == '.' && last + 1 < toks.size() &&
          toks[last + 1].kind == Token::word)
        ++last;
      const std::string_view surname = strip_possessive(word(last));
      if (!name_word(surname) || organization_word(surname) || title_word(surname)) continue;
      const std::string_view full =
          s.substr(toks[k].start, toks[last].start + surname.size() - toks[k].start);
      actors.learn_gender(full, g);
      actors.learn_surname(full);
    }
  }
}

// Each later mention of a person named in full ("Ayotte" after "Kelly Ayotte"), as a
// name mentioned in passing: "This is not the race Ayotte hoped for. She …".
void collect_mentions(std::string_view s, const sections::Layout& layout,
                      const SentenceTokens& tokens, const Actors& actors, std::vector<Actor>& out) {
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    for (const Token& t : tokens.of(si)) {
      // (a possessive ending leaves the capital: the test needs no stripped word)
      if (t.kind != Token::word || !capitalized(s.substr(t.start, t.end - t.start))) continue;
      const std::string_view w = strip_possessive(s.substr(t.start, t.end - t.start));
      if (!actors.known_surname(w)) continue;
      out.push_back({t.start, t.start + static_cast<std::uint32_t>(w.size()), std::string(w)});
    }
  }
}

}  // namespace

Actors::Actors(std::string_view s, const sections::Layout& layout, const SentenceTokens& tokens) {
  collect_titled_names(s, *this);
  collect_first_names(s, layout, tokens, *this);
  collect_subjects(s, layout, tokens, subjects_);
  collect_mentions(s, layout, tokens, *this, subjects_);
  std::vector<std::uint32_t> starts(subjects_.size());
  for (std::size_t i = 0; i < subjects_.size(); ++i) starts[i] = subjects_[i].start;
  apply_order(subjects_, stable_order(starts));
}

void Actors::learn_person(std::string_view name, std::uint32_t start, std::uint32_t end,
                          Gender gender) {
  const NameWords words(name);
  if (words.empty() || words.size() > 4) return;
  for (std::string_view w : words) {
    if (organization_word(w) || title_word(w) || !name_word(w)) return;
  }
  learn_person_word(words.back());
  learn_person_word(name);
  learn_gender(name, gender);
  if (end > start) subjects_.push_back({start, end, std::string(strip_possessive(name)), false});
}

void Actors::learn_gender(std::string_view name, Gender gender) {
  const NameWords words(name);
  if (words.empty() || gender == Gender::unknown) return;
  // the surname stands for the person later ("Ruiz said"); a surname two people of
  // both genders share ("Bill Clinton", "Hillary Clinton") says nothing
  auto learn = [&](std::string key) {
    auto [it, added] = genders_.emplace(std::move(key), gender);
    if (!added && it->second != gender) it->second = Gender::unknown;
  };
  learn(lower(words.back()));
  if (words.size() > 1) learn(lower(name));
}

Gender Actors::gender(std::string_view name) const {
  const NameWords words(name);
  if (words.empty()) return Gender::unknown;
  auto it = genders_.find(lower(name));
  if (it != genders_.end()) return it->second;
  if (words.size() >= 2) {
    const Gender g = first_name_gender(words[0]);
    if (g != Gender::unknown) return g;
  }
  it = genders_.find(lower(words.back()));
  if (it != genders_.end()) return it->second;
  return words.size() == 1 ? first_name_gender(words[0]) : Gender::unknown;  // "Bob"
}

bool Actors::is_person(std::string_view name) const {
  const NameWords words(name);
  if (words.empty() || words.size() > 4) return false;
  // "the Prime Minister", "Boeing's chief executive": a title names a person
  if (title_word(words.back()) && words.back().back() != 's') return true;
  for (std::string_view w : words) {
    if (!name_word(w) || organization_word(w)) return false;  // "First A380", "Current PowerPC"
  }
  if (person_words_.count(lower(words.back())) != 0) return true;
  // Two or three capitalized words that are not a place's: "Andy Wong", "Jack Ma".
  return words.size() >= 2 && words.size() <= 3 && !place_word(words[0]) &&
         !function_word(words[0]);
}

bool Actors::maybe_person(std::string_view name) const {
  const NameWords words(name);
  if (words.size() != 1 || !name_word(words[0]) || source_noun(words[0]) ||
      function_word(words[0]) || quantity_word(words[0]) || place_word(words[0]) ||
      group_word(words[0]))
    return false;
  return !organization_word(words[0]);
}

bool Actors::sure_person(std::string_view name) const {
  const NameWords words(name);
  if (words.empty() || words.size() > 4) return false;
  if (words.size() == 1) return known_surname(name);
  if (!is_person(name)) return false;
  // a first name, a title with the name, or a gender the text gave it
  return first_name_gender(words[0]) != Gender::unknown ||
         names::Gazetteer::get().first_name(words[0]) || person_words_.count(lower(name)) != 0 ||
         genders_.count(lower(name)) != 0 || (title_word(words[0]) && words.size() >= 2);
}

void Actors::learn_person_word(std::string_view w) {
  if (!w.empty())
    first_bytes_ |= std::uint64_t{1} << (ascii_lower(static_cast<unsigned char>(w[0])) & 63);
  person_words_.insert(lower(w));
}

bool Actors::known_surname(std::string_view name) const {
  // (most capitalized words share no first letter with a name learned: one look)
  const std::size_t first = name.find_first_not_of(' ');
  if (first == std::string_view::npos ||
      (first_bytes_ >> (ascii_lower(static_cast<unsigned char>(name[first])) & 63) & 1) == 0)
    return false;
  const NameWords words(name);
  return words.size() == 1 && person_words_.count(lower(words[0])) != 0;
}

void Actors::learn_surname(std::string_view full_name) {
  const NameWords words(full_name);
  if (words.size() < 2 || !is_person(full_name)) return;
  learn_person_word(words.back());
}

bool Actors::is_organization(std::string_view name) const {
  if (is_person(name)) return false;
  const NameWords words(name);
  if (words.empty()) return false;
  auto marks_organization = [](std::string_view w) { return organization_word(w) || acronym(w); };
  if (words.size() <= NameWords::kKept) {
    if (std::any_of(words.begin(), words.end(), marks_organization)) return true;
  } else if (const std::vector<std::string_view> all = split_words(name);
             std::any_of(all.begin(), all.end(), marks_organization)) {
    return true;
  }
  // A single capitalized word that is nobody's name: "Alibaba", "Bloomberg".
  // ("Data showed …": a common noun opening a sentence is capitalized too)
  // ("Danish crowns": an adjective of nationality alone names no body)
  // ("Profit will fall, it said": a quantity; "Perth-based": an adjective)
  return words.size() == 1 && capitalized(words[0]) && !source_noun(words[0]) &&
         !evidence_noun(words[0]) && !common_noun(words[0]) && !names::demonym(words[0]) &&
         !names::Gazetteer::get().common_word(words[0]) && !compound_adjective(words[0]) &&
         !adverb(words[0]);
}

namespace {

// How many of the names before a pronoun it looks at: a person is named again within a
// few sentences of a pronoun that stands for them.
constexpr std::size_t kPronounReach = 16;

// "the Florida senator", "The former first lady", "the businessman": a title after
// "the", with no name.
bool described_person(std::string_view name) {
  const NameWords words(name);
  if (words.size() < 2 || words.size() > 6 || !lower_equals(words[0], "the")) return false;
  const std::string_view last = words.back();
  return !capitalized(last) && (title_word(last) || word_gender(last) != Gender::unknown);
}

// "The union", "the carmaker": an article and lower-case words, no name.
bool unnamed_role(std::string_view name) {
  const std::vector<std::string_view> words = split_words(name);
  if (words.size() < 2 || !(lower_equals(words[0], "the") || lower_equals(words[0], "a")))
    return false;
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (capitalized(words[i])) return false;
  }
  return true;
}

// "the Securities and Exchange Commission", "the Justice Department": a public body,
// which "the company" or "the firm" never stands for ("In a filing with the SEC, the
// company disclosed …").
bool public_body(std::string_view name) {
  static const WordSet k{"commission", "department", "ministry",       "agency",    "authority",
                         "bureau",     "court",      "congress",       "senate",    "parliament",
                         "council",    "committee",  "administration", "government"};
  for (std::string_view w : split_words(name)) {
    if (k.contains(w)) return true;
  }
  return false;
}

// "the company", "the firm", "the carmaker": a role that a business fills.
bool business_role(std::string_view role) {
  const NameWords words(role);
  static const WordSet k{"company",      "firm",      "group",     "business",
                         "carmaker",     "automaker", "maker",     "retailer",
                         "insurer",      "lender",    "carrier",   "airline",
                         "conglomerate", "startup",   "chipmaker", "manufacturer"};
  return !words.empty() && k.contains(words.back());
}

// "Ms. Vance" as the source of "she said" is Vance.
std::string without_honorific(const std::string& name) {
  const std::size_t space = name.find(' ');
  if (space == std::string::npos) return name;
  const std::string_view first = std::string_view(name).substr(0, space);
  static const WordSet k{"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."};
  return k.contains(first) ? name.substr(space + 1) : name;
}

// The gender a person pronoun asks for ("I" asks for none).
Gender pronoun_gender(std::string_view w) {
  if (lower_equals(w, "he") || lower_equals(w, "him")) return Gender::male;
  if (lower_equals(w, "she") || lower_equals(w, "her")) return Gender::female;
  return Gender::unknown;
}

// The person "he" or "she" in draft `d` stands for among `seen` (names before it, in
// text order). A name surely a person's (named in full with a first name or a title,
// its surname, a first name, a single name that is a claim's source) before one that
// may be ("Social Security"); names in the pronoun's sentence and the one before it
// before older ones; in each, a subject or a source before a name mentioned in passing.
// Never a name inside the claim's own words, nor one whose gender disagrees.
const Actor* person_for(const Draft& d, Gender want, const std::vector<Actor>& seen,
                        const Actors& actors, std::uint32_t window_start) {
  auto usable = [&](const Actor& a) {
    if (a.start >= d.start && a.start < d.end) return false;  // inside the claim
    if (d.kind == ClaimKind::quote && a.start >= d.open && a.start < d.after) return false;
    const Gender g = actors.gender(a.name);
    return want == Gender::unknown || g == Gender::unknown || g == want;
  };
  auto sure = [&](const Actor& a) {
    if (actors.sure_person(a.name)) return true;
    // a full name that spoke ("…,” said Amina Yusuf, a driver"), whatever its first name
    if (a.source && actors.is_person(a.name) && a.name.find(' ') != std::string::npos) return true;
    return actors.maybe_person(a.name) &&
           (a.source || first_name_gender(a.name) != Gender::unknown);
  };
  const std::size_t first = seen.size() > kPronounReach ? seen.size() - kPronounReach : 0;
  // Each name's sureness is asked once: the tiers read the same names again.
  std::array<std::int8_t, kPronounReach> sure_of{};  // 0: not asked yet, 1: no, 2: yes
  auto sure_at = [&](std::size_t i) {
    std::int8_t& known = sure_of[i - first];
    if (known == 0) known = sure(seen[i]) ? 2 : 1;
    return known == 2;
  };
  for (int tier = 0; tier < 5; ++tier) {
    const bool near = tier < 2;
    const bool subjects = tier % 2 == 0;
    for (std::size_t i = seen.size(); i-- > first;) {
      const Actor& a = seen[i];
      if (tier < 4) {
        if (near && a.start < window_start) break;
        if (subjects && !a.subject) continue;
        if (!sure_at(i)) continue;
      } else if (!actors.is_person(a.name)) {
        continue;
      }
      if (usable(a)) return &a;
    }
  }
  return nullptr;
}

}  // namespace

void resolve(std::string_view s, const sections::Layout& layout, std::vector<Draft>& drafts,
             Actors& actors) {
  // Sources in the order they are written; each pronoun looks back from where it stands.
  auto anchor = [&](std::size_t i) {
    const Draft& d = drafts[i];
    return d.source.end != 0 ? d.source.start : d.attribution_start;
  };
  std::vector<std::uint32_t> anchors(drafts.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) anchors[i] = anchor(i);
  const std::vector<std::uint32_t> order = stable_order(anchors);
  // A person's description may say the gender ("Ana Ruiz, a spokeswoman for …").
  for (const Draft& d : drafts) {
    if (d.source.kind != SourceKind::name || d.source.role.empty()) continue;
    for (std::string_view w : split_words(d.source.role)) {
      const Gender g = word_gender(w);
      if (g != Gender::unknown) {
        actors.learn_gender(d.source.name, g);
        break;
      }
    }
  }

  // The last organization and the last name of any kind (an empty name: none yet);
  // `seen` holds the names so far, in text order, for "he" and "she".
  Actor organization, anyone;
  std::vector<Actor> seen;
  auto note = [&](const Actor& a) {
    // "The Florida senator sought to calm …": a description for the person named last
    if (a.subject && described_person(a.name)) {
      for (std::size_t i = seen.size(); i-- > 0 && seen.size() - i <= kPronounReach;) {
        if (!actors.sure_person(seen[i].name)) continue;
        Actor again = seen[i];
        again.start = a.start;
        again.end = a.end;
        again.subject = true;
        seen.push_back(std::move(again));
        return;
      }
      return;
    }
    actors.learn_surname(a.name);
    // ("The union said …": a role with no name is nobody "the airline" can stand for)
    // (is_organization is false for a person's name)
    if (actors.is_organization(a.name) && !unnamed_role(a.name)) organization = a;
    anyone = a;
    seen.push_back(a);
  };
  const std::vector<Actor>& subjects = actors.subjects();
  std::size_t next_subject = 0;
  for (std::size_t i : order) {
    Draft& d = drafts[i];
    const std::uint32_t at = anchor(i);
    while (next_subject < subjects.size() && subjects[next_subject].start < at)
      note(subjects[next_subject++]);
    const Actor* to = nullptr;
    Gender want = Gender::unknown;
    switch (d.source.kind) {
      case SourceKind::person_pronoun: {
        want = pronoun_gender(d.source.name);
        // the pronoun's sentence and the one before it
        const std::uint32_t si = layout.sentence_at(at);
        const std::uint32_t window = layout.sentences[si > 0 ? si - 1 : 0].range.start;
        to = person_for(d, want, seen, actors, window);
        break;
      }
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
        here = {near.start, near.end, near.name, true};
        to = &here;
      }
      // (a public body is no company: "the company" then stays as written)
      if (to != nullptr && business_role(d.source.name) && public_body(to->name)) to = nullptr;
    }
    // where the source is written: a pronoun counts from where it stands, so that the
    // person it stood for is the nearest one for the next pronoun
    const std::uint32_t written_start = d.source.start, written_end = d.source.end;
    if (to != nullptr && !to->name.empty()) {
      const Actor chosen = *to;  // `to` may point into `seen`, which note() grows
      d.source.name = without_honorific(chosen.name);
      d.source.start = chosen.start;
      d.source.end = chosen.end;
      d.source.kind = SourceKind::name;
      actors.learn_gender(chosen.name, want);  // "she" said so
    }
    if (d.source.kind == SourceKind::name && d.via == Via::cue)
      note({written_start, written_end, d.source.name, true, true});
  }
}

}  // namespace finlens::claims
