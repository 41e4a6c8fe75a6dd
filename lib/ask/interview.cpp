#include "ask/interview.h"

#include <algorithm>
#include <cctype>

#include "load/answers_loader.h"
#include "model/time_budget.h"
#include "scoring/score.h"
#include "yaml/node.h"

namespace medtime::ask {

namespace {

using Kind = Step::Kind;

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool task_has_data(const TaskAnswer& t) {
  return t.hours.has_value() || t.level >= 0;
}

// Whether the file `root` holds the key of `step` (even with an empty value).
bool key_present(const yaml::Node& root, const Step& step, const QuestionnaireSet& set) {
  if (step.kind == Kind::respondent) {
    const yaml::Node* respondent = root.find("respondent");
    return respondent != nullptr && respondent->find(k_respondent_fields[step.field]) != nullptr;
  }
  if (step.kind == Kind::date) {
    return root.find("date") != nullptr;
  }
  const Questionnaire& q = set.items()[static_cast<size_t>(step.response)];
  const yaml::Node* answers = root.find("answers");
  const yaml::Node* response = answers != nullptr ? answers->find(q.id) : nullptr;
  const yaml::Node* value =
      response != nullptr ? response->find(q.questions[static_cast<size_t>(step.question)].id)
                          : nullptr;
  if (value == nullptr || step.kind == Kind::question || !value->is_mapping()) {
    return value != nullptr;
  }
  // A table's row: `category: hours` in the time budget, `task: level` in a
  // lever's table (an empty value is a row asked and left blank).
  const Question& question = q.questions[static_cast<size_t>(step.question)];
  return value->find(question.tasks[static_cast<size_t>(step.task)].id) != nullptr;
}

} // namespace

Interview::Interview(const QuestionnaireSet& set, std::vector<int> selected, std::string today)
    : m_set(set), m_selected(std::move(selected)), m_today(std::move(today)) {
  for (int field = 0; field < static_cast<int>(std::size(k_respondent_fields)); ++field) {
    m_steps.push_back({Kind::respondent, field, -1, -1, -1});
  }
  m_steps.push_back({Kind::date, 0, -1, -1, -1});
  for (int r : m_selected) {
    const Questionnaire& q = m_set.items()[static_cast<size_t>(r)];
    for (int i = 0; i < static_cast<int>(q.questions.size()); ++i) {
      const Question& question = q.questions[static_cast<size_t>(i)];
      if (question.type != QuestionType::tasks && question.type != QuestionType::budget) {
        m_steps.push_back({Kind::question, 0, r, i, -1});
        continue;
      }
      // The time budget asks hours per row; a lever's task table a level.
      Kind kind = question.type == QuestionType::budget ? Kind::task_hours : Kind::task_level;
      for (int t = 0; t < static_cast<int>(question.tasks.size()); ++t) {
        m_steps.push_back({kind, 0, r, i, t});
      }
    }
  }
  m_asked.assign(m_steps.size(), 0);
  m_assessment.responses.resize(m_set.size());
  for (int r : m_selected) {
    m_assessment.responses[static_cast<size_t>(r)].answers.resize(
        m_set.items()[static_cast<size_t>(r)].questions.size());
  }
}

void Interview::load(std::string_view text, const std::string& source) {
  if (is_blank(text)) {
    return;
  }
  Diagnostics diags(source);
  Assessment loaded = parse_assessment(text, m_set, source, diags);
  diags.throw_if_errors();
  yaml::Node root = yaml::parse(text, source);
  m_assessment = std::move(loaded);
  for (int r : m_selected) {
    auto& answers = m_assessment.responses[static_cast<size_t>(r)].answers;
    answers.resize(m_set.items()[static_cast<size_t>(r)].questions.size());
  }
  for (size_t i = 0; i < m_steps.size(); ++i) {
    m_asked[i] = key_present(root, m_steps[i], m_set) ? 1 : 0;
  }
}

std::vector<Diagnostic> Interview::load_previous(std::string_view text, const std::string& source) {
  Diagnostics diags(source);
  Assessment loaded = parse_assessment(text, m_set, source, diags, AnswersOptions{.strict = false});
  diags.throw_if_errors();
  m_previous = std::move(loaded);
  m_previous.responses.resize(m_set.size());
  m_has_previous = true;
  // Respondent keys that are not asked (a region...) carry over as they were.
  for (const auto& [key, value] : m_previous.respondent) {
    bool asked_key = std::any_of(std::begin(k_respondent_fields), std::end(k_respondent_fields),
                                 [&](const char* field) { return key == field; });
    if (!asked_key) {
      m_assessment.respondent.emplace_back(key, value);
    }
  }
  return diags.items();
}

void Interview::resume() {
  for (size_t i = 0; i < m_steps.size(); ++i) {
    if (shown(i) && !asked(i)) {
      m_position = i;
      return;
    }
  }
  for (size_t i = 0; i < m_steps.size(); ++i) {
    if (m_steps[i].response >= 0 && shown(i) && !step_has_answer(i)) {
      m_position = i;
      return;
    }
  }
  m_position = m_steps.size();
}

const Questionnaire& Interview::questionnaire(const Step& step) const {
  return m_set.items()[static_cast<size_t>(step.response)];
}

const Question& Interview::question(const Step& step) const {
  return questionnaire(step).questions[static_cast<size_t>(step.question)];
}

Response& Interview::response_of(const Step& step) {
  return m_assessment.responses[static_cast<size_t>(step.response)];
}

const Response& Interview::response_of(const Step& step) const {
  return m_assessment.responses[static_cast<size_t>(step.response)];
}

Answer& Interview::answer_of(const Step& step) {
  return response_of(step).answers[static_cast<size_t>(step.question)];
}

std::vector<char> Interview::applicable(int response) const {
  TimeBudget budget = time_budget(m_set, m_assessment);
  return applicable_questions(m_set.items()[static_cast<size_t>(response)],
                              m_assessment.responses[static_cast<size_t>(response)].answers,
                              &budget);
}

bool Interview::shown(size_t index) const {
  const Step& s = m_steps[index];
  if (s.response < 0) {
    return true;
  }
  if (!applicable(s.response)[static_cast<size_t>(s.question)]) {
    return false;
  }
  // A supporting area is asked when its `asked_when` holds on the answers
  // so far (or cannot be known yet).
  auto area = static_cast<size_t>(s.response);
  if (m_set.items()[area].asked_when &&
      !is_asked(m_set, area, m_assessment, time_budget(m_set, m_assessment))) {
    return false;
  }
  if (s.kind == Kind::question) {
    return true;
  }
  const Answer& table = response_of(s).answers[static_cast<size_t>(s.question)];
  if (table.state == AnswerState::na) {
    return s.task == 0;
  }
  if (s.kind == Kind::task_level) {
    // A task the time budget says takes no hours is not asked; one whose
    // hours are not known (budget not answered, row left blank) is.
    auto hours = budget_hours(question(s).tasks[static_cast<size_t>(s.task)].category);
    return !hours || *hours > 0;
  }
  return true;
}

std::optional<double> Interview::budget_hours(int category) const {
  int index = m_set.budget();
  if (index < 0 || category < 0 || static_cast<size_t>(index) >= m_assessment.responses.size()) {
    return std::nullopt;
  }
  const Questionnaire& q = m_set.items()[static_cast<size_t>(index)];
  int table = budget_question(q);
  const auto& answers = m_assessment.responses[static_cast<size_t>(index)].answers;
  if (table < 0 || answers.size() <= static_cast<size_t>(table)) {
    return std::nullopt;
  }
  const Answer& a = answers[static_cast<size_t>(table)];
  const Question& question = q.questions[static_cast<size_t>(table)];
  for (size_t row = 0; a.given() && row < a.tasks.size() && row < question.tasks.size(); ++row) {
    if (question.tasks[row].category == category) {
      return a.tasks[row].hours;
    }
  }
  return std::nullopt;
}

bool Interview::first_of_questionnaire(size_t index) const {
  for (size_t i = 0; i < index; ++i) {
    if (m_steps[i].response == m_steps[index].response && shown(i)) {
      return false;
    }
  }
  return m_steps[index].response >= 0;
}

bool Interview::first_of_section(size_t index) const {
  const Step& s = m_steps[index];
  if (s.response < 0) {
    return false;
  }
  int section = question(s).section;
  for (size_t i = 0; i < index; ++i) {
    if (m_steps[i].response == s.response && question(m_steps[i]).section == section && shown(i)) {
      return false;
    }
  }
  return true;
}

bool Interview::next() {
  size_t from = m_position;
  m_position = m_steps.size();
  for (size_t i = from + 1; i < m_steps.size(); ++i) {
    if (shown(i) && !asked(i)) {
      m_position = i;
      return true;
    }
  }
  // Steps jumped over (`g`) come next.
  for (size_t i = 0; i < from && i < m_steps.size(); ++i) {
    if (shown(i) && !asked(i)) {
      m_position = i;
      return true;
    }
  }
  for (size_t i = from + 1; i < m_steps.size(); ++i) {
    if (m_steps[i].response >= 0 && shown(i) && !step_has_answer(i)) {
      m_position = i;
      return true;
    }
  }
  return false;
}

bool Interview::back() {
  for (size_t i = m_position; i > 0; --i) {
    if (shown(i - 1)) {
      m_position = i - 1;
      return true;
    }
  }
  return false;
}

const Answer* Interview::answer() const {
  const Step& s = step();
  return s.response < 0 ? nullptr : &response_of(s).answers[static_cast<size_t>(s.question)];
}

const TaskAnswer* Interview::task_answer() const {
  const Answer* a = answer();
  if (a == nullptr || step().task < 0 || a->state != AnswerState::given ||
      a->tasks.size() <= static_cast<size_t>(step().task)) {
    return nullptr;
  }
  return &a->tasks[static_cast<size_t>(step().task)];
}

std::string Interview::respondent_value() const {
  const char* key = k_respondent_fields[step().field];
  for (const auto& [k, v] : m_assessment.respondent) {
    if (k == key) {
      return v;
    }
  }
  return {};
}

bool Interview::step_has_answer(size_t index) const {
  const Step& s = m_steps[index];
  switch (s.kind) {
  case Kind::respondent:
    for (const auto& [k, v] : m_assessment.respondent) {
      if (k == k_respondent_fields[s.field]) {
        return !v.empty();
      }
    }
    return false;
  case Kind::date:
    return !m_assessment.date.empty();
  case Kind::question:
    return response_of(s).answers[static_cast<size_t>(s.question)].state != AnswerState::missing;
  case Kind::task_hours:
  case Kind::task_level: {
    const Answer& a = response_of(s).answers[static_cast<size_t>(s.question)];
    if (a.state == AnswerState::na) {
      return true;
    }
    if (!a.given()) {
      return false;
    }
    const TaskAnswer& t = a.tasks[static_cast<size_t>(s.task)];
    return s.kind == Kind::task_hours ? t.hours.has_value() : t.level >= 0;
  }
  }
  return false;
}

bool Interview::has_answer() const {
  return !at_end() && step_has_answer(m_position);
}

void Interview::touch(const Step& s) {
  m_asked[m_position] = 1;
  if (s.response < 0) {
    return;
  }
  Response& response = response_of(s);
  if (response.questionnaire == nullptr) {
    response.questionnaire = &questionnaire(s);
    response.version = questionnaire(s).version;
  }
  Answer& table = answer_of(s);
  if (s.kind != Kind::question && table.state == AnswerState::missing) {
    table.state = AnswerState::given;
    table.tasks.assign(question(s).tasks.size(), TaskAnswer{});
  }
}

void Interview::set_answer(const Answer& value) {
  const Step s = step();
  if (s.kind == Kind::respondent) {
    std::string key = k_respondent_fields[s.field];
    auto& fields = m_assessment.respondent;
    auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == key; });
    if (it == fields.end()) {
      fields.emplace_back(key, value.text);
    } else {
      it->second = value.text;
    }
  } else if (s.kind == Kind::date) {
    m_assessment.date = value.text;
  } else if (s.kind == Kind::question) {
    answer_of(s) = value;
    answer_of(s).pos = {};
  } else if (value.state == AnswerState::na) {
    answer_of(s) = Answer{};
    answer_of(s).state = AnswerState::na;
  } else {
    if (answer_of(s).state == AnswerState::na) {
      answer_of(s) = Answer{};
    }
    touch(s);
    TaskAnswer& task = answer_of(s).tasks[static_cast<size_t>(s.task)];
    if (s.kind == Kind::task_hours) {
      task.hours = value.number;
    } else {
      task.level = value.choice;
    }
  }
  touch(s);
}

