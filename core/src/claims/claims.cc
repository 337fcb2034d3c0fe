// The claims stage put together: quotes and reported speech are found apart, then
// quotes without an attribution of their own borrow one from what stands around them,
// pronouns and "the company" are resolved, and hedges are read.
#include "claims/claims.h"

#include <algorithm>

#include "claims/actors.h"
#include "claims/cues.h"
#include "claims/hedges.h"
#include "claims/marks.h"
#include "claims/stages.h"
#include "claims/words.h"
#include "util/scan.h"

namespace finlens::claims {
namespace {

// The words of a cue as written ("said in a statement" → said, in, a, statement).
std::vector<std::string_view> cue_words(std::string_view cue) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < cue.size()) {
    std::size_t j = cue.find(' ', i);
    if (j == std::string_view::npos) j = cue.size();
    if (j > i) out.push_back(cue.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// A quote that fills most of a reported statement ("said that “…”") is that statement.
constexpr double kQuoteFills = 0.6;

// Nothing stands in s[a, b) but spaces, quotation marks, an ellipsis and, when
// `punctuation`, a sentence's closing punctuation.
bool only_space_or_marks(std::string_view s, std::uint32_t a, std::uint32_t b,
                         bool punctuation = false) {
  for (std::uint32_t i = a; i < b; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '"' || c == '\'' || c == '.') continue;
    if (punctuation && (c == ',' || c == '!' || c == '?' || c == ';' || c == ':')) continue;
    if (c == 0xE2 && i + 2 < b && static_cast<unsigned char>(s[i + 1]) == 0x80) {  // “ ” ‘ ’ „ …
      const auto d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99 || d == 0x9E || d == 0xA6) {
        i += 2;
        continue;
      }
    }
    return false;
  }
  return true;
}

void inherit(Draft& quote, const Draft& from) {
  quote.source = from.source;
  quote.cue = from.cue;
  quote.via = Via::inherited;
  quote.attribution_start = from.attribution_start;
  quote.attribution_end = from.attribution_end;
}

// A quoted sentence interrupted by its attribution is one quote: “Voters are tired,”
// said Ana Lee, “and they want a change.” (the second part goes on in lower case). A
// quote after an attribution that ends a sentence (“…,” she said. “…”) stays a quote
// of its own.
void join_interrupted(std::string_view s, std::vector<Draft>& quotes) {
  std::vector<Draft> out;
  out.reserve(quotes.size());
  for (Draft& e : quotes) {
    if (!out.empty()) {
      Draft& d = out.back();
      const bool attributed_after = d.via == Via::cue && d.closed && d.attribution_start >= d.after;
      std::uint32_t first = e.start;
      while (first < e.end && !util::is_ascii_alpha(s[first])) ++first;
      const bool goes_on = first < e.end && util::is_lower(s[first]) && first < e.start + 4;
      const bool same = e.via == Via::none || e.attribution_start < d.attribution_end;
      if (attributed_after && goes_on && same && e.open >= d.attribution_end &&
          only_space_or_marks(s, d.attribution_end, e.open, true) &&
          s.substr(d.attribution_end, e.open - d.attribution_end).find('.') ==
              std::string_view::npos) {
        d.end = e.end;
        d.after = e.after;
        d.closed = e.closed;
        d.words += e.words;
        d.sentence_end = std::max(d.sentence_end, e.sentence_end);
        continue;
      }
    }
    out.push_back(std::move(e));
  }
  quotes = std::move(out);
}

// The end of s[a, b) without spaces and a sentence's closing punctuation.
std::uint32_t trim_end(std::string_view s, std::uint32_t a, std::uint32_t b) {
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '.' || s[b - 1] == '!' ||
                   s[b - 1] == '?' || s[b - 1] == ';' || s[b - 1] == ':' || s[b - 1] == ','))
    --b;
  return b;
}

