// finlens_bench: native throughput of finlens::analyze + to_json_string (what the CLI
// and the wasm module do per article). A benchmark, not a test: bench/run.sh runs it
// (under /usr/bin/time -v for peak memory) and prints the tables. One JSON line per result.
//
//   finlens_bench corpus FILE.jsonl        every article's "text", passes until >= 2 s
//   finlens_bench files FILE...            each file as one article
//   finlens_bench sizes FILE.jsonl         1 KB ... 10 MB inputs made of corpus text
//   finlens_bench hostile                  hostile generators at 25 KB and 100 KB (passes)
//   finlens_bench big FILE.jsonl MB [MAX]  one input of MB megabytes (default max_bytes: cut)
//   env FINLENS_BENCH_SECONDS              minimum timed seconds per measurement (2)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "finlens/analysis.h"
#include "finlens/json.h"

namespace {

using Clock = std::chrono::steady_clock;

double min_seconds() {
  const char* s = std::getenv("FINLENS_BENCH_SECONDS");
  return s != nullptr ? std::atof(s) : 2.0;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "finlens_bench: cannot read %s\n", path.c_str());
    std::exit(1);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> read_corpus(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    out.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
  }
  return out;
}

std::size_t sink = 0;  // keeps the work from being optimized away

std::size_t run_once(const std::string& text, const finlens::Options& o = {}) {
  const std::string json = finlens::to_json_string(finlens::analyze(text, o));
  sink += json.size();
  return json.size();
}

// Whole passes over `texts` until min_seconds; returns seconds per pass.
double time_passes(const std::vector<std::string>& texts, int* passes_out, double min_s) {
  for (const auto& t : texts) run_once(t);  // warm-up: lazy regex automata, page faults
  int passes = 0;
  const auto t0 = Clock::now();
  double elapsed = 0;
  do {
    for (const auto& t : texts) run_once(t);
    ++passes;
    elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
  } while (elapsed < min_s);
  *passes_out = passes;
  return elapsed / passes;
}

void report_texts(const char* mode, const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  int passes = 0;
  const double s = time_passes(texts, &passes, min_seconds());
  std::printf(
      "{\"engine\":\"finlens-native\",\"mode\":\"%s\",\"articles\":%zu,\"bytes\":%zu,\"passes\":%d,"
      "\"seconds_per_pass\":%.6f,\"mb_per_s\":%.3f,\"ms_per_article\":%.4f}\n",
      mode, texts.size(), bytes, passes, s, static_cast<double>(bytes) / s / 1e6,
      s * 1000 / static_cast<double>(texts.size()));
}

// Corpus text joined by blank lines, cut at a line end (or a character boundary) near `size`.
std::string text_of_size(const std::vector<std::string>& corpus, std::size_t size) {
  std::string out;
  for (std::size_t i = 0; out.size() < size; ++i) {
    if (!out.empty()) out += "\n\n";
    out += corpus[i % corpus.size()];
  }
  std::size_t cut = out.rfind('\n', size);
  if (cut == std::string::npos || cut < size * 9 / 10) {
    cut = size;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  }
  out.resize(cut);
  return out;
}

void sizes(const std::vector<std::string>& corpus) {
  for (std::size_t size : {1000u, 10000u, 100000u, 1000000u, 10000000u}) {
    const std::string text = text_of_size(corpus, size);
    int passes = 0;
    const double s = time_passes({text}, &passes, size >= 1000000 ? 0.0 : min_seconds() / 2);
    std::printf(
        "{\"engine\":\"finlens-native\",\"mode\":\"size\",\"bytes\":%zu,\"passes\":%d,\"ms\":%.4f,"
        "\"mb_per_s\":%.3f}\n",
        text.size(), passes, s * 1000, static_cast<double>(text.size()) / s / 1e6);
    std::fflush(stdout);
  }
}

