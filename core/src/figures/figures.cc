#include "figures/figures.h"

#include <algorithm>
#include <set>

#include "figures/calendar.h"
#include "figures/needles.h"
#include "figures/numbers.h"
#include "util/gate.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

// The exchanges whose names come before a ticker ("NYSE: BABA", "HKG:9988"), as written.
constexpr std::string_view kExchanges =
    "NYSE|NASDAQ|Nasdaq|HKEX|HKG|HKSE|HK|SEHK|SSE|SZSE|SHA|SHE|TSE|TYO|LSE|LON|ASX|TSX|KRX|"
    "KOSDAQ|TWSE|TPE|SGX|BSE|NSE|FRA|XETRA|ETR|EPA|AMS|BIT|SIX|OTC|OTCQX|AMEX|NYSEAMERICAN|"
    "Euronext";

}  // namespace

// Position p takes from kept[p]: chains of such moves begin at a candidate not kept and
// end past the kept ones; what remains are cycles, each moved round through one candidate
// held aside. One move a candidate, where a swap is three.
std::vector<Found> move_to_front(std::vector<Found> c, const std::vector<std::uint32_t>& kept) {
  const std::uint32_t k = static_cast<std::uint32_t>(kept.size());
  std::vector<bool> taken(c.size()), placed(k);
  for (std::uint32_t i : kept) taken[i] = true;
  // fills `to` from kept[to], then the place that left empty, until `last` is moved
  const auto pull = [&](std::uint32_t to, std::uint32_t last) {
    while (to < k && !placed[to]) {
      placed[to] = true;
      const std::uint32_t from = kept[to];
      if (from == last) return to;
      c[to] = std::move(c[from]);
      to = from;
    }
    return to;
  };
  constexpr std::uint32_t kNoEnd = UINT32_MAX;
  for (std::uint32_t p = 0; p < k; ++p) {
    if (!taken[p]) pull(p, kNoEnd);
  }
  for (std::uint32_t p = 0; p < k; ++p) {
    if (placed[p] || kept[p] == p) continue;
    Found held = std::move(c[p]);
    c[pull(p, p)] = std::move(held);
  }
  c.erase(c.begin() + k, c.end());
  return c;
}

void move_into(Figure& f, Reading&& r) {
  f.kind = r.kind;
  f.value = r.value;
  f.value_max = r.value_max;
  f.currency = std::move(r.currency);
  f.unit = std::move(r.unit);
  f.date = std::move(r.date);
  f.time = std::move(r.time);
  f.timezone = std::move(r.timezone);
  f.duration = std::move(r.duration);
  f.approximate = r.approximate;
  f.qualifier = std::move(r.qualifier);
  f.section = r.section;
}

const RE2& phone_re() {
  static const RE2 phone(R"((?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}\b)",
                         util::pattern_options());
  return phone;
}

