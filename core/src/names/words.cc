#include "names/words.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "names/gazetteer.h"
#include "util/scan.h"

namespace finlens::names {

using util::offset_in;

bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool fuller_name(std::string_view a, std::string_view b) {
  auto latin = [](std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return util::is_ascii_alpha(c); });
  };
  if (latin(a) != latin(b)) return latin(a);
  return a.size() > b.size();
}

bool Words::joins(std::size_t i, std::string& key) const {
  const Word& x = items[i];
  if (i + 1 >= items.size()) return false;
  const std::string_view gap = gap_after(i);
  // "Vel - Mara", "Dorvel - Kastra": a hyphen with spaces around it (text rejoined from
  // tokens) between two capitalized words of mixed case; the key reads it as a space
  if (gap == " - ") {
    const Word& y = items[i + 1];
    if (!x.capitalized || !y.capitalized || x.all_caps || y.all_caps || x.title_line) return false;
    key += ' ';
    return true;
  }
  if (gap != " ") return false;
  if (x.possessive()) {
    if (text[x.possessive_end - 1] != 's') return false;  // "investors' ": no name runs on
    key += "'s";
  }
  key += ' ';
  return true;
}

namespace {

// A character that can be part of a word: ASCII letters and digits, "&", and the
// letters of other scripts (everything past ASCII but punctuation, symbols and emoji).
bool word_char(char32_t cp) {
  if (cp < 0x80) return util::is_alnum(static_cast<char>(cp)) || cp == '&';
  if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF65)
    return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
           (cp >= 0xFF41 && cp <= 0xFF5A) || cp >= 0xFF66;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;           // private use
  if (cp == 0xFFFD || cp >= 0x1F000) return cp >= 0x20000;  // emoji out, CJK extensions in
  return true;
}

// Per byte: kAsciiWord an ASCII word byte (letter, digit, '&'), kUpper / kLower its case.
enum : std::uint8_t { kAsciiWord = 1, kUpper = 2, kLower = 4 };
constexpr std::array<std::uint8_t, 256> kByte = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = kAsciiWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = kAsciiWord | kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = kAsciiWord | kLower;
  t['&'] = kAsciiWord;
  return t;
}();

// word_char for one ASCII byte, without decoding: most bytes of any text are ASCII.
bool ascii_word(unsigned char b) { return (kByte[b] & kAsciiWord) != 0; }

struct Scanner {
  std::string_view s;
  std::size_t i = 0;

  char32_t at(std::size_t pos, int* len) const {
    if (pos >= s.size()) {
      *len = 0;
      return 0;
    }
    if (static_cast<unsigned char>(s[pos]) < 0x80) {  // most of any text: no decoding
      *len = 1;
      return static_cast<char32_t>(s[pos]);
    }
    return text::decode_at(s, pos, len);
  }
  // Length of a run of word characters at pos; `cases` (when given) gets the case bits
  // (kByte) of its ASCII letters, for a run that becomes part of the word.
  std::size_t run(std::size_t pos, std::uint8_t* cases = nullptr) const {
    std::size_t j = pos;
    while (j < s.size()) {
      const auto b = static_cast<unsigned char>(s[j]);
      if (b < 0x80) {
        if (!ascii_word(b)) break;
        if (cases) *cases |= kByte[b];
        ++j;
        continue;
      }
      int len = 0;
      if (!word_char(text::decode_at(s, j, &len))) break;
      j += static_cast<std::size_t>(len);
    }
    return j - pos;
  }
  bool letter(std::size_t pos) const {
    int len = 0;
    const char32_t cp = at(pos, &len);
    return len > 0 && word_char(cp) && !(cp >= '0' && cp <= '9') && cp != '&';
  }
  // '\'' or '’' at pos: its length in bytes, else 0.
  std::size_t apostrophe(std::size_t pos) const {
    if (pos < s.size() && s[pos] == '\'') return 1;
    if (pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80' && s[pos + 2] == '\x99')
      return 3;
    return 0;
  }
};

}  // namespace

