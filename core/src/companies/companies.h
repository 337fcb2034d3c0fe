// Stage 3d: companies. Capitalized runs become companies on evidence news text gives:
// a legal form ("Ltd", "Inc"), a corporate word ("Technology", "Group"), a ticker
// anchor ("(NYSE: BABA; HKG: 9988)"), a role noun in apposition ("start-up DeepSeek",
// "Kunlunxin, Baidu's AI chip subsidiary"), a context that takes companies ("shares of
// X", "X's stock"), membership in a list with companies, or a well-known name. Then the
// names of one company are merged (short forms, acronyms, names in brackets, "also
// known as"), typed (company / media / financial) and given parents where the text says.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "finlens/analysis.h"
#include "names/words.h"
#include "people/people.h"

namespace finlens::companies {

struct Mention {
  std::uint32_t start = 0;  // norm bytes, the name without a possessive ending
  std::uint32_t end = 0;
};

struct Entity {
  std::string name;  // fullest form seen
  std::vector<std::string> aliases;
  std::vector<Ticker> tickers;
  CompanyType type = CompanyType::company;
  std::vector<Mention> mentions;  // sorted
  int parent = -1;                // index into the result
  bool known = false;             // a well-known company: its type is known too
  bool venue = false;             // an exchange: where shares trade ("on the Hong Kong Exchange")
};

// Whether a figure in a sentence can be about this organization: not a news outlet that
// reports it, nor an exchange that its shares trade on.
inline bool figure_subject(const Entity& e) { return e.type != CompanyType::media && !e.venue; }

std::vector<Entity> find(const names::Words& words, const people::Result& people);

// Which company a stretch of text names: every mention, sorted, searched in log time.
class MentionIndex {
 public:
  explicit MentionIndex(const std::vector<Entity>& entities);
  // The company whose mention overlaps [start, end), or -1.
  int at(std::uint32_t start, std::uint32_t end) const;
  // Calls f(entity) for each mention lying inside [start, end).
  template <class F>
  void each_inside(std::uint32_t start, std::uint32_t end, F&& f) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), start,
                               [](const Item& x, std::uint32_t v) { return x.start < v; });
    for (; it != items_.end() && it->start < end; ++it) {
      if (it->end <= end) f(it->entity);
    }
  }

 private:
  struct Item {
    std::uint32_t start, end;
    int entity;
  };
  std::vector<Item> items_;  // sorted by start; mentions never overlap each other
};

// "(NYSE: BABA; HKG: 9988)", "(NASDAQ:BIDU)", "(0700.HK)" right at `pos` (spaces
// skipped): the tickers, exchanges normalized, and the end of the bracket; `symbols` (when
// given) gets where each symbol is written, a mention of the company it stands for.
std::vector<Ticker> tickers_at(std::string_view s, std::uint32_t pos, std::uint32_t* end,
                               std::vector<Mention>* symbols = nullptr);
// "HKG" → "HKEX", "Nasdaq" → "NASDAQ"; empty when it is no exchange.
std::string exchange_code(std::string_view written);

}  // namespace finlens::companies
