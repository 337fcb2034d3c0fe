// The pipeline: text → layout → figures → one Analysis. Each stage reads only what
// the stage before it produced; this file converts stage results into the contract's
// types (ids, UTF-16 spans, sections).
#include <algorithm>
#include <cstdio>
#include <string>

#include "claims/claims.h"
#include "companies/companies.h"
#include "figures/figures.h"
#include "finlens/analysis.h"
#include "link/facts.h"
#include "link/figures_link.h"
#include "names/words.h"
#include "people/people.h"
#include "sections/layout.h"
#include "text/text.h"

namespace finlens {
namespace {

std::string format_date(const std::chrono::year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
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

// A section for an entity: article unless every mention lies outside the article.
template <class M>
SectionKind entity_section(const sections::Layout& layout, const std::vector<M>& mentions) {
  SectionKind outside = SectionKind::headlines;
  for (const M& m : mentions) {
    const SectionKind k = layout.section_at(m.start);
    if (k == SectionKind::article) return k;
    outside = k;
  }
  return outside;
}

bool financial_role(const std::string& title) {
  for (const char* w : {"investment", "analyst", "portfolio", "fund", "equity", "strategist",
                        "economist", "banker"}) {
    if (title.find(w) != std::string::npos) return true;
  }
  return false;
}

void add_companies(const text::Text& t, const sections::Layout& layout,
                   std::vector<companies::Entity>& found, Analysis& a) {
  for (std::size_t i = 0; i < found.size(); ++i) {
    companies::Entity& e = found[i];
    Company c;
    c.id = make_id('c', i + 1);
    c.name = std::move(e.name);
    c.aliases = std::move(e.aliases);
    c.tickers = std::move(e.tickers);
    c.type = e.type;
    for (const auto& m : e.mentions) c.mentions.push_back(t.span(m.start, m.end));
    c.section = entity_section(layout, e.mentions);
    if (e.parent >= 0) c.parent = make_id('c', static_cast<std::size_t>(e.parent) + 1);
    a.companies.push_back(std::move(c));
  }
}

void add_people(const text::Text& t, const sections::Layout& layout, people::Result& found,
                const std::vector<companies::Entity>& firms, Analysis& a) {
  const companies::MentionIndex index(firms);
  for (std::size_t i = 0; i < found.people.size(); ++i) {
    people::Person& p = found.people[i];
    Person out;
    out.id = make_id('p', i + 1);
    out.name = std::move(p.name);
    out.aliases = std::move(p.aliases);
    for (const auto& m : p.mentions) out.mentions.push_back(t.span(m.start, m.end));
    out.section = entity_section(layout, p.mentions);
    for (const auto& r : p.roles) {
      Role role{r.title, {}};
      const int c = r.organization.end > r.organization.start
                        ? index.at(r.organization.start, r.organization.end)
                        : -1;
      if (c >= 0) {
        role.company = make_id('c', static_cast<std::size_t>(c) + 1);
        // "investment director at Solomons Group": the employer is a financial firm
        auto& firm = a.companies[static_cast<std::size_t>(c)];
        if (firm.type == CompanyType::company && financial_role(r.title) &&
            !firms[static_cast<std::size_t>(c)].known)
          firm.type = CompanyType::financial;
      }
      const bool seen = std::any_of(out.roles.begin(), out.roles.end(), [&](const Role& x) {
        return x.title == role.title && x.company == role.company;
      });
      if (!seen) out.roles.push_back(role);
    }
    a.people.push_back(std::move(out));
  }
}

void add_facts(const text::Text& t, const std::vector<figures::Found>& found,
               const std::vector<link::FactFound>& facts, Analysis& a) {
  auto id = [](int i) {
    return i >= 0 ? make_id('f', static_cast<std::size_t>(i) + 1) : std::string();
  };
  for (const auto& f : facts) {
    Fact out;
    if (f.company >= 0) out.company = make_id('c', static_cast<std::size_t>(f.company) + 1);
    out.metric = f.metric;
    out.change = id(f.change);
    out.level = id(f.level);
    out.date = id(f.date);
    if (f.level >= 0) out.currency = found[static_cast<std::size_t>(f.level)].figure.currency;
    for (int i : f.figures) out.figures.push_back(id(i));
    out.sentence = t.span(f.sentence.start, f.sentence.end);
    a.facts.push_back(std::move(out));
  }
}

void add_figures(const text::Text& t, std::vector<figures::Found>& found,
                 const std::vector<link::FigureLink>& links, Analysis& a) {
  a.figures.reserve(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    figures::Found& f = found[i];
    Figure& fig = a.figures.emplace_back();
    figures::move_into(fig, std::move(f.figure));
    fig.id = make_id('f', a.figures.size());
    fig.span = t.span(f.start, f.end);
    const link::FigureLink& l = links[i];
    if (l.company >= 0) fig.company = make_id('c', static_cast<std::size_t>(l.company) + 1);
    fig.metric = l.metric;
    fig.direction = l.direction;
    if (l.equals >= 0) fig.equals = make_id('f', static_cast<std::size_t>(l.equals) + 1);
    fig.period = l.period;
    fig.index = l.index;
    if (l.when >= 0) fig.when = make_id('f', static_cast<std::size_t>(l.when) + 1);
  }
}

// The first person (in the order found) with a mention overlapping [start, end) of the
// normalized text, or -1. Mentions sorted by start: a mention overlapping the span starts
// before its end and less than the longest mention before its start, so a look reads a
// few of them, not every mention of every person (a long text has thousands of people
// and of claims).
class PersonIndex {
 public:
  explicit PersonIndex(const people::Result& found) {
    for (std::size_t i = 0; i < found.people.size(); ++i) {
      for (const auto& m : found.people[i].mentions) {
        mentions_.push_back({m.start, m.end, static_cast<int>(i)});
        longest_ = std::max(longest_, m.end > m.start ? m.end - m.start : 0u);
      }
    }
    std::sort(mentions_.begin(), mentions_.end(),
              [](const Mention& a, const Mention& b) { return a.start < b.start; });
  }
  int at(std::uint32_t start, std::uint32_t end) const {
    const std::uint32_t from = start > longest_ ? start - longest_ : 0;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), from,
                               [](const Mention& m, std::uint32_t p) { return m.start < p; });
    int best = -1;
    for (; it != mentions_.end() && it->start < end; ++it) {
      if (start < it->end && (best < 0 || it->person < best)) best = it->person;
    }
    return best;
  }

