#include "load/answers_upgrade.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

#include "load/answers_loader.h"
#include "load/answers_writer.h"
#include "render/number.h"
#include "yaml/node.h"
#include "yaml/yaml_cpp.h"

namespace medtime {

namespace {

using yaml::Node;

// A version 1 question that asked hours (or a count convertible to hours)
// in a lever, and the category of the time budget that holds them now.
struct HourMove {
  const char* questionnaire;
  const char* question;
  const char* category;
  double hours_per_unit; // consultations → hours: 18 min each (DREES 2019 GP panel)
};

constexpr HourMove k_moves[] = {
    {"numerique", "heures_telephone", "telephone", 1},
    {"numerique", "heures_ressaisie", "ressaisie", 1},
    {"cooperation", "heures_coordination", "coordination", 1},
    {"patients", "consultations_evitables", "demandes_patients", 0.3},
};

// Version 1's practice setting in cooperation, now asked once in the time
// budget; and the respondent's free keys that say the same.
const std::map<std::string, std::string> k_practices = {
    {"seul", "solo"},   {"solo", "solo"},         {"groupe", "groupe"},
    {"msp", "msp"},     {"centre_sante", "centre"}, {"centre_de_sante", "centre"},
    {"centre", "centre"}};

Node scalar(std::string text, bool plain = true) {
  Node n;
  n.kind = Node::Kind::scalar;
  n.plain = plain;
  n.text = std::move(text);
  return n;
}

Node* find(Node& map, std::string_view key) {
  for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
    if (map.children[i].text == key) {
      return &map.children[i + 1];
    }
  }
  return nullptr;
}

void put(Node& map, std::string key, Node value) {
  if (Node* existing = find(map, key)) {
    *existing = std::move(value);
    return;
  }
  map.children.push_back(scalar(std::move(key)));
  map.children.push_back(std::move(value));
}

// A figure of the YAML written (always with a dot).
std::string number(double value) {
  return fmt::format("{}", std::round(value * 100) / 100);
}

// The tree as YAML text, block mappings and flow lists; scalars written as
// they were when plain, else quoted.
void emit(const Node& n, size_t indent, std::string& out) {
  std::string pad(indent, ' ');
  switch (n.kind) {
  case Node::Kind::null:
    out += "\n";
    break;
  case Node::Kind::scalar:
    out += " " + (n.plain ? n.text : yaml_scalar(n.text)) + "\n";
    break;
  case Node::Kind::sequence: {
    std::string items;
    for (const Node& item : n.children) {
      items += (items.empty() ? "" : ", ") + (item.plain ? item.text : yaml_scalar(item.text));
    }
    out += " [" + items + "]\n";
    break;
  }
  case Node::Kind::mapping:
    if (n.children.empty()) {
      out += " {}\n";
      break;
    }
    out += "\n";
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
      out += pad + yaml_scalar(n.children[i].text) + ":";
      emit(n.children[i + 1], indent + 2, out);
    }
    break;
  }
}

class Upgrader {
public:
  Upgrader(const QuestionnaireSet& set, Lang lang, UpgradeResult& result)
      : m_set(set), m_lang(lang), m_result(result) {}

  void run(Node& root, const std::string& source) {
    Node* answers = root.is_mapping() ? find(root, "answers") : nullptr;
    if (answers == nullptr || !answers->is_mapping()) {
      throw Error(source, root.pos, message("E125"));
    }
    for (size_t i = 0; i + 1 < answers->children.size(); i += 2) {
      convert_response(answers->children[i].text, answers->children[i + 1]);
    }
    if (!m_result.changed) {
      return;
    }
    apply_moves();
    fill_budget(root, *answers);
  }

private:
  const QuestionnaireSet& m_set;
  Lang m_lang;
  UpgradeResult& m_result;
  std::map<std::string, double> m_table_hours; // from the delegation task tables
  std::map<std::string, std::pair<double, std::string>> m_moved; // category → hours, from where
  std::string m_practice;                                        // from cooperation.forme_exercice

  // A figure of a message: "1,5" in French.
  std::string figure(double value) const { return format_short(value, m_lang); }

  void done(std::string fr, std::string en) {
    m_result.done.push_back(m_lang == Lang::fr ? std::move(fr) : std::move(en));
  }
  void not_done(std::string fr, std::string en) {
    m_result.not_done.push_back(m_lang == Lang::fr ? std::move(fr) : std::move(en));
  }

  bool is_category(const std::string& id) const {
    const auto& categories = m_set.categories();
    return std::any_of(categories.begin(), categories.end(),
                       [&](const Category& c) { return c.id == id; });
  }

