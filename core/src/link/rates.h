// Approximate units of a currency per US dollar: facts good to a factor well under two
// since the year given (most over the last two decades), enough to tell a sane restatement ("380
// billion yuan ($53 billion)") from a wrong one and to compare prices quoted in different
// currencies.
#pragma once

#include <cmath>
#include <optional>
#include <string_view>

namespace finlens::link {

struct Rate {
  std::string_view code;
  double per_usd;
  int since;  // first year the rate is good for (see rate_valid_since)
};
inline constexpr Rate kRates[] = {
    {"USD", 1.0, 1900},  {"EUR", 0.9, 2005},  {"GBP", 0.75, 2005}, {"JPY", 130.0, 2005},
    {"CNY", 7.0, 2005},  {"HKD", 7.8, 1984},  {"TWD", 31.0, 2005}, {"SGD", 1.35, 2005},
    {"CAD", 1.3, 2005},  {"AUD", 1.4, 2005},  {"NZD", 1.55, 2005}, {"CHF", 0.92, 2005},
    {"INR", 80.0, 2005}, {"KRW", 1250, 2005}, {"BRL", 5.0, 2015},  {"MXN", 18.0, 2005},
    {"RUB", 80.0, 2015}, {"TRY", 20.0, 2022}, {"SEK", 10.0, 2005}, {"NOK", 10.0, 2005},
    {"DKK", 6.8, 2005},  {"ZAR", 16.0, 2009}};

inline std::optional<double> units_per_usd(std::string_view code) {
  for (const auto& r : kRates) {
    if (r.code == code) return r.per_usd;
  }
  return std::nullopt;
}

// The first year from which the rate above has held to within a factor of two (the
// rouble was near 30 a dollar until 2014, the lira under 10 until 2021): a check against
// the table means nothing for an article older than that.
inline int rate_valid_since(std::string_view code) {
  for (const auto& r : kRates) {
    if (r.code == code) return r.since;
  }
  return 9999;
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