std::vector<std::uint32_t> phone_starts(const util::Gate& gate) {
  const std::string_view s = gate.text();
  const auto sep = [](char c) { return c == ' ' || c == '.' || c == '-'; };
  const auto digit = [&](std::size_t i) { return i < s.size() && util::is_digit(s[i]); };
  std::vector<std::uint32_t> out;
  for (const util::DigitRun& r : gate.digit_runs()) {
    // "+44 …": a country code
    if (r.start > 0 && s[r.start - 1] == '+') out.push_back(r.start - 1);
    // the area code is a run's last two to four digits, then ")" or a separator and a digit
    std::size_t e = r.end;
    if (e < s.size() && s[e] == ')') ++e;
    if (!(e < s.size() && sep(s[e]) && digit(e + 1))) continue;
    const std::uint32_t n = r.end - r.start;
    if (n < 2) continue;
    if (n <= 4 && r.start > 0 && s[r.start - 1] == '(') out.push_back(r.start - 1);
    for (std::uint32_t k = std::min<std::uint32_t>(n, 4); k >= 2; --k) out.push_back(r.end - k);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// Text that looks numeric but is not a figure: tickers ("HKG: 9988", "0700.HK",
// "(NASDAQ:BIDU)"), phone numbers, and product or model codes ("H20", "A380").
// Where no figure may be: tickers, phone numbers, and the text stage's addresses (URLs
// and e-mail addresses: "%20", "2020%", "q3-2024" inside them are not figures).
std::vector<std::pair<std::uint32_t, std::uint32_t>> blocked_ranges(const text::Text& text,
                                                                    const util::Gate& gate) {
  const std::string_view s = text.norm;
  static const RE2 ticker(join({R"(\b(?:)", kExchanges, R"()\s?:\s?[A-Z0-9][A-Z0-9.]*)",
                                R"(|\b\d{3,6}\.(?:HK|SS|SZ|SH|T|TW|TWO|KS|KQ|SI|AX|L|TO)\b)"}),
                          util::pattern_options());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  auto add = [&](const auto& g) {
    const std::uint32_t a = offset_in(s, g[0]);
    out.emplace_back(a, a + static_cast<std::uint32_t>(g[0].size()));
  };
  // A ticker after an exchange's name is on the lines holding one (with two \s after it);
  // on every other line only a code can match, which starts at a run of digits.
  const FigureNeedles& n = FigureNeedles::get();
  const auto exchange_lines = gate.lines(n.exchanges, 0, 2);
  util::for_each_match_in<1>(ticker, s, exchange_lines, add);
  std::vector<std::uint32_t> code_starts;
  auto line = exchange_lines.begin();
  for (const std::uint32_t p : run_starts(gate, 3, 6, ".")) {
    while (line != exchange_lines.end() && line->end < p) ++line;
    if (line == exchange_lines.end() || p < line->start) code_starts.push_back(p);
  }
  util::for_each_match_at<1>(ticker, s, code_starts, add);
  util::for_each_match_at<1>(phone_re(), s, phone_starts(gate), [&](const auto& g) {
    // "2020-2022 period" or "1.5-2.0" are ranges, not phone numbers: require 7+ digits
    int digits = 0;
    for (char c : sv(g[0])) digits += util::is_digit(c);
    if (digits >= 9) add(g);
  });
  for (const auto& r : text.opaque) out.emplace_back(r.start, r.end);
  std::sort(out.begin(), out.end());
  return out;
}

int kind_rank(FigureKind k) {
  switch (k) {
    case FigureKind::money:
      return 0;
    case FigureKind::percentage_point:
      return 1;
    case FigureKind::percent:
      return 2;
    case FigureKind::time:
      return 3;
    case FigureKind::date:
      return 4;
    case FigureKind::duration:
      return 5;
    case FigureKind::number:
      return 6;
  }
  return 7;
}

// Among overlapping candidates keep the longest; on equal length the more specific kind.
// (Sorts indices, not the candidates: a Found carries a Reading, six strings and all.)
std::vector<Found> resolve_overlaps(std::vector<Found> c) {
  std::vector<std::uint32_t> order(c.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // std::sort on the indices makes the same comparisons and moves as on the candidates,
  // so ties (same length, kind and start) come out in the same order as before
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const Found& a = c[x];
    const Found& b = c[y];
    const auto la = a.end - a.start, lb = b.end - b.start;
    if (la != lb) return la > lb;
    if (kind_rank(a.figure.kind) != kind_rank(b.figure.kind))
      return kind_rank(a.figure.kind) < kind_rank(b.figure.kind);
    return a.start < b.start;
  });
  std::vector<std::uint32_t> kept;
  // sorted by start, disjoint; a tree, as an insert into the middle of a sorted vector
  // moves its tail (quadratic in a text of 100 000 figures)
  std::set<std::pair<std::uint32_t, std::uint32_t>> taken;
  for (std::uint32_t i : order) {
    const Found& f = c[i];
    auto it = taken.lower_bound(std::make_pair(f.start, 0u));
    bool clash = false;
    if (it != taken.end() && it->first < f.end) clash = true;
    if (it != taken.begin() && std::prev(it)->second > f.start) clash = true;
    if (clash) continue;
    taken.emplace_hint(it, f.start, f.end);
    kept.push_back(i);
  }
  // kept figures are disjoint, so their starts differ: sorting by start is a total order
  std::sort(kept.begin(), kept.end(),
            [&](std::uint32_t x, std::uint32_t y) { return c[x].start < c[y].start; });
  std::vector<Found> out = move_to_front(std::move(c), kept);
  // A long list mostly dropped ("$1$1$1…": room for 2,048 candidates, 770 KB, none kept)
  // is cut to size, not held through the later stages. An article's short list is not
  // worth the copy, nor one mostly kept.
  const std::size_t spare = out.capacity() - out.size();
  if (spare * sizeof(Found) > (256u << 10) && out.size() < spare) out.shrink_to_fit();
  return out;
}

// "nearly US$87 billion", "about 36 percent", "more than 6%": the figure is approximate.
void mark_approximate(std::string_view s, Found& f) {
  static const RE2 re(
      R"(\b(nearly|almost|about|around|approximately|roughly|some|more than|over|under|less than|fewer than|at least|at most|up to|as much as|as many as|as high as|as low as|just over|just under|close to|an estimated|estimated|upwards of|in excess of|circa|approx\.)\s$)",
      util::pattern_options());
  const std::uint32_t from = f.start > 24 ? f.start - 24 : 0;
  std::string_view window = s.substr(from, f.start - from);
  std::array<re2::StringPiece, 2> g;
  if (re.Match(re2::StringPiece(window.data(), window.size()), 0, window.size(), RE2::UNANCHORED,
               g.data(), 2)) {
    // the match must begin at a word start
    const std::uint32_t a = from + offset_in(window, g[1]);
    if (a == 0 || !util::is_ascii_alpha(s[a - 1])) {
      f.figure.approximate = true;
      f.figure.qualifier = std::string(sv(g[1]));
    }
  }
}

// Which dollar a bare "$" is, and which yen-or-yuan a bare "¥" is, in this text.
void read_currency_context(Context& ctx) {
  static const RE2 stated(
      R"((?i:(?:all )?(?:figures|amounts|prices|values|numbers|dollar amounts)(?: are)? in (Hong Kong|Singapore|Canadian|Australian|New Zealand|New Taiwan|Taiwan) dollars))",
      util::pattern_options());
  // the first statement in the text decides; only lines holding "dollars" can hold one
  // (the pattern spans no line break: its spaces are written as spaces)
  const FigureNeedles& n = FigureNeedles::get();
  std::string which;
  bool found = false;
  util::for_each_match_in<2>(stated, ctx.text.norm, ctx.gate.lines(n.dollars), [&](const auto& g) {
    if (!found) which = std::string(sv(g[1]));
    found = true;
  });
  if (found) {
    for (char& ch : which) ch = static_cast<char>(ch | 0x20);
    if (which == "hong kong") ctx.dollar = "HKD";
    if (which == "singapore") ctx.dollar = "SGD";
    if (which == "canadian") ctx.dollar = "CAD";
    if (which == "australian") ctx.dollar = "AUD";
    if (which == "new zealand") ctx.dollar = "NZD";
    if (which == "new taiwan" || which == "taiwan") ctx.dollar = "TWD";
  }
  static const RE2 japan(R"(\b(?:Japan|Japanese|Tokyo|yen|Nikkei)\b)", util::pattern_options());
  static const RE2 china(R"(\b(?:China|Chinese|Beijing|Shanghai|yuan|renminbi|RMB)\b)",
                         util::pattern_options());
  int jp = 0, cn = 0;
  util::for_each_match_in<1>(japan, ctx.text.norm, ctx.gate.lines(n.japan),
                             [&](const auto&) { ++jp; });
  util::for_each_match_in<1>(china, ctx.text.norm, ctx.gate.lines(n.china),
                             [&](const auto&) { ++cn; });
  ctx.yen_sign = jp > cn ? "JPY" : "CNY";
}

bool future_tense_before(std::string_view sentence_prefix) {
  static const RE2 re(
      R"((?i:\b(?:will|shall|to be|scheduled|due|expected|set to|plans? to|is to|are to|next|upcoming|coming)\b))",
      util::pattern_options());
  return RE2::PartialMatch(re2::StringPiece(sentence_prefix.data(), sentence_prefix.size()), re);
}

}  // namespace

