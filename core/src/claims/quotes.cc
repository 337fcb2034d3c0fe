// Quotes and the attribution that stands next to them:
//   after:  “…,” said Andy Wong (黃耀宗), investment and ESG director …
//           “…,” JPMorgan Chase & Co analysts including Alex Yao wrote in a note.
//           “…,” he said.            “…,” – Wu, CEO of Alibaba.
//   before: Northrop Grumman CEO Ron Sugar said in an interview “…”
//           … with UBS analyst David Strauss saying “…”      Bill Bodie: “…”
// Quotes with no attribution of their own are left for claims.cc, which looks at the
// statements and quotes around them.
#include <algorithm>

#include "claims/stages.h"
#include "claims/words.h"
#include "util/scan.h"
#include "util/shape.h"

namespace finlens::claims {
namespace {

constexpr std::uint32_t kLookAround = 300;  // bytes an attribution may stand from its quote

char next_char(std::string_view s, std::uint32_t pos, std::uint32_t limit) {
  while (pos < limit && s[pos] == ' ') ++pos;
  return pos < limit ? s[pos] : '\0';
}

bool only_space(std::string_view s, std::uint32_t a, std::uint32_t b) {
  for (std::uint32_t i = a; i < b; ++i) {
    if (s[i] != ' ' && s[i] != '\n') return false;
  }
  return true;
}

std::string_view text_of(std::string_view s, const Token& t) {
  return s.substr(t.start, t.end - t.start);
}

struct Attribution {
  Source source;
  std::string cue;
  std::uint32_t start = 0;  // the attribution's extent
  std::uint32_t end = 0;
};

// Whether nothing but an object ("told the BBC") and a setting ("on Friday") stands
// between `pos` and the end of the attribution.
bool attribution_ends(std::string_view s, std::uint32_t pos, std::uint32_t limit,
                      std::string_view verb) {
  if (verb == "told" || verb == "tells" || verb == "tell") {
    const std::vector<Token> toks = tokenize(s, pos, std::min(limit, pos + 64));
    std::size_t k = 0;
    while (k < toks.size() && k < 4 && toks[k].kind == Token::word &&
           (capitalized(text_of(s, toks[k])) || lower_equals(text_of(s, toks[k]), "the") ||
            source_noun(text_of(s, toks[k])) || lower_equals(text_of(s, toks[k]), "reporters")))
      pos = toks[k++].end;
  }
  pos = skip_settings(s, pos, limit);
  while (pos < limit && s[pos] == ' ') ++pos;
  if (pos >= limit) return true;
  const char c = s[pos];
  if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n' ||
      static_cast<unsigned char>(c) == 0xE2)
    return true;
  // What follows may say more about the saying ("said of the caucus", "said as she sat
  // …", "said, but …"); only a statement of its own ("announced that …", "said the
  // plan will …") makes the verb another claim's.
  const std::vector<Token> next = tokenize(s, pos, std::min(limit, pos + 32));
  if (next.empty() || next[0].kind != Token::word) return true;
  const std::string_view w = text_of(s, next[0]);
  if (lower_equals(w, "that")) return false;
  if (preposition(w) || ends_phrase(w) || speech_verb(w) == Verb::participle) return true;
  return !starts_clause(s, pos, limit);
}

// "Detik.com quoted Djamal as saying": the one quoted is the source. `k` is the token
// of "quoted"; returns false when the words after it do not read that way.
bool quoted_as_saying(std::string_view s, const std::vector<Token>& toks, std::size_t k,
                      Attribution& a) {
  for (std::size_t as = k + 2; as + 1 < toks.size() && as <= k + 8; ++as) {
    if (toks[as].kind != Token::word) return false;
    if (!lower_equals(text_of(s, toks[as]), "as") ||
        !lower_equals(text_of(s, toks[as + 1]), "saying"))
      continue;
    a.source = subject_before(s, toks[k].end, toks[as].start);
    if (!a.source.found()) return false;
    a.cue = std::string(s.substr(toks[k].start, toks[as + 1].end - toks[k].start));
    a.end = toks[as + 1].end;
    return true;
  }
  return false;
}

bool quoting_verb(std::string_view w) {
  return lower_equals(w, "quoted") || lower_equals(w, "quotes") || lower_equals(w, "quoting");
}

// The speaker after the closing mark: “…,” said X / “…,” X said / “…,” – X.
Attribution after_quote(std::string_view s, std::uint32_t from, std::uint32_t limit) {
  Attribution a;
  const std::vector<Token> toks = tokenize(s, from, std::min(limit, from + 64));
  std::size_t k = 0;
  while (k < toks.size() && toks[k].kind == Token::comma) ++k;
  if (k >= toks.size()) return a;
  const Token& t = toks[k];
  if (t.kind == Token::dash) {
    const Speaker sp = speaker_after(s, t.end, limit);
    // “…” – Wu, CEO of Alibaba: a name after the dash, not a sentence going on
    // (“witches” -- comes from the title of a video)
    if (!sp.source.found() || sp.source.kind != SourceKind::name ||
        !capitalized(s.substr(sp.source.start, sp.source.end - sp.source.start)))
      return a;
    a.source = sp.source;
    a.cue = sp.verb_end != 0 ? cue_text(s, sp.verb_start, sp.verb_end, limit)
                             : std::string(text_of(s, t));
    a.start = t.start;
    a.end = std::max(sp.end, sp.verb_end);
    return a;
  }
  if (t.kind != Token::word) return a;
  const Verb v = speech_verb(text_of(s, t));
  if (v == Verb::speech || v == Verb::talk || v == Verb::finding) {
    const Speaker sp = speaker_after(s, t.end, limit);  // "said Andy Wong (黃耀宗), investment …"
    if (!sp.source.found() || sp.verb_end != 0) return a;
    a.source = sp.source;
    a.cue = std::string(text_of(s, t));
    a.start = t.start;
    a.end = sp.end;
    return a;
  }
  const std::vector<Token> more = tokenize(s, t.start, std::min(limit, t.start + kPhraseWindow));
  for (std::size_t i = 0; i < more.size() && i < 8 && more[i].kind == Token::word; ++i) {
    if (quoting_verb(text_of(s, more[i]))) {
      if (quoted_as_saying(s, more, i, a)) a.start = t.start;
      return a;
    }
  }
  const Speaker sp =
      speaker_after(s, t.start, limit);  // "JPMorgan … analysts including Alex Yao wrote in a note"
  if (!sp.source.found() || sp.verb_end == 0) return a;
  std::string cue = cue_text(s, sp.verb_start, sp.verb_end, limit);
  const std::uint32_t end = sp.verb_start + static_cast<std::uint32_t>(cue.size());
  // The verb ends the attribution ("he told the BBC.", "GM said on Friday."); one
  // that goes on to report something else ("…”, Airbus announced that …") is not this
  // quote's.
  if (!attribution_ends(s, end, limit, s.substr(sp.verb_start, sp.verb_end - sp.verb_start)))
    return a;
  a.source = sp.source;
  a.cue = std::move(cue);
  a.start = t.start;
  a.end = end;
  return a;
}

// "Secretary of the Air Force James Roche", "Bank of England": capitalized words and the
// small words that join them.
bool name_words_only(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size()) {
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    const std::string_view w = name.substr(i, j - i);
    if (!capitalized(w) && w != "of" && w != "the" && w != "and" && w != "for" && w != "de" &&
        !title_word(w))
      return false;
    i = j + 1;
  }
  return true;
}

