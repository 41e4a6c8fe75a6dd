#include "review/objectives.h"

#include "model/answers.h"
#include "util/files.h"
#include "util/spell.h"
#include "yaml/yaml_cpp.h"

#include <fmt/format.h>

namespace medtime {

std::string Objective::target_id() const {
  return kind == Kind::maturity ? lever : questionnaire + "." + question;
}

std::vector<std::string> indicator_ids(const QuestionnaireSet& set) {
  std::vector<std::string> ids;
  for (const auto& q : set.items()) {
    for (const auto& question : q.questions) {
      if (question.type == QuestionType::number && question.indicator) {
        ids.push_back(q.id + "." + question.id);
      }
      if (question.type == QuestionType::budget) {
        for (const auto& row : question.tasks) {
          ids.push_back(q.id + "." + question.id + "." + row.id);
        }
      }
    }
  }
  return ids;
}

namespace {

using yaml::MapReader;
using yaml::pos_of;

class ObjectivesReader {
public:
  ObjectivesReader(const QuestionnaireSet& set, Diagnostics& diags)
    : m_set(set)
    , m_diags(diags) {
    for (const auto& q : set.items()) {
      if (q.is_scored()) {
        m_levers.push_back(q.scored_id());
      }
    }
    m_indicators = indicator_ids(set);
  }

  void read_list(const YAML::Node& list, Objectives& out) {
    if (!list.IsSequence()) {
      m_diags.error(pos_of(list),
                    message("E500", yaml::describe(list)));
      return;
    }
    if (list.size() == 0) {
      m_diags.warning(pos_of(list), message("W500"));
    }
    size_t number = 0;
    for (const auto& item : list) {
      ++number;
      size_t errors = m_diags.error_count();
      Objective objective = read_one(item, number);
      if (m_diags.error_count() == errors) {
        out.items.push_back(std::move(objective));
      }
    }
  }

private:
  Objective read_one(const YAML::Node& node, size_t number) {
    Objective o;
    o.pos = pos_of(node);
    MapReader r(
      node, m_diags, fmt::format(fmt::runtime(tr_message("l'objectif {}", "objective {}")), number));
    if (!r.ok()) {
      return o;
    }
    bool lever = r.has("lever");
    bool indicator = r.has("indicator");
    if (lever && indicator) {
      for (const char* key : { "lever", "indicator", "maturity", "value" }) {
        r.get(key); // known keys: the error below says what is wrong
      }
      m_diags.error(o.pos,
                    message("E501", number));
    } else if (!lever && !indicator) {
      m_diags.error(o.pos,
                    message("E502", number));
    } else if (lever) {
      read_lever(r, o);
    } else {
      read_indicator(r, o);
    }
    read_by(r, o, number);
    o.action = r.string("action").value_or("");
    o.owner = r.string("owner").value_or("");
    o.means = r.string("means").value_or("");
    r.finish();
    return o;
  }

  void read_lever(MapReader& r, Objective& o) {
    o.kind = Objective::Kind::maturity;
    auto lever = r.string("lever", true);
    if (lever && !contains(m_levers, *lever)) {
      m_diags.error(pos_of(r.get("lever")),
                    message("E503",
                            quote(*lever),
                            fmt::format("{}", fmt::join(m_levers, ", ")),
                            did_you_mean(*lever, m_levers)));
    } else if (lever) {
      o.lever = *lever;
    }
    o.target = r.number("maturity", true, 0.0, 100.0).value_or(0);
  }

  void read_indicator(MapReader& r, Objective& o) {
    o.kind = Objective::Kind::indicator;
    auto id = r.string("indicator", true);
    const Question* question = id ? find_indicator(*id, pos_of(r.get("indicator")), o) : nullptr;
    std::optional<double> min, max;
    if (question != nullptr && question->type == QuestionType::budget) {
      min = 0;
      max = question->task_hours_max;
    }
    if (question != nullptr && question->has_min) {
      min = question->min;
    }
    if (question != nullptr && question->has_max) {
      max = question->max;
    }
    o.target = r.number("value", true, min, max).value_or(0);
  }

  const Question* find_indicator(const std::string& id, SourcePos pos, Objective& o) {
    size_t dot = id.find('.');
    int qi = dot == std::string::npos ? -1 : m_set.find(id.substr(0, dot));
    const Questionnaire* q = qi < 0 ? nullptr : &m_set.items()[static_cast<size_t>(qi)];
    std::string name = dot == std::string::npos ? std::string() : id.substr(dot + 1);
    std::string row; // a budget row: "heures.telephone"
    if (size_t second = name.find('.'); second != std::string::npos) {
      row = name.substr(second + 1);
      name = name.substr(0, second);
    }
    int question = q == nullptr ? -1 : q->find_question(name);
    if (question >= 0) {
      const Question& table = q->questions[static_cast<size_t>(question)];
      bool budget = table.type == QuestionType::budget;
      if (budget != !row.empty() || (budget && table.find_task(row) < 0)) {
        question = -1;
      }
    }
    if (question < 0) {
      m_diags.error(pos,
                    message("E504", quote(id), indicator_list(), did_you_mean(id, m_indicators)));
      return nullptr;
    }
    const Question& found = q->questions[static_cast<size_t>(question)];
    if (found.type == QuestionType::budget) {
      o.questionnaire = q->id;
      o.question = found.id + "." + row;
      return &found;
    }
    if (found.type != QuestionType::number || !found.indicator) {
      m_diags.error(pos,
                    message("E505", quote(id), indicator_list()));
      return nullptr;
    }
    o.questionnaire = q->id;
    o.question = found.id;
    return &found;
  }

  void read_by(MapReader& r, Objective& o, size_t number) {
    auto by = r.string("by", true);
    if (by && !is_iso_date(*by)) {
      m_diags.error(pos_of(r.get("by")),
                    message("E506", number, quote(*by)));
    } else if (by) {
      o.by = *by;
    }
  }

  std::string indicator_list() const {
    return m_indicators.empty() ? std::string(tr_message("aucun dans ces questionnaires",
                                                         "none in these questionnaires"))
                                : fmt::format("{}", fmt::join(m_indicators, ", "));
  }

  static bool contains(const std::vector<std::string>& list, const std::string& value) {
    for (const auto& item : list) {
      if (item == value) {
        return true;
      }
    }
    return false;
  }

  const QuestionnaireSet& m_set;
  Diagnostics& m_diags;
  std::vector<std::string> m_levers;
  std::vector<std::string> m_indicators;
};

} // namespace

Objectives parse_objectives(std::string_view text,
                            const std::string& file,
                            const QuestionnaireSet& set,
                            Diagnostics& diags) {
  Objectives out;
  out.file = file;
  YAML::Node root = yaml::load_guarded(text, file);
  ObjectivesReader reader(set, diags);
  if (root.IsMap()) {
    MapReader top(root, diags, tr_message("le fichier d'objectifs", "the objectives file"));
    YAML::Node list = top.get("objectives", true);
    if (list.IsDefined() && !list.IsNull()) {
      reader.read_list(list, out);
    }
    top.finish();
    return out;
  }
  if (!root.IsDefined() || root.IsNull()) {
    diags.error({ 1, 1 }, message("E507"));
    return out;
  }
  reader.read_list(root, out);
  return out;
}

Objectives load_objectives(const std::string& path, const QuestionnaireSet& set) {
  Diagnostics diags(path);
  Objectives objectives = parse_objectives(read_file(path), path, set, diags);
  diags.throw_if_errors();
  return objectives;
}

} // namespace medtime
