// Dates: absolute ("2025-01-13", "Jan. 13, 2025", "13 January 2025", "November 2021",
// "late 2022", "Q4 2024", "the fourth quarter", "December quarter", "2020") and
// relative ("Wednesday", "Thursday next week", "yesterday", "last year", "a year ago",
// "latest quarter"). Recognition here only reads the text; completing a date from
// the sentence's year or the publication date happens in resolve_dates (calendar.cc).
#include <string>

#include "figures/figures.h"
#include "figures/needles.h"
#include "figures/numbers.h"
#include "util/gate.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

constexpr std::string_view kMonth =
    R"((January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?))";
constexpr std::string_view kWeekday =
    R"((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";

int month_number(std::string_view m) {
  static constexpr std::string_view kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int i = 0; i < 12; ++i) {
    if (m.substr(0, 3) == kNames[i]) return i + 1;
  }
  return 0;
}

int weekday_number(std::string_view w) {
  static constexpr std::string_view kNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  for (int i = 0; i < 7; ++i) {
    if (w.substr(0, 3) == kNames[i]) return i;
  }
  return -1;
}

int ordinal(std::string_view w) {
  std::string l(w);
  for (char& c : l) c = static_cast<char>(c | 0x20);
  if (l == "first" || l == "1st") return 1;
  if (l == "second" || l == "2nd") return 2;
  if (l == "third" || l == "3rd") return 3;
  if (l == "fourth" || l == "4th" || l == "final") return 4;
  return 0;
}

std::string lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  return l;
}

Found make_date(std::string_view s, const re2::StringPiece& whole) {
  Found f;
  f.start = offset_in(s, whole);
  f.end = f.start + static_cast<std::uint32_t>(whole.size());
  f.figure.kind = FigureKind::date;
  f.figure.date = DateValue{};
  return f;
}

int to_int(const re2::StringPiece& p) {
  if (!p.data() || p.empty()) return 0;
  return static_cast<int>(*parse_number(sv(p)));
}

int two_digit_year(int y) { return y < 100 ? 2000 + y : y; }

// The lines each date pattern can match in (figures/needles.h).
struct Lines {
  using Ranges = std::vector<util::LineRange>;
  explicit Lines(const util::Gate& g) : gate(g) {}
  const util::Gate& gate;
  const FigureNeedles& n = FigureNeedles::get();
  Ranges months = gate.lines(n.months);
  Ranges weekdays = gate.lines(n.weekdays);
  Ranges dashes = gate.lines(n.dashes);
  Ranges qualified_years = gate.lines(n.qualified_years);
  Ranges short_quarters = gate.lines(n.short_quarters);
  Ranges quarters = gate.lines(n.quarters);
  Ranges halves = gate.lines(n.halves);
  Ranges deictic = gate.lines(n.deictic);
  Ranges units = gate.lines(n.units);
  Ranges within = gate.lines(n.within);
  Ranges ago = gate.lines(n.ago);
};

const RE2& re(const std::string& pattern) {
  // Each caller keeps the pattern in a function-local static: compiled once, kept for good.
  return *new RE2(pattern, util::pattern_options());
}

// Day-precise forms: ISO, "Jan. 13(, 2025)", "13 January(, 2025)", each with an
// optional weekday in front ("Friday, March 3").
void find_days(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& iso = re(R"(\b(\d{4})-(\d{2})-(\d{2})\b)");
  util::for_each_match_in<4>(iso, s, lines.dashes, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.year = to_int(g[1]);
    d.month = to_int(g[2]);
    d.day = to_int(g[3]);
    if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) out.push_back(f);
  });
  static const RE2& mdy = re("(?:" + std::string(kWeekday) + R"(,?\s)?)" + std::string(kMonth) +
                             R"(\s(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(\d{4})\b)?)");
  util::for_each_match_in<5>(mdy, s, lines.months, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.month = month_number(sv(g[2]));
    d.day = to_int(g[3]);
    d.year = to_int(g[4]);
    if (g[1].data()) d.weekday = weekday_number(sv(g[1]));
    if (d.day >= 1 && d.day <= 31) out.push_back(f);
  });
  static const RE2& dmy =
      re("(?:" + std::string(kWeekday) + R"(,?\s)?\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?)" +
         std::string(kMonth) + R"((?:,?\s(\d{4})\b)?)");
  util::for_each_match_in<5>(dmy, s, lines.months, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.day = to_int(g[2]);
    d.month = month_number(sv(g[3]));
    d.year = to_int(g[4]);
    if (g[1].data()) d.weekday = weekday_number(sv(g[1]));
    if (d.day >= 1 && d.day <= 31) out.push_back(f);
  });
}

