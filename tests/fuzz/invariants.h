// What must hold for any analysis of any input: the fuzz targets (tests/fuzz/*_fuzz.cc)
// check it on every input they run, and the regression tests (tests/unit/
// fuzz_regressions_test.cc) on every saved case.
//
//   - input sizes: bytes as given, chars = UTF-16 units of the decoded (and cut) input;
//   - every span (sections, figures, company and people mentions, claims, facts'
//     sentences, warnings, the published dateline) has start <= end <= chars, its byte
//     offsets agree, and its text is exactly the input's UTF-16 slice [start, end) —
//     what `input.slice(start, end)` gives in JavaScript;
//   - ids are unique and every id a field refers to exists;
//   - every string is valid UTF-8 and every value finite;
//   - the warnings say what happened (invalid_utf8, input_truncated);
//   - the JSON parses back and prints back to the same bytes (reprint.h).
//
// The input is decoded here the way the core decodes it: cut at max_bytes on a
// character boundary, then invalid bytes replaced (text::to_valid_utf8, WHATWG).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "finlens/analysis.h"
#include "finlens/json.h"
#include "reprint.h"
#include "text/text.h"

namespace finlens::fuzz {

// Invariant failures that are known, reported to the code's owner and not yet fixed:
// one substring of the failure message per line of tests/fuzz/known_issues.txt ('#'
// starts a comment). A failure that matches one is counted, not fatal, so the fuzzers
// go on looking for new ones. Crashes and sanitizer reports are never excused.
inline std::vector<std::string>& known_issues() {
  static std::vector<std::string> known;
  return known;
}

inline void load_known_issues(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.pop_back();
    std::size_t a = 0;
    while (a < line.size() && line[a] == ' ') ++a;
    if (a < line.size()) known_issues().push_back(line.substr(a));
  }
}

inline bool is_known(const std::string& failure) {
  for (const auto& k : known_issues()) {
    if (failure.find(k) != std::string::npos) return true;
  }
  return false;
}

// How many failures were excused as known (for the harness to report).
inline std::size_t& known_hits() {
  static std::size_t n = 0;
  return n;
}

// The bytes the core analyzes: `input` cut at max_bytes (text::prepare's rule).
inline std::string_view cut_input(std::string_view input, std::size_t max_bytes, bool* cut) {
  *cut = input.size() > max_bytes;
  if (!*cut) return input;
  std::size_t end = max_bytes;
  for (int k = 0; k < 3 && end > 0 && (static_cast<unsigned char>(input[end]) & 0xC0) == 0x80; ++k)
    --end;
  return input.substr(0, end);
}

// Calls unit(u) for each UTF-16 code unit of valid UTF-8, in order, while it returns
// true; whether it always did.
template <class F>
bool each_utf16_unit(std::string_view valid_utf8, F&& unit) {
  std::size_t i = 0;
  while (i < valid_utf8.size()) {
    const auto b = static_cast<unsigned char>(valid_utf8[i]);
    if (b < 0x80) {  // ASCII, most of any input: no decoding
      if (!unit(static_cast<char16_t>(b))) return false;
      ++i;
      continue;
    }
    int len = 1;
    const char32_t cp = text::decode_at(valid_utf8, i, &len);
    if (cp >= 0x10000) {
      if (!unit(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10))) ||
          !unit(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF))))
        return false;
    } else if (!unit(static_cast<char16_t>(cp))) {
      return false;
    }
    i += static_cast<std::size_t>(len);
  }
  return true;
}

// UTF-16 code units of valid UTF-8 (at most one a byte: sized once, written in place).
inline std::u16string utf16(std::string_view valid_utf8) {
  std::u16string out(valid_utf8.size(), u'\0');
  std::size_t n = 0;
  each_utf16_unit(valid_utf8, [&](char16_t u) {
    out[n++] = u;
    return true;
  });
  out.resize(n);
  return out;
}

// Whether `units` are utf16(valid_utf8), compared as it is decoded (no copy: asked for
// every span of every output).
inline bool utf16_equals(std::u16string_view units, std::string_view valid_utf8) {
  std::size_t n = 0;
  return each_utf16_unit(valid_utf8,
                         [&](char16_t u) { return n < units.size() && units[n++] == u; }) &&
         n == units.size();
}

inline bool valid_utf8(std::string_view s) {
  bool bad = false;
  text::to_valid_utf8(s, &bad);
  return !bad;
}

