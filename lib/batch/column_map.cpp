#include "batch/column_map.h"

#include <algorithm>
#include <map>
#include <fmt/format.h>

#include "util/files.h"
#include "util/spell.h"
#include "yaml/yaml_cpp.h"

namespace medtime {

int ColumnRule::code_index(std::string_view wanted) const {
  // Codes are a few short strings: compare them a byte at a time, with no
  // call to memcmp (std::equal makes one), since this runs for every cell.
  for (size_t c = 0; c < codes.size(); ++c) {
    const std::string& from = codes[c].first;
    if (from.size() != wanted.size()) {
      continue;
    }
    size_t i = 0;
    while (i < from.size() && from[i] == wanted[i]) {
      ++i;
    }
    if (i == from.size()) {
      return static_cast<int>(c);
    }
  }
  return -1;
}

const std::string* ColumnRule::code(std::string_view wanted) const {
  int i = code_index(wanted);
  return i < 0 ? nullptr : &codes[static_cast<size_t>(i)].second;
}

int ColumnRule::task_for(std::string_view sub) const {
  for (const auto& [from, index] : tasks) {
    if (from == sub) {
      return index;
    }
  }
  return -1;
}

namespace {

using yaml::pos_of;

bool is_yes_no_word(std::string_view word) {
  for (const char* w : {"yes", "true", "oui", "y", "o", "no", "false", "non", "n"}) {
    if (word == w) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> level_ids(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& l : q.levels) {
    ids.push_back(l.id);
  }
  return ids;
}

std::vector<std::string> task_ids(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& t : q.tasks) {
    ids.push_back(t.id);
  }
  return ids;
}

std::vector<std::string> option_ids(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& o : q.options) {
    ids.push_back(o.id);
  }
  return ids;
}

// Checks that `value` is something an answers file could hold for `q` (per
// cell: one option of a multiple choice); returns the message otherwise.
std::optional<Message> check_target(const Question& q, const ColumnRule& rule,
                                    const std::string& value) {
  bool task_table = q.type == QuestionType::tasks || q.type == QuestionType::budget;
  if (value == "na" && !task_table) {
    return std::nullopt;
  }
  auto number_ok = [&] {
    return yaml::parse_number(value).has_value();
  };
  switch (q.type) {
  case QuestionType::single:
  case QuestionType::multiple:
    if (q.find_option(value) >= 0) {
      return std::nullopt;
    }
    return message("E417", quote(rule.column), quote(q.id), quote(value),
                   fmt::format("{}", fmt::join(option_ids(q), ", ")),
                   did_you_mean(value, option_ids(q)));
  case QuestionType::yesno:
    if (is_yes_no_word(value)) {
      return std::nullopt;
    }
    return message("E418", quote(rule.column), quote(q.id), quote(value));
  case QuestionType::scale:
  case QuestionType::number:
    if (number_ok()) {
      return std::nullopt;
    }
    return message("E419", quote(rule.column), quote(q.id), quote(value));
  case QuestionType::budget:
    if (number_ok()) {
      return std::nullopt;
    }
    return message("E420", quote(rule.column), quote(q.id), quote(value));
  case QuestionType::tasks:
    if (rule.field == TaskField::hours) {
      return message("E421", quote(rule.column), quote(q.id));
    }
    if (q.find_level(value) >= 0) {
      return std::nullopt;
    }
    return message("E422", quote(rule.column), quote(q.id), quote(value),
                   fmt::format("{}", fmt::join(level_ids(q), ", ")),
                   did_you_mean(value, level_ids(q)));
  case QuestionType::text:
    return std::nullopt;
  }
  return std::nullopt;
}

void read_codes(const YAML::Node& node, const Question& q, ColumnRule& rule,
                Diagnostics& diags) {
  if (!node.IsMap()) {
    diags.error(pos_of(node), message("E415", quote(rule.column), yaml::describe(node)));
    return;
  }
  rule.has_codes = true;
  for (const auto& entry : node) {
    if (entry.second.IsNull()) {
      rule.codes.emplace_back(entry.first.Scalar(), std::string()); // `~`: a blank cell
      continue;
    }
    if (!entry.second.IsScalar()) {
      diags.error(pos_of(entry.second), message("E416", quote(entry.first.Scalar()),
                                                quote(rule.column), yaml::describe(entry.second)));
      continue;
    }
    std::string value = entry.second.Scalar();
    if (value.empty()) {
      rule.codes.emplace_back(entry.first.Scalar(), value); // "": a blank cell too
      continue;
    }
    if (auto problem = check_target(q, rule, value)) {
      diags.error(pos_of(entry.second), std::move(*problem));
      continue;
    }
    rule.codes.emplace_back(entry.first.Scalar(), value);
  }
}

void read_tasks(const YAML::Node& node, const Question& q, ColumnRule& rule, Diagnostics& diags) {
  if (!node.IsMap()) {
    diags.error(pos_of(node), message("E423", quote(rule.column), yaml::describe(node)));
    return;
  }
  for (const auto& entry : node) {
    std::string id = entry.second.IsScalar() ? entry.second.Scalar() : std::string();
    int task = q.find_task(id);
    if (task < 0) {
      diags.error(pos_of(entry.second), message("E424", quote(rule.column), quote(q.id), quote(id),
                                                did_you_mean(id, task_ids(q))));
      continue;
    }
    rule.tasks.emplace_back(entry.first.Scalar(), task);
  }
}

// One entry of `columns:`: `C1: question_id` or `C1: {question: ..., ...}`.
std::optional<ColumnRule> read_rule(const YAML::Node& key, const YAML::Node& value,
                                    const Questionnaire& q, size_t index, Diagnostics& diags) {
  ColumnRule rule;
  rule.column = key.Scalar();
  rule.questionnaire = index;
  rule.pos = pos_of(key);
  std::string what = fmt::format(fmt::runtime(tr_message("la colonne {}", "column {}")),
                                 quote(rule.column));
  std::optional<std::string> question_id;
  // Copies, never assignments: YAML::Node's operator= writes through a
  // reference and throws on the undefined node of a missing key.
  std::optional<YAML::Node> codes, tasks;
  std::optional<std::string> task, field, split;
  // Positions of the keys, read through the checked reader (the mapping's
  // own position for a key it lacks).
  std::map<std::string, SourcePos, std::less<>> positions;
  auto pos_at = [&](std::string_view name) {
    auto found = positions.find(name);
    return found != positions.end() ? found->second : pos_of(value);
  };
  if (value.IsScalar()) {
    question_id = value.Scalar();
  } else {
    yaml::MapReader reader(value, diags, what);
    if (!reader.ok()) {
      return std::nullopt;
    }
    question_id = reader.string("question", true);
    codes.emplace(reader.get("codes"));
    tasks.emplace(reader.get("tasks"));
    task = reader.string("task");
    field = reader.choice("field", {"delegate", "hours"});
    split = reader.string("split");
    for (const char* name : {"question", "field", "tasks", "task", "split"}) {
      positions[name] = reader.pos_at(name);
    }
    reader.finish();
  }
  if (!question_id) {
    return std::nullopt;
  }
  rule.question = q.find_question(*question_id);
  if (rule.question < 0) {
    diags.error(pos_at("question"),
                message("E425", quote(rule.column), quote(*question_id), quote(q.id),
                        did_you_mean(*question_id, q.question_ids())));
    return std::nullopt;
  }
  const Question& question = q.questions[static_cast<size_t>(rule.question)];
  bool task_table = question.type == QuestionType::tasks || question.type == QuestionType::budget;
  auto not_for = [&](const char* name) {
    diags.error(pos_at(name), message(std::string_view(name) == "split" ? "E426" : "E427",
                                      quote(rule.column), name, quote(question.id),
                                      to_string(question.type)));
  };
  if (field) {
    if (question.type != QuestionType::tasks) {
      not_for("field");
    }
    rule.field = *field == "hours" ? TaskField::hours : TaskField::delegate;
  }
  if (tasks && tasks->IsDefined() && !tasks->IsNull()) {
    task_table ? read_tasks(*tasks, question, rule, diags) : not_for("tasks");
  }
  if (task) {
    rule.task = question.find_task(*task);
    if (!task_table) {
      not_for("task");
    } else if (rule.task < 0) {
      diags.error(pos_at("task"), message("E424", quote(rule.column), quote(question.id),
                                          quote(*task), did_you_mean(*task, task_ids(question))));
    }
  }
  if (split) {
    if (question.type != QuestionType::multiple) {
      not_for("split");
    } else if (split->size() != 1) {
      diags.error(pos_at("split"), message("E428", quote(rule.column), quote(*split)));
    } else {
      rule.split = (*split)[0];
    }
  }
  if (codes && codes->IsDefined() && !codes->IsNull()) {
    read_codes(*codes, question, rule, diags);
  }
  return rule;
}

void read_questionnaire(const YAML::Node& key, const YAML::Node& value,
                        const QuestionnaireSet& set, ColumnMap& map, Diagnostics& diags) {
  std::string id = key.Scalar();
  int index = set.find(id);
  if (index < 0) {
    diags.error(pos_of(key), message("E429", quote(id), did_you_mean(id, set.ids())));
    return;
  }
  const Questionnaire& q = set.items()[static_cast<size_t>(index)];
  yaml::MapReader reader(
      value, diags,
      fmt::format(fmt::runtime(tr_message("le questionnaire {}", "questionnaire {}")), quote(id)));
  if (!reader.ok()) {
    return;
  }
  if (auto version = reader.integer("version", false, 1); version && *version != q.version) {
    diags.error(reader.pos_at("version"), message("E430", *version, quote(id), q.version));
  }
  YAML::Node columns = reader.get("columns", true);
  reader.finish();
  if (!columns.IsDefined() || columns.IsNull()) {
    return;
  }
  if (!columns.IsMap()) {
    diags.error(pos_of(columns), message("E431", quote(id), yaml::describe(columns)));
    return;
  }
  map.questionnaires.push_back(static_cast<size_t>(index));
  for (const auto& entry : columns) {
    auto rule = read_rule(entry.first, entry.second, q, static_cast<size_t>(index), diags);
    if (!rule) {
      continue;
    }
    bool twice = false;
    for (const auto& other : map.rules) {
      if (other.column == rule->column) {
        diags.error(rule->pos, message("E432", quote(rule->column), other.pos.line));
        twice = true;
        break;
      }
    }
    if (!twice) {
      map.rules.push_back(std::move(*rule));
    }
  }
}

} // namespace

