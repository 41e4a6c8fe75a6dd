// medtime batch INPUT... | --csv FILE --map MAP: score a cohort of
// self-assessments, one row each, in input order (lib/batch/README.md).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
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
  std::string csv, map, from, profile, output, group_by, pseudonymise;
  bool force = false;
  std::vector<std::string> keep;
  std::uint64_t min_cell = 5;
  bool complete_only = false, bom = false;
  std::string format = "csv";
  std::string sep = ",";
  bool summary = false, summary_only = false, strict = false, decimal_comma = false;
  bool lenient = false;
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
  app.add_option("--from", o.from, tr(lang, "Conventions de l'export : limesurvey, kobo (KoboToolbox) ou odk (ODK Central)",
                                      "Export conventions: limesurvey, kobo (KoboToolbox) or odk (ODK Central)"))
      ->check(CLI::IsMember({"limesurvey", "kobo", "odk"}));
  app.add_option("--format", o.format,
                 tr(lang, "csv, jsonl ou json ; text : synthèse seule ; html : page de la cohorte ; "
                          "xlsx : classeur (-o FICHIER)",
                    "csv, jsonl or json; text: summary only; html: the cohort page; xlsx: a "
                    "workbook (-o FILE)"))
      ->check(CLI::IsMember({"csv", "jsonl", "json", "text", "html", "xlsx"}));
  app.add_option("--keep", o.keep,
                 tr(lang, "Colonnes à recopier dans chaque ligne (département, spécialité…) ; "
                          "clés de « respondent » pour des fichiers de réponses",
                    "Columns copied into each row (department, specialty...); \"respondent\" "
                    "keys for answers files"))
      ->delimiter(',');
  app.add_option("--group-by", o.group_by,
                 tr(lang, "La synthèse par valeur de cette colonne (gardée comme --keep)",
                    "The summary per value of this column (kept as with --keep)"));
  app.add_option("--min-cell", o.min_cell,
                 tr(lang, "Un groupe de moins de N réponses valides ne montre aucun chiffre (défaut 5)",
                    "A group under N valid responses shows no figure (default 5)"))
      ->check(CLI::Range(1, 1000000));
  app.add_flag("--complete-only", o.complete_only,
               tr(lang, "Écarter les réponses non envoyées (export sans date d'envoi)",
                  "Leave out responses that were not submitted (no submit date)"));
  app.add_option("--pseudonymise", o.pseudonymise,
                 tr(lang, "Remplacer les identifiants par un pseudonyme calculé avec la clé de ce "
                          "fichier (HMAC-SHA256)",
                    "Replace respondent ids by a pseudonym keyed by this file (HMAC-SHA256)"));
  app.add_flag("--bom", o.bom, tr(lang, "Marque d'ordre des octets UTF-8 en tête du CSV (Excel)",
                                  "A UTF-8 byte order mark before the CSV (Excel)"));
  app.add_flag("--summary", o.summary, tr(lang, "Synthèse par levier (tableau sur stderr)",
                                          "Per-lever summary (table on stderr)"));
  app.add_flag("--summary-only", o.summary_only, tr(lang, "La synthèse seule, dans le format choisi",
                                                    "Only the summary, in the chosen format"));
  app.add_flag("--strict", o.strict, tr(lang, "S'arrêter à la première entrée invalide",
                                        "Stop at the first invalid input"));
  app.add_flag("--lenient", o.lenient,
               tr(lang, "Colonnes de la carte absentes de l'export : avertir au lieu d'arrêter",
                  "Columns of the map missing from the export: warn instead of stopping"));
  app.add_option("-j,--jobs", o.jobs, tr(lang, "Fils de calcul (défaut : tous les cœurs)",
                                         "Worker threads (default: all cores)"))
      ->check(CLI::Range(1, 256));
  app.add_option("--profile", o.profile, tr(lang, "Profil de priorité (YAML)", "Priority profile (YAML)"));
  app.add_option("--sep", o.sep, tr(lang, "Séparateur CSV en sortie : , ; ou tab",
                                    "Output CSV separator: , ; or tab"))
      ->check(CLI::IsMember({",", ";", "tab", "\\t"}));
  app.add_flag("--decimal-comma", o.decimal_comma, tr(lang, "Virgule décimale (tableurs français)",
                                                      "Decimal comma (French spreadsheets)"));
  medtime::app::add_output_options(app, o.output, o.force);
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
    throw medtime::Error("", {}, medtime::app::stdout_error(saved));
  }

  medtime::Lang m_lang;
  std::unique_ptr<medtime::OutputFile> m_file;
  bool m_progress = false, m_shown = false;
  std::chrono::steady_clock::time_point m_start, m_last;
};

