#include "figures/numbers.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>

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

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<double> scaled(std::string_view s, int exponent) {
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

std::optional<double> parse_count(std::string_view s) {
  if (auto v = parse_number(s)) return v;
  return number_word(s);
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
  return -1;
}

}  // namespace finlens::figures
