// `medtime show`: a questionnaire as text for a terminal (its width) or as
// Markdown to print, with each `when:` in words.
#include "show/questionnaire_render.h"
#include "util/terminal.h"

#include <fmt/format.h>

#include "render/markdown.h"
#include "render/number.h"
#include "render/style.h"
#include "render/wrap.h"

namespace medtime {

namespace {


std::string number_text(double value, Lang lang) {
  return value == static_cast<long long>(value) ? fmt::format("{}", static_cast<long long>(value))
                                                : format_number(value, 2, lang);
}

} // namespace

std::string bounds_text(const Question& q, Lang lang) {
  std::string unit = q.unit.empty() ? "" : " " + q.unit.get(lang);
  if (q.has_min && q.has_max) {
    return fmt::format("{} {} {} {}{}", tr(lang, "de", "from"), number_text(q.min, lang),
                       tr(lang, "à", "to"), number_text(q.max, lang), unit);
  }
  return unit;
}

namespace {

// « label » of option or level `index` of a list.
template <typename Items>
std::string quoted_label(const Items& items, int index, Lang lang) {
  const std::string& label = items[static_cast<size_t>(index)].label.get(lang);
  return lang == Lang::fr ? "«\u00a0" + label + "\u00a0»" : "\u201c" + label + "\u201d";
}

// "« a », « b » or « c »".
template <typename Items>
std::string choice_list(const Items& items, const std::vector<int>& choices, Lang lang) {
  std::string out;
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) {
      out += i + 1 == choices.size() ? tr(lang, " ou ", " or ") : ", ";
    }
    out += quoted_label(items, choices[i], lang);
  }
  return out;
}

std::string comparison_text(Condition::Op op) {
  switch (op) {
  case Condition::Op::lt:
    return "<";
  case Condition::Op::le:
    return "≤";
  case Condition::Op::gt:
    return ">";
  case Condition::Op::ge:
    return "≥";
  case Condition::Op::ne:
    return "≠";
  default:
    return "=";
  }
}

// A test of a `when:` in words, referring to questions by their number.
std::string describe_test(const Condition& c, const Questionnaire& questionnaire, Lang lang) {
  std::string number = fmt::format("{}", c.number);
  if (c.field == Condition::Field::budget_total) {
    return fmt::format("{} {} {}", tr(lang, "budget temps : total des heures", "time budget: total hours"),
                       comparison_text(c.op), number);
  }
  if (c.field == Condition::Field::budget_category) {
    std::string category = c.path.substr(c.path.find('.') + 1);
    return fmt::format("{} «\u00a0{}\u00a0» {} {}",
                       tr(lang, "budget temps : heures de", "time budget: hours of"), category,
                       comparison_text(c.op), number);
  }
  const Question& q = questionnaire.questions[static_cast<size_t>(c.question)];
  std::string subject = fmt::format("{} {}", tr(lang, "question", "question"), c.question + 1);
  switch (c.op) {
  case Condition::Op::answered:
    return subject + tr(lang, " répondue", " answered");
  case Condition::Op::na:
    return subject + tr(lang, " «\u00a0sans objet\u00a0»", " \"not applicable\"");
  default:
    break;
  }
  switch (c.field) {
  case Condition::Field::task_level:
    return fmt::format("{}, {} {} {}", subject, quoted_label(q.tasks, c.task, lang),
                       c.op == Condition::Op::ne ? "≠" : "=", choice_list(q.levels, c.choices, lang));
  case Condition::Field::task_hours:
    return fmt::format("{}, {} : {} {} {}", subject, quoted_label(q.tasks, c.task, lang),
                       tr(lang, "heures", "hours"), comparison_text(c.op), number);
  case Condition::Field::total_hours:
  case Condition::Field::delegable_hours:
    return fmt::format("{} : {} {} {}", subject,
                       c.field == Condition::Field::total_hours
                           ? tr(lang, "total des heures", "total hours")
                           : tr(lang, "heures à déléguer", "hours to delegate"),
                       comparison_text(c.op), number);
  case Condition::Field::budget_category:
  case Condition::Field::budget_total:
  case Condition::Field::value:
    break;
  }
  switch (q.type) {
  case QuestionType::single:
    return fmt::format("{} {} {}", subject, c.op == Condition::Op::ne ? "≠" : "=",
                       choice_list(q.options, c.choices, lang));
  case QuestionType::multiple:
    return fmt::format("{} {} {}", subject, tr(lang, "inclut", "includes"),
                       choice_list(q.options, c.choices, lang));
  case QuestionType::yesno:
    return fmt::format("{} {} {}", subject, c.op == Condition::Op::ne ? "≠" : "=",
                       c.choices.front() == 1 ? tr(lang, "«\u00a0oui\u00a0»", "\"yes\"")
                                              : tr(lang, "«\u00a0non\u00a0»", "\"no\""));
  default:
    return fmt::format("{} {} {}", subject, comparison_text(c.op), number);
  }
}

} // namespace

