// medtime batch INPUT... | --csv FILE --map MAP: score a cohort of
// self-assessments, one row each, in input order (lib/batch/README.md).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <memory>
#include <thread>

#include "batch/batch.h"
#include "util/output_file.h"
#include "common.h"
#include "render/number.h"
#include "util/files.h"

namespace {

using medtime::tr;

struct BatchCliOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> inputs;
  std::string csv, map, from, profile, output;
  std::string format = "csv";
  std::string sep = ",";
  bool summary = false, summary_only = false, strict = false, decimal_comma = false;
  unsigned jobs = 0;
};

void setup_batch(CLI::App& app, BatchCliOptions& o, medtime::Lang lang) {
  medtime::app::add_common_options(app, o.common);
  app.add_option("INPUT", o.inputs,
                 tr(lang, "Fichiers de réponses, dossiers (*.yaml, *.yml), ou - pour un flux YAML "
                          "de plusieurs documents",
                    "Answers files, folders (*.yaml, *.yml), or - for a multi-document YAML stream"));
  app.add_option("--csv", o.csv, tr(lang, "Export d'enquête CSV (avec --map)", "Survey export as CSV (with --map)"));
  app.add_option("--map", o.map, tr(lang, "Correspondance colonnes → questions (YAML)",
                                    "Column map: columns → questions (YAML)"));
  app.add_option("--from", o.from, tr(lang, "Conventions de l'export : limesurvey",
                                      "Export conventions: limesurvey"))
      ->check(CLI::IsMember({"limesurvey"}));
  app.add_option("--format", o.format, tr(lang, "csv, jsonl ou json (text : synthèse seule)",
                                          "csv, jsonl or json (text: summary only)"))
      ->check(CLI::IsMember({"csv", "jsonl", "json", "text"}));
  app.add_flag("--summary", o.summary, tr(lang, "Synthèse par levier (tableau sur stderr)",
                                          "Per-lever summary (table on stderr)"));
  app.add_flag("--summary-only", o.summary_only, tr(lang, "La synthèse seule, dans le format choisi",
                                                    "Only the summary, in the chosen format"));
  app.add_flag("--strict", o.strict, tr(lang, "S'arrêter à la première entrée invalide",
                                        "Stop at the first invalid input"));
  app.add_option("-j,--jobs", o.jobs, tr(lang, "Fils de calcul (défaut : tous les cœurs)",
                                         "Worker threads (default: all cores)"))
      ->check(CLI::Range(1, 256));
  app.add_option("--profile", o.profile, tr(lang, "Profil de priorité (YAML)", "Priority profile (YAML)"));
  app.add_option("--sep", o.sep, tr(lang, "Séparateur CSV en sortie : , ; ou tab",
                                    "Output CSV separator: , ; or tab"))
      ->check(CLI::IsMember({",", ";", "tab", "\\t"}));
  app.add_flag("--decimal-comma", o.decimal_comma, tr(lang, "Virgule décimale (tableurs français)",
                                                      "Decimal comma (French spreadsheets)"));
  app.add_option("-o,--output", o.output, tr(lang, "Écrire dans ce fichier", "Write to this file"));
}

// Rows to stdout or an atomic file; diagnostics and a progress line to stderr.
class CliSink : public medtime::BatchSink {
public:
  CliSink(const std::string& output, medtime::Lang lang) : m_lang(lang) {
    if (!output.empty() && output != "-") {
      m_file = std::make_unique<medtime::OutputFile>(output);
    }
    m_progress = ::isatty(2) != 0;
    m_start = std::chrono::steady_clock::now();
  }
  void write(std::string_view data) override {
    if (m_file) {
      m_file->write(data);
    } else if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size()) {
      stdout_failed();
    }
  }
  void diagnostic(const medtime::Diagnostic& d) override {
    clear_progress();
    medtime::app::print_diagnostic("batch", d.format());
  }
  void progress(const medtime::BatchProgress& p) override {
    if (!m_progress || (p.done % 64 != 0)) {
      return;
    }
    auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(100)) {
      return;
    }
    m_last = now;
    double seconds = std::chrono::duration<double>(now - m_start).count();
    std::string line = fmt::format(fmt::runtime(tr(m_lang, "{} réponse(s) · {}/s · {} erreur(s)",
                                                   "{} response(s) · {}/s · {} error(s)")),
                                   medtime::format_number(static_cast<double>(p.done), 0, m_lang),
                                   medtime::format_number(static_cast<double>(p.done) / seconds, 0, m_lang),
                                   p.errors);
    if (p.bytes_total > 0) {
      line += fmt::format(" · {} %", 100 * p.bytes_done / p.bytes_total);
    }
    std::fflush(stdout);
    std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
    m_shown = true;
  }
  void clear_progress() {
    if (m_shown) {
      std::fflush(stdout);
      std::fputs("\r\x1b[K", stderr);
      m_shown = false;
    }
  }
  // Keeps the rows: renames the -o file into place, unless it names a file
  // read meanwhile (an answers file found in a folder), or flushes stdout.
  void commit(const std::string& output) {
    if (m_file) {
      medtime::app::refuse_overwriting_input(output);
      m_file->commit();
    } else if (std::fflush(stdout) != 0) {
      stdout_failed();
    }
  }

