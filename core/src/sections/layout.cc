#include "sections/layout.h"

#include <algorithm>

#include "util/scan.h"

namespace finlens::sections {
namespace {

using util::is_alnum;
using util::is_digit;
using util::is_lower;
using util::is_upper;

bool ends_like_sentence(std::string_view line) {
  // A line that ends a thought: terminal punctuation, possibly inside closing quotes
  // or brackets. A teaser cut mid-sentence by a web page does not.
  std::size_t i = line.size();
  while (i > 0) {
    const unsigned char c = static_cast<unsigned char>(line[i - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      --i;
      continue;
    }
    // ” ’ » (UTF-8 tails)
    if (i >= 3 && line.substr(i - 3, 3) == "\xE2\x80\x9D") {
      i -= 3;
      continue;
    }
    if (i >= 3 && line.substr(i - 3, 3) == "\xE2\x80\x99") {
      i -= 3;
      continue;
    }
    if (i >= 2 && line.substr(i - 2, 2) == "\xC2\xBB") {
      i -= 2;
      continue;
    }
    break;
  }
  if (i == 0) return false;
  const char c = line[i - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return i >= 3 && (line.substr(i - 3, 3) == "\xE2\x80\xA6" /* … */ ||
                    line.substr(i - 3, 3) == "\xE3\x80\x82" /* 。 */);
}

struct WordStats {
  int words = 0;        // alphabetic words
  int capitalized = 0;  // of those, starting upper-case (small words excluded from both)
  int content = 0;
};

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
  for (std::uint32_t s : kSmall) {
    if (s == k) return true;
  }
  return false;
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
    if (!util::is_ascii_alpha(w.front())) continue;
    if (small_word(w)) continue;
    ++s.content;
    if (is_upper(w.front())) ++s.capitalized;
  }
  return s;
}

const RE2& credit_re() {
  // Credits, bylines and page furniture, each on a line of its own.
  static const RE2 re(
      R"(^(?:(?:Photo|Photograph|Picture|Image|Video|File photo|Graphic|Illustration)s?(?: credit)?\s?(?::|by|/)\s?.{1,80})"
      R"(|(?:Reporting|Writing|Editing|Additional reporting|Compiled|Translated) by .{1,160})"
      R"(|(?:By|BY) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,? (?:and|in|for) .{1,60})?)"
      R"(|(?:©|\(c\)|Copyright|All rights reserved).{0,160})"
      R"(|(?:Read more|Related|Related stories|Related articles|Advertisement|Share this(?: article)?|Follow us.{0,60}|Subscribe.{0,60}|Sign up.{0,60}|Click here.{0,60}|Recommended|More from .{1,40}|Source: .{1,60}))$)",
      util::pattern_options());
  return re;
}

}  // namespace

LineShape classify_line(std::string_view line) {
  if (line.empty()) return LineShape::blank;
  // credits start with one of a few words (Photo, Reporting, By, ©, Copyright, Read …):
  // the words credit_re's alternatives start with, so the regex runs on few lines
  static constexpr std::string_view kCreditStarts[] = {"Photo",
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
                                                       "Source: "};
  const bool may_be_credit =
      line.size() < 240 && std::any_of(std::begin(kCreditStarts), std::end(kCreditStarts),
                                       [&](std::string_view w) { return line.starts_with(w); });
  if (may_be_credit && RE2::FullMatch(re2::StringPiece(line.data(), line.size()), credit_re()))
    return LineShape::credit;
  const WordStats s = word_stats(line);
  const bool terminal = ends_like_sentence(line);
  if (!terminal && s.words <= 24 && s.content >= 2 && s.capitalized * 10 >= s.content * 7)
    return LineShape::title;
  if (!terminal && s.words > 24) return LineShape::truncated;
  return LineShape::prose;
}

std::vector<std::uint32_t> sentence_ends(std::string_view p) {
  // Abbreviations that end in a period but not a sentence.
  static constexpr std::string_view kAbbrev[] = {
      "Inc",  "Corp",   "Co",  "Ltd", "Mr",  "Mrs", "Ms",  "Dr",   "Prof", "St",   "Jr",  "Sr",
      "No",   "vs",     "etc", "Jan", "Feb", "Mar", "Apr", "Jun",  "Jul",  "Aug",  "Sep", "Sept",
      "Oct",  "Nov",    "Dec", "Gov", "Sen", "Rep", "Gen", "Lt",   "Col",  "Capt", "Mt",  "Ave",
      "Bros", "approx", "est", "Fig", "Nos", "Plc", "Cos", "Dept", "Univ"};
  std::vector<std::uint32_t> ends;
  const std::size_t n = p.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = p[i];
    if (c != '.' && c != '!' && c != '?') continue;
    // the sentence may close with quotes or brackets after the mark
    std::size_t j = i + 1;
    while (j < n) {
      if (p[j] == '"' || p[j] == '\'' || p[j] == ')') {
        ++j;
      } else if (j + 2 < n && p.substr(j, 3) == "\xE2\x80\x9D") {
        j += 3;
      } else if (j + 2 < n && p.substr(j, 3) == "\xE2\x80\x99") {
        j += 3;
      } else {
        break;
      }
    }
    if (j >= n) break;  // the paragraph end closes it anyway
    if (p[j] != ' ') continue;
    std::size_t k = j;
    while (k < n && p[k] == ' ') ++k;
    if (k >= n) break;
    const unsigned char next = static_cast<unsigned char>(p[k]);
    const bool next_starts = is_upper(static_cast<char>(next)) ||
                             is_digit(static_cast<char>(next)) || next == '"' || next == '\'' ||
                             next >= 0x80 || next == '(' || next == '-';
    if (!next_starts) continue;
    if (c == '.') {
      // the word before the period
      std::size_t w = i;
      while (w > 0 && (util::is_ascii_alpha(p[w - 1]) || p[w - 1] == '.')) --w;
      std::string_view word = p.substr(w, i - w);
      if (word.size() == 1 && is_upper(word[0])) continue;  // initials: "J. Smith"
      if (word.find('.') != std::string_view::npos) {       // "U.S." "a.m." "p.m."
        if (word.size() <= 4 && !(word == "a.m" || word == "p.m")) continue;
        if ((word == "a.m" || word == "p.m") && !is_upper(static_cast<char>(next))) continue;
      }
      bool abbrev = false;
      for (auto a : kAbbrev) abbrev = abbrev || word == a;
      if (abbrev && (is_digit(static_cast<char>(next)) || word.size() <= 4)) {
        // "Jan. 13", "Co. (TSMC" are mid-sentence; "Inc. The" is not clear, but company
        // names before a new capitalized sentence are rarer than names that go on.
        if (word == "Inc" || word == "Corp" || word == "Co" || word == "Ltd") {
          // "... Apple Inc. The company ..." ends; keep going only before "(" or a lower word
          if (next != '(') goto split;
        }
        continue;
      }
    }
  split:
    ends.push_back(static_cast<std::uint32_t>(j));
  }
  ends.push_back(static_cast<std::uint32_t>(n));
  return ends;
}

