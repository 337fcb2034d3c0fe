// Numbers as news writes them: digits with thousands separators and decimals, number
// words ("three", "twelve"), and scale words ("billion", "bn", "B"). Values are built
// from integer digits and powers of ten so "4.66 billion" is exactly 4660000000.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace finlens::figures {

// Regex fragments shared by the recognizers (re2 syntax, no capturing groups).
inline constexpr std::string_view kNumber = R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)";
inline constexpr std::string_view kNumberWord =
    R"((?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozen))";
// A small count in words, as relative dates write it ("two weeks from now", "a month
// ago"); used inside a case-insensitive group.
inline constexpr std::string_view kFewWord =
    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
// Spelled-out cardinals ("fifteen", "forty-five", "one hundred and five", "a thousand")
// and fractions ("half", "a quarter", "two-thirds", "one fourth", "half a"). The pattern
// only finds candidates; spelled_number() decides whether the words make one number.
#define FINLENS_UNITS                                                                      \
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|" \
  "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"   \
  "eighty|ninety"
inline constexpr std::string_view kSpelled =
    "(?i:(?:an?\\s)?(?:" FINLENS_UNITS "|hundred|thousand)(?:(?:[- ]|\\sand\\s)(?:" FINLENS_UNITS
    "|hundred|thousand))*)\\b";
inline constexpr std::string_view kFraction =
    "(?i:(?:an?|one|two|three|four|five|six|seven|eight|nine)[- ](?:halve|half|third|quarter|"
    "fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?|half(?:\\sa\\b)?)\\b";
#undef FINLENS_UNITS
// Scale words after a number, with or without a space; single letters only attached.
// Indian scales: lakh = 10^5, crore = 10^7, "lakh crore" = 10^12.
inline constexpr std::string_view kScale =
    R"((?:\s?(?i:thousand|million|billion|trillion|lakhs?\s?crores?|lakhs?|lacs?|crores?|mln|mn|bln|bn|trn|tn)|\s?cr|[mbkBMKT])\b)";

// The parts of a pattern joined: one call, not a chain of string temporaries (code size).
std::string join(std::initializer_list<std::string_view> parts);

// "1,234.5" → 1234.5 (exact to the last digit written). nullopt when not a number.
std::optional<double> parse_number(std::string_view digits);
// "three" → 3, "twelve" → 12, "a dozen" → 12. Case-insensitive.
std::optional<double> number_word(std::string_view word);
// Spelled cardinals and fractions as kSpelled / kFraction find them: "forty-five" → 45,
// "one hundred and five" → 105, "a quarter" → 0.25, "two-thirds" → 2/3, "half a" → 0.5.
// nullopt when the words do not make one number ("one two", "and five").
std::optional<double> spelled_number(std::string_view words);
// Any of the three above.
std::optional<double> parse_count(std::string_view s);
// Power of ten of a scale word: "billion", "bn", "B" → 9; "k" → 3; "" → 0; -1 unknown.
int scale_exponent(std::string_view word);
// digits × 10^exponent, exact where a double can be; nullopt for a negative exponent
// (scale_exponent's -1).
std::optional<double> scaled(std::string_view digits, int exponent);

}  // namespace finlens::figures
