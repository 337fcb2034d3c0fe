// Whether nlohmann::json parses a text and dumps it back (no indent, UTF-8 as is, the
// replace error handler) to the same bytes, found without building the document: the
// fuzz targets ask this of every output, and building and printing a DOM took a sixth
// of each execution.
//
// The text is read by nlohmann's own parser (sax_parse), so "it parses" is nlohmann's
// verdict. Each event it reports is printed as dump would print it and must be the next
// bytes of the text. What dump changes beyond single values is checked as well: a parsed
// object is a std::map, so its dump puts the keys in ascending order and keeps only the
// last of equal keys; the text's keys must already be strictly ascending.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace finlens::fuzz {

class Reprint {
 public:
  using json = nlohmann::json;

  explicit Reprint(std::string_view text) : s_(text) {}

  // Runs the parse; false when the text does not parse or does not print back as itself
  // (mismatch() tells which). Afterwards, what the top level held (see Top).
  bool run() {
    parsed_ = json::sax_parse(s_.begin(), s_.end(), this);
    return parsed_ && !mismatch_ && at_ == s_.size();
  }
  bool mismatch() const { return mismatch_ || (parsed_ && at_ != s_.size()); }

  // What the top-level object held, for the checks that compare it with its source.
  struct Element {  // an object in a top-level array: its "start", "end" and "text"
    std::int64_t start = -1, end = -1;
    std::string text;
  };
  struct Top {
    bool object = false;
    std::string schema;               // its "schema", when a string
    std::vector<std::string> arrays;  // the keys whose values are arrays
    std::string probed;               // the top-level array whose elements are kept
    std::vector<Element> elements;    // the probed array's object elements
  };
  // Keeps the "start", "end" and "text" of each object in the top-level array `key`.
  void probe(std::string key) { top_.probed = std::move(key); }
  const Top& top() const { return top_; }

  // The SAX interface (nlohmann::json_sax): false stops the parse.
  bool null() { return value() && put("null"); }
  bool boolean(bool b) { return value() && put(b ? "true" : "false"); }
  bool number_integer(std::int64_t n) { return value() && integer(n); }
  bool number_unsigned(std::uint64_t n) { return value() && integer(n); }
  bool number_float(double x, const std::string&) {
    return value() && put(json(x).dump(-1, ' ', false, json::error_handler_t::replace));
  }
  bool string(std::string& v) {
    if (!value()) return false;
    if (depth() == 1 && key_at_1_ == "schema") top_.schema = v;
    if (in_element() && last_key() == "text") top_.elements.back().text = v;
    return quoted(v);
  }
  bool binary(json::binary_t&) { return fail(); }  // JSON text has no binary values
  bool start_object(std::size_t) {
    if (!value()) return false;
    if (depth() == 0) top_.object = true;
    if (depth() == 2 && key_at_1_ == top_.probed && !top_.probed.empty())
      top_.elements.emplace_back();
    stack_.push_back({true, 0, {}});
    return put("{");
  }
  bool key(std::string& k) {
    Level& l = stack_.back();
    if (l.count++ > 0 && !put(",")) return false;
    if (l.count > 1 && !(l.last_key < k)) return fail();  // dump sorts keys, keeps one of each
    l.last_key = k;
    if (depth() == 1) key_at_1_ = k;
    return quoted(k) && put(":");
  }
  bool end_object() {
    stack_.pop_back();
    return put("}");
  }
  bool start_array(std::size_t) {
    if (!value()) return false;
    if (depth() == 1) top_.arrays.push_back(key_at_1_);
    stack_.push_back({false, 0, {}});
    return put("[");
  }
  bool end_array() {
    stack_.pop_back();
    return put("]");
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }

 private:
  struct Level {
    bool object;
    std::size_t count;
    std::string last_key;
  };

  std::size_t depth() const { return stack_.size(); }
  const std::string& last_key() const { return stack_.back().last_key; }
  bool in_element() const {
    return depth() == 3 && !top_.probed.empty() && key_at_1_ == top_.probed &&
           !top_.elements.empty();
  }

  // Before any value: the comma between array elements.
  bool value() {
    if (!stack_.empty() && !stack_.back().object && stack_.back().count++ > 0) return put(",");
    return true;
  }

  template <class Int>
  bool integer(Int n) {
    if (in_element()) {
      if (last_key() == "start") top_.elements.back().start = static_cast<std::int64_t>(n);
      if (last_key() == "end") top_.elements.back().end = static_cast<std::int64_t>(n);
    }
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);  // dump's digits exactly
    return put(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
  }

  // A string as dump prints it. Most need no escape: then it is the bytes between quotes
  // (parsed strings are valid UTF-8, which dump writes as is); else nlohmann prints it.
  bool quoted(const std::string& v) {
    const bool plain = std::none_of(v.begin(), v.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    });
    if (!plain) return put(json(v).dump(-1, ' ', false, json::error_handler_t::replace));
    return put("\"") && put(v) && put("\"");
  }

  bool put(std::string_view bytes) {
    if (s_.size() - at_ < bytes.size() || std::memcmp(s_.data() + at_, bytes.data(), bytes.size()))
      return fail();
    at_ += bytes.size();
    return true;
  }

  bool fail() {
    mismatch_ = true;
    return false;
  }

  std::string_view s_;
  std::size_t at_ = 0;
  bool parsed_ = false, mismatch_ = false;
  std::vector<Level> stack_;
  std::string key_at_1_;
  Top top_;
};

}  // namespace finlens::fuzz
