// Numbers as news writes them: digits with thousands separators and decimals, number
// words ("three", "twelve"), and scale words ("billion", "bn", "B"). Values are built
// from integer digits and powers of ten so "4.66 billion" is exactly 4660000000.
#pragma once

#include <optional>
#include <string_view>

namespace finlens::figures {

// Regex fragments shared by the recognizers (re2 syntax, no capturing groups).
inline constexpr std::string_view kNumber = R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)";
inline constexpr std::string_view kNumberWord =
    R"((?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozen))";
// Scale words after a number, with or without a space; single letters only attached.
inline constexpr std::string_view kScale =
    R"((?:\s?(?i:thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn)|[mbkBMKT])\b)";

// "1,234.5" → 1234.5 (exact to the last digit written). nullopt when not a number.
std::optional<double> parse_number(std::string_view digits);
// "three" → 3, "twelve" → 12, "a dozen" → 12. Case-insensitive.
std::optional<double> number_word(std::string_view word);
// Either of the two above.
std::optional<double> parse_count(std::string_view s);
// Power of ten of a scale word: "billion", "bn", "B" → 9; "k" → 3; "" → 0; -1 unknown.
int scale_exponent(std::string_view word);
// digits × 10^exponent, exact where a double can be.
std::optional<double> scaled(std::string_view digits, int exponent);

}  // namespace finlens::figures
