// Dates: absolute ("2025-01-13", "Jan. 13, 2025", "13 January 2025", "November 2021",
// "late 2022", "Q4 2024", "the fourth quarter", "December quarter", "2020") and
// relative ("Wednesday", "Thursday next week", "yesterday", "last year", "a year ago",
// "latest quarter"). Recognition here only reads the text; completing a date from
// the sentence's year or the publication date happens in resolve_dates (calendar.cc).
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
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

// Month names in any case, abbreviated with or without a dot ("Sept.", "nov", "October.").
constexpr std::string_view kMonth =
    R"(((?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?))";
// Weekdays in any case, and abbreviations: "tues", "Thurs.", "Wed" (the three-letter ones
// capitalized only, as "sun", "sat" and "wed" are words).
constexpr std::string_view kWeekday =
    R"(((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|thur)\.?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?))";
// Days of the month as ordinal words: "first", "twenty-second", "thirty first".
constexpr std::string_view kOrdinalDay =
    R"((?i:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))";
// A day after a month name: digits ("13", "13th"), an ordinal word, or a cardinal past
// twenty in words ("May twenty one").
const std::string& day_after_month() {
  static const std::string d =
      join({R"((\d{1,2}(?:st|nd|rd|th)?\b|)", kOrdinalDay,
            R"(\b|(?i:(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine))\b))"});
  return d;
}

std::string lower(std::string_view s);

[[gnu::noinline]] int month_number(std::string_view m) {
  static constexpr std::string_view kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string l = lower(m.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (l == kNames[i]) return i + 1;
  }
  return 0;
}

[[gnu::noinline]] int weekday_number(std::string_view w) {
  static constexpr std::string_view kNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  const std::string l = lower(w.substr(0, 3));
  for (int i = 0; i < 7; ++i) {
    if (l == kNames[i]) return i;
  }
  return -1;
}