std::span<const std::string_view> exchange_needles() {
  static const std::vector<std::string_view> needles = [] {
    std::vector<std::string_view> out;
    std::string_view rest = kExchanges;
    while (!rest.empty()) {
      const std::size_t bar = std::min(rest.find('|'), rest.size());
      out.push_back(rest.substr(0, bar));
      rest.remove_prefix(std::min(bar + 1, rest.size()));
    }
    return out;
  }();
  return needles;
}

std::vector<std::uint32_t> run_starts(const util::Gate& gate, unsigned min, unsigned max,
                                      std::string_view next) {
  const std::string_view s = gate.text();
  const auto word_byte = [&](std::size_t i) { return util::is_word_byte(s[i]); };
  std::vector<std::uint32_t> out;
  for (const util::DigitRun& r : gate.digit_runs()) {
    const unsigned n = r.end - r.start;
    if (n < min || n > max || (r.start > 0 && word_byte(r.start - 1))) continue;
    const bool fits = next.empty() ? r.end == s.size() || !word_byte(r.end)
                                   : r.end < s.size() && next.find(s[r.end]) != next.npos;
    if (fits) out.push_back(r.start);
  }
  return out;
}

std::vector<std::uint32_t> number_starts(const util::Gate& gate) {
  const std::string_view s = gate.text();
  std::vector<std::uint32_t> out;
  out.reserve(gate.digit_runs().size());
  for (const util::DigitRun& r : gate.digit_runs()) {
    if (r.start >= 2 && s[r.start - 1] == '.' && util::is_word_byte(s[r.start - 2]))
      out.push_back(r.start - 1);  // \b between the word byte and the '.': "v.5", "1.5"
    if (r.start == 0 || !util::is_word_byte(s[r.start - 1])) out.push_back(r.start);
  }
  return out;
}