// Month, year and quarter forms.
void find_periods(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& month_year =
      re(R"((?:\b(early|mid|late)[- ])?)" + std::string(kMonth) + R"(,?\s(\d{4})\b)");
  util::for_each_match_in<4>(month_year, s, lines.months, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.month = month_number(sv(g[2]));
    d.year = to_int(g[3]);
    if (g[1].data()) d.qualifier = lower(sv(g[1]));
    out.push_back(f);
  });
  static const RE2& qualified_year =
      re(R"(\b(?i:(early|mid|late)|(fiscal(?: year)?|FY))[- ]?(\d{4})\b)");
  util::for_each_match_in<4>(qualified_year, s, lines.qualified_years, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.year = to_int(g[3]);
    if (g[1].data()) d.qualifier = lower(sv(g[1]));
    if (g[2].data()) d.qualifier = "fiscal";
    out.push_back(f);
  });
  static const RE2& year = re(R"(\b(1[89]\d{2}|20\d{2})\b)");
  util::for_each_match<2>(year, s, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    // "2,020" or "2020.5" are numbers; "$2020" is money (checked by the money pass)
    if (f.end < s.size() && (s[f.end] == ',' || s[f.end] == '.') && f.end + 1 < s.size() &&
        util::is_digit(s[f.end + 1]))
      return;
    f.figure.date->year = to_int(g[1]);
    out.push_back(f);
  });
  // Quarters: "Q4", "Q4 2024", "4Q24", "Q3'24", "the fourth quarter (of 2024)", "first-quarter",
  // "December quarter"; halves: "H1 2025", "second half of 2024".
  static const RE2& q_short = re(R"(\b(?:Q([1-4])|([1-4])Q)(?:\s?(?:of\s)?'?(\d{4}|\d{2}))?\b)");
  util::for_each_match_in<4>(q_short, s, lines.short_quarters, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.quarter = g[1].data() ? to_int(g[1]) : to_int(g[2]);
    if (g[3].data()) d.year = two_digit_year(to_int(g[3]));
    out.push_back(f);
  });
  static const RE2& q_long = re(
      R"(\b(?i:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)\b(?:\s(?:of\s)?(\d{4})\b)?)");
  util::for_each_match_in<3>(q_long, s, lines.quarters, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.quarter = ordinal(sv(g[1]));
    d.year = to_int(g[2]);
    out.push_back(f);
  });
  static const RE2& q_month = re(std::string(kMonth) + R"([- ]quarter\b)");
  util::for_each_match_in<2>(q_month, s, lines.quarters, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->month = month_number(sv(g[1]));
    f.figure.date->quarter = (f.figure.date->month + 2) / 3;
    out.push_back(f);
  });
  static const RE2& half =
      re(R"(\b(?:(?i:(first|second))[- ]half|H([12]))\b(?:\s(?:of\s)?(\d{4})\b)?)");
  util::for_each_match_in<4>(half, s, lines.halves, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    const int h = g[1].data() ? ordinal(sv(g[1])) : to_int(g[2]);
    d.qualifier = h == 1 ? "first half" : "second half";
    d.year = to_int(g[3]);
    if (d.year == 0 && g[2].data()) return;  // a bare "H1" is too often a model name
    out.push_back(f);
  });
}

// A month on its own: "in December", "since March". Month names that are also common
// words (May, March) need a preposition before them to count.
void find_months(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& month = re(
      R"(\b(?:(?i:(in|since|until|till|by|from|through|last|next|this|early|late|mid|during|of|before|after|between|and|or|to|in early|in late|in mid|end of|the end of))[ -])?(January|February|March|April|May|June|July|August|September|October|November|December)\b)");
  util::for_each_match_in<3>(month, s, lines.months, [&](const auto& g) {
    const std::string_view name = sv(g[2]);
    const bool ambiguous = name == "May" || name == "March";
    if (ambiguous && !g[1].data()) return;
    Found f;
    f.start = offset_in(s, g[2]);
    f.end = f.start + static_cast<std::uint32_t>(g[2].size());
    f.figure.kind = FigureKind::date;
    f.figure.date = DateValue{};
    f.figure.date->month = month_number(name);
    const std::string prep = g[1].data() ? lower(sv(g[1])) : "";
    if (prep == "last") f.relative = {'m', -1, false};  // "last December": the most recent past one
    if (prep == "next") f.future = true;
    if (prep == "early" || prep == "late" || prep == "mid") {
      f.start = offset_in(s, g[1]);
      f.figure.date->qualifier = prep;
    }
    out.push_back(f);
  });
}

