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
#include "figures/needles.h"
#include "figures/numbers.h"
#include "util/gate.h"
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

// Every currency form the recognizer knows, in one table: "written|code|flags" a line
// (flags: b before the number, a after it, m minor unit, s scale only, c cased, M millions;
// codes: ISO 4217; historical currencies of the wire era keep their old codes: FRF, DEM,
// NLG, FIM, ITL, BEF). Kept as one string: a table of structs costs the module more.
constexpr std::string_view kCurrencyTable =
    "$|$|ba\nus$|USD|b\nu.s.$|USD|b\nu.s. $|USD|b\nhk$|HKD|b\nnt$|TWD|b\ns$|SGD|b\n"
    "sg$|SGD|b\nc$|CAD|b\nc $|CAD|b\nca$|CAD|b\na$|AUD|b\nau$|AUD|b\nnz$|NZD|b\n"
    "r$|BRL|b\nmx$|MXN|b\ncn¥|CNY|b\njp¥|JPY|b\nrs.|INR|b\nrs|INR|b\n€|EUR|ba\n£|GBP|ba\n"
    "¥|¥|ba\n₹|INR|ba\n₩|KRW|ba\n₽|RUB|ba\n₺|TRY|ba\n₡|CRC|ba\n₭|LAK|ba\n₦|NGN|ba\n"
    "₱|PHP|ba\n₪|ILS|ba\n₫|VND|ba\n₴|UAH|ba\n₿|BTC|ba\nkr|SEK|a\nusd|USD|ba\neur|EUR|ba\n"
    "gbp|GBP|ba\njpy|JPY|ba\ncny|CNY|ba\nrmb|CNY|ba\nhkd|HKD|ba\ntwd|TWD|ba\nsgd|SGD|ba\n"
    "cad|CAD|ba\naud|AUD|ba\nchf|CHF|ba\ninr|INR|ba\nkrw|KRW|ba\nnzd|NZD|ba\nsek|SEK|ba\n"
    "nok|NOK|ba\ndkk|DKK|ba\nbrl|BRL|ba\nmxn|MXN|ba\nzar|ZAR|ba\nrub|RUB|ba\nbtc|BTC|a\n"
    "TRY|TRY|bac\nmusd|USD|aM\nmeur|EUR|aM\nmgbp|GBP|aM\ndollar|$|a\ndollars|$|a\n"
    "dlr|$|a\ndlrs|$|a\nus dollar|USD|a\nus dollars|USD|a\nu.s. dollar|USD|a\n"
    "u.s. dollars|USD|a\nu.s. dlrs|USD|a\namerican dollars|USD|a\n"
    "hong kong dollar|HKD|a\nhong kong dollars|HKD|a\nhk dollars|HKD|a\n"
    "singapore dollar|SGD|a\nsingapore dollars|SGD|a\nnew taiwan dollars|TWD|a\n"
    "taiwan dollars|TWD|a\ntaiwanese dollars|TWD|a\nnt dollars|TWD|a\n"
    "canadian dollar|CAD|a\ncanadian dollars|CAD|a\naustralian dollar|AUD|a\n"
    "australian dollars|AUD|a\nnew zealand dollars|NZD|a\ncent|$|am\ncents|$|am\n"
    "cts|$|am\nyuan|CNY|a\nchinese yuan|CNY|a\nrenminbi|CNY|a\nyen|JPY|a\n"
    "japanese yen|JPY|a\neuro|EUR|a\neuros|EUR|a\nsterling|GBP|a\npounds sterling|GBP|a\n"
    "pound sterling|GBP|a\npounds|GBP|as\nbritish pounds|GBP|a\npence|GBP|am\n"
    "penny|GBP|am\npennies|GBP|am\nswiss franc|CHF|a\nswiss francs|CHF|a\nfranc|CHF|a\n"
    "francs|CHF|a\nfrench francs|FRF|a\nbelgian francs|BEF|a\ncfa francs|XOF|a\n"
    "marks|DEM|as\ngerman marks|DEM|a\ndeutsche marks|DEM|a\nguilder|NLG|a\n"
    "guilders|NLG|a\nmarkka|FIM|a\nmarkkaa|FIM|a\nlire|ITL|a\nlira|TRY|a\nliras|TRY|a\n"
    "turkish lira|TRY|a\nrupee|INR|a\nrupees|INR|a\npakistani rupees|PKR|a\n"
    "rouble|RUB|a\nroubles|RUB|a\nruble|RUB|a\nrubles|RUB|a\nreais|BRL|a\npeso|MXN|a\n"
    "pesos|MXN|a\nphilippine pesos|PHP|a\nargentine pesos|ARS|a\nswedish kronor|SEK|a\n"
    "kronor|SEK|a\nkrona|SEK|a\nnorwegian kroner|NOK|a\ndanish kroner|DKK|a\n"
    "kroner|NOK|a\nrand|ZAR|a\nringgit|MYR|a\nbaht|THB|a\nrupiah|IDR|a\nnaira|NGN|a\n"
    "shekels|ILS|a\nzloty|PLN|a\nzlotys|PLN|a\nforints|HUF|a\nriyals|SAR|a\n"
    "dirhams|AED|a\nwon|KRW|as\nkorean won|KRW|a\nsouth korean won|KRW|a\nbitcoin|BTC|a\n"
    "bitcoins|BTC|a\n";

