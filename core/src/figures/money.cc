// Money: a currency sign or code before the number ("HK$160.10", "US$87 billion",
// "€5m", "RMB 3bn") or a currency word after it ("380 billion yuan", "5 million US
// dollars"), with the scale applied. A range ("HK$3bn–4bn", "$3-4 billion") is two
// figures sharing the currency and, when only the second has one, the scale.
#include <string>

#include "figures/figures.h"
#include "figures/numbers.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

const std::string& prefix_currency() {
  static const std::string p =
      R"((US\$|U\.S\.\s?\$|HK\$|NT\$|S\$|SG\$|C\$|CA\$|A\$|AU\$|NZ\$|R\$|MX\$|CN¥|JP¥|RMB|Rmb|€|£|¥|₹|₩|₽|₺|\$|)"
      R"((?:USD|EUR|GBP|JPY|CNY|HKD|TWD|SGD|CAD|AUD|CHF|INR|KRW|NZD|SEK|NOK|DKK|BRL|MXN|ZAR|RUB|TRY)\b))";
  return p;
}

const std::string& suffix_currency() {
  static const std::string p =
      R"(((?:(?:US|U\.S\.|American|Hong Kong|HK|Singapore|New Taiwan|Taiwan|Taiwanese|NT|Canadian|Australian|New Zealand)\s)?dollars?)"
      R"(|yuan|renminbi|RMB|yen|euros?|Swiss francs?|(?:pounds?\s)?sterling|(?:British\s)?pounds|rupees?|roubles?|rubles?|reais|pesos?)"
      R"(|(?:USD|EUR|GBP|JPY|CNY|HKD|TWD|SGD|CAD|AUD|CHF|INR|KRW)\b|(?:South\s)?Korean won|won|cents?)\b)";
  return p;
}

const RE2& prefix_re() {
  // groups: 1 currency, 2 number, 3 scale
  static const RE2 re(
      prefix_currency() + R"(\s?()" + std::string(kNumber) + ")(" + std::string(kScale) + ")?",
      util::pattern_options());
  return re;
}

const RE2& suffix_re() {
  // groups: 1 number, 2 scale, 3 currency word. "a billion dollars" counts too.
  static const RE2 re(
      "(" + std::string(kNumber) +
          R"(|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten))\b(\s?(?i:thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn)\b|[mbkBK]\b)?\s)" +
          suffix_currency(),
      util::pattern_options());
  return re;
}

const RE2& range_tail_re() {
  // after a money figure: "–4bn", " to $5 million", "-4 billion"
  // groups: 1 currency (optional), 2 number, 3 scale
  static const RE2 re(R"(\s?(?:-|–|—|to)\s?)" + std::string("(") +
                          prefix_currency().substr(1, prefix_currency().size() - 2) + R"()?\s?()" +
                          std::string(kNumber) + ")(" + std::string(kScale) + ")?",
                      util::pattern_options());
  return re;
}

bool is_word_currency(std::string_view cur) {
  return !cur.empty() && util::is_ascii_alpha(cur.front());
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

}  // namespace

