// Stage 4b: statements and checks over the linked figures.
//  - restatements: "380 billion yuan ($53 billion)" — the second equals the first;
//  - facts: the figures of one statement grouped ("Alibaba · share price · +4.8% →
//    HK$160.10 · Wednesday");
//  - consistency checks that become warnings with spans.
#pragma once

#include <string>
#include <vector>

#include "companies/companies.h"
#include "figures/figures.h"
#include "link/figures_link.h"
#include "names/words.h"
#include "sections/layout.h"

namespace finlens::link {

struct FactFound {
  int company = -1;
  std::string metric;
  int change = -1;  // figure index of the move
  int level = -1;   // figure index of the level reached
  int from = -1;    // figure index of the level it moved from ("from $90")
  int date = -1;    // figure index of the date
  std::vector<int> figures;
  sections::Range sentence;
};

struct CheckFound {
  std::string code;
  std::string message;
  std::uint32_t start = 0, end = 0;  // norm bytes
};

// Sets FigureLink::equals for money figures restated in brackets; warns on a rate far
// from any plausible exchange rate of the article's year (`year`: its publication year,
// 0 when unknown, and then it says nothing).
void find_restatements(std::string_view text, const std::vector<figures::Found>& figs,
                       std::vector<FigureLink>& links, std::vector<CheckFound>& warnings, int year);

std::vector<FactFound> group_facts(std::string_view text, const std::vector<figures::Found>& figs,
                                   const std::vector<FigureLink>& links,
                                   const sections::Layout& layout);

// Moves that do not add up, share prices far from the company's others, and units
// credited to another parent than the text gave them.
void check_consistency(const names::Words& words, const std::vector<figures::Found>& figs,
                       const std::vector<FigureLink>& links,
                       const std::vector<companies::Entity>& firms,
                       const std::vector<FactFound>& facts, std::vector<CheckFound>& warnings);

}  // namespace finlens::link