class Checker {
 public:
  Checker(std::string_view input, const Options& options) : options_(options) {
    bool had_invalid = false;
    const std::string_view used = cut_input(input, options.max_bytes, &cut_);
    clean_ = text::to_valid_utf8(used, &had_invalid);
    invalid_ = had_invalid;
    u16_ = utf16(clean_);
    input_bytes_ = input.size();
  }

  // Empty when every invariant holds; otherwise what failed (the first few). Without
  // `json`, the analysis's own JSON is not checked (check_collection checks the JSON of
  // the whole collection, which holds every analysis).
  std::string check(const Analysis& a, bool json = true) {
    errors_.clear();
    if (a.input.bytes != input_bytes_)
      fail("input.bytes " + num(a.input.bytes) + " != " + num(input_bytes_));
    if (a.input.chars != u16_.size())
      fail("input.chars " + num(a.input.chars) + " != " + num(u16_.size()));
    check_warnings(a);
    if (a.published && a.published->span) span("published", *a.published->span);

    std::uint32_t prev_end = 0;
    for (std::size_t i = 0; i < a.sections.size(); ++i) {
      const Section& s = a.sections[i];
      const std::string where = "sections[" + num(i) + "]";
      if (s.start > s.end || s.end > u16_.size()) fail(where + " out of bounds");
      if (s.start < prev_end) fail(where + " overlaps the section before it");
      prev_end = s.end;
    }

    std::set<std::string> company_ids, person_ids, figure_ids;
    for (const Company& c : a.companies) unique(company_ids, c.id, "company");
    for (const Person& p : a.people) unique(person_ids, p.id, "person");
    for (const Figure& f : a.figures) unique(figure_ids, f.id, "figure");
    auto ref = [&](const std::set<std::string>& ids, const std::string& id,
                   const std::string& where) {
      if (!id.empty() && ids.count(id) == 0) fail(where + " refers to a missing id '" + id + "'");
    };

    for (const Company& c : a.companies) {
      const std::string where = "company " + c.id;
      text_ok(where + " name", c.name);
      for (const auto& s : c.aliases) text_ok(where + " alias", s);
      for (const auto& t : c.tickers) {
        text_ok(where + " ticker", t.exchange);
        text_ok(where + " ticker", t.symbol);
      }
      for (const Span& m : c.mentions) span(where + " mention", m);
      ref(company_ids, c.parent, where + " parent");
    }
    for (const Person& p : a.people) {
      const std::string where = "person " + p.id;
      text_ok(where + " name", p.name);
      for (const auto& s : p.aliases) text_ok(where + " alias", s);
      for (const Role& r : p.roles) {
        text_ok(where + " role", r.title);
        ref(company_ids, r.company, where + " role");
      }
      for (const Span& m : p.mentions) span(where + " mention", m);
    }
    const Figure* before = nullptr;
    for (const Figure& f : a.figures) {
      const std::string where = "figure " + f.id;
      span(where, f.span);
      if (before != nullptr && f.span.start < before->span.end)
        fail(where + " overlaps or precedes " + before->id);
      before = &f;
      if (f.value && !std::isfinite(*f.value)) fail(where + " value is not finite");
      if (f.value_max && !std::isfinite(*f.value_max)) fail(where + " value_max is not finite");
      text_ok(where + " currency", f.currency);
      text_ok(where + " unit", f.unit);
      text_ok(where + " time", f.time);
      text_ok(where + " timezone", f.timezone);
      text_ok(where + " duration", f.duration);
      text_ok(where + " qualifier", f.qualifier);
      text_ok(where + " metric", f.metric);
      text_ok(where + " period", f.period);
      if (f.date) {
        text_ok(where + " date", f.date->iso);
        text_ok(where + " date qualifier", f.date->qualifier);
        if (f.date->weekday < -1 || f.date->weekday > 6) fail(where + " weekday out of range");
      }
      ref(company_ids, f.company, where + " company");
      ref(figure_ids, f.equals, where + " equals");
      ref(figure_ids, f.when, where + " when");
    }
    std::set<std::string> claim_ids;
    for (const Claim& c : a.claims) {
      const std::string where = "claim " + c.id;
      unique(claim_ids, c.id, "claim");
      span(where, c.span);
      if (c.source) {
        text_ok(where + " source", c.source->name);
        text_ok(where + " source role", c.source->role);
        ref(person_ids, c.source->person, where + " source person");
        ref(company_ids, c.source->company, where + " source company");
      } else if (c.kind != ClaimKind::assertion) {
        fail(where + " has no source but is not an assertion");
      }
      text_ok(where + " cue", c.cue);
      for (const auto& h : c.hedges) text_ok(where + " hedge", h);
      for (const auto& id : c.companies) ref(company_ids, id, where + " companies");
      for (const auto& id : c.figures) ref(figure_ids, id, where + " figures");
    }
    for (std::size_t i = 0; i < a.facts.size(); ++i) {
      const Fact& f = a.facts[i];
      const std::string where = "facts[" + num(i) + "]";
      span(where + " sentence", f.sentence);
      text_ok(where + " metric", f.metric);
      text_ok(where + " currency", f.currency);
      ref(company_ids, f.company, where + " company");
      for (const std::string* id : {&f.change, &f.level, &f.date}) ref(figure_ids, *id, where);
      for (const auto& id : f.figures) ref(figure_ids, id, where + " figures");
    }
    if (json) check_json(a);
    return report();
  }

