#include "cost/inputs.h"

#include <algorithm>
#include <fmt/format.h>

namespace medtime {

double StaffCost::annual_cost_value() const {
  if (monthly_fee) {
    return monthly_fee->value * 12;
  }
  if (calls_per_month) {
    double base = base_monthly ? base_monthly->value : 0;
    return (base + calls_per_month->value * price_per_call->value) * 12;
  }
  if (annual_cost) {
    return annual_cost->value;
  }
  double gross = gross_monthly ? gross_monthly->value : 0;
  double rate = employer_rate ? employer_rate->value : 0;
  double part = share ? share->value : 1;
  return part * fte.value * gross * 12 * (1 + rate);
}

std::string_view to_string(AidStatus status) {
  switch (status) {
    case AidStatus::eligible:
      return "eligible";
    case AidStatus::to_check:
      return "to_check";
    case AidStatus::not_eligible:
      return "not_eligible";
  }
  return "?";
}

std::string_view to_string(AidReason reason) {
  switch (reason) {
    case AidReason::sector_eligible:
      return "sector_eligible";
    case AidReason::sector_excluded:
      return "sector_excluded";
    case AidReason::sector_unknown:
      return "sector_unknown";
    case AidReason::list_enough:
      return "patient_list_enough";
    case AidReason::list_too_small:
      return "patient_list_too_small";
    case AidReason::list_unknown:
      return "patient_list_unknown";
  }
  return "?";
}

double StaffCost::aid_for_year(int year) const {
  if (!counts_aid()) {
    return 0;
  }
  return aid_schedule[static_cast<size_t>(std::min(year, 3) - 1)].value;
}

double OtherCostFigure::for_year(int year) const {
  double monthly_cost = monthly ? monthly->value * 12 : 0;
  double once_cost = once && year == 1 ? once->value : 0;
  return count * (monthly_cost + once_cost);
}

bool CostInputs::counts_aid() const {
  return std::any_of(staff.begin(), staff.end(), [](const StaffCost& s) { return s.counts_aid(); });
}

const ParameterValue* CostInputs::parameter(const Figure& figure) const {
  return figure.origin == Origin::parameter ? parameters.find(figure.key) : nullptr;
}

double smic_monthly(const CostInputs& inputs) {
  return inputs.smic_hourly.value * inputs.hours_per_fte.value * 52 / 12;
}

namespace {

LocalText label_of(std::string_view key) {
  const ParameterKey* k = find_parameter_key(key);
  return k != nullptr ? k->label : LocalText{ std::string(key), std::string(key) };
}

Unit unit_of(std::string_view key) {
  const ParameterKey* k = find_parameter_key(key);
  return k != nullptr ? k->unit : Unit::euro;
}

void add_staff_figures(const StaffCost& s, std::vector<NamedFigure>& out) {
  std::string prefix = "staff." + s.id + ".";
  auto add =
    [&](const std::string& field, const char* fr, const char* en, Unit unit, const Figure& f) {
      out.push_back({ prefix + field, { s.id + " : " + fr, s.id + ": " + en }, unit, f });
    };
  if (is_employee(s.role)) {
    add("fte", "temps de travail", "working time", Unit::fte, s.fte);
  }
  if (s.share) {
    add("share", "votre part", "your share", Unit::share, *s.share);
  }
  if (s.gross_monthly) {
    add("gross_monthly",
        "salaire brut mensuel (temps plein)",
        "gross monthly salary (full time)",
        Unit::euro_per_month,
        *s.gross_monthly);
  }
  if (s.employer_rate) {
    add("employer_rate", "charges patronales", "employer charges", Unit::share, *s.employer_rate);
  }
  if (s.annual_cost) {
    add("annual_cost", "coût annuel", "annual cost", Unit::euro_per_year, *s.annual_cost);
  }
  if (s.calls_per_month) {
    add("calls_per_month", "appels par mois", "calls a month", Unit::calls_per_month,
        *s.calls_per_month);
    add("price_per_call", "prix d'un appel", "price of a call", Unit::euro, *s.price_per_call);
    add("base_monthly", "part fixe mensuelle", "fixed monthly part", Unit::euro_per_month,
        *s.base_monthly);
  }
  if (s.monthly_fee) {
    add("monthly_fee", "forfait mensuel", "monthly fee", Unit::euro_per_month, *s.monthly_fee);
  }
  if (s.aid != Aid::none) {
    add("aid_year1", "aide, année 1", "aid, year 1", Unit::euro_per_year, s.aid_schedule[0]);
    add("aid_year2", "aide, année 2", "aid, year 2", Unit::euro_per_year, s.aid_schedule[1]);
    add("aid_year3",
        "aide, année 3 et suivantes",
        "aid, year 3 on",
        Unit::euro_per_year,
        s.aid_schedule[2]);
  }
}

} // namespace

std::vector<NamedFigure> traced_figures(const CostInputs& in) {
  std::vector<NamedFigure> out;
  auto add = [&](std::string_view key, const Figure& f) {
    out.push_back({ std::string(key), label_of(key), unit_of(key), f });
  };
  add("consultation_fee", in.consultation_fee);
  add("consultation_minutes", in.consultation_minutes);
  add("weeks_per_year", in.weeks_per_year);
  add("reinvest_share", in.reinvest_share);
  add("personal_hour_value", in.personal_hour_value);
  add("supervision_hours_per_week", in.supervision_hours_per_week);
  add("setup_hours", in.setup_hours);
  add("horizon_years", in.horizon_years);
  for (const auto& s : in.staff) {
    add_staff_figures(s, out);
  }
  for (const auto& c : in.other_costs) {
    std::string name = "other_costs." + c.id;
    if (c.monthly) {
      out.push_back({ name, c.label, Unit::euro_per_month, *c.monthly });
    }
    if (c.once) {
      out.push_back({ name, c.label, Unit::euro, *c.once });
    }
  }
  if (in.patient_list) {
    out.push_back({ "doctor.patient_list",
                    { "Patientèle médecin traitant", "Médecin-traitant patient list" },
                    Unit::patients,
                    *in.patient_list });
  }
  if (std::any_of(in.staff.begin(), in.staff.end(), [](const StaffCost& s) {
        return s.aid != Aid::none;
      })) {
    add("cnam_am_min_patient_list", in.aid_min_patient_list);
    add("cnam_am_growth_share", in.aid_growth_share);
    add("cnam_am_target_year", in.aid_target_year);
  }
  add("hours_per_fte", in.hours_per_fte);
  add("doctor_hours_per_week", in.doctor_hours_per_week);
  add("smic_hourly", in.smic_hourly);
  return out;
}

namespace {

Figure from_parameter(const ParameterSet& set, const std::string& key) {
  return Figure{ set.at(key).value, Origin::parameter, {}, key };
}

// The plan's value when given, else the parameter `key`.
Figure pick(const std::optional<PlanValue>& given,
            const ParameterSet& set,
            const std::string& key) {
  if (given) {
    return Figure{ given->value, Origin::input, given->pos, {} };
  }
  return from_parameter(set, key);
}

std::optional<Figure> given(const std::optional<PlanValue>& value) {
  if (!value) {
    return std::nullopt;
  }
  return Figure{ value->value, Origin::input, value->pos, {} };
}

StaffCost resolve_staff(const StaffMember& s, const Plan& plan, const ParameterSet& set) {
  StaffCost c;
  c.id = s.id;
  c.role = s.role;
  c.aid = s.aid;
  if (!is_employee(s.role) && s.calls_per_month) {
    c.calls_per_month = given(s.calls_per_month);
    c.price_per_call = pick(s.price_per_call, set, "provider_price_per_call");
    c.base_monthly = from_parameter(set, "provider_base_monthly");
  } else if (s.role == Role::provider) {
    c.monthly_fee = pick(s.monthly_fee, set, "provider_monthly_fee");
  } else if (is_employee(s.role)) {
    c.fte = given(s.fte).value_or(Figure{});
    c.annual_cost = given(s.annual_cost);
    c.share = given(s.share);
    c.works_as = s.role == Role::shared ? s.works_as : s.role;
    std::string job(to_string(c.works_as));
    if (!c.annual_cost) {
      c.gross_monthly = pick(s.gross_monthly, set, job + "_gross_monthly");
      c.employer_rate = pick(s.employer_rate, set, job + "_employer_rate");
    }
  }
  if (s.aid == Aid::cnam_assistant_medical) {
    std::string prefix = c.fte.value == 1 ? "cnam_am_fte1_year" : "cnam_am_fte05_year";
    for (size_t y = 0; y < 3; ++y) {
      c.aid_schedule[y] = from_parameter(set, prefix + std::to_string(y + 1));
    }
  }
  for (const auto& t : plan.tasks) {
    c.assigned_hours += t.to == s.id ? t.delegated_hours() : 0;
  }
  return c;
}

// The CNAM aid for an assistant médical is for doctors in sector 1 or in
// sector 2 with OPTAM (convention médicale 2024; see the parameter set's
// sources), whose médecin-traitant patient list reaches the set's minimum.
// A fact the plan does not give keeps the aid, to check.
AidCheck check_aid(const CostInputs& in) {
  AidCheck check;
  bool unknown = false, excluded = false;
  if (!in.sector) {
    check.reasons.push_back(AidReason::sector_unknown);
    unknown = true;
  } else if (*in.sector == Sector::s1 || *in.sector == Sector::s2_optam) {
    check.reasons.push_back(AidReason::sector_eligible);
  } else {
    check.reasons.push_back(AidReason::sector_excluded);
    excluded = true;
  }
  if (!in.patient_list) {
    check.reasons.push_back(AidReason::list_unknown);
    unknown = true;
  } else if (in.patient_list->value < in.aid_min_patient_list.value) {
    check.reasons.push_back(AidReason::list_too_small);
    excluded = true;
  } else {
    check.reasons.push_back(AidReason::list_enough);
  }
  check.status = excluded  ? AidStatus::not_eligible
                 : unknown ? AidStatus::to_check
                           : AidStatus::eligible;
  return check;
}

// The plan's other costs, or the parameter set's defaults for each
// employee (a workstation and recruiting once; software, phone and the
// health cover's employer share every month).
std::vector<OtherCostFigure> resolve_other_costs(const Plan& plan, const ParameterSet& set) {
  std::vector<OtherCostFigure> out;
  if (plan.other_costs) {
    for (const auto& c : *plan.other_costs) {
      out.push_back({ c.id, { c.label, c.label }, given(c.monthly), given(c.once), 1 });
    }
    return out;
  }
  int employees = static_cast<int>(
    std::count_if(plan.staff.begin(), plan.staff.end(), [](const StaffMember& s) {
      return is_direct_employee(s.role);
    }));
  if (employees == 0) {
    return out;
  }
  for (const char* key : { "other_workstation_once", "other_recruitment_once" }) {
    out.push_back({ key, label_of(key), std::nullopt, from_parameter(set, key), employees });
  }
  for (const char* key :
       { "other_software_monthly", "other_phone_monthly", "other_health_cover_monthly" }) {
    out.push_back({ key, label_of(key), from_parameter(set, key), std::nullopt, employees });
  }
  return out;
}

} // namespace

CostInputs resolve_plan(const Plan& plan, ParameterSet parameters, Diagnostics& diags) {
  CostInputs in;
  in.source = plan.file;
  in.derived = plan.derived;
  in.parameters = std::move(parameters);
  in.parameters_ref = plan.parameters;
  const ParameterSet& set = in.parameters;
  in.consultation_fee = pick(plan.doctor.consultation_fee, set, "consultation_fee");
  in.consultation_minutes = pick(plan.doctor.consultation_minutes, set, "consultation_minutes");
  in.weeks_per_year = pick(plan.doctor.weeks_per_year, set, "weeks_per_year");
  in.reinvest_share = pick(plan.doctor.reinvest_share, set, "reinvest_share");
  in.personal_hour_value = pick(plan.doctor.personal_hour_value, set, "personal_hour_value");
  in.supervision_hours_per_week =
    pick(plan.supervision_hours_per_week, set, "supervision_hours_per_week");
  in.setup_hours = pick(plan.setup_hours, set, "setup_hours");
  in.horizon_years = pick(plan.horizon_years, set, "horizon_years");
  in.hours_per_fte = from_parameter(set, "hours_per_fte");
  in.doctor_hours_per_week = from_parameter(set, "doctor_hours_per_week");
  in.smic_hourly = from_parameter(set, "smic_hourly");
  in.aid_min_patient_list = from_parameter(set, "cnam_am_min_patient_list");
  in.aid_growth_share = from_parameter(set, "cnam_am_growth_share");
  in.aid_target_year = from_parameter(set, "cnam_am_target_year");
  in.sector = plan.doctor.sector;
  in.patient_list = given(plan.doctor.patient_list);
  in.tasks = plan.tasks;
  in.kept_tasks = plan.kept_tasks;
  in.notes = plan.notes;
  in.other_costs = resolve_other_costs(plan, set);
  in.other_costs_given = plan.other_costs.has_value();
  AidCheck aid_check = check_aid(in);
  for (const auto& s : plan.staff) {
    in.staff.push_back(resolve_staff(s, plan, set));
    if (in.staff.back().aid != Aid::none) {
      in.staff.back().aid_check = aid_check;
    }
  }
  double smic = smic_monthly(in);
  for (size_t i = 0; i < in.staff.size(); ++i) {
    const StaffCost& c = in.staff[i];
    if (c.gross_monthly && c.gross_monthly->value < smic) {
      SourcePos pos =
        c.gross_monthly->origin == Origin::input ? c.gross_monthly->pos : plan.staff[i].pos;
      diags.warning(pos,
                    message("W301",
                            quote(c.id),
                            c.gross_monthly->value,
                            fmt::format("{:.2f}", smic),
                            in.smic_hourly.value,
                            in.hours_per_fte.value));
    }
  }
  return in;
}

} // namespace medtime
