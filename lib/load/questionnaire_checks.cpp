#include "load/questionnaire_checks.h"

#include <algorithm>
#include <fmt/format.h>

#include "util/messages.h"
#include "util/spell.h"

namespace medtime {

namespace {

template <typename Items>
void check_unique_ids(const Items& items, const std::string& what, SourcePos pos,
                      Diagnostics& diags) {
  for (size_t i = 0; i < items.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (!items[i].id.empty() && items[i].id == items[j].id) {
        if constexpr (requires { items[i].pos; }) {
          // Items that know their position: point at the duplicate.
          diags.error(items[i].pos,
                      message("E225", what, quote(items[i].id), items[j].pos.line));
        } else {
          diags.error(pos, message("E226", what, quote(items[i].id)));
        }
      }
    }
  }
}

void check_duplicate_questions(const Questionnaire& q, Diagnostics& diags) {
  for (size_t i = 0; i < q.questions.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (!q.questions[i].id.empty() && q.questions[i].id == q.questions[j].id) {
        diags.error(q.questions[i].pos,
                    message("E225", tr_message("question", "question"), quote(q.questions[i].id),
                            q.questions[j].pos.line));
      }
    }
  }
}

void check_bands(const Questionnaire& q, Diagnostics& diags) {
  double expected = 0;
  for (const auto& band : q.bands) {
    if (band.from >= band.to) {
      diags.error(band.pos, message("E227", quote(band.id), band.from, band.to));
    } else if (band.from > expected) {
      diags.error(band.pos, message("E228", expected, band.from, quote(band.id), band.from));
    } else if (band.from < expected) {
      diags.error(band.pos, message("E229", quote(band.id), band.from, expected));
    }
    expected = band.to;
  }
  if (!q.bands.empty() && expected != 100) {
    diags.error(q.bands.back().pos, message("E230", expected));
  }
}

void check_options(const Question& question, Diagnostics& diags) {
  if (question.type != QuestionType::single && question.type != QuestionType::multiple) {
    return;
  }
  if (question.options.size() < 2) {
    diags.error(question.pos, message("E231", quote(question.id)));
  }
  check_unique_ids(question.options,
                   fmt::format("option (question {})", quote(question.id)),
                   question.pos, diags);
  if (!question.scored()) {
    return;
  }
  for (const auto& option : question.options) {
    if (!option.value) {
      diags.error(option.pos, message("E232", quote(option.id), quote(question.id)));
    }
  }
}

void check_number(const Question& q, Diagnostics& diags) {
  if (q.type != QuestionType::number) {
    return;
  }
  if (q.scored() && q.value_bands.empty()) {
    diags.error(q.pos, message("E233", quote(q.id)));
  }
  if (!q.scored() && !q.value_bands.empty()) {
    diags.warning(q.pos, message("W200", quote(q.id)));
  }
  std::optional<double> previous;
  for (size_t i = 0; i < q.value_bands.size(); ++i) {
    const auto& band = q.value_bands[i];
    bool last = i + 1 == q.value_bands.size();
    if (!band.below) {
      if (!last) {
        diags.error(q.pos, message("E234", quote(q.id)));
      }
      continue;
    }
    if (previous && *band.below <= *previous) {
      diags.error(q.pos, message("E235", quote(q.id), *band.below, *previous));
    }
    if (q.has_min && *band.below <= q.min) {
      diags.warning(q.pos, message("W201", quote(q.id), *band.below, q.min));
    }
    previous = band.below;
    if (last && !(q.has_max && *band.below > q.max)) {
      diags.error(q.pos,
                  message("E236", quote(q.id), *band.below,
                          q.has_max ? fmt::format(fmt::runtime(tr_message(" (jusqu'à {})", " to {}")),
                                                  q.max)
                                    : std::string()));
    }
  }
}

// The index of category `id`, or -1 after an error naming it at `pos`.
int find_category(const std::string& id, const std::vector<Category>& categories, SourcePos pos,
                  const std::string& what, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].id == id) {
      return static_cast<int>(i);
    }
    ids.push_back(categories[i].id);
  }
  if (categories.empty()) {
    diags.error(pos, message("E237", what, quote(id)));
  } else {
    diags.error(pos, message("E238", what, quote(id), did_you_mean(id, ids)));
  }
  return -1;
}