void check_usage(const BatchCliOptions& o) {
  using medtime::UsageError;
  using medtime::message;
  const char* csv_file = medtime::tr_message("--csv FICHIER", "--csv FILE");
  if (o.inputs.empty() && o.csv.empty()) {
    throw UsageError("", {}, message("E445"));
  }
  if (!o.csv.empty() && !o.inputs.empty()) {
    throw UsageError("", {}, message("E446"));
  }
  if (o.csv.empty() != o.map.empty()) {
    const char* map_file = medtime::tr_message("--map CARTE", "--map MAP");
    throw UsageError("", {},
                     o.csv.empty() ? message("E447", "--map", csv_file)
                                   : message("E448", "--csv", map_file));
  }
  if (!o.from.empty() && o.csv.empty()) {
    throw UsageError("", {}, message("E447", "--from", csv_file));
  }
  if (o.lenient && o.csv.empty()) {
    throw UsageError("", {}, message("E447", "--lenient", csv_file));
  }
  if (o.min_cell != 5 && o.group_by.empty()) {
    throw UsageError("", {}, message("E447", "--min-cell", "--group-by COL"));
  }
  if (o.complete_only && o.csv.empty()) {
    throw UsageError("", {}, message("E449"));
  }
  if (o.bom && o.format != "csv") {
    throw UsageError("", {}, message("E450"));
  }
  if (o.format == "xlsx" && o.summary_only) {
    throw UsageError("", {}, message("E451"));
  }
  if (o.format == "xlsx" && (o.output.empty() || o.output == "-")) {
    throw UsageError("", {}, message("E452", "--format xlsx"));
  }
  if (o.format == "text" && !o.summary_only) {
    throw UsageError("", {}, message("E453"));
  }
  if (std::count(o.inputs.begin(), o.inputs.end(), "-") > 1) {
    throw UsageError("", {}, message("E454"));
  }
  for (const auto& input : o.inputs) {
    struct stat st {};
    if (input != "-" && ::stat(input.c_str(), &st) != 0) {
      throw UsageError(input, {}, message("E455"));
    }
  }
}

// The pseudonymisation key: the bytes of `path` without a final line break.
std::string read_key(const std::string& path) {
  std::string key = medtime::read_file(path);
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) {
    key.pop_back();
  }
  if (key.size() < 16) {
    throw medtime::Error(path, {}, medtime::message("E456", key.size(), path));
  }
  return key;
}

medtime::BatchOptions batch_options(const BatchCliOptions& o, medtime::Lang lang) {
  medtime::BatchOptions b;
  b.lang = lang;
  unsigned cores = std::thread::hardware_concurrency();
  b.threads = o.jobs > 0 ? o.jobs : (cores > 0 ? cores : 1);
  b.strict = o.strict;
  b.format = o.format == "jsonl" ? medtime::BatchFormat::jsonl
             : o.format == "json" ? medtime::BatchFormat::json
             : o.format == "text" ? medtime::BatchFormat::text
             : o.format == "html" ? medtime::BatchFormat::html
             : o.format == "xlsx" ? medtime::BatchFormat::xlsx
                                  : medtime::BatchFormat::csv;
  // The cohort page is a summary; the workbook holds the rows and the summary.
  b.rows = !o.summary_only && b.format != medtime::BatchFormat::html;
  b.summary = o.summary || o.summary_only || b.format == medtime::BatchFormat::html ||
              b.format == medtime::BatchFormat::xlsx;
  b.csv.separator = o.sep == "tab" || o.sep == "\\t" ? '\t' : o.sep[0];
  b.csv.decimal_comma = o.decimal_comma;
  b.bom = o.bom;
  b.row.keep = o.keep;
  if (!o.group_by.empty() && std::find(o.keep.begin(), o.keep.end(), o.group_by) == o.keep.end()) {
    b.row.keep.push_back(o.group_by);
  }
  b.row.actions = b.summary; // the summary counts each action
  b.row.pseudonym_key = o.pseudonymise.empty() ? "" : read_key(o.pseudonymise);
  b.group_by = o.group_by;
  b.min_cell = o.min_cell;
  b.complete_only = o.complete_only;
  if (!o.profile.empty()) {
    b.profile = medtime::load_profile(o.profile);
  }
  return b;
}

int run_batch(const BatchCliOptions& o, medtime::Lang lang) {
  check_usage(o);
  auto set = medtime::app::load_set(o.common);
  medtime::BatchOptions options = batch_options(o, lang);
  std::vector<std::string> inputs = o.inputs;
  for (const auto& extra : {o.csv, o.map, o.profile, o.pseudonymise}) {
    inputs.push_back(extra);
  }
  if (!o.output.empty() && o.output != "-") {
    for (const auto& input : inputs) {
      if (!input.empty() && medtime::same_file(o.output, input)) {
        throw medtime::UsageError(o.output, {}, medtime::message("E023"));
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
      throw medtime::UsageError(o.csv, {}, medtime::message("E457"));
    }
    medtime::CsvImportOptions import;
    import.dialect = medtime::csv_dialect(o.from);
    import.lenient = o.lenient;
    result = medtime::run_batch_csv(set, csv, o.csv, static_cast<std::uint64_t>(st.st_size), map,
                                    import, options, sink);
  }
  sink.clear_progress();
  if (o.summary_only || options.format == medtime::BatchFormat::html) {
    if (options.bom) {
      sink.write("\xEF\xBB\xBF");
    }
    sink.write(medtime::render_summary(result->summary, set.scored(), options.format, options.csv, lang));
  }
  sink.commit(o.output);
  if (o.summary && options.rows && options.format != medtime::BatchFormat::xlsx) {
    std::fflush(stdout);
    std::fprintf(stderr, "\n%s", medtime::render_summary(result->summary, set.scored(),
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
