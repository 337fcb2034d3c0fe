// finlens._core: the C++ core for Python (pybind11). The package around it
// (python/finlens/__init__.py) gives the public API; this module only moves bytes:
// Python str in, the CLI's JSON bytes out, with the GIL released while the core runs
// so that threads analyze side by side.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finlens/analysis.h"
#include "finlens/json.h"
#include "jsonl.h"

namespace py = pybind11;

namespace {

// A Python str as UTF-8. Lone surrogates (which Python allows in a str) become the
// bytes they would have in UTF-8 ("surrogatepass"): the core sees invalid UTF-8 and
// replaces it with an invalid_utf8 warning, as the CLI does for such bytes.
std::string utf8_of(py::handle text, const char* what) {
  if (!PyUnicode_Check(text.ptr())) {
    throw py::type_error(std::string(what) + " must be str, not " +
                         std::string(py::str(py::type::handle_of(text).attr("__name__"))));
  }
  py::object bytes = py::reinterpret_steal<py::object>(
      PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
  if (!bytes) throw py::error_already_set();
  return std::string(PyBytes_AS_STRING(bytes.ptr()),
                     static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.ptr())));
}

finlens::Options options_of(py::handle date, std::optional<std::size_t> max_bytes) {
  finlens::Options o;
  if (!date.is_none()) o.date = utf8_of(date, "date");
  if (max_bytes) o.max_bytes = *max_bytes;
  return o;
}

py::str analyze_json(py::handle text, py::handle date, std::optional<std::size_t> max_bytes) {
  const std::string utf8 = utf8_of(text, "text");
  const finlens::Options options = options_of(date, max_bytes);
  std::string out;
  {
    py::gil_scoped_release unlocked;
    out = finlens::to_json_string(finlens::analyze(utf8, options));
  }
  return py::str(out);  // always valid UTF-8: the core replaces invalid input
}

// articles: a sequence of (id, text, date-or-None) tuples, checked here.
py::str analyze_many_json(const std::vector<py::tuple>& articles,
                          std::optional<std::size_t> max_bytes) {
  std::vector<std::string> texts;
  std::vector<finlens::Article> list;
  texts.reserve(articles.size());
  for (const py::tuple& t : articles) {
    if (t.size() != 3) throw py::value_error("each article is (id, text, date)");
    finlens::Article a;
    a.id = utf8_of(t[0], "id");
    texts.push_back(utf8_of(t[1], "text"));
    a.options = options_of(t[2], max_bytes);
    list.push_back(std::move(a));
  }
  for (std::size_t i = 0; i < list.size(); ++i) list[i].text = texts[i];
  std::string out;
  {
    py::gil_scoped_release unlocked;
    out = finlens::to_json_string(finlens::analyze_many(list));
  }
  return py::str(out);
}

// Lines of the CLI's --jsonl stream, `data` holding whole lines, the first of them line
// `first_line` of its file: the CLI's output lines, each ending in '\n' (blank lines
// are skipped but counted, as std::getline counts them).
py::bytes analyze_jsonl(const py::bytes& data, std::size_t first_line, std::size_t max_bytes) {
  // A bytes object is immutable and held by the caller: read it without the GIL.
  const std::string_view in(PyBytes_AS_STRING(data.ptr()),
                            static_cast<std::size_t>(PyBytes_GET_SIZE(data.ptr())));
  std::string out;
  {
    py::gil_scoped_release unlocked;
    std::size_t n = first_line;
    for (std::size_t pos = 0; pos < in.size(); ++n) {
      std::size_t end = in.find('\n', pos);
      if (end == std::string_view::npos) end = in.size();
      const std::string_view line = in.substr(pos, end - pos);
      pos = end + 1;
      if (finlens::jsonl::blank(line)) continue;
      out += finlens::jsonl::analyze_line(line, n, max_bytes);
      out += '\n';
    }
  }
  return py::bytes(out);
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "finlens C++ core (use the finlens package, not this module)";
  m.attr("DEFAULT_MAX_BYTES") = finlens::Options{}.max_bytes;
  m.def("version", &finlens::version);
  m.def("analyze_json", &analyze_json, py::arg("text"), py::arg("date"), py::arg("max_bytes"));
  m.def("analyze_many_json", &analyze_many_json, py::arg("articles"), py::arg("max_bytes"));
  m.def("analyze_jsonl", &analyze_jsonl, py::arg("data"), py::arg("first_line"),
        py::arg("max_bytes"));
}
