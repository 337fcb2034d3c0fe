#include "claims/marks.h"

#include <algorithm>
#include <array>

#include "text/text.h"
#include "util/scan.h"

namespace finlens::claims {
namespace {

enum class Mark { none, dbl_open, dbl_close, dbl_straight, sgl_open, sgl_close, sgl_straight };

// The mark at byte i of s and its length in bytes.
Mark mark_at(std::string_view s, std::size_t i, std::size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c == '"') return Mark::dbl_straight;
  if (c == '\'') {
    // '' (two straight singles) and `` are old typewriter double quotes. Three after a
    // word ("later,'''") close a quote within the quote first: a single, then the double.
    const bool closes_inner = i + 2 < s.size() && s[i + 1] == '\'' && s[i + 2] == '\'' && i > 0 &&
                              s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '\t';
    if (i + 1 < s.size() && s[i + 1] == '\'' && !closes_inner) {
      *len = 2;
      return Mark::dbl_straight;
    }
    return Mark::sgl_straight;
  }
  if (c == '`' && i + 1 < s.size() && s[i + 1] == '`') {
    *len = 2;
    return Mark::dbl_open;
  }
  if (c == 0xC2 && i + 1 < s.size()) {
    *len = 2;
    if (static_cast<unsigned char>(s[i + 1]) == 0xAB) return Mark::dbl_open;   // «
    if (static_cast<unsigned char>(s[i + 1]) == 0xBB) return Mark::dbl_close;  // »
    return Mark::none;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    *len = 3;
    switch (static_cast<unsigned char>(s[i + 2])) {
      case 0x9C:
        return Mark::dbl_open;  // “
      case 0x9E:
        return Mark::dbl_open;  // „
      case 0x9D:
        return Mark::dbl_close;  // ”
      case 0x98:
        return Mark::sgl_open;  // ‘
      case 0x99:
        return Mark::sgl_close;  // ’
      default:
        return Mark::none;
    }
  }
  return Mark::none;
}

// Bytes a mark can start with (" ' ` and the first bytes of « » and of “ ” „ ‘ ’): the
// scan for marks skips all others without a look at what follows them.
constexpr std::array<bool, 256> kMarkStart = [] {
  std::array<bool, 256> t{};
  for (unsigned c : {unsigned{'"'}, unsigned{'\''}, unsigned{'`'}, 0xC2u, 0xE2u}) t[c] = true;
  return t;
}();

// What stands next to a mark, in the few classes that decide what the mark is.
enum class Side { edge, space, letter, digit, opening, closing, other };

Side classify(char32_t cp) {
  if (cp == ' ' || cp == '\n') return Side::space;
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (util::is_ascii_alpha(c)) return Side::letter;
    if (util::is_digit(c)) return Side::digit;
    switch (c) {
      case '(':
      case '[':
      case '{':
      case '/':
      case '"':
      case '\'':
      case '`':
        return Side::opening;
      case ',':
      case '.':
      case ';':
      case ':':
      case '!':
      case '?':
      case ')':
      case ']':
      case '}':
        return Side::closing;
      default:
        return Side::other;  // dashes among them: the callers look at the code point
    }
  }
  switch (cp) {
    case 0x201C:
    case 0x2018:
    case 0x201E:
    case 0x00AB:  // “ ‘ „ «
      return Side::opening;
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x2026:  // ” ’ » …
    case 0x3002:
    case 0xFF0C:  // 。 ，
      return Side::closing;
    case 0x2013:
    case 0x2014:  // – —
      return Side::other;
    default:
      return Side::letter;  // other scripts read as letters
  }
}

struct Around {
  Side prev = Side::edge;
  Side next = Side::edge;
  char32_t prev_cp = 0;
  char32_t next_cp = 0;
};

Around around(std::string_view s, std::size_t i, std::size_t len, std::size_t line_start,
              std::size_t line_end) {
  Around a;
  if (i > line_start) {
    std::size_t p = i - 1;
    while (p > line_start && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    int n = 0;
    a.prev_cp = text::decode_at(s, p, &n);
    a.prev = classify(a.prev_cp);
  }
  if (i + len < line_end) {
    int n = 0;
    a.next_cp = text::decode_at(s, i + len, &n);
    a.next = classify(a.next_cp);
  }
  return a;
}

bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014; }

// A mark may open a quote when it follows a space, the line's start or an opening
// bracket or dash, and is followed by the quote's first character.
bool opens(const Around& a) {
  const bool left = a.prev == Side::edge || a.prev == Side::space || a.prev == Side::opening ||
                    is_dash(a.prev_cp) || a.prev_cp == ':';
  const bool right = a.next != Side::edge && a.next != Side::space && a.next != Side::closing;
  return left && right;
}

// A mark may close a quote when it follows the quote's last character and is followed
// by a space, the line's end, punctuation or a dash.
bool closes(const Around& a) {
  const bool left = a.prev != Side::edge && a.prev != Side::space;
  const bool right = a.next == Side::edge || a.next == Side::space || a.next == Side::closing ||
                     is_dash(a.next_cp) || a.next_cp == 0x201D || a.next_cp == 0x2019 ||
                     a.next_cp == '"' || a.next_cp == '\'';
  return left && right;
}

