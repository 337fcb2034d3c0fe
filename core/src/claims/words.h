// The vocabulary the claims stage reads with: tokens of a bounded window of the
// normalized text, and the word classes that decide where a noun phrase begins and
// ends, which verbs report speech, and which nouns can be a source.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace finlens::claims {

struct Token {
  enum Kind : std::uint8_t {
    word,  // letters, digits and what holds a name together: "&", "-", "’s", "U.S.", "Co."
    comma,
    paren,  // a whole bracketed group "(黃耀宗)", "(NYSE: BABA)"
    dash,   // – — and a spaced "-"
    colon,
    quote,  // a quotation mark
    stop,   // . ! ? ; and anything else that ends a phrase
  };
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  Kind kind = word;
};

// Tokens of s[from, to). Callers pass bounded windows: this is the only place that
// reads the window, once.
std::vector<Token> tokenize(std::string_view s, std::uint32_t from, std::uint32_t to);
// The same into `out` (cleared first), for callers that tokenize in a loop and keep
// one buffer.
void tokenize(std::string_view s, std::uint32_t from, std::uint32_t to, std::vector<Token>& out);
// The same appended to `out`; the tokens already there are left alone (a digit group is
// never glued onto them).
void append_tokens(std::string_view s, std::uint32_t from, std::uint32_t to,
                   std::vector<Token>& out);

// tokenize(s, from, to, out), taking the tokens it would read again from `around`, the
// tokens of a range that holds s[from, to): when only spaces stand between `from` and the
// first of them, those before the last one that starts after a space (by `to`) are copied,
// as the tokenizer would cut none of them differently at any end past that space, and
// only the rest is read from the text.
void tokenize_from(std::string_view s, std::uint32_t from, std::uint32_t to,
                   std::span<const Token> around, std::vector<Token>& out);

// The order that sorts `keys` ascending, equal keys in the order they come: the stage's
// lists (claims, subjects, sources) are put in text order through it, so the module
// carries one copy of the sorting algorithm rather than one per element type.
std::vector<std::uint32_t> stable_order(const std::vector<std::uint32_t>& keys);
// v rearranged as `order` (from stable_order) says.
template <class T>
void apply_order(std::vector<T>& v, const std::vector<std::uint32_t>& order) {
  std::vector<T> out;
  out.reserve(v.size());
  for (const std::uint32_t i : order) out.push_back(std::move(v[i]));
  v = std::move(out);
}

// Lower-case words, looked up case-insensitively (ASCII) by their index in the list
// given; a word listed twice keeps its first index. Lookups run for every word the
// stage reads, so they allocate nothing: a hash of the word in lower case into a mostly
// empty table, after a check that some listed word has the word's length.
class WordTable {
 public:
  explicit WordTable(std::vector<std::string_view> words);
  // The word's index in the list, or -1.
  int find(std::string_view word) const;

 private:
  static constexpr std::size_t kMaxWord = 40;  // longer words are in no list
  std::vector<std::string_view> words_;
  std::vector<std::uint16_t> slots_;  // index + 1 into words_; 0: empty
  std::uint32_t mask_ = 0;            // slots_.size() - 1
  std::uint64_t lengths_ = 0;         // bit n: a listed word has n bytes
};

// A set of lower-case words, looked up case-insensitively.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);
  bool contains(std::string_view word) const { return table_.find(word) >= 0; }

 private:
  WordTable table_;
};

// w in lower case (ASCII) is `want`, which is written in lower case: lower(w) == want
// without the copy.
bool lower_equals(std::string_view w, std::string_view want);
std::string lower(std::string_view w);
// The word without a possessive ending ("Nomura’s" → "Nomura", "investors’" → "investors").
std::string_view strip_possessive(std::string_view w);
bool is_possessive(std::string_view w);
// Starts with an upper-case letter (ASCII or Latin-1).
bool capitalized(std::string_view w);
// All capitals (and at least two letters): "GM", "USAF", "CNBC".
bool acronym(std::string_view w);

// Word classes.
enum class Verb : std::uint8_t {
  none,
  speech,  // said, says, stated, argued, told …: what follows is what was said
  talk,    // added, wrote, explained, commented, warned …: attribute quotes; speech only before a
           // clause
  finding,  // reported, announced, revealed, estimated …: speech only before a clause; never the
            // attribution of a quote standing alone before it
  participle,  // saying, adding, noting, showing …
};
// The class of a cue verb (the lexicon is claims/cues.h), Verb::none for other words.
Verb speech_verb(std::string_view w);
// "the company", "the automaker": a noun that stands for a company already named.
bool company_noun(std::string_view w);
// analysts, experts, officials, sources, people, media, reports …: a source without a name.
bool source_noun(std::string_view w);
// CEO, chairman, analyst, spokesman, director, President …: a person's title.
bool title_word(std::string_view w);
// analysis, estimates, data, report, statement …: what a source says things in.
bool evidence_noun(std::string_view w);
// A lower-case word that can head a noun phrase: not a function word, a verb form, an
// adverb or a preposition ("campaign", "actress", "percent", "47%").
bool common_noun(std::string_view w);
// "warning", "view", "claim": a noun that holds a claim in its that-clause ("his warning
// that …").
bool claim_noun(std::string_view w);
// "Perth-based", "Hong Kong-listed", "state-owned".
bool compound_adjective(std::string_view w);
// "Twitter", "Facebook", "YouTube": a platform statements are posted on.
bool platform_word(std::string_view w);
// A common noun in the plural ("voters", "protesters"): a bare plural can be a subject.
bool plural_noun(std::string_view w);
// A word that counts or measures a group: "several", "most", "six", "10", "52%",
// "half", "two-thirds", "percent": "Six in 10 voters said", "Several said".
bool quantity_word(std::string_view w);
// A participle that can describe a person in an apposition: "visiting", "led", "based".
bool participle_form(std::string_view w);
// A US state's abbreviation as news writes it ("Pa", "Calif."): "Allentown, Pa., said".
bool state_abbreviation(std::string_view w);
// he, she, they, we, I, it
bool pronoun(std::string_view w);
// Words that cannot be inside a noun phrase naming a source: conjunctions,
// auxiliaries, relative words, common verbs.
bool ends_phrase(std::string_view w);
// Prepositions that may begin a noun phrase's tail ("experts in the …", "economists at …").
bool preposition(std::string_view w);
// Adverbs that may stand between a subject and its verb ("Bloomberg also revealed").
bool adverb(std::string_view w);
// Words that start a sentence with a capital but name nothing: The, This, However, In …
bool function_word(std::string_view w);
// Nationality, place and other words that begin company or place names, not person names.
bool place_word(std::string_view w);
// Muslim, Catholic, Hispanic, Democrat, Conservative …: a capitalized word for a group of
// people, never one person's name.
bool group_word(std::string_view w);
// Inc, Corp, Group, Holdings, Bank, Agency, News …: the name is an organization's.
bool organization_word(std::string_view w);
// A word that makes a clause of what follows a verb: is, was, has, will, could, rose …
bool finite_verb(std::string_view prev, std::string_view w, std::string_view next);

}  // namespace finlens::claims
