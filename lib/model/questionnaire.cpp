#include "model/questionnaire.h"

#include "render/number.h"

#include <algorithm>

namespace medtime {

std::string_view to_string(QuestionType type) {
  switch (type) {
  case QuestionType::single:
    return "single";
  case QuestionType::multiple:
    return "multiple";
  case QuestionType::scale:
    return "scale";
  case QuestionType::yesno:
    return "yesno";
  case QuestionType::number:
    return "number";
  case QuestionType::text:
    return "text";
  case QuestionType::tasks:
    return "tasks";
  case QuestionType::budget:
    return "budget";
  }
  return "?";
}

std::string_view to_string(Dimension dimension) {
  switch (dimension) {
  case Dimension::none:
    return "none";
  case Dimension::maturity:
    return "maturity";
  case Dimension::readiness:
    return "readiness";
  }
  return "?";
}

std::string_view to_string(Effort effort) {
  switch (effort) {
  case Effort::low:
    return "low";
  case Effort::medium:
    return "medium";
  case Effort::high:
    return "high";
  }
  return "?";
}

namespace {

template <typename T>
int find_by_id(const std::vector<T>& items, std::string_view id) {
  // Ids of one list mostly differ in length or first letter: test those
  // before the full compare (this runs for every answer batch reads).
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string& candidate = items[i].id;
    if (candidate.size() == id.size() && (id.empty() || candidate[0] == id[0]) &&
        candidate == id) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

} // namespace

int Question::find_option(std::string_view wanted) const {
  return find_by_id(options, wanted);
}

int Question::find_task(std::string_view wanted) const {
  return find_by_id(tasks, wanted);
}

int Question::find_level(std::string_view wanted) const {
  return find_by_id(levels, wanted);
}

int Questionnaire::find_question(std::string_view wanted) const {
  if (m_index.empty()) {
    return find_by_id(questions, wanted);
  }
  auto it = m_index.find(wanted);
  return it == m_index.end() ? -1 : it->second;
}

std::vector<std::string> Questionnaire::question_ids() const {
  std::vector<std::string> ids;
  ids.reserve(questions.size());
  for (const auto& q : questions) {
    ids.push_back(q.id);
  }
  return ids;
}

const Band* Questionnaire::band_for(double maturity) const {
  // 100 × 2.1 / 3 is 69.99999999999999 in binary floating point: the band
  // goes by the maturity as shown, 70.0, not by the last bits of a sum.
  maturity = round_to(maturity, k_band_decimals);
  for (size_t i = 0; i < bands.size(); ++i) {
    bool last = i + 1 == bands.size();
    if (maturity >= bands[i].from && (maturity < bands[i].to || (last && maturity <= bands[i].to))) {
      return &bands[i];
    }
  }
  return nullptr;
}

void Questionnaire::index() {
  m_index.clear();
  for (size_t i = 0; i < questions.size(); ++i) {
    m_index.emplace(questions[i].id, static_cast<int>(i));
  }
}

std::vector<Band> default_bands() {
  return {
      Band{"a_engager", {"à engager", "to start"}, 0, 40, {}},
      Band{"en_cours", {"en cours", "in progress"}, 40, 70, {}},
      Band{"bien_engage", {"bien engagé", "established"}, 70, 100, {}},
  };
}

std::vector<DelegationLevel> default_levels() {
  return {
      DelegationLevel{"none", {"non", "no"}, 0, 0},
      DelegationLevel{"partial", {"en partie", "partly"}, 0.5, 0.4},
      DelegationLevel{"total", {"en totalité", "totally"}, 1, 0.8},
  };
}

void QuestionnaireSet::add(Questionnaire questionnaire) {
  m_items.push_back(std::move(questionnaire));
}

void QuestionnaireSet::finalize() {
  std::stable_sort(m_items.begin(), m_items.end(), [](const auto& a, const auto& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  for (auto& q : m_items) {
    q.index();
  }
  auto link = [this](Condition& c, auto& self) -> void {
    for (auto& child : c.children) {
      self(child, self);
    }
    if (c.children.empty() && !c.questionnaire_id.empty()) {
      c.questionnaire = find(c.questionnaire_id);
    }
  };
  for (auto& q : m_items) {
    if (q.asked_when) {
      link(*q.asked_when, link);
    }
    for (auto& action : q.actions) {
      for (auto& ref : action.prerequisites) {
        ref.questionnaire = find(ref.questionnaire_id);
      }
    }
  }
}

int QuestionnaireSet::budget() const {
  for (size_t i = 0; i < m_items.size(); ++i) {
    if (m_items[i].kind == QuestionnaireKind::budget) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

const std::vector<Category>& QuestionnaireSet::categories() const {
  static const std::vector<Category> none;
  int index = budget();
  return index < 0 ? none : m_items[static_cast<size_t>(index)].categories;
}

QuestionnaireSet QuestionnaireSet::scored() const {
  QuestionnaireSet out;
  for (const auto& q : m_items) {
    if (q.is_scored()) {
      out.m_items.push_back(q);
    }
  }
  out.finalize();
  return out;
}

int QuestionnaireSet::find(std::string_view id) const {
  return find_by_id(m_items, id);
}

std::vector<std::string> QuestionnaireSet::ids() const {
  std::vector<std::string> ids;
  for (const auto& q : m_items) {
    ids.push_back(q.id);
  }
  return ids;
}

} // namespace medtime
