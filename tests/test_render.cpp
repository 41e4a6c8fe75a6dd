#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>

#include "helpers.h"
#include "render/number.h"
#include "render/questionnaire_render.h"
#include "render/score_render.h"
#include "render/style.h"
#include "render/table.h"
#include "scoring/score.h"

using namespace medtime;

namespace {

const std::string k_thin = "\u202f"; // French thousands separator

Assessment fixture_answers() {
  return load_assessment(MEDTIME_TEST_DATA "/mini-answers.yaml", test::mini_set());
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE("render") {

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

TEST_CASE("medtime::score_json") {
  Assessment a = fixture_answers();
  ScoreSet scores = score_assessment(test::mini_set(), a, {.explain = true});
  nlohmann::ordered_json doc = score_json(a, scores, true);
  SUBCASE("document") {
    CHECK(doc["schema"] == "medtime.score/1");
    CHECK(doc["source"] == MEDTIME_TEST_DATA "/mini-answers.yaml");
    CHECK(doc["respondent"].dump() == R"({"id":"dr-test","specialty":"generaliste","practice":"solo"})");
    CHECK(doc["date"] == "2026-11-22");
  }
  SUBCASE("numbers worked out by hand") {
    // See test_scoring.cpp: maturity 45, readiness 700/9 = 77.78 (2
    // decimals), potential hours 6 × ... 1.5 + 5 = 6.5.
    const auto& lever = doc["levers"][0];
    CHECK(lever["id"] == "mini");
    CHECK(lever["maturity"] == 45.0);
    CHECK(lever["readiness"] == 77.78);
    CHECK(lever["potential_hours"] == 6.5);
    CHECK(lever["band"] == "low");
    CHECK(lever["status"] == "scored");
    CHECK(lever["maturity_answered"] == 4);
    CHECK(lever["readiness_applicable"] == 3);
    std::vector<std::string> keys;
    for (const auto& [key, value] : lever.items()) {
      keys.push_back(key);
    }
    CHECK(keys == std::vector<std::string>{"id", "questionnaire", "version", "maturity", "readiness",
                                           "potential_hours", "band", "status", "maturity_answered",
                                           "maturity_applicable", "readiness_answered",
                                           "readiness_applicable", "items"});
  }
  SUBCASE("explained items") {
    const auto& items = doc["levers"][0]["items"];
    REQUIRE(items.size() == 8);
    CHECK(items[1].dump() == R"({"question":"tools","dimension":"maturity","applicable":true,)"
                             R"("state":"answered","value":1.0,"weight":1.0,"contribution":20.0,"hours":0.0})");
    CHECK(items[4]["contribution"] == 33.33); // 100 / 3
    CHECK(items[6]["value"] == 0.8333);       // 5 / 6, 4 decimals
    CHECK(items[6]["hours"] == 5.0);
    CHECK(items[7]["dimension"] == "none");
  }
  SUBCASE("null scores and no date") {
    Assessment empty;
    empty.source = "e.yaml";
    empty.responses.resize(1);
    ScoreSet none = score_assessment(test::mini_set(), empty);
    auto lever = score_json(empty, none, false)["levers"][0];
    CHECK(lever["maturity"].is_null());
    CHECK(lever["readiness"].is_null());
    CHECK(lever["band"].is_null());
    CHECK(lever["status"] == "not_assessed");
    CHECK_FALSE(lever.contains("items"));
    CHECK(score_json(empty, none, false)["date"].is_null());
    CHECK(score_json(empty, none, false)["respondent"].dump() == "{}");
  }
}

TEST_CASE("medtime::render_score_text") {
  Assessment a = fixture_answers();
  ScoreSet scores = score_assessment(test::mini_set(), a, {.explain = true});
  SUBCASE("french table") {
    std::string text = render_score_text(a, scores, false, Lang::fr, Style(false));
    CHECK(text.rfind("dr-test — 2026-11-22\n\n", 0) == 0);
    // 45, round(77.78) = 78, 6,5 h, band "bas", 4 + 3 answered of 4 + 3.
    CHECK(contains(text, "\nMini questionnaire        45           78     6,5  bas          7/7\n"));
  }
  SUBCASE("english, explained") {
    std::string text = render_score_text(a, scores, true, Lang::en, Style(false));
    CHECK(contains(text, "Mini questionnaire        45         78     6.5  low        7/7\n"));
    CHECK(contains(text, "  tools        maturity   answered   1.00     1.0    20.0       —\n"));
    CHECK(contains(text, "  tasks        readiness  answered   0.83     1.0    27.8     5.0\n"));
    CHECK_FALSE(contains(text, "  note "));
  }
  SUBCASE("not enough answers") {
    Diagnostics diags;
    Assessment few = test::answers("answers: {mini: {version: 2, staff: none}}", diags);
    ScoreSet s = score_assessment(test::mini_set(), few);
    CHECK(band_text(s.levers[0], Lang::en) == "not enough answers");
    CHECK(band_text(s.levers[0], Lang::fr) == "réponses insuffisantes");
    std::string text = render_score_text(few, s, false, Lang::en, Style(false));
    CHECK(contains(text, "—          —"));
  }
}

TEST_CASE("medtime::render_questionnaire") {
  const Questionnaire& q = test::mini();
  SUBCASE("markdown") {
    std::string md = render_questionnaire(q, true, Lang::fr, Style(true));
    CHECK(md.rfind("# Mini questionnaire\n\n_mini · version 2 · 8 questions_\n\nPour les tests.\n\n", 0) == 0);
    CHECK(contains(md, "## Section deux\n"));
    CHECK(contains(md, "**6. Combien ?** `how_much`\n_Seulement si\u00a0: question 5 = «\u00a0oui\u00a0»_\n"));
    CHECK(contains(md, "| tâche | h/semaine | non / en partie / en totalité |\n|---|---|---|\n| rendez-vous | | |\n"));
    CHECK_FALSE(contains(md, "\x1b[")); // no colour in Markdown
  }
  SUBCASE("text") {
    std::string text = render_questionnaire(q, false, Lang::en, Style(false));
    CHECK(contains(text, "Section one\n───────────\n\n1. Staff? [staff]\n     ○ none\n"));
    CHECK(contains(text, "6. How much? [how_much]\n   Only if: question 5 = \"yes\"\n   Scale 0 → 10\n"));
    CHECK(contains(text, "   Answer: ______ from 0 to 40 h/week\n"));
    CHECK(contains(text, "     1 = low\n     5 = high\n"));
  }
}

TEST_CASE("medtime::answer_hint") {
  const Questionnaire& q = test::mini();
  CHECK(answer_hint(q.questions[0], Lang::fr) == "une réponse parmi : none | secretary | assistant");
  CHECK(answer_hint(q.questions[1], Lang::en) == "a list of: [none | agenda | messaging]");
  CHECK(answer_hint(q.questions[2], Lang::en) == "a whole number from 1 to 5");
  CHECK(answer_hint(q.questions[3], Lang::en) == "a number from 0 to 40 h/week");
  CHECK(answer_hint(q.questions[4], Lang::en) == "yes or no");
  CHECK(answer_hint(q.questions[6], Lang::en) == "per task {hours: N, delegate: none | partial | total}");
  CHECK(answer_hint(q.questions[7], Lang::fr) == "texte libre");
}

TEST_CASE("medtime::render_template") {
  SUBCASE("parses back as an answers file with no answers") {
    for (Lang lang : {Lang::fr, Lang::en}) {
      std::string text = render_template(test::mini_set(), "2026-11-22", lang);
      Diagnostics diags("t.yaml");
      Assessment a = parse_assessment(text, test::mini_set(), "t.yaml", diags);
      CHECK(test::messages(diags).empty());
      CHECK(a.date == "2026-11-22");
      REQUIRE(a.response(0) != nullptr);
      CHECK(a.response(0)->version == 2);
      for (const auto& answer : a.response(0)->answers) {
        CHECK(answer.state == AnswerState::missing);
      }
    }
  }
  SUBCASE("line breaks in texts stay inside comments") {
    // Every kind of YAML line break (LF, CR, NEL, LS, PS) in a title, a
    // section title, a question, an option or a task label.
    Diagnostics diags("q.yaml");
    auto q = parse_questionnaire(R"(id: q
version: 1
lever: l
title: {fr: "Titre\nsuite: 1", en: T}
sections:
  - id: s
    title: {fr: "S\rx: 1", en: S}
    questions:
      - id: a
        type: single
        text: {fr: "Q\nR\rS\u0085T", en: Q}
        dimension: maturity
        options:
          - {id: x, label: {fr: "x\u2028y: 2", en: x}, value: 1}
          - {id: y, label: {fr: "y\u2029z: 3", en: y}, value: 0}
      - id: t
        type: tasks
        text: {fr: T, en: T}
        tasks:
          - {id: k, label: {fr: "k\nw: 4", en: k}}
)",
                                 "q.yaml", diags);
    INFO(test::messages(diags));
    REQUIRE(q.has_value());
    QuestionnaireSet set;
    set.add(std::move(*q));
    set.finalize();
    std::string text = render_template(set, "2026-11-22", Lang::fr);
    INFO(text);
    Diagnostics answers("t.yaml");
    CHECK_NOTHROW(parse_assessment(text, set, "t.yaml", answers));
    CHECK(test::messages(answers).empty());
  }
}

} // TEST_SUITE
