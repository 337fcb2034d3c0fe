// finlens: the command-line program.
//   finlens [--date YYYY-MM-DD] [--max-bytes N] FILE|-     one analysis as JSON
//   finlens --jsonl [--max-bytes N] [FILE|-]               {"id","text","date"?} per line in,
//                                                          {"id","analysis"} or {"id","error"} per line out
//   finlens --merge [--date D] FILE...                     several articles and the view across them
//   finlens --jsonl --merge [FILE|-]                       the same for a JSONL stream (read whole)
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
#include <vector>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

struct Args {
  bool jsonl = false;
  bool merge = false;
  std::string date;
  std::string path;
  std::vector<std::string> more;  // further files with --merge
  std::size_t max_bytes = finlens::Options{}.max_bytes;
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: finlens [--date YYYY-MM-DD] [--max-bytes N] FILE|-\n"
               "       finlens --jsonl [--max-bytes N] [FILE|-]\n"
               "       finlens --merge [--date YYYY-MM-DD] FILE...\n"
               "       finlens --jsonl --merge [FILE|-]\n"
               "Prints the finlens/1 analysis of a news article as JSON.\n");
}

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--jsonl") {
      a.jsonl = true;
    } else if (arg == "--merge") {
      a.merge = true;
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
    } else if (a.merge) {
      a.more.push_back(arg);
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

void print(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

// --jsonl --merge: all articles read, then one collection printed.
int run_jsonl_merge(std::istream& in, const Args& args) {
  using nlohmann::json;
  std::vector<std::string> texts, ids;
  std::vector<finlens::Article> articles;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json req = json::parse(line, nullptr, false);
    if (req.is_discarded() || !req.is_object() || !req.contains("text") || !req["text"].is_string()) {
      std::fprintf(stderr, "finlens: line %zu: not an article object; skipped\n", n);
      continue;
    }
    finlens::Article a;
    a.id = req.contains("id") ? (req["id"].is_string() ? req["id"].get<std::string>() : req["id"].dump())
                              : std::to_string(n);
    a.options.max_bytes = args.max_bytes;
    if (req.contains("date") && req["date"].is_string()) a.options.date = req["date"].get<std::string>();
    texts.push_back(req["text"].get<std::string>());
    articles.push_back(a);
  }
  for (std::size_t i = 0; i < articles.size(); ++i) articles[i].text = texts[i];
  print(finlens::to_json_string(finlens::analyze_many(articles)));
  return 0;
}

int run_jsonl(std::istream& in, const Args& args) {
  using nlohmann::json;
  if (args.merge) return run_jsonl_merge(in, args);
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
  if (args.merge) {
    std::vector<std::string> paths{args.path};
    paths.insert(paths.end(), args.more.begin(), args.more.end());
    std::vector<std::string> texts(paths.size());
    std::vector<finlens::Article> articles;
    for (std::size_t i = 0; i < paths.size(); ++i) {
      if (!read_all(paths[i], texts[i])) {
        std::fprintf(stderr, "finlens: cannot read %s: %s\n", paths[i].c_str(), std::strerror(errno));
        return 1;
      }
      finlens::Article a;
      a.id = paths[i];
      a.options.date = args.date;
      a.options.max_bytes = args.max_bytes;
      articles.push_back(a);
    }
    for (std::size_t i = 0; i < articles.size(); ++i) articles[i].text = texts[i];
    print(finlens::to_json_string(finlens::analyze_many(articles)));
    return 0;
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
