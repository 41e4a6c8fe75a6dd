#include "ask/prompt.h"
#include "util/terminal.h"

#include <algorithm>
#include <fmt/format.h>

#include "ask/duration.h"
#include "ask/wording.h"
#include "render/wrap.h"

namespace medtime::ask {

namespace {

using Kind = Step::Kind;

std::string line(std::string_view text, const ScreenOptions& o, std::string_view indent = {}) {
  return wrap_text(text, o.width, indent) + "\n";
}

bool na_offered(const Interview& iv) {
  const Step& s = iv.step();
  return s.kind == Kind::question || s.task == 0;
}

std::string na_hint(const Interview& iv, Lang lang) {
  if (!na_offered(iv)) {
    return {};
  }
  if (iv.step().kind != Kind::question) {
    return tr(lang, "\u00a0; na si tout ce tableau ne vous concerne pas",
              "; na if this whole table does not concern you");
  }
  if (iv.question(iv.step()).type == QuestionType::text) {
    return {};
  }
  return tr(lang, "\u00a0; na si la question ne vous concerne pas",
            "; na if the question does not concern you");
}

std::string unit_suffix(const Question& q, Lang lang) {
  return q.unit.empty() ? "" : " " + q.unit.get(lang);
}

// Two option numbers that can go together ("1 3"), skipping options that
// cannot be combined ("none"): an example the question accepts.
std::string multiple_example(const Question& q) {
  std::vector<std::string> numbers;
  for (size_t i = 0; i < q.options.size() && numbers.size() < 2; ++i) {
    if (!q.options[i].exclusive) {
      numbers.push_back(std::to_string(i + 1));
    }
  }
  if (numbers.empty()) {
    return "1";
  }
  return numbers.size() == 1 ? numbers[0] : numbers[0] + " " + numbers[1];
}

// What to type at the current step.
std::string type_hint(const Interview& iv, Lang lang) {
  const Step& s = iv.step();
  if (s.kind == Kind::respondent) {
    return iv.has_answer() ? tr(lang, "Texte libre", "Free text")
                           : tr(lang, "Texte libre\u00a0; Entrée pour laisser vide",
                                "Free text; Enter to leave it empty");
  }
  if (s.kind == Kind::date) {
    return say(lang, "AAAA-MM-JJ ou JJ/MM/AAAA\u00a0; Entrée pour {}",
               "YYYY-MM-DD or DD/MM/YYYY; Enter for {}",
               iv.has_answer() ? iv.assessment().date : iv.today());
  }
  const Question& q = iv.question(s);
  std::string na = na_hint(iv, lang);
  if (s.kind == Kind::task_hours) {
    return say(lang, "Heures par semaine, de 0 à {} (0 si vous ne la faites pas){}",
               "Hours per week, from 0 to {} (0 if you do not do it){}",
               short_number(q.task_hours_max, lang), na);
  }
  if (s.kind == Kind::task_level) {
    return say(lang, "Le numéro de votre réponse (1 à {}){}", "The number of your answer (1 to {}){}",
               q.levels.size(), na);
  }
  switch (q.type) {
  case QuestionType::single:
    return say(lang, "Le numéro de votre réponse (1 à {}){}", "The number of your answer (1 to {}){}",
               q.options.size(), na);
  case QuestionType::multiple:
    return say(lang, "Un ou plusieurs numéros, séparés par des espaces (par exemple {}){}",
               "One or more numbers, separated by spaces (for example {}){}", multiple_example(q), na);
  case QuestionType::scale:
    return say(lang, "Un nombre entier de {} à {}{}", "A whole number from {} to {}{}",
               short_number(q.min, lang), short_number(q.max, lang), na);
  case QuestionType::yesno:
    return say(lang, "o (oui) ou n (non){}", "y (yes) or n (no){}", na);
  case QuestionType::number: {
    std::string range;
    if (q.has_min && q.has_max) {
      range = say(lang, " de {} à {}", " from {} to {}", short_number(q.min, lang),
                  short_number(q.max, lang));
    } else if (q.has_min) {
      range = say(lang, " d'au moins {}", " of at least {}", short_number(q.min, lang));
    } else if (q.has_max) {
      range = say(lang, " d'au plus {}", " of at most {}", short_number(q.max, lang));
    }
    std::string unit = q.unit.empty() ? ""
                       : range.empty() ? " (" + q.unit.get(lang) + ")"
                                       : " " + q.unit.get(lang);
    return say(lang, "{}{}{}{}", "{}{}{}{}",
               q.integer ? tr(lang, "Un nombre entier", "A whole number")
                         : tr(lang, "Un nombre", "A number"),
               range, unit, na);
  }
  case QuestionType::text:
    return iv.has_answer() ? tr(lang, "Texte libre\u00a0; na si la question ne vous concerne pas",
                                "Free text; na if the question does not concern you")
                           : tr(lang, "Texte libre\u00a0; Entrée pour laisser vide",
                                "Free text; Enter to leave it empty");
  case QuestionType::tasks:
  case QuestionType::budget:
    break;
  }
  return {};
}

std::string keys_line(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  // A no-break space keeps each "·" at the end of its line.
  std::string sep = o.plain ? ", " : "\u00a0· ";
  std::string out = o.plain ? tr(lang, "Touches\u00a0: ", "Keys: ") : "";
  if (iv.has_answer()) {
    out += tr(lang, "Entrée garder", "Enter keep") + sep;
  } else if (iv.previous_value()) {
    out += tr(lang, "Entrée comme la dernière fois", "Enter as last time") + sep;
  }
  out += tr(lang, "< retour", "< back") + sep;
  if (iv.step().kind != Kind::date) {
    out += tr(lang, "s passer", "s skip") + sep;
  }
  out += tr(lang, "? aide", "? help") + sep;
  out += tr(lang, "m sections", "m sections") + sep;
  out += tr(lang, "q enregistrer et quitter", "q save and quit");
  return out;
}

std::string respondent_question(int field, Lang lang) {
  switch (field) {
  case 0:
    return tr(lang, "Un identifiant pour vous retrouver dans vos fichiers (par exemple dr-martin)\u00a0:",
              "An identifier to find you in your files (for example dr-martin):");
  case 1:
    return tr(lang, "Votre spécialité (par exemple médecine générale)\u00a0:",
              "Your specialty (for example general practice):");
  default:
    return tr(lang, "Votre mode d'exercice (par exemple seul, en groupe, en maison de santé)\u00a0:",
              "How you practise (for example alone, in a group, in a health centre):");
  }
}

std::string welcome(const Interview& iv, const ScreenOptions& o) {
  Progress p = iv.progress();
  size_t questionnaires = 0;
  int last = -2;
  for (const auto& s : iv.steps()) {
    if (s.response >= 0 && s.response != last) {
      ++questionnaires;
      last = s.response;
    }
  }
  int minutes = estimated_minutes(estimated_seconds(iv, -1, o.lang));
  return say(o.lang,
             "Auto-diagnostic medtime\u00a0: {} questionnaire{}, {} étapes, environ {} minutes. "
             "Chaque réponse est enregistrée aussitôt dans {}\u00a0: vous pouvez vous arrêter à "
             "tout moment (q) et reprendre plus tard.",
             "medtime self-audit: {} questionnaire{}, {} steps, about {} minutes. Each answer is "
             "saved at once in {}: you can stop at any time (q) and resume later.",
             questionnaires, questionnaires > 1 ? "s" : "", p.total, minutes, o.file);
}

// `text` ending with a full stop unless it ends with punctuation already.
std::string sentence(const std::string& text) {
  for (std::string_view mark : {".", "?", "!", "…", ":"}) {
    if (text.size() >= mark.size() && text.compare(text.size() - mark.size(), mark.size(), mark) == 0) {
      return text;
    }
  }
  return text + ".";
}

// "Délégation 3/12 · 41/84": the step in its questionnaire and overall.
// The name is left out when it is the title, on the same line already.
std::string progress_text(const Interview& iv, Lang lang) {
  Progress p = iv.progress();
  const Questionnaire& q = iv.questionnaire(iv.step());
  std::string name = q.name.empty() ? "" : q.short_name(lang) + " ";
  return fmt::format("{}{}/{} · {}/{}", name, p.part_index, p.part_total, p.index, p.total);
}

// The heading: questionnaire (or "Before we start"), section, progress. The
// progress goes at the end of the title line when both fit, else on a line
// of its own: a terminal never cuts the title.
std::string heading(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  const Step& s = iv.step();
  if (s.response < 0) {
    std::string title = tr(lang, "Avant de commencer", "Before we start");
    return o.plain ? title + "\n" : o.style.bold(title) + "\n";
  }
  const Questionnaire& q = iv.questionnaire(s);
  const Section& section = q.sections[static_cast<size_t>(iv.question(s).section)];
  Progress p = iv.progress();
  if (o.plain) {
    return say(lang, "Étape {} sur {} ({}\u00a0: {} sur {}). {}\n", "Step {} of {} ({}: {} of {}). {}\n",
               p.index, p.total, q.short_name(lang), p.part_index, p.part_total,
               sentence(section.title.get(lang)));
  }
  std::string title = q.title.get(lang);
  std::string count = progress_text(iv, lang);
  size_t used = display_width(title) + display_width(count);
  std::string out;
  if (o.width == 0 || used + 3 <= o.width) {
    std::string gap = o.width > 0 ? std::string(o.width - used - 1, ' ') : "  ";
    out = o.style.bold(title) + gap + o.style.dim(count) + "\n";
  } else {
    out = o.style.bold(wrap_text(title, o.width)) + "\n" + o.style.dim(count) + "\n";
  }
  return out + o.style.cyan(wrap_text(section.title.get(lang), o.width)) + "\n";
}

std::string option_lines(const std::vector<std::string>& labels, const ScreenOptions& o) {
  std::string out;
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string number = fmt::format("{:>2}. ", i + 1);
    std::string text = wrap_text(labels[i], o.width, "      ");
    out += (o.plain ? fmt::format("{}. ", i + 1) : "  " + number) + text.substr(6) + "\n";
  }
  return out;
}

// The body of a question step: text, options or scale anchors.
std::string question_body(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  const Step& s = iv.step();
  const Question& q = iv.question(s);
  std::string text = q.text.get(lang);
  std::string out = o.plain ? line(text, o) : o.style.bold(wrap_text(text, o.width)) + "\n";
  std::string details;
  std::vector<std::string> labels;
  if (s.kind == Kind::task_hours || s.kind == Kind::task_level) {
    const Task& task = q.tasks[static_cast<size_t>(s.task)];
    std::string title = q.type == QuestionType::budget
                            ? say(lang, "Catégorie {}/{}\u00a0: {}", "Category {}/{}: {}",
                                  s.task + 1, q.tasks.size(), task.label.get(lang))
                            : say(lang, "Tâche {}/{}\u00a0: {}", "Task {}/{}: {}", s.task + 1,
                                  q.tasks.size(), task.label.get(lang));
    details += (o.plain ? line(title, o) : o.style.bold(wrap_text(title, o.width)) + "\n");
    if (s.kind == Kind::task_level) {
      auto budget_hours = iv.budget_hours(task.category);
      std::string hours = budget_hours ? say(lang, "{} h/semaine d'après votre budget temps. ",
                                             "{} h/week according to your time budget. ",
                                             short_number(*budget_hours, lang))
                                       : "";
      details += line(hours + tr(lang, "Jusqu'où pourriez-vous la déléguer\u00a0?",
                             "How far could you delegate it?"), o);
      for (const auto& level : q.levels) {
        labels.push_back(level.label.get(lang));
      }
    }
  } else if (q.type == QuestionType::single || q.type == QuestionType::multiple) {
    for (const auto& option : q.options) {
      labels.push_back(option.label.get(lang));
    }
  } else if (q.type == QuestionType::scale) {
    for (const auto& [point, anchor] : q.anchors) {
      details += line(fmt::format("{} = {}", point, anchor.get(lang)), o, o.plain ? "" : "  ");
    }
  }
  details += option_lines(labels, o);
  return details.empty() ? out : out + "\n" + details;
}

std::string counts_line(const QuestionnaireSummary& s, Lang lang, bool plain) {
  std::string sep = plain ? ", " : " · ";
  return say(lang, "réponses\u00a0: {}{}sans réponse\u00a0: {}{}non applicable\u00a0: {}",
             "answered: {}{}unanswered: {}{}not applicable: {}", s.answered, sep, s.skipped, sep,
             s.not_applicable);
}

} // namespace

