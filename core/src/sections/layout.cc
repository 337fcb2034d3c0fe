#include "sections/layout.h"

#include <algorithm>

#include "util/scan.h"
#include "util/shape.h"

namespace finlens::sections {
namespace {

using util::is_alnum;
using util::is_digit;
using util::is_lower;
using util::is_upper;

}  // namespace

LineShape classify_line(std::string_view line) {
  if (line.empty()) return LineShape::blank;
  if (util::credit_line(line)) return LineShape::credit;
  // a line that ends like a sentence is prose whatever its words: most lines, counted no more
  if (util::ends_like_sentence(line)) return LineShape::prose;
  const util::WordStats s = util::word_stats(line);
  if (s.words <= 24 && s.content >= 2 && s.capitalized * 10 >= s.content * 7)
    return LineShape::title;
  if (s.words > 24) return LineShape::truncated;
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
      const bool abbrev = word.size() <= 6 && std::find(std::begin(kAbbrev), std::end(kAbbrev),
                                                        word) != std::end(kAbbrev);
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

// Whether `s` holds "-", "–" or "—" with a space after it.
bool has_dash_space(std::string_view s) {
  for (std::size_t i = s.find(' ', 1); i != std::string_view::npos; i = s.find(' ', i + 1)) {
    if (s[i - 1] == '-') return true;
    if (i >= 3 && s.substr(i - 3, 2) == "\xE2\x80" && (s[i - 1] == '\x93' || s[i - 1] == '\x94'))
      return true;
  }
  return false;
}

// A wire dateline opening a story's first sentence: "WASHINGTON (Reuters) - ",
// "PARIS, Dec. 8 (UPI) — ", "Tampa, Fla. (AP) -- ", "HONG KONG — ". The place is in
// capitals, or a date or an agency in parentheses follows it: a name before a dash
// alone ("Apple — the company …") is not one. Its length with the dash and the spaces
// after it, else 0.
std::size_t dateline_lead(std::string_view sentence) {
  static const RE2 re(
      R"(((?:[A-Z][A-Za-z.'’-]*)(?: [A-Z][A-Za-z.'’-]*){0,3}))"  // the place
      R"((?:, [A-Z][a-z]{1,9}\.?)?)"                             // a state: ", Fla."
      R"((,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?)"
      R"(( ?\([A-Z][A-Za-z.&/ ]{0,30}\))?)"  // the agency: "(Reuters)"
      R"( ?(?:—|–|--|-) +)",
      util::pattern_options());
  const std::string_view head = sentence.substr(0, 90);
  // what the pattern needs before its groups are read (re2 reads them at some thousand
  // instructions a sentence): a capital first and a dash with a space after it
  if (head.empty() || !is_upper(head[0]) || !has_dash_space(head)) return 0;
  re2::StringPiece in(head.data(), head.size());
  re2::StringPiece place, date, agency;
  if (!RE2::Consume(&in, re, &place, &date, &agency)) return 0;
  bool capitals = place.size() >= 4;
  for (char c : place) {
    if (is_lower(c)) capitals = false;
  }
  if (!capitals && date.empty() && agency.empty()) return 0;
  const std::size_t n = static_cast<std::size_t>(in.data() - sentence.data());
  // the story goes on after it with a word that opens a sentence
  if (n >= sentence.size() || !(is_upper(sentence[n]) || is_digit(sentence[n]))) return 0;
  return n;
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

  int prose_lines = 0;  // datelines open one of a story's first lines
  for (std::uint32_t li = 0; li < out.lines.size(); ++li) {
    const Line& l = out.lines[li];
    if (l.shape == LineShape::blank) continue;
    const bool near_top = ++prose_lines <= 8;
    std::uint32_t begin = l.range.start;
    for (std::uint32_t e : sentence_ends(s.substr(l.range.start, l.range.end - l.range.start))) {
      std::uint32_t a = begin, b = l.range.start + e;
      while (a < b && s[a] == ' ') ++a;
      // The dateline is a sentence of its own: nothing in it is the story's subject.
      if (near_top && begin == l.range.start) {
        if (const std::size_t lead = dateline_lead(s.substr(a, b - a)); lead > 0) {
          std::uint32_t end = a + static_cast<std::uint32_t>(lead);
          const std::uint32_t next = end;
          while (end > a && (s[end - 1] == ' ')) --end;
          out.sentences.push_back({{a, end}, li});
          a = next;
        }
      }
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
