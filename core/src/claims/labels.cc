// A paragraph that opens with a name and a colon says what that name says: headlines
// ("Rubio: Trump Cannot Be Trusted With the Codes") and transcripts ("FALLIN: Well, I
// think the nation …"). The name is a few capitalized words with no verb among them;
// what follows the colon is a statement (it has a verb), not a figure ("Revenue: $5.2
// billion") or a list. Kickers ("EXCLUSIVE:", "UPDATE 2:", "WATCH:") are not names.
// A paragraph whose statement is a quotation is the quote finder's ("Bill Bodie: “…”").
#include <algorithm>

#include "claims/stages.h"
#include "claims/words.h"
#include "util/scan.h"
#include "util/shape.h"

namespace finlens::claims {
namespace {

constexpr std::uint32_t kMaxLabelBytes = 60;  // "Former Arizona State Senator Kelli Ward"
constexpr int kMaxLabelWords = 6;

// Words that open a paragraph before a colon without naming anyone.
bool kicker(std::string_view w) {
  static const WordSet k{
      "exclusive",  "update",        "updated",      "breaking",    "watch",      "video",
      "photos",     "photo",         "live",         "analysis",    "opinion",    "editorial",
      "commentary", "correction",    "note",         "notes",       "source",     "sources",
      "related",    "read",          "more",         "see",         "also",       "disclaimer",
      "disclosure", "credit",        "reporting",    "editing",     "writing",    "posted",
      "published",  "tags",          "topics",       "summary",     "background", "factbox",
      "explainer",  "interview",     "transcript",   "contact",     "email",      "phone",
      "tel",        "fax",           "web",          "website",     "address",    "date",
      "time",       "location",      "price",        "prices",      "revenue",    "sales",
      "profit",     "shares",        "ticker",       "symbol",      "exchange",   "sector",
      "industry",   "rating",        "target",       "warning",     "caution",    "important",
      "attention",  "listen",        "click",        "subscribe",   "follow",     "sign",
      "join",       "today",         "tonight",      "yesterday",   "monday",     "tuesday",
      "wednesday",  "thursday",      "friday",       "saturday",    "sunday",     "step",
      "part",       "chapter",       "day",          "week",        "q",          "a",
      "question",   "answer",        "example",      "result",      "results",    "bottom",
      "key",        "why",           "what",         "how",         "who",        "when",
      "where",      "here",          "this",         "that",        "the",        "it",
      "update:",    "advertisement", "contributing", "contributors"};
  return k.contains(w);
}

// Lower-case words that end a speaker's label in a headline: "Clinton camp:", "Fed's
// Powell:" has none.
bool has_label_role(std::string_view w) {
  static const WordSet k{"camp",    "campaign", "team",      "aide", "aides", "allies", "lawyer",
                         "lawyers", "official", "officials", "boss", "chief", "source", "sources"};
  return k.contains(w);
}

// The name and colon a line opens with: the number of the name's tokens (the colon is
// the next one), 0 when the line does not open so.
std::size_t label_at(std::string_view s, const sections::Line& line, std::vector<Token>& toks) {
  const std::uint32_t a = line.range.start, b = line.range.end;
  // (no colon in reach, no label: most lines are never tokenized here)
  const std::uint32_t reach = std::min(b, a + kMaxLabelBytes + 1);
  if (s.substr(a, reach - a).find(':') == std::string_view::npos) return 0;
  tokenize(s, a, reach, toks);
  std::size_t k = 0;
  while (k < toks.size() && toks[k].kind == Token::word && k <= kMaxLabelWords) {
    const std::string_view w = s.substr(toks[k].start, toks[k].end - toks[k].start);
    // a name's words are capitalized ("OK Gov Fallin", "JOEL BENENSON"); a cue or
    // another verb means a sentence, not a name
    // ("Clinton camp:", "Fed official:": a group or a title in lower case may end it)
    const bool role_end =
        k > 0 && !capitalized(w) && (title_word(w) || source_noun(w) || has_label_role(w));
    if ((!capitalized(w) && !role_end) || speech_verb(w) != Verb::none ||
        (k == 0 && (kicker(w) || place_word(w))))
      return 0;
    ++k;
    if (role_end) break;
  }
  if (k == 0 || k > kMaxLabelWords || k >= toks.size() || toks[k].kind != Token::colon ||
      (k == 1 && toks[0].end - toks[0].start < 2))
    return 0;
  // "Elon Musk’s Empire:" names a topic; "Lee’s Lawyer:" a speaker, and so does a name
  // after an institution's initials ("Fed's Powell:", "ECB's Lagarde:")
  const std::string_view last = s.substr(toks[k - 1].start, toks[k - 1].end - toks[k - 1].start);
  for (std::size_t i = 0; i + 1 < k; ++i) {
    const std::string_view w = s.substr(toks[i].start, toks[i].end - toks[i].start);
    const std::string_view owner = strip_possessive(w);
    const bool initials = i == 0 && (acronym(owner) || owner.size() <= 3) && k - i - 1 <= 2;
    if (is_possessive(w) && !title_word(last) && !source_noun(last) && !initials) return 0;
  }
  return k;
}

bool all_capitals(std::string_view s, const std::vector<Token>& toks, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) {
    if (!acronym(s.substr(toks[k].start, toks[k].end - toks[k].start))) return false;
  }
  return true;
}

}  // namespace

