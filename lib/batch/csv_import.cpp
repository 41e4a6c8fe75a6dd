#include "batch/csv_import.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <fmt/format.h>

#include "load/answers_loader.h"
#include "util/spell.h"
#include "util/utf8.h"

namespace medtime {

namespace {

// LimeSurvey's own columns, first in every export.
constexpr const char* k_limesurvey_metadata[] = {
    "id",     "submitdate", "lastpage", "startlanguage", "seed",  "token",
    "startdate", "datestamp", "ipaddr", "refurl",        "optout", "completed"};

// KoboToolbox's own columns (its CSV export with "XML values and headers"
// and group names, as its exporter formpack writes it in 2024-2025): the
// form's metadata fields, then the submission's.
constexpr const char* k_kobo_metadata[] = {
    "start", "end", "today", "deviceid", "username", "_id", "_uuid", "_submission_time",
    "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index",
    "meta/instanceID", "meta/rootUuid", "formhub/uuid"};

// ODK Central's and Briefcase's own columns ("Briefcase export CSV format",
// getodk/briefcase's documentation, whose shape Central's CSV export keeps:
// SubmissionDate first, KEY last, groups joined by `-`), and Central's
// submitter and review columns.
constexpr const char* k_odk_metadata[] = {
    "SubmissionDate", "start", "end", "today", "deviceid", "meta-instanceID", "meta-instanceName",
    "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
    "ReviewState", "DeviceID", "Edits", "FormVersion", "isValidated"};

bool is_metadata(CsvDialect dialect, std::string_view name) {
  auto in = [&](const auto& list) {
    for (const char* meta : list) {
      if (name == meta) {
        return true;
      }
    }
    return false;
  };
  switch (dialect) {
  case CsvDialect::limesurvey:
    return in(k_limesurvey_metadata);
  case CsvDialect::kobo:
    return in(k_kobo_metadata);
  case CsvDialect::odk:
    return in(k_odk_metadata);
  case CsvDialect::plain:
    break;
  }
  return false;
}

// A map column `group/question` names the header column `name`: as is, or
// with ODK's `-` between groups.
bool same_path(std::string_view column, std::string_view name, CsvDialect dialect) {
  if (column == name) {
    return true;
  }
  if (dialect != CsvDialect::odk || column.size() != name.size()) {
    return false;
  }
  for (size_t i = 0; i < column.size(); ++i) {
    if (column[i] != name[i] && !(column[i] == '/' && name[i] == '-')) {
      return false;
    }
  }
  return true;
}

// `cell` equals `word` (lower case ASCII) in any case.
bool equals_any_case(std::string_view cell, std::string_view word) {
  if (cell.size() != word.size()) {
    return false;
  }
  for (size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != word[i]) {
      return false;
    }
  }
  return true;
}

// A ticked sub-column or a yes: Y (LimeSurvey's code), also 1, x, and the
// words of "full answers" exports, yes and oui, in any case.
bool is_checked(std::string_view cell) {
  for (const char* word : {"y", "1", "x", "yes", "oui"}) {
    if (equals_any_case(cell, word)) {
      return true;
    }
  }
  return false;
}

// An explicitly unticked sub-column or a no: N, 0, no, non, in any case.
bool is_unchecked(std::string_view cell) {
  for (const char* word : {"n", "0", "no", "non"}) {
    if (equals_any_case(cell, word)) {
      return true;
    }
  }
  return false;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  while (!text.empty() && text.back() == ' ') {
    text.remove_suffix(1);
  }
  return text;
}

// Makes `node` the scalar `text`, reusing its buffers (this runs per cell).
void set_scalar(yaml::Node& node, std::string_view text, SourcePos pos) {
  node.kind = yaml::Node::Kind::scalar;
  node.plain = false;
  node.text.assign(text.data(), text.size());
  node.pos = pos;
  node.children.clear();
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == 0) {
      return false;
    }
  }
  return true;
}

// LimeSurvey writes this date when a response has no date stamp.
constexpr std::string_view k_no_date = "1980-01-01";

// A survey date: YYYY-MM-DD, optionally followed by a time; empty for
// LimeSurvey's placeholder; null when the cell is no date.
std::optional<std::string> read_date(std::string_view cell) {
  if (cell.size() < 10 || !is_iso_date(cell.substr(0, 10))) {
    return std::nullopt;
  }
  if (cell.size() > 10 && cell[10] != ' ' && cell[10] != 'T') {
    return std::nullopt;
  }
  if (cell.substr(0, 10) == k_no_date) {
    return std::string();
  }
  return std::string(cell.substr(0, 10));
}

} // namespace