struct Candidate {
  std::uint32_t pos = 0;
  std::uint32_t len = 0;
  bool can_open = false;
  bool can_close = false;
};

// Decides what a double mark may do in its context.
Candidate double_mark(Mark m, const Around& a, std::uint32_t pos, std::uint32_t len) {
  Candidate c{pos, len, false, false};
  switch (m) {
    case Mark::dbl_open:
      c.can_open = a.next != Side::edge && a.next != Side::space;
      c.can_close = closes(a) && a.next != Side::letter;  // “ typed for ”
      break;
    case Mark::dbl_close:
      c.can_close = a.prev != Side::edge && a.prev != Side::space;
      c.can_open = opens(a);  // ” typed for “
      break;
    default:  // straight "
      c.can_open = opens(a);
      c.can_close = closes(a);
      break;
  }
  return c;
}

// Decides what a single mark may do: an apostrophe inside a word ("Alibaba’s",
// "they’re") does neither, and neither does the elided digits of "’90s".
Candidate single_mark(Mark m, const Around& a, std::uint32_t pos, std::uint32_t len) {
  Candidate c{pos, len, false, false};
  const bool word_next = a.next == Side::letter;
  switch (m) {
    case Mark::sgl_open:
      c.can_open = opens(a) && a.next != Side::digit;
      break;
    case Mark::sgl_close:
      c.can_close = closes(a);
      // ’ typed for ‘, only before a capital: ’Tis and ’em stay apostrophes
      c.can_open =
          (a.prev == Side::edge || a.prev == Side::space) && a.next_cp >= 'A' && a.next_cp <= 'Z';
      break;
    default:  // straight '
      c.can_open = opens(a) && word_next;
      c.can_close = closes(a);
      break;
  }
  return c;
}

// Pairs the double marks of the whole text (see the header for the rules).
class DoublePairer {
 public:
  DoublePairer(std::vector<Quoted>& out, const sections::Layout& layout)
      : out_(out), layout_(layout) {}

  // Called at the start of each non-blank line. Returns the number of bytes of the
  // line's leading opening mark consumed by a continuing quote (0 if none).
  std::uint32_t begin_line(std::string_view s, const sections::Line& line, std::uint32_t index,
                           std::uint32_t ordinal, bool follows_directly) {
    std::uint32_t consumed = 0;
    if (open_) {
      std::size_t len = 0;
      const std::uint32_t at = line.range.start;
      const Mark m = at < line.range.end ? mark_at(s, at, &len) : Mark::none;
      const bool leads_with_opening =
          (m == Mark::dbl_open || m == Mark::dbl_straight) &&
          double_mark(m, around(s, at, len, line.range.start, line.range.end), at,
                      static_cast<std::uint32_t>(len))
              .can_open;
      const bool room = ordinal - cur_.first_ordinal < kMaxQuoteLines;
      if (leads_with_opening && room) {
        // The multi-paragraph convention: the quote goes on, and this mark is part of it.
        cur_.evidenced_end = line.range.end;
        cur_.evidenced_ordinal = ordinal;
        consumed = static_cast<std::uint32_t>(len);
      } else if (!(room && follows_directly &&
                   ordinal - cur_.evidenced_ordinal <= kMaxSoftWrapLines)) {
        finish_unclosed(cur_.evidenced_end);
      }
    }
    line_ = index;
    line_end_ = line.range.end;
    return consumed;
  }

  void mark(const Candidate& c, std::uint32_t ordinal) {
    if (open_ && c.can_close) {
      Quoted q;
      q.open = cur_.mark;
      q.start = cur_.start;
      q.end = c.pos;
      q.after = c.pos + c.len;
      q.first_line = cur_.first_line;
      out_.push_back(q);
      open_ = false;
      return;
    }
    if (c.can_open) {
      if (open_) finish_unclosed(std::min(cur_.evidenced_end, c.pos));
      open_ = true;
      cur_ = {c.pos, c.pos + c.len, line_, ordinal, line_end_, ordinal};
    }
  }

  void finish() {
    if (open_) finish_unclosed(cur_.evidenced_end);
  }

 private:
  void finish_unclosed(std::uint32_t end) {
    open_ = false;
    if (end > cur_.start + kMaxUnclosedBytes && !layout_.sentences.empty()) {
      // the last sentence end within the bound, else the end of the quote's first sentence
      const sections::Sentence& at =
          layout_.sentences[layout_.sentence_at(cur_.start + kMaxUnclosedBytes)];
      end = at.range.end <= cur_.start + kMaxUnclosedBytes ? at.range.end : at.range.start;
      if (end <= cur_.start) end = layout_.sentences[layout_.sentence_at(cur_.start)].range.end;
      end = std::min(end, cur_.start + kMaxUnclosedBytes);
    }
    if (end <= cur_.start) return;
    Quoted q;
    q.open = cur_.mark;
    q.start = cur_.start;
    q.end = end;
    q.after = end;
    q.first_line = cur_.first_line;
    q.closed = false;
    out_.push_back(q);
  }

