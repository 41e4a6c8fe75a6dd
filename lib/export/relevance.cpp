#include "export/relevance.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/diagnostics.h"

namespace medtime {

namespace {

using Op = Condition::Op;

// What differs between the two tools' expression languages.
struct Dialect {
  const char* tool; // in English, then in French
  const char* tool_fr;
  const char* and_;
  const char* or_;
  const char* not_open;  // "!(" or "not("
  const char* eq;        // "==" or "="
  const char* never;     // an always-false expression
  const char* yes; // the stored values of yes, no and "not applicable"
  const char* no;
  const char* na;
  // The value of a question or row, and whether it holds anything; `names`
  // is the tool's LimeCodes or XlsNames.
  std::string (*value)(const void* names, size_t questionnaire, int question, int row);
  std::string (*filled)(const std::string& value);
  std::string (*literal)(const std::string& text);
  // Whether option `option` of multiple choice `question` is ticked.
  std::string (*ticked)(const void* names, size_t questionnaire, int question, int option,
                        const std::string& option_id);
};

std::string comparison(Op op, const Dialect& d) {
  switch (op) {
  case Op::eq:
    return d.eq;
  case Op::ne:
    return "!=";
  case Op::lt:
    return "<";
  case Op::le:
    return "<=";
  case Op::gt:
    return ">";
  default:
    return ">=";
  }
}

std::string number_text(double value) {
  return fmt::format("{}", value);
}

class Translator {
public:
  // Per questionnaire of `set`, per question, the codes of its options
  // and of its levels.
  using Codes = std::vector<std::vector<std::vector<std::string>>>;

  Translator(const QuestionnaireSet& set, size_t index, const void* names, const Dialect& d,
             const Codes* option_codes, const Codes* level_codes)
      : m_set(set), m_index(index), m_names(names), m_d(d), m_options(option_codes),
        m_levels(level_codes) {}

  std::string operator()(const Condition& c) const {
    switch (c.op) {
    case Op::and_:
    case Op::or_:
      return fmt::format("({} {} {})", (*this)(c.children[0]), c.op == Op::and_ ? m_d.and_ : m_d.or_,
                         (*this)(c.children[1]));
    case Op::not_:
      return fmt::format("{}{})", m_d.not_open, (*this)(c.children[0]));
    default:
      return test(c);
    }
  }

private:
  const Questionnaire& questionnaire() const { return m_set.items()[m_index]; }
  // The questionnaire a test reads: its own, or the one an `asked_when`
  // test names first.
  size_t read_by(const Condition& c) const {
    return c.questionnaire >= 0 ? static_cast<size_t>(c.questionnaire) : m_index;
  }

  // A condition on the time budget's hours, which the survey cannot add up.
  [[noreturn]] void no_equivalent(const Condition& c) const {
    throw Error(questionnaire().file, c.pos,
                message("E443", quote(c.path), tr_message(m_d.tool_fr, m_d.tool)));
  }

  // The code (LimeSurvey) or name (XLSForm) of choice `index` of the test.
  std::string choice_literal(const Condition& c, const Question& q, int index) const {
    if (q.type == QuestionType::yesno) {
      return m_d.literal(index == 1 ? m_d.yes : m_d.no);
    }
    const auto& table = c.field == Condition::Field::task_level ? *m_levels : *m_options;
    return m_d.literal(
        table[read_by(c)][static_cast<size_t>(c.question)][static_cast<size_t>(index)]);
  }

  // "holds something other than na".
  std::string given(const std::string& value) const {
    return fmt::format("({} {} {} != {})", m_d.filled(value), m_d.and_, value, m_d.literal(m_d.na));
  }

  std::string test(const Condition& c) const {
    if (c.field == Condition::Field::budget_category || c.field == Condition::Field::budget_total ||
        c.field == Condition::Field::task_hours || c.field == Condition::Field::total_hours ||
        c.field == Condition::Field::delegable_hours) {
      no_equivalent(c);
    }
    size_t qn = read_by(c);
    const Question& q = m_set.items()[qn].questions[static_cast<size_t>(c.question)];
    bool rows = q.type == QuestionType::tasks || q.type == QuestionType::budget;
    if (c.op == Op::na) {
      if (q.type != QuestionType::single && q.type != QuestionType::scale) {
        return m_d.never; // the survey offers "not applicable" on lists only
      }
      return fmt::format("{} {} {}", value(qn, c.question, -1), m_d.eq, m_d.literal(m_d.na));
    }
    if (c.op == Op::answered) {
      return answered(q, qn, c.question);
    }
    if (q.type == QuestionType::multiple) {
      return ticked(q, qn, c.question, c.choices.front());
    }
    std::string v = value(qn, c.question, rows ? c.task : -1);
    if (c.op == Op::eq || c.op == Op::in || c.op == Op::ne) {
      std::vector<std::string> parts;
      for (int choice : c.choices) {
        parts.push_back(fmt::format("{} {} {}", v, m_d.eq, choice_literal(c, q, choice)));
      }
      if (parts.empty()) { // a number or scale compared with ==
        parts.push_back(fmt::format("{} {} {}", v, m_d.eq, number_text(c.number)));
      }
      std::string any = parts.size() == 1 ? parts[0]
                                          : fmt::format("({})", fmt::join(parts, fmt::format(" {} ", m_d.or_)));
      if (c.op != Op::ne) {
        return any;
      }
      return fmt::format("({} {} {}{}))", given(v), m_d.and_, m_d.not_open, any);
    }
    return fmt::format("({} {} {} {} {})", given(v), m_d.and_, v, comparison(c.op, m_d),
                       number_text(c.number));
  }