namespace {

void mark_runs(std::vector<Line>& lines) {
  // A run of non-prose lines is a section apart when it is clearly a list of other
  // stories: three or more titles, or two or more teasers cut mid-sentence (a single
  // title is the article's own; a single cut paragraph is a truncated paste).
  std::size_t i = 0;
  std::size_t first_prose = lines.size();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].shape == LineShape::prose) {
      first_prose = k;
      break;
    }
  }
  while (i < lines.size()) {
    if (lines[i].shape != LineShape::title && lines[i].shape != LineShape::truncated) {
      ++i;
      continue;
    }
    std::size_t j = i;
    int titles = 0, cut = 0;
    while (j < lines.size() &&
           (lines[j].shape == LineShape::title || lines[j].shape == LineShape::truncated ||
            lines[j].shape == LineShape::blank)) {
      titles += lines[j].shape == LineShape::title;
      cut += lines[j].shape == LineShape::truncated;
      ++j;
    }
    const bool after_body = i > first_prose;
    const bool apart =
        titles >= 3 || (after_body && cut >= 2) || (after_body && cut >= 1 && titles + cut >= 3);
    if (apart) {
      for (std::size_t k = i; k < j; ++k) {
        if (lines[k].shape != LineShape::blank) lines[k].section = SectionKind::headlines;
      }
    }
    i = j;
  }
  for (auto& l : lines) {
    if (l.shape == LineShape::credit) l.section = SectionKind::boilerplate;
  }
}

