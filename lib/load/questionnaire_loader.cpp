#include "load/questionnaire_loader.h"

#include <dirent.h>

#include <algorithm>
#include <fmt/format.h>

#include "load/questionnaire_checks.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/spell.h"
#include "yaml/yaml_cpp.h"

namespace medtime {

namespace {

using yaml::MapReader;
using yaml::pos_of;

const std::vector<std::string> k_types = {"single", "multiple", "scale", "yesno",
                                          "number", "text",     "tasks", "budget"};
const std::vector<std::string> k_kinds = {"lever", "budget", "support"};
const std::vector<std::string> k_dimensions = {"maturity", "readiness", "none"};

// Position of the first character of a scalar's content: yaml-cpp marks a
// quoted scalar at its opening quote.
class ContentPositions {
public:
  explicit ContentPositions(std::string_view text) : m_text(text) {
    m_line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        m_line_starts.push_back(i + 1);
      }
    }
  }

  SourcePos content(SourcePos pos) const {
    if (pos.line < 1 || static_cast<size_t>(pos.line) > m_line_starts.size()) {
      return pos;
    }
    size_t at = m_line_starts[static_cast<size_t>(pos.line - 1)] + static_cast<size_t>(pos.column - 1);
    if (at < m_text.size() && (m_text[at] == '"' || m_text[at] == '\'')) {
      ++pos.column;
    }
    return pos;
  }

private:
  std::string_view m_text;
  std::vector<size_t> m_line_starts;
};

class Loader {
public:
  Loader(std::string_view text, const std::string& file, const std::vector<Category>* categories,
         Diagnostics& diags)
      : m_positions(text), m_file(file), m_categories(categories), m_diags(diags) {}

  std::optional<Questionnaire> load(const YAML::Node& root) {
    Questionnaire q;
    q.file = m_file;
    MapReader top(root, m_diags, tr_message("le questionnaire", "the questionnaire"));
    if (!top.ok()) {
      return std::nullopt;
    }
    q.id = top.id("id", true).value_or("");
    q.version = top.integer("version", true, 1).value_or(1);
    std::string kind = top.choice("kind", k_kinds).value_or("lever");
    q.kind = kind == "budget"    ? QuestionnaireKind::budget
             : kind == "support" ? QuestionnaireKind::support
                                 : QuestionnaireKind::lever;
    if (q.is_lever()) {
      q.lever = top.id("lever", true).value_or("");
    }
    if (q.is_support()) {
      q.asked_when = read_condition(top, "asked_when");
    }
    q.order = top.integer("order", false).value_or(100);
    q.title = top.local_text("title", true).value_or(LocalText{});
    q.name = top.local_text("name").value_or(LocalText{});
    q.intro = top.local_text("intro").value_or(LocalText{});
    if (q.is_budget()) {
      read_categories(top.get("categories", true), q);
      m_categories = &q.categories;
    }
    read_scoring(top.get("scoring"), q);
    read_sections(top.get("sections", true), q);
    read_actions(top.get("actions"), q);
    top.finish();
    static const std::vector<Category> none;
    check_questionnaire(q, m_categories != nullptr ? *m_categories : none, m_diags);
    if (m_diags.has_errors()) {
      return std::nullopt;
    }
    q.index();
    return q;
  }

private:
  ContentPositions m_positions;
  std::string m_file;
  const std::vector<Category>* m_categories; // the time budget's, or null
  Diagnostics& m_diags;

  void read_categories(const YAML::Node& node, Questionnaire& q) {
    if (!node.IsDefined() || !is_list(node, quote("categories"))) {
      return;
    }
    for (size_t i = 0; i < node.size(); ++i) {
      MapReader c(node[i], m_diags,
                  fmt::format(fmt::runtime(tr_message("la catégorie {}", "category {}")), i + 1));
      Category category;
      category.pos = pos_of(node[i]);
      category.id = c.id("id", true).value_or("");
      category.label = c.local_text("label", true).value_or(LocalText{});
      category.help = c.local_text("help").value_or(LocalText{});
      category.group = c.string("group").value_or("");
      c.finish();
      q.categories.push_back(std::move(category));
    }
  }

