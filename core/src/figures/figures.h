// Stage 3a: figures. Each recognizer (money, percent, dates, times, durations, counts)
// proposes candidates over the normalized text; `recognize` drops those that are parts
// of words, tickers or model names, resolves overlaps (the longer reading wins, then the
// more specific kind), and resolves relative dates against the publication date.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "finlens/analysis.h"
#include "sections/layout.h"
#include "text/text.h"
#include "util/gate.h"

namespace finlens::figures {

// What the recognizers read in a figure: the fields of a Figure this stage fills, without
// the id, the span and the links that later stages give it (move_into copies them over).
// A Found that held a whole Figure, 13 strings, was 656 bytes; with a Reading it is 376.
// 100 KB of "$1 " makes more than 32 768 candidates, and the list they grew in took most
// of the page faults of the whole analysis.
struct Reading {
  FigureKind kind = FigureKind::number;
  std::optional<double> value;      // scale applied
  std::optional<double> value_max;  // a figure that is a range ("3-4 million")
  std::string currency;             // ISO 4217, money only
  std::string unit;                 // numbers: what is counted ("tankers")
  std::optional<DateValue> date;
  std::string time;      // "HH:MM"
  std::string timezone;  // "ET", "GMT" ...
  std::string duration;  // ISO 8601 ("P3Y")
  bool approximate = false;
  std::string qualifier;  // the approximation word as written
  SectionKind section = SectionKind::article;
};

// Moves a reading into a Figure (a new one: its id, span and links are the later stages').
void move_into(Figure& f, Reading&& r);

// A figure before it gets its id and its span in input units.
struct Found {
  std::uint32_t start = 0;  // norm bytes
  std::uint32_t end = 0;
  Reading figure;
  // For dates that need the publication date or the sentence's year to be complete.
  struct Relative {
    char unit = 0;       // 'd' day, 'w' week, 'm' month, 'q' quarter, 'y' year; 0: not relative
    int offset = 0;      // in units from the publication date ("last year" → -1)
    bool vague = false;  // "a few weeks ago": relative, but no date can be given
  } relative;
  bool future = false;  // the sentence speaks of what is to come ("will report on Thursday")
  int nth = 0;          // the n-th weekday of its month ("second Monday"); -1 the last
};

struct Context {
  const text::Text& text;
  const sections::Layout& layout;
  const util::Gate& gate;  // the lines each needle group of figures/needles.h is on
  std::optional<std::chrono::year_month_day> published;
  std::string dollar = "USD";    // what a bare "$" means in this text
  std::string yen_sign = "CNY";  // what a bare "¥" means in this text
};

struct Result {
  std::vector<Found> figures;  // sorted by start, no overlaps
  std::optional<std::chrono::year_month_day> published;
  bool published_from_dateline = false;
};

// Where a pattern that begins "\b\d{min,max}" and then one of the bytes of `next` (`next`
// empty: a byte that ends a word, as \b reads it) can start: the starts of the Gate's
// digit runs of that length, after a byte that is no word byte (util::for_each_match_at).
std::vector<std::uint32_t> run_starts(const util::Gate& gate, unsigned min, unsigned max,
                                      std::string_view next);

// Where a pattern that begins "\b" and kNumber (figures/numbers.h) can start: a digit run
// after a byte that is no word byte, or the '.' of ".5" after one that is.
std::vector<std::uint32_t> number_starts(const util::Gate& gate);

// Counts (counts.cc; exposed for the tests): the pattern, and the places its matches can
// start at.
const RE2& count_re();
std::vector<std::uint32_t> count_starts(const util::Gate& gate);

// Shares as fractions (percent.cc; exposed for the tests): "two-thirds of", "1/4 of",
// "one in five". Where its matches can start, or nullopt for a text read whole.
const RE2& share_re();
std::optional<std::vector<std::uint32_t>> share_starts(const util::Gate& gate);

// A day of the month alone ("on the 27th.", dates.cc; exposed for the tests): the pattern,
// and where its matches can start, or nullopt for a text read whole.
const RE2& day_alone_re();
std::optional<std::vector<std::uint32_t>> day_alone_starts(const util::Gate& gate);

// Money written with its currency first ("US$5 million", money.cc; exposed for the tests):
// the pattern, and where its matches can start, or nullopt for a text read whole.
const RE2& money_prefix_re();
std::optional<std::vector<std::uint32_t>> money_prefix_starts(const util::Gate& gate);

// Phone numbers, where no figure may be (figures.cc; exposed for the tests): the pattern,
// and where its matches can start: a '+' before a country code, or the last two to four
// digits of a run (the area code; the pattern has no \b before it), or a '(' before them.
const RE2& phone_re();
std::vector<std::uint32_t> phone_starts(const util::Gate& gate);

// c[kept[0]], c[kept[1]], ... in that order, the rest dropped (kept: distinct indices of
// c). In place: a second list of them would take as much new memory again (12 MB for the
// 33 333 figures of 100 KB of "$1 "). Exposed for the tests.
std::vector<Found> move_to_front(std::vector<Found> c, const std::vector<std::uint32_t>& kept);

// `published` is the caller's publication date; without it the text's dateline is used.
Result recognize(const text::Text& text, const sections::Layout& layout,
                 std::optional<std::chrono::year_month_day> published);

// Parses "YYYY-MM-DD" (a valid calendar date) or nothing.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s);

// A money or percent figure glued to a letter or digit before it ("1$1", "x5%"; a sign
// or a word after the byte may start one: "mid-$5" no, "US$5" yes) is not a figure.
bool glued_before(std::string_view s, const Found& f);
// Appends f unless glued_before says it is none; whether it did. Every money and percent
// candidate is added through it: dropped where they are found, not after all recognizers
// ran, "$1" a million times in a row is not a million candidates of 376 bytes each.
bool add_unless_glued(std::string_view s, std::vector<Found>& out, Found&& f);

// The recognizers, each appending candidates (exposed for the corpus tests).
void find_money(const Context& ctx, std::vector<Found>& out);
void find_percents(const Context& ctx, std::vector<Found>& out);
void find_dates(const Context& ctx, std::vector<Found>& out);
void find_times(const Context& ctx, std::vector<Found>& out);
void find_durations(const Context& ctx, std::vector<Found>& out);
void find_counts(const Context& ctx, std::vector<Found>& out);

// Currency of a sign or word as written ("HK$", "yuan", "euros"); empty when unknown.
std::string currency_code(std::string_view written, const Context& ctx);

// True when [start, end) of s is not glued to a word: "H20", "COVID-19", "3nm",
// "0700.HK" are not figures.
bool stands_alone(std::string_view s, std::uint32_t start, std::uint32_t end);

}  // namespace finlens::figures