// Whether the quotation that opens at `open` starts with a lower-case letter.
bool lower_case_quote(std::string_view s, std::uint32_t open) {
  std::uint32_t c = open;
  for (int marks = 0; marks < 2 && c < s.size(); ++marks) {
    if (s[c] == '"' || s[c] == '\'') {
      ++c;
    } else if (s.substr(c, 3) == "\xE2\x80\x9C" || s.substr(c, 3) == "\xE2\x80\x98") {
      c += 3;
    }
  }
  return c < s.size() && util::is_lower(s[c]);
}

// The speaker before the opening mark: a speech verb ends the text before the quote,
// perhaps with a setting and "that" ("said in an interview “", "said that “",
// "saying, “"), or a name and a colon does ("Bill Bodie: “").
Attribution before_quote(std::string_view s, std::uint32_t floor, std::uint32_t open,
                         std::uint32_t sentence_start) {
  Attribution a;
  const std::vector<Token> toks = tokenize(s, floor, open);
  int k = static_cast<int>(toks.size()) - 1;
  if (k < 0) return a;
  const bool colon = toks[static_cast<std::size_t>(k)].kind == Token::colon;
  if (colon || toks[static_cast<std::size_t>(k)].kind == Token::comma) --k;
  auto word = [&](int i) {
    return i >= 0 && toks[static_cast<std::size_t>(i)].kind == Token::word
               ? text_of(s, toks[static_cast<std::size_t>(i)])
               : std::string_view();
  };
  if (lower_equals(word(k), "that")) --k;
  // The verb: the last speech verb among the few words before, with nothing after it
  // but settings ("said in an interview") or, after "told", an object ("told reporters").
  int verb = -1;
  for (int i = k; i >= 0 && i >= k - 7; --i) {
    if (toks[static_cast<std::size_t>(i)].kind != Token::word) break;
    if (speech_verb(word(i)) == Verb::none || capitalized(word(i))) continue;
    const std::string_view l = word(i);
    const bool object_verb = lower_equals(l, "told") || lower_equals(l, "tells") ||
                             lower_equals(l, "tell") || lower_equals(l, "telling");
    const bool settings_only =
        i == k || skip_settings(s, toks[static_cast<std::size_t>(i)].end, open) >=
                      toks[static_cast<std::size_t>(k)].end;
    // ("told investors that the company was “open …”": a clause after "that" holds the
    // quote; the statement is reported speech with a quotation in it)
    bool clause_between = false;
    for (int j = i + 1; j <= k && !clause_between; ++j)
      clause_between = lower_equals(word(j), "that");
    // ("told reporters the deal “falls short”": words after the object, and a quote that
    // goes on in lower case, are one clause; the quotation is inside reported speech)
    if (object_verb && k - i >= 2 && lower_case_quote(s, open)) clause_between = true;
    if (settings_only || (object_verb && !clause_between)) verb = i;
    break;
  }
  if (verb < 0) {
    if (!colon) return a;
    // "Trump issued the following statement: “…”", "the company said in a statement:"
    static const WordSet kPublish{"issued", "released", "posted", "sent", "put", "gave", "made"};
    for (int i = k; i >= 0 && i >= k - 6; --i) {
      if (toks[static_cast<std::size_t>(i)].kind != Token::word) break;
      if (!kPublish.contains(word(i)) || !evidence_noun(word(k))) continue;
      bool adjacent = false;
      Source src =
          subject_before(s, floor, toks[static_cast<std::size_t>(i)].start, &adjacent, toks);
      if (!src.found() || !adjacent) break;
      a.source = std::move(src);
      a.cue = std::string(s.substr(
          toks[static_cast<std::size_t>(i)].start,
          toks[static_cast<std::size_t>(k)].end - toks[static_cast<std::size_t>(i)].start));
      a.start = a.source.start;
      a.end = open;
      return a;
    }
    // "Secretary of the Air Force James Roche: “No, Sir …”" ("… with a statement on his
    // blog: “…”" names nobody: a name's words are capitalized but for small joiners)
    a.source = subject_before(s, floor, toks.back().start, nullptr, toks);
    if (a.source.kind == SourceKind::name &&
        !name_words_only(s.substr(a.source.start, a.source.end - a.source.start))) {
      // "Bill Gates responded … with a statement on his blog: “…”": the sentence's subject
      a.source = opening_subject(s, sentence_start, open, false, true);
      if (!a.source.found()) return {};
      a.start = a.source.start;
      a.end = open;
      return a;
    }
    if (a.source.kind != SourceKind::name ||
        !capitalized(s.substr(a.source.start, a.source.end - a.source.start)))
      return {};
    a.start = a.source.start;
    a.end = open;
    return a;
  }
  if (lower_equals(word(verb), "saying") && lower_equals(word(verb - 1), "as")) {
    // "… quoted Djamal as saying: “…”"
    for (int i = verb - 2; i >= 0 && i >= verb - 10; --i) {
      if (!quoting_verb(word(i))) continue;
      if (quoted_as_saying(s, toks, static_cast<std::size_t>(i), a)) {
        a.start = toks[static_cast<std::size_t>(i)].start;
        a.end = open;
        return a;
      }
      break;
    }
  }
  int cue_first = verb;
  while (cue_first > 0) {
    const std::string_view l = word(cue_first - 1);
    if (!lower_equals(l, "has") && !lower_equals(l, "have") && !lower_equals(l, "had") &&
        !lower_equals(l, "also"))
      break;
    --cue_first;
  }
  const Token& v = toks[static_cast<std::size_t>(verb)];
  // "went on to say:", "continued to say", "ended by saying": the subject is that of the
  // verb before; the cue is the whole phrase
  int lead = cue_first;
  if (lead >= 2 && (lower_equals(word(lead - 1), "to") || lower_equals(word(lead - 1), "by"))) {
    int i = lead - 2;
    if (i >= 1 && lower_equals(word(i), "on")) --i;
    const std::string_view w = word(i);
    if (!w.empty() && !capitalized(w) && speech_verb(w) == Verb::none && !function_word(w) &&
        !preposition(w) && !pronoun(w) && w.size() > 3 &&
        (w.substr(w.size() - 2) == "ed" || w == "went" || w == "goes" || w == "began" ||
         w == "begins" || w == "continues")) {
      // ("were asked to say “yes”": a passive names who was asked, not a speaker)
      static const WordSet kBe{"is", "are", "was", "were", "be", "been", "being"};
      if (!kBe.contains(word(i - 1))) lead = i;
    }
  }
  bool adjacent = false;
  const std::uint32_t cue_start = toks[static_cast<std::size_t>(lead)].start;
  a.source = subject_before(s, floor, cue_start, &adjacent, toks);
  a.start = std::min(a.source.start, cue_start);
  if (!a.source.found() ||
      (speech_verb(text_of(s, v)) == Verb::participle && !adjacent && lead == cue_first)) {
    // "…, saying “…”": the subject of the verb before the comma ("he said, adding that
    // “…”"), else of the sentence's main verb. The attribution is the participle
    // alone, so the statement before it stays a claim of its own.
    a.source = {};
    if (cue_first >= 2 && toks[static_cast<std::size_t>(cue_first - 1)].kind == Token::comma &&
        speech_verb(word(cue_first - 2)) != Verb::none &&
        speech_verb(word(cue_first - 2)) != Verb::participle)
      a.source = subject_before(s, floor, toks[static_cast<std::size_t>(cue_first - 2)].start,
                                nullptr, toks);
    if (!a.source.found()) a.source = opening_subject(s, sentence_start, v.start, false, true);
    if (!a.source.found()) return {};
    a.start = cue_start;
  }
  a.cue = cue_text(s, cue_start, v.end, open);
  a.end = open;
  return a;
}