  // `reductions: [{category, share, when}]` of a question or an option.
  std::vector<Reduction> read_reductions(MapReader& reader, const std::string& what,
                                         bool conditional) {
    std::vector<Reduction> reductions;
    YAML::Node node = reader.get("reductions");
    if (!node.IsDefined() || node.IsNull() || !is_list(node, key_of(what, "reductions"))) {
      return reductions;
    }
    for (const auto& item : node) {
      MapReader r(item, m_diags,
                  fmt::format(fmt::runtime(tr_message("une réduction de {}", "a reduction of {}")),
                              what));
      Reduction reduction;
      reduction.pos = pos_of(item);
      reduction.category = r.id("category", true).value_or("");
      reduction.share = r.number("share", true, 0.0, 1.0).value_or(0);
      if (conditional) {
        reduction.when = read_condition(r);
      }
      r.finish();
      reductions.push_back(std::move(reduction));
    }
    return reductions;
  }

  // A key of version 1 that asked hours in a lever: said so, with the way out.
  void refuse_hours_key(MapReader& reader, const char* key, const std::string& what) {
    YAML::Node node = reader.get(key);
    if (node.IsDefined()) {
      m_diags.error(pos_of(node), message("E200", what, quote(key)));
    }
  }

  // `"options"` of `what`, for a message.
  static std::string key_of(const std::string& what, const char* key) {
    return fmt::format(fmt::runtime(tr_message("{1} de {0}", "{0} {1}")), what, quote(key));
  }

  bool is_list(const YAML::Node& node, const std::string& what) {
    if (node.IsSequence()) {
      return true;
    }
    m_diags.error(pos_of(node), message("E201", what, yaml::describe(node)));
    return false;
  }

  std::optional<Condition> read_condition(MapReader& reader, const char* key = "when") {
    YAML::Node node = reader.get(key);
    if (!node.IsDefined() || node.IsNull()) {
      return std::nullopt;
    }
    if (!node.IsScalar()) {
      m_diags.error(pos_of(node), message("E202", quote(key), yaml::describe(node)));
      return std::nullopt;
    }
    return parse_condition(node.Scalar(), m_positions.content(pos_of(node)), m_diags);
  }

  void read_scoring(const YAML::Node& node, Questionnaire& q) {
    q.bands = default_bands();
    if (!node.IsDefined() || node.IsNull()) {
      return;
    }
    MapReader scoring(node, m_diags, quote("scoring"));
    q.min_answered = scoring.number("min_answered", false, 0.0, 1.0).value_or(0.75);
    YAML::Node bands = scoring.get("bands");
    if (bands.IsDefined() && is_list(bands, quote("bands"))) {
      q.bands.clear();
      double previous_to = 0;
      for (size_t i = 0; i < bands.size(); ++i) {
        MapReader b(bands[i], m_diags,
                    fmt::format(fmt::runtime(tr_message("le niveau {}", "band {}")), i + 1));
        Band band;
        band.pos = pos_of(bands[i]);
        band.id = b.id("id", true).value_or("");
        band.label = b.local_text("label", true).value_or(LocalText{band.id, band.id});
        band.from = b.number("from").value_or(previous_to);
        bool last = i + 1 == bands.size();
        auto to = b.number("to", !last);
        band.to = to.value_or(100);
        b.finish();
        previous_to = band.to;
        q.bands.push_back(std::move(band));
      }
    }
    scoring.finish();
  }

  void read_sections(const YAML::Node& node, Questionnaire& q) {
    if (!node.IsDefined() || !is_list(node, quote("sections"))) {
      return;
    }
    for (size_t i = 0; i < node.size(); ++i) {
      MapReader s(node[i], m_diags,
                  fmt::format(fmt::runtime(tr_message("la section {}", "section {}")), i + 1));
      Section section;
      section.pos = pos_of(node[i]);
      section.id = s.id("id", true).value_or("");
      section.title = s.local_text("title", true).value_or(LocalText{});
      section.intro = s.local_text("intro").value_or(LocalText{});
      section.first_question = static_cast<int>(q.questions.size());
      YAML::Node questions = s.get("questions", true);
      if (questions.IsDefined() && is_list(questions, quote("questions"))) {
        for (const auto& question : questions) {
          read_question(question, q, static_cast<int>(q.sections.size()));
        }
      }
      section.question_count = static_cast<int>(q.questions.size()) - section.first_question;
      s.finish();
      q.sections.push_back(std::move(section));
    }
  }