// A day of the month as written: "13", "13th", "twenty-first", "twenty one"; 0 if none.
int day_number(std::string_view w) {
  if (w.empty()) return 0;
  if (util::is_digit(w.front())) {
    std::size_t n = 0;
    while (n < w.size() && util::is_digit(w[n])) ++n;
    const auto v = parse_number(w.substr(0, n));
    return v ? static_cast<int>(*v) : 0;
  }
  static constexpr std::string_view kOrdinals[] = {
      "first",     "second",      "third",      "fourth",     "fifth",
      "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
      "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  std::string l = lower(w);
  int base = 0;
  for (std::string_view tens : {std::string_view("twenty"), std::string_view("thirty")}) {
    if (l.rfind(tens, 0) == 0 && l.size() > tens.size()) {
      base = tens == "twenty" ? 20 : 30;
      l = l.substr(tens.size() + ((l[tens.size()] == '-' || l[tens.size()] == ' ') ? 1 : 0));
    }
  }
  if (l == "thirtieth") return 30;
  for (int i = 0; i < 20; ++i) {
    if (l == kOrdinals[i]) return base + i + 1;
  }
  if (base) {
    if (auto v = number_word(l); v && *v < 10) return base + static_cast<int>(*v);
  }
  if (auto v = number_word(l); v && *v <= 31) return static_cast<int>(*v);
  return 0;
}

// What may follow a day: not a decimal part or a percent sign ("APR 19.9%" is no date),
// and a day in words is not the start of a compound ("March first-quarter results").
[[gnu::noinline]] bool day_ends(std::string_view s, const re2::StringPiece& day) {
  const std::size_t e = static_cast<std::size_t>(day.data() - s.data()) + day.size();
  if (e < s.size() && s[e] == '%') return false;
  if (e + 1 < s.size() && (s[e] == '.' || s[e] == ',') && util::is_digit(s[e + 1])) return false;
  if (!day.empty() && !util::is_digit(day[0])) {
    if (e < s.size() && s[e] == '-') return false;
    if (e + 1 < s.size() && s[e] == ' ' && util::is_lower(s[e + 1])) {
      const std::string_view next = s.substr(e + 1, 4);
      if (next.substr(0, 3) != "of " && next.substr(0, 4) != "and ") return false;
    }
  }
  return true;
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

[[gnu::noinline]] std::string lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  return l;
}

[[gnu::noinline]] Found make_date(std::string_view s, const re2::StringPiece& whole) {
  Found f;
  f.start = offset_in(s, whole);
  f.end = f.start + static_cast<std::uint32_t>(whole.size());
  f.figure.kind = FigureKind::date;
  f.figure.date = DateValue{};
  return f;
}

[[gnu::noinline]] int to_int(const re2::StringPiece& p) {
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
  util::for_each_match_at<4>(iso, s, run_starts(lines.gate, 4, 4, "-"), [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.year = to_int(g[1]);
    d.month = to_int(g[2]);
    d.day = to_int(g[3]);
    if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) out.push_back(std::move(f));
  });
  // "Jan. 13, 2025", "october. 2", "Oct-2", "april22", "jan/1", "May twenty-first",
  // "September the tenth", "monday, jan twenty two, 2018"
  // mdy is over the 512 instructions of re2's BitState, so re2 would read its groups with
  // the NFA. A match that the pattern without the weekday (md_y) reads whole starts with
  // the month, not a weekday (no weekday and month share their first two letters, in any
  // case or fold), so its groups are md_y's; the others are read with mdy.
  static const std::string month_day_year = join(
      {kMonth, R"((?:\s?|[-/]|\sthe\s))", day_after_month(), R"((?:(?:,?\s|\sof\s)(\d{4})\b)?)"});
  static const RE2& mdy = re(join({"(?:", kWeekday, R"(,?\s)?\b)", month_day_year}));
  static const RE2& md_y = re(join({R"(\b)", month_day_year}));
  const re2::StringPiece all(s.data(), s.size());
  std::array<re2::StringPiece, 5> groups;
  std::array<re2::StringPiece, 4> no_weekday;
  const auto read_mdy = [&](const re2::StringPiece& m) -> const std::array<re2::StringPiece, 5>& {
    const std::size_t a = offset_in(s, m), b = a + m.size();
    if (md_y.Match(all, a, b, RE2::ANCHOR_BOTH, no_weekday.data(), 4)) {
      groups = {m, re2::StringPiece(), no_weekday[1], no_weekday[2], no_weekday[3]};
    } else {
      mdy.Match(all, a, b, RE2::ANCHOR_BOTH, groups.data(), 5);
    }
    return groups;
  };
  util::for_each_match_in<1>(mdy, s, lines.months, [&](const auto& bounds) {
    const auto& g = read_mdy(bounds[0]);
    if (!day_ends(s, g[3])) return;
    // the word "may" before a number in words is the verb ("it may two …" never a date)
    const std::string_view m = sv(g[2]);
    if ((m == "may" || m == "march") && !util::is_digit(g[3][0])) {
      const std::size_t e = offset_in(s, g[0]) + g[0].size();
      if (e < s.size() && !(s[e] == '.' || s[e] == ',' || s[e] == '!' || s[e] == '?' ||
                            s[e] == ';' || s[e] == '\n'))
        return;
    }
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.month = month_number(m);
    d.day = day_number(sv(g[3]));
    d.year = to_int(g[4]);
    if (g[1].data()) d.weekday = weekday_number(sv(g[1]));
    if (d.day >= 1 && d.day <= 31) out.push_back(std::move(f));
  });
  // "13 January 2025", "5th of May", "22april", "1-jan", "16. Nov. 2016", "fourth of may",
  // "twenty second of June"
  static const RE2& dmy =
      re(join({"(?:", kWeekday, R"(,?\s)?\b(\d{1,2}(?:st|nd|rd|th)?|)", kOrdinalDay,
               R"()(?:\.?\s|-)?(?:of\s)?)", kMonth, R"((?:(?:,?\s|\sof\s)(\d{4})\b)?)"}));
  util::for_each_match_in<5>(dmy, s, lines.months, [&](const auto& g) {
    const std::string_view m = sv(g[3]);
    const std::string_view day = sv(g[2]);
    const std::size_t me = offset_in(s, g[3]) + g[3].size();
    if (me < s.size() && util::is_alnum(s[me])) return;  // "5 Marathon" is no date
    const bool marked =
        !util::is_digit(day.back()) || sv(g[0]).find(" of ") != std::string_view::npos;
    // "these 3 may fall": a lower-case "may" or "march" after a bare number is the verb
    if ((lower(m) == "may" || lower(m) == "march") && util::is_lower(m[0]) && !marked) return;
    // a spelled ordinal needs "of" ("the fourth of May"), or it is "the second May rally"
    if (!util::is_digit(day[0]) && sv(g[0]).find(" of ") == std::string_view::npos) return;
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.day = day_number(day);
    d.month = month_number(m);
    d.year = to_int(g[4]);
    if (g[1].data()) d.weekday = weekday_number(sv(g[1]));
    if (d.day >= 1 && d.day <= 31) out.push_back(std::move(f));
  });
  // "2019-sep-1", "2019/sep/01"
  static const RE2& ymd_named = re(join({R"(\b(\d{4})[-/])", kMonth, R"([-/](\d{1,2})\b)"}));
  util::for_each_match_in<4>(ymd_named, s, lines.months, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.year = to_int(g[1]);
    d.month = month_number(sv(g[2]));
    d.day = to_int(g[3]);
    if (d.day >= 1 && d.day <= 31) out.push_back(std::move(f));
  });
}