CsvDialect csv_dialect(std::string_view name) {
  return name == "limesurvey" ? CsvDialect::limesurvey
         : name == "kobo"     ? CsvDialect::kobo
         : name == "odk"      ? CsvDialect::odk
                              : CsvDialect::plain;
}

CsvImporter::CsvImporter(const QuestionnaireSet& set, const ColumnMap& map,
                         const CsvImportOptions& options,
                         const CsvRecord& header, std::string file, Diagnostics& diags)
    : m_set(set), m_map(map), m_file(std::move(file)) {
  if (!header.ok()) {
    throw Error(m_file, header.error_pos, Message{header.error_code, header.error});
  }
  for (const auto& field : header.fields) {
    m_header.push_back(field.text);
    m_header_pos.push_back(field.pos);
  }
  if (!m_header.empty()) {
    m_header[0] = std::string(skip_bom(m_header[0]));
  }
  for (size_t i = 0; i < m_header.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (m_header[i] == m_header[j]) {
        throw Error(m_file, m_header_pos[i],
                    message("E404", quote(m_header[i]), m_header_pos[j].column));
      }
    }
  }
  m_dialect = options.dialect;
  bind(map, options, diags);
}

int CsvImporter::find_rule(const ColumnMap& map, std::string_view name,
                           std::string_view& sub) const {
  sub = {};
  if (m_dialect == CsvDialect::kobo || m_dialect == CsvDialect::odk) {
    // Group paths: `group/question`, and a split select_multiple's
    // `group/question/choice` (KoboToolbox) under the question's column.
    for (size_t r = 0; r < map.rules.size(); ++r) {
      if (same_path(map.rules[r].column, name, m_dialect)) {
        return static_cast<int>(r);
      }
    }
    // ODK joins every group with `-`: a table's row `group-table-row` is
    // cut at each `-` from the right until the start names a column.
    const char* cuts = m_dialect == CsvDialect::odk ? "/-" : "/";
    for (size_t cut = name.find_last_of(cuts); cut != std::string_view::npos && cut > 0;
         cut = name.find_last_of(cuts, cut - 1)) {
      if (cut + 1 == name.size()) {
        continue;
      }
      for (size_t r = 0; r < map.rules.size(); ++r) {
        if (same_path(map.rules[r].column, name.substr(0, cut), m_dialect)) {
          sub = name.substr(cut + 1);
          return static_cast<int>(r);
        }
      }
    }
    return -1;
  }
  for (size_t r = 0; r < map.rules.size(); ++r) {
    if (map.rules[r].column == name) {
      return static_cast<int>(r);
    }
  }
  auto [base, code] = split_column(name);
  if (code.empty()) {
    // Expression Manager codes: Q1_SQ001 for Q1[SQ001].
    size_t cut = name.rfind('_');
    if (cut == std::string_view::npos || cut == 0 || cut + 1 == name.size()) {
      return -1;
    }
    base = name.substr(0, cut);
    code = name.substr(cut + 1);
  }
  for (size_t r = 0; r < map.rules.size(); ++r) {
    if (map.rules[r].column == base) {
      sub = code;
      return static_cast<int>(r);
    }
  }
  return -1;
}