void find_dateline(std::string_view s, Layout& out) {
  // A publication date on a line of its own near the top ("March 01, 2008",
  // "Wednesday, 5 March 2025", "2025-03-05"), as pages and wires print it.
  static const RE2 re(
      R"((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?)"
      R"((?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
      R"(|\d{1,2} (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,? \d{4})"
      R"(|\d{4}-\d{2}-\d{2}))"
      R"((?:,? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?)",
      util::pattern_options());
  int seen = 0;
  for (const Line& l : out.lines) {
    if (l.shape == LineShape::blank) continue;
    if (++seen > 6) break;
    std::string_view line = s.substr(l.range.start, l.range.end - l.range.start);
    if (line.size() <= 60 && RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re)) {
      out.dateline = l.range;
      return;
    }
  }
}

// Where to cut a sentence that would run past `limit`: after the last space in the
// second half of [start, limit), else at the last character boundary before `limit`.
std::uint32_t sentence_cut(std::string_view s, std::uint32_t start, std::uint32_t limit) {
  for (std::uint32_t i = limit; i > start + (limit - start) / 2; --i) {
    if (s[i - 1] == ' ') return i;
  }
  std::uint32_t i = limit;
  while (i > start + 1 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

Layout split(const text::Text& t) {
  Layout out;
  const std::string_view s = t.norm;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::size_t a = pos, b = nl;
    while (a < b && s[a] == ' ') ++a;
    while (b > a && s[b - 1] == ' ') --b;
    Line line;
    line.range = {static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)};
    line.shape = classify_line(s.substr(a, b - a));
    out.lines.push_back(line);
    if (nl == s.size()) break;
    pos = nl + 1;
  }
  mark_runs(out.lines);
  find_dateline(s, out);

  for (std::uint32_t li = 0; li < out.lines.size(); ++li) {
    const Line& l = out.lines[li];
    if (l.shape == LineShape::blank) continue;
    std::uint32_t begin = l.range.start;
    for (std::uint32_t e : sentence_ends(s.substr(l.range.start, l.range.end - l.range.start))) {
      std::uint32_t a = begin, b = l.range.start + e;
      while (a < b && s[a] == ' ') ++a;
      // A run of text with no sentence end (a pasted table, a hostile input) is cut
      // into pieces of at most kMaxSentenceBytes, so that what later stages do per
      // sentence stays bounded.
      while (b - a > kMaxSentenceBytes) {
        const std::uint32_t cut = sentence_cut(s, a, a + kMaxSentenceBytes);
        std::uint32_t end = cut;
        while (end > a && s[end - 1] == ' ') --end;
        out.sentences.push_back({{a, end}, li});
        a = cut;
        while (a < b && s[a] == ' ') ++a;
      }
      if (a < b) out.sentences.push_back({{a, b}, li});
      begin = b;
    }
  }

  // Sections: maximal runs of lines with the same kind; blank lines join the run before.
  SectionKind cur = SectionKind::article;
  std::uint32_t start = 0;
  bool open = false;
  for (const Line& l : out.lines) {
    if (l.shape == LineShape::blank) continue;
    if (!open) {
      cur = l.section;
      start = l.range.start;
      open = true;
    } else if (l.section != cur) {
      out.sections.push_back({cur, {start, l.range.start}});
      cur = l.section;
      start = l.range.start;
    }
  }
  if (open) {
    // close the last run at the end of its last line, then the rest is trailing space
    std::uint32_t end = 0;
    for (const Line& l : out.lines) {
      if (l.shape != LineShape::blank) end = l.range.end;
    }
    out.sections.push_back({cur, {start, end}});
  }
  // Trim each section's end back over blank space so sections hug their text.
  for (auto& [kind, r] : out.sections) {
    while (r.end > r.start && (s[r.end - 1] == ' ' || s[r.end - 1] == '\n')) --r.end;
  }
  return out;
}

SectionKind Layout::section_at(std::uint32_t pos) const {
  auto it = std::upper_bound(sections.begin(), sections.end(), pos,
                             [](std::uint32_t p, const auto& sec) { return p < sec.second.start; });
  if (it == sections.begin()) return SectionKind::article;
  --it;
  return pos < it->second.end ? it->first : SectionKind::article;
}

std::uint32_t Layout::sentence_at(std::uint32_t pos) const {
  auto it =
      std::upper_bound(sentences.begin(), sentences.end(), pos,
                       [](std::uint32_t p, const Sentence& se) { return p < se.range.start; });
  if (it == sentences.begin()) return 0;
  return static_cast<std::uint32_t>(it - sentences.begin() - 1);
}

}  // namespace finlens::sections
