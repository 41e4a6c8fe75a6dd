// The interview behind `medtime ask`: the steps to ask (the
// respondent, the date, then every question, tables row by row), where
// the respondent stands, and the answers given so far. It knows no terminal:
// ask/session.h drives it and ask/prompt.h renders it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "load/answers_writer.h"

namespace medtime::ask {

struct Step {
  // task_hours: a row of the time budget's table (its hours); task_level: a
  // row of a lever's task table (its delegation level).
  enum class Kind { respondent, date, question, task_hours, task_level };
  Kind kind = Kind::question;
  int field = 0;          // respondent: index into k_respondent_fields
  int response = -1;      // question and task steps: index into the set
  int question = -1;
  int task = -1;          // task steps
};

// The respondent keys asked first, in order.
inline constexpr const char* k_respondent_fields[] = {"id", "specialty", "practice"};

// Progress through the steps that will be asked (every row of a table is a
// step: hours in the time budget, a level in a lever): the current step is `index` of `total`
// over every questionnaire, and `part_index` of `part_total` in its own
// questionnaire. Indices are 0 on the respondent and date steps and at the end.
struct Progress {
  int index = 0;
  int total = 0;
  int part_index = 0;
  int part_total = 0;
};

// Where one section of a questionnaire stands, for the section menu.
struct SectionState {
  int response = -1;
  int section = 0;
  size_t first_step = 0; // index into Interview::steps() of its first counted step
  int first_number = 0;  // that step's number in the progress (1-based)
  int steps = 0;         // counted steps (0: nothing to ask with the answers so far)
  int answered = 0;      // of those, holding an answer (na included)
};

// What became of one questionnaire's applicable questions.
struct QuestionnaireSummary {
  int response = -1;
  int answered = 0;
  int skipped = 0;
  int not_applicable = 0; // answered `na`
  std::vector<int> skipped_questions;
};

class Interview {
public:
  // Asks the questionnaires of `set` whose indices are in `selected`, in that
  // order. Answers to the other questionnaires of `set` are kept as loaded.
  // `today` (YYYY-MM-DD) is the date offered by default.
  Interview(const QuestionnaireSet& set, std::vector<int> selected, std::string today);

  // Takes the answers of the existing answers file `text` (named `source`)
  // and which steps it shows were already asked (keys present, even empty).
  // Throws `Error` with the first problem when the file is not a valid
  // answers file for the set, so that nothing in it is ever overwritten.
  void load(std::string_view text, const std::string& source);

  // Takes the answers file `text` (named `source`) as last time's answers:
  // each step then shows its answer there and Enter takes it (`--from`).
  // The date is not taken; respondent keys that are not asked are copied.
  // Read leniently, like `review` reads dates apart: answers to another
  // questionnaire version are taken by question id, and those that no
  // longer fit are left out; returns the warnings that say which. Call
  // before load(). Throws `Error` when `text` is not an answers file.
  std::vector<Diagnostic> load_previous(std::string_view text, const std::string& source);
  bool has_previous() const { return m_has_previous; }
  const Assessment& previous() const { return m_previous; }

  // Moves to where the interview should resume: the first shown step not
  // asked yet, else the first shown step left without an answer, else the end.
  void resume();

  const QuestionnaireSet& set() const { return m_set; }
  const std::vector<Step>& steps() const { return m_steps; }
  const Assessment& assessment() const { return m_assessment; }
  const std::string& today() const { return m_today; }
  bool at_end() const { return m_position >= m_steps.size(); }
  size_t position() const { return m_position; }
  // The current step; only when not at_end().
  const Step& step() const { return m_steps[m_position]; }
  const Questionnaire& questionnaire(const Step& step) const;
  const Question& question(const Step& step) const;

  // Whether step `index` is shown with the answers as they are now: its
  // question's `when:` holds; a lever's row is not asked when the time
  // budget gives 0 hours for its category (it is while they are unknown); a
  // table answered `na` shows only its first step.
  bool shown(size_t index) const;
  bool asked(size_t index) const { return m_asked[index] != 0; }
  // Whether step `index` counts in the progress: a questionnaire's step
  // shown now (a lever's row counts until the budget says 0 hours for it).
  bool counted(size_t index) const;
  // The hours the time budget's table gives for category `category` (index
  // into the set's categories), or nothing when that row is not answered.
  std::optional<double> budget_hours(int category) const;
  // First shown step of its questionnaire (to show the intro) or section.
  bool first_of_questionnaire(size_t index) const;
  bool first_of_section(size_t index) const;

  // Moves on to the next shown step not asked yet, else the first one before
  // (jumped over); when every step was asked, to the next one left without
  // an answer; else to the end (false). So a resumed interview, or one where an earlier answer was
  // changed, goes back to where it stood rather than through every answer.
  bool next();
  // Moves to the previous shown step; false (and stays) on the first.
  bool back();
  // Moves to the step `index` (from the end, to go back and change).
  void go_to(size_t index) { m_position = index; }

  // The current step's value as set_answer() takes it (see there), or
  // nothing when it has none; and the same from last time's answers.
  std::optional<Answer> current_value() const;
  std::optional<Answer> previous_value() const;

  // The current step's answer: the question's answer (for task steps too),
  // and the task's part for task steps.
  const Answer* answer() const;
  const TaskAnswer* task_answer() const;
  std::string respondent_value() const;
  // True when the current step holds an answer (or a date, or a respondent value).
  bool has_answer() const;

  // Sets the current step's answer and marks it asked. Question steps take
  // the whole `answer`; respondent and date steps its `text`; task hours its
  // `number`, task levels its `choice` (either may be `na` for the whole table).
  void set_answer(const Answer& answer);
  // Marks the current step asked without changing its answer.
  void skip();
  // Removes the current step's answer (it stays asked).
  void clear();

  Progress progress() const;
  // The counted step with progress number `number` (1-based), if any.
  std::optional<size_t> step_numbered(int number) const;
  // The first counted step of question `id` ("id" or "questionnaire.id";
  // any case), if any.
  std::optional<size_t> step_of_question(std::string_view id) const;
  // Every section of the asked questionnaires, in order.
  std::vector<SectionState> sections() const;
  std::vector<QuestionnaireSummary> summary() const;
  // Number of steps holding an answer, for "12 answers already saved".
  int answer_count() const;

  // The answers file as it stands.
  std::string file_text() const;

private:
  Response& response_of(const Step& step);
  const Response& response_of(const Step& step) const;
  Answer& answer_of(const Step& step);
  void touch(const Step& step);
  std::vector<char> applicable(int response) const;
  bool step_has_answer(size_t index) const;
  bool question_answered(int response, int question) const;
  std::optional<Answer> value_in(const Assessment& assessment, const Step& step) const;

  const QuestionnaireSet& m_set;
  std::vector<int> m_selected;
  std::string m_today;
  std::vector<Step> m_steps;
  std::vector<char> m_asked;
  Assessment m_assessment;
  Assessment m_previous;
  bool m_has_previous = false;
  size_t m_position = 0;
};

} // namespace medtime::ask