// Whether s[a, b) holds a comma, colon, semicolon, dash or line break: the words there
// are not one run of a clause.
bool breaks_clause(std::string_view s, std::uint32_t a, std::uint32_t b) {
  for (std::uint32_t i = a; i < b; ++i) {
    const char c = s[i];
    if (c == ',' || c == ':' || c == ';' || c == '\n' || c == '.') return true;
    if (c == '-' && i > a && s[i - 1] == ' ') return true;
    if (c == '\xE2' && i + 2 < b && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x94' || s[i + 2] == '\x93'))
      return true;  // — –
  }
  return false;
}

// Quoted words inside a reported statement are part of it: "Lowe said that “I strongly
// support” the new law", "Hale told donors they are “planting the seeds” for a win",
// "Lower taxes are “a gift to the rich,” Hale said". The claim is the statement,
// reported, with the quotation in it; a quotation that is all the speaker's sentence
// stays a quote.
void widen_mixed(std::string_view s, const sections::Layout& layout, std::vector<Draft>& quotes) {
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    Draft& d = quotes[i];
    if (d.via != Via::cue || !d.closed || d.kind != ClaimKind::quote) continue;
    const sections::Range sen = layout.sentences[layout.sentence_at(d.open)].range;
    const std::uint32_t prev_after = i > 0 ? quotes[i - 1].after : 0;
    if (d.attribution_end <= d.open && d.attribution_start >= sen.start &&
        d.attribution_start >= prev_after) {
      // the attribution before the quote, in its sentence
      std::uint32_t lead = d.attribution_end;
      while (lead < d.open && s[lead] == ' ') ++lead;
      if (s.substr(lead, 5) == "that ") lead += 5;
      while (lead < d.open && s[lead] == ' ') ++lead;
      if (breaks_clause(s, lead, d.open)) continue;
      const int mid = count_words(s, lead, d.open, 2);
      const std::uint32_t last = d.after > 0 ? d.after - 1 : 0;
      std::uint32_t tail_end = layout.sentences[layout.sentence_at(last)].range.end;
      if (i + 1 < quotes.size()) tail_end = std::min(tail_end, quotes[i + 1].open);
      tail_end = trim_end(s, d.after, tail_end);
      std::uint32_t t = d.after;
      while (t < tail_end && s[t] == ' ') ++t;
      // (a quote that closes a clause of its own, “… win,” is not run on)
      const char closing = d.end > d.start ? s[d.end - 1] : ' ';
      const bool runs_on = t < tail_end && s[t] != ',' && closing != ',' && closing != '.' &&
                           closing != '!' && closing != '?' && count_words(s, t, tail_end, 2) >= 2;
      if (mid < 2 && !runs_on) continue;
      d.kind = ClaimKind::reported;
      d.start = lead;
      if (runs_on) d.end = tail_end;
    } else if (d.attribution_start >= d.after) {
      // the attribution after the quote: a clause of the sentence opens before the mark
      std::uint32_t from = std::max(sen.start, prev_after);
      while (from < d.open && (s[from] == ' ' || s[from] == '\n')) ++from;
      if (from >= d.open || breaks_clause(s, from, d.open)) continue;
      // (“Mills “got a free pass,” Ana Lee said": a quoted predicate after its subject)
      std::uint32_t first = d.start;
      while (first < d.end && !util::is_ascii_alpha(s[first])) ++first;
      const bool predicate = first < d.end && util::is_lower(s[first]);
      if (!predicate && (count_words(s, from, d.open, 2) < 2 || !has_verb(s, from, d.open)))
        continue;
      d.kind = ClaimKind::reported;
      d.start = from;
    }
  }
}

// Reported statements that are one quote are dropped for it. Other quotes in a reported
// statement are words of it ("said he feels good, and “we'll see …”"): one claim, the
// statement, which runs on to the end of a quote that goes on past its sentence.
void settle_overlaps(std::string_view s, std::vector<Draft>& quotes, std::vector<Draft>& reported) {
  std::vector<Draft> kept;
  kept.reserve(reported.size());
  std::vector<bool> absorbed(quotes.size(), false);
  std::size_t q = 0;
  for (Draft& r : reported) {
    while (q < quotes.size() && quotes[q].end <= r.start) ++q;
    std::uint32_t quoted = 0;
    bool opens = false;  // a quote opens the statement: "said that “…”"
    std::size_t last = q;
    for (std::size_t i = q; i < quotes.size() && quotes[i].start < r.end; ++i) {
      quoted += std::min(quotes[i].end, r.end) - std::max(quotes[i].start, r.start);
      opens = opens || only_space_or_marks(s, r.start, std::max(r.start, quotes[i].open));
      if (quotes[i].via == Via::none) inherit(quotes[i], r);
      last = i + 1;
    }
    if (opens && static_cast<double>(quoted) >= kQuoteFills * static_cast<double>(r.end - r.start))
      continue;
    for (std::size_t i = q; i < last; ++i) {
      Draft& d = quotes[i];
      // a quote with an attribution of its own in the statement is a claim of its own
      if (d.via == Via::cue || d.start < r.start) continue;
      absorbed[i] = true;
      if (d.end > r.end) {
        r.end = d.end;
        r.sentence_end = std::max(r.sentence_end, d.sentence_end);
      }
    }
    kept.push_back(std::move(r));
  }
  reported = std::move(kept);
  std::vector<Draft> left;
  left.reserve(quotes.size());
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    if (!absorbed[i]) left.push_back(std::move(quotes[i]));
  }
  quotes = std::move(left);
}

