// Scores as JSON (`medtime.score/1`), and the respondent and lever objects
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
  j["id"] = q.lever;
  j["questionnaire"] = q.id;
  j["version"] = q.version;
  j["maturity"] = optional_number(lever.maturity.score);
  j["readiness"] = optional_number(lever.readiness.score);
  j["potential_hours"] = round_to(lever.potential_hours, 2);
  j["band"] = lever.band != nullptr ? nlohmann::ordered_json(lever.band->id) : nullptr;
  j["status"] = to_string(lever.status);
  j["maturity_answered"] = lever.maturity.answered;
  j["maturity_applicable"] = lever.maturity.applicable;
  j["readiness_answered"] = lever.readiness.answered;
  j["readiness_applicable"] = lever.readiness.applicable;
  return j;
}

nlohmann::ordered_json score_json(const Assessment& assessment, const ScoreSet& scores,
                                  bool explain) {
  nlohmann::ordered_json doc;
  doc["schema"] = "medtime.score/1";
  doc["source"] = assessment.source;
  doc["respondent"] = respondent_json(assessment);
  doc["date"] = assessment.date.empty() ? nlohmann::ordered_json(nullptr)
                                        : nlohmann::ordered_json(assessment.date);
  doc["levers"] = nlohmann::ordered_json::array();
  for (const auto& lever : scores.levers) {
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
        i["hours"] = round_to(item.hours, 2);
        j["items"].push_back(std::move(i));
      }
    }
    doc["levers"].push_back(std::move(j));
  }
  return doc;
}

} // namespace medtime