  void read_question(const YAML::Node& node, Questionnaire& questionnaire, int section) {
    Question q;
    q.section = section;
    q.pos = pos_of(node);
    std::string what = tr_message("une question", "a question");
    if (node.IsMap() && node["id"].IsDefined() && node["id"].IsScalar()) {
      what = fmt::format(fmt::runtime(tr_message("la question {}", "question {}")),
                         quote(node["id"].Scalar()));
    }
    MapReader r(node, m_diags, what);
    if (!r.ok()) {
      return;
    }
    q.id = r.id("id", true).value_or("");
    if (q.id == "version") {
      m_diags.error(q.pos, message("E203"));
    }
    auto type = r.choice("type", k_types, true);
    q.type = static_cast<QuestionType>(
        std::find(k_types.begin(), k_types.end(), type.value_or("text")) - k_types.begin());
    q.text = r.local_text("text", true).value_or(LocalText{});
    q.help = r.local_text("help").value_or(LocalText{});
    auto dimension = r.choice("dimension", k_dimensions).value_or("none");
    q.dimension = dimension == "maturity"    ? Dimension::maturity
                  : dimension == "readiness" ? Dimension::readiness
                                             : Dimension::none;
    q.weight = r.number("weight", false).value_or(1);
    if (q.weight <= 0) {
      m_diags.error(pos_of(r.get("weight")), message("E204", what, q.weight));
    }
    q.required = r.boolean("required").value_or(false);
    q.when = read_condition(r);
    q.reductions = read_reductions(r, what, true);
    if (!type) {
      // Already reported: the keys of its type would only add false errors.
      questionnaire.questions.push_back(std::move(q));
      return;
    }
    switch (q.type) {
    case QuestionType::single:
    case QuestionType::multiple:
      read_options(r, q, what);
      break;
    case QuestionType::scale:
      read_scale(r, q, what);
      break;
    case QuestionType::yesno:
      q.yes_value = r.number("yes", false, 0.0, 1.0).value_or(1);
      q.no_value = r.number("no", false, 0.0, 1.0).value_or(0);
      break;
    case QuestionType::number:
      read_number(r, q, what);
      break;
    case QuestionType::tasks:
      read_tasks(r, q, what);
      break;
    case QuestionType::budget:
      q.task_hours_max = r.number("hours_max", false, 1.0, 168.0).value_or(40);
      for (size_t i = 0; m_categories != nullptr && i < m_categories->size(); ++i) {
        const Category& c = (*m_categories)[i];
        q.tasks.push_back(Task{c.id, c.label, c.group, static_cast<int>(i), c.pos});
      }
      break;
    case QuestionType::text:
      if (q.scored()) {
        m_diags.error(q.pos, message("E205", what));
      }
      break;
    }
    r.finish();
    questionnaire.questions.push_back(std::move(q));
  }

  void read_options(MapReader& r, Question& q, const std::string& what) {
    YAML::Node options = r.get("options", true);
    if (!options.IsDefined() || !is_list(options, key_of(what, "options"))) {
      return;
    }
    for (const auto& node : options) {
      MapReader o(node, m_diags,
                  fmt::format(fmt::runtime(tr_message("une option de {}", "an option of {}")), what));
      Option option;
      option.pos = pos_of(node);
      option.id = o.id("id", true).value_or("");
      option.label = o.local_text("label", true).value_or(LocalText{});
      option.value = o.number("value", false, 0.0, 1.0);
      std::string option_what = fmt::format(
          fmt::runtime(tr_message("l'option {} de {}", "option {} of {}")), quote(option.id), what);
      refuse_hours_key(o, "hours", option_what);
      option.reductions = read_reductions(o, option_what, false);
      option.exclusive = o.boolean("exclusive").value_or(false);
      if (option.exclusive && q.type != QuestionType::multiple) {
        m_diags.error(option.pos, message("E206", quote(option.id), what));
      }
      o.finish();
      q.options.push_back(std::move(option));
    }
    if (q.type == QuestionType::multiple && q.options.size() > 64) {
      m_diags.error(pos_of(options), message("E207", what));
    }
  }

