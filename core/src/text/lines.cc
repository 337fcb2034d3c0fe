#include "text/lines.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/text.h"
#include "util/scan.h"
#include "util/shape.h"
#include "util/swar.h"

namespace finlens::text {
namespace {

// Spaces as the logical text folds them (tab, NBSP and the other Unicode spaces).
bool space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f' || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Bytes of a list or heading marker at the start of a line's content, with the space
// after it: "- ", "* ", "+ ", "• ", "· ", "> ", "## ". Digits ("1. ") stay: they are text.
std::uint8_t marker_at(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+' || s[0] == '>') && s[1] == ' ')
    return 2;
  if (s.starts_with("\xE2\x80\xA2 ") || s.starts_with("\xE2\x96\xAA ")) return 4;  // • ▪
  if (s.starts_with("\xC2\xB7 ")) return 3;                                        // ·
  std::size_t h = 0;
  while (h < s.size() && h < 6 && s[h] == '#') ++h;
  if (h > 0 && h < s.size() && s[h] == ' ') return static_cast<std::uint8_t>(h + 1);
  return 0;
}

// The end of s[from, to) less its trailing spaces (s is valid UTF-8, s[from] no space).
std::uint32_t trail_of(std::string_view s, std::uint32_t from, std::uint32_t to) {
  while (to > from) {
    std::uint32_t c = to - 1;  // the first byte of the last character
    while (c > from && (static_cast<unsigned char>(s[c]) & 0xC0) == 0x80) --c;
    int len = 1;
    if (!space_cp(decode_at(s, c, &len))) break;
    to = c;
  }
  return to;
}

// The characters of valid UTF-8: its bytes less the continuation bytes, eight at a time.
std::uint32_t characters(std::string_view s) {
  std::size_t n = s.size(), i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t w = util::word_at(s.data() + i);
    // 10xxxxxx: bit 7 set and bit 6 clear (shifted up into bit 7's place)
    const std::uint64_t cont = w & ~(w << 1) & util::kHighs;
    n -= static_cast<std::size_t>(((cont >> 7) * util::kOnes) >> 56);
  }
  for (; i < s.size(); ++i) n -= (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return static_cast<std::uint32_t>(n);
}

// Whether one of the eight bytes at p is below 0x0E or has its high bit: the bytes a
// line break can begin with are among them (the test for a byte below n is exact as to
// whether one exists).
bool may_break8(const char* p) {
  const std::uint64_t w = util::word_at(p);
  return (((w - util::kOnes * 0x0E) & ~w) | w) & util::kHighs;
}

// Fills the shape of a line whose [start, end) is known.
void measure(std::string_view s, RawLine& l) {
  std::uint32_t i = l.start, cols = 0;
  while (i < l.end) {
    int len = 1;
    const char32_t cp = decode_at(s, i, &len);
    if (!space_cp(cp)) break;
    cols += cp == '\t' ? 4 - cols % 4 : 1;
    i += static_cast<std::uint32_t>(len);
  }
  l.indent = cols;
  l.lead = i;
  l.trail = i;
  l.blank = i >= l.end;
  if (l.blank) return;
  // Every character counts one column from here: the first word's columns are the
  // characters before the first space, the width the indent and the characters up to the
  // last non-space one. Only the two ends are decoded; the middle is counted.
  std::uint32_t first_word = 0;
  for (std::uint32_t j = i; j < l.end; ++first_word) {
    int len = 1;
    if (space_cp(decode_at(s, j, &len))) break;
    j += static_cast<std::uint32_t>(len);
  }
  l.first_word = first_word;
  l.trail = trail_of(s, i, l.end);
  l.width = cols + characters(s.substr(i, l.trail - i));
  const std::string_view content = s.substr(l.lead, l.trail - l.lead);
  l.marker = marker_at(content);
  l.heading = l.marker != 0 && content.front() == '#';
  const std::string_view body = content.substr(std::min<std::size_t>(l.marker, content.size()));
  l.title = util::title_shaped(body);
  l.terminal = util::ends_like_sentence(body);
  l.credit = util::credit_line(body);
  const auto first = std::find_if(body.begin(), body.end(), [](char c) {
    return util::is_ascii_alpha(c) || util::is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
  });
  l.starts_lower = first != body.end() && util::is_lower(*first);
  l.ends_hyphen = body.size() >= 2 && body.back() == '-' && util::is_lower(body[body.size() - 2]);
}

// The conventions a text follows, read from all its lines at once.
struct Style {
  bool wrapped = false;   // lines are filled up to a common width
  bool indented = false;  // and paragraphs start with an indented line
  std::uint32_t width = 0;
  std::uint32_t base_indent = 0;
};

Style style_of(const std::vector<RawLine>& lines) {
  Style st;
  st.base_indent = UINT32_MAX;
  for (const RawLine& l : lines) {
    if (!l.blank) st.base_indent = std::min(st.base_indent, l.indent);
  }
  if (st.base_indent == UINT32_MAX) st.base_indent = 0;
  // Candidates for a wrap: lines followed directly by a line that is not indented (an
  // indented line starts a paragraph, so the line before it is a paragraph's last), less
  // list items and the lines of a list of titles.
  std::vector<const RawLine*> cands;
  int starts = 0, lower_next = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const RawLine &l = lines[i], &next = lines[i + 1];
    if (l.blank || next.blank) continue;
    if (next.indent > st.base_indent) {
      ++starts;
      continue;
    }
    if (l.marker != 0 || (l.title && (i == 0 || next.title))) continue;
    cands.push_back(&l);
    lower_next += !l.terminal && next.starts_lower;
  }
  if (cands.empty()) return st;
  // Hard-wrapped text breaks lines mid-sentence; text with one paragraph a line ends
  // nearly every line with a sentence.
  const auto cut =
      std::count_if(cands.begin(), cands.end(), [](const RawLine* l) { return !l->terminal; });
  const bool mostly_cut = static_cast<std::size_t>(cut) * 2 > cands.size();
  // Wire copy: paragraphs start indented, the lines between them are wrapped.
  st.indented = starts >= 2 && mostly_cut;
  // The fill width, read from the lines that stop mid-sentence: in wrapped text they
  // are the paragraphs' inner lines and end near one width; in text with one paragraph a
  // line they are few (labels, subheads) and of any length.
  std::vector<std::uint32_t> widths;
  for (const RawLine* l : cands) {
    if (!l->terminal) widths.push_back(l->width);
  }
  if (widths.empty()) return st;
  std::sort(widths.begin(), widths.end());
  st.width = widths.back();
  if (cands.size() < 3) {
    // Too few lines for a common width: wrapped when each stops mid-sentence at a width
    // a wrap would leave.
    st.wrapped = st.indented || std::all_of(cands.begin(), cands.end(), [&](const RawLine* l) {
                   return !l->terminal && l->width >= (lower_next > 0 ? 20 : 30) && l->width <= 200;
                 });
    return st;
  }
  const std::uint32_t p90 = widths[widths.size() * 9 / 10];
  // the widest line that is not an outlier (a long URL, a table row)
  std::uint32_t w = 0;
  for (std::uint32_t x : widths) {
    if (x * 10 <= p90 * 11 + 10) w = x;
  }
  const std::uint32_t slack = std::max<std::uint32_t>(12, w / 6);
  const auto near =
      std::count_if(widths.begin(), widths.end(), [&](std::uint32_t x) { return x + slack >= w; });
  // and wrapped prose goes on in lower case on the next line often; table rows do not
  const bool filled = widths.size() >= 3 && widths.size() * 5 >= cands.size() &&
                      static_cast<std::size_t>(near) * 5 >= widths.size() * 3 &&
                      static_cast<std::size_t>(lower_next) * 10 >= widths.size() * 3;
  st.wrapped = st.indented || (w >= 30 && w <= 200 && filled);
  st.width = w;
  return st;
}

// The break between two adjacent non-blank lines a and b of a text of style st.
Join join_of(const Style& st, const RawLine& a, const RawLine& b, bool a_starts_paragraph,
             bool a_first) {
  // list items, headings and credits are paragraphs of their own
  if (b.marker != 0 || b.credit || a.heading || a.credit) return Join::paragraph;
  // A headline on its own line, over the first line of the text below it. Past the
  // text's first line, in wrapped text, a line that filled the width is a wrapped line
  // of capitalized names, not a title; in wire copy, where paragraphs start indented,
  // only the first line is a headline.
  const bool full = a.width + 1 + b.first_word > st.width;
  const bool headline = a_first || (a_starts_paragraph && !st.indented && !(st.wrapped && full));
  if (a.title && !b.starts_lower && headline) return Join::paragraph;
  const Join soft = a.ends_hyphen && b.starts_lower ? Join::glue : Join::space;
  if (st.indented) return b.indent > st.base_indent ? Join::paragraph : soft;
  if (st.wrapped) {
    const bool mid_sentence = !a.terminal && (b.starts_lower || a.width * 4 >= st.width * 3);
    return full || mid_sentence ? soft : Join::paragraph;
  }
  // One paragraph a line; a line that stops mid-sentence before a lower-case word is still
  // a wrap (ragged PDF and e-mail text).
  if (!a.terminal && !a.title && b.starts_lower && a.width >= 30) return soft;
  return Join::paragraph;
}

}  // namespace

