// The cost sheet as JSON (`medtime.cost/2`): inputs with their origin, staff,
// years, capacity, sensitivity, warnings and notes.
#include "cost/cost_render.h"
#include "cost/cost_words.h"
#include "render/number.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using Json = nlohmann::ordered_json;

Json figure_json(const CostInputs& in, const NamedFigure& f) {
  Json j;
  j["name"] = f.name;
  j["value"] = round_to(f.figure.value, 4);
  j["unit"] = unit_text(f.unit, Lang::en);
  if (f.figure.origin == Origin::input) {
    j["origin"] = in.derived ? "answers" : "plan";
    j["line"] = f.figure.pos.line > 0 ? Json(f.figure.pos.line) : Json(nullptr);
    return j;
  }
  const ParameterValue* p = in.parameter(f.figure);
  j["origin"] = "parameters";
  j["parameter"] = f.figure.key;
  j["estimate"] = p != nullptr && p->estimate;
  j["source"] = p != nullptr ? p->source : "";
  j["date"] = p != nullptr ? p->date : "";
  return j;
}

Json aid_eligibility_json(const StaffCost& s) {
  if (s.aid == Aid::none) {
    return nullptr;
  }
  Json reasons = Json::array();
  for (AidReason r : s.aid_check.reasons) {
    reasons.push_back(to_string(r));
  }
  return Json{ { "status", to_string(s.aid_check.status) }, { "reasons", reasons } };
}

Json staff_json(const StaffCost& s) {
  Json j;
  j["id"] = s.id;
  j["role"] = to_string(s.role);
  j["fte"] = is_employee(s.role) ? Json(round_to(s.fte.value, 4)) : Json(nullptr);
  j["annual_cost"] = round_to(s.annual_cost_value(), 2);
  j["calls_per_month"] = s.calls_per_month ? Json(round_to(s.calls_per_month->value, 2)) : Json(nullptr);
  j["aid"] = to_string(s.aid);
  j["aid_eligibility"] = aid_eligibility_json(s);
  j["assigned_hours"] = round_to(s.assigned_hours, 2);
  return j;
}

Json other_costs_json(const CostInputs& in) {
  Json rows = Json::array();
  for (const auto& c : in.other_costs) {
    rows.push_back({ { "id", c.id },
                     { "label", c.label.get(Lang::fr) },
                     { "monthly", c.monthly ? Json(round_to(c.monthly->value, 2)) : Json(nullptr) },
                     { "once", c.once ? Json(round_to(c.once->value, 2)) : Json(nullptr) },
                     { "count", c.count },
                     { "origin", (c.monthly ? *c.monthly : *c.once).origin == Origin::parameter
                                   ? "parameters"
                                   : (in.derived ? "answers" : "plan") } });
  }
  return rows;
}

Json year_json(const YearResult& y) {
  return Json{ { "year", y.year },
               { "hours_freed", round_to(y.hours_freed, 2) },
               { "extra_consultations", round_to(y.extra_consultations, 2) },
               { "revenue", round_to(y.revenue, 2) },
               { "personal_value", round_to(y.personal_value, 2) },
               { "staff_cost", round_to(y.staff_cost, 2) },
               { "other_costs", round_to(y.other_costs, 2) },
               { "aid", round_to(y.aid, 2) },
               { "net", round_to(y.net, 2) },
               { "net_if_target_missed", round_to(y.net_if_target_missed, 2) },
               { "cumulative_net", round_to(y.cumulative_net, 2) },
               { "break_even", round_to(y.break_even, 2) } };
}

Json capacity_json(const CostSheet& sheet) {
  Json rows = Json::array();
  for (const auto& c : sheet.capacity) {
    bool contract = c.status != CapacityStatus::no_contract;
    rows.push_back(
      { { "id", c.id },
        { "role", to_string(c.role) },
        { "contracted_hours", contract ? Json(round_to(c.contracted_hours, 2)) : Json(nullptr) },
        { "assigned_hours", round_to(c.assigned_hours, 2) },
        { "used_hours", round_to(c.used_hours, 2) },
        { "left_out_hours", round_to(c.left_out_hours, 2) },
        { "use", c.use ? Json(round_to(*c.use, 4)) : Json(nullptr) },
        { "status", to_string(c.status) } });
  }
  return Json{ { "hours_per_fte", sheet.hours_per_fte }, { "staff", rows } };
}

Json sensitivity_json(const Sensitivity& s) {
  Json rows = Json::array();
  for (size_t i = 0; i < s.reinvest_shares.size(); ++i) {
    Json nets = Json::array();
    for (double net : s.net[i]) {
      nets.push_back(round_to(net, 2));
    }
    rows.push_back({ { "reinvest_share", s.reinvest_shares[i] }, { "net", nets } });
  }
  return Json{ { "year", s.year },
               { "staff_cost_changes", s.staff_cost_changes },
               { "rows", rows } };
}