std::string render_prompt(const ScreenOptions& options) {
  return options.plain ? "> " : "› ";
}

std::string describe_value(const Interview& iv, const Answer& a, Lang lang) {
  const Step& s = iv.step();
  if (s.kind == Kind::respondent || s.kind == Kind::date) {
    return a.text;
  }
  const Question& q = iv.question(s);
  if (a.state == AnswerState::na) {
    return s.kind == Kind::question ? tr(lang, "non applicable", "not applicable")
                                    : tr(lang, "non applicable (tout le tableau)",
                                         "not applicable (the whole table)");
  }
  auto numbered = [&](int index, const LocalText& label) {
    return fmt::format("{}. {}", index + 1, label.get(lang));
  };
  if (s.kind == Kind::task_hours) {
    return say(lang, "{} h/semaine", "{} h/week", short_number(a.number, lang));
  }
  if (s.kind == Kind::task_level) {
    return numbered(a.choice, q.levels[static_cast<size_t>(a.choice)].label);
  }
  switch (q.type) {
  case QuestionType::single:
    return numbered(a.choice, q.options[static_cast<size_t>(a.choice)].label);
  case QuestionType::multiple: {
    std::string out;
    for (size_t i = 0; i < q.options.size(); ++i) {
      if ((a.choices >> i) & 1U) {
        out += (out.empty() ? "" : ", ") + numbered(static_cast<int>(i), q.options[i].label);
      }
    }
    return out.empty() ? tr(lang, "aucune", "none") : out;
  }
  case QuestionType::scale: {
    std::string out = short_number(a.number, lang);
    for (const auto& [point, anchor] : q.anchors) {
      if (point == a.number) {
        out += " (" + anchor.get(lang) + ")";
      }
    }
    return out;
  }
  case QuestionType::yesno:
    return a.choice == 1 ? tr(lang, "oui", "yes") : tr(lang, "non", "no");
  case QuestionType::number:
    return short_number(a.number, lang) + unit_suffix(q, lang);
  case QuestionType::text:
    return a.text;
  case QuestionType::tasks:
  case QuestionType::budget:
    break;
  }
  return {};
}

