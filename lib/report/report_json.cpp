// The "medtime.report/2" JSON document (schemas/medtime.report-2.schema.json). Figures are the report's own,
// already rounded to what the other formats show.
#include "render/number.h"
#include "scoring/score_render.h"
#include "report/report_render.h"

namespace medtime {

namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

std::string_view to_string(ReadinessSource source) {
  switch (source) {
  case ReadinessSource::answered:
    return "answered";
  case ReadinessSource::no_answers:
    return "no_answers";
  case ReadinessSource::insufficient:
    return "insufficient";
  }
  return "?";
}

Json range(const GainRange& gain) {
  return Json::array({gain.low, gain.high});
}

Json action_json(const ReportAction& shown, Lang lang) {
  const Action& action = *shown.action;
  Json j;
  j["id"] = action.id;
  j["title"] = action.title.get(lang);
  j["effort"] = medtime::to_string(action.effort);
  j["gain_hours"] = range(shown.shown);
  j["gain_per_effort"] = round_to(shown.gain.mid() / static_cast<int>(action.effort), 4);
  j["text"] = action.text.get(lang);
  return j;
}

Json budget_json(const Report& report, Lang lang) {
  Json j;
  j["answered"] = report.budget_answered;
  j["total_hours"] = report.budget_hours;
  j["hours_at_stake"] = report.hours_at_stake;
  j["categories"] = Json::array();
  for (const BudgetRow& row : report.budget) {
    j["categories"].push_back({{"id", row.category->id},
                               {"label", row.category->label.get(lang)},
                               {"hours", row.hours},
                               {"at_stake", row.at_stake}});
  }
  return j;
}

Json lever_json(const ReportLever& lever, Lang lang) {
  const Questionnaire& q = lever.questionnaire();
  Json j;
  j["id"] = q.lever;
  j["questionnaire"] = q.id;
  j["name"] = q.short_name(lang);
  j["title"] = q.title.get(lang);
  j["rank"] = lever.rank ? Json(*lever.rank) : Json(nullptr);
  j["status"] = medtime::to_string(lever.score.status);
  j["maturity"] = optional_number(lever.maturity);
  j["readiness"] = optional_number(lever.readiness);
  j["readiness_source"] = to_string(lever.readiness_source);
  j["readiness_used"] =
      lever.terms ? Json(lever.readiness_used) : Json(nullptr); // R in the priority
  j["potential_hours"] = lever.potential_hours;
  j["hours_capped"] = lever.hours_capped;
  if (lever.terms) {
    j["priority"] = lever.terms->priority;
    j["terms"] = {{"maturity", lever.terms->maturity},
                  {"readiness", lever.terms->readiness},
                  {"hours", lever.terms->hours}};
  } else {
    j["priority"] = nullptr;
    j["terms"] = nullptr;
  }
  j["band"] = lever.score.band != nullptr ? Json(lever.score.band->id) : Json(nullptr);
  j["band_label"] = band_text(lever.score, lang);
  j["maturity_answered"] = lever.score.maturity.answered;
  j["maturity_applicable"] = lever.score.maturity.applicable;
  j["actions"] = Json::array();
  for (const ReportAction& action : lever.actions) {
    j["actions"].push_back(action_json(action, lang));
  }
  return j;
}

Json support_json(const ReportSupport& support, Lang lang) {
  const Questionnaire& q = support.questionnaire();
  Json j;
  j["id"] = q.id;
  j["name"] = q.short_name(lang);
  j["title"] = q.title.get(lang);
  j["status"] = medtime::to_string(support.score.status);
  j["maturity"] = optional_number(support.maturity);
  j["readiness"] = optional_number(support.readiness);
  j["band"] = support.score.band != nullptr ? Json(support.score.band->id) : Json(nullptr);
  j["band_label"] = band_text(support.score, lang);
  j["actions"] = Json::array();
  for (const Action* action : support.actions) {
    j["actions"].push_back({{"id", action->id},
                            {"title", action->title.get(lang)},
                            {"effort", medtime::to_string(action->effort)},
                            {"text", action->text.get(lang)}});
  }
  return j;
}

Json profile_json(const Profile& profile) {
  Json j;
  j["source"] = profile.source;
  j["weights"] = {{"maturity", profile.maturity_weight},
                  {"readiness", profile.readiness_weight},
                  {"hours", profile.hours_weight}};
  j["reference_hours"] = profile.reference_hours;
  j["default_readiness"] = profile.default_readiness;
  return j;
}

} // namespace

nlohmann::ordered_json report_json(const Report& report, Lang lang) {
  Json doc;
  doc["schema"] = "medtime.report/2";
  doc["lang"] = lang_code(lang);
  doc["source"] = report.source;
  Json respondent = Json::object();
  for (const auto& [key, value] : report.respondent) {
    respondent[key] = value;
  }
  doc["respondent"] = respondent;
  doc["date"] = report.date.empty() ? Json(nullptr) : Json(report.date);
  doc["next_review"] = report.next_review.empty() ? Json(nullptr) : Json(report.next_review);
  doc["profile"] = profile_json(report.profile);
  doc["plan"] = Json::array();
  for (size_t i = 0; i < report.plan.size(); ++i) {
    const PlanItem& item = report.plan[i];
    Json j;
    j["rank"] = i + 1;
    j["lever"] = report.levers[item.lever].questionnaire().lever;
    // Why it is there: the best action of the lever ranked `lever_rank`, or
    // added when the ranked levers ran out of actions.
    j["reason"] = item.reason == PlanReason::lever_rank ? "lever_rank" : "best_remaining";
    const auto& rank = report.levers[item.lever].rank;
    j["lever_rank"] = rank ? Json(*rank) : Json(nullptr);
    j["action"] = item.action->id;
    j["title"] = item.action->title.get(lang);
    j["effort"] = medtime::to_string(item.action->effort);
    j["gain_hours"] = range(item.gain);
    j["marginal_gain_hours"] = range(item.marginal);
    j["prerequisites"] = Json::array();
    for (const Prerequisite& p : item.prerequisites) {
      j["prerequisites"].push_back({{"questionnaire", p.area->id},
                                    {"action", p.action->id},
                                    {"title", p.action->title.get(lang)},
                                    {"effort", medtime::to_string(p.action->effort)},
                                    {"known", p.known}});
    }
    doc["plan"].push_back(std::move(j));
  }
  doc["plan_gain_hours"] = Json::array({report.plan_gain_min, report.plan_gain_max});
  doc["hours_at_stake"] = report.hours_at_stake;
  doc["levers"] = Json::array();
  for (const ReportLever& lever : report.levers) {
    doc["levers"].push_back(lever_json(lever, lang));
  }
  doc["supporting_areas"] = Json::array();
  for (const ReportSupport& support : report.supports) {
    doc["supporting_areas"].push_back(support_json(support, lang));
  }
  doc["time_budget"] = budget_json(report, lang);
  doc["assessed_levers"] = report.assessed_levers;
  return doc;
}

} // namespace medtime
