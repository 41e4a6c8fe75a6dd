#include "model/condition.h"

#include <cmath>
#include <fmt/format.h>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "model/time_budget.h"
#include "util/messages.h"
#include "util/spell.h"

namespace medtime {

namespace {

struct Token {
  enum class Kind { word, number, string, op, lparen, rparen, lbracket, rbracket, comma, end };
  Kind kind = Kind::end;
  std::string text;
  int offset = 0;
};

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

class Parser {
public:
  Parser(std::string_view text, SourcePos pos, Diagnostics& diags)
      : m_text(text), m_pos(pos), m_diags(diags) {}

  std::optional<Condition> parse() {
    if (!tokenize()) {
      return std::nullopt;
    }
    auto result = parse_or();
    if (result && peek().kind != Token::Kind::end) {
      fail(peek(), message("E259", quote(peek().text)));
      return std::nullopt;
    }
    return result;
  }

private:
  std::string_view m_text;
  SourcePos m_pos;
  Diagnostics& m_diags;
  std::vector<Token> m_tokens;
  size_t m_next = 0;
  int m_depth = 0;

  SourcePos at(int offset) const { return {m_pos.line, m_pos.column + offset}; }

  void fail(const Token& token, Message msg) {
    m_diags.error(at(token.offset), std::move(msg));
  }

  bool tokenize() {
    size_t i = 0;
    while (i < m_text.size()) {
      char c = m_text[i];
      int offset = static_cast<int>(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        ++i;
      } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
        Token::Kind kind = c == '('   ? Token::Kind::lparen
                           : c == ')' ? Token::Kind::rparen
                           : c == '[' ? Token::Kind::lbracket
                           : c == ']' ? Token::Kind::rbracket
                                      : Token::Kind::comma;
        m_tokens.push_back({kind, std::string(1, c), offset});
        ++i;
      } else if (c == '=' || c == '!' || c == '<' || c == '>') {
        std::string op(1, c);
        if (i + 1 < m_text.size() && m_text[i + 1] == '=') {
          op += '=';
        }
        if (op == "=" || op == "!") {
          m_diags.error(at(offset), message("E260", quote(op)));
          return false;
        }
        m_tokens.push_back({Token::Kind::op, op, offset});
        i += op.size();
      } else if (c == '"' || c == '\'') {
        size_t end = m_text.find(c, i + 1);
        if (end == std::string_view::npos) {
          m_diags.error(at(offset), message("E261"));
          return false;
        }
        m_tokens.push_back({Token::Kind::string, std::string(m_text.substr(i + 1, end - i - 1)), offset});
        i = end + 1;
      } else if (word_char(c)) {
        size_t end = i;
        while (end < m_text.size() && word_char(m_text[end])) {
          ++end;
        }
        std::string word(m_text.substr(i, end - i));
        bool numeric = (c >= '0' && c <= '9') || (c == '-' && word.size() > 1);
        m_tokens.push_back({numeric ? Token::Kind::number : Token::Kind::word, word, offset});
        i = end;
      } else {
        m_diags.error(at(offset), message("E262", quote(std::string_view(&m_text[i], 1))));
        return false;
      }
    }
    m_tokens.push_back({Token::Kind::end, tr_message("fin de la condition", "end of condition"),
                        static_cast<int>(m_text.size())});
    return true;
  }

  const Token& peek() const { return m_tokens[m_next]; }
  const Token& take() { return m_tokens[m_next < m_tokens.size() - 1 ? m_next++ : m_next]; }
  bool is_word(const char* word) const {
    return peek().kind == Token::Kind::word && peek().text == word;
  }

  std::optional<Condition> parse_or() {
    auto left = parse_and();
    while (left && is_word("or")) {
      take();
      auto right = parse_and();
      if (!right) {
        return std::nullopt;
      }
      left = combine(Condition::Op::or_, std::move(*left), std::move(*right));
    }
    return left;
  }

  std::optional<Condition> parse_and() {
    auto left = parse_unary();
    while (left && is_word("and")) {
      take();
      auto right = parse_unary();
      if (!right) {
        return std::nullopt;
      }
      left = combine(Condition::Op::and_, std::move(*left), std::move(*right));
    }
    return left;
  }

  static Condition combine(Condition::Op op, Condition left, Condition right) {
    Condition c;
    c.op = op;
    c.pos = left.pos;
    c.children.push_back(std::move(left));
    c.children.push_back(std::move(right));
    return c;
  }