 private:
  void check_warnings(const Analysis& a) {
    bool saw_invalid = false, saw_cut = false;
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
      const Warning& w = a.warnings[i];
      const std::string where = "warnings[" + num(i) + "] " + w.code;
      if (w.code.empty()) fail(where + " has no code");
      text_ok(where + " message", w.message);
      if (w.span) span(where, *w.span);
      saw_invalid |= w.code == "invalid_utf8";
      saw_cut |= w.code == "input_truncated";
    }
    if (saw_invalid != invalid_)
      fail(invalid_ ? "no invalid_utf8 warning" : "invalid_utf8 warning on valid input");
    if (saw_cut != cut_)
      fail(cut_ ? "no input_truncated warning" : "input_truncated warning on short input");
  }

  void check_json(const Analysis& a) {
    const std::string s = to_json_string(a);
    Reprint r(s);
    r.probe("figures");
    if (!r.run()) {
      fail(r.mismatch() ? "the JSON does not print back to the same bytes"
                        : "the JSON does not parse back");
      return;
    }
    const Reprint::Top& top = r.top();
    if (!top.object || top.schema != kSchema) fail("the JSON has no schema finlens/1");
    for (const char* key : {"sections", "companies", "people", "figures", "claims", "warnings"}) {
      if (std::find(top.arrays.begin(), top.arrays.end(), key) == top.arrays.end())
        fail(std::string("the JSON has no array ") + key);
    }
    if (errors_.empty() && top.elements.size() != a.figures.size())
      fail("the JSON has a different number of figures");
    if (errors_.empty()) {
      for (std::size_t i = 0; i < a.figures.size(); ++i) {
        const Reprint::Element& f = top.elements[i];
        if (f.start != static_cast<std::int64_t>(a.figures[i].span.start) ||
            f.end != static_cast<std::int64_t>(a.figures[i].span.end) ||
            f.text != a.figures[i].span.text) {
          fail("JSON figure " + num(i) + " differs from the analysis");
        }
      }
    }
  }

  void span(const std::string& where, const Span& s) {
    if (s.start > s.end || s.end > u16_.size()) {
      fail(where + " [" + num(s.start) + ", " + num(s.end) + ") out of bounds (" +
           num(u16_.size()) + " chars)");
      return;
    }
    if (s.byte_start > s.byte_end || s.byte_end > clean_.size()) {
      fail(where + " bytes [" + num(s.byte_start) + ", " + num(s.byte_end) + ") out of bounds");
      return;
    }
    if (std::string_view(clean_).substr(s.byte_start, s.byte_end - s.byte_start) != s.text) {
      fail(where + " text '" + s.text + "' is not the input's bytes [" + num(s.byte_start) + ", " +
           num(s.byte_end) + ")");
      return;
    }
    if (!valid_utf8(s.text)) {
      fail(where + " text is not valid UTF-8");
      return;
    }
    if (!utf16_equals(std::u16string_view(u16_).substr(s.start, s.end - s.start), s.text)) {
      fail(where + " text '" + s.text + "' is not the input's UTF-16 slice [" + num(s.start) +
           ", " + num(s.end) + ")");
    }
  }

  void text_ok(const std::string& where, const std::string& s) {
    if (!valid_utf8(s)) fail(where + " is not valid UTF-8");
  }

  void unique(std::set<std::string>& ids, const std::string& id, const char* what) {
    if (id.empty()) fail(std::string(what) + " without an id");
    if (!ids.insert(id).second) fail(std::string(what) + " id '" + id + "' is not unique");
  }

  void fail(const std::string& message) {
    if (is_known(message)) {
      ++known_hits();
    } else if (errors_.size() < 8) {
      errors_.push_back(message);
    }
  }

  std::string report() const {
    std::string out;
    for (const auto& e : errors_) {
      if (!out.empty()) out += "; ";
      out += e;
    }
    return out;
  }

  static std::string num(std::size_t n) { return std::to_string(n); }

  Options options_;
  std::string clean_;
  std::u16string u16_;
  std::size_t input_bytes_ = 0;
  bool cut_ = false;
  bool invalid_ = false;
  std::vector<std::string> errors_;
};

