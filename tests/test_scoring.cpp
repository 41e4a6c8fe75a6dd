// Every expected number here is worked out by hand from
// tests/data/set/mini.yaml; the comments show the arithmetic.
//
// mini, maturity questions (weight): staff (2) single none 0 / secretary 0.5
// (reduction: 0.2 of phone) / assistant 1; tools (1) multiple none 0 /
// agenda 0.6 / messaging 0.6, capped at 1; burden (1) scale 1-5 reversed;
// phone_hours (1) number 0-40, value 1 below 2, 0.5 below 5, else 0
// (reduction: 0.5 of phone when >= 1).
// Readiness: wants (1) yes/no; how_much (1) scale 0-10 when wants == yes;
// tasks (1) booking and billing, levels none 0 / partial 0.5 / total 1,
// freeing 0 / 0.4 / 0.8 of the row's hours.
// Time budget (tests/data/set/budget.yaml): booking, billing, phone.
// Bands: low below 50, high from 50. min_answered 0.75.
#include <doctest/doctest.h>

#include "helpers.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "scoring/priority.h"
#include "scoring/score.h"
#include "scoring/score_render.h"

using namespace medtime;

namespace {

// Scores the mini answers `text` (with --explain items).
LeverScore score(std::string_view text) {
  Diagnostics diags;
  Assessment a = test::answers(text, diags);
  INFO(test::messages(diags));
  REQUIRE_FALSE(diags.has_errors());
  ScoreSet set = score_assessment(test::mini_set(), a, {.explain = true});
  REQUIRE(set.levers.size() == 2); // mini, and the time budget (not a lever)
  CHECK_FALSE(set.levers[1].is_lever());
  return set.levers[0];
}

// The time budget of the fixture: booking 4, billing 2, phone 3 h/week.
const char* const k_budget = "  budget:\n    version: 1\n    hours: {booking: 4, billing: 2, phone: 3}\n";

std::string with(std::string_view lines) {
  return "answers:\n  mini:\n    version: 2\n" + std::string(lines);
}

// The mini fixture's answers, with `staff` and `tools` replaceable.
std::string fixture(std::string_view staff = "none", std::string_view tools = "[agenda, messaging]",
                    std::string_view extra = "") {
  return with("    staff: " + std::string(staff) + "\n    tools: " + std::string(tools) +
              "\n    burden: 2\n    phone_hours: 3\n    wants: yes\n    how_much: 5\n"
              "    tasks:\n      booking: total\n      billing: partial\n    note: RAS\n" +
              std::string(extra) + k_budget);
}

// The value of `answers` to mini's question `index`.
double value(size_t index, std::string_view answers, std::string_view budget = "") {
  Diagnostics diags;
  Assessment a = test::answers(with(answers) + std::string(budget), diags);
  INFO(test::messages(diags));
  REQUIRE_FALSE(diags.has_errors());
  const Answer& answer = a.response(0)->answers[index];
  REQUIRE(answer.given());
  TimeBudget hours = time_budget(test::mini_set(), a);
  return answer_value(test::mini().questions[index], answer, &hours);
}

// H of the mini answers `lines` under the fixture's time budget.
double hours(std::string_view lines) {
  return score(with(lines) + k_budget).potential_hours;
}

double sum_contributions(const LeverScore& lever, Dimension dimension) {
  double sum = 0;
  for (const auto& item : lever.items) {
    if (test::mini().questions[static_cast<size_t>(item.question)].dimension == dimension) {
      sum += item.contribution;
    }
  }
  return sum;
}

} // namespace

