// finlens/1 as JSON, written straight into one string. The bytes are those nlohmann::json
// gives for the same document with dump(-1, ' ', false, error_handler_t::replace): keys in
// std::map order (byte-wise), its string escaping and its float printing. So native and
// wasm print the same bytes, and the output is what it was when this built a DOM (which
// cost ~15% of the analyzer's time in map nodes, mallocs and dump()).
#include "finlens/json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace finlens {
namespace {

// Which bytes nlohmann copies as is, and what it writes for the other ASCII bytes: the
// short escapes, else \u00xx with lowercase hex ('/' and DEL are not escaped).
struct EscapeTable {
  std::array<std::array<char, 8>, 128> text{};
  std::array<bool, 256> plain{};  // copied as is: printable ASCII but '"' and '\\'
  constexpr EscapeTable() {
    constexpr char kHex[] = "0123456789abcdef";
    for (int c = 0; c < 0x20; ++c) {
      text[c] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15], 0, 0};
    }
    text['\b'] = {'\\', 'b'};
    text['\t'] = {'\\', 't'};
    text['\n'] = {'\\', 'n'};
    text['\f'] = {'\\', 'f'};
    text['\r'] = {'\\', 'r'};
    text['"'] = {'\\', '"'};
    text['\\'] = {'\\', '\\'};
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  }
};
constexpr EscapeTable kEscape;

// The length of s as a JSON string's content, or a little more: a control character is
// taken as its six-byte escape (a newline's takes two). A loop the compiler vectorizes,
// unlike a table's.
std::size_t escaped_size(std::string_view s) {
  std::size_t n = s.size();
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    n += b < 0x20 ? 5 : (b == '"' || b == '\\' ? 1 : 0);
  }
  return n;
}