void CsvImporter::bind(const ColumnMap& map, const CsvImportOptions& options, Diagnostics& diags) {
  bool limesurvey = options.dialect == CsvDialect::limesurvey;
  bool kobo = options.dialect == CsvDialect::kobo;
  bool odk = options.dialect == CsvDialect::odk;
  std::string complete = !map.complete_column.empty() ? map.complete_column
                         : limesurvey                 ? "submitdate"
                                                      : "";
  for (const auto& name : options.keep) {
    auto at = std::find(m_header.begin(), m_header.end(), name);
    if (at == m_header.end()) {
      throw UsageError(m_file, {1, 1},
                       message("E405", quote(name), did_you_mean(name, m_header)));
    }
    m_keep.push_back(static_cast<size_t>(at - m_header.begin()));
  }
  std::string respondent = !map.respondent_column.empty() ? map.respondent_column
                           : limesurvey                  ? "id"
                           : kobo                        ? "_id"
                           : odk                         ? "KEY"
                                                         : "respondent";
  std::string date = !map.date_column.empty() ? map.date_column
                     : limesurvey             ? "submitdate"
                     : kobo                   ? "_submission_time"
                     : odk                    ? "SubmissionDate"
                                              : "date";
  m_bindings.assign(m_header.size(), Binding{});
  std::vector<char> rule_used(map.rules.size(), 0);
  for (size_t c = 0; c < m_header.size(); ++c) {
    const std::string& name = m_header[c];
    Binding& b = m_bindings[c];
    if (name == complete) {
      m_complete = static_cast<int>(c);
    }
    if (name == respondent) {
      b.kind = Binding::Kind::respondent;
      m_respondent = static_cast<int>(c);
      continue;
    }
    if (name == date) {
      b.kind = Binding::Kind::date;
      m_date = static_cast<int>(c);
      continue;
    }
    bool ignored = false;
    for (const auto& i : map.ignore) {
      ignored = ignored || i == name;
    }
    ignored = ignored || is_metadata(options.dialect, name);
    if (ignored) {
      b.kind = Binding::Kind::ignored;
      continue;
    }
    std::string_view sub;
    int r = find_rule(map, name, sub);
    while (r >= 0) { // once; `break` leaves the column unmapped
      const ColumnRule& rule = map.rules[static_cast<size_t>(r)];
      bool whole = sub.empty();
      const Question& q = m_set.items()[rule.questionnaire].questions[static_cast<size_t>(rule.question)];
      if (!whole) {
        // A sub-column: an option of a multiple choice, or a task of a table.
        if (q.type == QuestionType::multiple) {
          const std::string* option = rule.has_codes ? rule.code(sub) : nullptr;
          if (option != nullptr && option->empty()) {
            b.kind = Binding::Kind::ignored; // the map says this sub-column means nothing
            rule_used[static_cast<size_t>(r)] = 1;
            break;
          }
          b.target = q.find_option(option != nullptr ? std::string_view(*option) : sub);
        } else if (q.type == QuestionType::tasks || q.type == QuestionType::budget) {
          b.target = rule.tasks.empty() ? q.find_task(sub) : rule.task_for(sub);
        }
        if (b.target < 0) {
          break; // e.g. Q1[other], Q1[SQ001comment]: left unmapped, reported
        }
      } else if ((q.type == QuestionType::tasks || q.type == QuestionType::budget) &&
                 rule.task < 0) {
        diags.error(rule.pos, message("E406", quote(name), quote(q.id), name));
        break;
      }
      b.kind = whole ? Binding::Kind::whole : Binding::Kind::sub;
      b.rule = r;
      rule_used[static_cast<size_t>(r)] = 1;
      break;
    }
  }
  // A select_multiple exported both as one cell and split into columns
  // (KoboToolbox's default): the cell is read, its split columns left out.
  for (size_t c = 0; c < m_bindings.size(); ++c) {
    Binding& b = m_bindings[c];
    if (b.kind != Binding::Kind::sub) {
      continue;
    }
    const ColumnRule& rule = map.rules[static_cast<size_t>(b.rule)];
    const Question& q = m_set.items()[rule.questionnaire].questions[static_cast<size_t>(rule.question)];
    if (q.type != QuestionType::multiple) {
      continue;
    }
    for (const auto& other : m_bindings) {
      if (other.kind == Binding::Kind::whole && other.rule == b.rule) {
        b = Binding{};
        b.kind = Binding::Kind::ignored;
        break;
      }
    }
  }
  for (size_t c = 0; c < m_bindings.size(); ++c) {
    // A kept column is copied, not left out: never reported as unmapped.
    bool used = std::find(m_keep.begin(), m_keep.end(), c) != m_keep.end() ||
                static_cast<int>(c) == m_complete;
    if (m_bindings[c].kind == Binding::Kind::unmapped && used) {
      m_bindings[c].kind = Binding::Kind::ignored;
    }
    if (m_bindings[c].kind == Binding::Kind::unmapped) {
      m_unmapped.push_back(c);
    }
  }
  // Group the bound columns by question.
  for (size_t c = 0; c < m_bindings.size(); ++c) {
    Binding& b = m_bindings[c];
    if (b.rule < 0) {
      continue;
    }
    const ColumnRule& rule = map.rules[static_cast<size_t>(b.rule)];
    for (size_t s = 0; s < m_slots.size() && b.slot < 0; ++s) {
      if (m_slots[s].questionnaire == rule.questionnaire && m_slots[s].question == rule.question) {
        b.slot = static_cast<int>(s);
      }
    }
    if (b.slot < 0) {
      b.slot = static_cast<int>(m_slots.size());
      m_slots.push_back(Slot{rule.questionnaire, rule.question, {}});
    }
    m_slots[static_cast<size_t>(b.slot)].columns.push_back(c);
  }
  for (const auto& slot : m_slots) {
    const Question& q = m_set.items()[slot.questionnaire].questions[static_cast<size_t>(slot.question)];
    bool several = slot.columns.size() > 1;
    if (several && q.type != QuestionType::multiple && q.type != QuestionType::tasks &&
        q.type != QuestionType::budget) {
      const ColumnRule& rule = map.rules[static_cast<size_t>(m_bindings[slot.columns[1]].rule)];
      diags.error(rule.pos, message("E407", quote(q.id), quote(m_header[slot.columns[0]]),
                                    quote(m_header[slot.columns[1]])));
    }
  }
  report_missing(map, rule_used, options, diags);
  prepare_fast_paths();
  if (!map.respondent_column.empty() && m_respondent < 0) {
    throw Error(map.file, {}, message("E408", quote(map.respondent_column), m_file));
  }
  if (!map.complete_column.empty() && m_complete < 0) {
    throw Error(map.file, {}, message("E409", quote(map.complete_column), m_file));
  }
  if (!map.date_column.empty() && m_date < 0) {
    throw Error(map.file, {}, message("E410", quote(map.date_column), m_file));
  }
}

