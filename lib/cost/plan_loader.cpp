#include "cost/plan_loader.h"

#include "cost/parameters.h"
#include "util/files.h"
#include "util/spell.h"
#include "yaml/yaml_cpp.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using yaml::MapReader;

// The smallest fte or share of a staff member: a hundredth (21 minutes a
// week of a 35-hour contract).
constexpr double k_min_fraction = 0.01;

// A number checked against the range of parameter `key` (the plan and the
// parameter sets share ranges), with its position.
std::optional<PlanValue> read_number(MapReader& r,
                                     std::string_view name,
                                     std::string_view key,
                                     std::string_view what) {
  const ParameterKey* k = find_parameter_key(key);
  YAML::Node node = r.at(name);
  auto value = k != nullptr ? r.number(name, false, k->min, k->max) : r.number(name);
  if (!value) {
    return std::nullopt;
  }
  if (k != nullptr && k->integer && *value != static_cast<double>(static_cast<long>(*value))) {
    r.diagnostics().error(
      yaml::pos_of(node),
      message("E310", name, what, quote(node.Scalar())));
    return std::nullopt;
  }
  return PlanValue{ *value, yaml::pos_of(node) };
}

// A number in [min, max] that is not a parameter (fte, annual cost...).
std::optional<PlanValue> read_plain(MapReader& r, std::string_view name, double min, double max) {
  YAML::Node node = r.at(name);
  auto value = r.number(name, false, min, max);
  return value ? std::optional<PlanValue>(PlanValue{ *value, yaml::pos_of(node) }) : std::nullopt;
}

