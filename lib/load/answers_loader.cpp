#include "load/answers_loader.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "model/date.h"
#include "util/files.h"
#include "util/spell.h"
#include "util/utf8.h"
#include "yaml/events.h"
#include "yaml/yaml_cpp.h"

namespace medtime {

namespace {

using yaml::Event;
using yaml::Node;

// Reads the node that `first` starts into a tree reused for every answer
// read on this thread, one tree per shape (scalar, list, mapping), so that a
// task table keeps the buffers of its rows from one file to the next.
const Node& read_value(yaml::EventReader& events, const Event& first) {
  thread_local Node scalar, list, mapping;
  Node& node = first.type == Event::Type::mapping_start    ? mapping
               : first.type == Event::Type::sequence_start ? list
                                                           : scalar;
  events.read_node(first, node);
  return node;
}

const Node& read_value(yaml::EventReader& events) {
  return read_value(events, events.next());
}

// Reports problems with one answer as errors, or as warnings when lenient.
class Reporter {
public:
  Reporter(Diagnostics& diags, bool strict) : m_diags(diags), m_strict(strict) {}

  // The same code either way: the word before it says which.
  void problem(SourcePos pos, Message message) {
    if (m_strict) {
      m_diags.error(pos, std::move(message));
    } else {
      message.text += tr_message(" ; réponse ignorée", "; left out");
      m_diags.warning(pos, std::move(message));
    }
  }

private:
  Diagnostics& m_diags;
  bool m_strict;
};

// A number as people type it: `2.5`, and `2,5` too.
std::optional<double> read_number(const Node& node) {
  if (!node.is_scalar()) {
    return std::nullopt;
  }
  if (auto value = yaml::parse_number(node.text)) {
    return value;
  }
  if (node.text.find(',') != std::string::npos && node.text.find('.') == std::string::npos) {
    std::string dotted = node.text;
    std::replace(dotted.begin(), dotted.end(), ',', '.');
    return yaml::parse_number(dotted);
  }
  return std::nullopt;
}

std::string range_text(const Question& q) {
  if (q.has_min && q.has_max) {
    return fmt::format(fmt::runtime(tr_message(" entre {} et {}", " from {} to {}")), q.min, q.max);
  }
  if (q.has_min) {
    return fmt::format(fmt::runtime(tr_message(" d'au moins {}", " of at least {}")), q.min);
  }
  if (q.has_max) {
    return fmt::format(fmt::runtime(tr_message(" d'au plus {}", " of at most {}")), q.max);
  }
  return {};
}

// The ids of a list, for "expected one of a, b, c".
std::string joined(const std::vector<std::string>& ids) {
  return fmt::format("{}", fmt::join(ids, ", "));
}

std::vector<std::string> option_ids(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& o : q.options) {
    ids.push_back(o.id);
  }
  return ids;
}

bool read_choice(const Question& q, const Node& value, Answer& answer, Reporter& report) {
  if (!value.is_scalar()) {
    report.problem(value.pos, message("E100", quote(q.id), joined(option_ids(q)), value.describe()));
    return false;
  }
  int index = q.find_option(value.text);
  if (index < 0) {
    report.problem(value.pos, message("E101", quote(q.id), quote(value.text), joined(option_ids(q)),
                                      did_you_mean(value.text, option_ids(q))));
    return false;
  }
  answer.choice = index;
  return true;
}

bool read_choices(const Question& q, const Node& value, Answer& answer, Reporter& report) {
  // One option alone, or a list: no copy of the items (this runs per answer).
  const Node* items = &value;
  size_t count = 1;
  if (value.is_sequence()) {
    items = value.children.data();
    count = value.children.size();
  } else if (!value.is_scalar()) {
    report.problem(value.pos, message("E102", quote(q.id), value.describe()));
    return false;
  }
  int exclusive = -1;
  for (size_t i = 0; i < count; ++i) {
    Answer one;
    if (!read_choice(q, items[i], one, report)) {
      return false;
    }
    answer.choices |= std::uint64_t{1} << one.choice;
    if (q.options[static_cast<size_t>(one.choice)].exclusive) {
      exclusive = one.choice;
    }
  }
  if (exclusive >= 0 && count > 1) {
    report.problem(value.pos, message("E103", quote(q.id),
                                      quote(q.options[static_cast<size_t>(exclusive)].id)));
    return false;
  }
  return true;
}

bool read_yesno(const Question& q, const Node& value, Answer& answer, Reporter& report) {
  static constexpr std::string_view k_yes[] = {"yes", "true", "oui", "y", "o"};
  static constexpr std::string_view k_no[] = {"no", "false", "non", "n"};
  if (value.is_scalar()) {
    for (std::string_view word : k_yes) {
      if (value.text == word) {
        answer.choice = 1;
        return true;
      }
    }
    for (std::string_view word : k_no) {
      if (value.text == word) {
        answer.choice = 0;
        return true;
      }
    }
  }
  report.problem(value.pos, message("E104", quote(q.id), value.describe()));
  return false;
}

bool read_numeric(const Question& q, const Node& value, Answer& answer, Reporter& report) {
  auto number = read_number(value);
  bool whole = q.integer || q.type == QuestionType::scale;
  const char* kind = whole ? tr_message("un nombre entier", "a whole number")
                           : tr_message("un nombre", "a number");
  bool in_range = number && (!q.has_min || *number >= q.min) && (!q.has_max || *number <= q.max);
  if (!number || !in_range || (whole && std::floor(*number) != *number)) {
    report.problem(value.pos, message("E105", quote(q.id), kind, range_text(q),
                                      value.is_scalar() ? quote(value.text) : value.describe()));
    return false;
  }
  answer.number = *number;
  return true;
}

// One row of a task table (`rendez_vous: total`, a delegation level) or of
// the time budget (`rendez_vous: 3`, hours per week).
bool read_task(const Question& q, const Node& key, const Node& value, Answer& answer,
               Reporter& report) {
  int task = q.find_task(key.text);
  if (task < 0) {
    std::vector<std::string> ids;
    for (const auto& t : q.tasks) {
      ids.push_back(t.id);
    }
    report.problem(key.pos, message("E106", quote(q.id),
                                    q.type == QuestionType::budget
                                        ? tr_message("catégorie", "category")
                                        : tr_message("tâche", "task"),
                                    quote(key.text), did_you_mean(key.text, ids)));
    return false;
  }
  if (value.is_null()) {
    return true; // a blank row, as `template` writes it
  }
  TaskAnswer& out = answer.tasks[static_cast<size_t>(task)];
  if (q.type == QuestionType::budget) {
    auto hours = read_number(value);
    if (!hours || *hours < 0 || *hours > q.task_hours_max) {
      report.problem(value.pos, message("E107", quote(key.text), quote(q.id), q.task_hours_max,
                                        value.is_scalar() ? quote(value.text) : value.describe()));
      return false;
    }
    out.hours = *hours;
    return true;
  }
  std::vector<std::string> ids;
  for (const auto& l : q.levels) {
    ids.push_back(l.id);
  }
  int level = value.is_scalar() ? q.find_level(value.text) : -1;
  if (level < 0) {
    // A version 1 row held hours beside its level: say where they went.
    bool old_form = value.is_mapping();
    report.problem(value.pos,
                   message("E108", quote(key.text), quote(q.id), joined(ids), value.describe(),
                           old_form ? std::string() : did_you_mean(value.text, ids),
                           old_form ? tr_message(" ; les heures se saisissent une seule fois, dans le "
                                                 "budget temps (temps) : convertissez le fichier avec "
                                                 "`medtime upgrade FICHIER`",
                                                 "; hours are asked once, in the time budget (temps): "
                                                 "convert the file with `medtime upgrade FILE`")
                                    : ""));
    return false;
  }
  out.level = level;
  return true;
}

bool read_tasks(const Question& q, const Node& value, Answer& answer, Reporter& report) {
  if (!value.is_mapping()) {
    report.problem(value.pos, message("E109", quote(q.id),
                                      q.type == QuestionType::budget
                                          ? tr_message("{catégorie: heures}", "{category: hours}")
                                          : tr_message("{tâche: niveau}", "{task: level}"),
                                      value.describe()));
    return false;
  }
  answer.tasks.assign(q.tasks.size(), TaskAnswer{});
  bool ok = true;
  for (size_t i = 0; i < value.entry_count(); ++i) {
    ok = read_task(q, value.key(i), value.value(i), answer, report) && ok;
  }
  return ok;
}

void read_respondent(const Node& node, Assessment& assessment, Diagnostics& diags) {
  if (node.is_null()) {
    return;
  }
  if (!node.is_mapping()) {
    diags.error(node.pos, message("E110", node.describe()));
    return;
  }
  for (size_t i = 0; i < node.entry_count(); ++i) {
    const Node& value = node.value(i);
    if (!value.is_scalar()) {
      diags.error(value.pos, message("E111", quote(node.key(i).text), value.describe()));
      continue;
    }
    assessment.respondent.emplace_back(node.key(i).text, value.text);
  }
}

// Reads the answers to one questionnaire from its mapping, whose start event
// has just been read: each answer is read into a small tree and resolved
// against its question.
void read_response(yaml::EventReader& events, const Questionnaire& q, Response& response,
                   SourcePos key_pos, Diagnostics& diags, const AnswersOptions& options) {
  response.questionnaire = &q;
  response.pos = key_pos;
  response.version = q.version;
  response.answers.assign(q.questions.size(), Answer{});
  Reporter report(diags, options.strict);
  size_t first_diagnostic = diags.items().size();
  bool rejected = false; // answers for another version, in strict mode: not read
  size_t next_question = 0;
  for (;;) {
    const Event& key = events.next();
    if (key.type == Event::Type::mapping_end) {
      return;
    }
    if (rejected) {
      events.skip(events.next());
      continue;
    }
    if (key.text == "version") {
      const Node& value = read_value(events);
      auto number = value.is_scalar() ? yaml::parse_number(value.text) : std::nullopt;
      if (number && (std::floor(*number) != *number || std::abs(*number) > 1e9)) {
        number.reset(); // 2.5 is no version, and a cast of 1e30 to int is undefined
      }
      if (!number) {
        diags.error(value.pos, message("E112", quote(q.id), value.describe()));
        continue;
      }
      if (static_cast<int>(*number) == q.version) {
        continue;
      }
      response.version = static_cast<int>(*number);
      if (options.strict) {
        // Whatever was said of answers read before `version` no longer matters.
        diags.truncate(first_diagnostic);
        response.answers.assign(q.questions.size(), Answer{});
        diags.error(value.pos, message(response.version < q.version ? "E113" : "E114",
                                       response.version, quote(q.id), q.version));
        rejected = true;
      } else {
        diags.warning(value.pos, message("W100", response.version, quote(q.id), q.version));
      }
      continue;
    }
    // Answers usually follow the questionnaire's order: try the next question first.
    int question = next_question < q.questions.size() && q.questions[next_question].id == key.text
                       ? static_cast<int>(next_question)
                       : q.find_question(key.text);
    if (question < 0) {
      report.problem(key.pos, message("E115", quote(key.text), quote(q.id),
                                      did_you_mean(key.text, q.question_ids())));
      events.skip(events.next());
      continue;
    }
    next_question = static_cast<size_t>(question) + 1;
    const Node& value = read_value(events);
    response.answers[static_cast<size_t>(question)] =
        resolve_answer(q.questions[static_cast<size_t>(question)], value, diags, options.strict);
  }
}

// Reads the `answers` mapping, whose start event has just been read.
void read_answers(yaml::EventReader& events, const QuestionnaireSet& set, Assessment& assessment,
                  Diagnostics& diags, const AnswersOptions& options) {
  for (;;) {
    const Event& key = events.next();
    if (key.type == Event::Type::mapping_end) {
      return;
    }
    int index = set.find(key.text);
    if (index < 0) {
      diags.error(key.pos, message("E116", quote(key.text), did_you_mean(key.text, set.ids())));
      events.skip(events.next());
      continue;
    }
    const Questionnaire& q = set.items()[static_cast<size_t>(index)];
    SourcePos key_pos = key.pos;
    const Event& start = events.next();
    if (start.type != Event::Type::mapping_start) {
      const Node& value = read_value(events, start);
      diags.error(value.pos, message("E117", quote(q.id), value.describe()));
      continue;
    }
    read_response(events, q, assessment.responses[static_cast<size_t>(index)], key_pos, diags,
                  options);
  }
}

// Reads an answers file's top-level mapping, whose start event has just been read.
void read_root(yaml::EventReader& events, SourcePos root_pos, const QuestionnaireSet& set,
               Assessment& assessment, Diagnostics& diags, const AnswersOptions& options) {
  bool has_answers = false;
  for (;;) {
    const Event& key = events.next();
    if (key.type == Event::Type::mapping_end) {
      break;
    }
    if (key.text == "respondent") {
      read_respondent(read_value(events), assessment, diags);
    } else if (key.text == "date") {
      const Node& value = read_value(events);
      assessment.date_pos = value.pos;
      std::string date = value.is_scalar() ? iso_date(value.text) : std::string();
      if (!date.empty()) {
        assessment.date = date;
      } else if (!value.is_null()) {
        diags.error(value.pos, message("E118", value.describe()));
      }
    } else if (key.text == "answers") {
      has_answers = true;
      const Event& start = events.next();
      if (start.type == Event::Type::mapping_start) {
        read_answers(events, set, assessment, diags, options);
        continue;
      }
      const Node& value = read_value(events, start);
      diags.error(value.pos, message("E119", value.describe()));
    } else {
      diags.error(key.pos, message("E120", quote(key.text),
                                   did_you_mean(key.text, {"respondent", "date", "answers"})));
      events.skip(events.next());
    }
  }
  if (!has_answers) {
    diags.error(root_pos, message("E121"));
  }
}

} // namespace