  std::optional<Condition> parse_unary() {
    if (++m_depth > 32) {
      fail(peek(), message("E263"));
      return std::nullopt;
    }
    std::optional<Condition> result;
    if (is_word("not")) {
      const Token& token = take();
      auto inner = parse_unary();
      if (inner) {
        Condition c;
        c.op = Condition::Op::not_;
        c.pos = at(token.offset);
        c.children.push_back(std::move(*inner));
        result = std::move(c);
      }
    } else if (peek().kind == Token::Kind::lparen) {
      take();
      result = parse_or();
      if (result && peek().kind != Token::Kind::rparen) {
        fail(peek(), message("E264", quote(peek().text)));
        result.reset();
      } else if (result) {
        take();
      }
    } else {
      result = parse_test();
    }
    --m_depth;
    return result;
  }

  bool literal(Condition& c) {
    const Token& t = peek();
    if (t.kind == Token::Kind::word || t.kind == Token::Kind::number ||
        t.kind == Token::Kind::string) {
      c.literals.push_back(take().text);
      return true;
    }
    fail(t, message("E265", quote(t.text)));
    return false;
  }

  std::optional<Condition> parse_test() {
    const Token& ref = peek();
    if (ref.kind != Token::Kind::word) {
      fail(ref, message("E266", quote(ref.text)));
      return std::nullopt;
    }
    take();
    Condition c;
    c.path = ref.text;
    c.pos = at(ref.offset);
    const Token& op = take();
    if (op.kind == Token::Kind::op) {
      static const std::pair<const char*, Condition::Op> k_ops[] = {
          {"==", Condition::Op::eq}, {"!=", Condition::Op::ne}, {"<", Condition::Op::lt},
          {"<=", Condition::Op::le}, {">", Condition::Op::gt},  {">=", Condition::Op::ge}};
      for (const auto& [text, value] : k_ops) {
        if (op.text == text) {
          c.op = value;
        }
      }
      return literal(c) ? std::optional(std::move(c)) : std::nullopt;
    }
    if (op.kind == Token::Kind::word && op.text == "has") {
      c.op = Condition::Op::has;
      return literal(c) ? std::optional(std::move(c)) : std::nullopt;
    }
    if (op.kind == Token::Kind::word && op.text == "in") {
      c.op = Condition::Op::in;
      if (take().kind != Token::Kind::lbracket) {
        fail(op, message("E267"));
        return std::nullopt;
      }
      do {
        if (!literal(c)) {
          return std::nullopt;
        }
      } while (peek().kind == Token::Kind::comma && (take(), true));
      if (take().kind != Token::Kind::rbracket) {
        fail(op, message("E268"));
        return std::nullopt;
      }
      return c;
    }
    if (op.kind == Token::Kind::word && op.text == "is") {
      const Token& what = take();
      if (what.kind == Token::Kind::word && (what.text == "answered" || what.text == "na")) {
        c.op = what.text == "na" ? Condition::Op::na : Condition::Op::answered;
        return c;
      }
      fail(what, message("E269", quote(what.text)));
      return std::nullopt;
    }
    fail(op, message("E270", quote(ref.text), quote(op.text)));
    return std::nullopt;
  }
};

bool is_comparison(Condition::Op op) {
  return op == Condition::Op::lt || op == Condition::Op::le || op == Condition::Op::gt ||
         op == Condition::Op::ge;
}

std::optional<double> to_number(const std::string& text) {
  try {
    size_t used = 0;
    double value = std::stod(text, &used);
    if (used == text.size() && std::isfinite(value)) {
      return value;
    }
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

// "condition on "x"", the subject of a message shared with the loader's.
std::string condition_on(const std::string& path) {
  return fmt::format(fmt::runtime(tr_message("condition sur {}", "condition on {}")), quote(path));
}

// Resolves the literals of a test to option (or level) indices.
template <typename Items>
bool resolve_ids(Condition& c, const Items& items, const char* what, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& item : items) {
    ids.push_back(item.id);
  }
  for (const auto& literal : c.literals) {
    int index = -1;
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] == literal) {
        index = static_cast<int>(i);
      }
    }
    if (index < 0) {
      diags.error(c.pos,
                  message("E271", quote(c.path), what, quote(literal), did_you_mean(literal, ids)));
      return false;
    }
    c.choices.push_back(index);
  }
  return true;
}

