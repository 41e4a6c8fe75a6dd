// JSON "medtime.review/1": ids, dates and numbers only, the same in every
// language, so that a script run every quarter can act on it.
#include "render/number.h"
#include "review/review_render.h"
#include "review/dates.h"

namespace medtime {

namespace {

using Json = nlohmann::ordered_json;

Json number_or_null(const std::optional<double>& value, int decimals = 2) {
  return value ? Json(round_to(*value, decimals)) : Json(nullptr);
}

Json date_or_null(const Review& review, const std::optional<size_t>& at) {
  return at ? Json(review.assessments[*at].date) : Json(nullptr);
}

Json change_json(const Review& review,
                 const Change& c,
                 const std::vector<std::optional<double>>& values) {
  Json j;
  j["first"] = c.first ? number_or_null(values[*c.first]) : Json(nullptr);
  j["first_date"] = date_or_null(review, c.first);
  j["previous"] = c.previous ? number_or_null(values[*c.previous]) : Json(nullptr);
  j["previous_date"] = date_or_null(review, c.previous);
  j["current"] = c.current ? number_or_null(values[*c.current]) : Json(nullptr);
  j["current_date"] = date_or_null(review, c.current);
  j["change_since_first"] = number_or_null(c.since_first);
  j["change_since_previous"] = number_or_null(c.since_previous);
  j["trend"] = to_string(c.trend);
  j["trend_since_first"] = to_string(c.overall);
  return j;
}

Json action_ids(const LeverReview& lever, const std::vector<int>& indices) {
  Json list = Json::array();
  for (int i : indices) {
    list.push_back(lever.questionnaire->actions[static_cast<size_t>(i)].id);
  }
  return list;
}

Json diff_json(const Review& review, const LeverReview& lever, const std::optional<ActionDiff>& d) {
  if (!d) {
    return nullptr;
  }
  Json j;
  j["from"] = review.assessments[d->from_at].date;
  j["to"] = review.assessments[d->to_at].date;
  j["done"] = action_ids(lever, d->done);
  j["new"] = action_ids(lever, d->added);
  j["open"] = action_ids(lever, d->open);
  return j;
}

Json lever_json(const Review& review, const LeverReview& lever) {
  Json j;
  j["id"] = lever.questionnaire->scored_id();
  j["questionnaire"] = lever.questionnaire->id;
  j["series"] = Json::array();
  for (size_t i = 0; i < lever.scores.size(); ++i) {
    const LeverScore& s = lever.scores[i];
    Json point;
    point["date"] = review.assessments[i].date;
    point["maturity"] = number_or_null(s.maturity.score);
    point["readiness"] = number_or_null(s.readiness.score);
    point["band"] = s.band != nullptr ? Json(s.band->id) : Json(nullptr);
    point["status"] = to_string(s.status);
    j["series"].push_back(std::move(point));
  }
  j.update(change_json(review, lever.change, lever.maturity));
  j["band_changes"] = Json::array();
  for (const auto& b : lever.band_changes) {
    j["band_changes"].push_back({ { "from_date", review.assessments[b.from_at].date },
                                  { "date", review.assessments[b.to_at].date },
                                  { "from", b.from->id },
                                  { "to", b.to->id },
                                  { "direction", b.up ? "up" : "down" } });
  }
  j["actions_since_previous"] = diff_json(review, lever, lever.since_previous);
  j["actions_since_first"] = diff_json(review, lever, lever.since_first);
  j["rank"] = lever.rank ? Json(*lever.rank) : Json(nullptr);
  j["previous_rank"] = lever.previous_rank ? Json(*lever.previous_rank) : Json(nullptr);
  j["priority"] = number_or_null(lever.priority);
  return j;
}

Json indicator_json(const Review& review, const IndicatorReview& indicator) {
  Json j;
  j["id"] = indicator.id();
  j["questionnaire"] = indicator.questionnaire->id;
  j["question"] = indicator.question->id;
  j["category"] = indicator.row < 0 ? nlohmann::ordered_json(nullptr)
                                    : nlohmann::ordered_json(indicator.question->tasks[static_cast<size_t>(indicator.row)].id);
  j["lever"] = indicator.questionnaire->is_lever() ? Json(indicator.questionnaire->lever) : Json(nullptr);
  j["unit"] = indicator.unit(Lang::en);
  j["better"] = to_string(indicator.better);
  j["series"] = Json::array();
  for (size_t i = 0; i < indicator.values.size(); ++i) {
    j["series"].push_back(
      { { "date", review.assessments[i].date }, { "value", number_or_null(indicator.values[i]) } });
  }
  j.update(change_json(review, indicator.change, indicator.values));
  return j;
}

Json objective_json(const Review& review, const ObjectiveReview& o) {
  Json j;
  j["kind"] = o.objective.kind == Objective::Kind::maturity ? "maturity" : "indicator";
  j["target"] = o.objective.target_id();
  j["value"] = round_to(o.objective.target, 2);
  j["by"] = o.objective.by;
  auto optional_text = [](const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); };
  j["action"] = optional_text(o.objective.action);
  j["owner"] = optional_text(o.objective.owner);
  j["means"] = optional_text(o.objective.means);
  j["direction"] = o.lower_is_better ? "at_most" : "at_least";
  j["status"] = to_string(o.status);
  j["current"] = number_or_null(o.current);
  j["current_date"] = date_or_null(review, o.current_at);
  // Per month: a twelfth of a Gregorian year, 30.4375 days.
  j["pace_per_month"] =
    o.pace_per_day ? Json(round_to(*o.pace_per_day * 30.4375, 2)) : Json(nullptr);
  j["reach_date"] = o.reach_day ? Json(iso_from_days(*o.reach_day)) : Json(nullptr);
  j["never_at_this_pace"] = o.never;
  return j;
}

Json diagnostic_json(const Diagnostic& d) {
  return {
    { "file", d.file }, { "line", d.pos.line }, { "column", d.pos.column }, { "message", d.message }
  };
}

Json ranking_json(const Review& review) {
  Json list = Json::array();
  for (const auto& p : review.ranking) {
    const LeverReview& lever = review.levers[p.lever];
    Json j;
    j["rank"] = p.rank ? Json(*p.rank) : Json(nullptr);
    j["lever"] = lever.questionnaire->scored_id();
    j["priority"] = number_or_null(p.priority);
    j["maturity_term"] = round_to(p.maturity_term, 2);
    j["readiness_term"] = round_to(p.readiness_term, 2);
    j["hours_term"] = round_to(p.hours_term, 2);
    j["readiness_assumed"] = p.readiness_assumed;
    j["previous_rank"] = lever.previous_rank ? Json(*lever.previous_rank) : Json(nullptr);
    list.push_back(std::move(j));
  }
  return list;
}

} // namespace

