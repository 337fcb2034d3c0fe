// Internal to the companies stage: capitalized runs and the evidence that they name
// companies (candidates.cc), then the merge into entities (entities.cc).
#pragma once

#include <string>
#include <vector>

#include "companies/companies.h"
#include "names/gazetteer.h"

namespace finlens::companies {

struct Candidate {
  std::size_t first = 0, last = 0;  // word indices, inclusive; legal form included
  int known = -1;                   // gazetteer entry of a well-known company
  bool strong = false;  // evidence in the name itself or a ticker: counts even in headlines
  bool accepted = false;
  bool arm = false;  // its last word is a country after the firm's name ("Orvale Ghana")
  std::vector<Ticker> tickers;
  std::string native;            // a CJK name in brackets right after it
  std::string acronym;           // an acronym defined in brackets right after it ("TSMC", "GRA")
  std::vector<Mention> symbols;  // where its ticker symbols are written ("(NASDAQ: FB)")
  Ticker loose_ticker;           // "(WDC)": a bare symbol, kept when the name is accepted
  Mention loose_symbol;
  bool spelled = false;   // the bare symbol is spelled from the name ("Microsoft (MSFT)")
  int parent_known = -1;  // gazetteer entry of the company a unit is named after ("Alibaba Cloud")
  bool financial_hint = false;
};

struct Candidates {
  std::vector<Candidate> items;
  // per word: inside a ticker anchor ("(NYSE: BABA)"), whose exchange names no organization
  std::vector<bool> listing;
};

Candidates find_candidates(const names::Words& w, const people::Result& people);

// Words of a name that only say it is a company ("Group", "Holdings", "Motor"), as
// opposed to the words that name a unit of a company ("Cloud", "Pictures").
bool identity_word(std::string_view word);
bool unit_word(std::string_view word);
// Last words of the names of places and buildings ("Circle", "Stadium"): a firm's name
// before one names the place ("Kestrel Stadium"), not the firm.
bool place_head(std::string_view word);

}  // namespace finlens::companies
