#include "load/answers_writer.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "model/questionnaire.h"

namespace medtime {

namespace {

bool is_yaml_word(std::string_view text) {
  static constexpr std::string_view k_words[] = {"null", "true", "false", "yes", "no",
                                                 "on",   "off",  "y",     "n"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(k_words), std::end(k_words), lower) != std::end(k_words);
}

bool looks_numeric(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == 'e' || c == 'E';
  });
}

bool can_be_plain(std::string_view text) {
  if (text.empty() || text.size() > 200 || is_yaml_word(text) || looks_numeric(text)) {
    return false;
  }
  auto first = static_cast<unsigned char>(text.front());
  if (!std::isalnum(first) && first != '_') {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

// A code point that YAML reads as a line break or a byte order mark inside a
// double-quoted scalar: NEL, LS, PS, BOM. Returns its length in bytes, or 0.
size_t special_code_point(std::string_view text, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  if (at(i) == 0xC2 && i + 1 < text.size() && at(i + 1) == 0x85) {
    return 2;
  }
  if (i + 2 < text.size() &&
      ((at(i) == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9)) ||
       (at(i) == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF))) {
    return 3;
  }
  return 0;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    auto u = static_cast<unsigned char>(c);
    if (size_t n = special_code_point(text, i); n > 0) {
      out += n == 2 ? "\\N" : (u == 0xEF ? "\\uFEFF" : (text[i + 2] == '\xA8' ? "\\L" : "\\P"));
      i += n - 1;
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (u < 0x20 || u == 0x7F) {
      out += fmt::format("\\x{:02X}", u);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// `line` as one YAML comment line after `indent`: a line break (LF, CR,
// NEL, LS, PS) or another control character becomes a space.
std::string comment_line(std::string_view indent, std::string_view line) {
  std::string out = std::string(indent) + "#";
  if (!line.empty()) {
    out += ' ';
  }
  for (size_t i = 0; i < line.size(); ++i) {
    auto u = static_cast<unsigned char>(line[i]);
    if (size_t n = special_code_point(line, i); n > 0) {
      out += ' ';
      i += n - 1;
    } else if (u < 0x20 || u == 0x7F) {
      out += ' ';
    } else if (u == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) < 0xA0) {
      out += ' '; // C1 controls, U+0080-U+009F
      ++i;
    } else {
      out += line[i];
    }
  }
  return out + "\n";
}

// The comment lines `notes` holds for (r, question, row), after `indent`.
std::string note_lines(const AnswerNotes* notes, int r, int question, int row,
                       std::string_view indent) {
  std::string out;
  if (notes == nullptr) {
    return out;
  }
  auto it = notes->lines.find({r, question, row});
  if (it != notes->lines.end()) {
    for (const auto& line : it->second) {
      out += comment_line(indent, line);
    }
  }
  return out;
}

std::string number_scalar(double value) {
  return fmt::format("{}", value);
}

std::string choices_text(const Question& q, const Answer& a) {
  std::string out = "[";
  for (size_t i = 0; i < q.options.size(); ++i) {
    if ((a.choices >> i) & 1U) {
      out += (out.size() > 1 ? ", " : "") + yaml_scalar(q.options[i].id);
    }
  }
  return out + "]";
}

// The value after `key: ` of a given, non-table answer.
std::string value_text(const Question& q, const Answer& a) {
  switch (q.type) {
  case QuestionType::single:
    return yaml_scalar(q.options[static_cast<size_t>(a.choice)].id);
  case QuestionType::multiple:
    return choices_text(q, a);
  case QuestionType::yesno:
    return a.choice == 1 ? "yes" : "no";
  case QuestionType::scale:
  case QuestionType::number:
    return number_scalar(a.number);
  case QuestionType::text:
    return yaml_scalar(a.text);
  case QuestionType::tasks:
  case QuestionType::budget:
    break;
  }
  return {};
}

// A task table (`task: level`) or the time budget (`category: hours`), one
// row per line; rows neither answered nor marked blank are left out.
void write_tasks(std::string& out, int r, int qi, const Question& q, const Answer& a,
                 const BlankMarks& blanks, const AnswerNotes* notes) {
  out += fmt::format("    {}:", yaml_scalar(q.id));
  bool budget = q.type == QuestionType::budget;
  bool any = false;
  for (size_t t = 0; t < q.tasks.size() && t < a.tasks.size(); ++t) {
    const TaskAnswer& task = a.tasks[t];
    bool given = budget ? task.hours.has_value() : task.level >= 0;
    if (!given && !blanks.has(r, qi, static_cast<int>(t), budget ? BlankMarks::k_hours
                                                                  : BlankMarks::k_level)) {
      continue;
    }
    if (std::string before = note_lines(notes, r, qi, static_cast<int>(t), "      ");
        !before.empty()) {
      before.pop_back(); // the row's line below starts with its own newline
      out += "\n" + before;
    }
    std::string value;
    if (given) {
      value = budget ? " " + number_scalar(*task.hours)
                     : " " + yaml_scalar(q.levels[static_cast<size_t>(task.level)].id);
    }
    out += fmt::format("\n      {}:{}", yaml_scalar(q.tasks[t].id), value);
    any = true;
  }
  out += any ? "\n" : " {}\n";
}

void write_response(std::string& out, int r, const Response& response, const BlankMarks& blanks,
                    const AnswerNotes* notes) {
  const Questionnaire& questionnaire = *response.questionnaire;
  out += fmt::format("  {}:\n    version: {}\n", yaml_scalar(questionnaire.id), response.version);
  for (size_t i = 0; i < questionnaire.questions.size() && i < response.answers.size(); ++i) {
    const Question& q = questionnaire.questions[i];
    const Answer& a = response.answers[i];
    int qi = static_cast<int>(i);
    out += note_lines(notes, r, qi, BlankMarks::k_whole, "    ");
    bool table = q.type == QuestionType::tasks || q.type == QuestionType::budget;
    if (table && !a.given()) {
      for (size_t t = 0; t < q.tasks.size(); ++t) {
        out += note_lines(notes, r, qi, static_cast<int>(t), "    ");
      }
    }
    if (a.state == AnswerState::na) {
      out += fmt::format("    {}: na\n", yaml_scalar(q.id));
    } else if (a.given() && (q.type == QuestionType::tasks || q.type == QuestionType::budget)) {
      write_tasks(out, r, qi, q, a, blanks, notes);
    } else if (a.given()) {
      out += fmt::format("    {}: {}\n", yaml_scalar(q.id), value_text(q, a));
    } else if (blanks.has(r, qi)) {
      out += fmt::format("    {}:\n", yaml_scalar(q.id));
    }
  }
}

} // namespace

std::string yaml_scalar(std::string_view text) {
  return can_be_plain(text) ? std::string(text) : double_quoted(text);
}

std::string write_answers(const Assessment& assessment, const BlankMarks& blanks,
                          const AnswerNotes* notes) {
  std::string out;
  if (notes != nullptr) {
    for (const auto& line : notes->header) {
      out += comment_line("", line);
    }
  }
  if (!assessment.respondent.empty()) {
    out += "respondent:\n";
    for (const auto& [key, value] : assessment.respondent) {
      out += fmt::format("  {}: {}\n", yaml_scalar(key), yaml_scalar(value));
    }
  }
  if (!assessment.date.empty()) {
    out += fmt::format("date: {}\n", assessment.date);
  }
  std::string answers;
  for (size_t r = 0; r < assessment.responses.size(); ++r) {
    if (assessment.responses[r].questionnaire != nullptr) {
      write_response(answers, static_cast<int>(r), assessment.responses[r], blanks, notes);
    }
  }
  out += answers.empty() ? "answers: {}\n" : "answers:\n" + answers;
  return out;
}

} // namespace medtime