// A quote standing alone (a sentence of its own) takes the source of the quote or
// statement right before it (“…,” said X. “…”), else of a sentence right after it
// that opens with a speaker (“…” Wu commented …), else of the quote right after it
// when that one's attribution follows it (“…” “…,” he said.).
void attribute_standalone(std::string_view s, const sections::Layout& layout,
                          std::vector<Draft>& quotes, const std::vector<Draft>& reported) {
  // The claim and its attribution end here: what stands between it and a quote after it.
  auto tail = [](const Draft& d) { return std::max({d.end, d.after, d.attribution_end}); };
  auto alone = [&](std::size_t i) {
    const Draft& d = quotes[i];
    const std::uint32_t from = std::max(d.sentence_start, i > 0 ? tail(quotes[i - 1]) : 0u);
    return d.closed && from <= d.open && only_space_or_marks(s, from, d.open) &&
           only_space_or_marks(s, d.after, d.sentence_end, true);
  };
  std::size_t r = 0;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    Draft& d = quotes[i];
    if (d.via != Via::none || !alone(i)) continue;
    while (r + 1 < reported.size() && reported[r + 1].start < d.start) ++r;
    const Draft* before = nullptr;
    if (i > 0 && quotes[i - 1].via != Via::none) before = &quotes[i - 1];
    if (r < reported.size() && reported[r].start < d.start &&
        (!before || reported[r].start > before->start))
      before = &reported[r];
    if (before && tail(*before) <= d.open && only_space_or_marks(s, tail(*before), d.open)) {
      inherit(d, *before);
      continue;
    }
    // “…,” Ryan told CNN about the race. “…”: the attribution's sentence goes on after
    // the speaker and ends right before the quote
    if (before && before->kind == ClaimKind::quote && before->via == Via::cue &&
        before->attribution_start >= before->after && before->sentence_end <= d.open &&
        tail(*before) <= before->sentence_end &&
        only_space_or_marks(s, before->sentence_end, d.open)) {
      inherit(d, *before);
      continue;
    }
    std::string cue;
    Source next = speaker_opening(s, layout, d.sentence_end, &cue);
    // "Ana Ruiz agreed. “…”": a sentence that is only a speaker and a cue, right before
    if (!next.found()) next = speaker_closing(s, layout, d.open, &cue);
    if (next.found()) {
      d.source = std::move(next);
      d.cue = std::move(cue);
      d.via = Via::inherited;
      d.attribution_start = d.source.start;
      d.attribution_end = d.source.end;
    }
  }
  for (std::size_t i = quotes.size(); i-- > 1;) {
    Draft& d = quotes[i - 1];
    const Draft& after = quotes[i];
    const bool attributed_after = after.via != Via::none && after.attribution_start >= after.after;
    if (d.via == Via::none && alone(i - 1) && attributed_after && d.after <= after.open &&
        only_space_or_marks(s, d.after, after.open, true)) {
      inherit(d, after);
    }
  }
}