std::vector<RawLine> scan_lines(std::string_view s) {
  std::vector<RawLine> out;
  std::uint32_t start = 0;
  const auto n = static_cast<std::uint32_t>(s.size());
  // the bytes a line break can begin with: '\n', '\r', and U+2028 / U+2029's first
  static constexpr std::array<bool, 256> kMayBreak = [] {
    std::array<bool, 256> t{};
    t['\n'] = t['\r'] = t[0xE2] = true;
    return t;
  }();
  for (std::uint32_t i = 0; i <= n;) {
    std::uint32_t brk = 0;
    // the common case: eight bytes at a time while none is below 0x0E (a control
    // character: '\n' and '\r' among them) or past ASCII (0xE2 among them)
    while (n - i >= 8 && !may_break8(s.data() + i)) i += 8;
    while (i < n && !kMayBreak[static_cast<unsigned char>(s[i])]) ++i;
    if (i == n) {
      brk = 0;
    } else if (s[i] == '\n') {
      brk = 1;
    } else if (s[i] == '\r') {
      brk = i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
    } else if (s[i] == '\xE2' && i + 2 < n && s[i + 1] == '\x80' &&
               (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      brk = 3;  // U+2028 line separator, U+2029 paragraph separator
    } else {
      ++i;
      continue;
    }
    RawLine l;
    l.start = start;
    l.end = i;
    l.next = i + brk;
    measure(s, l);
    out.push_back(l);
    if (i == n) break;
    i += brk;
    start = i;
  }
  return out;
}

std::vector<Join> decide_joins(const std::vector<RawLine>& lines) {
  const Style st = style_of(lines);
  std::vector<Join> joins(lines.size(), Join::paragraph);
  std::size_t prev = lines.size();  // the previous non-blank line
  bool prev_starts = true;          // whether it starts a paragraph
  std::size_t first = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    const bool adjacent = prev + 1 == i;
    if (first == lines.size()) first = i;
    if (adjacent) joins[i] = join_of(st, lines[prev], lines[i], prev_starts, prev == first);
    prev_starts = joins[i] == Join::paragraph;
    prev = i;
  }
  return joins;
}

}  // namespace finlens::text
