// The cue lexicon (see cues.h). Compiled here for this project from English reporting
// verbs as news writing uses them (verbs of saying, of writing, of finding and of
// belief); base forms that are mostly nouns ("call", "claim", "plan", "view") are left
// out, so that reading a noun phrase does not stop at them.
#include "claims/cues.h"

#include <string>
#include <vector>

namespace finlens::claims {
namespace {

constexpr std::uint16_t kSay = kThat | kClause | kQuote | kAfter;
constexpr std::uint16_t kTalk = kThat | kClause | kQuote | kAfter;
constexpr std::uint16_t kFind = kThat | kClause | kAfter;  // reported, showed, believes …
constexpr std::uint16_t kPromise = kThat | kTo | kQuote | kAfter;

struct Row {
  std::string_view forms;  // space-separated; the -ing form is the participle
  Verb verb;
  std::uint16_t frames;
  bool hedge = false;
  std::string_view particles = {};
  bool needs_particle = false;
};

// Verb::speech: what follows the verb is what was said, whatever it starts with.
// Verb::talk: attributes quotes; reports a statement only before a clause.
// Verb::finding: reports a statement only before a clause; never attributes a quote
// standing alone before it.
constexpr Row kRows[] = {
    // saying
    {"say says said saying", Verb::speech, kSay},
    {"tell tells told telling", Verb::speech, kSay | kObject},
    {"stated stating", Verb::speech, kSay},  // not "states": mostly the noun
    {"argued argues argue arguing", Verb::speech, kSay},
    {"insisted insists insist insisting", Verb::speech, kSay},
    {"contended contends contending", Verb::speech, kSay},
    {"asserted asserts asserting", Verb::speech, kSay},
    {"added adds adding", Verb::talk, kTalk},
    {"explained explains explaining", Verb::talk, kTalk},
    {"wrote writes writing", Verb::talk, kTalk},
    {"warned warns warn warning", Verb::talk, kTalk | kObject},
    {"cautioned cautions cautioning", Verb::talk, kTalk},
    {"stressed stresses stressing", Verb::talk, kTalk},
    {"emphasized emphasised emphasizes emphasising emphasizing", Verb::talk, kTalk},
    {"acknowledged acknowledges acknowledging", Verb::talk, kTalk},
    {"admitted admits admitting", Verb::talk, kTalk},
    {"conceded concedes conceding", Verb::talk, kTalk},
    {"commented commenting", Verb::talk, kTalk},  // ("comments": mostly the noun)
    {"remarked remarks remarking", Verb::talk, kTalk},
    {"noted notes noting", Verb::talk, kTalk},
    {"predicted predicts predict predicting", Verb::talk, kTalk | kClause, true},
    {"replied replies replying", Verb::talk, kTalk},
    {"responded responding", Verb::talk, kTalk},
    {"answered answering", Verb::talk, kTalk},
    {"countered", Verb::talk, kTalk},
    {"observed observes observing", Verb::talk, kTalk},
    {"continued", Verb::talk, kQuote | kAfter},
    {"concluded concludes concluding", Verb::talk, kTalk | kClause},
    {"recalled recalls recalling", Verb::talk, kTalk},
    {"complained complains complaining", Verb::talk, kTalk},
    {"joked jokes quipped enthused boasted mused laughed confessed confesses", Verb::talk, kTalk},
    {"asked asks asking", Verb::talk, kTalk | kObject | kTo | kWh},
    {"wondered wonders wondering", Verb::talk, kTalk | kWh},
    {"maintained maintains maintaining", Verb::talk, kTalk},
    {"declared declares declaring", Verb::talk, kTalk},
    {"claimed claims claiming", Verb::talk, kTalk | kClause},
    {"claim", Verb::talk, kThat},  // the noun is common: only "… claim that …"
    {"alleged alleges alleging", Verb::talk, kTalk | kClause},
    {"charged", Verb::talk, kThat},
    {"testified testifies testifying", Verb::talk, kTalk},
    {"reiterated reiterates reiterating", Verb::talk, kTalk},
    {"tweeted tweets tweeting", Verb::talk, kTalk},
    {"posted", Verb::talk, kThat | kQuote},
    {"denied denies denying", Verb::talk, kTalk | kContent},
    {"agreed agrees", Verb::talk, kThat | kClause | kTo},
    {"hinted signaled signalled", Verb::talk, kThat},
    {"assured assures assuring", Verb::talk, kTalk | kObject},
    {"reminded reminds reminding", Verb::talk, kTalk | kObject},
    {"informed", Verb::talk, kThat | kObject},
    {"pledged pledges pledging", Verb::talk, kPromise},
    {"promised promises promising", Verb::talk, kPromise | kObject},
    {"vowed vows vowing", Verb::talk, kPromise},
    {"threatened threatens threatening", Verb::talk, kPromise},
    {"urged urges urging", Verb::talk, kTalk | kObject | kTo},
    {"demanded demands demanding", Verb::talk, kTalk},
    {"proposed", Verb::talk, kThat},
    // intending: the infinitive (after an object for "wants voters to …") is the aim
    {"wants", Verb::talk, kTo | kObject},  // ("wanted": mostly inside another's statement)
    {"intends intended", Verb::talk, kTo},
    {"sought seeks", Verb::talk, kTo},
    // saying something of someone: the object and what follows it are what was said
    {"accused accuses accusing", Verb::talk, kTalk | kContent},
    {"criticized criticised criticizes criticises criticizing criticising", Verb::talk,
     kTalk | kContent},
    {"blamed blames blaming", Verb::talk, kTalk | kContent},
    {"described describes describing", Verb::talk, kTalk | kContent},
    {"dismissed dismisses dismissing", Verb::talk, kTalk | kContent},
    {"denounced denounces denouncing condemned condemns condemning", Verb::talk, kTalk | kContent},
    {"praised praises praising", Verb::talk, kTalk | kContent},
    {"called calls calling", Verb::talk, kContent | kQuoted | kAfter | kQuote, false, "for on"},
    {"dubbed labeled labelled branded", Verb::talk, kContent | kQuoted},
    {"pointed points pointing", Verb::talk, kThat | kContent, false, "to out", true},
    // taking a side: the object is the position taken ("endorsed the plan")
    {"endorsed endorses endorsing", Verb::talk, kContent},
    {"supported supports supporting", Verb::talk, kContent},
    {"opposed opposes opposing", Verb::talk, kContent},
    {"rejected rejects rejecting", Verb::talk, kContent},
    {"defended defends defending", Verb::talk, kContent},
    // (not "attacks", "blasts", "slams": mostly the nouns)
    {"attacked attacking blasted blasting slammed slamming", Verb::talk, kContent},
    {"referring referred refers", Verb::talk, kContent, false, "to", true},
    {"talking talked talks", Verb::talk, kContent, false, "about", true},
    {"welcomed welcomes welcoming hailed hails hailing applauded applauds applauding", Verb::talk,
     kContent},
    {"disputed disputes disputing challenged challenges challenging", Verb::talk, kThat | kContent},
    // base forms after a plural subject ("economists agree that …"), and verbs of ruling,
    // ordering, echoing, recognizing, speculating with their that-clause
    {"acknowledge", Verb::talk, kThat | kClause},
    {"worry", Verb::finding, kThat, true},
    {"echoed echoes echoing", Verb::talk, kThat | kContent},
    {"ruled", Verb::finding, kThat},
    {"ordered", Verb::talk, kThat},
    {"recognized recognizes recognised recognizing", Verb::finding, kThat},
    {"speculated speculates speculating", Verb::finding, kThat, true},
    {"point", Verb::talk, kThat | kContent, false, "out", true},
    // more verbs of taking a side and talking about something; a particle after them
    // ("backed off", "blasted out") makes another verb (reported.cc)
    {"backed backs backing", Verb::talk, kContent},
    {"mocked mocks mocking", Verb::talk, kContent},
    {"discussed discusses discussing", Verb::talk, kContent},
    {"oppose", Verb::talk, kContent},
    {"prefer prefers preferred", Verb::finding, kContent | kTo},
    {"hoping", Verb::finding, kThat | kClause | kTo, true},
    {"learned learns", Verb::finding, kThat},
    {"call", Verb::talk, kContent, false, "for on", true},  // "Democrats call for an inquiry"
    // finding and making known
    {"reported reports report reporting", Verb::finding, kFind},
    {"revealed reveals revealing", Verb::finding, kFind},
    {"estimated estimates estimate estimating", Verb::finding, kFind | kObject | kTo, true},
    {"announced announces announcing", Verb::finding, kFind},
    {"indicated indicates indicate indicating", Verb::finding, kFind | kShows},
    {"confirmed confirms confirming", Verb::finding, kFind},
    {"disclosed discloses disclosing", Verb::finding, kFind},
    {"suggested suggests suggest suggesting", Verb::finding, kFind | kShows},
    {"forecast forecasts forecasting", Verb::finding, kFind | kObject | kTo, true},
    {"projected projecting", Verb::finding, kFind | kObject | kTo, true},
    {"showed shows show showing", Verb::finding, kFind | kShows},
    {"found finds finding", Verb::finding, kFind | kShows},
    {"determined", Verb::finding, kThat},
    {"cited cites citing", Verb::finding, kContent},
    // belief: the claim is the source's view
    {"think thinks thought", Verb::finding, kFind, true},
    {"believe believes believed", Verb::finding, kFind, true},
    {"feel feels felt", Verb::finding, kThat | kClause, true},
    {"knows", Verb::finding, kThat | kClause},  // ("knew": mostly of what others did)
    {"know", Verb::finding, kThat},
    {"questioned questions questioning", Verb::talk, kThat | kWh},  // "questioned whether …"
    {"mentioned mentions mentioning", Verb::talk, kThat | kQuote},
    {"recommended recommends recommending", Verb::talk, kThat},
    {"reads read", Verb::talk, kQuote},  // "The sign reads: “…”", "“…,” it read."
    {"shouted shouts yelled yells exclaimed screamed chanted whispered", Verb::talk,
     kQuote | kAfter},
    {"fear fears feared", Verb::finding, kThat | kClause, true},
    {"hope hopes hoped", Verb::finding, kThat | kClause | kTo, true},
    {"worried worries", Verb::finding, kThat, true},
    // ("expects revenue of $5 billion": a forecast with no verb is still one)
    {"expect expects expected expecting", Verb::finding, kFind | kObject | kTo | kContent, true},
    {"doubt doubts doubted", Verb::finding, kThat | kClause, true},
    {"suspects suspected", Verb::finding, kThat | kClause, true},
    {"assume assumes assumed", Verb::finding, kThat, true},
    {"realized realised realizes", Verb::finding, kThat | kClause},
    {"understands understood", Verb::finding, kThat},
};

struct Lexicon {
  WordTable table;
  std::vector<Cue> cues;
};

Lexicon build() {
  std::vector<std::string_view> words;
  std::vector<Cue> cues;
  for (const Row& r : kRows) {
    std::size_t i = 0;
    while (i < r.forms.size()) {
      std::size_t j = r.forms.find(' ', i);
      if (j == std::string_view::npos) j = r.forms.size();
      const std::string_view form = r.forms.substr(i, j - i);
      const bool ing = form.size() > 4 && form.substr(form.size() - 3) == "ing";
      words.push_back(form);
      cues.push_back({ing ? Verb::participle : r.verb, r.frames, r.hedge, r.particles,
                      r.needs_particle, r.verb});
      i = j + 1;
    }
  }
  return {WordTable(std::move(words)), std::move(cues)};
}

}  // namespace

const Cue* cue_word(std::string_view w) {
  static const Lexicon kLexicon = build();
  if (w.size() < 3 || w.size() > 13) return nullptr;
  const int k = kLexicon.table.find(w);
  return k < 0 ? nullptr : &kLexicon.cues[static_cast<std::size_t>(k)];
}

Verb speech_verb(std::string_view w) {
  const Cue* c = cue_word(w);
  if (c == nullptr || c->needs_particle) return Verb::none;
  return c->verb;
}

}  // namespace finlens::claims