 private:
  struct Mention {
    std::uint32_t start, end;
    int person;
  };
  std::vector<Mention> mentions_;
  std::uint32_t longest_ = 0;
};

// Claims with their sources and what they are about linked to the companies and people
// found: the source's span names a person or a company; the companies named inside the
// claim are what it is about.
void add_claims(const text::Text& t, const sections::Layout& layout,
                std::vector<claims::Found>& found, const std::vector<companies::Entity>& firms,
                const people::Result& people_found, Analysis& a) {
  const companies::MentionIndex index(firms);
  const PersonIndex people_index(people_found);
  for (claims::Found& f : found) {
    if (f.source_name.empty()) continue;
    Claim c;
    c.id = make_id('q', a.claims.size() + 1);
    c.kind = f.kind;
    c.span = t.span(f.start, f.end);
    ClaimSource src;
    src.name = std::move(f.source_name);
    src.role = std::move(f.role);
    int source_firm = -1;
    if (f.source_end > f.source_start) {
      const int p = people_index.at(f.source_start, f.source_end);
      if (p >= 0) src.person = make_id('p', static_cast<std::size_t>(p) + 1);
      source_firm = index.at(f.source_start, f.source_end);
      // "JPMorgan Chase & Co analysts including Alex Yao": both a person and a company
      if (source_firm >= 0) src.company = make_id('c', static_cast<std::size_t>(source_firm) + 1);
    }
    c.source = std::move(src);
    c.cue = std::move(f.cue);
    c.hedged = f.hedged;
    c.hedges = std::move(f.hedges);
    c.section = layout.section_at(f.start);
    index.each_inside(f.start, f.end, [&](int e) {
      const std::string id = make_id('c', static_cast<std::size_t>(e) + 1);
      if (e != source_firm &&
          std::find(c.companies.begin(), c.companies.end(), id) == c.companies.end())
        c.companies.push_back(id);
    });
    auto fig =
        std::lower_bound(a.figures.begin(), a.figures.end(), c.span.start,
                         [](const Figure& x, std::uint32_t pos) { return x.span.start < pos; });
    for (; fig != a.figures.end() && fig->span.start < c.span.end; ++fig) {
      if (fig->span.end <= c.span.end) c.figures.push_back(fig->id);
    }
    a.claims.push_back(std::move(c));
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
    a.warnings.push_back({"invalid_utf8",
                          "The input was not valid UTF-8; invalid bytes were replaced with U+FFFD.",
                          {}});
  }
  if (cut) {
    a.warnings.push_back({"input_truncated",
                          "The input is longer than " + std::to_string(options.max_bytes) +
                              " bytes; only the first " + std::to_string(t.clean.size()) +
                              " bytes were analyzed.",
                          {}});
  }

  if (t.not_text) {
    // a PDF, an image, an archive or random bytes: reading it as words finds garbage
    a.warnings.push_back({"not_text",
                          "The input does not read as text (it looks like a binary file such as "
                          "a PDF, an image or an archive); nothing was analyzed.",
                          {}});
    return a;
  }

  std::optional<std::chrono::year_month_day> published;
  if (!options.date.empty()) {
    published = figures::parse_iso_date(options.date);
    if (!published) {
      a.warnings.push_back({"bad_date",
                            "The publication date '" + options.date +
                                "' is not a valid YYYY-MM-DD date; it was ignored.",
                            {}});
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
  const names::Words words = names::split_words(t, layout);
  people::Result people_found = people::find(words);
  std::vector<companies::Entity> firms = companies::find(words, people_found);
  std::vector<link::FigureLink> links = link::link_figures(words, fr.figures, firms, layout);
  std::vector<link::CheckFound> checks;
  link::find_restatements(t.norm, fr.figures, links, checks,
                          fr.published ? static_cast<int>(fr.published->year()) : 0);
  const std::vector<link::FactFound> facts = link::group_facts(t.norm, fr.figures, links, layout);
  link::check_consistency(words, fr.figures, links, firms, facts, checks);
  add_facts(t, fr.figures, facts, a);
  for (const auto& c : checks) a.warnings.push_back({c.code, c.message, t.span(c.start, c.end)});

  add_figures(t, fr.figures, links, a);
  std::vector<claims::Found> statements = claims::find(t, layout);
  add_claims(t, layout, statements, firms, people_found, a);
  add_companies(t, layout, firms, a);
  add_people(t, layout, people_found, firms, a);
  return a;
}

}  // namespace finlens