// One article.
inline std::string check_analysis(std::string_view input, const Options& options, const Analysis& a,
                                  bool json = true) {
  return Checker(input, options).check(a, json);
}

// Several articles: each analysis as above, the merged view's references, its JSON.
inline std::string check_collection(const std::vector<Article>& articles, const Collection& c) {
  std::string out;
  auto add = [&](const std::string& e) {
    if (e.empty()) return;
    if (is_known(e)) {
      ++known_hits();
      return;
    }
    out += (out.empty() ? "" : "; ") + e;
  };
  if (c.articles.size() != articles.size()) {
    return "the collection has " + std::to_string(c.articles.size()) + " analyses for " +
           std::to_string(articles.size()) + " articles";
  }
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const std::string e =
        check_analysis(articles[i].text, articles[i].options, c.articles[i], /*json=*/false);
    if (!e.empty()) add("article " + std::to_string(i) + ": " + e);
  }
  auto has = [&](const ArticleRef& r, bool company) {
    if (r.article >= c.articles.size()) return false;
    const Analysis& a = c.articles[r.article];
    if (company) {
      for (const Company& x : a.companies) {
        if (x.id == r.id) return true;
      }
    } else {
      for (const Figure& x : a.figures) {
        if (x.id == r.id) return true;
      }
    }
    return false;
  };
  std::set<std::string> merged;
  for (const MergedCompany& m : c.companies) {
    if (!merged.insert(m.id).second) add("merged company id '" + m.id + "' is not unique");
    if (!valid_utf8(m.name)) add("merged company " + m.id + " name is not valid UTF-8");
    for (const ArticleRef& r : m.companies) {
      if (!has(r, true)) add("merged company " + m.id + " refers to a missing company " + r.id);
    }
  }
  for (const Comparison& cmp : c.comparisons) {
    if (merged.count(cmp.company) == 0)
      add("comparison refers to a missing merged company " + cmp.company);
    for (const ComparedFigure& f : cmp.figures) {
      if (!has(f.figure, false)) add("comparison refers to a missing figure " + f.figure.id);
      if (!std::isfinite(f.value) || (f.usd && !std::isfinite(*f.usd)))
        add("comparison value is not finite");
    }
  }
  for (const CollectionWarning& w : c.warnings) {
    if (!w.figure.id.empty() && !has(w.figure, false))
      add("collection warning refers to a missing figure");
  }
  const std::string s = to_json_string(c);
  Reprint r(s);
  if (!r.run()) {
    add(r.mismatch() ? "the collection JSON does not print back to the same bytes"
                     : "the collection JSON does not parse back");
  }
  return out;
}

// How the analyze_many fuzz target (and its regression cases) splits one input into
// 2 or 3 articles: at ASCII record separators (0x1E) when there are any, else in halves.
// The articles get different options: a publication date, none, a bad date; the third
// is cut at two thirds of its size.
inline std::vector<Article> split_articles(std::string_view data) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (parts.size() < 2) {
    const std::size_t sep = data.find('\x1e', pos);
    if (sep == std::string_view::npos) break;
    parts.push_back(data.substr(pos, sep - pos));
    pos = sep + 1;
  }
  if (parts.empty()) {
    parts.push_back(data.substr(0, data.size() / 2));
    parts.push_back(data.substr(data.size() / 2));
  } else {
    parts.push_back(data.substr(pos));
  }
  static const char* const kDates[] = {"2025-01-29", "", "2025-02-30"};
  std::vector<Article> articles;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    Article a;
    a.id = "a" + std::to_string(i + 1);
    a.text = parts[i];
    a.options.date = kDates[i % 3];
    if (i == 2) a.options.max_bytes = parts[i].size() * 2 / 3;
    articles.push_back(std::move(a));
  }
  return articles;
}

}  // namespace finlens::fuzz