Answer resolve_answer(const Question& question, const Node& value, Diagnostics& diags, bool strict) {
  Answer answer;
  answer.pos = value.pos;
  if (value.is_null()) {
    return answer;
  }
  if (value.is_scalar() && std::string_view(value.text) == "na") {
    answer.state = AnswerState::na;
    return answer;
  }
  Reporter report(diags, strict);
  bool ok = false;
  switch (question.type) {
  case QuestionType::single:
    ok = read_choice(question, value, answer, report);
    break;
  case QuestionType::multiple:
    ok = read_choices(question, value, answer, report);
    break;
  case QuestionType::yesno:
    ok = read_yesno(question, value, answer, report);
    break;
  case QuestionType::scale:
  case QuestionType::number:
    ok = read_numeric(question, value, answer, report);
    break;
  case QuestionType::text:
    ok = value.is_scalar();
    if (ok) {
      answer.text = value.text;
    } else {
      report.problem(value.pos, message("E122", quote(question.id), value.describe()));
    }
    break;
  case QuestionType::tasks:
  case QuestionType::budget:
    ok = read_tasks(question, value, answer, report);
    break;
  }
  bool table = question.type == QuestionType::tasks || question.type == QuestionType::budget;
  bool blank_table = table &&
                     std::none_of(answer.tasks.begin(), answer.tasks.end(), [](const TaskAnswer& t) {
                       return t.hours.has_value() || t.level >= 0;
                     });
  if (ok && blank_table) {
    // A table whose fields are all empty, as `template` writes it: unanswered.
    answer.tasks.clear();
  } else if (ok) {
    answer.state = AnswerState::given;
  } else {
    answer = Answer{};
    answer.pos = value.pos;
  }
  return answer;
}