void link_reductions(std::vector<Reduction>& reductions, const std::vector<Category>& categories,
                     const std::string& what, Diagnostics& diags) {
  for (auto& r : reductions) {
    r.index = find_category(
        r.category, categories, r.pos,
        fmt::format(fmt::runtime(tr_message("une réduction de {}", "a reduction of {}")), what),
        diags);
  }
}

// Ties every category a lever names (task rows, reductions, action gains) to
// the time budget's, and gives task rows the category's label and group.
void link_categories(Questionnaire& q, const std::vector<Category>& categories,
                     Diagnostics& diags) {
  for (auto& question : q.questions) {
    std::string what =
        fmt::format(fmt::runtime(tr_message("la question {}", "question {}")), quote(question.id));
    link_reductions(question.reductions, categories, what, diags);
    for (auto& option : question.options) {
      link_reductions(option.reductions, categories,
                      fmt::format(fmt::runtime(tr_message("l'option {} de {}", "option {} of {}")),
                                  quote(option.id), what),
                      diags);
    }
    if (question.type != QuestionType::tasks) {
      continue;
    }
    for (auto& task : question.tasks) {
      task.category = find_category(
          task.id, categories, task.pos,
          fmt::format(fmt::runtime(tr_message("une tâche de {}", "a task of {}")), what), diags);
      if (task.category < 0) {
        continue;
      }
      const Category& c = categories[static_cast<size_t>(task.category)];
      if (task.label.empty()) {
        task.label = c.label;
      }
      if (task.group.empty()) {
        task.group = c.group;
      }
    }
  }
  for (auto& action : q.actions) {
    for (auto& gain : action.gain_shares) {
      gain.index = find_category(
          gain.category, categories, gain.pos,
          fmt::format(fmt::runtime(tr_message("le gain de l'action {}", "the gain of action {}")),
                      quote(action.id)),
          diags);
    }
  }
}

// The time budget: its categories, one budget table, nothing scored.
void check_budget(const Questionnaire& q, Diagnostics& diags) {
  if (q.categories.empty()) {
    diags.error({1, 1}, message("E239"));
  }
  check_unique_ids(q.categories, tr_message("catégorie", "category"), {}, diags);
  for (const auto& c : q.categories) {
    if (c.id == "hours" || c.id == "delegable") {
      diags.error(c.pos, message("E240", quote(c.id)));
    }
  }
  int tables = 0;
  for (const auto& question : q.questions) {
    tables += question.type == QuestionType::budget ? 1 : 0;
    if (question.scored() || !question.reductions.empty() ||
        question.type == QuestionType::tasks) {
      diags.error(question.pos, message("E241", quote(question.id)));
    }
  }
  if (tables != 1) {
    diags.error({1, 1}, message("E242", tables));
  }
  if (!q.actions.empty()) {
    diags.error(q.actions.front().pos, message("E243"));
  }
}

void check_tasks(const Question& q, Diagnostics& diags) {
  if (q.type != QuestionType::tasks) {
    return;
  }
  if (q.tasks.empty()) {
    diags.error(q.pos, message("E244", quote(q.id)));
  }
  check_unique_ids(q.tasks,
                   fmt::format(fmt::runtime(tr_message("tâche (question {})", "task (question {})")),
                               quote(q.id)),
                   q.pos, diags);
  check_unique_ids(q.levels,
                   fmt::format(fmt::runtime(tr_message("niveau de délégation (question {})",
                                                       "level (question {})")),
                               quote(q.id)),
                   q.pos, diags);
  if (q.levels.size() < 2) {
    diags.error(q.pos, message("E245", quote(q.id)));
  }
}

