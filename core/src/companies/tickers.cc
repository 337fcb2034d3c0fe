// Ticker anchors: the bracket after a company name that lists where it trades.
#include <string>

#include "companies/companies.h"
#include "util/scan.h"

namespace finlens::companies {

std::string exchange_code(std::string_view w) {
  struct Entry {
    std::string_view written, code;
  };
  static constexpr Entry kTable[] = {{"NYSE", "NYSE"},
                                     {"NASDAQ", "NASDAQ"},
                                     {"Nasdaq", "NASDAQ"},
                                     {"NasdaqGS", "NASDAQ"},
                                     {"NASDAQGS", "NASDAQ"},
                                     {"HKEX", "HKEX"},
                                     {"HKG", "HKEX"},
                                     {"HK", "HKEX"},
                                     {"HKSE", "HKEX"},
                                     {"SEHK", "HKEX"},
                                     {"Hong Kong", "HKEX"},
                                     {"SSE", "SSE"},
                                     {"SHA", "SSE"},
                                     {"SH", "SSE"},
                                     {"SS", "SSE"},
                                     {"Shanghai", "SSE"},
                                     {"SZSE", "SZSE"},
                                     {"SHE", "SZSE"},
                                     {"SZ", "SZSE"},
                                     {"Shenzhen", "SZSE"},
                                     {"TSE", "TSE"},
                                     {"TYO", "TSE"},
                                     {"T", "TSE"},
                                     {"Tokyo", "TSE"},
                                     {"LSE", "LSE"},
                                     {"LON", "LSE"},
                                     {"L", "LSE"},
                                     {"London", "LSE"},
                                     {"TWSE", "TWSE"},
                                     {"TPE", "TWSE"},
                                     {"TW", "TWSE"},
                                     {"TWO", "TPEx"},
                                     {"Taiwan", "TWSE"},
                                     {"KRX", "KRX"},
                                     {"KS", "KRX"},
                                     {"KOSPI", "KRX"},
                                     {"KOSDAQ", "KOSDAQ"},
                                     {"KQ", "KOSDAQ"},
                                     {"ASX", "ASX"},
                                     {"AX", "ASX"},
                                     {"TSX", "TSX"},
                                     {"TO", "TSX"},
                                     {"SGX", "SGX"},
                                     {"SI", "SGX"},
                                     {"NSE", "NSE"},
                                     {"BSE", "BSE"},
                                     {"FRA", "FRA"},
                                     {"XETRA", "XETRA"},
                                     {"ETR", "XETRA"},
                                     {"EPA", "EPA"},
                                     {"AMS", "AMS"},
                                     {"BIT", "BIT"},
                                     {"SIX", "SIX"},
                                     {"OTC", "OTC"},
                                     {"OTCQX", "OTC"},
                                     {"AMEX", "NYSE American"},
                                     {"NYSEAMERICAN", "NYSE American"},
                                     {"Euronext", "Euronext"}};
  for (const auto& e : kTable) {
    if (e.written == w) return std::string(e.code);
  }
  return {};
}

std::vector<Ticker> tickers_at(std::string_view s, std::uint32_t pos, std::uint32_t* end) {
  // groups: 1 the bracket's content
  static const RE2 bracket(R"( ?\(([^()\n]{2,80})\))", util::pattern_options());
  static const RE2 pair(R"((?:^|[;,]\s?)([A-Za-z]{1,12}|Hong Kong)\s?:\s?([A-Z0-9][A-Z0-9.]{0,9}))",
                        util::pattern_options());
  static const RE2 suffixed(R"((?:^|[;,]\s?)(\d{3,6}|[A-Z]{1,5})\.([A-Z]{1,2}))",
                            util::pattern_options());
  std::array<re2::StringPiece, 2> g;
  std::vector<Ticker> out;
  if (!util::match_at(bracket, s, pos, g)) return out;
  const std::string_view inner = util::sv(g[1]);
  util::for_each_match<3>(pair, inner, [&](const auto& m) {
    std::string code = exchange_code(util::sv(m[1]));
    if (!code.empty()) out.push_back({code, std::string(util::sv(m[2]))});
  });
  if (out.empty()) {
    util::for_each_match<3>(suffixed, inner, [&](const auto& m) {
      std::string code = exchange_code(util::sv(m[2]));
      if (!code.empty()) out.push_back({code, std::string(util::sv(m[1]))});
    });
  }
  if (!out.empty()) *end = util::offset_in(s, g[0]) + static_cast<std::uint32_t>(g[0].size());
  return out;
}

}  // namespace finlens::companies
