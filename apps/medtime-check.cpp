// medtime check FILE...: validate questionnaires, answers files, plans,
// objectives, profiles and parameter sets (the kind is detected).
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fmt/format.h>
#include <optional>

#include "common.h"
#include "load/check.h"
#include "load/data_dir.h"

namespace {

struct CheckOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> files;
  bool strict = false;
  bool quiet = false;
};

void setup_check(CLI::App& app, CheckOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("FILE", o.files,
                 tr(lang, "Fichiers ou dossiers à valider (défaut : les questionnaires fournis)",
                    "Files or folders to validate (default: the bundled questionnaires)"));
  app.add_flag("--strict", o.strict,
               tr(lang, "Les avertissements font échouer la vérification",
                  "Warnings fail the check"));
  app.add_flag("-q,--quiet", o.quiet,
               tr(lang, "N'afficher que les problèmes", "Print problems only"));
}

bool is_yaml_name(const std::string& name) {
  return (name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0) ||
         (name.size() > 4 && name.compare(name.size() - 4, 4, ".yml") == 0);
}

// Appends the *.yaml/*.yml files under `dir` (recursively), sorted.
void collect(const std::string& dir, std::vector<std::string>& files) {
  std::vector<std::string> found;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* entry = ::readdir(d)) {
      std::string name = entry->d_name;
      if (name[0] == '.') {
        continue;
      }
      std::string path = dir + (dir.back() == '/' ? "" : "/") + name;
      struct stat st {};
      if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        found.push_back(path + "/");
      } else if (is_yaml_name(name)) {
        found.push_back(path);
      }
    }
    ::closedir(d);
  }
  std::sort(found.begin(), found.end());
  for (const auto& path : found) {
    if (path.back() == '/') {
      collect(path.substr(0, path.size() - 1), files);
    } else {
      files.push_back(path);
    }
  }
}

// Files named on the command line, with folders expanded to their *.yaml/*.yml.
std::vector<std::string> expand(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const auto& input : inputs) {
    struct stat st {};
    if (::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      collect(input, files);
    } else {
      files.push_back(input);
    }
  }
  return files;
}

int run_check(const CheckOptions& o, medtime::Lang lang) {
  using medtime::tr;
  std::vector<std::string> files = expand(
      o.files.empty() ? std::vector<std::string>{medtime::questionnaires_dir(o.common.questionnaires)}
                      : o.files);
  std::optional<medtime::QuestionnaireSet> set;
  auto load_set = [&]() -> const medtime::QuestionnaireSet& {
    if (!set) {
      set = medtime::app::load_set(o.common);
    }
    return *set;
  };
  size_t errors = 0, warnings = 0, failed = 0;
  for (const auto& file : files) {
    auto result = medtime::check_file(file, load_set);
    for (const auto& d : result.diagnostics.items()) {
      medtime::app::print_diagnostic("check", d.format());
      warnings += d.severity == medtime::Severity::warning ? 1 : 0;
    }
    errors += result.diagnostics.error_count();
    bool ok = !result.diagnostics.has_errors();
    failed += ok ? 0 : 1;
    if (ok && !o.quiet) {
      std::printf("%s: ok (%s)\n", file.c_str(), result.summary.c_str());
    }
  }
  if (!o.quiet || errors > 0 || warnings > 0) {
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n",
                 fmt::format(fmt::runtime(tr(lang, "{} fichier(s) vérifié(s) : {} erreur(s), {} avertissement(s)",
                                             "{} file(s) checked: {} error(s), {} warning(s)")),
                             files.size(), errors, warnings)
                     .c_str());
  }
  bool fail = errors > 0 || (o.strict && warnings > 0);
  return fail ? medtime::app::k_exit_invalid : medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  CheckOptions options;
  return medtime::app::run_command(
      "check", argc, argv, "Validate medtime files / Valider des fichiers medtime",
      "medtime check questionnaires/ examples/*.yaml",
      [&](CLI::App& app, medtime::Lang lang) { setup_check(app, options, lang); },
      [&](medtime::Lang lang) { return run_check(options, lang); });
}
