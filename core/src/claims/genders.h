// What the text says about whether a person is a man or a woman, for "he" and "she":
// a common first name ("Anna Ruiz"), an honorific ("Mr. Hale", "Ms. Ortiz") or a word
// of the person's description ("spokeswoman", "actress", "his brother"). Unknown
// otherwise: a pronoun then fits any person.
#pragma once

#include <cstdint>
#include <string_view>

namespace finlens::claims {

enum class Gender : std::uint8_t { unknown, male, female };

// A first name that is given mostly to men or mostly to women; unisex names (Alex,
// Jordan, Lee) are unknown.
Gender first_name_gender(std::string_view w);

// An honorific, a pronoun or a noun that says it: Mr, Mrs, Ms, he, she, spokeswoman,
// chairwoman, actress, mother, father …
Gender word_gender(std::string_view w);

}  // namespace finlens::claims
