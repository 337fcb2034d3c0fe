#include "util/gate.h"

#include <string.h>  // memmem (glibc and musl, so native and Emscripten alike)

#include <algorithm>

namespace finlens::util {

Gate::Gate(std::string_view text) : text_(text), lower_(text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
}

std::vector<LineRange> Gate::lines(std::initializer_list<std::string_view> needles,
                                   bool fold) const {
  const std::string_view hay = fold ? std::string_view(lower_) : text_;
  std::vector<LineRange> out;
  for (std::string_view needle : needles) {
    std::size_t from = 0;
    while (from < hay.size()) {
      const void* hit = memmem(hay.data() + from, hay.size() - from, needle.data(), needle.size());
      if (hit == nullptr) break;
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - hay.data());
      const std::size_t nl_before = hay.rfind('\n', at);
      const std::size_t start = nl_before == std::string_view::npos ? 0 : nl_before + 1;
      std::size_t end = hay.find('\n', at);
      if (end == std::string_view::npos) end = hay.size();
      out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      from = end + 1;  // the rest of this line is in already
    }
  }
  std::sort(out.begin(), out.end(),
            [](const LineRange& a, const LineRange& b) { return a.start < b.start; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const LineRange& a, const LineRange& b) { return a.start == b.start; }),
            out.end());
  return out;
}

}  // namespace finlens::util