// Reports a `when:` cycle through question `start`, if there is one.
bool find_cycle(const std::vector<std::vector<int>>& refs, int start, std::vector<int>& path,
                std::vector<char>& state) {
  state[static_cast<size_t>(start)] = 1; // on the path
  path.push_back(start);
  for (int next : refs[static_cast<size_t>(start)]) {
    if (state[static_cast<size_t>(next)] == 1) {
      path.push_back(next);
      return true;
    }
    if (state[static_cast<size_t>(next)] == 0 && find_cycle(refs, next, path, state)) {
      return true;
    }
  }
  path.pop_back();
  state[static_cast<size_t>(start)] = 2; // done
  return false;
}

void check_question_conditions(Questionnaire& q, const std::vector<Category>& categories,
                               Diagnostics& diags) {
  size_t n = q.questions.size();
  std::vector<std::vector<int>> refs(n);
  for (size_t i = 0; i < n; ++i) {
    auto& when = q.questions[i].when;
    if (when && resolve_condition(*when, q, categories, diags)) {
      when->collect_questions(refs[i]);
    } else if (when) {
      when.reset(); // already reported
    }
  }
  std::vector<char> state(n, 0);
  std::vector<char> in_cycle(n, 0);
  for (size_t i = 0; i < n; ++i) {
    std::vector<int> path;
    if (state[i] == 0 && find_cycle(refs, static_cast<int>(i), path, state)) {
      auto start = std::find(path.begin(), path.end(), path.back());
      std::vector<std::string> names;
      for (auto it = start; it != path.end(); ++it) {
        names.push_back(q.questions[static_cast<size_t>(*it)].id);
        in_cycle[static_cast<size_t>(*it)] = 1;
      }
      const Question& first = q.questions[static_cast<size_t>(*start)];
      diags.error(first.when ? first.when->pos : first.pos,
                  message("E246", fmt::format("{}", fmt::join(names, " -> "))));
      // find_cycle stops on the path: mark it done, or a later search that
      // reaches a question leading into the cycle reports a cycle of one.
      for (int node : path) {
        state[static_cast<size_t>(node)] = 2;
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (in_cycle[i] || !q.questions[i].when) {
      continue;
    }
    for (int ref : refs[i]) {
      if (ref >= static_cast<int>(i)) {
        diags.error(q.questions[i].when->pos,
                    message("E247", quote(q.questions[i].id),
                            quote(q.questions[static_cast<size_t>(ref)].id)));
      }
    }
  }
}

// Every id of an action's `instead_of` names another action of `q`.
void check_instead_of(Questionnaire& q, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& a : q.actions) {
    ids.push_back(a.id);
  }
  for (auto& action : q.actions) {
    for (const auto& id : action.instead_of) {
      if (id == action.id) {
        diags.error(action.pos, message("E248", quote(action.id)));
      } else if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        diags.error(action.pos, message("E249", quote(action.id), quote(id), did_you_mean(id, ids)));
      }
    }
  }
}

} // namespace

void check_questionnaire(Questionnaire& q, const std::vector<Category>& categories,
                         Diagnostics& diags) {
  check_duplicate_questions(q, diags);
  check_unique_ids(q.sections, tr_message("section", "section"), {}, diags);
  check_unique_ids(q.bands, tr_message("niveau", "band"), {}, diags);
  check_bands(q, diags);
  bool has_maturity = false;
  for (const auto& question : q.questions) {
    has_maturity = has_maturity || question.dimension == Dimension::maturity;
    check_options(question, diags);
    check_number(question, diags);
    check_tasks(question, diags);
    if (q.is_scored() && question.type == QuestionType::budget) {
      diags.error(question.pos, message("E250", quote(question.id)));
    }
    if (q.is_support()) {
      bool frees = !question.reductions.empty() || question.type == QuestionType::tasks;
      for (const auto& option : question.options) {
        frees = frees || !option.reductions.empty();
      }
      if (frees) {
        diags.error(question.pos, message("E251", quote(question.id)));
      }
    }
  }
  if (q.is_budget()) {
    check_budget(q, diags);
  } else {
    link_categories(q, categories, diags);
  }
  if (q.is_scored() && !has_maturity && !q.questions.empty()) {
    diags.error({1, 1}, message("E252", quote(q.id)));
  }
  for (const auto& section : q.sections) {
    if (section.question_count == 0) {
      diags.warning(section.pos, message("W202", quote(section.id)));
    }
  }
  // Questions must be indexed before conditions are resolved against them.
  q.index();
  check_question_conditions(q, categories, diags);
  for (auto& question : q.questions) {
    for (auto& reduction : question.reductions) {
      if (reduction.when && !resolve_condition(*reduction.when, q, categories, diags)) {
        reduction.when.reset();
      }
    }
  }
  for (size_t i = 0; i < q.actions.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (q.actions[i].id == q.actions[j].id) {
        diags.error(q.actions[i].pos,
                    message("E226", tr_message("action", "action"), quote(q.actions[i].id)));
      }
    }
    auto& when = q.actions[i].when;
    if (when && !resolve_condition(*when, q, categories, diags)) {
      when.reset();
    }
  }
  check_instead_of(q, diags);
}

