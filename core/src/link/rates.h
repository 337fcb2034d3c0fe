// Approximate units of a currency per US dollar: facts good to a factor well under two
// over the last two decades, enough to tell a sane restatement ("380 billion yuan ($53
// billion)") from a wrong one and to compare prices quoted in different currencies.
#pragma once

#include <cmath>
#include <optional>
#include <string_view>

namespace finlens::link {

inline std::optional<double> units_per_usd(std::string_view code) {
  struct Rate {
    std::string_view code;
    double per_usd;
  };
  static constexpr Rate kRates[] = {
      {"USD", 1.0},  {"EUR", 0.9},  {"GBP", 0.75}, {"JPY", 130.0}, {"CNY", 7.0},  {"HKD", 7.8},
      {"TWD", 31.0}, {"SGD", 1.35}, {"CAD", 1.3},  {"AUD", 1.4},   {"NZD", 1.55}, {"CHF", 0.92},
      {"INR", 80.0}, {"KRW", 1250}, {"BRL", 5.0},  {"MXN", 18.0},  {"RUB", 80.0}, {"TRY", 20.0},
      {"SEK", 10.0}, {"NOK", 10.0}, {"DKK", 6.8},  {"ZAR", 16.0}};
  for (const auto& r : kRates) {
    if (r.code == code) return r.per_usd;
  }
  return std::nullopt;
}

// The amount in US dollars, when the currency is known.
inline std::optional<double> in_usd(double value, std::string_view code) {
  const auto r = units_per_usd(code);
  if (!r) return std::nullopt;
  const double usd = value / *r;
  if (!std::isfinite(usd)) return std::nullopt;  // an amount near a double's limit
  return usd;
}

}  // namespace finlens::link