void CsvImporter::report_missing(const ColumnMap& map, const std::vector<char>& rule_used,
                                 const CsvImportOptions& options, Diagnostics& diags) const {
  std::vector<std::string> missing, unknown;
  for (size_t r = 0; r < map.rules.size(); ++r) {
    if (!rule_used[r]) {
      missing.push_back(quote(map.rules[r].column));
    }
  }
  if (missing.empty()) {
    return;
  }
  for (size_t c = 0; c < m_bindings.size(); ++c) {
    if (m_bindings[c].kind == Binding::Kind::unmapped) {
      unknown.push_back(quote(m_header[c]));
    }
  }
  auto some = [](const std::vector<std::string>& names) {
    constexpr size_t k_shown = 4;
    std::vector<std::string> shown(names.begin(),
                                   names.begin() + static_cast<long>(std::min(names.size(), k_shown)));
    return fmt::format("{}{}", fmt::join(shown, ", "), names.size() > k_shown ? ", ..." : "");
  };
  std::string extra; // the file's own columns
  if (!unknown.empty()) {
    const char* format = tr_message(" et {} colonne(s) du fichier n'y sont pas ({})",
                                    " and {} column(s) of the file are not in it ({})");
    extra = fmt::format(fmt::runtime(format), unknown.size(), some(unknown));
  }
  const char* hint = ""; // how to export the file the map reads
  switch (options.dialect) {
  case CsvDialect::limesurvey:
    hint = tr_message(" ; exportez les réponses de LimeSurvey en CSV avec les en-têtes "
                      "« Question code » et les réponses « Answer codes »",
                      "; export the responses from LimeSurvey as CSV with the headings "
                      "\"Question code\" and the responses \"Answer codes\"");
    break;
  case CsvDialect::kobo:
    hint = tr_message(" ; exportez les données de KoboToolbox en CSV avec « XML values and "
                      "headers » et les noms de groupes inclus, séparés par « / »",
                      "; export the data from KoboToolbox as CSV with \"XML values and headers\" "
                      "and the group names included, separated by \"/\"");
    break;
  case CsvDialect::odk:
    hint = tr_message(" ; exportez les soumissions d'ODK Central en CSV (noms de groupes joints "
                      "par « - »), ou utilisez --from kobo pour « / »",
                      "; export the submissions from ODK Central as CSV (group names joined by "
                      "\"-\"), or use --from kobo for \"/\"");
    break;
  case CsvDialect::plain:
    hint = tr_message(" ; renommez les colonnes du fichier ou corrigez la carte",
                      "; rename the columns of the file or fix the map");
    break;
  }
  // The same code as a warning (--lenient) or an error.
  Message m = message(
      "E411", m_file, missing.size(), map.rules.size(), some(missing), extra, hint,
      options.lenient
          ? tr_message(" ; --lenient : seules les colonnes qui correspondent sont évaluées",
                       "; --lenient: only the columns that match are scored")
          : tr_message(" (--lenient évalue les colonnes qui correspondent)",
                       " (--lenient scores the columns that match)"));
  diags.add(Diagnostic{options.lenient ? Severity::warning : Severity::error, m_file, {1, 1},
                       std::move(m.text), m.code});
}

