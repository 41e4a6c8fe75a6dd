#include "export/xlsform.h"

#include <fmt/format.h>
#include <memory>
#include <xlsxwriter.h>

#include "export/map_writer.h"
#include "export/relevance.h"
#include "export/survey_codes.h"
#include "util/diagnostics.h"
#include "util/temp_file.h"

namespace medtime {

namespace {

const char* const k_survey_columns[] = {
    "type", "name", "label::French (fr)", "label::English (en)", "hint::French (fr)",
    "hint::English (en)", "required", "relevant", "constraint", "appearance"};
const char* const k_choice_columns[] = {"list_name", "name", "label::French (fr)",
                                        "label::English (en)"};

struct SurveyRow {
  std::string type, name;
  LocalText label, hint;
  std::string required, relevant, constraint, appearance;
};

struct ChoiceRow {
  std::string list, name;
  LocalText label;
};

std::string number(double value) {
  return fmt::format("{}", value);
}

// `. >= min and . <= max`, or the part that applies.
std::string bounds(bool has_min, double min, bool has_max, double max) {
  if (has_min && has_max) {
    return fmt::format(". >= {} and . <= {}", number(min), number(max));
  }
  if (has_min || has_max) {
    return fmt::format(". {} {}", has_min ? ">=" : "<=", number(has_min ? min : max));
  }
  return "";
}

const LocalText k_na{"Non concerné", "Not applicable"};

class Form {
public:
  Form(const QuestionnaireSet& set, const XlsNames& names) : m_set(set), m_names(names) {}

  void build() {
    m_choices.push_back({"yes_no", "yes", {"Oui", "Yes"}});
    m_choices.push_back({"yes_no", "no", {"Non", "No"}});
    for (size_t i = 0; i < m_set.size(); ++i) {
      const Questionnaire& qn = m_set.items()[i];
      // A group takes no hint (ODK shows none): the intro is left out.
      m_survey.push_back({"begin_group", qn.id, qn.title, {}, "",
                          xlsform_asked_when(m_set, i, m_names), "", ""});
      for (size_t k = 0; k < qn.questions.size(); ++k) {
        question(i, k);
      }
      m_survey.push_back({"end_group", qn.id, {}, {}, "", "", "", ""});
    }
  }

  const std::vector<SurveyRow>& survey() const { return m_survey; }
  const std::vector<ChoiceRow>& choices() const { return m_choices; }

private:
  void question(size_t i, size_t k) {
    const Question& q = m_set.items()[i].questions[k];
    const XlsQuestionNames& n = m_names.questions[i][k];
    SurveyRow row{"", n.name, q.text, q.help, q.required ? "yes" : "", "", "", ""};
    if (q.when) {
      row.relevant = xlsform_relevant(*q.when, m_set, i, m_names);
    }
    switch (q.type) {
    case QuestionType::single:
      row.type = "select_one " + n.name;
      for (const auto& o : q.options) {
        m_choices.push_back({n.name, o.id, o.label});
      }
      m_choices.push_back({n.name, "na", k_na});
      break;
    case QuestionType::multiple:
      row.type = "select_multiple " + n.name;
      for (const auto& o : q.options) {
        m_choices.push_back({n.name, o.id, o.label});
        if (o.exclusive) {
          row.constraint += fmt::format("{}not(selected(., '{}') and count-selected(.) > 1)",
                                        row.constraint.empty() ? "" : " and ", o.id);
        }
      }
      break;
    case QuestionType::scale:
      row.type = "select_one " + n.name;
      row.appearance = "likert";
      for (auto v = static_cast<long>(q.min); v <= static_cast<long>(q.max); ++v) {
        LocalText label{std::to_string(v), std::to_string(v)};
        for (const auto& [at, anchor] : q.anchors) {
          if (at == v) {
            label.fr += " — " + anchor.fr;
            label.en += " — " + anchor.get(Lang::en);
          }
        }
        m_choices.push_back({n.name, std::to_string(v), label});
      }
      m_choices.push_back({n.name, "na", k_na});
      break;
    case QuestionType::yesno:
      row.type = "select_one yes_no";
      break;
    case QuestionType::number:
      row.type = q.integer ? "integer" : "decimal";
      row.constraint = bounds(q.has_min, q.min, q.has_max, q.max);
      if (!q.unit.empty()) {
        row.label.fr += fmt::format(" ({})", q.unit.fr);
        row.label.en = q.text.get(Lang::en) + fmt::format(" ({})", q.unit.get(Lang::en));
      }
      break;
    case QuestionType::text:
      row.type = "text";
      break;
    case QuestionType::tasks:
    case QuestionType::budget:
      table(q, n, std::move(row));
      return;
    }
    m_survey.push_back(std::move(row));
  }

