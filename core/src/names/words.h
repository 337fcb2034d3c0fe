// Stage 3b (shared by the company and people recognizers): the text as a stream of
// words with their shapes. Names are runs of capitalized words; the recognizers look
// at the words around a run (role nouns, verbs, "shares of", titles) for evidence.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sections/layout.h"
#include "text/text.h"

namespace finlens::names {

struct Word {
  std::uint32_t start = 0;  // norm bytes, the word without a possessive ending
  std::uint32_t end = 0;
  std::uint32_t possessive_end =
      0;  // past "'s" / "’s" / "'" when the word is possessive, else == end
  std::uint32_t sentence = 0;
  bool capitalized =
      false;  // starts with an upper-case letter, or a lower-case brand shape ("xAI", "eBay")
  bool all_caps = false;  // "TSMC", "CNBC"
  bool sentence_start = false;
  bool title_line = false;  // on a line whose words are nearly all capitalized (a headline)
  bool article = true;      // in an article section (not teaser headlines or boilerplate)
  bool opaque = false;      // inside a URL or an e-mail address: never part of a name
  bool possessive() const { return possessive_end != end; }
};

// The longest well-known name (names/gazetteer.h) starting at a word.
struct KnownHit {
  std::size_t words = 0;  // how many words the name spans (0: no hit)
  int entry = -1;
};

struct Words {
  std::vector<Word> items;
  std::string_view text;  // Text::norm
  // known[i]: the gazetteer's longest name at word i, looked up once here for the
  // people and company recognizers, which each ask for it several times a word.
  std::vector<KnownHit> known;

  std::string_view str(std::size_t i) const {
    return text.substr(items[i].start, items[i].end - items[i].start);
  }
  // Text between word i and word i+1 (after i's possessive ending). (Inline: every
  // recognizer asks it for most words.)
  std::string_view gap_after(std::size_t i) const {
    const std::uint32_t a = items[i].possessive_end;
    const std::uint32_t b =
        i + 1 < items.size() ? items[i + 1].start : static_cast<std::uint32_t>(text.size());
    return text.substr(a, b > a ? b - a : 0);
  }
  // Whether a name runs on from word i to word i+1: a single space between them (or a
  // spaced hyphen between capitalized words: "Vel - Mara"), and past a possessive only as
  // the name's own "'s" ("Moody's Investors Service"). Appends what
  // joins them to a name's key ("'s" and the space).
  bool joins(std::size_t i, std::string& key) const;
  // The sentence's first word index for a word.
  std::size_t size() const { return items.size(); }
};

Words split_words(const text::Text& text, const sections::Layout& layout);

// True when the text right after position `pos` (skipping spaces) starts with a parenthesis
// holding CJK characters: "阿里巴巴" in "Alibaba Group Holding Ltd (阿里巴巴)".
bool cjk_parenthetical_at(std::string_view s, std::uint32_t pos, std::uint32_t* open,
                          std::uint32_t* close);

bool is_cjk(char32_t cp);

// Whether a is the fuller formal name of the two: a Latin-script name over a name in
// another script ("DeepSeek" over "深度求索", however many bytes), then the longer.
bool fuller_name(std::string_view a, std::string_view b);

}  // namespace finlens::names