nlohmann::ordered_json review_json(const Review& review) {
  Json doc;
  doc["schema"] = "medtime.review/1";
  const ReviewAssessment& last = review.assessments.back();
  doc["respondent"] = Json::object();
  for (const auto& [key, value] : last.respondent) {
    doc["respondent"][key] = value;
  }
  doc["threshold"] = review.options.threshold;
  doc["indicator_threshold_percent"] = review.options.indicator_threshold;
  doc["profile"] = review.options.profile.source;
  doc["assessments"] = Json::array();
  for (const auto& a : review.assessments) {
    doc["assessments"].push_back(
      { { "date", a.date },
        { "source", a.source },
        { "respondent_id", a.respondent_id.empty() ? Json(nullptr) : Json(a.respondent_id) } });
  }
  Json regressed = Json::array();
  for (const LeverReview* lever : review.regressed()) {
    regressed.push_back(lever->questionnaire->scored_id());
  }
  doc["regressed"] = std::move(regressed);
  doc["levers"] = Json::array();
  for (const auto& lever : review.levers) {
    doc["levers"].push_back(lever_json(review, lever));
  }
  doc["indicators"] = Json::array();
  for (const auto& indicator : review.indicators) {
    doc["indicators"].push_back(indicator_json(review, indicator));
  }
  doc["objectives_file"] =
    review.objectives_file.empty() ? Json(nullptr) : Json(review.objectives_file);
  doc["objectives"] = Json::array();
  for (const auto& o : review.objectives) {
    doc["objectives"].push_back(objective_json(review, o));
  }
  doc["ranking"] = ranking_json(review);
  doc["not_comparable"] = Json::array();
  for (const auto& d : review.not_comparable) {
    doc["not_comparable"].push_back(diagnostic_json(d));
  }
  doc["warnings"] = Json::array();
  for (const auto& d : review.warnings) {
    doc["warnings"].push_back(diagnostic_json(d));
  }
  return doc;
}

} // namespace medtime
