// The WebAssembly module's whole interface: three plain C functions (no embind, to
// keep the module small). wasm/finlens.mjs wraps them in a JS API.
//
//   char* finlens_analyze(const char* utf8, int len, const char* date, int max_bytes)
//     Analyzes `len` bytes of UTF-8 and returns the analysis as a NUL-terminated JSON
//     string (schema finlens/1, the same bytes the native CLI prints), allocated with
//     malloc: release it with finlens_free. `date` is the publication date
//     (YYYY-MM-DD) or NULL/"" for none; `max_bytes` <= 0 keeps the core's default.
//     Returns NULL only when memory runs out.
//   void finlens_free(char* p)
//   const char* finlens_version()      static string, do not free
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "finlens/analysis.h"
#include "finlens/json.h"

extern "C" {

EMSCRIPTEN_KEEPALIVE char* finlens_analyze(const char* utf8, int len, const char* date,
                                           int max_bytes) {
  finlens::Options options;
  if (date != nullptr && *date != '\0') options.date = date;
  if (max_bytes > 0) options.max_bytes = static_cast<std::size_t>(max_bytes);
  std::string_view text;
  if (utf8 != nullptr && len > 0) text = std::string_view(utf8, static_cast<std::size_t>(len));

  const std::string json = finlens::to_json_string(finlens::analyze(text, options));
  char* out = static_cast<char*>(std::malloc(json.size() + 1));
  if (out == nullptr) return nullptr;
  std::memcpy(out, json.data(), json.size());
  out[json.size()] = '\0';
  return out;
}

EMSCRIPTEN_KEEPALIVE void finlens_free(char* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE const char* finlens_version() { return finlens::version(); }

}  // extern "C"
