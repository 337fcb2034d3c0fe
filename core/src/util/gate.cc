#include "util/gate.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "util/swar.h"

namespace finlens::util {
namespace {

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }
int index_of(char c) { return letter(c) ? lower(c) - 'a' + 1 : 0; }

// Whether `needle` stands at s[p]: as written when it has a capital ("May", "Q"), else in
// any case ("quarter" finds "Quarter").
bool stands_at(std::string_view s, std::size_t p, std::string_view needle, bool exact) {
  if (s.size() - p < needle.size()) return false;
  for (std::size_t i = 0; i < needle.size(); ++i) {
    const char c = exact ? s[p + i] : lower(s[p + i]);
    if (c != needle[i]) return false;
  }
  return true;
}

// The bytes of w that are no ASCII letter, as their high bits: a byte is a letter when,
// folded to lower case (| 0x20, which keeps it below 0x80), it is from 'a' to 'z'.
std::uint64_t non_letters(std::uint64_t w) {
  const std::uint64_t x = w | (kOnes * 0x20);
  const std::uint64_t from_a = (x & ~kHighs) + kOnes * (0x80 - 'a');      // high bit: >= 'a'
  const std::uint64_t past_z = (x & ~kHighs) + kOnes * (0x80 - 'z' - 1);  // high bit: > 'z'
  return ~(from_a & ~past_z & ~w) & kHighs;
}

// Past the ASCII letters from p, to at most `end`.
std::size_t skip_letters(std::string_view s, std::size_t p, std::size_t end) {
  while (end - p >= 8) {
    const std::uint64_t stop = non_letters(word_at(s.data() + p));
    if (stop != 0) return p + static_cast<std::size_t>(std::countr_zero(stop) / 8);
    p += 8;
  }
  while (p < end && letter(s[p])) ++p;
  return p;
}

bool has_capital(std::string_view w) {
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// Whether what follows a whole-word needle, at `end`, lets it count.
bool ends_word(std::string_view s, std::size_t end, const std::string& after) {
  if (end >= s.size() || !letter(s[end])) return true;
  return after.find(lower(s[end])) != std::string::npos;
}

}  // namespace

bool Needles::Word::at(std::string_view s, std::size_t p) const {
  // a needle longer than the rest of the text: the tail loop below would read past it
  if (s.size() - p < 8 || s.size() - p < text.size()) return stands_at(s, p, text, exact);
  if (((word_at(s.data() + p) | fold) & mask) != head) return false;
  for (std::size_t i = 8; i < text.size(); ++i) {
    if ((exact ? s[p + i] : lower(s[p + i])) != text[i]) return false;
  }
  return true;
}

int Needles::bucket(char a, char b) { return index_of(a) * 27 + index_of(b); }

int Needles::add(std::span<const std::string_view> group) { return add_group(group, {}); }

int Needles::add_group(std::span<const std::string_view> group, const Word& kind) {
  const int id = groups_++;
  const std::uint64_t bit = std::uint64_t{1} << id;
  for (std::string_view w : group) {
    const auto first = static_cast<unsigned char>(w[0]);
    if (letter(w[0])) {
      Word word = kind;
      word.text = std::string(w);
      word.exact = has_capital(w);
      word.bit = bit;
      if (word.kept >= 0) word.kept = id;
      add_word(std::move(word));
      continue;
    }
    quiet_[first] = false;
    if (w.size() == 1) {
      bytes_[first] |= bit;
      if (kind.kept >= 0) kept_bytes_[first] |= bit;
    } else {
      Word sequence;
      sequence.text = std::string(w);
      sequence.exact = true;
      sequence.bit = bit;
      sequence.kept = kind.kept >= 0 ? id : -1;
      sequences_.push_back(std::move(sequence));
      sequence_start_[first] = true;
    }
  }
  return id;
}

void Needles::add_word(Word w) {
  const std::string_view t = w.text;
  std::array<char, 8> head{}, fold{}, mask{};
  for (std::size_t i = 0; i < std::min<std::size_t>(t.size(), 8); ++i) {
    head[i] = t[i];
    mask[i] = static_cast<char>(0xFF);
    if (!w.exact && letter(t[i])) fold[i] = 0x20;
  }
  w.head = word_at(head.data());
  w.fold = word_at(fold.data());
  w.mask = word_at(mask.data());
  const bool two = t.size() > 1 && letter(t[1]);
  Bucket& b = by_start_[static_cast<std::size_t>(bucket(t[0], two ? t[1] : '\0'))];
  // the byte after the start: t[2] after two letters, t[1] after one; a word that ends
  // there takes any byte, or as a whole word only no letter or one of its `after`
  const std::size_t k = two ? 2 : 1;
  if (t.size() > k) {
    b.next |= std::uint32_t{1} << index_of(t[k]);
  } else if (!w.whole) {
    b.next = ~std::uint32_t{0};
  } else {
    b.next |= 1;
    for (const char c : w.after) b.next |= std::uint32_t{1} << index_of(c);
  }
  b.words.push_back(std::move(w));
}

// index_of for every byte: 1-26 a letter in any case, 0 anything else.
constexpr std::array<std::uint8_t, 256> kLetterIndex = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 26; ++c) {
    t[static_cast<std::size_t>('a' + c)] = static_cast<std::uint8_t>(c + 1);
    t[static_cast<std::size_t>('A' + c)] = static_cast<std::uint8_t>(c + 1);
  }
  return t;
}();