std::string_view warning_id(CostWarningKind kind) {
  switch (kind) {
    case CostWarningKind::supervision_exceeds_delegated:
      return "supervision_exceeds_delegated";
    case CostWarningKind::capacity_over:
      return "capacity_over";
    case CostWarningKind::capacity_under:
      return "capacity_under";
    case CostWarningKind::delegated_exceeds_doctor_week:
      return "delegated_exceeds_doctor_week";
    case CostWarningKind::no_staff:
      return "no_staff";
  }
  return "?";
}

} // namespace

nlohmann::ordered_json cost_json(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  Json doc;
  doc["schema"] = "medtime.cost/2";
  doc["source"] = in.source;
  doc["derived_from_answers"] = in.derived;
  doc["parameters"] = Json{ { "id", in.parameters.id }, { "file", in.parameters.file } };
  doc["weekly_delegated_hours"] = round_to(sheet.weekly_delegated_hours, 2);
  doc["weekly_assigned_hours"] = round_to(sheet.weekly_assigned_hours, 2);
  doc["doctor"] = Json{ { "sector", in.sector ? Json(to_string(*in.sector)) : Json(nullptr) },
                        { "patient_list",
                          in.patient_list ? Json(in.patient_list->value) : Json(nullptr) } };
  doc["horizon_years"] = in.horizon();
  doc["tasks"] = Json::array();
  for (const auto& t : in.tasks) {
    doc["tasks"].push_back({ { "id", t.id },
                             { "hours_per_week", round_to(t.hours_per_week, 2) },
                             { "share", round_to(t.share, 4) },
                             { "delegated_hours", round_to(t.delegated_hours(), 2) },
                             { "to", t.to.empty() ? Json(nullptr) : Json(t.to) } });
  }
  doc["staff"] = Json::array();
  for (const auto& s : in.staff) {
    doc["staff"].push_back(staff_json(s));
  }
  doc["other_costs"] = other_costs_json(in);
  doc["aid_commitment"] =
    in.counts_aid() ? Json{ { "growth_share", in.aid_growth_share.value },
                            { "target_year", in.aid_target() } }
                    : Json(nullptr);
  doc["years"] = Json::array();
  for (const auto& y : sheet.years) {
    doc["years"].push_back(year_json(y));
  }
  doc["payback_year"] = sheet.payback_year ? Json(*sheet.payback_year) : Json(nullptr);
  doc["capacity"] = capacity_json(sheet);
  doc["sensitivity"] = sensitivity_json(sheet.sensitivity);
  doc["warnings"] = Json::array();
  for (const auto& w : sheet.warnings) {
    doc["warnings"].push_back(
      { { "id", warning_id(w.kind) }, { "text", cost_warning_text(w, in, lang) } });
  }
  doc["notes"] = Json::array();
  for (const auto& n : in.notes) {
    doc["notes"].push_back(plan_note_text(n, lang));
  }
  doc["inputs"] = Json::array();
  for (const auto& f : traced_figures(in)) {
    doc["inputs"].push_back(figure_json(in, f));
  }
  doc["verdict"] = cost_verdict(in, sheet, lang);
  return doc;
}

nlohmann::ordered_json compare_json(const std::vector<CostOption>& options,
                                    const std::vector<SkippedScenario>& skipped,
                                    Lang lang) {
  Json doc;
  doc["schema"] = "medtime.cost-compare/1";
  doc["options"] = Json::array();
  for (const auto& o : options) {
    doc["options"].push_back(
      { { "name", o.name.get(lang) },
        { "short_name", o.short_name.get(lang) },
        { "hours_freed_per_week", round_to(o.weekly_hours_freed(), 2) },
        { "left_out_hours_per_week", round_to(o.left_out_hours(), 2) },
        { "aid_total", round_to(o.aid_total(), 2) },
        { "cumulative_net", round_to(o.sheet.last_year().cumulative_net, 2) },
        { "cumulative_net_if_target_missed", round_to(o.sheet.last_year().cumulative_net_if_target_missed, 2) },
        { "payback_year", o.sheet.payback_year ? Json(*o.sheet.payback_year) : Json(nullptr) },
        { "sheet", cost_json(o.inputs, o.sheet, lang) } });
  }
  doc["skipped"] = Json::array();
  for (const auto& s : skipped) {
    doc["skipped"].push_back({ { "name", s.name.get(lang) }, { "reason", s.reason } });
  }
  return doc;
}

} // namespace medtime
