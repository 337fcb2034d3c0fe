// Which of a company's share prices stands apart from the others. A company listed in
// two places quotes prices that differ by the listing ratio as well as the currency
// (an ADR of eight Hong Kong shares), so a price counts as an outlier only when it is
// far from the median both as written and converted to dollars.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "link/rates.h"

namespace finlens::link {

inline std::vector<bool> price_outliers(const std::vector<std::pair<double, std::string>>& prices,
                                        double factor = 3.0) {
  std::vector<bool> out(prices.size(), false);
  if (prices.size() < 2) return out;
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::vector<double> raw, usd;
  for (const auto& [value, currency] : prices) {
    raw.push_back(value);
    usd.push_back(in_usd(value, currency).value_or(value));
  }
  const double m_raw = median(raw), m_usd = median(usd);
  auto far = [&](double v, double m) { return v > factor * m || v * factor < m; };
  for (std::size_t i = 0; i < prices.size(); ++i) out[i] = far(raw[i], m_raw) && far(usd[i], m_usd);
  return out;
}

}  // namespace finlens::link
