// Scores as JSON (`medtime.score/2`), and the respondent and lever objects
// that the report's JSON shares.
#include "scoring/score_render.h"
#include "render/number.h"

namespace medtime {

namespace {

nlohmann::ordered_json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(round_to(*value, 2)) : nlohmann::ordered_json(nullptr);
}

} // namespace

nlohmann::ordered_json respondent_json(const Assessment& assessment) {
  nlohmann::ordered_json respondent = nlohmann::ordered_json::object();
  for (const auto& [key, value] : assessment.respondent) {
    respondent[key] = value;
  }
  return respondent;
}

nlohmann::ordered_json lever_json(const LeverScore& lever) {
  const Questionnaire& q = *lever.questionnaire;
  nlohmann::ordered_json j;
  j["id"] = q.is_lever() ? q.lever : q.id;
  j["questionnaire"] = q.id;
  j["version"] = q.version;
  j["maturity"] = optional_number(lever.maturity.score);
  j["readiness"] = optional_number(lever.readiness.score);
  if (q.is_lever()) {
    j["potential_hours"] = round_to(lever.potential_hours, 2); // 0 without a time budget
  }
  j["band"] = lever.band != nullptr ? nlohmann::ordered_json(lever.band->id) : nullptr;
  j["status"] = to_string(lever.status);
  j["maturity_answered"] = lever.maturity.answered;
  j["maturity_applicable"] = lever.maturity.applicable;
  j["readiness_answered"] = lever.readiness.answered;
  j["readiness_applicable"] = lever.readiness.applicable;
  return j;
}

nlohmann::ordered_json time_budget_json(const ScoreSet& scores,
                                        const std::vector<Category>& categories) {
  nlohmann::ordered_json j;
  j["answered"] = scores.budget.answered;
  j["total_hours"] = round_to(scores.budget.total(), 2);
  j["hours_at_stake"] = round_to(scores.hours_at_stake, 2);
  j["categories"] = nlohmann::ordered_json::array();
  for (size_t c = 0; c < categories.size() && c < scores.category_at_stake.size(); ++c) {
    nlohmann::ordered_json row;
    row["id"] = categories[c].id;
    row["hours"] = round_to(scores.budget.hours[c], 2);
    row["at_stake"] = round_to(scores.category_at_stake[c], 2);
    j["categories"].push_back(std::move(row));
  }
  return j;
}

nlohmann::ordered_json score_json(const Assessment& assessment, const ScoreSet& scores,
                                  const std::vector<Category>& categories, bool explain) {
  nlohmann::ordered_json doc;
  doc["schema"] = "medtime.score/2";
  doc["source"] = assessment.source;
  doc["respondent"] = respondent_json(assessment);
  doc["date"] = assessment.date.empty() ? nlohmann::ordered_json(nullptr)
                                        : nlohmann::ordered_json(assessment.date);
  doc["time_budget"] = time_budget_json(scores, categories);
  doc["levers"] = nlohmann::ordered_json::array();
  doc["supporting_areas"] = nlohmann::ordered_json::array();
  for (const auto& lever : scores.levers) {
    if (!lever.is_scored()) {
      continue;
    }
    nlohmann::ordered_json j = lever_json(lever);
    if (explain) {
      j["items"] = nlohmann::ordered_json::array();
      for (const auto& item : lever.items) {
        const Question& question = lever.questionnaire->questions[static_cast<size_t>(item.question)];
        nlohmann::ordered_json i;
        i["question"] = question.id;
        i["dimension"] = to_string(question.dimension);
        i["applicable"] = item.applicable;
        i["state"] = item.state == AnswerState::given ? "answered"
                     : item.state == AnswerState::na  ? "na"
                                                      : "missing";
        i["value"] = round_to(item.value, 4);
        i["weight"] = item.weight;
        i["contribution"] = round_to(item.contribution, 2);
        j["items"].push_back(std::move(i));
      }
      j["reductions"] = nlohmann::ordered_json::array();
      for (const auto& r : lever.reductions) {
        const Question& question = lever.questionnaire->questions[static_cast<size_t>(r.question)];
        nlohmann::ordered_json i;
        i["question"] = question.id;
        i["option"] = r.option >= 0 ? nlohmann::ordered_json(question.options[static_cast<size_t>(r.option)].id)
                                    : nlohmann::ordered_json(nullptr);
        i["task"] = r.task >= 0 ? nlohmann::ordered_json(question.tasks[static_cast<size_t>(r.task)].id)
                                : nlohmann::ordered_json(nullptr);
        i["category"] = categories[static_cast<size_t>(r.category)].id;
        i["share"] = round_to(r.share, 4);
        i["hours"] = round_to(r.hours, 2);
        j["reductions"].push_back(std::move(i));
      }
    }
    doc[lever.is_lever() ? "levers" : "supporting_areas"].push_back(std::move(j));
  }
  return doc;
}

} // namespace medtime
