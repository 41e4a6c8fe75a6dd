// Writing an assessment back as an answers file (doc/formats.md#answers-file), the inverse
// of load/answers_loader.h: parsing what `write_answers` returns against the
// same questionnaire set gives the same respondent, date and answers.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "model/answers.h"

namespace medtime {

// Answers that were asked and left blank. They are written as empty keys
// (`q:`, or `{hours: , delegate: }` in a task table), which the loader reads
// as missing answers, so that `medtime ask` can tell a skipped question from
// one not asked yet when it resumes.
struct BlankMarks {
  static constexpr int k_whole = -1; // `task` of a mark on the question itself
  static constexpr int k_hours = 0;  // `field` of a task's hours
  static constexpr int k_level = 1;  // `field` of a task's delegation level

  // (response index in Assessment::responses, question index, task, field)
  std::set<std::tuple<int, int, int, int>> keys;

  void add(int response, int question, int task = k_whole, int field = k_hours) {
    keys.emplace(response, question, task, field);
  }
  bool has(int response, int question, int task = k_whole, int field = k_hours) const {
    return keys.count({response, question, task, field}) > 0;
  }
};

// YAML comments written with the answers (`medtime team`'s consensus): lines
// at the top of the file, and lines before an answer or a row of a table.
// Each line becomes `# line`, its line breaks and control characters turned
// into spaces, so that no note can end its comment.
struct AnswerNotes {
  std::vector<std::string> header;
  // (response index, question index, row or BlankMarks::k_whole) -> lines
  std::map<std::tuple<int, int, int>, std::vector<std::string>> lines;

  void add(int response, int question, int row, std::string line) {
    lines[{response, question, row}].push_back(std::move(line));
  }
};

// The answers file of `assessment`: the respondent (in its key order), the
// date when set, then under `answers:` each questionnaire it answers, in set
// order, with its version. Missing answers are left out unless `blanks` lists
// them; `na` answers are written `na`. With `notes`, their comments go at the
// top and before their answers (before where a left-out answer would be).
// Never fails.
std::string write_answers(const Assessment& assessment, const BlankMarks& blanks = {},
                          const AnswerNotes* notes = nullptr);

// `text` as a YAML scalar: plain when it cannot be misread (an identifier
// that is not a YAML null or boolean word), double-quoted and escaped otherwise.
std::string yaml_scalar(std::string_view text);

} // namespace medtime