  void read_scale(MapReader& r, Question& q, const std::string& what) {
    auto min = r.integer("min", true);
    auto max = r.integer("max", true);
    q.min = min.value_or(1);
    q.max = max.value_or(5);
    q.has_min = q.has_max = true;
    if (min && max && *min >= *max) {
      m_diags.error(r.pos(), message("E208", what, *min, *max));
    }
    q.reverse = r.boolean("reverse").value_or(false);
    YAML::Node anchors = r.get("anchors");
    if (anchors.IsDefined() && !anchors.IsNull()) {
      if (!anchors.IsMap()) {
        m_diags.error(pos_of(anchors), message("E209", what));
        return;
      }
      for (const auto& entry : anchors) {
        auto point = yaml::parse_number(entry.first.Scalar());
        if (!point || *point < q.min || *point > q.max || *point != static_cast<int>(*point)) {
          m_diags.error(pos_of(entry.first),
                        message("E210", what, quote(entry.first.Scalar()), q.min, q.max));
          continue;
        }
        auto text = yaml::read_local_text(entry.second, m_diags,
                                          fmt::format(fmt::runtime(tr_message("le libellé du point {} de {}",
                                                                         "anchor {} of {}")),
                                                      *point, what));
        if (text) {
          q.anchors.emplace_back(static_cast<int>(*point), std::move(*text));
        }
      }
      std::sort(q.anchors.begin(), q.anchors.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
    }
  }

  void read_number(MapReader& r, Question& q, const std::string& what) {
    q.unit = r.local_text("unit").value_or(LocalText{});
    auto min = r.number("min");
    auto max = r.number("max");
    q.has_min = min.has_value();
    q.has_max = max.has_value();
    q.min = min.value_or(0);
    q.max = max.value_or(0);
    if (min && max && *min >= *max) {
      m_diags.error(r.pos(), message("E211", what, *min, *max));
    }
    q.integer = r.boolean("integer").value_or(false);
    refuse_hours_key(r, "potential_share", what);
    q.indicator = r.boolean("indicator").value_or(false);
    auto better = r.choice("better", {"lower", "higher"});
    q.better = !better ? 0 : *better == "lower" ? -1 : 1;
    YAML::Node scores = r.get("scores");
    if (scores.IsDefined() && is_list(scores, key_of(what, "scores"))) {
      for (size_t i = 0; i < scores.size(); ++i) {
        MapReader b(scores[i], m_diags,
                    fmt::format(fmt::runtime(tr_message("la tranche de score {} de {}",
                                                        "score band {} of {}")),
                                i + 1, what));
        ValueBand band;
        band.below = b.number("below");
        band.value = b.number("value", true, 0.0, 1.0).value_or(0);
        b.finish();
        q.value_bands.push_back(band);
      }
    }
  }

  // A lever's task table: rows are categories of the time budget (their
  // hours are the budget's), each answered with a delegation level.
  void read_tasks(MapReader& r, Question& q, const std::string& what) {
    refuse_hours_key(r, "hours_max", what);
    YAML::Node tasks = r.get("tasks", true);
    if (tasks.IsDefined() && is_list(tasks, key_of(what, "tasks"))) {
      for (const auto& node : tasks) {
        MapReader t(node, m_diags,
                    fmt::format(fmt::runtime(tr_message("une tâche de {}", "a task of {}")), what));
        Task task;
        task.pos = pos_of(node);
        task.id = t.id("id", true).value_or("");
        task.label = t.local_text("label").value_or(LocalText{});
        task.group = t.string("group").value_or("");
        t.finish();
        q.tasks.push_back(std::move(task));
      }
    }
    YAML::Node levels = r.get("levels");
    if (!levels.IsDefined() || levels.IsNull()) {
      q.levels = default_levels();
      return;
    }
    if (!is_list(levels, key_of(what, "levels"))) {
      return;
    }
    for (const auto& node : levels) {
      MapReader l(node, m_diags,
                  fmt::format(fmt::runtime(tr_message("un niveau de délégation de {}",
                                                      "a delegation level of {}")),
                              what));
      DelegationLevel level;
      level.id = l.id("id", true).value_or("");
      level.label = l.local_text("label", true).value_or(LocalText{});
      level.share = l.number("share", true, 0.0, 1.0).value_or(0);
      level.frees = l.number("frees", true, 0.0, 1.0).value_or(0);
      l.finish();
      q.levels.push_back(std::move(level));
    }
  }

  void read_actions(const YAML::Node& node, Questionnaire& q) {
    if (!node.IsDefined() || node.IsNull() || !is_list(node, quote("actions"))) {
      return;
    }
    for (const auto& item : node) {
      std::string what = tr_message("une action", "an action");
      if (item.IsMap() && item["id"].IsDefined() && item["id"].IsScalar()) {
        what = fmt::format(fmt::runtime(tr_message("l'action {}", "action {}")),
                           quote(item["id"].Scalar()));
      }
      MapReader a(item, m_diags, what);
      if (!a.ok()) {
        continue;
      }
      Action action;
      action.pos = pos_of(item);
      action.id = a.id("id", true).value_or("");
      action.title = a.local_text("title", true).value_or(LocalText{});
      action.text = a.local_text("text").value_or(LocalText{});
      auto effort = a.choice("effort", {"low", "medium", "high"}, true).value_or("medium");
      action.effort = effort == "low" ? Effort::low : effort == "high" ? Effort::high : Effort::medium;
      if (q.is_support()) {
        // A condition of success frees no hours itself: its time is counted
        // in the lever action that needs it.
        if (YAML::Node gain = a.get("gain"); gain.IsDefined()) {
          m_diags.error(pos_of(gain), message("E212", what));
        }
      } else {
        read_gain(a.get("gain", true), action, what);
      }
      read_instead_of(a.get("instead_of"), action, what);
      read_prerequisites(a.get("requires"), action, what);
      action.when = read_condition(a);
      a.finish();
      q.actions.push_back(std::move(action));
    }
  }

  // `requires: [questionnaire.action, ...]`: supporting areas' actions, each
  // checked against the set once every questionnaire is read
  // (check_prerequisites).
  void read_prerequisites(const YAML::Node& node, Action& action, const std::string& what) {
    if (!node.IsDefined() || node.IsNull()) {
      return;
    }
    std::vector<YAML::Node> items;
    if (node.IsScalar()) {
      items.push_back(node);
    } else if (node.IsSequence()) {
      for (const auto& item : node) {
        items.push_back(item);
      }
    }
    if (items.empty()) {
      m_diags.error(pos_of(node), message("E213", what, yaml::describe(node)));
      return;
    }
    for (const auto& item : items) {
      std::string text = item.IsScalar() ? item.Scalar() : std::string();
      size_t dot = text.find('.');
      if (dot == std::string::npos || dot == 0 || dot + 1 == text.size() ||
          text.find('.', dot + 1) != std::string::npos) {
        m_diags.error(pos_of(item), message("E214", what,
                                            item.IsScalar() ? quote(text) : yaml::describe(item)));
        continue;
      }
      ActionRef ref;
      ref.questionnaire_id = text.substr(0, dot);
      ref.action_id = text.substr(dot + 1);
      ref.pos = m_positions.content(pos_of(item));
      action.prerequisites.push_back(std::move(ref));
    }
  }

  // `instead_of: [id, ...]` (or one id); the ids are checked against the
  // questionnaire's actions once all are read.
  void read_instead_of(const YAML::Node& node, Action& action, const std::string& what) {
    if (!node.IsDefined() || node.IsNull()) {
      return;
    }
    if (node.IsScalar()) {
      action.instead_of.push_back(node.Scalar());
      return;
    }
    bool ok = node.IsSequence();
    for (size_t i = 0; ok && i < node.size(); ++i) {
      ok = node[i].IsScalar();
      if (ok) {
        action.instead_of.push_back(node[i].Scalar());
      }
    }
    if (!ok) {
      m_diags.error(pos_of(node), message("E215", what, yaml::describe(node)));
      action.instead_of.clear();
    }
  }

  // `gain: {category: [low, high], ...}` (shares of the doctor's hours), or
  // `[min, max]` hours per week for an action that no category holds.
  void read_gain(const YAML::Node& node, Action& action, const std::string& what) {
    if (!node.IsDefined() || node.IsNull()) {
      return;
    }
    if (node.IsMap()) {
      for (const auto& entry : node) {
        CategoryGain gain;
        gain.pos = pos_of(entry.first);
        gain.category = entry.first.Scalar();
        auto range = read_range(entry.second, 1.0);
        if (!range) {
          m_diags.error(pos_of(entry.second),
                        message("E216", what, quote(gain.category), yaml::describe(entry.second)));
          continue;
        }
        gain.low = range->first;
        gain.high = range->second;
        action.gain_shares.push_back(std::move(gain));
      }
      return;
    }
    auto range = read_range(node, 168.0);
    if (!range) {
      m_diags.error(pos_of(node), message("E217", what, yaml::describe(node)));
      return;
    }
    action.gain_min = range->first;
    action.gain_max = range->second;
  }

  static std::optional<std::pair<double, double>> read_range(const YAML::Node& node, double top) {
    std::optional<double> low, high;
    if (node.IsSequence() && node.size() == 2 && node[0].IsScalar() && node[1].IsScalar()) {
      low = yaml::parse_number(node[0].Scalar());
      high = yaml::parse_number(node[1].Scalar());
    }
    if (!low || !high || *low < 0 || *high < *low || *high > top) {
      return std::nullopt;
    }
    return std::make_pair(*low, *high);
  }
};

std::vector<std::string> yaml_files_in(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) {
    throw UsageError(dir, {}, message("E218"));
  }
  std::vector<std::string> files;
  while (dirent* entry = ::readdir(d)) {
    std::string name = entry->d_name;
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0 && name[0] != '.') {
      files.push_back(dir + "/" + name);
    }
  }
  ::closedir(d);
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

