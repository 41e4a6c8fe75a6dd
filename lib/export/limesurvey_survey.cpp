#include "export/limesurvey_survey.h"

#include <fmt/format.h>

#include "export/map_writer.h"
#include "export/relevance.h"
#include "export/survey_codes.h"

namespace medtime {

namespace {

// The columns written: the fixed ones TSVImportSurvey reads, then the
// question attributes used here, in alphabetical order as LimeSurvey's own
// export writes them (any other column is an attribute to it).
const char* const k_columns[] = {
    "id",         "related_id", "class",     "type/scale",   "name",
    "relevance",  "text",       "help",      "language",     "validation",
    "mandatory",  "other",      "default",   "same_default", "exclude_all_others",
    "max_num_value_n", "min_num_value_n", "num_value_int_only"};
constexpr size_t k_column_count = sizeof(k_columns) / sizeof(k_columns[0]);

enum Column : size_t {
  c_id, c_related, c_class, c_type, c_name, c_relevance, c_text, c_help, c_language,
  c_validation, c_mandatory, c_other, c_default, c_same_default, c_exclude, c_max, c_min,
  c_int_only
};

using Row = std::vector<std::string>;

// Text as LimeSurvey shows it: HTML, where `{` would start an expression.
std::string html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '{':
      out += "&#123;";
      break;
    case '\n':
      out += "<br />";
      break;
    case '\t':
    case '\r':
      out += ' ';
      break;
    default:
      out += c;
    }
  }
  // A folded YAML text ends with a line break.
  while (out.size() >= 6 && out.compare(out.size() - 6, 6, "<br />") == 0) {
    out.resize(out.size() - 6);
  }
  return out;
}

