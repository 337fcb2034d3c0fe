// How a line reads by its shape alone: whether it ends a thought, how many of its words
// are capitalized, whether it opens like a credit. The text stage uses these to decide
// what a line break means; the layout stage, to tell titles and credits from prose.
#pragma once

#include <cstdint>
#include <string_view>

namespace finlens::util {

// Whether the line ends like a sentence: terminal punctuation, possibly inside closing
// quotes or brackets. A line cut mid-sentence (a wrapped line, a teaser) does not.
bool ends_like_sentence(std::string_view line);

struct WordStats {
  int words = 0;        // words that start with a letter or digit
  int capitalized = 0;  // content words starting upper-case
  int content = 0;      // alphabetic words that are not small words ("a", "of", "amid")
};
WordStats word_stats(std::string_view line);

// A title or headline: no sentence end, at most 24 words, and most content words
// capitalized (or written in capitals).
bool title_shaped(std::string_view line);

// A credit line, byline or page furniture on a line of its own ("Reporting by …",
// "Photo: …", "© …", "Write to … at …", "Reuter"): the one definition the line-break
// reader and the layout share.
bool credit_line(std::string_view line);

}  // namespace finlens::util
