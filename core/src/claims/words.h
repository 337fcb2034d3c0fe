// The vocabulary the claims stage reads with: tokens of a bounded window of the
// normalized text, and the word classes that decide where a noun phrase begins and
// ends, which verbs report speech, and which nouns can be a source.
#pragma once

#include <cstdint>
#include <initializer_list>
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

// A set of lower-case words, looked up case-insensitively.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);
  bool contains(std::string_view word) const;
  const std::vector<std::string_view>& words() const { return words_; }

 private:
  std::vector<std::string_view> words_;  // sorted
};

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
Verb speech_verb(std::string_view w);
// "the company", "the automaker": a noun that stands for a company already named.
bool company_noun(std::string_view w);
// analysts, experts, officials, sources, people, media, reports …: a source without a name.
bool source_noun(std::string_view w);
// CEO, chairman, analyst, spokesman, director, President …: a person's title.
bool title_word(std::string_view w);
// analysis, estimates, data, report, statement …: what a source says things in.
bool evidence_noun(std::string_view w);
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
// Inc, Corp, Group, Holdings, Bank, Agency, News …: the name is an organization's.
bool organization_word(std::string_view w);
// A word that makes a clause of what follows a verb: is, was, has, will, could, rose …
bool finite_verb(std::string_view prev, std::string_view w, std::string_view next);

}  // namespace finlens::claims