namespace {

// What resolve_answer makes of the answers-file value `text` for `q`, when it
// is an answer given or na with nothing to report.
std::optional<Answer> resolved(const Question& q, std::string_view text) {
  yaml::Node node;
  set_scalar(node, text, {});
  Diagnostics quiet;
  Answer answer = resolve_answer(q, node, quiet);
  if (!quiet.items().empty() ||
      (answer.state != AnswerState::given && answer.state != AnswerState::na)) {
    return std::nullopt;
  }
  return answer;
}

// `text` as a whole number written the canonical way (no sign, no leading
// zero, at most 3 digits), or -1.
int small_whole(std::string_view text) {
  if (text.empty() || text.size() > 3 || (text.size() > 1 && text[0] == '0')) {
    return -1;
  }
  int n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return -1;
    }
    n = n * 10 + (c - '0');
  }
  return n;
}

} // namespace

void CsvImporter::prepare_fast_paths() {
  m_cell_values.assign(m_header.size(), {});
  auto value_of = [](const Question& q, std::string_view text) {
    CellValue v;
    if (text.empty()) {
      v.kind = CellValue::Kind::blank;
    } else if (auto answer = resolved(q, text)) {
      v.kind = CellValue::Kind::answer;
      v.answer = std::move(*answer);
    }
    return v;
  };
  for (auto& slot : m_slots) {
    const Question& q = m_set.items()[slot.questionnaire].questions[static_cast<size_t>(slot.question)];
    auto rule_of = [&](size_t column) -> const ColumnRule& {
      return m_map.rules[static_cast<size_t>(m_bindings[column].rule)];
    };
    bool all_sub = std::all_of(slot.columns.begin(), slot.columns.end(), [&](size_t c) {
      return m_bindings[c].kind == Binding::Kind::sub;
    });
    bool all_codes = std::all_of(slot.columns.begin(), slot.columns.end(),
                                 [&](size_t c) { return rule_of(c).has_codes; });
    switch (q.type) {
    case QuestionType::multiple:
      if (all_sub && q.options.size() <= 64) {
        slot.fast = FastPath::multiple_sub;
      }
      break;
    case QuestionType::tasks:
      if (!all_codes) {
        break;
      }
      for (size_t c : slot.columns) {
        for (const auto& [code, value] : rule_of(c).codes) {
          CellValue v;
          v.kind = value.empty() ? CellValue::Kind::blank : CellValue::Kind::general;
          v.level = value.empty() ? -1 : q.find_level(value);
          if (v.level >= 0) {
            v.kind = CellValue::Kind::answer;
          }
          m_cell_values[c].push_back(std::move(v));
        }
      }
      slot.fast = FastPath::tasks_codes;
      break;
    case QuestionType::budget:
      break;
    default: {
      size_t c = slot.columns[0];
      if (slot.columns.size() != 1 || m_bindings[c].kind != Binding::Kind::whole) {
        break;
      }
      const ColumnRule& rule = rule_of(c);
      if (rule.has_codes) {
        for (const auto& [code, value] : rule.codes) {
          m_cell_values[c].push_back(value_of(q, value));
        }
        slot.fast = FastPath::scalar_codes;
      } else if (q.type == QuestionType::yesno) {
        m_cell_values[c].push_back(value_of(q, "yes"));
        m_cell_values[c].push_back(value_of(q, "no"));
        slot.fast = FastPath::yesno_plain;
      } else if (q.type == QuestionType::scale && q.has_min && q.has_max && q.min >= 0 &&
                 q.max <= 999 && q.max - q.min <= 100 && std::floor(q.min) == q.min) {
        for (int n = static_cast<int>(q.min); n <= static_cast<int>(q.max); ++n) {
          m_cell_values[c].push_back(value_of(q, std::to_string(n)));
        }
        slot.fast = FastPath::scale_plain;
      }
      break;
    }
    }
  }
}

