// Completing dates: a date without a year takes the year its sentence gives ("a 2025
// low on Jan. 13"), else the publication date's; relative dates ("yesterday", "last
// year", "Wednesday") are resolved against the publication date. Calendar arithmetic
// is std::chrono's, not hand-counted days.
#include "figures/calendar.h"

#include <chrono>
#include <cstdio>

namespace finlens::figures {
namespace {

using namespace std::chrono;

std::string format_iso(const DateValue& d) {
  char buf[16];
  if (d.year && d.month && d.day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else if (d.year && d.month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else if (d.year) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else {
    return {};
  }
  return buf;
}

void set_day(DateValue& d, sys_days day) {
  const year_month_day ymd{day};
  d.year = static_cast<int>(ymd.year());
  d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  d.weekday = static_cast<int>(weekday{day}.c_encoding());
}

int quarter_of(unsigned month) { return static_cast<int>((month + 2) / 3); }

// The year a month (and day) without one most likely means, seen from `pub`: the
// latest such date not far after publication, unless the sentence looks ahead.
int year_for(const year_month_day& pub, int month, int day, bool future) {
  const int y = static_cast<int>(pub.year());
  const year_month_day candidate{year{y}, std::chrono::month{static_cast<unsigned>(month)},
                                 std::chrono::day{static_cast<unsigned>(day ? day : 1)}};
  const auto diff = (sys_days{candidate} - sys_days{pub}).count();
  if (future) return diff < -31 ? y + 1 : y;
  return diff > 62 ? y - 1 : y;
}

void resolve_weekday(Found& f, const year_month_day& pub) {
  auto& d = *f.figure.date;
  const sys_days p{pub};
  const weekday target{static_cast<unsigned>(d.weekday)};
  const weekday today{p};
  if (f.relative.unit == 'D') {
    // the nearest such day: on or before publication, or on or after it for the future
    const days back = today - target;  // 0..6
    const days ahead = target - today;
    set_day(d, f.future ? p + ahead : p - back);
    return;
  }
  // "next Thursday", "Thursday next week": in the week (Monday first) after publication's
  const sys_days monday = p - (today - Monday);
  const days into = target - Monday;
  set_day(d, monday + weeks{f.relative.offset} + into);
}

void resolve_relative(Found& f, const year_month_day& pub) {
  auto& d = *f.figure.date;
  d.relative = true;
  if (f.relative.vague) return;
  const int off = f.relative.offset;
  switch (f.relative.unit) {
    case 'd':
      set_day(d, sys_days{pub} + days{off});
      break;
    case 'D':
    case 'w':
      if (d.weekday >= 0) resolve_weekday(f, pub);
      break;
    case 'm': {
      if (d.month) {  // "last December"
        d.year = year_for(pub, d.month, 0, false);
        break;
      }
      const year_month ym = year_month{pub.year(), pub.month()} + months{off};
      d.year = static_cast<int>(ym.year());
      d.month = static_cast<int>(static_cast<unsigned>(ym.month()));
      break;
    }
    case 'q': {
      const year_month ym = year_month{pub.year(), pub.month()} + months{3 * off};
      d.year = static_cast<int>(ym.year());
      d.quarter = quarter_of(static_cast<unsigned>(ym.month()));
      break;
    }
    case 'y':
      d.year = static_cast<int>(pub.year()) + off;
      break;
    default:
      break;
  }
}

// The n-th weekday of d's year and month ("second Sunday" → its day; -1 the last one);
// no day when the month has no such weekday ("fifth Sunday" of a four-Sunday month).
void set_nth_weekday(DateValue& d, int nth) {
  if (!d.year || !d.month || d.weekday < 0) return;
  const year_month ym{year{d.year}, month{static_cast<unsigned>(d.month)}};
  const weekday target{static_cast<unsigned>(d.weekday)};
  const sys_days first{ym / 1};
  const sys_days last{ym / std::chrono::last};
  sys_days day = nth > 0 ? first + (target - weekday{first}) + weeks{nth - 1}
                         : last - (weekday{last} - target);
  if (day > last || day < first) {
    d.day = 0;
    return;
  }
  set_day(d, day);
}

// A day of the month alone ("on the 27th", "Friday the 15th"): in the publication's month,
// or the month before or after when only there the weekday written fits.
void set_month_of_day(DateValue& d, const year_month_day& pub) {
  const year_month here{pub.year(), pub.month()};
  for (int k : {0, -1, 1}) {
    const year_month ym = here + months{k};
    const year_month_day ymd{ym / day{static_cast<unsigned>(d.day)}};
    if (!ymd.ok()) continue;
    if (d.weekday >= 0 && weekday{sys_days{ymd}}.c_encoding() != static_cast<unsigned>(d.weekday))
      continue;
    d.year = static_cast<int>(ym.year());
    d.month = static_cast<int>(static_cast<unsigned>(ym.month()));
    return;
  }
  if (d.weekday < 0) return;
  d.year = static_cast<int>(here.year());  // the weekday fits no month near: keep the day
  d.month = static_cast<int>(static_cast<unsigned>(here.month()));
}

}  // namespace

void resolve_dates(std::vector<Found>& figures, const sections::Layout& layout,
                   const std::optional<year_month_day>& pub) {
  // The years stated in each sentence, for dates that leave theirs out.
  for (std::size_t i = 0; i < figures.size(); ++i) {
    Found& f = figures[i];
    if (f.figure.kind != FigureKind::date) continue;
    DateValue& d = *f.figure.date;
    if (f.relative.unit) {
      if (pub) resolve_relative(f, *pub);
      d.relative = true;
    } else if (d.year == 0 && !d.month && (d.day || f.nth) && pub) {
      d.relative = true;  // a day or weekday of "this month": the publication's
      if (f.nth) {
        d.year = static_cast<int>(pub->year());
        d.month = static_cast<int>(static_cast<unsigned>(pub->month()));
      } else {
        set_month_of_day(d, *pub);
      }
    } else if (d.year == 0 && (d.month || d.quarter)) {
      const std::uint32_t sentence = layout.sentence_at(f.start);
      int found = 0;
      // nearest year before it in the sentence, else after it
      // at most 32 figures each way: one endless "sentence" stays linear
      for (std::size_t j = i; j-- > 0 && !found && i - j <= 32;) {
        const Found& g = figures[j];
        if (layout.sentence_at(g.start) != sentence) break;
        if (g.figure.kind == FigureKind::date && g.figure.date->year && !g.relative.unit)
          found = g.figure.date->year;
      }
      // a quarter takes no year from after it: "Q4 earnings beat and 2026 forecast"
      for (std::size_t j = i + 1; j < figures.size() && !found && !d.quarter && j - i <= 32; ++j) {
        const Found& g = figures[j];
        if (layout.sentence_at(g.start) != sentence) break;
        if (g.figure.kind == FigureKind::date && g.figure.date->year && !g.relative.unit)
          found = g.figure.date->year;
      }
      if (found) {
        d.year = found;
      } else if (pub && d.month) {
        d.year = year_for(*pub, d.month, d.day, f.future);
      } else if (pub && d.quarter) {
        const int pq = quarter_of(static_cast<unsigned>(pub->month()));
        d.year = static_cast<int>(pub->year()) - (d.quarter > pq && !f.future ? 1 : 0);
      }
    }
    if (f.nth) set_nth_weekday(d, f.nth);
    if (d.year && d.month && d.day) {
      const year_month_day ymd{year{d.year}, month{static_cast<unsigned>(d.month)},
                               day{static_cast<unsigned>(d.day)}};
      if (ymd.ok()) {
        d.weekday = static_cast<int>(weekday{sys_days{ymd}}.c_encoding());
      } else {
        d.day = 0;  // "February 30": keep the month, drop the impossible day
      }
    }
    d.iso = format_iso(d);
  }
}

std::optional<year_month_day> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0, m = 0, dd = 0;
  for (int i : {0, 1, 2, 3}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    y = y * 10 + (s[i] - '0');
  }
  for (int i : {5, 6}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    m = m * 10 + (s[i] - '0');
  }
  for (int i : {8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    dd = dd * 10 + (s[i] - '0');
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)},
                           day{static_cast<unsigned>(dd)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

}  // namespace finlens::figures
