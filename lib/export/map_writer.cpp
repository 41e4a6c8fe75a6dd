#include "export/map_writer.h"

#include <fmt/format.h>

namespace medtime {

namespace {

// A YAML double-quoted scalar.
std::string q(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"";
}

std::string pairs(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    out += fmt::format("{}{}: {}", i > 0 ? ", " : "", q(items[i].first), q(items[i].second));
  }
  return out + "}";
}

} // namespace

std::string write_column_map(const std::vector<std::string>& comment,
                             const std::vector<MapQuestionnaire>& questionnaires) {
  std::string out;
  for (const auto& line : comment) {
    out += line.empty() ? "#\n" : "# " + line + "\n";
  }
  out += "questionnaires:\n";
  for (const auto& qn : questionnaires) {
    out += fmt::format("  {}:\n    version: {}\n    columns:\n", q(qn.id), qn.version);
    for (const auto& c : qn.columns) {
      if (c.codes.empty() && c.tasks.empty() && c.split.empty()) {
        out += fmt::format("      {}: {}\n", q(c.column), q(c.question));
        continue;
      }
      out += fmt::format("      {}:\n        question: {}\n", q(c.column), q(c.question));
      if (!c.split.empty()) {
        out += fmt::format("        split: {}\n", q(c.split));
      }
      if (!c.tasks.empty()) {
        out += fmt::format("        tasks: {}\n", pairs(c.tasks));
      }
      if (!c.codes.empty()) {
        out += fmt::format("        codes: {}\n", pairs(c.codes));
      }
    }
  }
  return out;
}

} // namespace medtime