// What is left of the quotes: those with an attribution, and quotes of some length
// that name a speaker in their own sentence.
void keep_quotations(std::string_view s, std::vector<Draft>& quotes) {
  std::vector<Draft> kept;
  kept.reserve(quotes.size());
  std::uint32_t previous = 0;  // just after the quote before
  for (Draft& d : quotes) {
    const std::uint32_t floor = std::max(d.sentence_start, previous);
    previous = d.after;
    if (d.via == Via::none && d.closed && !d.single && d.words >= kMinQuoteWords &&
        floor <= d.open) {
      // "He described the hardship as a “sacrifice for the next generation”": the
      // sentence's subject, else the name nearest before the quote.
      Source near = opening_subject(s, d.sentence_start, d.open, true);
      if (!near.found()) near = nearest_name(s, floor, d.open);
      if (near.found()) {
        d.source = std::move(near);
        d.via = Via::nearby;
      }
    }
    const bool attributed =
        d.via == Via::cue || (d.via != Via::none && d.closed && d.words >= kMinQuoteWords);
    if (attributed) kept.push_back(std::move(d));
  }
  quotes = std::move(kept);
}

}  // namespace

SentenceTokens::SentenceTokens(std::string_view s, const sections::Layout& layout) {
  tokens_.reserve(s.size() / 4 + 16);  // a token per 5 or 6 bytes in prose
  first_.reserve(layout.sentences.size() + 1);
  first_.push_back(0);
  for (const sections::Sentence& sen : layout.sentences) {
    append_tokens(s, sen.range.start, sen.range.end, tokens_);
    first_.push_back(static_cast<std::uint32_t>(tokens_.size()));
  }
}

std::vector<Found> find(const text::Text& text, const sections::Layout& layout) {
  const std::string_view s = text.norm;
  if (layout.sentences.empty()) return {};
  const std::vector<Quoted> quoted = pair_quotes(s, layout);
  std::vector<Draft> quotes = find_quotes(s, layout, quoted);
  const SentenceTokens sentence_tokens(s, layout);
  std::vector<Draft> reported = find_reported(s, layout, sentence_tokens, quoted, quotes);
  {
    // statements after a name and a colon, merged in text order
    std::vector<Draft> labels;
    find_labels(s, layout, quoted, labels);
    reported.insert(reported.end(), std::make_move_iterator(labels.begin()),
                    std::make_move_iterator(labels.end()));
    std::vector<std::uint32_t> starts(reported.size());
    for (std::size_t i = 0; i < reported.size(); ++i) starts[i] = reported[i].start;
    apply_order(reported, stable_order(starts));
  }
  join_interrupted(s, quotes);
  widen_mixed(s, layout, quotes);
  settle_overlaps(s, quotes, reported);
  attribute_standalone(s, layout, quotes, reported);
  keep_quotations(s, quotes);

  std::vector<Draft> drafts = std::move(quotes);
  drafts.insert(drafts.end(), std::make_move_iterator(reported.begin()),
                std::make_move_iterator(reported.end()));
  Actors actors(s, layout, sentence_tokens);
  for (const Draft& d : drafts) {
    if (d.source.titled && d.source.kind == SourceKind::name) actors.learn_person(d.source.name);
  }
  resolve(s, layout, drafts, actors);

  std::vector<Found> out;
  out.reserve(drafts.size());
  for (Draft& d : drafts) {
    // credits, bylines, disclaimers and sign-offs say nothing the article claims
    if (layout.section_at(d.start) == SectionKind::boilerplate) continue;
    Found f;
    f.kind = d.kind;
    f.start = d.start;
    f.end = d.end;
    f.source_start = d.source.start;
    f.source_end = d.source.end;
    f.source_name = std::move(d.source.name);
    f.role = std::move(d.source.role);
    f.cue = std::move(d.cue);
    // A quote's own words may hedge; only the attribution says how sure the article is.
    find_hedges(s, d.attribution_start, d.attribution_end, false, f.hedges);
    if (d.kind == ClaimKind::reported) find_hedges(s, d.start, d.end, true, f.hedges);
    // "believes", "expects": the source's view or forecast
    for (std::string_view w : cue_words(f.cue)) {
      const Cue* cue = cue_word(w);
      if (cue != nullptr && cue->hedge &&
          std::find(f.hedges.begin(), f.hedges.end(), w) == f.hedges.end())
        f.hedges.emplace_back(w);
    }
    f.hedged = !f.hedges.empty();
    out.push_back(std::move(f));
  }
  std::vector<std::uint32_t> starts(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) starts[i] = out[i].start;
  apply_order(out, stable_order(starts));
  return out;
}

}  // namespace finlens::claims
