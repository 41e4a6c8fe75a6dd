#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <regex>
#include <sstream>
#include <thread>

#include "batch/batch.h"
#include "batch/batch_render.h"
#include "batch/column_map.h"
#include "batch/csv_import.h"
#include "batch/csv_reader.h"
#include "load/answers_loader.h"
#include "load/input_walker.h"
#include "batch/ordered_pipeline.h"
#include "batch/summary.h"
#include "load/questionnaire_loader.h"
#include "util/files.h"

using namespace medtime;

namespace {

// `text` without the codes of its diagnostics ("error E104:" becomes
// "error:"), for messages this module passes on from others (YAML, answers).
std::string uncoded(const std::string& text) {
  return std::regex_replace(text, std::regex("(error|warning) [EW][0-9]{3}:"), "$1:");
}

std::vector<CsvRecord> read_all(const std::string& text, char separator = 0) {
  std::istringstream in(text);
  CsvReader reader(in, "t.csv", separator);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record)) {
    records.push_back(record);
  }
  return records;
}

std::vector<std::string> texts(const CsvRecord& record) {
  std::vector<std::string> out;
  for (const auto& f : record.fields) {
    out.push_back(f.text);
  }
  return out;
}

const QuestionnaireSet& mini_set() {
  static QuestionnaireSet set = load_questionnaire_set(MEDTIME_TEST_DATA "/set");
  return set;
}

const std::string k_data = MEDTIME_TEST_DATA "/batch/";

struct TestSink : BatchSink {
  std::string out;
  std::vector<std::string> diagnostics;
  void write(std::string_view data) override { out += data; }
  void diagnostic(const Diagnostic& d) override { diagnostics.push_back(d.format()); }
};

// A column map of the mini questionnaire for the tests of the import.
const char* const k_mini_map = R"(questionnaires:
  mini:
    columns:
      S1: {question: staff, codes: {A1: none, A2: secretary, A3: assistant, "N/A": ~}}
      T1: {question: tools, codes: {SQ001: none, SQ002: agenda, SQ003: messaging}}
      B1: burden
      P1: phone_hours
      W1: wants
)";

// LimeSurvey's conventions, `lenient` or not.
CsvImportOptions limesurvey(bool lenient = false) {
  CsvImportOptions options;
  options.dialect = CsvDialect::limesurvey;
  options.lenient = lenient;
  return options;
}

struct CsvRun {
  std::string out;
  std::vector<std::string> diagnostics;
  std::uint64_t rows = 0;
  std::uint64_t errors = 0;
};

// Runs `csv` through `map_text` as `medtime batch --csv` would.
CsvRun run_csv(const std::string& csv, CsvImportOptions import = limesurvey(),
               BatchOptions options = {}, const std::string& map_text = k_mini_map) {
  Diagnostics diags("map.yaml");
  ColumnMap map = parse_column_map(map_text, "map.yaml", mini_set(), diags);
  REQUIRE_FALSE(diags.has_errors());
  std::istringstream in(csv);
  TestSink sink;
  BatchResult result = run_batch_csv(mini_set(), in, "e.csv", csv.size(), map, import, options, sink);
  return {sink.out, sink.diagnostics, result.summary.rows(), result.summary.errors()};
}

// The answers of the one data row of `csv` (header, then the row).
Assessment import_row(const std::string& csv, std::vector<std::string>* problems = nullptr) {
  Diagnostics map_diags("map.yaml");
  ColumnMap map = parse_column_map(k_mini_map, "map.yaml", mini_set(), map_diags);
  std::istringstream in(csv);
  CsvReader reader(in, "e.csv");
  CsvRecord header, record;
  REQUIRE(reader.next(header));
  REQUIRE(reader.next(record));
  Diagnostics setup("map.yaml");
  CsvImporter importer(mini_set(), map, limesurvey(true), header, "e.csv", setup);
  Diagnostics diags("e.csv");
  std::vector<CsvIssue> issues;
  Assessment a = importer.import(record, diags, issues);
  if (problems != nullptr) {
    for (const auto& d : diags.items()) {
      problems->push_back(d.format());
    }
    for (const auto& issue : issues) {
      problems->push_back("issue " + issue.code);
    }
  }
  return a;
}

// The lines of `text`.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    out.push_back(line);
  }
  return out;
}

} // namespace

