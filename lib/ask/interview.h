// The interview behind `medtime ask`: the steps to ask (the
// respondent, the date, then every question, task tables task by task), where
// the respondent stands, and the answers given so far. It knows no terminal:
// ask/session.h drives it and ask/prompt.h renders it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "load/answers_writer.h"

namespace medtime::ask {

struct Step {
  enum class Kind { respondent, date, question, task_hours, task_level };
  Kind kind = Kind::question;
  int field = 0;          // respondent: index into k_respondent_fields
  int response = -1;      // question and task steps: index into the set
  int question = -1;
  int task = -1;          // task steps
};

// The respondent keys asked first, in order.
inline constexpr const char* k_respondent_fields[] = {"id", "specialty", "practice"};

// Progress through the questions: `index` of `total` applicable questions
// (a task table counts once); both 0 on the respondent and date steps.
struct Progress {
  int index = 0;
  int total = 0;
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
  // question's `when:` holds; a task's level is asked only after some hours
  // (none for 0 hours or skipped hours); a table answered `na` shows only its
  // first step.
  bool shown(size_t index) const;
  bool asked(size_t index) const { return m_asked[index] != 0; }
  // First shown step of its questionnaire (to show the intro) or section.
  bool first_of_questionnaire(size_t index) const;
  bool first_of_section(size_t index) const;

  // Moves on to the next shown step not asked yet; when every step after
  // this one was asked, to the next one left without an answer; else to the
  // end (false). So a resumed interview, or one where an earlier answer was
  // changed, goes back to where it stood rather than through every answer.
  bool next();
  // Moves to the previous shown step; false (and stays) on the first.
  bool back();
  // Moves to the step `index` (from the end, to go back and change).
  void go_to(size_t index) { m_position = index; }

  // The current step's answer: the question's answer (for task steps too),
  // and the task's part for task steps.
  const Answer* answer() const;
  const TaskAnswer* task_answer() const;
  std::string respondent_value() const;
  // True when the current step holds an answer (or a date, or a respondent value).
  bool has_answer() const;

  // Sets the current step's answer and marks it asked. Question steps take
  // the whole `answer`; respondent and date steps its `text`; task hours its
  // `number` (or `na` for the whole table); task levels its `choice`.
  void set_answer(const Answer& answer);
  // Marks the current step asked without changing its answer.
  void skip();
  // Removes the current step's answer (it stays asked).
  void clear();

  Progress progress() const;
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

  const QuestionnaireSet& m_set;
  std::vector<int> m_selected;
  std::string m_today;
  std::vector<Step> m_steps;
  std::vector<char> m_asked;
  Assessment m_assessment;
  size_t m_position = 0;
};

} // namespace medtime::ask