// One field: enclosed in quotes when it holds one.
std::string field(const std::string& text) {
  if (text.find('"') == std::string::npos) {
    return text;
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

std::string number(double value) {
  return fmt::format("{}", value);
}

class Writer {
public:
  Writer(const QuestionnaireSet& set, const LimeCodes& codes) : m_set(set), m_codes(codes) {
    // Relevance equations once, with their errors before any output.
    for (size_t i = 0; i < set.size(); ++i) {
      auto& out = m_relevance.emplace_back();
      for (const auto& q : set.items()[i].questions) {
        out.push_back(q.when ? limesurvey_relevance(*q.when, set, i, codes) : "1");
      }
    }
  }

  std::string survey() {
    std::string out = "\xEF\xBB\xBF"; // LimeSurvey's exports start with a BOM
    for (size_t c = 0; c < k_column_count; ++c) {
      out += (c > 0 ? "\t" : "") + std::string(k_columns[c]);
    }
    out += "\n";
    setting("S", "language", "fr", "");
    setting("S", "additional_languages", "en", "");
    setting("S", "format", "G", ""); // one page per group
    setting("S", "datestamp", "Y", ""); // submitdate holds the date
    for (Lang lang : {Lang::fr, Lang::en}) {
      std::string code(lang_name(lang));
      setting("SL", "surveyls_language", code, code);
      setting("SL", "surveyls_title", title(lang), code);
      setting("SL", "surveyls_description", html(description(lang)), code);
    }
    for (Lang lang : {Lang::fr, Lang::en}) {
      m_next_id = 1;
      m_next_group = 1;
      for (size_t i = 0; i < m_set.size(); ++i) {
        questionnaire(i, lang);
      }
    }
    for (const auto& row : m_rows) {
      for (size_t c = 0; c < row.size(); ++c) {
        out += (c > 0 ? "\t" : "") + field(row[c]);
      }
      out += "\n";
    }
    return out;
  }

private:
  static const char* lang_name(Lang lang) { return lang == Lang::fr ? "fr" : "en"; }

  std::string title(Lang lang) const {
    return lang == Lang::fr ? "Libérer du temps médical — auto-diagnostic"
                            : "Freeing medical time — self-assessment";
  }

  std::string description(Lang lang) const {
    std::vector<std::string> parts;
    for (const auto& q : m_set.items()) {
      parts.push_back(fmt::format("{} ({} {})", q.short_name(lang), q.id, q.version));
    }
    return fmt::format("{} {}.", lang == Lang::fr ? "Questionnaires :" : "Questionnaires:",
                       fmt::join(parts, ", "));
  }

  Row& add(const char* cls, Lang lang) {
    Row& row = m_rows.emplace_back(k_column_count);
    row[c_class] = cls;
    row[c_language] = lang_name(lang);
    return row;
  }

  void setting(const char* cls, const std::string& name, const std::string& value,
               const std::string& language) {
    Row& row = m_rows.emplace_back(k_column_count);
    row[c_class] = cls;
    row[c_name] = name;
    row[c_text] = value;
    row[c_language] = language;
  }

  void questionnaire(size_t index, Lang lang) {
    const Questionnaire& qn = m_set.items()[index];
    for (size_t s = 0; s < qn.sections.size(); ++s) {
      const Section& section = qn.sections[s];
      Row& g = add("G", lang);
      int group = m_next_group++;
      g[c_id] = std::to_string(group);
      g[c_type] = fmt::format("G{}", group);
      std::string name = qn.short_name(lang);
      if (!section.title.empty()) {
        name += " — " + section.title.get(lang);
      }
      g[c_name] = html(name);
      g[c_relevance] = "1";
      std::string text = s == 0 && !qn.intro.empty() ? qn.intro.get(lang) : "";
      if (!section.intro.empty()) {
        text += (text.empty() ? "" : "\n\n") + section.intro.get(lang);
      }
      g[c_text] = html(text);
      for (int k = 0; k < section.question_count; ++k) {
        question(index, static_cast<size_t>(section.first_question + k), lang);
      }
    }
  }

  // A Q row, complete before its SQ and A rows are added (they may move it).
  void question(size_t index, size_t qi, Lang lang) {
    const Question& q = m_set.items()[index].questions[qi];
    const LimeQuestionCodes& codes = m_codes.questions[index][qi];
    int id = m_next_id++;
    Row row(k_column_count);
    row[c_class] = "Q";
    row[c_language] = lang_name(lang);
    row[c_id] = std::to_string(id);
    row[c_type] = type_of(q.type);
    row[c_name] = codes.code;
    row[c_relevance] = m_relevance[index][qi];
    std::string text = q.text.get(lang);
    if (q.type == QuestionType::number && !q.unit.empty()) {
      text += fmt::format(" ({})", q.unit.get(lang));
    }
    row[c_text] = html(text);
    row[c_help] = html(q.help.get(lang));
    row[c_mandatory] = q.required ? "Y" : "N";
    row[c_other] = "N";
    row[c_same_default] = "0";
    attributes(q, codes, row);
    m_rows.push_back(std::move(row));
    children(q, codes, id, lang);
  }

  static const char* type_of(QuestionType type) {
    switch (type) {
    case QuestionType::single:
    case QuestionType::scale:
      return "L";
    case QuestionType::multiple:
      return "M";
    case QuestionType::yesno:
      return "Y";
    case QuestionType::number:
      return "N";
    case QuestionType::text:
      return "T";
    case QuestionType::tasks:
      return "F";
    case QuestionType::budget:
      return "K";
    }
    return "T";
  }

  static void attributes(const Question& q, const LimeQuestionCodes& codes, Row& row) {
    if (q.type == QuestionType::multiple) {
      std::vector<std::string> exclusive;
      for (size_t o = 0; o < q.options.size(); ++o) {
        if (q.options[o].exclusive) {
          exclusive.push_back(codes.options[o]);
        }
      }
      row[c_exclude] = fmt::format("{}", fmt::join(exclusive, ";"));
    } else if (q.type == QuestionType::number) {
      bounds(row, q.has_min, q.min, q.has_max, q.max);
      row[c_int_only] = q.integer ? "1" : "";
    } else if (q.type == QuestionType::budget) {
      bounds(row, true, 0, true, q.task_hours_max);
    }
  }

  // The SQ and A rows of question `id`.
  void children(const Question& q, const LimeQuestionCodes& codes, int id, Lang lang) {
    std::string na = lang == Lang::fr ? "Non concerné" : "Not applicable";
    switch (q.type) {
    case QuestionType::single:
      for (size_t o = 0; o < q.options.size(); ++o) {
        answer(id, codes.options[o], q.options[o].label.get(lang), lang);
      }
      answer(id, k_limesurvey_na, na, lang);
      break;
    case QuestionType::multiple:
      for (size_t o = 0; o < q.options.size(); ++o) {
        subquestion(codes.options[o], q.options[o].label.get(lang), lang);
      }
      break;
    case QuestionType::scale:
      for (const auto& value : codes.scale) {
        answer(id, value, scale_label(q, value, lang), lang);
      }
      answer(id, k_limesurvey_na, na, lang);
      break;
    case QuestionType::tasks:
    case QuestionType::budget:
      for (size_t t = 0; t < q.tasks.size(); ++t) {
        subquestion(codes.rows[t], q.tasks[t].label.get(lang), lang);
      }
      for (size_t l = 0; l < q.levels.size() && q.type == QuestionType::tasks; ++l) {
        answer(id, codes.levels[l], q.levels[l].label.get(lang), lang);
      }
      break;
    case QuestionType::yesno:
    case QuestionType::number:
    case QuestionType::text:
      break;
    }
  }

  // "4", or "5 — Tout à fait" where the scale has an anchor.
  static std::string scale_label(const Question& q, const std::string& value, Lang lang) {
    std::string label = value;
    for (const auto& [at, anchor] : q.anchors) {
      if (std::to_string(at) == value) {
        label += " — " + anchor.get(lang);
      }
    }
    return label;
  }

  static void bounds(Row& row, bool has_min, double min, bool has_max, double max) {
    row[c_min] = has_min ? number(min) : "";
    row[c_max] = has_max ? number(max) : "";
  }

  void subquestion(const std::string& code, const std::string& text, Lang lang) {
    Row& row = add("SQ", lang);
    row[c_id] = std::to_string(m_next_id++);
    row[c_type] = "0";
    row[c_name] = code;
    row[c_text] = html(text);
  }

  void answer(int question, const std::string& code, const std::string& text, Lang lang) {
    Row& row = add("A", lang);
    row[c_id] = std::to_string(question);
    row[c_type] = "0";
    row[c_name] = code;
    row[c_text] = html(text);
  }

  const QuestionnaireSet& m_set;
  const LimeCodes& m_codes;
  std::vector<std::vector<std::string>> m_relevance;
  std::vector<Row> m_rows;
  int m_next_id = 1;
  int m_next_group = 1;
};

std::string map(const QuestionnaireSet& set, const LimeCodes& codes) {
  std::vector<MapQuestionnaire> out;
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& qn = set.items()[i];
    MapQuestionnaire& m = out.emplace_back();
    m.id = qn.id;
    m.version = qn.version;
    for (size_t k = 0; k < qn.questions.size(); ++k) {
      const Question& q = qn.questions[k];
      const LimeQuestionCodes& c = codes.questions[i][k];
      MapColumn& col = m.columns.emplace_back();
      col.column = c.code;
      col.question = q.id;
      for (size_t o = 0; o < c.options.size(); ++o) {
        col.codes.emplace_back(c.options[o], q.options[o].id);
      }
      for (const auto& v : c.scale) {
        col.codes.emplace_back(v, v);
      }
      for (size_t l = 0; l < c.levels.size(); ++l) {
        col.codes.emplace_back(c.levels[l], q.levels[l].id);
      }
      if (q.type == QuestionType::single || q.type == QuestionType::scale) {
        col.codes.emplace_back(k_limesurvey_na, "na");
      }
      for (size_t t = 0; t < c.rows.size(); ++t) {
        col.tasks.emplace_back(c.rows[t], q.tasks[t].id);
      }
    }
  }
  return write_column_map(
      {"Column map of the LimeSurvey survey written by `medtime export --to limesurvey`:",
       "which column of its response export answers which question, and what its",
       "answer codes mean. Export the responses as CSV with the headings \"Question",
       "code\" and the responses \"Answer codes\", then:",
       "  medtime batch --csv EXPORT.csv --map THIS.yaml --from limesurvey"},
      out);
}

} // namespace

SurveyFiles export_limesurvey(const QuestionnaireSet& set) {
  LimeCodes codes = limesurvey_codes(set);
  Writer writer(set, codes);
  return SurveyFiles{writer.survey(), map(set, codes)};
}

} // namespace medtime