  // A table: a group of one field per row.
  void table(const Question& q, const XlsQuestionNames& n, SurveyRow group) {
    bool tasks = q.type == QuestionType::tasks;
    group.type = "begin_group";
    group.appearance = tasks ? "table-list" : "field-list";
    group.required.clear();
    group.hint = {}; // a group takes no hint: the help goes to the table's first row
    LocalText help = q.help;
    m_survey.push_back(group);
    if (tasks) {
      for (const auto& l : q.levels) {
        m_choices.push_back({n.name, l.id, l.label});
      }
    }
    for (size_t t = 0; t < q.tasks.size(); ++t) {
      SurveyRow row{tasks ? "select_one " + n.name : "decimal", n.rows[t], q.tasks[t].label,
                    t == 0 ? help : LocalText{}, "", "",
                    tasks ? "" : bounds(true, 0, true, q.task_hours_max), ""};
      m_survey.push_back(std::move(row));
    }
    m_survey.push_back({"end_group", n.name, {}, {}, "", "", "", ""});
  }

  const QuestionnaireSet& m_set;
  const XlsNames& m_names;
  std::vector<SurveyRow> m_survey;
  std::vector<ChoiceRow> m_choices;
};

void check(lxw_error error, const std::string& path) {
  if (error != LXW_NO_ERROR) {
    throw Error(path, {}, message("E459", lxw_strerror(error)));
  }
}

struct BookCloser {
  void operator()(lxw_workbook* book) const { workbook_close(book); }
};

class Sheet {
public:
  Sheet(lxw_workbook* book, const char* name, const std::string& path)
      : m_sheet(workbook_add_worksheet(book, name)), m_path(path) {
    if (m_sheet == nullptr) {
      throw Error(path, {}, message("E460", quote(name)));
    }
  }

  void row(const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
      if (!cells[c].empty()) {
        check(worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(c), cells[c].c_str(),
                                     nullptr),
              m_path);
      }
    }
    ++m_row;
  }

private:
  lxw_worksheet* m_sheet;
  std::string m_path;
  lxw_row_t m_row = 0;
};

std::string version(const QuestionnaireSet& set) {
  std::vector<std::string> parts;
  for (const auto& q : set.items()) {
    parts.push_back(fmt::format("{}-{}", q.id, q.version));
  }
  return fmt::format("{}", fmt::join(parts, "_"));
}

std::string workbook(const QuestionnaireSet& set, const Form& form) {
  TempFile file(tr_message("impossible d'écrire le classeur", "cannot write the workbook"));
  std::string dir = temp_dir();
  lxw_workbook_options settings{};
  settings.tmpdir = dir.data();
  std::unique_ptr<lxw_workbook, BookCloser> book(workbook_new_opt(file.path().c_str(), &settings));
  if (!book) {
    throw Error(file.path(), {}, message("E462"));
  }
  Sheet survey(book.get(), "survey", file.path());
  survey.row(std::vector<std::string>(std::begin(k_survey_columns), std::end(k_survey_columns)));
  for (const auto& r : form.survey()) {
    survey.row({r.type, r.name, r.label.fr, r.label.empty() ? "" : r.label.get(Lang::en), r.hint.fr,
                r.hint.empty() ? "" : r.hint.get(Lang::en), r.required, r.relevant, r.constraint,
                r.appearance});
  }
  Sheet choices(book.get(), "choices", file.path());
  choices.row(std::vector<std::string>(std::begin(k_choice_columns), std::end(k_choice_columns)));
  for (const auto& c : form.choices()) {
    choices.row({c.list, c.name, c.label.fr, c.label.get(Lang::en)});
  }
  Sheet meta(book.get(), "settings", file.path());
  meta.row({"form_title", "form_id", "version", "default_language"});
  meta.row({"Libérer du temps médical — auto-diagnostic", "medtime", version(set), "French (fr)"});
  check(workbook_close(book.release()), file.path());
  return file.read();
}

std::string map(const QuestionnaireSet& set, const XlsNames& names) {
  std::vector<MapQuestionnaire> out;
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& qn = set.items()[i];
    MapQuestionnaire& m = out.emplace_back();
    m.id = qn.id;
    m.version = qn.version;
    for (size_t k = 0; k < qn.questions.size(); ++k) {
      const Question& q = qn.questions[k];
      const XlsQuestionNames& n = names.questions[i][k];
      MapColumn& col = m.columns.emplace_back();
      col.column = qn.id + "/" + n.name;
      col.question = q.id;
      if (q.type == QuestionType::multiple) {
        col.split = " ";
      }
      for (size_t t = 0; t < n.rows.size(); ++t) {
        col.tasks.emplace_back(n.rows[t], q.tasks[t].id);
      }
    }
  }
  return write_column_map(
      {"Column map of the XLSForm written by `medtime export --to xlsform`: which",
       "column of the CSV export of its responses answers which question. Export",
       "with the XML values and headers, group names included, then:",
       "  medtime batch --csv EXPORT.csv --map THIS.yaml --from kobo   (KoboToolbox: a/b)",
       "  medtime batch --csv EXPORT.csv --map THIS.yaml --from odk    (ODK Central: a-b)"},
      out);
}

} // namespace

SurveyFiles export_xlsform(const QuestionnaireSet& set) {
  XlsNames names = xlsform_names(set);
  Form form(set, names);
  form.build();
  return SurveyFiles{workbook(set, form), map(set, names)};
}

} // namespace medtime
