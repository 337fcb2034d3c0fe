#include "text/text.h"

#include <algorithm>

namespace finlens::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

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

// What a character reads as for the recognizers; 0 when it stays as it is.
char fold(char32_t cp, bool next_is_newline) {
  switch (cp) {
    case '\r':
      return next_is_newline ? ' ' : '\n';
    case '\t':
    case '\v':
    case '\f':
    case 0x00A0:  // no-break space
    case 0x1680:
    case 0x202F:  // narrow no-break space
    case 0x205F:
    case 0x3000:  // ideographic space
      return ' ';
    case 0x2028:
    case 0x2029:
      return '\n';
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
      out += static_cast<char>(b0);
      ++i;
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
  t.norm.reserve(c.size());
  t.utf16_checkpoints.reserve(c.size() / Text::kCheckpoint + 2);
  std::uint32_t units = 0;
  std::size_t i = 0;
  while (i < c.size()) {
    // checkpoints for every multiple of kCheckpoint reached inside or at this character
    while (t.utf16_checkpoints.size() * Text::kCheckpoint <= i)
      t.utf16_checkpoints.push_back(units);
    // most text is printable ASCII: one unit, nothing to fold
    const auto b = static_cast<unsigned char>(c[i]);
    if (b >= 0x20 && b < 0x7F) {
      t.norm += static_cast<char>(b);
      ++units;
      ++i;
      continue;
    }
    int len = 1;
    const char32_t cp = decode_at(c, i, &len);
    units += cp >= 0x10000 ? 2 : 1;
    const bool next_nl = i + 1 < c.size() && c[i + 1] == '\n';
    if (char f = fold(cp, next_nl)) {
      t.norm += f;
      if (len != 1) {
        t.shifts.push_back({static_cast<std::uint32_t>(t.norm.size()),
                            static_cast<std::uint32_t>(i + static_cast<std::size_t>(len))});
      }
    } else {
      t.norm.append(c, i, static_cast<std::size_t>(len));
    }
    i += static_cast<std::size_t>(len);
  }
  while (t.utf16_checkpoints.size() * Text::kCheckpoint <= c.size())
    t.utf16_checkpoints.push_back(units);
  return t;
}

std::uint32_t Text::to_clean(std::uint32_t p) const {
  auto it = std::upper_bound(shifts.begin(), shifts.end(), p,
                             [](std::uint32_t v, const Shift& s) { return v < s.norm; });
  if (it == shifts.begin()) return p;
  --it;
  return it->clean + (p - it->norm);
}

std::uint32_t Text::utf16_at(std::uint32_t b) const {
  const std::uint32_t k = b / kCheckpoint;
  std::uint32_t units = utf16_checkpoints[k];
  for (std::uint32_t i = k * kCheckpoint; i < b && i < clean.size(); ++i) {
    const auto ch = static_cast<unsigned char>(clean[i]);
    if ((ch & 0xC0) != 0x80) units += ch >= 0xF0 ? 2 : 1;
  }
  return units;
}

Span Text::span(std::uint32_t ns, std::uint32_t ne) const {
  Span s;
  s.byte_start = to_clean(ns);
  s.byte_end = to_clean(ne);
  s.start = utf16_at(s.byte_start);
  s.end = utf16_at(s.byte_end);
  s.text = clean.substr(s.byte_start, s.byte_end - s.byte_start);
  return s;
}

}  // namespace finlens::text
