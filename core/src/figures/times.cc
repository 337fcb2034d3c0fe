// Clock times ("4:21 a.m. ET", "10 p.m.", "16:30 GMT") and durations ("three-year",
// "next five years", "twelve months", "a decade").
#include <cstdio>
#include <string>
#include <utility>

#include "figures/figures.h"
#include "figures/needles.h"
#include "figures/numbers.h"
#include "util/gate.h"
#include "util/scan.h"

namespace finlens::figures {
namespace {

using util::offset_in;
using util::sv;

#define FINLENS_ZONES \
  "ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|HKT|JST|SGT|KST|AEST|AEDT|IST"
// groups: the zone in brackets "(GMT)", or the zone after a space "ET"
constexpr std::string_view kZone =
    R"((?:\s?\(()" FINLENS_ZONES R"()\)|\s?()" FINLENS_ZONES R"()\b)?)";
#undef FINLENS_ZONES

std::string lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  return l;
}

// Whether a clock match can be a time: it holds minutes (':') or a meridiem ("a.m.", "pm");
// a bare number, which the pattern also matches, is none. A necessary condition of
// find_times' own test, read before the match's groups are.
bool may_be_time(std::string_view m) { return m.find_first_of(":aApP") != std::string_view::npos; }

}  // namespace

void find_times(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  // groups: 1 hour, 2 minutes, 3 am/pm, 4 zone in brackets, 5 zone
  static const RE2 clock(
      R"(\b(\d{1,2})(?::(\d{2}))?\s?(?:((?i:a\.m\.|p\.m\.|am\b|pm\b))|(?:\b|$)))" +
          std::string(kZone),
      util::pattern_options());
  // A time holds minutes or a meridiem: only the lines with ':' or one, and the line before
  // ("5\npm") and the two after (a meridiem and a zone after \s) can give one (util/gate.h).
  const auto lines = ctx.gate.lines(FigureNeedles::get().clock, 1, 2);
  util::for_each_match_if_in<6>(clock, s, lines, may_be_time, [&](const auto& g) {
    const bool has_minutes = g[2].data() != nullptr;
    const bool has_meridiem = g[3].data() != nullptr;
    const re2::StringPiece zone = g[4].data() ? g[4] : g[5];
    const bool has_zone = zone.data() != nullptr;
    if (!has_minutes && !has_meridiem) return;  // a bare number is not a time
    if (has_minutes && !has_meridiem && !has_zone) {
      // "16:30" alone could be a ratio or a score; accept 24-hour clock with a zone only,
      // or when written with two-digit hours
      if (g[1].size() != 2) return;
    }
    int h = static_cast<int>(*parse_number(sv(g[1])));
    const int m = has_minutes ? static_cast<int>(*parse_number(sv(g[2]))) : 0;
    if (h > 24 || m > 59 || (has_meridiem && (h == 0 || h > 12))) return;
    if (has_meridiem) {
      const bool pm = lower(sv(g[3]))[0] == 'p';
      if (pm && h < 12) h += 12;
      if (!pm && h == 12) h = 0;
    }
    Found f;
    f.start = offset_in(s, g[0]);
    f.end = f.start + static_cast<std::uint32_t>(g[0].size());
    while (f.end > f.start && s[f.end - 1] == ' ') --f.end;
    if (!stands_alone(s, f.start, f.start + static_cast<std::uint32_t>(g[1].size()))) return;
    f.figure.kind = FigureKind::time;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", h % 24, m);
    f.figure.time = buf;
    if (has_zone) f.figure.timezone = std::string(sv(zone));
    out.push_back(std::move(f));
  });
}

void find_durations(const Context& ctx, std::vector<Found>& out) {
  const std::string_view s = ctx.text.norm;
  // groups: 1 number, 2 unit; "the next five years", "three-year", "twelve months",
  // but not "two years ago" (a date) nor "a 60-year-old" (an age).
  static const RE2 re(
      R"(\b(?:(?i:next|past|last|previous|coming|following|first|over)\s)?()" +
          std::string(kNumber) +
          R"(|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|several|a couple of)|a)[- ]((?i:year|month|week|day|hour|decade|quarter|minute)s?)\b(-long|-old| old| ago| earlier| before| later)?)",
      util::pattern_options());
  const auto lines = ctx.gate.lines(FigureNeedles::get().duration_units);
  util::for_each_match_in<4>(re, s, lines, [&](const auto& g) {
    if (g[3].data()) {
      const std::string tail = lower(sv(g[3]));
      if (tail != "-long" && tail != " later") return;
    }
    const std::string word = lower(sv(g[1]));
    auto n = parse_count(sv(g[1]));
    // "a year" on its own is too vague to count; "a decade" is fine
    std::string unit = lower(sv(g[2]));
    if (unit.back() == 's') unit.pop_back();
    if ((word == "a" || word == "an") && unit != "decade") return;
    const std::uint32_t start = offset_in(s, g[0]);
    const std::uint32_t num_start = offset_in(s, g[1]);
    if (!stands_alone(s, num_start, offset_in(s, g[2]) + static_cast<std::uint32_t>(g[2].size())))
      return;
    // "over"/"first" are not part of the duration's text, but next/past/last are
    std::uint32_t from = start;
    const std::string lead = lower(s.substr(start, num_start - start));
    if (lead.rfind("over", 0) == 0 || lead.rfind("first", 0) == 0) from = num_start;
    Found f;
    f.start = from;
    f.end = offset_in(s, g[2]) + static_cast<std::uint32_t>(g[2].size());
    if (g[3].data() && g[3][0] == '-') f.end += static_cast<std::uint32_t>(g[3].size());
    f.figure.kind = FigureKind::duration;
    // a count past any real duration ("4444444444444 decades") keeps no value: converting
    // it to an integer would overflow
    if (n && !(*n >= 0 && *n <= 1e9)) n.reset();
    if (n) {
      std::int64_t k = static_cast<std::int64_t>(*n);
      char designator = 'Y';
      bool time = false;
      if (unit == "month") designator = 'M';
      if (unit == "week") designator = 'W';
      if (unit == "day") designator = 'D';
      if (unit == "decade") k *= 10;
      if (unit == "quarter") {
        k *= 3;
        designator = 'M';
      }
      if (unit == "hour" || unit == "minute") {
        time = true;
        designator = unit == "hour" ? 'H' : 'M';
      }
      if (*n == static_cast<double>(static_cast<std::int64_t>(*n))) {
        f.figure.duration = std::string("P") + (time ? "T" : "") + std::to_string(k) + designator;
      }
      f.figure.value = static_cast<double>(k);
    }
    f.figure.unit = unit == "decade" ? "year" : unit == "quarter" ? "month" : unit;
    out.push_back(std::move(f));
  });
}

}  // namespace finlens::figures