// Where "\b(?i:on|by|until|…)\s" before a number at `runs` can start: every word boundary
// (as re2's ASCII \b reads it) in the 10 bytes before the space, which hold the longest
// of those words even with a letter re2 folds ("ſince": 'ſ' is two bytes).
std::vector<std::uint32_t> word_starts_before(std::string_view s,
                                              const std::vector<std::uint32_t>& runs) {
  const auto word_byte = [&](std::size_t i) { return util::is_word_byte(s[i]); };
  const auto space = util::is_re2_space;
  std::vector<std::uint32_t> out;
  std::size_t next = 0;  // the first place not looked at yet: the starts stay sorted
  for (const std::uint32_t r : runs) {
    if (r < 2 || !space(s[r - 1])) continue;
    const std::size_t sp = r - 1;
    for (std::size_t p = std::max(next, sp > 10 ? sp - 10 : std::size_t{0}); p < sp; ++p) {
      if (p == 0 ? word_byte(0) : word_byte(p - 1) != word_byte(p))
        out.push_back(static_cast<std::uint32_t>(p));
    }
    next = std::max(next, sp);
  }
  return out;
}

int century_year(int y) { return y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y; }

// Dates in digits: "2015/08/12", "2015.5.13", "02/22/2016", "21/04/16", "9-18-15",
// "13.5.2015" (month first unless the first number cannot be a month), and, after "on",
// "by", "until" …, a month and day alone when one of them can only be the day ("on 4/22",
// "by 22/04"; "by 1/8" is a fraction).
void find_numeric_dates(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  // ymd and dmy begin with a number at a word start: tried at the digit runs they can start
  static const RE2& ymd = re(R"(\b(\d{4})([/.])(\d{1,2})[/.](\d{1,2})\b)");
  util::for_each_match_at<5>(ymd, s, run_starts(lines.gate, 4, 4, "/."), [&](const auto& g) {
    if (g[0].size() + offset_in(s, g[0]) < s.size() &&
        sv(g[0]).find(sv(g[2])[0] == '/' ? '.' : '/') != std::string_view::npos)
      return;  // one separator throughout
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    auto& d = *f.figure.date;
    d.year = to_int(g[1]);
    d.month = to_int(g[3]);
    d.day = to_int(g[4]);
    if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) out.push_back(std::move(f));
  });
  static const RE2& dmy = re(
      R"(\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|\b(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b)");
  util::for_each_match_at<10>(dmy, s, run_starts(lines.gate, 1, 2, "/-."), [&](const auto& g) {
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    const int k = g[1].data() ? 1 : g[4].data() ? 4 : 7;
    int a = to_int(g[k]), b = to_int(g[k + 1]);
    auto& d = *f.figure.date;
    d.year = century_year(to_int(g[k + 2]));
    if (a > 12) std::swap(a, b);  // "21/04/2016": day first
    d.month = a;
    d.day = b;
    if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) out.push_back(std::move(f));
  });
  // groups: 1 "on", 2 month or day, 3 separator, 4 day or month
  static const RE2& md =
      re(R"(\b(?i:(on)|by|until|till|from|since|before|after)\s(\d{1,2})([/-])(\d{1,2})\b)");
  util::for_each_match_at<5>(
      md, s, word_starts_before(s, run_starts(lines.gate, 1, 2, "/-")), [&](const auto& g) {
        if (sv(g[3]) == "-" && !g[1].data()) return;  // "from 10-15" is a range
        Found f;
        f.start = offset_in(s, g[2]);
        f.end = offset_in(s, g[4]) + static_cast<std::uint32_t>(g[4].size());
        if (!stands_alone(s, f.start, f.end)) return;
        if (f.end < s.size() && (s[f.end] == '/' || s[f.end] == '-' || s[f.end] == '.')) return;
        f.figure.kind = FigureKind::date;
        f.figure.date = DateValue{};
        int a = to_int(g[2]), b = to_int(g[4]);
        if (a > 12) std::swap(a, b);
        if (b <= 12) return;  // "by 1/8 point", "on 3/4": a fraction as likely as a date
        f.figure.date->month = a;
        f.figure.date->day = b;
        if (a >= 1 && a <= 12 && b >= 1 && b <= 31) out.push_back(std::move(f));
      });
}

}  // namespace