std::optional<bool> CsvImporter::fast_answer(const Slot& slot, const CsvRecord& record,
                                             Answer& answer, std::vector<CsvIssue>& issues) const {
  auto issue = [&](size_t column, std::string_view code) {
    issues.push_back(CsvIssue{static_cast<std::uint32_t>(column), std::string(code),
                              record.fields[column].pos});
  };
  // A prepared value as the answer, at `pos`; nothing when the general path decides.
  auto take = [&](const CellValue& v, SourcePos pos) -> std::optional<bool> {
    if (v.kind == CellValue::Kind::blank) {
      return false;
    }
    if (v.kind == CellValue::Kind::general) {
      return std::nullopt;
    }
    answer = v.answer;
    answer.pos = pos;
    return true;
  };
  switch (slot.fast) {
  case FastPath::general:
    return std::nullopt;
  case FastPath::scalar_codes: {
    size_t c = slot.columns[0];
    const CsvField& f = record.fields[c];
    if (f.text.empty()) {
      return false;
    }
    int i = m_map.rules[static_cast<size_t>(m_bindings[c].rule)].code_index(f.text);
    if (i < 0) {
      issue(c, f.text);
      return false;
    }
    return take(m_cell_values[c][static_cast<size_t>(i)], f.pos);
  }
  case FastPath::yesno_plain: {
    size_t c = slot.columns[0];
    const CsvField& f = record.fields[c];
    if (f.text.empty()) {
      return false;
    }
    if (is_checked(f.text)) {
      return take(m_cell_values[c][0], f.pos);
    }
    if (is_unchecked(f.text)) {
      return take(m_cell_values[c][1], f.pos);
    }
    return std::nullopt;
  }
  case FastPath::scale_plain: {
    size_t c = slot.columns[0];
    const CsvField& f = record.fields[c];
    if (f.text.empty()) {
      return false;
    }
    const Question& q = m_set.items()[slot.questionnaire].questions[static_cast<size_t>(slot.question)];
    int n = small_whole(f.text) - static_cast<int>(q.min);
    if (n < 0 || static_cast<size_t>(n) >= m_cell_values[c].size()) {
      return std::nullopt;
    }
    return take(m_cell_values[c][static_cast<size_t>(n)], f.pos);
  }
  case FastPath::multiple_sub: {
    const Question& q = m_set.items()[slot.questionnaire].questions[static_cast<size_t>(slot.question)];
    size_t issues_before = issues.size();
    std::uint64_t bits = 0;
    int ticked = 0;
    bool exclusive = false;
    SourcePos pos;
    for (size_t c : slot.columns) {
      const CsvField& f = record.fields[c];
      if (f.text.empty()) {
        continue;
      }
      if (pos.line == 0) {
        pos = f.pos;
      }
      if (is_checked(f.text)) {
        int option = m_bindings[c].target;
        bits |= std::uint64_t{1} << option;
        exclusive = exclusive || q.options[static_cast<size_t>(option)].exclusive;
        ++ticked;
      } else if (!is_unchecked(f.text)) {
        issue(c, f.text);
      }
    }
    if (ticked == 0) {
      return false; // nothing ticked is no answer, as build_node says
    }
    if (ticked > 1 && (exclusive || std::popcount(bits) != ticked)) {
      issues.resize(issues_before); // the general path reports them, with the error
      return std::nullopt;
    }
    answer = Answer{};
    answer.state = AnswerState::given;
    answer.choices = bits;
    answer.pos = pos;
    return true;
  }
  case FastPath::tasks_codes: {
    const Question& q = m_set.items()[slot.questionnaire].questions[static_cast<size_t>(slot.question)];
    size_t issues_before = issues.size();
    bool any = false;
    SourcePos pos;
    for (size_t c : slot.columns) {
      const CsvField& f = record.fields[c];
      if (f.text.empty()) {
        continue;
      }
      const Binding& b = m_bindings[c];
      const ColumnRule& rule = m_map.rules[static_cast<size_t>(b.rule)];
      int i = rule.code_index(f.text);
      if (i < 0) {
        issue(c, f.text);
        continue;
      }
      const CellValue& v = m_cell_values[c][static_cast<size_t>(i)];
      if (v.kind == CellValue::Kind::blank) {
        continue;
      }
      if (v.kind == CellValue::Kind::general) {
        issues.resize(issues_before);
        return std::nullopt;
      }
      if (!any) {
        answer = Answer{};
        answer.tasks.assign(q.tasks.size(), TaskAnswer{});
        pos = f.pos;
        any = true;
      }
      int task = b.kind == Binding::Kind::sub ? b.target : rule.task;
      answer.tasks[static_cast<size_t>(task)].level = v.level;
    }
    if (!any) {
      return false;
    }
    answer.state = AnswerState::given;
    answer.pos = pos;
    return true;
  }
  }
  return std::nullopt;
}

bool CsvImporter::unmapped(size_t column) const {
  return m_bindings[column].kind == Binding::Kind::unmapped;
}

