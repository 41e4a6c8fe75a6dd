#include "ask/input.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "ask/wording.h"
#include "model/date.h"
#include "util/utf8.h"
#include "yaml/yaml_cpp.h"

namespace medtime::ask {

namespace {

constexpr size_t k_max_text = 1000; // characters of a free-text answer

Reply invalid(std::string error) {
  Reply r;
  r.kind = Reply::Kind::invalid;
  r.error = std::move(error);
  return r;
}

Reply answered(Answer answer) {
  Reply r;
  r.kind = Reply::Kind::answer;
  answer.state = answer.state == AnswerState::na ? AnswerState::na : AnswerState::given;
  r.answer = std::move(answer);
  return r;
}

Reply not_applicable() {
  Answer a;
  a.state = AnswerState::na;
  return answered(a);
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Tokens separated by spaces, commas or semicolons.
std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == ';' || c == '\t') {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
    } else {
      current += c;
    }
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

// A number as people type it: `2.5`, `2,5`, and `4h` when the unit is hours.
std::optional<double> read_number(std::string_view text, bool hours_unit) {
  std::string t = lower(text);
  if (hours_unit && !t.empty() && t.back() == 'h') {
    t.pop_back();
    t = std::string(trim(t));
  }
  if (std::count(t.begin(), t.end(), ',') == 1 && t.find('.') == std::string::npos) {
    std::replace(t.begin(), t.end(), ',', '.');
  }
  return yaml::parse_number(t);
}

// Index among `ids` (1-based number or id, any case), or -1.
template <typename T>
int pick(std::string_view token, const std::vector<T>& items) {
  std::string word = lower(token);
  if (!word.empty() && std::all_of(word.begin(), word.end(), is_digit) && word.size() < 4) {
    int n = std::stoi(word);
    return n >= 1 && n <= static_cast<int>(items.size()) ? n - 1 : -1;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (lower(items[i].id) == word) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::string range_words(double min, double max, Lang lang) {
  return say(lang, "de {} à {}", "from {} to {}", short_number(min, lang), short_number(max, lang));
}

Reply parse_single(std::string_view text, const Question& q, Lang lang) {
  auto parts = tokens(text);
  std::string count = std::to_string(q.options.size());
  if (parts.size() > 1) {
    return invalid(say(lang, "Une seule réponse possible\u00a0: tapez un seul numéro, de 1 à {}.",
                       "Only one answer: type a single number, from 1 to {}.", count));
  }
  int index = pick(text, q.options);
  if (index < 0) {
    return invalid(say(lang, "{} n'est pas un numéro de réponse\u00a0: tapez un nombre de 1 à {}.",
                       "{} is not an answer number: type a number from 1 to {}.",
                       quoted(lang, text), count));
  }
  Answer a;
  a.choice = index;
  return answered(a);
}

Reply parse_multiple(std::string_view text, const Question& q, Lang lang) {
  Answer a;
  int exclusive = -1;
  auto parts = tokens(text);
  for (const auto& part : parts) {
    int index = pick(part, q.options);
    if (index < 0) {
      bool glued = part.size() > 1 && std::all_of(part.begin(), part.end(), is_digit);
      return invalid(say(lang, "{} n'est pas un numéro de réponse (de 1 à {}).{}",
                         "{} is not an answer number (from 1 to {}).{}", quoted(lang, part),
                         q.options.size(),
                         glued ? tr(lang, " Séparez les numéros par des espaces\u00a0: 1 3.",
                                    " Separate the numbers with spaces: 1 3.")
                               : ""));
    }
    a.choices |= std::uint64_t{1} << index;
    if (q.options[static_cast<size_t>(index)].exclusive) {
      exclusive = index;
    }
  }
  if (exclusive >= 0 && a.choices != (std::uint64_t{1} << exclusive)) {
    return invalid(say(lang, "{} ne peut pas être combiné avec d'autres réponses.",
                       "{} cannot be combined with other answers.",
                       quoted(lang, q.options[static_cast<size_t>(exclusive)].label.get(lang))));
  }
  return answered(a);
}

Reply parse_scale(std::string_view text, const Question& q, Lang lang) {
  auto number = read_number(text, false);
  if (!number || std::floor(*number) != *number || *number < q.min || *number > q.max) {
    return invalid(say(lang, "{}\u00a0: tapez un nombre entier {}.", "{}: type a whole number {}.",
                       quoted(lang, text), range_words(q.min, q.max, lang)));
  }
  Answer a;
  a.number = *number;
  return answered(a);
}

Reply parse_yesno(std::string_view text, Lang lang) {
  std::string word = lower(text);
  Answer a;
  if (word == "o" || word == "oui" || word == "y" || word == "yes") {
    a.choice = 1;
    return answered(a);
  }
  if (word == "n" || word == "non" || word == "no") {
    a.choice = 0;
    return answered(a);
  }
  return invalid(say(lang, "{}\u00a0: répondez o (oui) ou n (non).", "{}: answer y (yes) or n (no).",
                     quoted(lang, text)));
}

bool hours_unit(const LocalText& unit) {
  return !unit.fr.empty() && unit.fr.front() == 'h';
}

Reply parse_number_answer(std::string_view text, const Question& q, Lang lang) {
  auto number = read_number(text, hours_unit(q.unit));
  if (!number) {
    return invalid(say(lang, "{} n'est pas un nombre\u00a0: tapez seulement le nombre (par exemple 4 ou 2,5).",
                       "{} is not a number: type the number only (for example 4 or 2.5).",
                       quoted(lang, text)));
  }
  std::string unit = q.unit.empty() ? "" : " " + q.unit.get(lang);
  if ((q.has_min && *number < q.min) || (q.has_max && *number > q.max)) {
    std::string range = q.has_min && q.has_max
                            ? range_words(q.min, q.max, lang)
                            : q.has_min ? say(lang, "d'au moins {}", "of at least {}", short_number(q.min, lang))
                                        : say(lang, "d'au plus {}", "of at most {}", short_number(q.max, lang));
    return invalid(say(lang, "{} est hors limites\u00a0: tapez un nombre {}{}.",
                       "{} is out of range: type a number {}{}.", quoted(lang, text), range, unit));
  }
  if (q.integer && std::floor(*number) != *number) {
    return invalid(say(lang, "{}\u00a0: tapez un nombre entier.", "{}: type a whole number.",
                       quoted(lang, text)));
  }
  Answer a;
  a.number = *number;
  return answered(a);
}

Reply parse_text(std::string_view text, Lang lang) {
  if (check_utf8(text)) {
    return invalid(tr(lang, "Ce texte contient des caractères illisibles (pas de l'UTF-8)\u00a0: retapez-le.",
                      "This text holds unreadable characters (not UTF-8): type it again."));
  }
  if (auto code = find_control(text)) {
    // The loader refuses these: saved, they would lock the answers file.
    return invalid(say(lang, "Ce texte contient un caractère de contrôle (U+{:04X}, une touche "
                             "spéciale ou un collage)\u00a0: retapez-le sans.",
                       "This text holds a control character (U+{:04X}, a special key or a "
                       "paste): type it again without it.",
                       *code));
  }
  size_t count = 0;
  for (char c : text) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  if (count > k_max_text) {
    return invalid(say(lang, "Texte trop long ({} caractères, au plus {}).",
                       "Text too long ({} characters, at most {}).", count, k_max_text));
  }
  Answer a;
  a.text = std::string(text);
  return answered(a);
}

Reply keep_or_explain(const Interview& interview, Lang lang) {
  const Step& step = interview.step();
  if (interview.has_answer()) {
    Reply r;
    r.kind = Reply::Kind::keep;
    return r;
  }
  if (auto previous = interview.previous_value()) {
    return answered(*previous);
  }
  if (step.kind == Step::Kind::date) {
    Answer a;
    a.text = interview.today();
    return answered(a);
  }
  bool free_text = step.kind == Step::Kind::respondent ||
                   (step.kind == Step::Kind::question &&
                    interview.question(step).type == QuestionType::text);
  if (free_text) {
    Reply r;
    r.kind = Reply::Kind::skip;
    return r;
  }
  return invalid(tr(lang, "Tapez une réponse, s pour passer cette question, ou ? pour l'aide.",
                    "Type an answer, s to skip this question, or ? for help."));
}

Reply command(std::string_view word) {
  Reply r;
  if (word == "<") {
    r.kind = Reply::Kind::back;
  } else if (word == "s") {
    r.kind = Reply::Kind::skip;
  } else if (word == "q") {
    r.kind = Reply::Kind::quit;
  } else if (word == "?") {
    r.kind = Reply::Kind::help;
  } else if (word == "-") {
    r.kind = Reply::Kind::clear;
  } else if (word == "m") {
    r.kind = Reply::Kind::menu;
  }
  return r;
}

} // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                           text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

Reply parse_answer(std::string_view text, const Question& q, Lang lang) {
  text = trim(text);
  if (lower(text) == "na") {
    return not_applicable();
  }
  switch (q.type) {
  case QuestionType::single:
    return parse_single(text, q, lang);
  case QuestionType::multiple:
    return parse_multiple(text, q, lang);
  case QuestionType::scale:
    return parse_scale(text, q, lang);
  case QuestionType::yesno:
    return parse_yesno(text, lang);
  case QuestionType::number:
    return parse_number_answer(text, q, lang);
  case QuestionType::text:
    return parse_text(text, lang);
  case QuestionType::tasks:
  case QuestionType::budget:
    break;
  }
  return invalid("a task table is answered task by task");
}

Reply parse_task_hours(std::string_view text, const Question& q, Lang lang) {
  text = trim(text);
  if (lower(text) == "na") {
    return not_applicable();
  }
  auto number = read_number(text, true);
  if (!number || *number < 0 || *number > q.task_hours_max) {
    return invalid(say(lang,
                       "{}\u00a0: tapez un nombre d'heures par semaine {} (0 si vous ne faites pas "
                       "cette tâche).",
                       "{}: type a number of hours per week {} (0 if you do not do this task).",
                       quoted(lang, text), range_words(0, q.task_hours_max, lang)));
  }
  Answer a;
  a.number = *number;
  return answered(a);
}

Reply parse_task_level(std::string_view text, const Question& q, Lang lang) {
  text = trim(text);
  int index = pick(text, q.levels);
  if (index < 0 || tokens(text).size() != 1) {
    return invalid(say(lang, "{} n'est pas un numéro de réponse\u00a0: tapez un nombre de 1 à {}.",
                       "{} is not an answer number: type a number from 1 to {}.",
                       quoted(lang, text), q.levels.size()));
  }
  Answer a;
  a.choice = index;
  return answered(a);
}

Reply parse_date(std::string_view text, Lang lang) {
  text = trim(text);
  std::string date = iso_date(text);
  if (date.empty()) {
    return invalid(say(lang, "{} n'est pas une date valide\u00a0: tapez-la sous la forme 2026-11-22 ou 22/11/2026.",
                       "{} is not a valid date: type it as 2026-11-22 or 22/11/2026.",
                       quoted(lang, text)));
  }
  Answer a;
  a.text = date;
  return answered(a);
}

std::optional<Reply> parse_jump(std::string_view text, const Interview& interview, Lang lang) {
  text = trim(text);
  if (text.size() < 2 || (text[0] != 'g' && text[0] != 'G') ||
      (text[1] != ' ' && !is_digit(text[1]))) {
    return std::nullopt;
  }
  std::string_view target = trim(text.substr(1));
  std::optional<size_t> step;
  if (!target.empty() && std::all_of(target.begin(), target.end(), is_digit) && target.size() < 6) {
    step = interview.step_numbered(std::stoi(std::string(target)));
  } else {
    step = interview.step_of_question(target);
  }
  if (!step) {
    return invalid(say(lang,
                       "{}\u00a0: aucune étape de ce numéro ni question de cet identifiant. Tapez "
                       "g puis un numéro d'étape de 1 à {} ou l'identifiant d'une question posée "
                       "(m pour la liste des sections).",
                       "{}: no step with that number nor question with that id. Type g then a "
                       "step number from 1 to {} or the id of a question asked (m for the list "
                       "of sections).",
                       quoted(lang, target), interview.progress().total));
  }
  Reply r;
  r.kind = Reply::Kind::jump;
  r.target = *step;
  return r;
}

Reply parse_reply(std::string_view line, const Interview& interview, Lang lang) {
  std::string_view text = trim(line);
  if (text.empty()) {
    return keep_or_explain(interview, lang);
  }
  if (auto jump = parse_jump(text, interview, lang)) {
    const Step& s = interview.step();
    bool free_text = s.kind == Step::Kind::respondent ||
                     (s.kind == Step::Kind::question &&
                      interview.question(s).type == QuestionType::text);
    if (jump->kind == Reply::Kind::jump || !free_text) {
      return *jump;
    }
  }
  Reply key = command(lower(text));
  const Step& step = interview.step();
  if (key.kind != Reply::Kind::invalid) {
    if (step.kind == Step::Kind::date && key.kind == Reply::Kind::skip) {
      return invalid(say(lang, "La date sert à suivre votre évolution d'une auto-évaluation à l'autre\u00a0: "
                               "Entrée pour aujourd'hui ({}), ou tapez une date.",
                         "The date tracks your progress from one self-assessment to the next: "
                         "Enter for today ({}), or type a date.",
                         interview.today()));
    }
    return key;
  }
  switch (step.kind) {
  case Step::Kind::respondent:
    return parse_text(text, lang);
  case Step::Kind::date:
    return parse_date(text, lang);
  case Step::Kind::question:
    return parse_answer(text, interview.question(step), lang);
  case Step::Kind::task_hours:
    return parse_task_hours(text, interview.question(step), lang);
  case Step::Kind::task_level:
    // The first row offers na for the whole table, as the budget's does.
    if (step.task == 0 && lower(text) == "na") {
      return not_applicable();
    }
    return parse_task_level(text, interview.question(step), lang);
  }
  return invalid({});
}

} // namespace medtime::ask