// "a 13.3 “widescreen display … either 15” or 17": marks that stand for inches.
bool measurement(std::string_view s, const Quoted& q) {
  if (!q.closed || q.end == 0 || !util::is_digit(s[q.end - 1])) return false;
  std::uint32_t i = q.open;
  while (i > 0 && s[i - 1] == ' ') --i;
  return i > 0 && util::is_digit(s[i - 1]);
}

// “Bridge Over Troubled Water”, “The Rachel Maddow Show”, “Face the Nation,” inside a
// sentence of prose: the title of a work, in title case, not someone's words. In a
// headline every word is capitalized, quotes too, so headlines are left alone.
bool work_title(std::string_view s, const sections::Layout& layout, const Quoted& q,
                std::uint32_t a, std::uint32_t b) {
  const util::WordStats inner = util::word_stats(s.substr(a, b - a));
  if (inner.content < 2 || inner.words > 12 || inner.capitalized * 10 < inner.content * 8)
    return false;
  if (has_verb(s, a, b)) return false;  // “Nusra is Al Qaeda”: a sentence
  const sections::Line& line = layout.lines[q.first_line];
  const util::WordStats all =
      util::word_stats(s.substr(line.range.start, line.range.end - line.range.start));
  const int outside = all.content - inner.content,
            outside_caps = all.capitalized - inner.capitalized;
  return outside >= 3 && outside_caps * 10 < outside * 6;  // the prose around is not title case
}

