// finlens/1 as JSON. nlohmann::json keeps object keys sorted, so native and wasm print
// the same bytes for the same analysis.
#include "finlens/json.h"

#include <nlohmann/json.hpp>

namespace finlens {
namespace {

using nlohmann::json;

const char* name(SectionKind k) {
  switch (k) {
    case SectionKind::article:
      return "article";
    case SectionKind::headlines:
      return "headlines";
    case SectionKind::boilerplate:
      return "boilerplate";
  }
  return "article";
}

const char* name(FigureKind k) {
  switch (k) {
    case FigureKind::money:
      return "money";
    case FigureKind::percent:
      return "percent";
    case FigureKind::percentage_point:
      return "percentage_point";
    case FigureKind::number:
      return "number";
    case FigureKind::date:
      return "date";
    case FigureKind::time:
      return "time";
    case FigureKind::duration:
      return "duration";
  }
  return "number";
}

const char* name(CompanyType k) {
  switch (k) {
    case CompanyType::company:
      return "company";
    case CompanyType::media:
      return "media";
    case CompanyType::financial:
      return "financial";
    case CompanyType::other:
      return "other";
  }
  return "other";
}

const char* name(ClaimKind k) {
  switch (k) {
    case ClaimKind::quote:
      return "quote";
    case ClaimKind::reported:
      return "reported";
    case ClaimKind::assertion:
      return "assertion";
  }
  return "assertion";
}

const char* weekday_name(int w) {
  static const char* kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};
  return w >= 0 && w < 7 ? kNames[w] : "";
}

void put_span(json& j, const Span& s) {
  j["start"] = s.start;
  j["end"] = s.end;
  j["text"] = s.text;
}

json span_json(const Span& s) {
  json j = json::object();
  put_span(j, s);
  return j;
}

json to_json(const Figure& f) {
  json j = json::object();
  j["id"] = f.id;
  j["kind"] = name(f.kind);
  put_span(j, f.span);
  if (f.value) j["value"] = *f.value;
  if (f.value_max) j["value_max"] = *f.value_max;
  if (!f.currency.empty()) j["currency"] = f.currency;
  if (!f.unit.empty()) j["unit"] = f.unit;
  if (f.date) {
    const DateValue& d = *f.date;
    if (!d.iso.empty()) j["date"] = d.iso;
    if (d.month) j["month"] = d.month;
    if (d.day) j["day"] = d.day;
    if (d.quarter) j["quarter"] = d.quarter;
    if (d.weekday >= 0) j["weekday"] = weekday_name(d.weekday);
    if (d.relative) j["relative"] = true;
    if (!d.qualifier.empty()) j["qualifier"] = d.qualifier;
  }
  if (!f.time.empty()) j["time"] = f.time;
  if (!f.timezone.empty()) j["timezone"] = f.timezone;
  if (!f.duration.empty()) j["duration"] = f.duration;
  if (f.approximate) j["approximate"] = true;
  if (!f.qualifier.empty()) j["qualifier"] = f.qualifier;
  if (!f.company.empty()) j["company"] = f.company;
  if (!f.metric.empty()) j["metric"] = f.metric;
  if (f.direction != Direction::none) j["direction"] = f.direction == Direction::up ? "up" : "down";
  if (!f.equals.empty()) j["equals"] = f.equals;
  if (!f.period.empty()) j["period"] = f.period;
  if (!f.when.empty()) j["when"] = f.when;
  j["section"] = name(f.section);
  return j;
}

json to_json(const Company& c) {
  json j = json::object();
  j["id"] = c.id;
  j["name"] = c.name;
  j["aliases"] = c.aliases;
  json tickers = json::array();
  for (const Ticker& t : c.tickers)
    tickers.push_back({{"exchange", t.exchange}, {"symbol", t.symbol}});
  j["tickers"] = tickers;
  j["type"] = name(c.type);
  json mentions = json::array();
  for (const Span& m : c.mentions) mentions.push_back(span_json(m));
  j["mentions"] = mentions;
  j["section"] = name(c.section);
  if (!c.parent.empty()) j["parent"] = c.parent;
  return j;
}

json to_json(const Person& p) {
  json j = json::object();
  j["id"] = p.id;
  j["name"] = p.name;
  j["aliases"] = p.aliases;
  json roles = json::array();
  for (const Role& r : p.roles) {
    json rj = {{"title", r.title}};
    if (!r.company.empty()) rj["company"] = r.company;
    roles.push_back(rj);
  }
  j["roles"] = roles;
  json mentions = json::array();
  for (const Span& m : p.mentions) mentions.push_back(span_json(m));
  j["mentions"] = mentions;
  j["section"] = name(p.section);
  return j;
}

json to_json(const Claim& c) {
  json j = json::object();
  j["id"] = c.id;
  j["kind"] = name(c.kind);
  put_span(j, c.span);
  if (c.source) {
    json s = {{"name", c.source->name}};
    if (!c.source->person.empty()) s["person"] = c.source->person;
    if (!c.source->company.empty()) s["company"] = c.source->company;
    if (!c.source->role.empty()) s["role"] = c.source->role;
    j["source"] = s;
  } else {
    j["source"] = nullptr;
  }
  if (!c.cue.empty()) j["cue"] = c.cue;
  j["hedged"] = c.hedged;
  j["hedges"] = c.hedges;
  j["companies"] = c.companies;
  j["figures"] = c.figures;
  j["section"] = name(c.section);
  return j;
}

json to_json(const Fact& f) {
  json j = json::object();
  if (!f.company.empty()) j["company"] = f.company;
  j["metric"] = f.metric;
  if (!f.change.empty()) j["change"] = f.change;
  if (!f.level.empty()) j["level"] = f.level;
  if (!f.currency.empty()) j["currency"] = f.currency;
  if (!f.date.empty()) j["date"] = f.date;
  j["figures"] = f.figures;
  j["sentence"] = span_json(f.sentence);
  return j;
}

template <class T>
json array_of(const std::vector<T>& items) {
  json a = json::array();
  for (const T& x : items) a.push_back(to_json(x));
  return a;
}

json analysis_json(const Analysis& a) {
  json j = json::object();
  j["schema"] = kSchema;
  j["input"] = {{"chars", a.input.chars}, {"bytes", a.input.bytes}};
  if (a.published) {
    json p = {{"date", a.published->date}, {"source", a.published->source}};
    if (a.published->span) p["span"] = span_json(*a.published->span);
    j["published"] = p;
  }
  json sections = json::array();
  for (const Section& s : a.sections)
    sections.push_back({{"kind", name(s.kind)}, {"start", s.start}, {"end", s.end}});
  j["sections"] = sections;
  j["companies"] = array_of(a.companies);
  j["people"] = array_of(a.people);
  j["figures"] = array_of(a.figures);
  j["claims"] = array_of(a.claims);
  j["facts"] = array_of(a.facts);
  json warnings = json::array();
  for (const Warning& w : a.warnings) {
    json wj = {{"code", w.code}, {"message", w.message}};
    if (w.span) wj["span"] = span_json(*w.span);
    warnings.push_back(wj);
  }
  j["warnings"] = warnings;
  return j;
}

json ref_json(const ArticleRef& r) { return {{"article", r.article}, {"id", r.id}}; }

json collection_json(const Collection& c) {
  json articles = json::array();
  for (std::size_t i = 0; i < c.articles.size(); ++i) {
    articles.push_back({{"id", c.ids[i]}, {"analysis", analysis_json(c.articles[i])}});
  }
  json companies = json::array();
  for (const MergedCompany& m : c.companies) {
    json tickers = json::array();
    for (const Ticker& t : m.tickers)
      tickers.push_back({{"exchange", t.exchange}, {"symbol", t.symbol}});
    json refs = json::array();
    for (const auto& r : m.companies) refs.push_back(ref_json(r));
    companies.push_back({{"id", m.id},
                         {"name", m.name},
                         {"aliases", m.aliases},
                         {"tickers", tickers},
                         {"type", name(m.type)},
                         {"companies", refs}});
  }
  json comparisons = json::array();
  for (const Comparison& cmp : c.comparisons) {
    json figures = json::array();
    for (const ComparedFigure& f : cmp.figures) {
      json fj = {{"figure", ref_json(f.figure)},
                 {"text", f.text},
                 {"value", f.value},
                 {"outlier", f.outlier}};
      if (!f.currency.empty()) fj["currency"] = f.currency;
      if (f.usd) fj["usd"] = *f.usd;
      figures.push_back(fj);
    }
    comparisons.push_back({{"company", cmp.company},
                           {"metric", cmp.metric},
                           {"figures", figures},
                           {"disagree", cmp.disagree}});
  }
  json warnings = json::array();
  for (const CollectionWarning& w : c.warnings) {
    warnings.push_back({{"code", w.code}, {"message", w.message}, {"figure", ref_json(w.figure)}});
  }
  return {
      {"schema", kSchema},
      {"articles", articles},
      {"merged", {{"companies", companies}, {"comparisons", comparisons}, {"warnings", warnings}}}};
}

std::string dump(const json& j) {
  // Spans are cut at character boundaries; "replace" only guards against a bug there.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string to_json_string(const Analysis& a) { return dump(analysis_json(a)); }

std::string to_json_string(const Collection& c) { return dump(collection_json(c)); }

}  // namespace finlens
