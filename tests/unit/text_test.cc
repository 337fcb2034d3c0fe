// Stage 1: decoding, folding and the offset map back to UTF-16 units of the input.
#include "text/text.h"

#include <doctest/doctest.h>

#include <string>

#include "finlens/analysis.h"
#include "text/lines.h"

using finlens::text::prepare;
using finlens::text::to_valid_utf8;

namespace {

// UTF-16 length of a valid UTF-8 string, the way JavaScript counts.
std::uint32_t u16len(const std::string& s) {
  std::uint32_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

}  // namespace

TEST_CASE("invalid UTF-8 is replaced like TextDecoder does") {
  bool bad = false;
  CHECK(to_valid_utf8("abc", &bad) == "abc");
  CHECK_FALSE(bad);
  CHECK(to_valid_utf8("a\xFF"
                      "b",
                      &bad) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(bad);
  // a truncated 3-byte sequence is one maximal subpart: one U+FFFD
  CHECK(to_valid_utf8("a\xE4\xBD"
                      "b",
                      &bad) ==
        "a\xEF\xBF\xBD"
        "b");
  // surrogates encoded in UTF-8 are invalid: each byte is replaced
  CHECK(to_valid_utf8("\xED\xA0\x80", &bad) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // overlong encodings are invalid
  CHECK(to_valid_utf8("\xC0\xAF", &bad) == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(to_valid_utf8("", &bad).empty());
}

TEST_CASE("spans count UTF-16 units of the input") {
  const std::string input =
      "阿里巴巴 📈 “HK$160.10” rose\xC2\xA0"
      "4.8%";
  const auto analysis = finlens::analyze(input);
  REQUIRE(analysis.figures.size() == 2);
  const auto& money = analysis.figures[0].span;
  CHECK(money.text == "HK$160.10");
  // 阿里巴巴 (4) + space + 📈 (2 units) + space + “ = 9 units before the figure
  CHECK(money.start == 9);
  CHECK(money.end == 18);
  const auto& pct = analysis.figures[1].span;
  CHECK(pct.text == "4.8%");
  CHECK(pct.start == u16len("阿里巴巴 📈 “HK$160.10” rose\xC2\xA0"));
  CHECK(analysis.input.chars == u16len(input));
  CHECK(analysis.input.bytes == input.size());
}

TEST_CASE("folding reads look-alikes as ASCII and maps back to the input") {
  bool cut = false;
  const auto t = prepare(
      "a\xC2\xA0"
      "b\r\nc\rd\xEF\xBC\x95",
      1 << 20, &cut);
  CHECK(t.norm == "a b\nc\nd5");
  CHECK_FALSE(cut);
  // "b" is at norm byte 2 and clean byte 3
  CHECK(t.to_clean(2) == 3);
  CHECK(t.span(2, 3).text == "b");
  CHECK(t.span(2, 3).start == 2);
  CHECK(t.span(7, 8).text == "\xEF\xBC\x95");
  CHECK(t.span(0, 3).text ==
        "a\xC2\xA0"
        "b");
}

namespace {
std::string norm_of(const std::string& s) {
  bool cut = false;
  return prepare(s, 1 << 20, &cut).norm;
}
}  // namespace

TEST_CASE("the logical text: paragraphs a line, spaces collapsed, blank lines dropped") {
  CHECK(norm_of("  First   paragraph.  \n\n\n\tSecond one.\n") == "First paragraph.\nSecond one.");
  CHECK(norm_of("One.\r\n\r\nTwo.\r\n") == "One.\nTwo.");
  CHECK(norm_of("\n\n") == "");
}

TEST_CASE("a hard-wrapped paragraph reads as one line, whatever the width") {
  const std::string wrapped =
      "Harbor Point Capital Group said on Tuesday that it would buy the\n"
      "shipping business of Northern Shipping Alliance for $40\n"
      "billion, its largest deal since the fund was founded in 1998 by\n"
      "two former bankers.\n"
      "The seller's shares rose 3% in early trading in Oslo after the\n"
      "news, while the buyer's bonds were little changed.\n";
  CHECK(norm_of(wrapped) ==
        "Harbor Point Capital Group said on Tuesday that it would buy the shipping business "
        "of Northern Shipping Alliance for $40 billion, its largest deal since the fund was "
        "founded in 1998 by two former bankers.\n"
        "The seller's shares rose 3% in early trading in Oslo after the news, while the "
        "buyer's bonds were little changed.");
}

TEST_CASE("wire copy: a headline, indented paragraph starts, table rows") {
  const std::string wire =
      "ACME WIDGET CORP <ACW> 2ND QTR NET\n"
      "Acme Widget Corp said its second quarter profit rose\n"
      "on higher sales of its industrial valves in Europe.\n"
      "    The company said it expected sales to keep growing in the\n"
      "second half of the year, helped by new plants in Ohio and\n"
      "Texas.\n"
      "    Shr 1.20 dlrs vs 98 cts\n"
      "    Net 5.0 mln vs 4.1 mln\n"
      " Reuter\n";
  CHECK(norm_of(wire) ==
        "ACME WIDGET CORP <ACW> 2ND QTR NET\n"
        "Acme Widget Corp said its second quarter profit rose on higher sales of its "
        "industrial valves in Europe.\n"
        "The company said it expected sales to keep growing in the second half of the year, "
        "helped by new plants in Ohio and Texas.\n"
        "Shr 1.20 dlrs vs 98 cts\n"
        "Net 5.0 mln vs 4.1 mln\n"
        "Reuter");
}

TEST_CASE("a list of headlines stays a list, one a line") {
  const std::string list =
      "Acme Eyes $350 Billion Valuation as Funding Accelerates Again\n"
      "Globex Plans 3nm Chip Plant in Japan with $17 Billion Investment\n"
      "Initech Pushes for Early Index Inclusion Ahead of Record Listing\n"
      "Hooli Shares Slide After Earnings Miss Fuels Tech Stock Sell-Off\n";
  CHECK(norm_of(list) == list.substr(0, list.size() - 1));
}

TEST_CASE("a ragged line that stops mid-sentence joins the next lower-case line") {
  CHECK(norm_of("The board of the bank approved the plan to\nsell its stake.\nNext.") ==
        "The board of the bank approved the plan to sell its stake.\nNext.");
  // a short line, a heading, a credit: their own paragraphs
  CHECK(norm_of("Background\nthe plan was old.") == "Background\nthe plan was old.");
}

TEST_CASE("spans across a soft wrap point at the input's characters") {
  const std::string wrapped =
      "The airline said on Monday that Pakistan International\n"
      "Airlines would lease six more aircraft from a unit of the\n"
      "lessor, which it did not name, to serve routes in Europe.\n";
  bool cut = false;
  const auto t = prepare(wrapped, 1 << 20, &cut);
  const std::size_t found = t.norm.find("Pakistan International Airlines");
  REQUIRE(found != std::string::npos);
  const auto at = static_cast<std::uint32_t>(found);
  const auto sp = t.span(at, at + 31);
  CHECK(sp.text == "Pakistan International\nAirlines");
  CHECK(wrapped.substr(sp.start, sp.end - sp.start) == sp.text);
}

TEST_CASE("markup reads as its text") {
  CHECK(norm_of("Procter &amp; Gamble&#8217;s sales rose&nbsp;5%.") ==
        "Procter & Gamble\xE2\x80\x99s sales rose 5%.");
  CHECK(norm_of("**Acme** shares [rose 5%](https://example.com/a?b=1%20c) on __Monday__.") ==
        "Acme shares rose 5% on Monday.");
  CHECK(norm_of("## Results\n- Revenue rose 5%.\n- Profit fell.") ==
        "Results\nRevenue rose 5%.\nProfit fell.");
  // not markup: a lone ampersand, an unknown reference, snake__case, a bracket aside
  CHECK(norm_of("AT&T and &foo; and a__b [sic] rose") == "AT&T and &foo; and a__b [sic] rose");
  bool cut = false;
  const std::string in = "Sales at **Acme &amp; Co** rose.";
  const auto t = prepare(in, 1 << 20, &cut);
  const auto sp = t.span(9, 18);  // "Acme & Co"
  CHECK(sp.text == "Acme &amp; Co");
}

TEST_CASE("addresses are opaque") {
  bool cut = false;
  const auto t = prepare(
      "See https://example.com/report%202020%20final.pdf or write to ir@acme-widgets.com, "
      "or www.acme.com/a.",
      1 << 20, &cut);
  REQUIRE(t.opaque.size() == 3);
  CHECK(t.view(t.opaque[0].start, t.opaque[0].end) ==
        "https://example.com/report%202020%20final.pdf");
  CHECK(t.view(t.opaque[1].start, t.opaque[1].end) == "ir@acme-widgets.com");
  CHECK(t.view(t.opaque[2].start, t.opaque[2].end) == "www.acme.com/a");
  CHECK(t.in_opaque(30, 33));
  CHECK_FALSE(t.in_opaque(0, 3));
}

TEST_CASE("address starts: schemes, www, '@', and none inside or right after an address") {
  bool cut = false;
  auto ranges = [&](std::string_view in) {
    const auto t = prepare(in, 1 << 20, &cut);
    std::vector<std::string> out;
    for (const auto& r : t.opaque) out.emplace_back(t.view(r.start, r.end));
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(ranges("ftp://files.example.org/a and http://b.example and https://c.example.") ==
        V{"ftp://files.example.org/a", "http://b.example", "https://c.example"});
  // a scheme glued to a word is not a start; "://" alone is nothing
  CHECK(ranges("xhttp://a.example, ://b.example, hxxp://c.example") == V{});
  // the '@' right after an address is not another one's start
  CHECK(ranges("mail a@b.example@c.example now") == V{"a@b.example"});
  // an '@' with no dotted domain, or nothing before it
  CHECK(ranges("@home and me@localhost and www.x.example") == V{"www.x.example"});
  CHECK(ranges("https://a.example/@user") == V{"https://a.example/@user"});
}

TEST_CASE("long input is cut at a character boundary with a warning") {
  std::string input = "Shares rose 5% to $10. ";
  while (input.size() < 200) input += "阿里巴巴 ";
  finlens::Options opt;
  opt.max_bytes = 101;  // inside a 3-byte character
  const auto a = finlens::analyze(input, opt);
  REQUIRE(!a.warnings.empty());
  CHECK(a.warnings[0].code == "input_truncated");
  CHECK(a.input.bytes == input.size());
  CHECK(a.input.chars <= 101);
  CHECK(a.figures.size() == 2);
}

TEST_CASE("invalid bytes are reported, never fatal") {
  const auto a = finlens::analyze("Revenue \xFF\xFE rose 12% to $4bn\x80.");
  REQUIRE(!a.warnings.empty());
  CHECK(a.warnings[0].code == "invalid_utf8");
  CHECK(a.figures.size() == 2);
}

TEST_CASE("a bad publication date is a warning") {
  finlens::Options opt;
  opt.date = "2025-02-30";
  const auto a = finlens::analyze("on Wednesday", opt);
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0].code == "bad_date");
  CHECK_FALSE(a.published.has_value());
}

TEST_CASE("the dateline gives the publication date when none is given") {
  const auto a =
      finlens::analyze("Boeing loses tanker deal\nMarch 01, 2008\nBoeing lost the deal on Friday.");
  REQUIRE(a.published.has_value());
  CHECK(a.published->date == "2008-03-01");
  CHECK(a.published->source == "dateline");
  REQUIRE(a.published->span.has_value());
  CHECK(a.published->span->text == "March 01, 2008");
  const auto& friday = a.figures.back();
  CHECK(friday.span.text == "Friday");
  CHECK(friday.date->iso == "2008-02-29");

  finlens::Options opt;
  opt.date = "2008-03-05";
  const auto b = finlens::analyze(
      "Boeing loses tanker deal\nMarch 01, 2008\nBoeing lost the deal on Friday.", opt);
  CHECK(b.published->source == "option");
  CHECK(b.figures.back().date->iso == "2008-02-29");
}

TEST_CASE("a line's columns count characters, not bytes, and trailing Unicode spaces go") {
  using finlens::text::scan_lines;
  // "Zürich – café" after two spaces, then a no-break space, a space and an ideographic space
  const std::string line = "  Z\xC3\xBCrich \xE2\x80\x93 caf\xC3\xA9\xC2\xA0 \xE3\x80\x80";
  const auto lines = scan_lines(line + "\n\xE2\x80\x83Word\xE2\x80\x83two\n");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].indent == 2);
  CHECK(lines[0].first_word == 6);                 // "Zürich"
  CHECK(lines[0].width == 2 + 13);                 // the indent and "Zürich – café"
  CHECK(lines[0].trail == line.find("\xC2\xA0"));  // before the no-break space
  // an em space (U+2003) indents and ends the first word as an ASCII space does
  CHECK(lines[1].indent == 1);
  CHECK(lines[1].first_word == 4);
  CHECK(lines[1].width == 1 + 8);
  CHECK(lines[2].blank);
}
