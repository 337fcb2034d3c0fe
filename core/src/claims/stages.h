// The claims stage's parts and what they hand each other: quotes.cc finds quotations
// and their speakers, reported.cc finds reported speech, actors.cc resolves "he" and
// "the company", hedges.cc finds the words that mark a claim uncertain, claims.cc puts
// them together.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claims.h"
#include "claims/marks.h"
#include "claims/phrases.h"
#include "sections/layout.h"

namespace finlens::claims {

// Fewer quoted words than this, with no attribution right by them, are scare quotes or
// terms ("Dreamliner", “shocked”), not quotations.
inline constexpr int kMinQuoteWords = 4;

// How a claim got its source.
enum class Via : std::uint8_t {
  cue,        // an attribution next to it: "said X", "X wrote", "according to X", "– X"
  inherited,  // from the quote or statement next to it, or the statement it lies in
  nearby,     // a name in its sentence (a quote with no attribution at all)
  none,
};

// A claim before its source is resolved and its hedges are known.
struct Draft {
  ClaimKind kind = ClaimKind::reported;
  std::uint32_t start = 0;  // content
  std::uint32_t end = 0;
  Source source;
  std::string cue;
  Via via = Via::none;
  // Where the attribution is: hedges are looked for here (and, for reported speech, in
  // the content), and later cues inside it are not read again.
  std::uint32_t attribution_start = 0;
  std::uint32_t attribution_end = 0;
  std::uint32_t sentence_start =
      0;  // start of the sentence the claim (with its attribution) starts in
  std::uint32_t sentence_end = 0;  // end of the sentence the claim (with its attribution) ends in
  std::uint32_t open = 0;          // quotes: the opening mark
  std::uint32_t after = 0;         // quotes: just after the closing mark
  int words = 0;                   // quotes: words inside the marks
  bool closed = true;              // quotes: the closing mark was found
  bool single = false;             // quotes: single marks
};

// The tokens of every sentence, read once: reported speech reads each sentence whole,
// and the actors' sentence subjects read the same tokens (when the sentence is not
// longer than their window).
class SentenceTokens {
 public:
  SentenceTokens(std::string_view s, const sections::Layout& layout);
  // tokenize(s, start, end) of sentence `i`
  std::span<const Token> of(std::size_t i) const {
    return std::span<const Token>(tokens_).subspan(first_[i], first_[i + 1] - first_[i]);
  }

 private:
  std::vector<Token> tokens_;
  std::vector<std::uint32_t> first_;  // sentence i's tokens are [first_[i], first_[i + 1])
};

// Quotes, with their attribution where one stands next to them (Via::cue) and Via::none
// otherwise. claims.cc decides what happens to those.
std::vector<Draft> find_quotes(std::string_view s, const sections::Layout& layout,
                               const std::vector<Quoted>& quoted);

// Reported speech, outside quotes and outside the quotes' attributions.
std::vector<Draft> find_reported(std::string_view s, const sections::Layout& layout,
                                 const SentenceTokens& tokens, const std::vector<Quoted>& quoted,
                                 const std::vector<Draft>& quotes);

// The speaker of the sentence that ends right before `pos` when that sentence is only a
// speaker and a cue ("Ana Ruiz agreed.", "The mayor, however, disagreed.").
Source speaker_closing(std::string_view s, const sections::Layout& layout, std::uint32_t pos,
                       std::string* cue);

// Statements of paragraphs that open with a name and a colon ("Rubio: Trump Cannot Be
// Trusted"), in order, appended to `out` (labels.cc).
void find_labels(std::string_view s, const sections::Layout& layout,
                 const std::vector<Quoted>& quoted, std::vector<Draft>& out);

// The speaker named at the start of the sentence at `pos` ("Wu commented on …", "He
// said …"), when that sentence starts with a name and a speech verb.
Source speaker_opening(std::string_view s, const sections::Layout& layout, std::uint32_t pos,
                       std::string* cue);

}  // namespace finlens::claims
