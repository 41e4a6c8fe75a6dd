#include "render/csv.h"

#include "util/terminal.h"

namespace medtime {

namespace {

bool needs_quotes(std::string_view text, char separator) {
  for (char c : text) {
    if (c == separator || c == '"' || c == '\n' || c == '\r') {
      return true;
    }
  }
  return false;
}

std::string csv_quote(std::string_view text, char separator) {
  if (!needs_quotes(text, separator)) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  out += '"';
  return out;
}

} // namespace

std::string csv_text(std::string_view text, const CsvStyle& style) {
  if (has_terminal_controls(text)) {
    // Shown, not obeyed, when the CSV is read in a terminal (a respondent
    // cell with ESC or U+202E, a file name with ESC).
    return csv_text(visible_controls(text), style);
  }
  if (!text.empty()) {
    char c = text.front();
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return csv_quote("'" + std::string(text), style.separator);
    }
  }
  return csv_quote(text, style.separator);
}

} // namespace medtime