const RE2& day_alone_re() {
  // groups: 1 "on"/"for", 2 "the", 3 day, 4 month offset
  static const RE2& day_alone = re(
      join({R"(\b((?i:on|for)\s)?((?i:the)\s)?(\d{1,2}(?:st|nd|rd|th)?|)", kOrdinalDay,
            R"()(?:\s(?i:of)\s((?i:next|this|last|previous))\s(?i:month)\b|\s?(?:[.,;!?\n]|$)))"}));
  return day_alone;
}

std::optional<std::vector<std::uint32_t>> day_alone_starts(const util::Gate& gate) {
  const std::string_view s = gate.text();
  if (s.find('\xC5') != std::string_view::npos) return std::nullopt;
  const auto space = util::is_re2_space;
  const auto ends = [](char c) {
    return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n';
  };
  // the days: one or two digits (after no word byte: \b, or the \s after "on" or "the"),
  // then what may follow a day; and the ordinal words the Gate kept
  std::vector<std::uint32_t> days;
  for (const util::DigitRun& r : gate.digit_runs()) {
    if (r.end - r.start > 2 || (r.start > 0 && util::is_word_byte(s[r.start - 1]))) continue;
    std::size_t e = r.end;
    const std::string_view suffix = s.substr(e, 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") e += 2;
    bool fits = e >= s.size() || ends(s[e]);
    if (!fits && space(s[e]))
      fits = e + 1 >= s.size() || ends(s[e + 1]) || (s[e + 1] | 0x20) == 'o';  // "of"
    if (fits) days.push_back(r.start);
  }
  const std::vector<std::uint32_t>& words = gate.starts(FigureNeedles::get().ordinal_days);
  // a match starts at its day or at "the", "on", "for", "on the" or "for the" before it:
  // ASCII words in any case (none holds a letter re2 folds from another), one \s after each
  const auto word_before = [&](std::uint32_t at, std::string_view w) {
    if (at < w.size() + 1 || !space(s[at - 1])) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if ((s[at - 1 - w.size() + i] | 0x20) != w[i]) return false;
    }
    return true;
  };
  std::vector<std::uint32_t> out;
  for (const std::vector<std::uint32_t>* list : {&std::as_const(days), &words}) {
    for (const std::uint32_t d : *list) {
      if (word_before(d, "the")) {
        if (word_before(d - 4, "for")) out.push_back(d - 8);
        if (word_before(d - 4, "on")) out.push_back(d - 7);
        out.push_back(d - 4);
      }
      if (word_before(d, "for")) out.push_back(d - 4);
      if (word_before(d, "on")) out.push_back(d - 3);
      out.push_back(d);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// A day of the month on its own, or with its weekday or month offset: "on the 27th.",
// "Friday the 15th", "saturday the second", "the 20th of next month", and the n-th
// weekday of a month: "the first Friday of July", "third Tuesday", "the second Monday of
// next month".
void find_month_days(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& weekday_day = re(join(
      {kWeekday, R"(,?\s(?:the\s)?(\d{1,2}(?:st|nd|rd|th)|)", kOrdinalDay,
       R"(|(?i:(?:twenty|thirty)[- ])?(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty))\b)"}));
  util::for_each_match_in<3>(weekday_day, s, lines.weekdays, [&](const auto& g) {
    if (!day_ends(s, g[2])) return;
    // "Friday the fifteen" but not "Monday one analyst said": a cardinal needs "the"
    if (!util::is_digit(g[2][0]) && day_number(sv(g[2])) &&
        sv(g[0]).find(" the ") == std::string_view::npos)
      return;
    Found f = make_date(s, g[0]);
    f.figure.date->weekday = weekday_number(sv(g[1]));
    f.figure.date->day = day_number(sv(g[2]));
    if (f.figure.date->day >= 1 && f.figure.date->day <= 31) out.push_back(std::move(f));
  });
  const auto day_alone = [&](const auto& g) {
    // "the" or "on" marks a day ("on the 27th."); a month offset does too ("20th of next month")
    if (!g[1].data() && !g[2].data() && !g[4].data()) return;
    // "the second" alone is too often "the second [one]": a day in words needs "on"/"for"
    // or a month offset, and digits without a suffix ("for the 27.") need "on"/"for" too
    if (!util::is_digit(g[3][0]) && !g[4].data() && !g[1].data()) return;
    if (util::is_digit(g[3].data()[g[3].size() - 1]) && !g[1].data() && !g[4].data()) return;
    // "for 1.5 million", "for 2,200 more": the punctuation after a day ends it
    const std::size_t e = offset_in(s, g[0]) + g[0].size();
    if (!g[4].data() && e < s.size() && util::is_digit(s[e])) return;
    Found f;
    f.start = offset_in(s, g[2].data() ? g[2] : g[3]);
    f.end = g[4].data() ? offset_in(s, g[4]) + static_cast<std::uint32_t>(g[4].size()) + 6
                        : offset_in(s, g[3]) + static_cast<std::uint32_t>(g[3].size());
    f.figure.kind = FigureKind::date;
    f.figure.date = DateValue{};
    f.figure.date->day = day_number(sv(g[3]));
    if (g[4].data()) {
      const std::string mod = lower(sv(g[4]));
      f.relative = {'m', mod == "next" ? 1 : mod == "this" ? 0 : -1, false};
    }
    if (f.figure.date->day >= 1 && f.figure.date->day <= 31) out.push_back(std::move(f));
  };
  util::for_each_match_at_or_all<5>(day_alone_re(), s, day_alone_starts(lines.gate), day_alone);
  static const RE2& nth = re(
      join({R"(\b(?:(?i:the)\s)?((?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s)",
            kWeekday, R"((?:\s(?i:of|in)\s(?:(?i:(this|next|last|previous)\smonth)|)", kMonth,
            R"()\b)?)"}));
  util::for_each_match_in<5>(nth, s, lines.weekdays, [&](const auto& g) {
    const int w = weekday_number(sv(g[2]));
    if (w < 0) return;
    Found f = make_date(s, g[0]);
    static constexpr std::string_view kNth[][2] = {
        {"first", "1st"}, {"second", "2nd"}, {"third", "3rd"}, {"fourth", "4th"}, {"fifth", "5th"}};
    const std::string n = lower(sv(g[1]));
    f.nth = -1;  // "last"
    for (int i = 0; i < 5; ++i) {
      if (n == kNth[i][0] || n == kNth[i][1]) f.nth = i + 1;
    }
    if (n == "last" && !g[3].data() && !g[4].data()) return;  // "last Sunday": find_weekdays
    f.figure.date->weekday = w;
    if (g[3].data()) {
      const std::string mod = lower(sv(g[3]));
      f.relative = {'m', mod == "next" ? 1 : mod == "this" ? 0 : -1, false};
    } else if (g[4].data()) {
      f.figure.date->month = month_number(sv(g[4]));
    }
    out.push_back(std::move(f));
  });
}

// Month, year and quarter forms.
void find_periods(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  static const RE2& month_year =
      re(join({R"((?:\b(early|mid|late)[- ])?)", kMonth, R"(,?\s(\d{4})\b)"}));
  util::for_each_match_in<4>(month_year, s, lines.months, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.month = month_number(sv(g[2]));
    d.year = to_int(g[3]);
    if (g[1].data()) d.qualifier = lower(sv(g[1]));
    out.push_back(std::move(f));
  });
  static const RE2& qualified_year =
      re(R"(\b(?i:(early|mid|late)|(fiscal(?: year)?|FY))[- ]?(\d{4})\b)");
  util::for_each_match_in<4>(qualified_year, s, lines.qualified_years, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.year = to_int(g[3]);
    if (g[1].data()) d.qualifier = lower(sv(g[1]));
    if (g[2].data()) d.qualifier = "fiscal";
    out.push_back(std::move(f));
  });
  // a year is a run of four digits
  static const RE2& year = re(R"(\b(1[89]\d{2}|20\d{2})\b)");
  util::for_each_match_at<2>(year, s, run_starts(lines.gate, 4, 4, ""), [&](const auto& g) {
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    // "2,020" or "2020.5" are numbers; "$2020" is money (checked by the money pass)
    if (f.end < s.size() && (s[f.end] == ',' || s[f.end] == '.') && f.end + 1 < s.size() &&
        util::is_digit(s[f.end + 1]))
      return;
    f.figure.date->year = to_int(g[1]);
    out.push_back(std::move(f));
  });
  // Quarters: "Q4", "Q4 2024", "4Q24", "Q3'24", "the fourth quarter (of 2024)", "first-quarter",
  // "December quarter"; halves: "H1 2025", "second half of 2024".
  static const RE2& q_short = re(R"(\b(?:Q([1-4])|([1-4])Q)(?:\s?(?:of\s)?'?(\d{4}|\d{2}))?\b)");
  util::for_each_match_in<4>(q_short, s, lines.short_quarters, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.quarter = g[1].data() ? to_int(g[1]) : to_int(g[2]);
    if (g[3].data()) d.year = two_digit_year(to_int(g[3]));
    out.push_back(std::move(f));
  });
  static const RE2& q_long = re(
      R"(\b(?i:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)\b(?:\s(?:of\s)?(\d{4})\b)?)");
  util::for_each_match_in<3>(q_long, s, lines.quarters, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.quarter = ordinal(sv(g[1]));
    d.year = to_int(g[2]);
    out.push_back(std::move(f));
  });
  static const RE2& q_month = re(join({kMonth, R"([- ]quarter\b)"}));
  util::for_each_match_in<2>(q_month, s, lines.quarters, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->month = month_number(sv(g[1]));
    f.figure.date->quarter = (f.figure.date->month + 2) / 3;
    out.push_back(std::move(f));
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
    out.push_back(std::move(f));
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
    out.push_back(std::move(f));
  });
}