const std::vector<Currency>& currencies() {
  static const std::vector<Currency> table = [] {
    std::vector<Currency> out;
    std::string_view s = kCurrencyTable;
    while (!s.empty()) {
      const std::size_t nl = s.find('\n');
      const std::string_view line = s.substr(0, nl);
      s.remove_prefix(nl + 1);
      const std::size_t a = line.find('|'), b = line.find('|', a + 1);
      Currency c{line.substr(0, a), line.substr(a + 1, b - a - 1), 0};
      for (char f : line.substr(b + 1)) {
        c.flags |= f == 'b'   ? kBefore
                   : f == 'a' ? kAfter
                   : f == 'm' ? kMinor
                   : f == 's' ? kScaleOnly
                   : f == 'c' ? kCased
                              : kMega;
      }
      out.push_back(c);
    }
    return out;
  }();
  return table;
}

[[gnu::noinline]] std::string lower_single_spaced(std::string_view w) {
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

[[gnu::noinline]] const Currency* lookup(std::string_view written) {
  for (const Currency& c : currencies()) {
    if ((c.flags & kCased) && written == c.written) return &c;
  }
  const std::string l = lower_single_spaced(written);
  for (const Currency& c : currencies()) {
    if (!(c.flags & kCased) && l == c.written) return &c;
  }
  // a code with a dollar sign glued: "usd$", "aud$"
  if (l.size() == 4 && l.back() == '$') return lookup(std::string_view(written).substr(0, 3));
  return nullptr;
}

// The alternation of the table's forms with `flag`, in the table's order (a form that
// begins another, as "rs" begins "rs.", comes after it): signs (`words` false) or words
// and codes (`words` true). Before a number a word starts at a word start; after one, the
// separator (or a code glued to the digits) is checked by the caller.
std::string alternation(unsigned flag, bool words) {
  std::string out;
  for (const Currency& entry : currencies()) {
    const Currency* c = &entry;
    if (!(c->flags & flag) || util::is_ascii_alpha(c->written.front()) != words) continue;
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
    // (appended piece by piece: g++ 12 at link-time optimization warns, wrongly, of an
    // overflow in the temporaries of a chain of operator+)
    if (words && flag == kBefore) out += "\\b";
    if (c->flags & kCased) {
      out += form;
    } else {
      out += "(?i:";
      out += form;
      out += ')';
    }
    if (code) out += "\\$?";
  }
  return out;
}

const std::string& prefix_currency() {
  static const std::string p = alternation(kBefore, true) + "|" + alternation(kBefore, false);
  return p;
}

// A number as money writes it: digits, or words from a word start.
const std::string& money_number() {
  static const std::string n =
      join({kNumber, R"(|\b(?:)", kFraction, "|", kSpelled, R"(|(?i:an?)\b))"});
  return n;
}

const RE2& prefix_re() {
  // groups: 1 currency, 2 number, 3 scale
  static const RE2 re(join({"(", prefix_currency(), R"()\s?()", kNumber, ")(", kScale, ")?"}),
                      util::pattern_options());
  return re;
}

const RE2& suffix_re() {
  // groups: 1 number, 2 scale, 3 separator, 4 currency word or code, 5 a scale after it
  // ("75 usd million"). "a billion dollars", "12-cent", "115.5USD" count too.
  static const RE2 re(join({"(", money_number(), ")(", kScale, R"()?(\s|-)?()"}) +
                          alternation(kAfter, true) +
                          R"()\b(\s(?i:thousand|million|billion|trillion|mln|mn|bln|bn)\b)?)",
                      util::pattern_options());
  return re;
}

const RE2& sign_after_re() {
  // groups: 1 number, 2 scale, 3 sign: "10 €", "100,000 ₭", "5 million $"
  static const RE2 re(
      join({"(", kNumber, ")(", kScale, R"()?\s?()"}) + alternation(kAfter, false) + ")",
      util::pattern_options());
  return re;
}

const RE2& minor_tail_re() {
  // after "thirteen dollars": " and forty-five cents", " forty five", " and 50"
  // groups: 1 number, 2 minor unit
  static const RE2 re(
      join({R"(\s(?:and\s)?(\d{1,2}|\b)", kSpelled, R"()(?:\s((?i:cents?|pence|p))\b)?)"}),
      util::pattern_options());
  return re;
}

const RE2& range_tail_re() {
  // after a money figure: "–4bn", " to $5 million", "-4 billion"
  // groups: 1 currency (optional), 2 number, 3 scale
  static const RE2 re(
      join({R"(\s?(?:-|–|—|to)\s?()", prefix_currency(), R"()?\s?()", kNumber, ")(", kScale, ")?"}),
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

[[gnu::noinline]] Found make_money(std::uint32_t start, std::uint32_t end, double value,
                                   std::string currency) {
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

// Where sign_after_re can match: a sign after a number ("10 €", "5 million $") is rare,
// and the number ends a scale word and a space before it (the longest scale, "lakhs
// crores", is under 40 bytes even with case-folded letters): the digits (and periods
// before a digit) of the 40 bytes before each sign, and of the number run reaching into
// them. Every place a number can begin without \b.
// The table's signs written after a number ("€", "$").
const std::vector<std::string_view>& after_signs() {
  static const std::vector<std::string_view> signs = [] {
    std::vector<std::string_view> forms;
    for (const Currency& c : currencies()) {
      if ((c.flags & kAfter) && !util::is_ascii_alpha(c.written.front()))
        forms.push_back(c.written);
    }
    return forms;
  }();
  return signs;
}

std::vector<std::uint32_t> sign_after_starts(std::string_view s) {
  const auto number_byte = [&](std::size_t i) {
    return util::is_digit(s[i]) || s[i] == ',' || s[i] == '.';
  };
  // the signs in text order: each form's next place (a find, which skips ahead fast), the
  // nearest taken and its form looked for again past it
  const std::vector<std::string_view>& forms = after_signs();
  std::vector<std::size_t> next(forms.size());
  for (std::size_t k = 0; k < forms.size(); ++k) next[k] = s.find(forms[k]);
  std::vector<std::uint32_t> out;
  std::size_t done = 0;  // the bytes before it are looked at
  while (true) {
    const std::size_t c = *std::min_element(next.begin(), next.end());
    if (c == std::string_view::npos) break;
    for (std::size_t k = 0; k < forms.size(); ++k) {
      if (next[k] == c) next[k] = s.find(forms[k], c + 1);
    }
    std::size_t lo = c > 40 ? c - 40 : 0;
    while (lo > 0 && number_byte(lo - 1)) --lo;
    for (std::size_t p = std::max(lo, done); p < c; ++p) {
      if (util::is_digit(s[p]) || (s[p] == '.' && util::is_digit(s[p + 1])))
        out.push_back(static_cast<std::uint32_t>(p));
    }
    done = c;
  }
  return out;
}

}  // namespace

// One word of every form with `flag` (word forms only, when `words`): the first or the
// last, and the 'ſ' and Kelvin sign that re2's case folding reads as "s" and "k".
static std::vector<std::string_view> currency_needles(unsigned flag, bool words, bool last) {
  std::vector<std::string_view> out{"\xC5\xBF", "\xE2\x84\xAA"};
  for (const Currency& c : currencies()) {
    if (!(c.flags & flag) || (words && !util::is_ascii_alpha(c.written.front()))) continue;
    out.push_back(last ? c.written.substr(c.written.rfind(' ') + 1)
                       : c.written.substr(0, c.written.find(' ')));
  }
  return out;
}

std::span<const std::string_view> prefix_currency_needles() {
  static const std::vector<std::string_view> needles = currency_needles(kBefore, false, false);
  return needles;
}

// the last word: the rarest ("dollars", not "us")
std::span<const std::string_view> suffix_currency_needles() {
  static const std::vector<std::string_view> needles = currency_needles(kAfter, true, true);
  return needles;
}

std::string currency_code(std::string_view w, const Context& ctx) {
  if (const Currency* c = lookup(w)) return resolve_code(*c, ctx);
  if (w.size() == 3 && util::is_upper(w[0]) && util::is_upper(w[1]) && util::is_upper(w[2]))
    return std::string(w);
  return {};
}

const RE2& money_prefix_re() { return prefix_re(); }

// Where a match of prefix_re can start: at its currency, so at a needle of money_before
// (the first word of a currency, whole: a number or a space follows it). A currency word
// holding an 'ſ' or a Kelvin sign ("uſd"), which re2's case folding reads as an "s" or a
// "k", starts at no needle: a text holding one of those is searched whole (nullopt).
std::optional<std::vector<std::uint32_t>> money_prefix_starts(const util::Gate& gate) {
  const std::string_view s = gate.text();
  const std::vector<std::uint32_t>& starts = gate.starts(FigureNeedles::get().money_before);
  for (const std::uint32_t p : starts) {
    if (s[p] == '\xC5' || s.substr(p, 3) == "\xE2\x84\xAA") return std::nullopt;
  }
  return starts;
}

void find_money(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  util::for_each_match_at_or_all<4>(
      prefix_re(), s, money_prefix_starts(ctx.gate), [&](const auto& g) {
        const std::string cur = currency_code(sv(g[1]), ctx);
        if (cur.empty()) return;
        const int exp = g[3].data() ? scale_exponent(sv(g[3])) : 0;
        auto v = scaled(sv(g[2]), exp);
        if (!v) return;
        const std::uint32_t start = offset_in(s, g[0]);
        const std::uint32_t end = start + static_cast<std::uint32_t>(g[0].size());
        const bool first = add_unless_glued(s, out, make_money(start, end, *v, cur));
        std::array<re2::StringPiece, 4> t;
        if (util::match_at(range_tail_re(), s, end, t)) {
          const std::string cur2 =
              t[1].data() && !t[1].empty() ? currency_code(sv(t[1]), ctx) : cur;
          const int exp2 = t[3].data() ? scale_exponent(sv(t[3])) : exp;
          auto v2 = scaled(sv(t[2]), exp2);
          if (!v2 || cur2 != cur) return;
          const std::uint32_t start2 =
              t[1].data() && !t[1].empty() ? offset_in(s, t[1]) : offset_in(s, t[2]);
          const bool second = add_unless_glued(
              s, out,
              make_money(start2, offset_in(s, t[0]) + static_cast<std::uint32_t>(t[0].size()), *v2,
                         cur));
          if (first && !g[3].data() && t[3].data())  // "$3-4 billion"
            out[out.size() - (second ? 2 : 1)].figure.value = scaled(sv(g[2]), exp2);
        }
      });
  // A match ends with a currency word at a word start (after a digit, a space or a hyphen:
  // the scale ends at \b), with up to three \s after it; before it, a spelled number may
  // hold more ("one hundred and five dollars"): four lines before the word's cover any
  // such number that is not split over more paragraphs than that.
  const auto suffix_lines = ctx.gate.lines(FigureNeedles::get().money_after, 4, 3);
  util::for_each_match_in<6>(suffix_re(), s, suffix_lines, [&](const auto& g) {
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
    if (exp < 0) return;  // a scale word scale_exponent does not know
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
    add_unless_glued(s, out, make_money(start, end, *v, resolve_code(*c, ctx)));
  });
  util::for_each_match_at<4>(sign_after_re(), s, sign_after_starts(s), [&](const auto& g) {
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
    add_unless_glued(s, out, make_money(start, end, *v, resolve_code(*c, ctx)));
  });
}

}  // namespace finlens::figures
