// One line of the --jsonl stream to its output line. The CLI and the Python module
// (python/src/module.cc) both go through here, so their bytes are the same.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace finlens::jsonl {

// `line` is input line number `n` (not blank). Returns {"analysis":{...},"id":...} or
// {"error":"line N: ...","id":...}, keys sorted, without the newline.
std::string analyze_line(std::string_view line, std::size_t n, std::size_t max_bytes);

// A line of spaces, tabs and carriage returns only: skipped, but counted.
bool blank(std::string_view line);

}  // namespace finlens::jsonl