Assessment parse_assessment(std::string_view text, const QuestionnaireSet& set,
                            const std::string& source, Diagnostics& diags, AnswersOptions options,
                            std::int64_t first_line) {
  const std::string& file = diags.file().empty() ? source : diags.file();
  if (auto problem = check_utf8(text)) {
    SourcePos pos = problem->first;
    pos.line += first_line - 1;
    throw Error(file, pos, problem->second);
  }
  text = skip_bom(text);
  Assessment assessment;
  assessment.source = source;
  assessment.responses.resize(set.size());
  yaml::EventReader events(text, file, {}, first_line);
  if (!events.next_document()) {
    diags.error({first_line, 1}, message("E123"));
    return assessment;
  }
  const Event& root = events.next();
  if (root.type == Event::Type::mapping_start) {
    read_root(events, root.pos, set, assessment, diags, options);
  } else {
    const Node& value = read_value(events, root);
    if (value.is_null()) {
      diags.error({first_line, 1}, message("E123"));
    } else {
      diags.error(value.pos, message("E124", value.describe()));
    }
  }
  events.next(); // the end of the document
  if (events.next_document()) {
    throw Error(file, {events.document_line(), 1}, message("E074"));
  }
  return assessment;
}

Assessment load_assessment(const std::string& path, const QuestionnaireSet& set,
                           AnswersOptions options) {
  Diagnostics diags(path);
  Assessment assessment = parse_assessment(read_file(path), set, path, diags, options);
  diags.throw_if_errors();
  return assessment;
}

} // namespace medtime
