#include "text/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/lines.h"
#include "text/markup.h"
#include "util/scan.h"
#include "util/swar.h"

namespace finlens::text {
namespace {

using util::kHighs;
using util::kOnes;
using util::word_at;

constexpr char32_t kReplacement = 0xFFFD;

// Whether all eight bytes of w are printable ASCII (0x20-0x7E): none has its high bit, none
// is below 0x20, none is 0x7F (the tests of any byte below n and any zero byte, exact as to
// whether one exists).
bool printable8(std::uint64_t w) {
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  const std::uint64_t x = w ^ (kOnes * 0x7F);
  const std::uint64_t del = (x - kOnes) & ~x & kHighs;
  return ((w & kHighs) | below_space | del) == 0;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// What a character reads as for the recognizers; 0 when it stays as it is. Line breaks
// never get here: text/lines.cc splits the text at them.
char fold(char32_t cp) {
  switch (cp) {
    case '\t':
    case '\v':
    case '\f':
    case 0x00A0:  // no-break space
    case 0x1680:
    case 0x202F:  // narrow no-break space
    case 0x205F:
    case 0x3000:  // ideographic space
      return ' ';
    case 0x2212:  // minus sign
      return '-';
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return ' ';
  if (cp >= 0xFF01 && cp <= 0xFF5E)
    return static_cast<char>(cp - 0xFF01 + 0x21);  // fullwidth ASCII
  return 0;
}

// Files that are not text, by their first bytes: PDF, PNG, GIF, JPEG, ZIP (and the
// office formats inside one), gzip, bzip2, ELF, OLE (old office files), UTF-16 text.
bool binary_signature(std::string_view in) {
  static constexpr std::string_view kMagic[] = {"%PDF-",
                                                "\x89PNG",
                                                "GIF87a",
                                                "GIF89a",
                                                "\xFF\xD8\xFF",
                                                "PK\x03\x04",
                                                "\x1F\x8B",
                                                "BZh9",
                                                "\x7F"
                                                "ELF",
                                                "\xD0\xCF\x11\xE0",
                                                "\xFF\xFE",
                                                "\xFE\xFF"};
  for (std::string_view m : kMagic) {
    if (in.starts_with(m)) return true;
  }
  return false;
}

// Whether decoded text reads as text: not mostly control characters (UTF-16 read as
// UTF-8 is half NULs), not a third replaced bytes. Random bytes give about two U+FFFD in
// five characters; a text with a few stray bad bytes or NULs is still text.
bool reads_as_text(std::string_view clean) {
  std::size_t chars = 0, controls = 0, replaced = 0;
  for (std::size_t i = 0; i < clean.size();) {
    if (i + 8 <= clean.size() && printable8(word_at(clean.data() + i))) {
      chars += 8;
      i += 8;
      continue;
    }
    const auto b = static_cast<unsigned char>(clean[i]);
    if (b >= 0x20 && b < 0x7F) {  // printable ASCII: nothing to count but the character
      ++chars;
      ++i;
      continue;
    }
    int len = 1;
    const char32_t cp = decode_at(clean, i, &len);
    i += static_cast<std::size_t>(len);
    ++chars;
    if (cp == 0xFFFD) ++replaced;
    const bool layout = cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    if ((cp < 0x20 && !layout) || (cp >= 0x7F && cp < 0xA0)) ++controls;
  }
  const bool control_heavy = controls >= 8 && controls * 4 > chars;
  const bool replaced_heavy = replaced >= 8 && replaced * 3 > chars;
  return !control_heavy && !replaced_heavy;
}

// Writes the logical text: each character of norm with the input bytes [cs, ce) it
// stands for, recording a shift wherever the two stop running in step.
class Builder {
 public:
  Builder(std::string_view clean, Text& t) : s_(clean), t_(t) {}

  void line(const RawLine& l, Join join, bool first) {
    if (!first) {
      if (join == Join::paragraph) put("\n", prev_end_line_, prev_next_);
      if (join == Join::space) put(" ", prev_end_line_, prev_next_);
    }
    run(l.lead + l.marker, l.trail, true);
    pending_ = false;  // no space before a line break
    prev_end_line_ = l.end;
    prev_next_ = l.next;
  }

  // Maps the end of the text: a span may end after a folded last character.
  void finish() {
    const auto p = static_cast<std::uint32_t>(t_.norm.size());
    const auto& shifts = t_.shifts;
    const std::uint32_t expect =
        shifts.empty() ? p : shifts.back().clean + (p - shifts.back().norm);
    if (p > 0 && end_ != expect) t_.shifts.push_back({p, end_, end_});
  }

 private:
  void put(std::string_view bytes, std::uint32_t cs, std::uint32_t ce) {
    auto& shifts = t_.shifts;
    const auto p = static_cast<std::uint32_t>(t_.norm.size());
    const std::uint32_t expect =
        shifts.empty() ? p : shifts.back().clean + (p - shifts.back().norm);
    if (cs != expect || end_ != cs) shifts.push_back({p, cs, end_});
    t_.norm.append(bytes);
    end_ = ce;
  }

  // A space is written only when a character follows it on the line: runs of spaces
  // read as one, and no line ends in one.
  void space(std::uint32_t cs, std::uint32_t ce) {
    if (pending_ || t_.norm.empty() || t_.norm.back() == '\n') return;
    pending_ = true;
    space_ = {cs, ce};
  }

  void visible(std::string_view bytes, std::uint32_t cs, std::uint32_t ce) {
    if (pending_) put(" ", space_.start, space_.end);
    pending_ = false;
    put(bytes, cs, ce);
  }

  void code_point(char32_t cp, std::uint32_t cs, std::uint32_t ce) {
    if (const char f = fold(cp)) {
      if (f == ' ') return space(cs, ce);
      return visible(std::string_view(&f, 1), cs, ce);
    }
    std::string u;
    append_utf8(u, cp);
    visible(u, cs, ce);
  }

  // Printable ASCII that is neither a space nor the start of markup.
  static bool plain(char c) {
    static constexpr std::array<bool, 256> kPlain = [] {
      std::array<bool, 256> t{};
      for (int b = '!'; b < 0x7F; ++b) t[static_cast<std::size_t>(b)] = true;
      for (char m : {'&', '[', '!', '*', '_'}) t[static_cast<unsigned char>(m)] = false;
      return t;
    }();
    return kPlain[static_cast<unsigned char>(c)];
  }

  // The characters of clean [i, to), with markup read as text (links not nested).
  void run(std::uint32_t i, std::uint32_t to, bool links) {
    const std::string_view line = s_.substr(0, to);
    while (i < to) {
      const char b = s_[i];
      std::size_t ts = 0, te = 0, n = 0;
      char32_t cp = 0;
      if (b == '&' && (n = reference_at(line, i, &cp)) != 0) {
        code_point(cp, i, i + static_cast<std::uint32_t>(n));
      } else if (links && (b == '[' || b == '!') && (n = link_at(line, i, &ts, &te)) != 0) {
        run(static_cast<std::uint32_t>(ts), static_cast<std::uint32_t>(te), false);
      } else if ((b == '*' || b == '_') && emphasis_at(line, i)) {
        n = 2;
      } else if (static_cast<unsigned char>(b) < 0x80) {
        n = 1;
        if (b == ' ') {
          space(i, i + 1);
        } else if (b >= 0x20 && b < 0x7F) {
          // a run of characters that are only themselves, and the single spaces between
          // them (each would be written as is: the one before a character), at once
          while (i + n < to &&
                 (plain(s_[i + n]) || (s_[i + n] == ' ' && i + n + 1 < to && plain(s_[i + n + 1]))))
            ++n;
          visible(s_.substr(i, n), i, i + static_cast<std::uint32_t>(n));
        } else {
          code_point(static_cast<unsigned char>(b), i, i + 1);
        }
      } else {
        int len = 1;
        cp = decode_at(s_, i, &len);
        n = static_cast<std::size_t>(len);
        code_point(cp, i, i + static_cast<std::uint32_t>(len));
      }
      i += static_cast<std::uint32_t>(n);
    }
  }

  std::string_view s_;
  Text& t_;
  std::uint32_t end_ = 0;  // clean end of the last character written
  std::uint32_t prev_end_line_ = 0, prev_next_ = 0;
  bool pending_ = false;
  Text::Range space_{0, 0};
};

bool url_start(std::string_view s, std::size_t i) {
  if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '(' && s[i - 1] != '<' &&
      s[i - 1] != '"')
    return false;
  const std::string_view r = s.substr(i);
  return r.starts_with("http://") || r.starts_with("https://") || r.starts_with("www.") ||
         r.starts_with("ftp://");
}

bool address_char(char c) {
  return util::is_alnum(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '%';
}

// Where an address may start, in order: a scheme's first letter ("http://", "https://",
// "ftp://": found from their rare "://"), "www." and '@'. Each is found by a search
// (memchr), not by a look at every byte: addresses are rare.
std::vector<std::size_t> address_starts(std::string_view s) {
  std::vector<std::size_t> at;
  for (std::size_t q = s.find("://"); q != std::string_view::npos; q = s.find("://", q + 1)) {
    for (const std::size_t scheme : {3, 4, 5}) {  // ftp, http, https
      if (q >= scheme) at.push_back(q - scheme);
    }
  }
  for (std::size_t p = s.find("www."); p != std::string_view::npos; p = s.find("www.", p + 1))
    at.push_back(p);
  for (std::size_t p = s.find('@'); p != std::string_view::npos; p = s.find('@', p + 1))
    at.push_back(p);
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  return at;
}

// URLs (from their scheme or "www." to the next space, less closing punctuation) and
// e-mail addresses (a local part, '@', a domain with a dot).
std::vector<Text::Range> find_opaque(std::string_view s) {
  std::vector<Text::Range> out;
  std::size_t from = 0;  // past the last address: a start inside or just after it is not one
  for (const std::size_t i : address_starts(s)) {
    if (i < from) continue;
    std::size_t a = i, b = i;
    if ((s[i] == 'h' || s[i] == 'w' || s[i] == 'f') && url_start(s, i)) {
      while (b < s.size() && s[b] != ' ' && s[b] != '\n' && s[b] != '"' && s[b] != '>') ++b;
    } else if (s[i] == '@' && i > 0 && address_char(s[i - 1])) {
      while (a > 0 && address_char(s[a - 1])) --a;
      if (!out.empty() && a < out.back().end) a = out.back().end;
      b = i + 1;
      while (b < s.size() && address_char(s[b])) ++b;
      const std::string_view domain = s.substr(i + 1, b - i - 1);
      if (domain.find('.') == std::string_view::npos) continue;
    } else {
      continue;
    }
    while (b > a && (s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == ')' || s[b - 1] == ';' ||
                     s[b - 1] == ':' || s[b - 1] == '\''))
      --b;
    if (b > a) out.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)});
    from = std::max(i, b) + 1;
  }
  return out;
}

}  // namespace

