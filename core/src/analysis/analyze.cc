// The pipeline: text → layout → figures → one Analysis. Each stage reads only what
// the stage before it produced; this file converts stage results into the contract's
// types (ids, UTF-16 spans, sections).
#include <cstdio>
#include <string>

#include "figures/figures.h"
#include "finlens/analysis.h"
#include "sections/layout.h"
#include "text/text.h"

namespace finlens {
namespace {

std::string format_date(const std::chrono::year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

// Ids are a letter and a count ("f1", "c2"). Built with append, not operator+: g++ 12
// warns falsely (-Wrestrict) on "f" + std::to_string(n).
std::string make_id(char prefix, std::size_t n) {
  std::string id(1, prefix);
  id += std::to_string(n);
  return id;
}

void add_sections(const text::Text& t, const sections::Layout& layout, Analysis& a) {
  for (const auto& [kind, r] : layout.sections) {
    const Span sp = t.span(r.start, r.end);
    a.sections.push_back({kind, sp.start, sp.end});
  }
}

void add_figures(const text::Text& t, std::vector<figures::Found>& found, Analysis& a) {
  a.figures.reserve(found.size());
  for (auto& f : found) {
    Figure fig = std::move(f.figure);
    fig.id = make_id('f', a.figures.size() + 1);
    fig.span = t.span(f.start, f.end);
    a.figures.push_back(std::move(fig));
  }
}

}  // namespace

const char* version() { return FINLENS_VERSION; }

Analysis analyze(std::string_view input, const Options& options) {
  Analysis a;
  bool cut = false;
  const text::Text t = text::prepare(input, options.max_bytes, &cut);
  a.input.bytes = t.input_bytes;
  a.input.chars = t.utf16_size();
  if (t.had_invalid_utf8) {
    a.warnings.push_back({"invalid_utf8", "The input was not valid UTF-8; invalid bytes were replaced with U+FFFD.", {}});
  }
  if (cut) {
    a.warnings.push_back({"input_truncated",
                          "The input is longer than " + std::to_string(options.max_bytes) +
                              " bytes; only the first " + std::to_string(t.clean.size()) + " bytes were analyzed.",
                          {}});
  }

  std::optional<std::chrono::year_month_day> published;
  if (!options.date.empty()) {
    published = figures::parse_iso_date(options.date);
    if (!published) {
      a.warnings.push_back({"bad_date", "The publication date '" + options.date +
                                            "' is not a valid YYYY-MM-DD date; it was ignored.", {}});
    }
  }

  const sections::Layout layout = sections::split(t);
  add_sections(t, layout, a);

  figures::Result fr = figures::recognize(t, layout, published);
  if (fr.published) {
    Published p;
    p.date = format_date(*fr.published);
    p.source = fr.published_from_dateline ? "dateline" : "option";
    if (fr.published_from_dateline) p.span = t.span(layout.dateline->start, layout.dateline->end);
    a.published = p;
  }
  add_figures(t, fr.figures, a);
  return a;
}

}  // namespace finlens
