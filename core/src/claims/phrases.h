// Noun phrases that name a source. A cue verb's subject is read back from the verb
// ("JPMorgan Chase & Co analysts including Alex Yao (姚橙) wrote"), a speaker after an
// inverted verb or a dash is read forward ("said Andy Wong (黃耀宗), investment and ESG
// director …", "– Wu, CEO of Alibaba"), and the object of "according to" is read forward
// too. Each reader looks at a bounded window only.
//
// A phrase becomes a Source: the name as written (brackets left out), the role the
// text gives it (an apposition or a title before the name), and what kind of thing it
// is. Pronouns and "the company" are kept as such here; actors.h resolves them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claims/words.h"

namespace finlens::claims {

enum class SourceKind : std::uint8_t {
  none,
  name,            // a name or a description: "Andy Wong", "Chinese media", "Three experts in …"
  person_pronoun,  // he, she, I
  group_pronoun,   // they, we
  thing_pronoun,   // it
  company_role,    // "the company", "the Japanese automaker"
};

struct Source {
  SourceKind kind = SourceKind::none;
  std::uint32_t start = 0;  // the name as written (or the pronoun or role words)
  std::uint32_t end = 0;
  std::uint32_t phrase_start = 0;  // the whole phrase, title and evidence words included
  // "data from Drewry", "figures from the office": where the evidence the source is
  // named in begins (0: none), for the attribution's extent
  std::uint32_t evidence_start = 0;
  std::string name;
  std::string role;
  bool titled = false;  // a person's title stands with the name ("CEO Eddie Wu", "Wu, CEO of …")
  // Headed by a common noun no word class names as a source ("the campaign", "its
  // dominance"): a speaker only for a verb of speech, not for "shows" or "indicates".
  bool generic = false;
  // Headed by a document ("the poll", "records", "a new study"): what follows "shows" or
  // "found" is what it says.
  bool document = false;

  bool found() const { return kind != SourceKind::none; }
};

inline constexpr std::uint32_t kPhraseWindow = 240;  // bytes a reader looks at

// The subject of the verb that begins at `verb`, read back no further than `floor`.
// Handles appositions on either side of a comma ("Louis Gallois, the Airbus chief
// executive, said"). `adjacent` tells whether the phrase ends right at the verb (no
// comma between): participles ("X saying …") need that.
// `around`: the tokens of a range that holds the verb and what is read before it (the
// sentence's), when the caller has them; the look-back then reads them instead of the text
// where they are the same (tokenize_from).
Source subject_before(std::string_view s, std::uint32_t floor, std::uint32_t verb,
                      bool* adjacent = nullptr, std::span<const Token> around = {});

// A speaker named from `from` on (after an inverted verb, a dash or a closing quote).
// When a speech verb follows the name ("he said", "Wu commented on"), `verb_start` /
// `verb_end` give it; otherwise they are 0. `end` is where the reading stopped.
struct Speaker {
  Source source;
  std::uint32_t end = 0;
  std::uint32_t verb_start = 0;
  std::uint32_t verb_end = 0;
};
Speaker speaker_after(std::string_view s, std::uint32_t from, std::uint32_t limit);

// The source after "according to" / "as reported by", up to a comma, a time phrase
// ("on Friday") or the end of the sentence; `end` is where it stopped.
Source object_source(std::string_view s, std::uint32_t from, std::uint32_t limit,
                     std::uint32_t* end);

// Whether s[from, limit) opens a clause (so that a verb before it reports speech rather
// than results): a pronoun subject, or a finite verb among the first words.
bool starts_clause(std::string_view s, std::uint32_t from, std::uint32_t limit);

// Where the clause that ends at `end` begins: the sentence start, or later where a
// kicker ("WASHINGTON POLICY:") or a glued second sentence ("… points The decision")
// starts.
std::uint32_t clause_start(std::string_view s, std::uint32_t sentence_start, std::uint32_t end);

// The name a sentence opens with (after an opening phrase up to a comma), when a verb
// follows it: the subject of the sentence's main verb. With `pronouns`, "He …" counts;
// with `described`, so do "The finance minister" and "the company" (a title or a role
// after an article), as the subject of a participle's verb ("…, saying “…”").
Source opening_subject(std::string_view s, std::uint32_t sentence_start, std::uint32_t limit,
                       bool pronouns, bool described = false);

// A name from the sentence around a quote that has no attribution: the nearest name
// (or "the company") before `pos` in [floor, pos).
Source nearest_name(std::string_view s, std::uint32_t floor, std::uint32_t pos);

// The cue as written from `start` (the verb, or an auxiliary before it) through the
// verb ending at `verb_end` and a setting that says how it was said ("wrote in a note",
// "said in an interview"); times ("on Friday") are left out.
std::string cue_text(std::string_view s, std::uint32_t start, std::uint32_t verb_end,
                     std::uint32_t limit);

// The end of the settings that start at `pos` ("on Friday", "in a statement", "to
// reporters", "yesterday", up to three, commas between allowed), or `pos` when there
// are none.
std::uint32_t skip_settings(std::string_view s, std::uint32_t pos, std::uint32_t limit);

// Whether s[a, b) has a finite verb: a clause rather than a phrase. Callers pass a
// clause or a sentence, never more.
bool has_verb(std::string_view s, std::uint32_t a, std::uint32_t b);

// Words with letters or digits in s[a, b), counted up to `enough`.
int count_words(std::string_view s, std::uint32_t a, std::uint32_t b, int enough = 1 << 30);

// Moves `pos` forward to the start of a word so a window cut at a byte bound does not
// begin inside a word or a UTF-8 sequence.
std::uint32_t word_boundary_after(std::string_view s, std::uint32_t pos, std::uint32_t limit);

}  // namespace finlens::claims
