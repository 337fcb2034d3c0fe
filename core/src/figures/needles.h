// The needle groups of the figure patterns that only some lines can match (util/gate.h),
// in one set so the figures stage reads the text once for all of them. Each group lists
// words one of which every match of its pattern holds at a word start; the comment by
// each names the pattern that relies on it.
#pragma once

#include "util/gate.h"

namespace finlens::figures {

// money.cc: the first word of every currency form written before a number, and the 'ſ'
// and Kelvin sign that re2's case folding reads as "s" and "k".
std::span<const std::string_view> prefix_currency_needles();
// money.cc: the last word of every currency word or code written after a number
// ("dollars", "yuan", "USD"), whole words (the pattern puts \b after each), and the folds.
std::span<const std::string_view> suffix_currency_needles();

// figures.cc: the exchanges' names before a ticker ("NYSE: BABA"), as written.
std::span<const std::string_view> exchange_needles();

struct FigureNeedles {
  util::Needles set;
  // dates.cc: month names as kMonth writes them, in any case ("nov", "Sept.", "March"),
  // as whole words: every month pattern has no letter after the name ("March 5", "Mar.",
  // "april22"), or the start of a day in words right after it ("Junetenth": t, f, s, e, n)
  // (dmy may match "5 mar" in "5 market", and drops it). And 'ſ' (U+017F, first byte
  // C5), which re2's case folding reads as the "s" of "sep": a line holding one is kept.
  int months = set.add_words(
      {"january", "february", "march",    "april", "may", "june", "july", "august", "september",
       "october", "november", "december", "jan",   "feb", "mar",  "apr",  "jun",    "jul",
       "aug",     "sept",     "sep",      "oct",   "nov", "dec",  "\xC5"},
      "tfsen");
  // weekday names, in any case ("tues")
  int weekdays = set.add({"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
  int qualified_years = set.add({"early", "mid", "late", "fiscal", "fy"});  // "late 2022"
  int short_quarters = set.add({"Q"});                                      // "Q4", "4Q24"
  int quarters = set.add({"quarter"});         // "fourth quarter", "December quarter"
  int halves = set.add({"half", "h1", "h2"});  // "first half", "H1 2025"
  int deictic = set.add({"yesterday", "today", "tomorrow", "tmrw", "tonight", "now"});
  // "last year": the unit a whole word ("weekend" too; not "yearly"), and the Kelvin sign
  // that re2's case folding reads as the "k" of "week"
  int units = set.add_words({"year", "month", "week", "quarter", "decade", "\xE2\x84\xAA"}, "e");
  int within = set.add({"earlier", "later"});       // "later this year"
  int ago = set.add({"ago", "earlier", "before"});  // "two years ago"
  // times.cc: durations ("the next five years", "three-month"): the unit a whole word or
  // a plural ("yearly" is none), and the Kelvin sign (the "k" of "week" to re2)
  int duration_units = set.add_words(
      {"year", "month", "week", "day", "hour", "decade", "quarter", "minute", "\xE2\x84\xAA"}, "s");
  // percent.cc: "%", "percent", "per cent", "pct", "pp", "basis points", "bps"
  int percent_units = set.add({"%", "per", "pct", "pp", "basis", "bp"});
  // dates.cc, figures.cc: numeric dates ("2015/08/12", "9-18-15"), bare years and phone numbers,
  // patterns that need a digit and cannot run across a line break (no \s in them)
  int digits = set.add({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
  // figures.cc: "figures are in Hong Kong dollars" (what a bare "$" means)
  int dollars = set.add({"dollars"});
  // figures.cc: what a bare "¥" means
  int japan = set.add({"Japan", "Tokyo", "yen", "Nikkei"});
  int china = set.add({"Chin", "Beijing", "Shanghai", "yuan", "renminbi", "RMB"});

  // counts.cc: index points ("fell 412.30 points", "85 pts"); "pt", not "pts", as re2
  // reads "ptſ" as "pts"
  int points = set.add({"point", "pt"});
  // counts.cc: the spelled numbers a count can begin with, kept where they stand (the
  // pattern is tried there); "dozen" before an "s" also stands for "dozens"
  int spelled_counts = set.add_starts(
      {"two",      "three",    "four",    "five",     "six",      "seven",   "eight",   "nine",
       "ten",      "eleven",   "twelve",  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
       "eighteen", "nineteen", "twenty",  "thirty",   "forty",    "fifty",   "sixty",   "seventy",
       "eighty",   "ninety",   "hundred", "a dozen",  "dozen"},
      "s");
  // percent.cc: the words a share written as a fraction can begin with ("a quarter of",
  // "one in five", "half of", "twenty out of"), kept where they stand
  int share_words = set.add_starts(
      {"a",        "an",       "zero",     "one",      "two",     "three",     "four",
       "five",     "six",      "seven",    "eight",    "nine",    "ten",       "eleven",
       "twelve",   "thirteen", "fourteen", "fifteen",  "sixteen", "seventeen", "eighteen",
       "nineteen", "twenty",   "thirty",   "forty",    "fifty",   "sixty",     "seventy",
       "eighty",   "ninety",   "hundred",  "thousand", "half"},
      "");
  // dates.cc: the days of a month as ordinal words ("first", "twenty-second", "thirty
  // first", "twentyfirst": "twenty" glued to the ordinal after it), kept where they stand
  int ordinal_days = set.add_starts(
      {"twenty",      "thirty",     "first",      "second",     "third",     "fourth",
       "fifth",       "sixth",      "seventh",    "eighth",     "ninth",     "tenth",
       "eleventh",    "twelfth",    "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth",  "thirtieth"},
      "fstne");
  // times.cc: a clock time has minutes or a meridiem ("10:30", "5 pm", "9 a.m."), a whole
  // word ("am\b"; not the "am" of "American")
  int clock = set.add_words({":", "am", "pm", "a.m", "p.m"}, "");
  // money.cc: the currency forms written before a number ("US$", "€", "Rs.", "EUR"), whole
  // words, kept where they stand (the pattern is tried there)
  int money_before = set.add_starts(prefix_currency_needles(), "");
  int money_after =
      set.add_words(suffix_currency_needles(), "");  // "5 million US dollars", "115USD"

  // figures.cc: an exchange's name before a ticker
  int exchanges = set.add(exchange_needles());

  static const FigureNeedles& get() {
    static const FigureNeedles n;
    return n;
  }
};

}  // namespace finlens::figures
