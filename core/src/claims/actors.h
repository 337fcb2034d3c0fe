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
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claims/stages.h"
#include "sections/layout.h"

namespace finlens::claims {

struct Actor {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string name;
};

class Actors {
 public:
  // `tokens`: the layout's sentences, tokenized.
  Actors(std::string_view s, const sections::Layout& layout, const SentenceTokens& tokens);

  // `at`: where the text names the person with a title; such mentions are antecedents too.
  void learn_person(std::string_view name, std::uint32_t start = 0, std::uint32_t end = 0);
  bool is_person(std::string_view name) const;
  bool is_organization(std::string_view name) const;
  // A single name nothing marks either way ("Trump", "Alibaba").
  bool maybe_person(std::string_view name) const;
  // Names that are the subject of a sentence ("Ma had kept …") or a person named with a
  // title ("President Donald Trump"), in text order.
  const std::vector<Actor>& subjects() const { return subjects_; }

 private:
  std::set<std::string> person_words_;  // lower-case surnames and full names
  std::vector<Actor> subjects_;  // sentence subjects and titled person mentions, in text order
};

// Replaces pronouns and "the company" in the drafts' sources with the names they stand
// for, where the text before them offers one.
void resolve(std::string_view s, std::vector<Draft>& drafts, const Actors& actors);

}  // namespace finlens::claims
