// Money: a currency sign or code before the number ("HK$160.10", "US$87 billion",
// "€5m", "RMB 3bn", "usd$ 15", "Rs 12,500 crore"), a currency word, code or sign after it
// ("380 billion yuan", "5 million US dollars", "470 pence", "115.5USD", "10 €", "30 MUSD"),
// with the scale applied; numbers may be spelled out ("thirteen dollars and forty-five
// cents", "half a billion euros"). A range ("HK$3bn–4bn", "$3-4 billion") is two figures
// sharing the currency and, when only the second has one, the scale. Minor units (cents,
// pence) are valued in their major unit: "50 cents" is 0.5 USD.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "figures/numbers.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

// Where a currency may be written, and what it does to the number.
enum Flags : unsigned {
  kBefore = 1,     // before the number: "US$5", "EUR 5", "Rs 500"
  kAfter = 2,      // after it: "5 euros", "5 EUR", "5 €"
  kMinor = 4,      // a hundredth of the major unit: cents, pence
  kScaleOnly = 8,  // also an ordinary word: money only with a scale ("5 million pounds")
  kCased = 16,     // matched only as written (a code that is also a word in lower case)
  kMega = 32,      // millions of the unit: "MUSD"
};

struct Currency {
  std::string_view written;  // lower case unless kCased; one space between words
  std::string_view code;     // ISO 4217; "$" the text's dollar, "¥" the text's yen sign
  unsigned flags;
};