bool CsvImporter::build_node(const Slot& slot, const CsvRecord& record, yaml::Node& node,
                             std::vector<CsvIssue>& issues) const {
  const Question& q =
      m_set.items()[slot.questionnaire].questions[static_cast<size_t>(slot.question)];
  auto issue = [&](size_t column, std::string_view code) {
    const CsvField& f = record.fields[column];
    issues.push_back(CsvIssue{static_cast<std::uint32_t>(column), std::string(code), f.pos});
  };
  // The answers-file value of `code` in `column`, or null for an unknown code.
  auto translate = [&](size_t column, std::string_view code) -> std::optional<std::string_view> {
    const ColumnRule& rule = m_map.rules[static_cast<size_t>(m_bindings[column].rule)];
    if (rule.has_codes) {
      if (const std::string* value = rule.code(code)) {
        return std::string_view(*value);
      }
      issue(column, code);
      return std::nullopt;
    }
    if (q.type == QuestionType::yesno && is_checked(code)) {
      return std::string_view("yes");
    }
    if (q.type == QuestionType::yesno && is_unchecked(code)) {
      return std::string_view("no");
    }
    return code;
  };
  switch (q.type) {
  case QuestionType::multiple: {
    node.kind = yaml::Node::Kind::sequence;
    yaml::ChildWriter items(node);
    bool na = false;
    for (size_t column : slot.columns) {
      const CsvField& f = record.fields[column];
      if (f.text.empty()) {
        continue;
      }
      if (node.pos.line == 0) {
        node.pos = f.pos;
      }
      const Binding& b = m_bindings[column];
      if (b.kind == Binding::Kind::sub) {
        if (is_checked(f.text)) {
          set_scalar(items.add(), q.options[static_cast<size_t>(b.target)].id, f.pos);
        } else if (!is_unchecked(f.text)) {
          issue(column, f.text);
        }
        continue;
      }
      const ColumnRule& rule = m_map.rules[static_cast<size_t>(b.rule)];
      std::string_view rest = f.text;
      while (!rest.empty()) {
        size_t cut = rest.find(rule.split);
        std::string_view code = trim(rest.substr(0, cut));
        rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
        if (code.empty()) {
          continue;
        }
        if (auto value = translate(column, code); value && !value->empty()) {
          na = na || *value == "na";
          set_scalar(items.add(), *value, f.pos);
        }
      }
    }
    items.finish();
    if (na) {
      set_scalar(node, "na", node.pos);
      return true;
    }
    // Nothing ticked is no answer: a survey cannot tell "none" from "skipped".
    return items.size() > 0;
  }
  case QuestionType::tasks:
  case QuestionType::budget: {
    // {task: LEVEL, ...} or {category: HOURS, ...}, one entry per row met.
    node.kind = yaml::Node::Kind::mapping;
    yaml::ChildWriter entries(node);
    for (size_t column : slot.columns) {
      const CsvField& f = record.fields[column];
      if (f.text.empty()) {
        continue;
      }
      const Binding& b = m_bindings[column];
      const ColumnRule& rule = m_map.rules[static_cast<size_t>(b.rule)];
      auto value = translate(column, f.text);
      if (!value || value->empty()) {
        continue;
      }
      int task = b.kind == Binding::Kind::sub ? b.target : rule.task;
      const std::string& task_id = q.tasks[static_cast<size_t>(task)].id;
      if (entries.size() == 0) {
        node.pos = f.pos;
      }
      set_scalar(entries.add(), task_id, f.pos);
      set_scalar(entries.add(), *value, f.pos);
    }
    entries.finish();
    return entries.size() > 0;
  }
  default: {
    const CsvField& f = record.fields[slot.columns[0]];
    if (f.text.empty()) {
      return false;
    }
    auto value = translate(slot.columns[0], f.text);
    if (!value || value->empty()) {
      return false;
    }
    set_scalar(node, *value, f.pos);
    return true;
  }
  }
}