std::string describe_condition(const Condition& c, const Questionnaire& questionnaire, Lang lang) {
  switch (c.op) {
  case Condition::Op::and_:
  case Condition::Op::or_: {
    const char* word = c.op == Condition::Op::and_ ? tr(lang, " et ", " and ") : tr(lang, " ou ", " or ");
    std::string out;
    for (const auto& child : c.children) {
      bool nested = !child.children.empty() && child.op != c.op && child.op != Condition::Op::not_;
      std::string part = describe_condition(child, questionnaire, lang);
      out += (out.empty() ? "" : word) + (nested ? "(" + part + ")" : part);
    }
    return out;
  }
  case Condition::Op::not_:
    return fmt::format("{} ({})", tr(lang, "non", "not"),
                       describe_condition(c.children.front(), questionnaire, lang));
  default:
    return describe_test(c, questionnaire, lang);
  }
}

namespace {

void render_question(std::string& out, const Questionnaire& questionnaire, size_t index,
                     bool markdown, Lang lang, const Style& style, size_t width) {
  const Question& q = questionnaire.questions[index];
  std::string number = fmt::format("{}.", index + 1);
  std::string indent = markdown ? "" : "   ";
  if (markdown) {
    out += fmt::format("**{} {}** `{}`\n", number, markdown_line(q.text.get(lang)), q.id);
  } else {
    // Continuation lines align under the text, after the number.
    std::string aligned = wrap_hanging(q.text.get(lang), number + " ", indent.size(), width);
    aligned.pop_back(); // the last newline
    // The id after the text, or under it when the last line has no room.
    size_t last_line = aligned.rfind('\n');
    size_t last_width = display_width(last_line == std::string::npos ? aligned : aligned.substr(last_line + 1));
    bool fits = last_width + 3 + q.id.size() <= width;
    out += style.bold(aligned) + (fits ? " " : "\n" + indent) + style.dim("[" + q.id + "]") + "\n";
  }
  if (q.when) {
    std::string condition = fmt::format("{} {}", tr(lang, "Seulement si\u00a0:", "Only if:"),
                                        describe_condition(*q.when, questionnaire, lang));
    out += markdown ? "_" + markdown_line(condition) + "_\n" : wrap_text(condition, width, indent) + "\n";
  }
  if (!q.help.empty()) {
    out += markdown ? "> " + markdown_line(q.help.get(lang)) + "\n\n"
                    : style.dim(wrap_text(q.help.get(lang), width, indent)) + "\n";
  }
  std::string bullet = markdown ? "- " : indent + "  ";
  switch (q.type) {
  case QuestionType::single:
  case QuestionType::multiple:
    if (q.type == QuestionType::multiple) {
      out += indent + tr(lang, "(plusieurs réponses possibles)", "(several answers possible)") + "\n";
    }
    for (const auto& o : q.options) {
      std::string box = markdown || q.type == QuestionType::multiple ? "☐ " : "○ ";
      out += markdown ? bullet + box + markdown_line(o.label.get(lang)) + "\n"
                      : wrap_hanging(o.label.get(lang), bullet + box, bullet.size() + 2, width);
    }
    break;
  case QuestionType::scale: {
    out += fmt::format("{}{} {} → {}\n", indent, tr(lang, "Échelle", "Scale"),
                       number_text(q.min, lang), number_text(q.max, lang));
    for (const auto& [point, text] : q.anchors) {
      out += markdown ? fmt::format("{}{} = {}\n", bullet, point, markdown_line(text.get(lang)))
                      : wrap_hanging(fmt::format("{} = {}", point, text.get(lang)), bullet,
                                     bullet.size() + 4, width);
    }
    break;
  }
  case QuestionType::yesno:
    out += fmt::format("{}{} / {}\n", bullet, tr(lang, "☐ Oui", "☐ Yes"), tr(lang, "☐ Non", "☐ No"));
    break;
  case QuestionType::number:
    out += wrap_hanging(fmt::format("{} ______ {}", tr(lang, "Réponse :", "Answer:"), bounds_text(q, lang)),
                        indent, indent.size() + 2, width);
    break;
  case QuestionType::text:
    out += fmt::format("{}{} ____________________\n", indent, tr(lang, "Réponse :", "Answer:"));
    break;
  case QuestionType::tasks: {
    std::string levels;
    for (const auto& l : q.levels) {
      levels += (levels.empty() ? "" : " / ") + (markdown ? markdown_line(l.label.get(lang)) : l.label.get(lang));
    }
    if (markdown) {
      out += fmt::format("\n| {} | {} |\n|---|---|\n", tr(lang, "tâche", "task"), levels);
      for (const auto& t : q.tasks) {
        out += fmt::format("| {} | |\n", markdown_line(t.label.get(lang)));
      }
    } else {
      out += wrap_text(fmt::format("{} ({} {})",
                                   tr(lang, "Pour chaque tâche : la déléguer ?",
                                      "For each task: delegate it?"),
                                   tr(lang, "choix :", "choices:"), levels),
                       width, indent) +
             "\n";
      for (const auto& t : q.tasks) {
        out += wrap_hanging(t.label.get(lang) + " ____", bullet + "- ", bullet.size() + 2, width);
      }
    }
    break;
  }
  case QuestionType::budget:
    if (markdown) {
      out += fmt::format("\n| {} | {} | {} |\n|---|---|---|\n", tr(lang, "catégorie", "category"),
                         tr(lang, "ce qu'elle compte", "what it counts"), tr(lang, "h/semaine", "h/week"));
      for (const auto& t : q.tasks) {
        std::string help;
        if (t.category >= 0 && static_cast<size_t>(t.category) < questionnaire.categories.size()) {
          help = markdown_line(questionnaire.categories[static_cast<size_t>(t.category)].help.get(lang));
        }
        out += fmt::format("| {} | {} | |\n", markdown_line(t.label.get(lang)), help);
      }
    } else {
      out += wrap_text(tr(lang, "Pour chaque catégorie : vos heures par semaine.",
                          "For each category: your hours per week."),
                       width, indent) +
             "\n";
      for (const auto& t : q.tasks) {
        out += wrap_hanging(t.label.get(lang) + " ____\u00a0h", bullet + "- ", bullet.size() + 2, width);
        // What to count in the row, so that no hour fits two rows.
        if (t.category >= 0 && static_cast<size_t>(t.category) < questionnaire.categories.size()) {
          const LocalText& help = questionnaire.categories[static_cast<size_t>(t.category)].help;
          if (!help.empty()) {
            out += style.dim(wrap_text(help.get(lang), width, bullet + "    ")) + "\n";
          }
        }
      }
    }
    break;
  }
  out += "\n";
}

} // namespace

