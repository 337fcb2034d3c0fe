// Ticker anchors: the bracket after a company name that lists where it trades.
#include <algorithm>
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
                                     {"Euronext", "Euronext"},
                                     // Reuters RIC suffixes and the exchange names news
                                     // aggregators write before a symbol
                                     {"O", "NASDAQ"},
                                     {"OQ", "NASDAQ"},
                                     {"N", "NYSE"},
                                     {"DE", "XETRA"},
                                     {"Xetra", "XETRA"},
                                     {"F", "FRA"},
                                     {"Frankfurt", "FRA"},
                                     {"Berlin", "Berlin"},
                                     {"PA", "EPA"},
                                     {"Paris", "EPA"},
                                     {"AS", "AMS"},
                                     {"Amsterdam", "AMS"},
                                     {"BR", "Euronext Brussels"},
                                     {"Brussels", "Euronext Brussels"},
                                     {"MI", "BIT"},
                                     {"Milan", "BIT"},
                                     {"SW", "SIX"},
                                     {"VX", "SIX"},
                                     {"Swiss", "SIX"},
                                     {"MC", "BME"},
                                     {"Madrid", "BME"},
                                     {"ST", "Nasdaq Stockholm"},
                                     {"Stockholm", "Nasdaq Stockholm"},
                                     {"HE", "Nasdaq Helsinki"},
                                     {"CO", "Nasdaq Copenhagen"},
                                     {"OL", "Oslo Bors"},
                                     {"Oslo", "Oslo Bors"},
                                     {"IR", "Euronext Dublin"},
                                     {"LS", "Euronext Lisbon"},
                                     {"VI", "Vienna"},
                                     {"BO", "BSE"},
                                     {"NS", "NSE"},
                                     {"NZ", "NZX"},
                                     {"NZX", "NZX"},
                                     {"JK", "IDX"},
                                     {"KL", "Bursa Malaysia"},
                                     {"BK", "SET"},
                                     {"TA", "TASE"},
                                     {"SR", "Tadawul"},
                                     {"SA", "B3"},
                                     {"MX", "BMV"},
                                     {"V", "TSXV"},
                                     {"TSXV", "TSXV"},
                                     {"CVE", "TSXV"},
                                     {"PK", "OTC"},
                                     {"OTCBB", "OTC"},
                                     {"OTCMKTS", "OTC"},
                                     {"NYSEArca", "NYSE Arca"},
                                     {"NYSEAmex", "NYSE American"},
                                     {"NYSEMKT", "NYSE American"},
                                     {"NasdaqCM", "NASDAQ"},
                                     {"NasdaqGM", "NASDAQ"},
                                     {"NASDAQCM", "NASDAQ"},
                                     {"NASDAQGM", "NASDAQ"}};
  for (const auto& e : kTable) {
    if (e.written == w) return std::string(e.code);
  }
  return {};
}

namespace {

// A cheap necessary condition for a ticker anchor at pos: " (" or "(", and a ':' (an
// exchange and a symbol) or a '.' (a suffixed symbol) in the bracket's first 80 bytes.
// Most brackets ("(AI)", "(2023)") and most positions have neither.
bool may_list(std::string_view s, std::uint32_t pos) {
  std::size_t i = pos < s.size() && s[pos] == ' ' ? pos + 1 : pos;
  if (i >= s.size() || s[i] != '(') return false;
  const std::size_t limit = std::min(s.size(), i + 82);
  for (++i; i < limit; ++i) {
    const char c = s[i];
    if (c == ':' || c == '.') return true;
    if (c == '(' || c == ')' || c == '\n') return false;
  }
  return false;
}

}  // namespace

std::vector<Ticker> tickers_at(std::string_view s, std::uint32_t pos, std::uint32_t* end,
                               std::vector<Mention>* symbols) {
  // groups: 1 the bracket's content
  static const RE2 bracket(R"( ?\(([^()\n]{2,80})\))", util::pattern_options());
  // "NYSE: BABA", "Other OTC: ANFGF", "Xetra: A1JAGV - news", "NASDAQ:NVDA"
  static const RE2 pair(
      R"((?:^|[;,]\s?)(?:Other\s)?([A-Za-z]{1,12}|Hong Kong)\s?:\s?([A-Z0-9][A-Z0-9.]{0,11}))",
      util::pattern_options());
  // "0700.HK", "REGN.O", "IGG.L": a symbol with its exchange's suffix
  static const RE2 suffixed(R"((?:^|[;,]\s?)((\d{3,6}|[A-Z][A-Z0-9]{0,5})\.([A-Z]{1,2})))",
                            util::pattern_options());
  std::array<re2::StringPiece, 2> g;
  std::vector<Ticker> out;
  if (!may_list(s, pos) || !util::match_at(bracket, s, pos, g)) return out;
  const std::string_view inner = util::sv(g[1]);
  // the symbol as the ticker, and where it is written (with any suffix) as a mention
  auto add = [&](std::string code, std::string_view symbol, const re2::StringPiece& written) {
    out.push_back({std::move(code), std::string(symbol)});
    const std::uint32_t at = util::offset_in(s, written);
    if (symbols) symbols->push_back({at, at + static_cast<std::uint32_t>(written.size())});
  };
  util::for_each_match<3>(pair, inner, [&](const auto& m) {
    std::string code = exchange_code(util::sv(m[1]));
    if (code.empty()) return;
    // "IGG.L" after "LSE:" is the symbol with its suffix; the bracket names the exchange
    add(std::move(code), util::sv(m[2]), m[2]);
  });
  if (out.empty()) {
    util::for_each_match<4>(suffixed, inner, [&](const auto& m) {
      std::string code = exchange_code(util::sv(m[3]));
      if (!code.empty()) add(std::move(code), util::sv(m[2]), m[1]);
    });
  }
  if (!out.empty()) *end = util::offset_in(s, g[0]) + static_cast<std::uint32_t>(g[0].size());
  return out;
}

}  // namespace finlens::companies