  struct Open {
    std::uint32_t mark = 0;
    std::uint32_t start = 0;
    std::uint32_t first_line = 0;
    std::uint32_t first_ordinal = 0;  // among non-blank lines
    std::uint32_t evidenced_end = 0;  // the end of the last line the quote surely covers
    std::uint32_t evidenced_ordinal = 0;
  };
  std::vector<Quoted>& out_;
  const sections::Layout& layout_;
  bool open_ = false;
  Open cur_;
  std::uint32_t line_ = 0;
  std::uint32_t line_end_ = 0;
};

// Pairs single marks within one line: an opening mark takes the first closing mark
// within kMaxSingleQuoteBytes; a later opening mark replaces one still waiting.
void pair_singles(const std::vector<Candidate>& marks, std::uint32_t line,
                  std::vector<Quoted>& out) {
  const Candidate* pending = nullptr;
  for (const Candidate& m : marks) {
    if (pending && m.pos - pending->pos > kMaxSingleQuoteBytes) pending = nullptr;
    if (pending && m.can_close) {
      Quoted q;
      q.open = pending->pos;
      q.start = pending->pos + pending->len;
      q.end = m.pos;
      q.after = m.pos + m.len;
      q.first_line = line;
      q.single = true;
      if (q.end > q.start) out.push_back(q);
      pending = nullptr;
    } else if (m.can_open) {
      pending = &m;
    }
  }
}

// Keeps the outer pair where pairs nest; where they cross, the double pair wins.
std::vector<Quoted> merge(const std::vector<Quoted>& doubles, const std::vector<Quoted>& singles) {
  std::vector<bool> drop(doubles.size(), false);
  std::vector<Quoted> kept_singles;
  std::size_t j = 0;
  for (const Quoted& sq : singles) {
    while (j < doubles.size() && doubles[j].after <= sq.open) ++j;
    bool contains_all = true, overlaps = false;
    std::size_t k = j;
    for (; k < doubles.size() && doubles[k].open < sq.after; ++k) {
      overlaps = true;
      contains_all = contains_all && doubles[k].open >= sq.open && doubles[k].after <= sq.after;
    }
    if (!overlaps) {
      kept_singles.push_back(sq);
    } else if (contains_all) {
      for (std::size_t x = j; x < k; ++x) drop[x] = true;
      kept_singles.push_back(sq);
    }
  }
  std::vector<Quoted> all;
  all.reserve(doubles.size() + kept_singles.size());
  for (std::size_t i = 0; i < doubles.size(); ++i) {
    if (!drop[i]) all.push_back(doubles[i]);
  }
  const auto mid = all.insert(all.end(), kept_singles.begin(), kept_singles.end());
  std::inplace_merge(all.begin(), mid, all.end(),
                     [](const Quoted& a, const Quoted& b) { return a.open < b.open; });
  return all;
}

}  // namespace

std::vector<Quoted> pair_quotes(std::string_view s, const sections::Layout& layout) {
  std::vector<Quoted> doubles, singles;
  DoublePairer pairer(doubles, layout);
  std::vector<Candidate> single_marks;
  std::uint32_t ordinal = 0;
  std::uint32_t prev_index = 0;
  bool any = false;
  for (std::uint32_t li = 0; li < layout.lines.size(); ++li) {
    const sections::Line& line = layout.lines[li];
    if (line.shape == sections::LineShape::blank) continue;
    const bool follows_directly = any && li == prev_index + 1;
    std::size_t i = line.range.start + pairer.begin_line(s, line, li, ordinal, follows_directly);
    single_marks.clear();
    while (i < line.range.end) {
      if (!kMarkStart[static_cast<unsigned char>(s[i])]) {
        ++i;
        continue;
      }
      std::size_t len = 0;
      const Mark m = mark_at(s, i, &len);
      if (m == Mark::none) {
        ++i;
        continue;
      }
      const Around a = around(s, i, len, line.range.start, line.range.end);
      const auto pos = static_cast<std::uint32_t>(i);
      const auto n = static_cast<std::uint32_t>(len);
      if (m == Mark::dbl_open || m == Mark::dbl_close || m == Mark::dbl_straight) {
        Candidate c = double_mark(m, a, pos, n);
        // A space set between a closing single and the double ("'Well done,' \"").
        if (m != Mark::dbl_open && a.prev == Side::space && pos >= line.range.start + 2 &&
            (a.next == Side::edge || a.next == Side::space || a.next == Side::closing) &&
            (s[pos - 2] == '\'' ||
             (pos >= line.range.start + 4 && s.substr(pos - 4, 3) == "\u2019"))) {
          c.can_close = true;
          c.can_open = false;
        }
        pairer.mark(c, ordinal);
      } else {
        const Candidate c = single_mark(m, a, pos, n);
        if (c.can_open || c.can_close) single_marks.push_back(c);
      }
      i += len;
    }
    pair_singles(single_marks, li, singles);
    prev_index = li;
    any = true;
    ++ordinal;
  }
  pairer.finish();  // an unclosed quote is recorded before the next one opens: doubles are in order
  return merge(doubles, singles);
}

}  // namespace finlens::claims