std::string describe_answer(const Interview& iv, Lang lang) {
  auto value = iv.current_value();
  return value ? describe_value(iv, *value, lang) : std::string();
}

std::string render_step(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  const Step& s = iv.step();
  std::string out = heading(iv, o);
  // Paragraphs before the first step, a questionnaire's first and a section's first.
  std::string before = o.plain ? "" : "\n";
  if (s.kind == Kind::respondent && s.field == 0) {
    out += before + line(welcome(iv, o), o);
  }
  if (iv.first_of_questionnaire(iv.position()) && !iv.questionnaire(s).intro.empty()) {
    std::string intro = wrap_text(iv.questionnaire(s).intro.get(lang), o.width);
    out += before + (o.plain ? intro : o.style.dim(intro)) + "\n";
  }
  if (iv.first_of_section(iv.position())) {
    const auto& section = iv.questionnaire(s).sections[static_cast<size_t>(iv.question(s).section)];
    if (!section.intro.empty()) {
      out += before + line(section.intro.get(lang), o);
    }
  }
  out += "\n";
  if (s.kind == Kind::respondent) {
    out += line(respondent_question(s.field, lang), o);
  } else if (s.kind == Kind::date) {
    out += line(tr(lang, "Date de cette auto-évaluation\u00a0:", "Date of this self-assessment:"), o);
  } else {
    out += question_body(iv, o);
  }
  out += "\n";
  std::string current = describe_answer(iv, lang);
  std::string indent = o.plain ? "" : "  ";
  if (!current.empty()) {
    std::string text = wrap_text(say(lang, "Réponse actuelle\u00a0: {}", "Current answer: {}", current),
                            o.width, indent);
    out += (o.plain ? text : o.style.green(text)) + "\n";
  }
  if (auto previous = iv.previous_value()) {
    std::string text = wrap_text(say(lang, "La dernière fois{}\u00a0: {}", "Last time{}: {}",
                                     iv.previous().date.empty() ? "" : " (" + iv.previous().date + ")",
                                     describe_value(iv, *previous, lang)),
                                 o.width, indent);
    out += (o.plain ? text : o.style.yellow(text)) + "\n";
  }
  std::string hint = wrap_text(type_hint(iv, lang), o.width, indent);
  out += (o.plain ? hint : o.style.dim(hint)) + "\n";
  std::string keys = wrap_text(keys_line(iv, o), o.width, indent);
  out += (o.plain ? keys : o.style.dim(keys)) + "\n";
  return visible_controls(out, o.style.color());
}

