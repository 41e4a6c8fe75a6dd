#include <doctest/doctest.h>

#include "helpers.h"
#include "load/file_kind.h"
#include "load/questionnaire_checks.h"
#include "model/time_budget.h"
#include "util/messages.h"
#include "yaml/node.h"

using namespace medtime;

namespace {

// The head of a questionnaire: lines 1-8, questions from line 9 on.
const std::string k_head = R"(id: q
version: 1
lever: l
title: {fr: Titre, en: Title}
sections:
  - id: s
    title: {fr: S, en: S}
    questions:
)";

// A first maturity question, lines 9-12.
const std::string k_first = R"(      - id: a
        type: yesno
        text: {fr: A, en: A}
        dimension: maturity
)";

// "ok" when `text` loads without diagnostics, else the diagnostics.
std::string load_problems(std::string_view text) {
  Diagnostics diags;
  try {
    auto q = test::questionnaire(text, diags);
    CHECK(q.has_value() == !diags.has_errors());
  } catch (const Error& e) {
    return std::string("thrown: ") + e.what();
  }
  return diags.items().empty() ? "ok" : test::messages(diags);
}

// "ok" or the diagnostics of answers `text` against the mini set.
std::string answer_problems(std::string_view text) {
  Diagnostics diags;
  try {
    test::answers(text, diags);
  } catch (const Error& e) {
    return std::string("thrown: ") + e.what();
  }
  return diags.items().empty() ? "ok" : test::messages(diags);
}

// The answer to mini's question `index` in answers `text` (which must be valid).
Answer answer_of(std::string_view text, size_t index) {
  Diagnostics diags;
  Assessment a = test::answers(text, diags);
  INFO(test::messages(diags));
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(a.response(0) != nullptr);
  return a.response(0)->answers[index];
}

} // namespace