  void convert_response(const std::string& id, Node& response) {
    int index = m_set.find(id);
    if (index < 0 || !response.is_mapping()) {
      return; // the check after the conversion says what is wrong
    }
    const Questionnaire& q = m_set.items()[static_cast<size_t>(index)];
    Node* version = find(response, "version");
    if (version == nullptr || !version->is_scalar() || version->text != "1" || q.version != 2 ||
        !q.is_lever()) {
      return; // current, or a version this conversion does not know
    }
    m_result.changed = true;
    *version = scalar(std::to_string(q.version));
    done(fmt::format("{} : version 1 → {}.", id, q.version),
         fmt::format("{}: version 1 → {}.", id, q.version));
    Node kept;
    kept.kind = Node::Kind::mapping;
    for (size_t i = 0; i + 1 < response.children.size(); i += 2) {
      const std::string& key = response.children[i].text;
      Node& value = response.children[i + 1];
      if (key == "version") {
        put(kept, key, value);
        continue;
      }
      int question = q.find_question(key);
      if (question >= 0 && q.questions[static_cast<size_t>(question)].type == QuestionType::tasks) {
        put(kept, key, convert_table(id, key, value));
      } else if (move_hours(id, key, value)) {
        continue;
      } else if (id == "cooperation" && key == "forme_exercice" && value.is_scalar()) {
        auto practice = k_practices.find(value.text);
        if (practice != k_practices.end()) {
          m_practice = practice->second;
        }
      } else if (question >= 0) {
        put(kept, key, value);
      } else {
        std::string shown = value.is_scalar() ? value.text : value.describe();
        not_done(fmt::format("{}.{} (« {} ») n'existe plus en version {} : réponse retirée.", id,
                             key, shown, q.version),
                 fmt::format("{}.{} (\"{}\") no longer exists in version {}: answer left out.",
                             id, key, shown, q.version));
      }
    }
    response = std::move(kept);
  }

  // {task: {hours: N, delegate: LEVEL}} → {task: LEVEL}, the hours kept for
  // the time budget.
  Node convert_table(const std::string& id, const std::string& key, const Node& value) {
    Node out;
    out.kind = Node::Kind::mapping;
    if (!value.is_mapping()) {
      return value; // `na` or blank: as it was
    }
    for (size_t i = 0; i < value.entry_count(); ++i) {
      const std::string& task = value.key(i).text;
      const Node& row = value.value(i);
      if (row.is_scalar()) {
        put(out, task, row); // already a level
        continue;
      }
      if (!row.is_mapping()) {
        continue;
      }
      if (const Node* level = row.find("delegate"); level != nullptr && !level->is_null()) {
        put(out, task, *level);
      }
      const Node* hours = row.find("hours");
      if (hours == nullptr || hours->is_null()) {
        continue;
      }
      auto h = yaml::parse_number(hours->text);
      if (h && is_category(task)) {
        m_table_hours[task] += *h;
      } else {
        not_done(fmt::format("{}.{}.{} : {} h non reprises (pas de catégorie « {} » au budget "
                             "temps).",
                             id, key, task, hours->text, task),
                 fmt::format("{}.{}.{}: {} h not carried over (no \"{}\" category in the time "
                             "budget).",
                             id, key, task, hours->text, task));
      }
    }
    return out;
  }

  bool move_hours(const std::string& id, const std::string& key, const Node& value) {
    for (const HourMove& move : k_moves) {
      if (id != move.questionnaire || key != move.question) {
        continue;
      }
      auto n = value.is_scalar() ? yaml::parse_number(value.text) : std::nullopt;
      if (n) {
        m_moved[move.category] = {*n * move.hours_per_unit, id + "." + key + " = " + value.text};
      }
      return true;
    }
    return false;
  }

  void apply_moves() {
    for (const auto& [category, moved] : m_moved) {
      const auto& [hours, from] = moved;
      bool phone = category == "telephone";
      double table = m_table_hours.count(category) > 0 ? m_table_hours[category] : -1;
      if (phone && (m_table_hours.count("telephone") > 0 || m_table_hours.count("rendez_vous") > 0)) {
        not_done(fmt::format("{} : ces heures recoupent les rendez-vous et le téléphone déjà "
                             "déclarés en délégation ; ce sont ces derniers qui sont gardés.",
                             from),
                 fmt::format("{}: these hours overlap the appointments and phone hours already "
                             "given in delegation; those are kept.",
                             from));
        continue;
      }
      if (table >= 0) {
        double kept = std::max(table, hours);
        m_table_hours[category] = kept;
        not_done(fmt::format("{} et la délégation ({} h) comptaient les mêmes heures de « {} » : "
                             "la plus grande valeur, {} h, est gardée une seule fois.",
                             from, figure(table), category, figure(kept)),
                 fmt::format("{} and delegation ({} h) counted the same \"{}\" hours: the larger, "
                             "{} h, is kept once.",
                             from, figure(table), category, figure(kept)));
        continue;
      }
      m_table_hours[category] = hours;
      if (category == "demandes_patients") {
        not_done(fmt::format("{} : estimé à {} h/semaine à 18 minutes par consultation ; "
                             "corrigez-le au besoin dans le budget temps.",
                             from, figure(hours)),
                 fmt::format("{}: estimated at {} h/week at 18 minutes per consultation; correct "
                             "it in the time budget if needed.",
                             from, number(hours)));
      } else {
        done(fmt::format("{} → budget temps, « {} » : {} h.", from, category, figure(hours)),
             fmt::format("{} → time budget, \"{}\": {} h.", from, category, number(hours)));
      }
    }
  }

