// Reported speech: a cue with its source and the statement it reports.
//   X said (that) …, X told Y (that) …, X reported / revealed / estimated that …
//   Analysts estimate cloud revenues … rose …        (a clause follows: speech)
//   Its cloud unit reported a 26% revenue growth      (a noun phrase follows: results, not speech)
//   According to X, …  /  …, according to X.  /  …, as reported by X.  /  …, X said.
//   Alibaba published benchmark scores showing …     (the publisher is the source)
// The claim is the reported statement; its source is the cue's subject as written.
#include <algorithm>

#include "claims/stages.h"
#include "claims/words.h"

namespace finlens::claims {
namespace {

// Stretches already taken by quotes and their attributions, in order; a cue inside
// one is part of a quote, not reported speech.
class Blocked {
 public:
  Blocked(const std::vector<Quoted>& quoted, const std::vector<Draft>& quotes) {
    for (const Quoted& q : quoted) spans_.push_back({q.open, q.after});
    for (const Draft& d : quotes) {
      if (d.via == Via::cue) spans_.push_back({d.attribution_start, d.attribution_end});
    }
    std::sort(spans_.begin(), spans_.end());
    for (const Draft& d : quotes) {
      if (d.via == Via::cue && d.attribution_end <= d.open)
        attributions_.push_back(d.attribution_start);
    }
    std::sort(attributions_.begin(), attributions_.end());
  }
  // The first attribution of a quote that starts in (a, b), or b: "…, with UBS analyst
  // David Strauss saying “…”" is the analyst's, not part of the statement before it.
  std::uint32_t attribution_in(std::uint32_t a, std::uint32_t b) const {
    auto it = std::upper_bound(attributions_.begin(), attributions_.end(), a);
    return it != attributions_.end() && *it < b ? *it : b;
  }
  // Positions must be asked in increasing order.
  bool contains(std::uint32_t pos) {
    while (next_ < spans_.size() && spans_[next_].second <= pos) ++next_;
    for (std::size_t i = next_; i < spans_.size() && spans_[i].first <= pos; ++i) {
      if (pos < spans_[i].second) return true;
    }
    return false;
  }

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;
  std::vector<std::uint32_t>
      attributions_;  // starts of quote attributions that stand before their quote
  std::size_t next_ = 0;
};

// How far into a statement a new attribution is looked for.
constexpr std::uint32_t kMaxStatementScan = 2000;

// The end of a sentence's content: without the closing period and spaces.
std::uint32_t content_end(std::string_view s, std::uint32_t start, std::uint32_t end) {
  while (end > start &&
         (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '.' || s[end - 1] == '!' ||
          s[end - 1] == '?' || s[end - 1] == ';' || s[end - 1] == ':' || s[end - 1] == ',')) {
    --end;
  }
  return end;
}

// Whether s[a, b) has a finite verb: a clause rather than a phrase.
bool has_verb(std::string_view s, std::uint32_t a, std::uint32_t b) {
  const std::vector<Token> toks = tokenize(s, a, b);
  auto w = [&](std::size_t i) {
    return i < toks.size() && toks[i].kind == Token::word
               ? s.substr(toks[i].start, toks[i].end - toks[i].start)
               : std::string_view();
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind == Token::word &&
        finite_verb(i > 0 ? w(i - 1) : std::string_view(), w(i), w(i + 1)))
      return true;
  }
  return false;
}

// The comma right before `pos` (spaces between), or 0.
std::uint32_t comma_before(std::string_view s, std::uint32_t floor, std::uint32_t pos) {
  while (pos > floor && s[pos - 1] == ' ') --pos;
  return pos > floor && s[pos - 1] == ',' ? pos - 1 : 0;
}

class SentenceReader {
 public:
  SentenceReader(std::string_view s, sections::Range sentence, std::span<const Token> toks,
                 Blocked& blocked, std::vector<Draft>& out)
      : s_(s), sen_(sentence), blocked_(blocked), out_(out), toks_(toks) {
    cursor_ = sen_.start;
    end_ = content_end(s_, sen_.start, sen_.end);
  }