// Length of the well-formed UTF-8 sequence at p (*p >= 0x80), or 0 when it is ill formed;
// then *bad is how many bytes nlohmann's "replace" turns into one U+FFFD: the lead byte
// and the continuation bytes still acceptable after it (the maximal subpart). Its DFA
// accepts exactly Unicode's table 3-7: no overlongs, surrogates or code points > 10FFFF.
std::size_t utf8_length(const unsigned char* p, const unsigned char* end, std::size_t* bad) {
  const unsigned char c = *p;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    return 0;
  }
  for (std::size_t i = 1; i < n; ++i) {
    if (p + i == end || p[i] < lo || p[i] > hi) {
      *bad = i;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return n;
}

// Bytes appended at the end of a buffer: a pointer bumped past them (most of what a
// Writer appends is one or a few bytes, and std::string's append and push_back are calls
// that check and terminate the string each time). The buffer is the string returned, cut
// to what was written: copying it out at the end took as much new memory again (22 MB
// for a text whose facts repeat long sentences).
class Buffer {
 public:
  explicit Buffer(std::size_t capacity) { data_.resize(std::max<std::size_t>(capacity, 64)); }
  // n bytes to write at the end.
  char* room(std::size_t n) {
    if (data_.size() - size_ < n) grow(n);
    char* p = data_.data() + size_;
    size_ += n;
    return p;
  }
  void put(char c) { *room(1) = c; }
  void append(std::string_view s) { copy(room(s.size()), s); }
  // Most of what a Writer copies is a few bytes (a key, a number, a name): up to 16 are
  // moved in two overlapping words, as a call to memcpy costs more than such a copy.
  static void copy(char* to, std::string_view s) {
    const std::size_t n = s.size();
    if (n > 16) {
      std::memcpy(to, s.data(), n);
    } else if (n >= 8) {
      std::memcpy(to, s.data(), 8);
      std::memcpy(to + n - 8, s.data() + n - 8, 8);
    } else if (n >= 4) {
      std::memcpy(to, s.data(), 4);
      std::memcpy(to + n - 4, s.data() + n - 4, 4);
    } else {
      for (std::size_t i = 0; i < n; ++i) to[i] = s[i];
    }
  }
  std::string take() && {
    data_.resize(size_);
    return std::move(data_);
  }

 private:
  // not inlined: it is rare, and inlined into every key and value it made them twice as long
  [[gnu::noinline]] void grow(std::size_t n) {
    data_.resize(std::max(2 * data_.size(), size_ + n));
  }
  std::string data_;      // its size is the capacity; what is written is [0, size_)
  std::size_t size_ = 0;  // bytes written
};

// A JSON text under construction. Callers give each object's keys in sorted order.
class Writer {
 public:
  explicit Writer(std::size_t capacity) : out_(capacity) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // Keys are ASCII literals that need no escaping.
  void key(std::string_view k) {
    char* p = out_.room(k.size() + 3 + (comma_ ? 1 : 0));
    if (comma_) *p++ = ',';
    *p++ = '"';
    Buffer::copy(p, k);
    p[k.size()] = '"';
    p[k.size() + 1] = ':';
    comma_ = false;
  }

  void value(std::string_view s) {
    separate();
    escaped(s);
    comma_ = true;
  }
  // Without this a string literal would convert to bool rather than string_view.
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b) { scalar(b ? "true" : "false"); }
  void null() { scalar("null"); }

  template <std::integral T>
  void value(T n) {
    std::array<char, 24> buf;
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), n);
    scalar(std::string_view(buf.data(), static_cast<std::size_t>(r.ptr - buf.data())));
  }

  // nlohmann's own shortest round-trip formatting (Grisu2, "1.0" for integral values);
  // NaN and infinities are null.
  void value(double x) {
    if (!std::isfinite(x)) return null();
    std::array<char, 64> buf;
    char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
    scalar(std::string_view(buf.data(), static_cast<std::size_t>(end - buf.data())));
  }

  void value(const std::vector<std::string>& strings) {
    begin_array();
    for (const std::string& s : strings) value(s);
    end_array();
  }

  template <class T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  std::string take() && { return std::move(out_).take(); }

 private:
  void separate() {
    if (comma_) out_.put(',');
  }
  void open(char c) {
    separate();
    out_.put(c);
    comma_ = false;
  }
  void close(char c) {
    out_.put(c);
    comma_ = true;
  }
  void scalar(std::string_view s) {
    separate();
    out_.append(s);
    comma_ = true;
  }

  // Runs of bytes that need nothing are appended whole; ill-formed UTF-8 becomes U+FFFD
  // exactly as nlohmann's error_handler_t::replace does it (spans are cut at character
  // boundaries, so that only guards against a bug).
  void escaped(std::string_view s) {
    out_.put('"');
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    const auto* run = p;  // first byte not yet appended
    while (p < end) {
      if (kEscape.plain[*p]) {
        ++p;
        continue;
      }
      std::size_t bad = 0;
      if (*p >= 0x80) {
        if (std::size_t n = utf8_length(p, end, &bad)) {
          p += n;
          continue;
        }
      }
      out_.append({reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run)});
      if (bad != 0) {
        out_.append("\xEF\xBF\xBD");
        p += bad;
      } else {
        out_.append(kEscape.text[*p].data());
        ++p;
      }
      run = p;
    }
    out_.append({reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run)});
    out_.put('"');
  }

  Buffer out_;
  bool comma_ = false;  // a value precedes: the next key or array element needs a ','
};

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

// In every object below the keys are written in byte-wise sorted order.

void write(Writer& w, const Span& s) {
  w.begin_object();
  w.field("end", s.end);
  w.field("start", s.start);
  w.field("text", s.text);
  w.end_object();
}

void write(Writer& w, const Ticker& t) {
  w.begin_object();
  w.field("exchange", t.exchange);
  w.field("symbol", t.symbol);
  w.end_object();
}

template <class T>
void write_array(Writer& w, const std::vector<T>& items) {
  w.begin_array();
  for (const T& x : items) write(w, x);
  w.end_array();
}

template <class T>
void array_field(Writer& w, std::string_view k, const std::vector<T>& items) {
  w.key(k);
  write_array(w, items);
}

// "k": x when there is an x; nothing at all when there is none.
template <class T>
void optional_field(Writer& w, std::string_view k, const std::optional<T>& x) {
  if (!x) return;
  w.key(k);
  write(w, *x);
}

