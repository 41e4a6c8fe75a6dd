#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>

#include "helpers.h"
#include "render/markdown.h"
#include "render/csv.h"
#include "render/number.h"
#include "render/style.h"
#include "render/table.h"
#include "render/terminal.h"
#include "scoring/score.h"

using namespace medtime;

namespace {

const std::string k_thin = "\u202f"; // French thousands separator

} // namespace

TEST_SUITE("render") {

TEST_CASE("medtime::markdown_escape") {
  CHECK(markdown_escape("<b>*a*_b_ [c](d) | #e `f` & \\") ==
        "\\<b\\>\\*a\\*\\_b\\_ \\[c\\](d) \\| \\#e \\`f\\` \\& \\\\");
  CHECK(markdown_escape("two\nlines") == "two\nlines");
  CHECK(markdown_escape("déjà vu - 1.") == "déjà vu - 1.");
}

TEST_CASE("medtime::markdown_line") {
  CHECK(markdown_line("<a>\ntwo\r\nlines") == "\\<a\\> two  lines");
}

TEST_CASE("medtime::format_number") {
  SUBCASE("decimal separator") {
    CHECK(format_number(6.5, 1, Lang::fr) == "6,5");
    CHECK(format_number(6.5, 1, Lang::en) == "6.5");
    CHECK(format_number(0, 2, Lang::fr) == "0,00");
    CHECK(format_number(45, 0, Lang::fr) == "45");
  }
  SUBCASE("thousands") {
    CHECK(format_number(999, 0, Lang::fr) == "999");
    CHECK(format_number(1000, 0, Lang::fr) == "1" + k_thin + "000");
    CHECK(format_number(1234.5, 1, Lang::fr) == "1" + k_thin + "234,5");
    CHECK(format_number(1234.5, 1, Lang::en) == "1,234.5");
    CHECK(format_number(100000, 0, Lang::en) == "100,000");
    CHECK(format_number(1234567.891, 2, Lang::fr) == "1" + k_thin + "234" + k_thin + "567,89");
  }
  SUBCASE("negative numbers") {
    CHECK(format_number(-1234.5, 1, Lang::fr) == "-1" + k_thin + "234,5");
    CHECK(format_number(-1234.5, 1, Lang::en) == "-1,234.5");
    CHECK(format_number(-123, 0, Lang::en) == "-123");
    CHECK(format_number(-123456, 0, Lang::en) == "-123,456");
  }
  SUBCASE("rounding, half away from zero") {
    CHECK(format_number(0.125, 2, Lang::fr) == "0,13"); // 0.125 is exact in binary
    CHECK(format_number(2.5, 0, Lang::en) == "3");
    CHECK(format_number(-2.5, 0, Lang::en) == "-3");
    CHECK(format_number(77.777, 0, Lang::fr) == "78");
    CHECK(format_number(999.999, 2, Lang::fr) == "1" + k_thin + "000,00");
    CHECK(format_number(-999.5, 0, Lang::en) == "-1,000");
  }
  SUBCASE("no negative zero") {
    CHECK(format_number(-0.004, 2, Lang::fr) == "0,00");
    CHECK(format_number(-0.4, 0, Lang::en) == "0");
    CHECK(format_number(-0.0, 1, Lang::en) == "0.0");
  }
}

TEST_CASE("medtime::format_score") {
  CHECK(format_score(std::nullopt, Lang::fr) == "—");
  CHECK(format_score(45.4, Lang::fr) == "45");
  CHECK(format_score(700.0 / 9, Lang::en) == "78");
}

TEST_CASE("medtime::round_to") {
  CHECK(round_to(700.0 / 9, 2) == 77.78);
  CHECK(round_to(6.5, 0) == 7);
  CHECK(round_to(100.0 / 3, 2) == 33.33);
  CHECK_FALSE(std::signbit(round_to(-0.001, 2)));
  SUBCASE("halves away from zero, as written in decimal") {
    // 0.1 and 0.35 average to 0.225, computed as 0.22499999999999998; 1.005
    // is stored as 1.00499999999999989: both are halves to a reader.
    CHECK(round_to((0.1 + 0.35) / 2, 2) == 0.23);
    CHECK(round_to(0.1 + (0.35 - 0.1) / 2, 2) == 0.23);
    CHECK(round_to(1.005, 2) == 1.01);
    CHECK(round_to(-1.005, 2) == -1.01);
    CHECK(round_to(-0.225, 2) == -0.23);
    CHECK(round_to(2.5, 0) == 3);
    CHECK(round_to(-2.5, 0) == -3);
    CHECK(round_to(0.2249, 2) == 0.22);
    CHECK(format_number(1.005, 2, Lang::en) == "1.01");
    CHECK(format_number(0.125, 2, Lang::fr) == "0,13");
  }
  SUBCASE("large values are not taken for halves") {
    // Euros to 4 decimals: 123456.7 is 1234567000 ten-thousandths, far from a half.
    CHECK(round_to(123456.7, 4) == 123456.7);
    CHECK(round_to(98765.4321, 4) == 98765.4321);
    CHECK(round_to(98765.43215, 4) == 98765.4322); // a true half
    CHECK(round_to(98765.43214, 4) == 98765.4321);
  }
}

TEST_CASE("medtime::display_width") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("") == 0);
  CHECK(display_width("Délégation") == 10);
  CHECK(display_width("—") == 1);
  CHECK(display_width("1" + k_thin + "234") == 5);
  CHECK(display_width("\x1b[1mab\x1b[0m") == 2);
}

