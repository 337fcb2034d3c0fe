// Stage 4a: what each figure measures. For a figure, the words of its sentence say the
// metric ("shares jumped 4.8%" → price_change, "a 26% revenue growth" → revenue_growth,
// "$3.2 billion bond raise" → fundraising), the direction ("jumped", "cutting") and the
// company: the one a headline is about, the one named right after ("7.7 percent at
// Baidu"), the nearest one before it in the sentence, or, for "its"/"the company"/"the
// stock", the article's main company. A move of a market index ("the Nikkei fell 2.1%",
// "lost 412.30 points to 7,021.40") is an index_change of no company, with the index's name.
#pragma once

#include <string>
#include <vector>

#include "companies/companies.h"
#include "figures/figures.h"
#include "names/words.h"
#include "sections/layout.h"

namespace finlens::link {

struct FigureLink {
  int company = -1;  // index into the companies
  std::string metric;
  Direction direction = Direction::none;
  int equals = -1;  // index of the figure this one restates in another currency
  std::string
      period;     // "year-to-date", "since hitting a 2025 low on Jan. 13", "in the latest quarter"
  int when = -1;  // index of the date figure of its statement ("on Wednesday")
  std::string index;  // the market index an index move or level is of ("Nikkei 225")
};

std::vector<FigureLink> link_figures(const names::Words& words,
                                     const std::vector<figures::Found>& figures,
                                     const std::vector<companies::Entity>& companies,
                                     const sections::Layout& layout);

}  // namespace finlens::link