Words split_words(const text::Text& t, const sections::Layout& layout) {
  // A word: letters and digits, with inner . & - joining parts ("JD.com", "AT&T",
  // "T-Head"), an apostrophe joining only before two letters ("O'Neil", "they're":
  // "Alibaba's" is "Alibaba" and a possessive ending), a final period kept only for
  // abbreviations, and the possessive ending. A hand-written scan: one pass, no
  // backtracking, and much faster than a Unicode regex with groups.
  Words w;
  w.text = t.norm;
  const std::string_view s = t.norm;
  w.items.reserve(s.size() / 5 + 16);  // news text: a word every six bytes or so
  Scanner sc{s};
  std::uint32_t prev_sentence = UINT32_MAX;
  sections::SentenceWalk sentence_of(layout);  // words come in text order
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80 && !ascii_word(b)) {  // spaces and punctuation, the common case
      ++i;
      continue;
    }
    int len = 0;
    const char32_t cp = sc.at(i, &len);
    if (!word_char(cp)) {
      i += static_cast<std::size_t>(len > 0 ? len : 1);
      continue;
    }
    const std::size_t start = i;
    // the case bits of the word's letters: all its letters are read by the runs that
    // make it (the bytes between them, "." "-" "&" "'", have none)
    std::uint8_t cases = 0;
    std::size_t end = i + sc.run(i, &cases);
    for (;;) {
      if (end < s.size() && (s[end] == '.' || s[end] == '-' || s[end] == '&') &&
          sc.run(end + 1) > 0) {
        end = end + 1 + sc.run(end + 1, &cases);
        continue;
      }
      const std::size_t ap = sc.apostrophe(end);
      if (ap && sc.letter(end + ap)) {
        int l1 = 0;
        sc.at(end + ap, &l1);
        if (sc.letter(end + ap + static_cast<std::size_t>(l1))) {
          end = end + ap + sc.run(end + ap, &cases);
          continue;
        }
      }
      break;
    }
    // "Yahoo!": an exclamation mark that a known name is written with belongs to it
    if (end < s.size() && s[end] == '!' &&
        (end + 1 >= s.size() || !word_char(sc.at(end + 1, &len))) &&
        Gazetteer::get().known(std::string(s.substr(start, end + 1 - start))))
      ++end;
    Word x;
    x.start = static_cast<std::uint32_t>(start);
    x.end = static_cast<std::uint32_t>(end);
    std::size_t next = end;
    // keep the period on known abbreviation shapes: "Inc.", "Co.", "S.A.", "Corp."
    const bool period = end < s.size() && s[end] == '.';
    if (period) {
      const std::string_view body = s.substr(start, end - start);
      static constexpr std::string_view kAbbrev[] = {"Inc", "Co", "Corp", "Ltd", "Bros",
                                                     "Cos", "Jr", "Sr",   "Mr",  "Ms",
                                                     "Mrs", "Dr", "St",   "Plc", "Prof"};
      bool keep =
          body.find('.') != std::string_view::npos && body.size() <= 4;  // "S.A" "N.V" "U.S"
      for (auto a : kAbbrev) keep = keep || body == a;
      // "Apple Inc. (AAPL)", "Meta Platforms Inc.'s" keep it; "… Microsoft Corp. The" ends a
      // sentence
      const std::size_t after = end + 1;
      const bool sentence_end =
          after >= s.size() || s[after] == '\n' ||
          (s[after] == ' ' && after + 1 < s.size() && util::is_upper(s[after + 1]));
      if (keep && !(sentence_end && body.find('.') == std::string_view::npos)) ++x.end;
      next = end + 1;
    }
    x.possessive_end = x.end;
    const std::size_t ap = sc.apostrophe(next);
    if (ap) {
      const std::size_t after = next + ap;
      const bool s_form = after < s.size() && s[after] == 's' && sc.run(after + 1) == 0;
      if (s_form) {
        x.possessive_end = static_cast<std::uint32_t>(after + 1);
      } else if (!period && (after >= s.size() || s[after] == ' ' || s[after] == '\n')) {
        x.possessive_end = static_cast<std::uint32_t>(after);  // "investors' "
      }
    }
    const char32_t c0 = sc.at(x.start, &len);
    const bool upper0 = (c0 >= 'A' && c0 <= 'Z') || (c0 >= 0xC0 && c0 <= 0xDE && c0 != 0xD7);
    // a brand shape has a capital after its first letter; capitals have no lower case
    // letter
    const std::uint32_t size = x.end - x.start;
    x.capitalized = upper0 || (util::is_lower(s[x.start]) && size <= 12 && (cases & kUpper));
    x.all_caps = upper0 && size >= 2 && !(cases & kLower);
    x.sentence = sentence_of.at(x.start);
    x.sentence_start = x.sentence != prev_sentence;
    prev_sentence = x.sentence;
    w.items.push_back(x);
    i = std::max<std::size_t>(x.possessive_end, period ? end + 1 : end);
  }
  // title lines and sections: computed once per line
  std::size_t wi = 0;
  for (const auto& l : layout.lines) {
    if (l.shape == sections::LineShape::blank) continue;
    const bool title = l.shape == sections::LineShape::title;  // a headline's shape
    const bool article = l.section == SectionKind::article;
    while (wi < w.items.size() && w.items[wi].start < l.range.start) ++wi;
    for (; wi < w.items.size() && w.items[wi].start < l.range.end; ++wi) {
      w.items[wi].title_line = title;
      w.items[wi].article = article;
    }
  }
  // URLs and e-mail addresses (sorted, disjoint): their words are no names
  std::size_t oi = 0;
  for (auto& x : w.items) {
    while (oi < t.opaque.size() && t.opaque[oi].end <= x.start) ++oi;
    x.opaque = oi < t.opaque.size() && t.opaque[oi].start < x.end;
  }
  const Gazetteer& g = Gazetteer::get();
  w.known.resize(w.items.size());
  for (std::size_t k = 0; k < w.items.size(); ++k) w.known[k] = g.longest_at(w, k);
  return w;
}

bool cjk_parenthetical_at(std::string_view s, std::uint32_t pos, std::uint32_t* open,
                          std::uint32_t* close) {
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