std::string currency_code(std::string_view w, const Context& ctx) {
  struct Entry {
    std::string_view written;
    std::string_view code;
  };
  static constexpr Entry kTable[] = {{"US$", "USD"},
                                     {"U.S.$", "USD"},
                                     {"U.S. $", "USD"},
                                     {"HK$", "HKD"},
                                     {"NT$", "TWD"},
                                     {"S$", "SGD"},
                                     {"SG$", "SGD"},
                                     {"C$", "CAD"},
                                     {"CA$", "CAD"},
                                     {"A$", "AUD"},
                                     {"AU$", "AUD"},
                                     {"NZ$", "NZD"},
                                     {"R$", "BRL"},
                                     {"MX$", "MXN"},
                                     {"CN¥", "CNY"},
                                     {"JP¥", "JPY"},
                                     {"RMB", "CNY"},
                                     {"Rmb", "CNY"},
                                     {"€", "EUR"},
                                     {"£", "GBP"},
                                     {"₹", "INR"},
                                     {"₩", "KRW"},
                                     {"₽", "RUB"},
                                     {"₺", "TRY"},
                                     {"yuan", "CNY"},
                                     {"renminbi", "CNY"},
                                     {"yen", "JPY"},
                                     {"euro", "EUR"},
                                     {"euros", "EUR"},
                                     {"sterling", "GBP"},
                                     {"pounds sterling", "GBP"},
                                     {"pound sterling", "GBP"},
                                     {"pounds", "GBP"},
                                     {"British pounds", "GBP"},
                                     {"rupee", "INR"},
                                     {"rupees", "INR"},
                                     {"rouble", "RUB"},
                                     {"roubles", "RUB"},
                                     {"ruble", "RUB"},
                                     {"rubles", "RUB"},
                                     {"reais", "BRL"},
                                     {"peso", "MXN"},
                                     {"pesos", "MXN"},
                                     {"Swiss franc", "CHF"},
                                     {"Swiss francs", "CHF"},
                                     {"Korean won", "KRW"},
                                     {"South Korean won", "KRW"},
                                     {"won", "KRW"},
                                     {"US dollar", "USD"},
                                     {"US dollars", "USD"},
                                     {"U.S. dollar", "USD"},
                                     {"U.S. dollars", "USD"},
                                     {"American dollars", "USD"},
                                     {"Hong Kong dollar", "HKD"},
                                     {"Hong Kong dollars", "HKD"},
                                     {"HK dollars", "HKD"},
                                     {"Singapore dollar", "SGD"},
                                     {"Singapore dollars", "SGD"},
                                     {"New Taiwan dollars", "TWD"},
                                     {"Taiwan dollars", "TWD"},
                                     {"Taiwanese dollars", "TWD"},
                                     {"NT dollars", "TWD"},
                                     {"Canadian dollar", "CAD"},
                                     {"Canadian dollars", "CAD"},
                                     {"Australian dollar", "AUD"},
                                     {"Australian dollars", "AUD"},
                                     {"New Zealand dollars", "NZD"}};
  for (const auto& e : kTable) {
    if (w == e.written) return std::string(e.code);
  }
  if (w == "$" || w == "dollar" || w == "dollars" || w == "cent" || w == "cents") return ctx.dollar;
  if (w == "¥") return ctx.yen_sign;
  if (w.size() == 3 && util::is_upper(w[0]) && util::is_upper(w[1]) && util::is_upper(w[2]))
    return std::string(w);
  return {};
}

void find_money(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  util::for_each_match<4>(prefix_re(), s, [&](const auto& g) {
    const std::string cur = currency_code(sv(g[1]), ctx);
    if (cur.empty()) return;
    // a code like "EUR" must be followed by a space ("EUR 5m"), a sign may touch the number
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
  util::for_each_match<4>(suffix_re(), s, [&](const auto& g) {
    std::string_view word = sv(g[3]);
    const bool cents = word == "cent" || word == "cents";
    // "pounds" alone is also a weight; take it as money only with a scale ("5 million pounds")
    // "won" alone is a verb as often as a currency ("Boeing won 5 contracts")
    if ((word == "pounds" || word == "won") && !g[2].data()) return;
    std::string cur = currency_code(word, ctx);
    if (cur.empty() || !is_word_currency(word)) return;
    int exp = g[2].data() ? scale_exponent(sv(g[2])) : 0;
    auto v = parse_number(sv(g[1])) ? scaled(sv(g[1]), exp) : std::optional<double>{};
    if (!v) {
      auto w = number_word(sv(g[1]));
      if (!w || !g[2].data()) return;  // "a billion dollars", not "a dollar"
      v = *w;
      for (int i = 0; i < exp; ++i) *v *= 10;
    }
    if (cents) *v /= 100;
    const std::uint32_t start = offset_in(s, g[0]);
    out.push_back(make_money(start, start + static_cast<std::uint32_t>(g[0].size()), *v, cur));
  });
}

}  // namespace finlens::figures