void read_doctor(const YAML::Node& node, DoctorSettings& doctor, Diagnostics& diags) {
  const char* what = tr_message("« doctor »", "\"doctor\"");
  MapReader r(node, diags, what);
  doctor.consultation_fee = read_number(r, "consultation_fee", "consultation_fee", what);
  doctor.consultation_minutes =
    read_number(r, "consultation_minutes", "consultation_minutes", what);
  doctor.weeks_per_year = read_number(r, "weeks_per_year", "weeks_per_year", what);
  doctor.reinvest_share = read_number(r, "reinvest_share", "reinvest_share", what);
  doctor.personal_hour_value =
    read_number(r, "personal_hour_value", "personal_hour_value", what);
  if (auto sector = r.choice("sector", sector_ids())) {
    doctor.sector = parse_sector(*sector);
    doctor.sector_pos = r.pos_at("sector");
  }
  doctor.patient_list = read_plain(r, "patient_list", 0, 100'000);
  r.finish();
}

// The checks between the fields of one staff member.
void check_staff(const StaffMember& s, const MapReader& r, Diagnostics& diags) {
  std::string who =
    fmt::format(fmt::runtime(tr_message("l'intervenant {}", "staff {}")), quote(s.id));
  auto at = [&](std::string_view key) { return r.pos_at(key); };
  if (is_employee(s.role)) {
    if (!s.fte) {
      diags.error(s.pos,
                  message("E319", who, to_string(s.role)));
    }
    if (s.gross_monthly && s.annual_cost) {
      diags.error(at("annual_cost"),
                  message("E320", who));
    }
    for (std::string_view key : { "monthly_fee", "calls_per_month", "price_per_call" }) {
      if (r.has(key)) {
        diags.error(at(key),
                    message("E321", who, to_string(s.role), quote(key)));
      }
    }
    if (s.annual_cost && s.employer_rate) {
      diags.warning(at("employer_rate"),
                    message("W302", who));
    }
  } else if (is_free_role(s.role)) {
    for (std::string_view key : { "fte", "gross_monthly", "annual_cost", "employer_rate",
                                  "monthly_fee", "calls_per_month", "price_per_call" }) {
      if (r.has(key)) {
        diags.error(at(key),
                    message("E322",
                            who,
                            to_string(s.role),
                            s.role == Role::asalee
                              ? tr_message("une infirmière Asalée est payée par le dispositif",
                                           "an Asalée nurse is paid by the scheme")
                              : tr_message("une IPA facture ses propres actes",
                                           "an IPA bills her own acts"),
                            quote(key)));
      }
    }
  } else {
    for (std::string_view key : { "fte", "gross_monthly", "annual_cost", "employer_rate" }) {
      if (r.has(key)) {
        diags.error(at(key),
                    message("E323", who, quote(key)));
      }
    }
    if (s.monthly_fee && (s.calls_per_month || s.price_per_call)) {
      diags.error(at("monthly_fee"),
                  message("E324", who));
    }
    if (s.price_per_call && !s.calls_per_month) {
      diags.error(at("price_per_call"),
                  message("E325", who));
    }
  }
  if (s.role == Role::shared && !s.share) {
    diags.error(s.pos,
                message("E326", who));
  }
  for (std::string_view key : { "share", "works_as" }) {
    if (s.role != Role::shared && r.has(key)) {
      diags.error(at(key),
                  message("E327", who, to_string(s.role), quote(key)));
    }
  }
  if (s.aid == Aid::cnam_assistant_medical && s.role == Role::shared) {
    diags.error(s.aid_pos,
                message("E328", who));
  } else if (s.aid == Aid::cnam_assistant_medical) {
    if (s.role != Role::assistant_medical) {
      diags.error(s.aid_pos,
                  message("E329", who, to_string(s.role)));
    } else if (s.fte && s.fte->value != 0.5 && s.fte->value != 1) {
      diags.error(s.aid_pos,
                  message("E330", who, s.fte->value));
    }
  }
}

std::optional<StaffMember> read_staff(const YAML::Node& node, size_t index, Diagnostics& diags) {
  size_t errors_before = diags.error_count();
  MapReader r(node,
              diags,
              fmt::format(fmt::runtime(tr_message("l'intervenant n° {}", "staff member {}")),
                          index + 1));
  if (!r.ok()) {
    return std::nullopt;
  }
  StaffMember s;
  s.pos = r.pos();
  s.id = r.id("id", true).value_or("");
  std::string who = fmt::format(fmt::runtime(tr_message("l'intervenant {}", "staff {}")),
                                quote(s.id.empty() ? std::to_string(index + 1) : s.id));
  MapReader f(node, diags, who);
  f.get("id");
  auto role = f.choice("role", role_ids(), true);
  s.role = role ? *parse_role(*role) : Role::secretary;
  // From 0.01: hours and costs divide by the contract, which must not be 0.
  s.fte = read_plain(f, "fte", k_min_fraction, 1);
  s.gross_monthly = read_number(f, "gross_monthly", "secretary_gross_monthly", who);
  s.annual_cost = read_plain(f, "annual_cost", 0, 10'000'000);
  s.employer_rate = read_number(f, "employer_rate", "secretary_employer_rate", who);
  s.monthly_fee = read_number(f, "monthly_fee", "provider_monthly_fee", who);
  s.calls_per_month = read_plain(f, "calls_per_month", 0, 100'000);
  s.price_per_call = read_number(f, "price_per_call", "provider_price_per_call", who);
  s.share = read_plain(f, "share", k_min_fraction, 1);
  if (auto works_as = f.choice("works_as", { "secretary", "assistant_medical", "nurse" })) {
    s.works_as = *parse_role(*works_as);
  }
  auto aid = f.choice("aid", aid_ids());
  s.aid = aid ? *parse_aid(*aid) : Aid::none;
  s.aid_pos = f.pos_at("aid");
  f.finish();
  if (diags.error_count() > errors_before) {
    return std::nullopt;
  }
  check_staff(s, f, diags);
  return s;
}

std::optional<PlanTask> read_task(const YAML::Node& node, size_t index, Diagnostics& diags) {
  size_t errors_before = diags.error_count();
  MapReader r(
    node, diags, fmt::format(fmt::runtime(tr_message("la tâche n° {}", "task {}")), index + 1));
  if (!r.ok()) {
    return std::nullopt;
  }
  PlanTask t;
  t.pos = r.pos();
  t.id = r.id("id", true).value_or("");
  MapReader f(
    node,
    diags,
    fmt::format(fmt::runtime(tr_message("la tâche {}", "task {}")),
                quote(t.id.empty() ? std::to_string(index + 1) : t.id)));
  f.get("id");
  t.hours_per_week = f.number("hours_per_week", true, 0.0, 168.0).value_or(0);
  t.share = f.number("share", true, 0.0, 1.0).value_or(0);
  t.to = f.id("to").value_or("");
  t.to_pos = f.pos_at("to");
  f.finish();
  if (diags.error_count() > errors_before) {
    return std::nullopt;
  }
  return t;
}

template<typename T, typename Read>
std::vector<T> read_list(const YAML::Node& list,
                         std::string_view key,
                         std::string_view what,
                         Diagnostics& diags,
                         Read read) {
  std::vector<T> items;
  if (!list.IsSequence()) {
    diags.error(yaml::pos_of(list),
                message("E331", key, yaml::describe(list)));
    return items;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    if (auto item = read(list[i], i, diags)) {
      for (const auto& other : items) {
        if (other.id == item->id) {
          diags.error(item->pos, message("E332", what, quote(item->id)));
        }
      }
      items.push_back(std::move(*item));
    }
  }
  return items;
}

std::optional<OtherCost> read_other_cost(const YAML::Node& node, size_t index, Diagnostics& diags) {
  size_t errors_before = diags.error_count();
  MapReader r(
    node,
    diags,
    fmt::format(fmt::runtime(tr_message("le coût annexe n° {}", "other cost {}")), index + 1));
  if (!r.ok()) {
    return std::nullopt;
  }
  OtherCost c;
  c.pos = r.pos();
  c.id = r.id("id", true).value_or("");
  std::string what =
    fmt::format(fmt::runtime(tr_message("le coût annexe {}", "other cost {}")), quote(c.id));
  MapReader f(node, diags, what);
  f.get("id");
  c.label = f.string("label").value_or(c.id);
  c.monthly = read_plain(f, "monthly", 0, 1'000'000);
  c.once = read_plain(f, "once", 0, 10'000'000);
  f.finish();
  if (diags.error_count() == errors_before && c.monthly.has_value() == c.once.has_value()) {
    diags.error(c.pos, message("E333", what));
  }
  if (diags.error_count() > errors_before) {
    return std::nullopt;
  }
  return c;
}

// Who takes each task: `to` must name a staff member; it may be left out
// when the plan has exactly one (or no) staff member.
void assign_tasks(Plan& plan, SourcePos tasks_pos, Diagnostics& diags) {
  std::vector<std::string> ids = plan.staff_ids();
  double total = 0;
  for (auto& t : plan.tasks) {
    total += t.hours_per_week;
    if (t.to.empty()) {
      if (plan.staff.size() == 1) {
        t.to = plan.staff.front().id;
      } else if (plan.staff.size() > 1) {
        diags.error(t.pos,
                    message("E334",
                            quote(t.id),
                            plan.staff.size(),
                            fmt::format("{}", fmt::join(ids, ", "))));
      }
    } else if (plan.find_staff(t.to) == nullptr) {
      diags.error(t.to_pos,
                  message("E335",
                          quote(t.id),
                          quote(t.to),
                          ids.empty() ? std::string(tr_message("il n'a pas d'intervenant",
                                                               "it has no staff"))
                                      : fmt::format(fmt::runtime(tr_message("intervenants : {}",
                                                                            "staff: {}")),
                                                    fmt::join(ids, ", ")),
                          did_you_mean(t.to, ids)));
    }
  }
  if (total > 168) {
    diags.error(tasks_pos,
                message("E336", total));
  }
}

void read_top(MapReader& top, Plan& plan, Diagnostics& diags) {
  YAML::Node parameters = top.get("parameters");
  if (auto name = top.string("parameters")) {
    plan.parameters = *name;
    plan.parameters_pos = yaml::pos_of(parameters);
  }
  YAML::Node doctor = top.get("doctor");
  if (doctor.IsDefined() && !doctor.IsNull()) {
    read_doctor(doctor, plan.doctor, diags);
  }
  YAML::Node staff = top.get("staff");
  size_t errors_before_staff = diags.error_count();
  if (staff.IsDefined() && !staff.IsNull()) {
    plan.staff = read_list<StaffMember>(
      staff, "staff", tr_message("intervenant", "staff"), diags, read_staff);
  }
  bool staff_ok = diags.error_count() == errors_before_staff;
  YAML::Node tasks = top.get("tasks", true);
  if (tasks.IsDefined() && !tasks.IsNull()) {
    plan.tasks =
      read_list<PlanTask>(tasks, "tasks", tr_message("tâche", "task"), diags, read_task);
    if (tasks.IsSequence() && tasks.size() == 0) {
      diags.error(yaml::pos_of(tasks), message("E337"));
    }
  }
  const char* the_plan = tr_message("le plan de délégation", "the delegation plan");
  plan.supervision_hours_per_week =
    read_number(top, "supervision_hours_per_week", "supervision_hours_per_week", the_plan);
  plan.setup_hours = read_number(top, "setup_hours", "setup_hours", the_plan);
  plan.horizon_years = read_number(top, "horizon_years", "horizon_years", the_plan);
  YAML::Node others = top.get("other_costs");
  if (others.IsDefined() && !others.IsNull()) {
    plan.other_costs =
      read_list<OtherCost>(others, "other_costs", tr_message("coût annexe", "other cost"), diags,
                           read_other_cost);
  }
  top.finish();
  if (staff_ok) { // else "not a staff id" would follow from the staff's own errors
    assign_tasks(plan, yaml::pos_of(tasks), diags);
  }
}

} // namespace

std::optional<Plan> parse_plan(std::string_view text, const std::string& file, Diagnostics& diags) {
  size_t errors_before = diags.error_count();
  YAML::Node root = yaml::load_guarded(text, file);
  Plan plan;
  plan.file = file;
  MapReader top(root, diags, tr_message("le plan de délégation", "the delegation plan"));
  if (!top.ok()) {
    return std::nullopt;
  }
  read_top(top, plan, diags);
  if (diags.error_count() > errors_before) {
    return std::nullopt;
  }
  return plan;
}

Plan load_plan(const std::string& path, Diagnostics& diags) {
  diags.set_file(path);
  auto plan = parse_plan(read_file(path), path, diags);
  diags.throw_if_errors();
  return std::move(*plan);
}

} // namespace medtime
