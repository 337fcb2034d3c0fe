// Stage 2: the text's shape. Lines become paragraphs, paragraphs become sentences,
// and runs of lines that are not the article (lists of other stories' headlines,
// teaser paragraphs of other stories, photo credits and bylines) become their own
// sections. Later stages ask the layout which section and sentence a position is in.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "finlens/analysis.h"
#include "text/text.h"

namespace finlens::sections {

struct Range {
  std::uint32_t start = 0;  // byte offsets in Text::norm
  std::uint32_t end = 0;
};

// How a line reads on its own, before runs are considered.
enum class LineShape { blank, prose, title, truncated, credit };

struct Line {
  Range range;  // trimmed of surrounding spaces
  LineShape shape = LineShape::prose;
  SectionKind section = SectionKind::article;
};

struct Sentence {
  Range range;
  std::uint32_t line = 0;  // index into Layout::lines
};

struct Layout {
  std::vector<Line> lines;
  std::vector<Sentence> sentences;
  std::vector<std::pair<SectionKind, Range>> sections;  // cover the text, in order
  std::optional<Range> dateline;                        // a line near the top that is only a date

  SectionKind section_at(std::uint32_t pos) const;
  // Index of the sentence containing pos (the nearest one before it between sentences).
  std::uint32_t sentence_at(std::uint32_t pos) const;
};

// Layout::sentence_at for positions asked in order (none before the one asked last),
// walked forward instead of searched: linear in the positions and the sentences.
class SentenceWalk {
 public:
  explicit SentenceWalk(const Layout& layout) : sentences_(layout.sentences) {}
  std::uint32_t at(std::uint32_t pos) {
    while (at_ + 1 < sentences_.size() && sentences_[at_ + 1].range.start <= pos) ++at_;
    return at_;
  }

 private:
  const std::vector<Sentence>& sentences_;
  std::uint32_t at_ = 0;  // the last sentence starting at or before the position (else 0)
};

// The longest a sentence may be: a longer run with no sentence end is cut into pieces
// (at spaces where it can), so per-sentence work stays bounded on any input. Real
// sentences are far shorter (the longest in the shared corpus is about 620 bytes).
inline constexpr std::uint32_t kMaxSentenceBytes = 2048;

Layout split(const text::Text& text);

// Exposed for the tests.
LineShape classify_line(std::string_view line);
// Sentence ends in one paragraph, as byte offsets (exclusive) relative to `para`.
std::vector<std::uint32_t> sentence_ends(std::string_view para);

}  // namespace finlens::sections