// A weekday written as a three-letter abbreviation alone ("Sun", "Sat") is a name or a
// word as often as a day: only a full name or "tues", "thurs" stands alone.
bool abbreviated(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w.size() == 3;
}

void find_weekdays(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  // "next Friday", "Thursday next week", "this week Friday", "next week on Friday",
  // "Sunday of next week". groups: 1 modifier, 2 week before, 3 weekday, 4 week after
  static const RE2& wd = re(join(
      {R"(\b(?:(?i:(next|last|this|coming|past))\s)?(?:(?i:(this|next|last))\s(?i:week)\s(?:(?i:on)\s)?)?)",
       kWeekday, R"((?:\s(?:(?i:of)\s)?(?i:(next|last|this))\s(?i:week))?\b)"}));
  util::for_each_match_in<5>(wd, s, lines.weekdays, [&](const auto& g) {
    if (abbreviated(sv(g[3]))) return;
    Found f = make_date(s, g[0]);
    auto& d = *f.figure.date;
    d.weekday = weekday_number(sv(g[3]));
    d.relative = true;
    const std::string mod = g[1].data()   ? lower(sv(g[1]))
                            : g[2].data() ? lower(sv(g[2]))
                            : g[4].data() ? lower(sv(g[4]))
                                          : "";
    f.relative.unit = 'w';
    if (mod == "next" || mod == "coming") f.relative.offset = 1;
    if (mod == "last" || mod == "past") f.relative.offset = -1;
    if (mod.empty())
      f.relative.unit = 'D';  // the nearest one, past or future by the sentence's tense
    out.push_back(std::move(f));
  });
}