namespace {

const Questionnaire* find_other(const std::vector<const Questionnaire*>& others, std::string_view id) {
  for (const auto* other : others) {
    if (other->id == id) {
      return other;
    }
  }
  return nullptr;
}

std::vector<std::string> other_ids(const std::vector<const Questionnaire*>& others) {
  std::vector<std::string> ids;
  for (const auto* other : others) {
    ids.push_back(other->id);
  }
  return ids;
}

// Resolves each test of an `asked_when` against the questionnaire its path
// names first (`temps.exercice`). Returns false on error.
bool link_asked_when(Condition& c, const Questionnaire& self,
                     const std::vector<const Questionnaire*>& others,
                     const std::vector<Category>& categories, Diagnostics& diags) {
  if (!c.children.empty()) {
    bool ok = true;
    for (auto& child : c.children) {
      ok = link_asked_when(child, self, others, categories, diags) && ok;
    }
    return ok;
  }
  size_t dot = c.path.find('.');
  if (dot == std::string::npos) {
    diags.error(c.pos, message("E253", quote(c.path)));
    return false;
  }
  std::string id = c.path.substr(0, dot);
  const Questionnaire* other = find_other(others, id);
  if (other == nullptr || other->id == self.id) {
    diags.error(c.pos, other == nullptr ? message("E254", quote("asked_when"), quote(id),
                                                  did_you_mean(id, other_ids(others)))
                                        : message("E255", quote(id)));
    return false;
  }
  Condition test = c;
  test.path = c.path.substr(dot + 1);
  if (!resolve_condition(test, *other, categories, diags)) {
    return false;
  }
  test.path = c.path;
  test.questionnaire_id = id;
  c = std::move(test);
  return true;
}

} // namespace

void check_links(Questionnaire& q, const std::vector<const Questionnaire*>& others,
                 const std::vector<Category>& categories, Diagnostics& diags) {
  if (q.asked_when && !link_asked_when(*q.asked_when, q, others, categories, diags)) {
    q.asked_when.reset();
  }
  for (auto& action : q.actions) {
    for (auto& ref : action.prerequisites) {
      std::string what = fmt::format(fmt::runtime(tr_message("action {} : {}", "action {}: {}")),
                                     quote(action.id), quote("requires"));
      if (!q.is_lever()) {
        diags.error(ref.pos, message("E256", what));
        continue;
      }
      const Questionnaire* other = find_other(others, ref.questionnaire_id);
      if (other == nullptr) {
        diags.error(ref.pos, message("E254", what, quote(ref.questionnaire_id),
                                     did_you_mean(ref.questionnaire_id, other_ids(others))));
        continue;
      }
      if (!other->is_support()) {
        diags.error(ref.pos, message("E257", what, quote(other->id)));
        continue;
      }
      std::vector<std::string> ids;
      for (size_t i = 0; i < other->actions.size(); ++i) {
        ids.push_back(other->actions[i].id);
        if (other->actions[i].id == ref.action_id) {
          ref.action = static_cast<int>(i);
        }
      }
      if (ref.action < 0) {
        diags.error(ref.pos, message("E258", what, quote(other->id), quote(ref.action_id),
                                     did_you_mean(ref.action_id, ids)));
      }
    }
  }
}

} // namespace medtime