TEST_SUITE("batch") {

TEST_CASE("medtime::CsvReader") {
  SUBCASE("quoted separators and doubled quotes") {
    auto records = read_all("a,\"b,c\",\"say \"\"hi\"\"\"\n");
    REQUIRE(records.size() == 1);
    CHECK(texts(records[0]) == std::vector<std::string>{"a", "b,c", "say \"hi\""});
    CHECK_FALSE(records[0].fields[0].quoted);
    CHECK(records[0].fields[1].quoted);
    CHECK(records[0].fields[2].pos.column == 9); // a , "b,c" , -> 1 + 1 + 5 + 1 + 1
  }
  SUBCASE("crlf, bom and separator detection") {
    auto records = read_all("\xEF\xBB\xBF\"id\";\"name\"\r\n\"1\";\"x,y\"\r\n");
    REQUIRE(records.size() == 2);
    CHECK(texts(records[0]) == std::vector<std::string>{"id", "name"});
    CHECK(texts(records[1]) == std::vector<std::string>{"1", "x,y"});
    CHECK(records[1].line == 2);
  }
  SUBCASE("newline inside quotes") {
    auto records = read_all("a,\"line 1\r\nline 2\",c\nd,e,f\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields[1].text == "line 1\r\nline 2");
    CHECK(records[1].line == 3);
    CHECK(records[1].fields[2].pos.line == 3);
    CHECK(records[1].fields[2].pos.column == 5);
  }
  SUBCASE("ragged rows and empty lines") {
    auto records = read_all("a,b,c\n\n1,2\r\n\r\n3,4,5,6");
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields.size() == 2);
    CHECK(records[2].fields.size() == 4);
    CHECK(records[2].line == 5);
  }
  SUBCASE("empty quoted and unquoted fields") {
    auto records = read_all("\"\",,x\n");
    REQUIRE(records[0].fields.size() == 3);
    CHECK(records[0].fields[0].quoted);
    CHECK_FALSE(records[0].fields[1].quoted);
    CHECK(records[0].fields[1].text.empty());
  }
  SUBCASE("text after a closing quote") {
    auto records = read_all("\"ab\"c,d\n1,2\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].error ==
          "unexpected 'c' after the closing quote of a field; a quote inside a field is written "
          "twice (\"\")");
    CHECK(records[0].error_code == "E403");
    CHECK(records[0].error_pos.column == 5);
    CHECK(records[1].ok());
  }
  SUBCASE("unclosed quote stops the reader") {
    auto records = read_all("a,b\n1,\"2\n3,4\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].error == "unclosed quote: the field that starts here never ends");
    CHECK(records[1].error_code == "E402");
    CHECK(records[1].error_pos.line == 2);
    CHECK(records[1].error_pos.column == 3);
  }
  SUBCASE("a record over the limit blames a quote only when one is open") {
    // Issue 20, item 12: an unquoted field over 1 MiB was "an unclosed quote".
    auto plain = read_all("a,b\n1," + std::string(k_max_csv_record + 200000, 'x') + "\n");
    REQUIRE(plain.size() == 2);
    CHECK(plain[1].error ==
          "record longer than 1048576 bytes without a line break; is this a CSV file?");
    CHECK(plain[1].error_code == "E401");
    CHECK(plain[1].error_pos.line == 2);
    CHECK(plain[1].error_pos.column == 1);
    auto quoted = read_all("a,b\n1,\"" + std::string(k_max_csv_record + 10, 'x') + "\n");
    REQUIRE(quoted.size() == 2);
    CHECK(quoted[1].error == "record longer than 1048576 bytes: the quoted field that starts "
                             "here never ends; is a quote left unclosed?");
    CHECK(quoted[1].error_code == "E400");
    CHECK(quoted[1].error_pos.line == 2);
    CHECK(quoted[1].error_pos.column == 3);
  }
  SUBCASE("a field across buffer refills") {
    std::string big(200000, 'x');
    auto records = read_all("h1;h2\n\"" + big + "\";2\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields[0].text == big);
    CHECK(records[1].fields[1].text == "2");
  }
  SUBCASE("a doubled quote across buffer refills") {
    // The reader reads 64 KiB at a time: the first quote of the pair is the
    // last byte of the first read (offset 65535 = 2 + 1 + 65532).
    std::string xs(65532, 'x');
    auto records = read_all("h\n\"" + xs + "\"\"y\"\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields[0].text == xs + "\"y");
    auto last = read_all(std::string("h\n\"") + std::string(65532, 'x') + "\"");
    REQUIRE(last.size() == 2);
    CHECK(last[1].ok());
    CHECK(last[1].fields[0].text == std::string(65532, 'x'));
  }
  SUBCASE("positions count characters, not bytes") {
    auto records = read_all("\"é\",b\n");
    CHECK(records[0].fields[1].pos.column == 5);
  }
  SUBCASE("split column") {
    CHECK(split_column("Q1[SQ001]") == std::pair<std::string_view, std::string_view>{"Q1", "SQ001"});
    CHECK(split_column("Q1") == std::pair<std::string_view, std::string_view>{"Q1", ""});
  }
}

TEST_CASE("medtime::parse_column_map") {
  auto errors = [](const std::string& text) {
    Diagnostics diags("map.yaml");
    parse_column_map(text, "map.yaml", mini_set(), diags);
    std::string out;
    for (const auto& d : diags.items()) {
      out += d.format() + "\n";
    }
    return out;
  };
  SUBCASE("unknown questionnaire") {
    CHECK(errors("questionnaires: {mino: {columns: {A: staff}}}") ==
          "map.yaml:1:18: error E429: unknown questionnaire \"mino\"; did you mean \"mini\"?\n");
  }
  SUBCASE("unknown question and code target") {
    CHECK(errors("questionnaires:\n  mini:\n    columns:\n      A: staf\n"
                 "      B: {question: staff, codes: {A1: nobody}}\n") ==
          "map.yaml:4:10: error E425: column \"A\": unknown question \"staf\" in \"mini\"; did you mean \"staff\"?\n"
          "map.yaml:5:40: error E417: column \"B\": question \"staff\" has no option \"nobody\"; expected one "
          "of none, secretary, assistant\n");
  }
  SUBCASE("version and a column named twice") {
    // A column named twice is a duplicate key, caught by the YAML guard.
    try {
      errors("questionnaires:\n  mini:\n    columns: {A: staff, A: tools}\n");
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(uncoded(e.what()) == "map.yaml:3:25: error: duplicate key \"A\" (first at line 3)");
    }
    CHECK(errors("questionnaires:\n  mini:\n    version: 1\n    columns: {A: staff}\n") ==
          "map.yaml:3:14: error E430: the survey was built on version 1 of \"mini\", but the questionnaire "
          "is version 2; update the map\n");
  }
  SUBCASE("empty file") {
    CHECK(uncoded(errors("")) ==
          "map.yaml:1:1: error: the column map must be a mapping, got nothing\n");
  }
  SUBCASE("a scalar or a list where a mapping belongs") {
    CHECK(uncoded(errors("questionnaires: {mini: x}")) ==
          "map.yaml:1:24: error: questionnaire \"mini\" must be a mapping, got text \"x\"\n");
    CHECK(uncoded(errors("questionnaires: {mini: {columns: {A: [staff]}}}")) ==
          "map.yaml:1:38: error: column \"A\" must be a mapping, got a list\n");
    // A list in `ignore` was read as an empty column name.
    CHECK(errors("ignore: [a, [b]]\nquestionnaires: {mini: {columns: {A: staff}}}") ==
          "map.yaml:1:13: error E435: \"ignore\" must list column names, got a list\n");
  }
  SUBCASE("every problem of a rule, with its code") {
    std::string out = errors(R"(separator: "ab"
ignore: x
questionnaires:
  mini:
    columns:
      S1: {question: staff, codes: [A1]}
      S2: {question: staff, codes: {A1: [none]}}
      W1: {question: wants, codes: {Y: maybe}}
      P1: {question: phone_hours, codes: {A: lots}}
      T1: {question: tools, split: ";;"}
      B1: {question: burden, split: ","}
      B2: {question: burden, tasks: {a: booking}}
  budget:
    columns:
      H1: {question: hours, tasks: [a]}
      H2: {question: hours, tasks: {a: nothing}}
      H3: {question: hours, codes: {A: lots}}
      S1: {question: hours, task: booking}
)");
    CHECK(out == "map.yaml:1:12: error E433: \"separator\" must be one character such as \",\" or "
                 "\";\", got \"ab\"\n"
                 "map.yaml:2:9: error E434: \"ignore\" must be a list of column names, got text "
                 "\"x\"\n"
                 "map.yaml:6:36: error E415: \"codes\" of column \"S1\" must map survey codes to "
                 "answers, got a list\n"
                 "map.yaml:7:41: error E416: code \"A1\" of column \"S2\" must map to text, got a "
                 "list\n"
                 "map.yaml:8:40: error E418: column \"W1\": question \"wants\" is yes or no; a code "
                 "must mean yes, no or na, not \"maybe\"\n"
                 "map.yaml:9:46: error E419: column \"P1\": question \"phone_hours\" expects a "
                 "number; a code must mean a number or na, not \"lots\"\n"
                 "map.yaml:10:36: error E428: column \"T1\": \"split\" must be one character, got "
                 "\";;\"\n"
                 "map.yaml:11:37: error E426: column \"B1\": \"split\" is for multiple choice "
                 "questions, and \"burden\" is a scale question\n"
                 "map.yaml:12:37: error E427: column \"B2\": \"tasks\" is for task tables, and "
                 "\"burden\" is a scale question\n"
                 "map.yaml:15:36: error E423: \"tasks\" of column \"H1\" must map sub-column codes "
                 "to task ids, got a list\n"
                 "map.yaml:16:40: error E424: column \"H2\": question \"hours\" has no task "
                 "\"nothing\"\n"
                 "map.yaml:17:40: error E420: column \"H3\": hours of \"hours\" must be numbers, "
                 "not \"lots\"\n"
                 "map.yaml:18:7: error E432: column \"S1\" is mapped twice (first at line 6)\n");
  }
  SUBCASE("columns and questionnaires that are no mappings") {
    CHECK(errors("questionnaires: [mini]") ==
          "map.yaml:1:17: error E436: \"questionnaires\" must map questionnaire ids to their "
          "columns, got a list\n");
    CHECK(errors("questionnaires: {mini: {columns: [A]}}") ==
          "map.yaml:1:34: error E431: \"columns\" of \"mini\" must map column names to "
          "questions, got a list\n");
  }
  SUBCASE("keys that do not fit the question") {
    CHECK(errors("questionnaires: {mini: {columns: {A: {question: staff, field: hours}}}}") ==
          "map.yaml:1:63: error E427: column \"A\": \"field\" is for task tables, and "
          "\"staff\" is a single question\n");
  }
}

TEST_CASE("medtime::CsvImporter") {
  // A LimeSurvey export written by hand (tests/data/batch/limesurvey-export.csv):
  // BOM, CRLF, `;`, every value quoted, not-shown cells empty and unquoted.
  const QuestionnaireSet& set = mini_set();
  ColumnMap map = load_column_map(k_data + "limesurvey-map.yaml", set);
  std::istringstream in(read_file(k_data + "limesurvey-export.csv"));
  CsvReader reader(in, "export.csv", map.separator);
  CHECK(reader.separator() == ';');
  CsvRecord header;
  REQUIRE(reader.next(header));
  Diagnostics setup("map.yaml");
  CsvImporter importer(set, map, limesurvey(), header, "export.csv", setup);
  CHECK(setup.items().empty());
  CsvIssueCounter counter;
  std::vector<BatchRow> rows;
  CsvRecord record;
  while (reader.next(record)) {
    Diagnostics diags("export.csv");
    std::vector<CsvIssue> issues;
    Assessment a = importer.import(record, diags, issues);
    counter.add(issues);
    rows.push_back(make_row(set, a, diags, Profile{}));
  }
  REQUIRE(rows.size() == 4);

  SUBCASE("a complete response scores as its answers file") {
    // Row 1 holds the answers of tests/data/mini-answers.yaml.
    // maturity: staff none 0 (w2), tools agenda+messaging min(1, 1.2) = 1,
    // burden 2 reversed 1 - (2-1)/4 = 0.75, phone 3 h -> 0.5: 100 × 2.25 / 5 = 45.
    // readiness: wants yes 1, how_much 5/10 = 0.5, tasks (4×1 + 2×0.5)/6 = 0.8333:
    // 100 × 2.3333 / 3 = 77.78. Hours, from the time budget of the KH
    // columns (booking 4, billing 2; the export has no phone column): booking
    // 4 × total 0.8 + billing 2 × partial 0.4 = 4.
    const BatchRow& r = rows[0];
    CHECK(r.ok);
    CHECK(r.respondent == "1");
    CHECK(r.date == "2026-11-22");
    CHECK(r.source == "export.csv:2");
    CHECK(*r.levers[0].maturity == doctest::Approx(45));
    CHECK(*r.levers[0].readiness == doctest::Approx(77.7778).epsilon(1e-4));
    CHECK(*r.levers[0].potential_hours == doctest::Approx(4));
    CHECK(*r.hours_at_stake == doctest::Approx(4));
  }
  SUBCASE("an unknown code is left unanswered, never scored as zero") {
    // Row 2: staff "A9" is no code of the map. Maturity counts tools (none, 0),
    // burden 5 (reversed: 0) and phone 1,5 h (1): answered weight 3 of 5 = 0.6,
    // under 0.75, so no score. Had A9 counted as 0 it would read 100 × 1 / 5 = 20.
    const BatchRow& r = rows[1];
    CHECK(r.ok);
    CHECK(r.levers[0].status == LeverStatus::insufficient);
    CHECK_FALSE(r.levers[0].maturity.has_value());
    // No hours in the time budget's columns: no hours at stake, not 0.
    CHECK_FALSE(r.levers[0].potential_hours.has_value());
    CHECK_FALSE(r.hours_at_stake.has_value());
  }
  SUBCASE("a bad value is a positioned error") {
    CHECK_FALSE(rows[2].ok);
    CHECK(uncoded(rows[2].first_error()) ==
          "export.csv:5:37: error: question \"phone_hours\" expects a number from 0 to 40, got \"beaucoup\"");
    CHECK(rows[2].source == "export.csv:5"); // row 2 holds a line break
    CHECK(rows[3].first_error() == "export.csv:6:1: error E412: row has 5 field(s) but the header has 19");
  }
  SUBCASE("unknown codes and unmapped columns reported once with counts") {
    Diagnostics report("export.csv");
    counter.report(importer, report);
    std::vector<std::string> lines;
    for (const auto& d : report.items()) {
      lines.push_back(d.format());
    }
    CHECK(lines == std::vector<std::string>{
                       "export.csv:1:87: warning W400: column \"T1[other]\" is not in the map; 0 value(s) left out",
                       "export.csv:1:172: warning W400: column \"X9\" is not in the map; 1 value(s) left out",
                       "export.csv:3:36: warning W401: column \"S1\": unknown code \"A9\" in 1 row(s); left unanswered"});
  }
}

TEST_CASE("medtime::CsvImporter full answers and blank codes") {
  // Question indices in mini: staff 0, tools 1, burden 2, phone_hours 3, wants 4.
  SUBCASE("Oui, Non, Yes, No in any case") {
    std::vector<std::string> problems;
    Assessment a = import_row("id,W1,T1[SQ002],T1[SQ003]\n1,OUI,Oui,non\n", &problems);
    CHECK(problems.empty());
    const Response& r = a.responses[0];
    CHECK(r.answers[4].choice == 1);
    CHECK(r.answers[1].choices == 2); // agenda (option 1) only
    a = import_row("id,W1,T1[SQ002],T1[SQ003]\n1,no,YES,No\n", &problems);
    CHECK(problems.empty());
    CHECK(a.responses[0].answers[4].choice == 0);
    CHECK(a.responses[0].answers[1].choices == 2);
    a = import_row("id,W1\n1,Non\n", &problems);
    CHECK(a.responses[0].answers[4].choice == 0);
  }
  SUBCASE("a code the map declares blank") {
    std::vector<std::string> problems;
    Assessment a = import_row("id,S1,B1\n1,N/A,3\n", &problems);
    CHECK(problems.empty()); // not an unknown code
    CHECK_FALSE(a.responses[0].answers[0].given());
    CHECK(a.responses[0].answers[2].given());
  }
  SUBCASE("the 1980-01-01 placeholder is no date") {
    std::vector<std::string> problems;
    Assessment a = import_row("id,submitdate,B1\n1,1980-01-01 00:00:00,3\n", &problems);
    CHECK(problems.empty());
    CHECK(a.date.empty());
    CHECK(import_row("id,submitdate,B1\n1,2026-03-02 10:00:00,3\n").date == "2026-03-02");
  }
  SUBCASE("a ragged row keeps its respondent") {
    std::vector<std::string> problems;
    Assessment a = import_row("id,S1,B1\n42,A1\n", &problems);
    CHECK(a.respondent_id() == "42");
    // ...but not a completeness read from a field out of place.
    CsvRun ragged = run_csv("id,submitdate,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\n42,A1\n");
    CHECK(lines_of(ragged.out).at(1).rfind("e.csv:2,42,,error,,", 0) == 0);
    CHECK(problems == std::vector<std::string>{"e.csv:2:1: error E412: row has 2 field(s) but the header has 3"});
  }
}

TEST_CASE("medtime::CsvImporter cells read without a node give the answers file's answers") {
  // Most cells become answers straight from values resolved once per
  // column; each row here is also written as an answers file, whose answers
  // (and number of errors) must be the same, odd values included: an
  // exclusive option ticked with another, a scale written 03, a word no
  // yes/no knows, a scale out of range, na, an unknown level code.
  const QuestionnaireSet& set = mini_set();
  ColumnMap map = load_column_map(k_data + "limesurvey-map.yaml", set);
  const std::string header = "id,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,W1,H1,K1[SQ001],K1[SQ002],N1\n";
  struct Case {
    const char* row;
    const char* yaml; // the same answers, as an answers file
  };
  const Case cases[] = {
      {"1,A2,,Y,Y,3,oui,7,A3,A2,hello",
       "staff: secretary\n    tools: [agenda, messaging]\n    burden: '3'\n    wants: 'yes'\n"
       "    how_much: '7'\n    tasks: {booking: total, billing: partial}\n    note: hello\n"},
      {"2,A1,Y,Y,,03,maybe,11,A9,,",
       "staff: none\n    tools: [none, agenda]\n    burden: '03'\n    wants: 'maybe'\n"
       "    how_much: '11'\n"},
      {"3,,N,N,N,na,N,0,,A1,",
       "burden: 'na'\n    wants: 'no'\n    how_much: '0'\n    tasks: {billing: none}\n"},
      {"4,A3,N,Y,x,9,1,10,A1,A9,",
       "staff: assistant\n    tools: [agenda, messaging]\n    burden: '9'\n    wants: 'yes'\n"
       "    how_much: '10'\n    tasks: {booking: none}\n"},
  };
  for (const auto& c : cases) {
    std::string row = c.row;
    CAPTURE(row);
    std::istringstream in(header + c.row + "\n");
    CsvReader reader(in, "e.csv");
    CsvRecord head, record;
    REQUIRE(reader.next(head));
    REQUIRE(reader.next(record));
    Diagnostics setup("map.yaml");
    CsvImporter importer(set, map, limesurvey(true), head, "e.csv", setup);
    Diagnostics csv_diags("e.csv");
    std::vector<CsvIssue> issues;
    Assessment from_csv = importer.import(record, csv_diags, issues);

    std::string yaml = std::string("answers:\n  mini:\n    version: 2\n    ") + c.yaml;
    Diagnostics yaml_diags("a.yaml");
    Assessment from_yaml = parse_assessment(yaml, set, "a.yaml", yaml_diags);

    CHECK(csv_diags.error_count() == yaml_diags.error_count());
    const Response& a = from_csv.responses[0];
    const Response& b = from_yaml.responses[0];
    REQUIRE(a.answers.size() == b.answers.size());
    for (size_t i = 0; i < a.answers.size(); ++i) {
      CAPTURE(i);
      CHECK(a.answers[i].state == b.answers[i].state);
      CHECK(a.answers[i].choice == b.answers[i].choice);
      CHECK(a.answers[i].choices == b.answers[i].choices);
      CHECK(a.answers[i].number == b.answers[i].number);
      CHECK(a.answers[i].text == b.answers[i].text);
      REQUIRE(a.answers[i].tasks.size() == b.answers[i].tasks.size());
      for (size_t t = 0; t < a.answers[i].tasks.size(); ++t) {
        CHECK(a.answers[i].tasks[t].level == b.answers[i].tasks[t].level);
      }
      if (a.answers[i].given()) {
        CHECK(a.answers[i].pos.line == 2); // the cell's own position
        CHECK(a.answers[i].pos.column > 1);
      }
    }
  }
}

TEST_CASE("medtime::run_batch_csv") {
  SUBCASE("a header-only export gives no row") {
    CsvRun run = run_csv("id,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\r\n");
    CHECK(run.rows == 0);
    CHECK(lines_of(run.out).size() == 1); // the header of the output
    // ...even re-saved by a spreadsheet, with an empty row of separators, or
    // a line of spaces: no phantom row counted by the summary.
    CsvRun resaved = run_csv("\"id\";\"S1\";\"T1[SQ001]\";\"T1[SQ002]\";\"T1[SQ003]\";\"B1\";\"P1\";\"W1\"\r\n"
                             ";;;;;;;\r\n   \r\n\"\";\"\";;;;;;\r\n");
    CHECK(resaved.rows == 0);
    CHECK(lines_of(resaved.out).size() == 1);
    // A real row after blank ones is read, with its line.
    CsvRun late = run_csv("id,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\n,,,,,,,\n9,A1,,Y,,2,3,Y\n");
    CHECK(late.rows == 1);
    CHECK(lines_of(late.out).at(1).rfind("e.csv:3,9,", 0) == 0);
    CHECK(run_csv("\xEF\xBB\xBF\"id\";\"S1\";\"T1[SQ001]\";\"T1[SQ002]\";\"T1[SQ003]\";\"B1\";\"P1\";\"W1\"\r\n\r\n")
              .rows == 0);
  }
  SUBCASE("columns of the map missing from the header stop the batch") {
    // A "question code & question text" export: no heading is a code.
    std::string csv = "id,S1. Personnel ?,T1[SQ001]. Outils,B1. Charge,P1. Heures,W1. Envie\n1,A1,Y,2,3,Y\n";
    CHECK_THROWS_WITH(
        run_csv(csv),
        "e.csv:1:1: error E411: the header of e.csv does not match the map: 5 of its 5 column(s) are "
        "missing (\"S1\", \"T1\", \"B1\", \"P1\", ...) and 5 column(s) of the file are not in "
        "it (\"S1. Personnel ?\", \"T1[SQ001]. Outils\", \"B1. Charge\", \"P1. Heures\", ...); "
        "export the responses from LimeSurvey as CSV with the headings \"Question code\" and "
        "the responses \"Answer codes\" (--lenient scores the columns that match)");
    CsvImportOptions lenient = limesurvey(true);
    CsvRun run = run_csv(csv, lenient);
    CHECK(run.rows == 1);
    REQUIRE_FALSE(run.diagnostics.empty());
    CHECK(run.diagnostics[0].find("e.csv:1:1: warning E411: the header of e.csv does not match") == 0);
  }
  SUBCASE("Expression Manager codes Q1_SQ001 read as Q1[SQ001]") {
    // staff none 0 (w2), tools agenda 0.6, burden 2 reversed 0.75, phone 3 h 0.5:
    // 100 × (0 + 0.6 + 0.75 + 0.5) / 5 = 37.
    std::string brackets = "id,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\n7,A1,,Y,,2,3,Y\n";
    std::string underscores = "id,S1,T1_SQ001,T1_SQ002,T1_SQ003,B1,P1,W1\n7,A1,,Y,,2,3,Y\n";
    CsvRun a = run_csv(brackets), b = run_csv(underscores);
    // (no time budget in the export: hours at stake empty)
    CHECK(lines_of(a.out).at(1).find(",7,,ok,,37,") != std::string::npos);
    CHECK(lines_of(b.out).at(1) == lines_of(a.out).at(1));
    CHECK(b.diagnostics.empty());
  }
  SUBCASE("a Windows-1252 file stops before any row") {
    // "Sévère" in Windows-1252: é is the byte 0xE9. Row 2 is plain ASCII and
    // would be scored on its own; nothing is.
    std::string csv = "id,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\n1,A1,,Y,,2,3,Y\n2,A1,,Y,,2,3,S\xE9v\xE8re\n";
    try {
      run_csv(csv);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(uncoded(e.what()) == "e.csv:3:15: error: invalid UTF-8 byte 0xE9; save the file as "
                                 "UTF-8 (in Excel: Save As, \"CSV UTF-8\"); nothing was scored");
      CHECK(e.diagnostic().code == "E440");
    }
  }
}

TEST_CASE("medtime::run_batch_csv campaign options") {
  // Seven LimeSurvey responses from two departments; row 4 was never
  // submitted (no submitdate). Maturity as in the Q1_SQ001 case: 37 each.
  const std::string csv =
      "id,submitdate,dept,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\n"
      "1,2026-03-01 10:00:00,Rhone,A1,,Y,,2,3,Y\n"
      "2,2026-03-01 10:00:00,Rhone,A1,,Y,,2,3,Y\n"
      "3,2026-03-01 10:00:00,Rhone,A1,,Y,,2,3,Y\n"
      "4,,Rhone,A1,,Y,,2,3,Y\n"
      "5,2026-03-02 10:00:00,Rhone,A1,,Y,,2,3,Y\n"
      "6,2026-03-02 10:00:00,Rhone,A1,,Y,,2,3,Y\n"
      "7,2026-03-02 10:00:00,Ain,A1,,Y,,2,3,Y\n";
  SUBCASE("a complete column, and --complete-only") {
    CsvRun all = run_csv(csv);
    auto lines = lines_of(all.out);
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].rfind("source,respondent,date,status,hours_at_stake,complete,mini_maturity,", 0) == 0);
    CHECK(lines[1].rfind("e.csv:2,1,2026-03-01,ok,,yes,37,", 0) == 0);
    CHECK(lines[4].rfind("e.csv:5,4,,ok,,no,37,", 0) == 0);
    BatchOptions options;
    options.complete_only = true;
    options.summary = true;
    CsvRun complete = run_csv(csv, limesurvey(), options);
    CHECK(lines_of(complete.out).size() == 7);
    CHECK(complete.out.find("e.csv:5,") == std::string::npos);
    CHECK(complete.rows == 6);
  }
  SUBCASE("kept columns, groups, and no figure for a group under --min-cell") {
    BatchOptions options;
    options.summary = true;
    options.row.keep = {"dept"};
    options.row.actions = true;
    options.group_by = "dept";
    options.min_cell = 5;
    Diagnostics diags("map.yaml");
    ColumnMap map = parse_column_map(k_mini_map, "map.yaml", mini_set(), diags);
    std::istringstream in(csv);
    TestSink sink;
    BatchResult result =
        run_batch_csv(mini_set(), in, "e.csv", 0, map, limesurvey(), options, sink);
    auto lines = lines_of(sink.out);
    CHECK(lines[0].rfind("source,respondent,date,status,hours_at_stake,complete,dept,mini_maturity,", 0) == 0);
    CHECK(lines[7].rfind("e.csv:8,7,2026-03-02,ok,,yes,Ain,37,", 0) == 0);
    CHECK(sink.diagnostics.empty()); // dept is kept, not "not in the map"
    const GroupedSummary& summary = result.summary;
    REQUIRE(summary.groups().size() == 2);
    CHECK(summary.groups()[0].value == "Ain");
    CHECK(summary.suppressed(summary.groups()[0]));     // 1 valid response < 5
    CHECK_FALSE(summary.suppressed(summary.groups()[1])); // Rhone: 6
    // The agenda action is not triggered (agenda ticked); hire needs
    // staff none and 2 delegable tasks, which no row answers.
    nlohmann::ordered_json j = summary_json(summary, mini_set().scored());
    CHECK(j["groups"][0] == nlohmann::ordered_json::parse(R"({"value": "Ain", "suppressed": true})"));
    CHECK(j["groups"][1]["rows"] == 6);
    CHECK(j["groups_suppressed"] == 1);
    CHECK(j["levers"][0]["maturity"]["mean"] == 37.0);
    // No time budget in this export: no hours, never 0.
    CHECK(j["levers"][0]["potential_hours"]["total"].is_null());
    // No figure of Ain in any format: its lines hold no digit.
    auto no_digit = [](const std::string& line) {
      return line.find_first_of("0123456789") == std::string::npos;
    };
    for (BatchFormat format : {BatchFormat::csv, BatchFormat::text, BatchFormat::json}) {
      std::string text = render_summary(summary, mini_set().scored(), format, CsvStyle{}, Lang::fr);
      std::string ain = format == BatchFormat::json ? "\"Ain\"" : "Ain";
      bool seen = false;
      for (const auto& line : lines_of(text)) {
        if (line.find(ain) != std::string::npos) {
          seen = true;
          CHECK_MESSAGE(no_digit(line), line);
        }
      }
      CHECK(seen);
    }
    std::string csv_summary = render_summary(summary, mini_set().scored(), BatchFormat::csv, CsvStyle{}, Lang::fr);
    CHECK(csv_summary.find("\nAin,,suppressed,,,,,,,,\n") != std::string::npos);
    CHECK(csv_summary.find("\nRhone,mini,maturity,6,37,") != std::string::npos);
  }
  SUBCASE("the cohort page escapes every text from a file") {
    std::string hostile = "id,submitdate,dept,S1,T1[SQ001],T1[SQ002],T1[SQ003],B1,P1,W1\n";
    for (int i = 1; i <= 5; ++i) {
      hostile += std::to_string(i) + ",2026-03-01,\"<script>alert(1)</script>\",A1,,Y,,2,3,Y\n";
    }
    BatchOptions options;
    options.summary = true;
    options.row.keep = {"dept"};
    options.group_by = "dept";
    Diagnostics diags("map.yaml");
    ColumnMap map = parse_column_map(k_mini_map, "map.yaml", mini_set(), diags);
    std::istringstream in(hostile);
    TestSink sink;
    BatchResult result = run_batch_csv(mini_set(), in, "e.csv", 0, map, limesurvey(), options, sink);
    std::string page = render_cohort_html(result.summary, mini_set().scored(), Lang::fr);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>") != std::string::npos);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  }
  SUBCASE("pseudonyms: stable for one key, different for another") {
    // HMAC-SHA256("cle-de-campagne-2026", "42"), first 8 bytes (Python's hmac).
    CHECK(pseudonym("cle-de-campagne-2026", "42") == "p-98d7f2362a9d1827");
    CHECK(pseudonym("une-autre-cle-2026!!", "42") == "p-73c33421da21af6c");
    CHECK(pseudonym("cle-de-campagne-2026", "") == "");
    BatchOptions options;
    options.row.pseudonym_key = "cle-de-campagne-2026";
    CsvRun a = run_csv("id,B1\n42,2\n", limesurvey(true), options);
    CsvRun b = run_csv("id,B1\n42,2\n", limesurvey(true), options);
    CHECK(lines_of(a.out).at(1).rfind("e.csv:2,p-98d7f2362a9d1827,", 0) == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.find(",42,") == std::string::npos);
  }
  SUBCASE("a byte order mark on request") {
    BatchOptions options;
    options.bom = true;
    CHECK(run_csv("id,B1\n42,2\n", limesurvey(true), options).out.rfind("\xEF\xBB\xBFsource,", 0) == 0);
    CHECK(run_csv("id,B1\n42,2\n", limesurvey(true)).out.rfind("source,", 0) == 0);
  }
}

TEST_CASE("medtime::Distribution") {
  SUBCASE("hand-worked quartiles") {
    // 10, 20, 40, 80: mean 37.5; squared deviations 756.25 + 306.25 + 6.25 +
    // 1806.25 = 2875, sd = sqrt(2875 / 3) = 30.957. Type 7: h = 3p;
    // q1: h = 0.75 -> 10 + 0.75 × 10 = 17.5; median: h = 1.5 -> 20 + 0.5 × 20 = 30;
    // q3: h = 2.25 -> 40 + 0.25 × 40 = 50.
    Distribution d;
    for (double v : {40.0, 10.0, 80.0, 20.0}) {
      d.add(v);
    }
    CHECK(d.count() == 4);
    CHECK(*d.mean() == doctest::Approx(37.5));
    CHECK(*d.sd() == doctest::Approx(30.957).epsilon(1e-4));
    CHECK(*d.quantile(0.25) == doctest::Approx(17.5));
    CHECK(*d.quantile(0.5) == doctest::Approx(30));
    CHECK(*d.quantile(0.75) == doctest::Approx(50));
    CHECK(*d.min() == 10);
    CHECK(*d.max() == 80);
  }
  SUBCASE("repeated values and the printed precision") {
    // 1.234 is counted as 1.23 for the quartiles; min and mean stay exact.
    Distribution d;
    d.add(1.234);
    d.add(1.234);
    d.add(5);
    CHECK(*d.quantile(0.5) == doctest::Approx(1.23));
    CHECK(*d.min() == doctest::Approx(1.234));
    CHECK(*d.mean() == doctest::Approx(7.468 / 3));
    CHECK_FALSE(Distribution().mean().has_value());
    Distribution one;
    one.add(3);
    CHECK_FALSE(one.sd().has_value());
  }
}

TEST_CASE("medtime::csv_number") {
  CsvStyle comma;
  SUBCASE("our own numbers are not neutralised") {
    CHECK(csv_number(-3.5, 2, comma) == "-3.5");
    CHECK(csv_number(2.0 / 3 * 100, 2, comma) == "66.67");
    CHECK(csv_number(40, 2, comma) == "40");
    CHECK(csv_number(std::nullopt, 2, comma) == "");
    CHECK(csv_number(12.5, 2, CsvStyle{',', true}) == "\"12,5\"");
    CHECK(csv_number(12.5, 2, CsvStyle{';', true}) == "12,5");
  }
  SUBCASE("halves away from zero") {
    // 1.005 is stored as 1.00499999999999989, -0.125 exactly; both are halves.
    CHECK(csv_number(1.005, 2, comma) == "1.01");
    CHECK(csv_number(-0.125, 2, comma) == "-0.13");
    CHECK(csv_number(0.225, 2, comma) == "0.23");
    // The mean of 0.1 and 0.35 is 0.225, computed as 0.22499999999999998.
    Distribution d;
    d.add(0.1);
    d.add(0.35);
    CHECK(csv_number(d.mean(), 2, comma) == "0.23");
    // Quartiles count values at the printed precision: 0.125 is 0.13.
    Distribution q;
    q.add(0.125);
    CHECK(csv_number(q.quantile(0.5), 2, comma) == "0.13");
  }
}

TEST_CASE("medtime::run_ordered") {
  SUBCASE("input order whatever the number of threads") {
    for (unsigned threads : {1U, 2U, 3U, 8U}) {
      int next_value = 0;
      std::vector<int> seen;
      run_ordered<int, int>(
          threads, 16, 3,
          [&](int& input) {
            input = next_value;
            return next_value++ < 500;
          },
          [](int& input) {
            // Uneven work so that later items often finish first.
            std::this_thread::sleep_for(std::chrono::microseconds((input * 7919) % 200));
            return input * 2;
          },
          [&](int&& output) {
            seen.push_back(output);
            return true;
          });
      REQUIRE(seen.size() == 500);
      bool in_order = true;
      for (int i = 0; i < 500; ++i) {
        in_order = in_order && seen[static_cast<size_t>(i)] == 2 * i;
      }
      CHECK(in_order);
    }
  }
  SUBCASE("emit can stop early") {
    int next_value = 0;
    int emitted = 0;
    run_ordered<int, int>(
        4, 16, 8, [&](int& input) { input = next_value; return next_value++ < 1000; },
        [](int& input) { return input; },
        [&](int&& output) {
          ++emitted;
          return output < 9;
        });
    CHECK(emitted == 10);
  }
  SUBCASE("an exception in a worker is rethrown") {
    int next_value = 0;
    auto run = [&] {
      run_ordered<int, int>(
          2, 16, 8, [&](int& input) { input = next_value; return next_value++ < 100; },
          [](int& input) {
            if (input == 42) {
              throw std::runtime_error("boom");
            }
            return input;
          },
          [](int&&) { return true; });
    };
    CHECK_THROWS_WITH(run(), "boom");
  }
}

TEST_CASE("medtime::InputWalker") {
  InputWalker walker({k_data + "answers", k_data + "answers/01-martin.yaml"});
  std::vector<std::string> paths;
  InputWalker::Item item;
  while (walker.next(item)) {
    paths.push_back(item.path);
  }
  // Sorted at each level; notes.txt and .hidden.yaml left out; the file given
  // on its own comes after the folder, as on the command line.
  CHECK(paths == std::vector<std::string>{k_data + "answers/01-martin.yaml",
                                          k_data + "answers/02-bad.yaml",
                                          k_data + "answers/03-durand.yaml",
                                          k_data + "answers/sub/04-petit.yaml",
                                          k_data + "answers/01-martin.yaml"});
}

TEST_CASE("medtime::run_batch") {
  const QuestionnaireSet& set = mini_set();
  auto run = [&](unsigned threads, bool strict) {
    BatchOptions options;
    options.threads = threads;
    options.strict = strict;
    options.summary = true;
    TestSink sink;
    BatchResult result = run_batch(set, {k_data + "answers"}, stdin, options, sink);
    return std::make_tuple(sink.out, sink.diagnostics, result.summary.rows(), result.summary.errors());
  };
  SUBCASE("a bad file in the middle gives an error row and the batch goes on") {
    auto [out, diagnostics, rows, errors] = run(1, false);
    CHECK(rows == 4);
    CHECK(errors == 1);
    REQUIRE(diagnostics.size() == 1);
    CHECK(uncoded(diagnostics[0]) ==
          k_data + "answers/02-bad.yaml:5:12: error: question \"staff\" has no option "
                   "\"beaucoup\"; expected one of none, secretary, assistant");
    std::istringstream lines(out);
    std::string line;
    std::vector<std::string> all;
    while (std::getline(lines, line)) {
      all.push_back(line);
    }
    REQUIRE(all.size() == 5);
    CHECK(all[0] == "source,respondent,date,status,hours_at_stake,mini_maturity,mini_readiness,"
                    "mini_potential_hours,mini_priority,mini_rank,error");
    // 01: priority 100 × (0.5 × 0.55 + 0.2 × 0.7778 + 0.3 × 1) = 73.06.
    CHECK(all[1] == k_data + "answers/01-martin.yaml,dr-martin,2026-11-22,ok,5.5,45,77.78,5.5,73.06,1,");
    CHECK(all[2].find(",dr-bad,2026-11-23,error,,,,,,") != std::string::npos);
    // 03: priority 100 × (0.5 × 0.08 + 0.2 × 0.5 + 0.3 × 0.5 / 5) = 4 + 10 + 3 = 17.
    CHECK(all[3] == k_data + "answers/03-durand.yaml,\"'=HYPERLINK(\"\"x\"\")\",2026-10-01,ok,,92,,,14,1,");
    CHECK(all[4] == k_data + "answers/sub/04-petit.yaml,dr-petit,,ok,,,,,,,");
  }
  SUBCASE("the same output with several threads") {
    CHECK(std::get<0>(run(4, false)) == std::get<0>(run(1, false)));
  }
  SUBCASE("strict stops at the first error") {
    auto [out, diagnostics, rows, errors] = run(3, true);
    CHECK(rows == 2);
    CHECK(errors == 1);
  }
  SUBCASE("empty standard input says so") {
    // Issue 20, item 12: `batch -` on an empty stdin printed a header and no word.
    std::string empty = "\n# nothing\n";
    std::FILE* stream = ::fmemopen(empty.data(), empty.size(), "r");
    REQUIRE(stream != nullptr);
    TestSink sink;
    BatchResult result = run_batch(set, {"-"}, stream, BatchOptions{}, sink);
    std::fclose(stream);
    CHECK(result.summary.errors() == 1);
    CHECK(sink.diagnostics ==
          std::vector<std::string>{"<stdin>:1:1: error E438: empty input: no answers document on the "
                                   "standard input"});
  }
}

TEST_CASE("medtime::run_batch_csv header and map problems, with their codes") {
  auto one_column = [](const std::string& rule) {
    return "questionnaires:\n  mini:\n    columns:\n      B1: burden\n" + rule;
  };
  SUBCASE("a column twice in the header") {
    CHECK_THROWS_WITH(run_csv("id,B1,B1\n1,2,3\n", limesurvey(true)),
                      "e.csv:1:7: error E404: column \"B1\" appears twice in the header (first at "
                      "column 4)");
  }
  SUBCASE("a kept column not in the header") {
    BatchOptions options;
    options.row.keep = {"DEPT"};
    CHECK_THROWS_WITH(run_csv("id,B1\n1,2\n", limesurvey(true), options),
                      "e.csv:1:1: error E405: --keep: no column \"DEPT\" in the header");
  }
  SUBCASE("two columns for one question") {
    CHECK_THROWS_WITH(run_csv("id,B1,B2\n1,2,3\n", limesurvey(), {}, one_column("      B2: burden\n")),
                      "map.yaml:5:7: error E407: question \"burden\" is answered by two columns, "
                      "\"B1\" and \"B2\"");
  }
  SUBCASE("a task table's column without its task") {
    CHECK_THROWS_WITH(run_csv("id,H1\n1,3\n", limesurvey(), {},
                              "questionnaires:\n  budget:\n    columns:\n      H1: hours\n"),
                      "map.yaml:4:7: error E406: column \"H1\" answers the task table \"hours\": "
                      "give its \"task\", or map its sub-columns H1[...] with \"tasks\"");
  }
  SUBCASE("the map's own columns missing from the header") {
    CHECK_THROWS_WITH(run_csv("id,B1\n1,2\n", limesurvey(), {}, "respondent: resp\n" + one_column("")),
                      "map.yaml: error E408: respondent column \"resp\" is not in e.csv");
    CHECK_THROWS_WITH(run_csv("id,B1\n1,2\n", limesurvey(), {}, "complete: done\n" + one_column("")),
                      "map.yaml: error E409: completeness column \"done\" is not in e.csv");
    CHECK_THROWS_WITH(run_csv("id,B1\n1,2\n", limesurvey(), {}, "date: when\n" + one_column("")),
                      "map.yaml: error E410: date column \"when\" is not in e.csv");
  }
  SUBCASE("a date that is no date") {
    CsvRun run = run_csv("id,submitdate,B1\n1,hier,3\n", limesurvey(), {}, one_column(""));
    CHECK(run.errors == 1);
    CHECK(run.diagnostics == std::vector<std::string>{
                                 "e.csv:2:3: error E414: column \"submitdate\" must hold a date "
                                 "written YYYY-MM-DD, got \"hier\""});
  }
  SUBCASE("in French") {
    struct Restore {
      ~Restore() { set_message_lang(Lang::en); }
    } restore;
    set_message_lang(Lang::fr);
    CsvRun run = run_csv("id,B1,X9\n1,9,x\n", limesurvey(), {},
                         "questionnaires:\n  mini:\n    columns:\n"
                         "      B1: {question: burden, codes: {\"2\": 2}}\n");
    CHECK(run.diagnostics == std::vector<std::string>{
                                 "e.csv:1:7: attention W400 : la colonne « X9 » n'est pas dans la "
                                 "carte ; 1 valeur(s) laissée(s) de côté",
                                 "e.csv:2:3: attention W401 : colonne « B1 » : code « 9 » inconnu "
                                 "dans 1 ligne(s) ; réponse laissée vide"});
  }
}

TEST_CASE("medtime::run_batch_csv refuses what is no CSV export") {
  const QuestionnaireSet& set = mini_set();
  ColumnMap map = load_column_map(k_data + "limesurvey-map.yaml", set);
  auto run = [&](const std::string& text, const std::string& file) {
    std::istringstream in(text);
    TestSink sink;
    run_batch_csv(set, in, file, 0, map, CsvImportOptions{.dialect = CsvDialect::limesurvey, .lenient = false, .keep = {}}, BatchOptions{}, sink);
    return sink.out;
  };
  // Issue 20, item 12: these exited 0 with warnings about unmapped columns.
  SUBCASE("utf-16") {
    std::string utf16("\xFF\xFE" "i\0d\0;\0S\0" "1\0\n\0", 14);
    CHECK_THROWS_WITH(run(utf16, "export.csv"),
                      "export.csv:1:1: error E440: file is UTF-16 encoded; save it as UTF-8 (in "
                      "Excel: Save As, \"CSV UTF-8\"); nothing was scored");
    // UTF-16 without a byte order mark: NUL bytes in the header.
    CHECK_THROWS_WITH(run(std::string("i\0d\0;\0S\0" "1\0\n\0", 12), "export.csv"),
                      "export.csv:1:2: error E440: NUL byte in text; the file is not UTF-8 text (in "
                      "Excel: Save As, \"CSV UTF-8\"); nothing was scored");
  }
  SUBCASE("a yaml file") {
    CHECK_THROWS_WITH(run("respondent: dr-x\ndate: 2026-01-01\n", "a.yaml"),
                      "a.yaml:1:1: error E439: this looks like a YAML file, not a CSV export; give answers "
                      "files to batch without --csv");
    CHECK_THROWS_WITH(run("---\nrespondent: dr-x\n", "stream.txt"),
                      "stream.txt:1:1: error E439: this looks like a YAML file, not a CSV export; give "
                      "answers files to batch without --csv");
  }
  SUBCASE("an empty file") {
    CHECK_THROWS_WITH(run("", "export.csv"),
                      "export.csv:1:1: error E441: empty file; expected a header line, then one row per "
                      "response");
  }
}

} // TEST_SUITE
