// Reported speech: a cue with its source and the statement it reports.
//   X said (that) …, X told Y (that) …, X reported / revealed / estimated that …
//   Analysts estimate cloud revenues … rose …        (a clause follows: speech)
//   Its cloud unit reported a 26% revenue growth      (a noun phrase follows: results, not speech)
//   According to X, …  /  …, according to X.  /  …, as reported by X.  /  …, X said.
//   Alibaba published benchmark scores showing …     (the publisher is the source)
// The claim is the reported statement; its source is the cue's subject as written.
#include <algorithm>

#include "claims/cues.h"
#include "claims/stages.h"
#include "claims/words.h"
#include "util/scan.h"

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

// How far past a source's name the phrase that closes it may run ("from 2012", "seen by
// Reuters"), in bytes.
constexpr std::uint32_t kSourceTail = 80;

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

// Whether `w` is one of the space-separated words of `list`.
bool has_word(std::string_view list, std::string_view w) {
  if (w.empty()) return false;
  std::size_t i = 0;
  while (i < list.size()) {
    std::size_t j = list.find(' ', i);
    if (j == std::string_view::npos) j = list.size();
    if (lower_equals(w, list.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

bool determiner(std::string_view w) {
  static const WordSet k{"the", "a",    "an",    "its",   "their", "his", "her",
                         "our", "this", "these", "those", "your",  "my"};
  return k.contains(w);
}

bool be_form(std::string_view w) {
  static const WordSet k{"is", "are", "was", "were", "be", "been", "being", "am", "'s"};
  return k.contains(w);
}

// The comma right before `pos` (spaces between), or 0.
std::uint32_t comma_before(std::string_view s, std::uint32_t floor, std::uint32_t pos) {
  while (pos > floor && s[pos - 1] == ' ') --pos;
  // (“… weeks,” according to CNN: the comma may stand inside the closing mark)
  if (pos > floor && (s[pos - 1] == '"' || s[pos - 1] == '\'')) --pos;
  if (pos >= floor + 3 && s.substr(pos - 3, 3) == "\xE2\x80\x9D") pos -= 3;
  return pos > floor && s[pos - 1] == ',' ? pos - 1 : 0;
}

class SentenceReader {
 public:
  SentenceReader(std::string_view s, sections::Range sentence, std::span<const Token> toks,
                 Blocked& blocked, std::vector<Draft>& out)
      : s_(s), sen_(sentence), blocked_(blocked), out_(out), toks_(toks) {
    cursor_ = sen_.start;
    end_ = content_end(s_, sen_.start, sen_.end);
    // A headline in title case ("Mayor Says Port Will Close"): its capitalized verbs of
    // saying are cues too.
    int words = 0, capitals = 0;
    for (const Token& t : toks_) {
      if (t.kind != Token::word || !util::is_ascii_alpha(s_[t.start])) continue;
      const std::string_view w = s_.substr(t.start, t.end - t.start);
      const bool capital = capitalized(w);
      if (w.size() < 4 && !capital) continue;  // "of", "to", "a" may stay lower
      ++words;
      if (capital) ++capitals;
    }
    title_case_ = words >= 4 && capitals * 10 >= words * 9 && sen_.end - sen_.start < 200;
  }

  void read() {
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      if (toks_[k].kind != Token::word || toks_[k].start < cursor_ ||
          blocked_.contains(toks_[k].start))
        continue;
      const std::string_view l = word(k);
      if (lower_equals(l, "according") && lower_equals(word(k + 1), "to")) {
        according(k, k + 2);
        continue;
      }
      if (lower_equals(l, "as") && lower_equals(word(k + 1), "reported") &&
          lower_equals(word(k + 2), "by")) {
        according(k, k + 3);
        continue;
      }
      if (lower_equals(l, "in") && in_document(k)) continue;
      if (lower_equals(word(k + 1), "that") && claim_noun(l) && noun_claim(k)) continue;
      // (one lookup per word: most words are no cue, and speech_verb is cue_word's verb)
      const Cue* cue = cue_word(l);
      if (cue == nullptr) continue;
      if (title_case_ && k > 0 && !cue->needs_particle && cue->verb == Verb::speech &&
          capitalized(l) && !acronym(l)) {
        verb(k);
      } else if (!capitalized(l)) {
        // (a cue that needs its particle, "pointed to", is read here too: verb() checks it)
        const std::size_t before = out_.size();
        verb(k);
        if (out_.size() > before) last_cue_ = pending_cue_;
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
  // `after_that`: the statement follows "that", which may open with a phrase ("that, like
  // him, she …").
  void emit(std::uint32_t start, std::uint32_t end, Source src, std::string cue,
            std::uint32_t attr_start, std::uint32_t attr_end, bool whole = false,
            bool after_that = false) {
    while (start < end && (s_[start] == ' ' || s_[start] == ',')) ++start;
    // cheap refusals first: a refused cue must not cost the length of the sentence
    if (!after_that) {
      // "… where Boeing predicts will be an area of growth": a statement needs its subject;
      // "warned of imminent bankruptcy": a preposition starts no statement.
      std::uint32_t w = start;
      while (w < end && s_[w] != ' ' && w < start + 64) ++w;
      const std::string_view first = s_.substr(start, w - start);
      // ("said about half of …": a number after "about" is the statement's subject)
      std::uint32_t n = w;
      while (n < end && s_[n] == ' ') ++n;
      std::uint32_t n_end = n;
      while (n_end < end && s_[n_end] != ' ') ++n_end;
      // ("said about a third of …": the article before the number too)
      std::string_view counted = n < end ? s_.substr(n, n_end - n) : std::string_view();
      if ((counted == "a" || counted == "an") && n_end < end) {
        std::uint32_t m = n_end + 1, m_end = n_end + 1;
        while (m_end < end && s_[m_end] != ' ') ++m_end;
        counted = s_.substr(m, m_end - m);
      }
      // ("said at least seven …": a bound on a number)
      const bool about_number = (first == "about" && quantity_word(counted)) ||
                                (first == "at" && (counted == "least" || counted == "most"));
      // "said after the attacks", "asked and …", "recalled asked her …"
      static const WordSet kNoStart{"after",   "before",  "during", "since", "despite", "amid",
                                    "without", "through", "and",    "but",   "or",      "nor"};
      const bool phrase_first = (preposition(first) && !about_number) ||
                                (kNoStart.contains(first) && !conjunction(first));
      if ((finite_verb("", first, "") || phrase_first || first == "to" ||
           kNoStart.contains(first) ||
           (speech_verb(first) != Verb::none && !starts_clause(s_, start, end))) &&
          (!capitalized(first) || title_case_) && !(phrase_first && phrase_then_clause(start, end)))
        return;
    }
    if (const std::uint32_t other = blocked_.attribution_in(start, end); other < end) {
      end = other;
      while (end > start && s_[end - 1] != ',') --end;  // back to the comma before it
      if (end == start) end = other;
    }
    if (!whole) end = subordinate_end(start, end, attr_start);
    // new_attribution and break_off read the same tokens unless the first cuts the
    // statement short
    std::vector<Token> toks = statement_tokens(start, end);
    std::uint32_t cut = end;
    if (!whole) {
      cut = new_attribution(toks, end);
      if (cut != end) toks = statement_tokens(start, cut);
    }
    end = content_end(s_, start, break_off(toks, cut));
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
    last_source_ = d.source;
    out_.push_back(std::move(d));
  }

  // The tokens a statement from `start` to `end` is read in for where it ends.
  std::vector<Token> statement_tokens(std::uint32_t start, std::uint32_t end) const {
    const std::uint32_t to = std::min(end, start + kMaxStatementScan);
    std::vector<Token> toks;
    // (the sentence's tokens, when the statement lies in the sentence)
    tokenize_from(s_, start, to, to <= sen_.end ? toks_ : std::span<const Token>(), toks);
    return toks;
  }

  // Where a statement breaks off before what is not part of it: a dash, with no dash
  // closing it, before a clause that sets something against it or a new attribution
  // ("… to the floor -- even as Lee closed in", "… last week - saying it offered
  // nothing"). `end` when none stands in it.
  // `toks`: statement_tokens(start, end).
  std::uint32_t break_off(const std::vector<Token>& toks, std::uint32_t end) const {
    static const WordSet kAfterDash{"even", "although", "though", "while", "whereas"};
    auto word_of = [&](std::size_t j) {
      return j < toks.size() && toks[j].kind == Token::word
                 ? s_.substr(toks[j].start, toks[j].end - toks[j].start)
                 : std::string_view();
    };
    for (std::size_t i = 2; i + 1 < toks.size(); ++i) {
      if (toks[i].kind == Token::comma) {
        const std::string_view w = word_of(i + 1);
        // "praised Putin, saying he was …": the same subject's next attribution
        if (!w.empty() && !capitalized(w) && speech_verb(w) == Verb::participle)
          return toks[i].start;
        // "…, and has championed cuts", "…, but had …": what the subject did next, not
        // what it said
        static const WordSet kNext{"has", "have", "had", "did", "also", "then", "later"};
        if ((w == "and" || w == "but") && kNext.contains(word_of(i + 2))) return toks[i].start;
        continue;
      }
      if (toks[i].kind != Token::dash || toks[i + 1].kind != Token::word) continue;
      const std::string_view next =
          s_.substr(toks[i + 1].start, toks[i + 1].end - toks[i + 1].start);
      bool closed = false;  // an aside between dashes is part of the statement
      for (std::size_t j = i + 1; j < toks.size() && !closed; ++j)
        closed = toks[j].kind == Token::dash;
      if (!closed && !capitalized(next) &&
          (kAfterDash.contains(next) || speech_verb(next) == Verb::participle))
        return toks[i].start;
    }
    return end;
  }

  static bool conjunction(std::string_view w) {
    return w == "and" || w == "but" || w == "or" || w == "nor";
  }

  // "said after the vote he would resign", "says despite all that, the plan holds": a
  // short phrase with no verb in it (perhaps closed by a comma), then a clause with its
  // own subject. The phrase is part of what was said.
  bool phrase_then_clause(std::uint32_t start, std::uint32_t end) const {
    const std::vector<Token> toks = tokenize(s_, start, std::min(end, start + kPhraseWindow));
    for (std::size_t q = 1; q < toks.size() && q < 10; ++q) {
      const Token& t = toks[q];
      if (t.kind == Token::comma)
        return q >= 2 && q + 1 < toks.size() && starts_clause(s_, toks[q].end, end);
      if (t.kind != Token::word) return false;
      const std::string_view w = s_.substr(t.start, t.end - t.start);
      if (pronoun(w) && q >= 2) return starts_clause(s_, t.start, end);
      if (lower_equals(w, "that") || speech_verb(w) != Verb::none) return false;
      // ("after the hearing": after an article, a word in -ing is a noun)
      const std::string_view prev =
          s_.substr(toks[q - 1].start, toks[q - 1].end - toks[q - 1].start);
      const bool ing_noun = w.size() > 4 && w.substr(w.size() - 3) == "ing" && function_word(prev);
      const bool phrase_word = capitalized(w) || preposition(w) || function_word(w) ||
                               common_noun(w) || is_possessive(w) || quantity_word(w) || ing_noun;
      if (!phrase_word) return false;
    }
    return false;
  }

  // Where a statement ends because another attribution begins in it: "…, Boeing saying
  // that …", "…, but Jobs said that …", "…, calling it …", "…, according to …", "… and
  // threatened to …" (a comma or a conjunction, a subject of a few words or none, a cue).
  // `toks`: statement_tokens(start, end).
  std::uint32_t new_attribution(const std::vector<Token>& toks, std::uint32_t end) const {
    static const WordSet kJoin{"and", "but", "while", "although", "though", "whereas", "as"};
    auto word = [&](std::size_t j) {
      return j < toks.size() && toks[j].kind == Token::word
                 ? s_.substr(toks[j].start, toks[j].end - toks[j].start)
                 : std::string_view();
    };
    auto finite_cue = [&](std::string_view w) {
      const Verb v = speech_verb(w);
      return v != Verb::none && v != Verb::participle && !capitalized(w);
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      const bool comma = toks[i].kind == Token::comma;
      const std::string_view joiner = word(i);
      const bool joined = lower_equals(joiner, "and") || lower_equals(joiner, "but");
      if (!comma && !joined) continue;
      std::size_t j = i + 1;
      if (comma) {
        const std::string_view w = word(j);
        // (", who knew about …,": a clause on the noun before the comma, inside the statement)
        if (lower_equals(w, "who") || lower_equals(w, "which") || lower_equals(w, "whose"))
          continue;
        if (speech_verb(w) == Verb::participle && !capitalized(w)) return toks[i].start;
        if (lower_equals(w, "according") && lower_equals(word(j + 1), "to")) return toks[i].start;
        if (kJoin.contains(w)) ++j;
      }
      std::size_t subject = 0;  // words of the new cue's subject
      while (j < toks.size() && subject < 7 && toks[j].kind == Token::word) {
        const std::string_view w = word(j);
        if (finite_cue(w)) {
          // "… and threatened to …" shares the subject; after a comma a new one is needed
          if (subject > 0 || (joined && !comma)) return toks[i].start;
          break;
        }
        if (adverb(w)) {
          ++j;
          continue;
        }
        const bool np = capitalized(w) || pronoun(w) || function_word(w) || common_noun(w) ||
                        quantity_word(w) || is_possessive(w);
        if (!np || lower_equals(w, "that")) break;
        ++subject;
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
    const bool pronoun_source =
        src.kind == SourceKind::person_pronoun || src.kind == SourceKind::group_pronoun;
    // ("according to the bank": the company named before, resolved as "the bank said" is)
    if (!src.found() ||
        !(src.kind == SourceKind::name || pronoun_source || src.kind == SourceKind::company_role))
      return;
    const std::uint32_t cue_start = toks_[at].start;
    std::string cue(s_.substr(cue_start, src.phrase_start - cue_start));
    while (!cue.empty() && cue.back() == ' ') cue.pop_back();
    // The source's phrase ends at a comma, perhaps after a clause on it ("according to
    // The New York Times, which first broke the news, …", "according to members who
    // spoke with reporters, …").
    std::uint32_t from = src_end;
    while (from < end_ && s_[from] == ' ') ++from;
    std::uint32_t rel = from;
    if (rel < end_ && s_[rel] == ',') ++rel;
    while (rel < end_ && s_[rel] == ' ') ++rel;
    if (s_.substr(rel, 4) == "who " || s_.substr(rel, 6) == "which " ||
        (rel == from && s_.substr(rel, 5) == "that ")) {
      const std::size_t comma2 = s_.substr(rel, end_ - rel).find(',');
      if (comma2 != std::string_view::npos && comma2 <= kPhraseWindow)
        from = rel + static_cast<std::uint32_t>(comma2);
      else if (rel > from)
        from = end_;  // (", who asked not to be named.": the clause closes the sentence)
    }
    // ("According to a copy of the site from 2012, …", "according to a filing seen by
    // Reuters, …": a setting or a participle phrase with no verb of its own closes the
    // source's phrase before the comma)
    if (from < end_ && s_[from] != ',') {
      const std::uint32_t reach = std::min(end_, from + kSourceTail);
      std::uint32_t c = from;
      while (c < reach && s_[c] != ',' && s_[c] != '"' && s_[c] != ':' &&
             static_cast<unsigned char>(s_[c]) != 0xE2)
        ++c;
      if (c < reach && s_[c] == ',' && count_words(s_, from, c, 9) <= 8 && !has_verb(s_, from, c))
        from = c;
    }
    const bool after = from < end_ && s_[from] == ',' && count_words(s_, from + 1, end_, 2) >= 2;
    std::uint32_t comma = comma_before(s_, cursor_, cue_start);
    // ("“…,” the judge said, according to the Post.": the quote's attribution is relayed;
    // nothing before the comma is a statement of its own)
    if (comma != 0 && at >= 2 && toks_[at - 1].kind == Token::comma &&
        toks_[at - 2].kind == Token::word) {
      const Verb v = speech_verb(word(at - 2));
      const std::string_view before_comma = s_.substr(sen_.start, comma - sen_.start);
      const bool quoted = before_comma.find("\xE2\x80\x9D") != std::string_view::npos ||
                          before_comma.find('"') != std::string_view::npos;
      if (v != Verb::none && v != Verb::participle && quoted) return;
    }
    std::uint32_t head = comma != 0 ? clause_start(s_, cursor_, comma) : 0;
    if (!after && cursor_ > sen_.start && !out_.empty() &&
        out_.back().sentence_start == sen_.start && out_.back().start > sen_.start &&
        count_words(s_, comma != 0 ? head : cursor_, comma != 0 ? comma : cue_start, 3) < 3) {
      // "Six in 10 voters said Wall Street hurts the economy, according to exit polls":
      // the statement closing the sentence holds another one; the whole is the source's
      comma = comma_before(s_, sen_.start, cue_start);
      head = comma != 0 ? clause_start(s_, sen_.start, comma) : 0;
    }
    // "On the contrary, according to X": three words before the comma are no statement
    const bool before =
        comma != 0 && (count_words(s_, head, comma, 4) >= 4 ||
                       (count_words(s_, head, comma, 3) >= 3 && has_verb(s_, head, comma)));
    if (before && after && (joins_clause(from + 1) || !has_verb(s_, from + 1, end_))) {
      // "…, according to a tally, but his path is narrow": the attribution is the first
      // clause's; "…, according to NPD Group, a research firm.": that is the source's
      emit(head, comma, std::move(src), std::move(cue), cue_start, src_end);
      return;
    }
    if (before && after) {
      // In the middle of a sentence: the clause after it when the words before it stand
      // on their own ("He left after, according to him, the network censured him"), else
      // the sentence around it ("Absent from the talks, according to X, was any …").
      if (has_verb(s_, head, comma) && starts_clause(s_, from + 1, end_)) {
        emit(from + 1, end_, std::move(src), std::move(cue), cue_start, from);
      } else {
        emit(head, end_, std::move(src), std::move(cue), cue_start, from, true);
      }
      return;
    }
    if (before) {
      emit(head, comma, std::move(src), std::move(cue), cue_start, src_end);
      return;
    }
    if (after) emit(from + 1, end_, std::move(src), std::move(cue), cue_start, from);
  }

  // Whether `pos` is where the sentence starts, or right after an "As" that does: the
  // attribution that starts there opens it.
  // Whether the cue at `pos` belongs to the sentence's first clause: only its subject
  // (perhaps after "As") stands before it, with no comma, colon or dash.
  bool opens_clause(std::uint32_t pos) const {
    for (std::size_t k = 0; k < toks_.size() && toks_[k].start < pos; ++k) {
      const Token::Kind kind = toks_[k].kind;
      if (kind == Token::comma || kind == Token::colon || kind == Token::dash ||
          kind == Token::stop || kind == Token::quote || k > 14)
        return false;
    }
    return true;
  }

  // Whether a relative clause starts at `pos` (", who …", "who …", ", which …").
  bool relative_from(std::uint32_t pos) const {
    while (pos < end_ && (s_[pos] == ' ' || s_[pos] == ',')) ++pos;
    return s_.substr(pos, 4) == "who " || s_.substr(pos, 6) == "whose " ||
           s_.substr(pos, 6) == "which ";
  }

  // Whether the words from `pos` open a clause joined to the one before ("but …", "and …").
  bool joins_clause(std::uint32_t pos) const {
    static const WordSet k{"and", "but", "yet", "so", "while", "although", "though", "whereas"};
    while (pos < end_ && s_[pos] == ' ') ++pos;
    std::uint32_t e = pos;
    while (e < end_ && s_[e] != ' ' && s_[e] != ',') ++e;
    return k.contains(s_.substr(pos, e - pos));
  }

  static bool has_capital(std::string_view name) {
    for (std::size_t i = 0; i < name.size(); ++i) {
      if ((i == 0 || name[i - 1] == ' ') && util::is_upper(name[i])) return true;
    }
    return false;
  }

  // "In an October poll by the Ledger, Lee led by 24 points", "Lee trails in the latest
  // survey by nine points": a poll, survey, study or report is the source of what the
  // sentence around it says. True when a statement was found.
  bool in_document(std::size_t k) {
    static const WordSet kDocuments{"poll",    "polls",    "survey",   "surveys", "study",
                                    "studies", "report",   "analysis", "review",  "tally",
                                    "count",   "estimate", "estimates"};
    const std::string_view first = word(k + 1);
    if (!determiner(first) && !lower_equals(first, "one") && !lower_equals(first, "another"))
      return false;
    std::size_t head = 0;  // the document word, a few words on
    for (std::size_t i = k + 2; i < toks_.size() && i <= k + 8; ++i) {
      if (toks_[i].kind != Token::word) break;
      if (kDocuments.contains(word(i)) && !capitalized(word(i))) {
        head = i;
        break;
      }
    }
    if (head == 0) return false;
    std::uint32_t src_end = 0;
    Source src = object_source(s_, start_of(k + 1), sen_.end, &src_end);
    if (!src.found() || src.kind != SourceKind::name || src_end < toks_[head].end) return false;
    // ("leads in the polls", "rises in the latest polls": polls in general, no one's)
    const std::string_view head_word = word(head);
    if (head_word.back() == 's' && !has_capital(src.name) &&
        src.name.find(" of ") == std::string::npos)
      return false;
    std::string cue(s_.substr(toks_[k].start, src.phrase_start - toks_[k].start));
    while (!cue.empty() && cue.back() == ' ') cue.pop_back();
    if (cue.empty()) cue = "in";
    std::uint32_t after = src_end;
    while (after < end_ && s_[after] == ' ') ++after;
    const std::uint32_t comma = comma_before(s_, cursor_, toks_[k].start);
    if (opens_clause(toks_[k].start) && after < end_ && s_[after] == ',') {
      emit(after + 1, end_, std::move(src), std::move(cue), toks_[k].start, after);
    } else if (comma != 0 && after >= end_) {
      emit(clause_start(s_, cursor_, comma), comma, std::move(src), std::move(cue), toks_[k].start,
           src_end);
    } else if (comma == 0) {
      // "she trails the senator in the latest poll by nine points": the clause around it,
      // from the comma before it if there is one
      std::uint32_t from = clause_start(s_, cursor_, toks_[k].start);
      for (std::size_t i = k; i-- > 0 && toks_[i].start >= from;) {
        if (toks_[i].kind == Token::comma) {
          from = toks_[i].end;
          break;
        }
      }
      if (count_words(s_, from, toks_[k].start, 4) < 4) return false;
      emit(from, end_, std::move(src), std::move(cue), toks_[k].start, src_end, true);
    } else {
      return false;
    }
    return true;
  }

  // The subject of a cue that has none of its own right before it: a participle after a
  // comma takes the subject of the clause it hangs on ("Kirk withdrew his support,
  // saying …"), and a second verb joined by "and" shares the first one's ("Lee welcomed
  // the plan and said …").
  Source shared_subject(std::size_t first, Verb v) const {
    if (first == 0) return {};
    const Token& before = toks_[first - 1];
    const std::string_view joiner = word(first - 1);
    // ("…, saying", "— saying", "“…,” noting that", "responded before adding that",
    // "began by talking about": the participle's subject is the clause's)
    const bool after_comma_mark =
        before.kind == Token::quote && first >= 2 && toks_[first - 2].kind == Token::comma;
    const bool subordinate = has_word("before after while by when since without besides", joiner);
    const bool participle =
        v == Verb::participle && (before.kind == Token::comma || before.kind == Token::dash ||
                                  after_comma_mark || subordinate);
    const bool joined = lower_equals(joiner, "and") || lower_equals(joiner, "but");
    if (!participle && !joined) return {};
    if (last_source_.found()) {
      Source src = last_source_;
      src.generic = false;  // it spoke already: "The campaign said … and suggested that …"
      return src;
    }
    // "she said, recalling …": the subject of the cue before the comma; "Cruz knocked
    // Rubio on trade and called him …": of the verb before "and"
    for (std::size_t i = first - 1; i-- > 0 && first - i < 16;) {
      if (toks_[i].kind != Token::word) {
        if (participle && (toks_[i].kind == Token::comma || toks_[i].kind == Token::quote))
          continue;
        break;
      }
      const std::string_view w = word(i);
      // ("after the company cut its outlook, citing …": a word before "its" or "the"
      // that is no preposition is the verb)
      const bool before_owner = i + 1 < first && toks_[i + 1].kind == Token::word &&
                                has_word("its their the his her", word(i + 1)) &&
                                !function_word(w) && !preposition(w) && !determiner(w);
      const bool verb_word = (speech_verb(w) != Verb::none && speech_verb(w) != Verb::participle) ||
                             (i > 0 && finite_verb(word(i - 1), w, word(i + 1))) || before_owner;
      if (!verb_word || capitalized(w)) continue;
      // ("cut its profit forecast, saying": after "its" and a noun, a noun)
      if (i >= 2 && !before_owner &&
          (determiner(word(i - 1)) || (determiner(word(i - 2)) && !capitalized(word(i - 1)) &&
                                       toks_[i - 1].kind == Token::word)))
        continue;
      bool adjacent = false;
      Source src = subject_before(s_, sen_.start, toks_[i].start, &adjacent, toks_);
      // ("Lee put off deciding whether the group could testify but said …": the subject
      // of a clause inside the object is not the one the verb shares)
      if (src.found() && adjacent && !subordinate_subject(src, i)) return src;
      // ("expressed condolences for Jobs and described …": a noun in -s read as a verb;
      // the verb is further back)
    }
    // ("The bank cut its forecast, saying …": the sentence's subject, a role with "the")
    Source src = opening_subject(s_, sen_.start, before.start, true, participle || joined);
    if (src.found() && src.end <= before.start) return src;
    return {};
  }

  // A cue verb at k, with its subject before it (or after it: "…, said Ana Lee.").
  void verb(std::size_t k) {
    const std::string_view l = word(k);
    const Cue* cue = cue_word(l);
    if (cue == nullptr) return;
    Verb v = cue->verb;
    {
      // "reports indicate", "polls show": a noun that is also a cue, with its verb after it
      const std::string_view next = word(k + 1);
      const Verb nv = speech_verb(next);
      // ("expects sales of …": a word in -s before "of" is a noun, not the verb)
      // ("which she said covered …": a verb that is no noun, in a relative clause)
      if ((nv != Verb::none && nv != Verb::participle && !capitalized(next)) ||
          (finite_verb(l, next, word(k + 2)) && !lower_equals(word(k + 2), "of") &&
           !((lower_equals(l, "said") || lower_equals(l, "say") || lower_equals(l, "says")) &&
             relative_before(k))))
        return;
    }
    std::size_t after_verb = k + 1;  // the first token after the cue's words
    // ("fell 176.3 points to 4,211", "the talks about a sale", "held talks about"): after a
    // number, a determiner or "held", a word in -s before its particle is the noun
    if (cue->needs_particle && k > 0 && has_word(cue->particles, word(k + 1))) {
      const std::string_view before = word(k - 1);
      if ((!before.empty() && util::is_digit(before.back())) || determiner(before) ||
          quantity_word(before) || has_word("held hold holds holding", before))
        return;
    }
    if (!cue->particles.empty() && has_word(cue->particles, word(k + 1))) {
      after_verb = k + 2;  // "called for", "pointed to"
    } else if (cue->needs_particle) {
      return;
    }
    // "in his remarks", "its forecast", "their claims": right after a possessive a cue word
    // is the noun ("his advisers believe": the noun is the subject)
    {
      static const WordSet kOwner{"his", "her", "its", "their", "my", "our", "your"};
      if (k > 0 && kOwner.contains(word(k - 1))) return;
    }
    // "was told", "is expected to", "were asked": the subject is who heard or is meant
    if (v != Verb::participle && k > 0 && be_form(word(k - 1))) return;
    // "the reported cases", "its stated goal": a participle before a noun describes it;
    // "All told, …" is an idiom
    if (k > 0 && determiner(word(k - 1)) && common_noun(word(k + 1))) return;
    // "one of his most promising paths": a participle after "most" is an adjective
    static const WordSet kDegree{"most", "more", "less", "least", "very", "so", "too", "quite"};
    if (k > 0 && kDegree.contains(word(k - 1)) && v == Verb::participle) return;
    if (lower_equals(l, "told") && k == 1 && lower_equals(word(0), "all")) return;
    std::size_t first = k;  // the cue's first word: "have said", "are predicting"
    while (first > 0) {
      const std::string_view aux = word(first - 1);
      const bool be = lower_equals(aux, "is") || lower_equals(aux, "are") ||
                      lower_equals(aux, "was") || lower_equals(aux, "were");
      // ("has always maintained", "have long argued": an adverb after the auxiliary)
      const bool after_aux =
          adverb(aux) && first > 1 &&
          (lower_equals(word(first - 2), "has") || lower_equals(word(first - 2), "have") ||
           lower_equals(word(first - 2), "had"));
      if (!(lower_equals(aux, "has") || lower_equals(aux, "have") || lower_equals(aux, "had") ||
            lower_equals(aux, "also") || after_aux || (be && v == Verb::participle)))
        break;
      if (be) v = Verb::finding;  // "are predicting": a finite verb
      --first;
    }
    // A subject never reaches back past an earlier cue that reported something
    // ("reports indicate": that word itself may be the subject; "a talk show host,
    // said": a cue word that read as none is a noun of the phrase); each look-back
    // stays within the phrase window.
    const std::uint32_t floor = std::max(cursor_, last_cue_);
    pending_cue_ = toks_[first].start;
    bool adjacent = false;
    Source src = subject_before(s_, floor, toks_[first].start, &adjacent, toks_);
    // "…, said Nargis Kassenova, an expert …": after a comma, a name after the verb is
    // its speaker, not a phrase before the comma
    if (first > 0 && toks_[first - 1].kind == Token::comma && v != Verb::participle &&
        capitalized(word(after_verb)) && !src.titled &&
        (src.generic || !capitalized(s_.substr(src.start, src.end - src.start)))) {
      const Speaker sp = speaker_after(s_, toks_[k].end, sen_.end);
      if (sp.source.found() && sp.verb_end == 0) src = {};
    }
    // "Mr. Daley, officials said, has grown …": a short lower-case subject between
    // commas after a name speaks in an aside; it is not the name's apposition
    if (src.found() && v != Verb::participle && after_verb + 1 < toks_.size() &&
        toks_[after_verb].kind == Token::comma && toks_[after_verb + 1].kind == Token::word &&
        !capitalized(word(after_verb + 1)) && !lower_equals(word(after_verb + 1), "that")) {
      const std::uint32_t from =
          src.phrase_start != 0 ? std::min(src.phrase_start, src.start) : src.start;
      std::uint32_t comma = 0;
      for (std::uint32_t q = from; q < toks_[first].start; ++q) {
        if (s_[q] == ',') comma = q;
      }
      std::uint32_t inner = comma + 1;
      while (inner < toks_[first].start && s_[inner] == ' ') ++inner;
      if (comma != 0 && inner < toks_[first].start && !capitalized(s_.substr(inner, 1)) &&
          count_words(s_, inner, toks_[first].start, 4) <= 3) {
        Source aside = subject_before(s_, inner, toks_[first].start, &adjacent, toks_);
        if (aside.found()) src = std::move(aside);
      }
    }
    if (v == Verb::participle) {
      // "Alibaba published benchmark scores showing …": the publisher speaks.
      std::size_t pub_first = first;
      Source pub = publisher(k, floor, &pub_first);
      if (pub.found()) {
        src = std::move(pub);
        first = pub_first;
      } else if (!(src.found() && adjacent)) {
        src = shared_subject(first, v);
        if (!src.found()) return;
      }
    } else if (!src.found()) {
      src = shared_subject(first, v);
    }
    // "its dominance indicates that …": a finding needs a source that can find things
    // ("files from the trustee show …": the document finds, whoever made it)
    if (src.generic && !src.document && v != Verb::speech && v != Verb::talk) return;
    std::size_t p = after_verb;
    // "asked not to be identified", "requested not to be named": the terms of anonymity,
    // not a statement
    // ("asked that her name not be used")
    if (lower_equals(word(p), "not") && lower_equals(word(p + 1), "to") &&
        lower_equals(word(p + 2), "be") &&
        (lower_equals(word(p + 3), "identified") || lower_equals(word(p + 3), "named")))
      return;
    if (lower_equals(word(p), "that") && has_word("her his their my our", word(p + 1)) &&
        (lower_equals(word(p + 2), "name") || lower_equals(word(p + 2), "names")) &&
        lower_equals(word(p + 3), "not"))
      return;
    bool object = false;  // an object stands between the verb and what was said
    std::size_t object_start = 0;
    if ((cue->frames & kObject) != 0 && p < toks_.size() && !lower_equals(word(p), "that")) {
      // "told reporters (that) …", "urged Congress to …", "told CNN."; not "tells
      // airlines not to buy …"
      std::size_t q = object_end(p, (cue->frames & kTo) != 0, (cue->frames & kWh) != 0);
      // ("expects revenue of $5 billion": no statement after the object; it is the content)
      const bool to_end =
          q != kNone && (q >= toks_.size() || start_of(q) >= end_ || toks_[q].kind == Token::stop);
      if ((cue->frames & kContent) != 0 && to_end) q = kNone;
      if (q == kNone && (cue->frames & kContent) == 0) return;
      if (q != kNone) {
        object = q > p;
        object_start = p;
        p = q;
      }
    }
    p = skip_settings(p);
    // "told Reuters, however, that …": an adverb between commas before "that"
    if (p + 3 < toks_.size() && toks_[p].kind == Token::comma &&
        toks_[p + 2].kind == Token::comma && adverb(word(p + 1)) &&
        lower_equals(word(p + 3), "that"))
      p += 3;
    // "said — on Twitter, as it happens — that …": an aside between dashes
    if (p < toks_.size() && toks_[p].kind == Token::dash) {
      for (std::size_t q = p + 2; q < toks_.size() && q < p + 20; ++q) {
        const Token::Kind kind = toks_[q].kind;
        if (kind == Token::stop || kind == Token::quote || kind == Token::colon) break;
        if (kind == Token::dash) {
          p = skip_settings(q + 1);
          break;
        }
      }
    }
    if ((cue->frames & kThat) != 0) p = setting_before_that(p);
    const std::uint32_t cue_start = start_of(first);
    const std::uint32_t verb_end = toks_[after_verb - 1].end;
    std::string cue_words = cue_text(s_, cue_start, verb_end, sen_.end);
    // (from the phrase's first word: "Professor Epstein said", not "Epstein said")
    std::uint32_t src_first =
        src.phrase_start != 0 ? std::min(src.phrase_start, src.start) : src.start;
    if (src.evidence_start != 0) src_first = std::min(src_first, src.evidence_start);
    // ("The bank cut its forecast, saying …": after a comma the attribution is the
    // participle alone; the clause before it says what the subject did, not what it said)
    const bool after_comma =
        v == Verb::participle && first > 0 &&
        (toks_[first - 1].kind == Token::comma || toks_[first - 1].kind == Token::dash);
    const std::uint32_t attr_start =
        src.found() && !after_comma ? std::min(src_first, cue_start) : cue_start;
    const std::uint32_t attr_end =
        std::max(start_of(p), cue_start + static_cast<std::uint32_t>(cue_words.size()));

    if (!src.found()) {
      // "…, said analyst Maryann Keller.": the source after the verb, the statement before.
      const std::uint32_t comma = comma_before(s_, cursor_, cue_start);
      if (comma == 0 || (cue->frames & kAfter) == 0) return;
      // ("…, expected in late 2006.": a speaker stands right after the verb, not after a
      // preposition)
      if (preposition(word(after_verb)) && !capitalized(word(after_verb))) return;
      const Speaker sp = speaker_after(s_, verb_end, sen_.end);
      if (!sp.source.found() || sp.verb_end != 0) return;
      // the speaker ends the sentence, or a clause on the speaker does ("…, said Ana
      // Lee, who runs a bakery.")
      if (content_end(s_, sp.end, end_) > sp.end && !relative_from(sp.end)) {
        // "The plan, said Ana Lee, will fail": the sentence around the attribution
        std::uint32_t back = sp.end;  // the speaker's reading stops after its comma …
        while (back > verb_end && s_[back - 1] == ' ') --back;
        std::uint32_t after = sp.end;  // … or at it
        while (after < end_ && s_[after] == ' ') ++after;
        const bool closed = (back > verb_end && s_[back - 1] == ',') || s_[after] == ',';
        if (s_[after] == ',') ++after;
        if (closed && count_words(s_, after, end_, 2) >= 2)
          emit(clause_start(s_, cursor_, comma), end_, sp.source, std::move(cue_words), cue_start,
               after, true);
        return;
      }
      emit(clause_start(s_, cursor_, comma), comma, sp.source, std::move(cue_words), cue_start,
           end_);
      return;
    }
    if (relative_statement(p, src_first, src, cue_words, attr_start, attr_end)) return;
    bool at_end = start_of(p) >= end_;
    if (const std::uint32_t comma = comma_before(s_, cursor_, attr_start);
        !at_end && toks_[p].kind == Token::word && comma != 0 &&
        has_verb(s_, clause_start(s_, cursor_, comma), comma)) {
      // "…, Wilkin said during his visit.", "…, she said of the plan.": a phrase with no
      // verb closes the sentence after the cue (and a clause stands before the comma,
      // not "In a statement, the group said about …")
      const std::string_view w = word(p);
      const bool phrase = preposition(w) || lower_equals(w, "during") || lower_equals(w, "after") ||
                          lower_equals(w, "before") || lower_equals(w, "while") ||
                          lower_equals(w, "when");
      if (phrase && !capitalized(w) && !has_verb(s_, start_of(p), end_) &&
          !phrase_then_clause(start_of(p), end_))
        at_end = true;
    }
    if (!at_end && toks_[p].kind == Token::comma && opens_clause(cue_start) && !object) {
      // "As a Pew study noted, the average age …", "The Post reported on Monday, based on
      // the count, …": the attribution opens the sentence; the statement follows it, or
      // follows "that" after a phrase ("reported on Monday, citing officials, that …")
      std::size_t from = p + 1;
      for (std::size_t q = p + 1; q < toks_.size() && q < p + 14; ++q) {
        if (toks_[q].kind == Token::comma && lower_equals(word(q + 1), "that")) {
          from = q + 2;
          break;
        }
      }
      emit(start_of(from), end_, std::move(src), std::move(cue_words), attr_start, start_of(from),
           false, from != p + 1);
      return;
    }
    if (at_end || toks_[p].kind == Token::comma) {
      // "…, the USAF has announced." / "Since then, he says, the plane has flown …"
      const std::uint32_t comma = comma_before(s_, cursor_, attr_start);
      if (comma == 0 || (cue->frames & kAfter) == 0) return;
      // "…, Ford said on Tuesday, as drivers face …": a clause on the occasion after the
      // attribution; the statement is before it
      const bool trailing = !at_end && trailing_clause(word(p + 1));
      if (at_end || trailing) {
        const std::uint32_t from = absorb_before(comma, src);
        emit(clause_start(s_, from, comma), comma, std::move(src), std::move(cue_words), attr_start,
             end_);
      } else {
        // "This 'switch', he said, would happen next year", "If the deal fails, she argues,
        // there are other buyers": the sentence around it (what opens it is said too)
        emit(clause_start(s_, cursor_, comma), end_, std::move(src), std::move(cue_words),
             attr_start, toks_[p].end, true);
      }
      return;
    }
    const std::string_view next = word(p);
    if ((cue->frames & kThat) != 0 &&
        (lower_equals(next, "that") ||
         ((lower_equals(next, "whether") || lower_equals(next, "if")) && v == Verb::talk) ||
         ((cue->frames & kWh) != 0 && question_word(next)))) {
      // ("said that was the exception": "that" before a verb is the statement's subject)
      const bool conjunction_that = lower_equals(next, "that") && !that_is_subject(p);
      emit(conjunction_that ? toks_[p].end : toks_[p].start, end_, std::move(src),
           std::move(cue_words), attr_start, toks_[p].end, false, lower_equals(next, "that"));
      return;
    }
    if ((cue->frames & kTo) != 0 && lower_equals(next, "to")) {
      // "pledged to cut taxes"; "expect revenue to rise", "urged Congress to act": the
      // object is part of what is expected or urged
      const std::uint32_t from = object ? toks_[object_start].start : toks_[p].start;
      emit(from, end_, std::move(src), std::move(cue_words), attr_start, attr_end, false, true);
      return;
    }
    const bool shows = (cue->frames & kShows) != 0 && src.document;
    if (((cue->frames & kContent) != 0 || shows) && toks_[p].kind != Token::stop) {
      // "accused the mayor of lying", "called the plan “reckless”"
      if ((cue->frames & kQuoted) != 0 && after_verb == k + 1 && !quote_in(p) &&
          !(has_word("called calls calling", l) && names_as(p)))
        return;
      // ("Apple's response, dubbed “Antennagate” by the media, …": a participle after a
      // comma describes the noun before it)
      if ((cue->frames & kQuoted) != 0 && after_verb == k + 1 && first > 0 &&
          toks_[first - 1].kind == Token::comma && !has_word("called calls calling", l))
        return;
      // "a measure strongly opposed by unions": a participle with its agent is passive;
      // "blasted out an email", "backed off": a particle makes another verb
      if (lower_equals(word(p), "by") ||
          ((cue->frames & kQuoted) == 0 && has_word("out off away up down", word(p))))
        return;
      // ("expects sales of …": a plural noun first is the object, not a verb in -s)
      const std::string_view first_word = word(p);
      const bool plural = first_word.size() > 3 && first_word.back() == 's' &&
                          !capitalized(first_word) && speech_verb(first_word) == Verb::none;
      emit(toks_[p].start, end_, std::move(src), std::move(cue_words), attr_start, attr_end, false,
           plural);
      return;
    }
    const bool quote_next = toks_[p].kind == Token::quote && (cue->frames & kQuote) != 0;
    // ("…, saying conservatives need …": the participle of a verb of saying too)
    const bool said_next =
        (v == Verb::speech || (v == Verb::participle && cue->base == Verb::speech)) &&
        toks_[p].kind == Token::word;
    const bool clause_next =
        (cue->frames & kClause) != 0 && starts_clause(s_, toks_[p].start, end_);
    if (quote_next || said_next || clause_next)
      emit(toks_[p].start, end_, std::move(src), std::move(cue_words), attr_start, attr_end);
  }

  // "said in one of a series of messages that …", "said in '08 that …": a setting the
  // settings pattern does not know, a prepositional phrase with no verb in it, between
  // the verb and "that". Where "that" stands, or p.
  std::size_t setting_before_that(std::size_t p) const {
    const std::string_view w = word(p);
    if (w.empty() || capitalized(w) ||
        !(preposition(w) || lower_equals(w, "during") || lower_equals(w, "after") ||
          lower_equals(w, "before") || lower_equals(w, "to")))  // "joked to the chair that"
      return p;
    for (std::size_t q = p + 1; q < toks_.size() && q < p + 14; ++q) {
      const Token& t = toks_[q];
      if (t.kind == Token::paren || t.kind == Token::quote) continue;
      if (t.kind != Token::word) return p;
      const std::string_view x = word(q);
      if (lower_equals(x, "that")) return q;
      const bool phrase_word = capitalized(x) || preposition(x) || function_word(x) ||
                               common_noun(x) || is_possessive(x) || quantity_word(x) ||
                               adverb(x) || x.front() == '\'' || x.front() == '\xE2';
      if (!phrase_word || speech_verb(x) != Verb::none) return p;
    }
    return p;
  }

  // Whether a quotation mark stands among the sentence's tokens from p on.
  bool quote_in(std::size_t p) const {
    for (std::size_t i = p; i < toks_.size(); ++i) {
      if (toks_[i].kind == Token::quote) return true;
    }
    return false;
  }

  // "emails which she said covered all her work", "what analysts said was a sign of
  // strength", "laws that courts said discriminated": a subject and a cue inside a
  // relative clause, then the clause's verb. The relative pronoun stands for what was said
  // about; the statement is the clause from it. Whether it made one.
  // "called the plan a mistake", "called him a liar": an object, then what it is called
  // (a noun phrase with "a" or "an"). Not "a company called Brightline", "called a vote".
  bool names_as(std::size_t p) const {
    if (p >= toks_.size() || toks_[p].kind != Token::word) return false;
    std::size_t q = p;
    const std::string_view w = word(p);
    if (pronoun_object(w) || lower_equals(w, "it")) {
      q = p + 1;
    } else if (has_word("the his her its their this", w)) {
      q = p + 1;
      while (q < toks_.size() && q < p + 5 && toks_[q].kind == Token::word &&
             !function_word(word(q)) && speech_verb(word(q)) == Verb::none)
        ++q;
      if (q == p + 1) return false;
    } else if (capitalized(w) && !function_word(w)) {
      while (q < toks_.size() && q < p + 4 && toks_[q].kind == Token::word && capitalized(word(q)))
        ++q;
    } else {
      return false;
    }
    if (q + 1 >= toks_.size() || toks_[q].kind != Token::word || toks_[q + 1].kind != Token::word)
      return false;
    // ("called the police a day later", "called a few times")
    static const WordSet kSpan{"day",    "week",   "month", "year",  "decade", "few",
                               "second", "minute", "hour",  "time",  "moment", "while",
                               "night",  "lot",    "bit",   "couple"};
    const std::string_view a = word(q);
    return (a == "a" || a == "an") && !function_word(word(q + 1)) && !kSpan.contains(word(q + 1));
  }

  // Whether `src`, the subject of the verb at token i, opens a subordinate clause
  // ("whether the group could", "if Lee had").
  bool subordinate_subject(const Source& src, std::size_t i) const {
    static const WordSet kSubordinate{"whether", "if",     "because", "although",
                                      "though",  "unless", "whereas"};
    const std::uint32_t from =
        src.phrase_start != 0 ? std::min(src.phrase_start, src.start) : src.start;
    std::size_t j = i;
    while (j > 0 && toks_[j - 1].start >= from) --j;
    return j > 0 && toks_[j - 1].kind == Token::word && kSubordinate.contains(word(j - 1));
  }

  bool lower_case_start(std::uint32_t pos) const {
    while (pos < end_ && s_[pos] == ' ') ++pos;
    return pos < end_ && util::is_lower(s_[pos]);
  }

  // Whether a relative pronoun opens the few words before token k ("which she", "that
  // government officials").
  bool relative_before(std::size_t k) const {
    for (std::size_t j = k; j > 0 && k - j < 6;) {
      --j;
      if (toks_[j].kind != Token::word) return false;
      if (relative_pronoun(word(j))) return true;
    }
    return false;
  }

  static bool relative_pronoun(std::string_view w) { return has_word("which that what who", w); }

  bool relative_statement(std::size_t p, std::uint32_t src_first, Source& src, std::string& cue,
                          std::uint32_t attr_start, std::uint32_t attr_end) {
    if (p >= toks_.size() || toks_[p].kind != Token::word ||
        !finite_verb("it", word(p), word(p + 1)))
      return false;
    std::size_t j = p;
    while (j > 0 && toks_[j - 1].start >= src_first) --j;
    if (j == 0 || toks_[j - 1].kind != Token::word) return false;
    if (!relative_pronoun(word(j - 1))) return false;
    // (the clause ends at a comma or a dash: "…, in what analysts said was a sign of
    // strength, but bonds held")
    std::uint32_t end = end_;
    for (std::size_t q = p + 1; q < toks_.size() && toks_[q].start < end_; ++q) {
      if (toks_[q].kind == Token::comma || toks_[q].kind == Token::dash) {
        end = toks_[q].start;
        break;
      }
    }
    emit(toks_[j - 1].start, end, std::move(src), std::move(cue), attr_start, attr_end, true);
    return true;
  }

  // "published benchmark scores showing", "released figures showing": the subject of the
  // publishing verb a few words before the participle at k.
  Source publisher(std::size_t k, std::uint32_t floor, std::size_t* first) {
    // ("sent a letter to staff on Friday saying …": the letter's sender)
    static const WordSet kPublish{"published", "released", "issued",    "filed",    "presented",
                                  "posted",    "unveiled", "publishes", "releases", "issues",
                                  "put",       "gave",     "sent",      "sends",    "emailed"};
    for (std::size_t i = k; i-- > 0 && k - i <= 8;) {
      if (toks_[i].kind != Token::word) return {};
      if (!kPublish.contains(word(i))) continue;
      bool adjacent = false;
      Source src = subject_before(s_, floor, toks_[i].start, &adjacent, toks_);
      if (!src.found() || !adjacent) return {};
      *first = i;
      return src;
    }
    return {};
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // Where the object of a verb like "told" that starts at p ends: the first place after
  // a few words of a noun phrase ("reporters", "members of the council", "MSNBC’s
  // “Morning Joe”") where what was said begins ("that", a clause, a quote, "to" for
  // `to`), or the sentence or clause ends ("told CNN."). p when no object stands there;
  // kNone when the words after the verb read otherwise ("tells airlines not to buy").
  // "The company now expects a profit of $2 billion, down from $3 billion, it said.": the
  // attribution at the end names the same speaker again ("it", "he", "the company"), so
  // the statements found before it in the sentence are its one statement. Drops them and
  // returns where that statement may start (cursor_ when none is dropped). A named source
  // at the end relays: "Chen said …, the agency reported." keeps Chen's statement.
  std::uint32_t absorb_before(std::uint32_t comma, const Source& src) {
    const bool again =
        src.kind == SourceKind::thing_pronoun || src.kind == SourceKind::person_pronoun ||
        src.kind == SourceKind::group_pronoun || src.kind == SourceKind::company_role;
    std::uint32_t from = cursor_;
    if (!again) return from;
    while (!out_.empty() && out_.back().sentence_start == sen_.start &&
           out_.back().kind == ClaimKind::reported && out_.back().end <= comma &&
           out_.back().attribution_start >= sen_.start) {
      from = sen_.start;
      out_.pop_back();
    }
    return from;
  }

  // A word that opens a clause on the circumstances after an attribution ("…, she said,
  // as prices rose", "…, he said, citing the data").
  static bool trailing_clause(std::string_view w) {
    static const WordSet k{
        "as",        "while",    "after",     "before",  "because",   "since",  "when",
        "though",    "although", "amid",      "despite", "citing",    "adding", "noting",
        "referring", "speaking", "following", "asking",  "requesting"};  // "…, the people said,
                                                                         // asking not to be named"
    return !w.empty() && !capitalized(w) && k.contains(w);
  }

  // Whether token q goes on the capitalized name before it ("CBC News", "Radio Canada"),
  // rather than starting what follows ("The", "He", "In").
  bool name_goes_on(std::size_t q) const {
    if (q >= toks_.size() || toks_[q].kind != Token::word) return false;
    const std::string_view w = word(q);
    return capitalized(w) && !determiner(w) && !pronoun(w) && !preposition(w) &&
           !lower_equals(w, "and") && !lower_equals(w, "but");
  }

  // "Although Lee said he hoped to …, the unions were displeased.": an attribution inside
  // a clause that opens the sentence with a conjunction ends with that clause, at the
  // comma before the main clause. `end` when the sentence does not open so.
  std::uint32_t subordinate_end(std::uint32_t start, std::uint32_t end,
                                std::uint32_t attr_start) const {
    static const WordSet kOpeners{"although", "though", "while", "whereas", "because",
                                  "if",       "when",   "since", "after",   "before",
                                  "unless",   "even",   "as",    "once"};
    if (toks_.empty() || toks_[0].kind != Token::word || !kOpeners.contains(word(0))) return end;
    for (std::size_t i = 1; i < toks_.size() && toks_[i].start < attr_start; ++i) {
      if (toks_[i].kind == Token::comma) return end;  // the attribution is in the main clause
    }
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      if (toks_[i].start < start || toks_[i].start >= end) continue;
      if (toks_[i].kind == Token::comma && starts_clause(s_, toks_[i].end, end))
        return toks_[i].start;
    }
    return end;
  }

  // "his warning that …", "the bank's view that …", "Lee's claim that …": a noun of saying
  // with its owner before it and a clause after "that"; the owner holds the claim.
  // Whether it made one.
  bool noun_claim(std::size_t k) {
    if (k == 0 || toks_[k - 1].kind != Token::word || that_is_subject(k + 1)) return false;
    if (!starts_clause(s_, toks_[k + 1].end, end_)) return false;
    const std::string_view owner = word(k - 1);
    Source src;
    static const WordSet kPossessive{"his", "her", "its", "their"};
    if (kPossessive.contains(owner)) {
      // (resolved as the pronoun it stands for: "his" as "he")
      static constexpr std::string_view kAs[] = {"he", "she", "it", "they"};
      const std::string_view as = lower_equals(owner, "his")   ? kAs[0]
                                  : lower_equals(owner, "her") ? kAs[1]
                                  : lower_equals(owner, "its") ? kAs[2]
                                                               : kAs[3];
      src.kind = lower_equals(owner, "its")     ? SourceKind::thing_pronoun
                 : lower_equals(owner, "their") ? SourceKind::group_pronoun
                                                : SourceKind::person_pronoun;
      src.name = std::string(as);
      src.start = toks_[k - 1].start;
      src.end = toks_[k - 1].end;
    } else if (is_possessive(owner) && capitalized(owner)) {
      std::size_t first = k - 1;  // "Donald Trump's", "the Federal Reserve's"
      while (first > 0 && k - first < 4 && toks_[first - 1].kind == Token::word &&
             capitalized(word(first - 1)) && !function_word(word(first - 1)))
        --first;
      src.kind = SourceKind::name;
      src.start = toks_[first].start;
      src.end = toks_[k - 1].start + static_cast<std::uint32_t>(strip_possessive(owner).size());
      src.name = std::string(s_.substr(src.start, src.end - src.start));
      src.phrase_start = src.start;
    } else {
      return false;
    }
    const std::size_t before = out_.size();
    emit(toks_[k + 1].end, end_, std::move(src), std::string(word(k)), toks_[k - 1].start,
         toks_[k + 1].end, false, true);
    return out_.size() > before;
  }

  // Whether "that" at token p is a pronoun, the subject of a verb right after it ("said
  // that was the exception", "said that would help") rather than the conjunction.
  bool that_is_subject(std::size_t p) const {
    static const WordSet kVerb{"was",    "is",    "were",  "are",    "has",   "had",
                               "will",   "would", "could", "can",    "may",   "might",
                               "should", "does",  "did",   "wasn't", "isn't", "won't"};
    return p + 1 < toks_.size() && toks_[p + 1].kind == Token::word && kVerb.contains(word(p + 1));
  }

  // A word that can be a verb's whole object: a name, "him", "them", a plural noun.
  bool one_word_object(std::size_t p) const {
    if (toks_[p].kind != Token::word) return false;
    const std::string_view w = word(p);
    if (function_word(w) || speech_verb(w) != Verb::none) return false;
    return (capitalized(w) && !pronoun(w)) || pronoun_object(w) || plural_noun(w);
  }

  // What opens a question after "asked": "why", "how", "whether", "if" …
  static bool asks(std::string_view w) {
    return question_word(w) || lower_equals(w, "whether") || lower_equals(w, "if");
  }

  std::size_t object_end(std::size_t p, bool to, bool wh = false) const {
    auto says_next = [&](std::size_t q) {
      if (q >= toks_.size()) return true;
      const Token::Kind kind = toks_[q].kind;
      if (kind == Token::comma || kind == Token::stop || kind == Token::quote ||
          kind == Token::colon || kind == Token::dash)
        return true;
      const std::string_view w = word(q);
      // ("asked the regulator why …", "asked Lee whether …")
      return lower_equals(w, "that") || (to && lower_equals(w, "to")) || (wh && asks(w)) ||
             starts_clause(s_, toks_[q].start, end_);
    };
    if (wh) {  // "asked the regulator why …": a question word closes a short object
      for (std::size_t q = p + 1; q < toks_.size() && q < p + 6; ++q) {
        if (toks_[q].kind != Token::word) break;
        const std::string_view w = word(q);
        if (asks(w)) return q;
        if (function_word(w) && !determiner(w)) break;
      }
    }
    if (says_next(p)) {
      // "told reporters the plant would reopen", "told Reuters the deal was off": a
      // one-word object before a clause with its own subject is the object, not the
      // clause's first word ("warned investors would flee": "would flee" has none)
      // ("told CBC News the water …": the name runs over its capitalized words)
      std::size_t last = p;
      while (capitalized(word(last)) && last + 1 < toks_.size() && last < p + 4 &&
             name_goes_on(last + 1))
        ++last;
      const std::size_t after = last + 1 < toks_.size() ? skip_settings(last + 1) : last + 1;
      // ("told Breitbart News host Ann Lee": a capital after a name goes on with it)
      // ("told a press conference the agreement …", "told the board the deal was off": a
      // short object with an article, then a clause that opens with its own subject)
      if (determiner(word(p))) {
        std::size_t q = p + 1;
        while (q < toks_.size() && q < p + 4 && toks_[q].kind == Token::word &&
               !capitalized(word(q)) && !determiner(word(q)) && !function_word(word(q)) &&
               speech_verb(word(q)) == Verb::none)
          ++q;
        if (q > p + 1 && q < toks_.size() && toks_[q].kind == Token::word &&
            (determiner(word(q)) || pronoun(word(q)) || capitalized(word(q))) &&
            starts_clause(s_, toks_[q].start, end_))
          return q;
      }
      // ("told The Financial Times the bank …": a name that opens with its article)
      const bool the_name = last > p && word(p) == "The";
      if ((one_word_object(p) || the_name) && after < toks_.size() &&
          toks_[after].kind == Token::word &&
          (!capitalized(word(after)) || function_word(word(after)) || pronoun(word(after))) &&
          (lower_equals(word(after), "that") || starts_clause(s_, toks_[after].start, end_)))
        return after;
      return p;
    }
    // ("told reporters the deal “falls short”": a one-word object, then a clause whose verb
    // is inside a quotation that goes on in lower case)
    // ("told The Canadian Press the deal “falls short”": a name as the object)
    {
      std::size_t obj = p + 1;
      if (!one_word_object(p) && capitalized(word(p))) {
        while (obj < toks_.size() && obj < p + 5 && capitalized(word(obj))) ++obj;
      }
      if ((one_word_object(p) || obj > p + 1) && obj + 1 < toks_.size() && determiner(word(obj)) &&
          !capitalized(word(obj))) {
        for (std::size_t q = obj + 1; q < toks_.size() && q < obj + 6; ++q) {
          if (toks_[q].kind == Token::quote) {
            if (lower_case_start(toks_[q].end)) return obj;
            break;
          }
          if (toks_[q].kind != Token::word) break;
        }
      }
    }
    bool in_quote = false;  // a programme's name in marks: MSNBC’s “Morning Joe”
    for (std::size_t q = p; q < toks_.size() && q < p + 10; ++q) {
      const Token& t = toks_[q];
      if (t.kind == Token::quote) {
        in_quote = !in_quote;
        if (!in_quote && q + 1 <= toks_.size()) {
          const std::size_t after = skip_settings(q + 1);
          if (says_next(after)) return after;
        }
        continue;
      }
      if (in_quote) continue;
      if (t.kind == Token::paren) continue;
      if (t.kind != Token::word) return kNone;
      const std::string_view w = word(q);
      // ("a meeting of leaders": after an article, a word in -ing is a noun)
      // ("told cheering supporters": before a noun, a word in -ing describes it)
      const bool ing = w.size() > 4 && w.substr(w.size() - 3) == "ing";
      const bool ing_noun = ing && ((q > p && function_word(word(q - 1))) ||
                                    (q + 1 < toks_.size() && toks_[q + 1].kind == Token::word &&
                                     common_noun(word(q + 1)) && !function_word(word(q + 1))));
      // ("told a packed hall", "told a crowded room": after an article, before a noun, a
      // word in -ed describes the noun)
      const bool ed_adjective = w.size() > 4 && w.substr(w.size() - 2) == "ed" && q > p &&
                                determiner(word(q - 1)) && q + 1 < toks_.size() &&
                                toks_[q + 1].kind == Token::word && common_noun(word(q + 1)) &&
                                !function_word(word(q + 1));
      const bool np_word = capitalized(w) || common_noun(w) || function_word(w) ||
                           is_possessive(w) || lower_equals(w, "us") || pronoun_object(w) ||
                           ing_noun || ed_adjective;
      if (!np_word || lower_equals(w, "that") || lower_equals(w, "to") ||
          speech_verb(w) != Verb::none)
        return kNone;
      // ("told CBC News the water …": a name goes on while its words are capitalized)
      if (capitalized(w) && q + 1 < toks_.size() && name_goes_on(q + 1)) continue;
      const std::size_t after = skip_settings(q + 1);
      if (says_next(after)) return after;
    }
    return kNone;
  }

  static bool question_word(std::string_view w) {
    static const WordSet k{"how", "why", "what", "who", "when", "where", "which"};
    return k.contains(w);
  }

  static bool pronoun_object(std::string_view w) {
    static const WordSet k{"him", "her", "them", "me", "us", "you", "it"};
    return k.contains(w);
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
  std::uint32_t pending_cue_ = 0;  // the cue verb() reads, before it is known to report
  std::uint32_t end_ = 0;
  Source last_source_;       // of the last statement found in the sentence
  bool title_case_ = false;  // the sentence is a headline in title case
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
