// finlens: the command-line program.
//   finlens [--date YYYY-MM-DD] [--max-bytes N] FILE|-     one analysis as JSON
//   finlens --jsonl [--jobs N] [--max-bytes N] [FILE|-]    {"id","text","date"?} per line in,
//                                                          {"id","analysis"} or {"id","error"} per
//                                                          line out, in input order; N threads
//                                                          analyze (default 1)
//   finlens --merge [--date D] FILE...                     several articles and the view across
//   them finlens --jsonl --merge [FILE|-]                       the same for a JSONL stream (read
//   whole)
#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "finlens/analysis.h"
#include "finlens/json.h"
#include "jsonl.h"

namespace {

struct Args {
  bool jsonl = false;
  bool merge = false;
  unsigned jobs = 1;  // --jsonl: analyzing threads
  bool jobs_given = false;
  std::string date;
  std::string path;
  std::vector<std::string> more;  // further files with --merge
  std::size_t max_bytes = finlens::Options{}.max_bytes;
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: finlens [--date YYYY-MM-DD] [--max-bytes N] FILE|-\n"
               "       finlens --jsonl [--jobs N] [--max-bytes N] [FILE|-]\n"
               "       finlens --merge [--date YYYY-MM-DD] FILE...\n"
               "       finlens --jsonl --merge [FILE|-]\n"
               "Prints the finlens/1 analysis of a news article as JSON.\n"
               "--jobs N analyzes N lines at a time (0: one per core), output in input order.\n");
}

// --jobs N: 1..256; 0 means one per core.
bool parse_jobs(const std::string& s, unsigned& jobs) {
  char* end = nullptr;
  errno = 0;
  const unsigned long n = std::strtoul(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno != 0 || n > 256 || s[0] == '-') {
    std::fprintf(stderr, "finlens: --jobs wants a number from 0 to 256, got %s\n", s.c_str());
    return false;
  }
  jobs = n != 0 ? static_cast<unsigned>(n) : std::max(1u, std::thread::hardware_concurrency());
  return true;
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
    } else if ((arg == "--jobs" || arg == "-j") && i + 1 < argc) {
      if (!parse_jobs(argv[++i], a.jobs)) return false;
      a.jobs_given = true;
    } else if (arg.rfind("--jobs=", 0) == 0) {
      if (!parse_jobs(arg.substr(7), a.jobs)) return false;
      a.jobs_given = true;
    } else if (arg == "-h" || arg == "--help") {
      usage(stdout);
      std::exit(0);
    } else if (arg == "--version") {
      std::printf("finlens %s\n", finlens::version());
      std::exit(0);
    } else if (arg.size() > 1 && arg[0] == '-') {
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
  if (a.jobs_given && (!a.jsonl || a.merge)) {
    std::fprintf(stderr, "finlens: --jobs works with --jsonl (without --merge)\n");
    return false;
  }
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
    if (finlens::jsonl::blank(line)) continue;
    json req = json::parse(line, nullptr, false);
    if (req.is_discarded() || !req.is_object() || !req.contains("text") ||
        !req["text"].is_string()) {
      std::fprintf(stderr, "finlens: line %zu: not an article object; skipped\n", n);
      continue;
    }
    finlens::Article a;
    a.id = req.contains("id")
               ? (req["id"].is_string() ? req["id"].get<std::string>() : req["id"].dump())
               : std::to_string(n);
    a.options.max_bytes = args.max_bytes;
    if (req.contains("date") && req["date"].is_string())
      a.options.date = req["date"].get<std::string>();
    texts.push_back(req["text"].get<std::string>());
    articles.push_back(a);
  }
  for (std::size_t i = 0; i < articles.size(); ++i) articles[i].text = texts[i];
  print(finlens::to_json_string(finlens::analyze_many(articles)));
  return 0;
}

// --jsonl --jobs N (N > 1): this thread reads, N threads analyze, one thread prints in
// input order. A ring of 2N slots holds every line between read and printed, so memory
// stays bounded however long the stream: the reader waits while the ring is full (the
// oldest line is still being analyzed or printed). The core keeps no mutable shared
// state (its patterns and name lists are function-local statics, built once), so
// analyze() runs on several threads at once.
int run_jsonl_parallel(std::istream& in, const Args& args) {
  struct Slot {
    std::string line;
    std::size_t n = 0;  // input line number
    std::string out;
    bool done = false;
  };
  const std::size_t window = 2 * static_cast<std::size_t>(args.jobs);
  std::vector<Slot> ring(window);
  std::mutex m;
  std::condition_variable can_read, can_work, can_write;
  std::size_t read = 0, taken = 0, written = 0;  // sequence numbers: read >= taken >= written
  bool eof = false;

  auto work = [&] {
    std::unique_lock lock(m);
    for (;;) {
      can_work.wait(lock, [&] { return taken < read || eof; });
      if (taken == read) return;  // end of input, nothing left to take
      Slot& s = ring[taken++ % window];
      lock.unlock();
      s.out = finlens::jsonl::analyze_line(s.line, s.n, args.max_bytes);
      lock.lock();
      s.done = true;
      can_write.notify_one();
    }
  };
  auto write = [&] {
    std::unique_lock lock(m);
    for (;;) {
      can_write.wait(lock, [&] {
        return (written < read && ring[written % window].done) || (eof && written == read);
      });
      if (written == read) return;
      Slot& s = ring[written % window];
      lock.unlock();
      std::fwrite(s.out.data(), 1, s.out.size(), stdout);
      std::fputc('\n', stdout);
      std::string().swap(s.out);  // give the memory back: one long article must not pin it
      std::string().swap(s.line);
      lock.lock();
      s.done = false;
      ++written;
      can_read.notify_one();
    }
  };

  std::vector<std::thread> threads;
  for (unsigned i = 0; i < args.jobs; ++i) threads.emplace_back(work);
  threads.emplace_back(write);

  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (finlens::jsonl::blank(line)) continue;
    std::unique_lock lock(m);
    can_read.wait(lock, [&] { return read - written < window; });
    // The slot for `read` is neither taken by a worker (they take below `read`) nor
    // printed (the writer is at `written` > read - window): fill it unlocked.
    Slot& s = ring[read % window];
    lock.unlock();
    s.line = std::move(line);
    s.n = n;
    lock.lock();
    ++read;
    can_work.notify_one();
  }
  {
    std::lock_guard lock(m);
    eof = true;
  }
  can_work.notify_all();
  can_write.notify_all();
  for (std::thread& t : threads) t.join();
  return 0;
}

int run_jsonl(std::istream& in, const Args& args) {
  if (args.merge) return run_jsonl_merge(in, args);
  if (args.jobs > 1) return run_jsonl_parallel(in, args);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (finlens::jsonl::blank(line)) continue;
    print(finlens::jsonl::analyze_line(line, n, args.max_bytes));
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
      std::fprintf(stderr, "finlens: cannot read %s: %s\n", args.path.c_str(),
                   std::strerror(errno));
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
        std::fprintf(stderr, "finlens: cannot read %s: %s\n", paths[i].c_str(),
                     std::strerror(errno));
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