bool kicker(std::string_view s, const sections::Layout& layout, const Quoted& q, int words) {
  // "‘LEGACY CHIPS’: Chinese companies …": a few quoted words opening a line, then a colon.
  if (words >= 4 || q.open != layout.lines[q.first_line].range.start) return false;
  std::size_t i = q.after;
  while (i < s.size() && s[i] == ' ') ++i;
  return i < s.size() && s[i] == ':';
}

// "Trump asked.", "Lee said on Monday, looking at the crowd.": a sentence that is an
// attribution and nothing more (a speaker, a verb of saying, settings, perhaps a clause in
// -ing on how it was said).
bool attribution_only(std::string_view s, sections::Range r) {
  const Speaker sp = speaker_after(s, r.start, r.end);
  if (!sp.source.found() || sp.verb_end == 0 || sp.source.start != r.start) return false;
  const Verb v = speech_verb(s.substr(sp.verb_start, sp.verb_end - sp.verb_start));
  if (v != Verb::speech && v != Verb::talk) return false;
  std::uint32_t after = skip_settings(s, sp.verb_end, r.end);
  while (after < r.end && s[after] == ' ') ++after;
  if (after < r.end && s[after] == ',') {
    std::uint32_t w = after + 1;
    while (w < r.end && s[w] == ' ') ++w;
    std::uint32_t e = w;
    while (e < r.end && util::is_ascii_alpha(s[e])) ++e;
    const std::string_view word = s.substr(w, e - w);
    return word.size() > 4 && word.substr(word.size() - 3) == "ing";
  }
  while (after < r.end && (s[after] == ' ' || s[after] == '.' || s[after] == '\n')) ++after;
  return after >= r.end;
}

}  // namespace

