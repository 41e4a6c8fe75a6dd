#include "check/check.h"
#include "load/questionnaire_loader.h"
#include "review/review_render.h"
#include "review/dates.h"
#include "review/objectives.h"
#include "review/review.h"
#include "review/review_words.h"

#include <doctest/doctest.h>
#include <fstream>

#include "helpers.h"

using namespace medtime;

namespace {

const std::string k_dir = std::string(MEDTIME_TEST_DATA) + "/review/";

const QuestionnaireSet& fixture_set() {
  static const QuestionnaireSet set = load_questionnaire_set(k_dir + "set");
  return set;
}

std::vector<std::string> paths(std::initializer_list<const char*> names) {
  std::vector<std::string> out;
  for (const char* name : names) {
    out.push_back(k_dir + name);
  }
  return out;
}

// The q1-q4 series, given out of order on purpose.
Review fixture_review(const Objectives* objectives = nullptr) {
  ReviewInputs inputs =
    load_review_inputs(paths({ "q3.yaml", "q1.yaml", "q4.yaml", "q2.yaml" }), fixture_set());
  return compute_review(fixture_set(), inputs, ReviewOptions{}, objectives);
}

Objectives parse(const std::string& text, Diagnostics& diags) {
  return parse_objectives(text, "obj.yaml", fixture_set(), diags);
}

std::string first_error(const std::string& text) {
  Diagnostics diags("obj.yaml");
  parse(text, diags);
  REQUIRE(diags.has_errors());
  for (const auto& d : diags.items()) {
    if (d.severity == Severity::error) {
      return d.format();
    }
  }
  return {};
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

ReviewAssessment at(const char* date) {
  ReviewAssessment a;
  a.date = date;
  a.day = *days_from_iso(date);
  return a;
}

Objective maturity_target(double target, const char* by) {
  Objective o;
  o.lever = "alpha";
  o.target = target;
  o.by = by;
  return o;
}

} // namespace

TEST_SUITE("review") {

  TEST_CASE("medtime::days_from_iso") {
    SUBCASE("epoch and a known date") {
      CHECK(days_from_iso("1970-01-01") == 0);
      // 1970 to 2026: 56 years of 365 days plus 14 leap days (1972 to 2024,
      // every 4 years: (2024 − 1972)/4 + 1 = 14): 20440 + 14 = 20454; then
      // 14 days into January.
      CHECK(days_from_iso("2026-01-01") == 20454);
      CHECK(days_from_iso("2026-01-15") == 20468);
    }
    SUBCASE("leap days and round trips") {
      CHECK(*days_from_iso("2024-03-01") - *days_from_iso("2024-02-28") == 2);
      CHECK(*days_from_iso("2100-03-01") - *days_from_iso("2100-02-28") ==
            1); // 2100 is no leap year
      CHECK(iso_from_days(*days_from_iso("2024-02-29")) == "2024-02-29");
      CHECK(iso_from_days(20454) == "2026-01-01");
      CHECK(iso_from_days(-1) == "1969-12-31");
    }
    SUBCASE("invalid dates") {
      CHECK_FALSE(days_from_iso("2026-02-29").has_value());
      CHECK_FALSE(days_from_iso("2026-13-01").has_value());
      CHECK_FALSE(days_from_iso("15/01/2026").has_value());
    }
  }

  TEST_CASE("medtime::parse_objectives") {
    SUBCASE("a list of lever and indicator targets") {
      Diagnostics diags("obj.yaml");
      Objectives o = parse("- {lever: alpha, maturity: 70, by: 2026-12-31}\n"
                           "- {indicator: alpha.heures_admin, value: 3.5, by: 2027-06-30}\n",
                           diags);
      CHECK(diags.items().empty());
      REQUIRE(o.items.size() == 2);
      CHECK(o.items[0].kind == Objective::Kind::maturity);
      CHECK(o.items[0].target_id() == "alpha");
      CHECK(o.items[0].target == 70);
      CHECK(o.items[0].by == "2026-12-31");
      CHECK(o.items[1].kind == Objective::Kind::indicator);
      CHECK(o.items[1].target_id() == "alpha.heures_admin");
      CHECK(o.items[1].target == 3.5);
      CHECK(o.items[1].pos.line == 2);
    }
    SUBCASE("the action, owner and means of a contract of objectives") {
      Diagnostics diags("obj.yaml");
      Objectives o = parse("- {lever: alpha, maturity: 70, by: 2026-12-31, action: Recruter, "
                           "owner: Dr A, means: \"2 h/sem.\"}\n"
                           "- {lever: beta, maturity: 50, by: 2026-06-30}\n",
                           diags);
      CHECK(diags.items().empty());
      REQUIRE(o.items.size() == 2);
      CHECK(o.items[0].action == "Recruter");
      CHECK(o.items[0].owner == "Dr A");
      CHECK(o.items[0].means == "2 h/sem.");
      CHECK(o.items[1].owner.empty());
      ObjectiveReview reviewed;
      reviewed.objective = o.items[0];
      CHECK(review_words::objective_plan(reviewed, Lang::fr) ==
            "Action : Recruter · responsable : Dr A · moyens : 2 h/sem.");
      reviewed.objective = o.items[1];
      CHECK(review_words::objective_plan(reviewed, Lang::en).empty());
    }
    SUBCASE("the list under an objectives key") {
      Diagnostics diags("obj.yaml");
      Objectives o = parse("objectives:\n  - {lever: beta, maturity: 50, by: 2026-06-30}\n", diags);
      CHECK(diags.items().empty());
      CHECK(o.items.size() == 1);
    }
    SUBCASE("unknown lever with did you mean") {
      CHECK(first_error("- {lever: alph, maturity: 70, by: 2026-12-31}\n") ==
            "obj.yaml:1:11: error E503: unknown lever \"alph\"; expected one of alpha, beta; did you mean "
            "\"alpha\"?");
    }
    SUBCASE("maturity outside 0-100") {
      CHECK(first_error("- {lever: beta, maturity: 120, by: 2026-12-31}\n") ==
            "obj.yaml:1:27: error E080: \"maturity\" of objective 1 must be from 0 to 100, got \"120\"");
    }
    SUBCASE("bad date") {
      CHECK(first_error("- {lever: beta, maturity: 50, by: 2026-13-01}\n") ==
            "obj.yaml:1:35: error E506: \"by\" of objective 1 must be a date written YYYY-MM-DD, got "
            "\"2026-13-01\"");
    }
    SUBCASE("missing date") {
      CHECK(first_error("- {lever: beta, maturity: 50}\n") ==
            "obj.yaml:1:3: error E076: objective 1 has no \"by\"");
    }
    SUBCASE("unknown indicator") {
      CHECK(
        first_error("- {indicator: alpha.heures_admn, value: 3, by: 2026-12-31}\n") ==
        "obj.yaml:1:15: error E504: unknown indicator \"alpha.heures_admn\"; expected questionnaire.question, "
        "one of alpha.heures_admin; did you mean \"alpha.heures_admin\"?");
    }
    SUBCASE("a question that is no indicator") {
      CHECK(first_error("- {indicator: alpha.tools, value: 3, by: 2026-12-31}\n") ==
            "obj.yaml:1:15: error E505: question \"alpha.tools\" is not an indicator (a number question with "
            "indicator: true); indicators: alpha.heures_admin");
    }
    SUBCASE("an indicator value outside its question's bounds") {
      CHECK(first_error("- {indicator: alpha.heures_admin, value: 50, by: 2026-12-31}\n") ==
            "obj.yaml:1:42: error E080: \"value\" of objective 1 must be from 0 to 40, got \"50\"");
    }
    SUBCASE("both or neither") {
      CHECK(first_error(
              "- {lever: beta, indicator: alpha.heures_admin, maturity: 5, by: 2026-12-31}\n") ==
            "obj.yaml:1:3: error E501: objective 1 names both a lever and an indicator; write one objective "
            "for each");
      CHECK(first_error("- {maturity: 5, by: 2026-12-31}\n") ==
            "obj.yaml:1:3: error E502: objective 1 has no \"lever\" (with \"maturity\") or \"indicator\" (with "
            "\"value\")");
    }
    SUBCASE("unknown key") {
      CHECK(first_error("- {lever: beta, maturity: 50, by: 2026-12-31, note: x}\n") ==
            "obj.yaml:1:47: error E089: unknown key \"note\" in objective 1");
    }
    SUBCASE("not a list") {
      CHECK(first_error("objectives: 3\n") ==
            "obj.yaml:1:13: error E500: the objectives must be a list of {lever, maturity, by} or "
            "{indicator, value, by}, got text \"3\"");
    }
    SUBCASE("an empty list is a warning") {
      Diagnostics diags("obj.yaml");
      parse("[]\n", diags);
      REQUIRE(diags.items().size() == 1);
      CHECK(diags.items()[0].format() == "obj.yaml:1:1: warning W500: no objectives in this file");
    }
    SUBCASE("objectives with an error are left out, the others kept") {
      Diagnostics diags("obj.yaml");
      Objectives o = parse("- {lever: beta, maturity: 50, by: 2026-12-31}\n"
                           "- {lever: gamma, maturity: 50, by: 2026-12-31}\n",
                           diags);
      CHECK(diags.error_count() == 1);
      CHECK(o.items.size() == 1);
    }
  }

  TEST_CASE("medtime::check_file") {
    auto set = [&]() -> const QuestionnaireSet& { return fixture_set(); };
    SUBCASE("a valid objectives file") {
      CheckResult r = check_file(k_dir + "objectives.yaml", set);
      CHECK(r.kind == FileKind::objectives);
      CHECK_FALSE(r.diagnostics.has_errors());
      CHECK(r.summary == "objectives file, 5 objectives");
    }
    SUBCASE("every problem of a bad one") {
      CheckResult r = check_file(k_dir + "bad-objectives.yaml", set);
      CHECK(r.kind == FileKind::objectives);
      CHECK(r.diagnostics.error_count() == 7);
    }
  }

  TEST_CASE("medtime::load_review_inputs") {
    SUBCASE("unordered inputs come out by date") {
      ReviewInputs inputs =
        load_review_inputs(paths({ "q3.yaml", "q1.yaml", "q4.yaml", "q2.yaml" }), fixture_set());
      REQUIRE(inputs.assessments.size() == 4);
      CHECK(inputs.assessments[0].date == "2026-01-15");
      CHECK(inputs.assessments[1].date == "2026-04-15");
      CHECK(inputs.assessments[2].date == "2026-07-15");
      CHECK(inputs.assessments[3].date == "2026-10-15");
      CHECK(inputs.warnings.empty());
    }
    SUBCASE("what could not be compared, in date order") {
      ReviewInputs inputs =
        load_review_inputs(paths({ "q2.yaml", "q4.yaml", "q1.yaml" }), fixture_set());
      REQUIRE(inputs.not_comparable.size() == 4);
      CHECK(inputs.not_comparable[0].format() ==
            k_dir + "q1.yaml:5:14: warning W100: answers are for version 1 of \"alpha\", but the "
                    "questionnaire is version 2; answers are compared by question id");
      CHECK(inputs.not_comparable[1].format() ==
            k_dir + "q1.yaml:8:5: warning E115: unknown question \"ancien\" in \"alpha\"; left out");
      CHECK(inputs.not_comparable[2].format() ==
            k_dir + "q2.yaml:5:14: warning W100: answers are for version 1 of \"alpha\", but the "
                    "questionnaire is version 2; answers are compared by question id");
      CHECK(inputs.not_comparable[3].format() ==
            k_dir +
              "q2.yaml:8:12: warning E101: question \"canal\" has no option \"telephone\"; expected "
              "one of phone, online; left out");
    }
    SUBCASE("two on the same date") {
      CHECK(error_of([] {
              load_review_inputs(paths({ "q2.yaml", "same-date.yaml" }), fixture_set());
            }) == k_dir + "same-date.yaml:2:7: error E510: same date 2026-04-15 as " + k_dir +
                    "q2.yaml; a review needs one self-assessment per date");
    }
    SUBCASE("one without a date") {
      CHECK(error_of([] {
              load_review_inputs(paths({ "q2.yaml", "no-date.yaml" }), fixture_set());
            }) ==
            k_dir +
              "no-date.yaml:1:1: error E509: no \"date\": a review needs the date of each self-assessment "
              "(YYYY-MM-DD)");
    }
    SUBCASE("different respondents are an error, a warning with allow_mixed") {
      CHECK_THROWS_WITH(
        load_review_inputs(paths({ "q1.yaml", "other-respondent.yaml" }), fixture_set()),
        (k_dir + "q1.yaml: error E508: respondent \"dr-test\" differs from \"dr-other\" in " + k_dir +
         "other-respondent.yaml; a review follows one doctor (--allow-mixed compares them as one)")
          .c_str());
      ReviewInputs inputs =
        load_review_inputs(paths({ "q1.yaml", "other-respondent.yaml" }), fixture_set(), true);
      REQUIRE(inputs.warnings.size() == 1);
      CHECK(inputs.warnings[0].format() ==
            k_dir + "q1.yaml: warning W501: respondent \"dr-test\" differs from \"dr-other\" in " +
              k_dir + "other-respondent.yaml; the review compares them as one");
    }
    SUBCASE("a missing file is a usage error") {
      CHECK_THROWS_AS(load_review_inputs(paths({ "q1.yaml", "absent.yaml" }), fixture_set()),
                      UsageError);
    }
  }

  TEST_CASE("medtime::compute_review") {
    // Maturity by hand (alpha: staff none 0 / part 0.5 / full 1, tools x/4,
    // agenda yes 1, each weight 1; version 1 has no agenda, so it is missing):
    //   q1 2026-01-15: (0 + 0.25) / 2         = 12.5
    //   q2 2026-04-15: (0.5 + 0.5) / 2        = 50
    //   q3 2026-07-15: (0.5 + 0.75 + 1) / 3   = 75
    //   q4 2026-10-15: (1 + 0.75 + 1) / 3     = 91.67
    // beta: b1 (x − 1)/4, b2 no 0: q1 (0.5 + 0)/2 = 25; q2 (1 + 0)/2 = 50;
    // q3 not answered; q4 (0.75 + 0)/2 = 37.5.
    Review review = fixture_review();
    REQUIRE(review.levers.size() == 2);
    const LeverReview& alpha = review.levers[0];
    const LeverReview& beta = review.levers[1];

    SUBCASE("maturity series and deltas") {
      CHECK(*alpha.maturity[0] == doctest::Approx(12.5));
      CHECK(*alpha.maturity[3] == doctest::Approx(91.6667).epsilon(1e-4));
      CHECK(*alpha.change.since_first == doctest::Approx(79.1667).epsilon(1e-4)); // 91.67 − 12.5
      CHECK(*alpha.change.since_previous == doctest::Approx(16.6667).epsilon(1e-4)); // 91.67 − 75
      CHECK(alpha.change.trend == Trend::improved);
      CHECK(alpha.change.overall == Trend::improved);
    }
    SUBCASE("a lever absent at one date is compared across it") {
      CHECK_FALSE(beta.maturity[2].has_value());
      CHECK(beta.scores[2].status == LeverStatus::not_assessed);
      CHECK(*beta.change.previous == 1); // q2, the last measured before q4
      CHECK(*beta.change.since_previous == doctest::Approx(-12.5)); // 37.5 − 50
      CHECK(*beta.change.since_first == doctest::Approx(12.5));     // 37.5 − 25
      CHECK(beta.change.trend == Trend::regressed);
      CHECK(beta.change.overall == Trend::improved);
      REQUIRE(review.regressed().size() == 1);
      CHECK(review.regressed()[0] == &beta);
    }
    SUBCASE("a regression before the last period does not count") {
      // q2 → q4 beta fell 50 → 37.5; q5 (the latest) answers alpha only, as
      // q4 did (91.67, stable), so over the last period (q4 → q5) nothing
      // regressed.
      ReviewInputs inputs =
        load_review_inputs(paths({ "q2.yaml", "q4.yaml", "q5-alpha-only.yaml" }), fixture_set());
      Review r = compute_review(fixture_set(), inputs, ReviewOptions{});
      CHECK(r.levers[1].change.trend == Trend::regressed); // its own last change
      CHECK(r.regressed().empty());
    }
    SUBCASE("band changes") {
      REQUIRE(alpha.band_changes.size() == 2);
      CHECK(alpha.band_changes[0].from->id == "a_engager"); // 12.5 < 40
      CHECK(alpha.band_changes[0].to->id == "en_cours");    // 40 <= 50 < 70
      CHECK(alpha.band_changes[0].to_at == 1);
      CHECK(alpha.band_changes[1].to->id == "bien_engage"); // 75 >= 70
      CHECK(alpha.band_changes[1].up);
      REQUIRE(beta.band_changes.size() == 2);
      CHECK(beta.band_changes[1].from->id == "en_cours"); // 50
      CHECK(beta.band_changes[1].to->id == "a_engager");  // 37.5
      CHECK(beta.band_changes[1].from_at == 1);
      CHECK(beta.band_changes[1].to_at == 3);
      CHECK_FALSE(beta.band_changes[1].up);
    }
    SUBCASE("actions done and new") {
      // alpha actions: 0 hire (staff none: q1), 1 tools_up (tools < 3: q1 q2),
      // 2 agenda (not agenda yes: q1 q2), 3 full (staff part: q2 q3),
      // 4 new_one (staff full: q4).
      REQUIRE(alpha.since_previous.has_value());
      CHECK(alpha.since_previous->from_at == 2);
      CHECK(alpha.since_previous->done == std::vector<int>{ 3 });
      CHECK(alpha.since_previous->added == std::vector<int>{ 4 });
      CHECK(alpha.since_previous->open.empty());
      CHECK(alpha.since_first->done == std::vector<int>{ 0, 1, 2 });
      CHECK(alpha.since_first->added == std::vector<int>{ 4 });
      // beta: 0 b_act (b2 no: always), 1 b_low (b1 <= 3: q1 only).
      CHECK(beta.since_previous->from_at == 1);
      CHECK(beta.since_previous->done.empty());
      CHECK(beta.since_previous->open == std::vector<int>{ 0 });
      CHECK(beta.since_first->done == std::vector<int>{ 1 });
    }
    SUBCASE("indicators") {
      REQUIRE(review.indicators.size() == 1);
      const IndicatorReview& hours = review.indicators[0];
      CHECK(hours.id() == "alpha.heures_admin");
      CHECK(hours.better == Better::lower); // `better: lower`
      CHECK(*hours.change.since_first == doctest::Approx(-4.5)); // 5.5 − 10
      // −0.5 from 6 is 8.3 % of it, under the 10 % threshold.
      CHECK(hours.change.trend == Trend::stable);
      CHECK(hours.change.overall == Trend::improved);
    }
    SUBCASE("the current ranking with the default profile") {
      // beta at q4: 100 × (0.5 × (1 − 0.375) + 0.2 × 0.5 + 0.3 × 0) = 41.25 (no readiness: 50).
      // alpha at q4: 0.5 × (1 − 0.9167) = 0.0417; readiness unanswered: 0.2 × 0.5 = 0.1;
      // no time budget in this set, so no hours: total 14.17.
      REQUIRE(review.ranking.size() == 2);
      CHECK(review.ranking[0].lever == 1);
      CHECK(*beta.priority == doctest::Approx(41.25));
      CHECK(*alpha.priority == doctest::Approx(14.1667).epsilon(1e-4));
      CHECK(*beta.rank == 1);
      CHECK(*alpha.rank == 2);
      CHECK(*alpha.previous_rank == 1); // at q3 only alpha was assessed
      CHECK_FALSE(beta.previous_rank.has_value());
    }
    SUBCASE("a scoring profile changes the ranking") {
      // Maturity alone: priority = 100 × (1 − M/100): alpha 8.33, beta 62.5.
      ReviewInputs inputs = load_review_inputs(paths({ "q1.yaml", "q4.yaml" }), fixture_set());
      ReviewOptions options;
      Diagnostics diags("p.yaml");
      options.profile =
        parse_profile("weights: {maturity: 1, readiness: 0, hours: 0}\n", "p.yaml", diags);
      REQUIRE_FALSE(diags.has_errors());
      Review r = compute_review(fixture_set(), inputs, options);
      CHECK(*r.levers[0].priority == doctest::Approx(8.3333).epsilon(1e-4));
      CHECK(*r.levers[1].priority == doctest::Approx(62.5));
      CHECK(r.ranking[0].lever == 1);
    }
    SUBCASE("a larger threshold makes small moves stable") {
      ReviewInputs inputs =
        load_review_inputs(paths({ "q1.yaml", "q2.yaml", "q4.yaml" }), fixture_set());
      ReviewOptions options;
      options.threshold = 15;
      Review r = compute_review(fixture_set(), inputs, options);
      CHECK(r.levers[1].change.trend == Trend::stable); // |−12.5| < 15
      CHECK(r.regressed().empty());
    }
  }

  TEST_CASE("medtime::classify") {
    CHECK(classify(5, 50, 5, false, Better::higher) ==
          Trend::improved); // exactly the threshold counts
    CHECK(classify(4.9, 50, 5, false, Better::higher) == Trend::stable);
    CHECK(classify(-5, 50, 5, false, Better::higher) == Trend::regressed);
    CHECK(classify(-1, 10, 10, true, Better::lower) == Trend::improved); // 1 is 10 % of 10
    CHECK(classify(-0.9, 10, 10, true, Better::lower) == Trend::stable);
    CHECK(classify(2, 0, 10, true, Better::lower) == Trend::regressed); // from 0 any move counts
    CHECK(classify(2, 10, 10, true, Better::unknown) == Trend::changed);
  }

  TEST_CASE("medtime::indicator_direction") {
    Question q;
    q.type = QuestionType::number;
    CHECK(indicator_direction(q) == Better::unknown);
    q.better = -1; // `better: lower`
    CHECK(indicator_direction(q) == Better::lower);
    q.value_bands = { { 2.0, 0.0 }, { std::nullopt, 1.0 } }; // more is better
    CHECK(indicator_direction(q) == Better::higher);
  }

  TEST_CASE("medtime::evaluate_objective") {
    // Two points 2026-07-15 (75) and 2026-10-15 (91.67): 92 days apart
    // (16 left in July + 31 + 30 + 15), a pace of 16.67 / 92 = 0.1812 points a day.
    std::vector<ReviewAssessment> dates{ at("2026-07-15"), at("2026-10-15") };
    std::vector<std::optional<double>> values{ 75.0, 75 + 50.0 / 3 };
    SUBCASE("on track") {
      // 95 − 91.67 = 3.33 points to go: 3.33 / 0.1812 = 18.4 days, so the 19th
      // day after 2026-10-15: 2026-11-03, before 2026-12-31.
      ObjectiveReview r =
        evaluate_objective(maturity_target(95, "2026-12-31"), dates, values, Better::higher);
      CHECK(r.status == ObjectiveStatus::on_track);
      CHECK(iso_from_days(*r.reach_day) == "2026-11-03");
      CHECK(*r.pace_per_day == doctest::Approx(50.0 / 3 / 92));
    }
    SUBCASE("behind, with the date at this pace") {
      // 100 − 91.67 = 8.33 points: 8.33 × 92 / 16.67 = 46 days exactly:
      // 2026-10-15 + 46 = 2026-11-30 (16 days to Oct 31, 30 of November),
      // after 2026-11-15.
      ObjectiveReview r =
        evaluate_objective(maturity_target(100, "2026-11-15"), dates, values, Better::higher);
      CHECK(r.status == ObjectiveStatus::behind);
      CHECK(iso_from_days(*r.reach_day) == "2026-11-30");
      CHECK_FALSE(r.never);
    }
    SUBCASE("on the deadline day is on track") {
      ObjectiveReview r =
        evaluate_objective(maturity_target(100, "2026-11-30"), dates, values, Better::higher);
      CHECK(r.status == ObjectiveStatus::on_track);
    }
    SUBCASE("never at this pace") {
      std::vector<std::optional<double>> falling{ 50.0, 37.5 };
      ObjectiveReview r =
        evaluate_objective(maturity_target(60, "2026-12-31"), dates, falling, Better::higher);
      CHECK(r.status == ObjectiveStatus::behind);
      CHECK(r.never);
      CHECK_FALSE(r.reach_day.has_value());
    }
    SUBCASE("met") {
      ObjectiveReview r =
        evaluate_objective(maturity_target(90, "2026-01-01"), dates, values, Better::higher);
      CHECK(r.status == ObjectiveStatus::met);
      CHECK(*r.current_at == 1);
    }
    SUBCASE("one measurement: behind, pace unknown") {
      std::vector<std::optional<double>> one{ std::nullopt, 40.0 };
      ObjectiveReview r =
        evaluate_objective(maturity_target(60, "2026-12-31"), dates, one, Better::higher);
      CHECK(r.status == ObjectiveStatus::behind);
      CHECK_FALSE(r.pace_per_day.has_value());
      CHECK_FALSE(r.never);
    }
    SUBCASE("no measurement") {
      std::vector<std::optional<double>> none{ std::nullopt, std::nullopt };
      ObjectiveReview r =
        evaluate_objective(maturity_target(60, "2026-12-31"), dates, none, Better::higher);
      CHECK(r.status == ObjectiveStatus::no_data);
    }
    SUBCASE("an indicator to bring down") {
      // 6 h then 5.5 h: −0.5 in 92 days. 4 h is 1.5 h away: 1.5 × 92 / 0.5 =
      // 276 days after 2026-10-15: 16 (Oct) + 30 + 31 + 31 + 28 + 31 + 30 + 31
      // + 30 = 258 to 2027-06-30, + 18 = 2027-07-18.
      Objective o;
      o.kind = Objective::Kind::indicator;
      o.target = 4;
      o.by = "2026-12-31";
      std::vector<std::optional<double>> hours{ 6.0, 5.5 };
      ObjectiveReview r = evaluate_objective(o, dates, hours, Better::lower);
      CHECK(r.lower_is_better);
      CHECK(r.status == ObjectiveStatus::behind);
      CHECK(iso_from_days(*r.reach_day) == "2027-07-18");
    }
    SUBCASE("direction from the first value when unknown") {
      Objective o;
      o.kind = Objective::Kind::indicator;
      o.target = 5;
      o.by = "2026-12-31";
      std::vector<std::optional<double>> hours{ 6.0, 5.0 };
      ObjectiveReview r = evaluate_objective(o, dates, hours, Better::unknown);
      CHECK(r.lower_is_better); // 5 is below the first value, 6
      CHECK(r.status == ObjectiveStatus::met);
    }
  }

  TEST_CASE("medtime::review_json") {
    Objectives objectives = load_objectives(k_dir + "objectives.yaml", fixture_set());
    auto j = review_json(fixture_review(&objectives));
    CHECK(j["schema"] == "medtime.review/1");
    CHECK(j["respondent"]["id"] == "dr-test");
    CHECK(j["assessments"].size() == 4);
    CHECK(j["assessments"][0]["date"] == "2026-01-15");
    CHECK(j["regressed"] == nlohmann::ordered_json::array({ "beta" }));
    const auto& alpha = j["levers"][0];
    CHECK(alpha["id"] == "alpha");
    CHECK(alpha["series"][0]["maturity"] == 12.5);
    CHECK(alpha["current"] == 91.67);
    CHECK(alpha["change_since_first"] == 79.17);
    CHECK(alpha["trend"] == "improved");
    CHECK(alpha["band_changes"][1]["to"] == "bien_engage");
    CHECK(alpha["actions_since_previous"]["done"] == nlohmann::ordered_json::array({ "full" }));
    CHECK(alpha["actions_since_previous"]["new"] == nlohmann::ordered_json::array({ "new_one" }));
    CHECK(j["levers"][1]["series"][2]["status"] == "not_assessed");
    CHECK(j["levers"][1]["series"][2]["maturity"].is_null());
    CHECK(j["indicators"][0]["better"] == "lower");
    REQUIRE(j["objectives"].size() == 5);
    CHECK(j["objectives"][0]["status"] == "on_track");
    CHECK(j["objectives"][0]["reach_date"] == "2026-11-03");
    CHECK(j["objectives"][1]["status"] == "behind");
    CHECK(j["objectives"][2]["never_at_this_pace"] == true);
    CHECK(j["objectives"][3]["status"] == "met");
    CHECK(j["objectives"][4]["direction"] == "at_most");
    CHECK(j["objectives"][4]["reach_date"] == "2027-07-18");
    CHECK(j["ranking"][0]["lever"] == "beta");
    CHECK(j["not_comparable"].size() == 4);
    CHECK(j["not_comparable"][1]["line"] == 8);
  }

  // `text` with its line breaks and their indentation made single spaces, so
  // that a check does not depend on where a sentence wraps.
  std::string unwrapped(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        while (i + 1 < text.size() && text[i + 1] == ' ') {
          ++i;
        }
        out += ' ';
      } else {
        out += text[i];
      }
    }
    return out;
  }

  TEST_CASE("medtime::render_review_text") {
    Objectives objectives = load_objectives(k_dir + "objectives.yaml", fixture_set());
    Review review = fixture_review(&objectives);
    SUBCASE("french, with trend marks and sparklines") {
      std::string text = unwrapped(render_review_text(review, Lang::fr, Style(false)));
      // alpha 12.5, 50, 75, 91.67 on 0-100 in eighths: 1, 4, 6, 7 → ▂▅▇█
      CHECK(text.find("▂▅▇█") != std::string::npos);
      CHECK(text.find("↑ progresse") != std::string::npos);
      CHECK(text.find("↓ recule") != std::string::npos);
      CHECK(text.find("▃▅ ▄") != std::string::npos); // beta, absent at q3
      CHECK(text.find("en bonne voie : 92 le 2026-10-15") != std::string::npos);
      CHECK(text.find("jamais atteint à ce rythme") != std::string::npos);
      CHECK(text.find("\x1b[") == std::string::npos);
    }
    SUBCASE("french: what could not be compared, in French") {
      // The loader's warnings have codes: they are written in the run's
      // language when the answers are read.
      struct Restore {
        ~Restore() { set_message_lang(Lang::en); }
      } restore;
      set_message_lang(Lang::fr);
      Review french = fixture_review(&objectives);
      std::string text = unwrapped(render_review_text(french, Lang::fr, Style(false)));
      CHECK(text.find("Non comparable") != std::string::npos);
      CHECK(text.find("q1.yaml:5:14: attention W100 : les réponses sont pour la version 1 de « alpha », "
                      "mais le questionnaire est en version 2 ; les réponses sont rapprochées par "
                      "identifiant de question") != std::string::npos);
      CHECK(text.find("q1.yaml:8:5: attention E115 : question inconnue « ancien » dans « alpha » ; "
                      "réponse ignorée") != std::string::npos);
      CHECK(text.find("q2.yaml:8:12: attention E101 : la question « canal » n'a pas d'option "
                      "« telephone » ; attendu : phone, online ; réponse ignorée") != std::string::npos);
      for (const char* english : { "warning", "answers are", "left out", "expected" }) {
        CHECK_MESSAGE(text.find(english) == std::string::npos, english);
      }
      std::string md = render_review_md(french, Lang::fr);
      CHECK(md.find("left out") == std::string::npos);
      CHECK(md.find("réponse ignorée") != std::string::npos);
      std::string html = render_review_html(french, Lang::fr);
      CHECK(html.find("left out") == std::string::npos);
    }
    SUBCASE("english") {
      std::string text = unwrapped(render_review_text(review, Lang::en, Style(false)));
      CHECK(text.find("reached around 2027-07-18") != std::string::npos);
      CHECK(text.find("Not comparable") != std::string::npos);
    }
    SUBCASE("a long objectives path: whole, on a line of its own") {
      Review deep = review;
      deep.objectives_file = "/" + std::string(120, 'x') + "/objectifs.yaml";
      std::string text = render_review_text(deep, Lang::fr, Style(false));
      for (const auto& line : test::overlong_lines(text, 80)) {
        FAIL_CHECK(line);
      }
      CHECK(text.find("\nObjectifs\n  (" + deep.objectives_file + ")\n") != std::string::npos);
    }
    SUBCASE("colour when asked") {
      CHECK(render_review_text(review, Lang::fr, Style(true)).find("\x1b[31m") !=
            std::string::npos);
    }
  }

  TEST_CASE("medtime::render_review_html") {
    ReviewInputs inputs = load_review_inputs(paths({ "q1.yaml", "q2.yaml" }), fixture_set());
    inputs.assessments[1].respondent = { { "id", "<script>alert(1)</script>" } };
    Review review = compute_review(fixture_set(), inputs, ReviewOptions{});
    std::string html = render_review_html(review, Lang::fr);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
    CHECK(html.find("<polyline class=\"line\"") != std::string::npos);
    CHECK(html.find("http") == html.find("http://www.w3.org/2000/svg")); // no other link
    CHECK(html.find("@media print") != std::string::npos);
    // Indicators by their label ("Heures d'administratif par semaine ?" up to
    // its question mark), the id only as a tooltip.
    CHECK(html.find("<td>Levier alpha : Heures d&#39;administratif par semaine (h/semaine)</td>") !=
          std::string::npos);
    CHECK(html.find("<td>alpha.heures_admin") == std::string::npos);
    CHECK(html.find("<h3 title=\"alpha.heures_admin\">") != std::string::npos);
    // The last date of a chart ends at its point: never cut by the chart's edge.
    CHECK(html.find("text-anchor=\"end\">2026-04</text>") != std::string::npos);
  }

  TEST_CASE("medtime::render_review_md") {
    std::string md = render_review_md(fixture_review(), Lang::en);
    CHECK(md.find("# Periodic review — dr-test") == 0);
    CHECK(md.find("| lever | 2026-01-15 |") != std::string::npos);
    CHECK(md.find("**↓ regressed**") != std::string::npos);
  }

  TEST_CASE("medtime::render_review_md escapes the texts of files") {
    // The report's hostile questionnaire (markup in the title, the bands and
    // an action that is always proposed) answered twice by a respondent
    // whose id is a script.
    QuestionnaireSet set = load_questionnaire_set(std::string(MEDTIME_TEST_DATA) + "/report/hostile");
    test::TempDir dir;
    std::vector<std::string> files;
    for (const char* date : { "2026-01-15", "2026-06-15" }) {
      files.push_back(dir.file(std::string(date) + ".yaml"));
      std::ofstream(files.back()) << "respondent: {id: \"<script>alert(1)</script>\"}\n"
                                  << "date: " << date << "\n"
                                  << "answers:\n  hostile: {version: 1, q1: no, hours: 3}\n";
    }
    Review review = compute_review(set, load_review_inputs(files, set), ReviewOptions{}, nullptr);
    std::string md = render_review_md(review, Lang::en);
    CHECK(md.find("# Periodic review — \\<script\\>alert(1)\\</script\\>\n") == 0);
    CHECK(md.find("\\<img src=x onerror=\"alert(1)\"\\> \\| \\*bold\\* \\[link\\](http://example.org)") !=
          std::string::npos); // the action, still open
    CHECK(md.find("\\<script\\>alert(\"title\")\\</script\\> \\& 'co'") != std::string::npos);
    for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
      CHECK(md[at - 1] == '\\'); // no raw HTML
    }
  }

} // TEST_SUITE