void find_relative(const Lines& lines, std::string_view s, std::vector<Found>& out) {
  // "yesterday", "tmrw", "the day after tomorrow", "the day before yesterday"
  // groups: 1 after/before, 2 the day
  static const RE2& deictic = re(
      R"(\b(?:(?i:the\s)?(?i:day\s(after|before))\s)?(?i:(yesterday|today|tomorrow|tmrw|tonight))\b)");
  util::for_each_match_in<3>(deictic, s, lines.deictic, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->relative = true;
    const std::string w = lower(sv(g[2]));
    const int shift = !g[1].data() ? 0 : lower(sv(g[1])) == "after" ? 1 : -1;
    f.relative = {'d',
                  (w == "yesterday"             ? -1
                   : w[0] == 't' && w[1] == 'm' ? 1
                   : w == "tomorrow"            ? 1
                                                : 0) +
                      shift,
                  false};
    out.push_back(std::move(f));
  });
  // "two weeks from now", "three days from today", "two days from tomorrow"
  // groups: 1 count, 2 unit, 3 from when
  static const RE2& counted_from =
      re(join({"(?i:(", kNumber, "|", kFewWord,
               R"()\s(day|week|month|year)s?\sfrom\s(now|today|tomorrow|tmrw|yesterday))\b)"}));
  util::for_each_match_in<4>(counted_from, s, lines.deictic, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    auto n = parse_count(sv(g[1]));
    if (!n || !(*n >= 0 && *n <= 1000)) return;
    const int k = static_cast<int>(*n);
    const std::string unit = lower(sv(g[2]));
    const std::string from = lower(sv(g[3]));
    const int base = from == "yesterday" ? -1 : from == "now" || from == "today" ? 0 : 1;
    f.figure.date->relative = true;
    if (unit == "day" || unit == "week") {
      f.relative = {'d', (unit == "week" ? 7 * k : k) + base, false};
    } else {
      f.relative = {unit == "month" ? 'm' : 'y', k, false};
    }
    out.push_back(std::move(f));
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
    out.push_back(std::move(f));
  });
  static const RE2& within = re(R"(\b(?i:(earlier|later)\sthis\s(year|month|week))\b)");
  util::for_each_match_in<3>(within, s, lines.within, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    f.figure.date->relative = true;
    const std::string unit = lower(sv(g[2]));
    f.relative = {unit == "year" ? 'y' : unit == "month" ? 'm' : 'w', 0, unit == "week"};
    out.push_back(std::move(f));
  });
  static const RE2& ago = re(join(
      {"(?i:(", kNumber, "|", kFewWord,
       R"(|a few|several|a couple of|some)\s(day|week|month|year|decade)s?\s(ago|earlier|before))\b)"}));
  util::for_each_match_in<5>(ago, s, lines.ago, [&](const auto& g) {
    Found f = make_date(s, g[0]);
    if (!stands_alone(s, f.start, f.end)) return;
    f.figure.date->relative = true;
    auto n = parse_count(sv(g[1]));
    // "44444444444 years ago" names no date (and would overflow an int): vague
    if (n && !(*n >= 0 && *n <= 10000)) n.reset();
    const std::string unit = lower(sv(g[2]));
    const char u = unit == "day" ? 'd' : unit == "week" ? 'w' : unit == "month" ? 'm' : 'y';
    const int k = static_cast<int>(n.value_or(0));
    // "earlier"/"before" count from some other date in the text, not from publication
    const bool from_now = lower(sv(g[3])) == "ago";
    f.relative = {u == 'w' ? 'd' : u,
                  -(u == 'w'           ? 7 * k
                    : unit == "decade" ? 10 * k
                                       : k),
                  !n || !from_now || unit == "decade"};
    if (unit == "decade") f.relative.unit = 'y';
    out.push_back(std::move(f));
  });
}

}  // namespace

void find_dates(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  const Lines lines(ctx.gate);
  find_days(lines, s, out);
  find_numeric_dates(lines, s, out);
  find_month_days(lines, s, out);
  find_periods(lines, s, out);
  find_months(lines, s, out);
  find_weekdays(lines, s, out);
  find_relative(lines, s, out);
}

}  // namespace finlens::figures
