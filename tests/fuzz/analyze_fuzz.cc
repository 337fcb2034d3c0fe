// libFuzzer target: finlens::analyze on any bytes, with every invariant of
// invariants.h checked on every input (a failed invariant aborts, like a crash).
// Built by CMake with -DFINLENS_FUZZ=ON and clang; run by scripts/fuzz.sh.
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
  finlens::Options options;
  // Half the inputs get a publication date, so relative dates resolve.
  if (size % 2 == 0) options.date = "2025-01-29";
  const finlens::Analysis a = finlens::analyze(input, options);
  const std::string error = finlens::fuzz::check_analysis(input, options, a);
  if (!error.empty()) {
    std::fprintf(stderr, "finlens invariant failed: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