char32_t decode_at(std::string_view s, std::size_t pos, int* length) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  auto cont = [&](std::size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i]) & 0x3F);
  };
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  if (b0 < 0xE0) {
    *length = 2;
    return (static_cast<char32_t>(b0 & 0x1F) << 6) | cont(1);
  }
  if (b0 < 0xF0) {
    *length = 3;
    return (static_cast<char32_t>(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  }
  *length = 4;
  return (static_cast<char32_t>(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

std::string to_valid_utf8(std::string_view in, bool* had_invalid) {
  std::string out;
  out.reserve(in.size());
  *had_invalid = false;
  std::size_t i = 0;
  const std::size_t n = in.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(in[i]);
    if (b0 < 0x80) {
      // most text is ASCII: copy the run at once
      std::size_t j = i + 1;
      while (j + 8 <= n && (word_at(in.data() + j) & kHighs) == 0) j += 8;
      while (j < n && static_cast<unsigned char>(in[j]) < 0x80) ++j;
      out.append(in.substr(i, j - i));
      i = j;
      continue;
    }
    // WHATWG UTF-8 decode: bytes needed and the allowed range of the second byte.
    int need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    }
    std::size_t j = i + 1;
    bool ok = need > 0;
    for (int k = 0; ok && k < need; ++k, ++j) {
      if (j >= n) {
        ok = false;
        break;
      }
      const auto b = static_cast<unsigned char>(in[j]);
      const unsigned char l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xBF;
      if (b < l || b > h) {
        ok = false;
        break;
      }
    }
    if (ok) {
      out.append(in.substr(i, j - i));
    } else {
      append_utf8(out, kReplacement);
      *had_invalid = true;
      // The maximal subpart is consumed: at least the lead byte, plus valid continuations.
      if (j == i) j = i + 1;
    }
    i = j;
  }
  return out;
}

Text prepare(std::string_view input, std::size_t max_bytes, bool* cut) {
  Text t;
  t.input_bytes = static_cast<std::uint32_t>(std::min<std::size_t>(input.size(), UINT32_MAX));
  *cut = input.size() > max_bytes;
  if (*cut) {
    std::size_t end = max_bytes;
    // step back to a character boundary so the cut does not invent an invalid byte (at
    // most 3 bytes: a longer run of continuation bytes is invalid anyway, and must not
    // pull the cut back to the start)
    for (int k = 0; k < 3 && end > 0 && (static_cast<unsigned char>(input[end]) & 0xC0) == 0x80;
         ++k)
      --end;
    input = input.substr(0, end);
  }
  t.clean = to_valid_utf8(input, &t.had_invalid_utf8);
  const std::string& c = t.clean;
  t.utf16_checkpoints.reserve(c.size() / Text::kCheckpoint + 2);
  std::uint32_t units = 0;
  for (std::size_t block = 0; block < c.size(); block += Text::kCheckpoint) {
    t.utf16_checkpoints.push_back(units);
    const std::size_t end = std::min(c.size(), block + Text::kCheckpoint);
    std::size_t i = block;
    for (; i + 8 <= end && (word_at(c.data() + i) & kHighs) == 0; i += 8) units += 8;
    for (; i < end; ++i) {
      const auto b = static_cast<unsigned char>(c[i]);
      units += ((b & 0xC0) != 0x80) + (b >= 0xF0);  // a unit a character, two past the BMP
    }
  }
  while (t.utf16_checkpoints.size() * Text::kCheckpoint <= c.size())
    t.utf16_checkpoints.push_back(units);

  t.not_text = binary_signature(input) || !reads_as_text(c);
  if (t.not_text) return t;
  const std::vector<RawLine> lines = scan_lines(c);
  const std::vector<Join> joins = decide_joins(lines);
  t.norm.reserve(c.size());
  Builder out(c, t);
  bool first = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    out.line(lines[i], joins[i], first);
    first = false;
  }
  out.finish();
  t.opaque = find_opaque(t.norm);
  return t;
}

bool Text::in_opaque(std::uint32_t a, std::uint32_t b) const {
  auto it = std::upper_bound(opaque.begin(), opaque.end(), a,
                             [](std::uint32_t v, const Range& r) { return v < r.end; });
  return it != opaque.end() && it->start < b;
}

namespace {
const Text::Shift* shift_before(const std::vector<Text::Shift>& shifts, std::uint32_t p) {
  auto it = std::upper_bound(shifts.begin(), shifts.end(), p,
                             [](std::uint32_t v, const Text::Shift& s) { return v < s.norm; });
  return it == shifts.begin() ? nullptr : &*(it - 1);
}
}  // namespace

std::uint32_t Text::to_clean(std::uint32_t p) const {
  const Shift* s = shift_before(shifts, p);
  return s ? s->clean + (p - s->norm) : p;
}

std::uint32_t Text::to_clean_end(std::uint32_t p) const {
  const Shift* s = shift_before(shifts, p);
  if (!s) return p;
  return s->norm == p ? s->end : s->clean + (p - s->norm);
}

std::uint32_t Text::utf16_at(std::uint32_t b) const {
  const std::uint32_t k = b / kCheckpoint;
  std::uint32_t units = utf16_checkpoints[k];
  const std::uint32_t stop = std::min<std::uint32_t>(b, static_cast<std::uint32_t>(clean.size()));
  std::uint32_t i = k * kCheckpoint;
  // eight ASCII bytes at a time (a unit each): most of any text is ASCII
  for (; i + 8 <= stop && (word_at(clean.data() + i) & kHighs) == 0; i += 8) units += 8;
  for (; i < stop; ++i) {
    const auto ch = static_cast<unsigned char>(clean[i]);
    if ((ch & 0xC0) != 0x80) units += ch >= 0xF0 ? 2 : 1;
  }
  return units;
}

Span Text::span(std::uint32_t ns, std::uint32_t ne) const {
  Span s;
  s.byte_start = to_clean(ns);
  s.byte_end = std::max(s.byte_start, to_clean_end(ne));
  s.start = utf16_at(s.byte_start);
  s.end = utf16_at(s.byte_end);
  s.text = clean.substr(s.byte_start, s.byte_end - s.byte_start);
  return s;
}

}  // namespace finlens::text