// A test on a number: an operator that compares and a numeric literal.
bool resolve_numeric(Condition& c, Diagnostics& diags) {
  if (c.op == Condition::Op::has) {
    diags.error(c.pos, message("E272", quote(c.path)));
    return false;
  }
  for (const auto& literal : c.literals) {
    auto value = to_number(literal);
    if (!value) {
      diags.error(c.pos, message("E273", quote(c.path), quote(literal)));
      return false;
    }
    c.number = *value;
  }
  if (c.op == Condition::Op::in) {
    diags.error(c.pos, message("E274", quote(c.path)));
    return false;
  }
  return true;
}

// A test on a choice: single, multiple or yes/no.
bool resolve_choice(Condition& c, const Question& q, const std::string& name, Diagnostics& diags) {
  const char* option_word = tr_message("une option de cette question", "option");
  if (is_comparison(c.op)) {
    diags.error(c.pos,
                message("E275", quote(c.path), to_string(c.op), quote(name), to_string(q.type)));
    return false;
  }
  switch (q.type) {
  case QuestionType::single:
    if (c.op == Condition::Op::has) {
      diags.error(c.pos, message("E276", quote(c.path)));
      return false;
    }
    return resolve_ids(c, q.options, option_word, diags);
  case QuestionType::multiple:
    if (c.op != Condition::Op::has) {
      diags.error(c.pos, message("E277", quote(c.path)));
      return false;
    }
    return resolve_ids(c, q.options, option_word, diags);
  case QuestionType::yesno:
    for (const auto& literal : c.literals) {
      if (literal != "yes" && literal != "no") {
        diags.error(c.pos, message("E278", quote(c.path), quote(literal)));
        return false;
      }
      c.choices.push_back(literal == "yes" ? 1 : 0);
    }
    if (c.op == Condition::Op::has) {
      diags.error(c.pos, message("E279", quote(c.path)));
      return false;
    }
    return true;
  default:
    diags.error(c.pos, message("E280", quote(c.path)));
    return false;
  }
}

// `budget` (all hours) or `budget.CATEGORY` (one category's hours).
bool resolve_budget(Condition& c, const std::string& rest, bool has_field,
                    const std::vector<Category>& categories, Diagnostics& diags) {
  if (c.op == Condition::Op::answered || c.op == Condition::Op::na) {
    diags.error(c.pos, message("E281", quote(c.path)));
    return false;
  }
  if (!has_field) {
    c.field = Condition::Field::budget_total;
    return resolve_numeric(c, diags);
  }
  std::vector<std::string> ids;
  for (size_t i = 0; i < categories.size(); ++i) {
    ids.push_back(categories[i].id);
    if (categories[i].id == rest) {
      c.task = static_cast<int>(i);
    }
  }
  if (c.task < 0) {
    diags.error(c.pos, message("E238", condition_on(c.path), quote(rest), did_you_mean(rest, ids)));
    return false;
  }
  c.field = Condition::Field::budget_category;
  return resolve_numeric(c, diags);
}

bool resolve_test(Condition& c, const Questionnaire& questionnaire,
                  const std::vector<Category>& categories, Diagnostics& diags) {
  std::string name = c.path;
  std::string rest;
  bool has_field = false; // "q." (a field left empty) is a field too, not "q"
  if (auto dot = name.find('.'); dot != std::string::npos) {
    rest = name.substr(dot + 1);
    name = name.substr(0, dot);
    has_field = true;
  }
  c.question = questionnaire.find_question(name);
  if (c.question < 0 && name == "budget") {
    return resolve_budget(c, rest, has_field, categories, diags);
  }
  if (c.question < 0) {
    diags.error(c.pos,
                message("E282", quote(name), did_you_mean(name, questionnaire.question_ids())));
    return false;
  }
  const Question& q = questionnaire.questions[static_cast<size_t>(c.question)];
  if (c.op == Condition::Op::answered || c.op == Condition::Op::na) {
    return true;
  }
  if (q.type == QuestionType::tasks) {
    if (rest.empty()) {
      diags.error(c.pos, message("E283", quote(name), name));
      return false;
    }
    if (rest == "hours" || rest == "delegable") {
      c.field = rest == "hours" ? Condition::Field::total_hours : Condition::Field::delegable_hours;
    } else {
      std::string task = rest;
      bool hours = false;
      if (auto dot = task.find('.'); dot != std::string::npos) {
        hours = task.substr(dot + 1) == "hours";
        if (!hours) {
          diags.error(c.pos, message("E284", quote(c.path), quote(task.substr(dot + 1))));
          return false;
        }
        task = task.substr(0, dot);
      }
      c.task = q.find_task(task);
      if (c.task < 0) {
        std::vector<std::string> ids;
        for (const auto& t : q.tasks) {
          ids.push_back(t.id);
        }
        diags.error(c.pos, message("E285", quote(name), quote(task), did_you_mean(task, ids)));
        return false;
      }
      c.field = hours ? Condition::Field::task_hours : Condition::Field::task_level;
    }
    if (c.field == Condition::Field::task_level) {
      if (is_comparison(c.op) || c.op == Condition::Op::has) {
        diags.error(c.pos, message("E286", quote(c.path)));
        return false;
      }
      return resolve_ids(c, q.levels,
                         tr_message("un niveau de délégation de ce tableau", "delegation level"),
                         diags);
    }
  } else if (has_field) {
    diags.error(c.pos, message("E287", quote(c.path), quote(name)));
    return false;
  }
  bool numeric = q.type == QuestionType::number || q.type == QuestionType::scale ||
                 c.field == Condition::Field::task_hours ||
                 c.field == Condition::Field::total_hours ||
                 c.field == Condition::Field::delegable_hours;
  if (q.type == QuestionType::budget) {
    diags.error(c.pos, message("E288", quote(c.path)));
    return false;
  }
  if (numeric) {
    return resolve_numeric(c, diags);
  }
  return resolve_choice(c, q, name, diags);
}