void find_weekdays(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& wd = re(R"(\b(?:(?i:(next|last|this|coming|past))\s)?)" +
                            std::string(kWeekday) + R"((?:\s(next|last|this)\sweek)?\b)");
  util::for_each_match_in<4>(wd, s, lines.weekdays, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.weekday = weekday_number(sv(g[2]));
    d.relative = true;
    const std::string mod = g[1].data() ? lower(sv(g[1])) : g[3].data() ? lower(sv(g[3])) : "";
    f.relative.unit = 'w';
    if (mod == "next" || mod == "coming") f.relative.offset = 1;
    if (mod == "last" || mod == "past") f.relative.offset = -1;
    if (mod.empty())
      f.relative.unit = 'D';  // the nearest one, past or future by the sentence's tense
    out.push_back(f);
  });
}

void find_relative(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& deictic = re(R"(\b(?i:(yesterday|today|tomorrow|tonight))\b)");
  util::for_each_match_in<2>(deictic, s, lines.deictic, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->relative = true;
    const std::string w = lower(sv(g[1]));
    f.relative = {'d', w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0, false};
    out.push_back(f);
  });
  static const RE2& shifted = re(
      R"(\b(?i:(last|this|next|past|previous|coming|current|latest|prior|same)\s(year|month|week|quarter|weekend|decade))\b)");
  util::for_each_match_in<3>(shifted, s, lines.units, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->relative = true;
    const std::string mod = lower(sv(g[1]));
    const std::string unit = lower(sv(g[2]));
    int off = 0;
    if (mod == "last" || mod == "past" || mod == "previous" || mod == "prior") off = -1;
    if (mod == "next" || mod == "coming") off = 1;
    // "the latest quarter" is the last one reported: before the current one
    if (mod == "latest" && unit == "quarter") off = -1;
    const char u = unit == "year" ? 'y' : unit == "month" ? 'm' : unit == "quarter" ? 'q' : 'w';
    f.relative = {u, off,
                  unit == "decade" || unit == "weekend" || mod == "same" || mod == "latest"};
    out.push_back(f);
  });
  static const RE2& within = re(R"(\b(?i:(earlier|later)\sthis\s(year|month|week))\b)");
  util::for_each_match_in<3>(within, s, lines.within, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->relative = true;
    const std::string unit = lower(sv(g[2]));
    f.relative = {unit == "year" ? 'y' : unit == "month" ? 'm' : 'w', 0, unit == "week"};
    out.push_back(f);
  });
  static const RE2& ago = re(
      "(?i:(" + std::string(kNumber) +
      R"(|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of|some)\s(day|week|month|year|decade)s?\s(ago|earlier|before))\b)");
  util::for_each_match_in<5>(ago, s, lines.ago, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    f.figure.date->relative = true;
    auto n = parse_count(sv(g[1]));
    // "44444444444 years ago" names no date (and would overflow an int): vague
    if (n && !(*n >= 0 && *n <= 10000)) n.reset();
    const std::string unit = lower(sv(g[2]));
    const char u = unit == "day" ? 'd' : unit == "week" ? 'w' : unit == "month" ? 'm' : 'y';
    const int k = n ? static_cast<int>(*n) : 0;
    // "earlier"/"before" count from some other date in the text, not from publication
    const bool from_now = lower(sv(g[3])) == "ago";
    f.relative = {u == 'w' ? 'd' : u,
                  -(u == 'w'           ? 7 * k
                    : unit == "decade" ? 10 * k
                                       : k),
                  !n || !from_now || unit == "decade"};
    if (unit == "decade") f.relative.unit = 'y';
    out.push_back(f);
  });
}

}  // namespace

void find_dates(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  const Lines lines(ctx.gate);
  find_days(lines, s, out);
  find_periods(lines, s, out);
  find_months(lines, s, out);
  find_weekdays(lines, s, out);
  find_relative(lines, s, out);
}

}  // namespace finlens::figures
