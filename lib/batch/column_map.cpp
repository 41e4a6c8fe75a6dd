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
std::optional<std::string> check_target(const Question& q, const ColumnRule& rule,
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
    return fmt::format("question {} has no option {}; expected one of {}{}", quote(q.id),
                       quote(value), fmt::join(option_ids(q), ", "),
                       did_you_mean(value, option_ids(q)));
  case QuestionType::yesno:
    if (is_yes_no_word(value)) {
      return std::nullopt;
    }
    return fmt::format("question {} is yes or no; a code must mean yes, no or na, not {}",
                       quote(q.id), quote(value));
  case QuestionType::scale:
  case QuestionType::number:
    if (number_ok()) {
      return std::nullopt;
    }
    return fmt::format("question {} expects a number; a code must mean a number or na, not {}",
                       quote(q.id), quote(value));
  case QuestionType::budget:
    return number_ok() ? std::nullopt
                       : std::optional<std::string>(fmt::format(
                             "hours of {} must be numbers, not {}", quote(q.id), quote(value)));
  case QuestionType::tasks:
    if (rule.field == TaskField::hours) {
      return fmt::format("the task table {} asks no hours: they are in the time budget (temps)",
                         quote(q.id));
    }
    if (q.find_level(value) >= 0) {
      return std::nullopt;
    }
    return fmt::format("question {} has no delegation level {}; expected one of {}{}", quote(q.id),
                       quote(value), fmt::join(level_ids(q), ", "),
                       did_you_mean(value, level_ids(q)));
  case QuestionType::text:
    return std::nullopt;
  }
  return std::nullopt;
}

void read_codes(const YAML::Node& node, const Question& q, ColumnRule& rule,
                Diagnostics& diags) {
  if (!node.IsMap()) {
    diags.error(pos_of(node), fmt::format("\"codes\" of column {} must map survey codes to "
                                          "answers, got {}",
                                          quote(rule.column), yaml::describe(node)));
    return;
  }
  rule.has_codes = true;
  for (const auto& entry : node) {
    if (entry.second.IsNull()) {
      rule.codes.emplace_back(entry.first.Scalar(), std::string()); // `~`: a blank cell
      continue;
    }
    if (!entry.second.IsScalar()) {
      diags.error(pos_of(entry.second),
                  fmt::format("code {} of column {} must map to text, got {}",
                              quote(entry.first.Scalar()), quote(rule.column),
                              yaml::describe(entry.second)));
      continue;
    }
    std::string value = entry.second.Scalar();
    if (value.empty()) {
      rule.codes.emplace_back(entry.first.Scalar(), value); // "": a blank cell too
      continue;
    }
    if (auto problem = check_target(q, rule, value)) {
      diags.error(pos_of(entry.second), fmt::format("column {}: {}", quote(rule.column), *problem));
      continue;
    }
    rule.codes.emplace_back(entry.first.Scalar(), value);
  }
}

void read_tasks(const YAML::Node& node, const Question& q, ColumnRule& rule, Diagnostics& diags) {
  if (!node.IsMap()) {
    diags.error(pos_of(node), fmt::format("\"tasks\" of column {} must map sub-column codes to "
                                          "task ids, got {}",
                                          quote(rule.column), yaml::describe(node)));
    return;
  }
  for (const auto& entry : node) {
    std::string id = entry.second.IsScalar() ? entry.second.Scalar() : std::string();
    int task = q.find_task(id);
    if (task < 0) {
      diags.error(pos_of(entry.second),
                  fmt::format("column {}: question {} has no task {}{}", quote(rule.column),
                              quote(q.id), quote(id), did_you_mean(id, task_ids(q))));
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
  std::string what = fmt::format("column {}", quote(rule.column));
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
                fmt::format("{}: unknown question {} in {}{}", what, quote(*question_id),
                            quote(q.id), did_you_mean(*question_id, q.question_ids())));
    return std::nullopt;
  }
  const Question& question = q.questions[static_cast<size_t>(rule.question)];
  bool task_table = question.type == QuestionType::tasks || question.type == QuestionType::budget;
  auto not_for = [&](const char* name) {
    diags.error(pos_at(name), fmt::format("{}: \"{}\" is for {}, and {} is a {} question",
                                                what, name,
                                                std::string_view(name) == "split"
                                                    ? "multiple choice questions"
                                                    : "task tables",
                                                quote(question.id), to_string(question.type)));
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
      diags.error(pos_at("task"),
                  fmt::format("{}: question {} has no task {}{}", what, quote(question.id),
                              quote(*task), did_you_mean(*task, task_ids(question))));
    }
  }
  if (split) {
    if (question.type != QuestionType::multiple) {
      not_for("split");
    } else if (split->size() != 1) {
      diags.error(pos_at("split"),
                  fmt::format("{}: \"split\" must be one character, got {}", what, quote(*split)));
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
    diags.error(pos_of(key), fmt::format("unknown questionnaire {}{}", quote(id),
                                         did_you_mean(id, set.ids())));
    return;
  }
  const Questionnaire& q = set.items()[static_cast<size_t>(index)];
  yaml::MapReader reader(value, diags, fmt::format("questionnaire {}", quote(id)));
  if (!reader.ok()) {
    return;
  }
  if (auto version = reader.integer("version", false, 1); version && *version != q.version) {
    diags.error(reader.pos_at("version"),
                fmt::format("the survey was built on version {} of {}, but the questionnaire is "
                            "version {}; update the map",
                            *version, quote(id), q.version));
  }
  YAML::Node columns = reader.get("columns", true);
  reader.finish();
  if (!columns.IsDefined() || columns.IsNull()) {
    return;
  }
  if (!columns.IsMap()) {
    diags.error(pos_of(columns), fmt::format("\"columns\" of {} must map column names to "
                                             "questions, got {}",
                                             quote(id), yaml::describe(columns)));
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
        diags.error(rule->pos, fmt::format("column {} is mapped twice (first at line {})",
                                           quote(rule->column), other.pos.line));
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
  yaml::MapReader top(root, diags, "the column map");
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
      diags.error(top.pos_at("separator"),
                  fmt::format("\"separator\" must be one character such as \",\" or \";\", got {}",
                              quote(*sep)));
    }
  }
  YAML::Node ignore = top.get("ignore");
  if (ignore.IsDefined() && !ignore.IsNull()) {
    if (!ignore.IsSequence()) {
      diags.error(pos_of(ignore), fmt::format("\"ignore\" must be a list of column names, got {}",
                                              yaml::describe(ignore)));
    } else {
      for (const auto& column : ignore) {
        if (!column.IsScalar()) {
          diags.error(pos_of(column), fmt::format("\"ignore\" must list column names, got {}",
                                                  yaml::describe(column)));
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
    diags.error(pos_of(questionnaires),
                fmt::format("\"questionnaires\" must map questionnaire ids to their columns, got {}",
                            yaml::describe(questionnaires)));
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
