// Tests of the cost module: plan loading and its errors, parameter sets, the
// computation of doc/method.md#cost-benefit-sheet (every number worked out by hand in a
// comment), derivation from answers, and the renderers.
#include "helpers.h"

#include "cost/cost.h"
#include "cost/cost_files.h"
#include "cost/derive.h"
#include "cost/parameters.h"
#include "cost/plan_loader.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "cost/cost_render.h"
#include "cost/cost_words.h"

#include <cmath>
#include <doctest/doctest.h>

using namespace medtime;

namespace {

const std::string k_data = std::string(MEDTIME_TEST_DATA) + "/cost";

// The test parameter set: round numbers (fee 25 €, 15 min, 40 weeks...).
const ParameterSet& round_set() {
  static const ParameterSet set = load_parameter_set_file(k_data + "/parameters/round.yaml");
  return set;
}

Plan plan_of(std::string_view text) {
  Diagnostics diags("plan.yaml");
  auto plan = parse_plan(text, "plan.yaml", diags);
  for (const auto& d : diags.items()) {
    INFO(d.format());
  }
  REQUIRE(plan.has_value());
  return *plan;
}

CostInputs inputs_of(std::string_view text, Diagnostics* warnings = nullptr) {
  Diagnostics diags("plan.yaml");
  CostInputs in = resolve_plan(plan_of(text), round_set(), diags);
  if (warnings != nullptr) {
    *warnings = diags;
  }
  return in;
}

CostSheet sheet_of(std::string_view text) {
  return compute_cost(inputs_of(text));
}

// Every diagnostic of parsing `text` as a plan, formatted.
std::vector<std::string> plan_diagnostics(std::string_view text) {
  Diagnostics diags("plan.yaml");
  parse_plan(text, "plan.yaml", diags);
  std::vector<std::string> out;
  for (const auto& d : diags.items()) {
    out.push_back(d.format());
  }
  return out;
}

std::string first_error(std::string_view text) {
  auto all = plan_diagnostics(text);
  return all.empty() ? std::string() : all.front();
}

// A plan with one assistant médical at 0.5 FTE and the CNAM aid, over four
// years, every doctor's figure given (the parameter set only supplies the
// aid schedule: 15 000 / 10 000 / 5 000 € at 0.5 FTE).
constexpr std::string_view k_assistant_plan = R"(doctor:
  consultation_fee: 25
  consultation_minutes: 15
  weeks_per_year: 40
  reinvest_share: 0.5
  personal_hour_value: 0
staff:
  - {id: am, role: assistant_medical, fte: 0.5, gross_monthly: 2400, employer_rate: 0.25, aid: cnam_assistant_medical}
tasks:
  - {id: rendez_vous, hours_per_week: 6, share: 0.5, to: am}
  - {id: preparation_consultations, hours_per_week: 4, share: 1, to: am}
supervision_hours_per_week: 1
setup_hours: 20
horizon_years: 4
)";

} // namespace

