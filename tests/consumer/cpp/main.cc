// An example consumer of the installed C++ library (see CMakeLists.txt beside it).
//
//   finlens_consumer [--date YYYY-MM-DD] FILE           the analysis as JSON (as `finlens FILE`)
//   finlens_consumer --merge [--date YYYY-MM-DD] FILE...  the collection (as `finlens --merge`)
//
// It prints a one-line summary of what it found to standard error.
#include <finlens/analysis.h>
#include <finlens/json.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

bool read_file(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  bool merge = false;
  finlens::Options options;  // options.max_bytes: longer input is cut, with a warning
  std::vector<const char*> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--merge") == 0) {
      merge = true;
    } else if (std::strcmp(argv[i], "--date") == 0 && i + 1 < argc) {
      options.date = argv[++i];  // publication date: resolves "on Wednesday"
    } else {
      paths.push_back(argv[i]);
    }
  }
  if (paths.empty() || (!merge && paths.size() != 1)) {
    std::fprintf(stderr, "usage: %s [--merge] [--date YYYY-MM-DD] FILE...\n", argv[0]);
    return 2;
  }
  std::vector<std::string> texts(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!read_file(paths[i], texts[i])) {
      std::fprintf(stderr, "cannot read %s\n", paths[i]);
      return 1;
    }
  }

  if (merge) {
    std::vector<finlens::Article> articles;
    for (std::size_t i = 0; i < paths.size(); ++i) {
      finlens::Article a;
      a.id = paths[i];
      a.text = texts[i];  // a view: the text must outlive analyze_many
      a.options = options;
      articles.push_back(a);
    }
    const finlens::Collection c = finlens::analyze_many(articles);
    std::fprintf(stderr, "finlens %s: %zu articles, %zu companies across them, %zu comparisons\n",
                 finlens::version(), c.articles.size(), c.companies.size(), c.comparisons.size());
    std::cout << finlens::to_json_string(c) << '\n';
    return 0;
  }

  const finlens::Analysis a = finlens::analyze(texts[0], options);
  std::size_t money = 0;
  for (const finlens::Figure& f : a.figures) money += f.kind == finlens::FigureKind::money;
  std::fprintf(stderr,
               "finlens %s (%s): %zu companies, %zu people, %zu figures (%zu money), %zu claims\n",
               finlens::version(), std::string(finlens::kSchema).c_str(), a.companies.size(),
               a.people.size(), a.figures.size(), money, a.claims.size());
  if (!a.companies.empty()) {
    const finlens::Company& c = a.companies.front();
    const finlens::Span& m = c.mentions.front();
    std::fprintf(stderr, "first company: %s, first mentioned at [%u, %u) as \"%s\"\n",
                 c.name.c_str(), m.start, m.end, m.text.c_str());
  }
  std::cout << finlens::to_json_string(a) << '\n';
  return 0;
}
