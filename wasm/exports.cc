// The WebAssembly module's whole interface: three plain C functions (no embind, to
// keep the module small). wasm/finlens.mjs wraps them in a JS API.
//
//   char* finlens_analyze(const char* utf8, int len, const char* date, int max_bytes)
//     Analyzes `len` bytes of UTF-8 and returns the analysis as a NUL-terminated JSON
//     string (schema finlens/1, the same bytes the native CLI prints), allocated with
//     malloc: release it with finlens_free. `date` is the publication date
//     (YYYY-MM-DD) or NULL/"" for none; `max_bytes` <= 0 keeps the core's default.
//     Returns NULL only when memory runs out.
//   char* finlens_analyze_many(const unsigned char* records, int len, int max_bytes)
//     Several articles at once. `records` holds, for each article, three fields (id,
//     date, text), each a 4-byte little-endian length then that many UTF-8 bytes. Returns
//     the collection JSON ({"schema", "articles", "merged"}) as finlens_analyze does.
//   void finlens_free(char* p)
//   const char* finlens_version()      static string, do not free
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

char* copy_out(const std::string& json) {
  char* out = static_cast<char*>(std::malloc(json.size() + 1));
  if (out == nullptr) return nullptr;
  std::memcpy(out, json.data(), json.size());
  out[json.size()] = '\0';
  return out;
}

// Reads one length-prefixed field at `pos`; false when the buffer is too short.
bool field(const unsigned char* p, std::size_t len, std::size_t& pos, std::string_view& out) {
  if (pos + 4 > len) return false;
  const std::size_t n =
      static_cast<std::size_t>(p[pos]) | (static_cast<std::size_t>(p[pos + 1]) << 8) |
      (static_cast<std::size_t>(p[pos + 2]) << 16) | (static_cast<std::size_t>(p[pos + 3]) << 24);
  pos += 4;
  if (n > len - pos) return false;
  out = std::string_view(reinterpret_cast<const char*>(p + pos), n);
  pos += n;
  return true;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE char* finlens_analyze(const char* utf8, int len, const char* date,
                                           int max_bytes) {
  finlens::Options options;
  if (date != nullptr && *date != '\0') options.date = date;
  if (max_bytes > 0) options.max_bytes = static_cast<std::size_t>(max_bytes);
  std::string_view text;
  if (utf8 != nullptr && len > 0) text = std::string_view(utf8, static_cast<std::size_t>(len));

  return copy_out(finlens::to_json_string(finlens::analyze(text, options)));
}

EMSCRIPTEN_KEEPALIVE char* finlens_analyze_many(const unsigned char* records, int len,
                                                int max_bytes) {
  std::vector<finlens::Article> articles;
  std::size_t pos = 0;
  const std::size_t n = len > 0 ? static_cast<std::size_t>(len) : 0;
  std::string_view id, date, text;
  while (pos < n && field(records, n, pos, id) && field(records, n, pos, date) &&
         field(records, n, pos, text)) {
    finlens::Article a;
    a.id = std::string(id);
    a.options.date = std::string(date);
    if (max_bytes > 0) a.options.max_bytes = static_cast<std::size_t>(max_bytes);
    a.text = text;
    articles.push_back(std::move(a));
  }
  return copy_out(finlens::to_json_string(finlens::analyze_many(articles)));
}

EMSCRIPTEN_KEEPALIVE void finlens_free(char* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE const char* finlens_version() { return finlens::version(); }

}  // extern "C"