TEST_SUITE("scoring") {

TEST_CASE("medtime::Questionnaire::band_for on every bundled questionnaire") {
  // Both edges of every band, as the report shows the maturity (one
  // decimal): 0.04 below an edge is shown on it, 0.06 below is shown 0.1
  // below it.
  QuestionnaireSet set = load_questionnaire_set(std::string(MEDTIME_SOURCE_DIR) + "/questionnaires");
  REQUIRE(set.size() > 0);
  for (const Questionnaire& q : set.items()) {
    REQUIRE_FALSE(q.bands.empty());
    for (size_t i = 0; i < q.bands.size(); ++i) {
      const Band& b = q.bands[i];
      CAPTURE(q.id);
      CAPTURE(b.id);
      CHECK(q.band_for(b.from) == &b);
      CHECK(q.band_for(b.from - 1e-12) == &b);
      if (i > 0) {
        CHECK(q.band_for(b.from - 0.04) == &b);
        CHECK(q.band_for(b.from - 0.06) == &q.bands[i - 1]);
      }
      if (i + 1 < q.bands.size()) {
        CHECK(q.band_for(b.to - 0.06) == &b);
        CHECK(q.band_for(b.to - 0.04) == &q.bands[i + 1]);
      } else {
        CHECK(q.band_for(b.to) == &b); // the last band holds its end, 100
      }
    }
  }
}

TEST_CASE("medtime::score_assessment decides the band on the maturity shown") {
  // The issue's case, on a questionnaire of the same shape as the bundled
  // delegation's maturity: staff (weight 2) 0.7, outsourcing (weight 1)
  // 0.4 + 0.3. By hand: 100 × (2 × 0.7 + 0.7) / 3 = 70 exactly, which binary
  // floating point computes as 69.99999999999999: band bien_engage (default
  // bands), not en_cours.
  Diagnostics diags("edge.yaml");
  auto q = parse_questionnaire(R"(id: edge
version: 1
lever: edge
order: 1
title: {fr: Bord, en: Edge}
sections:
  - id: s
    title: {fr: S, en: S}
    questions:
      - id: staff
        type: multiple
        text: {fr: "Personnel ?", en: "Staff?"}
        dimension: maturity
        weight: 2
        options:
          - {id: assistant, label: {fr: assistant, en: assistant}, value: 0.7}
          - {id: other, label: {fr: autre, en: other}, value: 0.4}
      - id: outsourcing
        type: multiple
        text: {fr: "Externalisation ?", en: "Outsourcing?"}
        dimension: maturity
        options:
          - {id: accounting, label: {fr: comptabilité, en: accounting}, value: 0.4}
          - {id: payroll, label: {fr: paie, en: payroll}, value: 0.3}
)", "edge.yaml", diags);
  INFO(test::messages(diags));
  REQUIRE(q);
  QuestionnaireSet set;
  set.add(std::move(*q));
  Assessment a = parse_assessment(
      "answers:\n  edge: {version: 1, staff: [assistant], outsourcing: [accounting, payroll]}\n",
      set, "a.yaml", diags);
  REQUIRE_FALSE(diags.has_errors());
  LeverScore lever = score_assessment(set, a).levers.at(0);
  REQUIRE(lever.maturity.score);
  CHECK(*lever.maturity.score == doctest::Approx(70));
  REQUIRE(lever.band != nullptr);
  CHECK(lever.band->id == "bien_engage");
}


TEST_CASE("medtime::score_response") {
  SUBCASE("the fixture") {
    // Maturity: staff none 0 × 2 = 0; tools 0.6 + 0.6 = 1.2 capped to 1;
    // burden 2 reversed: 1 − (2 − 1)/(5 − 1) = 0.75; phone_hours 3: not below
    // 2, below 5 → 0.5. 100 × (0 + 1 + 0.75 + 0.5) / (2 + 1 + 1 + 1) = 45.
    // Readiness: wants yes 1; how_much 5 on 0-10 → 0.5; tasks (4 × 1 +
    // 2 × 0.5) / (4 + 2) = 5/6. 100 × (1 + 0.5 + 5/6) / 3 = 700/9 = 77.78.
    // Potential hours, per category of the budget (booking 4, billing 2,
    // phone 3): booking 4 × total 0.8 = 3.2; billing 2 × partial 0.4 = 0.8;
    // phone 3 × 0.5 (phone_hours >= 1) = 1.5; 5.5 in all.
    LeverScore s = score(fixture());
    CHECK(s.status == LeverStatus::scored);
    REQUIRE(s.maturity.score.has_value());
    CHECK(*s.maturity.score == doctest::Approx(45));
    REQUIRE(s.readiness.score.has_value());
    CHECK(*s.readiness.score == doctest::Approx(700.0 / 9));
    CHECK(s.potential_hours == doctest::Approx(5.5));
    REQUIRE(s.category_shares.size() == 3);
    CHECK(s.category_shares[0] == doctest::Approx(0.8));
    CHECK(s.category_shares[1] == doctest::Approx(0.4));
    CHECK(s.category_shares[2] == doctest::Approx(0.5));
    CHECK(s.maturity.answered == 4);
    CHECK(s.maturity.applicable == 4);
    CHECK(s.maturity.applicable_weight == 5);
    CHECK(s.readiness.answered == 3);
    REQUIRE(s.band != nullptr);
    CHECK(s.band->id == "low"); // 45 < 50
    // hire: staff == none and tasks.delegable (5) >= 2 → yes;
    // agenda: not (tools has agenda) → no.
    CHECK(s.actions == std::vector<int>{0});
  }
  SUBCASE("explain: contributions sum to the score") {
    // Maturity points: 100 × w·v / Σw: staff 0, tools 100 × 1/5 = 20,
    // burden 100 × 0.75/5 = 15, phone_hours 100 × 0.5/5 = 10; 45 in all.
    // Readiness: 100/3 = 33.33, 50/3 = 16.67, 100 × (5/6)/3 = 27.78; 77.78.
    LeverScore s = score(fixture());
    REQUIRE(s.items.size() == 8);
    CHECK(s.items[0].contribution == 0);
    CHECK(s.items[0].weight == 2);
    CHECK(s.items[1].contribution == doctest::Approx(20));
    CHECK(s.items[2].contribution == doctest::Approx(15));
    CHECK(s.items[3].contribution == doctest::Approx(10));
    CHECK(s.items[4].contribution == doctest::Approx(100.0 / 3));
    CHECK(s.items[5].contribution == doctest::Approx(50.0 / 3));
    CHECK(s.items[6].contribution == doctest::Approx(250.0 / 9));
    // The reductions that hold, each with its hours alone.
    REQUIRE(s.reductions.size() == 3);
    CHECK(s.reductions[0].question == 3); // phone_hours
    CHECK(s.reductions[0].hours == doctest::Approx(1.5));
    CHECK(s.reductions[1].task == 0); // booking, total
    CHECK(s.reductions[1].hours == doctest::Approx(3.2));
    CHECK(s.reductions[2].hours == doctest::Approx(0.8));
    CHECK(s.items[7].weight == 0); // free text: not scored
    CHECK(sum_contributions(s, Dimension::maturity) == doctest::Approx(*s.maturity.score));
    CHECK(sum_contributions(s, Dimension::readiness) == doctest::Approx(*s.readiness.score));
  }
  SUBCASE("not enough answers: null, never a number") {
    // Answered weight staff 2 + tools 1 = 3 of 2 + 1 + 1 + 1 = 5 applicable:
    // 0.6 < 0.75. Readiness: wants unanswered hides how_much; 0 of 2.
    LeverScore s = score(with("    staff: assistant\n    tools: [agenda]\n"));
    CHECK(s.status == LeverStatus::insufficient);
    CHECK_FALSE(s.maturity.score.has_value());
    CHECK(s.maturity.answered_weight == 3);
    CHECK(s.maturity.applicable_weight == 5);
    CHECK_FALSE(s.readiness.score.has_value());
    CHECK(s.readiness.applicable == 2);
    CHECK(s.band == nullptr);
  }
  SUBCASE("exactly min_answered is enough") {
    // phone_hours na leaves 2 + 1 + 1 = 4 applicable; staff and tools answer
    // 3 of them: 3/4 = 0.75. Maturity 100 × (2 × 1 + 0.6) / 3 = 86.67.
    LeverScore s = score(with("    staff: assistant\n    tools: [agenda]\n    phone_hours: na\n"));
    CHECK(s.status == LeverStatus::scored);
    REQUIRE(s.maturity.score.has_value());
    CHECK(*s.maturity.score == doctest::Approx(260.0 / 3));
    CHECK(s.maturity.applicable == 3);
    CHECK(s.band->id == "high");
  }
  SUBCASE("na is neither answered nor applicable") {
    // As the fixture without phone_hours: 100 × (0 + 1 + 0.75) / 4 = 43.75;
    // hours: the tasks' only, 4 × 0.8 + 2 × 0.4 = 4.
    std::string text = fixture();
    text.replace(text.find("phone_hours: 3"), 14, "phone_hours: na");
    LeverScore s = score(text);
    REQUIRE(s.maturity.score.has_value());
    CHECK(*s.maturity.score == doctest::Approx(43.75));
    CHECK(s.maturity.applicable == 3);
    CHECK(s.potential_hours == doctest::Approx(4));
    CHECK(s.items[3].state == AnswerState::na);
    CHECK(s.items[3].contribution == 0);
  }
  SUBCASE("skip logic: an answer to a hidden question does not count") {
    // wants no hides how_much (answered 5 all the same). Readiness:
    // 100 × (0 + 5/6) / 2 = 41.67.
    std::string text = fixture();
    text.replace(text.find("wants: yes"), 10, "wants: no");
    LeverScore s = score(text);
    REQUIRE(s.readiness.score.has_value());
    CHECK(*s.readiness.score == doctest::Approx(250.0 / 6));
    CHECK(s.readiness.applicable == 2);
    CHECK_FALSE(s.items[5].applicable);
    CHECK(s.items[5].contribution == 0);
  }
  SUBCASE("a lever at a band boundary") {
    // staff secretary 0.5 × 2 = 1; tools 1; burden 3 → 1 − 2/4 = 0.5;
    // phone_hours 10 → 0. 100 × 2.5 / 5 = 50: the "high" band starts at 50.
    LeverScore s = score(with("    staff: secretary\n    tools: [agenda, messaging]\n"
                              "    burden: 3\n    phone_hours: 10\n") + k_budget);
    CHECK(*s.maturity.score == doctest::Approx(50));
    CHECK(s.band->id == "high");
    // Hours: phone 3 × (1 − (1 − 0.2)(1 − 0.5)) = 1.8.
    CHECK(s.potential_hours == doctest::Approx(1.8));
  }
  SUBCASE("triggered actions") {
    // staff assistant: no hire; tools without agenda: agenda.
    CHECK(score(fixture("assistant", "[messaging]")).actions == std::vector<int>{1});
    // Both: staff none with 5 delegable hours, and no agenda.
    CHECK(score(fixture("none", "[none]")).actions == std::vector<int>{0, 1});
    // A test on an unanswered question is false: tasks unanswered, no hire;
    // "not (tools has agenda)" holds when tools is unanswered.
    CHECK(score(with("    staff: none\n")).actions == std::vector<int>{1});
    // Without the time budget no task has hours: 0 delegable hours, no hire,
    // and no hours at stake.
    LeverScore no_budget = score(with("    staff: none\n    tasks: {booking: total, billing: total}\n"));
    CHECK(no_budget.actions == std::vector<int>{1});
    CHECK(no_budget.potential_hours == 0);
  }
  SUBCASE("not assessed") {
    LeverScore s = score_response(test::mini(), nullptr, TimeBudget{});
    CHECK(s.status == LeverStatus::not_assessed);
    CHECK_FALSE(s.maturity.score.has_value());
    CHECK(s.actions.empty());
    Assessment empty;
    empty.responses.resize(2);
    CHECK(score_assessment(test::mini_set(), empty).levers[0].status == LeverStatus::not_assessed);
  }
  SUBCASE("a task table whose rows have no level is unanswered, never 0") {
    // Counted, the table would be answered with value 0 and readiness
    // (1 + 1 + 0) / 3 = 66.67; unanswered, 2 of 3 < 0.75: null.
    LeverScore s = score(with("    wants: yes\n    how_much: 10\n"
                              "    tasks:\n      booking:\n      billing:\n") + k_budget);
    CHECK(s.readiness.answered == 2);
    CHECK_FALSE(s.readiness.score.has_value());
    // A row with a level makes the table answered; rows without one are left out.
    LeverScore t = score(with("    wants: yes\n    how_much: 10\n"
                              "    tasks:\n      booking:\n      billing: total\n") + k_budget);
    CHECK(t.readiness.answered == 3);
    CHECK(*t.readiness.score == doctest::Approx(100)); // (1 + 1 + 2 × 1 / 2) / 3
  }
  SUBCASE("version 1 rows with hours are refused with the way out") {
    Diagnostics diags;
    test::answers(with("    tasks:\n      booking: {hours: 3, delegate: total}\n"), diags);
    CHECK(test::messages(diags).find("convert the file with `medtime upgrade FILE`") !=
          std::string::npos);
  }
  SUBCASE("a blank task table is unanswered") {
    LeverScore s = score(with("    wants: yes\n    how_much: 10\n"
                              "    tasks:\n      booking:\n"));
    // wants and how_much answered, the blank table not: 2 of 3 < 0.75, so
    // readiness is null (had the table counted, it would be 3 of 3).
    CHECK(s.readiness.answered == 2);
    CHECK(s.readiness.applicable == 3);
    CHECK_FALSE(s.readiness.score.has_value());
  }
}

TEST_CASE("medtime::answer_value") {
  SUBCASE("single choice") {
    CHECK(value(0, "    staff: none\n") == 0);
    CHECK(value(0, "    staff: secretary\n") == 0.5);
    CHECK(value(0, "    staff: assistant\n") == 1);
  }
  SUBCASE("multiple choice is capped at 1") {
    CHECK(value(1, "    tools: [agenda, messaging]\n") == 1); // 0.6 + 0.6 = 1.2 → 1
    CHECK(value(1, "    tools: [agenda]\n") == doctest::Approx(0.6));
    CHECK(value(1, "    tools: [none]\n") == 0);
    CHECK(value(1, "    tools: []\n") == 0);
  }
  SUBCASE("reversed scale") {
    CHECK(value(2, "    burden: 1\n") == 1);   // 1 − (1 − 1)/4
    CHECK(value(2, "    burden: 3\n") == 0.5); // 1 − (3 − 1)/4
    CHECK(value(2, "    burden: 5\n") == 0);   // 1 − (5 − 1)/4
  }
  SUBCASE("scale") {
    CHECK(value(5, "    wants: yes\n    how_much: 0\n") == 0);
    CHECK(value(5, "    wants: yes\n    how_much: 7\n") == doctest::Approx(0.7));
    CHECK(value(5, "    wants: yes\n    how_much: 10\n") == 1);
  }
  SUBCASE("yes and no") {
    CHECK(value(4, "    wants: yes\n") == 1);
    CHECK(value(4, "    wants: no\n") == 0);
  }
  SUBCASE("number: the first band the answer is below") {
    CHECK(value(3, "    phone_hours: 0\n") == 1);
    CHECK(value(3, "    phone_hours: 1.99\n") == 1);
    CHECK(value(3, "    phone_hours: 2\n") == 0.5); // not below 2
    CHECK(value(3, "    phone_hours: 4.99\n") == 0.5);
    CHECK(value(3, "    phone_hours: 5\n") == 0);
    CHECK(value(3, "    phone_hours: 40\n") == 0);
  }
  SUBCASE("task table: Σ budget hours × share / Σ budget hours") {
    // (4 × 1 + 2 × 0.5) / (4 + 2) = 5/6
    CHECK(value(6, "    tasks: {booking: total, billing: partial}\n", k_budget) ==
          doctest::Approx(5.0 / 6));
    // (4 × 0 + 2 × 1) / 6 = 1/3
    CHECK(value(6, "    tasks: {booking: none, billing: total}\n", k_budget) ==
          doctest::Approx(1.0 / 3));
    // A task without a level is left out: 2 × 1 / 2 = 1.
    CHECK(value(6, "    tasks: {booking: , billing: total}\n", k_budget) == 1);
    // No time budget: the mean share, (1 + 0) / 2.
    CHECK(value(6, "    tasks: {booking: total, billing: none}\n") == 0.5);
  }
}

TEST_CASE("potential hours: reductions combined per category") {
  // Budget booking 4, billing 2, phone 3.
  CHECK(hours("    staff: assistant\n") == 0);
  CHECK(hours("    staff: secretary\n") == doctest::Approx(3 * 0.2)); // option reduction
  CHECK(hours("    phone_hours: 3\n") == doctest::Approx(1.5));       // 3 × 0.5
  CHECK(hours("    phone_hours: 0\n") == 0);                          // its `when` fails
  // Two reductions on phone combine as independent savings, never a sum:
  // 3 × (1 − (1 − 0.2)(1 − 0.5)) = 3 × 0.6 = 1.8, not 3 × 0.7 = 2.1.
  CHECK(hours("    staff: secretary\n    phone_hours: 3\n") == doctest::Approx(1.8));
  // Task rows free their level's share of their category: 4 × 0.8 + 2 × 0.4.
  CHECK(hours("    tasks: {booking: total, billing: partial}\n") == doctest::Approx(4.0));
  // A row without a level frees nothing.
  CHECK(hours("    tasks: {booking: , billing: total}\n") == doctest::Approx(1.6));
  CHECK(hours("    wants: yes\n") == 0);
}

TEST_CASE("medtime::combined_hours: T counts every hour once across levers") {
  TimeBudget budget;
  budget.hours = {4, 2, 3};
  budget.answered = true;
  LeverScore a, b;
  a.category_shares = {0.5, 0, 0.2};
  b.category_shares = {0.5, 0.4, 0};
  // booking 4 × (1 − 0.5 × 0.5) = 3; billing 2 × 0.4 = 0.8; phone 3 × 0.2 = 0.6:
  // T = 4.4, never the plain sum of H (2 + 0.6 + 2 + 0.8 = 5.4).
  std::vector<double> at_stake = combined_hours(budget, {&a, &b});
  REQUIRE(at_stake.size() == 3);
  CHECK(at_stake[0] == doctest::Approx(3));
  CHECK(at_stake[1] == doctest::Approx(0.8));
  CHECK(at_stake[2] == doctest::Approx(0.6));
  CHECK(combined_hours(budget, {}) == std::vector<double>{0, 0, 0});
}

TEST_CASE("medtime::applicable_questions") {
  Diagnostics diags;
  Assessment a = test::answers(with("    wants: no\n    how_much: 3\n"), diags);
  auto shown = applicable_questions(test::mini(), a.response(0)->answers);
  CHECK(shown == std::vector<char>{1, 1, 1, 1, 1, 0, 1, 1});
}

TEST_CASE("medtime::lever_priority") {
  SUBCASE("the fixture") {
    // M 45, R 700/9, H 6.5: 100 × 0.5 × (1 − 0.45) = 27.5;
    // 100 × 0.2 × 7/9 = 15.56; 100 × 0.3 × min(6.5/5, 1) = 30. Sum 73.06.
    LeverPriority p = lever_priority(score(fixture()), Profile{});
    REQUIRE(p.priority.has_value());
    CHECK(p.maturity_term == doctest::Approx(27.5));
    CHECK(p.readiness_term == doctest::Approx(140.0 / 9));
    CHECK(p.hours_term == doctest::Approx(30));
    CHECK(*p.priority == doctest::Approx(27.5 + 140.0 / 9 + 30));
    CHECK_FALSE(p.readiness_assumed);
  }
  SUBCASE("no readiness: 50 is assumed") {
    LeverScore lever;
    lever.maturity.score = 80;
    lever.potential_hours = 2;
    // 100 × 0.5 × 0.2 = 10; 100 × 0.2 × 0.5 = 10; 100 × 0.3 × 2/5 = 12.
    LeverPriority p = lever_priority(lever, Profile{});
    CHECK(p.readiness_assumed);
    CHECK(p.readiness_term == doctest::Approx(10));
    CHECK(*p.priority == doctest::Approx(32));
  }
  SUBCASE("a custom profile") {
    LeverScore lever;
    lever.maturity.score = 80;
    lever.readiness.score = 100;
    lever.potential_hours = 2;
    Profile profile;
    profile.maturity_weight = 1;
    profile.readiness_weight = 0;
    profile.hours_weight = 0.5;
    profile.reference_hours = 4;
    // 100 × 1 × 0.2 = 20; 0; 100 × 0.5 × 2/4 = 25.
    CHECK(*lever_priority(lever, profile).priority == doctest::Approx(45));
  }
  SUBCASE("null maturity has no priority") {
    LeverScore lever;
    lever.readiness.score = 90;
    CHECK_FALSE(lever_priority(lever, Profile{}).priority.has_value());
  }
}

TEST_CASE("medtime::prioritize") {
  ScoreSet scores;
  auto lever = [](std::optional<double> maturity) {
    LeverScore l;
    l.maturity.score = maturity;
    l.readiness.score = 50;
    return l;
  };
  // Priorities: 100 × 0.5 × (1 − M/100) + 10 + 0: M 80 → 20, M 20 → 50.
  scores.levers = {lever(80), lever(std::nullopt), lever(20), lever(80), lever(std::nullopt)};
  auto order = prioritize(scores, Profile{});
  REQUIRE(order.size() == 5);
  CHECK(order[0].lever == 2);
  CHECK(order[0].rank == 1);
  CHECK(*order[0].priority == doctest::Approx(50));
  CHECK(order[1].lever == 0); // a tie keeps the set order
  CHECK(order[2].lever == 3);
  CHECK(order[2].rank == 3);
  CHECK(order[3].lever == 1); // not scored: last, in set order, no rank
  CHECK_FALSE(order[3].rank.has_value());
  CHECK(order[4].lever == 4);
}

TEST_CASE("medtime::parse_profile") {
  Diagnostics diags("p.yaml");
  SUBCASE("values") {
    Profile p = parse_profile("weights: {maturity: 0.6, readiness: 0.1, hours: 0.3}\n"
                              "reference_hours: 4\ndefault_readiness: 40\n",
                              "p.yaml", diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(p.maturity_weight == 0.6);
    CHECK(p.readiness_weight == 0.1);
    CHECK(p.reference_hours == 4);
    CHECK(p.default_readiness == 40);
    CHECK(p.source == "p.yaml");
  }
  SUBCASE("defaults") {
    Profile p = parse_profile("{}\n", "p.yaml", diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(p.maturity_weight == 0.5);
    CHECK(p.hours_weight == 0.3);
    CHECK(p.reference_hours == 5);
  }
  SUBCASE("empty file") {
    // Refused: an empty profile given on purpose would score with the
    // defaults without a word (issue 20, item 10).
    parse_profile("# nothing yet\n", "p.yaml", diags);
    CHECK(test::messages(diags) ==
          "p.yaml:1:1: error E290: empty file; expected a scoring profile such as "
          "weights: {maturity: 0.4, readiness: 0.3, hours: 0.3}");
  }
  SUBCASE("not a mapping") {
    parse_profile("- 1\n", "p.yaml", diags);
    CHECK(test::messages(diags) == "p.yaml:1:1: error E075: the scoring profile must be a mapping, got a list");
  }
  SUBCASE("weights above 1 in all") {
    // 0.5 + 0.2 + 0.5 = 1.2: priorities could pass 100.
    parse_profile("weights: {maturity: 0.5, readiness: 0.2, hours: 0.5}\n", "p.yaml", diags);
    CHECK(test::messages(diags) ==
          "p.yaml:1:10: error E291: the weights must add up to 1 (maturity + readiness + hours), got 1.2");
  }
  SUBCASE("problems") {
    parse_profile("weights: {maturity: 0, readiness: 0, hours: 0}\nreference_hours: 0\nweigths: 1\n",
                  "p.yaml", diags);
    CHECK(test::messages(diags) ==
          "p.yaml:1:10: error E291: the weights must add up to 1 (maturity + readiness + hours), got 0\n"
          "p.yaml:2:18: error E292: \"reference_hours\" must be above 0\n"
          "p.yaml:3:1: error E089: unknown key \"weigths\" in the scoring profile; did you mean \"weights\"?");
  }
}

TEST_CASE("medtime::load_profile") {
  // The bundled default profile says what the built-in defaults are.
  Profile p = load_profile(MEDTIME_SOURCE_DIR "/profiles/default.yaml");
  Profile defaults;
  CHECK(p.maturity_weight == defaults.maturity_weight);
  CHECK(p.readiness_weight == defaults.readiness_weight);
  CHECK(p.hours_weight == defaults.hours_weight);
  CHECK(p.reference_hours == defaults.reference_hours);
  CHECK(p.default_readiness == defaults.default_readiness);
}

} // TEST_SUITE

// The scores' renderers (`medtime score`: JSON and text).
namespace {

Assessment fixture_answers() {
  return load_assessment(MEDTIME_TEST_DATA "/mini-answers.yaml", test::mini_set());
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE("scoring") {

TEST_CASE("medtime::score_json") {
  Assessment a = fixture_answers();
  ScoreSet scores = score_assessment(test::mini_set(), a, {.explain = true});
  nlohmann::ordered_json doc = score_json(a, scores, test::mini_set().categories(), true);
  SUBCASE("document") {
    CHECK(doc["schema"] == "medtime.score/2");
    CHECK(doc["time_budget"]["answered"] == true);
    CHECK(doc["time_budget"]["total_hours"] == 9.0);
    CHECK(doc["time_budget"]["hours_at_stake"] == 5.5);
    CHECK(doc["levers"].size() == 1); // the time budget is no lever
    CHECK(doc["source"] == MEDTIME_TEST_DATA "/mini-answers.yaml");
    CHECK(doc["respondent"].dump() == R"({"id":"dr-test","specialty":"generaliste","practice":"solo"})");
    CHECK(doc["date"] == "2026-11-22");
  }
  SUBCASE("numbers worked out by hand") {
    // See test_scoring.cpp: maturity 45, readiness 700/9 = 77.78 (2
    // decimals), potential hours 3.2 + 0.8 + 1.5 = 5.5.
    const auto& lever = doc["levers"][0];
    CHECK(lever["id"] == "mini");
    CHECK(lever["maturity"] == 45.0);
    CHECK(lever["readiness"] == 77.78);
    CHECK(lever["potential_hours"] == 5.5);
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
                                           "readiness_applicable", "items", "reductions"});
  }
  SUBCASE("explained items") {
    const auto& items = doc["levers"][0]["items"];
    REQUIRE(items.size() == 8);
    CHECK(items[1].dump() == R"({"question":"tools","dimension":"maturity","applicable":true,)"
                             R"("state":"answered","value":1.0,"weight":1.0,"contribution":20.0})");
    CHECK(items[4]["contribution"] == 33.33); // 100 / 3
    CHECK(items[6]["value"] == 0.8333);       // 5 / 6, 4 decimals
    const auto& reductions = doc["levers"][0]["reductions"];
    REQUIRE(reductions.size() == 3);
    CHECK(reductions[1].dump() == R"({"question":"tasks","option":null,"task":"booking",)"
                                  R"("category":"booking","share":0.8,"hours":3.2})");
    CHECK(items[7]["dimension"] == "none");
  }
  SUBCASE("null scores and no date") {
    Assessment empty;
    empty.source = "e.yaml";
    empty.responses.resize(2);
    ScoreSet none = score_assessment(test::mini_set(), empty);
    const auto& categories = test::mini_set().categories();
    auto lever = score_json(empty, none, categories, false)["levers"][0];
    CHECK(lever["maturity"].is_null());
    CHECK(lever["readiness"].is_null());
    CHECK(lever["band"].is_null());
    CHECK(lever["status"] == "not_assessed");
    CHECK_FALSE(lever.contains("items"));
    CHECK(score_json(empty, none, categories, false)["date"].is_null());
    CHECK(score_json(empty, none, categories, false)["respondent"].dump() == "{}");
    CHECK(score_json(empty, none, categories, false)["time_budget"]["answered"] == false);
  }
}

TEST_CASE("medtime::render_score_text") {
  Assessment a = fixture_answers();
  ScoreSet scores = score_assessment(test::mini_set(), a, {.explain = true});
  SUBCASE("french table") {
    const auto& categories = test::mini_set().categories();
    std::string text = render_score_text(a, scores, categories, false, Lang::fr, Style(false));
    CHECK(text.rfind("dr-test — 2026-11-22\n\n", 0) == 0);
    // 45, round(77.78) = 78, 5,5 h, band "bas", 4 + 3 answered of 4 + 3.
    CHECK(contains(text, "\nMini questionnaire        45           78     5,5  bas          7/7\n"));
    CHECK(contains(text, "Heures en jeu, chaque heure comptée une fois : 5,5 h/sem. sur 9,0"));
  }
  SUBCASE("english, explained") {
    std::string text =
        render_score_text(a, scores, test::mini_set().categories(), true, Lang::en, Style(false));
    CHECK(contains(text, "Mini questionnaire        45         78     5.5  low        7/7\n"));
    CHECK(contains(text, "  tools        maturity   answered   1.00     1.0    20.0\n"));
    CHECK(contains(text, "  tasks        readiness  answered   0.83     1.0    27.8\n"));
    CHECK(contains(text, "\n  tasks "));
    CHECK(contains(text, "\n    booking "));
    CHECK(contains(text, "0.80    3.20\n"));
    CHECK(contains(text, "Potential hours H (reductions combined per category): 5.50 h/week"));
    CHECK_FALSE(contains(text, "  note "));
  }
  SUBCASE("not enough answers") {
    Diagnostics diags;
    Assessment few = test::answers("answers: {mini: {version: 2, staff: none}}", diags);
    ScoreSet s = score_assessment(test::mini_set(), few);
    CHECK(band_text(s.levers[0], Lang::en) == "not enough answers");
    CHECK(band_text(s.levers[0], Lang::fr) == "réponses insuffisantes");
    std::string text =
        render_score_text(few, s, test::mini_set().categories(), false, Lang::en, Style(false));
    CHECK(contains(text, "Time budget not answered"));
    CHECK(contains(text, "—          —"));
  }
}


} // TEST_SUITE