std::vector<Draft> find_quotes(std::string_view s, const sections::Layout& layout,
                               const std::vector<Quoted>& quoted) {
  std::vector<Draft> out;
  if (layout.sentences.empty()) return out;
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    const Quoted& q = quoted[i];
    std::uint32_t a = q.start, b = q.end;
    while (a < b && (s[a] == ' ' || s[a] == '\n')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n')) --b;
    const int words = count_words(s, a, b);
    if (words == 0 || kicker(s, layout, q, words) || measurement(s, q)) continue;
    if (work_title(s, layout, q, a, b)) continue;

    Draft d;
    d.kind = ClaimKind::quote;
    d.start = a;
    d.end = b;
    d.words = words;
    d.closed = q.closed;
    d.single = q.single;
    d.open = q.open;
    d.after = q.after;
    const sections::Sentence& first = layout.sentences[layout.sentence_at(q.open)];
    const sections::Sentence& last =
        layout.sentences[layout.sentence_at(q.end > q.start ? q.end - 1 : q.end)];
    d.sentence_start = std::min(first.range.start, q.open);
    d.sentence_end = std::max(last.range.end, q.after);

    // Each look stays between this quote and its neighbours, so the looks of all quotes
    // together read the text at most twice.
    std::uint32_t floor = std::max(first.range.start, i > 0 ? quoted[i - 1].after : 0u);
    {
      // "He said:" closing the sentence before a quote that opens its own (often the
      // next paragraph's): that sentence's attribution is the quote's
      const std::uint32_t si = layout.sentence_at(q.open);
      if (si > 0 && only_space(s, first.range.start, q.open)) {
        const sections::Range prev = layout.sentences[si - 1].range;
        std::uint32_t e = prev.end;
        while (e > prev.start && (s[e - 1] == ' ' || s[e - 1] == '\n')) --e;
        if (e > prev.start && s[e - 1] == ':' && (i == 0 || quoted[i - 1].after <= prev.start))
          floor = prev.start;
      }
    }
    if (q.open > floor + kLookAround) floor = word_boundary_after(s, q.open - kLookAround, q.open);
    floor = std::min(floor, q.open);
    std::uint32_t limit = last.range.end;
    {
      // “….” ― Ana Ruiz: a dash and a name after a quote that ends its sentence
      const std::uint32_t li = layout.sentence_at(q.after);
      if (li + 1 < layout.sentences.size() && q.after >= layout.sentences[li].range.end - 1) {
        const sections::Range next = layout.sentences[li + 1].range;
        const std::vector<Token> t = tokenize(s, next.start, std::min(next.end, next.start + 8));
        if (!t.empty() && t[0].kind == Token::dash && only_space(s, q.after, next.start))
          limit = next.end;
      }
    }
    {
      // “… a bribe?” Trump asked.: after a question or an exclamation the layout ends the
      // sentence at the closing mark; the attribution right after it is the quote's
      const std::uint32_t li = layout.sentence_at(q.after);
      const bool asks = b > a && (s[b - 1] == '?' || s[b - 1] == '!');
      if (asks && q.closed && li + 1 < layout.sentences.size() &&
          q.after >= layout.sentences[li].range.end - 1 &&
          only_space(s, q.after, layout.sentences[li + 1].range.start) &&
          attribution_only(s, layout.sentences[li + 1].range))
        limit = std::max(limit, layout.sentences[li + 1].range.end);
    }
    if (i + 1 < quoted.size()) limit = std::min(limit, quoted[i + 1].open);
    limit = std::min(limit, q.after + kLookAround);

    Attribution at;
    if (q.closed && limit > q.after) at = after_quote(s, q.after, limit);
    // (“Thank you, son,” Cruz replied, before …: a quote opening its sentence is one)
    const bool opens_sentence = only_space(s, first.range.start, q.open);
    if (at.source.found() && words < kMinQuoteWords && next_char(s, at.end, limit) == ',' &&
        !opens_sentence) {
      at =
          {};  // "This 'switch', he said, would happen …": the sentence is attributed, not the word
    }
    if (!at.source.found() && q.open > floor)
      at = before_quote(s, floor, q.open, first.range.start);
    if (!at.source.found() && words < kMinQuoteWords)
      continue;  // a term in quotation marks, not a quotation
    if (at.source.found()) {
      d.source = std::move(at.source);
      d.cue = std::move(at.cue);
      d.via = Via::cue;
      d.attribution_start = at.start;
      d.attribution_end = at.end;
      if (at.start >= q.after) {
        d.sentence_end =
            std::max(d.sentence_end,
                     layout.sentences[layout.sentence_at(at.end > 0 ? at.end - 1 : 0)].range.end);
      } else {
        d.sentence_start =
            std::min(d.sentence_start, layout.sentences[layout.sentence_at(at.start)].range.start);
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

Source speaker_closing(std::string_view s, const sections::Layout& layout, std::uint32_t pos,
                       std::string* cue) {
  if (layout.sentences.empty()) return {};
  const std::uint32_t idx = layout.sentence_at(pos);
  if (idx == 0 || !only_space(s, layout.sentences[idx].range.start, pos)) return {};
  const sections::Range r = layout.sentences[idx - 1].range;
  const Speaker sp = speaker_after(s, r.start, r.end);
  if (!sp.source.found() || sp.verb_end == 0) return {};
  const Verb v = speech_verb(s.substr(sp.verb_start, sp.verb_end - sp.verb_start));
  if (v != Verb::speech && v != Verb::talk) return {};
  // nothing but settings and the sentence's end after the verb
  std::uint32_t after = skip_settings(s, sp.verb_end, r.end);
  while (after < r.end && (s[after] == ' ' || s[after] == '.' || s[after] == ':')) ++after;
  if (after < r.end) return {};
  *cue = cue_text(s, sp.verb_start, sp.verb_end, r.end);
  return sp.source;
}

Source speaker_opening(std::string_view s, const sections::Layout& layout, std::uint32_t pos,
                       std::string* cue) {
  if (layout.sentences.empty()) return {};
  std::uint32_t idx = layout.sentence_at(pos);
  if (layout.sentences[idx].range.start < pos) ++idx;
  if (idx >= layout.sentences.size()) return {};
  const sections::Range r = layout.sentences[idx].range;
  for (std::uint32_t i = pos; i < r.start; ++i) {
    if (s[i] != ' ' && s[i] != '\n')
      return {};  // only space between: the sentence follows the quote
  }
  const Speaker sp = speaker_after(s, r.start, r.end);
  if (!sp.source.found() || sp.verb_end == 0) return {};
  const Verb v = speech_verb(s.substr(sp.verb_start, sp.verb_end - sp.verb_start));
  if (v != Verb::speech && v != Verb::talk) return {};
  *cue = cue_text(s, sp.verb_start, sp.verb_end, r.end);
  return sp.source;
}

}  // namespace finlens::claims
