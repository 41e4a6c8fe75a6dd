// "medtime.team/1": the members, the counts, and every item in the
// meeting's order with each member's answer and the consensus, as the
// answers file writes them.
#include "team/team_render.h"
#include "render/number.h"
#include "team/team_words.h"

#include <cmath>
#include <cstdint>

namespace medtime {

namespace {

using json = nlohmann::ordered_json;
using namespace team_words;

json respondent_json(const std::vector<std::pair<std::string, std::string>>& respondent) {
  json out = json::object();
  for (const auto& [key, value] : respondent) {
    out[key] = value;
  }
  return out;
}

json date_json(const std::string& date) {
  return date.empty() ? json(nullptr) : json(date);
}

// null when missing, "na", an id, a list of ids, a number or a text.
json value_json(const Question& q, const TeamValue& v) {
  if (v.state == AnswerState::na) {
    return "na";
  }
  if (!v.given()) {
    return nullptr;
  }
  switch (q.type) {
  case QuestionType::multiple: {
    json ids = json::array();
    for (size_t i = 0; i < q.options.size() && i < 64; ++i) {
      if ((v.choices >> i) & 1U) {
        ids.push_back(q.options[i].id);
      }
    }
    return ids;
  }
  case QuestionType::single:
    return q.options[static_cast<size_t>(v.choice)].id;
  case QuestionType::yesno:
    return v.choice == 1 ? "yes" : "no";
  case QuestionType::tasks:
    return q.levels[static_cast<size_t>(v.choice)].id;
  case QuestionType::text:
    return v.text;
  default:
    // 2 rather than 2.0: a whole number as the answers file writes it.
    if (std::floor(v.number) == v.number && std::abs(v.number) < 1e15) {
      return static_cast<std::int64_t>(v.number);
    }
    return v.number;
  }
}

// A lever's scores: maturity and readiness on 0-100 (1 decimal, as the
// report shows them, or null) and the band's id (or null).
json score_json(const LeverScore& score) {
  auto number = [](const std::optional<double>& x) {
    return x ? json(round_to(*x, 1)) : json(nullptr);
  };
  return { { "maturity", number(score.maturity.score) },
           { "readiness", number(score.readiness.score) },
           { "band", score.band != nullptr ? json(score.band->id) : json(nullptr) } };
}

json item_json(const Team& team, const TeamItem& item, Lang lang) {
  const Question& q = team.question(item);
  json out;
  out["id"] = item_id(team, item);
  out["questionnaire"] = team.questionnaire(item).id;
  out["question"] = q.id;
  out["row"] = item.row >= 0 ? json(q.tasks[static_cast<size_t>(item.row)].id) : json(nullptr);
  out["type"] = to_string(q.type);
  out["label"] = item_label(team, item, lang);
  out["agreement"] = to_string(item.agreement);
  out["tie"] = item.tie;
  out["texts_differ"] = item.texts_differ;
  out["personal"] = item.personal;
  out["to_settle"] = item.to_settle();
  out["steps"] = item.steps ? json(*item.steps) : json(nullptr);
  json answers = json::array();
  for (const auto& v : item.values) {
    answers.push_back(value_json(q, v));
  }
  out["answers"] = answers;
  out["consensus"] = value_json(q, item.consensus);
  return out;
}

} // namespace

json team_json(const Team& team, Lang lang, const std::string& consensus_file) {
  json out;
  out["schema"] = "medtime.team/1";
  out["lang"] = lang_code(lang);
  json members = json::array();
  for (const auto& m : team.members) {
    members.push_back({ { "name", m.name },
                        { "source", m.assessment.source },
                        { "respondent", respondent_json(m.assessment.respondent) },
                        { "date", date_json(m.assessment.date) } });
  }
  out["members"] = members;
  out["consensus"] = { { "respondent", respondent_json(team.consensus.respondent) },
                       { "date", date_json(team.consensus.date) },
                       { "file", consensus_file.empty() ? json(nullptr) : json(consensus_file) } };
  size_t settle = 0;
  for (const auto& i : team.items) {
    settle += i.to_settle();
  }
  out["counts"] = { { "items", team.items.size() },
                    { "to_settle", settle },
                    { "disagreement", team.count(Agreement::disagreement) },
                    { "tie", team.ties() },
                    { "close", team.count(Agreement::close) },
                    { "unanimous", team.count(Agreement::unanimous) },
                    { "unanswered", team.count(Agreement::unanswered) } };
  json levers = json::array();
  for (size_t i : answered_levers(team)) {
    const Questionnaire& q = team.set->items()[i];
    json members_scores = json::array();
    for (const auto& scores : team.member_scores) {
      members_scores.push_back(score_json(scores.levers[i]));
    }
    levers.push_back({ { "id", q.lever },
                       { "questionnaire", q.id },
                       { "members", members_scores },
                       { "consensus", score_json(team.consensus_scores.levers[i]) } });
  }
  out["levers"] = levers;
  json items = json::array();
  for (const TeamItem* item : team.agenda()) {
    items.push_back(item_json(team, *item, lang));
  }
  out["items"] = items;
  return out;
}

} // namespace medtime