Assessment CsvImporter::import(const CsvRecord& record, Diagnostics& diags,
                               std::vector<CsvIssue>& issues, std::optional<bool>* complete) const {
  Assessment assessment;
  assessment.source = fmt::format("{}:{}", m_file, record.line);
  assessment.responses.resize(m_set.size());
  // The respondent first: an error row keeps it when its field could be read.
  if (m_respondent >= 0 && static_cast<size_t>(m_respondent) < record.fields.size() &&
      !record.fields[static_cast<size_t>(m_respondent)].text.empty()) {
    const std::string& id = record.fields[static_cast<size_t>(m_respondent)].text;
    if (is_ascii(id) || !check_utf8(id)) {
      assessment.respondent.emplace_back("id", id);
    }
  }
  for (size_t column : m_keep) {
    const std::string& value = column < record.fields.size() ? record.fields[column].text : "";
    assessment.respondent.emplace_back(m_header[column],
                                       is_ascii(value) || !check_utf8(value) ? value : "");
  }
  // A ragged row's fields are out of place: its completeness is unknown.
  if (complete != nullptr && m_complete >= 0 && record.fields.size() == m_header.size()) {
    std::string_view cell = record.fields[static_cast<size_t>(m_complete)].text;
    *complete = !cell.empty() && !is_unchecked(cell);
  }
  if (!record.ok()) {
    diags.error(record.error_pos, Message{record.error_code, record.error});
    return assessment;
  }
  if (record.fields.size() != m_header.size()) {
    diags.error({record.line, 1}, message("E412", record.fields.size(), m_header.size()));
    return assessment;
  }
  for (const auto& f : record.fields) {
    if (!is_ascii(f.text)) {
      if (auto problem = check_utf8(f.text)) {
        diags.error(f.pos, message("E413", problem->second.text));
        return assessment;
      }
    }
  }
  if (m_date >= 0) {
    const CsvField& f = record.fields[static_cast<size_t>(m_date)];
    assessment.date_pos = f.pos;
    if (auto date = read_date(f.text)) {
      assessment.date = *date;
    } else if (!f.text.empty()) {
      diags.error(f.pos, message("E414", quote(m_header[static_cast<size_t>(m_date)]),
                                 quote(f.text)));
    }
  }
  for (size_t c : m_unmapped) {
    if (!record.fields[c].text.empty()) {
      issues.push_back(CsvIssue{static_cast<std::uint32_t>(c), {}, record.fields[c].pos});
    }
  }
  // One node per question, kept from row to row on this thread so that
  // lists and tables keep their capacity.
  thread_local std::vector<yaml::Node> nodes;
  if (nodes.size() < m_slots.size()) {
    nodes.resize(m_slots.size());
  }
  for (size_t s = 0; s < m_slots.size(); ++s) {
    const Slot& slot = m_slots[s];
    Answer fast;
    std::optional<bool> answered = fast_answer(slot, record, fast, issues);
    bool from_node = !answered;
    yaml::Node& node = nodes[s];
    if (from_node) {
      node.kind = yaml::Node::Kind::null;
      node.pos = {};
      answered = build_node(slot, record, node, issues);
    }
    if (!*answered) {
      continue;
    }
    const Questionnaire& q = m_set.items()[slot.questionnaire];
    Response& response = assessment.responses[slot.questionnaire];
    if (response.questionnaire == nullptr) {
      response.questionnaire = &q;
      response.version = q.version;
      response.pos = from_node ? node.pos : fast.pos;
      response.answers.assign(q.questions.size(), Answer{});
    }
    Answer& answer = response.answers[static_cast<size_t>(slot.question)];
    if (from_node) {
      answer = resolve_answer(q.questions[static_cast<size_t>(slot.question)], node, diags);
      answer.pos = node.pos;
    } else {
      answer = std::move(fast);
    }
  }
  return assessment;
}

void CsvIssueCounter::add(const std::vector<CsvIssue>& issues) {
  for (const auto& issue : issues) {
    if (issue.code.empty()) { // a value in an unmapped column
      if (issue.column >= m_unmapped.size()) {
        m_unmapped.resize(issue.column + 1, 0);
      }
      ++m_unmapped[issue.column];
      continue;
    }
    auto key = std::make_pair(issue.column, issue.code);
    auto it = m_counts.find(key);
    if (it == m_counts.end()) {
      if (m_counts.size() >= k_max_distinct) {
        ++m_dropped;
        continue;
      }
      it = m_counts.emplace(std::move(key), Count{issue.pos, 0}).first;
    }
    ++it->second.count;
  }
}

void CsvIssueCounter::report(const CsvImporter& importer, Diagnostics& diags) const {
  for (size_t c = 0; c < importer.column_count(); ++c) {
    if (importer.unmapped(c)) {
      std::uint64_t n = c < m_unmapped.size() ? m_unmapped[c] : 0;
      diags.warning(importer.column_pos(c), message("W400", quote(importer.column_name(c)), n));
    }
  }
  for (const auto& [key, count] : m_counts) {
    if (key.second.empty()) {
      continue;
    }
    diags.warning(count.first, message("W401", quote(importer.column_name(key.first)),
                                       quote(key.second), count.count));
  }
  if (m_dropped > 0) {
    diags.warning({}, message("W402", m_dropped));
  }
}

} // namespace medtime
