#include "targets.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "batch/batch.h"
#include "batch/column_map.h"
#include "cost/cost.h"
#include "cost/cost_render.h"
#include "cost/inputs.h"
#include "cost/parameters.h"
#include "cost/plan_loader.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "model/condition.h"
#include "render/csv.h"
#include "render/style.h"
#include "report/report.h"
#include "report/report_render.h"
#include "review/objectives.h"
#include "scoring/score.h"
#include "show/questionnaire_render.h"
#include "util/files.h"

namespace medtime::fuzz {

namespace {

const std::string k_source = MEDTIME_SOURCE_DIR;

// A finding: says what and stops (libFuzzer saves the input).
[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "medtime fuzz finding: %s\n", what.c_str());
  std::abort();
}

// A diagnostic must point into its file, in its own words.
void check_diagnostic(const Diagnostic& d) {
  std::string text = d.format();
  if (d.file.empty() || d.pos.line < 1 || d.pos.column < 1) {
    finding("a diagnostic without file:line:col: " + text);
  }
  // yaml-cpp's own messages, which a message of ours never starts with
  // (quoted user text may hold these words anywhere).
  for (const char* raw : {"yaml-cpp", "operator[]", "invalid node", "bad conversion", "bad file",
                          "bad subscript", "bad dereference", "key not found"}) {
    if (d.message.rfind(raw, 0) == 0) {
      finding("a raw yaml-cpp message: " + text);
    }
  }
}

void check_all(const Diagnostics& diags) {
  for (const auto& d : diags.items()) {
    check_diagnostic(d);
  }
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// `inf` or `nan` as a word of `output`. Inputs that hold these letters
// themselves (an id "inf") are not scanned: their text may come back.
void check_finite(std::string_view input, const std::string& output) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
  };
  std::string in = lower(input);
  if (in.find("inf") != std::string::npos || in.find("nan") != std::string::npos) {
    return;
  }
  std::string out = lower(output);
  for (const char* word : {"inf", "nan"}) {
    for (size_t at = out.find(word); at != std::string::npos; at = out.find(word, at + 1)) {
      bool starts = at == 0 || !is_word_char(out[at - 1]);
      bool ends = at + 3 == out.size() || !is_word_char(out[at + 3]);
      if (starts && ends) {
        finding(std::string("\"") + word + "\" in an output: " + output.substr(at > 60 ? at - 60 : 0, 120));
      }
    }
  }
}

// Runs `body`; an `Error` must be positioned, anything else is a finding.
template <typename Body>
void guarded(Body body) {
  try {
    body();
  } catch (const Error& e) {
    check_diagnostic(e.diagnostic());
  } catch (const std::exception& e) {
    finding(std::string("an exception that is not medtime::Error: ") + e.what());
  }
}

const QuestionnaireSet& bundled_set() {
  static const QuestionnaireSet set = load_questionnaire_set(k_source + "/questionnaires");
  return set;
}

const QuestionnaireSet& mini_set() {
  static const QuestionnaireSet set = load_questionnaire_set(k_source + "/tests/data/set");
  return set;
}

const ParameterSet& bundled_parameters() {
  static const ParameterSet set = load_parameter_set_file(k_source + "/parameters/fr-2026.yaml");
  return set;
}

// A sheet from `plan` and `parameters` in text and JSON, scanned.
void check_cost(std::string_view input, const Plan& plan, const ParameterSet& parameters) {
  Diagnostics diags("plan.yaml");
  CostInputs in = resolve_plan(plan, parameters, diags);
  check_all(diags);
  CostSheet sheet = compute_cost(in);
  check_finite(input, render_cost_text(in, sheet, true, Lang::fr, Style(false)));
  check_finite(input, cost_json(in, sheet, Lang::en).dump());
  check_finite(input, render_cost_csv(sheet, CsvStyle{}));
}