bool stands_alone(std::string_view s, std::uint32_t start, std::uint32_t end) {
  if (start > 0) {
    const char b = s[start - 1];
    if (util::is_alnum(b) || b == '_') return false;
    if ((b == '-' || b == '.' || b == '/') && start > 1 && util::is_alnum(s[start - 2]))
      return false;  // COVID-19, v2.5
    if (b == '#') return false;
  }
  if (end < s.size()) {
    const char a = s[end];
    if (util::is_ascii_alpha(a)) return false;  // 3nm, 5G
    if ((a == '.' || a == '-') && end + 1 < s.size() && util::is_ascii_alpha(s[end + 1]))
      return false;                                                                  // 0700.HK
    if (a == '/' && end + 1 < s.size() && util::is_digit(s[end + 1])) return false;  // 1/2, 24/7
  }
  return true;
}

bool glued_before(std::string_view s, const Found& f) {
  // money signs and percent units make their own boundaries; numbers and years need clean
  // edges (stands_alone, in their recognizers)
  const FigureKind kind = f.figure.kind;
  if (kind != FigureKind::money && kind != FigureKind::percent &&
      kind != FigureKind::percentage_point)
    return false;
  return f.start > 0 && util::is_alnum(s[f.start - 1]) && !util::is_ascii_alpha(s[f.start]) &&
         !(static_cast<unsigned char>(s[f.start]) >= 0x80);
}

bool add_unless_glued(std::string_view s, std::vector<Found>& out, Found&& f) {
  if (glued_before(s, f)) return false;
  out.push_back(std::move(f));
  return true;
}

Result recognize(const text::Text& text, const sections::Layout& layout,
                 std::optional<std::chrono::year_month_day> published) {
  const util::Gate gate(text.norm, FigureNeedles::get().set);
  Context ctx{text, layout, gate, published};
  read_currency_context(ctx);
  std::vector<Found> c;
  // A Found holds a Reading (six strings): growing the list moves them all. Most
  // candidates stand at a digit run, some at two (a count and a money figure); the cap
  // keeps a text of a million numbers from reserving it all at once.
  c.reserve(std::min<std::size_t>(2 * gate.digit_runs().size() + 16, 2048));
  find_money(ctx, c);
  find_percents(ctx, c);
  find_dates(ctx, c);
  find_times(ctx, c);
  find_durations(ctx, c);
  find_counts(ctx, c);

  const std::string_view s = text.norm;
  // Candidates in a ticker, a phone number or an opaque range are none. (Glued money and
  // percentages were never added: add_unless_glued.)
  const auto blocked = blocked_ranges(text, gate);
  std::erase_if(c, [&](const Found& f) {
    auto it = std::lower_bound(blocked.begin(), blocked.end(), std::make_pair(f.end, 0u));
    while (it != blocked.begin()) {
      --it;
      if (it->second > f.start) return true;
      if (it->second + 200 < f.start) break;
    }
    return false;
  });

  // A day written right after a money figure's number is not a date: "$12 June 3" is $12.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> money;
  for (const Found& f : c) {
    if (f.figure.kind == FigureKind::money) money.emplace_back(f.start, f.end);
  }
  std::sort(money.begin(), money.end());
  std::erase_if(c, [&](const Found& f) {
    if (f.figure.kind != FigureKind::date) return false;
    auto it = std::lower_bound(money.begin(), money.end(), std::make_pair(f.end, 0u));
    return it != money.begin() && std::prev(it)->second > f.start;
  });

  Result r;
  r.figures = resolve_overlaps(std::move(c));
  r.published = published;
  if (!published && layout.dateline) {
    for (const Found& f : r.figures) {
      const DateValue* d = f.figure.date ? &*f.figure.date : nullptr;
      if (d && f.start >= layout.dateline->start && f.end <= layout.dateline->end && d->year &&
          d->month && d->day) {
        const std::chrono::year_month_day ymd{std::chrono::year{d->year},
                                              std::chrono::month{static_cast<unsigned>(d->month)},
                                              std::chrono::day{static_cast<unsigned>(d->day)}};
        if (ymd.ok()) {
          r.published = ymd;
          r.published_from_dateline = true;
        }
        break;
      }
    }
  }
  for (Found& f : r.figures) {
    if (f.figure.kind != FigureKind::date && f.figure.kind != FigureKind::time)
      mark_approximate(s, f);
    f.figure.section = layout.section_at(f.start);
    if (f.figure.kind == FigureKind::date && !f.future) {
      const auto& sentence = layout.sentences.empty()
                                 ? sections::Sentence{}
                                 : layout.sentences[layout.sentence_at(f.start)];
      if (sentence.range.start <= f.start)
        f.future =
            future_tense_before(s.substr(sentence.range.start, f.start - sentence.range.start));
    }
  }
  resolve_dates(r.figures, layout, r.published);
  return r;
}

}  // namespace finlens::figures
