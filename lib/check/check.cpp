#include "check/check.h"

#include <fmt/format.h>

#include "cost/cost_files.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "review/objectives.h"
#include "scoring/priority.h"
#include "util/files.h"
#include "yaml/node.h"

namespace medtime {

namespace {

// A lever names the time budget's categories: those of the budget
// questionnaire beside it, else of the questionnaires in use.
std::string check_questionnaire_text(const std::string& text, const std::string& path,
                                     const std::function<const QuestionnaireSet&()>& load_set,
                                     Diagnostics& diags) {
  std::vector<Category> categories;
  if (!is_budget_text(text)) {
    size_t slash = path.rfind('/');
    auto budget = find_budget_questionnaire(slash == std::string::npos ? "." : path.substr(0, slash));
    if (budget) {
      categories = budget->categories;
    } else {
      try {
        categories = load_set().categories();
      } catch (const Error&) {
        // No usable set: a category the file names is reported as unknown.
      }
    }
  }
  auto q = parse_questionnaire(text, path, diags, &categories);
  if (!q) {
    return "questionnaire";
  }
  return fmt::format("questionnaire {} v{}, {} questions, {} actions", q->id, q->version,
                     q->questions.size(), q->actions.size());
}

std::string check_answers_text(const std::string& text, const std::string& path,
                               const QuestionnaireSet& set, Diagnostics& diags) {
  Assessment a = parse_assessment(text, set, path, diags);
  int answered = 0;
  std::vector<std::string> ids;
  for (const auto& r : a.responses) {
    if (r.questionnaire == nullptr) {
      continue;
    }
    ids.push_back(r.questionnaire->id);
    for (const auto& answer : r.answers) {
      answered += answer.state != AnswerState::missing ? 1 : 0;
    }
  }
  return fmt::format("answers file, {} answers to {}", answered,
                     ids.empty() ? std::string("no questionnaire") : fmt::format("{}", fmt::join(ids, ", ")));
}

std::string check_objectives_text(const std::string& text, const std::string& path,
                                  const QuestionnaireSet& set, Diagnostics& diags) {
  Objectives objectives = parse_objectives(text, path, set, diags);
  return fmt::format("objectives file, {} objectives", objectives.items.size());
}

} // namespace

CheckResult check_file(const std::string& path,
                       const std::function<const QuestionnaireSet&()>& load_set) {
  CheckResult result;
  result.diagnostics.set_file(path);
  Diagnostics& diags = result.diagnostics;
  try {
    std::string text = read_file(path);
    yaml::Node root = yaml::parse(text, path);
    if (root.is_null()) {
      diags.error({1, 1}, "empty file; expected a questionnaire, answers file, delegation plan, "
                          "objectives file, scoring profile or parameter set");
      return result;
    }
    result.kind = detect_file_kind(root);
    switch (result.kind) {
    case FileKind::questionnaire:
      result.summary = check_questionnaire_text(text, path, load_set, diags);
      break;
    case FileKind::answers:
      result.summary = check_answers_text(text, path, load_set(), diags);
      break;
    case FileKind::profile:
      parse_profile(text, path, diags);
      result.summary = "scoring profile";
      break;
    case FileKind::objectives:
      result.summary = check_objectives_text(text, path, load_set(), diags);
      break;
    case FileKind::plan:
      result.summary = check_plan_text(text, path, load_set(), diags);
      break;
    case FileKind::parameters:
      result.summary = check_parameter_set_text(text, path, diags);
      break;
    case FileKind::unknown:
      diags.error(root.pos, "not a medtime file: expected a questionnaire (sections), an answers "
                            "file (answers), a delegation plan (tasks), an objectives file, a "
                            "scoring profile (weights) or a parameter set (values)");
      break;
    }
  } catch (const UsageError&) {
    throw; // a missing file is a usage error (exit 2), not a bad file
  } catch (const Error& e) {
    Diagnostic d = e.diagnostic();
    if (d.file.empty()) {
      d.file = path;
    }
    diags.add(d);
  }
  return result;
}

} // namespace medtime
