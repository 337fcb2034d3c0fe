// finlens public API: analyze one article (UTF-8) into an Analysis (schema finlens/1).
//
// The core does no I/O and knows nothing of JSON; see finlens/json.h for the
// serialization the CLI and the wasm module share. Every stage is linear in the
// size of the input; input beyond Options::max_bytes is cut and reported.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finlens {

inline constexpr std::string_view kSchema = "finlens/1";

// A span of the input, in UTF-16 code units of the input as given (end exclusive),
// plus the UTF-8 byte offsets of the same span.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t byte_start = 0;
  std::uint32_t byte_end = 0;
  std::string text;
};

enum class SectionKind { article, headlines, boilerplate };
enum class FigureKind { money, percent, percentage_point, number, date, time, duration };
enum class CompanyType { company, media, financial, other };
enum class ClaimKind { quote, reported, assertion };
enum class Direction { none, up, down };

struct Section {
  SectionKind kind = SectionKind::article;
  std::uint32_t start = 0;  // UTF-16 units
  std::uint32_t end = 0;
};

struct Ticker {
  std::string exchange;
  std::string symbol;
};

struct Company {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<Ticker> tickers;
  CompanyType type = CompanyType::company;
  std::vector<Span> mentions;
  SectionKind section = SectionKind::article;
  std::string parent;  // company id, empty when unknown
};

struct Role {
  std::string title;
  std::string company;  // company id, may be empty
};

struct Person {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<Role> roles;
  std::vector<Span> mentions;
  SectionKind section = SectionKind::article;
};

// A date as complete as the text allows. Fields are 0 when unknown.
struct DateValue {
  int year = 0;
  int month = 0;
  int day = 0;
  int quarter = 0;        // 1..4
  int weekday = -1;       // 0 = Sunday .. 6 = Saturday, -1 unknown
  bool relative = false;  // resolved against the publication date (or unresolvable)
  std::string qualifier;  // "early", "mid", "late" when the text says so
  std::string iso;        // "2025-01-13", "2021-11", "2022"; empty when no year is known
};

struct Figure {
  std::string id;
  FigureKind kind = FigureKind::number;
  Span span;
  std::optional<double> value;      // money, percent, percentage_point, number (scale applied)
  std::optional<double> value_max;  // for a figure that is itself a range ("3-4 million")
  std::string currency;             // ISO 4217, money only
  std::string unit;                 // for numbers: what is counted ("tankers"), when known
  std::optional<DateValue> date;    // date figures
  std::string time;                 // "HH:MM" for time figures
  std::string timezone;             // "ET", "GMT" ...
  std::string duration;             // ISO 8601 duration for durations ("P3Y")
  bool approximate = false;         // "nearly", "about", "more than" ...
  std::string qualifier;            // the approximation word as written
  // Linking (filled by later stages; empty when unknown).
  std::string company;  // company id
  std::string metric;
  Direction direction = Direction::none;
  std::string equals;  // id of the figure this one restates in another currency
  std::string period;  // what a change is measured over: "year-to-date", "since hitting a 2025 low
                       // on Jan. 13"
  std::string when;    // id of the date figure of its statement ("on Wednesday")
  std::string index;   // the market index a move or level is of ("Nikkei 225", "FTSE-100")
  SectionKind section = SectionKind::article;
};

struct ClaimSource {
  std::string name;
  std::string person;   // person id
  std::string company;  // company id
  std::string role;
};

struct Claim {
  std::string id;
  ClaimKind kind = ClaimKind::reported;
  Span span;
  std::optional<ClaimSource> source;  // absent only for assertions
  std::string cue;
  bool hedged = false;
  std::vector<std::string> hedges;
  std::vector<std::string> companies;
  std::vector<std::string> figures;
  SectionKind section = SectionKind::article;
};

// The figures of one statement: "Alibaba · share price · +4.8% → HK$160.10 · Wednesday".
struct Fact {
  std::string company;  // company id, empty when none
  std::string metric;   // share_price, revenue, market_value, index_change, ...
  std::string change;   // figure id of the move ("4.8%"), empty when none
  std::string level;    // figure id of the level ("HK$160.10"), empty when none
  std::string currency;
  std::string date;  // figure id of the statement's date, empty when none
  std::vector<std::string> figures;
  Span sentence;
};

struct Warning {
  std::string code;
  std::string message;
  std::optional<Span> span;
};

// Where the publication date came from.
struct Published {
  std::string date;          // YYYY-MM-DD
  std::string source;        // "option" or "dateline"
  std::optional<Span> span;  // the dateline, when it came from the text
};

struct InputSize {
  std::uint32_t chars = 0;  // UTF-16 units of the (possibly cut) input
  std::uint32_t bytes = 0;  // UTF-8 bytes of the input as given
};

struct Analysis {
  InputSize input;
  std::optional<Published> published;
  std::vector<Section> sections;
  std::vector<Company> companies;
  std::vector<Person> people;
  std::vector<Figure> figures;
  std::vector<Claim> claims;
  std::vector<Fact> facts;
  std::vector<Warning> warnings;
};

struct Options {
  std::string date;  // publication date YYYY-MM-DD; empty: take the text's dateline if any
  std::size_t max_bytes =
      20u << 20;  // longer input is cut (at a character boundary) with a warning
};

Analysis analyze(std::string_view utf8_text, const Options& options = {});

const char* version();

}  // namespace finlens

namespace finlens {

// Several articles at once: each analyzed on its own, then one view across them.
struct Article {
  std::string id;
  std::string_view text;
  Options options;
};

struct ArticleRef {
  std::size_t article = 0;  // index into Collection::articles
  std::string id;           // company or figure id within that article
};

// One company as named across articles (same ticker, or a name or alias in common).
struct MergedCompany {
  std::string id;  // "m1", "m2" ...
  std::string name;
  std::vector<std::string> aliases;
  std::vector<Ticker> tickers;
  CompanyType type = CompanyType::company;
  std::vector<ArticleRef> companies;
};

struct ComparedFigure {
  ArticleRef figure;
  std::string text;
  double value = 0;
  std::string currency;
  std::optional<double> usd;  // the value in US dollars, for money
  bool outlier = false;       // far from the others
};

// Figures on one company and metric from different articles, side by side.
struct Comparison {
  std::string company;  // merged company id
  std::string metric;
  std::vector<ComparedFigure> figures;
  bool disagree = false;
};

struct CollectionWarning {
  std::string code;
  std::string message;
  ArticleRef figure;
};

struct Collection {
  std::vector<std::string> ids;
  std::vector<Analysis> articles;
  std::vector<MergedCompany> companies;
  std::vector<Comparison> comparisons;
  std::vector<CollectionWarning> warnings;
};

Collection analyze_many(const std::vector<Article>& articles);

}  // namespace finlens