// Every currency form the recognizer knows, in one table (codes: ISO 4217; historical
// currencies of the wire era keep their old codes: FRF, DEM, NLG, FIM, ITL, BEF).
constexpr Currency kCurrencies[] = {
    // signs
    {"$", "$", kBefore | kAfter},
    {"us$", "USD", kBefore},
    {"u.s.$", "USD", kBefore},
    {"u.s. $", "USD", kBefore},
    {"hk$", "HKD", kBefore},
    {"nt$", "TWD", kBefore},
    {"s$", "SGD", kBefore},
    {"sg$", "SGD", kBefore},
    {"c$", "CAD", kBefore},
    {"c $", "CAD", kBefore},
    {"ca$", "CAD", kBefore},
    {"a$", "AUD", kBefore},
    {"au$", "AUD", kBefore},
    {"nz$", "NZD", kBefore},
    {"r$", "BRL", kBefore},
    {"mx$", "MXN", kBefore},
    {"cn¥", "CNY", kBefore},
    {"jp¥", "JPY", kBefore},
    {"rs.", "INR", kBefore},
    {"rs", "INR", kBefore},
    {"€", "EUR", kBefore | kAfter},
    {"£", "GBP", kBefore | kAfter},
    {"¥", "¥", kBefore | kAfter},
    {"₹", "INR", kBefore | kAfter},
    {"₩", "KRW", kBefore | kAfter},
    {"₽", "RUB", kBefore | kAfter},
    {"₺", "TRY", kBefore | kAfter},
    {"₡", "CRC", kBefore | kAfter},
    {"₭", "LAK", kBefore | kAfter},
    {"₦", "NGN", kBefore | kAfter},
    {"₱", "PHP", kBefore | kAfter},
    {"₪", "ILS", kBefore | kAfter},
    {"₫", "VND", kBefore | kAfter},
    {"₴", "UAH", kBefore | kAfter},
    {"₿", "BTC", kBefore | kAfter},
    {"kr", "SEK", kAfter},
    // ISO codes, in any case
    {"usd", "USD", kBefore | kAfter},
    {"eur", "EUR", kBefore | kAfter},
    {"gbp", "GBP", kBefore | kAfter},
    {"jpy", "JPY", kBefore | kAfter},
    {"cny", "CNY", kBefore | kAfter},
    {"rmb", "CNY", kBefore | kAfter},
    {"hkd", "HKD", kBefore | kAfter},
    {"twd", "TWD", kBefore | kAfter},
    {"sgd", "SGD", kBefore | kAfter},
    {"cad", "CAD", kBefore | kAfter},
    {"aud", "AUD", kBefore | kAfter},
    {"chf", "CHF", kBefore | kAfter},
    {"inr", "INR", kBefore | kAfter},
    {"krw", "KRW", kBefore | kAfter},
    {"nzd", "NZD", kBefore | kAfter},
    {"sek", "SEK", kBefore | kAfter},
    {"nok", "NOK", kBefore | kAfter},
    {"dkk", "DKK", kBefore | kAfter},
    {"brl", "BRL", kBefore | kAfter},
    {"mxn", "MXN", kBefore | kAfter},
    {"zar", "ZAR", kBefore | kAfter},
    {"rub", "RUB", kBefore | kAfter},
    {"btc", "BTC", kAfter},
    {"TRY", "TRY", kBefore | kAfter | kCased},
    {"musd", "USD", kAfter | kMega},
    {"meur", "EUR", kAfter | kMega},
    {"mgbp", "GBP", kAfter | kMega},
    // words
    {"dollar", "$", kAfter},
    {"dollars", "$", kAfter},
    {"dlr", "$", kAfter},
    {"dlrs", "$", kAfter},
    {"us dollar", "USD", kAfter},
    {"us dollars", "USD", kAfter},
    {"u.s. dollar", "USD", kAfter},
    {"u.s. dollars", "USD", kAfter},
    {"u.s. dlrs", "USD", kAfter},
    {"american dollars", "USD", kAfter},
    {"hong kong dollar", "HKD", kAfter},
    {"hong kong dollars", "HKD", kAfter},
    {"hk dollars", "HKD", kAfter},
    {"singapore dollar", "SGD", kAfter},
    {"singapore dollars", "SGD", kAfter},
    {"new taiwan dollars", "TWD", kAfter},
    {"taiwan dollars", "TWD", kAfter},
    {"taiwanese dollars", "TWD", kAfter},
    {"nt dollars", "TWD", kAfter},
    {"canadian dollar", "CAD", kAfter},
    {"canadian dollars", "CAD", kAfter},
    {"australian dollar", "AUD", kAfter},
    {"australian dollars", "AUD", kAfter},
    {"new zealand dollars", "NZD", kAfter},
    {"cent", "$", kAfter | kMinor},
    {"cents", "$", kAfter | kMinor},
    {"cts", "$", kAfter | kMinor},
    {"yuan", "CNY", kAfter},
    {"chinese yuan", "CNY", kAfter},
    {"renminbi", "CNY", kAfter},
    {"yen", "JPY", kAfter},
    {"japanese yen", "JPY", kAfter},
    {"euro", "EUR", kAfter},
    {"euros", "EUR", kAfter},
    {"sterling", "GBP", kAfter},
    {"pounds sterling", "GBP", kAfter},
    {"pound sterling", "GBP", kAfter},
    {"pounds", "GBP", kAfter | kScaleOnly},
    {"british pounds", "GBP", kAfter},
    {"pence", "GBP", kAfter | kMinor},
    {"penny", "GBP", kAfter | kMinor},
    {"pennies", "GBP", kAfter | kMinor},
    {"swiss franc", "CHF", kAfter},
    {"swiss francs", "CHF", kAfter},
    {"franc", "CHF", kAfter},
    {"francs", "CHF", kAfter},
    {"french francs", "FRF", kAfter},
    {"belgian francs", "BEF", kAfter},
    {"cfa francs", "XOF", kAfter},
    {"marks", "DEM", kAfter | kScaleOnly},
    {"german marks", "DEM", kAfter},
    {"deutsche marks", "DEM", kAfter},
    {"guilder", "NLG", kAfter},
    {"guilders", "NLG", kAfter},
    {"markka", "FIM", kAfter},
    {"markkaa", "FIM", kAfter},
    {"lire", "ITL", kAfter},
    {"lira", "TRY", kAfter},
    {"liras", "TRY", kAfter},
    {"turkish lira", "TRY", kAfter},
    {"rupee", "INR", kAfter},
    {"rupees", "INR", kAfter},
    {"pakistani rupees", "PKR", kAfter},
    {"rouble", "RUB", kAfter},
    {"roubles", "RUB", kAfter},
    {"ruble", "RUB", kAfter},
    {"rubles", "RUB", kAfter},
    {"reais", "BRL", kAfter},
    {"peso", "MXN", kAfter},
    {"pesos", "MXN", kAfter},
    {"philippine pesos", "PHP", kAfter},
    {"argentine pesos", "ARS", kAfter},
    {"swedish kronor", "SEK", kAfter},
    {"kronor", "SEK", kAfter},
    {"krona", "SEK", kAfter},
    {"norwegian kroner", "NOK", kAfter},
    {"danish kroner", "DKK", kAfter},
    {"kroner", "NOK", kAfter},
    {"rand", "ZAR", kAfter},
    {"ringgit", "MYR", kAfter},
    {"baht", "THB", kAfter},
    {"rupiah", "IDR", kAfter},
    {"naira", "NGN", kAfter},
    {"shekels", "ILS", kAfter},
    {"zloty", "PLN", kAfter},
    {"zlotys", "PLN", kAfter},
    {"forints", "HUF", kAfter},
    {"riyals", "SAR", kAfter},
    {"dirhams", "AED", kAfter},
    {"won", "KRW", kAfter | kScaleOnly},
    {"korean won", "KRW", kAfter},
    {"south korean won", "KRW", kAfter},
    {"bitcoin", "BTC", kAfter},
    {"bitcoins", "BTC", kAfter},
};