  // The time budget's answers: the hours collected, and the practice and
  // specialty the file already gave; the rest is left for the doctor.
  void fill_budget(Node& root, Node& answers) {
    int index = m_set.budget();
    if (index < 0) {
      return;
    }
    const Questionnaire& budget = m_set.items()[static_cast<size_t>(index)];
    Node* temps = find(answers, budget.id);
    if (temps == nullptr) {
      Node fresh;
      fresh.kind = Node::Kind::mapping;
      put(fresh, "version", scalar(std::to_string(budget.version)));
      answers.children.insert(answers.children.begin(), scalar(budget.id));
      answers.children.insert(answers.children.begin() + 1, std::move(fresh));
      temps = &answers.children[1];
    } else if (!temps->is_mapping()) {
      return;
    }
    Node* respondent = find(root, "respondent");
    fill_context(*temps, respondent);
    int table = -1;
    for (size_t i = 0; i < budget.questions.size(); ++i) {
      table = budget.questions[i].type == QuestionType::budget ? static_cast<int>(i) : table;
    }
    if (table < 0) {
      return;
    }
    const std::string& key = budget.questions[static_cast<size_t>(table)].id;
    Node* rows = find(*temps, key);
    if (rows == nullptr || !rows->is_mapping()) {
      Node fresh;
      fresh.kind = Node::Kind::mapping;
      put(*temps, key, std::move(fresh));
      rows = find(*temps, key);
    }
    std::vector<std::string> filled, blank;
    for (const Category& c : budget.categories) {
      if (find(*rows, c.id) != nullptr) {
        continue; // the doctor's own figure wins
      }
      auto it = m_table_hours.find(c.id);
      if (it != m_table_hours.end()) {
        put(*rows, c.id, scalar(number(it->second)));
        filled.push_back(fmt::format("{} {} h", c.id, figure(it->second)));
      } else {
        blank.push_back(c.id);
      }
    }
    if (!filled.empty()) {
      done(fmt::format("Budget temps ({}.{}) : {}.", budget.id, key, fmt::join(filled, ", ")),
           fmt::format("Time budget ({}.{}): {}.", budget.id, key, fmt::join(filled, ", ")));
    }
    if (!blank.empty()) {
      not_done(fmt::format("Budget temps : aucune heure connue pour {} ; ces lignes comptent pour "
                           "0 tant que vous ne les remplissez pas.",
                           fmt::join(blank, ", ")),
               fmt::format("Time budget: no hours known for {}; these rows count as 0 until you "
                           "fill them in.",
                           fmt::join(blank, ", ")));
    }
    not_done(fmt::format("Le contexte du budget temps (heures travaillées, patientèle, secteur, "
                         "usage du temps libéré…) reste à renseigner : medtime ask {} -o FICHIER.",
                         budget.id),
             fmt::format("The time budget's context (hours worked, patient list, sector, use of "
                         "freed time…) is still to answer: medtime ask {} -o FILE.",
                         budget.id));
  }

  void fill_context(Node& temps, const Node* respondent) {
    std::string practice = m_practice;
    std::string specialty;
    if (respondent != nullptr && respondent->is_mapping()) {
      if (const Node* p = respondent->find("practice"); p != nullptr && practice.empty()) {
        auto it = k_practices.find(p->text);
        practice = it != k_practices.end() ? it->second : "";
      }
      if (const Node* s = respondent->find("specialty"); s != nullptr && !s->text.empty()) {
        specialty = s->text == "generaliste" ? "generaliste" : "specialiste";
      }
    }
    if (!practice.empty() && find(temps, "exercice") == nullptr) {
      put(temps, "exercice", scalar(practice));
      done(fmt::format("Mode d'exercice → budget temps : {}.", practice),
           fmt::format("Practice setting → time budget: {}.", practice));
    }
    if (!specialty.empty() && find(temps, "specialite") == nullptr) {
      put(temps, "specialite", scalar(specialty));
      done(fmt::format("Spécialité → budget temps : {}.", specialty),
           fmt::format("Specialty → time budget: {}.", specialty));
    }
  }
};

} // namespace

UpgradeResult upgrade_answers(std::string_view text, const std::string& source,
                              const QuestionnaireSet& set, Lang lang) {
  UpgradeResult result;
  Node root = yaml::parse(text, source);
  Upgrader(set, lang, result).run(root, source);
  if (!result.changed) {
    result.text = std::string(text);
    return result;
  }
  std::string emitted;
  for (size_t i = 0; i + 1 < root.children.size(); i += 2) {
    emitted += yaml_scalar(root.children[i].text) + ":";
    emit(root.children[i + 1], 2, emitted);
  }
  // The converted file must load as any answers file does; the writer then
  // gives it the canonical layout.
  Diagnostics diags(source);
  Assessment assessment = parse_assessment(emitted, set, source, diags);
  diags.throw_if_errors();
  result.text = write_answers(assessment);
  return result;
}

} // namespace medtime