TEST_SUITE("cost") {

  TEST_CASE("medtime::compute_cost") {
    SUBCASE("assistant with aid over four years") {
      CostSheet s = sheet_of(k_assistant_plan);
      // weekly delegated = 6 × 0.5 + 4 × 1 = 7 h
      CHECK(s.weekly_delegated_hours == doctest::Approx(7));
      REQUIRE(s.years.size() == 4);
      // hours freed: year 1 (7 − 1) × 40 − 20 = 220; then (7 − 1) × 40 = 240
      CHECK(s.years[0].hours_freed == doctest::Approx(220));
      CHECK(s.years[1].hours_freed == doctest::Approx(240));
      CHECK(s.years[3].hours_freed == doctest::Approx(240));
      // extra consultations: 220 × 0.5 × 60 / 15 = 440; 240 × 0.5 × 4 = 480
      CHECK(s.years[0].extra_consultations == doctest::Approx(440));
      CHECK(s.years[1].extra_consultations == doctest::Approx(480));
      // revenue: 440 × 25 = 11 000; 480 × 25 = 12 000
      CHECK(s.years[0].revenue == doctest::Approx(11000));
      CHECK(s.years[1].revenue == doctest::Approx(12000));
      CHECK(s.years[0].personal_value == doctest::Approx(0));
      // staff cost: 0.5 × 2 400 × 12 × 1.25 = 18 000 every year
      CHECK(s.years[0].staff_cost == doctest::Approx(18000));
      CHECK(s.years[3].staff_cost == doctest::Approx(18000));
      // net: 11 000 + 15 000 − 18 000 = 8 000; 12 000 + 10 000 − 18 000 = 4 000;
      // 12 000 + 5 000 − 18 000 = −1 000 in years 3 and 4
      CHECK(s.years[0].net == doctest::Approx(8000));
      CHECK(s.years[1].net == doctest::Approx(4000));
      CHECK(s.years[2].net == doctest::Approx(-1000));
      CHECK(s.years[3].net == doctest::Approx(-1000));
      // cumulative: 8 000, 12 000, 11 000, 10 000
      CHECK(s.years[1].cumulative_net == doctest::Approx(12000));
      CHECK(s.years[3].cumulative_net == doctest::Approx(10000));
      REQUIRE(s.payback_year.has_value());
      CHECK(*s.payback_year == 1);
      // break-even: (18 000 − 15 000 − 0) / 25 / 40 = 3; (18 000 − 10 000) / 1 000 = 8;
      // (18 000 − 5 000) / 1 000 = 13
      CHECK(s.years[0].break_even == doctest::Approx(3));
      CHECK(s.years[1].break_even == doctest::Approx(8));
      CHECK(s.years[2].break_even == doctest::Approx(13));
    }

    SUBCASE("the aid is conditional: sector and patient list") {
      // The round set: sectors 1 and 2 with OPTAM, at least 500 patients.
      auto with_doctor = [](std::string_view lines) {
        std::string text(k_assistant_plan);
        text.replace(text.find("  personal_hour_value: 0\n"), 24,
                     "  personal_hour_value: 0\n" + std::string(lines));
        return text;
      };
      CostInputs in = inputs_of(with_doctor("  sector: 2\n  patient_list: 1200\n"));
      REQUIRE(in.staff.size() == 1);
      CHECK(in.staff[0].aid_check.status == AidStatus::not_eligible);
      CHECK(in.staff[0].aid_check.reasons ==
            std::vector<AidReason>{ AidReason::sector_excluded, AidReason::list_enough });
      CostSheet refused = compute_cost(in);
      // Sector 2 without OPTAM: no aid at all. Year 1: 11 000 + 0 − 18 000 = −7 000;
      // years 2 to 4: 12 000 − 18 000 = −6 000 each.
      CHECK(refused.years[0].aid == 0);
      CHECK(refused.years[0].net == doctest::Approx(-7000));
      CHECK(refused.years[3].cumulative_net == doctest::Approx(-25000));
      CHECK_FALSE(refused.payback_year.has_value());

      CostInputs small = inputs_of(with_doctor("  sector: 1\n  patient_list: 300\n"));
      CHECK(small.staff[0].aid_check.status == AidStatus::not_eligible);
      CHECK(small.staff[0].aid_check.reasons ==
            std::vector<AidReason>{ AidReason::sector_eligible, AidReason::list_too_small });

      CostInputs ok = inputs_of(with_doctor("  sector: 2_optam\n  patient_list: 500\n"));
      CHECK(ok.staff[0].aid_check.status == AidStatus::eligible);
      // Nothing said: the aid is kept, to check.
      CostInputs unknown = inputs_of(k_assistant_plan);
      CHECK(unknown.staff[0].aid_check.status == AidStatus::to_check);
      CHECK(unknown.staff[0].aid_check.reasons ==
            std::vector<AidReason>{ AidReason::sector_unknown, AidReason::list_unknown });
      CHECK(compute_cost(unknown).years[0].aid == doctest::Approx(15000));
    }

    SUBCASE("net if the commitment is missed: no aid from the target year") {
      CostSheet s = sheet_of(k_assistant_plan);
      // Target year 3 in the round set. Years 1–2 as net (8 000, 4 000);
      // years 3–4: −1 000 − 5 000 = −6 000.
      CHECK(s.years[0].net_if_target_missed == doctest::Approx(8000));
      CHECK(s.years[1].net_if_target_missed == doctest::Approx(4000));
      CHECK(s.years[2].net_if_target_missed == doctest::Approx(-6000));
      CHECK(s.years[3].net_if_target_missed == doctest::Approx(-6000));
      // cumulative: 8 000 + 4 000 − 6 000 − 6 000 = 0
      CHECK(s.years[3].cumulative_net_if_target_missed == doctest::Approx(0));
    }

    SUBCASE("capacity: hours beyond the contract are not counted") {
      // A quarter time (8.75 h of 35) given 6 × 0.5 + 4 × 1 + 5 × 1 = 12 h:
      // 3.25 h left out, 8.75 h counted.
      std::string text(k_assistant_plan);
      text.replace(text.find("fte: 0.5"), 8, "fte: 0.25");
      text.replace(text.find(", aid: cnam_assistant_medical"), 29, "");
      text.replace(text.find("supervision_hours_per_week"), 0,
                   "  - {id: courrier, hours_per_week: 5, share: 1, to: am}\n");
      CostSheet s = sheet_of(text);
      CHECK(s.weekly_assigned_hours == doctest::Approx(12));
      CHECK(s.weekly_delegated_hours == doctest::Approx(8.75));
      REQUIRE(s.capacity.size() == 1);
      CHECK(s.capacity[0].contracted_hours == doctest::Approx(8.75));
      CHECK(s.capacity[0].used_hours == doctest::Approx(8.75));
      CHECK(s.capacity[0].left_out_hours == doctest::Approx(3.25));
      CHECK(s.capacity[0].status == CapacityStatus::over);
      // hours freed in year 2: (8.75 − 1) × 40 = 310, not (12 − 1) × 40 = 440
      CHECK(s.years[1].hours_freed == doctest::Approx(310));
    }

    SUBCASE("other costs: monthly every year, once in year 1") {
      std::string text(k_assistant_plan);
      text += "other_costs:\n"
              "  - {id: poste, label: Poste de travail, once: 1200}\n"
              "  - {id: logiciel, label: Licence, monthly: 25}\n";
      CostSheet s = sheet_of(text);
      // year 1: 1 200 + 25 × 12 = 1 500; then 300 a year
      CHECK(s.years[0].other_costs == doctest::Approx(1500));
      CHECK(s.years[1].other_costs == doctest::Approx(300));
      // net year 1: 11 000 + 15 000 − 18 000 − 1 500 = 6 500; year 2: 4 000 − 300 = 3 700
      CHECK(s.years[0].net == doctest::Approx(6500));
      CHECK(s.years[1].net == doctest::Approx(3700));
      // break-even year 2: (18 000 + 300 − 10 000) / 25 / 40 = 8.3
      CHECK(s.years[1].break_even == doctest::Approx(8.3));
      // the sensitivity's cost factor touches wages only: year 4, r = 0.5,
      // cost −20 %: 12 000 + 5 000 − 14 400 − 300 = 2 300
      CHECK(s.sensitivity.net[2][0] == doctest::Approx(2300));
    }

    SUBCASE("staff routes: Asalée and IPA cost nothing, a shared employee her share") {
      CostInputs in = inputs_of("staff:\n"
                                "  - {id: asalee, role: asalee}\n"
                                "  - {id: ipa, role: ipa}\n"
                                "  - {id: p, role: shared, fte: 1, share: 0.3}\n"
                                "tasks:\n"
                                "  - {id: a, hours_per_week: 3, share: 1, to: asalee}\n"
                                "  - {id: b, hours_per_week: 2, share: 1, to: ipa}\n"
                                "  - {id: c, hours_per_week: 12, share: 1, to: p}\n");
      CostSheet s = compute_cost(in);
      // shared as a secretary (round set 2 000 €, 25 %): 0.3 × 1 × 2 000 × 12 × 1.25 = 9 000
      CHECK(s.years[0].staff_cost == doctest::Approx(9000));
      // her cap is 0.3 × 35 = 10.5 h of the 12 given: 1.5 h left out; Asalée
      // and IPA have no contract, their 5 h all count: 15.5 h.
      REQUIRE(s.capacity.size() == 3);
      CHECK(s.capacity[0].status == CapacityStatus::no_contract);
      CHECK(s.capacity[2].contracted_hours == doctest::Approx(10.5));
      CHECK(s.capacity[2].left_out_hours == doctest::Approx(1.5));
      CHECK(s.weekly_delegated_hours == doctest::Approx(15.5));
      // Only the doctor's own employees bring the default other costs: none
      // here, while a secretary brings the set's five lines.
      CHECK(in.other_costs.empty());
      CHECK(inputs_of("staff: [{id: s, role: secretary, fte: 0.5}]\n"
                      "tasks: [{id: a, hours_per_week: 3, share: 1}]\n")
              .other_costs.size() == 5);
    }

    SUBCASE("a tele-secretariat paid by the call") {
      CostInputs in = inputs_of("staff:\n  - {id: t, role: provider, calls_per_month: 400, "
                                "price_per_call: 1.1}\ntasks:\n  - {id: telephone, "
                                "hours_per_week: 4, share: 1}\n");
      // (20 base in the round set + 400 × 1.1) × 12 = 460 × 12 = 5 520
      CHECK(compute_cost(in).years[0].staff_cost == doctest::Approx(5520));
      // a provider is not an employee: no default other costs
      CHECK(in.other_costs.empty());
    }

    SUBCASE("aid schedule across years 1, 2 and 3 on") {
      // 1 FTE in the round set: 30 000, 20 000, then 10 000 a year
      std::string text(k_assistant_plan);
      text.replace(text.find("fte: 0.5"), 8, "fte: 1");
      CostSheet s = sheet_of(text);
      CHECK(s.years[0].aid == doctest::Approx(30000));
      CHECK(s.years[1].aid == doctest::Approx(20000));
      CHECK(s.years[2].aid == doctest::Approx(10000));
      CHECK(s.years[3].aid == doctest::Approx(10000));
      // staff cost at 1 FTE: 1 × 2 400 × 12 × 1.25 = 36 000
      CHECK(s.years[0].staff_cost == doctest::Approx(36000));
    }

    SUBCASE("provider only, every default from the parameter set") {
      CostInputs in = inputs_of("staff:\n  - {id: tele, role: provider}\n"
                                "tasks:\n  - {id: telephone, hours_per_week: 5, share: 0.8}\n");
      CostSheet s = compute_cost(in);
      // the task goes to the only staff member
      CHECK(in.tasks[0].to == "tele");
      // weekly 5 × 0.8 = 4 h; defaults: supervision 1, setup 10, 40 weeks, 3 years
      CHECK(s.weekly_delegated_hours == doctest::Approx(4));
      REQUIRE(s.years.size() == 3);
      // hours: (4 − 1) × 40 − 10 = 110, then 120
      CHECK(s.years[0].hours_freed == doctest::Approx(110));
      CHECK(s.years[1].hours_freed == doctest::Approx(120));
      // consultations 110 × 0.5 × 4 = 220 → 5 500 €; 240 → 6 000 €
      CHECK(s.years[0].revenue == doctest::Approx(5500));
      CHECK(s.years[2].revenue == doctest::Approx(6000));
      // fee 200 € × 12 = 2 400 €; no aid
      CHECK(s.years[0].staff_cost == doctest::Approx(2400));
      CHECK(s.years[0].aid == doctest::Approx(0));
      // net 5 500 − 2 400 = 3 100; 6 000 − 2 400 = 3 600; cumulative 10 300
      CHECK(s.years[0].net == doctest::Approx(3100));
      CHECK(s.years[2].cumulative_net == doctest::Approx(10300));
      // break-even 2 400 / 25 / 40 = 2.4
      CHECK(s.years[0].break_even == doctest::Approx(2.4));
      REQUIRE(s.capacity.size() == 1);
      CHECK(s.capacity[0].status == CapacityStatus::no_contract);
      CHECK(s.warnings.empty());
      CHECK(in.staff[0].monthly_fee->origin == Origin::parameter);
      CHECK(in.staff[0].monthly_fee->key == "provider_monthly_fee");
      CHECK(in.consultation_fee.key == "consultation_fee");
    }

    constexpr std::string_view k_secretary =
      R"(doctor: {consultation_fee: 30, consultation_minutes: 20, weeks_per_year: 45, reinvest_share: 0, personal_hour_value: 50}
staff:
  - {id: sec, role: secretary, fte: 1, annual_cost: 30000}
tasks:
  - {id: facturation, hours_per_week: 20, share: 1}
supervision_hours_per_week: 2
setup_hours: 0
horizon_years: 1
)";

    SUBCASE("no aid, reinvest share 0, payback none") {
      CostSheet s = sheet_of(k_secretary);
      // hours freed (20 − 2) × 45 = 810; nothing reinvested
      CHECK(s.years[0].hours_freed == doctest::Approx(810));
      CHECK(s.years[0].extra_consultations == doctest::Approx(0));
      CHECK(s.years[0].revenue == doctest::Approx(0));
      // personal value 810 × (1 − 0) × 50 = 40 500
      CHECK(s.years[0].personal_value == doctest::Approx(40500));
      CHECK(s.years[0].aid == doctest::Approx(0));
      // net 40 500 − 30 000 = 10 500: paid back in year 1
      CHECK(s.years[0].net == doctest::Approx(10500));
      CHECK(s.payback_year == 1);
      // break-even max(0, 30 000 − 0 − 40 500) / 30 / 45 = 0
      CHECK(s.years[0].break_even == doctest::Approx(0));
    }

    SUBCASE("reinvest share 1") {
      std::string text(k_secretary);
      text.replace(text.find("reinvest_share: 0"), 17, "reinvest_share: 1");
      CostSheet s = sheet_of(text);
      // 810 × 1 × 60 / 20 = 2 430 consultations × 30 = 72 900 €; no personal value
      CHECK(s.years[0].extra_consultations == doctest::Approx(2430));
      CHECK(s.years[0].revenue == doctest::Approx(72900));
      CHECK(s.years[0].personal_value == doctest::Approx(0));
      // net 72 900 − 30 000 = 42 900; break-even 30 000 / 30 / 45 = 22.22...
      CHECK(s.years[0].net == doctest::Approx(42900));
      CHECK(s.years[0].break_even == doctest::Approx(30000.0 / 1350));
    }

    SUBCASE("payback year none") {
      std::string text(k_secretary);
      text.replace(text.find("personal_hour_value: 50"), 23, "personal_hour_value: 10");
      CostSheet s = sheet_of(text);
      // 810 × 10 = 8 100 of personal time; net 8 100 − 30 000 = −21 900
      CHECK(s.years[0].net == doctest::Approx(-21900));
      CHECK_FALSE(s.payback_year.has_value());
      // break-even (30 000 − 8 100) / 30 / 45 = 21 900 / 1 350 = 16.22...
      CHECK(s.years[0].break_even == doctest::Approx(21900.0 / 1350));
    }

    SUBCASE("sensitivity of the last year") {
      CostSheet s = sheet_of(k_assistant_plan);
      // year 4: 240 h freed; revenue 240 × r × 4 × 25 = 24 000 r; aid 5 000; cost 18 000
      CHECK(s.sensitivity.year == 4);
      REQUIRE(s.sensitivity.net.size() == 5);
      // r = 0, cost as planned: no consultations added, so the patient list
      // cannot grow and the aid stops from the target year (3): 0 + 0 − 18 000
      CHECK(s.sensitivity.net[0][1] == doctest::Approx(-18000));
      // r = 0.25, cost −20 %: 6 000 + 5 000 − 14 400 = −3 400
      CHECK(s.sensitivity.net[1][0] == doctest::Approx(-3400));
      // r = 0.5, as planned: the year's net, −1 000
      CHECK(s.sensitivity.net[2][1] == doctest::Approx(-1000));
      // r = 1, cost +20 %: 24 000 + 5 000 − 21 600 = 7 400
      CHECK(s.sensitivity.net[4][2] == doctest::Approx(7400));
    }
  }

  TEST_CASE("medtime::compute_cost warnings") {
    SUBCASE("supervision exceeding the delegated hours") {
      CostSheet s = sheet_of("staff: [{id: tele, role: provider, monthly_fee: 100}]\n"
                             "tasks: [{id: telephone, hours_per_week: 2, share: 0.5}]\n"
                             "supervision_hours_per_week: 3\n");
      // delegated 2 × 0.5 = 1 h < 3 h; year 2: (1 − 3) × 40 = −80 h
      REQUIRE(s.warnings.size() == 1);
      CHECK(s.warnings[0].kind == CostWarningKind::supervision_exceeds_delegated);
      CHECK(s.warnings[0].value == doctest::Approx(3));
      CHECK(s.warnings[0].limit == doctest::Approx(1));
      CHECK(s.years[1].hours_freed == doctest::Approx(-80));
    }

    SUBCASE("capacity above 100 %") {
      CostSheet s = sheet_of("staff: [{id: sec, role: secretary, fte: 0.25}]\n"
                             "tasks: [{id: facturation, hours_per_week: 10, share: 1}]\n");
      // contract 0.25 × 35 = 8.75 h for 10 h: 10 / 8.75 = 114 %
      REQUIRE(s.capacity.size() == 1);
      CHECK(s.capacity[0].contracted_hours == doctest::Approx(8.75));
      CHECK(*s.capacity[0].use == doctest::Approx(10 / 8.75));
      CHECK(s.capacity[0].status == CapacityStatus::over);
      REQUIRE(s.warnings.size() == 1);
      CHECK(s.warnings[0].kind == CostWarningKind::capacity_over);
      CHECK(s.warnings[0].staff == "sec");
    }

    SUBCASE("capacity below 50 %") {
      CostSheet s = sheet_of(k_assistant_plan);
      // contract 0.5 × 35 = 17.5 h for 7 h: 40 %
      CHECK(*s.capacity[0].use == doctest::Approx(0.4));
      CHECK(s.capacity[0].status == CapacityStatus::under);
      REQUIRE(s.warnings.size() == 1);
      CHECK(s.warnings[0].kind == CostWarningKind::capacity_under);
    }

    SUBCASE("capacity between 50 and 100 %") {
      CostSheet s = sheet_of("staff: [{id: sec, role: secretary, fte: 0.5}]\n"
                             "tasks: [{id: facturation, hours_per_week: 10, share: 1}]\n");
      // 10 / 17.5 = 57 %
      CHECK(s.capacity[0].status == CapacityStatus::ok);
      CHECK(s.warnings.empty());
    }

    SUBCASE("more hours than a doctor's week, no staff") {
      CostSheet s = sheet_of("tasks:\n  - {id: a, hours_per_week: 30, share: 1}\n"
                             "  - {id: b, hours_per_week: 30, share: 1}\n");
      // 60 h delegated > the set's 50 h week; no staff: no cost
      REQUIRE(s.warnings.size() == 2);
      CHECK(s.warnings[0].kind == CostWarningKind::delegated_exceeds_doctor_week);
      CHECK(s.warnings[1].kind == CostWarningKind::no_staff);
      CHECK(s.years[0].staff_cost == doctest::Approx(0));
    }
  }

  TEST_CASE("medtime::resolve_plan") {
    SUBCASE("employee salary and charges from the parameter set by role") {
      CostInputs in = inputs_of("staff: [{id: inf, role: nurse, fte: 0.5}]\n"
                                "tasks: [{id: coordination, hours_per_week: 10, share: 1}]\n");
      const StaffCost& s = in.staff[0];
      CHECK(s.gross_monthly->key == "nurse_gross_monthly");
      CHECK(s.employer_rate->key == "nurse_employer_rate");
      // 0.5 × 3 000 × 12 × 1.3 = 23 400
      CHECK(s.annual_cost_value() == doctest::Approx(23400));
      auto figures = traced_figures(in);
      auto it = std::find_if(figures.begin(), figures.end(), [](const NamedFigure& f) {
        return f.name == "staff.inf.gross_monthly";
      });
      REQUIRE(it != figures.end());
      CHECK(it->figure.origin == Origin::parameter);
    }

    SUBCASE("annual cost replaces salary and charges") {
      CostInputs in = inputs_of("staff: [{id: sec, role: secretary, fte: 1, annual_cost: 27000}]\n"
                                "tasks: [{id: facturation, hours_per_week: 10, share: 1}]\n");
      CHECK_FALSE(in.staff[0].gross_monthly.has_value());
      CHECK(in.staff[0].annual_cost_value() == doctest::Approx(27000));
    }

    SUBCASE("a salary below the SMIC is a warning") {
      Diagnostics warnings;
      inputs_of("staff:\n  - id: sec\n    role: secretary\n    fte: 1\n    gross_monthly: 1500\n"
                "tasks: [{id: facturation, hours_per_week: 10, share: 1}]\n",
                &warnings);
      REQUIRE(warnings.items().size() == 1);
      // SMIC 10 €/h × 35 h × 52 / 12 = 1 516.67 €
      CHECK(
        warnings.items()[0].format() ==
        "plan.yaml:5:20: warning W301: staff \"sec\": gross_monthly 1500 € is below the full-time SMIC "
        "(1516.67 € = 10 €/h × 35 h × 52 / 12); gross_monthly is the full-time salary, before the "
        "fte");
    }
  }

  TEST_CASE("medtime::parse_plan errors") {
    SUBCASE("share outside 0 to 1") {
      CHECK(first_error("tasks:\n  - id: a\n    hours_per_week: 2\n    share: 1.5\n") ==
            "plan.yaml:4:12: error E080: \"share\" of task \"a\" must be from 0 to 1, got \"1.5\"");
    }
    SUBCASE("sector, other costs and prices by the call") {
      const std::string tasks = "tasks: [{id: a, hours_per_week: 1, share: 1}]\n";
      // `sector: 4` starts at line 2, column 11.
      CHECK(first_error("doctor:\n  sector: 4\n" + tasks).rfind("plan.yaml:2:11: ", 0) == 0);
      CHECK(first_error("other_costs:\n  - {id: x, monthly: 10, once: 5}\n" + tasks) ==
            "plan.yaml:2:5: error E333: other cost \"x\" needs one of \"monthly\" (€ a month) or \"once\" "
            "(€ in year 1)");
      CHECK(first_error("other_costs:\n  - {id: x, monthly: -10}\n" + tasks)
              .rfind("plan.yaml:2:22: ", 0) == 0);
      CHECK(first_error("staff:\n  - {id: t, role: provider, price_per_call: 1}\n" + tasks) ==
            "plan.yaml:2:45: error E325: staff \"t\" has a \"price_per_call\" but no \"calls_per_month\"");
      CHECK(first_error("staff:\n  - {id: s, role: secretary, fte: 1, calls_per_month: 9}\n" +
                        tasks) ==
            "plan.yaml:2:55: error E321: staff \"s\" is an employee (secretary): \"calls_per_month\" is for "
            "a provider; use gross_monthly or annual_cost");
    }
    SUBCASE("staff routes") {
      const std::string tasks = "tasks: [{id: a, hours_per_week: 1, share: 1}]\n";
      CHECK(first_error("staff:\n  - {id: p, role: shared, fte: 1}\n" + tasks) ==
            "plan.yaml:2:5: error E326: staff \"p\" (shared) has no \"share\": the part of the employee's "
            "time and cost that is yours, from 0.01 to 1");
      CHECK(first_error("staff:\n  - {id: n, role: asalee, fte: 1}\n" + tasks) ==
            "plan.yaml:2:32: error E322: staff \"n\" (asalee) costs you nothing: an Asalée nurse is paid by "
            "the scheme; remove \"fte\"");
      CHECK(first_error("staff:\n  - {id: s, role: secretary, fte: 1, share: 0.5}\n" + tasks) ==
            "plan.yaml:2:45: error E327: staff \"s\" (secretary): \"share\" is for a shared employee "
            "(role: shared)");
      CHECK(first_error("staff:\n  - {id: p, role: shared, fte: 1, share: 0.5, "
                        "aid: cnam_assistant_medical}\n" + tasks)
              .find("the CNAM aid goes to the employer") != std::string::npos);
    }
    SUBCASE("a scalar where a mapping belongs") {
      // Was yaml-cpp's "operator[] call on a scalar", with no file (issue 20, item 10).
      const std::string tasks = "tasks: [{id: a, hours_per_week: 1, share: 1}]\n";
      CHECK(first_error("doctor: x\n" + tasks) ==
            "plan.yaml:1:9: error E075: \"doctor\" must be a mapping, got text \"x\"");
      CHECK(first_error("staff: [x]\n" + tasks) ==
            "plan.yaml:1:9: error E075: staff member 1 must be a mapping, got text \"x\"");
      CHECK(first_error("staff: [{id: s, role: secretary, fte: [1]}]\n" + tasks) ==
            "plan.yaml:1:39: error E079: \"fte\" of staff \"s\" must be a number, got a list");
      CHECK(first_error("- 1\n") == "plan.yaml:1:1: error E075: the delegation plan must be a mapping, got a list");
    }
    SUBCASE("empty file") {
      CHECK(first_error("") == "plan.yaml:1:1: error E075: the delegation plan must be a mapping, got nothing");
      CHECK(first_error("# only a comment\n") ==
            "plan.yaml:1:1: error E075: the delegation plan must be a mapping, got nothing");
    }
    SUBCASE("negative hours") {
      CHECK(first_error("tasks:\n  - id: a\n    hours_per_week: -2\n    share: 1\n") ==
            "plan.yaml:3:21: error E080: \"hours_per_week\" of task \"a\" must be from 0 to 168, got \"-2\"");
    }
    SUBCASE("more than 168 hours a week") {
      CHECK(first_error("tasks:\n  - id: a\n    hours_per_week: 170\n    share: 1\n") ==
            "plan.yaml:3:21: error E080: \"hours_per_week\" of task \"a\" must be from 0 to 168, got \"170\"");
      CHECK(
        first_error("tasks:\n  - {id: a, hours_per_week: 100, share: 1}\n"
                    "  - {id: b, hours_per_week: 100, share: 0.5}\n") ==
        "plan.yaml:2:3: error E336: the tasks add up to 200 hours a week, more than the 168 hours of a week");
    }
    SUBCASE("task to an unknown staff id") {
      CHECK(first_error("staff:\n  - id: am\n    role: assistant_medical\n    fte: 0.5\n"
                        "tasks:\n  - id: a\n    hours_per_week: 2\n    share: 1\n    to: amm\n") ==
            "plan.yaml:9:9: error E335: task \"a\" goes to \"amm\", which is not a staff id of this plan "
            "(staff: am); did you mean \"am\"?");
    }
    SUBCASE("task without to among several staff") {
      CHECK(
        first_error("staff:\n  - {id: a1, role: secretary, fte: 1}\n  - {id: a2, role: provider}\n"
                    "tasks:\n  - {id: t, hours_per_week: 2, share: 1}\n") ==
        "plan.yaml:5:5: error E334: task \"t\" has no \"to\"; the plan has 2 staff members (a1, a2): say who "
        "takes it");
    }
    SUBCASE("unknown role") {
      CHECK(first_error("staff:\n  - id: am\n    role: secretaire\n    fte: 1\ntasks: [{id: a, "
                        "hours_per_week: 1, share: 1}]\n") ==
            "plan.yaml:3:11: error E088: \"role\" of staff \"am\" must be one of secretary, assistant_medical, "
            "nurse, provider, asalee, ipa, shared, got \"secretaire\"; did you mean \"secretary\"?");
    }
    SUBCASE("unknown aid") {
      CHECK(
        first_error(
          "staff:\n  - id: am\n    role: assistant_medical\n    fte: 1\n    aid: cnam_assistant\n"
          "tasks: [{id: a, hours_per_week: 1, share: 1}]\n") ==
        "plan.yaml:5:10: error E088: \"aid\" of staff \"am\" must be one of none, cnam_assistant_medical, got "
        "\"cnam_assistant\"");
    }
    SUBCASE("fte of 0") {
      CHECK(first_error("staff:\n  - id: am\n    role: secretary\n    fte: 0\ntasks: [{id: a, "
                        "hours_per_week: 1, share: 1}]\n") ==
            "plan.yaml:4:10: error E080: \"fte\" of staff \"am\" must be from 0.01 to 1, got \"0\"");
    }
    SUBCASE("employee without fte") {
      CHECK(
        first_error("staff:\n  - id: am\n    role: secretary\ntasks: [{id: a, hours_per_week: 1, "
                    "share: 1}]\n") ==
        "plan.yaml:2:5: error E319: staff \"am\" (secretary) has no \"fte\" (share of a full-time contract, "
        "from 0.01 to 1)");
    }
    SUBCASE("horizon of 0 or above 10 years") {
      CHECK(
        first_error("tasks: [{id: a, hours_per_week: 1, share: 1}]\nhorizon_years: 0\n") ==
        "plan.yaml:2:16: error E080: \"horizon_years\" of the delegation plan must be from 1 to 10, got \"0\"");
      CHECK(first_error("tasks: [{id: a, hours_per_week: 1, share: 1}]\nhorizon_years: 11\n") ==
            "plan.yaml:2:16: error E080: \"horizon_years\" of the delegation plan must be from 1 to 10, got "
            "\"11\"");
    }
    SUBCASE("cnam aid with an fte other than 0.5 or 1") {
      CHECK(first_error(
              "staff:\n  - id: am\n    role: assistant_medical\n    fte: 0.75\n"
              "    aid: cnam_assistant_medical\ntasks: [{id: a, hours_per_week: 1, share: 1}]\n") ==
            "plan.yaml:5:10: error E330: staff \"am\": aid \"cnam_assistant_medical\" exists for 0.5 or 1 FTE "
            "only, "
            "got fte 0.75 (the 1/3 FTE contract is closed to new doctors since May 2023); set aid: "
            "none "
            "or change the fte");
    }
    SUBCASE("cnam aid for another role") {
      CHECK(first_error(
              "staff:\n  - id: s\n    role: secretary\n    fte: 1\n"
              "    aid: cnam_assistant_medical\ntasks: [{id: a, hours_per_week: 1, share: 1}]\n") ==
            "plan.yaml:5:10: error E329: staff \"s\" is a secretary: aid \"cnam_assistant_medical\" is for an "
            "assistant_medical only");
    }
    SUBCASE("salary and annual cost together") {
      CHECK(
        first_error(
          "staff:\n  - {id: s, role: secretary, fte: 1, gross_monthly: 2000, annual_cost: 30000}\n"
          "tasks: [{id: a, hours_per_week: 1, share: 1}]\n") ==
        "plan.yaml:2:72: error E320: staff \"s\" has both \"gross_monthly\" and \"annual_cost\"; give one of "
        "them");
    }
    SUBCASE("provider with employee keys") {
      CHECK(first_error("staff:\n  - {id: t, role: provider, fte: 1}\ntasks: [{id: a, "
                        "hours_per_week: 1, share: 1}]\n") ==
            "plan.yaml:2:34: error E323: staff \"t\" is a provider: \"fte\" is for employees; a provider has a "
            "\"monthly_fee\" or \"calls_per_month\"");
    }
    SUBCASE("no tasks, unknown and duplicate keys") {
      CHECK(first_error("staff: []\n") == "plan.yaml:1:1: error E076: the delegation plan has no \"tasks\"");
      CHECK(first_error("tasks: []\n") ==
            "plan.yaml:1:8: error E337: the plan has no tasks: list the tasks to delegate");
      CHECK(first_error("tasks: [{id: a, hours_per_week: 1, share: 1}]\nhorizon_yeras: 3\n") ==
            "plan.yaml:2:1: error E089: unknown key \"horizon_yeras\" in the delegation plan; did you mean "
            "\"horizon_years\"?");
      CHECK(first_error("tasks:\n  - {id: a, hours_per_week: 1, share: 1}\n  - {id: a, "
                        "hours_per_week: 2, share: 1}\n") ==
            "plan.yaml:3:5: error E332: task id \"a\" is used twice");
    }
    SUBCASE("every error at once") {
      auto all =
        plan_diagnostics("tasks:\n  - {id: a, hours_per_week: -1, share: 2}\nhorizon_years: 20\n");
      CHECK(all.size() == 3);
    }
  }

  TEST_CASE("medtime::resolve_parameter_set") {
    SUBCASE("unknown parameter set") {
      try {
        resolve_parameter_set("rond", k_data + "/parameters", ".", "plan.yaml", { 1, 13 });
        FAIL("no error");
      } catch (const Error& e) {
        CHECK(std::string(e.what()) == "plan.yaml:1:13: error E316: unknown parameter set \"rond\"; available: "
                                       "round; did you mean \"round\"?");
      }
    }
    SUBCASE("by id and by path") {
      CHECK(resolve_parameter_set("round", k_data + "/parameters", ".", "p", {}).id == "round");
      CHECK(resolve_parameter_set("parameters/round.yaml", "/nowhere", k_data, "p", {}).id ==
            "round");
    }
  }

  TEST_CASE("medtime::parse_parameter_set") {
    SUBCASE("the bundled fr-2026") {
      ParameterSet set =
        load_parameter_set_file(std::string(MEDTIME_SOURCE_DIR) + "/parameters/fr-2026.yaml");
      CHECK(set.id == "fr-2026");
      CHECK(set.values.size() == parameter_keys().size());
      for (const auto& v : set.values) {
        INFO(v.key);
        CHECK_FALSE(v.source.empty());
        CHECK(is_parameter_date(v.date));
        if (v.estimate) {
          CHECK_FALSE(v.note.fr.empty());
          CHECK_FALSE(v.note.en.empty());
        }
      }
      // The known figures of the brief, sourced and dated.
      CHECK(set.at("consultation_fee").value == 30);
      CHECK(set.at("consultation_fee").date == "2024-12-22");
      CHECK_FALSE(set.at("consultation_fee").estimate);
      CHECK(set.at("consultation_minutes").value == 18);
      CHECK(set.at("doctor_hours_per_week").value == 54);
      CHECK(set.at("weeks_per_year").value == 46); // 52 − about 6 weeks of holiday
      CHECK(set.at("cnam_am_fte1_year1").value == 38000);
      CHECK(set.at("cnam_am_fte1_year2").value == 28000);
      CHECK(set.at("cnam_am_fte1_year3").value == 22000);
      CHECK(set.at("cnam_am_fte05_year1").value == 19000);
      CHECK(set.at("cnam_am_fte05_year2").value == 14000);
      CHECK(set.at("cnam_am_fte05_year3").value == 11000);
      CHECK(set.at("smic_hourly").value == doctest::Approx(12.02));
      CHECK(set.at("smic_hourly").date == "2026-01-01");
      // Judgements are flagged.
      for (auto key : { "reinvest_share",
                        "secretary_employer_rate",
                        "assistant_medical_employer_rate",
                        "nurse_employer_rate",
                        "secretary_gross_monthly",
                        "nurse_gross_monthly",
                        "assistant_medical_gross_monthly",
                        "provider_monthly_fee" }) {
        INFO(key);
        CHECK(set.at(key).estimate);
      }
      // 2026: the general reduction (RGDU) leaves about 1.8 % at the SMIC.
      CHECK(set.at("secretary_employer_rate").value == doctest::Approx(0.018));
    }

    auto errors = [](std::string_view text) {
      Diagnostics diags("p.yaml");
      parse_parameter_set(text, "p.yaml", diags);
      std::vector<std::string> out;
      for (const auto& d : diags.items()) {
        out.push_back(d.format());
      }
      return out;
    };
    SUBCASE("unknown key, bad date, out of range, missing keys") {
      auto e = errors("id: x\ntitle: {fr: X, en: X}\nvalues:\n"
                      "  consultation_fe: {value: 30, source: s, date: 2024}\n"
                      "  reinvest_share: {value: 2, source: s, date: 2024}\n"
                      "  setup_hours: {value: 2, source: s, date: 24-01}\n");
      REQUIRE(e.size() >= 4);
      CHECK(
        e[0] ==
        "p.yaml:4:3: error E313: unknown parameter \"consultation_fe\"; did you mean \"consultation_fee\"?");
      CHECK(
        e[1] ==
        "p.yaml:5:27: error E080: \"value\" of parameter \"reinvest_share\" must be from 0 to 1, got \"2\"");
      CHECK(e[2] == "p.yaml:6:44: error E311: \"date\" of parameter \"setup_hours\" must be YYYY, YYYY-MM or "
                    "YYYY-MM-DD, got \"24-01\"");
      CHECK(e[3] ==
            "p.yaml:4:3: error E314: parameter set has no \"consultation_fee\" (Fee of one consultation)");
    }
    SUBCASE("empty file and scalars") {
      CHECK(errors("") ==
            std::vector<std::string>{"p.yaml:1:1: error E075: the parameter set must be a mapping, got nothing"});
      auto e = errors("id: x\ntitle: {fr: X, en: X}\nvalues:\n  setup_hours: 2\n");
      REQUIRE_FALSE(e.empty());
      CHECK(e[0] == "p.yaml:4:16: error E075: parameter \"setup_hours\" must be a mapping, got text \"2\"");
    }
    SUBCASE("a value without source") {
      auto e =
        errors("id: x\ntitle: {fr: X, en: X}\nvalues:\n  setup_hours: {value: 2, date: 2024}\n");
      CHECK(e[0] == "p.yaml:4:16: error E076: parameter \"setup_hours\" has no \"source\"");
    }
  }

  TEST_CASE("medtime::derive_plan") {
    QuestionnaireSet set = load_questionnaire_set(k_data + "/set");
    auto derive = [&](std::string_view answers) {
      Diagnostics diags("answers.yaml");
      Assessment a = parse_assessment(answers, set, "answers.yaml", diags);
      for (const auto& d : diags.items()) {
        INFO(d.format());
      }
      REQUIRE_FALSE(diags.has_errors());
      return derive_plan(a, set, round_set(), "round");
    };
    auto derive_error = [&](std::string_view answers) -> std::string {
      try {
        derive(answers);
      } catch (const Error& e) {
        return e.what();
      }
      return "no error";
    };
    // The time budget gives coordination 1 h that the table leaves without
    // a level: one row of ten unanswered.
    const std::string budget = "  temps:\n    version: 1\n"
                               "    heures: {rendez_vous: 4, facturation: 2, telephone: 3,\n"
                               "             preparation_consultations: 3, dossiers_assurances: 2,\n"
                               "             coordination: 1}\n";
    const std::string head = "answers:\n" + budget + "  delegation:\n    version: 2\n";
    const std::string tasks = "    taches_administratives:\n"
                              "      rendez_vous: total\n"
                              "      facturation: none\n"
                              "      telephone: partial\n"
                              "    taches_medico_administratives:\n"
                              "      preparation_consultations: total\n"
                              "      dossiers_assurances: partial\n";

    SUBCASE("assistant médical at half time") {
      Plan p = derive(head + tasks +
                      "    option_envisagee: assistant_medical\n    etp_envisage: mi_temps\n"
                      "    supervision_heures: 1\n    formation_heures: 25\n");
      REQUIRE(p.staff.size() == 1);
      CHECK(p.staff[0].id == "assistant");
      CHECK(p.staff[0].role == Role::assistant_medical);
      CHECK(p.staff[0].fte->value == 0.5);
      CHECK(p.staff[0].aid == Aid::cnam_assistant_medical);
      // delegated: rendez_vous 4 × 1, telephone 3 × 0.5, preparation 3 × 1, assurances 2 × 0.5
      REQUIRE(p.tasks.size() == 4);
      CHECK(p.tasks[1].id == "telephone");
      CHECK(p.tasks[1].share == 0.5);
      CHECK(p.tasks[0].to == "assistant");
      REQUIRE(p.kept_tasks.size() == 1);
      CHECK(p.kept_tasks[0].id == "facturation");
      CHECK(p.supervision_hours_per_week->value == 1);
      CHECK(p.setup_hours->value == 25);
      // coordination has 1 h in the time budget and no level: the sheet says
      // it is partial (the rows with no hours count as answered).
      REQUIRE(p.notes.size() == 1);
      CHECK(plan_note_text(p.notes[0], Lang::en) == "Incomplete answers: 1 of 10 tasks have no delegation level. The sheet "
                             "counts only the tasks answered; complete the delegation questionnaire "
                             "for a reliable sheet.");
      // No context in the time budget: sector, patient list and reinvest
      // share are left to the plan's defaults.
      CHECK_FALSE(p.doctor.sector.has_value());
      CHECK_FALSE(p.doctor.patient_list.has_value());
      CHECK(p.parameters == "round");
      CHECK(p.derived);
    }

    SUBCASE("remote secretariat takes phone and appointments only") {
      Plan p = derive(head + tasks + "    option_envisagee: secretariat_distance\n");
      CHECK(p.staff[0].role == Role::provider);
      CHECK_FALSE(p.staff[0].fte.has_value());
      CHECK(p.staff[0].aid == Aid::none);
      REQUIRE(p.tasks.size() == 2);
      CHECK(p.tasks[0].id == "rendez_vous");
      CHECK(p.tasks[1].id == "telephone");
      // kept: facturation (none), preparation_consultations, dossiers_assurances
      CHECK(p.kept_tasks.size() == 3);
      // Paid by the call: (4 × 1 + 3 × 0.5) = 5.5 h × 30 calls an hour (round
      // set) × 52 / 12 = 715 calls a month.
      REQUIRE(p.staff[0].calls_per_month.has_value());
      CHECK(p.staff[0].calls_per_month->value == 715);
      REQUIRE(p.notes.size() == 4);
      CHECK(plan_note_text(p.notes[0], Lang::en) ==
            "Left with you: preparation_consultations, dossiers_assurances — a remote "
            "secretariat takes only the phone and appointments.");
      CHECK(plan_note_text(p.notes[1], Lang::en).rfind(
              "Tele-secretariat paid by the call: 5.5 h/week of phone and appointments × 30 "
              "calls an hour × 52 / 12 = 715 calls a month.", 0) == 0);
      CHECK(plan_note_text(p.notes[2], Lang::en) == "No aid: an outside provider does not qualify for the CNAM aid.");
      CHECK(plan_note_text(p.notes[3], Lang::en).rfind("Incomplete answers: 1 of 10 tasks", 0) == 0);
      CHECK_FALSE(p.supervision_hours_per_week.has_value()); // left to the parameter set
    }

    SUBCASE("secretary does not prepare patients") {
      Plan p = derive(head + tasks + "    option_envisagee: secretaire\n    etp_envisage: quart\n");
      CHECK(p.staff[0].role == Role::secretary);
      CHECK(p.staff[0].fte->value == 0.25);
      CHECK(p.tasks.size() == 3);
      CHECK(plan_note_text(p.notes[0], Lang::en) ==
            "Left with you: preparation_consultations — a secretary does not prepare "
            "patients; a medical assistant or a nurse can.");
      CHECK(plan_note_text(p.notes[1], Lang::en) == "No aid: the CNAM employment aid is for medical assistants only.");
    }

    SUBCASE("assistant at three quarters gets no aid") {
      Plan p = derive(head + tasks +
                      "    option_envisagee: assistant_medical\n    etp_envisage: trois_quarts\n");
      CHECK(p.staff[0].aid == Aid::none);
      CHECK(plan_note_text(p.notes[0], Lang::en) ==
            "No CNAM aid at 0.75 FTE: it exists for 0.5 or 1 FTE (the 1/3 FTE contract "
            "is closed to new doctors since May 2023).");
    }

    SUBCASE("a secretary who becomes assistant médical: aid counted, to confirm") {
      Plan p = derive(head + tasks + "    option_envisagee: secretaire_vers_assistant\n"
                                     "    etp_envisage: temps_plein\n");
      CHECK(p.staff[0].role == Role::assistant_medical);
      CHECK(p.staff[0].aid == Aid::cnam_assistant_medical);
      CHECK(p.tasks.size() == 4); // she prepares patients too
      CHECK(plan_note_text(p.notes[0], Lang::en).rfind(
              "A secretary already in post becoming a medical assistant: the CNAM aid is "
              "counted, but whether it applies in this case is not confirmed; ask your CPAM.",
              0) == 0);
    }

    SUBCASE("a shared employee: costed as a secretary, no aid") {
      Plan p = derive(head + tasks + "    option_envisagee: partage\n    etp_envisage: quart\n");
      CHECK(p.staff[0].id == "partage");
      CHECK(p.staff[0].role == Role::secretary);
      CHECK(p.staff[0].fte->value == 0.25);
      CHECK(p.staff[0].aid == Aid::none);
      REQUIRE(p.notes.size() == 4);
      CHECK(plan_note_text(p.notes[2], Lang::en).rfind("Shared employee: the cost counted is your "
                                                       "share",
                                                       0) == 0);
    }

    SUBCASE("fte sized on the delegated hours when unanswered") {
      Plan p = derive(head + tasks + "    option_envisagee: infirmier\n");
      // 4 + 1.5 + 3 + 1 = 9.5 h: 0.25 × 35 = 8.75 is short, 0.5 × 35 = 17.5 covers it
      CHECK(p.staff[0].role == Role::nurse);
      CHECK(p.staff[0].fte->value == 0.5);
      CHECK(plan_note_text(p.notes[0], Lang::en) ==
            "etp_envisage unanswered: 0.50 FTE, the smallest working time (35 h/week "
            "per FTE) that covers the 9.5 delegated hours.");
    }

    SUBCASE("the time budget's context: sector, patient list, use of freed time") {
      std::string context = "answers:\n  temps:\n    version: 1\n    patientele_mt: 1100\n"
                            "    secteur: secteur_2_optam\n    usage_temps_libere: plus_patients\n" +
                            budget.substr(budget.find("    heures")) +
                            "  delegation:\n    version: 2\n";
      Plan p = derive(context + tasks + "    option_envisagee: assistant_medical\n"
                                        "    etp_envisage: mi_temps\n");
      REQUIRE(p.doctor.sector.has_value());
      CHECK(*p.doctor.sector == Sector::s2_optam);
      CHECK(p.doctor.sector_pos.line == 5);
      REQUIRE(p.doctor.patient_list.has_value());
      CHECK(p.doctor.patient_list->value == 1100);
      REQUIRE(p.doctor.reinvest_share.has_value());
      CHECK(p.doctor.reinvest_share->value == 0.8); // plus_patients
      bool said = false;
      for (const auto& note : p.notes) {
        said = said || plan_note_text(note, Lang::en).rfind(
                           "Share of freed time turned into consultations: 80 %", 0) == 0;
      }
      CHECK(said);
      // Hours come from the time budget, the share from the level.
      CHECK(p.tasks[0].hours_per_week == 4);
      CHECK(p.tasks[0].share == 1);
    }

    SUBCASE("what is missing") {
      CHECK(
        derive_error(head + tasks) ==
        "answers.yaml:7:3: error E304: the delegation answers have no \"option_envisagee\" (the staffing "
        "option "
        "considered: secretaire, secretariat_distance, assistant_medical or infirmier); answer it, "
        "or write a plan (--plan PLAN)");
      CHECK(derive_error(head + tasks + "    option_envisagee: aucune\n") ==
            "answers.yaml:16:23: error E305: option_envisagee is \"aucune\": with no one chosen to delegate "
            "to there is no cost to weigh; choose a staffing option, or write a plan (--plan "
            "PLAN, see examples/plans/assistant-medical.yaml)");
      CHECK(derive_error(head + tasks + "    option_envisagee: ne_sait_pas\n").find(
              "option_envisagee is \"ne_sait_pas\": with no one chosen") != std::string::npos);
      CHECK(
        derive_error(head + "    option_envisagee: secretaire\n") ==
        "answers.yaml:7:3: error E308: the delegation answers delegate no task that a secretary takes (a "
        "task needs hours in the time budget, temps, and the level partial or total); nothing to "
        "weigh");
      CHECK(
        derive_error("answers: {}\n") ==
        "answers.yaml: error E302: no answers to the \"delegation\" questionnaire (answers: delegation: ...); "
        "medtime cost needs them, or a plan (--plan PLAN)");
    }
  }

  TEST_CASE("medtime::label_plan_tasks") {
    // The mini set's task table has booking ("rendez-vous") and billing.
    Plan plan = plan_of("tasks:\n"
                        "  - {id: booking, hours_per_week: 2, share: 1}\n"
                        "  - {id: bookng, hours_per_week: 1, share: 1}\n"
                        "  - {id: courrier_labo, hours_per_week: 1, share: 1}\n");
    Diagnostics diags("plan.yaml");
    label_plan_tasks(plan, test::mini_set(), diags);
    CHECK(plan.tasks[0].label.get(Lang::fr) == "rendez-vous");
    CHECK(plan.tasks[1].label.empty()); // a typo keeps its id, with a warning
    CHECK(plan.tasks[2].label.empty()); // the plan's own task: silent
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].format() ==
          "plan.yaml:3:5: warning W300: task \"bookng\" is not a task of the questionnaires; did you "
          "mean \"booking\"? It is kept as written");
  }

  TEST_CASE("medtime::render_cost") {
    CostInputs in = inputs_of(k_assistant_plan);
    CostSheet sheet = compute_cost(in);

    SUBCASE("csv for a French spreadsheet") {
      std::string csv = render_cost_csv(sheet, { ';', true });
      // year 1 of the assistant plan (see compute_cost above)
      CHECK(
        csv.rfind("year;hours_freed;extra_consultations;revenue;personal_value;staff_cost;"
                  "other_costs;aid;net;net_if_target_missed;cumulative_net;break_even\r\n",
                  0) == 0);
      // no other costs in the round set; the aid is kept until year 3
      CHECK(csv.find("\r\n1;220,00;440,00;11000,00;0,00;18000,00;0,00;15000,00;8000,00;8000,00;"
                     "8000,00;3,00\r\n") != std::string::npos);
      // a decimal comma with a comma separator is quoted
      CHECK(render_cost_csv(sheet, { ',', true }).find("\r\n1,\"220,00\",") != std::string::npos);
    }

    SUBCASE("a comparison's csv: one row per option, names as safe text cells") {
      // A plan named like a formula must not run in a spreadsheet.
      std::vector<CostOption> options{ make_cost_option({ "=SUM(A1)", "=SUM(A1)" }, { "x", "x" }, in) };
      std::string csv = render_compare_csv(options, { ',', false });
      CHECK(csv.find("\r\n'=SUM(A1),") != std::string::npos);
    }

    SUBCASE("json") {
      auto j = cost_json(in, sheet, Lang::en);
      CHECK(j["schema"] == "medtime.cost/2");
      CHECK(j["years"][2]["net_if_target_missed"] == -6000);
      CHECK(j["staff"][0]["aid_eligibility"]["status"] == "to_check");
      CHECK(j["aid_commitment"]["target_year"] == 3);
      CHECK(j["weekly_delegated_hours"] == 7);
      CHECK(j["years"].size() == 4);
      CHECK(j["years"][2]["net"] == -1000);
      CHECK(j["years"][0]["break_even"] == 3);
      CHECK(j["payback_year"] == 1);
      CHECK(j["capacity"]["staff"][0]["status"] == "under");
      CHECK(j["sensitivity"]["rows"][4]["net"][2] == 7400);
      CHECK(j["warnings"][0]["id"] == "capacity_under");
      // every input says where it comes from
      for (const auto& input : j["inputs"]) {
        INFO(input.dump());
        CHECK((input["origin"] == "plan" || input["origin"] == "parameters"));
      }
    }

    SUBCASE("verdict") {
      // cumulative 10 000 € after 4 years, year 4 at −1 000 €; the plan gives
      // no sector nor patient list (aid to check); with no aid in years 3
      // and 4 (target year 3): 10 000 − 5 000 − 5 000 = 0 €.
      CHECK(cost_verdict(in, sheet, Lang::en) ==
            "Over 4 years, delegating pays: 10,000\u00a0€ of cumulative net, paid back from the "
            "first year, "
            "but year 4 runs a loss (-1,000\u00a0€) once the aid is lower. The CNAM aid is "
            "counted without the sector or patient list being checked. If the patient-list "
            "commitment is missed, the cumulative net falls to 0\u00a0€.");
      CostInputs bad =
        inputs_of("doctor: {consultation_fee: 30, consultation_minutes: 20, weeks_per_year: 45, "
                  "reinvest_share: 0, personal_hour_value: 10}\n"
                  "staff: [{id: sec, role: secretary, fte: 1, annual_cost: 30000}]\n"
                  "tasks: [{id: facturation, hours_per_week: 20, share: 1}]\n"
                  "supervision_hours_per_week: 2\nsetup_hours: 0\nhorizon_years: 1\n");
      // net −21 900 (see "payback year none"); break-even 16.2; 0 extra consultations planned
      CHECK(cost_verdict(bad, compute_cost(bad), Lang::en) ==
            "Over 1 year, delegating costs 21,900\u00a0€ more than it brings; to break even in "
            "year 1 it "
            "would take 16.2 extra consultations a week, and the plan expects 0.0.");
    }

    SUBCASE("xlsx") {
      // a zip archive (a local file header first) whose names are stored
      // uncompressed: the workbook and its three worksheets
      std::string book = render_cost_xlsx(in, sheet, Lang::fr);
      CHECK(book.rfind("PK\x03\x04", 0) == 0);
      CHECK(book.find("xl/workbook.xml") != std::string::npos);
      CHECK(book.find("xl/worksheets/sheet3.xml") != std::string::npos);
      CHECK(book.find("xl/worksheets/sheet4.xml") == std::string::npos);
    }

    SUBCASE("text sheet says where figures come from") {
      std::string text = render_cost_text(in, sheet, true, Lang::en, Style(false));
      CHECK(text.find("Verdict: Over 4 years") != std::string::npos);
      CHECK(text.find("[plan]") != std::string::npos);
      CHECK(text.find("staff.am.aid_year1 — am: aid, year 1 = 15,000\u00a0€/year  [source]") !=
            std::string::npos);
      std::string md = render_cost_markdown(in, sheet, false, Lang::fr);
      CHECK(md.rfind("# Bilan coût-avantage de la délégation\n", 0) == 0);
    }

    SUBCASE("emitted plan reads back to the same sheet") {
      CostInputs named = in;
      named.parameters_ref = "round";
      std::string yaml = render_plan_yaml(named, Lang::en);
      Diagnostics diags("emitted.yaml");
      auto plan = parse_plan(yaml, "emitted.yaml", diags);
      REQUIRE(plan.has_value());
      CHECK(plan->parameters == "round");
      CostSheet again = compute_cost(resolve_plan(*plan, round_set(), diags));
      REQUIRE(again.years.size() == sheet.years.size());
      for (size_t i = 0; i < sheet.years.size(); ++i) {
        CHECK(again.years[i].net == doctest::Approx(sheet.years[i].net));
      }
    }

    SUBCASE("emitted plan keeps the other costs as the plan said them") {
      // A list of its own, even empty, is written; the defaults only as comments.
      std::string text(k_assistant_plan);
      CostInputs own = inputs_of(text + "other_costs: []\n");
      CHECK(render_plan_yaml(own, Lang::en).find("\nother_costs: []\n") != std::string::npos);
      std::string defaults = render_plan_yaml(inputs_of(text), Lang::en);
      CHECK(defaults.find("\nother_costs:") == std::string::npos);
      CHECK(defaults.find("\n# other_costs:\n") != std::string::npos);
    }
  }

} // TEST_SUITE
