// medtime list: the bundled questionnaires and parameter sets.
#include <dirent.h>

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common.h"
#include "load/data_dir.h"
#include "render/style.h"
#include "render/table.h"
#include "render/wrap.h"

namespace {

struct ListOptions {
  medtime::app::CommonOptions common;
  std::string format = "table";
  medtime::app::TextOptions text;
};

void setup_list(CLI::App& app, ListOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("--format", o.format, tr(lang, "table ou json", "table or json"))
      ->check(CLI::IsMember({"table", "json"}));
  medtime::app::add_text_options(app, o.text);
}

// Names (file stems) of the parameter sets bundled in the data folder.
std::vector<std::string> parameter_sets() {
  std::vector<std::string> names;
  std::string dir;
  try {
    dir = medtime::find_data_dir() + "/parameters";
  } catch (const medtime::Error&) {
    return names;
  }
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* entry = ::readdir(d)) {
      std::string name = entry->d_name;
      if (name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0) {
        names.push_back(name.substr(0, name.size() - 5));
      }
    }
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The display width of the widest line of `text`.
size_t widest_line(const std::string& text) {
  size_t widest = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, medtime::display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

int run_list(const ListOptions& o, medtime::Lang lang) {
  using medtime::tr;
  auto set = medtime::app::load_set(o.common);
  auto parameters = parameter_sets();
  if (o.format == "json") {
    nlohmann::ordered_json doc;
    doc["schema"] = "medtime.list/1";
    doc["questionnaires"] = nlohmann::ordered_json::array();
    for (const auto& q : set.items()) {
      doc["questionnaires"].push_back({{"id", q.id},
                                       {"version", q.version},
                                       {"kind", q.is_lever() ? "lever" : q.is_support() ? "support" : "budget"},
                                       {"lever", q.is_lever() ? nlohmann::ordered_json(q.lever)
                                                              : nlohmann::ordered_json(nullptr)},
                                       {"questions", q.questions.size()},
                                       {"actions", q.actions.size()},
                                       {"title", q.title.get(lang)}});
    }
    doc["parameter_sets"] = parameters;
    medtime::app::write_output("", doc.dump(2) + "\n");
    return medtime::app::k_exit_ok;
  }
  medtime::TextTable table({"id", "version", tr(lang, "levier", "lever"),
                            tr(lang, "questions", "questions"), tr(lang, "titre", "title")},
                           {medtime::TextTable::Align::left, medtime::TextTable::Align::right,
                            medtime::TextTable::Align::left, medtime::TextTable::Align::right,
                            medtime::TextTable::Align::left});
  for (const auto& q : set.items()) {
    // The time budget scores no lever: its hours feed every lever's; a
    // supporting area is a condition of success.
    std::string lever = q.is_lever()     ? q.lever
                        : q.is_support() ? std::string(tr(lang, "(condition)", "(condition)"))
                                         : std::string(tr(lang, "(heures)", "(hours)"));
    table.add_row({q.id, std::to_string(q.version), lever, std::to_string(q.questions.size()),
                   q.title.get(lang)});
  }
  size_t width = medtime::app::text_width(o.text);
  std::string out = tr(lang, "Questionnaires\n", "Questionnaires\n");
  std::string rows = table.render();
  if (widest_line(rows) <= width) {
    out += rows + "\n";
  } else { // too narrow for a table: each questionnaire, then its title under it
    for (const auto& q : set.items()) {
      out += fmt::format("{} · version {} · {} {}{}\n", q.id, q.version, q.questions.size(),
                         tr(lang, "questions", "questions"),
                         q.is_lever()     ? ""
                         : q.is_support() ? tr(lang, " · (condition)", " · (condition)")
                                          : tr(lang, " · (heures)", " · (hours)"));
      out += medtime::wrap_text(q.title.get(lang), width, "  ") + "\n";
    }
    out += "\n";
  }
  std::string sets = tr(lang, "Jeux de paramètres (medtime cost) : ", "Parameter sets (medtime cost): ");
  sets += parameters.empty() ? "—" : fmt::format("{}", fmt::join(parameters, ", "));
  out += medtime::wrap_text(sets, width) + "\n";
  medtime::app::write_text_output("", out, o.text);
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  ListOptions options;
  return medtime::app::run_command(
      "list", argc, argv, "Bundled questionnaires and parameter sets / Questionnaires fournis",
      "medtime list --format json",
      [&](CLI::App& app, medtime::Lang lang) { setup_list(app, options, lang); },
      [&](medtime::Lang lang) { return run_list(options, lang); });
}
