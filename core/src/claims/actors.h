// Who "he", "they", "it" and "the company" are. The text is read in order, and each
// stands for the last fitting name before it that was the subject of a sentence or the
// source of a claim: "Trump said he intends … “…,” he said." → Trump.
//
// Whether a name is a person's or an organization's is guessed from the text alone:
// a title before it ("President Donald Trump") or an apposition after it ("Wu, CEO of
// Alibaba") makes a person, and so does its surname standing alone later ("Trump");
// legal and media words (Inc, Group, Agency, News …) and acronyms make an organization.
// The people and companies stages know better; once they link claims, their mentions
// can replace these guesses.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claims/genders.h"
#include "claims/stages.h"
#include "sections/layout.h"

namespace finlens::claims {

struct Actor {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string name;
  // The subject of a sentence or the source of a claim, rather than a name with a title
  // somewhere in a sentence ("… endorsed Sen. Ted Cruz"): "he" looks for these first.
  bool subject = false;
  bool source = false;  // the source of a claim ("Trump said …")
};

class Actors {
 public:
  // `tokens`: the layout's sentences, tokenized.
  Actors(std::string_view s, const sections::Layout& layout, const SentenceTokens& tokens);

  // `at`: where the text names the person with a title; such mentions are antecedents too.
  void learn_person(std::string_view name, std::uint32_t start = 0, std::uint32_t end = 0,
                    Gender gender = Gender::unknown);
  // What a word of the person's description or a pronoun that stands for the person says
  // of the name's gender (learned once: the first evidence wins).
  void learn_gender(std::string_view name, Gender gender);
  // The name's gender: learned, else its first name's ("Anna Ruiz"), else unknown.
  Gender gender(std::string_view name) const;
  bool is_person(std::string_view name) const;
  bool is_organization(std::string_view name) const;
  // A single name nothing marks either way ("Trump", "Alibaba").
  bool maybe_person(std::string_view name) const;
  // A single name that is the surname of a person named in full before ("Ruiz" after
  // "Anna Ruiz"); `learn_surname` records one.
  bool known_surname(std::string_view name) const;
  // A name the text marks as a person's for sure: a first name ("Anna Ruiz"), a title
  // ("Sen. Vale"), a gender given, or a known surname alone.
  bool sure_person(std::string_view name) const;
  void learn_surname(std::string_view full_name);
  // Names that are the subject of a sentence ("Ma had kept …") or a person named with a
  // title ("President Donald Trump"), in text order.
  const std::vector<Actor>& subjects() const { return subjects_; }

 private:
  void learn_person_word(std::string_view w);  // adds lower(w) to person_words_

  // lower-case surnames and full names
  std::set<std::string> person_words_;
  // bit (b & 63) for the first byte b of each of person_words_: a filter for lookups
  std::uint64_t first_bytes_ = 0;
  std::map<std::string, Gender> genders_;
  std::vector<Actor> subjects_;  // sentence subjects and titled person mentions, in text order
};

// Replaces pronouns and "the company" in the drafts' sources with the names they stand
// for, where the text before them offers one. "he" and "she" stand for the nearest
// person before them whose gender does not disagree, a subject or a source before a
// name mentioned in passing, and never for a name inside the claim itself (“Mr. Lee
// fits the bill,” he said: not Lee).
void resolve(std::string_view s, const sections::Layout& layout, std::vector<Draft>& drafts,
             Actors& actors);

}  // namespace finlens::claims
