#include "text/markup.h"

#include <algorithm>
#include <iterator>

#include "util/scan.h"

namespace finlens::text {
namespace {

struct Named {
  std::string_view name;
  char32_t cp;
};

// The named references pasted news carries (HTML's full list has 2,000; these are the
// ones web pages use for punctuation, spaces and currency signs).
constexpr Named kNamed[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"hellip", 0x2026},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"bull", 0x2022},  {"middot", 0xB7},  {"thinsp", 0x2009},
    {"ensp", 0x2002},  {"emsp", 0x2003},  {"shy", 0xAD},     {"pound", 0xA3},   {"euro", 0x20AC},
    {"yen", 0xA5},     {"cent", 0xA2},    {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},
    {"deg", 0xB0},     {"frac12", 0xBD},  {"frac14", 0xBC},  {"frac34", 0xBE},  {"times", 0xD7},
    {"minus", 0x2212}, {"eacute", 0xE9},  {"egrave", 0xE8},  {"aacute", 0xE1},  {"agrave", 0xE0},
    {"oacute", 0xF3},  {"uuml", 0xFC},    {"ouml", 0xF6},    {"auml", 0xE4},    {"ccedil", 0xE7},
    {"ntilde", 0xF1},  {"szlig", 0xDF},   {"iacute", 0xED},  {"uacute", 0xFA},  {"Eacute", 0xC9},
    {"Uuml", 0xDC},    {"Ouml", 0xD6},    {"Auml", 0xC4},    {"percnt", '%'},   {"dollar", '$'},
    {"num", '#'},
};

int hex_value(char c) {
  if (util::is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "&#8217;" or "&#x2019;": the code point, or 0 when it is not a valid character.
std::size_t numeric_at(std::string_view s, std::size_t i, char32_t* cp) {
  std::size_t j = i + 2;
  const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
  if (hex) ++j;
  const std::size_t first = j;
  std::uint32_t v = 0;
  while (j < s.size() && j - first < 7) {
    const int d = hex ? hex_value(s[j]) : (util::is_digit(s[j]) ? s[j] - '0' : -1);
    if (d < 0) break;
    v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    ++j;
  }
  if (j == first || j >= s.size() || s[j] != ';') return 0;
  // no NUL, controls, surrogates or values past Unicode: those are not text
  if (v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) return 0;
  *cp = v;
  return j + 1 - i;
}

bool word_char(char c) { return util::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

std::size_t reference_at(std::string_view s, std::size_t i, char32_t* cp) {
  if (i + 3 >= s.size() || s[i] != '&') return 0;
  if (s[i + 1] == '#') return numeric_at(s, i, cp);
  std::size_t j = i + 1;
  while (j < s.size() && j - i <= 8 && util::is_alnum(s[j])) ++j;
  if (j >= s.size() || s[j] != ';') return 0;
  const std::string_view name = s.substr(i + 1, j - i - 1);
  const auto it = std::find_if(std::begin(kNamed), std::end(kNamed),
                               [&](const Named& n) { return n.name == name; });
  if (it == std::end(kNamed)) return 0;
  *cp = it->cp;
  return j + 1 - i;
}

std::size_t link_at(std::string_view s, std::size_t i, std::size_t* text_start,
                    std::size_t* text_end) {
  const std::size_t open = s[i] == '!' ? i + 1 : i;
  if (open >= s.size() || s[open] != '[') return 0;
  // the text: up to the first ']' on the line, no nested brackets
  std::size_t j = open + 1;
  while (j < s.size() && j - open < 400 && s[j] != ']' && s[j] != '[' && s[j] != '\n') ++j;
  if (j + 1 >= s.size() || s[j] != ']' || s[j + 1] != '(') return 0;
  // the target: no spaces (a title in quotes is allowed after one), closed on the line
  std::size_t k = j + 2;
  while (k < s.size() && k - j < 2048 && s[k] != ')' && s[k] != '\n' && s[k] != '(') ++k;
  if (k >= s.size() || s[k] != ')' || k == j + 2) return 0;
  *text_start = open + 1;
  *text_end = j;
  return k + 1 - i;
}

bool emphasis_at(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size() || (s[i] != '*' && s[i] != '_') || s[i + 1] != s[i]) return false;
  const bool word_before = i > 0 && word_char(s[i - 1]);
  const bool word_after = i + 2 < s.size() && word_char(s[i + 2]);
  // "**Bold**": opens before a word, closes after one; "snake__case" is neither
  return word_before != word_after || (!word_before && !word_after && s[i] == '*');
}

}  // namespace finlens::text
