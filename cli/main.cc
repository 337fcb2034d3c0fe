// finlens: the command-line program.
//   finlens [--date YYYY-MM-DD] [--max-bytes N] FILE|-     one analysis as JSON
//   finlens --jsonl [--max-bytes N] [FILE|-]               {"id","text","date"?} per line in,
//                                                          {"id","analysis"} or {"id","error"} per line out
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

struct Args {
  bool jsonl = false;
  std::string date;
  std::string path;
  std::size_t max_bytes = finlens::Options{}.max_bytes;
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: finlens [--date YYYY-MM-DD] [--max-bytes N] FILE|-\n"
               "       finlens --jsonl [--max-bytes N] [FILE|-]\n"
               "Prints the finlens/1 analysis of a news article as JSON.\n");
}

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--jsonl") {
      a.jsonl = true;
    } else if (arg == "--date" && i + 1 < argc) {
      a.date = argv[++i];
    } else if (arg.rfind("--date=", 0) == 0) {
      a.date = arg.substr(7);
    } else if (arg == "--max-bytes" && i + 1 < argc) {
      a.max_bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "-h" || arg == "--help") {
      usage(stdout);
      std::exit(0);
    } else if (arg == "--version") {
      std::printf("finlens %s\n", finlens::version());
      std::exit(0);
    } else if (arg.size() > 1 && arg[0] == '-' ) {
      std::fprintf(stderr, "finlens: unknown option %s\n", arg.c_str());
      return false;
    } else if (a.path.empty()) {
      a.path = arg;
    } else {
      std::fprintf(stderr, "finlens: more than one input given\n");
      return false;
    }
  }
  if (a.path.empty() && !a.jsonl) return false;
  return true;
}

bool read_all(const std::string& path, std::string& out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

int run_jsonl(std::istream& in, const Args& args) {
  using nlohmann::json;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json out;
    json req = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (req.is_discarded() || !req.is_object()) {
      out = {{"id", nullptr}, {"error", "line " + std::to_string(n) + ": not a JSON object"}};
    } else if (!req.contains("text") || !req["text"].is_string()) {
      out = {{"id", req.value("id", json())}, {"error", "line " + std::to_string(n) + ": no \"text\" string"}};
    } else {
      finlens::Options opt;
      opt.max_bytes = args.max_bytes;
      if (req.contains("date") && req["date"].is_string()) opt.date = req["date"].get<std::string>();
      const std::string& text = req["text"].get_ref<const std::string&>();
      const std::string analysis = finlens::to_json_string(finlens::analyze(text, opt));
      // the analysis is already serialized: splice it in so it is printed byte for byte
      json head = {{"id", req.contains("id") ? req["id"] : json()}};
      std::string id = head.dump(-1, ' ', false, json::error_handler_t::replace);
      // {"analysis":...,"id":...} with sorted keys
      std::fputs("{\"analysis\":", stdout);
      std::fwrite(analysis.data(), 1, analysis.size(), stdout);
      std::fputs(",", stdout);
      std::fwrite(id.data() + 1, 1, id.size() - 1, stdout);
      std::fputs("\n", stdout);
      continue;
    }
    std::puts(out.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) {
    usage(stderr);
    return 2;
  }
  if (args.jsonl) {
    if (args.path.empty() || args.path == "-") return run_jsonl(std::cin, args);
    std::ifstream in(args.path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "finlens: cannot read %s: %s\n", args.path.c_str(), std::strerror(errno));
      return 1;
    }
    return run_jsonl(in, args);
  }
  std::string text;
  if (!read_all(args.path, text)) {
    std::fprintf(stderr, "finlens: cannot read %s: %s\n", args.path.c_str(), std::strerror(errno));
    return 1;
  }
  finlens::Options opt;
  opt.date = args.date;
  opt.max_bytes = args.max_bytes;
  if (!opt.date.empty() && opt.date.size() != 10) {
    std::fprintf(stderr, "finlens: --date wants YYYY-MM-DD, got %s\n", opt.date.c_str());
    return 2;
  }
  const std::string out = finlens::to_json_string(finlens::analyze(text, opt));
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}