std::string render_questionnaire(const Questionnaire& q, bool markdown, Lang lang,
                                 const Style& style, size_t width) {
  std::string out;
  if (markdown) {
    out += fmt::format("# {}\n\n", markdown_line(q.title.get(lang)));
  } else {
    out += style.bold(wrap_text(q.title.get(lang), width)) + "\n";
  }
  out += fmt::format("{}{} · {} {} · {} {}\n\n", markdown ? "_" : "",
                     markdown ? markdown_line(q.id) : q.id,
                     tr(lang, "version", "version"), q.version, q.questions.size(),
                     tr(lang, "questions", "questions"));
  if (markdown) {
    out.insert(out.size() - 2, "_");
  }
  if (!q.intro.empty()) {
    out += (markdown ? markdown_escape(q.intro.get(lang)) : wrap_text(q.intro.get(lang), width)) + "\n\n";
  }
  for (const auto& section : q.sections) {
    std::string title = section.title.get(lang);
    if (markdown) {
      out += fmt::format("## {}\n\n", markdown_line(title));
    } else {
      std::string lines = wrap_text(title, width);
      out += style.cyan(lines) + "\n";
      size_t last = lines.rfind('\n');
      size_t rule = display_width(last == std::string::npos ? lines : lines.substr(last + 1));
      for (size_t i = 0; i < rule; ++i) {
        out += "─";
      }
      out += "\n\n";
    }
    if (!section.intro.empty()) {
      out += (markdown ? markdown_escape(section.intro.get(lang))
                       : wrap_text(section.intro.get(lang), width)) +
             "\n\n";
    }
    for (int i = 0; i < section.question_count; ++i) {
      render_question(out, q, static_cast<size_t>(section.first_question + i), markdown, lang, style,
                      width);
    }
  }
  return visible_controls(out, style.color());
}

} // namespace medtime
