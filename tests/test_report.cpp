// Tests of the prioritised report: the priority formula (lib/scoring/
// priority.h) with hand-worked numbers, the rounding of its terms, the
// ordering of actions and of the plan, the report built from the fixture in
// tests/data/report/, and the escaping of its renderers. Golden files of the
// four formats are compared end to end in tests/e2e/report.sh.
#include <doctest/doctest.h>

#include "helpers.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "render/style.h"
#include "report/report_render.h"
#include "render/wrap.h"
#include "report/report_words.h"
#include "scoring/priority.h"

namespace medtime {

namespace {

const std::string k_data = MEDTIME_TEST_DATA "/report";

LeverScore lever_with(std::optional<double> maturity, std::optional<double> readiness,
                      double hours) {
  LeverScore lever;
  lever.maturity.score = maturity;
  lever.readiness.score = readiness;
  lever.potential_hours = hours;
  lever.status = maturity ? LeverStatus::scored : LeverStatus::insufficient;
  return lever;
}

Action action_with(std::string id, Effort effort, double gain_min, double gain_max) {
  Action action;
  action.id = std::move(id);
  action.effort = effort;
  action.gain_min = gain_min;
  action.gain_max = gain_max;
  return action;
}

std::vector<std::string> ids_of(const std::vector<ReportAction>& actions) {
  std::vector<std::string> ids;
  for (const ReportAction& action : actions) {
    ids.push_back(action.action->id);
  }
  return ids;
}

// Actions with fixed hour gains need no time budget.
const TimeBudget k_no_budget;

std::vector<ReportAction> order(const Questionnaire& q, const std::vector<int>& actions,
                                const TimeBudget& budget = k_no_budget,
                                const std::vector<double>& caps = {}) {
  return order_actions(q, actions, budget, caps);
}

std::vector<PlanItem> plan_of(const std::vector<ReportLever>& levers, size_t size,
                              const TimeBudget& budget = k_no_budget) {
  double low = 0, high = 0;
  return make_plan(levers, budget, size, low, high);
}

struct Fixture {
  QuestionnaireSet set = load_questionnaire_set(k_data + "/set");
  Assessment assessment = load_assessment(k_data + "/answers.yaml", set);
  ScoreSet scores = score_assessment(set, assessment);
  Report report = build_report(assessment, scores, set.categories(), Profile{});
};

} // namespace

TEST_SUITE("report") {

TEST_CASE("medtime::lever_priority") {
  Profile profile;
  SUBCASE("hand worked") {
    // M 40, R 80, H 4.5: 100 × (0.5 × 0.6 + 0.2 × 0.8 + 0.3 × 4.5/5) = 30 + 16 + 27 = 73
    LeverPriority p = lever_priority(lever_with(40, 80, 4.5), profile);
    REQUIRE(p.priority);
    CHECK(*p.priority == doctest::Approx(73));
    CHECK(p.maturity_term == doctest::Approx(30));
    CHECK(p.readiness_term == doctest::Approx(16));
    CHECK(p.hours_term == doctest::Approx(27));
    CHECK_FALSE(p.readiness_assumed);
  }
  SUBCASE("null maturity") {
    LeverPriority p = lever_priority(lever_with(std::nullopt, 80, 4.5), profile);
    CHECK_FALSE(p.priority);
    CHECK(p.maturity_term == 0);
    CHECK(p.hours_term == 0);
  }
  SUBCASE("absent readiness") {
    // R taken as 50: 100 × (0.5 × 1 + 0.2 × 0.5 + 0.3 × 0) = 50 + 10 = 60
    LeverPriority p = lever_priority(lever_with(0, std::nullopt, 0), profile);
    CHECK(*p.priority == doctest::Approx(60));
    CHECK(p.readiness_term == doctest::Approx(10));
    CHECK(p.readiness_assumed);
  }
  SUBCASE("potential above the reference") {
    // H 12 > 5: the hours term is full, 30. M 100, R 0: 0 + 0 + 30
    LeverPriority p = lever_priority(lever_with(100, 0, 12), profile);
    CHECK(*p.priority == doctest::Approx(30));
    CHECK(p.hours_term == doctest::Approx(30));
  }
  SUBCASE("custom profile") {
    // weights 0.4, 0.4, 0.2, reference 10 h, default readiness 30; M 50, no R, H 5:
    // 100 × (0.4 × 0.5 + 0.4 × 0.3 + 0.2 × 5/10) = 20 + 12 + 10 = 42
    Profile custom;
    custom.maturity_weight = 0.4;
    custom.readiness_weight = 0.4;
    custom.hours_weight = 0.2;
    custom.reference_hours = 10;
    custom.default_readiness = 30;
    LeverPriority p = lever_priority(lever_with(50, std::nullopt, 5), custom);
    CHECK(*p.priority == doctest::Approx(42));
    CHECK(p.readiness_term == doctest::Approx(12));
    CHECK(p.hours_term == doctest::Approx(10));
  }
}

TEST_CASE("medtime::prioritize") {
  Profile profile;
  // A: M 40, R 50, H 0 → 30 + 10 + 0 = 40;  B: M 20, R 0, H 0 → 40 + 0 + 0 = 40
  // (equal on paper, not in binary: 0.5 × 0.6 and 0.5 × 0.8 round differently).
  // D: M 0, R 100, H 5 → 50 + 20 + 30 = 100. C: null maturity.
  LeverScore a = lever_with(40, 50, 0);
  LeverScore b = lever_with(20, 0, 0);
  LeverScore c = lever_with(std::nullopt, 90, 9);
  LeverScore d = lever_with(0, 100, 5);
  auto order = [](const std::vector<LeverPriority>& ps) {
    std::vector<size_t> out;
    for (const auto& p : ps) {
      out.push_back(p.lever);
    }
    return out;
  };
  SUBCASE("ties keep the set order") {
    auto ps = prioritize(ScoreSet{{a, b, c, d}, {}, {}, 0}, profile);
    CHECK(order(ps) == std::vector<size_t>{3, 0, 1, 2});
    CHECK(ps[0].rank == 1);
    CHECK(ps[1].rank == 2);
    CHECK(ps[2].rank == 3);
    CHECK_FALSE(ps[3].rank);
  }
  SUBCASE("ties the other way round") {
    auto ps = prioritize(ScoreSet{{b, a}, {}, {}, 0}, profile);
    CHECK(order(ps) == std::vector<size_t>{0, 1});
  }
  SUBCASE("null maturity last, in set order") {
    auto ps = prioritize(ScoreSet{{c, lever_with(std::nullopt, 0, 0), a}, {}, {}, 0}, profile);
    CHECK(order(ps) == std::vector<size_t>{2, 0, 1});
    CHECK_FALSE(ps[1].priority);
    CHECK_FALSE(ps[2].rank);
  }
}

TEST_CASE("medtime::split_terms") {
  LeverPriority p;
  SUBCASE("shown terms add up to the shown priority") {
    // 10.26 + 20.27 + 30.28 = 60.81 → 60.8. Rounding each term gives 10.3 + 20.3 + 30.3 = 60.9;
    // largest remainders: floors 10.2, 20.2, 30.2 (60.6), the two missing tenths go to
    // 30.28 (.8) and 20.27 (.7): 10.2 + 20.3 + 30.3 = 60.8.
    p.maturity_term = 10.26;
    p.readiness_term = 20.27;
    p.hours_term = 30.28;
    p.priority = 60.81;
    PriorityTerms t = split_terms(p, 1);
    CHECK(t.maturity == doctest::Approx(10.2));
    CHECK(t.readiness == doctest::Approx(20.3));
    CHECK(t.hours == doctest::Approx(30.3));
    CHECK(t.priority == doctest::Approx(60.8));
  }
  SUBCASE("exact terms stay") {
    p.maturity_term = 25;
    p.readiness_term = 15;
    p.hours_term = 24;
    p.priority = 64;
    PriorityTerms t = split_terms(p, 1);
    CHECK(t.maturity == 25);
    CHECK(t.readiness == 15);
    CHECK(t.hours == 24);
    CHECK(t.priority == 64);
  }
  SUBCASE("a third each") {
    // 100/3 × 3 = 100: floors 33.3 × 3 = 99.9, one tenth to the first (ties: term order).
    p.maturity_term = p.readiness_term = p.hours_term = 100.0 / 3;
    p.priority = 100;
    PriorityTerms t = split_terms(p, 1);
    CHECK(t.maturity == doctest::Approx(33.4));
    CHECK(t.readiness == doctest::Approx(33.3));
    CHECK(t.hours == doctest::Approx(33.3));
    CHECK(t.priority == 100);
  }
}

TEST_CASE("medtime::level_of") {
  CHECK(level_of(0) == Level::low);
  CHECK(level_of(39.9) == Level::low);
  CHECK(level_of(40) == Level::medium);
  CHECK(level_of(69.9) == Level::medium);
  CHECK(level_of(70) == Level::high);
  CHECK(level_of(100) == Level::high);
}

TEST_CASE("medtime::order_actions") {
  Questionnaire q;
  // gain per effort = mid gain / effort (low 1, medium 2, high 3):
  q.actions = {action_with("a", Effort::low, 1, 2),        // 1.5
               action_with("b", Effort::high, 3, 6),       // 4.5 / 3 = 1.5
               action_with("c", Effort::medium, 1, 2),     // 1.5 / 2 = 0.75
               action_with("d", Effort::low, 2, 4),        // 3
               action_with("e", Effort::low, 0.1, 0.2),    // 0.15
               action_with("f", Effort::medium, 0.1, 0.5)}; // 0.3 / 2 = 0.15
  SUBCASE("by gain per effort, ties in file order") {
    CHECK(ids_of(order(q, {0, 1, 2, 3})) == std::vector<std::string>{"d", "a", "b", "c"});
  }
  SUBCASE("only the triggered ones") {
    CHECK(ids_of(order(q, {2, 1})) == std::vector<std::string>{"b", "c"});
    CHECK(order(q, {}).empty());
  }
  SUBCASE("ties equal on paper only") {
    // (0.1 + 0.2)/2 is 0.15000000000000002 in binary, 0.6/4 is 0.15: still a tie.
    CHECK(ids_of(order(q, {5, 4})) == std::vector<std::string>{"f", "e"});
    CHECK(ids_of(order(q, {4, 5})) == std::vector<std::string>{"e", "f"});
  }
}

TEST_CASE("medtime::make_plan") {
  Questionnaire q1, q2;
  q1.actions = {action_with("x1", Effort::medium, 1, 2), // 0.75
                action_with("x2", Effort::low, 0.5, 1)};  // 0.75
  q2.actions = {action_with("y1", Effort::low, 1, 2),    // 1.5
                action_with("y2", Effort::high, 1, 2)};  // 0.5
  std::vector<ReportLever> levers(2);
  levers[0].actions = order(q1, {0, 1});
  levers[1].actions = order(q2, {0, 1});
  auto ids = [](const std::vector<PlanItem>& plan) {
    std::vector<std::string> out;
    for (const auto& item : plan) {
      out.push_back(item.action->id);
    }
    return out;
  };
  levers[0].rank = 1;
  levers[1].rank = 2;
  SUBCASE("one action per lever in rank order, then the best left") {
    // Step 1: lever ranked 1, its best x1 (0.75, first in file order);
    // step 2: lever ranked 2, y1 (1.5) even though it beats x1; step 3: no
    // ranked lever left, the best remaining: x2 0.75 against y2 0.5.
    auto plan = plan_of(levers, 3);
    CHECK(ids(plan) == std::vector<std::string>{"x1", "y1", "x2"});
    CHECK(plan[0].lever == 0);
    CHECK(plan[0].reason == PlanReason::lever_rank);
    CHECK(plan[1].lever == 1);
    CHECK(plan[2].reason == PlanReason::best_remaining);
  }
  SUBCASE("a ranked lever with no action is skipped; unranked levers only fill") {
    Questionnaire q3;
    q3.actions = {action_with("z1", Effort::low, 4, 6)}; // 5: the best of all
    std::vector<ReportLever> three(3);
    three[0].rank = 1; // no action
    three[1].rank = 2;
    three[1].actions = order(q2, {0, 1});
    three[2].actions = order(q3, {0}); // not ranked (too few answers)
    auto plan = plan_of(three, 3);
    CHECK(ids(plan) == std::vector<std::string>{"y1", "z1", "y2"});
    CHECK(plan[1].reason == PlanReason::best_remaining);
  }
  SUBCASE("an action with no gain is never taken") {
    Questionnaire q0;
    q0.actions = {action_with("nothing", Effort::low, 0, 0)};
    std::vector<ReportLever> one(1);
    one[0].rank = 1;
    one[0].actions = order(q0, {0});
    CHECK(plan_of(one, 3).empty());
  }
  SUBCASE("fewer actions than places") {
    CHECK(ids(plan_of(levers, 10)) == std::vector<std::string>{"x1", "y1", "x2", "y2"});
    CHECK(plan_of({}, 3).empty());
  }
}

TEST_CASE("medtime::make_plan counts every hour once") {
  // A time budget of two categories, phone 4 h and appointments 2 h, and
  // three levers whose actions share them.
  TimeBudget budget;
  budget.hours = {4, 2};
  budget.answered = true;
  auto shares = [](std::string id, Effort effort, std::vector<CategoryGain> gains) {
    Action a;
    a.id = std::move(id);
    a.effort = effort;
    a.gain_shares = std::move(gains);
    return a;
  };
  Questionnaire q1, q2, q3;
  // Alone: phone 4 × [0.5, 0.8] = 2–3.2, appointments 2 × [0.5, 0.8] = 1–1.6: 3–4.8.
  q1.actions = {shares("assistant", Effort::high, {{"phone", 0, 0.5, 0.8, {}}, {"rdv", 1, 0.5, 0.8, {}}}),
                // Alone 4 × [0.2, 0.5] = 0.8–2 on the phone only.
                shares("telesecretariat", Effort::low, {{"phone", 0, 0.2, 0.5, {}}})};
  // Online booking: appointments 2 × [0.3, 0.6] = 0.6–1.2.
  q2.actions = {shares("agenda", Effort::low, {{"rdv", 1, 0.3, 0.6, {}}})};
  // Already covered by the assistant on the phone: phone 4 × [0.1, 0.2].
  q3.actions = {shares("messages", Effort::low, {{"phone", 0, 0.1, 0.2, {}}}),
                shares("nothing", Effort::low, {})};
  std::vector<ReportLever> levers(3);
  levers[0].rank = 1;
  levers[0].actions = order(q1, {0}, budget); // the assistant replaced the télésecrétariat
  levers[1].rank = 2;
  levers[1].actions = order(q2, {0}, budget);
  levers[2].rank = 3;
  levers[2].actions = order(q3, {0, 1}, budget);
  double low = 0, high = 0;
  auto plan = make_plan(levers, budget, 3, low, high);
  REQUIRE(plan.size() == 3);
  CHECK(plan[0].action->id == "assistant");
  CHECK(plan[1].action->id == "agenda");
  CHECK(plan[2].action->id == "messages");
  // By hand, each category combined once over the plan's actions:
  //   low:  phone 4 × (1 − 0.5 × 0.9) = 2.2; rdv 2 × (1 − 0.5 × 0.7) = 1.3; 3.5
  //   high: phone 4 × (1 − 0.2 × 0.8) = 3.36; rdv 2 × (1 − 0.2 × 0.4) = 1.84; 5.2
  // never the plain sum of the ranges (3–4.8 + 0.6–1.2 + 0.4–0.8 = 4–6.8).
  CHECK(low == doctest::Approx(3.5));
  CHECK(high == doctest::Approx(5.2));
  // Each action's marginal gain: what it adds to those above it, at the
  // low end and at the high end, shown smaller first.
  CHECK(plan[0].marginal.low == doctest::Approx(3));
  CHECK(plan[0].marginal.high == doctest::Approx(4.8));
  CHECK(plan[1].marginal.low == doctest::Approx(0.24));  // high end: 2 × 0.2 × 0.6
  CHECK(plan[1].marginal.high == doctest::Approx(0.3));  // low end: 2 × 0.5 × 0.3
  CHECK(plan[1].gain.low == doctest::Approx(0.6));       // alone
  CHECK(plan[2].marginal.low == doctest::Approx(0.16));  // high end: 4 × 0.2 × 0.2
  CHECK(plan[2].marginal.high == doctest::Approx(0.2));  // low end: 4 × 0.5 × 0.1
  SUBCASE("an action frees no more than its lever's answers allow") {
    // The lever frees 0.4 of phone (a task delegated in part): an action
    // declaring [0.5, 0.8] of it is capped at 0.4 at both ends.
    Questionnaire q;
    q.actions = {shares("assistant", Effort::high, {{"phone", 0, 0.5, 0.8, {}}})};
    std::vector<ReportLever> one(1);
    one[0].rank = 1;
    one[0].actions = order(q, {0}, budget, {0.4, 0});
    CHECK(one[0].actions[0].gain.low == doctest::Approx(1.6)); // 4 × 0.4
    CHECK(one[0].actions[0].gain.high == doctest::Approx(1.6));
    double lo = 0, hi = 0;
    make_plan(one, budget, 3, lo, hi);
    CHECK(hi == doctest::Approx(1.6)); // never more than the lever's 4 × 0.4 at stake
  }
  SUBCASE("an action that adds nothing is never picked") {
    // Once the assistant frees all the phone hours, a phone-only action adds 0.
    Questionnaire full;
    full.actions = {shares("all_phone", Effort::low, {{"phone", 0, 1, 1, {}}})};
    Questionnaire more;
    more.actions = {shares("messages", Effort::low, {{"phone", 0, 0.1, 0.2, {}}})};
    std::vector<ReportLever> two(2);
    two[0].rank = 1;
    two[0].actions = order(full, {0}, budget);
    two[1].rank = 2;
    two[1].actions = order(more, {0}, budget);
    auto p = plan_of(two, 3, budget);
    REQUIRE(p.size() == 1);
    CHECK(p[0].action->id == "all_phone");
  }
}

TEST_CASE("medtime::build_report") {
  Fixture f;
  const Report& r = f.report;
  REQUIRE(r.levers.size() == 4);
  SUBCASE("rank order and figures") {
    // numerique: M (0 + 0.4)/2 = 20, no readiness (50), H 10 × 0.6 = 6 > 5:
    //   40 + 10 + 30 = 80.   deleguer: M 50, R (1 + 0.5)/2 = 75, H 8 × 0.5 = 4:
    //   25 + 15 + 24 = 64.   cooperer: too few answers.  patients: not answered.
    CHECK(r.levers[0].questionnaire().id == "numerique");
    CHECK(r.levers[0].rank == 1);
    CHECK(r.levers[0].terms->priority == doctest::Approx(80));
    CHECK(r.levers[0].readiness_source == ReadinessSource::no_answers);
    CHECK(r.levers[0].readiness_used == 50);
    CHECK(r.levers[0].hours_capped);
    CHECK(r.levers[1].questionnaire().id == "deleguer");
    CHECK(r.levers[1].rank == 2);
    CHECK(r.levers[1].maturity == doctest::Approx(50));
    CHECK(r.levers[1].readiness == doctest::Approx(75));
    CHECK(r.levers[1].terms->hours == doctest::Approx(24));
    CHECK(r.levers[1].terms->priority == doctest::Approx(64));
    CHECK_FALSE(r.levers[1].hours_capped);
    CHECK(r.levers[2].questionnaire().id == "cooperer");
    CHECK(r.levers[2].score.status == LeverStatus::insufficient);
    CHECK_FALSE(r.levers[2].rank);
    CHECK_FALSE(r.levers[2].terms);
    CHECK(r.levers[3].score.status == LeverStatus::not_assessed);
  }
  SUBCASE("plan and totals") {
    // Step 1, numerique (ranked 1): agenda_en_ligne, 2 h per effort. Step 2,
    // deleguer (ranked 2): telesecretariat 1.5 (ties assistant_medical, file
    // order). Step 3, no ranked lever left: the best remaining of all,
    // assistant_medical 4.5 / 3 = 1.5 against annuaire_partage 1, dictee 0.75.
    // Gains 1–3 + 1–2 + 3–6 = 5–11. Hours: 6 + 4 + 1 (cooperer 4 × 0.25) = 11.
    REQUIRE(r.plan.size() == 3);
    CHECK(r.plan[0].action->id == "agenda_en_ligne");
    CHECK(r.plan[1].action->id == "telesecretariat");
    CHECK(r.plan[2].action->id == "assistant_medical");
    CHECK(r.plan[2].reason == PlanReason::best_remaining);
    CHECK(plan_reason(r, r.plan[0], Lang::fr) == "levier classé 1\u00a0: Numérique");
    CHECK(plan_reason(r, r.plan[2], Lang::en) == "added: Delegation");
    CHECK(r.plan_gain_min == 5);
    CHECK(r.plan_gain_max == 11);
    CHECK(r.hours_at_stake == 11); // 6 + 4 + 1, no category shared
    CHECK(r.budget_hours == 22);
    REQUIRE(r.budget.size() == 3);
    CHECK(r.budget[1].category->id == "telephone");
    CHECK(r.budget[1].hours == 10);
    CHECK(r.budget[1].at_stake == 6);
    CHECK(r.assessed_levers == 3);
    CHECK(r.next_review == "2027-02-22"); // three months after 2026-11-22
  }
  SUBCASE("actions under each lever") {
    CHECK(ids_of(r.levers[0].actions) ==
          std::vector<std::string>{"agenda_en_ligne", "dictee", "messagerie_securisee"});
    CHECK(ids_of(r.levers[1].actions) ==
          std::vector<std::string>{"telesecretariat", "assistant_medical", "modeles_courriers"});
    CHECK(ids_of(r.levers[2].actions) == std::vector<std::string>{"annuaire_partage"});
    CHECK(r.levers[3].actions.empty());
  }
}

TEST_CASE("medtime::why_sentence") {
  Fixture f;
  Profile profile;
  CHECK(why_sentence(f.report.levers[1], profile, Lang::en) ==
        "25.0\u00a0(medium maturity) +\u00a015.0\u00a0(strong readiness) +\u00a024.0\u00a0"
        "(about 4.0\u00a0h/week at stake) =\u00a064.0");
  CHECK(why_sentence(f.report.levers[0], profile, Lang::fr) ==
        "40,0\u00a0(maturité faible) +\u00a010,0\u00a0(disposition à agir supposée à 50, sans réponse) "
        "+\u00a030,0\u00a0(environ 6,0\u00a0h/sem. en jeu, comptées jusqu'à 5\u00a0h) =\u00a080,0");
}

TEST_CASE("medtime::report_json") {
  Fixture f;
  auto j = report_json(f.report, Lang::en);
  CHECK(j["schema"] == "medtime.report/2");
  CHECK(j["next_review"] == "2027-02-22");
  CHECK(j["hours_at_stake"] == 11.0);
  CHECK(j["plan_gain_hours"] == nlohmann::ordered_json::array({5.0, 11.0}));
  CHECK(j["time_budget"]["total_hours"] == 22.0);
  CHECK(j["plan"][0]["gain_hours"] == nlohmann::ordered_json::array({1.0, 3.0}));
  CHECK(j["plan"][0]["marginal_gain_hours"] == nlohmann::ordered_json::array({1.0, 3.0}));
  const auto& lever = j["levers"][1];
  std::vector<std::string> keys;
  for (const auto& item : lever.items()) {
    keys.push_back(item.key());
  }
  CHECK(keys == std::vector<std::string>{
                    "id", "questionnaire", "name", "title", "rank", "status", "maturity",
                    "readiness", "readiness_source", "readiness_used", "potential_hours",
                    "hours_capped", "priority", "terms", "band", "band_label",
                    "maturity_answered", "maturity_applicable", "actions"});
  CHECK(lever["priority"] == 64.0);
  CHECK(lever["terms"]["readiness"] == 15.0);
  CHECK(j["levers"][0]["readiness"].is_null());
  CHECK(j["levers"][0]["readiness_used"] == 50.0);
  CHECK(j["levers"][2]["priority"].is_null());
  CHECK(j["levers"][3]["status"] == "not_assessed");
  CHECK(j["plan"][2]["action"] == "assistant_medical");
}

TEST_CASE("medtime::render_report_text") {
  Fixture f;
  SUBCASE("80 columns, no colour when plain") {
    std::string text = render_report_text(f.report, Lang::fr, Style(false));
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(test::overlong_lines(text, k_report_width) == std::vector<std::string>{});
  }
  SUBCASE("paths from a deep folder: whole, on lines of their own") {
    // The report's paths are as long as the folder the answers lie in
    // (a clone in a deep folder, a long user name): they must never push
    // words past the width nor be cut.
    Report r = f.report;
    const std::string deep = "/" + std::string(120, 'x') + "/reponses.yaml";
    r.source = deep;
    r.profile.source = "/" + std::string(100, 'p') + "/profil.yaml";
    std::string text = render_report_text(r, Lang::fr, Style(false));
    CHECK(test::overlong_lines(text, k_report_width) == std::vector<std::string>{});
    // The command is continued with a backslash, its path alone on a line.
    CHECK(text.find("     medtime ask cooperer -o \\\n       " + deep + "\n") != std::string::npos);
    CHECK(text.find("Profil de pondération :\n/" + std::string(100, 'p') + "/profil.yaml\n") !=
          std::string::npos);
  }
  SUBCASE("a relative path stays relative, quoted for the shell when it must be") {
    Report r = f.report;
    r.source = "mes réponses.yaml";
    std::string text = render_report_text(r, Lang::fr, Style(false));
    CHECK(text.find("     medtime ask cooperer -o 'mes réponses.yaml'\n") != std::string::npos);
    r.source = "suivi/2026-11.yaml";
    text = render_report_text(r, Lang::fr, Style(false));
    CHECK(text.find("     medtime ask cooperer -o suivi/2026-11.yaml\n") != std::string::npos);
  }
  SUBCASE("colour when asked") {
    CHECK(render_report_text(f.report, Lang::en, Style(true)).find("\x1b[1m") != std::string::npos);
  }
}

TEST_CASE("medtime::wrap_lines") {
  CHECK(wrap_lines("un deux trois quatre", 9) ==
        std::vector<std::string>{"un deux", "trois", "quatre"});
  CHECK(wrap_lines("  a\n\n b  ", 10) == std::vector<std::string>{"a b"});
  CHECK(wrap_lines("anticonstitutionnellement x", 5) ==
        std::vector<std::string>{"anticonstitutionnellement", "x"});
  SUBCASE("french punctuation stays with its word") {
    CHECK(wrap_lines("Pourquoi ce rang : oui", 16) ==
          std::vector<std::string>{"Pourquoi ce", "rang : oui"});
    CHECK(wrap_lines("le « cooperer » ici", 8) ==
          std::vector<std::string>{"le", "« cooperer »", "ici"});
  }
  SUBCASE("a number stays with its thousands groups and its unit") {
    CHECK(wrap_lines("aide de 19 000 € par an", 10) ==
          std::vector<std::string>{"aide de", "19 000 €", "par an"});
    CHECK(wrap_lines("soit 53 %", 5) == std::vector<std::string>{"soit", "53 %"});
    CHECK(wrap_lines("du 2026-08-31 → 2026-11-16", 12) ==
          std::vector<std::string>{"du", "2026-08-31 → 2026-11-16"});
  }
  CHECK(wrap_lines("", 10).empty());
}

TEST_CASE("medtime::wrap_hanging") {
  CHECK(wrap_hanging("un deux trois quatre", "  - ", 4, 14) == "  - un deux\n    trois\n    quatre\n");
  // Leading spaces of the text go to the prefix and to the hang.
  CHECK(wrap_hanging("  un deux trois", "", 2, 10) == "  un deux\n    trois\n");
  CHECK(wrap_hanging("a b", "> ", 2, 80, [](const std::string& l) { return "[" + l + "]"; }) ==
        "> [a b]\n");
  CHECK(wrap_hanging("", "- ", 2, 80).empty());
}

TEST_CASE("medtime::html_escape") {
  CHECK(html_escape("<script>alert(\"x\") & 'y'</script>") ==
        "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
  CHECK(html_escape("déjà vu") == "déjà vu");
}

TEST_CASE("medtime::render_report_html") {
  // A questionnaire and an answers file that put markup and quotes in every
  // text that reaches the page: titles, band labels, actions, respondent.
  QuestionnaireSet set = load_questionnaire_set(k_data + "/hostile");
  Assessment assessment = load_assessment(k_data + "/hostile-answers.yaml", set);
  ScoreSet scores = score_assessment(set, assessment);
  Report report = build_report(assessment, scores, set.categories(), Profile{});
  SUBCASE("html") {
    std::string html = render_report_html(report, Lang::fr);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("onerror=\"") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;") != std::string::npos);
    // The time budget's bars, in SVG, escape the category's label too.
    CHECK(html.find("&lt;script&gt;alert(&#39;cat&#39;)&lt;/script&gt;") != std::string::npos);
    // Self-contained: nothing that would load a resource.
    for (const char* fetch :
         {"<link", "<iframe", "<object", "href=", "src=\"", "url(", "@import"}) {
      CHECK_MESSAGE(html.find(fetch) == std::string::npos, fetch);
    }
  }
  SUBCASE("markdown") {
    std::string md = render_report_markdown(report, Lang::fr);
    // Every < and > is backslash-escaped, so no renderer would read a tag.
    for (size_t i = 0; i < md.size(); ++i) {
      if (md[i] == '<' || md[i] == '>') {
        CHECK_MESSAGE(md[i - 1] == '\\', md.substr(i, 20));
      }
    }
    CHECK(md.find("\\<script\\>alert('id')\\</script\\>") != std::string::npos);
  }
}

} // TEST_SUITE

TEST_SUITE("report: supporting areas") {

const QuestionnaireSet& support_set() {
  static const QuestionnaireSet set = load_questionnaire_set(MEDTIME_TEST_DATA "/support");
  return set;
}

// The report of `answers` (under "answers:") against the support set.
Report support_report(const std::string& answers) {
  Diagnostics diags("a.yaml");
  Assessment a = parse_assessment("answers:\n" + answers, support_set(), "a.yaml", diags);
  REQUIRE_MESSAGE(!diags.has_errors(), test::messages(diags));
  ScoreSet scores = score_assessment(support_set(), a);
  return build_report(a, scores, support_set().categories(), Profile{});
}

const std::string k_budget = "  budget: {version: 1, hours: {booking: 4, phone: 2}, practice: solo}\n";

TEST_CASE("a supporting area is scored, not ranked, and asked only when asked_when holds") {
  const auto& set = support_set();
  REQUIRE(set.size() == 3);
  CHECK(set.items()[2].is_support());
  CHECK(set.scored().size() == 2); // the lever and the area; no time budget
  // Solo, no staff, no plan to hire: not concerned.
  Report solo = support_report(k_budget + "  levier: {version: 1, staff: secretary, plan: no}\n"
                                          "  equipe: {version: 1, fiche_ecrite: yes, accueil: oui, envie: yes}\n");
  REQUIRE(solo.supports.size() == 1);
  CHECK(solo.supports[0].score.status == LeverStatus::scored); // staff == secretary
  Report none = support_report(k_budget + "  levier: {version: 1, staff: none, plan: no}\n"
                                          "  equipe: {version: 1, fiche_ecrite: no}\n");
  CHECK(none.supports[0].score.status == LeverStatus::not_concerned);
  CHECK_FALSE(none.supports[0].maturity.has_value());
  // Never one of the ranked levers.
  for (const auto& lever : none.levers) {
    CHECK(lever.questionnaire().is_lever());
  }
  // The lever not answered: whether it holds cannot be known, so it is asked.
  Report unknown = support_report(k_budget + "  equipe: {version: 1, fiche_ecrite: yes, accueil: oui}\n");
  CHECK(unknown.supports[0].score.status == LeverStatus::scored);
  CHECK(unknown.supports[0].maturity == doctest::Approx(100));
}

TEST_CASE("evaluate_across is three-valued: unknown or true holds, unknown and false does not") {
  const auto& set = support_set();
  const Condition& when = *set.items()[2].asked_when; // practice == group or staff == ... or plan == yes
  Diagnostics diags("a.yaml");
  Assessment group = parse_assessment(
      "answers:\n  budget: {version: 1, practice: group}\n", set, "a.yaml", diags);
  CHECK(is_asked(set, 2, group, time_budget(set, group)));
  Assessment solo = parse_assessment("answers:\n  budget: {version: 1, practice: solo}\n", set,
                                     "a.yaml", diags);
  // practice false, the lever unknown: unknown, so asked.
  std::vector<AnswersView> views(set.size());
  std::vector<char> applicable{1, 1};
  views[0] = {&set.items()[0], &solo.response(0)->answers, &applicable};
  CHECK_FALSE(evaluate_across(when, views, nullptr).has_value());
  CHECK(is_asked(set, 2, solo, time_budget(set, solo)));
  Assessment all_no = parse_assessment(
      "answers:\n  budget: {version: 1, practice: solo}\n  levier: {version: 1, staff: none, plan: no}\n",
      set, "a.yaml", diags);
  CHECK_FALSE(is_asked(set, 2, all_no, time_budget(set, all_no)));
  REQUIRE_MESSAGE(!diags.has_errors(), test::messages(diags));
}

TEST_CASE("a plan action lists the prerequisites the answers trigger, and those not known") {
  // The area answered: the job description is written, onboarding is not.
  Report r = support_report(k_budget + "  levier: {version: 1, staff: none, plan: yes}\n"
                                       "  equipe: {version: 1, fiche_ecrite: yes, accueil: non, envie: yes}\n");
  REQUIRE(r.plan.size() == 1);
  CHECK(r.plan[0].action->id == "hire");
  REQUIRE(r.plan[0].prerequisites.size() == 1);
  CHECK(r.plan[0].prerequisites[0].action->id == "accueil");
  CHECK(r.plan[0].prerequisites[0].known);
  // Prerequisites count no hours: the plan's hours are the action's own.
  CHECK(r.plan_gain_min == doctest::Approx(4 * 0.5 + 2 * 0.5));
  // The area not answered: both are to check.
  Report open = support_report(k_budget + "  levier: {version: 1, staff: none, plan: yes}\n");
  REQUIRE(open.plan.size() == 1);
  REQUIRE(open.plan[0].prerequisites.size() == 2);
  CHECK_FALSE(open.plan[0].prerequisites[0].known);
  std::string text = render_report_text(open, Lang::fr, Style{});
  CHECK(text.find("→ À vérifier d'abord : Rédiger la fiche de poste (Équipe, effort faible) —\n"
                  "        questionnaire equipe non rempli") != std::string::npos);
  CHECK(text.find("Conditions de réussite") != std::string::npos);
  // Everything done: no prerequisite.
  Report done = support_report(k_budget + "  levier: {version: 1, staff: none, plan: yes}\n"
                                          "  equipe: {version: 1, fiche_ecrite: yes, accueil: oui}\n");
  CHECK(done.plan[0].prerequisites.empty());
  nlohmann::ordered_json j = report_json(r, Lang::en);
  CHECK(j["plan"][0]["prerequisites"][0]["action"] == "accueil");
  CHECK(j["supporting_areas"][0]["status"] == "scored");
}

} // TEST_SUITE

} // namespace medtime
