#include "names/words.h"

#include "util/scan.h"

namespace finlens::names {

using util::offset_in;

bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x3040 && cp <= 0x30FF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

std::string_view Words::gap_after(std::size_t i) const {
  const std::uint32_t a = items[i].possessive_end;
  const std::uint32_t b = i + 1 < items.size() ? items[i + 1].start : static_cast<std::uint32_t>(text.size());
  return text.substr(a, b > a ? b - a : 0);
}

namespace {

bool title_case_line(std::string_view line) {
  return sections::classify_line(line) == sections::LineShape::title;
}

}  // namespace

Words split_words(const text::Text& t, const sections::Layout& layout) {
  // A word: letters and digits, with inner . & ' - joining parts ("JD.com", "AT&T",
  // "T-Head", "O'Neil"), an optional final period kept only for abbreviations (the
  // caller decides), and a possessive ending.
  // An apostrophe joins only when two letters follow ("O'Neil", "they're"): "Alibaba's"
  // is "Alibaba" and a possessive ending.
  static const RE2 word(
      R"(([\p{L}\p{N}&]+(?:[.&-][\p{L}\p{N}&]+|['’]\p{L}\p{L}[\p{L}\p{N}&]*)*)(\.)?(['’]s\b|['’](?:\s|$))?)",
      util::pattern_options());
  Words w;
  w.text = t.norm;
  const std::string_view s = t.norm;
  bool line_is_title = false;
  std::uint32_t prev_sentence = UINT32_MAX;
  util::for_each_match<4>(word, s, [&](const auto& g) {
    Word x;
    x.start = offset_in(s, g[1]);
    x.end = x.start + static_cast<std::uint32_t>(g[1].size());
    // keep the period on known abbreviation shapes: "Inc.", "Co.", "S.A.", "Corp."
    if (g[2].data()) {
      const std::string_view body = util::sv(g[1]);
      static constexpr std::string_view kAbbrev[] = {"Inc", "Co", "Corp", "Ltd", "Bros", "Cos", "Jr", "Sr",
                                                     "Mr",  "Ms", "Mrs",  "Dr",  "St",   "Plc", "Prof"};
      bool keep = body.find('.') != std::string_view::npos && body.size() <= 4;  // "S.A" "N.V" "U.S"
      for (auto a : kAbbrev) keep = keep || body == a;
      // "Apple Inc. (AAPL)", "Meta Platforms Inc.'s" keep it; "… Microsoft Corp. The" ends a sentence
      const std::size_t next = x.end + 1;
      const bool sentence_end = next >= s.size() || s[next] == '\n' ||
                                (s[next] == ' ' && next + 1 < s.size() && util::is_upper(s[next + 1]));
      if (keep && !(sentence_end && body.find('.') == std::string_view::npos)) ++x.end;
    }
    x.possessive_end = x.end;
    if (g[3].data()) {
      const std::string_view p = util::sv(g[3]);
      const bool s_form = p.back() == 's';
      const std::uint32_t at = util::offset_in(s, g[3]);
      // after a period only "'s" is possessive ("Meta Platforms Inc.'s"); "rose.' " closes a quote
      if (s_form) x.possessive_end = at + static_cast<std::uint32_t>(p.size());
      else if (!g[2].data()) x.possessive_end = at + (p[0] == '\'' ? 1u : 3u);
    }
    int len = 1;
    const char32_t c0 = text::decode_at(s, x.start, &len);
    const bool upper0 = (c0 >= 'A' && c0 <= 'Z') || (c0 >= 0xC0 && c0 <= 0xDE && c0 != 0xD7);
    bool inner_upper = false, any_lower = false;
    for (std::uint32_t i = x.start; i < x.end; ++i) {
      inner_upper = inner_upper || (i > x.start && util::is_upper(s[i]));
      any_lower = any_lower || util::is_lower(s[i]);
    }
    x.capitalized = upper0 || (util::is_lower(s[x.start]) && inner_upper && x.end - x.start <= 12);
    x.all_caps = upper0 && !any_lower && x.end - x.start >= 2;
    x.sentence = layout.sentences.empty() ? 0 : layout.sentence_at(x.start);
    x.sentence_start = x.sentence != prev_sentence;
    prev_sentence = x.sentence;
    w.items.push_back(x);
  });
  // title lines: computed once per line
  std::size_t wi = 0;
  for (const auto& l : layout.lines) {
    if (l.shape == sections::LineShape::blank) continue;
    line_is_title = title_case_line(s.substr(l.range.start, l.range.end - l.range.start));
    while (wi < w.items.size() && w.items[wi].start < l.range.start) ++wi;
    for (; wi < w.items.size() && w.items[wi].start < l.range.end; ++wi) w.items[wi].title_line = line_is_title;
  }
  return w;
}

bool cjk_parenthetical_at(std::string_view s, std::uint32_t pos, std::uint32_t* open, std::uint32_t* close) {
  std::uint32_t i = pos;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size() || s[i] != '(') return false;
  *open = i;
  std::uint32_t j = i + 1;
  int cjk = 0;
  while (j < s.size() && j < i + 64 && s[j] != ')' && s[j] != '\n') {
    int len = 1;
    const char32_t cp = text::decode_at(s, j, &len);
    if (is_cjk(cp)) ++cjk;
    j += static_cast<std::uint32_t>(len);
  }
  if (j >= s.size() || s[j] != ')' || cjk == 0) return false;
  *close = j + 1;
  return true;
}

}  // namespace finlens::names
