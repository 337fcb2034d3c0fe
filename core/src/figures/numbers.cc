#include "figures/numbers.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "util/scan.h"

namespace finlens::figures {
namespace {

constexpr std::array<double, 23> kPow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                           1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                           1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

// Every byte of re2's \s: a scale word's match may begin with a line break ("$5\nmillion",
// across a paragraph break of the logical text), and a scale left with it would be unknown.
std::string_view trim(std::string_view s) {
  while (!s.empty() && util::is_re2_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && util::is_re2_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

std::optional<double> scaled(std::string_view s, int exponent) {
  if (exponent < 0) return std::nullopt;  // scale_exponent's "unknown", never a tenth
  std::uint64_t mantissa = 0;
  int digits = 0, decimals = 0;
  bool point = false;
  for (char c : s) {
    if (c == ',') continue;
    if (c == '.') {
      if (point) return std::nullopt;
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (digits >= 18) {  // beyond what we keep exactly: drop further digits, keep the magnitude
      if (!point) ++exponent;
      continue;
    }
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    ++digits;
    if (point) ++decimals;
  }
  if (digits == 0) return std::nullopt;
  int e = exponent - decimals;
  double m = static_cast<double>(mantissa);
  while (e > 22) {
    m *= 1e22;
    e -= 22;
  }
  while (e < -22) {
    m /= 1e22;
    e += 22;
  }
  const double v =
      e >= 0 ? m * kPow10[static_cast<std::size_t>(e)] : m / kPow10[static_cast<std::size_t>(-e)];
  // a number past what a double holds ("C$666…" with 300 digits) is no value at all
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<double> parse_number(std::string_view s) { return scaled(trim(s), 0); }

std::optional<double> number_word(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},         {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},         {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},    {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},    {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},       {"seventy", 70},
      {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"a hundred", 100},  {"dozen", 12},
      {"a dozen", 12}, {"a", 1},          {"an", 1},        {"a thousand", 1000}};
  w = trim(w);
  for (const auto& [word, value] : kWords) {
    if (iequals(w, word)) return value;
  }
  return std::nullopt;
}

namespace {

// One word of a spelled number: its value and what it is.
enum class Word { none, unit, teen, tens, hundred, thousand, article };

Word word_kind(std::string_view w, int& value) {
  static constexpr std::string_view kUnits[] = {"zero", "one", "two",   "three", "four",
                                                "five", "six", "seven", "eight", "nine"};
  static constexpr std::string_view kTeens[] = {"ten",      "eleven",  "twelve",  "thirteen",
                                                "fourteen", "fifteen", "sixteen", "seventeen",
                                                "eighteen", "nineteen"};
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 10; ++i) {
    if (iequals(w, kUnits[i])) return value = i, Word::unit;
    if (iequals(w, kTeens[i])) return value = 10 + i, Word::teen;
  }
  for (int i = 0; i < 8; ++i) {
    if (iequals(w, kTens[i])) return value = 20 + 10 * i, Word::tens;
  }
  if (iequals(w, "hundred")) return value = 100, Word::hundred;
  if (iequals(w, "thousand")) return value = 1000, Word::thousand;
  if (iequals(w, "a") || iequals(w, "an")) return value = 1, Word::article;
  return Word::none;
}

// The denominator a fraction word names: "half"/"halves" 2, "third(s)" 3, "quarter(s)" 4 …
int denominator(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kParts[] = {
      {"half", 2},  {"halve", 2},   {"third", 3},  {"quarter", 4}, {"fourth", 4}, {"fifth", 5},
      {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9},   {"tenth", 10}};
  if (w.size() > 1 && (w.back() == 's' || w.back() == 'S')) w.remove_suffix(1);
  for (const auto& [word, d] : kParts) {
    if (iequals(w, word)) return d;
  }
  return 0;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '-' && s[j] != '\n') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::optional<double> spelled_number(std::string_view s) {
  const std::vector<std::string_view> words = split_words(s);
  if (words.empty()) return std::nullopt;
  // fractions: "half", "half a", "a quarter", "two-thirds", "one fourth"
  if (iequals(words[0], "half") &&
      (words.size() == 1 || (words.size() == 2 && iequals(words[1], "a"))))
    return 0.5;
  if (words.size() == 2) {
    if (const int d = denominator(words[1])) {
      int n = 0;
      const Word k = word_kind(words[0], n);
      if ((k == Word::unit && n > 0) || k == Word::article) return static_cast<double>(n) / d;
      return std::nullopt;
    }
  }
  // cardinals, by what each word may follow
  long total = 0, current = 0;
  Word last = Word::none;
  bool after_and = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (iequals(words[i], "and")) {
      if (last != Word::hundred && last != Word::thousand) return std::nullopt;
      after_and = true;
      continue;
    }
    int v = 0;
    const Word k = word_kind(words[i], v);
    switch (k) {
      case Word::none:
        return std::nullopt;
      case Word::article:
        if (i != 0) return std::nullopt;
        current = 1;
        break;
      case Word::unit:
      case Word::teen:
      case Word::tens:
        if (last == Word::unit || last == Word::teen || last == Word::article) return std::nullopt;
        if (last == Word::tens && k != Word::unit) return std::nullopt;
        if (k == Word::unit && v == 0 && words.size() > 1) return std::nullopt;  // "zero" alone
        current += v;
        break;
      case Word::hundred:
        if (last == Word::hundred || last == Word::tens || after_and) return std::nullopt;
        current = (current ? current : 1) * 100;
        break;
      case Word::thousand:
        if (last == Word::thousand || after_and) return std::nullopt;
        total += (current ? current : 1) * 1000;
        current = 0;
        break;
    }
    if (k == Word::unit || k == Word::teen || k == Word::tens) after_and = false;
    last = k;
  }
  if (last == Word::article || after_and) return std::nullopt;
  return static_cast<double>(total + current);
}

std::optional<double> parse_count(std::string_view s) {
  if (auto v = parse_number(s)) return v;
  if (auto v = number_word(s)) return v;
  return spelled_number(s);
}

int scale_exponent(std::string_view w) {
  w = trim(w);
  if (w.empty()) return 0;
  if (w == "k" || w == "K" || iequals(w, "thousand")) return 3;
  if (w == "m" || w == "M" || iequals(w, "million") || iequals(w, "mn") || iequals(w, "mln"))
    return 6;
  if (w == "b" || w == "B" || iequals(w, "billion") || iequals(w, "bn") || iequals(w, "bln"))
    return 9;
  if (w == "T" || iequals(w, "trillion") || iequals(w, "tn") || iequals(w, "trn")) return 12;
  // Indian scales: lakh 10^5, crore 10^7, and "lakh crore" 10^12
  const auto starts = [&](std::string_view p) {
    return w.size() >= p.size() && iequals(w.substr(0, p.size()), p);
  };
  const bool crore = starts("crore") || iequals(w, "cr") ||
                     (w.size() >= 5 && iequals(w.substr(w.size() - 5), "crore")) ||
                     (w.size() >= 6 && iequals(w.substr(w.size() - 6), "crores"));
  if (starts("lakh") || starts("lac")) return crore ? 12 : 5;
  if (crore) return 7;
  return -1;
}

}  // namespace finlens::figures