void Interview::skip() {
  const Step s = step();
  if (s.kind == Kind::respondent && !step_has_answer(m_position)) {
    set_answer(Answer{});
    return;
  }
  touch(s);
}

void Interview::clear() {
  const Step s = step();
  if (s.kind == Kind::respondent) {
    set_answer(Answer{});
    return;
  }
  if (s.kind == Kind::date) {
    m_assessment.date.clear();
  } else if (s.kind == Kind::question || answer_of(s).state == AnswerState::na) {
    answer_of(s) = Answer{};
  } else if (answer_of(s).given()) {
    TaskAnswer& task = answer_of(s).tasks[static_cast<size_t>(s.task)];
    if (s.kind == Kind::task_hours) {
      task.hours.reset();
    } else {
      task.level = -1;
    }
  }
  touch(s);
}

bool Interview::question_answered(int response, int question) const {
  const Questionnaire& q = m_set.items()[static_cast<size_t>(response)];
  const Answer& a =
      m_assessment.responses[static_cast<size_t>(response)].answers[static_cast<size_t>(question)];
  if (!a.given()) {
    return false;
  }
  QuestionType type = q.questions[static_cast<size_t>(question)].type;
  if (type != QuestionType::tasks && type != QuestionType::budget) {
    return true;
  }
  return std::any_of(a.tasks.begin(), a.tasks.end(), task_has_data);
}