private:
  [[noreturn]] static void stdout_failed() {
    int saved = errno;
    std::clearerr(stdout); // reported here, not again by run_command
    throw medtime::Error("", {}, fmt::format("cannot write to the standard output: {}",
                                             std::strerror(saved)));
  }

  medtime::Lang m_lang;
  std::unique_ptr<medtime::OutputFile> m_file;
  bool m_progress = false, m_shown = false;
  std::chrono::steady_clock::time_point m_start, m_last;
};

void check_usage(const BatchCliOptions& o) {
  using medtime::UsageError;
  if (o.inputs.empty() && o.csv.empty()) {
    throw UsageError("", {}, "nothing to score: give answers files, folders, - or --csv FILE --map MAP");
  }
  if (!o.csv.empty() && !o.inputs.empty()) {
    throw UsageError("", {}, "--csv cannot be combined with other inputs; run one batch per export");
  }
  if (o.csv.empty() != o.map.empty()) {
    throw UsageError("", {}, o.csv.empty() ? "--map goes with --csv FILE" : "--csv needs --map MAP");
  }
  if (!o.from.empty() && o.csv.empty()) {
    throw UsageError("", {}, "--from goes with --csv FILE");
  }
  if (o.format == "text" && !o.summary_only) {
    throw UsageError("", {}, "--format text is for --summary-only; rows are csv, jsonl or json");
  }
  if (std::count(o.inputs.begin(), o.inputs.end(), "-") > 1) {
    throw UsageError("", {}, "- (standard input) can be given once");
  }
  for (const auto& input : o.inputs) {
    struct stat st {};
    if (input != "-" && ::stat(input.c_str(), &st) != 0) {
      throw UsageError(input, {}, "no such file or folder");
    }
  }
}

medtime::BatchOptions batch_options(const BatchCliOptions& o) {
  medtime::BatchOptions b;
  unsigned cores = std::thread::hardware_concurrency();
  b.threads = o.jobs > 0 ? o.jobs : (cores > 0 ? cores : 1);
  b.strict = o.strict;
  b.rows = !o.summary_only;
  b.summary = o.summary || o.summary_only;
  b.format = o.format == "jsonl" ? medtime::BatchFormat::jsonl
             : o.format == "json" ? medtime::BatchFormat::json
             : o.format == "text" ? medtime::BatchFormat::text
                                  : medtime::BatchFormat::csv;
  b.csv.separator = o.sep == "tab" || o.sep == "\\t" ? '\t' : o.sep[0];
  b.csv.decimal_comma = o.decimal_comma;
  if (!o.profile.empty()) {
    b.profile = medtime::load_profile(o.profile);
  }
  return b;
}

int run_batch(const BatchCliOptions& o, medtime::Lang lang) {
  check_usage(o);
  auto set = medtime::app::load_set(o.common);
  medtime::BatchOptions options = batch_options(o);
  std::vector<std::string> inputs = o.inputs;
  for (const auto& extra : {o.csv, o.map, o.profile}) {
    inputs.push_back(extra);
  }
  if (!o.output.empty() && o.output != "-") {
    for (const auto& input : inputs) {
      if (!input.empty() && medtime::same_file(o.output, input)) {
        throw medtime::UsageError(o.output, {}, "refusing to write over an input file");
      }
    }
    medtime::app::refuse_overwriting_input(o.output); // a questionnaire, the profile
  }
  // Only the output's identity is kept from here on: memory stays flat.
  medtime::watch_output(o.output);
  if (std::find(o.inputs.begin(), o.inputs.end(), "-") != o.inputs.end()) {
    medtime::remember_input("/dev/stdin"); // batch - < FILE -o FILE
  }
  CliSink sink(o.output, lang);
  std::optional<medtime::BatchResult> result;
  if (o.csv.empty()) {
    result = medtime::run_batch(set, o.inputs, stdin, options, sink);
  } else {
    auto map = medtime::load_column_map(o.map, set);
    medtime::remember_input(o.csv);
    std::ifstream csv(o.csv, std::ios::binary);
    struct stat st {};
    if (!csv || ::stat(o.csv.c_str(), &st) != 0 || S_ISDIR(st.st_mode)) {
      throw medtime::UsageError(o.csv, {}, "cannot open file");
    }
    auto dialect = o.from == "limesurvey" ? medtime::CsvDialect::limesurvey : medtime::CsvDialect::plain;
    result = medtime::run_batch_csv(set, csv, o.csv, static_cast<std::uint64_t>(st.st_size), map,
                                    dialect, options, sink);
  }
  sink.clear_progress();
  if (o.summary_only) {
    sink.write(medtime::render_summary(result->summary, set, options.format, options.csv, lang));
  }
  sink.commit(o.output);
  if (o.summary) {
    std::fflush(stdout);
    std::fprintf(stderr, "\n%s", medtime::render_summary(result->summary, set,
                                                         medtime::BatchFormat::text, options.csv, lang)
                                     .c_str());
  }
  return result->summary.errors() > 0 ? medtime::app::k_exit_invalid : medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  BatchCliOptions options;
  return medtime::app::run_command(
      "batch", argc, argv,
      "Score a cohort of self-assessments / Scorer une cohorte d'auto-évaluations",
      "medtime batch reponses/ --summary -o scores.csv\n"
      "  medtime batch --csv export.csv --map carte.yaml --from limesurvey \\\n"
      "      --sep ';' --decimal-comma",
      [&](CLI::App& app, medtime::Lang lang) { setup_batch(app, options, lang); },
      [&](medtime::Lang lang) { return run_batch(options, lang); });
}
