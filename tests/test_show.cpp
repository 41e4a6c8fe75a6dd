#include <doctest/doctest.h>

#include "helpers.h"
#include "load/questionnaire_loader.h"
#include "show/questionnaire_render.h"

using namespace medtime;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE("show") {

TEST_CASE("medtime::render_questionnaire escapes Markdown") {
  // The report's hostile questionnaire: markup in the title and the bands.
  QuestionnaireSet set =
      load_questionnaire_set(std::string(MEDTIME_TEST_DATA) + "/report/hostile");
  std::string md = render_questionnaire(set.items()[static_cast<size_t>(set.find("hostile"))], true,
                                        Lang::en, Style(false));
  CHECK(md.rfind("# \\<script\\>alert(\"title\")\\</script\\> \\& 'co'\n", 0) == 0);
  for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    CHECK(md[at - 1] == '\\'); // no raw HTML
  }
}

TEST_CASE("medtime::render_questionnaire") {
  const Questionnaire& q = test::mini();
  SUBCASE("markdown") {
    std::string md = render_questionnaire(q, true, Lang::fr, Style(true));
    CHECK(md.rfind("# Mini questionnaire\n\n_mini · version 2 · 8 questions_\n\nPour les tests.\n\n", 0) == 0);
    CHECK(contains(md, "## Section deux\n"));
    CHECK(contains(md, "**6. Combien ?** `how_much`\n_Seulement si\u00a0: question 5 = «\u00a0oui\u00a0»_\n"));
    CHECK(contains(md, "| tâche | non / en partie / en totalité |\n|---|---|\n| rendez-vous | |\n"));
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
  CHECK(answer_hint(q.questions[6], Lang::en) == "per task: none | partial | total");
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
    std::vector<Category> categories(1);
    categories[0].id = "k";
    categories[0].label = LocalText{"k\nw: 4", "k"};
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
                                 "q.yaml", diags, &categories);
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
