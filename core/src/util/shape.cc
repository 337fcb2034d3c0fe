#include "util/shape.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "util/scan.h"

namespace finlens::util {
namespace {

// A word of at most four ASCII bytes, lower-cased and packed into an integer (0 when
// longer): comparing against a short list of small words is then a few integer compares.
constexpr std::uint32_t pack(std::string_view w) {
  if (w.size() > 4) return 0;
  std::uint32_t k = 0;
  for (char c : w) k = (k << 8) | static_cast<unsigned char>(c | 0x20);
  return k;
}

// The small words left out of a headline's capitalization count ("a", "of", "amid").
bool small_word(std::string_view w) {
  static constexpr std::uint32_t kSmall[] = {
      pack("a"),    pack("an"),  pack("the"),  pack("and"),   pack("or"),
      pack("of"),   pack("in"),  pack("on"),   pack("at"),    pack("to"),
      pack("for"),  pack("as"),  pack("by"),   pack("with"),  pack("from"),
      pack("vs"),   pack("via"), pack("amid"), pack("after"), pack("over"),
      pack("into"), pack("is"),  pack("its"),  pack("but"),   pack("nor")};
  const std::uint32_t k = pack(w);
  if (k == 0) return false;
  return std::find(std::begin(kSmall), std::end(kSmall), k) != std::end(kSmall);
}

bool ends_with(std::string_view s, std::size_t i, std::string_view tail) {
  return i >= tail.size() && s.substr(i - tail.size(), tail.size()) == tail;
}

// Openings of credit lines, each as it is written. Credits in parentheses ("(Reporting
// by …)") are matched after the parenthesis.
constexpr std::string_view kCreditStarts[] = {"Photo",
                                              "Picture",
                                              "Image",
                                              "Video",
                                              "File photo",
                                              "Graphic",
                                              "Illustration",
                                              "Reporting",
                                              "Writing",
                                              "Editing",
                                              "Additional reporting",
                                              "Compiled",
                                              "Translated",
                                              "By ",
                                              "BY ",
                                              "\xC2\xA9",
                                              "(c)",
                                              "Copyright",
                                              "All rights reserved",
                                              "Read more",
                                              "Related",
                                              "Advertisement",
                                              "Share this",
                                              "Follow us",
                                              "Subscribe",
                                              "Sign up",
                                              "Click here",
                                              "Recommended",
                                              "More from",
                                              "Source: ",
                                              "Sources: ",
                                              "Write to ",
                                              "Contact ",
                                              "Contact: ",
                                              "Email ",
                                              "E-mail ",
                                              "Tags: ",
                                              "Tagged: ",
                                              "Topics: ",
                                              "Disclaimer",
                                              "This story has",
                                              "This article has",
                                              "This article was",
                                              "This story was",
                                              "Reuter",
                                              "REUTER",
                                              "reuter"};

// The openings' first bytes: most lines are settled by one look at their first.
constexpr std::array<bool, 256> kCreditFirst = [] {
  std::array<bool, 256> t{};
  for (std::string_view w : kCreditStarts) t[static_cast<unsigned char>(w[0])] = true;
  return t;
}();

const RE2& credit_re() {
  // Credits, bylines and page furniture, each on a line of its own. (Lengths are bounded
  // by credit_line's test, not by counted repetitions, which would make the program big.)
  static const RE2 re(
      R"(^\(?(?:(?:Photo|Photograph|Picture|Image|Video|File photo|Graphic|Illustration)s?(?: credit)?\s?(?::|by|/)\s?.+)"
      R"(|(?:Reporting|Writing|Editing|Additional reporting|Compiled|Translated) by .+)"
      R"(|(?:By|BY) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,? (?:and|in|for) .+|, [A-Z][\w .&'-]{1,40})?)"
      R"(|(?:©|\(c\)|Copyright|All rights reserved).*)"
      R"(|(?:Write to|Contact:?|E-?mail:?) .+)"
      R"(|This (?:story|article) has .+)"
      R"(|This (?:story|article) was (?:auto-generated|generated|produced|originally|first published|written by|edited).*)"
      R"(|(?:Disclaimer|Tags|Tagged|Topics|Sources?)\s?: .+)"
      R"(|(?:Reuter|REUTER|reuter)s?(?:\.{3}| ?-)?)"
      R"(|(?:Read more|Related|Related stories|Related articles|Advertisement|Share this(?: article)?|Follow us.*|Subscribe.*|Sign up.*|Click here.*|Recommended|More from .+))\)?$)",
      util::pattern_options());
  return re;
}

}  // namespace

bool ends_like_sentence(std::string_view line) {
  std::size_t i = line.size();
  while (i > 0) {
    const char c = line[i - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      --i;
    } else if (ends_with(line, i, "\xE2\x80\x9D") || ends_with(line, i, "\xE2\x80\x99")) {
      i -= 3;  // ” ’
    } else if (ends_with(line, i, "\xC2\xBB")) {
      i -= 2;  // »
    } else {
      break;
    }
  }
  if (i == 0) return false;
  const char c = line[i - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return ends_with(line, i, "\xE2\x80\xA6" /* … */) || ends_with(line, i, "\xE3\x80\x82" /* 。 */);
}

WordStats word_stats(std::string_view line) {
  WordStats s;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    std::string_view w = line.substr(i, j - i);
    i = j;
    // strip leading punctuation
    while (!w.empty() && !is_alnum(w.front()) && static_cast<unsigned char>(w.front()) < 0x80)
      w.remove_prefix(1);
    if (w.empty()) continue;
    ++s.words;
    if (!is_ascii_alpha(w.front())) continue;
    if (small_word(w)) continue;
    ++s.content;
    if (is_upper(w.front())) ++s.capitalized;
  }
  return s;
}

bool title_shaped(std::string_view line) {
  if (ends_like_sentence(line)) return false;
  const WordStats s = word_stats(line);
  return s.words <= 24 && s.content >= 2 && s.capitalized * 10 >= s.content * 7;
}

bool credit_line(std::string_view line) {
  // the regex runs only on lines that open with one of the literal words
  std::string_view open = line;
  if (open.starts_with('(')) open.remove_prefix(1);
  const bool may_be =
      line.size() < 400 && !open.empty() && kCreditFirst[static_cast<unsigned char>(open[0])] &&
      std::any_of(std::begin(kCreditStarts), std::end(kCreditStarts),
                  [&](std::string_view w) { return w[0] == open[0] && open.starts_with(w); });
  return may_be && RE2::FullMatch(re2::StringPiece(line.data(), line.size()), credit_re());
}

}  // namespace finlens::util
