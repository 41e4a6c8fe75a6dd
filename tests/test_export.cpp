// medtime export: the codes, the LimeSurvey survey's structure row by row,
// the relevance of `when:`, and the round trip: every bundled example's
// answers, written as each tool would export them (a LimeSurvey response
// export built from the survey file's own codes, a KoboToolbox and an ODK
// Central CSV export), read back by batch through the exported map, give
// the scores of the same answers read from YAML.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "batch/column_map.h"
#include "batch/csv_import.h"
#include "batch/csv_reader.h"
#include "export/export.h"
#include "export/relevance.h"
#include "export/survey_codes.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "model/condition.h"
#include "model/time_budget.h"
#include "scoring/score.h"
#include "util/files.h"

using namespace medtime;

namespace {

const QuestionnaireSet& bundled() {
  static QuestionnaireSet set =
      load_questionnaire_set(std::string(MEDTIME_SOURCE_DIR) + "/questionnaires");
  return set;
}

// Every answers file of examples/ and examples/suivi/ (plans and objectives
// left out), sorted.
std::vector<std::string> answers_files() {
  std::vector<std::string> files;
  for (const char* dir : {"/examples", "/examples/suivi", "/examples/msp"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(MEDTIME_SOURCE_DIR) + dir)) {
      std::string name = entry.path().filename().string();
      // A team consensus may answer a multiple choice with no option (`[]`:
      // none held by a majority), which no survey tool can say: the
      // members' own files stand for it.
      if (entry.path().extension() == ".yaml" && name != "consensus.yaml") {
        files.push_back(entry.path().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

// A TSV field as LimeSurvey's reader takes it: `"` encloses, `""` is a quote.
std::string unquote(const std::string& field) {
  if (field.size() < 2 || field.front() != '"') {
    return field;
  }
  std::string out;
  for (size_t i = 1; i + 1 < field.size(); ++i) {
    out += field[i];
    if (field[i] == '"') {
      ++i;
    }
  }
  return out;
}

struct TsvRow {
  std::map<std::string, std::string> cells;
  const std::string& operator[](const std::string& column) const { return cells.at(column); }
};

// The survey file's rows, by column name (the header's).
std::vector<TsvRow> read_tsv(const std::string& text) {
  REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);
  auto lines = split(text.substr(3), '\n');
  REQUIRE(lines.back().empty());
  lines.pop_back();
  auto header = split(lines[0], '\t');
  std::vector<TsvRow> rows;
  for (size_t i = 1; i < lines.size(); ++i) {
    auto fields = split(lines[i], '\t');
    REQUIRE_MESSAGE(fields.size() == header.size(), "line ", i + 1);
    TsvRow row;
    for (size_t c = 0; c < header.size(); ++c) {
      row.cells[header[c]] = unquote(fields[c]);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// A question of the survey as LimeSurvey would read it from the file.
struct LsQuestion {
  std::string code, type, text;
  std::vector<std::string> subs, answers;
};

std::vector<LsQuestion> survey_questions(const std::vector<TsvRow>& rows, const std::string& lang) {
  std::vector<LsQuestion> out;
  for (const auto& row : rows) {
    if (row["language"] != lang) {
      continue;
    }
    if (row["class"] == "Q") {
      out.push_back({row["name"], row["type/scale"], row["text"], {}, {}});
    } else if (row["class"] == "SQ") {
      out.back().subs.push_back(row["name"]);
    } else if (row["class"] == "A") {
      out.back().answers.push_back(row["name"]);
    }
  }
  return out;
}

std::string csv_cell(const std::string& text, char sep) {
  if (text.find_first_of(std::string("\"\n\r") + sep) == std::string::npos) {
    return text;
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

std::string number(double value) {
  return fmt::format("{}", value);
}

// What a tool writes for one question of one response.
struct Cells {
  std::vector<std::string> names, values;
  void add(std::string name, std::string value) {
    names.push_back(std::move(name));
    values.push_back(std::move(value));
  }
};

// The answer of question `k` of questionnaire `i`, or null when the
// respondent did not see it (its `when:` does not hold) or left it blank.
const Answer* shown_answer(const QuestionnaireSet& set, const Assessment& a, size_t i, size_t k,
                           int* hidden) {
  const Response* r = a.response(i);
  if (r == nullptr || r->questionnaire == nullptr) {
    return nullptr;
  }
  TimeBudget budget = time_budget(set, a);
  auto applicable = applicable_questions(set.items()[i], r->answers, &budget);
  const Answer& answer = r->answers[k];
  if (!applicable[k]) {
    *hidden += answer.state != AnswerState::missing;
    return nullptr;
  }
  return answer.state == AnswerState::missing ? nullptr : &answer;
}

// A response export of LimeSurvey ("Question code" headings, "Answer
// codes"), its codes read from the survey file, not from the map.
std::string limesurvey_export(const QuestionnaireSet& set, const std::vector<LsQuestion>& survey,
                              const std::vector<Assessment>& answers, int* hidden) {
  std::vector<Cells> rows;
  for (size_t n = 0; n < answers.size(); ++n) {
    const Assessment& a = answers[n];
    Cells cells;
    cells.add("id", std::to_string(n + 1));
    cells.add("submitdate", a.date.empty() ? "1980-01-01 00:00:00" : a.date + " 10:12:00");
    cells.add("lastpage", "9");
    cells.add("startlanguage", "fr");
    cells.add("seed", "12345");
    size_t at = 0;
    for (size_t i = 0; i < set.size(); ++i) {
      for (size_t k = 0; k < set.items()[i].questions.size(); ++k) {
        const Question& q = set.items()[i].questions[k];
        const LsQuestion& s = survey[at++];
        REQUIRE(s.text.rfind(q.text.fr.substr(0, 10), 0) == 0);
        const Answer* v = shown_answer(set, a, i, k, hidden);
        bool na = v != nullptr && v->state == AnswerState::na;
        switch (q.type) {
        case QuestionType::single:
          cells.add(s.code, v == nullptr ? "" : na ? s.answers.back() : s.answers[static_cast<size_t>(v->choice)]);
          break;
        case QuestionType::scale:
          cells.add(s.code, v == nullptr ? "" : na ? s.answers.back() : number(v->number));
          break;
        case QuestionType::multiple:
          REQUIRE_FALSE(na);
          for (size_t o = 0; o < q.options.size(); ++o) {
            cells.add(s.code + "[" + s.subs[o] + "]", v != nullptr && ((v->choices >> o) & 1U) ? "Y" : "");
          }
          break;
        case QuestionType::yesno:
          REQUIRE_FALSE(na);
          cells.add(s.code, v == nullptr ? "" : v->choice == 1 ? "Y" : "N");
          break;
        case QuestionType::number:
          REQUIRE_FALSE(na);
          cells.add(s.code, v == nullptr ? "" : number(v->number));
          break;
        case QuestionType::text:
          cells.add(s.code, v == nullptr ? "" : v->text);
          break;
        case QuestionType::tasks:
        case QuestionType::budget:
          for (size_t t = 0; t < q.tasks.size(); ++t) {
            std::string value;
            if (v != nullptr && !v->tasks.empty()) {
              const TaskAnswer& ta = v->tasks[t];
              value = q.type == QuestionType::budget
                          ? (ta.hours ? number(*ta.hours) : "")
                          : (ta.level >= 0 ? s.answers[static_cast<size_t>(ta.level)] : "");
            }
            cells.add(s.code + "[" + s.subs[t] + "]", value);
          }
          break;
        }
      }
    }
    rows.push_back(std::move(cells));
  }
  std::string out = "\xEF\xBB\xBF";
  for (size_t r = 0; r <= rows.size(); ++r) {
    const auto& cells = r == 0 ? rows[0].names : rows[r - 1].values;
    for (size_t c = 0; c < cells.size(); ++c) {
      // LimeSurvey quotes every value and leaves a hidden answer empty.
      out += (c > 0 ? ";" : "") + (cells[c].empty() && r > 0 ? std::string() : quoted(cells[c]));
    }
    out += "\r\n";
  }
  return out;
}

// A CSV export of KoboToolbox (`/` paths, a select_multiple as one cell
// and split columns of 1 and 0, `;`) or ODK Central (`-` paths, one cell, `,`).
std::string xlsform_export(const QuestionnaireSet& set, const std::vector<Assessment>& answers,
                           bool kobo, int* hidden, bool split_only = false) {
  XlsNames names = xlsform_names(set);
  char sep = kobo ? ';' : ',';
  std::string join = kobo ? "/" : "-";
  std::vector<Cells> rows;
  for (size_t n = 0; n < answers.size(); ++n) {
    const Assessment& a = answers[n];
    std::string when = (a.date.empty() ? "2026-01-05" : a.date) + "T10:12:00";
    Cells cells;
    if (kobo) {
      cells.add("start", when);
      cells.add("end", when);
    } else {
      cells.add("SubmissionDate", when + ".000Z");
    }
    for (size_t i = 0; i < set.size(); ++i) {
      const Questionnaire& qn = set.items()[i];
      for (size_t k = 0; k < qn.questions.size(); ++k) {
        const Question& q = qn.questions[k];
        const XlsQuestionNames& name = names.questions[i][k];
        std::string path = qn.id + join + name.name;
        const Answer* v = shown_answer(set, a, i, k, hidden);
        bool na = v != nullptr && v->state == AnswerState::na;
        switch (q.type) {
        case QuestionType::single:
          cells.add(path, v == nullptr ? "" : na ? "na" : q.options[static_cast<size_t>(v->choice)].id);
          break;
        case QuestionType::scale:
          cells.add(path, v == nullptr ? "" : na ? "na" : number(v->number));
          break;
        case QuestionType::multiple: {
          std::vector<std::string> ids;
          for (size_t o = 0; v != nullptr && o < q.options.size(); ++o) {
            if ((v->choices >> o) & 1U) {
              ids.push_back(q.options[o].id);
            }
          }
          if (!split_only) {
            cells.add(path, fmt::format("{}", fmt::join(ids, " ")));
          }
          for (size_t o = 0; kobo && o < q.options.size(); ++o) {
            cells.add(path + "/" + q.options[o].id,
                      v == nullptr ? "" : ((v->choices >> o) & 1U) ? "1" : "0");
          }
          break;
        }
        case QuestionType::yesno:
          cells.add(path, v == nullptr ? "" : v->choice == 1 ? "yes" : "no");
          break;
        case QuestionType::number:
          cells.add(path, v == nullptr ? "" : number(v->number));
          break;
        case QuestionType::text:
          cells.add(path, v == nullptr ? "" : v->text);
          break;
        case QuestionType::tasks:
        case QuestionType::budget:
          for (size_t t = 0; t < q.tasks.size(); ++t) {
            std::string value;
            if (v != nullptr && !v->tasks.empty()) {
              const TaskAnswer& ta = v->tasks[t];
              value = q.type == QuestionType::budget
                          ? (ta.hours ? number(*ta.hours) : "")
                          : (ta.level >= 0 ? q.levels[static_cast<size_t>(ta.level)].id : "");
            }
            cells.add(path + join + name.rows[t], value);
          }
          break;
        }
      }
    }
    if (kobo) {
      cells.add("_id", std::to_string(1000 + n));
      cells.add("_uuid", fmt::format("c0ffee00-0000-4000-8000-{:012}", n));
      cells.add("_submission_time", when);
      cells.add("_index", std::to_string(n + 1));
    } else {
      cells.add("meta-instanceID", fmt::format("uuid:c0ffee00-0000-4000-8000-{:012}", n));
      cells.add("KEY", fmt::format("uuid:c0ffee00-0000-4000-8000-{:012}", n));
    }
    rows.push_back(std::move(cells));
  }
  std::string out;
  for (size_t r = 0; r <= rows.size(); ++r) {
    const auto& cells = r == 0 ? rows[0].names : rows[r - 1].values;
    for (size_t c = 0; c < cells.size(); ++c) {
      out += (c > 0 ? std::string(1, sep) : "") + csv_cell(cells[c], sep);
    }
    out += "\n";
  }
  return out;
}

// The assessments that batch reads from `csv` through `map_text`; every
// diagnostic and unknown code or unmapped value fails the test.
std::vector<Assessment> import_csv(const QuestionnaireSet& set, const std::string& map_text,
                                   const std::string& csv, CsvDialect dialect) {
  Diagnostics diags("map.yaml");
  ColumnMap map = parse_column_map(map_text, "map.yaml", set, diags);
  REQUIRE_MESSAGE(diags.items().empty(), diags.items().front().format());
  std::istringstream in(csv);
  CsvReader reader(in, "export.csv", 0);
  CsvRecord header;
  REQUIRE(reader.next(header));
  Diagnostics setup("export.csv");
  CsvImporter importer(set, map, CsvImportOptions{dialect, false, {}}, header, "export.csv", setup);
  REQUIRE_MESSAGE(setup.items().empty(), setup.items().front().format());
  std::vector<Assessment> out;
  CsvRecord record;
  while (reader.next(record)) {
    Diagnostics row("export.csv");
    std::vector<CsvIssue> issues;
    out.push_back(importer.import(record, row, issues));
    REQUIRE_MESSAGE(row.items().empty(), row.items().front().format());
    for (const auto& issue : issues) {
      FAIL_CHECK("column ", importer.column_name(issue.column), ": ", issue.code, " at line ",
                 issue.pos.line);
    }
  }
  return out;
}

void check_same_scores(const QuestionnaireSet& set, const Assessment& yaml, const Assessment& csv,
                       const char* tool) {
  ScoreSet a = score_assessment(set, yaml);
  ScoreSet b = score_assessment(set, csv);
  REQUIRE(a.levers.size() == b.levers.size());
  for (size_t l = 0; l < a.levers.size(); ++l) {
    INFO(tool, " ", yaml.source, " ", set.items()[l].id);
    CHECK(a.levers[l].status == b.levers[l].status);
    CHECK(a.levers[l].maturity.score == b.levers[l].maturity.score);
    CHECK(a.levers[l].readiness.score == b.levers[l].readiness.score);
    CHECK(a.levers[l].maturity.answered == b.levers[l].maturity.answered);
    CHECK(a.levers[l].potential_hours == doctest::Approx(b.levers[l].potential_hours).epsilon(1e-12));
    CHECK(a.levers[l].actions == b.levers[l].actions);
  }
  CHECK(a.hours_at_stake == doctest::Approx(b.hours_at_stake).epsilon(1e-12));
}

std::vector<Assessment> examples(const QuestionnaireSet& set) {
  std::vector<Assessment> out;
  for (const auto& file : answers_files()) {
    out.push_back(load_assessment(file, set));
  }
  return out;
}

} // namespace

TEST_SUITE("export") {
  TEST_CASE("medtime::limesurvey_codes") {
    const auto& set = bundled();
    LimeCodes codes = limesurvey_codes(set);
    std::regex question("[A-Za-z][A-Za-z0-9]{0,19}"), answer("[A-Za-z0-9]{1,5}");
    std::set<std::string> seen;
    for (size_t i = 0; i < set.size(); ++i) {
      for (const auto& c : codes.questions[i]) {
        CHECK_MESSAGE(std::regex_match(c.code, question), c.code);
        CHECK_MESSAGE(seen.insert(c.code).second, c.code);
        for (const auto* list : {&c.options, &c.rows}) {
          for (const auto& sub : *list) {
            CHECK_MESSAGE(std::regex_match(sub, question), sub);
          }
        }
        for (const auto& a : c.levels) {
          CHECK_MESSAGE(std::regex_match(a, answer), a);
        }
      }
    }
    int d = set.find("delegation");
    REQUIRE(d >= 0);
    const Questionnaire& del = set.items()[static_cast<size_t>(d)];
    const auto& dc = codes.questions[static_cast<size_t>(d)];
    // "Del" + "PersonnelActuel": 18 characters, kept whole.
    CHECK(dc[static_cast<size_t>(del.find_question("personnel_actuel"))].code == "DelPersonnelActuel");
    // "Del" + "TachesAdministratives" is 24: its first 16, then 4 of a hash.
    std::string tables = dc[static_cast<size_t>(del.find_question("taches_administratives"))].code;
    CHECK(tables.size() == 20);
    CHECK(tables.rfind("DelTachesAdminis", 0) == 0);
    const auto& levels = dc[static_cast<size_t>(del.find_question("taches_administratives"))].levels;
    CHECK(levels[0] == "none");          // fits in 5
    CHECK(levels[1].rfind("pa", 0) == 0); // "partial": 2 letters and a hash
    CHECK(levels[2] == "total");
    // The same set gives the same codes (nothing depends on the run).
    CHECK(limesurvey_codes(set).questions[static_cast<size_t>(d)][3].code == dc[3].code);
  }

  TEST_CASE("medtime::limesurvey_codes of ids LimeSurvey cannot hold as they are") {
    // Hyphens, underscores, a long id: the documented mapping, never an error.
    Questionnaire q;
    q.id = "x-ray_2";
    Question long_one;
    long_one.id = "a-very_long-question_identifier_2";
    long_one.type = QuestionType::single;
    for (const char* id : {"b-c", "secretariat_distance", "secretaire_vers_assistant", "na"}) {
      Option o;
      o.id = id;
      long_one.options.push_back(o);
    }
    q.questions.push_back(long_one);
    q.index();
    QuestionnaireSet set;
    set.add(q);
    set.finalize();
    auto codes = limesurvey_codes(set).questions[0][0];
    // "XRay2" cut to 3, then "AVeryLongQuestionIdentifier2" (28): 20 in all.
    CHECK(codes.code.size() == 20);
    CHECK(codes.code.rfind("XRaAVeryLongQues", 0) == 0); // its first 16, then 4 of a hash
    CHECK(std::regex_match(codes.code, std::regex("[A-Za-z][A-Za-z0-9]{19}")));
    CHECK(codes.options[0] == "bc");                        // "b-c" without "-"
    CHECK(codes.options[1].rfind("se", 0) == 0);
    CHECK(codes.options[2].rfind("se", 0) == 0);
    CHECK(codes.options[1] != codes.options[2]);            // distinct hashes
    // Never the "not applicable" code, case aside (MySQL compares codes so).
    CHECK(codes.options[3].size() == 5);
    CHECK(codes.options[3].rfind("na", 0) == 0);
  }

  TEST_CASE("medtime::export_survey limesurvey structure") {
    const auto& set = bundled();
    SurveyFiles files = export_survey(set, SurveyTool::limesurvey);
    auto rows = read_tsv(files.survey);
    // The header: the fixed columns of TSVImportSurvey, then attributes.
    std::string first_line = files.survey.substr(3, files.survey.find('\n') - 3);
    CHECK(first_line.rfind("id\trelated_id\tclass\ttype/scale\tname\trelevance\ttext\thelp\t"
                           "language\tvalidation\tmandatory\tother\tdefault\tsame_default\t",
                           0) == 0);
    // Settings first: S, then SL per language, then the fr block, then en.
    size_t r = 0;
    while (rows[r]["class"] == "S") {
      ++r;
    }
    CHECK(r == 4);
    CHECK(rows[0]["name"] == "language");
    CHECK(rows[0]["text"] == "fr");
    CHECK(rows[1]["text"] == "en");
    while (rows[r]["class"] == "SL") {
      ++r;
    }
    CHECK(r == 10);
    size_t questions = 0, groups = 0;
    for (const auto& qn : set.items()) {
      questions += qn.questions.size();
      groups += qn.sections.size();
    }
    std::map<std::string, std::vector<std::string>> by_lang; // class sequence per language
    std::string last_class;
    for (size_t i = r; i < rows.size(); ++i) {
      const auto& row = rows[i];
      const std::string& cls = row["class"];
      by_lang[row["language"]].push_back(cls + ":" + row["id"] + ":" + row["name"].substr(0, 0));
      // Rows hang on what precedes them: SQ and A after a Q or its SQ/A.
      if (cls == "SQ" || cls == "A") {
        CHECK_MESSAGE((last_class == "Q" || last_class == "SQ" || last_class == "A"), "row ", i + 2);
      }
      if (cls == "Q") {
        CHECK_MESSAGE((last_class != "S" && last_class != "SL" && !last_class.empty()), "row ", i + 2);
        CHECK(!row["relevance"].empty());
        CHECK((row["mandatory"] == "Y" || row["mandatory"] == "N"));
      }
      last_class = cls;
    }
    // Ids: a question and its subquestions share one space of numbers (the
    // importer keeps them when unique); an answer carries its question's id.
    std::set<std::string> ids;
    std::string question_id;
    for (size_t i = r; i < rows.size(); ++i) {
      const auto& row = rows[i];
      if (row["language"] != "fr") {
        continue;
      }
      if (row["class"] == "Q" || row["class"] == "SQ") {
        CHECK_MESSAGE(ids.insert(row["id"]).second, "row ", i + 2, ": id ", row["id"], " twice");
        CHECK(row["id"].find_first_not_of("0123456789") == std::string::npos);
      }
      if (row["class"] == "Q") {
        question_id = row["id"];
      }
      if (row["class"] == "A") {
        CHECK_MESSAGE(row["id"] == question_id, "row ", i + 2);
        CHECK(row["type/scale"] == "0");
      }
      if (row["class"] == "G") {
        CHECK(row["type/scale"] == "G" + row["id"]);
      }
    }
    REQUIRE(by_lang.size() == 2);
    CHECK(by_lang["fr"] == by_lang["en"]); // the same rows, ids included, in both languages
    auto fr = survey_questions(rows, "fr");
    CHECK(fr.size() == questions);
    CHECK(std::count(by_lang["fr"].begin(), by_lang["fr"].end(), std::string()) == 0);
    size_t g = 0;
    for (const auto& entry : by_lang["fr"]) {
      g += entry.rfind("G:", 0) == 0;
    }
    CHECK(g == groups);
    // Each medtime type becomes its LimeSurvey type, with its rows.
    size_t at = 0;
    for (const auto& qn : set.items()) {
      for (const auto& q : qn.questions) {
        const LsQuestion& s = fr[at++];
        INFO(qn.id, ".", q.id);
        switch (q.type) {
        case QuestionType::single:
          CHECK(s.type == "L");
          CHECK(s.answers.size() == q.options.size() + 1);
          CHECK(s.answers.back() == "NA");
          break;
        case QuestionType::scale:
          CHECK(s.type == "L");
          CHECK(s.answers.front() == number(q.min));
          break;
        case QuestionType::multiple:
          CHECK(s.type == "M");
          CHECK(s.subs.size() == q.options.size());
          break;
        case QuestionType::yesno:
          CHECK(s.type == "Y");
          break;
        case QuestionType::number:
          CHECK(s.type == "N");
          break;
        case QuestionType::text:
          CHECK(s.type == "T");
          break;
        case QuestionType::tasks:
          CHECK(s.type == "F");
          CHECK(s.subs.size() == q.tasks.size());
          CHECK(s.answers.size() == q.levels.size());
          break;
        case QuestionType::budget:
          CHECK(s.type == "K");
          CHECK(s.subs.size() == q.tasks.size());
          break;
        }
      }
    }
  }

  TEST_CASE("medtime::limesurvey_relevance") {
    const auto& set = bundled();
    LimeCodes codes = limesurvey_codes(set);
    auto relevance_of = [&](const char* questionnaire, const char* question) {
      auto i = static_cast<size_t>(set.find(questionnaire));
      const Questionnaire& qn = set.items()[i];
      const Question& q = qn.questions[static_cast<size_t>(qn.find_question(question))];
      REQUIRE(q.when);
      return std::make_pair(limesurvey_relevance(*q.when, set, i, codes),
                            xlsform_relevant(*q.when, set, i, xlsform_names(set)));
    };
    // not (cpts_territoire == aucune): the option's answer code, read with
    // .NAOK so that a hidden cpts_territoire makes the test false.
    auto i = static_cast<size_t>(set.find("cooperation"));
    const Questionnaire& coop = set.items()[i];
    auto k = static_cast<size_t>(coop.find_question("cpts_territoire"));
    auto o = static_cast<size_t>(coop.questions[k].find_option("aucune"));
    auto [ls, xls] = relevance_of("cooperation", "cpts_adhesion");
    CHECK(ls == fmt::format("!({}.NAOK == \"{}\")", codes.questions[i][k].code,
                            codes.questions[i][k].options[o]));
    CHECK(xls == "not(${cpts_territoire} = 'aucune')");
    // concertation in [mensuel, parfois]: either code.
    auto [ls2, xls2] = relevance_of("cooperation", "suivi_decisions");
    CHECK(xls2 == "(${concertation} = 'mensuel' or ${concertation} = 'parfois')");
    CHECK(ls2.rfind("(CooConcertation.NAOK == \"", 0) == 0);
    // not (nouveaux_metiers has ipa): a ticked subquestion.
    auto [ls3, xls3] = relevance_of("cooperation", "ipa_interet");
    CHECK(ls3 == "!(CooNouveauxMetiers_ipa.NAOK == \"Y\")");
    CHECK(xls3 == "not(selected(${nouveaux_metiers}, 'ipa'))");
  }

  TEST_CASE("a supporting area's asked_when is the relevance of its groups") {
    const auto& set = bundled();
    LimeCodes codes = limesurvey_codes(set);
    auto i = static_cast<size_t>(set.find("pilotage"));
    // Its tests read cooperation's answers, by their own codes.
    std::string ls = limesurvey_asked_when(set, i, codes);
    CHECK(ls.find("CooCptsParticipation_pilote.NAOK == \"Y\"") != std::string::npos);
    CHECK(xlsform_asked_when(set, i, xlsform_names(set)).find("selected(${cpts_participation}, 'pilote')") !=
          std::string::npos);
    // A lever has none.
    CHECK(limesurvey_asked_when(set, static_cast<size_t>(set.find("delegation")), codes) == "1");
    // Without the questionnaires it reads, the area is asked of everyone.
    QuestionnaireSet alone = select_questionnaires(set, {"pilotage"});
    auto j = static_cast<size_t>(alone.find("pilotage"));
    CHECK(limesurvey_asked_when(alone, j, limesurvey_codes(alone)) == "1");
    CHECK(xlsform_asked_when(alone, j, xlsform_names(alone)).empty());
    // In the survey file, each of its groups carries it.
    std::string survey = export_survey(set, SurveyTool::limesurvey).survey;
    size_t groups = 0;
    for (size_t start = 0; start < survey.size();) {
      size_t end = std::min(survey.find('\n', start), survey.size());
      std::string line = survey.substr(start, end - start);
      start = end + 1;
      if (line.find("\tG\t") != std::string::npos &&
          line.find("CooCptsParticipation_pilote.NAOK") != std::string::npos) {
        ++groups;
      }
    }
    CHECK(groups == 2 * set.items()[i].sections.size()); // French and English rows
  }

  TEST_CASE("medtime::xlsform_relevant and limesurvey_relevance, test by test") {
    const auto& set = bundled();
    auto i = static_cast<size_t>(set.find("delegation"));
    const Questionnaire& del = set.items()[i];
    LimeCodes codes = limesurvey_codes(set);
    XlsNames names = xlsform_names(set);
    auto translate = [&](const char* text) {
      Diagnostics diags(del.file);
      auto c = parse_condition(text, {1, 1}, diags);
      REQUIRE(c);
      REQUIRE(resolve_condition(*c, del, set.categories(), diags));
      return std::make_pair(limesurvey_relevance(*c, set, i, codes), xlsform_relevant(*c, set, i, names));
    };
    auto code = [&](const char* question) {
      return codes.questions[i][static_cast<size_t>(del.find_question(question))].code;
    };
    // A comparison holds only on an answer other than na: guarded, since
    // an empty value would compare.
    auto [ls, xls] = translate("supervision_heures >= 1");
    CHECK(ls == "((!is_empty(DelSupervisionHeures.NAOK) and DelSupervisionHeures.NAOK != \"NA\") and "
                "DelSupervisionHeures.NAOK >= 1)");
    CHECK(xls == "((${supervision_heures} != '' and ${supervision_heures} != 'na') and "
                 "${supervision_heures} >= 1)");
    // Yes/no: LimeSurvey stores Y and N.
    std::tie(ls, xls) = translate("espace_poste == yes");
    CHECK(ls == "DelEspacePoste.NAOK == \"Y\"");
    CHECK(xls == "${espace_poste} = 'yes'");
    // A row of a task table: the array's subquestion, the level's code.
    std::tie(ls, xls) = translate("taches_administratives.rendez_vous == total");
    CHECK(ls == code("taches_administratives") + "_rendezVous.NAOK == \"total\"");
    CHECK(xls == "${taches_administratives_rendez_vous} = 'total'");
    // != is false on an unanswered or na question.
    std::tie(ls, xls) = translate("protocoles_ecrits != oral");
    CHECK(xls == "((${protocoles_ecrits} != '' and ${protocoles_ecrits} != 'na') and "
                 "not(${protocoles_ecrits} = 'oral'))");
    CHECK(ls.rfind("((!is_empty(DelProtocolesEcrits.NAOK) and DelProtocolesEcrits.NAOK != \"NA\") "
                   "and !(DelProtocolesEcrits.NAOK == \"",
                   0) == 0);
    // is answered: any ticked option of a multiple choice.
    std::tie(ls, xls) = translate("externalisation is answered");
    CHECK(xls == "(selected(${externalisation}, 'aucune') or selected(${externalisation}, "
                 "'comptabilite') or selected(${externalisation}, 'paie_rh') or "
                 "selected(${externalisation}, 'tiers_payant') or selected(${externalisation}, "
                 "'logistique'))");
    // is na: the list's "not applicable"; a yes/no question offers none.
    std::tie(ls, xls) = translate("option_envisagee is na");
    CHECK(ls == "DelOptionEnvisagee.NAOK == \"NA\"");
    CHECK(xls == "${option_envisagee} = 'na'");
    std::tie(ls, xls) = translate("espace_poste is na");
    CHECK(ls == "0");
    CHECK(xls == "false()");
  }

  TEST_CASE("medtime::export_survey a when: with no equivalent") {
    std::string dir = std::string(MEDTIME_SOURCE_DIR) + "/questionnaires";
    QuestionnaireSet set = load_questionnaire_set(dir);
    // The hours of a category: no tool can add up the time budget as medtime does.
    std::string text = read_file(dir + "/patients.yaml");
    std::string from = "when: \"etp_connaissance == oriente\"";
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), "when: \"budget.demandes_patients >= 1\"");
    auto tmp = std::filesystem::temp_directory_path() / "medtime-export-test";
    std::filesystem::create_directories(tmp);
    for (const char* name : {"temps.yaml", "patients.yaml"}) {
      write_file_atomically((tmp / name).string(),
                            std::string(name) == "patients.yaml" ? text : read_file(dir + "/" + name));
    }
    QuestionnaireSet small = load_questionnaire_set(tmp.string());
    size_t line = static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + 1;
    for (SurveyTool tool : {SurveyTool::limesurvey, SurveyTool::xlsform}) {
      try {
        export_survey(small, tool);
        FAIL("no error");
      } catch (const Error& e) {
        std::string message = e.what();
        CHECK(message.find(fmt::format("patients.yaml:{}:", line)) != std::string::npos);
        CHECK(message.find("the condition \"budget.demandes_patients\" has no equivalent in") !=
              std::string::npos);
        CHECK(e.diagnostic().code == "E443");
      }
    }
    std::filesystem::remove_all(tmp);
  }

  TEST_CASE("round trip: LimeSurvey, KoboToolbox and ODK exports score as the YAML answers") {
    const auto& set = bundled();
    auto yaml = examples(set);
    REQUIRE(yaml.size() >= 9); // 4 examples and 5 follow-ups
    SUBCASE("limesurvey") {
      SurveyFiles files = export_survey(set, SurveyTool::limesurvey);
      int hidden = 0;
      std::string csv = limesurvey_export(set, survey_questions(read_tsv(files.survey), "fr"), yaml, &hidden);
      auto back = import_csv(set, files.map, csv, CsvDialect::limesurvey);
      REQUIRE(back.size() == yaml.size());
      for (size_t n = 0; n < yaml.size(); ++n) {
        check_same_scores(set, yaml[n], back[n], "limesurvey");
      }
    }
    SUBCASE("kobo, select_multiple as split columns only") {
      SurveyFiles files = export_survey(set, SurveyTool::xlsform);
      int hidden = 0;
      std::string csv = xlsform_export(set, yaml, true, &hidden, true);
      CHECK(csv.find("delegation/personnel_actuel;") == std::string::npos);
      CHECK(csv.find("delegation/personnel_actuel/aucun;") != std::string::npos);
      auto back = import_csv(set, files.map, csv, CsvDialect::kobo);
      REQUIRE(back.size() == yaml.size());
      for (size_t n = 0; n < yaml.size(); ++n) {
        check_same_scores(set, yaml[n], back[n], "kobo split");
      }
    }
    for (bool kobo : {true, false}) {
      SUBCASE(kobo ? "kobo" : "odk") {
        SurveyFiles files = export_survey(set, SurveyTool::xlsform);
        int hidden = 0;
        std::string csv = xlsform_export(set, yaml, kobo, &hidden);
        auto back = import_csv(set, files.map, csv, kobo ? CsvDialect::kobo : CsvDialect::odk);
        REQUIRE(back.size() == yaml.size());
        for (size_t n = 0; n < yaml.size(); ++n) {
          check_same_scores(set, yaml[n], back[n], kobo ? "kobo" : "odk");
        }
      }
    }
  }

  TEST_CASE("medtime::CsvImporter with --from kobo and odk") {
    const auto& set = bundled();
    SurveyFiles files = export_survey(set, SurveyTool::xlsform);
    Diagnostics diags("map.yaml");
    ColumnMap map = parse_column_map(files.map, "map.yaml", set, diags);
    REQUIRE(diags.items().empty());
    auto header = [](const std::string& line) {
      std::istringstream in(line + "\n");
      CsvReader reader(in, "export.csv", 0);
      CsvRecord record;
      REQUIRE(reader.next(record));
      return record;
    };
    SUBCASE("a header without the group names") {
      Diagnostics d("export.csv");
      CsvImporter importer(set, map, CsvImportOptions{CsvDialect::kobo, false, {}},
                           header("start;end;heures_travail;_id"), "export.csv", d);
      REQUIRE(d.items().size() == 1);
      CHECK(d.items()[0].format().find("export the data from KoboToolbox as CSV with \"XML values "
                                       "and headers\" and the group names included") !=
            std::string::npos);
    }
    SUBCASE("odk: groups joined by -, a table's rows cut at the last -") {
      Diagnostics d("export.csv");
      CsvImporter importer(set, map, CsvImportOptions{CsvDialect::odk, true, {}},
                           header("SubmissionDate,temps-heures_travail,temps-heures-heures_telephone,"
                                  "delegation-personnel_actuel,KEY"),
                           "export.csv", d);
      for (size_t c = 0; c < importer.column_count(); ++c) {
        CHECK_MESSAGE(!importer.unmapped(c), importer.column_name(c));
      }
      CsvRecord row = header("2026-02-01T09:00:00.000Z,45,2.5,secretaire,uuid:1");
      Diagnostics rd("export.csv");
      std::vector<CsvIssue> issues;
      Assessment a = importer.import(row, rd, issues);
      CHECK(issues.empty());
      CHECK(a.respondent_id() == "uuid:1");
      CHECK(a.date == "2026-02-01");
      const Questionnaire& temps = set.items()[static_cast<size_t>(set.find("temps"))];
      const Answer& hours = a.responses[static_cast<size_t>(set.find("temps"))]
                                .answers[static_cast<size_t>(temps.find_question("heures"))];
      REQUIRE(hours.given());
      CHECK(hours.tasks[static_cast<size_t>(temps.questions[static_cast<size_t>(temps.find_question("heures"))]
                                                 .find_task("telephone"))]
                .hours == 2.5);
    }
  }

  TEST_CASE("examples/collecte/reponses-kobo.csv: the examples as KoboToolbox exports them") {
    const auto& set = bundled();
    int hidden = 0;
    std::string csv = xlsform_export(set, examples(set), true, &hidden);
    std::string path = std::string(MEDTIME_SOURCE_DIR) + "/examples/collecte/reponses-kobo.csv";
    if (std::getenv("MEDTIME_UPDATE_EXAMPLES") != nullptr) {
      write_file_atomically(path, csv);
    }
    CHECK_MESSAGE(read_file(path) == csv,
                  "out of date: rerun with MEDTIME_UPDATE_EXAMPLES=1 build/tests/test_export");
  }

  TEST_CASE("examples/collecte/reponses-limesurvey.csv: the examples as LimeSurvey exports them") {
    const auto& set = bundled();
    int hidden = 0;
    SurveyFiles files = export_survey(set, SurveyTool::limesurvey);
    std::string csv = limesurvey_export(set, survey_questions(read_tsv(files.survey), "fr"),
                                        examples(set), &hidden);
    std::string path = std::string(MEDTIME_SOURCE_DIR) + "/examples/collecte/reponses-limesurvey.csv";
    if (std::getenv("MEDTIME_UPDATE_EXAMPLES") != nullptr) {
      write_file_atomically(path, csv);
    }
    CHECK_MESSAGE(read_file(path) == csv,
                  "out of date: rerun with MEDTIME_UPDATE_EXAMPLES=1 build/tests/test_export");
  }

  TEST_CASE("round trip: when: branches and task tables are exercised") {
    // The examples hide questions through when: (so the export's empty
    // cells are tested) and answer task tables.
    const auto& set = bundled();
    auto yaml = examples(set);
    int hidden = 0;
    xlsform_export(set, yaml, true, &hidden);
    int shown_by_when = 0, hidden_by_when = 0, tables = 0;
    for (const auto& a : yaml) {
      TimeBudget budget = time_budget(set, a);
      for (size_t i = 0; i < set.size(); ++i) {
        const Response* r = a.response(i);
        if (r == nullptr || r->questionnaire == nullptr) {
          continue;
        }
        auto applicable = applicable_questions(set.items()[i], r->answers, &budget);
        for (size_t k = 0; k < r->answers.size(); ++k) {
          const Question& q = set.items()[i].questions[k];
          shown_by_when += q.when && applicable[k] && r->answers[k].given();
          hidden_by_when += q.when && !applicable[k];
          tables += q.type == QuestionType::tasks && r->answers[k].given();
        }
      }
    }
    CHECK(shown_by_when > 0);
    CHECK(hidden_by_when > 0);
    CHECK(tables > 0);
  }
}