std::string render_help(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  const Step& s = iv.step();
  std::string indent = o.plain ? "" : "  ";
  std::string out;
  const Question* q = s.response >= 0 ? &iv.question(s) : nullptr;
  if (q != nullptr && !q->help.empty()) {
    out += line(q->help.get(lang), o, indent) + "\n";
  } else if (s.kind == Kind::date) {
    out += line(tr(lang, "La date permet de comparer vos auto-évaluations successives (medtime review).",
                   "The date lets you compare your successive self-assessments (medtime review)."),
                o, indent) +
           "\n";
  } else {
    out += line(tr(lang, "Pas d'aide particulière pour cette question.",
                   "No particular help for this question."), o, indent) + "\n";
  }
  out += line(type_hint(iv, lang) + ".", o, indent);
  const char* keys = tr(lang,
                        "Entrée\u00a0: garder la réponse actuelle (ou celle de la dernière fois) et continuer\n"
                        "<\u00a0: revenir à la question précédente (pour changer une réponse)\n"
                        "s\u00a0: passer la question sans y répondre\n"
                        "-\u00a0: effacer la réponse actuelle\n"
                        "m\u00a0: les sections et leur état\n"
                        "g 12 ou g identifiant\u00a0: aller à l'étape 12 ou à une question\n"
                        "q\u00a0: quitter\u00a0; chaque réponse est déjà enregistrée, reprenez plus "
                        "tard avec la même commande",
                        "Enter: keep the current answer (or last time's) and go on\n"
                        "<: go back to the previous question (to change an answer)\n"
                        "s: skip the question without answering\n"
                        "-: erase the current answer\n"
                        "m: the sections and where they stand\n"
                        "g 12 or g id: go to step 12 or to a question\n"
                        "q: quit; every answer is already saved, resume later with the same command");
  // Each key on its line, what it does wrapped under its start.
  std::string_view rest = keys;
  while (!rest.empty()) {
    size_t end = std::min(rest.find('\n'), rest.size());
    std::string key_line(rest.substr(0, end));
    size_t colon = key_line.find(':');
    size_t hang = indent.size() + (colon == std::string::npos ? 0 : display_width(key_line.substr(0, colon)) + 2);
    out += wrap_hanging(key_line, indent, o.width == 0 ? 0 : hang, o.width == 0 ? 100000 : o.width);
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return visible_controls(out, o.style.color());
}

std::string render_menu(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  size_t width = o.width == 0 ? 1000 : o.width;
  std::string title = tr(lang, "Sections de l'auto-diagnostic et leurs étapes",
                         "Sections of the self-audit and their steps");
  std::string out = (o.plain ? title : o.style.bold(title)) + "\n\n";
  auto sections = iv.sections();
  int response = -1;
  for (size_t i = 0; i < sections.size(); ++i) {
    const SectionState& st = sections[i];
    const Questionnaire& q = iv.set().items()[static_cast<size_t>(st.response)];
    if (st.response != response) { // the questionnaire, then its sections
      response = st.response;
      out += (o.plain ? q.short_name(lang) : o.style.cyan(q.short_name(lang))) + "\n";
    }
    std::string state;
    if (st.steps == 0) {
      state = tr(lang, "rien à demander", "nothing to ask");
    } else {
      std::string done = st.answered == st.steps ? tr(lang, "complète", "complete")
                         : st.answered == 0      ? tr(lang, "à faire", "to do")
                                                 : fmt::format("{}/{}", st.answered, st.steps);
      state = st.steps == 1 ? fmt::format("{} · {}", done, st.first_number)
                            : fmt::format("{} · {}–{}", done, st.first_number, st.first_number + st.steps - 1);
    }
    std::string head = fmt::format("{:>4}. ", i + 1);
    std::string name = q.sections[static_cast<size_t>(st.section)].title.get(lang);
    size_t used = display_width(head) + display_width(name) + 2 + display_width(state);
    std::string painted = o.plain ? state : o.style.dim(state);
    if (used <= width) {
      out += head + name + std::string(o.plain ? 2 : width - used + 2, ' ') + painted + "\n";
    } else {
      out += wrap_hanging(name, head, head.size(), width);
      out += std::string(head.size(), ' ') + painted + "\n";
    }
  }
  std::string example = "g 1";
  for (const auto& st : sections) {
    if (st.steps > 0) {
      example = "g " + iv.question(iv.steps()[st.first_step]).id;
      break;
    }
  }
  out += "\n" + line(say(lang,
                          "Un numéro de section, ou g et un numéro d'étape ou l'identifiant d'une "
                          "question (g 12, {})\u00a0; Entrée pour continuer, q pour quitter.",
                          "A section's number, or g and a step number or a question's id (g 12, "
                          "{}); Enter to go on, q to quit.",
                          example),
                      o);
  return out;
}

std::string render_summary(const Interview& iv, const ScreenOptions& o) {
  constexpr size_t k_listed = 8; // unanswered questions named; the rest are counted
  Lang lang = o.lang;
  std::string out = line(say(lang, "Terminé. Vos réponses sont enregistrées dans {}.",
                             "Done. Your answers are saved in {}.", o.file), o) + "\n";
  auto summary = iv.summary();
  size_t name_width = 0;
  for (const auto& s : summary) {
    const Questionnaire& q = iv.set().items()[static_cast<size_t>(s.response)];
    name_width = std::max(name_width, display_width(q.short_name(lang)));
  }
  std::vector<std::string> left;
  for (const auto& s : summary) {
    const Questionnaire& q = iv.set().items()[static_cast<size_t>(s.response)];
    std::string name = q.short_name(lang);
    if (o.plain) {
      out += line(name + ". " + counts_line(s, lang, true) + ".", o);
    } else {
      std::string pad(name_width - display_width(name) + 2, ' ');
      out += "  " + o.style.bold(name) + pad + counts_line(s, lang, false) + "\n";
    }
    for (int index : s.skipped_questions) {
      const Question& question = q.questions[static_cast<size_t>(index)];
      left.push_back(name + tr(lang, "\u00a0: ", ": ") + question.text.get(lang));
    }
  }
  if (!left.empty()) {
    out += "\n" + line(tr(lang, "Sans réponse\u00a0:", "Unanswered:"), o);
    for (size_t i = 0; i < left.size() && i < k_listed; ++i) {
      out += o.plain ? line(left[i], o) : "  - " + wrap_text(left[i], o.width, "    ").substr(4) + "\n";
    }
    if (left.size() > k_listed) {
      out += line(say(lang, "… et {} autre(s).", "… and {} more.", left.size() - k_listed), o,
                  o.plain ? "" : "  ");
    }
  }
  return visible_controls(out, o.style.color());
}

} // namespace medtime::ask