void write(Writer& w, const Figure& f) {
  const DateValue* d = f.date ? &*f.date : nullptr;
  // f.qualifier replaced the date's when both were set
  const std::string* qualifier = !f.qualifier.empty()         ? &f.qualifier
                                 : d && !d->qualifier.empty() ? &d->qualifier
                                                              : nullptr;
  w.begin_object();
  if (f.approximate) w.field("approximate", true);
  if (!f.company.empty()) w.field("company", f.company);
  if (!f.currency.empty()) w.field("currency", f.currency);
  if (d && !d->iso.empty()) w.field("date", d->iso);
  if (d && d->day) w.field("day", d->day);
  if (f.direction != Direction::none)
    w.field("direction", f.direction == Direction::up ? "up" : "down");
  if (!f.duration.empty()) w.field("duration", f.duration);
  w.field("end", f.span.end);
  if (!f.equals.empty()) w.field("equals", f.equals);
  w.field("id", f.id);
  if (!f.index.empty()) w.field("index", f.index);
  w.field("kind", name(f.kind));
  if (!f.metric.empty()) w.field("metric", f.metric);
  if (d && d->month) w.field("month", d->month);
  if (!f.period.empty()) w.field("period", f.period);
  if (qualifier) w.field("qualifier", *qualifier);
  if (d && d->quarter) w.field("quarter", d->quarter);
  if (d && d->relative) w.field("relative", true);
  w.field("section", name(f.section));
  w.field("start", f.span.start);
  w.field("text", f.span.text);
  if (!f.time.empty()) w.field("time", f.time);
  if (!f.timezone.empty()) w.field("timezone", f.timezone);
  if (!f.unit.empty()) w.field("unit", f.unit);
  if (f.value) w.field("value", *f.value);
  if (f.value_max) w.field("value_max", *f.value_max);
  if (d && d->weekday >= 0) w.field("weekday", weekday_name(d->weekday));
  if (!f.when.empty()) w.field("when", f.when);
  w.end_object();
}

void write(Writer& w, const Company& c) {
  w.begin_object();
  w.field("aliases", c.aliases);
  w.field("id", c.id);
  array_field(w, "mentions", c.mentions);
  w.field("name", c.name);
  if (!c.parent.empty()) w.field("parent", c.parent);
  w.field("section", name(c.section));
  array_field(w, "tickers", c.tickers);
  w.field("type", name(c.type));
  w.end_object();
}

void write(Writer& w, const Role& r) {
  w.begin_object();
  if (!r.company.empty()) w.field("company", r.company);
  w.field("title", r.title);
  w.end_object();
}

void write(Writer& w, const Person& p) {
  w.begin_object();
  w.field("aliases", p.aliases);
  w.field("id", p.id);
  array_field(w, "mentions", p.mentions);
  w.field("name", p.name);
  array_field(w, "roles", p.roles);
  w.field("section", name(p.section));
  w.end_object();
}

void write(Writer& w, const ClaimSource& s) {
  w.begin_object();
  if (!s.company.empty()) w.field("company", s.company);
  w.field("name", s.name);
  if (!s.person.empty()) w.field("person", s.person);
  if (!s.role.empty()) w.field("role", s.role);
  w.end_object();
}

void write(Writer& w, const Claim& c) {
  w.begin_object();
  w.field("companies", c.companies);
  if (!c.cue.empty()) w.field("cue", c.cue);
  w.field("end", c.span.end);
  w.field("figures", c.figures);
  w.field("hedged", c.hedged);
  w.field("hedges", c.hedges);
  w.field("id", c.id);
  w.field("kind", name(c.kind));
  w.field("section", name(c.section));
  w.key("source");
  if (c.source) {
    write(w, *c.source);
  } else {
    w.null();
  }
  w.field("start", c.span.start);
  w.field("text", c.span.text);
  w.end_object();
}

void write(Writer& w, const Fact& f) {
  w.begin_object();
  if (!f.change.empty()) w.field("change", f.change);
  if (!f.company.empty()) w.field("company", f.company);
  if (!f.currency.empty()) w.field("currency", f.currency);
  if (!f.date.empty()) w.field("date", f.date);
  w.field("figures", f.figures);
  if (!f.level.empty()) w.field("level", f.level);
  w.field("metric", f.metric);
  w.key("sentence");
  write(w, f.sentence);
  w.end_object();
}

void write(Writer& w, const Section& s) {
  w.begin_object();
  w.field("end", s.end);
  w.field("kind", name(s.kind));
  w.field("start", s.start);
  w.end_object();
}

void write(Writer& w, const Warning& x) {
  w.begin_object();
  w.field("code", x.code);
  w.field("message", x.message);
  optional_field(w, "span", x.span);
  w.end_object();
}

void write(Writer& w, const Published& p) {
  w.begin_object();
  w.field("date", p.date);
  w.field("source", p.source);
  optional_field(w, "span", p.span);
  w.end_object();
}