  void read() {
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      if (toks_[k].kind != Token::word || toks_[k].start < cursor_ ||
          blocked_.contains(toks_[k].start))
        continue;
      const std::string_view l = word(k);
      if (lower_equals(l, "according") && lower_equals(word(k + 1), "to")) {
        according(k, k + 2);
      } else if (lower_equals(l, "as") && lower_equals(word(k + 1), "reported") &&
                 lower_equals(word(k + 2), "by")) {
        according(k, k + 3);
      } else if (speech_verb(word(k)) != Verb::none && !capitalized(word(k))) {
        verb(k);
      }
    }
  }

 private:
  std::string_view word(std::size_t k) const {
    return k < toks_.size() && toks_[k].kind == Token::word
               ? s_.substr(toks_[k].start, toks_[k].end - toks_[k].start)
               : std::string_view();
  }
  std::uint32_t start_of(std::size_t k) const {
    return k < toks_.size() ? toks_[k].start : sen_.end;
  }

  // `whole`: the statement is the sentence around its attribution; no cut at it.
  void emit(std::uint32_t start, std::uint32_t end, Source src, std::string cue,
            std::uint32_t attr_start, std::uint32_t attr_end, bool whole = false) {
    while (start < end && (s_[start] == ' ' || s_[start] == ',')) ++start;
    // cheap refusals first: a refused cue must not cost the length of the sentence
    {
      // "… where Boeing predicts will be an area of growth": a statement needs its subject;
      // "warned of imminent bankruptcy": a preposition starts no statement.
      std::uint32_t w = start;
      while (w < end && s_[w] != ' ' && w < start + 64) ++w;
      const std::string_view first = s_.substr(start, w - start);
      if ((finite_verb("", first, "") || preposition(first) || first == "to") &&
          !capitalized(first))
        return;
    }
    if (const std::uint32_t other = blocked_.attribution_in(start, end); other < end) {
      end = other;
      while (end > start && s_[end - 1] != ',') --end;  // back to the comma before it
      if (end == start) end = other;
    }
    end = content_end(s_, start, whole ? end : new_attribution(start, end));
    if (count_words(s_, start, end, 2) < 2) return;
    Draft d;
    d.kind = ClaimKind::reported;
    d.start = start;
    d.end = end;
    d.source = std::move(src);
    d.cue = std::move(cue);
    d.via = Via::cue;
    d.attribution_start = attr_start;
    d.attribution_end = attr_end;
    d.sentence_start = sen_.start;
    d.sentence_end = sen_.end;
    cursor_ = std::max(end, attr_end);
    out_.push_back(std::move(d));
  }