std::optional<Questionnaire> parse_questionnaire(std::string_view text, const std::string& file,
                                                 Diagnostics& diags,
                                                 const std::vector<Category>* categories) {
  YAML::Node root = yaml::load_guarded(text, file);
  if (!root.IsDefined() || root.IsNull()) {
    diags.error({1, 1}, message("E219"));
    return std::nullopt;
  }
  return Loader(text, file, categories, diags).load(root);
}

bool is_budget_text(std::string_view text) {
  // A cheap look before the real parse: the loader checks the key properly.
  for (size_t at = text.find("kind:"); at != std::string_view::npos;
       at = text.find("kind:", at + 1)) {
    if (at == 0 || text[at - 1] == '\n') {
      size_t value = text.find_first_not_of(" \t", at + 5);
      if (value != std::string_view::npos && text.substr(value, 6) == "budget") {
        return true;
      }
    }
  }
  return false;
}

QuestionnaireSet load_questionnaire_set(const std::string& dir) {
  QuestionnaireSet set;
  // The time budget first: the levers name its categories.
  std::vector<std::pair<std::string, std::string>> files; // path, text
  for (const auto& file : yaml_files_in(dir)) {
    files.emplace_back(file, read_file(file));
  }
  std::stable_partition(files.begin(), files.end(),
                        [](const auto& f) { return is_budget_text(f.second); });
  std::optional<Questionnaire> budget;
  std::vector<Questionnaire> loaded;
  for (const auto& [file, text] : files) {
    Diagnostics diags(file);
    auto q = parse_questionnaire(text, file, diags, budget ? &budget->categories : nullptr);
    diags.throw_if_errors();
    if (q->is_budget()) {
      if (budget) {
        throw Error(file, {}, message("E220", budget->file));
      }
      budget = *q;
    }
    for (const auto& other : loaded) {
      if (other.id == q->id) {
        throw Error(file, {}, message("E221", quote(q->id), other.file));
      }
      if (q->is_lever() && other.is_lever() && other.lever == q->lever) {
        throw Error(file, {}, message("E222", quote(q->lever), other.file));
      }
    }
    loaded.push_back(std::move(*q));
  }
  // What a questionnaire names in the others (asked_when, requires), once
  // all are read.
  std::vector<const Questionnaire*> all;
  for (const auto& q : loaded) {
    all.push_back(&q);
  }
  static const std::vector<Category> none;
  for (auto& q : loaded) {
    Diagnostics diags(q.file);
    check_links(q, all, budget ? budget->categories : none, diags);
    diags.throw_if_errors();
  }
  for (auto& q : loaded) {
    set.add(std::move(q));
  }
  if (set.size() == 0) {
    throw UsageError(dir, {}, message("E223"));
  }
  set.finalize();
  return set;
}

std::optional<Questionnaire> find_budget_questionnaire(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) {
    return std::nullopt;
  }
  ::closedir(d);
  for (const auto& file : yaml_files_in(dir)) {
    try {
      std::string text = read_file(file);
      if (!is_budget_text(text)) {
        continue;
      }
      Diagnostics diags(file);
      auto q = parse_questionnaire(text, file, diags);
      if (q && q->is_budget()) {
        return q;
      }
    } catch (const Error&) {
      // Not readable or not YAML: not the time budget this folder needs.
    }
  }
  return std::nullopt;
}

QuestionnaireSet select_questionnaires(const QuestionnaireSet& set,
                                       const std::vector<std::string>& ids) {
  for (const auto& id : ids) {
    if (set.find(id) < 0) {
      throw UsageError("", {}, message("E224", quote(id), did_you_mean(id, set.ids())));
    }
  }
  // The time budget comes with any lever: every lever's hours are its own.
  QuestionnaireSet subset;
  for (const auto& q : set.items()) {
    if (std::find(ids.begin(), ids.end(), q.id) != ids.end() || q.is_budget()) {
      subset.add(q);
    }
  }
  subset.finalize();
  return subset;
}

} // namespace medtime
