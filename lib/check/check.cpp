#include "check/check.h"

#include <fmt/format.h>
#include <fstream>

#include "batch/column_map.h"
#include "batch/csv_reader.h"
#include "cost/cost_files.h"
#include "load/answers_loader.h"
#include "load/questionnaire_checks.h"
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
                                     Diagnostics& diags, Lang lang) {
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
    return tr(lang, "questionnaire", "questionnaire");
  }
  bool names_others = q->asked_when.has_value();
  for (const auto& action : q->actions) {
    names_others = names_others || !action.prerequisites.empty();
  }
  if (names_others) {
    // What it names in other questionnaires: those beside it, else those
    // in use.
    size_t slash = path.rfind('/');
    std::optional<QuestionnaireSet> beside;
    try {
      beside = load_questionnaire_set(slash == std::string::npos ? "." : path.substr(0, slash));
    } catch (const Error&) {
    }
    const QuestionnaireSet* others = beside ? &*beside : nullptr;
    if (others == nullptr) {
      try {
        others = &load_set();
      } catch (const Error&) {
      }
    }
    std::vector<const Questionnaire*> all{&*q};
    if (others != nullptr) {
      for (const auto& other : others->items()) {
        if (other.id != q->id) {
          all.push_back(&other);
        }
      }
    }
    check_links(*q, all, categories, diags);
    if (diags.has_errors()) {
      return tr(lang, "questionnaire", "questionnaire");
    }
  }
  return fmt::format(fmt::runtime(tr(lang, "questionnaire {} v{}, {} questions, {} actions",
                                    "questionnaire {} v{}, {} questions, {} actions")),
                     q->id, q->version, q->questions.size(), q->actions.size());
}

std::string check_answers_text(const std::string& text, const std::string& path,
                               const QuestionnaireSet& set, Diagnostics& diags, Lang lang) {
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
  return fmt::format(fmt::runtime(tr(lang, "fichier de réponses, {} réponses à {}",
                                    "answers file, {} answers to {}")),
                     answered,
                     ids.empty() ? std::string(tr(lang, "aucun questionnaire", "no questionnaire"))
                                 : fmt::format("{}", fmt::join(ids, ", ")));
}

std::string check_objectives_text(const std::string& text, const std::string& path,
                                  const QuestionnaireSet& set, Diagnostics& diags, Lang lang) {
  Objectives objectives = parse_objectives(text, path, set, diags);
  return fmt::format(fmt::runtime(tr(lang, "fichier d'objectifs, {} objectifs",
                                    "objectives file, {} objectives")),
                     objectives.items.size());
}

std::string check_map_text(const std::string& text, const std::string& path,
                           const QuestionnaireSet& set, Diagnostics& diags, Lang lang) {
  ColumnMap map = parse_column_map(text, path, set, diags);
  std::vector<std::string> ids;
  for (size_t q : map.questionnaires) {
    ids.push_back(set.items()[q].id);
  }
  return fmt::format(fmt::runtime(tr(lang, "carte de colonnes, {} colonne(s) pour {}",
                                    "column map, {} column(s) for {}")),
                     map.rules.size(),
                     ids.empty() ? std::string(tr(lang, "aucun questionnaire", "no questionnaire"))
                                 : fmt::format("{}", fmt::join(ids, ", ")));
}

// The export's header against `map`, into `diags`; returns what it holds.
std::string check_header(const ColumnMap& map, const std::string& csv_path, CsvDialect dialect,
                         const QuestionnaireSet& set, Diagnostics& diags, Lang lang) {
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) {
    throw UsageError(csv_path, {}, message("E515"));
  }
  if (auto problem = check_csv_encoding(in)) {
    Message excel = message("E516", problem->second.text);
    diags.add(Diagnostic{Severity::error, csv_path, problem->first, std::move(excel.text),
                         excel.code});
    return csv_path;
  }
  CsvReader reader(in, csv_path, map.separator);
  CsvRecord header;
  if (!reader.next(header)) {
    Message empty = message("E517");
    diags.add(Diagnostic{Severity::error, csv_path, {1, 1}, std::move(empty.text), empty.code});
    return csv_path;
  }
  Diagnostics setup(map.file);
  CsvImporter importer(set, map, CsvImportOptions{dialect, false, {}}, header, csv_path, setup);
  diags.append(setup);
  size_t unmapped = 0;
  for (size_t c = 0; c < importer.column_count(); ++c) {
    if (importer.unmapped(c)) {
      ++unmapped;
      Message left_out = message("W502", quote(importer.column_name(c)));
      diags.add(Diagnostic{Severity::warning, csv_path, importer.column_pos(c),
                           std::move(left_out.text), left_out.code});
    }
  }
  size_t rows = 0;
  CsvRawRecord raw;
  while (reader.next_raw(raw)) {
    ++rows;
  }
  return fmt::format(fmt::runtime(tr(lang, "{} : {} colonne(s), {} hors de la carte ; {} réponse(s)",
                                    "{}: {} column(s), {} not in the map; {} response(s)")),
                     csv_path, importer.column_count(), unmapped, rows);
}

} // namespace

CheckResult check_map_with_csv(const std::string& map_path, const std::string& csv_path,
                               CsvDialect dialect,
                               const std::function<const QuestionnaireSet&()>& load_set,
                               Lang lang) {
  CheckResult result;
  result.kind = FileKind::column_map;
  result.diagnostics.set_file(map_path);
  Diagnostics& diags = result.diagnostics;
  try {
    std::string text = read_file(map_path);
    const QuestionnaireSet& set = load_set();
    result.summary = check_map_text(text, map_path, set, diags, lang);
    if (diags.has_errors()) {
      return result;
    }
    Diagnostics map_diags(map_path);
    ColumnMap map = parse_column_map(text, map_path, set, map_diags);
    result.summary += "; " + check_header(map, csv_path, dialect, set, diags, lang);
  } catch (const UsageError&) {
    throw;
  } catch (const Error& e) {
    Diagnostic d = e.diagnostic();
    if (d.file.empty()) {
      d.file = map_path;
    }
    diags.add(d);
  }
  return result;
}

CheckResult check_file(const std::string& path,
                       const std::function<const QuestionnaireSet&()>& load_set, Lang lang) {
  CheckResult result;
  result.diagnostics.set_file(path);
  Diagnostics& diags = result.diagnostics;
  try {
    std::string text = read_file(path);
    yaml::Node root = yaml::parse(text, path);
    if (root.is_null()) {
      diags.error({1, 1}, message("E518"));
      return result;
    }
    result.kind = detect_file_kind(root);
    switch (result.kind) {
    case FileKind::questionnaire:
      result.summary = check_questionnaire_text(text, path, load_set, diags, lang);
      break;
    case FileKind::answers:
      result.summary = check_answers_text(text, path, load_set(), diags, lang);
      break;
    case FileKind::profile:
      parse_profile(text, path, diags);
      result.summary = tr(lang, "profil de priorité", "scoring profile");
      break;
    case FileKind::objectives:
      result.summary = check_objectives_text(text, path, load_set(), diags, lang);
      break;
    case FileKind::plan:
      result.summary = check_plan_text(text, path, load_set(), diags, lang);
      break;
    case FileKind::parameters:
      result.summary = check_parameter_set_text(text, path, diags, lang);
      break;
    case FileKind::column_map:
      result.summary = check_map_text(text, path, load_set(), diags, lang);
      break;
    case FileKind::unknown:
      diags.error(root.pos, message("E519"));
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