std::string lower_single_spaced(std::string_view w) {
  std::string l;
  for (char c : w) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!l.empty() && l.back() != ' ') l += ' ';
      continue;
    }
    l += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return l;
}

const Currency* lookup(std::string_view written) {
  for (const Currency& c : kCurrencies) {
    if ((c.flags & kCased) && written == c.written) return &c;
  }
  const std::string l = lower_single_spaced(written);
  for (const Currency& c : kCurrencies) {
    if (!(c.flags & kCased) && l == c.written) return &c;
  }
  // a code with a dollar sign glued: "usd$", "aud$"
  if (l.size() == 4 && l.back() == '$') return lookup(std::string_view(written).substr(0, 3));
  return nullptr;
}

// The alternation of the table's forms with `flag`, longest first: signs (`words` false)
// or words and codes (`words` true). Before a number a word starts at a word start;
// after one, the separator (or a code glued to the digits) is checked by the caller.
std::string alternation(unsigned flag, bool words) {
  std::vector<const Currency*> forms;
  for (const Currency& c : kCurrencies) {
    if ((c.flags & flag) && util::is_ascii_alpha(c.written.front()) == words) forms.push_back(&c);
  }
  std::stable_sort(forms.begin(), forms.end(), [](const Currency* a, const Currency* b) {
    return a->written.size() > b->written.size();
  });
  std::string out;
  for (const Currency* c : forms) {
    std::string form;
    for (char ch : c->written) {
      if (ch == ' ') {
        form += "\\s";
      } else if (util::is_ascii_alpha(ch) || static_cast<unsigned char>(ch) >= 0x80) {
        form += ch;
      } else {
        form += '\\';
        form += ch;
      }
    }
    // a code before the number may carry a dollar sign: "usd$ 15", "aud$15"
    const bool code = words && c->written.size() == 3 && flag == kBefore;
    if (!out.empty()) out += '|';
    out += (words && flag == kBefore ? "\\b" : "") + ((c->flags & kCased) ? form : "(?i:" + form + ")") +
           (code ? "\\$?" : "");
  }
  return out;
}

const std::string& prefix_currency() {
  static const std::string p = alternation(kBefore, true) + "|" + alternation(kBefore, false);
  return p;
}