int Needles::add_words(std::span<const std::string_view> group, std::string_view letters_after) {
  Word kind;
  kind.whole = true;
  kind.after = std::string(letters_after);
  return add_group(group, kind);
}

int Needles::add_starts(std::span<const std::string_view> group, std::string_view letters_after) {
  Word kind;
  kind.whole = true;
  kind.after = std::string(letters_after);
  kind.kept = 0;  // any group number: add_group puts the group's own
  return add_group(group, kind);
}

Gate::Gate(std::string_view text, const Needles& needles)
    : text_(text), starts_(static_cast<std::size_t>(needles.groups_)) {
  const auto index = [&](std::size_t p) {
    return std::size_t{kLetterIndex[static_cast<unsigned char>(text[p])]};
  };
  // k: the bytes of the start (two letters or one)
  const auto check = [&](std::size_t p, std::size_t bucket, std::size_t k, std::uint64_t& mask) {
    const Needles::Bucket& b = needles.by_start_[bucket];
    const std::size_t next = p + k < text.size() ? index(p + k) : 0;
    if ((b.next >> next & 1) == 0) return;
    for (const Needles::Word& w : b.words) {
      // a line's first hit of a group settles its mask; a kept group's every hit counts
      if ((mask & w.bit) != 0 && w.kept < 0) continue;
      if (!w.at(text, p) || (w.whole && !ends_word(text, p + w.text.size(), w.after))) continue;
      mask |= w.bit;
      if (w.kept >= 0)
        starts_[static_cast<std::size_t>(w.kept)].push_back(static_cast<std::uint32_t>(p));
    }
  };
  std::size_t start = 0;
  while (true) {
    const void* nl = std::memchr(text.data() + start, '\n', text.size() - start);
    const std::size_t end =
        nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    std::uint64_t mask = 0;
    std::size_t p = start;
    while (p < end) {
      if (needles.quiet_[static_cast<unsigned char>(text[p])]) {
        ++p;
        continue;
      }
      const std::size_t a = index(p);
      if (a == 0) {  // punctuation needles match anywhere
        const bool digit = text[p] >= '0' && text[p] <= '9';
        const std::size_t run = p;
        do {
          const auto byte = static_cast<unsigned char>(text[p]);
          mask |= needles.bytes_[byte];
          for (std::uint64_t kept = needles.kept_bytes_[byte]; kept != 0; kept &= kept - 1)
            starts_[static_cast<std::size_t>(std::countr_zero(kept))].push_back(
                static_cast<std::uint32_t>(p));
          if (needles.sequence_start_[byte]) {
            for (const Needles::Word& w : needles.sequences_) {
              if (!stands_at(text, p, w.text, true)) continue;
              mask |= w.bit;
              if (w.kept >= 0)
                starts_[static_cast<std::size_t>(w.kept)].push_back(static_cast<std::uint32_t>(p));
            }
          }
          ++p;
        } while (digit && p < end && text[p] >= '0' && text[p] <= '9');
        if (digit)
          digit_runs_.push_back({static_cast<std::uint32_t>(run), static_cast<std::uint32_t>(p)});
        continue;
      }
      // a word start (the byte before is no letter): the needles of its first two letters,
      // and of its first letter alone ("Q4", "H1")
      const std::size_t b = p + 1 < text.size() ? index(p + 1) : 0;
      check(p, a * 27 + b, b != 0 ? 2 : 1, mask);
      if (b != 0) check(p, a * 27, 1, mask);
      // the rest of the word's letters hold no word start
      p = skip_letters(text, p + 1, end);
    }
    lines_.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    masks_.push_back(mask);
    if (end == text.size()) break;
    start = end + 1;
  }
}

std::vector<LineRange> Gate::lines(int group) const {
  const std::uint64_t bit = std::uint64_t{1} << group;
  std::vector<LineRange> out;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (masks_[i] & bit) out.push_back(lines_[i]);
  }
  return out;
}

std::vector<LineRange> Gate::lines(int group, int before, int after) const {
  const std::uint64_t bit = std::uint64_t{1} << group;
  const std::size_t n = lines_.size();
  std::vector<LineRange> out;
  std::size_t covered = 0;  // lines before this index are in `out` already
  for (std::size_t i = 0; i < n; ++i) {
    if ((masks_[i] & bit) == 0) continue;
    const std::size_t from = std::max(i - std::min<std::size_t>(i, before), covered);
    const std::size_t to = std::min(n - 1, i + static_cast<std::size_t>(after));
    if (to < covered) continue;  // inside the range before it
    if (from == covered && !out.empty())
      out.back().end = lines_[to].end;  // joins the range before it
    else
      out.push_back({lines_[from].start, lines_[to].end});
    covered = to + 1;
  }
  return out;
}

}  // namespace finlens::util