// The budget hours of a task table's rows, weighted by the chosen levels'
// shares when `delegable`.
double task_total(const Question& q, const Answer& a, const TimeBudget& budget, bool delegable) {
  double total = 0;
  for (size_t i = 0; i < q.tasks.size(); ++i) {
    double hours = budget.at(q.tasks[i].category);
    if (delegable) {
      int level = i < a.tasks.size() ? a.tasks[i].level : -1;
      hours *= level >= 0 ? q.levels[static_cast<size_t>(level)].share : 0;
    }
    total += hours;
  }
  return total;
}

bool compare(Condition::Op op, double value, double literal) {
  switch (op) {
  case Condition::Op::eq:
    return value == literal;
  case Condition::Op::ne:
    return value != literal;
  case Condition::Op::lt:
    return value < literal;
  case Condition::Op::le:
    return value <= literal;
  case Condition::Op::gt:
    return value > literal;
  case Condition::Op::ge:
    return value >= literal;
  default:
    return false;
  }
}

bool matches_choice(const Condition& c, int choice) {
  bool found = false;
  for (int index : c.choices) {
    found = found || index == choice;
  }
  return c.op == Condition::Op::ne ? !found : found;
}

bool evaluate_budget(const Condition& c, const TimeBudget* budget) {
  if (budget == nullptr || !budget->answered) {
    return false;
  }
  double hours = c.field == Condition::Field::budget_total ? budget->total() : budget->at(c.task);
  return compare(c.op, hours, c.number);
}

bool evaluate_test(const Condition& c, const Question& q, const Answer& a,
                   const TimeBudget* budget) {
  if (c.op == Condition::Op::na) {
    return a.state == AnswerState::na;
  }
  if (!a.given()) {
    return false;
  }
  if (c.op == Condition::Op::answered) {
    return true;
  }
  switch (c.field) {
  case Condition::Field::task_level: {
    int level = a.tasks.empty() ? -1 : a.tasks[static_cast<size_t>(c.task)].level;
    return level >= 0 && matches_choice(c, level);
  }
  case Condition::Field::task_hours:
    return budget != nullptr && budget->answered &&
           compare(c.op, budget->at(q.tasks[static_cast<size_t>(c.task)].category), c.number);
  case Condition::Field::total_hours:
    return budget != nullptr && budget->answered &&
           compare(c.op, task_total(q, a, *budget, false), c.number);
  case Condition::Field::delegable_hours:
    return budget != nullptr && budget->answered &&
           compare(c.op, task_total(q, a, *budget, true), c.number);
  case Condition::Field::budget_category:
  case Condition::Field::budget_total:
  case Condition::Field::value:
    break;
  }
  switch (q.type) {
  case QuestionType::number:
  case QuestionType::scale:
    return compare(c.op, a.number, c.number);
  case QuestionType::single:
  case QuestionType::yesno:
    return matches_choice(c, a.choice);
  case QuestionType::multiple:
    return (a.choices >> c.choices.front()) & 1U;
  default:
    return false;
  }
}

} // namespace