// A number as money writes it: digits, or words from a word start.
const std::string& money_number() {
  static const std::string n = std::string(kNumber) + R"(|\b(?:)" + std::string(kFraction) + "|" +
                               std::string(kSpelled) + R"(|(?i:an?)\b))";
  return n;
}

const RE2& prefix_re() {
  // groups: 1 currency, 2 number, 3 scale
  static const RE2 re("(" + prefix_currency() + R"()\s?()" + std::string(kNumber) + ")(" +
                          std::string(kScale) + ")?",
                      util::pattern_options());
  return re;
}

const RE2& suffix_re() {
  // groups: 1 number, 2 scale, 3 separator, 4 currency word or code, 5 a scale after it
  // ("75 usd million"). "a billion dollars", "12-cent", "115.5USD" count too.
  static const RE2 re("(" + money_number() + ")(" + std::string(kScale) + R"()?(\s|-)?()" +
                          alternation(kAfter, true) +
                          R"()\b(\s(?i:thousand|million|billion|trillion|mln|mn|bln|bn)\b)?)",
                      util::pattern_options());
  return re;
}

const RE2& sign_after_re() {
  // groups: 1 number, 2 scale, 3 sign: "10 €", "100,000 ₭", "5 million $"
  static const RE2 re("(" + std::string(kNumber) + ")(" + std::string(kScale) + R"()?\s?()" +
                          alternation(kAfter, false) + ")",
                      util::pattern_options());
  return re;
}

const RE2& minor_tail_re() {
  // after "thirteen dollars": " and forty-five cents", " forty five", " and 50"
  // groups: 1 number, 2 minor unit
  static const RE2 re(R"(\s(?:and\s)?(\d{1,2}|\b)" + std::string(kSpelled) +
                          R"()(?:\s((?i:cents?|pence|p))\b)?)",
                      util::pattern_options());
  return re;
}

const RE2& range_tail_re() {
  // after a money figure: "–4bn", " to $5 million", "-4 billion"
  // groups: 1 currency (optional), 2 number, 3 scale
  static const RE2 re(R"(\s?(?:-|–|—|to)\s?()" + prefix_currency() + R"()?\s?()" +
                          std::string(kNumber) + ")(" + std::string(kScale) + ")?",
                      util::pattern_options());
  return re;
}

std::optional<double> money_value(std::string_view number, int exp) {
  if (auto v = scaled(number, exp)) return v;
  const std::string l = lower_single_spaced(number);
  auto w = l == "a" || l == "an" ? std::optional<double>(1) : spelled_number(number);
  if (!w) return std::nullopt;
  for (int i = 0; i < exp; ++i) *w *= 10;
  return w;
}

Found make_money(std::uint32_t start, std::uint32_t end, double value, std::string currency) {
  Found f;
  f.start = start;
  f.end = end;
  f.figure.kind = FigureKind::money;
  f.figure.value = value;
  f.figure.currency = std::move(currency);
  return f;
}

std::string resolve_code(const Currency& c, const Context& ctx) {
  if (c.code == "$") return ctx.dollar;
  if (c.code == "¥") return ctx.yen_sign;
  return std::string(c.code);
}

}  // namespace

std::string currency_code(std::string_view w, const Context& ctx) {
  if (const Currency* c = lookup(w)) return resolve_code(*c, ctx);
  if (w.size() == 3 && util::is_upper(w[0]) && util::is_upper(w[1]) && util::is_upper(w[2]))
    return std::string(w);
  return {};
}