std::string rep(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

void hostile() {
  const std::vector<std::pair<const char*, std::function<std::string(std::size_t)>>> gens = {
      {"one long line (words, figures)",
       [](std::size_t n) { return rep("Shares of Apple Inc rose 5% to $3 billion and ", n / 46); }},
      {"\"$1\" in a row", [](std::size_t n) { return rep("$1", n / 2); }},
      {"\"$1 \" in a row", [](std::size_t n) { return rep("$1 ", n / 3); }},
      {"NUL-separated sentences",
       [](std::size_t n) { return rep(std::string("Apple rose 5%\0", 14), n / 14); }},
      {"CR-only lines",
       [](std::size_t n) { return rep("Apple rose 5% to $3 billion.\r", n / 29); }},
      {"unbalanced straight quotes",
       [](std::size_t n) { return rep("He said \"sales rose 5% ", n / 23); }},
      {"unbalanced curly quotes",
       [](std::size_t n) { return rep("He said \xE2\x80\x9Csales rose 5% ", n / 25); }},
      {"quote marks only", [](std::size_t n) { return rep("\"", n); }},
      {"deep parentheses", [](std::size_t n) { return rep("(", n / 2) + "5%" + rep(")", n / 2); }},
      {"nested tickers", [](std::size_t n) { return rep("Apple Inc (NASDAQ: AAPL (", n / 25); }},
      {"invalid UTF-8", [](std::size_t n) { return rep("\xFF\xC3(\xE2\x82 5% ", n / 9); }},
      {"Arabic with figures",
       [](std::size_t n) {
         return rep("\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA 5% ", n / 16);
       }},
      {"combining marks", [](std::size_t n) { return rep("e\xCC\x81", n / 3); }},
      {"capitalized words", [](std::size_t n) { return rep("Apple Boeing Airbus ", n / 20); }},
      {"\"said\" repeated", [](std::size_t n) { return rep("Mr. Smith said ", n / 15); }},
  };
  for (const auto& [name, make] : gens) {
    double ms[2];
    std::size_t bytes[2], out[2];
    const std::size_t n[2] = {25000, 100000};
    for (int k = 0; k < 2; ++k) {
      const std::string text = make(n[k]);
      bytes[k] = text.size();
      out[k] = run_once(text);
      int passes = 0;
      ms[k] = time_passes({text}, &passes, min_seconds() / 4) * 1000;
    }
    std::printf(
        "{\"engine\":\"finlens-native\",\"mode\":\"hostile\",\"name\":%s,\"bytes\":[%zu,%zu],"
        "\"ms\":[%.3f,%.3f],"
        "\"json_bytes\":[%zu,%zu]}\n",
        nlohmann::json(name).dump().c_str(), bytes[0], bytes[1], ms[0], ms[1], out[0], out[1]);
    std::fflush(stdout);
  }
}

void big(const std::vector<std::string>& corpus, std::size_t mb, std::size_t max_bytes) {
  const std::string text = text_of_size(corpus, mb * 1000000);
  finlens::Options o;
  if (max_bytes > 0) o.max_bytes = max_bytes;
  const auto t0 = Clock::now();
  const finlens::Analysis a = finlens::analyze(text, o);
  const std::string json = finlens::to_json_string(a);
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  sink += json.size();  // main's exit status says whether any work was done
  bool cut = false;
  for (const auto& w : a.warnings) cut = cut || w.code == "input_truncated";
  std::printf(
      "{\"engine\":\"finlens-native\",\"mode\":\"big\",\"bytes\":%zu,\"max_bytes\":%zu,"
      "\"truncated\":%s,"
      "\"chars_analyzed\":%u,\"figures\":%zu,\"seconds\":%.3f,\"json_bytes\":%zu}\n",
      text.size(), o.max_bytes, cut ? "true" : "false", a.input.chars, a.figures.size(), s,
      json.size());
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "corpus" && argc == 3) {
    report_texts("corpus", read_corpus(argv[2]));
  } else if (mode == "files" && argc >= 3) {
    std::vector<std::string> texts;
    for (int i = 2; i < argc; ++i) texts.push_back(read_file(argv[i]));
    report_texts("seeds", texts);
  } else if (mode == "sizes" && argc == 3) {
    sizes(read_corpus(argv[2]));
  } else if (mode == "hostile") {
    hostile();
  } else if (mode == "big" && argc >= 4) {
    big(read_corpus(argv[2]), std::strtoull(argv[3], nullptr, 10),
        argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 0);
  } else {
    std::fprintf(
        stderr,
        "usage: finlens_bench corpus FILE.jsonl | files FILE... | sizes FILE.jsonl | hostile |\n"
        "       big FILE.jsonl MB [MAX_BYTES]\n");
    return 2;
  }
  return sink == 0 ? 1 : 0;
}
