#include <doctest/doctest.h>

#include "check/check.h"
#include "helpers.h"

using namespace medtime;

namespace {

// A one-question questionnaire.
const std::string k_questionnaire = R"(id: q
version: 1
lever: l
title: {fr: Titre, en: Title}
sections:
  - id: s
    title: {fr: S, en: S}
    questions:
      - id: a
        type: yesno
        text: {fr: A, en: A}
        dimension: maturity
)";

} // namespace

TEST_SUITE("check") {

TEST_CASE("medtime::check_file") {
  test::TempDir dir;
  auto check = [&](std::string_view name, std::string_view text) {
    test::spit(dir.file(name), text);
    return check_file(dir.file(name), [] () -> const QuestionnaireSet& { return test::mini_set(); });
  };
  SUBCASE("questionnaire") {
    CheckResult r = check("q.yaml", k_questionnaire);
    CHECK(r.kind == FileKind::questionnaire);
    CHECK(r.summary == "questionnaire q v1, 1 questions, 0 actions");
    CHECK_FALSE(r.diagnostics.has_errors());
  }
  SUBCASE("answers") {
    CheckResult r = check("a.yaml", test::mini_answers("    staff: none\n    wants: na\n"));
    CHECK(r.kind == FileKind::answers);
    CHECK(r.summary == "answers file, 2 answers to mini");
    CHECK_FALSE(r.diagnostics.has_errors());
  }
  SUBCASE("a questionnaire is checked without loading the set") {
    test::spit(dir.file("q.yaml"), k_questionnaire);
    CheckResult r = check_file(dir.file("q.yaml"), []() -> const QuestionnaireSet& {
      throw UsageError("", {}, message("E013", "the set was loaded"));
    });
    CHECK_FALSE(r.diagnostics.has_errors());
  }
  SUBCASE("every problem is a diagnostic, never an exception") {
    CHECK(test::messages(check("e.yaml", "").diagnostics) ==
          dir.file("e.yaml") + ":1:1: error E518: empty file; expected a questionnaire, answers file, delegation "
                               "plan, objectives file, scoring profile, parameter set or column map");
    CHECK(test::messages(check("u.yaml", "hello: 1\n").diagnostics) ==
          dir.file("u.yaml") + ":1:1: error E519: not a medtime file: expected a questionnaire (sections), an "
                               "answers file (answers), a delegation plan (tasks), an objectives "
                               "file, a scoring profile (weights), a parameter set (values) or a "
                               "column map (questionnaires)");
    CHECK(test::messages(check("d.yaml", "a: 1\na: 2\n").diagnostics) ==
          dir.file("d.yaml") + ":2:1: error E066: duplicate key \"a\" (first at line 1)");
  }
  SUBCASE("a missing file is a usage error") {
    CHECK_THROWS_WITH_AS(check_file(dir.file("none.yaml"), test::mini_set),
                         (dir.file("none.yaml") + ": error E050: cannot open file: No such file or directory").c_str(),
                         UsageError);
  }
}

} // TEST_SUITE
