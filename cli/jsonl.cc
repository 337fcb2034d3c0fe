#include "jsonl.h"

#include <nlohmann/json.hpp>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace finlens::jsonl {

std::string analyze_line(std::string_view line, std::size_t n, std::size_t max_bytes) {
  using nlohmann::json;
  json req = json::parse(line, nullptr, /*allow_exceptions=*/false);
  json out;
  if (req.is_discarded() || !req.is_object()) {
    out = {{"id", nullptr}, {"error", "line " + std::to_string(n) + ": not a JSON object"}};
  } else if (!req.contains("text") || !req["text"].is_string()) {
    out = {{"id", req.value("id", json())},
           {"error", "line " + std::to_string(n) + ": no \"text\" string"}};
  } else {
    finlens::Options opt;
    opt.max_bytes = max_bytes;
    if (req.contains("date") && req["date"].is_string()) opt.date = req["date"].get<std::string>();
    const std::string& text = req["text"].get_ref<const std::string&>();
    const std::string analysis = finlens::to_json_string(finlens::analyze(text, opt));
    // the analysis is already serialized: splice it in so it is printed byte for byte
    json head = {{"id", req.contains("id") ? req["id"] : json()}};
    const std::string id = head.dump(-1, ' ', false, json::error_handler_t::replace);
    // {"analysis":...,"id":...} with sorted keys
    std::string s;
    s.reserve(analysis.size() + id.size() + 16);
    s += "{\"analysis\":";
    s += analysis;
    s += ',';
    s.append(id, 1, std::string::npos);
    return s;
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

}  // namespace finlens::jsonl