  std::string ticked(const Question& q, size_t qn, int question, int option) const {
    return m_d.ticked(m_names, qn, question, option, q.options[static_cast<size_t>(option)].id);
  }

  std::string value(size_t qn, int question, int row) const {
    return m_d.value(m_names, qn, question, row);
  }

  std::string answered(const Question& q, size_t qn, int question) const {
    std::vector<std::string> parts;
    if (q.type == QuestionType::multiple) {
      for (size_t o = 0; o < q.options.size(); ++o) {
        parts.push_back(ticked(q, qn, question, static_cast<int>(o)));
      }
    } else if (q.type == QuestionType::tasks || q.type == QuestionType::budget) {
      for (size_t r = 0; r < q.tasks.size(); ++r) {
        parts.push_back(m_d.filled(value(qn, question, static_cast<int>(r))));
      }
    } else {
      return given(value(qn, question, -1));
    }
    return parts.empty() ? std::string(m_d.never)
                         : fmt::format("({})", fmt::join(parts, fmt::format(" {} ", m_d.or_)));
  }

  const QuestionnaireSet& m_set;
  size_t m_index;
  const void* m_names;
  const Dialect& m_d;
  const Codes* m_options;
  const Codes* m_levels;
};

// Whether every test of `condition` reads a questionnaire of the set.
bool reads_the_set(const Condition& condition) {
  std::vector<int> named;
  condition.collect_questionnaires(named);
  return std::none_of(named.begin(), named.end(), [](int k) { return k < 0; });
}

const LimeCodes& lime(const void* names) {
  return *static_cast<const LimeCodes*>(names);
}

const XlsNames& xls(const void* names) {
  return *static_cast<const XlsNames*>(names);
}

const Dialect k_limesurvey{
    "a LimeSurvey relevance equation", "une équation de pertinence LimeSurvey",
    "and", "or", "!(", "==", "0", "Y", "N", k_limesurvey_na,
    [](const void* names, size_t qn, int question, int row) {
      const auto& c = lime(names).questions[qn][static_cast<size_t>(question)];
      return row < 0 ? c.code + ".NAOK"
                     : fmt::format("{}_{}.NAOK", c.code, c.rows[static_cast<size_t>(row)]);
    },
    [](const std::string& value) { return fmt::format("!is_empty({})", value); },
    [](const std::string& text) {
      return fmt::format("\"{}\"", text);
    },
    [](const void* names, size_t qn, int question, int option, const std::string&) {
      const auto& c = lime(names).questions[qn][static_cast<size_t>(question)];
      return fmt::format("{}_{}.NAOK == \"Y\"", c.code, c.options[static_cast<size_t>(option)]);
    }};

const Dialect k_xlsform{
    "an XLSForm relevant", "une condition relevant XLSForm",
    "and", "or", "not(", "=", "false()", "yes", "no", "na",
    [](const void* names, size_t qn, int question, int row) {
      const auto& n = xls(names).questions[qn][static_cast<size_t>(question)];
      return fmt::format("${{{}}}", row < 0 ? n.name : n.rows[static_cast<size_t>(row)]);
    },
    [](const std::string& value) { return fmt::format("{} != ''", value); },
    [](const std::string& text) { return fmt::format("'{}'", text); },
    [](const void* names, size_t qn, int question, int, const std::string& option_id) {
      const auto& n = xls(names).questions[qn][static_cast<size_t>(question)];
      return fmt::format("selected(${{{}}}, '{}')", n.name, option_id);
    }};

} // namespace

namespace {

Translator::Codes lime_codes(const LimeCodes& codes, bool levels) {
  Translator::Codes out;
  for (const auto& questionnaire : codes.questions) {
    auto& q = out.emplace_back();
    for (const auto& c : questionnaire) {
      q.push_back(levels ? c.levels : c.options);
    }
  }
  return out;
}

// XLSForm choices are named after the option and level ids themselves.
Translator::Codes xls_codes(const QuestionnaireSet& set, bool levels) {
  Translator::Codes out;
  for (const auto& qn : set.items()) {
    auto& codes = out.emplace_back();
    for (const auto& q : qn.questions) {
      auto& c = codes.emplace_back();
      if (levels) {
        for (const auto& level : q.levels) {
          c.push_back(level.id);
        }
      } else {
        for (const auto& option : q.options) {
          c.push_back(option.id);
        }
      }
    }
  }
  return out;
}

} // namespace

std::string limesurvey_relevance(const Condition& condition, const QuestionnaireSet& set,
                                 size_t index, const LimeCodes& codes) {
  Translator::Codes options = lime_codes(codes, false), levels = lime_codes(codes, true);
  return Translator(set, index, &codes, k_limesurvey, &options, &levels)(condition);
}

std::string xlsform_relevant(const Condition& condition, const QuestionnaireSet& set, size_t index,
                             const XlsNames& names) {
  Translator::Codes options = xls_codes(set, false), levels = xls_codes(set, true);
  return Translator(set, index, &names, k_xlsform, &options, &levels)(condition);
}

std::string limesurvey_asked_when(const QuestionnaireSet& set, size_t index,
                                  const LimeCodes& codes) {
  const auto& when = set.items()[index].asked_when;
  return when && reads_the_set(*when) ? limesurvey_relevance(*when, set, index, codes) : "1";
}

std::string xlsform_asked_when(const QuestionnaireSet& set, size_t index, const XlsNames& names) {
  const auto& when = set.items()[index].asked_when;
  return when && reads_the_set(*when) ? xlsform_relevant(*when, set, index, names) : "";
}

} // namespace medtime