  // Where a statement ends because another attribution begins in it: "…, Boeing saying
  // that …", "…, Jobs said that …" (a comma, a name or pronoun, a speech verb).
  std::uint32_t new_attribution(std::uint32_t start, std::uint32_t end) const {
    const std::vector<Token> toks = tokenize(s_, start, std::min(end, start + kMaxStatementScan));
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].kind != Token::comma) continue;
      std::size_t j = i + 1;
      while (j < toks.size() && j <= i + 5 && toks[j].kind == Token::word) {
        const std::string_view w = s_.substr(toks[j].start, toks[j].end - toks[j].start);
        if (j > i + 1 && speech_verb(w) != Verb::none && !capitalized(w)) return toks[i].start;
        if (!(capitalized(w) || pronoun(w))) break;
        ++j;
      }
    }
    return end;
  }

  // "According to X, …", "…, according to X.", "…, as reported by X." — `at` is the
  // first word of the cue, `obj` the first token after it.
  void according(std::size_t at, std::size_t obj) {
    std::uint32_t src_end = 0;
    Source src = object_source(s_, start_of(obj), sen_.end, &src_end);
    if (!src.found() || src.kind != SourceKind::name) return;
    const std::uint32_t cue_start = toks_[at].start;
    std::string cue(s_.substr(cue_start, src.phrase_start - cue_start));
    while (!cue.empty() && cue.back() == ' ') cue.pop_back();
    const std::uint32_t comma = comma_before(s_, cursor_, cue_start);
    // "…, according to X": a statement stands before the comma, not "On the contrary".
    if (comma != 0 && count_words(s_, clause_start(s_, cursor_, comma), comma, 4) >= 4 &&
        has_verb(s_, clause_start(s_, cursor_, comma), comma)) {
      emit(clause_start(s_, cursor_, comma), comma, std::move(src), std::move(cue), cue_start,
           src_end);
      return;
    }
    // leading: the statement follows the source's comma (and a clause on the source:
    // "According to The New York Times, who first broke the news, …")
    std::uint32_t from = src_end;
    while (from < end_ && s_[from] == ' ') ++from;
    if (from >= end_ || s_[from] != ',') return;
    std::uint32_t next = from + 1;
    while (next < end_ && s_[next] == ' ') ++next;
    if (s_.substr(next, 4) == "who " || s_.substr(next, 6) == "which ") {
      const std::size_t comma2 = s_.substr(next, end_ - next).find(',');
      if (comma2 == std::string_view::npos || comma2 > kPhraseWindow) return;
      from = next + static_cast<std::uint32_t>(comma2);
    }
    emit(from + 1, end_, std::move(src), std::move(cue), cue_start, from);
  }

  // A speech verb at k, with its subject before it.
  void verb(std::size_t k) {
    const std::string_view l = word(k);
    Verb v = speech_verb(l);
    std::size_t first = k;  // the cue's first word: "have said", "are predicting"
    while (first > 0) {
      const std::string_view aux = word(first - 1);
      const bool be = lower_equals(aux, "is") || lower_equals(aux, "are") ||
                      lower_equals(aux, "was") || lower_equals(aux, "were");
      if (!(lower_equals(aux, "has") || lower_equals(aux, "have") || lower_equals(aux, "had") ||
            lower_equals(aux, "also") || (be && v == Verb::participle)))
        break;
      if (be) v = Verb::finding;  // "are predicting": a finite verb
      --first;
    }
    // A subject never reaches back past an earlier cue word ("reports indicate": that
    // word itself may be the subject), so the look-backs of all cues in a sentence
    // together read it at most twice.
    const std::uint32_t floor = std::max(cursor_, last_cue_);
    last_cue_ = toks_[first].start;
    bool adjacent = false;
    Source src = subject_before(s_, floor, toks_[first].start, &adjacent);
    if (v == Verb::participle && !(src.found() && adjacent)) {
      // "Alibaba published benchmark scores showing …": the publisher speaks.
      src = publisher(k, floor, &first);
      if (!src.found()) return;
    }
    std::size_t p = k + 1;
    const bool tell = lower_equals(l, "told") || lower_equals(l, "tells") ||
                      lower_equals(l, "tell") || lower_equals(l, "telling");
    if (tell) {
      // "told reporters (that) …", not "tells airlines not to buy …"
      p = skip_settings(skip_object(p));
      if (p >= toks_.size() ||
          !(lower_equals(word(p), "that") || starts_clause(s_, toks_[p].start, end_)))
        return;
    }
    p = skip_settings(p);
    const std::uint32_t cue_start = start_of(first);
    const std::uint32_t verb_end = toks_[k].end;
    std::string cue = cue_text(s_, cue_start, verb_end, sen_.end);
    const std::uint32_t attr_start = src.found() ? std::min(src.start, cue_start) : cue_start;
    const std::uint32_t attr_end =
        std::max(start_of(p), cue_start + static_cast<std::uint32_t>(cue.size()));

    if (!src.found()) {
      // "…, said analyst Maryann Keller.": the source after the verb, the statement before.
      const std::uint32_t comma = comma_before(s_, cursor_, cue_start);
      if (comma == 0) return;
      const Speaker sp = speaker_after(s_, verb_end, sen_.end);
      if (!sp.source.found() || sp.verb_end != 0 || content_end(s_, sp.end, end_) > sp.end) return;
      emit(clause_start(s_, cursor_, comma), comma, sp.source, std::move(cue), cue_start, end_);
      return;
    }
    const bool at_end = start_of(p) >= end_;
    if (at_end || toks_[p].kind == Token::comma) {
      // "…, the USAF has announced." / "Since then, he says, the plane has flown …"
      const std::uint32_t comma = comma_before(s_, cursor_, attr_start);
      if (comma == 0) return;
      if (at_end) {
        emit(clause_start(s_, cursor_, comma), comma, std::move(src), std::move(cue), attr_start,
             end_);
      } else if (starts_clause(s_, toks_[p].end, end_)) {
        emit(toks_[p].end, end_, std::move(src), std::move(cue), attr_start, toks_[p].end);
      } else {
        // "This 'switch', he said, would happen next year": the sentence around it
        emit(clause_start(s_, cursor_, comma), end_, std::move(src), std::move(cue), attr_start,
             toks_[p].end, true);
      }
      return;
    }
    if (lower_equals(word(p), "that")) {
      emit(toks_[p].end, end_, std::move(src), std::move(cue), attr_start, toks_[p].end);
      return;
    }
    // "showed the court …", "found a buyer": these report only with "that"
    static const WordSet kThatOnly{"show", "shows", "showed", "found", "finds"};
    if (kThatOnly.contains(l)) return;
    if (toks_[p].kind == Token::quote || (v == Verb::speech && toks_[p].kind == Token::word) ||
        starts_clause(s_, toks_[p].start, end_)) {
      emit(toks_[p].start, end_, std::move(src), std::move(cue), attr_start, attr_end);
    }
  }

  // "published benchmark scores showing", "released figures showing": the subject of the
  // publishing verb a few words before the participle at k.
  Source publisher(std::size_t k, std::uint32_t floor, std::size_t* first) {
    static const WordSet kPublish{"published", "released", "issued",   "filed",
                                  "presented", "posted",   "unveiled", "publishes",
                                  "releases",  "issues",   "put",      "gave"};
    for (std::size_t i = k; i-- > 0 && k - i <= 5;) {
      if (toks_[i].kind != Token::word) return {};
      if (!kPublish.contains(word(i))) continue;
      bool adjacent = false;
      Source src = subject_before(s_, floor, toks_[i].start, &adjacent);
      if (!src.found() || !adjacent) return {};
      *first = i;
      return src;
    }
    return {};
  }

  // "told the BBC", "told Reuters on Tuesday", "told reporters".
  std::size_t skip_object(std::size_t p) const {
    static const WordSet kObject{
        "the",          "a",         "reporters",  "journalists", "investors",  "analysts",
        "shareholders", "employees", "staff",      "lawmakers",   "us",         "him",
        "her",          "them",      "me",         "press",       "media",      "newspaper",
        "agency",       "audience",  "members",    "congress",    "parliament", "broadcaster",
        "conference",   "radio",     "television", "magazine",    "daily"};
    const std::size_t start = p;
    while (p < toks_.size() && p - start < 5 && toks_[p].kind == Token::word) {
      const std::string_view w = word(p);
      if (lower_equals(w, "that") || !(capitalized(w) || kObject.contains(w))) break;
      ++p;
    }
    return p;
  }

  // "on Friday", "in a statement", "late Monday", "yesterday": between the verb and what it
  // reports.
  std::size_t skip_settings(std::size_t p) const {
    if (p >= toks_.size()) return p;
    const std::uint32_t past = claims::skip_settings(s_, toks_[p].start, end_);
    while (p < toks_.size() && toks_[p].start < past) ++p;
    return p;
  }

  std::string_view s_;
  sections::Range sen_;
  Blocked& blocked_;
  std::vector<Draft>& out_;
  std::span<const Token> toks_;  // the sentence's
  std::uint32_t cursor_ = 0;     // claims so far end here; cues before it are taken
  std::uint32_t last_cue_ = 0;
  std::uint32_t end_ = 0;
};

}  // namespace

std::vector<Draft> find_reported(std::string_view s, const sections::Layout& layout,
                                 const SentenceTokens& tokens, const std::vector<Quoted>& quoted,
                                 const std::vector<Draft>& quotes) {
  std::vector<Draft> out;
  Blocked blocked(quoted, quotes);
  for (std::size_t i = 0; i < layout.sentences.size(); ++i) {
    SentenceReader(s, layout.sentences[i].range, tokens.of(i), blocked, out).read();
  }
  return out;
}

}  // namespace finlens::claims