void run_answers(std::string_view data) {
  guarded([&] {
    const QuestionnaireSet& set = bundled_set();
    Diagnostics diags("answers.yaml");
    Assessment a = parse_assessment(data, set, "answers.yaml", diags);
    check_all(diags);
    ScoreSet scores = score_assessment(set, a);
    Report report = build_report(a, scores, set.categories(), Profile{});
    check_finite(data, render_report_text(report, Lang::fr, Style(false)));
    check_finite(data, report_json(report, Lang::en).dump());
  });
}

struct CheckingSink : BatchSink {
  std::string out;
  void write(std::string_view text) override { out += text; }
  void diagnostic(const Diagnostic& d) override {
    if (d.severity == Severity::error) {
      check_diagnostic(d);
    }
  }
};

void run_stream(std::string_view data) {
  std::string copy(data);
  std::FILE* stream = ::fmemopen(copy.data(), copy.size(), "r");
  if (stream == nullptr) {
    return; // fmemopen refuses an empty buffer on some libcs
  }
  guarded([&] {
    CheckingSink sink;
    run_batch(mini_set(), {"-"}, stream, BatchOptions{}, sink);
    check_finite(data, sink.out);
  });
  std::fclose(stream);
}

void run_questionnaire(std::string_view data) {
  guarded([&] {
    Diagnostics diags("q.yaml");
    auto q = parse_questionnaire(data, "q.yaml", diags);
    check_all(diags);
    if (q) {
      check_finite(data, render_questionnaire(*q, false, Lang::fr, Style(false)));
    }
  });
}

void run_when(std::string_view data) {
  guarded([&] {
    Diagnostics diags("q.yaml");
    auto condition = parse_condition(data, {1, 1}, diags);
    if (condition) {
      resolve_condition(*condition, mini_set().items().front(), mini_set().categories(), diags);
    }
    check_all(diags);
  });
}

void run_plan(std::string_view data) {
  guarded([&] {
    Diagnostics diags("plan.yaml");
    auto plan = parse_plan(data, "plan.yaml", diags);
    check_all(diags);
    if (plan) {
      check_cost(data, *plan, bundled_parameters());
    }
  });
}

void run_parameters(std::string_view data) {
  static const Plan example = [] {
    Diagnostics diags;
    return load_plan(k_source + "/examples/plans/assistant-medical.yaml", diags);
  }();
  guarded([&] {
    Diagnostics diags("p.yaml");
    auto set = parse_parameter_set(data, "p.yaml", diags);
    check_all(diags);
    if (set) {
      check_cost(data, example, *set);
    }
  });
}

void run_objectives(std::string_view data) {
  guarded([&] {
    Diagnostics diags("o.yaml");
    parse_objectives(data, "o.yaml", bundled_set(), diags);
    check_all(diags);
  });
}

void run_column_map(std::string_view data) {
  guarded([&] {
    Diagnostics diags("map.yaml");
    parse_column_map(data, "map.yaml", mini_set(), diags);
    check_all(diags);
  });
}

void run_csv(std::string_view data) {
  static const ColumnMap map =
      load_column_map(k_source + "/tests/data/batch/limesurvey-map.yaml", mini_set());
  guarded([&] {
    std::istringstream in{std::string(data)};
    CheckingSink sink;
    run_batch_csv(mini_set(), in, "export.csv", data.size(), map,
                  CsvImportOptions{.dialect = CsvDialect::limesurvey, .lenient = true, .keep = {}},
                  BatchOptions{}, sink);
    check_finite(data, sink.out);
  });
}

} // namespace

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"answers", run_answers},       {"stream", run_stream},
      {"questionnaire", run_questionnaire}, {"when", run_when},
      {"plan", run_plan},             {"parameters", run_parameters},
      {"objectives", run_objectives}, {"column_map", run_column_map},
      {"csv", run_csv},
  };
  return all;
}

const Target* find_target(std::string_view name) {
  for (const auto& t : targets()) {
    if (name == t.name) {
      return &t;
    }
  }
  return nullptr;
}

} // namespace medtime::fuzz
