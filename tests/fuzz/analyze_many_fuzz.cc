// libFuzzer target: finlens::analyze_many on one input split into 2 or 3 articles
// (at 0x1E record separators, else in halves; see fuzz::split_articles), with the
// invariants of every article, the merged view's references and its JSON checked.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "invariants.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  finlens::fuzz::load_known_issues(FINLENS_FUZZ_KNOWN_ISSUES);
  std::atexit([] {
    std::fprintf(stderr, "finlens known invariant failures excused: %zu\n",
                 finlens::fuzz::known_hits());
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto articles = finlens::fuzz::split_articles(input);
  const finlens::Collection c = finlens::analyze_many(articles);
  const std::string error = finlens::fuzz::check_collection(articles, c);
  if (!error.empty()) {
    std::fprintf(stderr, "finlens invariant failed: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