bool Interview::counted(size_t index) const {
  const Step& s = m_steps[index];
  // A lever's row whose budget hours are not known yet is shown, so counted;
  // it leaves the count once the budget says 0 for it.
  return s.response >= 0 && shown(index);
}

Progress Interview::progress() const {
  Progress p;
  bool current = !at_end() && step().response >= 0;
  int response = current ? step().response : -1;
  for (size_t i = 0; i < m_steps.size(); ++i) {
    if (!counted(i)) {
      continue;
    }
    bool same = m_steps[i].response == response;
    ++p.total;
    p.part_total += same ? 1 : 0;
    if (current && i <= m_position) {
      ++p.index;
      p.part_index += same ? 1 : 0;
    }
  }
  return p;
}

std::optional<size_t> Interview::step_numbered(int number) const {
  int count = 0;
  for (size_t i = 0; i < m_steps.size(); ++i) {
    if (counted(i) && ++count == number) {
      return i;
    }
  }
  return std::nullopt;
}

namespace {

bool same_id(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

} // namespace

std::optional<size_t> Interview::step_of_question(std::string_view id) const {
  std::string_view prefix;
  if (auto dot = id.find('.'); dot != std::string_view::npos) {
    prefix = id.substr(0, dot);
    id = id.substr(dot + 1);
  }
  for (size_t i = 0; i < m_steps.size(); ++i) {
    const Step& s = m_steps[i];
    if (s.response < 0 || !shown(i) || !same_id(question(s).id, id)) {
      continue;
    }
    if (prefix.empty() || same_id(questionnaire(s).id, prefix)) {
      return i;
    }
  }
  return std::nullopt;
}

std::vector<SectionState> Interview::sections() const {
  std::vector<SectionState> out;
  int number = 0;
  for (size_t i = 0; i < m_steps.size(); ++i) {
    const Step& s = m_steps[i];
    if (s.response < 0) {
      continue;
    }
    int section = question(s).section;
    if (out.empty() || out.back().response != s.response || out.back().section != section) {
      out.push_back({s.response, section, i, 0, 0, 0});
    }
    if (!counted(i)) {
      continue;
    }
    SectionState& state = out.back();
    ++number;
    if (state.steps++ == 0) {
      state.first_step = i;
      state.first_number = number;
    }
    state.answered += step_has_answer(i) ? 1 : 0;
  }
  return out;
}

std::optional<Answer> Interview::value_in(const Assessment& from, const Step& s) const {
  Answer a;
  a.state = AnswerState::given;
  if (s.kind == Kind::respondent) {
    for (const auto& [k, v] : from.respondent) {
      if (k == k_respondent_fields[s.field] && !v.empty()) {
        a.text = v;
        return a;
      }
    }
    return std::nullopt;
  }
  if (s.kind == Kind::date) {
    a.text = from.date;
    return from.date.empty() ? std::nullopt : std::optional<Answer>(a);
  }
  const auto& answers = from.responses[static_cast<size_t>(s.response)].answers;
  if (answers.size() <= static_cast<size_t>(s.question)) {
    return std::nullopt;
  }
  const Answer& held = answers[static_cast<size_t>(s.question)];
  if (s.kind == Kind::question) {
    return held.state == AnswerState::missing ? std::nullopt : std::optional<Answer>(held);
  }
  if (held.state == AnswerState::na) {
    // The whole table was `na`: its first row offers it, budget or lever alike.
    return s.task == 0 ? std::optional<Answer>(held) : std::nullopt;
  }
  if (!held.given() || held.tasks.size() <= static_cast<size_t>(s.task)) {
    return std::nullopt;
  }
  const TaskAnswer& task = held.tasks[static_cast<size_t>(s.task)];
  if (s.kind == Kind::task_hours && task.hours) {
    a.number = *task.hours;
    return a;
  }
  if (s.kind == Kind::task_level && task.level >= 0) {
    a.choice = task.level;
    return a;
  }
  return std::nullopt;
}

std::optional<Answer> Interview::current_value() const {
  return at_end() ? std::nullopt : value_in(m_assessment, step());
}

std::optional<Answer> Interview::previous_value() const {
  if (!m_has_previous || at_end() || step().kind == Kind::date) {
    return std::nullopt;
  }
  return value_in(m_previous, step());
}

std::vector<QuestionnaireSummary> Interview::summary() const {
  std::vector<QuestionnaireSummary> out;
  for (int r : m_selected) {
    QuestionnaireSummary s;
    s.response = r;
    std::vector<char> flags = applicable(r);
    const auto& answers = m_assessment.responses[static_cast<size_t>(r)].answers;
    for (size_t i = 0; i < flags.size(); ++i) {
      if (!flags[i]) {
        continue;
      }
      if (answers[i].state == AnswerState::na) {
        ++s.not_applicable;
      } else if (question_answered(r, static_cast<int>(i))) {
        ++s.answered;
      } else {
        ++s.skipped;
        s.skipped_questions.push_back(static_cast<int>(i));
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

int Interview::answer_count() const {
  int count = 0;
  for (const auto& s : summary()) {
    count += s.answered + s.not_applicable;
  }
  return count;
}

std::string Interview::file_text() const {
  BlankMarks blanks;
  for (size_t i = 0; i < m_steps.size(); ++i) {
    const Step& s = m_steps[i];
    if (s.response < 0 || !asked(i) || step_has_answer(i)) {
      continue;
    }
    const Answer& a = response_of(s).answers[static_cast<size_t>(s.question)];
    if (s.kind == Kind::question || !a.given()) {
      blanks.add(s.response, s.question);
    } else {
      blanks.add(s.response, s.question, s.task,
                 s.kind == Kind::task_hours ? BlankMarks::k_hours : BlankMarks::k_level);
    }
  }
  return write_answers(m_assessment, blanks);
}

} // namespace medtime::ask