ColumnMap parse_column_map(std::string_view text, const std::string& file,
                           const QuestionnaireSet& set, Diagnostics& diags) {
  ColumnMap map;
  map.file = file;
  YAML::Node root = yaml::load_guarded(text, file);
  yaml::MapReader top(root, diags, tr_message("la carte des colonnes", "the column map"));
  if (!top.ok()) {
    return map;
  }
  map.respondent_column = top.string("respondent").value_or("");
  map.date_column = top.string("date").value_or("");
  map.complete_column = top.string("complete").value_or("");
  if (auto sep = top.string("separator")) {
    if (*sep == "\\t" || *sep == "tab") {
      map.separator = '\t';
    } else if (sep->size() == 1 && *sep != "\"" && *sep != "\n" && *sep != "\r") {
      map.separator = (*sep)[0];
    } else {
      diags.error(top.pos_at("separator"), message("E433", quote(*sep)));
    }
  }
  YAML::Node ignore = top.get("ignore");
  if (ignore.IsDefined() && !ignore.IsNull()) {
    if (!ignore.IsSequence()) {
      diags.error(pos_of(ignore), message("E434", yaml::describe(ignore)));
    } else {
      for (const auto& column : ignore) {
        if (!column.IsScalar()) {
          diags.error(pos_of(column), message("E435", yaml::describe(column)));
          continue;
        }
        map.ignore.push_back(column.Scalar());
      }
    }
  }
  YAML::Node questionnaires = top.get("questionnaires", true);
  top.finish();
  if (!questionnaires.IsDefined() || questionnaires.IsNull()) {
    return map;
  }
  if (!questionnaires.IsMap()) {
    diags.error(pos_of(questionnaires), message("E436", yaml::describe(questionnaires)));
    return map;
  }
  for (const auto& entry : questionnaires) {
    read_questionnaire(entry.first, entry.second, set, map, diags);
  }
  std::sort(map.questionnaires.begin(), map.questionnaires.end());
  return map;
}

ColumnMap load_column_map(const std::string& path, const QuestionnaireSet& set) {
  Diagnostics diags(path);
  ColumnMap map = parse_column_map(read_file(path), path, set, diags);
  diags.throw_if_errors();
  return map;
}

} // namespace medtime
