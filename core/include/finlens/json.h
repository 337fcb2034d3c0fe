// finlens/1 JSON: the one place where the core's types meet nlohmann_json.
// Native CLI and the wasm module both serialize through here, so their output is
// byte for byte the same (keys sorted, numbers printed by nlohmann's own dtoa).
#pragma once

#include <string>

#include "finlens/analysis.h"

namespace finlens {

std::string to_json_string(const Analysis& analysis);
// Several articles and the view across them: {"schema", "articles": [{"id", "analysis"}],
// "merged"}.
std::string to_json_string(const Collection& collection);

}  // namespace finlens