void write(Writer& w, const Analysis& a) {
  w.begin_object();
  array_field(w, "claims", a.claims);
  array_field(w, "companies", a.companies);
  array_field(w, "facts", a.facts);
  array_field(w, "figures", a.figures);
  w.key("input");
  w.begin_object();
  w.field("bytes", a.input.bytes);
  w.field("chars", a.input.chars);
  w.end_object();
  array_field(w, "people", a.people);
  optional_field(w, "published", a.published);
  w.field("schema", kSchema);
  array_field(w, "sections", a.sections);
  array_field(w, "warnings", a.warnings);
  w.end_object();
}

void write(Writer& w, const ArticleRef& r) {
  w.begin_object();
  w.field("article", r.article);
  w.field("id", r.id);
  w.end_object();
}

void write(Writer& w, const MergedCompany& m) {
  w.begin_object();
  w.field("aliases", m.aliases);
  array_field(w, "companies", m.companies);
  w.field("id", m.id);
  w.field("name", m.name);
  array_field(w, "tickers", m.tickers);
  w.field("type", name(m.type));
  w.end_object();
}

void write(Writer& w, const ComparedFigure& f) {
  w.begin_object();
  if (!f.currency.empty()) w.field("currency", f.currency);
  w.key("figure");
  write(w, f.figure);
  w.field("outlier", f.outlier);
  w.field("text", f.text);
  if (f.usd) w.field("usd", *f.usd);
  w.field("value", f.value);
  w.end_object();
}

void write(Writer& w, const Comparison& c) {
  w.begin_object();
  w.field("company", c.company);
  w.field("disagree", c.disagree);
  array_field(w, "figures", c.figures);
  w.field("metric", c.metric);
  w.end_object();
}

void write(Writer& w, const CollectionWarning& x) {
  w.begin_object();
  w.field("code", x.code);
  w.key("figure");
  write(w, x.figure);
  w.field("message", x.message);
  w.end_object();
}

void write(Writer& w, const Collection& c) {
  w.begin_object();
  w.key("articles");
  w.begin_array();
  for (std::size_t i = 0; i < c.articles.size(); ++i) {
    w.begin_object();
    w.key("analysis");
    write(w, c.articles[i]);
    w.field("id", c.ids[i]);
    w.end_object();
  }
  w.end_array();
  w.key("merged");
  w.begin_object();
  array_field(w, "companies", c.companies);
  array_field(w, "comparisons", c.comparisons);
  array_field(w, "warnings", c.warnings);
  w.end_object();
  w.field("schema", kSchema);
  w.end_object();
}

// A guess on the high side, so the string is allocated once, and near, as it is
// zero-filled: keys, ids and mentions per finding, and the sentences that facts and claims
// repeat. On the Wikinews corpus it is 1.26 times what is written (none of the 90 articles
// outgrew it; the guess before the sentences were counted was 1.52 times).
std::size_t capacity(const Analysis& a) {
  const std::size_t findings = a.sections.size() + a.companies.size() + a.people.size() +
                               a.figures.size() + a.claims.size() + a.facts.size() +
                               a.warnings.size();
  // The long strings are the facts' and claims' sentences. A text of short sentences, each
  // with a figure, repeats a sentence of up to some thousand bytes in each of its facts,
  // which follow each other: a sentence is measured once.
  std::size_t quoted = 0;
  const Span* last = nullptr;
  std::size_t last_size = 0;
  for (const Fact& f : a.facts) {
    if (!last || last->start != f.sentence.start || last->end != f.sentence.end) {
      last = &f.sentence;
      last_size = escaped_size(f.sentence.text);
    }
    quoted += last_size;
  }
  for (const Claim& c : a.claims) quoted += escaped_size(c.span.text);
  return 256 + std::size_t{a.input.bytes} / 4 + 200 * findings + quoted;
}

}  // namespace

std::string to_json_string(const Analysis& a) {
  Writer w(capacity(a));
  write(w, a);
  return std::move(w).take();
}

std::string to_json_string(const Collection& c) {
  std::size_t n = 1024 + 256 * (c.companies.size() + c.comparisons.size() + c.warnings.size());
  for (const Analysis& a : c.articles) n += capacity(a);
  Writer w(n);
  write(w, c);
  return std::move(w).take();
}

}  // namespace finlens
