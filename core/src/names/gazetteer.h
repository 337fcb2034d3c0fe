// Facts: well-known companies (with their type and other names) and well-known names
// that are not companies (places, governments, regulators, indexes, products,
// universities) or capitalized words that are never names on their own. The lists
// are data (companies/*.inc); rules elsewhere carry the weight, the lists back them.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "names/words.h"

namespace finlens::names {

enum class Known : char {
  company = 'c',
  media = 'm',
  financial = 'f',
  central_bank = 'b',
  exchange = 'e',
  government = 'g',
  regulator = 'r',
  body = 'o',  // association, union, think tank, industry body
  index = 'x',
  law = 'a',  // law, programme, initiative
  product = 'p',
  university = 'u',
  place = 'l',
  word = 'w',
};

// Commercial organizations: the contract's companies proper.
inline bool is_company_kind(Known k) {
  return k == Known::company || k == Known::media || k == Known::financial;
}
// Every organization the companies stage reports: firms, and the bodies that are not firms
// (central banks, exchanges, governments, regulators, associations), typed financial/other.
inline bool is_organization_kind(Known k) {
  return is_company_kind(k) || k == Known::central_bank || k == Known::exchange ||
         k == Known::government || k == Known::regulator || k == Known::body;
}

struct KnownEntry {
  Known kind;
  std::string formal;
};

class Gazetteer {
 public:
  static const Gazetteer& get();

  // The longest known name that starts at word i (words joined by single spaces).
  KnownHit longest_at(const Words& w, std::size_t i) const;
  const KnownEntry& entry(int i) const { return entries_[static_cast<std::size_t>(i)]; }
  // Whether a name (words joined by single spaces) is on either list.
  bool known(std::string_view name) const { return names_.count(std::string(name)) > 0; }
  // The entry of a known name (words joined by single spaces), or -1.
  int index_of(std::string_view name) const {
    auto it = names_.find(std::string(name));
    return it == names_.end() ? -1 : it->second;
  }
  // Whether a name is a known name of something that is not a company (a place, a product …).
  bool known_non_company(std::string_view name) const {
    auto it = names_.find(std::string(name));
    return it != names_.end() &&
           !is_company_kind(entries_[static_cast<std::size_t>(it->second)].kind);
  }
  // Whether a known name (by its key) is written with a final "'s" ("Moody's", "Standard &
  // Poor's"): there the ending is part of the name, not a possessive.
  bool written_with_s(const std::string& key) const { return with_s_.count(key) > 0; }
  // A capitalized word that is never a name on its own ("However", "Eyes", "Billion").
  bool common_word(std::string_view word) const;
  // A word that opens sentences and joins them ("The", "However", "After"), as opposed to
  // a capitalized noun that is no name alone but may be part of one ("Revenue").
  bool function_word(std::string_view word) const;
  // A common English first name ("Andy", "Jack").
  bool first_name(std::string_view word) const;

 private:
  Gazetteer();
  void add(const char* line);
  std::unordered_map<std::string, int> names_;
  std::unordered_set<std::string> with_s_;
  // Views into names_'s keys and kFunction: first word of a name → most words after it,
  // and the words that are never a name on their own ("The", "However", "Eyes").
  // (first_words_'s value: the most words in its low kMostBits bits; above them 1 + the
  // entry of the name that is the word alone, 0 for none. One number, not a struct:
  // one map type less in the wasm module.)
  static constexpr int kMostBits = 16;
  std::unordered_map<std::string_view, std::size_t> first_words_;
  std::unordered_set<std::string_view>
      function_words_;  // first word of a name → most words after it
  // util::word_shape of function_words_: most words are answered without a hash
  std::bitset<256 * 32> function_shapes_{};
  std::unordered_set<std::string_view> first_names_;
  std::vector<KnownEntry> entries_;
  std::size_t max_words_ = 1;
  // The first two bytes of some known name (the second 0 for a one-byte word): a word
  // starting otherwise ("the", "said", "in") needs no hash lookup.
  std::bitset<65536> starts_{};
  static std::size_t start_of(std::string_view w) {
    const auto b0 = static_cast<unsigned char>(w[0]);
    const auto b1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    return (static_cast<std::size_t>(b0) << 8) | b1;
  }
};

// A word of an ALL-CAPS headline as prose writes it: "HOLDING" → "Holding" (in `buf`).
// A word with lower-case letters, or of one letter, is returned as it is.
std::string_view as_prose(std::string_view word, std::string& buf);

// Name words that end a company name as its legal form ("Inc", "Ltd", "S.A.").
bool legal_form(std::string_view word);
// Words that make a capitalized run read as a company ("Group", "Technology", "Motor").
bool corporate_word(std::string_view word);
// Last words of bodies that are not firms ("Authority", "Ministry", "Association").
bool org_head(std::string_view word);
// "Australian", "Federal": adjectives that open the names of national bodies.
bool demonym(std::string_view word);
// What a body deals with ("Commerce", "Industry"): such a word carries a name past "and".
bool domain_word(std::string_view word);

}  // namespace finlens::names