void find_money(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  util::for_each_match<4>(prefix_re(), s, [&](const auto& g) {
    const std::string cur = currency_code(sv(g[1]), ctx);
    if (cur.empty()) return;
    const int exp = g[3].data() ? scale_exponent(sv(g[3])) : 0;
    auto v = scaled(sv(g[2]), exp);
    if (!v) return;
    const std::uint32_t start = offset_in(s, g[0]);
    const std::uint32_t end = start + static_cast<std::uint32_t>(g[0].size());
    out.push_back(make_money(start, end, *v, cur));
    std::array<re2::StringPiece, 4> t;
    if (util::match_at(range_tail_re(), s, end, t)) {
      const std::string cur2 = t[1].data() && !t[1].empty() ? currency_code(sv(t[1]), ctx) : cur;
      const int exp2 = t[3].data() ? scale_exponent(sv(t[3])) : exp;
      auto v2 = scaled(sv(t[2]), exp2);
      if (!v2 || cur2 != cur) return;
      const std::uint32_t start2 =
          t[1].data() && !t[1].empty() ? offset_in(s, t[1]) : offset_in(s, t[2]);
      out.push_back(make_money(start2, offset_in(s, t[0]) + static_cast<std::uint32_t>(t[0].size()),
                               *v2, cur));
      if (!g[3].data() && t[3].data())
        out[out.size() - 2].figure.value = scaled(sv(g[2]), exp2);  // "$3-4 billion"
    }
  });
  util::for_each_match<6>(suffix_re(), s, [&](const auto& g) {
    const Currency* c = lookup(sv(g[4]));
    if (!c) return;
    const bool has_scale = g[2].data() || g[5].data();
    // "pounds" alone is also a weight and "won" a verb: money only with a scale
    if ((c->flags & kScaleOnly) && !has_scale) return;
    const std::string_view sep = g[3].data() ? sv(g[3]) : std::string_view{};
    const bool code = c->written.size() == 3 || (c->flags & (kCased | kMega));
    if (sep.empty() && !code) return;  // only a code is glued to its number ("115.5USD")
    // "a 12-cent dividend", "one-yen bid": a hyphen joins a number to a singular unit only
    if (sep == "-" && (has_scale || c->written.back() == 's')) return;
    const std::string_view number = sv(g[1]);
    if (!util::is_digit(number.front()) && number.front() != '.') {
      const std::string l = lower_single_spaced(number);
      if ((l == "a" || l == "an") && !has_scale) return;  // "a dollar", not a figure
    }
    int exp = g[2].data() ? scale_exponent(sv(g[2])) : g[5].data() ? scale_exponent(sv(g[5])) : 0;
    if (c->flags & kMega) exp += 6;
    auto v = money_value(number, exp);
    if (!v) return;
    const std::uint32_t start = offset_in(s, g[0]);
    std::uint32_t end = start + static_cast<std::uint32_t>(g[0].size());
    if (c->flags & kMinor) {
      *v /= 100;
    } else if (!has_scale) {
      // "thirteen dollars and forty-five cents", "15 dollars and 50"
      std::array<re2::StringPiece, 3> t;
      if (util::match_at(minor_tail_re(), s, end, t)) {
        const auto n = money_value(sv(t[1]), 0);
        const std::uint32_t tail_end = offset_in(s, t[0]) + static_cast<std::uint32_t>(t[0].size());
        const bool closes = tail_end >= s.size() || s[tail_end] == '.' || s[tail_end] == ',' ||
                            s[tail_end] == ';' || s[tail_end] == '!' || s[tail_end] == '?' ||
                            s[tail_end] == '\n';
        if (n && *n < 100 && (t[2].data() || closes)) {
          *v += *n / 100;
          end = tail_end;
        }
      }
    }
    out.push_back(make_money(start, end, *v, resolve_code(*c, ctx)));
  });
  util::for_each_match<4>(sign_after_re(), s, [&](const auto& g) {
    const std::uint32_t start = offset_in(s, g[0]);
    const std::uint32_t end = start + static_cast<std::uint32_t>(g[0].size());
    // a sign before the next number is that number's ("10 $30" is $30)
    std::size_t k = end;
    if (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && util::is_digit(s[k])) return;
    const Currency* c = lookup(sv(g[3]));
    if (!c) return;
    const int exp = g[2].data() ? scale_exponent(sv(g[2])) : 0;
    auto v = scaled(sv(g[1]), exp);
    if (!v) return;
    out.push_back(make_money(start, end, *v, resolve_code(*c, ctx)));
  });
}

}  // namespace finlens::figures