TEST_SUITE("load") {

TEST_CASE("medtime::parse_questionnaire") {
  SUBCASE("a minimal questionnaire with defaults") {
    Diagnostics diags;
    auto q = test::questionnaire(k_head + k_first, diags);
    REQUIRE(q.has_value());
    CHECK(diags.items().empty());
    CHECK(q->id == "q");
    CHECK(q->version == 1);
    CHECK(q->lever == "l");
    CHECK(q->order == 100);
    CHECK(q->min_answered == 0.75);
    REQUIRE(q->bands.size() == 3);
    CHECK(q->bands[1].from == 40);
    CHECK(q->bands[1].to == 70);
    REQUIRE(q->questions.size() == 1);
    CHECK(q->questions[0].yes_value == 1);
    CHECK(q->questions[0].no_value == 0);
    CHECK(q->questions[0].weight == 1);
    CHECK(q->questions[0].pos.line == 9);
  }
  SUBCASE("the fixture has every question type") {
    const Questionnaire& q = test::mini();
    CHECK(q.version == 2);
    CHECK(q.sections.size() == 2);
    CHECK(q.sections[1].first_question == 4);
    CHECK(q.sections[1].question_count == 4);
    CHECK(q.questions.size() == 8);
    CHECK(q.actions.size() == 2);
    REQUIRE(q.bands.size() == 2);
    CHECK(q.bands[0].from == 0); // defaults to 0 for the first band
    CHECK(q.bands[0].to == 50);
    CHECK(q.bands[1].from == 50);
    CHECK(q.bands[1].to == 100); // defaults to 100 for the last band
    CHECK(q.questions[0].weight == 2);
    CHECK(q.questions[1].options[0].exclusive);
    CHECK(q.questions[2].reverse);
    CHECK(q.questions[2].anchors.size() == 2);
    CHECK(q.questions[3].value_bands.size() == 3);
    REQUIRE(q.questions[3].reductions.size() == 1);
    CHECK(q.questions[3].reductions[0].category == "phone");
    CHECK(q.questions[3].reductions[0].share == 0.5);
    CHECK(q.questions[3].reductions[0].when.has_value());
    CHECK(q.questions[3].indicator);
    CHECK(q.questions[5].when.has_value());
    REQUIRE(q.questions[6].levels.size() == 3); // default levels
    CHECK(q.questions[6].levels[1].share == 0.5);
    CHECK(q.questions[6].levels[1].frees == 0.4);
    CHECK(q.questions[6].tasks[0].label.get(Lang::en) == "appointments"); // the category's
    CHECK(q.actions[0].effort == Effort::high);
    REQUIRE(q.actions[0].gain_shares.size() == 2);
    CHECK(q.actions[0].gain_shares[1].category == "billing");
    CHECK(q.actions[0].gain_shares[1].high == 1);
  }
  SUBCASE("empty file and wrong root") {
    CHECK(load_problems("") == "q.yaml:1:1: error E219: empty file; expected a questionnaire");
    CHECK(load_problems("hello") == "q.yaml:1:1: error E075: the questionnaire must be a mapping, got text \"hello\"");
    CHECK(load_problems("- a\n") == "q.yaml:1:1: error E075: the questionnaire must be a mapping, got a list");
  }
  SUBCASE("a question or an action without id") {
    // Was yaml-cpp's `invalid node; first invalid key: "id"`, with no file
    // or position (issue 20, item 10).
    std::string question = load_problems(k_head + "      - type: yesno\n        text: {fr: A, en: A}\n"
                                                  "        dimension: maturity\n");
    CHECK(question.rfind("q.yaml:9:9: error E076: a question has no \"id\"", 0) == 0);
    CHECK(question.find("invalid node") == std::string::npos);
    std::string action = load_problems(k_head + k_first +
                                       "actions:\n  - title: {fr: T, en: T}\n    effort: low\n"
                                       "    gain: [1, 2]\n");
    CHECK(action.rfind("q.yaml:14:5: error E076: an action has no \"id\"", 0) == 0);
    CHECK(action.find("invalid node") == std::string::npos);
  }
  SUBCASE("missing keys") {
    CHECK(load_problems("id: q\n") ==
          "q.yaml:1:1: error E076: the questionnaire has no \"version\"\n"
          "q.yaml:1:1: error E076: the questionnaire has no \"lever\"\n"
          "q.yaml:1:1: error E076: the questionnaire has no \"title\"\n"
          "q.yaml:1:1: error E076: the questionnaire has no \"sections\"");
  }
  SUBCASE("malformed yaml throws with its position") {
    CHECK(load_problems("id: q\nversion: [1\n") ==
          "thrown: q.yaml:3:1: error E063: invalid YAML: while parsing a flow sequence did not find expected "
          "',' or ']'");
  }
  SUBCASE("alias bomb") {
    std::string text = "x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
      std::string prev = "*x" + std::to_string(i - 1);
      text += "x" + std::to_string(i) + ": &x" + std::to_string(i) + " [" + prev + ", " + prev +
              ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev +
              ", " + prev + "]\n";
    }
    CHECK(load_problems(text) == "thrown: q.yaml:2:10: error E067: aliases (*name) are not allowed in this file");
  }
  SUBCASE("duplicate question id") {
    CHECK(load_problems(k_head + k_first + R"(      - id: a
        type: yesno
        text: {fr: B, en: B}
)") == "q.yaml:13:9: error E225: duplicate question id \"a\" (first at line 9)");
  }
  SUBCASE("wrong types") {
    CHECK(load_problems(k_head + k_first + "        weight: heavy\n") ==
          "q.yaml:13:17: error E079: \"weight\" of question \"a\" must be a number, got text \"heavy\"");
    CHECK(load_problems(k_head + k_first + "        weight: 0\n") ==
          "q.yaml:13:17: error E204: question \"a\": \"weight\" must be above 0, got 0");
    CHECK(load_problems(k_head + k_first + "        required: sometimes\n") ==
          "q.yaml:13:19: error E083: \"required\" of question \"a\" must be true or false, got text \"sometimes\"");
    CHECK(load_problems(k_head + k_first + "        when: [a]\n") ==
          "q.yaml:13:15: error E202: \"when\" must be a condition written as text, got a list");
  }
  SUBCASE("version must be a whole number of int size") {
    std::string text = k_head + k_first;
    CHECK(load_problems("id: q\nversion: 3000000000\n" + text.substr(text.find("lever"))) ==
          "q.yaml:2:10: error E081: \"version\" of the questionnaire must be a whole number from -2147483648 "
          "to 2147483647, got \"3000000000\"");
    CHECK(load_problems("id: q\nversion: 0\n" + text.substr(text.find("lever"))) ==
          "q.yaml:2:10: error E080: \"version\" of the questionnaire must be at least 1, got \"0\"");
  }
  SUBCASE("unknown keys and values") {
    CHECK(load_problems(k_head + k_first + "        dimenson: maturity\n") ==
          "q.yaml:13:9: error E089: unknown key \"dimenson\" in question \"a\"; did you mean \"dimension\"?");
    CHECK(load_problems(k_head + R"(      - id: a
        type: yesorno
        text: {fr: A, en: A}
        dimension: maturity
)") == "q.yaml:10:15: error E088: \"type\" of question \"a\" must be one of single, multiple, scale, yesno, "
       "number, text, tasks, budget, got \"yesorno\"; did you mean \"yesno\"?");
  }
  SUBCASE("missing french text") {
    CHECK(load_problems(k_head + R"(      - id: a
        type: yesno
        text: {en: A}
        dimension: maturity
)") == "q.yaml:11:15: error E087: \"text\" of question \"a\" has no French text (\"fr\")");
  }
  SUBCASE("missing english text is a warning") {
    Diagnostics diags;
    auto q = test::questionnaire(k_head + R"(      - id: a
        type: yesno
        text: Seulement en français
        dimension: maturity
)",
                                 diags);
    CHECK(q.has_value());
    CHECK(test::messages(diags) == "q.yaml:11:15: warning W050: \"text\" of question \"a\" has no English text");
  }
  SUBCASE("when: unknown question") {
    CHECK(load_problems(k_head + k_first + R"(      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: "zz == yes"
)") == "q.yaml:16:16: error E282: condition refers to unknown question \"zz\"");
  }
  SUBCASE("when: later question") {
    CHECK(load_problems(k_head + k_first + R"(      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: "c == yes"
      - id: c
        type: yesno
        text: {fr: C, en: C}
)") == "q.yaml:16:16: error E247: \"when\" of question \"b\" refers to question \"c\", which comes later; a "
       "condition may only use earlier answers");
  }
  SUBCASE("when: cycle") {
    CHECK(load_problems(k_head + k_first + R"(      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: c == yes
      - id: c
        type: yesno
        text: {fr: C, en: C}
        when: b == no
)") == "q.yaml:16:15: error E246: \"when\" conditions form a cycle: b -> c -> b");
    CHECK(load_problems(k_head + k_first + "        when: a is answered\n") ==
          "q.yaml:13:15: error E246: \"when\" conditions form a cycle: a -> a");
  }
  SUBCASE("when: a question leading into a cycle is not in it") {
    // q1 <-> q2 is the cycle; q0 reads q1 (a later question) and q3 reads q0.
    // q0 was reported as a cycle of its own ("q0") and its own error lost.
    CHECK(load_problems(k_head + R"(      - {id: q0, type: yesno, text: {fr: A, en: A}, dimension: maturity, when: q1 == yes}
      - {id: q1, type: yesno, text: {fr: B, en: B}, when: q2 == yes}
      - {id: q2, type: yesno, text: {fr: C, en: C}, when: q1 == yes}
      - {id: q3, type: yesno, text: {fr: D, en: D}, when: q0 == yes}
)") == "q.yaml:10:59: error E246: \"when\" conditions form a cycle: q1 -> q2 -> q1\n"
       "q.yaml:9:80: error E247: \"when\" of question \"q0\" refers to question \"q1\", which comes later; a "
       "condition may only use earlier answers");
  }
  SUBCASE("bands with a gap") {
    CHECK(load_problems(k_head + k_first + R"(scoring:
  bands:
    - {id: x, to: 40, label: {fr: x, en: x}}
    - {id: y, from: 45, label: {fr: y, en: y}}
)") == "q.yaml:16:7: error E228: gap in the bands: maturity from 40 to 45 is in no band (band \"y\" starts at 45)");
  }
  SUBCASE("bands that overlap") {
    CHECK(load_problems(k_head + k_first + R"(scoring:
  bands:
    - {id: x, to: 50, label: {fr: x, en: x}}
    - {id: y, from: 40, label: {fr: y, en: y}}
)") == "q.yaml:16:7: error E229: bands overlap: band \"y\" starts at 40 but the previous band ends at 50");
  }
  SUBCASE("bands that stop short of 100, or are empty") {
    CHECK(load_problems(k_head + k_first + R"(scoring:
  bands:
    - {id: x, to: 40, label: {fr: x, en: x}}
    - {id: y, to: 90, label: {fr: y, en: y}}
)") == "q.yaml:16:7: error E230: the bands must reach 100: maturity from 90 to 100 is in no band");
    CHECK(load_problems(k_head + k_first + R"(scoring:
  bands:
    - {id: x, to: 0, label: {fr: x, en: x}}
    - {id: y, label: {fr: y, en: y}}
)") == "q.yaml:15:7: error E227: band \"x\" is empty: from 0 is not below to 0");
  }
  SUBCASE("duplicate section and band ids, an empty section") {
    CHECK(load_problems(k_head + k_first + R"(  - id: s
    title: {fr: T, en: T}
    questions: []
scoring:
  bands:
    - {id: x, to: 50, label: {fr: x, en: x}}
    - {id: x, label: {fr: y, en: y}}
)") == "q.yaml:13:5: error E225: duplicate section id \"s\" (first at line 6)\n"
       "q.yaml:19:7: error E225: duplicate band id \"x\" (first at line 18)\n"
       "q.yaml:13:5: warning W202: section \"s\" has no questions");
  }
  SUBCASE("scoring settings") {
    CHECK(load_problems(k_head + k_first + "scoring: {min_answered: 1.5}\n") ==
          "q.yaml:13:25: error E080: \"min_answered\" of \"scoring\" must be from 0 to 1, got \"1.5\"");
  }
  SUBCASE("options") {
    CHECK(load_problems(k_head + R"(      - id: a
        type: single
        text: {fr: A, en: A}
        dimension: maturity
        options:
          - {id: x, label: {fr: x, en: x}, value: 1}
          - {id: x, label: {fr: y, en: y}}
)") == "q.yaml:15:13: error E225: duplicate option (question \"a\") id \"x\" (first at line 14)\n"
       "q.yaml:15:13: error E232: option \"x\" of scored question \"a\" has no \"value\"");
    CHECK(load_problems(k_head + k_first + R"(      - id: b
        type: single
        text: {fr: B, en: B}
        options:
          - {id: x, label: {fr: x, en: x}, exclusive: true}
)") == "q.yaml:17:13: error E206: option \"x\" of question \"b\": \"exclusive\" is for multiple choice\n"
       "q.yaml:13:9: error E231: question \"b\" needs at least two options");
  }
  SUBCASE("number questions") {
    CHECK(load_problems(k_head + R"(      - id: n
        type: number
        text: {fr: N, en: N}
        dimension: maturity
        max: 10
        scores:
          - {below: 5, value: 1}
          - {below: 3, value: 0.5}
)") == "q.yaml:9:9: error E235: question \"n\": score bands must have increasing \"below\" (3 after 5)\n"
       "q.yaml:9:9: error E236: question \"n\": answers from 3 to 10 fall in no score band; end with a band "
       "without \"below\"");
  }
  SUBCASE("free text is never scored") {
    CHECK(load_problems(k_head + k_first + R"(      - id: t
        type: text
        text: {fr: T, en: T}
        dimension: readiness
)") == "q.yaml:13:9: error E205: question \"t\": free text is never scored; remove \"dimension\"");
  }
  SUBCASE("no maturity question") {
    CHECK(load_problems(k_head + R"(      - id: a
        type: yesno
        text: {fr: A, en: A}
        dimension: readiness
)") == "q.yaml:1:1: error E252: questionnaire \"q\" has no maturity question: its lever could never be scored");
  }
  SUBCASE("reserved ids") {
    CHECK(load_problems(k_head + k_first + R"(      - id: version
        type: yesno
        text: {fr: V, en: V}
)") == "q.yaml:13:9: error E203: a question cannot be called \"version\": that key holds the questionnaire "
       "version in answers files");
    CHECK(load_problems(k_head + k_first + R"(      - id: t
        type: tasks
        text: {fr: T, en: T}
        tasks:
          - {id: hours, label: {fr: H, en: H}}
)") == "q.yaml:17:13: error E237: a task of question \"t\" names category \"hours\", but no time budget "
       "questionnaire (kind: budget) declares categories beside this one");
  }
  SUBCASE("the time budget and the categories a lever names") {
    const char* budget = R"(id: temps
version: 1
kind: budget
title: {fr: T, en: T}
categories:
  - {id: phone, label: {fr: Téléphone, en: Phone}, help: {fr: Appels, en: Calls}}
  - {id: hours, label: {fr: H, en: H}}
sections:
  - id: s
    title: {fr: S, en: S}
    questions:
      - {id: heures, type: budget, text: {fr: H, en: H}}
)";
    CHECK(load_problems(budget) == "q.yaml:7:5: error E240: a category cannot be called \"hours\": conditions "
                                   "use TABLE.hours and TABLE.delegable for a whole task table");
    std::vector<Category> categories(1);
    categories[0].id = "phone";
    categories[0].label = LocalText{"Téléphone", "Phone"};
    auto lever = [&](std::string_view rest) {
      Diagnostics diags("q.yaml");
      auto q = parse_questionnaire(k_head + std::string(rest), "q.yaml", diags, &categories);
      return diags.items().empty() ? std::string("ok") : test::messages(diags);
    };
    CHECK(lever(k_first + std::string(R"(        reductions: [{category: phone, share: 0.5}]
)")) == "ok");
    CHECK(lever(k_first + std::string(R"(        reductions: [{category: phnoe, share: 0.5}]
)")) == "q.yaml:13:22: error E238: a reduction of question \"a\": unknown category \"phnoe\" of the time "
        "budget; did you mean \"phone\"?");
    CHECK(lever(k_first + std::string(R"(        reductions: [{category: phone, share: 1.5}]
)")).find("\"share\"") != std::string::npos);
    CHECK(lever(k_first + std::string(R"(        when: "budget.phnoe > 1"
)")) == "q.yaml:13:16: error E238: condition on \"budget.phnoe\": unknown category \"phnoe\" of the time "
        "budget; did you mean \"phone\"?");
    CHECK(lever(R"(      - id: n
        type: number
        text: {fr: N, en: N}
        dimension: maturity
        scores: [{value: 1}]
        potential_share: 0.3
)").find("\"potential_share\" is gone") != std::string::npos);
  }
  SUBCASE("actions") {
    CHECK(load_problems(k_head + k_first + R"(actions:
  - id: act
    title: {fr: A, en: A}
    effort: low
    gain: [4, 2]
    when: "a == oui"
)") == "q.yaml:17:11: error E217: action \"act\": \"gain\" must be shares of categories ({telephone: "
       "[0.2, 0.5]}) or [min, max] hours per week with 0 <= min <= max, got a list\n"
       "q.yaml:18:12: error E278: condition on \"a\": expected yes or no, got \"oui\"");
  }
  SUBCASE("instead_of names other actions of the questionnaire") {
    // The action starts at line 14, column 5 (its "- " item).
    CHECK(load_problems(k_head + k_first + R"(actions:
  - id: act
    title: {fr: A, en: A}
    effort: low
    gain: [1, 2]
    instead_of: [autre, act]
  - id: autres
    title: {fr: B, en: B}
    effort: low
    gain: [1, 2]
    instead_of: act
)") == "q.yaml:14:5: error E249: action \"act\": \"instead_of\" names no action of the questionnaire: "
       "\"autre\"; did you mean \"autres\"?\n"
       "q.yaml:14:5: error E248: action \"act\": \"instead_of\" names the action itself");
    CHECK(load_problems(k_head + k_first + R"(actions:
  - id: act
    title: {fr: A, en: A}
    effort: low
    gain: [1, 2]
    instead_of: {a: 1}
)") == "q.yaml:18:17: error E215: action \"act\": \"instead_of\" must be a list of action ids, got a "
       "mapping");
  }
}

TEST_CASE("medtime::load_questionnaire_set") {
  test::TempDir dir;
  std::string q1 = k_head + k_first;
  SUBCASE("loads in lever order") {
    test::spit(dir.file("b.yaml"), q1);
    std::string other = q1;
    other.replace(other.find("id: q"), 5, "id: p");
    other.replace(other.find("lever: l"), 8, "lever: m\norder: 1");
    test::spit(dir.file("a.yaml"), other);
    test::spit(dir.file("notes.txt"), "not a questionnaire");
    QuestionnaireSet set = load_questionnaire_set(dir.path());
    CHECK(set.ids() == std::vector<std::string>{"p", "q"});
  }
  SUBCASE("two questionnaires with the same id") {
    test::spit(dir.file("a.yaml"), q1);
    test::spit(dir.file("b.yaml"), q1);
    CHECK_THROWS_WITH_AS(load_questionnaire_set(dir.path()),
                         (dir.file("b.yaml") + ": error E221: questionnaire id \"q\" is also used by " +
                          dir.file("a.yaml")).c_str(),
                         Error);
  }
  SUBCASE("two questionnaires for the same lever") {
    test::spit(dir.file("a.yaml"), q1);
    std::string other = q1;
    other.replace(other.find("id: q"), 5, "id: p");
    test::spit(dir.file("b.yaml"), other);
    CHECK_THROWS_WITH_AS(load_questionnaire_set(dir.path()),
                         (dir.file("b.yaml") + ": error E222: lever \"l\" is also scored by " + dir.file("a.yaml")).c_str(),
                         Error);
  }
  SUBCASE("a bad questionnaire") {
    test::spit(dir.file("a.yaml"), "id: q\nid: r\n");
    CHECK_THROWS_WITH_AS(load_questionnaire_set(dir.path()),
                         (dir.file("a.yaml") + ":2:1: error E066: duplicate key \"id\" (first at line 1)").c_str(), Error);
  }
  SUBCASE("an empty or missing folder is a usage error") {
    CHECK_THROWS_WITH_AS(load_questionnaire_set(dir.path()),
                         (dir.path() + ": error E223: no questionnaire (*.yaml) in this folder").c_str(), UsageError);
    CHECK_THROWS_WITH_AS(load_questionnaire_set(dir.file("none")),
                         (dir.file("none") + ": error E218: cannot open the questionnaires folder").c_str(), UsageError);
  }
}

TEST_CASE("medtime::select_questionnaires") {
  // The time budget comes with any lever.
  CHECK(select_questionnaires(test::mini_set(), {"mini"}).size() == 2);
  CHECK_THROWS_WITH_AS(select_questionnaires(test::mini_set(), {"mnii"}),
                       "error E224: unknown questionnaire \"mnii\"; did you mean \"mini\"?", UsageError);
}

TEST_CASE("medtime::parse_assessment") {
  SUBCASE("the fixture") {
    Assessment a = load_assessment(MEDTIME_TEST_DATA "/mini-answers.yaml", test::mini_set());
    CHECK(a.respondent_id() == "dr-test");
    REQUIRE(a.respondent.size() == 3);
    CHECK(a.respondent[1] == std::pair<std::string, std::string>{"specialty", "generaliste"});
    CHECK(a.date == "2026-11-22");
    const Response* r = a.response(0);
    REQUIRE(r != nullptr);
    CHECK(r->version == 2);
    for (const auto& answer : r->answers) {
      CHECK(answer.given());
    }
    CHECK(r->answers[0].choice == 0);
    CHECK(r->answers[1].choices == 0b110);
    CHECK(r->answers[2].number == 2);
    CHECK(r->answers[4].choice == 1);
    CHECK(r->answers[6].tasks[0].level == 2); // total
    CHECK_FALSE(r->answers[6].tasks[0].hours.has_value()); // hours are the budget's
    CHECK(r->answers[6].tasks[1].level == 1);
    CHECK(r->answers[7].text == "RAS");
    CHECK(r->answers[0].pos.line == 15); // "staff: none", after the 9 comment lines
    const Response* budget = a.response(1);
    REQUIRE(budget != nullptr);
    CHECK(budget->answers[0].tasks[2].hours == 3); // phone
  }
  SUBCASE("empty file and wrong root") {
    CHECK(answer_problems("") == "a.yaml:1:1: error E123: empty file; expected an answers file (respondent, date, answers)");
    CHECK(answer_problems("hello") == "a.yaml:1:1: error E124: an answers file must be a mapping with respondent, "
                                      "date and answers, got text \"hello\"");
    CHECK(answer_problems("date: 2026-01-01\n") == "a.yaml:1:1: error E121: no \"answers\" in this file");
    CHECK(answer_problems("answers: [mini]\n") ==
          "a.yaml:1:10: error E119: \"answers\" must map questionnaire ids to answers, got a list");
  }
  SUBCASE("top level keys") {
    CHECK(answer_problems("anwsers: {}\n") ==
          "a.yaml:1:1: error E120: unknown key \"anwsers\" in an answers file; expected respondent, date or "
          "answers; did you mean \"answers\"?\n"
          "a.yaml:1:1: error E121: no \"answers\" in this file");
    CHECK(answer_problems("respondent: dr\nanswers: {}\n") ==
          "a.yaml:1:13: error E110: \"respondent\" must be a mapping such as {id: dr-martin}, got text \"dr\"");
    CHECK(answer_problems("respondent: {id: [a]}\nanswers: {}\n") ==
          "a.yaml:1:18: error E111: respondent \"id\" must be text, got a list");
    CHECK(answer_problems("date: 2026-02-30\nanswers: {}\n") ==
          "a.yaml:1:7: error E118: \"date\" must be a date written YYYY-MM-DD or DD/MM/YYYY, got text \"2026-02-30\"");
    // As a French doctor writes it: the same day.
    CHECK(answer_problems("date: 16/11/2026\nanswers: {}\n") == "ok");
    Diagnostics diags;
    CHECK(test::answers("date: 6/1/2027\nanswers: {}\n", diags).date == "2027-01-06");
    CHECK(answer_problems("date:\nanswers: {}\n") == "ok");
  }
  SUBCASE("unknown questionnaire or version") {
    CHECK(answer_problems("answers:\n  minii: {}\n") ==
          "a.yaml:2:3: error E116: unknown questionnaire \"minii\"; did you mean \"mini\"?");
    CHECK(answer_problems("answers:\n  mini:\n    version: 1\n    staff: none\n") ==
          "a.yaml:3:14: error E113: answers are for version 1 of \"mini\", but the questionnaire is version 2; "
              "convert the file with `medtime upgrade FILE`");
    CHECK(answer_problems("answers:\n  mini: none\n") ==
          "a.yaml:2:9: error E117: answers to \"mini\" must be a mapping of question ids to answers, got text \"none\"");
  }
  SUBCASE("version must be a whole number") {
    // 2.5 was read as 2 and accepted; 1e30 was cast to int (undefined).
    CHECK(answer_problems("answers:\n  mini:\n    version: 2.5\n") ==
          "a.yaml:3:14: error E112: \"version\" of \"mini\" must be a whole number, got text \"2.5\"");
    CHECK(answer_problems("answers:\n  mini:\n    version: 1e30\n") ==
          "a.yaml:3:14: error E112: \"version\" of \"mini\" must be a whole number, got text \"1e30\"");
    CHECK(answer_problems("answers:\n  mini:\n    version: two\n") ==
          "a.yaml:3:14: error E112: \"version\" of \"mini\" must be a whole number, got text \"two\"");
  }
  SUBCASE("unknown question id") {
    CHECK(answer_problems(test::mini_answers("    staf: none\n")) ==
          "a.yaml:4:5: error E115: unknown question \"staf\" in \"mini\"; did you mean \"staff\"?");
    CHECK(answer_problems(test::mini_answers("    phonehours: 2\n")) ==
          "a.yaml:4:5: error E115: unknown question \"phonehours\" in \"mini\"; did you mean \"phone_hours\"?");
  }
  SUBCASE("single choice") {
    CHECK(answer_problems(test::mini_answers("    staff: nobody\n")) ==
          "a.yaml:4:12: error E101: question \"staff\" has no option \"nobody\"; expected one of none, "
          "secretary, assistant");
    CHECK(answer_problems(test::mini_answers("    staff: secretery\n")) ==
          "a.yaml:4:12: error E101: question \"staff\" has no option \"secretery\"; expected one of none, "
          "secretary, assistant; did you mean \"secretary\"?");
    CHECK(answer_problems(test::mini_answers("    staff: [none]\n")) ==
          "a.yaml:4:12: error E100: question \"staff\" expects one of none, secretary, assistant, got a list");
  }
  SUBCASE("multiple choice") {
    CHECK(answer_of(test::mini_answers("    tools: agenda\n"), 1).choices == 0b010);
    CHECK(answer_of(test::mini_answers("    tools: []\n"), 1).given());
    CHECK(answer_problems(test::mini_answers("    tools: [agenda, none]\n")) ==
          "a.yaml:4:12: error E103: question \"tools\": option \"none\" cannot be combined with others");
    CHECK(answer_problems(test::mini_answers("    tools: [agenda, fax]\n")) ==
          "a.yaml:4:21: error E101: question \"tools\" has no option \"fax\"; expected one of none, agenda, messaging");
    CHECK(answer_problems(test::mini_answers("    tools: {agenda: 1}\n")) ==
          "a.yaml:4:12: error E102: question \"tools\" expects a list of options, got a mapping");
  }
  SUBCASE("numbers and scales") {
    CHECK(answer_of(test::mini_answers("    phone_hours: 2.5\n"), 3).number == 2.5);
    CHECK(answer_of(test::mini_answers("    phone_hours: '2,5'\n"), 3).number == 2.5); // French comma
    CHECK(answer_of(test::mini_answers("    phone_hours: 40\n"), 3).number == 40);
    CHECK(answer_problems(test::mini_answers("    phone_hours: beaucoup\n")) ==
          "a.yaml:4:18: error E105: question \"phone_hours\" expects a number from 0 to 40, got \"beaucoup\"");
    CHECK(answer_problems(test::mini_answers("    phone_hours: 41\n")) ==
          "a.yaml:4:18: error E105: question \"phone_hours\" expects a number from 0 to 40, got \"41\"");
    CHECK(answer_problems(test::mini_answers("    phone_hours: -1\n")) ==
          "a.yaml:4:18: error E105: question \"phone_hours\" expects a number from 0 to 40, got \"-1\"");
    CHECK(answer_problems(test::mini_answers("    phone_hours: [1]\n")) ==
          "a.yaml:4:18: error E105: question \"phone_hours\" expects a number from 0 to 40, got a list");
    CHECK(answer_problems(test::mini_answers("    burden: 2.5\n")) ==
          "a.yaml:4:13: error E105: question \"burden\" expects a whole number from 1 to 5, got \"2.5\"");
    CHECK(answer_problems(test::mini_answers("    burden: 0\n")) ==
          "a.yaml:4:13: error E105: question \"burden\" expects a whole number from 1 to 5, got \"0\"");
  }
  SUBCASE("yes and no") {
    CHECK(answer_of(test::mini_answers("    wants: oui\n"), 4).choice == 1);
    CHECK(answer_of(test::mini_answers("    wants: true\n"), 4).choice == 1);
    CHECK(answer_of(test::mini_answers("    wants: non\n"), 4).choice == 0);
    CHECK(answer_of(test::mini_answers("    wants: no\n"), 4).choice == 0);
    CHECK(answer_problems(test::mini_answers("    wants: maybe\n")) ==
          "a.yaml:4:12: error E104: question \"wants\" expects yes or no, got text \"maybe\"");
  }
  SUBCASE("task tables: a delegation level per row") {
    CHECK(answer_problems(test::mini_answers("    tasks:\n      boking: total\n")) ==
          "a.yaml:5:7: error E106: question \"tasks\" has no task \"boking\"; did you mean \"booking\"?");
    CHECK(answer_problems(test::mini_answers("    tasks:\n      booking: totl\n")) ==
          "a.yaml:5:16: error E108: task \"booking\" of \"tasks\" expects a delegation level, one of none, "
          "partial, total, got text \"totl\"; did you mean \"total\"?");
    CHECK(answer_problems(test::mini_answers("    tasks:\n      booking: 3\n")) ==
          "a.yaml:5:16: error E108: task \"booking\" of \"tasks\" expects a delegation level, one of none, "
          "partial, total, got text \"3\"");
    // A version 1 row, hours beside the level: refused with the way out.
    CHECK(answer_problems(test::mini_answers("    tasks:\n      booking: {hours: 1, delegate: total}\n")) ==
          "a.yaml:5:16: error E108: task \"booking\" of \"tasks\" expects a delegation level, one of none, "
          "partial, total, got a mapping; hours are asked once, in the time budget (temps): convert "
          "the file with `medtime upgrade FILE`");
    CHECK(answer_problems(test::mini_answers("    tasks: 3\n")) ==
          "a.yaml:4:12: error E109: question \"tasks\" expects a table ({task: level}), got text \"3\"");
    Answer a = answer_of(test::mini_answers("    tasks:\n      billing: total\n"), 6);
    REQUIRE(a.tasks.size() == 2);
    CHECK(a.tasks[0].level == -1);
    CHECK(a.tasks[1].level == 2);
  }
  SUBCASE("the time budget: hours per category") {
    auto budget = [](std::string_view rows) {
      return std::string("answers:\n  budget:\n    version: 1\n    hours:\n") + std::string(rows);
    };
    CHECK(answer_problems(budget("      phone: 50\n")) ==
          "a.yaml:5:14: error E107: category \"phone\" of \"hours\" expects hours per week from 0 to 40, got \"50\"");
    CHECK(answer_problems(budget("      phnoe: 5\n")) ==
          "a.yaml:5:7: error E106: question \"hours\" has no category \"phnoe\"; did you mean \"phone\"?");
    Diagnostics diags;
    Assessment a = test::answers(budget("      phone: '1,5'\n      booking: 2\n"), diags);
    REQUIRE_FALSE(diags.has_errors());
    TimeBudget hours = time_budget(test::mini_set(), a);
    CHECK(hours.answered);
    CHECK(hours.hours == std::vector<double>{2, 0, 1.5});
  }
  SUBCASE("a task table left blank is unanswered") {
    // As `medtime template` writes it: every row empty.
    Answer a = answer_of(test::mini_answers("    tasks:\n      booking:\n      billing:\n"), 6);
    CHECK(a.state == AnswerState::missing);
  }
  SUBCASE("na and blanks") {
    CHECK(answer_of(test::mini_answers("    staff: na\n"), 0).state == AnswerState::na);
    CHECK(answer_of(test::mini_answers("    tasks: na\n"), 6).state == AnswerState::na);
    CHECK(answer_of(test::mini_answers("    staff:\n"), 0).state == AnswerState::missing);
    CHECK(answer_of(test::mini_answers("    staff: ~\n"), 0).state == AnswerState::missing);
    CHECK(answer_of(test::mini_answers("    note: ''\n"), 7).given());
  }
  SUBCASE("duplicate answers") {
    CHECK(answer_problems(test::mini_answers("    staff: none\n    staff: assistant\n")) ==
          "thrown: a.yaml:5:5: error E066: duplicate key \"staff\" (first at line 4)");
  }
  SUBCASE("version after the answers: the answers are not read, whatever their place") {
    // Answers are read as the parser goes; a version met later still voids them.
    CHECK(answer_problems("answers:\n  mini:\n    staff: nobody\n    version: 1\n    burden: 9\n") ==
          "a.yaml:4:14: error E113: answers are for version 1 of \"mini\", but the questionnaire is version 2; "
          "convert the file with `medtime upgrade FILE`");
    Diagnostics diags("a.yaml");
    Assessment a = parse_assessment("answers:\n  mini:\n    staff: none\n    version: 1\n",
                                    test::mini_set(), "a.yaml", diags);
    REQUIRE(a.response(0) != nullptr);
    CHECK_FALSE(a.response(0)->answers[0].given());
    CHECK(diags.error_count() == 1);
  }
  SUBCASE("a document cut out of a stream: positions from its first line") {
    Diagnostics diags("<stdin>");
    parse_assessment("---\nanswers:\n  mini: {staff: nobody}\n", test::mini_set(), "<stdin>:41",
                     diags, {}, 41);
    CHECK(test::messages(diags) == "<stdin>:43:17: error E101: question \"staff\" has no option \"nobody\"; "
                                   "expected one of none, secretary, assistant");
    Diagnostics thrown("<stdin>");
    CHECK_THROWS_WITH_AS(parse_assessment("answers: [\n", test::mini_set(), "<stdin>:7", thrown, {}, 7),
                         "<stdin>:8:1: error E063: invalid YAML: while parsing a flow node did not find expected "
                         "node content",
                         Error);
    CHECK_THROWS_WITH_AS(parse_assessment("\nanswers: caf\xe9\n", test::mini_set(), "<stdin>:7", thrown,
                                          {}, 7),
                         "<stdin>:8:13: error E095: invalid UTF-8 byte 0xE9; save the file as UTF-8", Error);
  }
  SUBCASE("several documents") {
    CHECK(answer_problems("answers: {}\n---\nanswers: {}\n") ==
          "thrown: a.yaml:2:1: error E074: several YAML documents in one file; expected one");
  }
  SUBCASE("alias bomb") {
    CHECK(answer_problems(test::mini_answers("    note: &a lol\n    staff: *a\n")) ==
          "thrown: a.yaml:5:12: error E067: aliases (*name) are not allowed in this file");
  }
  SUBCASE("lenient: problems become warnings and the answer is left out") {
    Diagnostics diags("a.yaml");
    Assessment a = parse_assessment(
        "answers:\n  mini:\n    version: 1\n    staf: none\n    burden: 9\n    wants: yes\n",
        test::mini_set(), "a.yaml", diags, AnswersOptions{false});
    CHECK_FALSE(diags.has_errors());
    CHECK(test::messages(diags) ==
          "a.yaml:3:14: warning W100: answers are for version 1 of \"mini\", but the questionnaire is "
          "version 2; answers are compared by question id\n"
          "a.yaml:4:5: warning E115: unknown question \"staf\" in \"mini\"; did you mean \"staff\"?; left out\n"
          "a.yaml:5:13: warning E105: question \"burden\" expects a whole number from 1 to 5, got \"9\"; left out");
    REQUIRE(a.response(0) != nullptr);
    CHECK(a.response(0)->version == 1);
    CHECK(a.response(0)->answers[2].state == AnswerState::missing);
    CHECK(a.response(0)->answers[4].given());
  }
}

TEST_CASE("medtime::load_assessment") {
  CHECK_THROWS_AS(load_assessment("/nonexistent/a.yaml", test::mini_set()), UsageError);
  test::TempDir dir;
  test::spit(dir.file("a.yaml"), "answers:\n  mini:\n    version: 2\n    staff: nobody\n    burden: 9\n");
  CHECK_THROWS_WITH_AS(load_assessment(dir.file("a.yaml"), test::mini_set()),
                       (dir.file("a.yaml") + ":4:12: error E101: question \"staff\" has no option \"nobody\"; "
                                             "expected one of none, secretary, assistant").c_str(),
                       Error);
}

TEST_CASE("medtime::detect_file_kind") {
  auto kind = [](std::string_view text) { return detect_file_kind(yaml::parse(text, "f")); };
  CHECK(kind("sections: []") == FileKind::questionnaire);
  CHECK(kind("lever: x") == FileKind::questionnaire);
  CHECK(kind("answers: {}") == FileKind::answers);
  CHECK(kind("respondent: {}") == FileKind::answers);
  CHECK(kind("tasks: []") == FileKind::plan);
  CHECK(kind("- {lever: x}") == FileKind::objectives);
  CHECK(kind("weights: {}") == FileKind::profile);
  CHECK(kind("values: {}") == FileKind::parameters);
  CHECK(kind("hello: 1") == FileKind::unknown);
  CHECK(kind("hello") == FileKind::unknown);
  CHECK(to_string(FileKind::answers) == "answers file");
}

} // TEST_SUITE

TEST_SUITE("load: supporting areas") {

// Links questionnaire `text` (named "q.yaml") against the support fixture
// set; returns every diagnostic.
std::string link(std::string_view text) {
  static const QuestionnaireSet set = load_questionnaire_set(MEDTIME_TEST_DATA "/support");
  Diagnostics diags("q.yaml");
  auto q = parse_questionnaire(text, "q.yaml", diags, &set.categories());
  std::vector<const Questionnaire*> others;
  for (const auto& other : set.items()) {
    others.push_back(&other);
  }
  if (q) {
    check_links(*q, others, set.categories(), diags);
  }
  std::string errors;
  for (const auto& d : diags.items()) {
    if (d.severity == Severity::error) {
      errors += (errors.empty() ? "" : "\n") + d.format();
    }
  }
  return errors;
}

const char* k_area = R"(id: zone
version: 1
kind: support
title: {fr: "Zone"}
sections:
  - id: s
    title: {fr: "S"}
    questions:
      - {id: a, type: yesno, text: {fr: "A ?"}, dimension: maturity}
)";

TEST_CASE("asked_when names another questionnaire first, and what it reads must exist") {
  CHECK(link(std::string(k_area) + "asked_when: \"levier.staff == secretary\"\n").empty());
  CHECK(link(std::string(k_area) + "asked_when: \"staff == secretary\"\n") ==
        "q.yaml:10:14: error E253: \"asked_when\" reads other questionnaires: name the questionnaire "
        "first (temps.exercice), got \"staff\"");
  CHECK(link(std::string(k_area) + "asked_when: \"levir.staff == secretary\"\n") ==
        "q.yaml:10:14: error E254: \"asked_when\": unknown questionnaire \"levir\"; did you mean "
        "\"levier\"?");
  std::string unknown_option = link(std::string(k_area) + "asked_when: \"levier.staff == nurse\"\n");
  CHECK(unknown_option.find("q.yaml:10:") == 0);
  CHECK(unknown_option.find("nurse") != std::string::npos);
}

TEST_CASE("requires names an action of a supporting area, with its position") {
  std::string lever = R"(id: autre
version: 1
lever: autre
title: {fr: "Autre"}
sections:
  - id: s
    title: {fr: "S"}
    questions:
      - {id: a, type: yesno, text: {fr: "A ?"}, dimension: maturity}
actions:
  - id: x
    title: {fr: "X"}
    effort: low
    gain: [1, 2]
)";
  CHECK(link(lever + "    requires: [equipe.fiche]\n").empty());
  CHECK(link(lever + "    requires: [equipe.fich]\n") ==
        "q.yaml:15:16: error E258: action \"x\": \"requires\": \"equipe\" has no action \"fich\"; did "
        "you mean \"fiche\"?");
  CHECK(link(lever + "    requires: [levier.hire]\n") ==
        "q.yaml:15:16: error E257: action \"x\": \"requires\": \"levier\" is not a supporting area "
        "(kind: support); a prerequisite is one of their actions");
  CHECK(link(lever + "    requires: [fiche]\n").find("q.yaml:15:16: error E214: action \"x\": each "
                                                     "prerequisite is questionnaire.action") == 0);
}

TEST_CASE("a supporting area frees no hours: no gain, no reductions, no task table") {
  std::string gain = link(std::string(k_area) +
                          "actions:\n  - {id: y, title: {fr: \"Y\"}, gain: [1, 2]}\n");
  CHECK(gain.find("a supporting area's action has no \"gain\"") != std::string::npos);
  std::string reductions = link(R"(id: zone
version: 1
kind: support
title: {fr: "Zone"}
sections:
  - id: s
    title: {fr: "S"}
    questions:
      - {id: a, type: yesno, text: {fr: "A ?"}, dimension: maturity, reductions: [{category: phone, share: 0.2}]}
)");
  CHECK(reductions.find("q.yaml:9:9: error E251: question \"a\": a supporting area (kind: support) frees "
                        "no hours") == 0);
}

// Every questionnaire diagnostic the cases above do not name, by its code: in
// English, then in French (the French words take the same arguments).
TEST_CASE("questionnaire diagnostics: each has its code, in both languages") {
  struct Restore {
    ~Restore() { set_message_lang(Lang::en); }
  } restore;
  const std::string budget = R"(id: t
version: 1
kind: budget
title: {fr: T, en: T}
categories:
  - {id: phone, label: {fr: T, en: P}}
sections:
  - id: s
    title: {fr: S, en: S}
    questions:
      - {id: heures, type: budget, text: {fr: H, en: H}}
)";
  const std::string action = "actions:\n  - {id: x, title: {fr: X, en: X}, effort: low, ";
  std::string many_options = "      - id: c\n        type: multiple\n        text: {fr: C, en: C}\n"
                             "        options:\n";
  for (int i = 0; i < 65; ++i) {
    many_options += fmt::format("          - {{id: o{}, label: {{fr: O, en: O}}}}\n", i);
  }
  std::string lever = k_head + k_first;
  std::string area = std::string(k_area);
  struct Case {
    const char* code;
    std::string text;
    bool linked = false; // against the support fixtures
  };
  const std::vector<Case> cases = {
      {"E200", lever + "      - id: c\n        type: single\n        text: {fr: C, en: C}\n"
                       "        options:\n          - {id: x, label: {fr: X, en: X}, hours: 2}\n"
                       "          - {id: y, label: {fr: Y, en: Y}}\n"},
      {"E201", "id: q\nversion: 1\nlever: l\ntitle: {fr: T, en: T}\nsections: 5\n"},
      {"E207", lever + many_options},
      {"E208", lever + "      - {id: c, type: scale, text: {fr: C, en: C}, min: 5, max: 1}\n"},
      {"E209", lever + "      - {id: c, type: scale, text: {fr: C, en: C}, min: 1, max: 5, anchors: [a]}\n"},
      {"E210", lever + "      - {id: c, type: scale, text: {fr: C, en: C}, min: 1, max: 5, anchors: {9: x}}\n"},
      {"E211", lever + "      - {id: c, type: number, text: {fr: C, en: C}, min: 5, max: 1}\n"},
      {"E212", area + "actions:\n  - {id: y, title: {fr: Y}, effort: low, gain: [1, 2]}\n", true},
      {"E213", lever + action + "gain: [1, 2], requires: {a: 1}}\n"},
      {"E216", lever + action + "gain: {phone: [0.5, 0.2]}}\n"},
      {"E226", lever + action + "gain: [1, 2]}\n  - {id: x, title: {fr: X, en: X}, effort: low, gain: [1, 2]}\n"},
      {"E226", lever + "      - {id: c, type: tasks, text: {fr: C, en: C}, tasks: [{id: phone}], levels: "
                       "[{id: a, label: {fr: A, en: A}, share: 0, frees: 0}, "
                       "{id: a, label: {fr: A, en: A}, share: 1, frees: 1}]}\n"},
      {"E233", lever + "      - {id: c, type: number, text: {fr: C, en: C}, dimension: maturity}\n"},
      {"E234", lever + "      - {id: c, type: number, text: {fr: C, en: C}, dimension: maturity, "
                       "scores: [{value: 1}, {below: 5, value: 0}]}\n"},
      {"E239", budget.substr(0, budget.find("categories:")) + budget.substr(budget.find("sections:"))},
      {"E241", budget.substr(0, budget.size() - 2) + ", dimension: maturity}\n"},
      {"E242", budget.substr(0, budget.find("      - {id: heures")) +
                   "      - {id: b, type: yesno, text: {fr: B, en: B}}\n"},
      {"E243", budget + action + "gain: [1, 2]}\n"},
      {"E244", lever + "      - {id: c, type: tasks, text: {fr: C, en: C}, tasks: []}\n"},
      {"E245", lever + "      - {id: c, type: tasks, text: {fr: C, en: C}, tasks: [{id: phone}], levels: "
                       "[{id: a, label: {fr: A, en: A}, share: 0, frees: 0}]}\n"},
      {"E250", lever + "      - {id: c, type: budget, text: {fr: C, en: C}}\n"},
      {"E255", "id: equipe" + area.substr(area.find('\n')) + "asked_when: \"equipe.accueil is answered\"\n",
       true},
      {"E256", area + "actions:\n  - {id: y, title: {fr: Y}, effort: low, requires: [equipe.fiche]}\n",
       true},
      {"E281", lever + "      - {id: c, type: yesno, text: {fr: C, en: C}, when: \"budget.phone is answered\"}\n"},
      {"E288", budget + "      - {id: b, type: yesno, text: {fr: B, en: B}, when: \"heures > 1\"}\n"},
      {"W200", lever + "      - {id: c, type: number, text: {fr: C, en: C}, scores: [{value: 1}]}\n"},
      {"W201", lever + "      - {id: c, type: number, text: {fr: C, en: C}, dimension: maturity, min: 0, "
                       "scores: [{below: 0, value: 0}, {value: 1}]}\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.code);
    CAPTURE(c.text);
    auto problems = [&] { return c.linked ? link(c.text) : load_problems(c.text); };
    std::string english = problems();
    CHECK(english.find(std::string(c.code) + ": ") != std::string::npos);
    set_message_lang(Lang::fr);
    std::string french;
    CHECK_NOTHROW(french = problems());
    set_message_lang(Lang::en);
    CHECK(french.find(std::string(c.code) + " : ") != std::string::npos);
  }
  // A second time budget in a set.
  test::TempDir dir;
  test::spit(dir.file("a.yaml"), budget);
  std::string other = budget;
  other.replace(other.find("id: t"), 5, "id: u");
  test::spit(dir.file("b.yaml"), other);
  for (Lang lang : {Lang::en, Lang::fr}) {
    set_message_lang(lang);
    std::string what;
    try {
      (void)load_questionnaire_set(dir.path());
    } catch (const Error& e) {
      what = e.what();
    }
    CHECK(what.find(lang == Lang::fr ? "E220 : " : "E220: ") != std::string::npos);
  }
}

} // TEST_SUITE