std::string_view to_string(Condition::Op op) {
  switch (op) {
  case Condition::Op::and_:
    return "and";
  case Condition::Op::or_:
    return "or";
  case Condition::Op::not_:
    return "not";
  case Condition::Op::eq:
    return "==";
  case Condition::Op::ne:
    return "!=";
  case Condition::Op::lt:
    return "<";
  case Condition::Op::le:
    return "<=";
  case Condition::Op::gt:
    return ">";
  case Condition::Op::ge:
    return ">=";
  case Condition::Op::in:
    return "in";
  case Condition::Op::has:
    return "has";
  case Condition::Op::answered:
    return "answered";
  case Condition::Op::na:
    return "na";
  }
  return "?";
}

void Condition::collect_questions(std::vector<int>& out) const {
  if (question >= 0) {
    out.push_back(question);
  }
  for (const auto& child : children) {
    child.collect_questions(out);
  }
}

void Condition::collect_questionnaires(std::vector<int>& out) const {
  if (children.empty()) {
    out.push_back(questionnaire);
  }
  for (const auto& child : children) {
    child.collect_questionnaires(out);
  }
}

std::optional<Condition> parse_condition(std::string_view text, SourcePos pos, Diagnostics& diags) {
  if (text.find_first_not_of(" \t\n") == std::string_view::npos) {
    diags.error(pos, message("E289"));
    return std::nullopt;
  }
  auto condition = Parser(text, pos, diags).parse();
  if (condition) {
    condition->text = std::string(text);
  }
  return condition;
}

bool resolve_condition(Condition& condition, const Questionnaire& questionnaire,
                       const std::vector<Category>& categories, Diagnostics& diags) {
  if (!condition.children.empty()) {
    bool ok = true;
    for (auto& child : condition.children) {
      ok = resolve_condition(child, questionnaire, categories, diags) && ok;
    }
    return ok;
  }
  return resolve_test(condition, questionnaire, categories, diags);
}

bool evaluate(const Condition& condition, const Questionnaire& questionnaire,
              const std::vector<Answer>& answers, const std::vector<char>& applicable,
              const TimeBudget* budget) {
  switch (condition.op) {
  case Condition::Op::and_:
    return evaluate(condition.children[0], questionnaire, answers, applicable, budget) &&
           evaluate(condition.children[1], questionnaire, answers, applicable, budget);
  case Condition::Op::or_:
    return evaluate(condition.children[0], questionnaire, answers, applicable, budget) ||
           evaluate(condition.children[1], questionnaire, answers, applicable, budget);
  case Condition::Op::not_:
    return !evaluate(condition.children[0], questionnaire, answers, applicable, budget);
  default:
    break;
  }
  if (condition.field == Condition::Field::budget_category ||
      condition.field == Condition::Field::budget_total) {
    return evaluate_budget(condition, budget);
  }
  auto index = static_cast<size_t>(condition.question);
  if (index >= answers.size() || !applicable[index]) {
    return false;
  }
  return evaluate_test(condition, questionnaire.questions[index], answers[index], budget);
}

std::optional<bool> evaluate_across(const Condition& condition,
                                    const std::vector<AnswersView>& views,
                                    const TimeBudget* budget) {
  switch (condition.op) {
  case Condition::Op::and_: {
    auto left = evaluate_across(condition.children[0], views, budget);
    auto right = evaluate_across(condition.children[1], views, budget);
    if ((left && !*left) || (right && !*right)) {
      return false;
    }
    return left && right ? std::optional<bool>(true) : std::nullopt;
  }
  case Condition::Op::or_: {
    auto left = evaluate_across(condition.children[0], views, budget);
    auto right = evaluate_across(condition.children[1], views, budget);
    if ((left && *left) || (right && *right)) {
      return true;
    }
    return left && right ? std::optional<bool>(false) : std::nullopt;
  }
  case Condition::Op::not_: {
    auto inner = evaluate_across(condition.children[0], views, budget);
    return inner ? std::optional<bool>(!*inner) : std::nullopt;
  }
  default:
    break;
  }
  if (condition.questionnaire < 0 || static_cast<size_t>(condition.questionnaire) >= views.size()) {
    return std::nullopt;
  }
  const AnswersView& view = views[static_cast<size_t>(condition.questionnaire)];
  if (view.answers == nullptr) {
    return std::nullopt;
  }
  return evaluate(condition, *view.questionnaire, *view.answers, *view.applicable, budget);
}

} // namespace medtime