TEST_CASE("medtime::TextTable") {
  SUBCASE("accents do not shift the columns") {
    TextTable table({"levier", "maturité"}, {TextTable::Align::left, TextTable::Align::right});
    table.add_row({"Délégation", "45"});
    table.add_row({"Numérique", "—"});
    // Widths: 10 (Délégation) and 8 (maturité); 2 spaces between.
    std::string rule;
    for (int i = 0; i < 20; ++i) {
      rule += "─";
    }
    CHECK(table.render() == "levier      maturité\n" + rule +
                                "\n"
                                "Délégation        45\n"
                                "Numérique          —\n");
  }
  SUBCASE("indent and missing cells") {
    TextTable table({"a", "b"}, {TextTable::Align::right});
    table.add_row({"xyz"});
    CHECK(table.render(2) == "    a  b\n  ──────\n  xyz  \n");
  }
}

TEST_CASE("medtime::TextTable::render with a width") {
  TextTable table({"id", "titre"}, {TextTable::Align::left, TextTable::Align::left});
  table.add_row({"a", "un deux trois quatre cinq six"});
  // 20 columns: the id column takes 2 and 2 spaces, the title the other 16.
  std::string rule;
  for (int i = 0; i < 20; ++i) {
    rule += "─";
  }
  CHECK(table.render(0, 20) == "id  titre\n" + rule + "\na   un deux trois\n    quatre cinq six\n");
  // Wide enough: unchanged.
  CHECK(table.render(0, 80) == table.render());
}

TEST_CASE("medtime::parse_columns") {
  CHECK(parse_columns("60") == 60U);
  CHECK_FALSE(parse_columns(""));
  CHECK_FALSE(parse_columns("0"));
  CHECK_FALSE(parse_columns("80x"));
  CHECK_FALSE(parse_columns("-1"));
}

TEST_CASE("medtime::output_width") {
  // --width wins, and is never below k_min_width; off a terminal, 80.
  CHECK(output_width(-1, 100) == 100U);
  CHECK(output_width(-1, 10) == k_min_width);
  CHECK(output_width(-1) == k_default_width);
}

TEST_CASE("medtime::Style") {
  CHECK(Style(false).bold("x") == "x");
  CHECK(Style(true).bold("x") == "\x1b[1mx\x1b[0m");
  CHECK(Style(true).red("x") == "\x1b[31mx\x1b[0m");
  SUBCASE("no colour off a terminal or with NO_COLOR") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    CHECK_FALSE(use_color(fds[1]));
    ::close(fds[0]);
    ::close(fds[1]);
    ::setenv("NO_COLOR", "1", 1);
    CHECK_FALSE(use_color(1));
    ::unsetenv("NO_COLOR");
  }
}


TEST_CASE("medtime::csv_text") {
  CsvStyle comma;
  SUBCASE("formula cells are neutralised") {
    CHECK(csv_text("=HYPERLINK(\"x\")", comma) == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_text("+33 6", comma) == "'+33 6");
    CHECK(csv_text("-1", comma) == "'-1");
    CHECK(csv_text("@SUM(A1)", comma) == "'@SUM(A1)");
    CHECK(csv_text("\tx", comma) == "'\tx");
    // A lone CR is shown (it would hide the start of the line in a terminal),
    // so it no longer starts the cell; a CRLF line break stays.
    CHECK(csv_text("\rx", comma) == "\\u000Dx");
    CHECK(csv_text("a\r\nb", comma) == "\"a\r\nb\"");
    CHECK(csv_text("dr-martin", comma) == "dr-martin");
  }
  SUBCASE("terminal controls are shown, not obeyed") {
    // Issue 20, item 6: a respondent cell with ESC, CSI or U+202E.
    CHECK(csv_text("a\x1b[31mb", comma) == "a\\e[31mb");
    CHECK(csv_text("=x\xC2\x9B", comma) == "'=x\\u009B");
    CHECK(csv_text("abc\u202Efed", comma) == "abc\\u202Efed");
  }
  SUBCASE("quoting") {
    CHECK(csv_text("a,b", comma) == "\"a,b\"");
    CHECK(csv_text("a;b", comma) == "a;b");
    CHECK(csv_text("two\nlines", comma) == "\"two\nlines\"");
  }
}

} // TEST_SUITE
