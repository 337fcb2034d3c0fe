// The cue lexicon: the verbs that attribute what follows (or what stands before them)
// to their subject, each with the frames it takes. One table (cues.cc) holds them all:
// a verb's class says how the rest of the stage reads it, its frames say what may
// stand for what was said.
//   said (that) …, said “…”, “…,” she said, …, she said.     that, clause, quote, after
//   told reporters (that) …                                      object, then that or clause
//   pledged to cut taxes, urged Congress to act                  to (after an object for "urge")
//   accused the mayor of lying, called the plan “reckless”       the object is the content
//   expects revenue to rise                                      object and to: a forecast
#pragma once

#include <cstdint>
#include <string_view>

#include "claims/words.h"

namespace finlens::claims {

// What may follow a cue and stand for what was said (bits of Cue::frames).
enum Frame : std::uint16_t {
  kThat = 1u << 0,     // "said that …" (also "whether" and "if" after "asked", "wondered")
  kClause = 1u << 1,   // "said the plan will …": a clause with its own subject
  kQuote = 1u << 2,    // "said “…”", "“…,” she said"
  kTo = 1u << 3,       // "pledged to cut taxes": the content is the infinitive
  kObject = 1u << 4,   // "told reporters that …", "urged Congress to …": an object comes first
  kContent = 1u << 5,  // "accused the mayor of lying": the object and what follows it
  kQuoted = 1u << 6,  // with kContent: only when the content holds a quotation ("called it “x”")
  kAfter = 1u << 7,   // "…, she said." / "…, the survey found.": the statement before it
  // With a document as the subject ("polls show", "a study found"), whatever follows is
  // what it shows: "polls show Lee up by ten points".
  kShows = 1u << 8,
  kWh = 1u << 9,  // with kThat: a question word opens what was asked ("asked how …")
};

struct Cue {
  Verb verb = Verb::none;    // how the stage reads the word (the -ing form: participle)
  std::uint16_t frames = 0;  // Frame bits
  bool hedge = false;        // "believes", "expects": a view or a forecast, not a fact reported
  // Particles that may follow the verb and belong to the cue ("called for", "pointed to");
  // with `needs_particle` the verb is a cue only with one of them.
  std::string_view particles;
  bool needs_particle = false;
  // The class of the verb's finite forms: "saying" reads as Verb::participle, its base as
  // Verb::speech (what follows it is what was said).
  Verb base = Verb::none;
};

// The cue a lower- or upper-case word is, or nullptr.
const Cue* cue_word(std::string_view w);

}  // namespace finlens::claims
