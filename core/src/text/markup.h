// Markup pasted along with the text: HTML character references ("&amp;", "&#8217;") and
// Markdown's inline marks ("**bold**", "[text](url)"). The logical text reads them as the
// text they stand for; spans still point at the characters of the input.
#pragma once

#include <cstddef>
#include <string_view>

namespace finlens::text {

// The character reference at s[i] ('&'), or 0: its length in bytes, and what it stands for.
std::size_t reference_at(std::string_view s, std::size_t i, char32_t* cp);

// A Markdown link or image at s[i] ('[' or "!["), "[text](target)", on one line: the
// length of the whole and where its text lies ([text_start, text_end) in s). Images keep
// their alt text. 0 when s[i] does not open one.
std::size_t link_at(std::string_view s, std::size_t i, std::size_t* text_start,
                    std::size_t* text_end);

// Whether the "**" or "__" at s[i] is an emphasis mark: next to a word on one side and
// space, punctuation or the line's end on the other.
bool emphasis_at(std::string_view s, std::size_t i);

}  // namespace finlens::text
