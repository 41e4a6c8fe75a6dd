// `medtime template`: a blank answers file, each question preceded by YAML
// comments that say what it asks and how to answer it.
#include "show/questionnaire_render.h"

#include <fmt/format.h>

namespace medtime {

namespace {

// `text` with every YAML line break (CR, CRLF, NEL, LS, PS) turned into LF:
// a break that is not LF would end a `#` comment and leak into the data.
std::string unify_breaks(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view rest = text.substr(i);
    if (rest.substr(0, 2) == "\r\n") {
      continue; // the \n follows
    }
    if (rest[0] == '\r') {
      out += '\n';
    } else if (rest.substr(0, 2) == "\xC2\x85") {
      out += '\n';
      i += 1;
    } else if (rest.substr(0, 3) == "\xE2\x80\xA8" || rest.substr(0, 3) == "\xE2\x80\xA9") {
      out += '\n';
      i += 2;
    } else {
      out += rest[0];
    }
  }
  return out;
}

// `text` on one line (breaks as spaces), for a label inside a comment.
std::string one_line(std::string_view text) {
  std::string out = unify_breaks(text);
  for (char& c : out) {
    c = c == '\n' ? ' ' : c;
  }
  return out;
}

// `text` as YAML comment lines at `indent`.
std::string comment(std::string_view text, const std::string& indent) {
  std::string out = indent + "# ";
  for (char c : unify_breaks(text)) {
    out += c;
    if (c == '\n') {
      out += indent + "# ";
    }
  }
  return out + "\n";
}

std::string option_ids(const Question& q) {
  std::string out;
  for (const auto& o : q.options) {
    out += (out.empty() ? "" : " | ") + o.id;
  }
  return out;
}

} // namespace

std::string answer_hint(const Question& q, Lang lang) {
  switch (q.type) {
  case QuestionType::single:
    return fmt::format("{} {}", tr(lang, "une réponse parmi :", "one of:"), option_ids(q));
  case QuestionType::multiple:
    return fmt::format("{} [{}]", tr(lang, "une liste parmi :", "a list of:"), option_ids(q));
  case QuestionType::scale:
    // A scale's ends are whole numbers (the loader checks it).
    return fmt::format("{} {} {} {}", tr(lang, "un entier de", "a whole number from"),
                       static_cast<long long>(q.min), tr(lang, "à", "to"),
                       static_cast<long long>(q.max));
  case QuestionType::yesno:
    return tr(lang, "yes ou no", "yes or no");
  case QuestionType::number:
    return fmt::format("{}{}", q.integer ? tr(lang, "un entier", "a whole number")
                                         : tr(lang, "un nombre", "a number"),
                       q.has_min || !q.unit.empty() ? " " + bounds_text(q, lang) : "");
  case QuestionType::text:
    return tr(lang, "texte libre", "free text");
  case QuestionType::tasks: {
    std::string levels;
    for (const auto& l : q.levels) {
      levels += (levels.empty() ? "" : " | ") + l.id;
    }
    return fmt::format("{} {}", tr(lang, "par tâche :", "per task:"), levels);
  }
  case QuestionType::budget:
    return tr(lang, "par catégorie : vos heures par semaine", "per category: your hours per week");
  }
  return {};
}

std::string render_template(const QuestionnaireSet& set, const std::string& date, Lang lang) {
  std::string out;
  out += tr(lang,
            "# Fichier de réponses medtime. Remplissez les réponses après les deux-points,\n"
            "# laissez vide ce que vous ne savez pas, écrivez na si la question ne vous concerne pas.\n"
            "# Puis : medtime score CE_FICHIER   ou   medtime report CE_FICHIER\n",
            "# medtime answers file. Fill in the answers after the colons, leave blank what\n"
            "# you do not know, write na when a question does not apply to you.\n"
            "# Then: medtime score THIS_FILE   or   medtime report THIS_FILE\n");
  out += "respondent:\n  id:\n  specialty:\n  practice:\n";
  out += fmt::format("date: {}\n", date);
  out += "answers:\n";
  for (const auto& q : set.items()) {
    out += fmt::format("\n  # {} — {}\n", q.id, one_line(q.title.get(lang)));
    out += fmt::format("  {}:\n    version: {}\n", q.id, q.version);
    for (const auto& section : q.sections) {
      out += fmt::format("\n    # == {} ==\n", one_line(section.title.get(lang)));
      for (int i = 0; i < section.question_count; ++i) {
        const Question& question = q.questions[static_cast<size_t>(section.first_question + i)];
        out += comment(question.text.get(lang), "    ");
        if (question.type == QuestionType::single || question.type == QuestionType::multiple) {
          for (const auto& o : question.options) {
            out += fmt::format("    #   {}: {}\n", o.id, one_line(o.label.get(lang)));
          }
        }
        out += fmt::format("    #   → {}\n", answer_hint(question, lang));
        if (question.type == QuestionType::tasks || question.type == QuestionType::budget) {
          out += fmt::format("    {}:\n", question.id);
          for (const auto& t : question.tasks) {
            // What a budget row counts, so that no hour goes in two rows.
            if (question.type == QuestionType::budget && t.category >= 0 &&
                static_cast<size_t>(t.category) < q.categories.size() &&
                !q.categories[static_cast<size_t>(t.category)].help.empty()) {
              out += comment(q.categories[static_cast<size_t>(t.category)].help.get(lang), "      ");
            }
            out += fmt::format("      {}:   # {}\n", t.id, one_line(t.label.get(lang)));
          }
        } else {
          out += fmt::format("    {}:\n", question.id);
        }
      }
    }
  }
  return out;
}

} // namespace medtime