void find_labels(std::string_view s, const sections::Layout& layout,
                 const std::vector<Quoted>& quoted, std::vector<Draft>& out) {
  std::vector<Token> toks;
  // A name in capitals ("PENCE:") is a speaker's in a transcript, where two or more
  // speakers take turns; alone it is a kicker ("WASHINGTON POLICY:").
  std::string first_caps;
  bool dialogue = false;
  for (const sections::Line& line : layout.lines) {
    if (dialogue || line.shape == sections::LineShape::blank) continue;
    const std::size_t n = label_at(s, line, toks);
    if (n == 0 || !all_capitals(s, toks, n)) continue;
    const std::string name(s.substr(toks[0].start, toks[n - 1].end - toks[0].start));
    if (first_caps.empty()) {
      first_caps = name;
    } else if (name != first_caps) {
      dialogue = true;
    }
  }
  std::size_t q = 0;       // quotes are in order; so are lines
  bool first_line = true;  // the text's first line is its title
  for (const sections::Line& line : layout.lines) {
    if (line.shape == sections::LineShape::blank) continue;
    const bool title = first_line || line.shape == sections::LineShape::title;
    first_line = false;
    const std::uint32_t a = line.range.start, b = line.range.end;
    const std::size_t k = label_at(s, line, toks);
    if (k == 0 || (!dialogue && all_capitals(s, toks, k))) continue;
    std::uint32_t start = toks[k].end;
    while (start < b && s[start] == ' ') ++start;
    while (q < quoted.size() && quoted[q].after <= start) ++q;
    if (q < quoted.size() && quoted[q].open == start) continue;  // "Name: “…”": a quote
    std::uint32_t end = b;
    while (end > start && (s[end - 1] == '.' || s[end - 1] == ' ')) --end;
    if (count_words(s, start, end, 3) < 3) continue;
    // a headline's statement may have no verb ("Lynch: No Outside Influence on Probe"); a
    // statement in prose has one
    const util::WordStats ws = util::word_stats(s.substr(start, end - start));
    // (a transcript's speaker says sentences: "PARANA STATE: UMUARAMA NIL" is a table)
    // (or the text's title in sentence case: "Lynch: No outside influence on probe")
    const bool headline = !all_capitals(s, toks, k) && ws.words <= 24 && ws.content >= 3 &&
                          (ws.capitalized * 10 >= ws.content * 6 || (title && ws.words <= 16));
    if (!headline && !has_verb(s, start, std::min(end, start + 2048))) continue;
    if (util::is_digit(s[start]) || s[start] == '$') continue;  // "Revenue: $5.2 billion"
    Draft d;
    d.kind = ClaimKind::reported;
    d.start = start;
    d.end = end;
    d.source.kind = SourceKind::name;
    d.source.start = toks[0].start;
    d.source.end = toks[k - 1].end;
    d.source.phrase_start = d.source.start;
    d.source.name = std::string(s.substr(d.source.start, d.source.end - d.source.start));
    d.via = Via::cue;
    d.attribution_start = d.source.start;
    d.attribution_end = toks[k].end;
    d.sentence_start = a;
    d.sentence_end = b;
    out.push_back(std::move(d));
  }
}

}  // namespace finlens::claims
